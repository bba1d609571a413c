"""ZG201 公文篇幅超过工作规则的字数限制."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis import orgs as _orgs
from ...analysis.requests import vocab
from ...analysis.text import squash
from ...model import Document, Finding
from ..base import Context, Example, Rule


_RANK = {
    _orgs.SUPERIOR_GOV: 3,
    _orgs.SUPERIOR_DEPT: 3,
    _orgs.COUNTY_GOV: 2,
    _orgs.COUNTY_PARTY: 2,
    _orgs.LEADER: 2,
    _orgs.COUNTY_OTHER: 2,
    _orgs.COUNTY_GOV_OFFICE: 1,
    _orgs.COUNTY_DEPT: 1,
    _orgs.COORDINATION: 1,
    _orgs.TOWNSHIP: 1,
}


_COUNT_NAMES = {
    "body": "按 Word 字数统计，不含标题、主送、署名、附件",
    "body_hanzi": "只计汉字，不含标题、主送、署名、附件",
    "all": "按 Word 字数统计全文",
}


def _deploy_scope(doc: Document) -> tuple[str, str]:
    """("global" | "special" | "general", reason) for a document sent to the county,
    read from its title (关于开展…专项整治行动 → special; …工作要点 → global)."""
    v = vocab()["length"]
    title = squash(doc.title or "")
    g = next((w for w in v["global_work"] if w in title), None)
    if g:
        return "global", f"标题表明部署全局性、综合性工作（“{g}”）"
    if doc.doc_type in v["deploying_types"]:
        s = next((w for w in v["special_task"] if w in title), None)
        if s:
            return "special", f"部署专项工作或具体任务（“{s}”）"
    return "general", "报送县政府的公文"


def applicable_limit(doc: Document, ctx: Context) -> tuple[int, str] | None:
    """(limit, why) for this document, or None when the 篇幅 article does not cover it."""
    lim = ctx.config.limits
    orgs = ctx.config.orgs
    ik = _orgs.classify(doc.issuer, orgs) if doc.issuer else None
    rks = [_orgs.classify(r, orgs) for r in doc.recipients]
    ir = _RANK.get(ik or "", 0)
    to_superior = bool(rks) and any(_RANK.get(k, 0) > ir for k in rks) if ir else any(
        _RANK.get(k, 0) >= 2 for k in rks
    )
    if doc.doc_type in ("请示", "报告") and (to_superior or (doc.is_draft and any(k in _orgs.SUPERIOR for k in rks))):
        route = f"（{doc.issuer or '发文机关'}报送{'、'.join(doc.recipients)}）" if doc.recipients else ""
        up = ("代拟稿呈报上级" if doc.is_draft else "呈报上级") + route
        if doc.doc_type == "请示":
            return lim.request, f"请示{up}，一般不超过{lim.request}字"
        if doc.report_kind == "comprehensive":
            return lim.comprehensive_report, f"综合报告{up}，一般不超过{lim.comprehensive_report}字（{doc.report_kind_reason or '综合报告'}）"
        return lim.special_report, f"专项报告{up}，一般不超过{lim.special_report}字（{doc.report_kind_reason or '专项报告'}）"
    sends_to_county = ik in _orgs.SUBORDINATE and any(k in _orgs.COUNTY_LEVEL or k == _orgs.LEADER for k in rks)
    if not (sends_to_county or doc.is_draft):
        return None
    scope, why = _deploy_scope(doc)
    src = "代拟稿" if doc.is_draft else "乡镇、县直部门报送县政府的公文"
    if scope == "global":
        return None
    if scope == "special":
        return lim.special_task, f"{src}{why}，一般不超过{lim.special_task}字"
    return lim.general, f"{src}，一般不超过{lim.general}字"


class Length(Rule):
    code = "ZG201"
    title = "公文篇幅超过工作规则的字数限制"
    severity = "warning"
    explanation = (
        "工作规则限制公文篇幅：报送县政府的公文及代拟稿、部署专项工作或具体任务的公文、呈报上级的请示、综合报告、专项报告"
        "各有限额（部署全局性、综合性工作的除外）。字数按 Word 的统计方法计算正文（不含标题、主送、署名、附件）；限"
        "额和计数口径由所用配置给出，也可在配置 [limits] 中调整。"
    )
    triggers = (
        "请示、报告呈报上级（乡镇、县直部门报县政府，或县政府报市政府）超过1500字（请示）、5000字（综合报告）、3000字（专项报告）；"
        "乡镇、县直部门报送县政府的其他公文及代拟稿超过5000字，部署专项工作或具体任务的超过4000字。"
    )
    non_triggers = (
        "县政府、县政府办公室自己印发的公文（下行文不在篇幅限制的范围内）；部署全局性、综合性工作的公文（如政府工作报告、"
        "年度工作要点）；未超过限额的公文；附件和被转发的文件不计入正文字数。"
    )
    fix_hint = "压缩篇幅：删去背景铺陈和重复表述，数据和明细放入附件；请示只写请求事项和必要理由。"
    bad = (
        Example(
            "@title 泽州县教育局关于申请追加学生营养餐补助经费的请示\n"
            "泽州县人民政府：\n"
            + "今年春季学期，全县农村义务教育学校在校生较去年增加1260人，学生营养改善计划资金缺口较大。" * 36
            + "\n恳请县政府追加学生营养餐补助经费182万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县教育局\n"
            "@right 2025年3月5日",
            note="请示正文超过1500字。",
        ),
        Example(
            "@title 泽州县应急管理局关于开展安全生产专项整治行动的通知\n"
            "（代拟稿）\n"
            "各乡镇人民政府，县直各有关单位：\n"
            + "各乡镇、各有关单位要深入开展安全生产专项整治，全面排查重点行业领域风险隐患，建立问题清单、整改清单和责任清单，确保整改到位。" * 70
            + "\n@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="代拟稿部署专项工作，超过4000字。",
        ),
    )
    good = (
        Example(
            "@title 泽州县教育局关于申请追加学生营养餐补助经费的请示\n"
            "泽州县人民政府：\n"
            "今年春季学期，全县农村义务教育学校在校生较去年增加1260人，学生营养改善计划资金缺口较大。\n"
            "恳请县政府追加学生营养餐补助经费182万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县教育局\n"
            "@right 2025年3月5日",
        ),
        Example(
            "@title 泽州县人民政府关于开展安全生产专项整治行动的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            + "各乡镇、各有关单位要深入开展安全生产专项整治，全面排查重点行业领域风险隐患，建立问题清单、整改清单和责任清单，确保整改到位。" * 70
            + "\n@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="县政府自己印发的公文不受第二十九条限制。",
        ),
        Example(
            "@title 泽州县人民政府关于2025年工作情况的报告\n"
            "晋城市人民政府：\n"
            + "2025年，我县坚持稳中求进工作总基调，经济社会发展主要指标好于预期，民生保障持续加强，安全形势总体平稳。" * 80
            + "\n特此报告。\n"
            "@right 泽州县人民政府\n"
            "@right 2026年1月10日",
            note="综合报告约4000字，在5000字限额内。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        got = applicable_limit(doc, ctx)
        if got is None:
            return
        limit, why = got
        field = ctx.config.limits.count
        n = getattr(doc.counts, field, doc.counts.body)
        if n <= limit:
            return
        how = _COUNT_NAMES.get(field, field)
        body = doc.body_paragraphs()
        first = body[0] if body else doc.title_paragraph()
        head = re.sub(r"\s+", "", body[0].text)[:30] if body else ""
        yield self.finding(
            f"{why}（{ctx.profile.cite(self.code)}）；本文正文{n}字（{how}），超出{n - limit}字。请压缩篇幅，明细材料可作为附件。",
            f"正文{n}字，限额{limit}字；正文开头：“{head}…”" if head else f"正文{n}字，限额{limit}字",
            first,
        )
