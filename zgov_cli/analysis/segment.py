"""Chinese word segmentation: jieba's dictionary and jieba's HMM-free
algorithm, without jieba's start-up.

``import jieba`` followed by its first cut costs 1–2 s per process (it builds
or unpickles a prefix dictionary of 350 000 words; ``jieba.posseg`` then reads
the dictionary again for the POS tags and imports a 4 MB HMM model). The
rules need only a few short clauses cut, so this module reads jieba's
``dict.txt`` once as one string (≈0.05–0.1 s) and takes from it only the
words made of the characters of the texts it is given (the lines where a few
rare characters occur, or one regular-expression scan, ≈0.03 s, for many;
remembered per process, and the whole dictionary once a long-running
process has made as many scans as reading it all costs — counted, not
timed, so that what is read never depends on the machine's load). :func:`expect` announces texts that are
likely to be cut so that one scan serves them all. On those words it runs
jieba's own DAG / maximum-probability route with jieba's block splitting, so
that

* :func:`cut` equals ``jieba.lcut(text, HMM=False)``;
* :func:`pos_cut` equals ``[(p.word, p.flag) for p in
  jieba.posseg.lcut(text, HMM=False)]`` — the flag is the third column of
  ``dict.txt``; a word not in the dictionary gets ``x``, a run of ASCII
  letters/digits cut into single characters is joined and gets ``eng``;
* :meth:`Segmenter.add_words` behaves like ``jieba.add_word(word, tag=…)``
  (same suggested frequency, same update of the total), on a segmenter of
  its own: jieba's global tokenizer is never touched.

``tests/test_segment.py`` checks these equalities on real text. There is no
HMM: a run of characters that no dictionary word covers is cut into single
characters (jieba's default ``HMM=True`` would guess new words there, e.g.
巴公镇, 投用). ZG101 used ``posseg`` with HMM before; over the asks of every
test case, sample, fixture and corpus 请示 its key words differed in 3 of 100
texts (such guessed words only) and its verdicts in none.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable
from ..lazyre import lazy_re
from .. import lazyre as lre

# jieba 0.42's block patterns: jieba/__init__.py (cut) and jieba/posseg (pos)
_HAN_CUT = lazy_re("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_HAN_POS = lazy_re("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_SKIP = lazy_re(r"(\r\n|\s)")
_ENG_CHAR = lazy_re("[a-zA-Z0-9]")  # jieba.re_eng
_ENG1 = lazy_re("^[a-zA-Z0-9]$")  # posseg.re_eng1
_ENG = lazy_re("[a-zA-Z0-9]+")  # posseg.re_eng
_NUM = lazy_re(r"[\.0-9]+")  # posseg.re_num

# dict.txt size in bytes → its total frequency (jieba's ``total``), so that
# the total need not be summed over 350 000 lines at every start
_KNOWN_TOTALS = {5071852: 60101967}


# ---------------------------------------------------------------- dictionary
@lru_cache(maxsize=1)
def _dict() -> tuple[str, int]:
    """jieba's dict.txt as one string (lines ``word freq tag``, each after a
    newline) and its total frequency. jieba is located, not imported."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover
        raise RuntimeError("jieba is not installed")
    path = os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")
    with open(path, encoding="utf-8") as f:
        text = "\n" + f.read()
    total = _KNOWN_TOTALS.get(os.path.getsize(path)) or sum(map(int, lre.findall(r" (\d+)", text)))
    return text, total


def _jieba_dict() -> tuple[str, float]:
    """The dictionary text and log(total frequency)."""
    text, total = _dict()
    return text, math.log(total)


def _total() -> int:
    return _dict()[1]



def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


class _AllChars(frozenset):
    """Stands for every character once the whole dictionary is read."""

    def __contains__(self, c: object) -> bool:
        return True


_EVERY_CHAR = _AllChars()
# Dictionary scans (one regular-expression pass = 1; a visit of lines =
# lines / _VISIT_LINES) after which the whole dictionary is read at once:
# reading it all (≈0.35 s) costs about as much as ten passes (≈0.03 s each).
_ALL_AFTER = 10.0
_VISIT_LINES = 2000  # lines a visit may take before one pass is cheaper


