"""Checking one draft and writing its reviewed copy (SPEC §11).

* .docx → ``<stem>.zgov.docx``: findings as Word comments, certain fixes as
  tracked changes (:mod:`.docx`);
* .pdf → ``<stem>.zgov.pdf``: a highlight with a note at each finding (:mod:`.pdf`);
* any other readable format (txt, md, …) → ``<stem>.zgov.docx`` rebuilt from
  the text the reader found, then annotated like a .docx (:mod:`.rebuild`).

One file is checked and annotated in the same process (the batch runs
:func:`annotate_path` in its workers), so the reader's paragraphs are at hand
to place the comments. The input is only ever read; the copy is written to a
temporary file in the target folder and renamed into place, and an existing
copy is replaced only with ``force``.
"""
from __future__ import annotations

import datetime as _dt
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Config
from ..engine import CheckOptions, check_path
from ..model import FileResult

SUFFIX = ".zgov"
SEV_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


@dataclass(frozen=True)
class AnnotateOptions:
    out_dir: str | None = None
    fix: bool = False
    force: bool = False
    targets: dict[str, str] = field(default_factory=dict)  # input path -> planned copy (see plan_targets)


def comment_text(f: dict[str, Any], tracked: bool = False) -> str:
    """``<code> <级别> · <title>：<message>（依据：<article>）`` (SPEC §11),
    plus the suggested text of a fix that was not made a tracked change, or
    a word that it was."""
    text = f"{f['code']} {SEV_ZH.get(f['severity'], f['severity'])} · {f['title']}：{f['message']}"
    if f.get("article"):
        text += f"（依据：{f['article']}）"
    fix = f.get("fix")
    if fix is not None and fix != f.get("evidence"):
        text += "　已按此意见标出修订，可接受或拒绝。" if tracked else f"　建议改为：“{fix}”。"
    return text


def output_path(path: str, kind: str, out_dir: str | None) -> Path:
    """``<stem>.zgov.docx`` (or ``.zgov.pdf``) beside ``path`` or in ``out_dir``."""
    p = Path(path)
    folder = Path(out_dir) if out_dir else p.parent
    return folder / f"{p.stem}{SUFFIX}.{kind}"


def expected_kind(path: str) -> str:
    return "pdf" if path.lower().endswith(".pdf") else "docx"


def is_copy(path: str) -> bool:
    """A copy zgov wrote (``*.zgov.docx``/``*.zgov.pdf``), not a draft."""
    name = os.path.basename(path).lower()
    return name.endswith((f"{SUFFIX}.docx", f"{SUFFIX}.pdf"))


def plan_targets(files: list[str], out_dir: str | None) -> dict[str, str]:
    """One copy name per input, none shared: ``a.docx`` and ``a.txt`` in one
    folder (or two ``a.docx`` from different folders into one ``--out``)
    would both be ``a.zgov.docx``; the later ones get ``a-2.zgov.docx``…"""
    seen: set[str] = set()
    out: dict[str, str] = {}
    for f in files:
        kind = expected_kind(f)
        target = output_path(f, kind, out_dir)
        n = 1
        while os.path.normcase(os.path.abspath(target)) in seen:
            n += 1
            target = target.with_name(f"{Path(f).stem}-{n}{SUFFIX}.{kind}")
        seen.add(os.path.normcase(os.path.abspath(target)))
        out[f] = str(target)
    return out


class WriteError(Exception):
    """The copy could not be written; the message is Chinese."""


def write_atomic(target: Path, data: bytes, *, force: bool) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same
    folder, renamed into place; never replaces an existing file without
    ``force``."""
    if target.exists() and not force:
        raise WriteError(f"{target} 已存在，未覆盖；如需覆盖请加 --force，或用 --out 指定其他文件夹。")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise WriteError(f"无法在 {target.parent} 中写入文件（{e.strerror or e}）。") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, target)
        else:  # no clobbering even if the file appeared meanwhile
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise WriteError(f"{target} 已存在，未覆盖；如需覆盖请加 --force。") from None
            except OSError:  # a file system without hard links
                os.replace(tmp, target)
    except OSError as e:
        raise WriteError(f"无法写入 {target}（{e.strerror or e}）。") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def build_copy(path: str, doc, findings: list[dict[str, Any]], aopts: AnnotateOptions,
               now: _dt.datetime | None = None) -> tuple[str, bytes, dict[str, int]]:
    """(kind, bytes, counts) of the annotated copy of ``path`` read as ``doc``."""
    now = now or _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0)
    texts = [p.text for p in doc.paragraphs]
    if doc.format == "pdf":
        from .pdf import annotate_pdf

        with open(path, "rb") as fh:
            data = fh.read()
        out, placed = annotate_pdf(data, findings, doc.paragraphs, [comment_text(f) for f in findings], now=now)
        return "pdf", out, {"comments": len(findings), "tracked": 0, "located": placed}
    if doc.format == "docx":
        with open(path, "rb") as fh:
            data = fh.read()
    else:
        from .rebuild import docx_from_paragraphs

        data = docx_from_paragraphs(doc.paragraphs, doc)
    from .docx import annotate_docx

    res = annotate_docx(data, findings, texts, comment_text, fix=aopts.fix, now=now)
    located = sum(1 for p in res.placements if p.anchor == "evidence")
    return "docx", res.data, {"comments": res.comments, "tracked": res.tracked, "located": located}


@dataclass
class AnnotatedResult(FileResult):
    """A file's check result plus ``output``: the copy written
    ({"path", "comments", "tracked", "located"}) or why not ({"path": None,
    "error"}); None when the input could not be read."""

    output: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        d = FileResult.as_dict(self)
        if self.output is not None:
            d["output"] = self.output
        return d


def annotate_path(path: str, cfg: Config, opts: CheckOptions, aopts: AnnotateOptions) -> AnnotatedResult:
    """Check ``path`` and write its annotated copy."""
    checked = check_path(path, cfg, opts, keep_doc=True)
    doc = checked.doc
    result = AnnotatedResult(**{f: getattr(checked, f) for f in FileResult.__dataclass_fields__})
    result.doc = None  # the Document never travels back from a worker
    if result.status != "ok" or doc is None:
        return result
    kind = "pdf" if doc.format == "pdf" else "docx"
    planned = aopts.targets.get(path)
    target = Path(planned) if planned and kind == expected_kind(path) else output_path(path, kind, aopts.out_dir)
    if _same_file(Path(path), target):
        result.output = {"path": None, "error": f"输出文件 {target} 就是输入文件本身，已跳过（输入文件从不改写）。"}
        return result
    try:
        kind, data, counts = build_copy(path, doc, result.findings, aopts)
        write_atomic(target, data, force=aopts.force)
    except WriteError as e:
        result.output = {"path": None, "error": str(e)}
        return result
    except Exception as e:  # a bug or an odd package: this file only, never a traceback
        if opts.debug:
            raise
        result.output = {"path": None, "error": f"无法生成批注副本（{type(e).__name__}），原文件未改动。"}
        return result
    result.output = {"path": str(target), **counts}
    return result
