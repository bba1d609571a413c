"""Check many files: in-process for one job, a process pool for more.

Results come back in input order; one unreadable file never stops the rest —
not even one that crashes the worker reading it (a native-library fault):
the pool is rebuilt and that file is reported as ``corrupt``.

Memory stays bounded: a worker returns only the small
:class:`~zgov_cli.model.FileResult` (never the ``Document``), and the parent
keeps nothing else per file.

Ctrl-C: the workers ignore SIGINT, the parent terminates them, prints what
it has so far to stderr, and re-raises (the CLI exits 130).
"""
from __future__ import annotations

import os
import sys
from typing import Any, Callable, Union

from .config import Config
from .engine import CheckOptions, check_path, error_result
from .model import FileResult, ReadError

ProgressArg = Union[None, str, Callable[[str], None]]
PROGRESS_MIN_FILES = 4  # a bar only for "more than a few" files

_STATE: dict[str, Any] = {}


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C during a batch; ``results`` holds the files finished so far."""

    def __init__(self, results: list[FileResult], total: int):
        super().__init__()
        self.results, self.total = results, total


def _init(cfg: Config, opts: CheckOptions, work: Callable = check_path) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    _STATE["cfg"], _STATE["opts"], _STATE["work"] = cfg, opts, work


def _work(path: str) -> FileResult:
    return _STATE["work"](path, _STATE["cfg"], _STATE["opts"])


def _work_chunk(paths: list[str]) -> list[FileResult]:
    return [_STATE["work"](p, _STATE["cfg"], _STATE["opts"]) for p in paths]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def preload(files: list[str]) -> None:
    """Import what the workers will need once, in the parent, before forking,
    so that no worker pays the import time again (copy-on-write pages)."""
    from .readers import text as _t  # noqa: F401
    from .rules.registry import all_rules
    from . import structure as _s  # noqa: F401

    all_rules()
    exts = {os.path.splitext(f)[1].lower() for f in files}
    if ".docx" in exts:
        from .readers import docx as _d  # noqa: F401
        from .readers import safezip as _z  # noqa: F401
        try:
            import lxml.etree  # noqa: F401
        except ImportError:  # pragma: no cover
            pass
    if ".pdf" in exts:
        from .readers import pdf as _p  # noqa: F401


def want_progress(n_files: int, stream=None) -> bool:
    """A progress bar only on a terminal, outside CI, for more than a few files."""
    stream = stream or sys.stderr
    if n_files < PROGRESS_MIN_FILES or os.environ.get("CI") or os.environ.get("GITHUB_ACTIONS"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _RichProgress:
    """A transient rich progress bar on stderr."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._p = Progress(
            TextColumn("检查公文"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            TextColumn("{task.fields[name]}", style="dim"),
            console=Console(file=sys.stderr), transient=True,
        )
        self._task = self._p.add_task("check", total=total, name="")

    def __enter__(self):
        self._p.start()
        return self

    def __exit__(self, *exc):
        self._p.stop()
        return False

    def __call__(self, path: str) -> None:
        name = os.path.basename(path)
        self._p.update(self._task, advance=1, name=name if len(name) <= 40 else name[:39] + "…")


class _NoProgress:
    def __init__(self, fn: Callable[[str], None] | None = None):
        self._fn = fn

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __call__(self, path: str) -> None:
        if self._fn:
            self._fn(path)


