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
    sys.stdout.flush()
    return code


def _github_step_summary(mod, results, summary, info) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(mod.step_summary(results, summary, **info))
    except OSError:
        pass
