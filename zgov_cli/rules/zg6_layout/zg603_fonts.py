"""ZG603 标题、正文字体字号或每页行数字数不规范."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.layout import EXAMPLE_FONTS, EXAMPLE_LAYOUT, EXAMPLE_TEXT, font_in, layout_spec, mm
from ...model import Document, Finding, Paragraph
from ..base import Context, Example, Rule


_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百]+[章节条部分])")


def _size_name(pt: float) -> str:
    names = {42: "初号", 36: "小初", 26: "一号", 24: "小一", 22: "二号", 18: "小二", 16: "三号", 15: "小三", 14: "四号", 12: "小四", 10.5: "五号", 9: "小五"}
    for k, v in names.items():
        if abs(pt - k) < 0.26:
            return f"{v}（{mm(pt)}磅）"
    return f"{mm(pt)}磅"


def _short(text: str, n: int = 20) -> str:
    """The first n characters: an exact quote of the paragraph's start."""
    return text[:n]


def _paras_list(ps: list[Paragraph], limit: int = 6) -> str:
    nums = [f"第{p.index}段" for p in ps[:limit]]
    more = f"等{len(ps)}段" if len(ps) > limit else ""
    return "、".join(nums) + more


class Fonts(Rule):
    code = "ZG603"
    title = "标题、正文字体字号或每页行数字数不规范"
    severity = "info"
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
            EXAMPLE_TEXT,
            {
                "format": "docx",
                "layout": {**EXAMPLE_LAYOUT, "lines_per_page": 44, "chars_per_line": 39, "default_font_name": "宋体", "default_font_size": 10.5},
                "fonts": {"title": [18, "黑体"], "body": [12, "宋体"]},
            },
            note="标题用了小二号黑体，正文用了小四号宋体，网格是 Word 默认的44行×39字。",
        ),
    )
    good = (
        Example(EXAMPLE_TEXT, {"format": "docx", "layout": dict(EXAMPLE_LAYOUT), "fonts": EXAMPLE_FONTS}, note="2号小标宋标题，3号仿宋正文，22行×28字。"),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        s = layout_spec()
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
                f"标题“{ev}”{('，'.join(problems))}。应为：{s['title']['size_name']}（{mm(t_size)}磅）{s['title']['font_label']}（GB/T 9704-2012 7.3.1）。",
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
                f"正文{_paras_list(ps)}（如“{ev}{'……' if len(ps[0].text) > len(ev) else ''}”）字号为{_size_name(size)}。应为：{b['size_name']}（{mm(b['size_pt'])}磅）（GB/T 9704-2012 5.2.2）。",
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
