"""Shared helpers for the held-out evaluation (eval/)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))

from build import build_docx, build_pdf, parse_body, parse_fixture, plain_lines  # noqa: E402

FORMATS = ("txt", "docx", "pdf")


def build_all(src: Path, out_dir: Path) -> dict[str, Path]:
    """Build one fixture into out_dir; returns {format: path}."""
    meta, body = parse_fixture(src.read_text(encoding="utf-8"))
    paras = parse_body(body)
    formats = meta.get("formats") or list(FORMATS)
    if isinstance(formats, str):
        formats = [formats]
    out: dict[str, Path] = {}
    name = src.stem
    for fmt in formats:
        p = out_dir / f"{name}.{fmt}"
        if fmt == "md":  # a markdown draft is written as it is
            p.write_text(body.strip() + "\n", encoding=meta.get("encoding", "utf-8"))
        elif fmt == "txt":
            p.write_text("\n".join(plain_lines(paras)) + "\n", encoding=meta.get("encoding") or "utf-8")
        elif fmt == "docx":
            build_docx(paras, p)
        elif fmt == "pdf":
            build_pdf(paras, p)
        out[fmt] = p
    return out


def word_count(text: str) -> int:
    """SPEC §4 the Word way, independently: each CJK char / full-width mark is 1,
    each run of non-space ASCII is 1, whitespace 0."""
    n = 0
    in_run = False
    for ch in text:
        if ch.isspace():
            in_run = False
        elif ord(ch) < 128:
            if not in_run:
                n += 1
                in_run = True
        else:
            n += 1
            in_run = False
    return n
