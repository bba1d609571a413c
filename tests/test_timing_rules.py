"""ZG401–ZG403: deadlines read from the document (SPEC §6 ZG4)."""
import pytest

from zgov_cli.config import Config, from_table
from zgov_cli.engine import run_rules
from zgov_cli.examples import example_options, example_raw
from zgov_cli.rules.base import Example
from zgov_cli.rules.registry import all_rules
from zgov_cli.structure import build

SPEC_KEYS = {"rule", "article", "from", "deadline", "effective_deadline", "unit", "amount", "skipped", "calendar_warnings"}


def run(text, config=None, **options):
    ex = Example(text, options)
    config = config or Config()
    opts = example_options(ex)
    doc = build(example_raw(ex), opts.doc, config)
    findings, deadlines, problems = run_rules(doc, config, opts)
    assert not problems
    return [f for f in findings if f.code.startswith("ZG4")], deadlines


def codes(findings):
    return sorted(f.code for f in findings)


@pytest.mark.parametrize("code", ["ZG401", "ZG402", "ZG403"])
def test_examples(code):
    rule = all_rules()[code]
    assert rule.bad and rule.good
    for ex in rule.bad:
        found, deadlines = run(ex.text, **ex.options)
        assert code in codes(found), ex.note
        assert any(d["code"] == code for d in deadlines)
    for ex in rule.good:
        found, _ = run(ex.text, **ex.options)
        assert code not in codes(found), ex.note


# ---------------------------------------------------------------- ZG401
QS = (
    "@title 泽州县体育局关于{title}的请示\n"
    "泽州县人民政府：\n"
    "{body}\n"
    "妥否，请批示。\n"
    "@right 泽州县体育局\n"
    "{date}"
    "（联系人：张敏，电话：0356-3026666）"
)


def qs(body, date="@right 2025年3月10日\n", title="召开全县全民健身工作会议"):
    return QS.format(title=title, body=body, date=date)


def test_zg401_month_day_takes_year_of_document():
    found, deadlines = run(qs("我局拟于3月14日召开全县全民健身工作会议。"))
    assert codes(found) == ["ZG401"]
    assert "2025年3月14日" in found[0].message and "2025年2月28日" in found[0].message
    assert "拟于3月14日召开" in found[0].evidence
    d = [x for x in deadlines if x["code"] == "ZG401"][0]
    assert SPEC_KEYS <= set(d)
    assert d["rule"] == "county-meeting" and d["from"] == "2025-03-14" and d["deadline"] == "2025-02-28"


def test_zg401_chinese_numerals_and_on_time():
    found, deadlines = run(qs("我局拟于二〇二五年三月二十八日召开全县全民健身工作会议。"))
    assert found == []  # 10th working day before Mar 28 is Mar 14
    assert [x["deadline"] for x in deadlines if x["code"] == "ZG401"] == ["2025-03-14"]


def test_zg401_across_new_year():
    text = qs("我局拟于1月6日在县体育馆举办全县冬季全民健身运动会。", date="@right 2024年12月25日\n",
              title="举办全县冬季全民健身运动会")
    found, deadlines = run(text)
    assert codes(found) == ["ZG401"]
    d = [x for x in deadlines if x["code"] == "ZG401"][0]
    assert d["from"] == "2025-01-06" and d["deadline"] == "2024-12-20"


def test_zg401_time_label_form():
    body = "一、会议时间：2025年3月14日上午9时\n二、会议地点：县会议中心"
    found, _ = run(qs(body))
    assert codes(found) == ["ZG401"]


def test_zg401_other_phrasings():
    # 时间为DATE, participants making it county-wide, date in the title
    body = "我局拟召开2025年全民健身工作会议，时间为2025年3月14日，参会人员为各乡镇分管负责人。"
    assert codes(run(qs(body, title="召开2025年全民健身工作会议"))[0]) == ["ZG401"]
    text = qs("会期半天，地点在县会议中心。", title="2025年3月14日召开全县全民健身工作会议")
    assert codes(run(text)[0]) == ["ZG401"]


def test_zg401_due_date_is_not_the_meeting_day():
    body = "我局拟于2025年3月14日前完成筹备，3月28日召开全县全民健身工作会议。"
    found, deadlines = run(qs(body))
    assert found == []
    assert [d["from"] for d in deadlines if d["code"] == "ZG401"] == ["2025-03-28"]


def test_zg401_no_document_date_uses_today():
    text = qs("我局拟于2025年3月14日召开全县全民健身工作会议。", date="")
    assert codes(run(text, today="2025-03-10")[0]) == ["ZG401"]
    assert run(text, today="2025-02-27")[0] == []


def test_zg401_important_event_without_county_word():
    text = qs("我局定于2025年3月14日在丹河湿地公园举办泽州首届马拉松赛事。", title="举办泽州马拉松赛事")
    assert codes(run(text)[0]) == ["ZG401"]


