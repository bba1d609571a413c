"""Numbered items run together on one line (``附件：1.责任表 2.值班表``).

A 附件说明 list, a web copy, or a clerk short of space may put every item on
the 附件 line itself. The items are the stretches between the numbers 1, 2,
3 … in order; a number inside a name (``2025年``) is not a marker because it
is not the next number in the sequence or is followed by another digit.
"""
from __future__ import annotations

import re
from ..lazyre import lazy_re

_FIRST = lazy_re(r"^(?:1|１)\s*[.．、](?![0-9０-９])")


def inline_items(text: str) -> list[str]:
    """The items of a numbered list on one line, each with its number
    (``["1.森林防火责任表", "2.秋季值班安排表"]``); [] when the text is not
    such a list (fewer than two numbers in order)."""
    t = text.strip()
    if not _FIRST.match(t):
        return []
    starts = [0]
    pos = _FIRST.match(t).end()
    n = 2
    while True:
        full = chr(ord("０") + n) if n < 10 else None
        alts = str(n) if full is None else f"(?:{n}|{full})"
        m = re.compile(rf"(?<![0-9０-９]){alts}\s*[.．、](?![0-9０-９])").search(t, pos)
        if not m:
            break
        starts.append(m.start())
        pos = m.end()
        n += 1
    if len(starts) < 2:
        return []
    out = []
    for i, a in enumerate(starts):
        b = starts[i + 1] if i + 1 < len(starts) else len(t)
        out.append(t[a:b].strip().rstrip("；;，,、").strip())
    return [x for x in out if x]
