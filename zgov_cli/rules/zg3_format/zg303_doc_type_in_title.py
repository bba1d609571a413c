"""ZG303 标题文种不规范或缺少“关于”+事由."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.document import format_vocab, has_real_header, para_place
from ...analysis.text import squash
from ...model import Document, Finding
from ..base import Context, Example, Rule


def _strip_trailing_note(title: str) -> str | None:
    m = re.search(r"[（(](?P<inner>[^（）()]{1,10})[）)]$", title)
    if m and any(w in m.group("inner") for w in format_vocab()["title"]["trailing_notes"]):
        return title[: m.start()]
    return None


class DocTypeInTitle(Rule):
    code = "ZG303"
    title = "标题文种不规范或缺少“关于”+事由"
    severity = "error"
    explanation = (
        "公文标题由发文机关名称、事由和文种组成，文种须是法定的 15 种之一：决议、决定、命令（令）、公报、公告、通告、"
        "意见、通知、通报、报告、请示、批复、议案、函、纪要。“请示报告”“报告请示”混用文种，“申请”“汇报”“总结”“"
        "方案”等不是法定文种。标题缺少“关于……”引出的事由时给出警告。"
    )
    triggers = (
        "标题以“请示报告”“申请”“汇报”“工作总结”“实施方案”等非法定文种结尾，或根本没有文种；标题没有“关于”+事"
        "由（警告），如“××县教育局请示”。有主送机关或版头却找不到标题。"
    )
    non_triggers = (
        "纪要（“县政府第5次常务会议纪要”）、命令（令）、公报、公告、通告可不用“关于”；"
        "“……转发……的通知”“……印发《……》的通知”“……批转……的通知”不用“关于”也合规；"
        "标题后的“（试行）”“（代拟稿）”等括注不影响文种判断；没有主送机关、也没有版头的文字材料不报告缺标题。"
    )
    fix_hint = "标题写成“发文机关＋关于＋事由＋的＋文种”，文种选用法定的 15 种之一，如“……关于申请……经费的请示”。"
    bad = (
        Example(
            "@title 泽州县卫生健康局关于乡镇卫生院设备更新的请示报告\n泽州县人民政府：\n"
            "我县乡镇卫生院部分设备老化，恳请县政府安排更新资金。\n妥否，请批示。\n"
            "@right 泽州县卫生健康局\n@right 2025年4月8日\n（联系人：张敏，电话：0356-3021234）",
            note="“请示报告”混用文种：应为“……的请示”。",
        ),
        Example(
            "@title 泽州县交通运输局关于农村公路养护资金的申请\n泽州县人民政府：\n"
            "今年农村公路养护任务繁重，恳请县政府拨付养护资金50万元。\n妥否，请批示。\n"
            "@right 泽州县交通运输局\n@right 2025年4月8日\n（联系人：王磊，电话：0356-3025678）",
            note="“申请”不是文种：应为“……的请示”。",
        ),
    )
    good = (
        Example(
            "@title 泽州县卫生健康局关于乡镇卫生院设备更新的请示\n泽州县人民政府：\n"
            "我县乡镇卫生院部分设备老化，恳请县政府安排更新资金。\n妥否，请批示。\n"
            "@right 泽州县卫生健康局\n@right 2025年4月8日\n（联系人：张敏，电话：0356-3021234）",
        ),
        Example(
            "@title 泽州县人民政府第18次常务会议纪要\n2025年6月18日，县长主持召开县政府第18次常务会议。\n"
            "会议研究了城区供水管网改造等事项。\n@right 泽州县人民政府办公室\n@right 2025年6月20日",
            note="纪要的标题不用“关于”。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        tp = doc.title_paragraph()
        if not doc.title:
            if doc.recipients_pos is not None or has_real_header(doc):
                anchor = doc.para_at(doc.recipients_pos) or (doc.paragraphs[0] if doc.paragraphs else None)
                yield self.finding(
                    f"有{'主送机关' if doc.recipients_pos is not None else '版头'}，但未找到以法定文种结尾的标题；"
                    f"公文标题应由发文机关名称、事由和文种组成，如“{ctx.config.orgs.county or '××县'}教育局关于……的请示”。",
                    anchor.text.strip() if anchor is not None else "",
                    anchor,
                )
            return
        title = squash(doc.title)
        is_gongwen = doc.recipients_pos is not None or has_real_header(doc)
        if not is_gongwen and title.rstrip("。.；;，,！!？?、").endswith(
            tuple(format_vocab()["title"]["material_endings"])
        ):
            return  # a 方案/办法 checked on its own: not a 公文 title
        if doc.doc_type_problem:
            yield self.finding(
                f"{para_place(tp)}标题“{title}”：{doc.doc_type_problem}。", title, tp,
            )
            return
        from ...analysis.titles import title_doc_type

        dtype, problem = title_doc_type(title)
        if dtype is None and problem is None:
            stripped = _strip_trailing_note(title.rstrip("。.；;，,！!？?、"))
            if stripped:
                dtype, problem = title_doc_type(stripped)
        if problem:
            yield self.finding(f"{para_place(tp)}标题“{title}”：{problem}。", title, tp)
            return
        if dtype is None:
            yield self.finding(
                f"{para_place(tp)}标题“{title}”未以法定文种结尾；文种应为{ctx.profile.cite(self.code)}规定的 15 种之一"
                "（如通知、请示、报告、函），写作“……关于……的请示”。",
                title, tp,
            )
            return
        tdata = format_vocab()["title"]
        if "关于" in title or dtype in tdata["no_guanyu_types"]:
            return
        if any(w in title for w in tdata["no_guanyu_words"]):
            return
        # the issuer's name followed by 对 (…办公厅对…建议的答复), or by the
        # period of a report named after it (…人民政府2023年…工作年度报告),
        # introduces the 事由 as 关于 would; a 事由 closed by 的+文种
        # (…2025年…情况的报告) is the 关于 form with 关于 left out
        for org in doc.issuers or ([doc.issuer] if doc.issuer else []):
            rest = title[len(squash(org)):] if title.startswith(squash(org)) else None
            if rest and (rest.startswith("对") or (re.match(r"(?:\d{4}|[〇一二三四五六七八九]{4})年", rest)
                                                  and not rest.endswith("的" + dtype))):
                return
        yield self.finding(
            f"{para_place(tp)}标题“{title}”缺少“关于”引出的事由；标题应由发文机关名称、事由和文种组成，"
            f"如“……关于……的{dtype}”。",
            title, tp, severity="warning",
        )
