"""ZG403 会议通过的文件应在会后7个工作日内印发."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Iterator

from ...analysis.dates import dates_in
from ...analysis.timing import body_sentences, clip_around, cn_day, deadline_vocab, has_any, unit_zh, reference_date, rule_calendar, warn_suffix, workdays_between
from ...model import Deadline, Document, Finding
from ..base import Context, Example, Rule


class MeetingDocsIssued(Rule):
    code = "ZG403"
    title = "会议通过的文件应在会后7个工作日内印发"
    severity = "warning"
    explanation = (
        "县政府全体会议和县政府常务会议讨论通过决定印发的文件，原则上须在会议结束后若干个工作日内印发（时限由所用配置给出"
        "；“原则上”，故为警告）。会议当天不计，周末、法定节假日不计，调休上班日计入。"
    )
    triggers = (
        "纪要，或写明经县政府常务会议、全体会议研究（审议、讨论）通过并给出会议日期的文件"
        "（“已经2025年3月14日县政府第12次常务会议研究通过”），成文日期（无则今天或 --today）晚于会后第7个工作日。"
    )
    non_triggers = "会后7个工作日内印发的；没有写明会议日期的（“已经县政府第55次常务会议同意”）；只引用上级会议精神的。"
    fix_hint = "会议通过后及时履行签发、印发程序，在会后7个工作日内印发；可用 zgov deadline meeting-docs 会议日期 计算最迟印发日。"
    bad = (
        Example(
            "@title 泽州县人民政府关于印发泽州县城乡环境综合整治实施方案的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "《泽州县城乡环境综合整治实施方案》已经2025年9月26日县政府第18次常务会议研究通过，现印发给你们，请认真贯彻执行。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年10月15日",
            note="9月26日会议后第7个工作日是10月13日（国庆、中秋假期不计，9月28日、10月11日调休上班计入）。",
        ),
        Example(
            "@title 泽州县人民政府第12次常务会议纪要\n"
            "2025年4月28日，县长主持召开县政府第12次常务会议，研究城区供热管网改造等事项。纪要如下：\n"
            "一、会议原则同意城区供热管网改造方案，由县住建局抓好实施。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年5月13日",
            note="4月28日会后第7个工作日是5月12日（劳动节5月1日至5日不计）。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府关于印发泽州县城乡环境综合整治实施方案的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "《泽州县城乡环境综合整治实施方案》已经2025年9月26日县政府第18次常务会议研究通过，现印发给你们，请认真贯彻执行。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年10月13日",
            note="10月13日是会后第7个工作日，按时。",
        ),
        Example(
            "@title 泽州县人民政府关于印发泽州县人民政府工作规则的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "《泽州县人民政府工作规则》已经县政府第55次常务会议同意。现印发给你们，请认真贯彻执行。\n"
            "@right 泽州县人民政府\n"
            "@right 2024年12月6日",
            note="没有写明会议日期，无从计算。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding | Deadline]:
        # the article (meeting-docs deadline) is about 印发: the document's own 印发日期 (版记) when it
        # states one, else its 成文日期, else today
        ref, ref_label = _issue_date(doc) or reference_date(doc, ctx)
        hit = self._meeting(doc, ctx, ref)
        if hit is None:
            return
        meeting, para, evidence = hit
        from ...analysis.deadlines import compute

        cal = rule_calendar(ctx)
        res = compute("meeting-docs", meeting, calendar=cal, table=ctx.profile.deadlines)
        yield Deadline.of(res, self.code, evidence)
        line = _dt.date.fromisoformat(res["deadline"])
        if ref <= line:
            return
        over = workdays_between(cal, line + _dt.timedelta(days=1), ref + _dt.timedelta(days=1))
        what = "纪要" if doc.doc_type == "纪要" else "会议通过的文件"
        yield self.finding(
            f"会议日期为{cn_day(meeting)}，按{res['article']}{what}原则上应在会后{res['amount']}{unit_zh(res)}内（最迟{cn_day(line)}）印发；"
            f"本文{ref_label}为{cn_day(ref)}，超出{over}个工作日。" + warn_suffix(res),
            evidence,
            para,
        )

    @staticmethod
    def _meeting(doc: Document, ctx: Context, ref: _dt.date):
        v = deadline_vocab("zg403", ctx)
        county = ctx.config.orgs.county
        short = ctx.config.orgs.county_short
        owners = [f"{short}政府", f"{short}人民政府", f"{county}人民政府", f"{county}政府"]
        meeting_re = re.compile("|".join(map(re.escape, v["meeting_words"])))
        adopt = v["adopt_words"]
        # a document adopted at a 县政府全体/常务会议, with the meeting's date
        adopted_ok = doc.doc_type not in v.get("not_adopted_types", [])
        for para, sentence in body_sentences(doc, limit=3) if adopted_ok else ():
            for m in meeting_re.finditer(sentence):
                window = sentence[max(0, m.start() - 30) : m.start()]
                if not has_any(window, owners):
                    continue
                if not has_any(sentence[m.end() : m.end() + 20], adopt):
                    continue
                # the meeting's date stands before its name (经2025年4月28日县政府
                # 第12次常务会议) or in brackets right after it (常务会议（2025年4月28日）)
                dates = [
                    h
                    for h in dates_in(sentence, ref, future=False)
                    if m.start() - 30 <= h[1][0] and h[1][1] <= m.start()
                    or re.fullmatch(r"\s*[（(]", sentence[m.end() : h[1][0]])
                ]
                if not dates:
                    continue
                d, span, _raw = min(dates, key=lambda h: abs(h[1][0] - m.start()))
                return d, para, clip_around(sentence, span)
        # a 纪要: the date of the meeting it records
        if doc.doc_type == "纪要":
            words = v["minutes_meeting_words"]
            for para, sentence in body_sentences(doc, limit=3):
                if not has_any(sentence, words):
                    continue
                hits = dates_in(sentence, ref, future=False)
                if hits:
                    d, span, _raw = hits[0]
                    return d, para, clip_around(sentence, span)
        return None


def _issue_date(doc: Document) -> tuple[_dt.date, str] | None:
    if not doc.print_date:
        return None
    try:
        return _dt.date.fromisoformat(doc.print_date), "印发日期"
    except ValueError:
        return None
