"""Word 97–2003 binary (.doc) and Kingsoft WPS 文字 (.wps) reader, pure Python.

Why our own reader: no maintained Python library reads the text of a Word
binary file (antiword and catdoc are C programs, textract shells out to
them, and python-docx reads OOXML only), so this follows [MS-DOC] directly,
with olefile (maintained, pure Python) for the OLE compound-file container.
WPS 文字 has written the same binary format since WPS 2005; newer WPS
versions may also save ``.wps`` as an OOXML zip, which the dispatcher sends
to the docx reader (detected by content, not by name).

The path through the file:

* the ``WordDocument`` stream starts with the FIB: ``wIdent`` 0xA5EC,
  ``nFib`` (Word 97 and later: ≥ 0xC1; Word 6/95 files are refused with
  advice), the flags (``fEncrypted``/``fObfuscated`` → ``encrypted``;
  ``fWhichTblStm`` picks ``0Table`` or ``1Table``), ``ccpText`` (length of the
  main story in characters) and the ``fcClx``/``fcPlcfBtePapx`` pairs;
* the CLX in the table stream holds the piece table: character positions
  (CPs) mapped to file offsets, each piece either 8-bit ("compressed",
  cp1252 at fc/2) or UTF-16LE — Chinese text is in the 16-bit pieces;
* the main story (CP 0 … ccpText) is split at paragraph marks (``\\r``),
  table cell/row marks (``\\x07``) and section/page breaks (``\\x0c``);
  a field keeps its result and drops its code (``\\x13`` code ``\\x14``
  result ``\\x15``, nested); pictures, drawn objects and footnote/comment
  anchors are dropped; a soft line break (``\\x0b``) splits a paragraph the
  way the docx reader splits at ``w:br``;
* paragraph properties come from the PAPX FKPs (``PlcfBtePapx``): the
  alignment (``sprmPJc``/``sprmPJc80``) and whether the paragraph is in a
  table (``sprmPFInTable``). Character formatting (CHPX: sizes, colours) and
  style inheritance are not read, so ``font_size``/``color`` stay unknown.

Text boxes are a story after the main one: each box's text (PlcftxbxTxt)
is matched to its shape's anchor in the main story (PlcSpaMom) and emitted
before the paragraph it sits in, as the docx reader does. Headers,
footers, footnotes and comments are not read.
"""
from __future__ import annotations

import bisect
import os
import shutil
import struct
import subprocess
import tempfile

from ..config import ReadLimits
from ..model import Layout, Paragraph, RawDocument, ReadError
from .safezip import guarded, read_input
from .text import clean

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

CORRUPT_MSG = "文件已损坏或不完整（不是有效的 Word 97–2003 文档），请用 Word/WPS 打开确认后重新保存，或另存为 .docx 后再检查。"
ENCRYPTED_MSG = "文档已加密（有打开密码），无法读取。请在 Word/WPS 中用密码打开，解除密码保护后另存，再检查。"
OLD_WORD_MSG = "这是 Word 6.0/95 或更早版本的文档，zgov 只读取 Word 97 及以后的 .doc。请用 Word、WPS 或 LibreOffice 另存为 .docx 后再检查。"
NOT_WORD_MSG = "文件是 OLE 复合文档，但不是 Word 文字文档（可能是 Excel、PowerPoint 或旧版 WPS 的文件）。zgov 检查 .docx、.doc、.wps、.ofd、.pdf、.txt、.md，请另存为 .docx 后再检查。"

SENTENCE_END = "。！？；：…!?;:"
CLOSERS = "”’」』）)】》\"'"

# paragraph sprms ([MS-DOC] 2.6.2)
SPRM_PJC80 = 0x2403
SPRM_PJC = 0x2461
SPRM_PFINTABLE = 0x2416
SPRM_PITAP = 0x6649
_JC = {0: "left", 1: "center", 2: "right", 3: "justify", 4: "justify", 5: "justify"}

# characters of the main story that are not text
_FIELD_BEGIN, _FIELD_SEP, _FIELD_END = "\x13", "\x14", "\x15"
_PARA_ENDS = "\r\x07\x0c"
_DROP = {chr(c) for c in range(0x20)} - {"\t"}


def _u16(b: bytes, o: int) -> int:
    return struct.unpack_from("<H", b, o)[0]


def _u32(b: bytes, o: int) -> int:
    return struct.unpack_from("<I", b, o)[0]


class _Fib:
    __slots__ = ("n_fib", "encrypted", "table", "ccp_text", "txbx_start", "ccp_txbx", "fc_clx", "lcb_clx",
                 "fc_papx", "lcb_papx", "fc_spa", "lcb_spa", "fc_txbx", "lcb_txbx")


