"""`zgov rule CODE` stays short for a clerk: ZG101's long tail of readings,
class by class, lives in a data file both profiles share and is shown with
--detail (and always in the JSON's "details")."""
from __future__ import annotations

import json
import re

import pytest

from zgov_cli.data import load_toml
from zgov_cli.profiles import load_profile
from zgov_cli.rules.base import rule_meta
from zgov_cli.rules.registry import all_rules

DETAILS = load_toml("zg101_details.toml")["group"]
ITEMS = [i for g in DETAILS for i in g["items"]]


def _section(out: str, label: str) -> str:
    m = re.search(rf"^{label}\n(.*?)(?:\n\n|\Z)", out, flags=re.S | re.M)
    assert m, out[:400]
    return m.group(1)


def test_details_are_grouped_by_class_with_no_repeats():
    assert [g["heading"] for g in DETAILS] == ["哪些话是请求，哪些不是", "作者自己的说法为准", "算同一事项的",
                                              "算不同事项的", "指代、简称和关键词", "错误还是提示（把握程度）"]
    assert all(g["items"] for g in DETAILS)
    assert len(ITEMS) == len(set(ITEMS)) >= 80
    assert all(not i.endswith(("。", "；")) for i in ITEMS)  # the renderer ends each


@pytest.mark.parametrize("profile", ["zezhou", "national"])
def test_explanation_is_short_and_the_details_shared(profile):
    meta = rule_meta(all_rules()["ZG101"], load_profile(profile))
    assert len(meta["explanation"]) < 1200
    assert "一、找出请求" in meta["explanation"] and "二、归并为事项" in meta["explanation"]
    # …and how sure a split is: an error, or a hint for the clerk to judge
    assert "三、说明把握" in meta["explanation"] and "提示" in meta["explanation"]
    assert meta["details"] == [{"heading": g["heading"], "items": g["items"]} for g in DETAILS]
    # no reading is said twice, once in the explanation and once as a detail
    assert not [i for i in ITEMS if i in meta["explanation"]]


def test_rule_text_points_to_the_details_and_detail_prints_them(zgov):
    short = zgov("rule", "ZG101")
    assert short.code == 0
    said = _section(short.stdout, "说明")
    assert f"细则 {len(ITEMS)} 条" in said and "zgov rule ZG101 --detail" in said
    assert ITEMS[0] not in short.stdout
    full = zgov("rule", "ZG101", "--detail")
    assert full.code == 0
    flat = full.stdout.replace("\n", "")
    for g in DETAILS:
        assert f"细则 · {g['heading']}" in full.stdout
    assert all(i[:30] in flat for i in ITEMS)
    assert len(full.stdout) > len(short.stdout) + sum(map(len, ITEMS))


def test_rules_without_details_say_nothing_of_them(zgov):
    r = zgov("rule", "ZG102", "--detail")
    assert r.code == 0 and "细则" not in r.stdout
    meta = json.loads(zgov("rule", "ZG102", "--format", "json").stdout)
    assert meta["details"] == []
