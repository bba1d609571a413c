"""ZG001 未能识别公文结构 (SPEC §6 ZG0).

A file whose title and 文种 cannot be found gets only the checks that do not
depend on them; reporting it as "未发现问题" would call a document we did not
read "compliant". ZG001 says what was not found, which checks could not run,
and how the clerk can help.
"""
from __future__ import annotations

from typing import Iterator

from ...model import Document, Finding
from ..base import Context, Example, Rule

# the rule families that need the 文种 (or the title) to judge anything
NEEDS_DOC_TYPE = "行文规则（ZG1：一文一事、报告夹带请示、多头主送、越级行文等）、篇幅（ZG2）和按文种判断的格式与时限规则"


class StructureNotFound(Rule):
    code = "ZG001"
    title = "未能识别公文结构"
    severity = "warning"
    explanation = (
        "zgov 先从标题末尾读出文种（通知、请示、报告……），行文规则、篇幅限制和多数格式规则都依文种判断。"
        "找不到标题或文种时，这些检查无法进行；这时“没有发现问题”并不等于文件合规，所以单独提示。"
    )
    triggers = "全文找不到以法定文种结尾的标题（也没有用 --doc-type 指定文种）。"
    non_triggers = (
        "标题以法定文种结尾（含“复函”“答复”“会议纪要”等）；标题以非法定文种结尾（如“……的方案”，由 ZG303 报告）；"
        "用 --doc-type 指定了文种；从网页复制、换行丢失的文本，若能按公文格式恢复出标题，也不触发。"
    )
    fix_hint = (
        "用 --doc-type 指定文种（如 --doc-type 请示）；若文本是从网页或系统中复制、换行丢失，"
        "请在版头、标题、主送机关、正文、署名和成文日期之间恢复换行后再检查；标题应写成“发文机关＋关于＋事由＋的＋文种”。"
    )
    bad = (
        Example(
            "各位同事：\n请于本周五前把本季度安全生产检查表交到办公室。\n办公室\n2025年5月20日",
            note="没有标题，读不出文种：行文规则无法检查",
        ),
    )
    good = (
        Example(
            "@title 泽州县应急管理局关于报送安全生产检查表的通知\n各乡镇人民政府：\n请于5月30日前报送本季度安全生产检查表。\n@right 泽州县应急管理局\n@right 2025年5月20日",
            note="标题以“通知”结尾，文种已识别",
        ),
        Example(
            "各位同事：\n请于本周五前把本季度安全生产检查表交到办公室。",
            options={"doc_type": "通知"},
            note="用 --doc-type 指定了文种",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type is not None or doc.doc_type_problem is not None:
            return
        para = doc.title_paragraph() or (doc.paragraphs[0] if doc.paragraphs else None)
        if doc.title:
            what = f"识别到的标题“{doc.title}”末尾不是法定文种，未能确定文种"
        else:
            what = "未找到标题（“发文机关＋关于＋事由＋的＋文种”），因而未能确定文种"
        if doc.layout_recovered:
            what += "；本文件换行丢失，已按公文格式尝试恢复分段"
        evidence = (para.text.strip()[:40] + ("……" if len(para.text.strip()) > 40 else "")) if para else ""
        yield self.finding(
            f"{what}。以下检查因此没有进行：{NEEDS_DOC_TYPE}。结果中没有这些问题不代表文件合规。"
            f"可用 --doc-type 指定文种（如 --doc-type 请示）；若换行丢失（如从网页复制），"
            f"请在标题、主送机关、正文、署名和日期之间恢复换行后再检查。",
            evidence,
            para,
        )
