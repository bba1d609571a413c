"""ZG103 请示、报告不得多头报文."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis import orgs as _orgs
from ...analysis.requests import REQUEST_TYPES
from ...model import Document, Finding
from ..base import Context, Example, Rule


class SingleRecipient(Rule):
    code = "ZG103"
    title = "请示、报告不得多头报文"
    severity = "error"
    explanation = (
        "上行文原则上主送一个上级机关，不得多头报文；需要其他机关知悉的，用抄送。多个主送机关会造成重复办理或相互推诿。请"
        "示主送多个机关为错误；报告主送多个机关为警告。"
    )
    triggers = "文种为请示（错误）或报告（警告），主送机关多于一个（“晋城市人民政府、晋城市水务局：”）。"
    non_triggers = "只有一个主送机关的请示、报告（需要让其他机关知悉的，用抄送）；下行文、平行文主送多个机关（通知、函等）。"
    fix_hint = "只保留一个主送机关（负责办理的上级机关），其他需要知悉的机关列入抄送。"
    bad = (
        Example(
            "@title 泽州县水务局关于申请农村饮水安全工程补助资金的请示\n"
            "泽州县人民政府、泽州县财政局：\n"
            "为解决6个行政村饮水困难，我局计划实施农村饮水安全巩固提升工程，恳请县政府安排补助资金120万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县水务局\n"
            "@right 2025年8月6日",
            note="请示主送两个机关。",
        ),
    )
    good = (
        Example(
            "@title 泽州县水务局关于申请农村饮水安全工程补助资金的请示\n"
            "泽州县人民政府：\n"
            "为解决6个行政村饮水困难，我局计划实施农村饮水安全巩固提升工程，恳请县政府安排补助资金120万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县水务局\n"
            "@right 2025年8月6日\n"
            "抄送：泽州县财政局。",
            note="一个主送机关，其他机关用抄送。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type not in REQUEST_TYPES:
            return
        recips = list(dict.fromkeys(_orgs.normalise(r) for r in doc.recipients if _orgs.normalise(r)))
        if len(recips) < 2 or _joint_to_joint(doc, recips, ctx):
            return
        sev = "error" if doc.doc_type == "请示" else "warning"
        yield self.finding(
            f"这件{doc.doc_type}主送了{len(recips)}个机关（{'、'.join(recips)}）。{ctx.profile.cite(self.code)}。"
            "请只保留负责办理的一个主送机关，其他机关改为抄送。",
            doc.recipients_line or "、".join(recips),
            doc.para_at(doc.recipients_pos),
            severity=sev,
        )


def _branch(name: str) -> tuple[str, str] | None:
    """(place, "party"|"gov") for a party committee or government name:
    中共晋城市委 / 晋城市委员会 / 市委 → (晋城市|市, party); 晋城市人民政府 → gov."""
    n = _orgs.normalise(name)
    m = re.fullmatch(r"(?:中共)?(?P<place>.*?[省市县])(?:委员会|委)(?:办公室|办公厅)?", n)
    if m:
        return m.group("place"), "party"
    m = re.fullmatch(r"(?P<place>.*?[省市县])(?:人民)?政府(?:办公室|办公厅)?", n)
    if m:
        return m.group("place"), "gov"
    return None


def _joint_to_joint(doc: Document, recips: list[str], ctx: Context) -> bool:
    """A 县委+县政府 joint document sent to the matching 上级党委、政府
    (中共晋城市委、晋城市人民政府) has one joint addressee (the county's work rules:
    以县委、县政府名义报送上级党委、政府), not 多头报文."""
    issuer_branches = {b[1] for b in map(_branch, doc.issuers or [doc.issuer or ""]) if b}
    if issuer_branches != {"party", "gov"}:
        return False
    branches = [_branch(r) for r in recips]
    if len(recips) != 2 or not all(branches):
        return False
    (p1, b1), (p2, b2) = branches
    same_place = p1 == p2 or p1.endswith(p2) or p2.endswith(p1)
    return same_place and {b1, b2} == {"party", "gov"}
