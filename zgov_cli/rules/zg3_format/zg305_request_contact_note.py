"""ZG305 请示未在附注注明联系人和电话."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.document import format_vocab, para_place
from ...model import Document, Finding
from ..base import Context, Example, Rule


class RequestContactNote(Rule):
    code = "ZG305"
    title = "请示未在附注注明联系人和电话"
    severity = "info"  # a convention kept from a superseded rule, and its message says 提示
    explanation = (
        "请示应在附注处注明联系人的姓名和电话，便于上级机关办理时联系。"
        "这一要求出自已被《党政机关公文处理工作条例》取代的原《国家行政机关公文处理办法》，"
        "GB/T 9704-2012 没有规定，作为通行做法保留，故只作提示。附注居左空二字加圆括号，排在成文日期下一行。"
    )
    triggers = "请示中找不到联系人，或找不到联系电话。"
    non_triggers = (
        "请示以外的文种不检查；联系人和电话写在附注以外的位置（如正文末）也视为已注明；"
        "电话可写“电话：”“联系电话：”“手机：”或直接写号码（0356-3022145、138********）。"
    )
    fix_hint = "在成文日期下一行加附注，如“（联系人：李明，电话：0356-3022145）”。"
    bad = (
        Example(
            "@title 泽州县民政局关于申请养老服务中心运营补贴的请示\n泽州县人民政府：\n"
            "为保障县养老服务中心正常运营，恳请县政府给予运营补贴30万元。\n妥否，请批示。\n"
            "@right 泽州县民政局\n@right 2025年5月12日",
            note="没有附注。",
        ),
    )
    good = (
        Example(
            "@title 泽州县民政局关于申请养老服务中心运营补贴的请示\n泽州县人民政府：\n"
            "为保障县养老服务中心正常运营，恳请县政府给予运营补贴30万元。\n妥否，请批示。\n"
            "@right 泽州县民政局\n@right 2025年5月12日\n（联系人：赵红，电话：0356-3027788）",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type != "请示":
            return
        nd = format_vocab()["note"]
        skip = set(doc.title_pos)
        has_contact = has_phone = False
        for i, p in enumerate(doc.paragraphs):
            if i in skip:
                continue
            contact_here = bool(re.search(nd["contact_pattern"], p.text))
            has_contact = has_contact or contact_here
            has_phone = has_phone or bool(re.search(nd["phone_pattern"], p.text)) or (
                contact_here and bool(re.search(nd["local_number"], p.text))
            )
        if has_contact and has_phone:
            return
        missing = "联系人和电话" if not (has_contact or has_phone) else ("联系人" if not has_contact else "联系电话")
        anchor = doc.para_at(doc.date_pos)
        if anchor is None:
            sig = [p for p in doc.paragraphs if p.role == "signature"]
            anchor = sig[-1] if sig else (doc.paragraphs[doc.body_pos[-1]] if doc.body_pos else doc.title_paragraph())
        where = f"{para_place(anchor)}之后" if anchor is not None else ""
        yield self.finding(
            f"请示未注明{missing}：{where}应加附注，如“（联系人：李明，电话：0356-3022145）”。"
            "（此为原《国家行政机关公文处理办法》的要求，GB/T 9704-2012 未作规定，按通行做法提示。）",
            anchor.text.strip() if anchor is not None else "",
            anchor,
        )
