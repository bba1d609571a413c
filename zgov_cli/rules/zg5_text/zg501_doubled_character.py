"""ZG501 疑似重复字（多打一字）."""
from __future__ import annotations

from typing import Iterator

from ...analysis.document import para_no
from ...analysis.segment import vocab_for
from ...analysis.text import window
from ...analysis.typos import DOUBLE, candidates, clause, doubled_typos
from ...model import Document, Finding
from ..base import Context, Example, Rule


class DoubledCharacter(Rule):
    code = "ZG501"
    title = "疑似重复字（多打一字）"
    severity = "warning"
    explanation = (
        "同一个字连写两次（“的的”“了了”“是是”“在在”）多为录入时多打一字，属于文字差错。"
        "公文定稿前应逐字校核，避免此类差错影响公文的严肃性。"
    )
    triggers = (
        "两个相同汉字相连，且两字不在同一个词语里：虚词重复（“会议的的组织工作”“完成了了任务”），"
        "或词语后又多出一个同样的字（“防汛汛工作”“我们们”）。"
    )
    non_triggers = (
        "真正的叠词和叠字成语（常常、人人、天天、看看、谢谢、研究研究、清清爽爽、规规矩矩、家家户户、"
        "头头是道、的的确确）；量词重叠（件件、项项、条条）；两个词相接（法规规定、煤矿矿长、场地地震、"
        "河南村村民、辽阳镇镇长）；数字（一九九六年、二〇〇四年）。"
    )
    fix_hint = "删去多打的一个字；确属叠词的可在配置 allow 中列出该文字以免再报。"
    bad = (
        Example(
            "@title 泽州县人民政府办公室关于召开全县安全生产工作会议的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "会议的的组织工作由县政府办公室负责。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年3月5日",
            note="“的的”多打了一个“的”。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府办公室关于召开全县安全生产工作会议的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "要推动形成清清爽爽的同志关系、规规矩矩的上下级关系，常常对照检查，人人担当作为，一一抓好落实。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年3月5日",
            note="清清爽爽、规规矩矩、常常、人人、一一都是叠词，不是重复字。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        cands = {k: candidates(p.text) for k, p in enumerate(doc.paragraphs) if DOUBLE.search(p.text)}
        cands = {k: v for k, v in cands.items() if v}
        if not cands:
            return
        chars = {c for k, v in cands.items() for i in v for c in doc.paragraphs[k].text[slice(*clause(doc.paragraphs[k].text, i))]}
        vocab = vocab_for(chars)
        for k in cands:
            p = doc.paragraphs[k]
            text = p.text
            for i in doubled_typos(text, vocab):
                a = text[i]
                ev, s = window(text, i, i + 2)
                fixed = ev[: i - s] + ev[i - s + 1 :]
                yield self.finding(
                    f"{para_no(p)}“{ev}”中“{a}”字连写两次（“{a}{a}”），疑为多打一字。应为：“{fixed}”。",
                    ev,
                    p,
                    fix=fixed,
                )
