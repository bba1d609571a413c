"""A .docx rebuilt from the paragraphs a reader found (txt, md, and any
other format that is not a .docx or a pdf), to carry the comments.

One ``w:p`` per reader paragraph, in order, so each finding's paragraph is
found by its text. The layout follows GB/T 9704 loosely enough to be
readable in Word/WPS: A4, the standard margins, 仿宋_GB2312 三号 body with a
two-character first-line indent, 小标宋 二号 centred title, the reader's
centre/right alignment kept (signature, date).
"""
from __future__ import annotations

import io

from ..model import Document, Paragraph

BODY_FONT, TITLE_FONT = "仿宋_GB2312", "方正小标宋简体"
BODY_PT, TITLE_PT = 16, 22
INDENTED_ROLES = {"body", "attachment", "attachment_body", "note", "other", ""}


def _east_asian(run, name: str) -> None:
    from docx.oxml.ns import qn

    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)
    fonts.set(qn("w:ascii"), name)
    fonts.set(qn("w:hAnsi"), name)


def docx_from_paragraphs(paragraphs: list[Paragraph], doc: Document | None = None) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    out = docx.Document()
    sec = out.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    normal = out.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    normal.font.name = BODY_FONT
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", BODY_FONT)
    title_pos = set(doc.title_pos) if doc is not None else set()
    for i, para in enumerate(paragraphs):
        p = out.add_paragraph()
        run = p.add_run(para.text)
        fmt = p.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        if i in title_pos or para.role == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.font.size = Pt(TITLE_PT)
            _east_asian(run, TITLE_FONT)
        elif para.align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif para.align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif para.role in INDENTED_ROLES:
            fmt.first_line_indent = Pt(2 * BODY_PT)
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()
