"""ZG504 规范提法表述有误."""
from __future__ import annotations

from typing import Iterator

from ...analysis.document import para_no
from ...analysis.misquotes import misquotes
from ...analysis.text import ends_broken, window
from ...model import Document, Finding
from ..base import Context, Example, Rule


class MisquotedFormulation(Rule):
    code = "ZG504"
    title = "规范提法表述有误"
    severity = "warning"
    explanation = (
        "“两个确立”“四个意识”“四个自信”“两个维护”“国之大者”“三个务必”和“习近平新时代中国特色社会主义思想”等"
        "是党的文件确定的规范提法，数字、用字和全称都不能改动。公文审核要求核对提法是否准确。"
    )
    triggers = (
        "规范提法的数字或用字写错（“三个自信”“五个意识”“两个拥护”“二十大三中全会”），"
        "长提法漏字、错字（“习近平新时代中国特色主义思想”）。"
    )
    non_triggers = (
        "正确的提法本身；另有所指的正确说法（“两个务必”“以习近平总书记为核心的党中央”“新时代中国特色社会主义思想”）；"
        "因分页断开的段落。"
    )
    fix_hint = "按规范提法改正（见 zgov_cli/data/phrases.toml 所列）。"
    bad = (
        Example(
            "@title 中共泽州县委办公室关于开展主题学习活动的通知\n"
            "各乡镇党委，县直各单位党组（党委）：\n"
            "要以习近平新时代中国特色主义思想为指导，增强“四个意识”、坚定“三个自信”、做到“两个拥护”。\n"
            "@right 中共泽州县委办公室\n"
            "@right 2025年3月5日",
            note="漏了“社会”二字；“三个自信”应为“四个自信”；“两个拥护”应为“两个维护”。",
        ),
    )
    good = (
        Example(
            "@title 中共泽州县委办公室关于开展主题学习活动的通知\n"
            "各乡镇党委，县直各单位党组（党委）：\n"
            "要以习近平新时代中国特色社会主义思想为指导，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、"
            "做到“两个维护”，牢记“国之大者”和“三个务必”。\n"
            "@right 中共泽州县委办公室\n"
            "@right 2025年3月5日",
            note="提法全部规范。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        paras = doc.paragraphs
        for k, p in enumerate(paras):
            sb = k > 0 and ends_broken(paras[k - 1].text)
            eb = ends_broken(p.text) and k + 1 < len(paras)
            for q in misquotes(p.text, starts_broken=sb, ends_broken_=eb):
                # a document older than a formulation cannot misquote it
                # (a 2018 “三个结合” names something else than 2021's 两个结合)
                if q.since and doc.date and int(doc.date[:4]) < q.since:
                    continue
                ev, s = window(p.text, q.start, q.end)
                extra = f"（{q.note}）" if q.note else ""
                if q.fix is not None:
                    fixed = ev[: q.start - s] + q.fix + ev[q.end - s :]
                    msg = f"{para_no(p)}“{ev}”中的“{q.found}”不是规范提法。应为：“{q.fix}”{extra}。"
                    yield self.finding(msg, ev, p, fix=fixed)
                else:
                    msg = f"{para_no(p)}“{ev}”中的“{q.found}”与规范提法“{q.canonical}”不符{extra}。应为：“{q.canonical}”。"
                    yield self.finding(msg, ev, p)
