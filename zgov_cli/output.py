"""Turn batch results into the chosen output format and the exit code (SPEC §1).

Order of work: write the baseline (``--write-baseline``), hide what a
baseline knows (``--baseline``), then render and compute the exit code from
what is left — so the exit code always agrees with what was reported, in
every format.
"""
from __future__ import annotations

import os
import sys
from collections import Counter
from typing import Any

from .config import Config
from .engine import CheckOptions
from .model import SEVERITY_RANK, FileResult
from .report import SEV_ZH, summarise
from .report import to_json

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


def exit_code(results: list[dict[str, Any]], fail_on: str, exit_zero: bool) -> int:
    """2 if any input was unreadable; else 1 if a finding reaches ``fail_on``."""
    if any(r.get("status") != "ok" for r in results):
        return EXIT_ERROR
    if exit_zero or fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_RANK[fail_on]
    for r in results:
        for f in r.get("findings", []):
            if SEVERITY_RANK[f["severity"]] >= threshold:
                return EXIT_FINDINGS
    return EXIT_OK


def statistics_rows(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings per rule, most frequent first (then by code)."""
    count: Counter = Counter()
    meta: dict[str, tuple[str, str]] = {}
    files: dict[str, set[str]] = {}
    for r in results:
        for f in r.get("findings", []):
            count[f["code"]] += 1
            meta.setdefault(f["code"], (f["severity"], f["title"]))
            files.setdefault(f["code"], set()).add(r["path"])
    return [
        {"code": c, "severity": meta[c][0], "title": meta[c][1], "count": n, "files": len(files[c])}
        for c, n in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def render_statistics_text(results: list[dict[str, Any]], summary: dict[str, int], baseline_hidden: int | None) -> str:
    rows = statistics_rows(results)
    width = max([len(str(r["count"])) for r in rows] + [1])
    lines = [f"{r['count']:>{width}}  {r['code']}  [{SEV_ZH.get(r['severity'], r['severity'])}] {r['title']}（{r['files']} 个文件）"
             for r in rows]
    if not rows:
        lines.append("未发现问题。")
    s = summary
    lines.append(f"共 {s['files']} 个文件：错误 {s['errors']}，警告 {s['warnings']}，提示 {s['infos']}，无法读取 {s['unreadable']}。")
    kinds = Counter(r["error"]["kind"] for r in results if r.get("status") != "ok" and r.get("error"))
    if kinds:
        from .report import ERROR_KIND_ZH

        lines.append("无法读取：" + "，".join(f"{ERROR_KIND_ZH.get(k, k)} {n}" for k, n in kinds.most_common()) + "。")
    if baseline_hidden:
        lines.append(f"基线中已有的 {baseline_hidden} 个问题未计入。")
    return "\n".join(lines) + "\n"


def why_blocked(results: list[dict[str, Any]], fail_on: str,
                example: tuple[str, dict[str, Any]] | None = None) -> str:
    """Why the run exits 1 (what reached ``--fail-on``) and how to accept a
    finding that needs no change, with an example from this run (the first
    finding that reached it, or ``example`` when the results are slim)."""
    threshold = SEVERITY_RANK[fail_on]
    hits = [(r["path"], f) for r in results for f in r.get("findings", [])
            if SEVERITY_RANK[f["severity"]] >= threshold]
    by_sev = Counter(f["severity"] for _, f in hits)
    counts = "，".join(f"{SEV_ZH[s]} {by_sev[s]}" for s in ("error", "warning", "info") if by_sev[s])
    level = SEV_ZH.get(fail_on, fail_on)
    path, f = example or hits[0]
    lines = [f"zgov：{len(hits)} 个问题达到 --fail-on {fail_on}（{level}及以上）：{counts}，所以以 1 退出"
             f"（作为 pre-commit 钩子时，这次提交被拦下）。",
             "  请改正后再提交。确认某个问题不必修改时，可在 zgov.toml 中接受它，例如：",
             ]
    ev = (f.get("evidence") or "").strip()
    if ev:
        snippet = ev.splitlines()[0][:20].replace("\\", "\\\\").replace('"', '\\"')  # one line of TOML
        lines.append(f'    allow = ["{snippet}"]          # 原文含这段文字的问题不再报告')
    name = os.path.basename(path)
    lines += ["    [per-file-ignores]",
              f'    "{name}" = ["{f["code"]}"]          # 这个文件不再检查 {f["code"]}（{f["title"]}）',
              f"  只在有“错误”时拦下：--fail-on error；规则说明：zgov rule {f['code']}。"]
    return "\n".join(lines)


def _note(msg: str) -> None:
    print(msg, file=sys.stderr)


def emit_check(file_results: list[FileResult], cfg: Config, opts: CheckOptions, *, fmt: str, fail_on: str,
               exit_zero: bool = False, statistics: bool = False, baseline: str | None = None,
               write_baseline: str | None = None, show_card: bool = True) -> int:
    from . import baseline as bl
    from .engine import unused_suppressions

    # what the config suppressed is judged on the typed results; everything
    # after (baseline, reporters) reads the public SPEC §2 objects
    unused = unused_suppressions(file_results, cfg)
    results = [r.as_dict() for r in file_results]

    hidden: int | None = None
    known = None
    if baseline:  # read before writing, so `--baseline F --write-baseline F` works
        try:
            known = bl.load(baseline)
        except bl.BaselineError as e:
            _note(f"zgov：{e}")
            return EXIT_ERROR
    if write_baseline:
        try:
            n = bl.write(write_baseline, results)
        except OSError as e:
            _note(f"zgov：无法写入基线文件 {write_baseline}：{e.strerror or e}")
            return EXIT_ERROR
        _note(f"zgov：已把 {n} 个问题写入基线文件 {write_baseline}；以后用 --baseline {write_baseline} 只报告新问题。")
        # From now on the run is judged against the baseline just written.
        known = bl.load(write_baseline)
    if known is not None:
        results, hidden = bl.apply(results, known)
        _warn_unmatched_baseline(baseline or write_baseline, known, results)

    summary = summarise(results)
    if unused:
        summary = {**summary, "unused_suppressions": unused}
    code = exit_code(results, fail_on, exit_zero)
    info = {"baseline_hidden": hidden, "exit_code": code, "fail_on": fail_on, "profile": cfg.profile}

    if statistics:
        if fmt == "json":
            out: dict[str, Any] = {"version": 1, "statistics": statistics_rows(results), "summary": summary}
            if hidden is not None:
                out["summary"] = {**summary, "baseline_hidden": hidden}
            print(to_json(out))
        else:
            sys.stdout.write(render_statistics_text(results, summary, hidden))
    elif fmt == "json":
        out = {"version": 1, "files": results, "summary": summary}
        if hidden is not None:
            out["summary"] = {**summary, "baseline_hidden": hidden}
        print(to_json(out))
    elif fmt == "text":
        from rich.console import Console

        from .report.text import render_check

        console = Console(file=sys.stdout, highlight=False)
        render_check(console, results, summary, show_card=show_card)
        if hidden:
            console.print(f"基线 {baseline or write_baseline} 中已有的 {hidden} 个问题未报告（只报告新问题）。", style="dim")
    else:
        import importlib

        mod = importlib.import_module(f".report.{fmt}", __package__)
        sys.stdout.write(mod.render(results, summary, **info))
        if fmt == "github":
            _github_step_summary(mod, results, summary, info)
    if hidden and fmt != "text" and not statistics:
        _note(f"zgov：基线中已有的 {hidden} 个问题未报告。")
    for u in unused:  # stale config is worth knowing in every format
        _note(f"zgov：配置中的屏蔽项未起作用：{u}（可以删去）。")
    if code == EXIT_FINDINGS:
        _note(why_blocked(results, fail_on))
    sys.stdout.flush()
    return code


def _warn_unmatched_baseline(name, known, results) -> None:
    """A baseline none of whose files is among the checked ones hides
    nothing: say so, with the folder its paths are relative to."""
    from . import baseline as bl

    if not known or not results:
        return
    root = getattr(known, "root", None)
    entry_files = {k[0] for k in known}
    checked = {bl.file_key(r["path"], root) for r in results}
    if entry_files & checked:
        return
    where = f"相对于 {root}" if root else "相对于写入它时的工作目录（旧版基线）"
    example = sorted(entry_files)[0]
    _note(f"zgov：注意：基线 {name} 中的 {sum(known.values())} 个问题没有一个属于本次检查的文件，"
          f"所以一个也没有隐藏。基线中的路径{where}，如“{example}”；本次检查的是如“{sorted(checked)[0]}”。"
          f"请确认检查的是同一批文件；文件改名或移动后请用 --write-baseline 重新生成基线。")


def _github_step_summary(mod, results, summary, info) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(mod.step_summary(results, summary, **info))
    except OSError:
        pass


# ---- streamed output -------------------------------------------------------

def _isatty(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def can_stream(fmt: str, *, statistics: bool = False, baseline: str | None = None,
               write_baseline: str | None = None) -> bool:
    """Whether ``check``'s report can be written file by file as each is
    checked: json and text, unless a baseline or --statistics needs every
    result before the first line."""
    return fmt in ("json", "text") and not statistics and not baseline and not write_baseline


class StreamedReport:
    """``check``'s json or text report written one file at a time, as each
    file's result arrives (pass it to :func:`~zgov_cli.batch.run_batch` as
    ``sink``), then :meth:`finish` writes the summary and returns the exit
    code — the same bytes :func:`emit_check` writes for the whole list.

    Memory stays flat in the number of files: once written, a result is
    kept only as a slim stand-in (path, status, error, the allowlist
    entries it used, and each finding's code, severity and title as one
    shared dict per rule and severity), which is all the summary, the exit
    code and the unused-suppression notes read."""

    def __init__(self, cfg: Config, *, fmt: str, show_card: bool = True, stream=None):
        self.cfg, self.fmt, self.show_card = cfg, fmt, show_card
        if stream is None and not _isatty(sys.stdout):
            # a pipe or file: the real stdout, taken now — a progress bar on
            # a terminal stderr would otherwise catch stdout while it runs
            stream = sys.stdout
        self._out = stream
        self._slim: list[FileResult] = []
        # the first finding of each severity, whole: the example of why_blocked
        # (keyed by file and place in it: two severities' firsts may share a file)
        self._first: dict[str, tuple[tuple[int, int], str, dict[str, Any]]] = {}
        self._shared: dict[tuple[str, str, str], dict[str, str]] = {}
        self._console = None
        enc = (getattr(self.out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        self._ascii = enc not in ("utf8", "utf8sig")  # as to_json decides

    @property
    def out(self):
        # a terminal stdout is looked up when written: a progress bar shown
        # there stands in for it and prints each line above the bar
        return self._out or sys.stdout

    # -- the batch's sink (list-like: append, extend, len, iteration)
    def append(self, r: FileResult) -> None:
        if self.fmt == "json":
            self._json_file(r)
        else:
            self._text_file(r)
        for i, f in enumerate(r.findings):
            self._first.setdefault(f["severity"], ((len(self._slim), i), r.path, f))
        self._slim.append(self._slimmed(r))

    def extend(self, results) -> None:
        for r in results:
            self.append(r)

    def __len__(self) -> int:
        return len(self._slim)

    def __iter__(self):
        return iter(self._slim)

    def _slimmed(self, r: FileResult) -> FileResult:
        from dataclasses import replace

        findings = []
        for f in r.findings:
            key = (f["code"], f["severity"], f["title"])
            slim = self._shared.get(key)
            if slim is None:
                slim = self._shared[key] = {"code": key[0], "severity": key[1], "title": key[2]}
            findings.append(slim)
        return replace(r, document=None, findings=findings, deadlines=[], internal_errors=[], doc=None)

    # -- json: the text to_json would give for {"version", "files", "summary"}
    def _json_file(self, r: FileResult) -> None:
        import json

        if not self._slim:
            self.out.write('{\n  "version": 1,\n  "files": [\n')
        else:
            self.out.write(",\n")
        text = json.dumps(r.as_dict(), ensure_ascii=self._ascii, indent=2)
        self.out.write("    " + text.replace("\n", "\n    "))
        self.out.flush()

    def _text_file(self, r: FileResult) -> None:
        from .report.text import render_file

        render_file(self._text_console(), r.as_dict(), show_card=self.show_card)
        self.out.flush()

    def _text_console(self):
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self._out, highlight=False)  # None: sys.stdout when printing
        return self._console

    # -- the end
    def finish(self, *, fail_on: str, exit_zero: bool = False) -> int:
        import json

        from .engine import unused_suppressions

        unused = unused_suppressions(self._slim, self.cfg)
        results = [r.as_dict() for r in self._slim]
        summary = summarise(results)
        if unused:
            summary = {**summary, "unused_suppressions": unused}
        code = exit_code(results, fail_on, exit_zero)
        if self.fmt == "json":
            files = "\n  ]" if self._slim else '{\n  "version": 1,\n  "files": []'
            body = json.dumps(summary, ensure_ascii=self._ascii, indent=2).replace("\n", "\n  ")
            self.out.write(f'{files},\n  "summary": {body}\n}}\n')
        else:
            from .report.text import render_tail

            render_tail(self._text_console(), results, summary)
        for u in unused:
            _note(f"zgov：配置中的屏蔽项未起作用：{u}（可以删去）。")
        self.out.flush()
        if code == EXIT_FINDINGS:
            firsts = sorted(v for sev, v in self._first.items() if SEVERITY_RANK[sev] >= SEVERITY_RANK[fail_on])
            _note(why_blocked(results, fail_on, example=firsts[0][1:] if firsts else None))
        return code
