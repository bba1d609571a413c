"""Check one file: read → structure → rules → a SPEC §2 file result.

This is the only place that ties readers, structure and rules together; the
CLI, the batch runner and the tests all come through here.
"""
from __future__ import annotations

import datetime as _dt
import fnmatch
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from .config import Config
from .readers import rule_format
from .model import SEVERITY_RANK, Document, Finding, Layout, Paragraph, RawDocument, ReadError
from .rules.base import Context, DocOptions, Example, all_rules, code_matches


@dataclass
class CheckOptions:
    """What the command line adds for every file of a run."""

    doc: DocOptions = field(default_factory=DocOptions)
    today: _dt.date | None = None
    select: list[str] | None = None  # command line wins over config
    ignore: list[str] | None = None
    debug: bool = False


def _posix(path: str) -> str:
    return PurePosixPath(Path(path)).as_posix()


def matching_globs(config: Config, path: str) -> list[str]:
    """The per-file-ignores globs that apply to ``path``."""
    p = _posix(path)
    return [
        glob for glob in config.per_file_ignores
        if fnmatch.fnmatch(p, glob) or fnmatch.fnmatch(Path(path).name, glob) or fnmatch.fnmatch(p, "*/" + glob)
    ]


def active_rules(config: Config, opts: CheckOptions | None = None, path: str | None = None):
    """Rules selected by config and command line, minus per-file ignores."""
    select = (opts.select if opts and opts.select is not None else None) or config.select
    ignore = list(config.ignore) + list((opts.ignore if opts and opts.ignore else []))
    per_file: list[str] = []
    if path is not None:
        for glob in matching_globs(config, path):
            per_file.extend(config.per_file_ignores[glob])
    out = []
    for code, rule in all_rules().items():
        if not code_matches(code, select) or code_matches(code, ignore) or code_matches(code, per_file):
            continue
        out.append(rule)
    return out


def run_rules(doc: Document, config: Config, opts: CheckOptions,
              used_allow: set[str] | None = None) -> tuple[list[Finding], list[dict], list[str]]:
    """Apply the active rules; returns (findings, deadlines, internal warnings).
    ``used_allow`` collects the allowlist entries that hid a finding."""
    ctx = Context(config=config, today=opts.today or _dt.date.today(), options=opts.doc)
    findings: list[Finding] = []
    problems: list[str] = []
    allow = [a for a in config.allow if a]
    for rule in active_rules(config, opts, doc.path):
        if rule_format(doc.format) not in rule.formats:
            continue
        try:
            for f in rule.check(doc, ctx):
                hit = next((a for a in allow if a in f.evidence), None)
                if hit is not None:
                    if used_allow is not None:
                        used_allow.add(hit)
                    continue
                sev = config.severity.get(f.code)
                if sev:
                    f.severity = sev
                findings.append(f)
        except Exception as e:  # a rule bug must never stop the batch
            problems.append(f"规则 {rule.code} 内部错误：{type(e).__name__}: {e}")
            if opts.debug:
                traceback.print_exc(file=sys.stderr)
    findings.sort(key=lambda f: (f.location.get("paragraph") or 0, f.code))
    return findings, ctx.deadlines, problems


