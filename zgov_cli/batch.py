"""Check many files: in-process for one job, a process pool for more.

Results come back in input order; one unreadable file never stops the rest.
"""
from __future__ import annotations

import os
from typing import Any

from .config import Config
from .engine import CheckOptions, check_path

_STATE: dict[str, Any] = {}


def _init(cfg: Config, opts: CheckOptions) -> None:
    _STATE["cfg"], _STATE["opts"] = cfg, opts


def _work(path: str) -> dict[str, Any]:
    return check_path(path, _STATE["cfg"], _STATE["opts"])


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_batch(files: list[str], cfg: Config, opts: CheckOptions, jobs: int | None = None, progress=None) -> list[dict[str, Any]]:
    jobs = jobs or default_jobs()
    jobs = min(jobs, max(1, len(files)))
    if jobs == 1:
        out = []
        for f in files:
            out.append(check_path(f, cfg, opts))
            if progress:
                progress(f)
        return out
    import multiprocessing as mp

    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(jobs, initializer=_init, initargs=(cfg, opts)) as pool:
        out = []
        for r in pool.imap(_work, files, chunksize=max(1, min(16, len(files) // (jobs * 4) or 1))):
            out.append(r)
            if progress:
                progress(r["path"])
        return out
