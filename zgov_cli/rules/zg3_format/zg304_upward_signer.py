"""ZG304 上行文缺少签发人."""
from __future__ import annotations

from typing import Iterator

from ...analysis.document import has_real_header, head_paragraphs, para_place
from ...analysis.text import squash
from ...model import Document, Finding
from ..base import Context, Example, Rule


class UpwardSigner(Rule):
    code = "ZG304"
    title = "上行文缺少签发人"
    severity = "warning"
    explanation = (
        "上行文（请示、报告）应在版头标注签发人：“签发人”三字加全角冒号和姓名，"
        "与发文字号同处一行（发文字号居左空一字，签发人居右空一字）。"
    )
    triggers = "请示或报告已有版头（发文机关标志或发文字号），但版头中没有“签发人：姓名”。"
    non_triggers = (
        "只有标题以下部分的草稿尚未排版头，不因缺签发人报告（判断依据：有无发文机关标志、发文字号、份号等版头要素；"
        "标题上方的“（代拟稿）”不算版头）；代拟稿由上级机关签发，不报告；"
        "下行文、平行文（通知、批复、函等）不要求签发人。"
    )
    fix_hint = "在发文字号同一行右侧标注“签发人：姓名”，如“泽教发〔2025〕7号　　签发人：王建国”。"
    bad = (
        Example(
            "@center 泽州县教育局文件\n@center 泽教发〔2025〕7号\n"
            "@title 泽州县教育局关于申请学生营养餐补助经费的请示\n泽州县人民政府：\n"
            "为保障农村学生营养改善计划实施，恳请县政府追加补助经费120万元。\n妥否，请批示。\n"
            "@right 泽州县教育局\n@right 2025年3月5日\n（联系人：李明，电话：0356-3022145）",
            note="有版头的请示没有签发人。",
        ),
    )
    good = (
        Example(
            "@center 泽州县教育局文件\n@center 泽教发〔2025〕7号　　　　签发人：王建国\n"
            "@title 泽州县教育局关于申请学生营养餐补助经费的请示\n泽州县人民政府：\n"
            "为保障农村学生营养改善计划实施，恳请县政府追加补助经费120万元。\n妥否，请批示。\n"
            "@right 泽州县教育局\n@right 2025年3月5日\n（联系人：李明，电话：0356-3022145）",
        ),
        Example(
            "@title 泽州县教育局关于申请学生营养餐补助经费的请示\n泽州县人民政府：\n"
            "为保障农村学生营养改善计划实施，恳请县政府追加补助经费120万元。\n妥否，请批示。\n"
            "@right 泽州县教育局\n@right 2025年3月5日\n（联系人：李明，电话：0356-3022145）",
            note="没有版头的草稿：尚未到标注签发人的环节。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type not in ("请示", "报告") or doc.signers or doc.is_draft:
            return
        if doc.direction not in ("up", None):
            return
        if not has_real_header(doc):
            return
        head = head_paragraphs(doc)
        if any("签发人" in squash(p.text) for p in head):
            return  # written, but not in a form structure read: not this rule's business
        anchor = doc.para_at(doc.doc_number_pos) if doc.doc_number else None
        if anchor is None:
            marks = [p for p in head if p.role == "issuer_mark"]
            anchor = marks[-1] if marks else doc.title_paragraph()
        yield self.finding(
            f"{para_place(anchor)}这份{doc.doc_type}是上行文，版头中没有签发人；"
            f"应在发文字号同一行右侧标注“签发人：姓名”"
            + (f"，如“{doc.doc_number}　　签发人：××”" if doc.doc_number else "")
            + "。",
            anchor.text.strip() if anchor is not None else "",
            anchor,
        )