def _fib(wd: bytes) -> _Fib:
    if len(wd) < 34 or _u16(wd, 0) != 0xA5EC:
        raise ReadError("corrupt", CORRUPT_MSG)
    f = _Fib()
    f.n_fib = _u16(wd, 2)
    flags = _u16(wd, 0x0A)
    f.encrypted = bool(flags & 0x0100) or bool(flags & 0x8000)
    f.table = "1Table" if flags & 0x0200 else "0Table"
    if f.encrypted:
        return f
    if f.n_fib < 0xC1:
        raise ReadError("unsupported_format", OLD_WORD_MSG)
    o = 32
    csw = _u16(wd, o)
    o += 2 + 2 * csw
    if o + 2 > len(wd):
        raise ReadError("corrupt", CORRUPT_MSG)
    cslw = _u16(wd, o)
    lw = o + 2
    o = lw + 4 * cslw
    if cslw < 4 or o + 2 > len(wd):
        raise ReadError("corrupt", CORRUPT_MSG)
    ccp = struct.unpack_from(f"<{min(cslw, 11)}i", wd, lw)
    f.ccp_text = ccp[3]
    # the stories follow each other: main, footnotes, headers, macros,
    # comments, endnotes, then text boxes
    f.txbx_start = sum(max(c, 0) for c in ccp[3:9]) if len(ccp) >= 10 else 0
    f.ccp_txbx = ccp[9] if len(ccp) >= 10 else 0
    cb = _u16(wd, o)  # count of 8-byte fc/lcb pairs
    blob = o + 2
    if cb < 34 or blob + 8 * 34 > len(wd):
        raise ReadError("corrupt", CORRUPT_MSG)

    def pair(i: int) -> tuple[int, int]:
        return _u32(wd, blob + 8 * i), _u32(wd, blob + 8 * i + 4)

    f.fc_papx, f.lcb_papx = pair(13)
    f.fc_clx, f.lcb_clx = pair(33)
    f.fc_spa, f.lcb_spa = pair(40) if cb > 40 else (0, 0)  # PlcSpaMom: shapes anchored in the main story
    f.fc_txbx, f.lcb_txbx = pair(56) if cb > 56 and blob + 8 * 57 <= len(wd) else (0, 0)  # PlcftxbxTxt
    return f


class _Piece:
    __slots__ = ("cp0", "cp1", "fc", "compressed")

    def __init__(self, cp0: int, cp1: int, fc: int, compressed: bool):
        self.cp0, self.cp1, self.fc, self.compressed = cp0, cp1, fc, compressed

    def byte_at(self, cp: int) -> int:
        """File offset of the character at ``cp`` in the WordDocument stream."""
        return self.fc + (cp - self.cp0) * (1 if self.compressed else 2)


def _pieces(table: bytes, fib: _Fib) -> list[_Piece]:
    if fib.lcb_clx == 0 or fib.fc_clx + fib.lcb_clx > len(table):
        raise ReadError("corrupt", CORRUPT_MSG)
    clx = table[fib.fc_clx: fib.fc_clx + fib.lcb_clx]
    i = 0
    while i < len(clx) and clx[i] == 0x01:  # Prc: property modifiers for pieces
        if i + 3 > len(clx):
            raise ReadError("corrupt", CORRUPT_MSG)
        cb = struct.unpack_from("<h", clx, i + 1)[0]
        if cb < 0:
            raise ReadError("corrupt", CORRUPT_MSG)
        i += 3 + cb
    if i + 5 > len(clx) or clx[i] != 0x02:
        raise ReadError("corrupt", CORRUPT_MSG)
    lcb = _u32(clx, i + 1)
    plc = clx[i + 5: i + 5 + lcb]
    n = (len(plc) - 4) // 12
    if n <= 0 or len(plc) < 4 * (n + 1) + 8 * n:
        raise ReadError("corrupt", CORRUPT_MSG)
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out: list[_Piece] = []
    base = 4 * (n + 1)
    for k in range(n):
        fc_raw = _u32(plc, base + 8 * k + 2)
        compressed = bool(fc_raw & 0x40000000)
        fc = fc_raw & 0x3FFFFFFF
        if compressed:
            fc //= 2
        if cps[k + 1] < cps[k]:
            raise ReadError("corrupt", CORRUPT_MSG)
        out.append(_Piece(cps[k], cps[k + 1], fc, compressed))
    return out