def printable(text: str) -> str:
    """A file name as text every output can encode: bytes that are not UTF-8
    (kept by Python as lone surrogates) become U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            return text.encode("utf-8", "replace").decode("utf-8")


def error_result(path: str, err: ReadError) -> dict[str, Any]:
    return {
        "path": printable(path),
        "status": "error",
        "error": {"kind": err.kind, "message": printable(err.message)},
        "document": None,
        "findings": [],
        "deadlines": [],
    }


def read_and_build(path: str, config: Config, opts: CheckOptions) -> Document:
    from .readers import read_document
    from .structure import build

    raw = read_document(path, config.read)
    doc = build(raw, opts.doc, config)
    doc.notes = list(raw.warnings)
    return doc


def check_path(path: str, config: Config, opts: CheckOptions | None = None, *, keep_doc: bool = False) -> dict[str, Any]:
    """Check one file; never raises for bad input (the result says why)."""
    opts = opts or CheckOptions()
    try:
        doc = read_and_build(path, config, opts)
    except ReadError as e:
        return error_result(path, e)
    except FileNotFoundError:  # vanished between the reader's steps
        return error_result(path, ReadError("not_found", f"读取过程中文件不见了：{path}（可能被移动或删除），请确认后重新检查。"))
    except OSError as e:
        return error_result(path, ReadError("not_found", f"无法读取文件：{path}（{e.strerror or type(e).__name__}）。"))
    except MemoryError:
        return error_result(path, ReadError("too_large", "文件过大，读取时内存不足。"))
    except RecursionError:
        return error_result(path, ReadError("corrupt", "文件结构嵌套过深，无法读取。"))
    except Exception as e:  # last line of defence: never a traceback
        if opts.debug:
            traceback.print_exc(file=sys.stderr)
        return error_result(path, ReadError("corrupt", f"文件无法解析（{type(e).__name__}），可能已损坏。"))
    used_allow: set[str] = set()
    findings, deadlines, problems = run_rules(doc, config, opts, used_allow)
    result: dict[str, Any] = {
        "path": printable(path),
        "status": "ok",
        "document": doc.card(),
        "findings": [f.as_dict() for f in findings],
        "deadlines": deadlines,
    }
    if doc.notes:
        result["notes"] = list(doc.notes)  # how the text was obtained, what could not be checked
    if problems:
        result["internal_errors"] = problems
    if used_allow:
        result["_allow_used"] = sorted(used_allow)
    if keep_doc:
        result["_doc"] = doc
    return result


# ---- examples (tests, `zgov rule`) ------------------------------------------

def example_raw(example: Example) -> RawDocument:
    from .readers.text import paragraphs_from_lines

    fmt = example.options.get("format", "txt")
    paras = paragraphs_from_lines(example.text, markers=True)
    fonts = example.options.get("fonts")
    if fonts:
        _apply_fonts(paras, fonts)
    layout = Layout(**example.options["layout"]) if "layout" in example.options else None
    return RawDocument(path=f"example.{fmt}", format=fmt, paragraphs=paras, layout=layout)


def _apply_fonts(paras: list[Paragraph], fonts: dict[str, Any]) -> None:
    """``fonts = {"title": (22, "方正小标宋简体"), "body": (16, "仿宋_GB2312")}``:
    title = centred large lines, body = the rest."""
    for p in paras:
        key = "title" if p.font_size and p.font_size >= 18 else "body"
        if key in fonts:
            size, name = fonts[key]
            p.font_size, p.font_name = float(size), name


def example_options(example: Example) -> CheckOptions:
    o = example.options
    doc = DocOptions(
        doc_type=o.get("doc_type"),
        report_kind=o.get("report_kind"),
        due=_dt.date.fromisoformat(o["due"]) if o.get("due") else None,
        route=o.get("route"),
    )
    today = _dt.date.fromisoformat(o["today"]) if o.get("today") else None
    return CheckOptions(doc=doc, today=today)


def run_example(example: Example, config: Config | None = None) -> tuple[Document, list[Finding]]:
    """Check an Example document with every rule; returns (doc, findings)."""
    from .structure import build

    config = config or Config()
    opts = example_options(example)
    doc = build(example_raw(example), opts.doc, config)
    findings, _, problems = run_rules(doc, config, opts)
    if problems:
        raise RuntimeError("; ".join(problems))
    return doc, findings


def worst_severity(results: list[dict[str, Any]]) -> int:
    worst = 0
    for r in results:
        for f in r.get("findings", []):
            worst = max(worst, SEVERITY_RANK.get(f["severity"], 0))
    return worst


def unused_suppressions(results: list[dict[str, Any]], config: Config) -> list[str]:
    """Suppressions in the config that matched nothing in this run (SPEC §7):
    per-file-ignores globs no checked file matched, allow texts that hid no
    finding. Said in Chinese, one line each."""
    out: list[str] = []
    paths = [r["path"] for r in results]
    for glob in config.per_file_ignores:
        if paths and not any(glob in matching_globs(config, p) for p in paths):
            out.append(f"per-file-ignores 中的“{glob}”没有匹配本次检查的任何文件")
    used = {a for r in results for a in r.get("_allow_used", [])}
    if any(r.get("status") == "ok" for r in results):
        for a in config.allow:
            if a not in used:
                out.append(f"allow 中的“{a}”没有屏蔽任何问题")
    return out
