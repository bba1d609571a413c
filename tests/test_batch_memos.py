"""What a batch works out once (issue 15) answers as working it out again
would: an organisation's kind per name and hierarchy, the active rules per
selection and profile. No timing here."""
from __future__ import annotations

from dataclasses import replace

from zgov_cli.analysis import orgs as orgs_mod
from zgov_cli.config import Config, Orgs
from zgov_cli.engine import CheckOptions, active_rules


def test_an_org_kind_is_kept_per_hierarchy_not_per_name_alone():
    name = "泽州县农机服务中心站"
    plain = orgs_mod.classify(name)
    assert plain == orgs_mod._classify(name, Orgs())
    other = Orgs(county="高平市", county_short="高平", superiors=["晋城市"], townships=[], departments=[])
    assert orgs_mod.classify(name, other) == orgs_mod._classify(name, other) != plain
    listed = Orgs(departments=["农机中心"])
    assert orgs_mod.classify("农机中心", listed) == orgs_mod.COUNTY_DEPT
    assert orgs_mod.classify("农机中心") == orgs_mod._classify("农机中心", Orgs())
    assert orgs_mod.classify(name) == plain  # asked again after the others: the same answer


def _codes(rules) -> list[str]:
    return [r.code for r in rules]


def test_active_rules_follow_the_selection_and_the_profile_object():
    cfg = Config()
    every = _codes(active_rules(cfg, CheckOptions()))
    assert len(every) > 20 and _codes(active_rules(cfg, CheckOptions())) == every
    assert _codes(active_rules(cfg, CheckOptions(select=["ZG5"]))) == [c for c in every if c.startswith("ZG5")]
    assert _codes(active_rules(cfg, CheckOptions(ignore=["ZG1"]))) == [c for c in every if not c.startswith("ZG1")]
    off = replace(cfg.profile, rules={**cfg.profile.rules, every[0]: {"enabled": False}})
    assert _codes(active_rules(replace(cfg, profile=off), CheckOptions())) == every[1:]
    assert _codes(active_rules(cfg, CheckOptions())) == every
    listed = active_rules(cfg, CheckOptions())
    listed.clear()  # a caller's list is its own
    assert _codes(active_rules(cfg, CheckOptions())) == every
