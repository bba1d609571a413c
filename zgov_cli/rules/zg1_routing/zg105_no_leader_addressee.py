"""ZG105 一般不得直接向领导同志个人报送公文."""
from __future__ import annotations

from typing import Iterator

from ...analysis import orgs as _orgs
from ...analysis.document import body_paras
from ...analysis.requests import kind, vocab
from ...analysis.text import squash
from ...model import Document, Finding
from ..base import Context, Example, Rule


class NoLeaderAddressee(Rule):
    code = "ZG105"
    title = "一般不得直接向领导同志个人报送公文"
    severity = "warning"
    explanation = (
        "除领导同志交办事项外，一般不得直接向领导同志个人报送公文。公文应主送机关，由办公室统一登记、按分工呈批，避免绕开"
        "办文程序。"
    )
    triggers = "主送机关是领导个人（“王县长：”“县长：”“李副县长：”），包括没有正文的草稿。"
    non_triggers = "主送机关为县政府或其他机关；正文写明是领导同志交办的事项（“按照王县长交办要求”）。"
    fix_hint = (
        "主送改为本县人民政府（如“××县人民政府：”），由县政府办公室按程序呈送领导同志；确是领导交办事项的，在正文中写"
        "明交办情况。"
    )
    bad = (
        Example(
            "@title 泽州县文化和旅游局关于珏山景区提质升级工作进展情况的报告\n"
            "王县长：\n"
            "按照县政府安排，我局牵头推进珏山景区提质升级工作。目前景区游客中心改造已完成主体工程。\n"
            "特此报告。\n"
            "@right 泽州县文化和旅游局\n"
            "@right 2025年10月15日",
            note="报告直接主送县长个人。",
        ),
    )
    good = (
        Example(
            "@title 泽州县文化和旅游局关于珏山景区提质升级工作进展情况的报告\n"
            "泽州县人民政府：\n"
            "按照县政府安排，我局牵头推进珏山景区提质升级工作。目前景区游客中心改造已完成主体工程。\n"
            "特此报告。\n"
            "@right 泽州县文化和旅游局\n"
            "@right 2025年10月15日",
        ),
        Example(
            "@title 泽州县文化和旅游局关于珏山景区游客接待情况的报告\n"
            "王县长：\n"
            "按照您9月28日交办要求，现将国庆假期珏山景区游客接待情况报告如下。景区共接待游客12.6万人次。\n"
            "特此报告。\n"
            "@right 泽州县文化和旅游局\n"
            "@right 2025年10月9日",
            note="领导同志交办的事项，可以直接报送。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        leaders = [r for r in doc.recipients if kind(r, ctx) == _orgs.LEADER]
        if not leaders:
            return
        body = "".join(squash(p.text) for p in body_paras(doc))
        if any(w in body for w in vocab()["recipients"]["leader_assigned"]):
            return
        yield self.finding(
            f"公文直接主送领导个人（{'、'.join(leaders)}）。{ctx.profile.cite(self.code)}。"
            f"请主送{ctx.config.orgs.county or '本县'}人民政府，由县政府办公室按程序呈批；"
            "如系领导交办事项，请在正文写明。",
            doc.recipients_line or "、".join(leaders),
            doc.para_at(doc.recipients_pos),
        )
