"""ZG106 请示、报告不得抄送下级机关."""
from __future__ import annotations

from typing import Iterator

from ...analysis import orgs as _orgs
from ...analysis.requests import REQUEST_TYPES, issuer_kind, kind, rx, vocab
from ...model import Document, Finding
from ..base import Context, Example, Rule


def _is_lower(name: str, ik: str | None, ctx: Context) -> bool:
    k = kind(name, ctx)
    s = _orgs.normalise(name)
    village = rx("village", "recipients").search(s)
    if ik == _orgs.TOWNSHIP:
        return bool(village)
    if k == _orgs.LOWER_GROUP:
        if any(w in s for w in vocab()["recipients"]["lower_words"]):
            return True
        return ik in _orgs.COUNTY_LEVEL  # 县直各单位 below the county government
    if ik in _orgs.COUNTY_LEVEL and k in (_orgs.TOWNSHIP, _orgs.COUNTY_DEPT):
        return True
    return bool(village) and ik is not None and ik != _orgs.OTHER


class NoCcToLower(Rule):
    code = "ZG106"
    title = "请示、报告不得抄送下级机关"
    severity = "error"
    explanation = (
        "向上级机关行文，根据需要同时抄送相关上级机关和同级机关，不抄送下级机关。请示、报告是上行文，抄送下级会让未经批准"
        "的事项提前扩散。"
    )
    triggers = (
        "文种为请示或报告，抄送中有发文机关的下级：各乡镇、各村（社区）；县政府的请示、报告抄送乡镇、县直部门；"
        "乡镇的请示、报告抄送村委会、社区。"
    )
    non_triggers = "抄送上级机关或同级机关（县直部门的请示抄送县财政局）；通知等下行文抄送下级。"
    fix_hint = "从抄送中删去下级机关；需要下级知悉的，待上级批复后另行下发。"
    bad = (
        Example(
            "@title 泽州县农业农村局关于2025年春耕生产情况的报告\n"
            "泽州县人民政府：\n"
            "今年全县春播面积42万亩，目前已完成播种的83%，种子、化肥等农资供应充足。\n"
            "特此报告。\n"
            "@right 泽州县农业农村局\n"
            "@right 2025年5月6日\n"
            "抄送：县财政局，各乡镇人民政府。",
            note="报告抄送了各乡镇。",
        ),
    )
    good = (
        Example(
            "@title 泽州县农业农村局关于2025年春耕生产情况的报告\n"
            "泽州县人民政府：\n"
            "今年全县春播面积42万亩，目前已完成播种的83%，种子、化肥等农资供应充足。\n"
            "特此报告。\n"
            "@right 泽州县农业农村局\n"
            "@right 2025年5月6日\n"
            "抄送：晋城市农业农村局，县财政局。",
            note="抄送上级主管部门和同级部门。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type not in REQUEST_TYPES or not doc.cc:
            return
        ik = issuer_kind(doc, ctx)
        lower = [c for c in doc.cc if _is_lower(c, ik, ctx)]
        if not lower:
            return
        yield self.finding(
            f"{doc.doc_type}抄送了下级机关（{'、'.join(lower)}）。{ctx.profile.cite(self.code)}。"
            "请从抄送中删去下级机关。",
            "、".join(lower),
            doc.para_at(doc.cc_pos),
        )
