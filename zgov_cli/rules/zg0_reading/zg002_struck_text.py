"""ZG002 删除线文字未计入正文 (a PDF exported with tracked changes shown;
strikethrough formatting in a docx)."""
from __future__ import annotations

from typing import Iterator

from ...model import Document, Finding
from ..base import Context, Example, Rule

EXAMPLE_TEXT = (
    "@title 泽州县水务局关于申请城区供水管网改造资金的请示\n"
    "泽州县人民政府：\n"
    "经测算，项目总投资960万元。恳请县政府安排城区供水管网改造资金960万元，分两期拨付。\n"
    "妥否，请批示。\n"
    "@right 泽州县水务局\n"
    "@right 2025年4月14日\n"
    "（联系人：孙丽，电话：0356-3028810）"
)
_SHOWN = 40  # characters of struck text quoted


class StruckText(Rule):
    code = "ZG002"
    title = "删除线文字未计入正文"
    severity = "info"  # citation: the profile's [rules.ZG002]
    explanation = (
        "带修订显示导出的 PDF 里，被删除的文字画着删除线仍留在页面上。它们不是公文正文："
        "zgov 不把它们计入正文、字数，也不据此检查（否则删掉的第二个请示事项会被当成“一文多事”）。"
        "页面上还留着修订痕迹，说明文稿尚未定稿，签发、印发前应接受或拒绝全部修订。"
    )
    triggers = (
        "pdf 中有文字被一条横线从字身中部穿过（按修订显示导出时的删除标记）；docx 中有文字设置了删除线格式"
        "（手工标出的删除）。这些文字已从正文中去掉。"
    )
    non_triggers = "下划线（在文字下方）、表格线（在行与行之间，且长出文字之外）；docx 中的修订删除内容（本来就不属于正文，不提示）；纯文本。"
    fix_hint = (
        "在原稿中接受或拒绝全部修订后重新导出 PDF（导出时不显示修订标记）；docx 中确需删除的文字直接删去，"
        "确需保留的取消删除线格式。"
    )
    formats = ("pdf", "docx")
    bad = (
        Example(
            EXAMPLE_TEXT,
            {"format": "pdf", "struck": {"3": "同时，恳请县政府批准增加城区供水站编制5名。"}},
            note="审核人删去的第二个请求事项仍以删除线留在 PDF 上。",
        ),
    )
    good = (Example(EXAMPLE_TEXT, {"format": "pdf"}, note="修订已全部处理后导出的 PDF，没有删除线文字。"),)

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for p in doc.paragraphs:
            struck = p.struck.strip()
            if not struck:
                continue
            shown = struck if len(struck) <= _SHOWN else struck[:_SHOWN] + "……"
            where = f"第{p.index}段" + (f"（第{p.page}页）" if p.page else "")
            if doc.format == "pdf":
                what = "这是按修订显示导出的删除内容，已按删除处理"
                how = "若这些文字应当保留，请在原稿中拒绝该删除修订；正式印发前应接受或拒绝全部修订，再导出不带修订标记的 PDF。"
            else:
                what = "这些文字设置了删除线格式，已按删除处理"
                how = "确需删除的请直接删去，确需保留的请取消删除线格式。"
            yield self.finding(
                f"{where}有{len(struck)}个字画着删除线：“{shown}”。{what}，未计入正文，也未参与检查。{how}",
                shown,
                p,
            )
