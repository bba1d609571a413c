"""ZG503 成对标点不配对."""
from __future__ import annotations

from typing import Iterator

from ...analysis.document import para_no
from ...analysis.punctuation import PAIRS, has_marks, unbalanced_marks
from ...analysis.text import window
from ...model import Document, Finding
from ..base import Context, Example, Rule


class UnbalancedPairs(Rule):
    code = "ZG503"
    title = "成对标点不配对"
    severity = "warning"
    explanation = (
        "引号、书名号、括号必须成对使用。缺了右半边（或左半边），引用范围和文件名称就不清楚，"
        "多见于修改时删改了一半。"
    )
    triggers = "一段中“有左无右或有右无左：增强“四个意识、坚定“四个自信”；《××县人民政府工作规则；（此件公开发布。"
    non_triggers = (
        "跨段的引文（每段段首用“、末段段尾用”）；因分页断开的段落中成对的标点；"
        "序号“1）”“（1）”；英文撇号。"
    )
    fix_hint = "补上缺少的另一半标点，或删去多余的一个。"
    bad = (
        Example(
            "@title 泽州县人民政府关于加强政府系统作风建设的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "各部门要增强“四个意识、坚定“四个自信”，认真贯彻《泽州县人民政府工作规则。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="“四个意识 缺右引号；《泽州县人民政府工作规则 缺右书名号。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府关于加强政府系统作风建设的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "各部门要增强“四个意识”、坚定“四个自信”，认真贯彻《泽州县人民政府工作规则》（泽政发〔2024〕32号）。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="引号、书名号、括号都成对。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        paras = doc.paragraphs
        texts = [p.text for p in paras]
        if not has_marks(texts):
            return
        for k, i, label, side in unbalanced_marks(texts):
            p = paras[k]
            left, right, name = PAIRS[label]
            mark = p.text[i]
            ev, _ = window(p.text, i, i + 1)
            if side == "open":
                msg = f"{para_no(p)}“{ev}”中的左{name}“{mark}”没有对应的右{name}“{right}”。应补全为成对的“{left}……{right}”，或删去多余的“{mark}”。"
            else:
                msg = f"{para_no(p)}“{ev}”中的右{name}“{mark}”没有对应的左{name}“{left}”。应补全为成对的“{left}……{right}”，或删去多余的“{mark}”。"
            yield self.finding(msg, ev, p)
