"""Working-day deadlines (SPEC §5), checked by hand against the State
Council's holiday arrangements as chinese-calendar records them."""
from datetime import date

import pytest

from zgov_cli.analysis.deadlines import (
    Calendar,
    compute,
    days_left,
    load_calendar_file,
    parse_overrides,
)

KEYS = {"rule", "article", "from", "deadline", "effective_deadline", "unit", "amount", "skipped", "calendar_warnings"}


def skipped(res):
    return [(s["date"], s["reason"]) for s in res["skipped"]]


def test_spec_example():
    res = compute("meeting-docs", "2024-12-06")
    assert KEYS <= set(res)
    assert res["rule"] == "meeting-docs" and res["article"] == "第二十二条"
    assert res["from"] == "2024-12-06"
    assert res["deadline"] == res["effective_deadline"] == "2024-12-17"
    assert res["unit"] == "working_days" and res["amount"] == 7
    assert skipped(res) == [
        ("2024-12-07", "周末"), ("2024-12-08", "周末"), ("2024-12-14", "周末"), ("2024-12-15", "周末"),
    ]
    assert res["calendar_warnings"] == []
    assert len(res["counted"]) == 7


def test_national_day_2025_with_makeup_workdays():
    # 2025: Oct 1–8 off; Sun Sep 28 and Sat Oct 11 worked.
    res = compute("meeting-docs", date(2025, 9, 26))
    assert res["counted"] == [
        "2025-09-28", "2025-09-29", "2025-09-30", "2025-10-09", "2025-10-10", "2025-10-11", "2025-10-13",
    ]
    assert res["deadline"] == "2025-10-13"
    reasons = dict(skipped(res))
    assert reasons["2025-09-27"] == "周末"
    assert reasons["2025-10-01"] == "国庆节"
    assert reasons["2025-10-06"] == "中秋节"
    assert reasons["2025-10-12"] == "周末"
    assert "2025-09-28" not in reasons and "2025-10-11" not in reasons


def test_labour_day_2025_countersign():
    # 2025: May 1–5 off, Sun Apr 27 worked.
    res = compute("countersign", "2025-04-28")
    assert res["article"] == "第三十一条"
    assert res["deadline"] == "2025-05-12"
    assert skipped(res) == [
        ("2025-05-01", "劳动节"), ("2025-05-02", "劳动节"), ("2025-05-03", "劳动节"),
        ("2025-05-04", "劳动节"), ("2025-05-05", "劳动节"), ("2025-05-10", "周末"), ("2025-05-11", "周末"),
    ]
    # counting from the Friday before: Sun Apr 27 is a working day
    res = compute("countersign", "2025-04-25")
    assert res["counted"][0] == "2025-04-27"
    assert res["counted"] == ["2025-04-27", "2025-04-28", "2025-04-29", "2025-04-30", "2025-05-06", "2025-05-07", "2025-05-08"]
    assert res["deadline"] == "2025-05-08"


def test_spring_festival_2026_county_meeting_backwards():
    # 2026: Feb 15–23 off, Sat Feb 14 and Sat Feb 28 worked.
    res = compute("county-meeting", "2026-02-26")
    assert res["article"] == "第二十五条" and res["amount"] == 10
    assert res["deadline"] == res["effective_deadline"] == "2026-02-05"
    assert "2026-02-14" in res["counted"]
    reasons = dict(skipped(res))
    assert all(reasons[f"2026-02-{d:02d}"] == "春节" for d in range(15, 24))
    assert reasons["2026-02-07"] == "周末" and reasons["2026-02-08"] == "周末"


def test_year_boundary_new_year():
    # 2026 元旦: Jan 1–3 off, Sun Jan 4 worked.
    res = compute("meeting-docs", "2025-12-29")
    assert res["deadline"] == "2026-01-08"
    assert dict(skipped(res))["2026-01-01"] == "元旦"
    assert "2026-01-04" in res["counted"]
    # backwards across 2025 元旦 (Jan 1 only) and a weekend
    res = compute("county-meeting", "2025-01-03")
    assert res["deadline"] == "2024-12-19"


def test_calendar_day_rules_land_on_day_off():
    # leave: DATE minus 3 calendar days; Oct 1 2025 is 国庆 → Sep 30
    res = compute("leave", "2025-10-04")
    assert res["article"] == "第四十三条" and res["unit"] == "calendar_days" and res["amount"] == 3
    assert res["deadline"] == "2025-10-01"
    assert res["effective_deadline"] == "2025-09-30"
    assert skipped(res) == [("2025-10-01", "国庆节")]
    # the whole holiday passes over
    res = compute("leave", "2025-10-11")
    assert res["deadline"] == "2025-10-08" and res["effective_deadline"] == "2025-09-30"
    assert len(res["skipped"]) == 8
    # a 调休 Sunday is a working day: no shift
    res = compute("leave", "2025-10-01")
    assert res["deadline"] == res["effective_deadline"] == "2025-09-28"
    assert res["skipped"] == []


def test_superior_report_routes():
    res = compute("superior-report", "2026-02-25", route="department")
    assert res["amount"] == 10 and res["route"] == "department"
    assert res["deadline"] == "2026-02-15"
    assert res["effective_deadline"] == "2026-02-14"  # Saturday worked (调休)
    res = compute("superior-report", "2026-03-02", route="government")
    assert res["amount"] == 15
    assert res["deadline"] == "2026-02-15" and res["effective_deadline"] == "2026-02-14"
    res = compute("superior-report", "2025-06-30", route="government")
    assert res["deadline"] == "2025-06-15"  # a Sunday
    assert res["effective_deadline"] == "2025-06-13"
    assert skipped(res) == [("2025-06-14", "周末"), ("2025-06-15", "周末")]


