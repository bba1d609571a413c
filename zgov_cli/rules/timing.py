"""ZG4 — 时限: deadlines read from the document and judged with the
working-day arithmetic of :mod:`zgov_cli.deadlines` (SPEC §5, §6 ZG4).

Each rule judges one date the text states against the document's 成文日期
(or ``--today`` when it has none) and appends the SPEC §5 deadline object to
``ctx.deadlines`` whenever it applies, late or not. A document that merely
mentions dates is left alone: a date counts only in the phrase that gives it
its meaning (``拟于…召开``, ``须于…前报送``, ``经…常务会议研究通过``).
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any, Iterator

from ..model import Document, Finding, Paragraph
from .base import Context, Example, Rule, register

_SENT_END = re.compile(r"[。！？；;!?]")


# ---------------------------------------------------------------- helpers
def _vocab(section: str) -> dict[str, Any]:
    from ..deadlines import vocabulary

    return vocabulary(section)


@lru_cache(maxsize=16)
def _calendar_for(holidays: tuple[str, ...], workdays: tuple[str, ...]):
    from ..deadlines import Calendar

    return Calendar.from_entries(list(holidays), list(workdays))


def _calendar(ctx: Context):
    cfg = ctx.config
    return _calendar_for(
        tuple(getattr(cfg, "calendar_holidays", []) or []), tuple(getattr(cfg, "calendar_workdays", []) or [])
    )


def _reference(doc: Document, ctx: Context) -> tuple[_dt.date, str]:
    """The day the document is judged at: its 成文日期, else today."""
    if doc.date:
        try:
            return _dt.date.fromisoformat(doc.date), "成文日期"
        except ValueError:
            pass
    return ctx.today, "今天"


def _sentences(doc: Document, limit: int | None = None) -> Iterator[tuple[Paragraph, str]]:
    """Sentences of the 正文 (all non-title paragraphs when the body is unknown)."""
    if doc.body_pos:
        paras = doc.body_paragraphs()
    else:
        skip = set(doc.title_pos) | {doc.date_pos}
        paras = [p for i, p in enumerate(doc.paragraphs) if i not in skip]
    if limit is not None:
        paras = paras[:limit]
    for p in paras:
        start = 0
        for m in _SENT_END.finditer(p.text):
            yield p, p.text[start : m.end()]
            start = m.end()
        if start < len(p.text):
            yield p, p.text[start:]


def _explicit_year(raw: str) -> bool:
    return "年" in raw or bool(re.match(r"[0-9０-９]{4}\s*[.\-/．－／]", raw))


def _dates(text: str, ref: _dt.date, future: bool) -> list[tuple[_dt.date, tuple[int, int], str]]:
    """Dates in ``text``; a month–day date without a year takes the year of
    ``ref``, moved to the next (``future``) or previous year when that puts it
    more than ~half a year on the wrong side of ``ref``."""
    from ..dates import find_dates

    out = []
    for d, span, raw in find_dates(text, ref.year):
        if not _explicit_year(raw):
            if future and (ref - d).days > 180:
                d = _shift_year(d, 1)
            elif not future and (d - ref).days > 180:
                d = _shift_year(d, -1)
            if d is None:
                continue
        out.append((d, span, raw))
    return out


def _shift_year(d: _dt.date, by: int) -> _dt.date | None:
    try:
        return d.replace(year=d.year + by)
    except ValueError:  # 2月29日
        return None


def _clip(sentence: str, span: tuple[int, int], width: int = 40) -> str:
    """The evidence: the sentence, cut around the date when long."""
    s = sentence.strip()
    if len(s) <= width * 2:
        return s
    off = sentence.find(s)
    a, b = span[0] - off, span[1] - off
    lo, hi = max(0, a - width // 2), min(len(s), b + width)
    return ("…" if lo > 0 else "") + s[lo:hi] + ("…" if hi < len(s) else "")


def _workdays_between(cal, start: _dt.date, end: _dt.date) -> int:
    """Working days in [start, end)."""
    n, d = 0, start
    while d < end:
        if cal.is_workday(d):
            n += 1
        d += _dt.timedelta(days=1)
    return n


def _warn_suffix(res: dict[str, Any]) -> str:
    return "".join(f"（注意：{w}）" for w in res["calendar_warnings"])


def _record(ctx: Context, res: dict[str, Any], code: str, evidence: str) -> None:
    res = dict(res)
    res["code"] = code
    res["evidence"] = evidence
    ctx.deadlines.append(res)


def _cn(d: _dt.date | str) -> str:
    if isinstance(d, str):
        d = _dt.date.fromisoformat(d)
    return f"{d.year}年{d.month}月{d.day}日"


def _has_any(text: str, words: list[str]) -> bool:
    return any(w in text for w in words)


# ---------------------------------------------------------------- ZG401
@register
class CountyMeetingRequest(Rule):
    code = "ZG401"
    title = "全县性会议、重要活动的请示应提前10个工作日报送"
    severity = "error"
    article = "第二十五条"
    source = "《泽州县人民政府工作规则》第二十五条"
    article_keys = ("第二十五条",)
    explanation = (
        "第二十五条规定，县政府各部门召开全县性会议和举行重要活动，主办部门应提前10个工作日正式向县政府报送请示。"
        "工作日按国务院公布的节假日安排计算（周末、法定节假日不计，调休上班日计入）。"
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

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type != "请示":
            return
        v = _vocab("zg401")
        title = doc.title or ""
        ref, ref_label = _reference(doc, ctx)
        hit = self._meeting_date(doc, v, title, ref)
        if hit is None:
            return
        meeting, para, sentence, span = hit
        from ..deadlines import compute

        cal = _calendar(ctx)
        res = compute("county-meeting", meeting, calendar=cal)
        evidence = _clip(sentence, span)
        _record(ctx, res, self.code, evidence)
        line = _dt.date.fromisoformat(res["effective_deadline"])
        if ref <= line:
            return
        ahead = _workdays_between(cal, ref, meeting)
        yield self.finding(
            f"会议（活动）日期为{_cn(meeting)}，按第二十五条应提前10个工作日报送请示，最迟{_cn(line)}；"
            f"本文{ref_label}为{_cn(ref)}，只提前了{ahead}个工作日。" + _warn_suffix(res),
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
        pairs = ([(title_para, title)] if title and title_para is not None else []) + list(_sentences(doc))
        for para, sentence in pairs:
            # the scope may be in another sentence of the same paragraph
            # (…举办春季招聘会。招聘会面向全县各乡镇…)
            context = title + sentence + (para.text if para is not None and sentence is not title else "")
            county_wide = (_has_any(context, v["scope_words"]) and _has_any(context, v["event_words"])) or _has_any(
                context, v["important_event_words"]
            )
            if not county_wide:
                continue
            for d, span, _raw in _dates(sentence, ref, future=True):
                before = sentence[max(0, span[0] - 10) : span[0]].rstrip(" \u3000")
                after = sentence[span[1] : span[1] + gap]
                if re.match(r"\s*(?:[（(][^）)]{0,8}[）)])?\s*[之以]?前", after):
                    continue  # 3月14日前完成…: a due date, not the meeting's day
                starts = plan + (v.get("title_plan_words", []) if sentence is title else [])
                planned = any(before.endswith(w) for w in starts) and _has_any(after, actions)
                # 拟于…完成筹备，3月28日在县会议中心召开…: a plan word earlier in the
                # sentence and the action right after the date
                planned = planned or (
                    any(w in sentence[: span[0]] for w in plan) and _has_any(after[:20], actions)
                )
                labelled = (
                    label_re is not None
                    and label_re.search(before) is not None
                    and _has_any(title + sentence, actions)
                )
                if planned or labelled:
                    if (ref - d).days > 60:  # long past: not the meeting being requested
                        continue
                    return d, para, sentence, span
        return None


# ---------------------------------------------------------------- ZG402
@register
class DraftForSuperior(Rule):
    code = "ZG402"
    title = "代拟稿应在上级时限前15日（上级部门10日）报送县政府"
    severity = "error"
    article = "第二十八条"
    source = "《泽州县人民政府工作规则》第二十八条"
    article_keys = ("第二十八条",)
    explanation = (
        "第二十八条规定，各乡镇、县直各部门代拟的向上级报送的请示报告事项，需以县委、县政府名义报送上级党委、政府的，"
        "原则上应在报送时限前15日将代拟稿及相关材料报送县政府；需以县政府名义报送上级部门的，原则上应在报送时限前10日报送。"
        "按自然日计算；倒推所得日期为节假日的，实际应在此前最后一个工作日报送。"
    )
    triggers = (
        "代拟稿（标题或版头标注“代拟稿”，或给了 --due）写明上级的报送时限（“须于2025年3月31日前报送”“3月31日前上报”，"
        "文中没有时取 --due），主送为上级党委、政府（晋城市人民政府、市委、山西省人民政府…，15日）"
        "或上级部门（晋城市应急管理局…，10日；--route 可指定），而成文日期（无则今天或 --today）晚于该时限前15日（10日）。"
    )
    non_triggers = "按时报送的代拟稿；不是代拟稿的公文；找不到上级时限或无法判断报送路径（主送不是上级机关且未给 --route）的。"
    fix_hint = "及早起草，在上级报送时限前15日（上级部门10日）把代拟稿及相关材料报送县政府；可用 zgov deadline superior-report 日期 --route … 计算。"
    bad = (
        Example(
            "@title 泽州县人民政府关于2025年上半年安全生产工作情况的报告\n"
            "（代拟稿）\n"
            "晋城市人民政府：\n"
            "按照市政府要求，须于2025年7月10日前报送上半年安全生产工作情况。现将有关情况报告如下。\n"
            "上半年，全县未发生较大以上生产安全事故，事故起数和死亡人数同比分别下降12%和20%。\n"
            "特此报告。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年7月1日",
            note="报市政府（上级政府）应在7月10日前15日即6月25日前报县政府，7月1日已晚。",
        ),
        Example(
            "@title 泽州县人民政府关于申请应急物资储备库建设补助资金的请示\n"
            "（代拟稿）\n"
            "晋城市应急管理局：\n"
            "我县应急物资储备库建设项目已完成前期工作，总投资860万元，恳请市局给予补助资金200万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年10月9日",
            options={"due": "2025-10-15"},
            note="报上级部门，10日前为10月5日（国庆假期），实际最迟9月30日报县政府。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府关于2025年上半年安全生产工作情况的报告\n"
            "（代拟稿）\n"
            "晋城市人民政府：\n"
            "按照市政府要求，须于2025年7月10日前报送上半年安全生产工作情况。现将有关情况报告如下。\n"
            "上半年，全县未发生较大以上生产安全事故。\n"
            "特此报告。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年6月20日",
            note="6月20日早于6月25日，按时。",
        ),
        Example(
            "@title 泽州县人民政府关于2025年上半年安全生产工作情况的报告\n"
            "晋城市人民政府：\n"
            "按照市政府要求，须于2025年7月10日前报送上半年安全生产工作情况。现将有关情况报告如下。\n"
            "特此报告。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年7月8日",
            note="县政府自己的正式报告，不是代拟稿。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if not (doc.is_draft or ctx.options.due is not None):
            return
        ref, ref_label = _reference(doc, ctx)
        due, para, evidence = self._due(doc, ref)
        if due is None:
            if ctx.options.due is None:
                return
            due, para, evidence = ctx.options.due, doc.title_paragraph(), f"上级报送时限 {_cn(ctx.options.due)}（--due）"
        route, why = self._route(doc, ctx)
        if route is None:
            return
        from ..deadlines import compute

        res = compute("superior-report", due, route=route, calendar=_calendar(ctx))
        _record(ctx, res, self.code, evidence)
        line = _dt.date.fromisoformat(res["deadline"])
        if ref <= line:
            return
        eff = res["effective_deadline"]
        eff_note = "" if eff == res["deadline"] else f"（该日不是工作日，实际最迟{_cn(eff)}）"
        yield self.finding(
            f"上级报送时限为{_cn(due)}，{why}，按第二十八条应提前{res['amount']}日即{_cn(line)}前将代拟稿报送县政府{eff_note}；"
            f"本文{ref_label}为{_cn(ref)}，已晚{(ref - line).days}天。" + _warn_suffix(res),
            evidence,
            para,
        )

    @staticmethod
    def _due(doc: Document, ref: _dt.date):
        v = _vocab("zg402")
        after_words = sorted(v["due_after_words"], key=len, reverse=True)
        after_re = re.compile(r"^\s*(?:[（(][^）)]{0,8}[）)])?\s*(?:" + "|".join(map(re.escape, after_words)) + ")")
        before_words = v.get("due_before_words", [])
        for para, sentence in _sentences(doc):
            for d, span, _raw in _dates(sentence, ref, future=True):
                before = sentence[max(0, span[0] - 10) : span[0]].rstrip(" \u3000")
                if after_re.match(sentence[span[1] :]) or any(before.endswith(w) for w in before_words):
                    return d, para, _clip(sentence, span)
        return None, None, None

    @staticmethod
    def _route(doc: Document, ctx: Context) -> tuple[str | None, str]:
        if ctx.options.route:
            label = "以县委、县政府名义报送上级党委、政府" if ctx.options.route == "government" else "以县政府名义报送上级部门"
            return ctx.options.route, f"{label}（--route）"
        from ..orgs import SUPERIOR_DEPT, SUPERIOR_GOV, classify

        kinds = [(r, classify(r, ctx.config.orgs)) for r in doc.recipients]
        for r, k in kinds:
            if k == SUPERIOR_GOV:
                return "government", f"主送{r}（上级党委、政府）"
        for r, k in kinds:
            if k == SUPERIOR_DEPT:
                return "department", f"主送{r}（上级部门）"
        return None, ""


# ---------------------------------------------------------------- ZG403
@register
class MeetingDocsIssued(Rule):
    code = "ZG403"
    title = "会议通过的文件应在会后7个工作日内印发"
    severity = "warning"
    article = "第二十二条"
    source = "《泽州县人民政府工作规则》第二十二条"
    article_keys = ("第二十二条",)
    explanation = (
        "第二十二条规定，县政府全体会议和县政府常务会议讨论通过决定印发的文件，原则上须在会议结束后7个工作日内印发"
        "（“原则上”，故为警告）。会议当天不计，周末、法定节假日不计，调休上班日计入。"
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

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        ref, ref_label = _reference(doc, ctx)
        hit = self._meeting(doc, ctx, ref)
        if hit is None:
            return
        meeting, para, evidence = hit
        from ..deadlines import compute

        cal = _calendar(ctx)
        res = compute("meeting-docs", meeting, calendar=cal)
        _record(ctx, res, self.code, evidence)
        line = _dt.date.fromisoformat(res["deadline"])
        if ref <= line:
            return
        over = _workdays_between(cal, line + _dt.timedelta(days=1), ref + _dt.timedelta(days=1))
        what = "纪要" if doc.doc_type == "纪要" else "会议通过的文件"
        yield self.finding(
            f"会议日期为{_cn(meeting)}，按第二十二条{what}原则上应在会后7个工作日内（最迟{_cn(line)}）印发；"
            f"本文{ref_label}为{_cn(ref)}，超出{over}个工作日。" + _warn_suffix(res),
            evidence,
            para,
        )

    @staticmethod
    def _meeting(doc: Document, ctx: Context, ref: _dt.date):
        v = _vocab("zg403")
        county = ctx.config.orgs.county
        short = ctx.config.orgs.county_short
        owners = [f"{short}政府", f"{short}人民政府", f"{county}人民政府", f"{county}政府"]
        meeting_re = re.compile("|".join(map(re.escape, v["meeting_words"])))
        adopt = v["adopt_words"]
        # a document adopted at a 县政府全体/常务会议, with the meeting's date
        adopted_ok = doc.doc_type not in v.get("not_adopted_types", [])
        for para, sentence in _sentences(doc, limit=3) if adopted_ok else ():
            for m in meeting_re.finditer(sentence):
                window = sentence[max(0, m.start() - 30) : m.start()]
                if not _has_any(window, owners):
                    continue
                if not _has_any(sentence[m.end() : m.end() + 20], adopt):
                    continue
                # the meeting's date stands before its name (经2025年4月28日县政府
                # 第12次常务会议) or in brackets right after it (常务会议（2025年4月28日）)
                dates = [
                    h
                    for h in _dates(sentence, ref, future=False)
                    if m.start() - 30 <= h[1][0] and h[1][1] <= m.start()
                    or re.fullmatch(r"\s*[（(]", sentence[m.end() : h[1][0]])
                ]
                if not dates:
                    continue
                d, span, _raw = min(dates, key=lambda h: abs(h[1][0] - m.start()))
                return d, para, _clip(sentence, span)
        # a 纪要: the date of the meeting it records
        if doc.doc_type == "纪要":
            words = v["minutes_meeting_words"]
            for para, sentence in _sentences(doc, limit=3):
                if not _has_any(sentence, words):
                    continue
                hits = _dates(sentence, ref, future=False)
                if hits:
                    d, span, _raw = hits[0]
                    return d, para, _clip(sentence, span)
        return None
