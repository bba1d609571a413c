"""ZG402 代拟稿应在上级时限前15日（上级部门10日）报送县政府."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Iterator

from ...analysis.dates import dates_in
from ...analysis.timing import body_sentences, clip_around, cn_day, deadline_vocab, reference_date, unit_zh, rule_calendar, warn_suffix
from ...model import Deadline, Document, Finding
from ..base import Context, Example, Rule


class DraftForSuperior(Rule):
    code = "ZG402"
    title = "代拟稿应在上级时限前15日（上级部门10日）报送县政府"
    severity = "error"
    explanation = (
        "各乡镇、县直各部门代拟的向上级报送的请示报告事项，原则上应在报送时限前若干日将代拟稿及相关材料报送县政府：以县委"
        "、县政府名义报送上级党委、政府的与以县政府名义报送上级部门的各有时限，由所用配置给出。按自然日计算；倒推所得日期"
        "为节假日的，实际应在此前最后一个工作日报送。"
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

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding | Deadline]:
        if not (doc.is_draft or ctx.options.due is not None):
            return
        ref, ref_label = reference_date(doc, ctx)
        due, para, evidence = self._due(doc, ref, deadline_vocab("zg402", ctx))
        if due is None:
            if ctx.options.due is None:
                return
            due, para, evidence = ctx.options.due, doc.title_paragraph(), f"上级报送时限 {cn_day(ctx.options.due)}（--due）"
        route, why = self._route(doc, ctx)
        if route is None:
            return
        from ...analysis.deadlines import compute

        res = compute("superior-report", due, route=route, calendar=rule_calendar(ctx), table=ctx.profile.deadlines)
        yield Deadline.of(res, self.code, evidence)
        line = _dt.date.fromisoformat(res["deadline"])
        if ref <= line:
            return
        eff = res["effective_deadline"]
        eff_note = "" if eff == res["deadline"] else f"（该日不是工作日，实际最迟{cn_day(eff)}）"
        yield self.finding(
            f"上级报送时限为{cn_day(due)}，{why}，按{res['article']}应提前{res['amount']}{unit_zh(res)}即{cn_day(line)}前将代拟稿报送县政府{eff_note}；"
            f"本文{ref_label}为{cn_day(ref)}，已晚{(ref - line).days}天。" + warn_suffix(res),
            evidence,
            para,
        )

    @staticmethod
    def _due(doc: Document, ref: _dt.date, v: dict):
        after_words = sorted(v["due_after_words"], key=len, reverse=True)
        after_re = re.compile(r"^\s*(?:[（(][^）)]{0,8}[）)])?\s*(?:" + "|".join(map(re.escape, after_words)) + ")")
        before_words = v.get("due_before_words", [])
        for para, sentence in body_sentences(doc):
            for d, span, _raw in dates_in(sentence, ref, future=True):
                before = sentence[max(0, span[0] - 10) : span[0]].rstrip(" \u3000")
                if after_re.match(sentence[span[1] :]) or any(before.endswith(w) for w in before_words):
                    return d, para, clip_around(sentence, span)
        return None, None, None

    @staticmethod
    def _route(doc: Document, ctx: Context) -> tuple[str | None, str]:
        if ctx.options.route:
            label = "以县委、县政府名义报送上级党委、政府" if ctx.options.route == "government" else "以县政府名义报送上级部门"
            return ctx.options.route, f"{label}（--route）"
        from ...analysis.orgs import SUPERIOR_DEPT, SUPERIOR_GOV, classify

        kinds = [(r, classify(r, ctx.config.orgs)) for r in doc.recipients]
        for r, k in kinds:
            if k == SUPERIOR_GOV:
                return "government", f"主送{r}（上级党委、政府）"
        for r, k in kinds:
            if k == SUPERIOR_DEPT:
                return "department", f"主送{r}（上级部门）"
        return None, ""
