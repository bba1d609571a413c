"""ZG308 结构层次序数不规范."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.document import para_place
from ...analysis.headings import FORMS, heading_of
from ...model import Document, Finding, Paragraph
from ..base import Context, Example, Rule


_LEVEL_RULES = {
    1: "汉字序数后用顿号“、”",
    2: "汉字序数加全角括号，括号后不加标点",
    3: "阿拉伯数字后用下脚点“.”",
    4: "阿拉伯数字加全角括号，括号后不加标点",
}


_LEVEL_NAMES = {1: "第一层“一、”", 2: "第二层“（一）”", 3: "第三层“1.”", 4: "第四层“（1）”"}


_FIGURE_RUN = re.compile(r"(?:[ \u3000\t]+-?\d[\d.,%]*){3,}[ \u3000\t]*$")


class HeadingNumbers(Rule):
    code = "ZG308"
    title = "结构层次序数不规范"
    severity = "warning"
    explanation = (
        "文中结构层次序数依次用“一、”“（一）”“1.”“（1）”标注：汉字序数后用顿号，"
        "括号用全角括号且括号后不再加标点，阿拉伯数字序数后用下脚点，层次不能颠倒，同一层次序号应连续。"
    )
    triggers = (
        "半角括号“(一)”“(1)”；“1、”“1)”“一.”；“（一）、”括号后又加标点；"
        "下一层次从头编号却出现在更低层次之后（如“1.”之下出现“（一）”）；同一层次序号跳号（“（二）”后接“（四）”）。"
    )
    non_triggers = (
        "跳过中间层次（“一、”下直接用“1.”）是常见写法，不报告；“第一章 总则”等章、节、条体的序号不报告；全角点“"
        "1．”视同“1.”；段中行内的“（1）……（2）……”列举不检查；表格内不检查；标明“有删减”的公文不报告跳号。"
    )
    fix_hint = "改为全角括号、规范的序数后标点：“（八）”“1.”“（1）”；调整层次使其依次为 一、→（一）→1.→（1）。"
    bad = (
        Example(
            "@title 泽州县人民政府关于加强安全生产工作的通知\n各乡镇人民政府，县直各有关单位：\n"
            "为加强安全生产工作，现通知如下。\n一、压实责任\n（一）落实属地责任。各乡镇要落实属地管理责任。\n"
            "(二) 落实部门责任。各部门要落实监管责任。\n1、加强督查。县安委办要加强督查。\n"
            "@right 泽州县人民政府\n@right 2025年3月15日",
            note="半角括号“(二)”应为“（二）”；“1、”应为“1.”。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府关于加强安全生产工作的通知\n各乡镇人民政府，县直各有关单位：\n"
            "为加强安全生产工作，现通知如下。\n一、压实责任\n（一）落实属地责任。各乡镇要落实属地管理责任。\n"
            "（二）落实部门责任。各部门要落实监管责任。\n1.加强督查。县安委办要加强督查。\n"
            "（1）每月开展一次检查。\n二、强化保障\n各部门要保障安全生产投入。\n"
            "@right 泽州县人民政府\n@right 2025年3月15日",
        ),
        Example(
            "@title 泽州县人民政府关于2024年政府信息公开工作情况的报告\n晋城市人民政府：\n"
            "一、总体情况\n全年主动公开政府信息2316条。\n二、收到和处理政府信息公开申请情况\n"
            "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21\n（一）予以公开 4 0 0 0 0 0 4\n"
            "（三）不予公开\n1.属于国家秘密 0 0 0 0 0 0 0\n"
            "（四）无法提供1.本机关不掌握相关政府信息 3 0 0 0 0 0 3\n（五）不予处理\n"
            "1.信访举报投诉类申请 1 0 0 0 0 0 1\n三、存在的主要问题\n部分单位公开内容更新不及时。\n"
            "@right 泽州县人民政府\n@right 2025年1月20日",
            note="PDF 里的表格没有标记：一行是标签加一串数字的是表格的行，它的序号不算正文层次；表格合并单元格的标签之后也不查断号。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        abridged = "删减" in (doc.note or "")
        groups: list[list[Paragraph]] = [[], []]
        for p in doc.paragraphs:
            if p.in_table:
                continue
            if p.role == "body":
                groups[0].append(p)
            elif p.role == "attachment_body":
                groups[1].append(p)
        # paragraphs cut from flattened text (resegment) start where a heading
        # follows a sentence end; a heading after a heading-like phrase stays
        # inside a paragraph, so order and gaps between them prove nothing
        recovered = doc.layout_recovered
        for paras in groups:
            yield from self._check_group(paras, abridged, recovered)

    def _check_group(self, paras: list[Paragraph], abridged: bool, recovered: bool = False) -> Iterator[Finding]:
        last: dict[int, int] = {}
        prev_level: int | None = None
        rows_since: set[int] = set()
        for p in paras:
            # (a table's row read from a PDF, where no table is marked: its
            # label then a run of figures — 一、本年新收…数量 21 0 0 0 0 0 21 —
            # numbers the table's rows, not the document's sections)
            # (and where such rows came since a level's last heading, that
            # level's next number may follow a label the table merged over
            # rows — （三）不予公开 ‖ 1.…0 0 0 ‖ （四）无法提供1.…31 0 0 ‖ （五）…:
            # no gap is read there)
            if _FIGURE_RUN.search(p.text):
                rows_since.update((1, 2, 3, 4))
                continue
            h = heading_of(p.text)
            if h is None:
                continue
            level, n, marker, right, rest = h
            marker_s = marker.strip()
            evidence = (marker + rest[:16]).strip()
            if right is not None:
                fixed = (right + rest[:16].lstrip(" \u3000")).strip()
                yield self.finding(
                    f"{para_place(p)}结构层次序数“{marker_s}”不规范，应为“{right}”"
                    f"（{_LEVEL_NAMES[level]}：{_LEVEL_RULES[level]}）。",
                    evidence, p, fix=fixed,
                )
            elif not recovered and n == 1 and level >= 2 and prev_level is not None and prev_level > level:
                yield self.finding(
                    f"{para_place(p)}层次颠倒：“{marker_s}”（{_LEVEL_NAMES[level]}）出现在{_LEVEL_NAMES[prev_level]}之下；"
                    "层次应依次为 一、→（一）→1.→（1）。",
                    evidence, p,
                )
            elif not (abridged or recovered) and level in last and n > last[level] + 1 and level not in rows_since:
                expected = FORMS[level].format(_num_text(level, last[level] + 1))
                yield self.finding(
                    f"{para_place(p)}同一层次序号不连续：“{marker_s}”前应有“{expected}”。",
                    evidence, p,
                )
            last[level] = n
            rows_since.discard(level)
            for deeper in (2, 3, 4):
                if deeper > level:
                    last.pop(deeper, None)
            prev_level = level


def _num_text(level: int, n: int) -> str:
    if level in (3, 4):
        return str(n)
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return str(n)
