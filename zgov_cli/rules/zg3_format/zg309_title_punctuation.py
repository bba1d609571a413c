"""ZG309 标题使用了不应有的标点符号."""
from __future__ import annotations

from typing import Iterator

from ...analysis.document import format_vocab, para_place
from ...model import Document, Finding
from ..base import Context, Example, Rule


class TitlePunctuation(Rule):
    code = "ZG309"
    title = "标题使用了不应有的标点符号"
    severity = "warning"
    explanation = (
        "公文标题一般不用标点符号：原《国家行政机关公文处理办法》规定“标题中除法规、规章名称加书名号外，"
        "一般不用标点符号”。书名号、引号、并列词语间的顿号、年份或说明用的括号、表示起止的连接号可以使用；"
        "标题末尾不加任何标点。"
    )
    triggers = "标题中有逗号、句号、冒号、分号、问号、叹号、省略号（含半角），半角引号，或以标点结尾。"
    non_triggers = (
        "书名号《》、引号“”、顿号（“双随机、一公开”“山西、安徽省”）、括号（“（2018—2035年）”“（试行）”）、"
        "连接号、数字中的小数点（“2.0版”）不报告。"
    )
    fix_hint = "删去标题中的逗号、句号等标点，标题末尾不加标点。"
    bad = (
        Example(
            "@title 泽州县人民政府办公室关于做好秋冬季森林防火工作的通知。\n各乡镇人民政府，县直各有关单位：\n"
            "秋冬季节是森林火灾易发期，请切实做好森林防火工作。\n"
            "@right 泽州县人民政府办公室\n@right 2025年10月8日",
            note="标题末尾加了句号。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府办公室关于开展“双随机、一公开”监管工作的通知\n各乡镇人民政府，县直各有关单位：\n"
            "为推进“双随机、一公开”监管，请做好相关工作。\n"
            "@right 泽州县人民政府办公室\n@right 2025年10月8日",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if not doc.title:
            return
        title = doc.title.strip()
        tp = doc.title_paragraph()
        forbidden = format_vocab()["title"]["forbidden"]
        bad_inner: list[str] = []
        # trailing punctuation
        core = title.rstrip(forbidden + "、 \u3000")
        trailing = title[len(core):].strip()
        for i, ch in enumerate(core):
            if ch in forbidden:
                if ch in ".:：．" and 0 < i < len(core) - 1 and core[i - 1].isdigit() and core[i + 1].isdigit():
                    continue  # 2.0, 8:30
                bad_inner.append(ch)
            elif ch in "\"'":
                bad_inner.append(ch)
        if not trailing and not bad_inner:
            return
        parts = []
        if bad_inner:
            marks = "".join(dict.fromkeys(bad_inner))
            note = "，半角引号应改为全角“”" if any(c in "\"'" for c in marks) else ""
            parts.append(f"含有标点“{marks}”（标题中除书名号、引号、必要的顿号和括号外一般不用标点{note}）")
        if trailing:
            parts.append(f"末尾加了“{trailing}”（标题末尾不加标点）")
        fixed = core if (trailing and not bad_inner) else None
        msg = f"{para_place(tp)}标题“{title}”{'；'.join(parts)}。"
        if fixed:
            msg += f"应为“{fixed}”。"
        yield self.finding(msg, title, tp, fix=fixed)
