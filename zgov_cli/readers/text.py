"""Plain text (.txt/.md): UTF-8 (with or without BOM), UTF-16 with BOM,
GB18030 fallback. One paragraph a non-empty line."""
from __future__ import annotations

import re

from ..config import ReadLimits
from ..model import Paragraph, RawDocument, ReadError

# C0/C1 control characters other than tab/newline, and lone surrogates.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
MARKERS = {"@title ": ("center", 22.0), "@center ": ("center", None), "@right ": ("right", None)}


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def clean(text: str) -> str:
    """Remove control characters and surrogates; fold odd spaces."""
    return _CONTROL.sub("", text).replace("\u00a0", " ").replace("\u2002", " ").replace("\u2003", "　")


def paragraphs_from_lines(text: str, *, markers: bool = False) -> list[Paragraph]:
    """Split text into paragraphs, one a non-empty line. With ``markers``,
    the fixture notation ``@title ``/``@center ``/``@right `` sets layout."""
    out: list[Paragraph] = []
    for line in text.splitlines():
        align = size = None
        if markers:
            for m, (a, s) in MARKERS.items():
                if line.startswith(m):
                    line, align, size = line[len(m):], a, s
                    break
        line = clean(line).strip()
        if not line:
            continue
        out.append(Paragraph(text=line, index=len(out) + 1, align=align, font_size=size))
    return out


def read_text(path: str, limits: ReadLimits) -> RawDocument:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        raise ReadError("not_found", f"无法读取文件（{e.strerror}）。") from None
    if data.startswith(b"\x00") or data.count(b"\x00") > len(data) // 4 and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError("unsupported_format", "文件内容是二进制数据，不是文本。")
    paras = paragraphs_from_lines(decode(data))
    if not paras:
        raise ReadError("empty", "文件里没有文字内容。")
    if len(paras) > limits.max_paragraphs:
        raise ReadError("too_large", f"段落数超过上限 {limits.max_paragraphs}（可在配置 [read] max-paragraphs 调整）。")
    return RawDocument(path=path, format="txt", paragraphs=paras)
