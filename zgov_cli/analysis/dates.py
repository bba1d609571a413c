"""Chinese date parsing (日期): ``2025年3月6日``, ``2025年03月06日``,
``二〇二五年三月六日``, ``二〇二五年十二月二十六日``, ``3月6日`` (year from a
default), ``2025.3.6``, ``2025-03-06``, ``2025/3/6``, full-width digits.

Used by structure (成文日期), ZG302 and the ZG4 deadline rules.
"""
from __future__ import annotations

import datetime as _dt

from .numerals import CN_NUMERALS, FW_DIGITS
from ..lazyre import lazy_re
from .. import lazyre as lre


# Chinese numerals as used in dates. 〇/○/零/O (a common slip) are zero.
_CN_DIGIT = {
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "０": 0,
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}
_CN_CHARS = "〇○零Ｏ一二三四五六七八九十"

_NUM = r"[0-9０-９]"
_SP = r"[ \u3000]*"  # clerks sometimes space out dates

# 2025年3月6日 / 二〇二五年三月六日; day optional character 日 or 号
_FULL_RE = lazy_re(
    rf"(?P<y>{_NUM}{{4}}|[{_CN_CHARS}]{{4}}){_SP}年{_SP}"
    rf"(?P<m>{_NUM}{{1,2}}|[{_CN_CHARS}]{{1,2}}){_SP}月{_SP}"
    rf"(?P<d>{_NUM}{{1,2}}|[{_CN_CHARS}]{{1,3}}){_SP}[日号]"
)
# 3月6日 without a year (not preceded by 年/digits, so not part of the above)
_MD_RE = lazy_re(
    rf"(?<![0-9０-９年{_CN_CHARS}])"
    rf"(?P<m>{_NUM}{{1,2}}|[{_CN_CHARS}]{{1,2}}){_SP}月{_SP}"
    rf"(?P<d>{_NUM}{{1,2}}|[{_CN_CHARS}]{{1,3}}){_SP}[日号]"
)
# 2025.3.6 / 2025-03-06 / 2025/3/6 (same separator both times)
_NUMERIC_RE = lazy_re(
    rf"(?<![0-9０-９.\-/])(?P<y>(?:19|20)\d{{2}}|[１２][０-９]{{3}})(?P<sep>[.\-/．－／])"
    rf"(?P<m>{_NUM}{{1,2}})(?P=sep)(?P<d>{_NUM}{{1,2}})(?![0-9０-９])"
)


def _cn_small(s: str) -> int | None:
    """A 1–2 digit number in Arabic or Chinese (十, 十二, 二十, 二十六, 三十一)."""
    s = s.translate(FW_DIGITS)
    if s.isdigit():
        return int(s)
    if "十" in s:
        head, _, tail = s.partition("十")
        if len(head) > 1 or len(tail) > 1:
            return None
        tens = _CN_DIGIT.get(head, None) if head else 1
        ones = _CN_DIGIT.get(tail, None) if tail else 0
        if tens is None or ones is None:
            return None
        return tens * 10 + ones
    if len(s) == 1 and s in _CN_DIGIT:
        return _CN_DIGIT[s]
    return None


def _cn_year(s: str) -> int | None:
    s = s.translate(FW_DIGITS)
    if s.isdigit():
        return int(s)
    if any(c not in _CN_DIGIT for c in s):
        return None
    return int("".join(str(_CN_DIGIT[c]) for c in s))


def _make(y: int | None, m: int | None, d: int | None) -> _dt.date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None) -> list[tuple[_dt.date, tuple[int, int], str]]:
    """All dates in ``text`` as ``(date, (start, end), raw)`` in text order.

    Month–day dates without a year (``3月14日``) take ``default_year``; they
    are skipped when it is None. Impossible dates (2月30日) are skipped.
    """
    found: list[tuple[_dt.date, tuple[int, int], str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _FULL_RE.finditer(text):
        d = _make(_cn_year(m["y"]), _cn_small(m["m"]), _cn_small(m["d"]))
        taken.append(m.span())
        if d is not None:
            found.append((d, m.span(), m.group(0)))
    for m in _NUMERIC_RE.finditer(text):
        if not free(*m.span()):
            continue
        d = _make(int(m["y"].translate(FW_DIGITS)), int(m["m"].translate(FW_DIGITS)), int(m["d"].translate(FW_DIGITS)))
        taken.append(m.span())
        if d is not None:
            found.append((d, m.span(), m.group(0)))
    if default_year is not None:
        for m in _MD_RE.finditer(text):
            if not free(*m.span()):
                continue
            d = _make(default_year, _cn_small(m["m"]), _cn_small(m["d"]))
            if d is not None:
                found.append((d, m.span(), m.group(0)))
    found.sort(key=lambda t: t[1][0])
    return found


def parse_cn_date(text: str, default_year: int | None = None) -> _dt.date | None:
    """The first date in ``text`` (see :func:`find_dates`), or None."""
    if not text:
        return None
    hits = find_dates(text, default_year)
    return hits[0][0] if hits else None


# ---- dates as the rules read them (ZG302 成文日期, ZG4 时限)

LOOSE_DATE_LINE = lazy_re(
    r"^(?:(?P<y2>[0-9０-９]{2})年(?P<m2>[0-9０-９]{1,2})月(?P<d2>[0-9０-９]{1,2})日"
    r"|(?P<y>(?:19|20)\d{2})(?P<sep>[.\-/．－／])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})日?)$"
)


def cn_year(text: str) -> int | None:
    m = lre.match(rf"^([{CN_NUMERALS}]{{4}})年", text)
    if not m:
        return None
    digits = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
              "六": "6", "七": "7", "八": "8", "九": "9"}
    try:
        return int("".join(digits[c] for c in m.group(1)))
    except KeyError:
        return None


def cn_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


def explicit_year(raw: str) -> bool:
    return "年" in raw or bool(lre.match(r"[0-9０-９]{4}\s*[.\-/．－／]", raw))


def dates_in(text: str, ref: _dt.date, future: bool) -> list[tuple[_dt.date, tuple[int, int], str]]:
    """Dates in ``text``; a month–day date without a year takes the year of
    ``ref``, moved to the next (``future``) or previous year when that puts it
    more than ~half a year on the wrong side of ``ref``."""
    from .dates import find_dates

    out = []
    for d, span, raw in find_dates(text, ref.year):
        if not explicit_year(raw):
            if future and (ref - d).days > 180:
                d = shift_year(d, 1)
            elif not future and (d - ref).days > 180:
                d = shift_year(d, -1)
            if d is None:
                continue
        out.append((d, span, raw))
    return out


def shift_year(d: _dt.date, by: int) -> _dt.date | None:
    try:
        return d.replace(year=d.year + by)
    except ValueError:  # 2月29日
        return None