def _chunksize(n: int, jobs: int) -> int:
    # Small enough to balance the load, big enough to amortise the IPC.
    return max(1, min(16, n // (jobs * 4) or 1))


def _crashed(path: str) -> FileResult:
    return error_result(path, ReadError("corrupt", "读取此文件时检查进程异常退出，文件可能已损坏。"))


def _isolated(path: str, cfg: Config, opts: CheckOptions, ctx, work: Callable = check_path) -> FileResult:
    """Check one file in a throw-away worker, so that a crash hits only it."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(1, mp_context=ctx, initializer=_init, initargs=(cfg, opts, work)) as ex:
        try:
            return ex.submit(_work, path).result()
        except BrokenProcessPool:
            return _crashed(path)


def _parallel(files: list[str], cfg: Config, opts: CheckOptions, jobs: int, tick, out: list,
              work: Callable = check_path) -> None:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    cs = _chunksize(len(files), jobs)
    chunks = [files[i:i + cs] for i in range(0, len(files), cs)]
    i = 0
    while i < len(chunks):
        ex = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init, initargs=(cfg, opts, work))
        try:
            futures = [ex.submit(_work_chunk, c) for c in chunks[i:]]
            for k, fut in enumerate(futures):
                futures[k] = None  # a done future holds its results: keep none once passed on
                try:
                    res = fut.result()
                except BrokenProcessPool:
                    # Some worker died. Re-check this chunk file by file in
                    # isolation (the culprit is reported as corrupt), then go
                    # on with a fresh pool from the next chunk.
                    for p in chunks[i]:
                        out.append(_isolated(p, cfg, opts, ctx, work))
                        tick(p)
                    i += 1
                    break
                out.extend(res)
                for r in res:
                    tick(r.path)
                i += 1
        except BaseException:
            _kill(ex)
            raise
        finally:
            ex.shutdown(wait=True, cancel_futures=True)


def _kill(ex) -> None:
    """Stop a pool's workers at once (Ctrl-C): no orphans, no waiting."""
    procs = list(getattr(ex, "_processes", {}).values())
    for p in procs:
        try:
            p.terminate()
        except Exception:  # pragma: no cover
            pass
    for p in procs:
        try:
            p.join(timeout=2)
            if p.is_alive():
                p.kill()
        except Exception:  # pragma: no cover
            pass


interrupt_noted = False  # the CLI's Ctrl-C deadline says its note only when this did not


def _report_interrupt(done: list[FileResult], total: int) -> None:
    global interrupt_noted
    interrupt_noted = True
    try:
        from rich.console import Console

        from .report import summarise
        from .report.text import render_summary

        console = Console(file=sys.stderr, highlight=False)
        console.print(f"\nzgov：已中断，已检查 {len(done)}/{total} 个文件（部分结果）。", style="bold yellow")
        if done:
            dicts = [r.as_dict() for r in done]
            render_summary(console, dicts, summarise(dicts))
    except Exception:  # pragma: no cover - never mask the interrupt
        pass


def run_batch(files: list[str], cfg: Config, opts: CheckOptions, jobs: int | None = None,
              progress: ProgressArg = None, work: Callable | None = None, sink=None) -> list[FileResult]:
    """Check ``files``; results in input order.

    ``work(path, cfg, opts)`` does one file (default :func:`check_path`;
    ``annotate`` also writes the copy); it must be a module-level function
    or a ``functools.partial`` of one, so that workers can run it.

    ``sink``: where each result goes as soon as it (and every file before
    it) is done — any object with ``append`` and ``extend``, e.g.
    :class:`~zgov_cli.output.StreamedReport`, which writes it out and keeps
    only a slim record, so memory stays flat in the number of files; it is
    returned instead of a list.

    ``progress``: None (no progress), a callable called with each finished
    path, or ``"auto"`` (a rich bar on stderr when :func:`want_progress`).
    """
    work = work or check_path
    jobs = jobs or default_jobs()
    jobs = min(jobs, max(1, len(files)))
    if progress == "auto":
        bar = _RichProgress(len(files)) if want_progress(len(files)) else _NoProgress()
    else:
        bar = _NoProgress(progress if callable(progress) else None)
    out: list[FileResult] = [] if sink is None else sink
    try:
        with bar:
            if jobs == 1:
                for f in files:
                    out.append(work(f, cfg, opts))
                    bar(f)
            else:
                preload(files)
                _parallel(files, cfg, opts, jobs, bar, out, work)
    except KeyboardInterrupt:
        _report_interrupt(out, len(files))
        raise BatchInterrupted(out, len(files)) from None
    return out