def test_zg401_unknown_year_warns_in_message():
    text = qs("我局拟于2027年1月15日召开全县全民健身工作会议。", date="@right 2027年1月8日\n")
    found, deadlines = run(text)
    assert codes(found) == ["ZG401"]
    assert "2027年不在节假日数据范围内" in found[0].message
    cfg = from_table({"calendar": {"holidays": ["2027-01-01"], "workdays": []}})
    found, deadlines = run(text, config=cfg)
    assert codes(found) == ["ZG401"] and "不在节假日数据范围内" not in found[0].message
    assert [x["calendar_warnings"] for x in deadlines if x["code"] == "ZG401"] == [[]]


@pytest.mark.parametrize(
    "text",
    [
        # an internal meeting, not 全县性
        qs("我局拟于2025年3月14日召开局务会议，研究机关内部事项。", title="召开局务会议"),
        # dates mentioned, nothing planned
        qs("2025年3月6日，我局召开了全县全民健身工作会议，现申请追加经费5万元。", title="申请追加全民健身经费"),
        # a 通知 of a meeting is not a 请示
        "@title 泽州县人民政府办公室关于召开全县安全生产工作会议的通知\n"
        "各乡镇人民政府，县直各有关单位：\n"
        "经县政府同意，定于2025年3月14日召开全县安全生产工作会议。\n"
        "@right 泽州县人民政府办公室\n"
        "@right 2025年3月12日",
    ],
)
def test_zg401_non_triggers(text):
    found, deadlines = run(text)
    assert found == []
    assert not any(d["code"] == "ZG401" for d in deadlines)


# ---------------------------------------------------------------- ZG402
DRAFT = (
    "@title 泽州县人民政府关于2025年秸秆综合利用工作情况的报告\n"
    "（代拟稿）\n"
    "{to}：\n"
    "{body}\n"
    "特此报告。\n"
    "@right 泽州县人民政府\n"
    "{date}"
)


def draft(to="晋城市人民政府", body="按照要求，须于2025年10月16日前报送秸秆综合利用工作情况。", date="@right 2025年9月30日\n"):
    return DRAFT.format(to=to, body=body, date=date)


def test_zg402_government_route_on_time_and_late():
    # Oct 16 − 15 = Oct 1 (国庆), effective Sep 30
    found, deadlines = run(draft())
    assert found == []
    d = [x for x in deadlines if x["code"] == "ZG402"][0]
    assert d["route"] == "government" and d["amount"] == 15
    assert d["deadline"] == "2025-10-01" and d["effective_deadline"] == "2025-09-30"
    found, _ = run(draft(date="@right 2025年10月9日\n"))
    assert codes(found) == ["ZG402"]
    assert "晋城市人民政府" in found[0].message and "15日" in found[0].message
    assert "10月16日前报送" in found[0].evidence


def test_zg402_department_route_late():
    found, deadlines = run(draft(to="晋城市农业农村局", date="@right 2025年10月7日\n"))
    d = [x for x in deadlines if x["code"] == "ZG402"][0]
    assert d["route"] == "department" and d["amount"] == 10 and d["deadline"] == "2025-10-06"
    assert codes(found) == ["ZG402"]
    found, _ = run(draft(to="晋城市农业农村局", date="@right 2025年9月30日\n"))
    assert found == []


def test_zg402_route_option_overrides():
    # to the 市政府 but --route department: 10 days → line Oct 6
    found, deadlines = run(draft(date="@right 2025年10月3日\n"), route="department")
    assert found == []
    assert [x["amount"] for x in deadlines if x["code"] == "ZG402"] == [10]
    found, _ = run(draft(date="@right 2025年10月3日\n"))
    assert codes(found) == ["ZG402"]


def test_zg402_due_option_supplies_missing_date():
    text = draft(body="今年以来，全县秸秆综合利用率达到91%。")
    assert run(text)[0] == []
    found, deadlines = run(text, due="2025-10-16")
    assert found == []
    found, _ = run(draft(body="今年以来，全县秸秆综合利用率达到91%。", date="@right 2025年10月9日\n"), due="2025-10-16")
    assert codes(found) == ["ZG402"]


def test_zg402_month_day_due_and_today_fallback():
    text = draft(body="按照市政府通知要求，10月16日前上报。", date="")
    assert codes(run(text, today="2025-10-09")[0]) == ["ZG402"]
    assert run(text, today="2025-09-28")[0] == []


def test_zg402_due_stated_before_date():
    found, deadlines = run(draft(body="市政府办公室通知的报送时限为2025年10月16日。", date="@right 2025年10月9日\n"))
    assert codes(found) == ["ZG402"]


def test_zg402_not_a_draft_or_no_route():
    text = draft().replace("（代拟稿）\n", "").replace("2025年9月30日", "2025年10月12日")
    found, deadlines = run(text)
    assert found == [] and not any(d["code"] == "ZG402" for d in deadlines)
    # recipient is not a superior and no --route: cannot judge
    found, deadlines = run(draft(to="泽州县人民政府", date="@right 2025年10月12日\n"))
    assert found == []


# ---------------------------------------------------------------- ZG403
ADOPTED = (
    "@title 泽州县人民政府关于印发泽州县农村公路养护管理办法的通知\n"
    "各乡镇人民政府，县直各有关单位：\n"
    "{body}\n"
    "@right 泽州县人民政府\n"
    "{date}"
)


