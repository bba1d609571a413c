"""Misquoted 规范提法 (ZG504): the canonical formulations of
``data/phrases.toml`` found written with a word changed, dropped or added
(edit distance over whole phrases, certain where the wrong form is known)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..data import load_toml
from ..lazyre import LazyPattern, lazy_re
from .numerals import DIGITS_1_9
from .. import lazyre as lre


_NUMS = DIGITS_1_9 + "两十"  # 两 counts as well (两个)


@dataclass(frozen=True)
class _Phrase:
    canonical: str
    note: str
    wrong: tuple[str, ...]
    wrong_quoted: tuple[str, ...]
    numeral_re: LazyPattern | None  # compiled when its suffix is first in a paragraph
    numeral: str
    counter: str
    suffix: str
    numeral_scope: str
    context_after: tuple[str, ...]
    exclude_numerals: frozenset[str]
    after_exclude: tuple[str, ...]
    fuzzy: bool
    anchors: tuple[str, ...]
    max_distance: int
    allowed: tuple[str, ...]
    pattern: re.Pattern | None
    replace: str
    since: int | None = None  # the year the formulation was first put forward


@lru_cache(maxsize=None)
def phrases() -> tuple[_Phrase, ...]:
    out = []
    for d in load_toml("phrases.toml")["phrase"]:
        counter = d.get("counter", "个")
        suffix = d.get("suffix", "")
        numeral = d.get("numeral", "")
        out.append(
            _Phrase(
                canonical=d["canonical"],
                note=d.get("note", ""),
                wrong=tuple(d.get("wrong", ())),
                wrong_quoted=tuple(d.get("wrong_quoted", ())),
                numeral_re=lazy_re(rf"(?<![第{_NUMS}百千])([{_NUMS}]){re.escape(counter)}{re.escape(suffix)}")
                if numeral and suffix
                else None,
                numeral=numeral,
                counter=counter,
                suffix=suffix,
                numeral_scope=d.get("numeral_scope", "any"),
                context_after=tuple(d.get("context_after", ())),
                exclude_numerals=frozenset(d.get("exclude_numerals", ())) | {"一"},
                after_exclude=tuple(d.get("after_exclude", ())),
                fuzzy=bool(d.get("fuzzy", False)),
                anchors=tuple(d.get("anchors", ())),
                max_distance=int(d.get("max_distance", 1)),
                allowed=tuple(d.get("allowed", ())),
                pattern=lre.compile(d["pattern"]) if d.get("pattern") else None,
                replace=d.get("replace", ""),
                since=d.get("since"),
            )
        )
    return tuple(out)


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0 and s:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


@dataclass
class Misquote:
    start: int
    end: int
    found: str
    canonical: str
    note: str
    fix: str | None  # replacement for `found` when certain
    since: int | None = None  # the canonical formulation exists from this year on


def _triggers(ph: _Phrase) -> tuple[str, ...]:
    """The texts without one of which ``ph`` can find nothing in a
    paragraph: its wrong forms (quoted ones contain them), the suffix its
    numeral pattern needs, the anchors of its near-miss search."""
    keys = list(ph.wrong) + list(ph.wrong_quoted)
    if ph.numeral_re is not None:
        keys.append(ph.suffix)
    if ph.fuzzy:
        keys += ph.anchors
    return tuple(k for k in keys if k)


@lru_cache(maxsize=1)
def _scanner() -> tuple[re.Pattern, dict[str, tuple[int, ...]], tuple[int, ...]]:
    """One scan of a paragraph for every phrase's triggers at once.

    The pattern is the alternation of all trigger texts, longest first, so
    that at each position it matches the longest trigger starting there;
    every shorter trigger starting there is a prefix of it, and any trigger
    inside a matched one is found through ``closure`` (trigger → the
    phrases of every trigger it contains). Phrases with a free-form
    ``pattern`` are always tried."""
    owners: dict[str, set[int]] = {}
    always: list[int] = []
    for i, ph in enumerate(phrases()):
        if ph.pattern is not None:
            always.append(i)
        for t in _triggers(ph):
            owners.setdefault(t, set()).add(i)
    closure = {t: tuple(sorted(set().union(*(owners[u] for u in owners if u in t)))) for t in owners}
    alternation = "|".join(re.escape(t) for t in sorted(owners, key=lambda t: (-len(t), t)))
    return lre.compile(alternation or "(?!)"), closure, tuple(always)


def _candidates(text: str) -> list[_Phrase]:
    """The phrases that may find something in ``text``, in their order."""
    pat, closure, always = _scanner()
    hit = set(always)
    search, pos = pat.search, 0
    while True:
        m = search(text, pos)
        if m is None:
            break
        hit.update(closure[m.group()])
        pos = m.start() + 1
    phs = phrases()
    return [phs[i] for i in sorted(hit)]


def misquotes(text: str, *, starts_broken: bool = False, ends_broken_: bool = False) -> list[Misquote]:
    """Misquoted 规范提法 in one paragraph. ``starts_broken``/``ends_broken_``
    say the paragraph may continue from / into a neighbour (page break): a
    near-miss touching that edge may be a cut-off correct phrase.

    One combined scan (:func:`_candidates`) picks the phrases whose
    triggers occur; only those are searched in detail."""
    out: list[Misquote] = []
    for ph in _candidates(text):
        canon_spans = _spans(text, ph.canonical)
        inside_canon = lambda s, e: any(cs <= s and e <= ce for cs, ce in canon_spans)  # noqa: E731
        for w in ph.wrong:
            for s, e in _spans(text, w):
                if not inside_canon(s, e):
                    out.append(Misquote(s, e, w, ph.canonical, ph.note, _certain(w, ph.canonical)))
        for w in ph.wrong_quoted:
            for s, e in _spans(text, f"“{w}”"):
                out.append(Misquote(s + 1, e - 1, w, ph.canonical, ph.note, _certain(w, ph.canonical)))
        if ph.numeral_re is not None and ph.suffix in text:
            for m in ph.numeral_re.finditer(text):
                num = m.group(1)
                if num == ph.numeral or num in ph.exclude_numerals:
                    continue
                rest = text[m.end() :]
                if any(rest.startswith(x) for x in ph.after_exclude):
                    continue
                if ph.numeral_scope == "quoted":
                    quoted = m.start() > 0 and text[m.start() - 1] == "“" and rest.startswith("”")
                    if not quoted and not any(rest.lstrip("”").startswith(c) for c in ph.context_after):
                        continue
                fixed = ph.numeral + m.group(0)[1:]
                out.append(Misquote(m.start(), m.end(), m.group(0), ph.canonical, ph.note, fixed))
        if ph.pattern is not None:
            for m in ph.pattern.finditer(text):
                out.append(Misquote(m.start(), m.end(), m.group(0), ph.canonical, ph.note, m.expand(ph.replace)))
        if ph.fuzzy:
            out.extend(_fuzzy(text, ph, starts_broken, ends_broken_))
    since = {ph.canonical: ph.since for ph in phrases() if ph.since}
    for q in out:
        q.since = since.get(q.canonical)
    # one finding per place: keep the first of overlapping results
    out.sort(key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Misquote] = []
    for q in out:
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept


def _certain(wrong: str, canonical: str) -> str | None:
    """The canonical text as a replacement when the misquote is a variant of
    the whole formulation (a changed, missing, extra or swapped character),
    not a fragment of its explanation."""
    if sorted(wrong) == sorted(canonical) or (abs(len(wrong) - len(canonical)) <= 2 and levenshtein(wrong, canonical) <= 2):
        return canonical
    it = iter(canonical)
    if len(canonical) - len(wrong) <= 4 and all(c in it for c in wrong):  # words left out
        return canonical
    return None


def _fuzzy(text: str, ph: _Phrase, starts_broken: bool, ends_broken_: bool) -> list[Misquote]:
    canon, L, md = ph.canonical, len(ph.canonical), ph.max_distance
    allowed_spans = [sp for a in ph.allowed for sp in _spans(text, a)]
    found: list[Misquote] = []
    for anchor in ph.anchors:
        off = canon.find(anchor)
        for a_s, a_e in _spans(text, anchor):
            lo, hi = a_s - off - md, a_s - off + L + md
            if (lo < 0 and starts_broken) or (hi > len(text) and ends_broken_):
                continue  # may be a correct phrase cut by a page break
            if a_s - off >= 0 and text.startswith(canon, a_s - off):
                continue  # the phrase itself around the anchor: no edit is fewer than none
            best: tuple[int, int, int] | None = None
            for s in range(max(0, a_s - off - md), min(a_s, a_s - off + md) + 1):
                for e in range(max(a_e, s + L - md), min(len(text), s + L + md) + 1):
                    d = levenshtein(text[s:e], canon)
                    # fewest edits, then edges that agree with the phrase, then shortest
                    key = (d, -((text[s] == canon[0]) + (text[e - 1] == canon[-1])), e - s, s)
                    if best is None or key < best[0]:
                        best = (key, s, e)
            if best is None:
                continue
            (d, *_), s, e = best
            if d == 0 or d > md:
                continue
            if any(as_ <= s and e <= ae for as_, ae in allowed_spans):
                continue
            found.append(Misquote(s, e, text[s:e], canon, ph.note, canon))
    return found
