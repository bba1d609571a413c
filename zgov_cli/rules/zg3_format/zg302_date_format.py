"""ZG302 成文日期格式不规范或缺少成文日期."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.dates import LOOSE_DATE_LINE, cn_date, cn_year
from ...analysis.document import format_vocab, has_real_header, is_finished, para_place
from ...analysis.numerals import CN_NUMERALS
from ...analysis.text import squash
from ...model import Document, Finding, Paragraph
from ..base import Context, Example, Rule


class DateFormat(Rule):
    code = "ZG302"
    title = "成文日期格式不规范或缺少成文日期"
    severity = "error"
    explanation = (
        "成文日期用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位，"
        "如“2024年12月6日”，不写“二〇二四年十二月六日”“2024年12月06日”“24年12月6日”“2024.12.6”。"
        "已成稿（有版头、发文字号或署名）的公文缺少成文日期的，提示补上（警告）。"
    )
    triggers = (
        "成文日期用汉字数字；月、日编虚位（“03月”“06日”）；年份不全；用“.”“-”“/”分隔；全角数字。"
        "有版头、发文字号或发文机关署名而无成文日期：警告。"
    )
    non_triggers = (
        "2012年7月1日 GB/T 9704-2012 施行以前的公文（如“一九九六年二月五日”）按当时的 GB/T 9704-1999 "
        "用汉字数字标注，不报告；只判断成文日期，正文中的日期和版记中的印发日期不在本规则范围；"
        "只有标题和正文、尚未署名的草稿，以及代拟稿，缺日期不报告；纪要不要求落款日期。"
    )
    fix_hint = "改为“2024年12月6日”式的阿拉伯数字日期；成稿公文在署名下补写成文日期。"
    bad = (
        Example(
            "@title 泽州县应急管理局关于开展防汛应急演练的通知\n各乡镇人民政府：\n"
            "为提高防汛应急处置能力，定于6月中旬开展防汛应急演练。\n"
            "@right 泽州县应急管理局\n@right 二〇二五年六月三日",
            note="汉字数字：应为“2025年6月3日”。",
        ),
        Example(
            "@title 泽州县应急管理局关于开展防汛应急演练的通知\n各乡镇人民政府：\n"
            "为提高防汛应急处置能力，定于6月中旬开展防汛应急演练。\n"
            "@right 泽州县应急管理局\n@right 2025年06月03日",
            note="月、日编虚位：应为“2025年6月3日”。",
        ),
    )
    good = (
        Example(
            "@title 泽州县应急管理局关于开展防汛应急演练的通知\n各乡镇人民政府：\n"
            "为提高防汛应急处置能力，定于6月中旬开展防汛应急演练。\n"
            "@right 泽州县应急管理局\n@right 2025年6月3日",
        ),
        Example(
            "@title 国务院办公厅关于同意以哈尔滨市名义申办世界大学生冬季运动会的复函\n"
            "国办函〔2004〕36号\n黑龙江省人民政府：\n同意以哈尔滨市名义申办。\n国务院办公厅\n二〇〇四年四月二十七日",
            note="GB/T 9704-2012 施行前的公文用汉字数字，不报告。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        since = format_vocab()["date"]["standard_since"]
        if doc.date_text:
            para = doc.para_at(doc.date_pos)
            text = squash(doc.date_text)
            if doc.date and doc.date < since:
                return
            if not doc.date:
                y = cn_year(text)
                if y is not None and y < int(since[:4]):
                    return
            problems = []
            if re.search(f"[{CN_NUMERALS}]", text):
                problems.append("用了汉字数字，应用阿拉伯数字")
            if re.search("[０-９]", text):
                problems.append("用了全角数字，应用半角阿拉伯数字")
            if re.search(r"(?<![0-9０-９])[0０][0-9０-９](?=[月日])", text):
                problems.append("月、日编了虚位（1 不编为 01）")
            if not problems:
                return
            fixed = cn_date(doc.date) if doc.date else None
            right = f"应为“{fixed}”" if fixed else "应写作“2024年12月6日”式"
            yield self.finding(
                f"{para_place(para)}成文日期“{text}”{'；'.join(problems)}。{right}。", text, para, fix=fixed
            )
            return
        # a date line the structure did not take for a date: 24年12月6日, 2024.12.6
        bad = self._loose_date(doc)
        if bad is not None:
            p, text, fixed = bad
            right = f"应为“{fixed}”" if fixed else "年份应标全称，如“2024年12月6日”"
            yield self.finding(
                f"{para_place(p)}成文日期“{text}”不合规范：应用阿拉伯数字标全年、月、日。{right}。", text, p, fix=fixed
            )
            return
        if not is_finished(doc) or doc.doc_type == "纪要":
            return
        anchor = None
        for i in range(len(doc.paragraphs) - 1, -1, -1):
            if doc.paragraphs[i].role == "signature":
                anchor = doc.paragraphs[i]
                break
        if anchor is None and doc.body_pos:
            anchor = doc.paragraphs[doc.body_pos[-1]]
        where = f"{para_place(anchor)}之后" if anchor is not None else ""
        yield self.finding(
            f"公文已有{'版头' if has_real_header(doc) else '发文字号或署名'}，但{where}未见成文日期；"
            "应在发文机关署名下标注成文日期，如“2025年6月3日”。",
            anchor.text.strip() if anchor is not None else (doc.title or ""),
            anchor,
            severity="warning",
        )

    @staticmethod
    def _loose_date(doc: Document) -> tuple[Paragraph, str, str | None] | None:
        start = (doc.recipients_pos + 1) if doc.recipients_pos is not None else (
            doc.title_pos[-1] + 1 if doc.title_pos else 0
        )
        for p in doc.paragraphs[start:]:
            if p.role not in ("body", "signature", "other"):
                continue
            s = squash(p.text)
            m = LOOSE_DATE_LINE.match(s)
            if not m:
                continue
            if m.group("y"):
                try:
                    import datetime as _dt

                    d = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    return p, s, None
                return p, s, cn_date(d.isoformat())
            return p, s, None
        return None
