"""ZG301 发文字号格式不规范."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.doc_number import NUM_NO_HAO, analyse_doc_number
from ...analysis.document import head_paragraphs, para_place
from ...analysis.text import SENT_END, squash
from ...model import Document, Finding, Paragraph
from ..base import Context, Example, Rule


class DocNumberFormat(Rule):
    code = "ZG301"
    title = "发文字号格式不规范"
    severity = "error"
    explanation = (
        "发文字号由发文机关代字、年份和发文顺序号组成，写作“机关代字〔年份〕序号号”，"
        "如“泽政发〔2024〕32号”。年份用阿拉伯数字标全称并用六角括号“〔〕”括入，"
        "顺序号不加“第”字、不编虚位，后加“号”字。"
    )
    triggers = (
        "年份用方括号、鱼尾括号或圆括号（“[2024]”“【2024】”“（2024）”“(2024)”）或未加括号；"
        "年份只写两位（“〔24〕”）；顺序号前加“第”或编虚位（“第32号”“032号”）；缺“号”字；全角数字。"
    )
    non_triggers = (
        "机关代字本身不作判断：“国办发明电〔2018〕15号”（明电）、“国函〔2018〕159号”（函）、"
        "“发改办财金规〔2019〕860号”（联合发文、规范性文件代字）都是合规写法；"
        "字号中因排版出现的空格不报告；正文中引用的其他文件的字号不在本规则检查范围。"
    )
    fix_hint = "改为“机关代字〔4位年份〕顺序号号”，如“泽教发〔2025〕12号”。"
    bad = (
        Example(
            "@center 泽州县教育局文件\n@center 泽教发[2025]012号\n"
            "@title 泽州县教育局关于开展校园安全大检查的通知\n各中小学校：\n"
            "为切实保障师生安全，决定开展校园安全大检查。\n"
            "@right 泽州县教育局\n@right 2025年3月5日",
            note="方括号、顺序号编虚位：应为“泽教发〔2025〕12号”。",
        ),
        Example(
            "@center 泽州县水务局文件\n@center 泽水发（2025）第8号\n"
            "@title 泽州县水务局关于做好汛期值班工作的通知\n各水管站：\n"
            "现将汛期值班有关事项通知如下。\n@right 泽州县水务局\n@right 2025年6月3日",
            note="圆括号、顺序号前加“第”：应为“泽水发〔2025〕8号”。",
        ),
    )
    good = (
        Example(
            "@center 泽州县教育局文件\n@center 泽教发〔2025〕12号\n"
            "@title 泽州县教育局关于开展校园安全大检查的通知\n各中小学校：\n"
            "为切实保障师生安全，决定开展校园安全大检查。\n"
            "@right 泽州县教育局\n@right 2025年3月5日",
        ),
        Example(
            "@title 国务院办公厅关于2019年部分节假日安排的通知\n国办发明电〔2018〕15号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "经国务院批准，现将2019年节假日安排通知如下。\n国务院办公厅\n2018年12月4日",
            note="明电的发文字号，合规。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        year_hint = int(doc.date[:4]) if doc.date else None
        if doc.doc_number:
            # a 命令's 令号 (第706号) stands in place of a 发文字号 (GB/T 9704 10.2)
            if doc.doc_type == "命令" and re.fullmatch(r"第[0-9０-９〇一二三四五六七八九十百千]+号", squash(doc.doc_number)):
                return
            para = doc.para_at(doc.doc_number_pos)
            problems, fixed = analyse_doc_number(doc.doc_number, year_hint)
            if problems:
                yield self._report(doc.doc_number, problems, fixed, para)
            return
        # a 发文字号 without 号 in the 版头 or under the title (web layout)
        cands = list(head_paragraphs(doc))
        if doc.title_pos and doc.title_pos[-1] + 1 < len(doc.paragraphs):
            cands.append(doc.paragraphs[doc.title_pos[-1] + 1])
        for p in cands:
            s = squash(p.text)
            if len(s) > 40 or SENT_END.search(s):
                continue
            m = NUM_NO_HAO.search(s)
            if m:
                problems, fixed = analyse_doc_number(m.group("num"), year_hint)
                if problems:
                    yield self._report(m.group("num"), problems, fixed, p)
                return

    def _report(self, number: str, problems: list[str], fixed: str | None, para: Paragraph | None) -> Finding:
        right = f"应为“{fixed}”" if fixed else "应写作“机关代字〔4位年份〕顺序号号”"
        msg = f"发文字号“{number}”{'；'.join(problems)}。{right}。"
        if para is not None:
            msg = f"{para_place(para)}" + msg
        return self.finding(msg, number, para, fix=fixed)
