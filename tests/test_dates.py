"""Chinese date parsing (zgov_cli.analysis.dates)."""
from datetime import date

import pytest

from zgov_cli.analysis.dates import find_dates, parse_cn_date


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2025年3月6日", date(2025, 3, 6)),
        ("2025年03月06日", date(2025, 3, 6)),
        ("二〇二五年三月六日", date(2025, 3, 6)),
        ("二〇二五年十二月二十六日", date(2025, 12, 26)),
        ("二○二四年十月三十一日", date(2024, 10, 31)),
        ("二〇二四年十一月十日", date(2024, 11, 10)),
        ("２０２５年３月６日", date(2025, 3, 6)),
        ("2025 年 3 月 6 日", date(2025, 3, 6)),
        ("2025.3.6", date(2025, 3, 6)),
        ("2025-03-06", date(2025, 3, 6)),
        ("2025/3/6", date(2025, 3, 6)),
        ("拟于2025年1月20日召开全县大会", date(2025, 1, 20)),
    ],
)
def test_parse_forms(text, expected):
    assert parse_cn_date(text) == expected


def test_month_day_needs_year():
    assert parse_cn_date("拟于3月14日召开") is None
    assert parse_cn_date("拟于3月14日召开", default_year=2025) == date(2025, 3, 14)
    assert parse_cn_date("十二月二十六日", default_year=2025) == date(2025, 12, 26)


def test_invalid_and_absent():
    assert parse_cn_date("2025年2月30日") is None
    assert parse_cn_date("没有日期") is None
    assert parse_cn_date("") is None
    assert parse_cn_date("第3条第14款") is None
    # a phone number or 文号 is not a date
    assert parse_cn_date("电话：0356-1234567") is None
    assert parse_cn_date("泽政发〔2024〕32号") is None


def test_find_dates_order_spans_no_double_count():
    text = "会议于2025年3月14日召开，要求3月20日前报送，12月1日完成。"
    hits = find_dates(text, default_year=2025)
    assert [h[0] for h in hits] == [date(2025, 3, 14), date(2025, 3, 20), date(2025, 12, 1)]
    for d, (s, e), raw in hits:
        assert text[s:e] == raw
    assert hits[0][2] == "2025年3月14日"


def test_find_dates_without_default_year_skips_month_day():
    hits = find_dates("2025年3月14日和4月1日", None)
    assert [h[0] for h in hits] == [date(2025, 3, 14)]
