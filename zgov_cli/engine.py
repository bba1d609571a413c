"""Check one file: read → structure → rules → a SPEC §2 file result.

This is the only place that ties readers, structure and rules together; the
CLI, the batch runner and the tests all come through here. A file's result is
a typed :class:`~zgov_cli.model.FileResult`; reporters read its public
``as_dict()`` form. Rule examples run through :mod:`zgov_cli.examples`.
"""
from __future__ import annotations

import datetime as _dt
import fnmatch
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .config import Config
from .model import Deadline, Document, FileResult, Finding, ReadError
from .readers.numbering import protect_generated
from .readers import rule_format
from .rules.base import Context, DocOptions, code_matches
from .rules.registry import all_rules


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
    key = (tuple(select), tuple(ignore), tuple(per_file))
    profile = config.profile
    hit = _ACTIVE.get(key)
    if hit is not None and hit[0] is profile:  # the same selection over the same profile object
        return list(hit[1])
    out = []
    for code, rule in all_rules().items():
        if not profile.enabled(code):
            continue  # not a rule of this profile's work rules
        if not code_matches(code, select) or code_matches(code, ignore) or code_matches(code, per_file):
            continue
        out.append(rule)
    if len(_ACTIVE) >= 64:
        _ACTIVE.clear()
    _ACTIVE[key] = (profile, tuple(out))  # the profile is held, so ``is`` cannot meet a reused id
    return out


# the rules a selection leaves, per (select, ignore, per-file ignores), for
# the profile object they were worked out for: a batch asks once, not per file
_ACTIVE: dict[tuple, tuple] = {}


def run_rules(doc: Document, config: Config, opts: CheckOptions,
              used_allow: set[str] | None = None) -> tuple[list[Finding], list[dict], list[str]]:
    """Apply the active rules; returns (findings, deadlines, internal warnings).
    ``used_allow`` collects the allowlist entries that hid a finding."""
    ctx = Context(config=config, today=opts.today or _dt.date.today(), options=opts.doc)
    profile = config.profile
    findings: list[Finding] = []
    deadlines: list[dict] = []
    problems: list[str] = []
    allow = [a for a in config.allow if a]
    for rule in active_rules(config, opts, doc.path):
        if rule_format(doc.format) not in rule.formats:
            continue
        try:
            for f in rule.check(doc, ctx):
                if isinstance(f, Deadline):
                    deadlines.append(f.data)
                    continue
                hit = next((a for a in allow if a in f.evidence), None)
                if hit is not None:
                    if used_allow is not None:
                        used_allow.add(hit)
                    continue
                # the profile cites and grades the rule; the config's
                # severity wins over both
                f.article = f.article or profile.article(f.code)
                f.title = profile.doc(f.code, "title") or f.title
                sev = config.severity.get(f.code) or (profile.severity(f.code) if f.severity == rule.severity else None)
                if sev:
                    f.severity = sev
                protect_generated(f, doc.paragraphs)  # never "retype" a Word auto number
                findings.append(f)
        except Exception as e:  # a rule bug must never stop the batch
            problems.append(f"规则 {rule.code} 内部错误：{type(e).__name__}: {e}")
            if opts.debug:
                traceback.print_exc(file=sys.stderr)
    findings.sort(key=lambda f: (f.location.get("paragraph") or 0, f.code))
    return findings, deadlines, problems


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


def error_result(path: str, err: ReadError) -> FileResult:
    return FileResult(path=printable(path), status="error",
                      error={"kind": err.kind, "message": printable(err.message)})


# how the text was obtained (SPEC §3 ``source``), by the reader's format
SOURCES = {"txt": "text", "md": "text"}


def read_and_build(path: str, config: Config, opts: CheckOptions) -> Document:
    from .analysis.places import add_places
    from .readers import read_document
    from .structure import build

    # (the configured places before any text is cut: a verdict never depends
    # on which analysis — or which document — cut words first)
    add_places(config.orgs.townships)
    raw = read_document(path, config.read)
    doc = build(raw, opts.doc, config)
    doc.notes = list(raw.warnings)
    return doc


def check_path(path: str, config: Config, opts: CheckOptions | None = None, *, keep_doc: bool = False) -> FileResult:
    """Check one file; never raises for bad input (the result says why).
    ``keep_doc`` keeps the structured document on the result (``doc``)."""
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
    return FileResult(
        path=printable(path),
        status="ok",
        source=SOURCES.get(doc.format, doc.format),
        document=doc.card(),
        findings=[f.as_dict() for f in findings],
        deadlines=deadlines,
        internal_errors=problems,
        notes=list(doc.notes),
        allow_used=sorted(used_allow),
        doc=doc if keep_doc else None,
    )


def unused_suppressions(results: list[FileResult], config: Config) -> list[str]:
    """Suppressions in the config that matched nothing in this run (SPEC §7):
    per-file-ignores globs no checked file matched, allow texts that hid no
    finding. Said in Chinese, one line each."""
    out: list[str] = []
    paths = [r.path for r in results]
    for glob in config.per_file_ignores:
        if paths and not any(glob in matching_globs(config, p) for p in paths):
            out.append(f"per-file-ignores 中的“{glob}”没有匹配本次检查的任何文件")
    used = {a for r in results for a in r.allow_used}
    if any(r.status == "ok" for r in results):
        for a in config.allow:
            if a not in used:
                out.append(f"allow 中的“{a}”没有屏蔽任何问题")
    return out
