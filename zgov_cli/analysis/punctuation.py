"""Punctuation a clerk can fix (ZG502, ZG503): half-width marks in Chinese
text (URLs, numbers and Latin text left alone) and paired marks (《》“”（）)
left open or closed twice."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import _CJK_PUNCT, ends_broken, is_cjkish, is_han
from ..lazyre import lazy_re


FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


HALF = lazy_re(r"[,;:?!()]")


# URLs, e-mail addresses, and Windows paths: their punctuation is not prose
_PROTECTED = lazy_re(
    r"(?:https?|ftp)://[!-~]+|www\.[A-Za-z0-9-]+\.[!-~]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|[A-Za-z]:\\[!-~]*"
)


_TRAIL = ".,;:!?)'\""  # trailing marks are not part of a URL


def _protected_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PROTECTED.finditer(text):
        s, e = m.span()
        while e > s and text[e - 1] in _TRAIL:
            if text[e - 1] == ")" and "(" in text[s : e - 1]:
                break
            e -= 1
        spans.append((s, e))
    return spans


def _neighbour(text: str, i: int, step: int) -> str | None:
    j = i + step
    while 0 <= j < len(text) and text[j] in " \t":
        j += step
    return text[j] if 0 <= j < len(text) else None


def half_width_marks(text: str) -> list[list[int]]:
    """Groups of positions of half-width marks that sit in Chinese text; a
    pair of parentheses is one group."""
    spans = _protected_spans(text)
    protected = lambda i: any(s <= i < e for s, e in spans)  # noqa: E731
    marks = [m.start() for m in HALF.finditer(text) if not protected(m.start())]
    if not marks:
        return []
    groups: list[list[int]] = []
    used: set[int] = set()
    for idx, i in enumerate(marks):
        if i in used:
            continue
        ch = text[i]
        if ch == "(" and i > 0 and text[i - 1] == "]":
            j = text.find(")", i)
            if j > 0:
                used.add(j)
            continue  # Markdown link [文字](地址)
        if ch == "(":
            # its closing partner: the next ')' with no '(' between
            j = next((k for k in marks[idx + 1 :] if text[k] in "()"), None)
            if j is not None and text[j] == ")":
                inner = text[i + 1 : j]
                if any(is_han(c) or c in _CJK_PUNCT for c in inner) or is_cjkish(_neighbour(text, i, -1)) or is_cjkish(
                    _neighbour(text, j, 1)
                ):
                    groups.append([i, j])
                used.add(j)
                continue
        prev, nxt = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if ch in ",:" and prev is not None and nxt is not None and prev.isdigit() and nxt.isdigit():
            continue  # 1,000  10:30  1:5000
        if is_cjkish(prev) or is_cjkish(nxt):
            groups.append([i])
    return groups


PAIRS = {
    "quote": ("“", "”", "双引号"),
    "squote": ("‘", "’", "单引号"),
    "book": ("《", "》", "书名号"),
    "abook": ("〈", "〉", "单书名号"),
    "paren": ("（", "）", "括号"),
    "lent": ("【", "】", "方头括号"),
    "corner": ("「", "」", "直角引号"),
    "wcorner": ("『", "』", "双直角引号"),
}


OPEN = {v[0]: k for k, v in PAIRS.items()} | {"(": "paren"}


CLOSE = {v[1]: k for k, v in PAIRS.items()} | {")": "paren"}
# every paired mark, for a scan in C that visits only the marks of a text
MARKS = lazy_re("[" + "".join(re.escape(c) for c in sorted(set(OPEN) | set(CLOSE))) + "]")


def has_marks(texts: list[str]) -> bool:
    """Whether any text holds a paired mark (an opening or closing one)."""
    search = MARKS.search
    return any(search(t) for t in texts)


# a closing bracket that ends an item number, not a pair: 1）  (a)  一）  ①）
_LIST_MARK = lazy_re(r"(?:^|[\s。；：，、])[0-9０-９a-zA-Z一二三四五六七八九十]{1,3}$")


@dataclass
class _Open:
    label: str
    para: int  # position in doc.paragraphs
    pos: int


def unbalanced_marks(paras: list[str]) -> list[tuple[int, int, str, str]]:
    """(paragraph position, char position, label, 'open'|'close') of every
    paired mark without its partner. A pair may span a paragraph boundary
    when the first paragraph is cut mid-sentence (pdf page break), and a
    quotation may run over several paragraphs when each of them opens with
    “ (the Chinese convention for multi-paragraph quotations)."""
    out: list[tuple[int, int, str, str]] = []
    stack: list[_Open] = []
    for k, text in enumerate(paras):
        skip_first = False
        if stack:
            broken = k > 0 and ends_broken(paras[k - 1])
            kept: list[_Open] = []
            for o in stack:
                if o.label == "quote" and text.startswith("“"):
                    o.para = k
                    skip_first = True
                    kept.append(o)
                elif broken and o.para == k - 1:
                    kept.append(o)
                else:
                    out.append((o.para, o.pos, o.label, "open"))
            stack = kept
        for m in MARKS.finditer(text):  # only the marks: other characters change nothing
            i, ch = m.start(), m.group()
            if i == 0 and skip_first:
                continue
            if ch in OPEN:
                stack.append(_Open(OPEN[ch], k, i))
            elif ch in CLOSE:
                label = CLOSE[ch]
                if stack and stack[-1].label == label:
                    stack.pop()
                    continue
                if ch == "’" and i > 0 and text[i - 1].isascii() and text[i - 1].isalpha():
                    continue  # apostrophe in English
                if label == "paren" and _LIST_MARK.search(text[:i]):
                    continue  # item number 1）
                depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d].label == label), None)
                if depth is None:
                    out.append((k, i, label, "close"))
                    continue
                for o in stack[depth + 1 :]:
                    out.append((o.para, o.pos, o.label, "open"))
                del stack[depth:]
    for o in stack:
        out.append((o.para, o.pos, o.label, "open"))
    return sorted(out)
