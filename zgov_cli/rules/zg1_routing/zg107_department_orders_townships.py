"""ZG107 部门未经授权不得向乡镇发布指令性要求."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.document import body_paras
from ...analysis.requests import REQUEST_TYPES, addressed_to_townships, department_issuer, has_authority, rx, vocab
from ...analysis.text import clip, mask_quotes, sentences, squash
from ...model import Document, Finding, Paragraph
from ..base import Context, Example, Rule


def binding_orders(doc: Document, to_townships: bool) -> list[tuple[Paragraph, str]]:
    """Binding orders (指令性要求) given to 乡镇 in the 正文: a sentence with
    an order that names 乡镇, or any order when the 乡镇 are the addressees
    (unless the sentence is about 县直单位 only)."""
    out = []
    tw = vocab()["orders"]["township_words"]
    pat = rx("binding", "orders")
    for p in body_paras(doc):
        t = squash(mask_quotes(p.text))
        for _, s in sentences(t):
            if not pat.search(s):
                continue
            names_tw = any(w in s for w in tw)
            if names_tw or (to_townships and not re.search(r"县直|各部门|各单位|我局|本局", s)):
                out.append((p, s))
    return out


class DepartmentOrdersTownships(Rule):
    code = "ZG107"
    title = "部门未经授权不得向乡镇发布指令性要求"
    severity = "warning"
    explanation = (
        "未经县政府授权，县政府各议事协调机构及其办公室、县政府各部门不得向各乡镇人民政府发布指令性公文或者在公文中提出指"
        "令性要求。部门与乡镇不是上下级，部门要乡镇执行的事项须有县政府授权。"
    )
    triggers = (
        "发文机关是县政府部门或议事协调机构（…领导小组办公室），公文主送或正文针对乡镇，"
        "提出指令性要求（“各乡镇要……”“必须于……前”“务必”“严禁”），而全文没有写明县政府授权（“经县政府同意”“受县政府委托”）。"
    )
    non_triggers = (
        "县政府或县政府办公室向乡镇部署工作；部门写明“经县政府同意”“受县政府委托”“经县人民政府批准”；"
        "部门对县直单位、本系统提出要求；请示、报告等上行文。"
    )
    fix_hint = "报请县政府同意后在正文写明“经县政府同意”，或提请以县政府（办公室）名义发文；否则把指令性要求改为工作建议。"
    bad = (
        Example(
            "@title 泽州县市场监督管理局关于开展食品安全专项整治行动的通知\n"
            "各乡镇人民政府：\n"
            "为进一步加强食品安全监管，我局决定在全县开展食品安全专项整治行动。现将有关事项通知如下。\n"
            "一、各乡镇要成立专项整治工作领导小组，必须于4月15日前将领导小组名单报送我局。\n"
            "二、各乡镇要对辖区内校园周边、农村集体聚餐等重点领域开展全面排查。\n"
            "@right 泽州县市场监督管理局\n"
            "@right 2025年4月2日",
            note="部门直接向乡镇下达指令，未写明县政府授权。",
        ),
    )
    good = (
        Example(
            "@title 泽州县市场监督管理局关于开展食品安全专项整治行动的通知\n"
            "各乡镇人民政府：\n"
            "为进一步加强食品安全监管，经县政府同意，在全县开展食品安全专项整治行动。现将有关事项通知如下。\n"
            "一、各乡镇要成立专项整治工作领导小组，必须于4月15日前将领导小组名单报送我局。\n"
            "@right 泽州县市场监督管理局\n"
            "@right 2025年4月2日",
            note="写明“经县政府同意”，有授权。",
        ),
        Example(
            "@title 泽州县人民政府办公室关于做好2025年防汛工作的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "一、落实防汛责任。各乡镇、各有关单位要逐级落实防汛责任人，严格执行24小时值班制度。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年6月3日",
            note="县政府办公室向乡镇部署工作是正常的下行文。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        # A 纪要 records what a meeting (chaired by county leaders) decided;
        # its requirements are the meeting's, not the issuing office's.
        if doc.doc_type in REQUEST_TYPES or doc.doc_type == "纪要":
            return
        who = department_issuer(doc, ctx)
        if not who:
            return
        orders = binding_orders(doc, addressed_to_townships(doc, ctx))
        if not orders:
            return
        if has_authority(doc):
            return
        para, s = orders[0]
        more = f"等{len(orders)}处" if len(orders) > 1 else ""
        yield self.finding(
            f"{doc.issuer}（{who}）向乡镇提出了指令性要求{more}，但全文没有写明经县政府授权。"
            f"{ctx.profile.cite(self.code)}。"
            "请报县政府同意后写明“经县政府同意”，或提请以县政府（办公室）名义发文。",
            clip(s, 80),
            para,
        )
