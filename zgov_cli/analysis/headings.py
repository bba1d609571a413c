"""结构层次序数 (GB/T 9704-2012 7.3.3): 一、 （一） 1. （1）, and the forms
written wrongly (一. 1、 (一)); used by ZG308."""
from __future__ import annotations


from .numerals import DIGITS_1_9, FW_DIGITS, cn_int
from .. import lazyre as lre


_CN = DIGITS_1_9 + "十百零〇"  # heading numbers: no ○ (a bullet)


_LEVELS = (
    (1, lre.compile(rf"^(?P<n>[{_CN}]{{1,4}})、")),
    (2, lre.compile(rf"^（(?P<n>[{_CN}]{{1,4}})）")),
    (3, lre.compile(r"^(?P<n>[0-9]{1,2})[.．](?![0-9０-９])")),
    (4, lre.compile(r"^（(?P<n>[0-9]{1,2})）")),
)


# wrong forms: (level, pattern, what is wrong)
_WRONG = (
    (2, lre.compile(rf"^(?P<m>[（(]\s*(?P<n>[{_CN}]{{1,4}})\s*[)）]\s*[、.．，,]?)"), "二"),
    (4, lre.compile(r"^(?P<m>[（(]\s*(?P<n>[0-9０-９]{1,2})\s*[)）]\s*[、.．，,]?)"), "四"),
    (3, lre.compile(r"^(?P<m>(?P<n>[0-9０-９]{1,2})\s*(?:、|[.．]\s*、))(?![0-9０-９])"), "三"),
    (3, lre.compile(r"^(?P<m>(?P<n>[０-９]{1,2})[.．])(?![0-9０-９])"), "三"),
    (4, lre.compile(r"^(?P<m>(?P<n>[0-9０-９]{1,2})[)）])(?![0-9０-９])"), "四"),
    (1, lre.compile(rf"^(?P<m>(?P<n>[{_CN}]{{1,4}})(?:[.．]|、\s*、))"), "一"),
)


FORMS = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）"}


def heading_of(text: str) -> tuple[int, int, str, str | None, str] | None:
    """(level, number, marker as written, correct marker or None, rest) for a
    paragraph that starts with a 结构层次序数; None when it does not."""
    t = text.lstrip(" \u3000\t")
    for level, pat in _LEVELS:
        m = pat.match(t)
        if m:
            rest = t[m.end():]
            n = cn_int(m.group("n"))
            if n is None:
                return None
            # （一）、 / 一、、 : an extra mark after a correct one
            extra = lre.match(r"^\s*[、.．，,]", rest) if level in (2, 4) else None
            if extra:
                marker = t[: m.end() + extra.end()]
                return level, n, marker, m.group(0), rest[extra.end():]
            return level, n, m.group(0), None, rest
    for level, pat, _ in _WRONG:
        m = pat.match(t)
        if m:
            raw_n = m.group("n").translate(FW_DIGITS)
            n = cn_int(raw_n)
            if n is None:
                return None
            rest = t[m.end():]
            if level == 3 and lre.match(r"^\s*[0-9０-９]", rest):
                return None
            right = FORMS[level].format(raw_n)
            return level, n, m.group("m"), right, rest
    return None