def adopted(body, date="@right 2025年5月13日\n"):
    return ADOPTED.format(body=body, date=date)


def test_zg403_labour_day_2025():
    body = "《泽州县农村公路养护管理办法》已经2025年4月28日县政府第12次常务会议研究通过，现印发给你们，请认真贯彻执行。"
    found, deadlines = run(adopted(body))
    assert codes(found) == ["ZG403"]
    assert found[0].severity == "warning"
    d = [x for x in deadlines if x["code"] == "ZG403"][0]
    assert d["rule"] == "meeting-docs" and d["deadline"] == "2025-05-12"
    assert run(adopted(body, "@right 2025年5月12日\n"))[0] == []


def test_zg403_date_after_meeting_name_and_chinese_numerals():
    body = "《泽州县农村公路养护管理办法》经县政府第12次常务会议（二〇二五年四月二十八日）审议通过，现予印发。"
    assert codes(run(adopted(body))[0]) == ["ZG403"]


def test_zg403_spring_festival_2026():
    # meeting Fri Feb 13 2026: Sat Feb 14 worked (1), Feb 15–23 off, Feb 24–27 (2–5), Sat Feb 28 (6), Mar 2 (7)
    body = "《泽州县农村公路养护管理办法》已经2026年2月13日县政府第3次常务会议研究通过，现印发给你们。"
    found, deadlines = run(adopted(body, "@right 2026年3月2日\n"))
    assert found == []
    assert [x["deadline"] for x in deadlines if x["code"] == "ZG403"] == ["2026-03-02"]
    assert codes(run(adopted(body, "@right 2026年3月3日\n"))[0]) == ["ZG403"]


def test_zg403_meeting_held_then_adopted():
    body = "县政府于2025年4月28日召开第12次常务会议，审议通过了《泽州县农村公路养护管理办法》，现印发给你们。"
    found, deadlines = run(adopted(body))
    assert codes(found) == ["ZG403"]
    assert [d["from"] for d in deadlines if d["code"] == "ZG403"] == ["2025-04-28"]


def test_zg403_minutes_without_date_uses_today():
    text = (
        "@title 泽州县人民政府第12次常务会议纪要\n"
        "2025年4月28日，县长主持召开县政府第12次常务会议，研究城区供热管网改造等事项。\n"
        "一、会议原则同意城区供热管网改造方案。"
    )
    assert codes(run(text, today="2025-05-13")[0]) == ["ZG403"]
    assert run(text, today="2025-05-09")[0] == []


def test_zg403_not_for_a_request_citing_a_meeting():
    text = (
        "@title 泽州县交通运输局关于申请农村公路养护资金的请示\n"
        "泽州县人民政府：\n"
        "《泽州县农村公路养护管理办法》已经2025年4月28日县政府第12次常务会议研究通过，恳请县政府安排养护资金300万元。\n"
        "妥否，请批示。\n"
        "@right 泽州县交通运输局\n"
        "@right 2025年6月30日"
    )
    found, deadlines = run(text)
    assert found == [] and not any(d["code"] == "ZG403" for d in deadlines)


@pytest.mark.parametrize(
    "body",
    [
        "《泽州县农村公路养护管理办法》已经县政府第12次常务会议研究通过，现印发给你们。",
        "为贯彻落实2025年4月28日市政府常务会议精神，现将有关事项通知如下。",
        "《泽州县农村公路养护管理办法》已经县政府常务会议研究通过，2025年5月1日起施行。",
        "2025年4月28日，市政府第30次常务会议审议通过了《晋城市农村公路条例实施办法》，我县结合实际制定本办法。",
    ],
)
def test_zg403_non_triggers(body):
    found, deadlines = run(adopted(body, "@right 2025年6月30日\n"))
    assert found == []
    assert not any(d["code"] == "ZG403" for d in deadlines)


@pytest.mark.parametrize("code,needle", [("ZG401", "提前10个工作日"), ("ZG402", "前 15 日"), ("ZG403", "7 个工作日内印发")])
def test_article_text_quoted(code, needle):
    from zgov_cli.profiles import load_profile

    assert needle in load_profile().article_text(code)


# ---- round 3: a county-wide 招聘会; the scope in another sentence -----------

def test_zg401_job_fair_is_an_important_event():
    text = qs("我局计划于3月18日在县人力资源市场举办春季大型招聘会，面向全县各乡镇和重点企业。",
              title="举办春季大型招聘会")
    found, _ = run(text)
    assert codes(found) == ["ZG401"]


def test_zg401_scope_in_the_next_sentence_of_the_paragraph():
    text = qs("我局计划于3月18日在县体育馆举办春季招聘会。招聘会面向全县各乡镇群众开放。",
              title="举办春季招聘会")
    found, _ = run(text)
    assert codes(found) == ["ZG401"]


def test_zg401_small_job_fair_of_one_town_is_not_county_wide():
    text = qs("我局计划于3月18日在北义城镇举办小型招聘会，服务本镇群众。", title="举办小型招聘会")
    found, _ = run(text)
    assert found == []
