"""ZG109 分工方案原则上不单独发文."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.requests import REQUEST_TYPES, rx
from ...analysis.text import squash
from ...model import Document, Finding
from ..base import Context, Example, Rule


class DivisionPlanAlone(Rule):
    code = "ZG109"
    title = "分工方案原则上不单独发文"
    severity = "info"
    explanation = "从严控制配套类、分工类发文：分工方案原则上应与文件合并印发，不单独发文。"
    triggers = "公文标题表明只印发一个分工方案或任务分工（“关于印发《2025年政府工作报告重点任务分工方案》的通知”）。"
    non_triggers = "分工方案与所分工的文件合并印发（“关于印发……实施方案及任务分工的通知”）；正文中列有分工的普通通知。"
    fix_hint = "把分工方案作为附件与所落实的文件合并印发，或直接写进该文件的正文。"
    bad = (
        Example(
            "@title 泽州县人民政府办公室关于印发泽州县2025年政府工作报告重点任务分工方案的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "现将《泽州县2025年政府工作报告重点任务分工方案》印发给你们，请认真贯彻落实。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年2月20日",
            note="分工方案单独发文。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府办公室关于印发泽州县优化营商环境实施方案及任务分工的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "现将《泽州县优化营商环境实施方案》及任务分工印发给你们，请认真贯彻落实。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年2月20日",
            note="分工与方案合并印发。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if not doc.title or doc.doc_type in REQUEST_TYPES:
            return
        core = re.sub(r"^.*?关于", "", squash(doc.title))
        core = re.sub(r"的?(?:通知|意见|决定)$", "", core)
        m = rx("division_title", "orders").search(core)
        if not m or rx("leader_division", "orders").search(core):
            return  # 领导同志工作分工 is how a government organises itself, not a 分工方案
        obj = re.sub(r"^(?:印发|下发|转发|制定)", "", core)
        before = obj[: obj.find(m.group(0))]
        # merged with the document it divides: 实施方案及任务分工
        if re.search(r"(?:及|和|暨|与|并)(?:其)?(?:重点)?$", before) or re.search(
            r"(?:方案|意见|办法|规划|计划|细则)(?:及|和|暨|与|并)", before
        ):
            return
        yield self.finding(
            f"分工方案单独发文：“{doc.title}”。{ctx.profile.cite(self.code)}。请与所落实的文件合并印发。",
            doc.title,
            doc.title_paragraph(),
        )
