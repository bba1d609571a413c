"""Text utilities every rule uses, one copy each: white space, sentences,
quotes masked out, Chinese characters, and evidence clipped to a width."""
from __future__ import annotations

from ..lazyre import lazy_re


SENT = lazy_re(r"[^。；;！？!?]+[。；;！？!?]*")


QUOTED = lazy_re(r"《[^《》]*》|“[^“”]*”|‘[^‘’]*’|「[^「」]*」")


WS = lazy_re(r"[\s\u3000]+")


def squash(text: str | None) -> str:
    """Text with all white space removed (titles like ``通 知``); None → "".
    str.split() splits at exactly the characters ``\\s`` matches in a str
    pattern (and U+3000 is one of them), at a thirtieth of ``WS.sub``'s cost."""
    return "".join(text.split()) if text else ""


def mask_quotes(text: str) -> str:
    """Replace quoted text (《…》, “…”) by placeholders of the same length:
    a request quoted from another document is not this document's."""
    return QUOTED.sub(lambda m: m.group(0)[0] + "□" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def sentences(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in SENT.finditer(text) if m.group(0).strip()]


def clip(text: str, width: int = 60) -> str:
    t = text.strip().rstrip("。；;，,")
    return t if len(t) <= width else t[: width - 1] + "…"


def clip_left(text: str, width: int = 60) -> str:
    """Like :func:`clip`, but keeps the end (where an ask is) of a long text,
    starting after a comma when one is near."""
    t = text.strip().strip("，,、 ").rstrip("。；;")
    if len(t) <= width:
        return t
    tail = t[-(width - 1) :]
    comma = max(tail.find("，"), tail.find(","))
    if 0 <= comma < width // 2:
        tail = tail[comma + 1 :]
    return "…" + tail


SENT_END = lazy_re(r"[。！？；!?;]")


WINDOW = 10  # characters of context quoted either side of a problem


_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF))


# full-width / CJK punctuation that counts as "Chinese text" next to a mark
_CJK_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—～·￥％＋－＝／")


# a paragraph whose last character is one of these ends a sentence; any other
# ending means the paragraph may have been cut by a page break (pdf extraction)
_END = set("。！？；：…”’）》」』】!?;:)")


def is_han(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _HAN_RANGES)


def is_cjkish(ch: str | None) -> bool:
    return ch is not None and (is_han(ch) or ch in _CJK_PUNCT or "\uff01" <= ch <= "\uff5e")


def window(text: str, start: int, end: int, k: int = WINDOW) -> tuple[str, int]:
    """The evidence around text[start:end] and where it starts in text."""
    s = max(0, start - k)
    return text[s : min(len(text), end + k)], s


def ends_broken(text: str) -> bool:
    t = text.rstrip()
    return bool(t) and t[-1] not in _END