def _story(wd: bytes, pieces: list[_Piece], cp_end: int, cp_start: int = 0) -> tuple[str, list[tuple[int, _Piece]]]:
    """Characters CP cp_start … cp_end, with, for each piece used, (offset in
    the returned string, piece) to map a character back to its file offset."""
    parts: list[str] = []
    spans: list[tuple[int, _Piece]] = []
    pos = 0
    for pc in pieces:
        if pc.cp0 >= cp_end:
            break
        lo = max(pc.cp0, cp_start)
        n = min(pc.cp1, cp_end) - lo
        if n <= 0:
            continue
        size = n if pc.compressed else 2 * n
        start = pc.byte_at(lo)
        if start + size > len(wd):
            raise ReadError("corrupt", CORRUPT_MSG)
        raw = wd[start: start + size]
        text = raw.decode("cp1252", errors="replace") if pc.compressed else raw.decode("utf-16-le", errors="replace")
        spans.append((pos - (lo - pc.cp0), pc))
        parts.append(text)
        pos += len(text)
    return "".join(parts), spans


def _sprms(grpprl: bytes) -> dict[int, bytes]:
    """Paragraph sprms of a grpprl (the last of each code wins)."""
    out: dict[int, bytes] = {}
    i = 0
    while i + 2 <= len(grpprl):
        sprm = _u16(grpprl, i)
        i += 2
        spra = sprm >> 13
        if spra in (0, 1):
            size = 1
        elif spra in (2, 4, 5):
            size = 2
        elif spra == 3:
            size = 4
        elif spra == 7:
            size = 3
        else:  # variable length: the first byte is the size
            if i >= len(grpprl):
                break
            if sprm == 0xC615 and grpprl[i] == 255:  # sprmPChgTabs: its own layout
                break
            size = grpprl[i] + 1
        if i + size > len(grpprl):
            break
        out[sprm] = grpprl[i: i + size]
        i += size
    return out


class _Papx:
    """Paragraph property runs from the PAPX FKPs: sorted file-offset ranges."""

    def __init__(self, wd: bytes, table: bytes, fib: _Fib):
        self.starts: list[int] = []
        self.runs: list[tuple[int, int, str | None, bool]] = []
        fc, lcb = fib.fc_papx, fib.lcb_papx
        if lcb < 12 or fc + lcb > len(table):
            return
        plc = table[fc: fc + lcb]
        n = (lcb - 4) // 8
        pns = struct.unpack_from(f"<{n}I", plc, 4 * (n + 1))
        runs = []
        seen: set[int] = set()
        for pn in pns:
            pn &= 0x3FFFFF
            if pn in seen or (pn + 1) * 512 > len(wd):
                continue
            seen.add(pn)
            page = wd[pn * 512: pn * 512 + 512]
            crun = page[511]
            if 4 * (crun + 1) + 13 * crun > 511:
                continue
            fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
            for k in range(crun):
                b_off = page[4 * (crun + 1) + 13 * k]
                align, in_table = None, False
                if b_off:
                    o = 2 * b_off
                    cb = page[o] if o < 512 else 0
                    if cb:
                        grp = page[o + 1: o + 1 + 2 * cb - 1]
                    elif o + 1 < 512:
                        grp = page[o + 2: o + 2 + 2 * page[o + 1]]
                    else:
                        grp = b""
                    sp = _sprms(grp[2:])
                    jc = sp.get(SPRM_PJC, sp.get(SPRM_PJC80))
                    if jc:
                        align = _JC.get(jc[0])
                    in_table = bool(sp.get(SPRM_PFINTABLE, b"\x00")[0]) or (
                        SPRM_PITAP in sp and len(sp[SPRM_PITAP]) == 4 and _u32(sp[SPRM_PITAP], 0) > 0)
                runs.append((fcs[k], fcs[k + 1], align, in_table))
        runs.sort()
        self.runs = runs
        self.starts = [r[0] for r in runs]

    def at(self, fc: int) -> tuple[str | None, bool]:
        i = bisect.bisect_right(self.starts, fc) - 1
        if i >= 0 and self.runs[i][0] <= fc < self.runs[i][1]:
            return self.runs[i][2], self.runs[i][3]
        return None, False


