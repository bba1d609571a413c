"""Words the dictionary lacks, found the way jieba's HMM mode finds them.

A run of single characters that the dictionary cut leaves (``库`` ``点`` in
出库库点, ``带`` ``教`` in 带教教师) may be a word the dictionary does not
know. jieba's character model (B/M/E/S: begin, middle, end of a word, single)
says how likely each character is in each position; the most likely tag
sequence over the run (Viterbi) groups the characters into words.

The model's tables are read from the installed jieba package (located, not
imported: importing jieba costs its start-up time); the decoding below is
ours. Used by ZG501 to tell a doubled-character typo (防汛汛工作: 汛 stays
alone) from two words meeting where one of them is missing from the
dictionary (出库 + 库点).
"""
from __future__ import annotations

import importlib.util
import os
import pickle
from functools import lru_cache

STATES = "BMES"
# which tags may follow which (a word is S, or B M* E)
_NEXT = {"B": "ME", "M": "ME", "E": "BS", "S": "BS"}
_FLOOR = -3.14e100


@lru_cache(maxsize=1)
def _model() -> tuple[dict, dict, dict] | None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        return None
    base = os.path.join(list(spec.submodule_search_locations)[0], "finalseg")
    tables = []
    for name in ("prob_start.p", "prob_trans.p", "prob_emit.p"):
        path = os.path.join(base, name)
        if not os.path.exists(path):  # pragma: no cover
            return None
        with open(path, "rb") as f:
            tables.append(pickle.load(f))  # noqa: S301 (the installed package's own data)
    return tables[0], tables[1], tables[2]


def tags(run: str) -> str | None:
    """The most likely B/M/E/S tag of each character of ``run`` (None when
    jieba's model is not available)."""
    model = _model()
    if model is None or not run:
        return None
    start, trans, emit = model
    # best[state] = (log probability, tags so far)
    best = {s: (start.get(s, _FLOOR) + emit[s].get(run[0], _FLOOR), s) for s in STATES}
    for ch in run[1:]:
        nxt = {}
        for s in STATES:
            e = emit[s].get(ch, _FLOOR)
            cands = [(p + trans[prev].get(s, _FLOOR) + e, path + s)
                     for prev, (p, path) in best.items() if s in _NEXT[prev]]
            nxt[s] = max(cands)
        best = nxt
    # a run ends a word: its last tag is E or S
    return max(best["E"], best["S"])[1]


def words(run: str) -> list[str]:
    """``run`` cut into the words the tags mark."""
    t = tags(run)
    if t is None:
        return list(run)
    out, cur = [], ""
    for ch, tag in zip(run, t):
        cur += ch
        if tag in "ES":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out
