"""ZG6 — 版式 (layout, GB/T 9704-2012): page size, margins, fonts, grid.

Facts come from the reader (``doc.layout`` and the paragraphs' font hints):
docx sections, pdf page boxes. A fact the reader could not read is None and
the rule says nothing about it — layout is never guessed from text. Plain
text has no layout: these rules do not apply to it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator

from ..data import load_toml
from ..model import Document, Finding, Paragraph
from .base import Context, Example, Rule, register


@lru_cache(maxsize=None)
def spec() -> dict[str, Any]:
    return load_toml("layout.toml")


def _mm(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _norm_font(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name).lower()


def font_in(name: str | None, families: list[str]) -> bool:
    n = _norm_font(name or "")
    return any(_norm_font(f) in n for f in families)


_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+[章节条部分])")

_A4 = "A4（210mm×297mm）"

_LAYOUT_GOOD = {
    "page_width_mm": 210.0,
    "page_height_mm": 297.0,
    "margin_top_mm": 37.0,
    "margin_bottom_mm": 35.0,
    "margin_left_mm": 28.0,
    "margin_right_mm": 26.0,
    "lines_per_page": 22,
    "chars_per_line": 28,
    "default_font_name": "仿宋_GB2312",
    "default_font_size": 16.0,
}
_FONTS_GOOD = {"title": [22, "方正小标宋简体"], "body": [16, "仿宋_GB2312"]}
_EXAMPLE_TEXT = (
    "@title 泽州县人民政府办公室关于做好2025年防汛工作的通知\n"
    "各乡镇人民政府，县直各有关单位：\n"
    "为做好今年防汛工作，经县政府同意，现就有关事项通知如下。\n"
    "一、落实防汛责任。各乡镇要逐级落实防汛责任人。\n"
    "@right 泽州县人民政府办公室\n"
    "@right 2025年6月3日"
)


def apply_font_hints(paras: list[Paragraph], fonts: dict[str, Any]) -> None:
    """Test/example helper: ``fonts = {"title": (22, "方正小标宋简体"),
    "body": (16, "仿宋_GB2312")}`` sets the font of centred-large lines
    (title) and of the other lines (body). Same semantics as the engine's
    handling of ``Example.options["fonts"]``."""
    for p in paras:
        key = "title" if p.font_size and p.font_size >= 18 else "body"
        if key in fonts:
            size, name = fonts[key]
            p.font_size, p.font_name = float(size), name


@register
class PaperSize(Rule):
    code = "ZG601"
    title = "纸张不是A4幅面"
    severity = "warning"
    article = "GB/T 9704-2012 5.1"
    source = "GB/T 9704-2012《党政机关公文格式》5.1"
    explanation = "公文用纸统一采用A4型纸（210mm×297mm）。用信纸（Letter）、B5、16开等幅面排版，打印和归档时版面会走样。"
    triggers = "docx 的页面设置或 pdf 的页面尺寸与 210mm×297mm 相差超过 1mm（如 Letter 216mm×279mm、B5 176mm×250mm）。"
    non_triggers = "A4 竖排或横排（表格页）；纯文本文件（无版式信息）；读不到页面尺寸时不作判断。"
    fix_hint = "在“页面设置—纸张”中选择 A4（21厘米×29.7厘米）。"
    formats = ("docx", "pdf")
    bad = (
        Example(
            _EXAMPLE_TEXT,
            {"format": "docx", "layout": {**_LAYOUT_GOOD, "page_width_mm": 215.9, "page_height_mm": 279.4}, "fonts": _FONTS_GOOD},
            note="页面是美国信纸（Letter）幅面。",
        ),
    )
    good = (Example(_EXAMPLE_TEXT, {"format": "docx", "layout": dict(_LAYOUT_GOOD), "fonts": _FONTS_GOOD}, note="A4 幅面。"),)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        lay = doc.layout
        if lay is None or lay.page_width_mm is None or lay.page_height_mm is None:
            return
        s = spec()["page"]
        w, h, tol = lay.page_width_mm, lay.page_height_mm, s["tolerance_mm"]
        a4 = (s["width_mm"], s["height_mm"])
        for W, H in (a4, a4[::-1]):
            if abs(w - W) <= tol and abs(h - H) <= tol:
                return
        ev = f"页面尺寸 {_mm(w)}mm×{_mm(h)}mm"
        yield self.finding(
            f"{ev}，不是公文用纸规定的 {_A4}。应为：纸张大小 A4，210mm×297mm（GB/T 9704-2012 5.1）。",
            ev,
            None,
        )


@register
class Margins(Rule):
    code = "ZG602"
    title = "页边距不符合版心要求"
    severity = "warning"
    article = "GB/T 9704-2012 5.2.1"
    source = "GB/T 9704-2012《党政机关公文格式》5.2.1"
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
            _EXAMPLE_TEXT,
            {
                "format": "docx",
                "layout": {**_LAYOUT_GOOD, "margin_top_mm": 25.4, "margin_bottom_mm": 25.4, "margin_left_mm": 31.8, "margin_right_mm": 31.8},
                "fonts": _FONTS_GOOD,
            },
            note="Word 默认页边距（上下 2.54 厘米，左右 3.18 厘米）。",
        ),
    )
    good = (Example(_EXAMPLE_TEXT, {"format": "docx", "layout": dict(_LAYOUT_GOOD), "fonts": _FONTS_GOOD}, note="上 37、下 35、左 28、右 26mm。"),)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        lay = doc.layout
        if lay is None:
            return
        m = spec()["margins"]
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
        ev = "页边距：" + "，".join(f"{name}{_mm(got)}mm" for name, got, _ in bad)
        want = "，".join(f"{name}{_mm(w)}mm" for name, _, w in bad)
        yield self.finding(
            f"{ev}，不符合版心 156mm×225mm 的要求。应为：{want}（允许误差 ±1mm，GB/T 9704-2012 5.2.1）。",
            ev,
            None,
        )


def _size_name(pt: float) -> str:
    names = {42: "初号", 36: "小初", 26: "一号", 24: "小一", 22: "二号", 18: "小二", 16: "三号", 15: "小三", 14: "四号", 12: "小四", 10.5: "五号", 9: "小五"}
    for k, v in names.items():
        if abs(pt - k) < 0.26:
            return f"{v}（{_mm(pt)}磅）"
    return f"{_mm(pt)}磅"


def _short(text: str, n: int = 20) -> str:
    """The first n characters: an exact quote of the paragraph's start."""
    return text[:n]


