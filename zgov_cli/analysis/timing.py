"""What the ZG4 deadline rules share: the working-day calendar of the
configuration, the day a document is judged at, the sentences of its 正文,
and evidence cut around a date."""
from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Any, Iterator

from ..model import Context, Document, Paragraph
from .text import SENT_END


def deadline_vocab(section: str, ctx: Context) -> dict[str, Any]:
    """A ZG4 vocabulary section of the active profile's deadlines."""
    from .deadlines import vocabulary

    return vocabulary(section, ctx.profile.deadlines)


def unit_zh(res: dict[str, Any]) -> str:
    """How a deadline's unit is said after its amount: 10个工作日, 15日."""
    return "个工作日" if res["unit"] == "working_days" else "日"


@lru_cache(maxsize=16)
def calendar_for(holidays: tuple[str, ...], workdays: tuple[str, ...]):
    from .deadlines import Calendar

    return Calendar.from_entries(list(holidays), list(workdays))


def rule_calendar(ctx: Context):
    cfg = ctx.config
    return calendar_for(
        tuple(getattr(cfg, "calendar_holidays", []) or []), tuple(getattr(cfg, "calendar_workdays", []) or [])
    )


def reference_date(doc: Document, ctx: Context) -> tuple[_dt.date, str]:
    """The day the document is judged at: its 成文日期, else today."""
    if doc.date:
        try:
            return _dt.date.fromisoformat(doc.date), "成文日期"
        except ValueError:
            pass
    return ctx.today, "今天"


def body_sentences(doc: Document, limit: int | None = None) -> Iterator[tuple[Paragraph, str]]:
    """Sentences of the 正文 (all non-title paragraphs when the body is unknown)."""
    if doc.body_pos:
        paras = doc.body_paragraphs()
    else:
        skip = set(doc.title_pos) | {doc.date_pos}
        paras = [p for i, p in enumerate(doc.paragraphs) if i not in skip]
    if limit is not None:
        paras = paras[:limit]
    for p in paras:
        start = 0
        for m in SENT_END.finditer(p.text):
            yield p, p.text[start : m.end()]
            start = m.end()
        if start < len(p.text):
            yield p, p.text[start:]


def clip_around(sentence: str, span: tuple[int, int], width: int = 40) -> str:
    """The evidence: the sentence, cut around the date when long."""
    s = sentence.strip()
    if len(s) <= width * 2:
        return s
    off = sentence.find(s)
    a, b = span[0] - off, span[1] - off
    lo, hi = max(0, a - width // 2), min(len(s), b + width)
    return ("…" if lo > 0 else "") + s[lo:hi] + ("…" if hi < len(s) else "")


def workdays_between(cal, start: _dt.date, end: _dt.date) -> int:
    """Working days in [start, end)."""
    n, d = 0, start
    while d < end:
        if cal.is_workday(d):
            n += 1
        d += _dt.timedelta(days=1)
    return n


def warn_suffix(res: dict[str, Any]) -> str:
    return "".join(f"（注意：{w}）" for w in res["calendar_warnings"])


def cn_day(d: _dt.date | str) -> str:
    if isinstance(d, str):
        d = _dt.date.fromisoformat(d)
    return f"{d.year}年{d.month}月{d.day}日"


def has_any(text: str, words: list[str]) -> bool:
    return any(w in text for w in words)
