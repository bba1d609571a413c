"""Findings into a .pdf: a highlight over the evidence with a note (popup)
holding the comment text, author ``zgov``.

Positions: the reader keeps only each paragraph's page, so the evidence is
found again on that page with pdfium (already here through pdfplumber): the
page's characters, whitespace ignored on both sides, give per-character
boxes, merged into one quadrilateral per line. When the evidence is not on
its page (a line the reader took from pdfminer, text pdfium skips) the
paragraph's opening is tried, then the whole document; failing all, the
note goes at the top of the page (document-level findings: the first page).

Writing: pypdf appends the annotations as an incremental update, so the
original bytes are the untouched prefix of the copy. pdfium cannot link a
popup to its highlight (no API sets a dictionary reference), which is why
pypdf writes them.
"""
from __future__ import annotations

import datetime as _dt
import io
from typing import Any

from ..model import Paragraph
from .docx import locate, norm

SPACES = " \t\u3000\u00a0\r\n\u2002\u2003"
NOTE_W, NOTE_H = 220.0, 120.0


class _PageText:
    def __init__(self, tp):
        self.tp = tp
        n = tp.count_chars()
        text = tp.get_text_range() if n > 0 else ""
        if len(text) != n:  # astral characters: index by index
            import pypdfium2.raw as raw

            text = "".join(chr(c) if 0 < (c := raw.FPDFText_GetUnicode(tp.raw, i)) < 0x110000 and not 0xD800 <= c < 0xE000 else "\ufffd"
                           for i in range(n))
        self.keep = [i for i, ch in enumerate(text) if ch not in SPACES]
        self.norm = "".join(text[i] for i in self.keep)

    def find(self, needle: str, nth: int = 0) -> list[tuple[float, float, float, float]] | None:
        """Line boxes (left, bottom, right, top) of the ``nth`` occurrence."""
        hit = locate(self.norm, needle, nth)
        if hit is None:
            return None
        lines: list[list[float]] = []
        for k in range(hit[0], hit[1]):
            l, b, r, t = self.tp.get_charbox(self.keep[k], loose=True)
            if r <= l or t <= b:
                continue
            if lines and abs(lines[-1][1] - b) < 0.5 * (t - b) and l >= lines[-1][0] - 1:
                line = lines[-1]
                line[0], line[1], line[2], line[3] = min(line[0], l), min(line[1], b), max(line[2], r), max(line[3], t)
            else:
                lines.append([l, b, r, t])
        return [tuple(x) for x in lines] or None


def _pdf_date(now: _dt.datetime) -> str:
    return now.strftime("D:%Y%m%d%H%M%SZ")


def annotate_pdf(data: bytes, findings: list[dict[str, Any]], paragraphs: list[Paragraph], comments: list[str], *,
                 now: _dt.datetime) -> tuple[bytes, int]:
    """``data`` with a highlight + popup per finding; returns (bytes, how
    many were placed on their evidence)."""
    import pypdfium2 as pdfium
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Highlight, Popup
    from pypdf.generic import ArrayObject, FloatObject, NameObject, TextStringObject

    pdf = pdfium.PdfDocument(data)
    try:
        pages: dict[int, _PageText] = {}
        sizes = [pdf[i].get_size() for i in range(len(pdf))]

        def page_text(i: int) -> _PageText:
            if i not in pages:
                pages[i] = _PageText(pdf[i].get_textpage())
            return pages[i]

        used: dict[tuple[int, str], int] = {}
        placed: list[tuple[int, list | None]] = []
        located = 0
        for f in findings:
            loc = f.get("location") or {}
            index, page = loc.get("paragraph"), loc.get("page")
            para = paragraphs[index - 1] if index and 0 < index <= len(paragraphs) else None
            page = page or (para.page if para is not None else None) or 1
            page = min(max(page, 1), len(sizes))
            order = [page - 1] + [i for i in range(len(sizes)) if i != page - 1]
            boxes, where = None, page - 1
            for needle, is_evidence in ((f.get("evidence") or "", True), ((para.text if para else "")[:12], False)):
                if not norm(needle):
                    continue
                for i in order:
                    key = (i, norm(needle))
                    boxes = page_text(i).find(needle, used.get(key, 0))
                    if boxes:
                        used[key] = used.get(key, 0) + 1
                        where = i
                        located += is_evidence
                        break
                if boxes:
                    break
            placed.append((where, boxes))
    finally:
        for tp in pages.values():
            tp.tp.close()
        pdf.close()

    writer = PdfWriter(PdfReader(io.BytesIO(data)), incremental=True)
    stamp = _pdf_date(now)
    for f, text, (i, boxes) in zip(findings, comments, placed):
        w, h = sizes[i]
        if not boxes:  # not found: a mark in the top margin
            boxes = [(w - 60.0, h - 40.0, w - 40.0, h - 20.0)]
        quads = []
        for l, b, r, t in boxes:
            quads += [l, t, r, t, l, b, r, b]
        rect = (min(x[0] for x in boxes), min(x[1] for x in boxes), max(x[2] for x in boxes), max(x[3] for x in boxes))
        hl = Highlight(rect=rect, quad_points=ArrayObject(FloatObject(v) for v in quads), highlight_color="ffff00", printing=True)
        hl[NameObject("/Contents")] = TextStringObject(text)
        hl[NameObject("/T")] = TextStringObject("zgov")
        hl[NameObject("/Subj")] = TextStringObject(f"{f['code']} {f['title']}")
        hl[NameObject("/M")] = TextStringObject(stamp)
        hl[NameObject("/CreationDate")] = TextStringObject(stamp)
        hl_ref = writer.add_annotation(page_number=i, annotation=hl)
        top = min(rect[3], h)
        note_rect = (max(w - NOTE_W - 10, 0), max(top - NOTE_H, 0), w - 10, max(top, NOTE_H))
        popup = writer.add_annotation(page_number=i, annotation=Popup(rect=note_rect, parent=hl_ref, open=False))
        hl_ref[NameObject("/Popup")] = popup.indirect_reference
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), located
