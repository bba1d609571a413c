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


_LABEL = re.compile(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[一二三四五六七八九十]是|\d+[．.、]|附件|以上|上述|综上|@)")
_ONE_ASK = re.compile(r"[^。！？]*(?:请|恳请|特请)[^。！？]*[。！？]")
_CLOSING = re.compile(r"妥否|当否|是否妥当|请批示|请审批|请批复|请审定")


# a sentence that turns to another topic (此外，…) or says it raises another
# matter (附带请示一事：…)
_TURN = re.compile(r"(?:此外|另外|还有|再者|另)[，,]|(?:附带|顺带|顺便|另外?|此外|还有)[\u4e00-\u9fff]{0,4}?一(?:件|个|项)?(?:事|问题|事项)")


def _join(text: str) -> str:
    # a paragraph of one sentence that turns to another topic and asks, run
    # on into the paragraph before it: where the break falls is the writer's
    # layout (or lost in a copy from the web), not what the draft asks — no
    # labelled entry, no summing ask and no closing formula is joined. (Any
    # one-sentence ask run on flips 44 of the 362 rule cases so joined, 75
    # before paragraphs were read as units: see eval/rewordings.py -p join.)
    lines = text.split("\n")
    out: list[str] = []
    body = False
    for ln in lines:
        prev = out[-1] if out else ""
        if body and prev.endswith("。") and not _LABEL.match(prev) and not _LABEL.match(ln) \
                and _ONE_ASK.fullmatch(ln) and not _CLOSING.search(ln) and _TURN.match(ln):
            out[-1] = prev + ln
            continue
        body = body or (ln.endswith("：") and not ln.startswith("@"))
        out.append(ln)
    return "\n".join(out)


_CN = "一二三四五六七八九十"


def _levels(text: str) -> str:
    # the writer's numbering one level down throughout (一、 → （一）,
    # （一） → 1.): a short 请示 may start at any level of GB/T 9704's order
    def line(ln: str) -> str:
        ln = re.sub(r"^（([一二三四五六七八九十])）", lambda m: f"{_CN.index(m.group(1)) + 1}．", ln)
        return re.sub(r"^([一二三四五六七八九十])、", r"（\1）", ln)
    if not re.search(r"^[一二三四五六七八九十]、", text, re.M) or re.search(r"^\d+[．.]", text, re.M):
        return text  # (a draft that does not start at 一、, or already uses 1.: no room below)
    return "\n".join(line(ln) for ln in text.split("\n"))


REWORDINGS = {"marker": _marker, "addressee": _addressee, "join": _join, "levels": _levels}


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
