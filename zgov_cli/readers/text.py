"""Plain text (.txt/.md): one paragraph a non-empty line.

Encodings: a BOM decides (UTF-8, UTF-16 LE/BE, UTF-32); without one, UTF-16
is recognised by its NUL pattern, then strict UTF-8, then GB18030 (real
drafts come in GBK, which GB18030 contains). A file that decodes under none
is read with replacement characters (dropped) if it is mostly text, and
refused as binary otherwise.

The file is streamed line by line, so memory is bounded by the paragraphs
kept, and ``max-paragraphs`` stops a runaway file early. Control characters,
unpaired surrogates and BOMs are removed from every line.
"""
from __future__ import annotations

import codecs
import io
from functools import lru_cache

from ..config import ReadLimits
from ..model import Paragraph, RawDocument, ReadError
from ..lazyre import lazy_re

# C0/C1 control characters other than tab/newline, lone surrogates, BOM/ZWNBSP
# and the non-characters U+FFFE/U+FFFF.
_CONTROL = lazy_re(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff\ufffe\uffff]")
MARKERS = {"@title ": ("center", 22.0), "@center ": ("center", None), "@right ": ("right", None)}

_HEAD = 64 * 1024
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# A decoded file with more than this share (and count) of junk characters is binary.
_MAX_JUNK = 0.05
_MAX_JUNK_COUNT = 8
BINARY_MSG = "文件内容是二进制数据，不是文本（可能是改了扩展名的其他文件）。请确认文件类型；若是 Word 文档请改回 .docx。"


def clean(text: str) -> str:
    """Remove control characters and surrogates; fold odd spaces."""
    return _CONTROL.sub("", text).replace("\u00a0", " ").replace("\u2002", " ").replace("\u2003", "　")


def paragraphs_from_lines(text: str, *, markers: bool = False) -> list[Paragraph]:
    """Split text into paragraphs, one a non-empty line. With ``markers``,
    the fixture notation ``@title ``/``@center ``/``@right `` sets layout."""
    out: list[Paragraph] = []
    for line in text.splitlines():
        p = _paragraph(line, len(out) + 1, markers)
        if p is not None:
            out.append(p)
    return out


def _paragraph(line: str, index: int, markers: bool) -> Paragraph | None:
    align = size = None
    if markers:
        for m, (a, s) in MARKERS.items():
            if line.startswith(m):
                line, align, size = line[len(m):], a, s
                break
    line = clean(line).strip()
    if not line:
        return None
    return Paragraph(text=line, index=index, align=align, font_size=size)


# ---- encoding -----------------------------------------------------------------

def bom_encoding(head: bytes) -> tuple[str, int] | None:
    """(codec, BOM length) when the data starts with a byte-order mark."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc, len(bom)
    return None


_COMMON = lazy_re("[\t\n\r\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2010-\u2027]")


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 saved without a BOM. Either the NUL pattern of mostly-ASCII
    text, or — for a head that is not UTF-8 — a decoding that is almost all
    hanzi, Chinese punctuation and ASCII (GBK and UTF-8 bytes paired up as
    UTF-16 fall in Hangul, Yi and private use instead)."""
    n = len(head) - len(head) % 2
    if n < 4:
        return None
    even, odd = head[0:n:2], head[1:n:2]
    z_even, z_odd = even.count(0), odd.count(0)
    half = n // 2
    if z_odd > 0.3 * half and z_even < 0.02 * half:
        return "utf-16-le"
    if z_even > 0.3 * half and z_odd < 0.02 * half:
        return "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return None  # valid UTF-8 so far
    except UnicodeDecodeError:
        pass
    best, score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        text = head[:n].decode(enc, errors="replace")
        ratio = len(_COMMON.findall(text)) / max(1, len(text))
        if ratio > score:
            best, score = enc, ratio
    return best if score >= 0.9 else None