def _paras_list(ps: list[Paragraph], limit: int = 6) -> str:
    nums = [f"第{p.index}段" for p in ps[:limit]]
    more = f"等{len(ps)}段" if len(ps) > limit else ""
    return "、".join(nums) + more


@register
class Fonts(Rule):
    code = "ZG603"
    title = "标题、正文字体字号或每页行数字数不规范"
    severity = "info"
    article = "GB/T 9704-2012 5.2.2、5.2.3、7.3.1"
    article_keys = ("GB/T 9704-2012 5.2.2", "GB/T 9704-2012 5.2.3", "GB/T 9704-2012 7.3.1")
    source = "GB/T 9704-2012《党政机关公文格式》5.2.2、5.2.3、7.3.1"
    explanation = (
        "公文标题一般用2号（22磅）小标宋体字，正文用3号（16磅）仿宋体字（仿宋_GB2312 或 仿宋），"
        "文中一级标题用黑体、二级标题用楷体；每页22行、每行28字。"
    )
    triggers = (
        "docx 中标题字号不是22磅或字体不是小标宋；正文段落字号不是16磅或字体不是仿宋"
        "（一、二级标题可用黑体、楷体）；文档网格不是每页22行、每行28字。"
    )
    non_triggers = "读不到字体字号或文档网格的情况（不作推测）；pdf 和纯文本；一级标题用黑体、二级标题用楷体。"
    fix_hint = "标题设为方正小标宋简体2号，正文设为仿宋_GB2312 3号；“页面设置—文档网格”指定每页22行、每行28字。"
    formats = ("docx",)
    bad = (
        Example(
            _EXAMPLE_TEXT,
            {
                "format": "docx",
                "layout": {**_LAYOUT_GOOD, "lines_per_page": 44, "chars_per_line": 39, "default_font_name": "宋体", "default_font_size": 10.5},
                "fonts": {"title": [18, "黑体"], "body": [12, "宋体"]},
            },
            note="标题用了小二号黑体，正文用了小四号宋体，网格是 Word 默认的44行×39字。",
        ),
    )
    good = (
        Example(_EXAMPLE_TEXT, {"format": "docx", "layout": dict(_LAYOUT_GOOD), "fonts": _FONTS_GOOD}, note="2号小标宋标题，3号仿宋正文，22行×28字。"),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        s = spec()
        lay = doc.layout
        tol = s["body"]["size_tolerance_pt"]
        # title: 2号小标宋
        t_size = s["title"]["size_pt"]
        titles = [doc.paragraphs[i] for i in doc.title_pos if 0 <= i < len(doc.paragraphs)]
        problems = []
        sizes = sorted({p.font_size for p in titles if p.font_size is not None and abs(p.font_size - t_size) > tol})
        if sizes:
            problems.append("字号为" + "、".join(_size_name(x) for x in sizes))
        names = list(dict.fromkeys(p.font_name for p in titles if p.font_name and not font_in(p.font_name, s["title"]["fonts"])))
        if names:
            problems.append("字体为" + "、".join(names))
        if problems and titles:
            ev = _short("".join(p.text for p in titles), 30)
            yield self.finding(
                f"标题“{ev}”{('，'.join(problems))}。应为：{s['title']['size_name']}（{_mm(t_size)}磅）{s['title']['font_label']}（GB/T 9704-2012 7.3.1）。",
                ev,
                titles[0],
            )
        # body: 3号仿宋 (document defaults stand in for paragraphs without their own)
        b = s["body"]
        body = doc.body_paragraphs()
        dsize = lay.default_font_size if lay else None
        dname = lay.default_font_name if lay else None
        wrong_size: dict[float, list[Paragraph]] = {}
        wrong_name: dict[str, list[Paragraph]] = {}
        for p in body:
            if p.in_table:
                continue
            size = p.font_size if p.font_size is not None else dsize
            name = p.font_name or dname
            if size is not None and abs(size - b["size_pt"]) > tol:
                wrong_size.setdefault(size, []).append(p)
            if name and not font_in(name, b["fonts"]):
                if _HEADING.match(p.text) and font_in(name, b["heading_fonts"]):
                    continue  # 一级标题黑体、二级标题楷体
                wrong_name.setdefault(name, []).append(p)
        for size, ps in wrong_size.items():
            ev = _short(ps[0].text)
            yield self.finding(
                f"正文{_paras_list(ps)}（如“{ev}{'……' if len(ps[0].text) > len(ev) else ''}”）字号为{_size_name(size)}。应为：{b['size_name']}（{_mm(b['size_pt'])}磅）（GB/T 9704-2012 5.2.2）。",
                ev,
                ps[0],
            )
        for name, ps in wrong_name.items():
            ev = _short(ps[0].text)
            yield self.finding(
                f"正文{_paras_list(ps)}（如“{ev}{'……' if len(ps[0].text) > len(ev) else ''}”）字体为“{name}”。应为：{b['font_label']}（GB/T 9704-2012 5.2.2）。",
                ev,
                ps[0],
            )
        # grid: 22 lines × 28 characters
        if lay is not None:
            g = s["grid"]
            got = []
            if lay.lines_per_page is not None and lay.lines_per_page != g["lines_per_page"]:
                got.append(f"每页{lay.lines_per_page}行")
            if lay.chars_per_line is not None and lay.chars_per_line != g["chars_per_line"]:
                got.append(f"每行{lay.chars_per_line}字")
            if got:
                ev = "文档网格：" + "、".join(got)
                yield self.finding(
                    f"{ev}。应为：每页{g['lines_per_page']}行、每行{g['chars_per_line']}字（GB/T 9704-2012 5.2.3）。",
                    ev,
                    None,
                )