def _textboxes(wd: bytes, table: bytes, fib: _Fib, pieces: list[_Piece], papx: "_Papx",
               limits: ReadLimits) -> dict[int, list[Paragraph]]:
    """Paragraphs of the text boxes, keyed by the main-story CP of the shape
    they sit in (PlcSpaMom's FSPA.spid = PlcftxbxTxt's FTXBXS.lid); the 版头
    is often a text box. Boxes whose shape cannot be found are left out."""
    if not (fib.ccp_txbx > 0 and fib.lcb_txbx >= 30 and fib.lcb_spa >= 30):
        return {}
    if fib.fc_txbx + fib.lcb_txbx > len(table) or fib.fc_spa + fib.lcb_spa > len(table):
        return {}
    spa = table[fib.fc_spa: fib.fc_spa + fib.lcb_spa]
    n_spa = (len(spa) - 4) // 30
    spa_cps = struct.unpack_from(f"<{n_spa + 1}I", spa, 0)
    anchor = {struct.unpack_from("<i", spa, 4 * (n_spa + 1) + 26 * k)[0]: spa_cps[k] for k in range(n_spa)}
    tx = table[fib.fc_txbx: fib.fc_txbx + fib.lcb_txbx]
    n_tx = (len(tx) - 4) // 26
    tx_cps = struct.unpack_from(f"<{n_tx + 1}I", tx, 0)
    out: dict[int, list[Paragraph]] = {}
    for k in range(n_tx - 1):  # the last entry is a dummy
        reusable = struct.unpack_from("<h", tx, 4 * (n_tx + 1) + 22 * k + 8)[0]
        lid = struct.unpack_from("<i", tx, 4 * (n_tx + 1) + 22 * k + 14)[0]
        lo, hi = tx_cps[k], tx_cps[k + 1]
        if reusable or lid not in anchor or not 0 <= lo < hi <= fib.ccp_txbx:
            continue
        text, spans = _story(wd, pieces, fib.txbx_start + hi, fib.txbx_start + lo)
        if spans:
            out.setdefault(anchor[lid], []).extend(_paragraphs(text, spans, papx, limits))
    return out


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(" 　\t")
    while t and t[-1] in CLOSERS:
        t = t[:-1]
    return bool(t) and t[-1] in SENTENCE_END


def _paragraphs(text: str, spans: list[tuple[int, _Piece]], papx: _Papx, limits: ReadLimits,
                boxes: dict[int, list[Paragraph]] | None = None) -> list[Paragraph]:
    """Paragraphs of one story; ``boxes`` (main story only): text-box
    paragraphs by anchor CP, emitted before the paragraph they sit in."""
    offsets = [s for s, _ in spans]
    boxes = boxes or {}
    pending: list[Paragraph] = []
    out: list[Paragraph] = []
    segments: list[str] = []  # soft-break segments of the current paragraph
    cur: list[str] = []
    fields: list[bool] = []  # for each open field: True while in its result
    page = 1
    saw_break = False

    def fc_of(i: int) -> int:
        k = bisect.bisect_right(offsets, i) - 1
        start, pc = spans[max(k, 0)]
        return pc.byte_at(pc.cp0 + (i - start))

    def emit(i: int, mark: str) -> None:
        align, in_table = papx.at(fc_of(i))
        if mark == "\x07":
            in_table = True
        pieces = segments + ["".join(cur)]
        segments.clear()
        cur.clear()
        for box in pending:
            if len(out) >= limits.max_paragraphs:
                raise ReadError("too_large", f"段落数超过上限 {limits.max_paragraphs}（可在配置 [read] max-paragraphs 调整）。")
            box.index, box.page = len(out) + 1, page
            out.append(box)
        pending.clear()
        for t in pieces:
            t = clean(t).strip()
            if not t:
                continue
            if len(out) >= limits.max_paragraphs:
                raise ReadError("too_large", f"段落数超过上限 {limits.max_paragraphs}（可在配置 [read] max-paragraphs 调整）。")
            out.append(Paragraph(text=t, index=len(out) + 1, page=page, align=align, in_table=in_table))

    for i, ch in enumerate(text):
        if i in boxes:
            pending.extend(boxes[i])
        if ch == _FIELD_BEGIN:
            fields.append(False)
            continue
        if ch == _FIELD_SEP:
            if fields:
                fields[-1] = True
            continue
        if ch == _FIELD_END:
            if fields:
                fields.pop()
            continue
        if fields and not all(fields):
            continue  # a field's code
        if ch in _PARA_ENDS:
            emit(i, ch)
            if ch == "\x0c":
                page += 1
                saw_break = True
            continue
        if ch == "\x0b":  # soft line break: splits a sentence end or a centred/right line
            align, _ = papx.at(fc_of(i))
            seg = "".join(cur)
            if align in ("center", "right") or _ends_sentence(seg):
                segments.append(seg)
                cur.clear()
            continue
        if ch == "\x1e":  # non-breaking hyphen
            cur.append("-")
            continue
        if ch in _DROP or ch == "\x1f":
            continue
        cur.append(ch)
    if cur or segments or pending:
        emit(len(text) - 1 if text else 0, "\r")
    if not saw_break:
        for p in out:
            p.page = None
    return out


