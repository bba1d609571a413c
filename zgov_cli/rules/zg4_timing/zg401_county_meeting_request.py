"""ZG401 全县性会议、重要活动的请示应提前10个工作日报送."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Iterator

from ...analysis.dates import dates_in
from ...analysis.timing import body_sentences, clip_around, cn_day, deadline_vocab, has_any, unit_zh, reference_date, rule_calendar, warn_suffix, workdays_between
from ...model import Deadline, Document, Finding
from ..base import Context, Example, Rule


class CountyMeetingRequest(Rule):
    code = "ZG401"
    title = "全县性会议、重要活动的请示应提前10个工作日报送"
    severity = "error"
    explanation = (
        "县政府各部门召开全县性会议和举行重要活动，主办部门应在工作规则规定的时限前（若干个工作日，由所用配置给出）正式向"
        "县政府报送请示。工作日按国务院公布的节假日安排计算（周末、法定节假日不计，调休上班日计入）。"
    )
    triggers = (
        "文种为请示，事由是召开全县性会议或举办重要活动（标题或正文有“全县”及会议、活动字样，或庆典、论坛、节会等），"
        "正文写明会议日期（“拟于2025年1月20日召开”“定于3月14日举办”“会议时间：…”），"
        "而成文日期（无成文日期时为今天或 --today）晚于会议日期前第10个工作日。"
    )
    non_triggers = (
        "提前10个工作日及以上报送的请示；请示以外的文种；只提到日期、没有拟召开会议或举办活动的；"
        "部门内部会议（无“全县”等范围字样，也不是庆典、论坛等重要活动）。"
    )
    fix_hint = "提前筹划，至少在会议（活动）日期前10个工作日报送请示；来不及的，推迟会议（活动）日期。可用 zgov deadline county-meeting 日期 计算最迟报送日。"
    bad = (
        Example(
            "@title 泽州县应急管理局关于召开全县安全生产工作会议的请示\n"
            "泽州县人民政府：\n"
            "为部署今年安全生产工作，我局拟于2025年1月20日在县会议中心召开全县安全生产工作会议，会期半天，"
            "参会人员为各乡镇分管负责人和县直有关单位负责人。\n"
            "妥否，请批示。\n"
            "@right 泽州县应急管理局\n"
            "@right 2025年1月13日\n"
            "（联系人：王强，电话：0356-3021234）",
            note="1月20日的会议前第10个工作日是2025年1月6日，1月13日报送只提前了5个工作日。",
        ),
        Example(
            "@title 泽州县文化和旅游局关于举办2025年泽州县乡村文化旅游节的请示\n"
            "泽州县人民政府：\n"
            "为展示我县乡村振兴成果，我局定于10月10日在巴公镇举办乡村文化旅游节开幕式。\n"
            "妥否，请批示。\n"
            "@right 泽州县文化和旅游局\n"
            "@right 2025年9月26日\n"
            "（联系人：赵敏，电话：0356-3025678）",
            note="国庆、中秋假期（10月1日至8日）不计工作日，9月26日距10月10日只有5个工作日。",
        ),
    )
    good = (
        Example(
            "@title 泽州县应急管理局关于召开全县安全生产工作会议的请示\n"
            "泽州县人民政府：\n"
            "为部署今年安全生产工作，我局拟于2025年1月20日在县会议中心召开全县安全生产工作会议，会期半天。\n"
            "妥否，请批示。\n"
            "@right 泽州县应急管理局\n"
            "@right 2025年1月6日\n"
            "（联系人：王强，电话：0356-3021234）",
            note="1月6日正是会议前第10个工作日，按时报送。",
        ),
        Example(
            "@title 泽州县教育局关于申请校舍维修经费的请示\n"
            "泽州县人民政府：\n"
            "2025年1月10日，我局组织对全县中小学校舍开展安全排查，发现3所学校教学楼屋面渗漏，恳请县政府安排维修经费45万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县教育局\n"
            "@right 2025年1月13日\n"
            "（联系人：李华，电话：0356-3020000）",
            note="只提到一个已过去的日期，不是拟召开的会议或活动。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding | Deadline]:
        if doc.doc_type != "请示":
            return
        v = deadline_vocab("zg401", ctx)
        title = doc.title or ""
        ref, ref_label = reference_date(doc, ctx)
        hit = self._meeting_date(doc, v, title, ref)
        if hit is None:
            return
        meeting, para, sentence, span = hit
        from ...analysis.deadlines import compute

        cal = rule_calendar(ctx)
        res = compute("county-meeting", meeting, calendar=cal, table=ctx.profile.deadlines)
        evidence = clip_around(sentence, span)
        yield Deadline.of(res, self.code, evidence)
        line = _dt.date.fromisoformat(res["effective_deadline"])
        if ref <= line:
            return
        ahead = workdays_between(cal, ref, meeting)
        yield self.finding(
            f"会议（活动）日期为{cn_day(meeting)}，按{res['article']}应提前{res['amount']}{unit_zh(res)}报送请示，最迟{cn_day(line)}；"
            f"本文{ref_label}为{cn_day(ref)}，只提前了{ahead}个工作日。" + warn_suffix(res),
            evidence,
            para,
        )

    @staticmethod
    def _meeting_date(doc: Document, v: dict[str, Any], title: str, ref: _dt.date):
        plan = sorted(v["plan_words"], key=len, reverse=True)
        labels = v.get("time_labels", [])
        joins = "|".join(map(re.escape, sorted(v.get("label_joins", ["："]), key=len, reverse=True)))
        label_re = re.compile("(?:" + "|".join(map(re.escape, labels)) + r")\s*(?:" + joins + r")\s*$") if labels else None
        actions = v["action_words"]
        gap = int(v.get("max_gap", 60))
        title_para = doc.title_paragraph()
        pairs = ([(title_para, title)] if title and title_para is not None else []) + list(body_sentences(doc))
        def county_wide(context: str) -> bool:
            return (has_any(context, v["scope_words"]) and has_any(context, v["event_words"])) or has_any(
                context, v["important_event_words"]
            )

        wide: dict[int, bool] = {}  # by paragraph: read once, however many sentences it has
        for para, sentence in pairs:
            # the scope may be in another sentence of the same paragraph
            # (…举办春季招聘会。招聘会面向全县各乡镇…)
            if para is None or sentence is title:
                ok = county_wide(title + "|" + sentence)
            else:
                if id(para) not in wide:
                    wide[id(para)] = county_wide(title + "|" + para.text)
                ok = wide[id(para)]
            if not ok:
                continue
            for d, span, _raw in dates_in(sentence, ref, future=True):
                before = sentence[max(0, span[0] - 10) : span[0]].rstrip(" \u3000")
                after = sentence[span[1] : span[1] + gap]
                if re.match(r"\s*(?:[（(][^）)]{0,8}[）)])?\s*[之以]?前", after):
                    continue  # 3月14日前完成…: a due date, not the meeting's day
                starts = plan + (v.get("title_plan_words", []) if sentence is title else [])
                planned = any(before.endswith(w) for w in starts) and has_any(after, actions)
                # 拟于…完成筹备，3月28日在县会议中心召开…: a plan word earlier in the
                # sentence and the action right after the date
                planned = planned or (
                    any(w in sentence[: span[0]] for w in plan) and has_any(after[:20], actions)
                )
                labelled = (
                    label_re is not None
                    and label_re.search(before) is not None
                    and has_any(title + sentence, actions)
                )
                if planned or labelled:
                    if (ref - d).days > 60:  # long past: not the meeting being requested
                        continue
                    return d, para, sentence, span
        return None
