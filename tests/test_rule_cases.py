"""Rule cases kept as data (tests/cases/*.toml), run by one harness.

Each case is a whole small document with the codes it must raise and must
not raise (see tests/cases/README.md). A case names the class of wording or
layout it stands for in ``note``, so a regression says what broke.
"""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from zgov_cli.examples import run_example
from zgov_cli.rules.base import Example

CASES_DIR = Path(__file__).parent / "cases"


def _load() -> list:
    params = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        rule = data.get("rule")
        seen: set[str] = set()
        for case in data.get("case", []):
            name = case["name"]
            assert name not in seen, f"{path.name}: duplicate case name {name}"
            seen.add(name)
            expect = list(case.get("expect", []))
            forbid = list(case.get("forbid", []))
            if "fires" in case:
                assert rule, f"{path.name}::{name}: 'fires' needs a file-level 'rule'"
                (expect if case["fires"] else forbid).append(rule)
            assert expect or forbid or case.get("at_most"), f"{path.name}::{name}: nothing to assert"
            params.append(pytest.param(case, expect, forbid, id=f"{path.stem}::{name}"))
    return params


def _matches(code: str, pattern: str) -> bool:
    return code == pattern or code.startswith(pattern)


@pytest.mark.parametrize(("case", "expect", "forbid"), _load())
def test_rule_case(case, expect, forbid):
    _, findings = run_example(Example(case["text"].strip("\n"), dict(case.get("options", {}))))
    got = {f.code for f in findings}
    note = case.get("note", "")
    missed = [c for c in expect if not any(_matches(g, c) for g in got)]
    assert not missed, f"did not fire: {missed} ({note})"
    wrong = sorted({f"{f.code}: {f.evidence}" for f in findings
                    if f.code not in expect and any(_matches(f.code, p) for p in forbid)})
    assert not wrong, f"fired but must not: {wrong} ({note})"
    # severity = { ZG101 = "info" }: how sure the finding must be said
    for code, sev in case.get("severity", {}).items():
        said = sorted({f.severity for f in findings if f.code == code})
        assert said == [sev], f"{code} said as {said}, not {sev} ({note})"
    # at_most = { ZG101 = "info" }: no finding of the code said more surely
    # (a hint is allowed, an error or a warning is not)
    rank = {"info": 0, "warning": 1, "error": 2}
    for code, sev in case.get("at_most", {}).items():
        said = sorted({f.severity for f in findings if f.code == code})
        assert all(rank[s] <= rank[sev] for s in said), f"{code} said as {said}, above {sev} ({note})"
    # says = { ZG101 = "2项" }: words the finding's message must contain
    for code, words in case.get("says", {}).items():
        said = [f.message for f in findings if f.code == code]
        assert any(words in m for m in said), f"{code} does not say {words!r}: {said} ({note})"
