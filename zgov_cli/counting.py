"""字数 the way Word and WPS count it (SPEC §4).

Word's 字数 is 中文字符和朝鲜语单词 plus 非中文单词:

* each East Asian character is one: CJK ideographs (all extensions, ext-B
  and beyond too), kana, bopomofo, hangul, radicals, and the full-width
  punctuation and forms a Chinese input method types (``，。、；：？！（）
  《》【】〔〕“”‘’……——·`` and ``ＡＢ１２``), enclosed CJK (``㈠``), circled
  numbers (``①``) and the symbols ``★※℃`` as typed in Chinese text;
* each run of other non-space characters is one 非中文单词: ``2025``,
  ``0356-1234567``, ``GB/T``, ``9704-2012``, ``1.``, ``3.5%``, an emoji
  run ``👍👎`` (a run stops at an East Asian character: ``2025年`` is 2);
* white space (ASCII, U+3000 ideographic space, no-break space) counts 0;
  zero-width and format characters (BOM, ZWSP, variation selectors) are
  ignored and do not split a run.

The curly quotes, ellipsis and dashes sit in Unicode's General Punctuation
block, which Word treats as East Asian when the text is East Asian (as a
Chinese draft's is): each is 1, so ``……`` is 2.
"""
from __future__ import annotations

from .lazyre import lazy_re

_WIDE = (
    "\u1100-\u11ff"  # hangul jamo
    "\u2010-\u2027\u2030-\u205e"  # general punctuation: — ‘’ “” … ‰ ※
    "\u2103\u2116\u2121\u2160-\u217f"  # ℃ № ℡ Ⅰ Ⅱ
    "\u2460-\u24ff\u25a0-\u25ff\u2600-\u26ff"  # ① ■ ○ ★
    "\u2e80-\u2fdf"  # CJK radicals, kangxi radicals
    "\u3001-\u303f"  # CJK symbols and punctuation (not U+3000, a space)
    "\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u3190-\u31ff"  # kana, bopomofo, hangul compat
    "\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff"  # enclosed CJK, compat, ext A, URO
    "\ua960-\ua97f\uac00-\ud7af"  # hangul
    "\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f"  # compat ideographs, vertical/compat forms
    "\uff01-\uffef"  # half-width and full-width forms
    "\U00016fe0-\U00016fff\U0001b000-\U0001b16f"  # ideographic symbols, kana supplement
    "\U00020000-\U0003ffff"  # CJK ext B-H, compatibility supplement
)
_IGNORED = lazy_re("[\u200b\u2060\ufeff\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_TOKEN = lazy_re(rf"[{_WIDE}]|[^\s{_WIDE}]+")
_HANZI = lazy_re("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def count_words(text: str) -> int:
    """Word's 字数 for one piece of text."""
    return len(_TOKEN.findall(_IGNORED.sub("", text)))


def count_hanzi(text: str) -> int:
    """CJK ideographs only."""
    return len(_HANZI.findall(text))


def count_body(texts: list[str]) -> int:
    """字数 of several paragraphs (a run never crosses a paragraph)."""
    return sum(count_words(t) for t in texts)
