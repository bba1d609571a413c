"""Word/WPS automatic numbering (``word/numbering.xml``) rendered as Word shows it.

A numbered paragraph carries ``w:numPr`` (``w:numId`` + ``w:ilvl``) directly
or through its paragraph style (``w:pStyle`` → style ``w:pPr/w:numPr``, along
the basedOn chain); ``numId`` 0 switches numbering off. A ``w:num`` points at a
``w:abstractNum`` (possibly through ``w:numStyleLink`` → a numbering style →
its ``w:num``) and may override levels (``w:lvlOverride``: ``w:startOverride``
and/or a whole ``w:lvl``).

Each level has ``w:start``, ``w:numFmt``, ``w:lvlText`` (``%1、``, ``（%1）``,
``%1.%2`` — ``%k`` is the current value of level k in level k's format, or in
decimal when the level shown has ``w:isLgl``), ``w:suff`` (tab, space or
nothing) and ``w:lvlRestart``.

Counters, as Word keeps them: one set per abstract list, shared by every
``w:num`` that points at it (two lists on the same definition continue each
other) — except that a ``w:num`` with a ``w:startOverride`` restarts the
overridden level the first time that ``w:num`` numbers a paragraph on it.
A paragraph at level L advances L and restarts every deeper level whose
``lvlRestart`` allows it (default: any shallower level restarts it).

The separator after the number: Word draws ``suff`` tab/space as white space.
A typed number (``一、``, ``（一）``, ``1.``) is followed directly by the text,
so after a number that ends in punctuation or an enclosed number (``①``) the
separator is left out; after one that ends in a letter, ideograph or digit
(``第一章``, ``1.1``) it is a full-width space, as such headings are typed. The rendered prefix is returned with its
length so the reader marks it as generated (``Paragraph.generated_prefix``).

Bullets whose symbol lies in the private-use area (Symbol/Wingdings glyphs)
are left out: they have no text meaning.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(tag: str) -> str:
    return "{%s}%s" % (W, tag)


W_VAL = _w("val")
W_ABSTRACT, W_NUM, W_LVL, W_ILVL, W_NUMID = map(_w, ("abstractNum", "num", "lvl", "ilvl", "numId"))
W_ABSTRACTID, W_NUMID_ATTR, W_ABSTRACTID_ATTR = _w("abstractNumId"), _w("numId"), _w("abstractNumId")
W_START, W_NUMFMT, W_LVLTEXT, W_SUFF, W_ISLGL, W_RESTART = map(_w, ("start", "numFmt", "lvlText", "suff", "isLgl", "lvlRestart"))
W_OVERRIDE, W_STARTOVERRIDE, W_STYLELINK, W_NUMSTYLELINK = map(_w, ("lvlOverride", "startOverride", "styleLink", "numStyleLink"))
W_RPR, W_VANISH, W_PSTYLE, W_FORMAT = _w("rPr"), _w("vanish"), _w("pStyle"), _w("format")
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MC_ALT, MC_CHOICE, MC_FALLBACK = ("{%s}%s" % (MC, t) for t in ("AlternateContent", "Choice", "Fallback"))

MAX_LEVELS = 9


# ---- number formats ---------------------------------------------------------
_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"


def _cn_count(n: int, digits: str = _CN_DIGITS, units: str = "十百千", zero: str = "零") -> str:
    """Chinese counting (一、十、十一、二十、一百零五、一千); 万 groups above."""
    if n <= 0:
        return digits[0] if n == 0 else str(n)
    if n >= 10000:
        high, low = divmod(n, 10000)
        head = _cn_count(high, digits, units, zero) + "万"
        if low == 0:
            return head
        return head + (zero if low < 1000 else "") + _cn_count(low, digits, units, zero)
    out = []
    pending_zero = False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        d = (n // power) % 10
        if d == 0:
            if out:
                pending_zero = True
            continue
        if pending_zero:
            out.append(zero)
            pending_zero = False
        out.append(digits[d] + unit)
    s = "".join(out)
    if 10 <= n < 20 and s.startswith(digits[1] + units[0]):
        s = s[1:]  # 十一, not 一十一
    return s


def _cn_counting(n: int) -> str:
    """Word's chineseCounting: 一…十、十一…九十九; from 100 on digit by digit (一〇〇)."""
    if 0 < n < 100:
        return _cn_count(n)
    return "".join(_CN_DIGITS[int(d)] for d in str(n)) if n >= 0 else str(n)


