"""ZG602 页边距不符合版心要求."""
from __future__ import annotations

from typing import Iterator

from ...analysis.layout import EXAMPLE_FONTS, EXAMPLE_LAYOUT, EXAMPLE_TEXT, layout_spec, mm
from ...model import Document, Finding
from ..base import Context, Example, Rule


class Margins(Rule):
    code = "ZG602"
    title = "页边距不符合版心要求"
    severity = "warning"
    explanation = (
        "版心 156mm×225mm 居于 A4 纸上：上边距（天头）37mm、左边距（订口）28mm，"
        "由此右边距 26mm、下边距 35mm，允许误差 ±1mm。页边距不对，每行字数、每页行数都会随之走样。"
    )
    triggers = "docx 页面设置中的上、下、左、右边距有一项与 37/35/28/26mm 相差超过 1mm（Word 默认的 25.4/31.8mm 即会触发）。"
    non_triggers = "误差在 ±1mm 以内；pdf 和纯文本（读不到页边距）；读不到的边距不作判断。"
    fix_hint = "在“页面设置—页边距”中设为：上 3.7厘米，下 3.5厘米，左 2.8厘米，右 2.6厘米。"
    formats = ("docx",)
    bad = (
        Example(
            EXAMPLE_TEXT,
            {
                "format": "docx",
                "layout": {**EXAMPLE_LAYOUT, "margin_top_mm": 25.4, "margin_bottom_mm": 25.4, "margin_left_mm": 31.8, "margin_right_mm": 31.8},
                "fonts": EXAMPLE_FONTS,
            },
            note="Word 默认页边距（上下 2.54 厘米，左右 3.18 厘米）。",
        ),
    )
    good = (Example(EXAMPLE_TEXT, {"format": "docx", "layout": dict(EXAMPLE_LAYOUT), "fonts": EXAMPLE_FONTS}, note="上 37、下 35、左 28、右 26mm。"),)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        lay = doc.layout
        if lay is None:
            return
        m = layout_spec()["margins"]
        tol = m["tolerance_mm"]
        sides = (
            ("上边距（天头）", lay.margin_top_mm, m["top_mm"]),
            ("下边距", lay.margin_bottom_mm, m["bottom_mm"]),
            ("左边距（订口）", lay.margin_left_mm, m["left_mm"]),
            ("右边距", lay.margin_right_mm, m["right_mm"]),
        )
        bad = [(name, got, want) for name, got, want in sides if got is not None and abs(got - want) > tol]
        if not bad:
            return
        ev = "页边距：" + "，".join(f"{name}{mm(got)}mm" for name, got, _ in bad)
        want = "，".join(f"{name}{mm(w)}mm" for name, _, w in bad)
        yield self.finding(
            f"{ev}，不符合版心 156mm×225mm 的要求。应为：{want}（允许误差 ±1mm，GB/T 9704-2012 5.2.1）。",
            ev,
            None,
        )
