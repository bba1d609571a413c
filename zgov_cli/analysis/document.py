"""Where things are in a structured document: its own 正文, its 版头, whether
it has reached its printed form, and how a paragraph is named in a message
(第3段（第1页）). Vocabulary of the 格式 rules: ``data/format.toml``."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..data import load_toml
from ..model import Document, Paragraph
from .text import squash


def body_paras(doc: Document) -> list[Paragraph]:
    """The document's own 正文 (a forwarded 报告/请示 after the date is not it)."""
    return [p for p in doc.body_paragraphs() if p.role == "body"]


@lru_cache(maxsize=1)
def format_vocab() -> dict[str, Any]:
    return load_toml("format.toml")


def para_place(p: Paragraph | None) -> str:
    if p is None or not p.index:
        return ""
    return f"第{p.index}段" + (f"（第{p.page}页）" if p.page else "")


def head_paragraphs(doc: Document) -> list[Paragraph]:
    """Paragraphs before the title (the 版头), or the first few when no title."""
    end = doc.title_pos[0] if doc.title_pos else min(len(doc.paragraphs), 4)
    return doc.paragraphs[:end]


def is_status_mark(text: str) -> bool:
    """A （代拟稿）/（征求意见稿） line: a draft's status, not a 版头."""
    s = squash(text).strip("（）()【】[]")
    return bool(s) and any(s == m or s.endswith(m) for m in format_vocab()["title"]["trailing_notes"])


def has_real_header(doc: Document) -> bool:
    """Has the document reached its printed form? A 版头 with a 发文字号, a
    份号/密级/紧急程度, or a 发文机关标志 — a （代拟稿） mark above the title does
    not make a draft a finished document."""
    if doc.doc_number and doc.doc_number_pos is not None and (
        not doc.title_pos or doc.doc_number_pos < doc.title_pos[0]
    ):
        return True
    if doc.copy_number or doc.secrecy or doc.urgency or doc.signers:
        return True
    marks = [p for p in head_paragraphs(doc) if p.role == "issuer_mark"]
    return any(not is_status_mark(p.text) for p in marks)


def is_finished(doc: Document) -> bool:
    """A finished 公文 (not a bare draft): it has a 版头, a 发文字号 or a 署名;
    a 代拟稿 is by definition still a draft."""
    if doc.is_draft:
        return False
    return has_real_header(doc) or bool(doc.doc_number) or bool(doc.signature)


def para_no(p: Paragraph) -> str:
    return f"第{p.index}段" if p.index else "该段"