def _letters(n: int, base: str) -> str:
    # Word repeats the letter: A…Z, AA…ZZ, AAA…
    if n <= 0:
        return str(n)
    k = (n - 1) % 26
    return base[k] * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for v, s in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                 (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def _enclosed(n: int, first: int, last_n: int) -> str:
    return chr(first + n - 1) if 1 <= n <= last_n else str(n)


def _circle(n: int) -> str:
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)  # ①…⑳
    if 21 <= n <= 35:
        return chr(0x3251 + n - 21)  # ㉑…㉟
    if 36 <= n <= 50:
        return chr(0x32B1 + n - 36)  # ㊱…㊿
    return str(n)


_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def format_number(n: int, fmt: str) -> str:
    """One counter value in a ``w:numFmt``; unknown formats in decimal."""
    if fmt in ("chineseCounting", "japaneseCounting", "taiwaneseCounting"):
        return _cn_counting(n)
    if fmt in ("chineseCountingThousand", "taiwaneseCountingThousand", "japaneseDigitalTenThousand"):
        return _cn_count(n)
    if fmt == "chineseLegalSimplified":
        return _cn_count(n, _CN_LEGAL, "拾佰仟")
    if fmt in ("ideographDigital", "taiwaneseDigital"):
        return "".join(_CN_DIGITS[int(d)] for d in str(n)) if n >= 0 else str(n)
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("ideographZodiacTraditional",):
        return _TIANGAN[(n - 1) % 10] + _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _circle(n)
    if fmt == "decimalEnclosedParen":
        return _enclosed(n, 0x2474, 20)  # ⑴
    if fmt == "decimalEnclosedFullstop":
        return _enclosed(n, 0x2488, 20)  # ⒈
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(0xFF10 + int(d)) for d in str(n)) if n >= 0 else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt.startswith("zeroPad") and fmt[7:].isdigit():
        return str(n).zfill(int(fmt[7:]))
    if fmt == "upperLetter":
        return _letters(n, _UPPER)
    if fmt == "lowerLetter":
        return _letters(n, _UPPER.lower())
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "none":
        return ""
    return str(n)


def _word_char(ch: str) -> bool:
    """A letter, ideograph or digit (not ``、`` ``）`` ``.`` nor ``①``)."""
    cat = unicodedata.category(ch)
    return cat[0] == "L" or cat == "Nd"