class _Words:
    """The dictionary words made only of the characters seen so far, with
    frequency and POS tag. Grows as texts with new characters come."""

    def __init__(self) -> None:
        self.chars: set[str] | _AllChars = set()
        self.freq: dict[str, int] = {}
        self.tag: dict[str, str] = {}
        self.maxlen = 1
        self.scans = 0.0  # dictionary scans made by cover(), see _ALL_AFTER
        self.pending: set[str] = set()  # see expect()
        self._prefix_known: dict[str, bool] = {}  # is_prefix's answers

    def expect(self, chars: Iterable[str]) -> None:
        """Characters of texts likely to be cut soon: taken with the next
        scan of the dictionary rather than in scans of their own."""
        self.pending.update(chars)

    def cover(self, chars: Iterable[str]) -> None:
        new = {c for c in chars if c not in self.chars and not c.isspace()}
        if not new:
            return
        if self.pending:
            new |= {c for c in self.pending if c not in self.chars and not c.isspace()}
            self.pending = set()
        text = _dict()[0]
        self.chars |= new
        if self.scans >= _ALL_AFTER:
            # this process has scanned the dictionary as often as reading
            # it whole would cost: read it all, once
            for m in lre.finditer("\n([^ \n]+) (\\d+) ([^ \n]+)", text):
                self._add(m.group(1), int(m.group(2)), m.group(3))
            self.chars = _EVERY_CHAR
            return
        visited = -1 if len(new) > 24 else self._visit(new, text)
        if visited < 0:
            # one regular-expression pass over the dictionary (≈0.02–0.04 s)
            # (made from the characters seen: re.compile, not kept between runs)
            pat = re.compile(
                "\n(?=[^ \n]*" + _char_class(new) + ")(" + _char_class(self.chars) + "+) (\\d+) ([^ \n]+)"
            )
            for m in pat.finditer(text):
                self._add(m.group(1), int(m.group(2)), m.group(3))
            self.scans += 1
        else:
            self.scans += visited / _VISIT_LINES

    def _visit(self, new: set[str], text: str, budget: int = _VISIT_LINES) -> int:
        """Take the words holding a few new characters by visiting the lines
        where each occurs (str.find, in C); the number of lines visited, or
        -1 (given up) past ``budget`` lines, when one regular-expression
        pass is cheaper (common characters such as 大 start thousands of
        words)."""
        chars, find, rfind = self.chars, text.find, text.rfind
        lines = 0
        for c in new:
            i = find(c)
            while i != -1:
                lines += 1
                if lines > budget:
                    return -1
                s = rfind("\n", 0, i) + 1
                e = find("\n", i)
                if e == -1:
                    e = len(text)
                w, _, rest = text[s:e].partition(" ")
                if all(ch in chars for ch in w):
                    f, _, tag = rest.partition(" ")
                    self._add(w, int(f), tag.strip())
                i = find(c, e)
        return lines

    def _add(self, w: str, f: int, tag: str) -> None:
        self.freq[w] = f
        self.tag[w] = tag
        if len(w) > self.maxlen:
            self.maxlen = len(w)

    def is_prefix(self, s: str) -> bool:
        """Whether some dictionary entry starts with ``s`` (jieba's prefix
        dictionary holds ``s`` with frequency 0 or more)."""
        known = self._prefix_known.get(s)
        if known is None:
            self.want_prefixes([s])
            known = self._prefix_known[s]
        return known

    def want_prefixes(self, words: Iterable[str]) -> None:
        """Answer :meth:`is_prefix` beforehand for every substring of
        ``words`` (the only strings :meth:`Segmenter.add_words` asks about):
        one pass over the dictionary entries that start with one of their
        characters (a regular-expression scan, ≈0.01–0.03 s), each entry's
        prefixes looked up in the set of questions, instead of a scan of
        the whole dictionary for each question (≈3 ms each)."""
        known = self._prefix_known
        subs = {w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
        ask = {q for q in subs if q not in known}
        if not ask:
            return
        for q in ask:
            known[q] = False  # until an entry starting with it is found
        ask = {q for q in ask if "\n" not in q and " " not in q}  # no entry holds these
        if not ask:
            return
        # (made from the text: re, not kept between runs)
        for m in re.finditer("\n(" + _char_class({q[0] for q in ask}) + "[^ \n]*) ", _dict()[0]):
            w = m.group(1)
            for k in range(1, len(w) + 1):
                if w[:k] not in subs:
                    break  # nor is any longer prefix (substrings of substrings are in subs)
                known[w[:k]] = True


def dict_has_part(piece: str, tail: bool) -> bool:
    """Whether a dictionary entry is ``piece`` or ends (``tail``) / starts
    with it: 卒中 is the tail of 脑卒中. Pieces of two characters or more."""
    if len(piece) < 2:
        return False
    text = _dict()[0]
    if tail:
        return (piece + " ") in text  # the word column ends with a space
    return ("\n" + piece) in text


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


# ---------------------------------------------------------------- ZG501's API
@dataclass(frozen=True)
class Vocab:
    """Dictionary words (with frequency) covering some characters."""

    freq: dict[str, int]
    maxlen: int
    logtotal: float


def vocab_for(chars: Iterable[str]) -> Vocab:
    """The dictionary words made of ``chars`` (and possibly more)."""
    ws = _words()
    ws.cover(chars)
    return Vocab(ws.freq, ws.maxlen, _jieba_dict()[1])


def _route(sentence: str, freq_of, maxlen: int, logtotal: float) -> list[str]:
    """jieba's ``get_DAG`` + ``calc``: the maximum-probability cut of one
    block. A position may start a one-character token only when no
    dictionary word starts there (jieba's DAG)."""
    n = len(sentence)
    route: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
    log = math.log
    for k in range(n - 1, -1, -1):
        best: tuple[float, int] | None = None
        for j in range(k + 1, min(n, k + maxlen) + 1):
            f = freq_of(sentence[k:j])
            if f:
                cand = (log(f) - logtotal + route[j][0], j - 1)
                if best is None or cand > best:
                    best = cand
        if best is None:  # no word: the character alone (frequency 1)
            best = (log(1) - logtotal + route[k + 1][0], k)
        route[k] = best
    out, x = [], 0
    while x < n:
        y = route[x][1] + 1
        out.append(sentence[x:y])
        x = y
    return out


def segment(sentence: str, vocab: Vocab) -> list[str]:
    """jieba's HMM-free cut of one block (a run of Han characters) with the
    words of ``vocab``: ``jieba.lcut(sentence, HMM=False)`` for such a run."""
    return _route(sentence, vocab.freq.get, vocab.maxlen, vocab.logtotal)


# ---------------------------------------------------------------- segmenter
class Segmenter:
    """jieba's dictionary plus words of one's own (``add_words``)."""

    def __init__(self) -> None:
        self._freq: dict[str, int] = {}  # added words
        self._tag: dict[str, str] = {}
        self._prefixes: set[str] = set()  # prefixes of added words
        self._extra_total = 0
        self._maxlen = 1

    def unknown(self, words: Iterable[str]) -> list[str]:
        """The words the dictionary lacks (核增), their characters read in
        one scan."""
        words = list(words)
        _words().cover({c for w in words for c in w})
        return [w for w in words if not self._freq_of(w)]

    def frequency(self, w: str) -> int:
        """How often ``w`` occurs in jieba's corpus (0: not a word of it)."""
        _words().cover(w)
        return self._freq_of(w)

    # -- lookups as jieba's FREQ / word_tag_tab
    def _freq_of(self, w: str) -> int:
        f = self._freq.get(w)
        return f if f is not None else _words().freq.get(w, 0)

    def _freq_get(self, w: str, default: int) -> int:
        """``FREQ.get(w, default)`` on jieba's prefix dictionary."""
        f = self._freq.get(w)
        if f is not None:
            return f
        f = _words().freq.get(w)
        if f is not None:
            return f
        if w in self._prefixes or _words().is_prefix(w):
            return 0
        return default

    def _flag(self, w: str) -> str:
        return self._tag.get(w) or _words().tag.get(w, "x")

    @property
    def _logtotal(self) -> float:
        return math.log(_total() + self._extra_total)

    def _blocks(self, text: str, pat: re.Pattern[str]) -> list[str]:
        blocks = pat.split(text)
        _words().cover({c for b in blocks[1::2] for c in b})
        return blocks

    def _cut_block(self, block: str) -> list[str]:
        return _route(block, self._freq_of, max(_words().maxlen, self._maxlen), self._logtotal)

    # -- public API
    def cut(self, text: str) -> list[str]:
        """``jieba.lcut(text, HMM=False)``."""
        out: list[str] = []
        for i, blk in enumerate(self._blocks(text, _HAN_CUT)):
            if not blk:
                continue
            if i % 2:
                buf = ""
                for w in self._cut_block(blk):
                    if len(w) == 1 and _ENG_CHAR.match(w):
                        buf += w
                        continue
                    if buf:
                        out.append(buf)
                        buf = ""
                    out.append(w)
                if buf:
                    out.append(buf)
            else:
                for x in _SKIP.split(blk):
                    if _SKIP.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        return out

    def pos_cut(self, text: str) -> list[tuple[str, str]]:
        """``[(w.word, w.flag) for w in jieba.posseg.lcut(text, HMM=False)]``."""
        out: list[tuple[str, str]] = []
        for i, blk in enumerate(self._blocks(text, _HAN_POS)):
            if not blk:
                continue
            if i % 2:
                buf = ""
                for w in self._cut_block(blk):
                    if _ENG1.match(w):
                        buf += w
                        continue
                    if buf:
                        out.append((buf, "eng"))
                        buf = ""
                    out.append((w, self._flag(w)))
                if buf:
                    out.append((buf, "eng"))
            else:
                for x in _SKIP.split(blk):
                    if _SKIP.match(x):
                        out.append((x, "x"))
                        continue
                    for xx in x:
                        if _NUM.match(xx):
                            out.append((xx, "m"))
                        elif _ENG.match(x):
                            out.append((xx, "eng"))
                        else:
                            out.append((xx, "x"))
        return out

    def del_words(self, words: Iterable[str]) -> "Segmenter":
        """Remove words as ``jieba.del_word`` does (frequency 0: never cut
        whole, still a prefix of longer words). Returns self."""
        for word in words:
            self._freq[word] = 0
        return self

    def add_words(self, words: Iterable[str], tag: str | None = None) -> "Segmenter":
        """Add words as ``jieba.add_word(word, tag=tag)`` does, one after the
        other: the frequency jieba suggests (just enough for the word to be
        cut whole), the total raised by it. Returns self."""
        words = list(words)
        _words().cover({c for w in words for c in w})
        _words().want_prefixes(words)
        for word in words:
            total = _total() + self._extra_total
            p = 1.0
            for seg in self.cut(word):
                p *= self._freq_get(seg, 1) / float(total)
            freq = max(int(p * total) + 1, self._freq_get(word, 1))
            self._freq[word] = freq
            self._extra_total += freq
            if tag:
                self._tag[word] = tag
            for i in range(1, len(word)):
                if self._freq_of(word[:i]) == 0:
                    self._prefixes.add(word[:i])
            self._maxlen = max(self._maxlen, len(word))
        return self


@lru_cache(maxsize=1)
def default() -> Segmenter:
    """The process's segmenter: jieba's dictionary and the words given to
    :func:`add_words`."""
    return Segmenter()


def expect(texts: Iterable[str]) -> None:
    """Say which texts are likely to be cut (by any segmenter): the words
    for all of them are then taken from the dictionary in one scan, at the
    first cut that needs one, instead of one scan per text. Costs nothing
    when nothing is cut."""
    _words().expect(c for t in texts for c in t)


def cut(text: str) -> list[str]:
    """``jieba.lcut(text, HMM=False)`` (with any words from :func:`add_words`)."""
    return default().cut(text)


def pos_cut(text: str) -> list[tuple[str, str]]:
    """``jieba.posseg.lcut(text, HMM=False)`` as (word, flag) pairs."""
    return default().pos_cut(text)


def add_words(words: Iterable[str], tag: str | None = None) -> None:
    """Add words to the process's segmenter (like ``jieba.add_word``). A rule
    that wants its words kept to itself uses its own :class:`Segmenter`."""
    default().add_words(words, tag)
