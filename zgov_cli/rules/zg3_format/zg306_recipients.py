"""ZG306 主送机关缺失或未以全角冒号结束."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.document import para_place
from ...analysis.text import squash
from ...model import Document, Finding, Paragraph
from ..base import Context, Example, Rule


def _org_line(text: str) -> bool:
    """Is ``text`` (no trailing colon) a list of organisations?"""
    from ...analysis import orgs as _orgs
    from ...analysis.orgs import split_orgs

    s = squash(text)
    if not s or len(s) > 90:
        return False
    pieces = split_orgs(s)
    return bool(pieces) and all(_orgs.classify(p) != _orgs.OTHER for p in pieces)


def _published_report(doc: Document) -> bool:
    """A report laid out for publication, not sent up: titled as a year's
    report of its issuer (…2023年政府信息公开工作年度报告, 2025年政府工作报告 —
    no 关于), with no 发文字号 and no 成文日期 either."""
    title = squash(doc.title or "")
    return bool(re.search(r"(?:年度报告|年报|年[\u4e00-\u9fff]{0,12}工作报告)$", title)) and "关于" not in title \
        and not doc.doc_number and not doc.date


class Recipients(Rule):
    code = "ZG306"
    title = "主送机关缺失或未以全角冒号结束"
    severity = "error"
    explanation = (
        "主送机关编排于标题下空一行，居左顶格，最后一个机关名称后标全角冒号“：”。"
        "请示、报告、函都有明确的受文机关，必须写主送机关。"
    )
    triggers = (
        "请示、报告、函没有主送机关；主送机关后用了半角冒号“:”、其他标点或没有冒号；"
        "主送机关与正文写在同一段。"
    )
    non_triggers = (
        "纪要、公告、通告、命令（令）、公报等普发或无特定受文者的文种可以没有主送机关；"
        "主送机关移至版记（“主送：……”）的不报告缺失。"
    )
    fix_hint = "在标题下一行顶格写主送机关，以全角冒号结束，如“××县人民政府：”。"
    bad = (
        Example(
            "@title 泽州县林业局关于今年森林防火工作情况的报告\n泽州县人民政府:\n"
            "今年以来，我局认真落实森林防火责任制，全县未发生森林火灾。\n特此报告。\n"
            "@right 泽州县林业局\n@right 2025年5月6日",
            note="主送机关后是半角冒号：应为“泽州县人民政府：”。",
        ),
        Example(
            "@title 泽州县林业局关于今年森林防火工作情况的报告\n"
            "今年以来，我局认真落实森林防火责任制，全县未发生森林火灾。\n特此报告。\n"
            "@right 泽州县林业局\n@right 2025年5月6日",
            note="报告没有主送机关。",
        ),
    )
    good = (
        Example(
            "@title 泽州县林业局关于今年森林防火工作情况的报告\n泽州县人民政府：\n"
            "今年以来，我局认真落实森林防火责任制，全县未发生森林火灾。\n特此报告。\n"
            "@right 泽州县林业局\n@right 2025年5月6日",
        ),
        Example(
            "@title 泽州县人民政府第18次常务会议纪要\n2025年6月18日，县长主持召开县政府第18次常务会议。\n"
            "会议研究了城区供水管网改造等事项。\n@right 泽州县人民政府办公室\n@right 2025年6月20日",
            note="纪要没有主送机关。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        rp = doc.para_at(doc.recipients_pos)
        if rp is not None and doc.recipients_line:
            line = doc.recipients_line.strip()
            if line.endswith("："):
                return
            bare = re.sub(r"[:，,。.；;、\s]+$", "", line)
            if line.endswith(":"):
                what = "用了半角冒号“:”"
            elif bare != line:
                what = f"以“{line[len(bare):]}”结束"
            else:
                what = "后没有冒号"
            fixed = bare + "："
            yield self.finding(
                f"{para_place(rp)}主送机关“{line}”{what}；最后一个机关名称后应标全角冒号，应为“{fixed}”。",
                line, rp, fix=fixed,
            )
            return
        if doc.doc_type not in ("请示", "报告", "函"):
            return
        if any(re.match(r"^主\s*送\s*[：:]", p.text.strip()) for p in doc.paragraphs):
            return  # moved to the 版记
        first = self._first_after_title(doc)
        if first is not None:
            t = first.text.strip()
            m = re.match(r"^(?P<org>[^，。；：:,;]{2,40}?)(?P<colon>[：:])(?P<rest>.+)$", t)
            if m and _org_line(m.group("org")):
                yield self.finding(
                    f"{para_place(first)}主送机关“{m.group('org')}”与正文写在同一段；主送机关应在标题下单独一行顶格，"
                    f"以全角冒号结束，如“{m.group('org')}：”。",
                    m.group("org") + m.group("colon"), first,
                )
                return
            bare = re.sub(r"[，,。.；;、]+$", "", t)
            if bare != t and _org_line(bare):
                fixed = bare + "："
                yield self.finding(
                    f"{para_place(first)}主送机关“{t}”以“{t[len(bare):]}”结束；应以全角冒号结束，应为“{fixed}”。",
                    t, first, fix=fixed,
                )
                return
        tp = doc.title_paragraph()
        if doc.doc_type == "报告" and _published_report(doc):
            # a report published to the public or delivered at a meeting
            # (政府信息公开工作年度报告, 政府工作报告) is sent to no one: said,
            # not counted as a fault
            yield self.finding(
                f"这份报告没有主送机关，也没有发文字号和成文日期，标题“{doc.title}”是年度报告、工作报告的写法：按公开发布"
                "或在会议上作的报告看待，不要求主送机关。若是报送上级机关的报告，应在标题下一行顶格写主送机关并以全角冒号结束。",
                doc.title or "", tp, severity="info",
            )
            return
        yield self.finding(
            f"这份{doc.doc_type}没有主送机关；应在标题下一行顶格写受文机关并以全角冒号结束，如“{ctx.config.orgs.county or '××县'}人民政府：”。",
            doc.title or "", tp,
        )

    @staticmethod
    def _first_after_title(doc: Document) -> Paragraph | None:
        if not doc.title_pos:
            return None
        k = doc.title_pos[-1] + 1
        while k < len(doc.paragraphs) and (
            doc.paragraphs[k].role in ("doc_number", "title_mark") or not doc.paragraphs[k].text.strip()
        ):
            k += 1
        return doc.paragraphs[k] if k < len(doc.paragraphs) else None