# ---- definitions --------------------------------------------------------------
@dataclass(slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # lvlText; None = no text element (Word shows nothing)
    suff: str = "tab"
    legal: bool = False
    restart: int | None = None  # lvlRestart (1-based level that restarts it; 0 = never)
    hidden: bool = False
    pstyle: str | None = None  # the paragraph style this level belongs to


def _int(el, default: int | None = None) -> int | None:
    if el is None:
        return default
    try:
        return int(el.get(W_VAL))
    except (TypeError, ValueError):
        return default


def _on(el) -> bool:
    return el is not None and el.get(W_VAL) not in ("0", "false", "off")


def _alternate_numfmt(el):
    """Word 2010+ writes a custom number format as ``mc:AlternateContent``:
    the ``w14`` choice holds ``w:numFmt w:val="custom" w:format="…"``, the
    fallback a legacy format. The choice is what Word shows."""
    for alt in el.iterchildren(MC_ALT):
        for branch in (alt.find(MC_CHOICE), alt.find(MC_FALLBACK)):
            if branch is not None:
                fmt = branch.find(W_NUMFMT)
                if fmt is not None:
                    return fmt
    return None


# the first item of a custom format ("01, 02, 03, ...") → the format it shows
_CUSTOM_FIRST = {"01": "decimalZero", "一": "chineseCounting", "壹": "chineseLegalSimplified",
                 "①": "decimalEnclosedCircle", "甲": "ideographTraditional", "子": "ideographZodiac",
                 "１": "decimalFullWidth", "1": "decimal", "⑴": "decimalEnclosedParen", "⒈": "decimalEnclosedFullstop"}


def _custom_format(spec: str) -> str:
    first = spec.split(",")[0].strip()
    if first in _CUSTOM_FIRST:
        return _CUSTOM_FIRST[first]
    if first.isdigit() and first.isascii() and first.startswith("0"):
        return "zeroPad%d" % len(first)  # 001, 0001: zero-padded decimal
    return "decimal"


def _level(el) -> tuple[int, Level]:
    try:
        ilvl = int(el.get(W_ILVL) or 0)
    except ValueError:
        ilvl = 0
    lv = Level()
    lv.start = _int(el.find(W_START), 1)
    fmt = el.find(W_NUMFMT)
    if fmt is None:
        fmt = _alternate_numfmt(el)
    if fmt is not None and fmt.get(W_VAL):
        lv.fmt = fmt.get(W_VAL)
        if lv.fmt == "custom":
            lv.fmt = _custom_format(fmt.get(W_FORMAT) or "")
    txt = el.find(W_LVLTEXT)
    lv.text = txt.get(W_VAL) if txt is not None else None
    suff = el.find(W_SUFF)
    if suff is not None and suff.get(W_VAL):
        lv.suff = suff.get(W_VAL)
    lv.legal = _on(el.find(W_ISLGL))
    lv.restart = _int(el.find(W_RESTART))
    rpr = el.find(W_RPR)
    lv.hidden = rpr is not None and _on(rpr.find(W_VANISH))
    ps = el.find(W_PSTYLE)
    lv.pstyle = ps.get(W_VAL) if ps is not None else None
    return ilvl, lv


@dataclass(slots=True)
class _Num:
    abstract: str
    levels: dict[int, Level] = field(default_factory=dict)  # full lvl overrides
    start_over: dict[int, int] = field(default_factory=dict)
    used: set = field(default_factory=set)  # levels already restarted by start_over


class Numbering:
    """Definitions from numbering.xml and the running counters of one read."""

    def __init__(self, root, style_numpr=None):
        """``style_numpr(style_id)`` → (numId, ilvl) of a numbering style,
        for ``w:numStyleLink``."""
        self.abstract: dict[str, dict[int, Level]] = {}
        self.style_link: dict[str, str] = {}  # numStyleLink style → abstract that defines it
        self.links: dict[str, str] = {}  # abstract → numStyleLink style id
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, list[int | None]] = {}
        self._style_numpr = style_numpr
        if root is None:
            return
        for a in root.iterchildren(W_ABSTRACT):
            aid = a.get(W_ABSTRACTID_ATTR)
            if aid is None:
                continue
            levels = {}
            for el in a.iterchildren(W_LVL):
                ilvl, lv = _level(el)
                if 0 <= ilvl < MAX_LEVELS:
                    levels[ilvl] = lv
            self.abstract[aid] = levels
            sl = a.find(W_STYLELINK)
            if sl is not None and sl.get(W_VAL):
                self.style_link[sl.get(W_VAL)] = aid
            nl = a.find(W_NUMSTYLELINK)
            if nl is not None and nl.get(W_VAL):
                self.links[aid] = nl.get(W_VAL)
        for n in root.iterchildren(W_NUM):
            nid = n.get(W_NUMID_ATTR)
            ab = n.find(W_ABSTRACTID)
            if nid is None or ab is None or ab.get(W_VAL) is None:
                continue
            num = _Num(abstract=ab.get(W_VAL))
            for ov in n.iterchildren(W_OVERRIDE):
                try:
                    ilvl = int(ov.get(W_ILVL) or 0)
                except ValueError:
                    continue
                so = _int(ov.find(W_STARTOVERRIDE))
                if so is not None:
                    num.start_over[ilvl] = so
                lvl = ov.find(W_LVL)
                if lvl is not None:
                    _, lv = _level(lvl)
                    num.levels[ilvl] = lv
            self.nums[nid] = num

    def _abstract_of(self, num: _Num) -> str:
        """The abstract list that holds the levels (following numStyleLink)."""
        aid = num.abstract
        for _ in range(4):
            style = self.links.get(aid)
            if style is None:
                break
            target = self.style_link.get(style)
            if target is None and self._style_numpr is not None:
                nid = self._style_numpr(style)[0]  # (numId, ilvl) of the numbering style
                other = self.nums.get(nid) if nid else None
                target = other.abstract if other is not None else None
            if target is None or target == aid:
                break
            aid = target
        return aid

    def _levels(self, num: _Num) -> tuple[str, dict[int, Level]]:
        aid = self._abstract_of(num)
        levels = dict(self.abstract.get(aid, {}))
        levels.update(num.levels)
        return aid, levels

    def level_of_style(self, num_id: str | None, style_id: str | None) -> int:
        """The level a style-numbered paragraph takes when neither it nor its
        style says: the level whose ``w:pStyle`` is the style, else 0."""
        num = self.nums.get(num_id or "")
        if num is None or style_id is None:
            return 0
        for k, lv in sorted(self._levels(num)[1].items()):
            if lv.pstyle == style_id:
                return k
        return 0

    def next(self, num_id: str | None, ilvl: int) -> str | None:
        """Advance the counter of a paragraph numbered (num_id, ilvl) and
        return its rendered prefix (with separator), or None when nothing
        is shown (numId 0 or unknown, a level without text, a hidden level,
        a private-use bullet)."""
        if not num_id or num_id == "0":
            return None
        num = self.nums.get(num_id)
        if num is None:
            return None
        ilvl = max(0, min(MAX_LEVELS - 1, ilvl))
        aid, levels = self._levels(num)
        lv = levels.get(ilvl)
        if lv is None:
            return None
        counters = self.counters.setdefault(aid, [None] * MAX_LEVELS)

        def start_of(k: int) -> int:
            if k in num.start_over:
                return num.start_over[k]
            return levels[k].start if k in levels else 1

        if ilvl in num.start_over and ilvl not in num.used:
            num.used.add(ilvl)
            counters[ilvl] = start_of(ilvl)
        elif counters[ilvl] is None:
            counters[ilvl] = start_of(ilvl)
        else:
            counters[ilvl] += 1
        for k in range(ilvl + 1, MAX_LEVELS):
            deeper = levels.get(k)
            r = deeper.restart if deeper is not None else None
            if r == 0:
                continue  # never restarts
            if r is None or ilvl < r:  # lvlRestart r: restarted by levels 1..r (1-based)
                counters[k] = None
        if lv.hidden or lv.text is None:
            return None
        out = []
        text = lv.text
        i = 0
        while i < len(text):
            ch = text[i]
            if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                k = int(text[i + 1]) - 1
                i += 2
                if 0 <= k < MAX_LEVELS:
                    value = counters[k] if counters[k] is not None else start_of(k)
                    fmt = levels[k].fmt if k in levels else "decimal"
                    if lv.legal and fmt != "none":
                        fmt = "decimal"
                    out.append(format_number(value, fmt))
                continue
            out.append(ch)
            i += 1
        prefix = "".join(out)
        if lv.fmt == "bullet":
            prefix = "".join(c for c in prefix if not ("\ue000" <= c <= "\uf8ff"))
        prefix = prefix.strip()
        if not prefix:
            return None
        if lv.suff in ("tab", "space") and _word_char(prefix[-1]):
            prefix += "　"
        return prefix


GENERATED_NOTE = "（此处编号是 Word/WPS 自动编号生成的，请在“编号”格式中修改，不要手工输入编号。）"


def protect_generated(finding, paragraphs) -> None:
    """A finding whose evidence covers an automatic number must not ask the
    clerk to retype it: a ``fix`` that changes the number is dropped and the
    message says where the number comes from. ``paragraphs`` are the document's, by index."""
    idx = (finding.location or {}).get("paragraph")
    if not idx or not (0 < idx <= len(paragraphs)):
        return
    p = paragraphs[idx - 1]
    n = getattr(p, "generated_prefix", 0)
    if not n or not finding.evidence:
        return
    at = p.text.find(finding.evidence)
    if at < 0 or at >= n:
        return
    generated = p.text[at:n]
    if finding.fix is not None and finding.fix.startswith(generated):
        return  # the fix leaves the number as it is
    finding.fix = None
    if GENERATED_NOTE not in finding.message:
        finding.message += GENERATED_NOTE
