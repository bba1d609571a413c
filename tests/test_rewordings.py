"""Rewordings that mean the same must not change a verdict (metamorphic
checks over the rule cases kept as data, tests/cases/*.toml).

A 请示 that asks with 特请 asks as one with 恳请 does; a township renamed is
the same draft about another place. When such a swap changes what ZG101 or
ZG102 says, the model keyed on a word, not on how the sentence is built —
the failure this suite exists to catch early (issue 10).
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from zgov_cli.examples import run_example
from zgov_cli.rules.base import Example

CASES_DIR = Path(__file__).parent / "cases"
CODES = ("ZG101", "ZG102")


def _marker(text: str) -> str:
    # 恳请 → 特请: both strong markers that only ever ask upward
    return text.replace("恳请", "特请")


def _addressee(text: str) -> str:
    # 县政府 → 县人民政府 in the body: one body by its short and full name
    head, _, body = text.partition("\n")
    return head + "\n" + re.sub(r"(?<!人民)(?<=县)政府", "人民政府", body)


REWORDINGS = {"marker": _marker, "addressee": _addressee}


def _cases() -> list:
    out = []
    for path in sorted(CASES_DIR.glob("asks*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            text = case["text"].strip("\n")
            title = text.split("\n", 1)[0]
            if not (title.startswith("@title") and ("请示" in text or "报告" in title)):
                continue  # (the rules at stake read a 请示 or a 报告)
            for name, f in REWORDINGS.items():
                if f(text) != text:
                    out.append(pytest.param(case, f, id=f"{path.stem}::{case['name']}::{name}"))
    return out


def _verdict(text: str, options: dict) -> dict[str, tuple[str, ...]]:
    _, findings = run_example(Example(text, options))
    return {c: tuple(sorted({f.severity for f in findings if f.code == c})) for c in CODES}


@pytest.mark.parametrize("case,reword", _cases())
def test_a_rewording_of_one_meaning_keeps_the_verdict(case, reword):
    text = case["text"].strip("\n")
    options = dict(case.get("options", {}))
    assert _verdict(reword(text), options) == _verdict(text, options), case.get("note", "")