def test_superior_report_needs_route():
    with pytest.raises(ValueError, match="--route"):
        compute("superior-report", "2025-06-30")
    with pytest.raises(ValueError, match="government"):
        compute("superior-report", "2025-06-30", route="county")


def test_unknown_rule_and_bad_date():
    with pytest.raises(ValueError, match="未知的时限规则"):
        compute("meeting", "2025-01-01")
    with pytest.raises(ValueError, match="无效"):
        compute("leave", "2025-13-01")


def test_unknown_year_warns_and_falls_back_to_weekends():
    res = compute("meeting-docs", "2027-02-04")
    # weekends only: Feb 5, 8–12 → the 7th is Tue Feb 9... counted from Thu Feb 4
    assert res["counted"] == ["2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11", "2027-02-12", "2027-02-15"]
    assert len(res["calendar_warnings"]) == 1
    w = res["calendar_warnings"][0]
    assert "2027年" in w and "仅周末" in w and "[calendar]" in w and "2026" in w


def test_override_fills_unknown_year():
    cal = Calendar.from_entries(["2027-01-01", "2027-02-05..2027-02-13"], ["2027-02-14"])
    res = compute("meeting-docs", "2027-02-04", calendar=cal)
    assert res["calendar_warnings"] == []
    assert res["counted"][0] == "2027-02-14"
    assert res["deadline"] == "2027-02-22"
    assert dict(skipped(res))["2027-02-08"] == "节假日（日历配置）"
    assert cal.day_info(date(2027, 2, 14)) == (True, "调休上班")


def test_year_boundary_into_unknown_year():
    res = compute("countersign", "2026-12-28")
    # 元旦 is fixed by law: off in 2027 although chinese-calendar stops at 2026
    assert ("2027-01-01", "元旦") in skipped(res)
    assert res["deadline"] == "2027-01-07"
    assert any("2027年" in w for w in res["calendar_warnings"])  # 春节 etc. still unknown
    cal = Calendar.from_entries(["2027-01-01"], [])
    res = compute("countersign", "2026-12-28", calendar=cal)
    assert res["calendar_warnings"] == []
    assert ("2027-01-01", "节假日（日历配置）") in skipped(res)
    assert res["deadline"] == "2027-01-07"


def test_overrides_win_over_chinese_calendar():
    cal = Calendar.from_entries(["2025-06-03"], ["2025-06-07"])
    assert cal.day_info(date(2025, 6, 3))[0] is False
    assert cal.day_info(date(2025, 6, 7)) == (True, "调休上班")
    # an override holiday on a shipped holiday keeps its name
    cal = Calendar.from_entries(["2025-10-01"], [])
    assert cal.day_info(date(2025, 10, 1)) == (False, "国庆节")
    # an override workday on a shipped holiday
    cal = Calendar.from_entries([], ["2025-10-08"])
    assert cal.is_workday(date(2025, 10, 8))


def test_day_info_reasons():
    cal = Calendar()
    assert cal.day_info(date(2025, 10, 3)) == (False, "国庆节")
    assert cal.day_info(date(2025, 9, 28)) == (True, "调休上班")
    assert cal.day_info(date(2025, 9, 27)) == (False, "周末")
    assert cal.day_info(date(2025, 9, 29)) == (True, "工作日")
    assert cal.day_info(date(2025, 4, 4)) == (False, "清明节")


def test_parse_overrides():
    off, on = parse_overrides(["2027-01-01", "2027-02-05..2027-02-07"], ["2027-02-14"])
    assert off == {date(2027, 1, 1), date(2027, 2, 5), date(2027, 2, 6), date(2027, 2, 7)}
    assert on == {date(2027, 2, 14)}
    for bad in (["2027-1-1x"], ["2027-02-10..2027-02-05"], ["20270101"], ["2027-02-30"]):
        with pytest.raises(ValueError) as e:
            parse_overrides(bad, [])
        assert bad[0] in str(e.value)
    with pytest.raises(ValueError, match="同时"):
        parse_overrides(["2027-01-01"], ["2027-01-01"])


def test_config_validates_calendar():
    from zgov_cli.config import ConfigError, from_table

    cfg = from_table({"calendar": {"holidays": ["2027-01-01..2027-01-03"], "workdays": []}})
    assert Calendar.from_config(cfg).year_known(2027)
    with pytest.raises(ConfigError, match="2027-13-01"):
        from_table({"calendar": {"holidays": ["2027-13-01"]}})


def test_load_calendar_file(tmp_path):
    f = tmp_path / "cal.toml"
    f.write_text('[calendar]\nholidays = ["2027-01-01"]\nworkdays = ["2027-02-14"]\n', encoding="utf-8")
    assert load_calendar_file(f) == (["2027-01-01"], ["2027-02-14"])
    with pytest.raises(ValueError, match="找不到日历文件"):
        load_calendar_file(tmp_path / "none.toml")
    f.write_text("holidays = [", encoding="utf-8")
    with pytest.raises(ValueError, match="TOML"):
        load_calendar_file(f)
    f.write_text('holidays = ["2027-01-01"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[calendar\]"):
        load_calendar_file(f)
    f.write_text('[calendar]\nholidays = ["x"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="'x'"):
        load_calendar_file(f)


def test_days_left():
    res = compute("meeting-docs", "2024-12-06")  # deadline Tue 2024-12-17
    assert days_left(res, date(2024, 12, 17)) == 0
    assert days_left(res, date(2024, 12, 13)) == 2  # Mon 16, Tue 17
    assert days_left(res, date(2024, 12, 20)) == -3
