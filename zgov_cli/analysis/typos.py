"""Doubled characters (ZG501): 的的, 工作作 — a character written twice where
no word, reduplication (看看, 高高兴兴) or name has it twice. Uses the
dictionary segmentation of :mod:`.segment` and ``data/reduplications.toml``."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import load_toml
from .segment import Vocab, segment, vocab_for
from .text import is_han
from ..lazyre import lazy_re


@dataclass(frozen=True)
class _Redup:
    pairs: dict[str, tuple[tuple[str, int], ...]]  # "AA" -> ((word, offset of AA), …)
    function_chars: frozenset[str]
    place_suffixes: frozenset[str]
    scope_chars: frozenset[str]
    numerals: frozenset[str]


@lru_cache(maxsize=None)
def redup_data() -> _Redup:
    d = load_toml("reduplications.toml")
    pairs: dict[str, list[tuple[str, int]]] = {}
    for w in d["words"]:
        for i in range(len(w) - 1):
            if w[i] == w[i + 1]:
                pairs.setdefault(w[i] * 2, []).append((w, i))
    chars = lambda key: frozenset(c for c in d[key] if not c.isspace())  # noqa: E731
    return _Redup(
        pairs={k: tuple(sorted(set(v), key=lambda x: -len(x[0]))) for k, v in pairs.items()},
        function_chars=chars("function_chars"),
        place_suffixes=chars("place_suffixes"),
        scope_chars=chars("scope_chars"),
        numerals=chars("numerals"),
    )


DOUBLE = lazy_re(r"(?=([\u3400-\u9fff])\1)")


def _in_word(text: str, i: int, data: _Redup) -> bool:
    """Is the pair text[i:i+2] part of a listed reduplicated word here?"""
    for w, off in data.pairs.get(text[i : i + 2], ()):
        s = i - off
        if s >= 0 and text[s : s + len(w)] == w:
            return True
    return False


def _aabb(text: str, i: int) -> bool:
    """AABB pattern around the pair at i (清清爽爽-like words not in the list)."""
    n = len(text)
    a = text[i]
    if i + 3 < n and text[i + 2] == text[i + 3] != a and is_han(text[i + 2]):
        return True
    if i >= 2 and text[i - 2] == text[i - 1] != a and is_han(text[i - 2]):
        return True
    return False


def clause(text: str, i: int) -> tuple[int, int]:
    """The run of Han characters around the pair at i (bounded)."""
    s = i
    while s > 0 and i - s < 16 and is_han(text[s - 1]):
        s -= 1
    e = i + 2
    while e < len(text) and e - i < 18 and is_han(text[e]):
        e += 1
    return s, e


def _tokens_at(text: str, i: int, vocab: Vocab) -> tuple[str, str] | None:
    """Segment the clause around i; the tokens holding text[i] and text[i+1],
    or None when one word holds both."""
    s, e = clause(text, i)
    pos = s
    tok_a = tok_b = None
    for tok in segment(text[s:e], vocab):
        end = pos + len(tok)
        if pos <= i < end:
            tok_a = (tok, pos)
        if pos <= i + 1 < end:
            tok_b = (tok, pos)
        pos = end
    if tok_a is None or tok_b is None or tok_a == tok_b:
        return None
    return tok_a[0], tok_b[0]


# aspect particles: a one-character token before one of them is a verb of
# its own (有关工作作了很多指示: 工作 + 作了), not a doubled character
_ASPECT = "了着过"


def _orphan_in_unknown_word(text: str, k: int, vocab: Vocab, place_suffix: bool) -> bool:
    """Is the lone character at ``k`` (beside a word holding the same
    character) part of a word the dictionary lacks? Decided by segmentation:
    the run of single characters around it, cut by jieba's character model
    (HMM), joins it to a neighbour (出库 + 库点, 带教 + 教师, 地调 + 调度); a
    verb before an aspect particle (工作 + 作了); a place level before the
    word it qualifies (重点县 + 县医院: 县 + 医院)."""
    from .hmm import words as hmm_words

    s, e = clause(text, min(k, len(text) - 2) if k >= len(text) - 1 else k)
    toks: list[tuple[int, str]] = []
    pos = s
    for tok in segment(text[s:e], vocab):
        toks.append((pos, tok))
        pos += len(tok)
    idx = next((n for n, (p0, t) in enumerate(toks) if p0 <= k < p0 + len(t)), None)
    if idx is None or len(toks[idx][1]) != 1:
        return False
    nxt = toks[idx + 1][1] if idx + 1 < len(toks) else ""
    if nxt[:1] and nxt[0] in _ASPECT:
        return True
    # (the name before it is a place's: three characters or more, 重点县 ××县)
    if place_suffix and len(nxt) >= 2 and idx > 0 and len(toks[idx - 1][1]) >= 3 \
            and toks[idx - 1][1].endswith(text[k]):
        return True
    lo = idx
    while lo > 0 and len(toks[lo - 1][1]) == 1:
        lo -= 1
    hi = idx
    while hi + 1 < len(toks) and len(toks[hi + 1][1]) == 1:
        hi += 1
    if hi == lo:
        return False
    if _known_piece(toks, lo, idx, hi, text, k):
        return True
    run = "".join(t for _, t in toks[lo:hi + 1])
    at = k - toks[lo][0]
    pos = 0
    for w in hmm_words(run):
        if pos <= at < pos + len(w):
            return len(w) > 1
        pos += len(w)
    return False


def _known_piece(toks: list[tuple[int, str]], lo: int, idx: int, hi: int, text: str, k: int) -> bool:
    """Does the lone character at ``k`` (token ``idx``) close or open, with
    the lone characters beside it (tokens ``lo``..``hi``), a word the
    dictionary knows — as a word of its own or as the tail or head of a
    longer entry (卒 + 中 before 中心: 卒中 ends the entry 脑卒中)? Then the
    boundary falls between the two copies and both sides are words."""
    from .segment import dict_has_part

    for s in range(lo, idx):
        if dict_has_part(text[toks[s][0] : k + 1], tail=True):
            return True
    for h in range(idx + 1, hi + 1):
        if dict_has_part(text[k : toks[h][0] + len(toks[h][1])], tail=False):
            return True
    return False


def _ends_a_name(text: str, i: int, vocab: Vocab) -> bool:
    """Does the lone character at ``i`` close a name, a word of two or more
    characters standing right before it (管理|股, not 任|股)?"""
    s, e = clause(text, i)
    pos, prev = s, ""
    for tok in segment(text[s:e], vocab):
        if pos == i:
            return len(prev) >= 2
        prev, pos = tok, pos + len(tok)
    return False


def candidates(text: str) -> list[int]:
    """Doubled Han characters not settled without segmentation (numerals,
    listed reduplications, AABB)."""
    data = redup_data()
    out: list[int] = []
    for m in DOUBLE.finditer(text):
        i = m.start()
        if i >= 2 and text[i - 2] == text[i - 1] == text[i]:
            continue  # deep in a run (请请请请…): its start and the pair after it are judged
        if text[i] in data.numerals or _in_word(text, i, data) or _aabb(text, i):
            continue
        out.append(i)
    return out


def doubled_typos(text: str, vocab: Vocab | None = None) -> list[int]:
    """Positions i where text[i] == text[i+1] is a doubled-character typo."""
    data = redup_data()
    cands = candidates(text)
    if not cands:
        return []
    if vocab is None:
        vocab = vocab_for({c for i in cands for c in text[slice(*clause(text, i))]})
    out: list[int] = []
    last = -10
    for i in cands:
        a = text[i]
        if i <= last + 1:  # triple 的的的: one finding
            continue
        toks = _tokens_at(text, i, vocab)
        if toks is None:
            continue
        ta, tb = toks
        if len(ta) == 1 and len(tb) == 1:
            # two single tokens: a typo for a function word (的的, 是是);
            # otherwise a measure-word/noun reduplication (件件, 年年)
            if a not in data.function_chars:
                continue
        elif len(ta) == 1 or len(tb) == 1:
            # one orphan beside a word with the same character: 防汛汛, 我们们
            # — but 目的的, 现在在 (function word) and 河南村村民, 辽阳镇镇长
            # (place name + title: the orphan 村/镇 on the left ends a name the
            # dictionary lacks) are correct. An orphan on the right after a
            # whole word (进行行) is the typo, unless that word is a scope
            # word (全县|县直, 本镇|镇村: the dictionary lacks 县直, 镇村).
            if a in data.function_chars:
                continue
            if len(ta) == 1 and tb == a + "长" and _ends_a_name(text, i, vocab):
                continue  # 水资源管理股|股长, 治安大队|队长: a unit's name, then its head
            if a in data.place_suffixes and (len(ta) == 1 or (len(ta) == 2 and ta[0] in data.scope_chars)):
                continue
            if _orphan_in_unknown_word(text, i if len(ta) == 1 else i + 1, vocab, a in data.place_suffixes):
                continue
        else:
            continue  # two words meeting: 法规规定, 煤矿矿长, 工作作为
        out.append(i)
        last = i
    return out
