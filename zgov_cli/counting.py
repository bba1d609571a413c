"""字数 the way Word and WPS count it (SPEC §4).

Each CJK character and each full-width punctuation mark counts 1; each run
of other non-space characters (ASCII letters, digits, half-width
punctuation: ``2025``, ``0356-1234567``) counts 1; white space counts 0.
"""
from __future__ import annotations

import re

# CJK ideographs (basic, ext A, compatibility), CJK symbols and punctuation,
# full-width forms, kana, bopomofo, general punctuation used in Chinese text
# (“” ‘’ … — ·) and enclosed/circled numbers.
_WIDE = (
    "\u2e80-\u2fdf\u3001-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff"
    "\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f"
    "\uff01-\uff60\uffe0-\uffe6\u2010-\u2027\u2030-\u205e\u2460-\u24ff\u25a0-\u25ff\u2600-\u26ff"
    "\U00020000-\U0003134f"
)
_TOKEN = re.compile(rf"[{_WIDE}]|[^\s\u3000{_WIDE}]+")
_HANZI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def count_words(text: str) -> int:
    """Word's 字数 for one piece of text."""
    return len(_TOKEN.findall(text))


def count_hanzi(text: str) -> int:
    """CJK ideographs only."""
    return len(_HANZI.findall(text))


def count_body(texts: list[str]) -> int:
    return sum(count_words(t) for t in texts)
