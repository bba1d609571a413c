"""ZG601 纸张不是A4幅面."""
from __future__ import annotations

from typing import Iterator

from ...analysis.layout import EXAMPLE_FONTS, EXAMPLE_LAYOUT, EXAMPLE_TEXT, layout_spec, mm
from ...model import Document, Finding
from ..base import Context, Example, Rule


_A4 = "A4（210mm×297mm）"


class PaperSize(Rule):
    code = "ZG601"
    title = "纸张不是A4幅面"
    severity = "warning"
    explanation = "公文用纸统一采用A4型纸（210mm×297mm）。用信纸（Letter）、B5、16开等幅面排版，打印和归档时版面会走样。"
    triggers = "docx 的页面设置或 pdf 的页面尺寸与 210mm×297mm 相差超过 1mm（如 Letter 216mm×279mm、B5 176mm×250mm）。"
    non_triggers = "A4 竖排或横排（表格页）；纯文本文件（无版式信息）；读不到页面尺寸时不作判断。"
    fix_hint = "在“页面设置—纸张”中选择 A4（21厘米×29.7厘米）。"
    formats = ("docx", "pdf")
    bad = (
        Example(
            EXAMPLE_TEXT,
            {"format": "docx", "layout": {**EXAMPLE_LAYOUT, "page_width_mm": 215.9, "page_height_mm": 279.4}, "fonts": EXAMPLE_FONTS},
            note="页面是美国信纸（Letter）幅面。",
        ),
    )
    good = (Example(EXAMPLE_TEXT, {"format": "docx", "layout": dict(EXAMPLE_LAYOUT), "fonts": EXAMPLE_FONTS}, note="A4 幅面。"),)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        lay = doc.layout
        if lay is None or lay.page_width_mm is None or lay.page_height_mm is None:
            return
        s = layout_spec()["page"]
        w, h, tol = lay.page_width_mm, lay.page_height_mm, s["tolerance_mm"]
        a4 = (s["width_mm"], s["height_mm"])
        for W, H in (a4, a4[::-1]):
            if abs(w - W) <= tol and abs(h - H) <= tol:
                return
        ev = f"页面尺寸 {mm(w)}mm×{mm(h)}mm"
        yield self.finding(
            f"{ev}，不是公文用纸规定的 {_A4}。应为：纸张大小 A4，210mm×297mm（GB/T 9704-2012 5.1）。",
            ev,
            None,
        )
