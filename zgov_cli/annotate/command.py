"""The ``zgov annotate`` command (SPEC §11).

Selection, configuration and per-document options are ``check``'s: the same
declarations (taken from ``check``'s signature) and the same validation
(``cli._run_options``), so the two commands cannot drift apart. The CLI
hands them over in :func:`register` (this module never imports the CLI: no
import cycle).
"""
from __future__ import annotations

import functools
import inspect
import sys
from typing import Any, Callable, List, Optional

import typer

FORMATS = ("text", "json")


def _report_text(results: list[dict[str, Any]], fix: bool) -> None:
    from rich.console import Console

    from ..engine import printable
    from ..report import ERROR_KIND_ZH

    console = Console(file=sys.stdout, highlight=False, soft_wrap=True)
    written = 0
    for r in results:
        path = printable(r["path"])
        if r.get("status") != "ok":
            err = r.get("error") or {}
            msg = (err.get("message") or "").rstrip("。")
            console.print(f"[red]✗[/red] {path}：无法读取（{ERROR_KIND_ZH.get(err.get('kind'), err.get('kind'))}）：{msg}。已跳过，其他文件照常处理。")
            continue
        out = r.get("output") or {}
        if not out.get("path"):
            console.print(f"[red]✗[/red] {path}：{out.get('error', '未生成批注副本。')}")
            continue
        written += 1
        n = out.get("comments", 0)
        what = f"{n} 条批注" if n else "没有发现问题（副本中没有批注）"
        if fix and out.get("tracked"):
            what += f"，其中 {out['tracked']} 处已标为修订"
        console.print(f"[green]✓[/green] {path} → {printable(out['path'])}：{what}。")
    failed = len(results) - written
    tail = f"已写入 {written} 个批注副本" + (f"，{failed} 个文件未处理" if failed else "") + "。"
    if written:
        tail += "在 Word 或 WPS 的“审阅”中逐条查看批注" + ("、接受或拒绝修订" if fix else "") + "；PDF 副本在阅读器的注释列表中查看。"
    console.print(tail)


def register(app: typer.Typer, *, check: Callable, load_config: Callable, run_options: Callable,
             fail_usage: Callable[[str], None], stderr: Callable[[str], None]) -> None:
    """Add ``annotate`` to ``app``, with ``check``'s option declarations and
    the CLI's helpers for loading the config and validating the options."""
    shared = {name: p.default for name, p in inspect.signature(check).parameters.items()}

    @app.command()
    def annotate(
        paths: List[str] = typer.Argument(..., help="文件、文件夹（递归）或通配符"),
        out: Optional[str] = typer.Option(None, "--out", "-o", help="副本写入此文件夹（默认写在原文件旁）"),
        fix: bool = typer.Option(False, "--fix", help="把确定的修改标为修订（接受修订即改正，拒绝修订即还原）"),
        force: bool = typer.Option(False, "--force", help="覆盖已有的副本"),
        format: str = typer.Option("text", "--format", "-f", help="输出格式：text|json（json 列出写入的副本）"),
        config: Optional[str] = shared["config"],
        profile: Optional[str] = shared["profile"],
        select: Optional[str] = shared["select"],
        ignore: Optional[str] = shared["ignore"],
        fail_on: Optional[str] = shared["fail_on"],
        jobs: Optional[int] = shared["jobs"],
        today: Optional[str] = shared["today"],
        doc_type: Optional[str] = shared["doc_type"],
        report_kind: Optional[str] = shared["report_kind"],
        due: Optional[str] = shared["due"],
        route: Optional[str] = shared["route"],
        exit_zero: bool = shared["exit_zero"],
        debug: bool = shared["debug"],
        allow_empty: bool = shared["allow_empty"],
    ) -> None:
        """写出批注副本：每个问题一条 Word 批注（作者 zgov），--fix 时把确定的修改标为修订。

        .docx 写为“原名.zgov.docx”，.pdf 写为“原名.zgov.pdf”（高亮加注释），
        .txt/.md 等按读出的文字重建为“原名.zgov.docx”。原文件从不改动。
        """
        from ..batch import run_batch
        from ..inputs import expand
        from ..output import EXIT_ERROR, exit_code
        from ..report import summarise, to_json
        from .copies import AnnotateOptions, annotate_path, is_copy, plan_targets

        if format not in FORMATS:
            fail_usage(f"--format 应为 {'|'.join(FORMATS)} 之一，实为 {format!r}")
        cfg = load_config(config, profile)
        fail, opts = run_options(cfg, select, ignore, fail_on, jobs, today, doc_type, report_kind, due, route, debug)
        files = expand(paths)
        copies = [f for f in files if is_copy(f)]
        if copies:  # never annotate an annotated copy again
            files = [f for f in files if not is_copy(f)]
            stderr(f"zgov：跳过 {len(copies)} 个 zgov 生成的批注副本（*.zgov.docx、*.zgov.pdf）。")
        if not files:
            from ..inputs import accepted_text

            msg = f"没有找到可批注的公文：{'、'.join(paths)} 下没有 {accepted_text()} 文件"
            if not allow_empty:
                fail_usage(msg + "。请检查路径是否写对；确实可以为空时加 --allow-empty。")
            stderr(f"zgov：{msg}（--allow-empty：不算错误）。")
        aopts = AnnotateOptions(out_dir=out, fix=fix, force=force, targets=plan_targets(files, out))
        results = [r.as_dict() for r in run_batch(files, cfg, opts, jobs=jobs, progress="auto",
                                                   work=functools.partial(annotate_path, aopts=aopts))]
        code = exit_code(results, fail, exit_zero)
        if any(r.get("status") == "ok" and not (r.get("output") or {}).get("path") for r in results):
            code = EXIT_ERROR  # a copy that could not be written is an error, like an unreadable input
        if format == "json":
            written = [r["output"]["path"] for r in results if (r.get("output") or {}).get("path")]
            summary = {**summarise(results), "written": len(written)}
            print(to_json({"version": 1, "written": written, "files": results, "summary": summary}))
        else:
            _report_text(results, fix)
        raise typer.Exit(code)