# What text never holds: controls (not tab/newline/form feed), replacement
# characters, lone surrogates, private-use characters.
_JUNK = lazy_re("[\x00-\x08\x0e-\x1b\x7f-\x9f\ufffd\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]")


def decode(data: bytes) -> str:
    """Decode a whole byte string the way :func:`read_text` does."""
    bom = bom_encoding(data)
    if bom:
        return data[bom[1]:].decode(bom[0], errors="replace")
    enc = _utf16_without_bom(data[:_HEAD])
    if enc:
        return data.decode(enc, errors="replace")
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode(_best_lossy(data[:_HEAD]), errors="replace")


def _best_lossy(head: bytes) -> str:
    """For a file valid in no encoding: the one with fewer bad characters."""
    u = head.decode("utf-8", errors="replace").count("\ufffd")
    g = head.decode("gb18030", errors="replace").count("\ufffd")
    return "utf-8" if u <= g else "gb18030"


# ---- reading ----------------------------------------------------------------------

class _Stats:
    __slots__ = ("chars", "junk")

    def __init__(self) -> None:
        self.chars = 0
        self.junk = 0


def _read_paragraphs(raw, start: int, encoding: str, errors: str, limits: ReadLimits, markdown: bool):
    paras: list[Paragraph] = []
    stats = _Stats()
    md = _Markdown() if markdown else _FrontMatter()
    raw.seek(start)
    wrapper = io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline=None)
    try:
        _fill(wrapper, paras, stats, md, limits)
    finally:
        wrapper.detach()  # leave the binary file open for a retry
    if md is not None:  # an unclosed front matter was text after all
        for line in md.finish():
            p = _paragraph(line.replace("\ufffd", ""), len(paras) + 1, False)
            if p is not None and len(paras) < limits.max_paragraphs:
                paras.append(p)
    return paras, stats


def _fill(lines, paras: list[Paragraph], stats: _Stats, md, limits: ReadLimits) -> None:
    for line in lines:
        stats.chars += len(line)
        stats.junk += len(_JUNK.findall(line))
        # vertical tab, form feed, \x1c-\x1e, NEL, U+2028/9 also end a line
        for part in line.splitlines():
            kept = md.line(part)
            for text in md.drain() + ([kept] if kept is not None else []):
                # the layout notation of the shared samples (@title/@center/@right)
                p = _paragraph(text.replace("\ufffd", ""), len(paras) + 1, True)
                if p is None:
                    continue
                if len(paras) >= limits.max_paragraphs:
                    raise ReadError(
                        "too_large",
                        f"段落数超过上限 {limits.max_paragraphs}（可在配置 [read] max-paragraphs 调整），请确认这是一份公文。",
                    )
                paras.append(p)


