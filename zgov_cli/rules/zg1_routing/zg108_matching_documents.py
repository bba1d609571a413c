"""ZG108 部门不得擅自要求乡镇制发配套文件."""
from __future__ import annotations

from typing import Iterator

from ...analysis.document import body_paras
from ...analysis.requests import REQUEST_TYPES, addressed_to_townships, department_issuer, has_authority, rx, vocab
from ...analysis.text import clip, mask_quotes, sentences, squash
from ...model import Document, Finding
from ..base import Context, Example, Rule


class MatchingDocuments(Rule):
    code = "ZG108"
    title = "部门不得擅自要求乡镇制发配套文件"
    severity = "warning"
    explanation = (
        "从严控制配套类、分工类发文，县政府各部门不得以贯彻落实、督查考核等名义擅自要求各乡镇制发配套文件。层层制发配套文"
        "件加重基层负担。"
    )
    triggers = (
        "县政府部门或议事协调机构的公文要求乡镇制定、出台、印发配套文件（“各乡镇要结合实际制定配套实施方案”“出台具体办法”"
        "“制定实施细则”），且未写明县政府同意。"
    )
    non_triggers = (
        "县政府、县政府办公室的公文；写明“经县政府同意”的部门公文（不属“擅自”）；"
        "明确不要求制发配套文件的（“各乡镇不再另行制发配套文件”）；要求县直单位制定方案的。"
    )
    fix_hint = "删去要求乡镇制发配套文件的内容，直接明确乡镇要做的工作；确需乡镇制发的，报县政府同意并写明。"
    bad = (
        Example(
            "@title 泽州县市场监督管理局关于开展食品安全专项整治行动的通知\n"
            "各乡镇人民政府：\n"
            "为进一步加强食品安全监管，我局决定在全县开展食品安全专项整治行动。\n"
            "各乡镇要结合实际制定配套实施方案，于4月20日前印发。\n"
            "@right 泽州县市场监督管理局\n"
            "@right 2025年4月2日",
            note="部门要求乡镇制发配套实施方案。",
        ),
    )
    good = (
        Example(
            "@title 泽州县市场监督管理局关于开展食品安全专项整治行动的通知\n"
            "各乡镇人民政府：\n"
            "为进一步加强食品安全监管，我局决定在全县开展食品安全专项整治行动。\n"
            "各乡镇按照本通知组织实施，不再另行制发配套文件。\n"
            "@right 泽州县市场监督管理局\n"
            "@right 2025年4月2日",
            note="明确不要求制发配套文件。",
        ),
        Example(
            "@title 泽州县人民政府关于开展城乡环境综合整治行动的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "各乡镇要结合实际制定具体实施方案，细化工作措施。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年4月2日",
            note="县政府自己的部署，不受“县政府各部门不得擅自”的限制。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type in REQUEST_TYPES:
            return
        who = department_issuer(doc, ctx)
        if not who or has_authority(doc):
            return
        pat = rx("matching_docs", "orders")
        neg = vocab()["orders"]["matching_docs_negation"]
        tw = vocab()["orders"]["township_words"]
        to_tw = addressed_to_townships(doc, ctx)
        for p in body_paras(doc):
            t = squash(mask_quotes(p.text))
            for _, s in sentences(t):
                m = pat.search(s)
                if not m:
                    continue
                if any(n in s[max(0, m.start() - 8) : m.start() + 2] for n in neg):
                    continue
                if not (any(w in s for w in tw) or (to_tw and "各单位" not in s and "县直" not in s)):
                    continue
                yield self.finding(
                    f"{doc.issuer}（{who}）要求乡镇制发配套文件：“{clip(s, 40)}”。{ctx.profile.cite(self.code)}。"
                    "请删去这一要求，直接明确乡镇要做的工作；确有必要的，报县政府同意并写明。",
                    clip(s, 80),
                    p,
                )
                return
