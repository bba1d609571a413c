"""ZG307 附件说明格式不规范."""
from __future__ import annotations

import re
from typing import Iterator

from ...analysis.document import format_vocab, para_place
from ...analysis.items import inline_items
from ...analysis.numerals import FW_DIGITS
from ...analysis.text import SENT_END, squash
from ...model import Document, Finding, Paragraph
from ..base import Context, Example, Rule


_ATTACH_HEAD = re.compile(r"^(?P<word>附\s*件)\s*(?P<colon>[：:])?\s*(?P<rest>.*)$")


_ITEM_NUM = re.compile(
    r"^(?:(?P<n>[0-9０-９]{1,2})\s*(?P<pt>[.．、,，:：])|[（(](?P<n2>[0-9０-９]{1,2})[）)])\s*(?P<name>.+)$"
)


_BODY_ATTACH = re.compile(r"^附\s*件\s*(?P<rest>(?:[0-9０-９]{1,2}\s*[.．、]|[（(][0-9０-９]{1,2}[）)]).{1,80})$")


class AttachmentNote(Rule):
    code = "ZG307"
    title = "附件说明格式不规范"
    severity = "warning"
    explanation = (
        "附件说明在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；"
        "有多个附件的，用阿拉伯数字标注顺序号（“附件：1.××××”）；附件名称后不加标点符号。"
    )
    triggers = (
        "“附件”后用半角冒号或没有冒号；多个附件未编号、编号不连续或写成“1、”“（1）”；"
        "只有一个附件却编了号；附件名称后加了句号、分号等标点。"
    )
    non_triggers = (
        "顺序号后用全角点“1．”视同“1.”；成文日期之后附印的附件正文（“附件1”标识、附件标题）不在本规则范围；"
        "附件名称回行的对齐属于排版，纯文本无法判断，不报告。"
    )
    fix_hint = "写作“附件：1.××××”，回行另起“2.××××”，名称后不加标点；只有一个附件时写“附件：××××”。"
    bad = (
        Example(
            "@title 泽州县财政局关于下达2025年农村公路养护补助资金的通知\n各乡镇人民政府：\n"
            "现将2025年农村公路养护补助资金下达给你们，请按规定使用。\n"
            "附件:1、2025年农村公路养护补助资金分配表；\n2、资金使用管理要求。\n"
            "@right 泽州县财政局\n@right 2025年4月1日",
            note="半角冒号、“1、”编号、名称后加标点。",
        ),
    )
    good = (
        Example(
            "@title 泽州县财政局关于下达2025年农村公路养护补助资金的通知\n各乡镇人民政府：\n"
            "现将2025年农村公路养护补助资金下达给你们，请按规定使用。\n"
            "附件：1.2025年农村公路养护补助资金分配表\n2.资金使用管理要求\n"
            "@right 泽州县财政局\n@right 2025年4月1日",
        ),
        Example(
            "@title 泽州县财政局关于下达2025年农村公路养护补助资金的通知\n各乡镇人民政府：\n"
            "现将2025年农村公路养护补助资金下达给你们，请按规定使用。\n"
            "附件：2025年农村公路养护补助资金分配表\n@right 泽州县财政局\n@right 2025年4月1日",
            note="只有一个附件，不编号。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.attachments_pos:
            yield from self._check_list(doc)
            return
        # “附件1.××” written without the colon: structure did not read it
        for i in doc.body_pos[-8:]:
            p = doc.paragraphs[i]
            s = p.text.strip()
            m = _BODY_ATTACH.match(squash(s))
            if m and not SENT_END.search(m.group("rest")[:-1]):
                fixed = "附件：" + m.group("rest")
                yield self.finding(
                    f"{para_place(p)}附件说明“{s}”中“附件”二字后缺全角冒号；应为“{fixed}”。", s, p, fix=fixed
                )
                return

    def _check_list(self, doc: Document) -> Iterator[Finding]:
        ad = format_vocab()["attachments"]
        paras = [doc.paragraphs[i] for i in doc.attachments_pos]
        # short unnumbered lines the structure left in the body after the list
        k = doc.attachments_pos[-1] + 1
        while k < len(doc.paragraphs) and doc.paragraphs[k].role == "body":
            t = squash(doc.paragraphs[k].text)
            if not t or len(t) > 40 or SENT_END.search(t[:-1]) or _ITEM_NUM.match(t):
                break
            paras.append(doc.paragraphs[k])
            k += 1
        head = paras[0]
        hm = _ATTACH_HEAD.match(head.text.strip())
        if not hm:
            return
        # lines of the list: (paragraph, written after 附件：?, text)
        lines: list[tuple[Paragraph, bool, str]] = []
        inline = inline_items(hm.group("rest"))
        if len(inline) > 1:
            # the whole list on the 附件 line (附件：1.… 2.…): several attachments
            lines.extend((head, k == 0, item) for k, item in enumerate(inline))
        elif hm.group("rest").strip():
            lines.append((head, True, hm.group("rest").strip()))
        for p in paras[1:]:
            lines.append((p, False, p.text.strip()))
        head_problem = None
        if hm.group("colon") == ":":
            head_problem = "“附件”后用了半角冒号，应为全角冒号“：”"
        if not lines:
            if head_problem:
                t = head.text.strip()
                yield self.finding(f"{para_place(head)}附件说明“{t}”：{head_problem}。", t, head, fix="附件：")
            return
        # group the lines into attachments: in a numbered list an unnumbered
        # line continues the name above (回行); in an unnumbered list two lines
        # are two attachments unless the first is long enough to have wrapped.
        numbered = any(_ITEM_NUM.match(t) for _, _, t in lines)
        items: list[list[tuple[Paragraph, bool, str]]] = []
        for ln in lines:
            if items and numbered and not _ITEM_NUM.match(ln[2]):
                items[-1].append(ln)
            elif items and not numbered and len(lines) == 2 and len(squash(items[-1][0][2])) >= 18:
                items[-1].append(ln)
            else:
                items.append([ln])
        many = len(items) > 1
        out: dict[int, list[str]] = {}
        fixes: dict[int, str] = {}
        for k, item in enumerate(items, start=1):
            p, after_head, text = item[0]
            problems: list[str] = []
            m = _ITEM_NUM.match(text)
            name = text
            if m:
                n = int((m.group("n") or m.group("n2")).translate(FW_DIGITS))
                name = m.group("name").strip()
                written = text[: len(text) - len(m.group("name"))].strip()
                if m.group("n2") is not None or m.group("pt") not in ad["points"]:
                    problems.append(f"顺序号写成了“{written}”，应为“{k}.”" if many else f"顺序号“{written}”")
                elif re.search("[０-９]", m.group("n")):
                    problems.append(f"顺序号应用半角阿拉伯数字“{k}.”")
                if many and n != k:
                    problems.append(f"顺序号应依次为“{k}.”")
                if not many:
                    problems = ["只有一个附件时不编顺序号"]
            elif many:
                problems.append(f"有多个附件时应标注顺序号“{k}.”")
            first_fix = ("附件：" if after_head else "") + (f"{k}." if many else "") + name
            # the name ends on the item's last line
            lp, _, ltext = item[-1]
            last = name if len(item) == 1 else ltext
            clean = last.rstrip(ad["trailing"])
            tail_problem = f"附件名称后不加标点符号（“{last[len(clean):]}”）" if clean != last else None
            if len(item) == 1:
                if tail_problem:
                    problems.append(tail_problem)
                    first_fix = first_fix[: len(first_fix) - (len(last) - len(clean))]
            elif tail_problem:
                out.setdefault(id(lp), []).append(tail_problem)
                fixes[id(lp)] = clean
            if problems:
                out.setdefault(id(p), []).extend(problems)
                fixes[id(p)] = first_fix
        if head_problem:
            out.setdefault(id(head), []).insert(0, head_problem)
            fixes.setdefault(id(head), "附件：" + hm.group("rest").strip())
        for p in paras:
            if id(p) not in out:
                continue
            t = p.text.strip()
            # one fix per line: none when several items of one line need one
            fixed = fixes.get(id(p)) if len(inline) < 2 or p is not head else None
            yield self.finding(
                f"{para_place(p)}附件说明“{t}”：{'；'.join(out[id(p)])}。" + (f"应为“{fixed}”。" if fixed else ""),
                t, p, fix=fixed,
            )