def read_text(path: str, limits: ReadLimits) -> RawDocument:
    markdown = path.lower().endswith((".md", ".markdown"))
    try:
        with open(path, "rb") as raw:
            head = raw.read(_HEAD)
            if not head:
                raise ReadError("empty", "文件是空的（0 字节），可能没有保存成功，请重新保存后再检查。")
            bom = bom_encoding(head)
            if bom:
                plans = [(bom[0], bom[1], "replace")]
            else:
                enc16 = _utf16_without_bom(head)
                if enc16:
                    plans = [(enc16, 0, "replace")]
                else:
                    if head.count(0) > max(2, len(head) // 100):
                        raise ReadError("unsupported_format", BINARY_MSG)
                    plans = [("utf-8", 0, "strict"), ("gb18030", 0, "strict"), (_best_lossy(head), 0, "replace")]
            for encoding, start, errors in plans:
                try:
                    paras, stats = _read_paragraphs(raw, start, encoding, errors, limits, markdown)
                    break
                except UnicodeDecodeError:
                    continue
    except OSError as e:
        raise ReadError("not_found", f"无法读取文件（{e.strerror or e}），文件可能已被移动、删除或正被其他程序占用。") from None
    if stats.junk > _MAX_JUNK_COUNT and stats.junk > _MAX_JUNK * stats.chars:
        raise ReadError("unsupported_format", BINARY_MSG)
    if not paras:
        raise ReadError("empty", "文件里没有文字内容（只有空白），请确认保存的是正文。")
    return RawDocument(path=path, format="txt", paragraphs=paras)


# ---- markdown -------------------------------------------------------------------

_MD_HEADING = lazy_re(r"^\s{0,3}#{1,6}\s+")
_MD_RULE = lazy_re(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_EMPH = lazy_re(r"(\*\*|__)(.+?)\1")
_MD_QUOTE = lazy_re(r"^\s{0,3}>\s?")


class _Markdown:
    """Just enough Markdown to read a draft kept as .md: YAML front matter,
    code fences and horizontal rules dropped; heading, quote and bold
    markers removed. Lists are left alone (公文 numbering is text)."""

    def __init__(self) -> None:
        self.first = True
        self.front: list[str] | None = None  # lines of an open front matter
        self.fence = False

    def line(self, line: str) -> str | None:
        s = line.strip()
        if self.first:
            self.first = False
            if s == "---":
                self.front = [line]
                return None
        if self.front is not None:
            if s in ("---", "..."):
                self.front = None
            elif len(self.front) < 200:
                self.front.append(line)
            return None
        if s.startswith(("```", "~~~")):
            self.fence = not self.fence
            return None
        if self.fence or _MD_RULE.match(line):
            return None
        line = _MD_HEADING.sub("", line)
        line = _MD_QUOTE.sub("", line)
        return _MD_EMPH.sub(r"\2", line)

    def finish(self) -> list[str]:
        return [] if self.front is None else self.front[1:]

    def drain(self) -> list[str]:
        """Lines held back that turned out to be text."""
        return []


_YAML_KEY = lazy_re(r"^[A-Za-z_][\w-]*\s*:(\s|$)")


class _FrontMatter(_Markdown):
    """Plain text: only a leading YAML front matter block is dropped (drafts
    kept with metadata, like the shared samples), and only when every line of
    it is ``key: value``; a document that merely opens with a ``---`` rule
    keeps its text."""

    def line(self, line: str) -> str | None:
        s = line.strip()
        if self.front is not None and s in ("---", "..."):
            block = self.front[1:]
            if all(_YAML_KEY.match(x) or not x.strip() or x.startswith((" ", "\t", "-")) for x in block) and block:
                self.front = None
                return None
            # not metadata: give the lines back as text
            self.front, self.pending = None, block + [line]
            return None
        if self.front is not None:
            if len(self.front) > 60:  # too long for metadata: text after all
                self.pending, self.front = self.front[1:] + [line], None
                return None
            self.front.append(line)
            return None
        if self.first:
            self.first = False
            if s == "---":
                self.front = [line]
                return None
        return line

    pending: list[str] = []

    def drain(self) -> list[str]:
        out, self.pending = self.pending, []
        return out


# ---- garbled text -------------------------------------------------------------------

_MIN_LETTERS = 20


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    from ..data import load_toml

    return frozenset(ch for ch in load_toml("common_hanzi.toml")["chars"] if not ch.isspace())


def _is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0003134f"


def looks_garbled(text: str) -> bool:
    """Text extracted through a broken font map (glyph ids read as code
    points): hanzi that are mostly rare characters, or — when there are few
    hanzi — letters mostly from other scripts (Latin Extended, Hangul, Yi…).
    Real Chinese documents have over 99% of their hanzi among the 3,500 most
    common; glyph ids give about 20%."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return False
    hanzi = [ch for ch in letters if _is_hanzi(ch)]
    if len(hanzi) >= 0.3 * len(letters):
        common = _common_hanzi()
        return sum(1 for ch in hanzi if ch in common) < 0.6 * len(hanzi)
    exotic = sum(1 for ch in letters if not ch.isascii() and not _is_hanzi(ch))
    return exotic > 0.5 * len(letters)
