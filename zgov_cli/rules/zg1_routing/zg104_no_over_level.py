"""ZG104 不得越级行文."""
from __future__ import annotations

from typing import Iterator

from ...analysis import orgs as _orgs
from ...analysis.requests import REQUEST_TYPES, issuer_kind, kind
from ...model import Document, Finding
from ..base import Context, Example, Rule


class NoOverLevel(Rule):
    code = "ZG104"
    title = "不得越级行文"
    severity = "error"
    explanation = (
        "行文一般不得越级；特殊情况需要越级行文的，应当同时抄送被越过的机关。乡镇、县直部门的上级是县政府，向市、省政府（"
        "党委）直接请示、报告就越过了县政府。抄送了县政府的，降为警告。"
    )
    triggers = (
        "发文机关是乡镇、县直部门或县议事协调机构，文种为请示或报告，主送上级党委、政府"
        "（晋城市人民政府、市委、山西省人民政府、省委、国务院）。"
    )
    non_triggers = (
        "县直部门向上级主管部门行文（县教育局→晋城市教育局）；县政府（含代拟稿）向晋城市人民政府行文，那是它的直接上级；"
        "主送县政府的请示、报告；通知、函等非上行文种。"
    )
    fix_hint = "改为主送本县人民政府，由县政府决定是否向上级转报；确需越级的，应经批准并同时抄送县政府。"
    bad = (
        Example(
            "@title 南村镇人民政府关于申请农村饮水安全巩固提升工程补助资金的请示\n"
            "晋城市人民政府：\n"
            "为解决6个行政村2300余名群众的饮水问题，我镇计划实施农村饮水安全巩固提升工程，总投资185万元。"
            "由于镇级财力有限，恳请上级给予补助资金120万元。\n"
            "妥否，请批示。\n"
            "@right 南村镇人民政府\n"
            "@right 2025年8月6日",
            note="乡镇越过县政府直接向市政府请示。",
        ),
    )
    good = (
        Example(
            "@title 泽州县教育局关于申请义务教育薄弱环节改善项目资金的请示\n"
            "晋城市教育局：\n"
            "为改善农村学校办学条件，我局计划实施义务教育薄弱环节改善项目，恳请市教育局安排项目资金300万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县教育局\n"
            "@right 2025年4月8日",
            note="县教育局向上级主管部门行文，不是越级。",
        ),
        Example(
            "@title 泽州县人民政府关于申请农村饮水安全巩固提升工程补助资金的请示\n"
            "晋城市人民政府：\n"
            "为解决农村群众饮水问题，我县计划实施农村饮水安全巩固提升工程，恳请市政府给予补助资金500万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年8月6日",
            note="县政府向市政府请示是正常的上行文。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type not in REQUEST_TYPES or not doc.issuer:
            return
        ik = issuer_kind(doc, ctx)
        if ik not in _orgs.SUBORDINATE:
            return
        skipped = [r for r in doc.recipients if kind(r, ctx) == _orgs.SUPERIOR_GOV]
        if not skipped:
            return
        cc_county = [c for c in doc.cc if kind(c, ctx) in _orgs.COUNTY_LEVEL]
        who = {"township": "乡镇", "county_dept": "县直部门", "coordination": "议事协调机构"}[ik]
        if cc_county:
            yield self.finding(
                f"{doc.issuer}（{who}）直接向{ '、'.join(skipped)}{doc.doc_type}，越过了县政府；已抄送{ '、'.join(cc_county)}。"
                f"{ctx.profile.cite(self.code, 'copied')}。"
                "请确认越级行文已经批准，否则改为主送县政府。",
                doc.recipients_line or "、".join(doc.recipients),
                doc.para_at(doc.recipients_pos),
                severity="warning",
            )
            return
        yield self.finding(
            f"{doc.issuer}（{who}）直接向{'、'.join(skipped)}{doc.doc_type}，越过了县政府。"
            f"{ctx.profile.cite(self.code)}。请改为主送{ctx.config.orgs.county or '本县'}人民政府，由县政府转报；"
            "确需越级行文的，应经批准并同时抄送县政府。",
            doc.recipients_line or "、".join(doc.recipients),
            doc.para_at(doc.recipients_pos),
        )
