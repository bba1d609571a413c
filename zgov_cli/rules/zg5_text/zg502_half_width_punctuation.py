"""ZG502 中文文本中使用了半角标点."""
from __future__ import annotations

from typing import Iterator

from ...analysis.document import para_no
from ...analysis.punctuation import FULL_WIDTH, HALF, half_width_marks
from ...analysis.text import WINDOW, squash, window
from ...model import Document, Finding, Paragraph
from ..base import Context, Example, Rule


class HalfWidthPunctuation(Rule):
    code = "ZG502"
    title = "中文文本中使用了半角标点"
    severity = "warning"
    explanation = (
        "中文公文的标点符号应使用全角形式（，；：（）？！）。半角逗号、冒号、括号夹在汉字中间，"
        "字距不一致，也是从其他系统复制文字时常见的差错。"
    )
    triggers = (
        "半角“, ; : ( ) ? !”紧挨汉字或全角标点，如“(八) 讨论……”“电话:0356-1234567”“一是,二是”。"
    )
    non_triggers = (
        "数字、时间、比例中的半角标点（1,000、10:30、1:5000）；网址、电子邮箱；纯英文词句；"
        "发文字号的括号另由 ZG301 检查。"
    )
    fix_hint = "改为对应的全角标点：, → ，  ; → ；  : → ：  ( ) → （ ）  ? → ？  ! → ！"
    bad = (
        Example(
            "@title 泽州县人民政府关于调整县政府常务会议议事范围的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "县政府常务会议的主要任务是：\n"
            "(八) 讨论通过县政府重要人事任免事项；\n"
            "@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="“(八)”用了半角括号，应为“（八）”。",
        ),
        Example(
            "@title 泽州县人民政府关于调整县政府常务会议议事范围的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "县政府常务会议讨论通过(包括县政府重要人事任免事项,县政府工作部门机构设置和职能调整事项)等重大事项。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="半角括号里还有半角逗号，三处一并指出。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府关于调整县政府常务会议议事范围的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "县政府常务会议一般每月召开1次，会议于上午9:30开始，预算安排1,000万元，详见www.zezhou.gov.cn。\n"
            "（八）讨论通过县政府重要人事任免事项。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="时间、数字、网址中的半角符号不算；括号已是全角。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for p in doc.paragraphs:
            text = p.text
            # a web page's table of facts is not the document's text; the
            # 发文字号's brackets are ZG301's
            if p.role in ("doc_number", "meta") or not HALF.search(text):
                continue
            groups = [g for g in half_width_marks(text) if not _reported_elsewhere(p, text, g)]
            if not groups:
                continue
            # merge groups close to each other into one place
            # (a pair of parentheses is one group, and may hold other marks:
            # a cluster's places are kept in order of position)
            clusters: list[list[int]] = []
            for g in sorted(groups):
                if clusters and g[0] - clusters[-1][-1] <= 2 * WINDOW and g[-1] - clusters[-1][0] <= 60:
                    clusters[-1] = sorted(clusters[-1] + g)
                else:
                    clusters.append(sorted(g))
            # one finding per paragraph: the places, how many, the fix of each
            places = []
            for c in clusters:
                ev, s = window(text, c[0], c[-1] + 1)
                fixed = list(ev)
                for i in c:
                    fixed[i - s] = FULL_WIDTH[text[i]]
                places.append((ev, "".join(fixed)))
            count = sum(len(c) for c in clusters)
            marks = "".join(dict.fromkeys(text[i] for c in clusters for i in c))
            fulls = "".join(dict.fromkeys(FULL_WIDTH[text[i]] for c in clusters for i in c))
            ev, fixed_s = places[0]
            if len(places) == 1:
                yield self.finding(
                    f"{para_no(p)}“{ev}”中使用了半角标点“{marks}”，中文文本应使用全角“{fulls}”。应为：“{fixed_s}”。",
                    ev,
                    p,
                    fix=fixed_s,
                )
                continue
            shown = "；".join(f"“{a}”应为“{b}”" for a, b in places[:3])
            more = f"等{len(places)}处" if len(places) > 3 else ""
            yield self.finding(
                f"{para_no(p)}共有{count}个半角标点“{marks}”（{len(places)}处），中文文本应使用全角“{fulls}”："
                f"{shown}{more}。",
                ev,
                p,
            )


def _reported_elsewhere(p: Paragraph, text: str, group: list[int]) -> bool:
    """One defect, one rule: the colon ending a 主送 line is ZG306's, the
    colon after 附件 is ZG307's (they say more about the line)."""
    i = group[0]
    if len(group) != 1 or text[i] != ":":
        return False
    if p.role == "recipients" and not text[i + 1:].strip():
        return True
    return p.role == "attachment" and squash(text[:i]) == "附件"