def read_doc(path: str, limits: ReadLimits, fmt: str = "doc") -> RawDocument:
    """Paragraphs of a Word 97–2003 binary document. ``fmt`` is the format
    the result reports (``doc`` or ``wps``)."""
    # olefile internals, struct.error on a truncated table …: a broken file
    return guarded(_read_doc, path, limits, fmt, memory_msg="文档太大，读取时内存不足，已放弃。", corrupt_msg=CORRUPT_MSG)


def _open_ole(data: bytes):
    import olefile

    if not data.startswith(OLE_MAGIC) or len(data) < 1536:
        raise ReadError("corrupt", CORRUPT_MSG)
    try:
        return olefile.OleFileIO(data)
    except Exception:
        raise ReadError("corrupt", CORRUPT_MSG) from None


def _stream(ole, name: str, cap: int) -> bytes:
    size = ole.get_size(name)
    if size > cap:
        raise ReadError("too_large", f"文档内部数据 {name} 有 {size / 1048576:.0f} MB，超过上限，已拒绝读取。")
    return ole.openstream(name).read()


def _read_doc(path: str, limits: ReadLimits, fmt: str) -> RawDocument:
    data = read_input(path, limits)
    ole = _open_ole(data)
    try:
        if not ole.exists("WordDocument"):
            if ole.exists("EncryptedPackage") or ole.exists("EncryptionInfo"):
                raise ReadError("encrypted", ENCRYPTED_MSG)
            raise ReadError("unsupported_format", NOT_WORD_MSG)
        cap = limits.max_inflated_mb * 1024 * 1024
        wd = _stream(ole, "WordDocument", cap)
        fib = _fib(wd)
        if fib.encrypted:
            raise ReadError("encrypted", ENCRYPTED_MSG)
        if not ole.exists(fib.table):
            raise ReadError("corrupt", CORRUPT_MSG)
        table = _stream(ole, fib.table, cap)
    finally:
        ole.close()
    if fib.ccp_text <= 0:
        raise ReadError("empty", "文档里没有正文文字，请确认文件内容后再检查。")
    pieces = _pieces(table, fib)
    text, spans = _story(wd, pieces, fib.ccp_text)
    if not spans:
        raise ReadError("corrupt", CORRUPT_MSG)
    papx = _Papx(wd, table, fib)
    paras = _paragraphs(text, spans, papx, limits, _textboxes(wd, table, fib, pieces, papx, limits))
    if not paras:
        raise ReadError("empty", "文档里没有文字（可能只有图片），无法检查。")
    pages = max((p.page or 1) for p in paras) if paras[0].page is not None else None
    return RawDocument(path=path, format=fmt, paragraphs=paras, layout=Layout(page_count=pages))


# ---- optional: LibreOffice for full fidelity -----------------------------------

def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_via_soffice(path: str, limits: ReadLimits, fmt: str) -> RawDocument:
    """Convert a copy with ``soffice --headless --convert-to docx`` into a
    temporary folder and read that docx (styles, numbering, text boxes and
    sizes included). The input is only read; the converted file is deleted."""
    from .docx import read_docx

    exe = soffice_path()
    if exe is None:
        raise ReadError("unsupported_format", "配置要求用 LibreOffice 转换 .doc/.wps，但本机没有安装 LibreOffice（soffice）。请安装后重试，或把配置 [read] doc-converter 改为 \"builtin\"。")
    with tempfile.TemporaryDirectory(prefix="zgov-soffice-") as tmp:
        src = os.path.join(tmp, "input" + (".doc" if fmt in ("doc", "wps") else os.path.splitext(path)[1]))
        shutil.copyfile(path, src)
        profile = os.path.join(tmp, "profile")
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "docx", "--outdir", tmp, src]
        try:
            subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=120, check=False)
        except (OSError, subprocess.TimeoutExpired):
            raise ReadError("corrupt", "LibreOffice 转换文档失败（超时或无法启动），请用 Word/WPS 另存为 .docx 后再检查。") from None
        out = os.path.join(tmp, "input.docx")
        if not os.path.exists(out):
            raise ReadError("corrupt", "LibreOffice 无法转换该文档（可能已损坏或已加密），请用 Word/WPS 打开确认后另存为 .docx 再检查。")
        raw = read_docx(out, limits)
    raw.path = path
    raw.format = fmt
    return raw
