"""Every registered rule documents itself and proves it with examples.

For EVERY rule in the registry (whatever family): complete metadata (title,
severity, explanation, triggers, non_triggers, fix hint; under every built-in
profile that runs it, an article whose cited texts exist in the profile), at
least one bad and one good example, each
bad example raising the rule's code and each good example not raising it.
Parametrised by code so a failure names the rule.
"""
from __future__ import annotations

import re

import pytest

from zgov_cli.examples import run_example
from zgov_cli.model import SEVERITIES
from zgov_cli.profiles import builtin_names, load_profile
from zgov_cli.rules.base import rule_meta
from zgov_cli.rules.registry import all_rules

RULES = all_rules()
CODES = sorted(RULES)


def test_registry_covers_the_spec_catalog():
    # SPEC §6: codes are stable; each family present
    for code in ("ZG101", "ZG102", "ZG103", "ZG104", "ZG105", "ZG106", "ZG107", "ZG108", "ZG109", "ZG201"):
        assert code in RULES, code
    assert all(re.fullmatch(r"ZG[1-9]\d{2}", c) for c in CODES)


@pytest.mark.parametrize("code", CODES)
def test_metadata_complete(code):
    rule = RULES[code]
    assert rule.code == code
    assert rule.title and rule.title.strip(), "title"
    assert rule.severity in SEVERITIES, rule.severity
    for attr in ("explanation", "triggers", "non_triggers", "fix_hint"):
        value = getattr(rule, attr)
        assert isinstance(value, str) and len(value.strip()) >= 8, f"{code}.{attr} missing or too short"
    # user-facing text is Chinese
    assert re.search(r"[\u4e00-\u9fff]", rule.title), "title should be Chinese"
    assert re.search(r"[\u4e00-\u9fff]", rule.explanation)
    meta = rule_meta(rule)
    assert meta["bad"] and meta["good"]
    for name in builtin_names():
        profile = load_profile(name)
        if not profile.enabled(code):
            continue
        assert profile.article(code).strip(), f"{code}: no article in profile {name}"
        for key in profile.article_keys(code):
            assert key in profile.articles, f"{code}: article key {key!r} has no text in profile {name}"
        if profile.article_keys(code):
            assert rule_meta(rule, profile)["article_text"], f"{code}: article text empty in profile {name}"


@pytest.mark.parametrize("code", CODES)
def test_has_bad_and_good_examples(code):
    rule = RULES[code]
    assert len(rule.bad) >= 1, f"{code} has no bad example"
    assert len(rule.good) >= 1, f"{code} has no good example"


@pytest.mark.parametrize("code", CODES)
def test_bad_examples_fire(code):
    rule = RULES[code]
    for i, ex in enumerate(rule.bad):
        _, findings = run_example(ex)
        got = [f for f in findings if f.code == code]
        assert got, f"{code} bad example #{i + 1} did not fire ({ex.note})"
        for f in got:
            assert f.message and f.evidence, f"{code}: finding without message or evidence"
            assert f.severity in SEVERITIES
            assert f.article == load_profile().article(code)


@pytest.mark.parametrize("code", CODES)
def test_good_examples_are_clean(code):
    rule = RULES[code]
    for i, ex in enumerate(rule.good):
        _, findings = run_example(ex)
        got = [f.evidence for f in findings if f.code == code]
        assert not got, f"{code} good example #{i + 1} fired: {got} ({ex.note})"
