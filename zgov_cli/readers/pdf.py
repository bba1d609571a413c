"""PDF reader (pypdfium2, which ships with pdfplumber).

Why pypdfium2 and not pdfplumber's ``extract_text``: pdfium's text page gives
lines (generated CR/LF), per-char boxes, font size, fill colour and weight
through cheap C calls, several times faster than pdfminer's layout analysis
that pdfplumber runs (numbers in the module's tests / bench). Only a few
chars per line are inspected (first, last, middle), so the cost is O(lines).

pdfium loses text in one case: a text object whose bounding box has no width
is skipped by its text page, and that box comes from glyph outlines. For a
font that is not embedded and that the system cannot substitute with glyphs
(reportlab's ``STSong-Light``, a predefined-CMap CID font, on a machine
without CJK fonts) every object holding one glyph (a wrapped title's last
character, a lone ``。`` line, each half of a spaced ``通　知``) vanishes;
longer objects survive with correct advance-width x positions but empty
glyph boxes (hence loose char boxes below). Such pages are found by a scan
of the page objects (a degenerate text object in a non-embedded font) and
read with pdfminer instead (a bare text device, about half the time of
pdfplumber's ``chars``), grouped into the same lines as pdfium's; both feed
the one paragraph builder. Measured on 40 generated reportlab notices (17
with such pages): 0.45 s against 2.9 s for pdfplumber's ``extract_text``.

Lines become paragraphs (GB/T 9704 layout, 2-char first-line indent):

* a line continues on the next one (also across a page break) when it runs to
  the right edge of the text block and the next line starts flush left —
  a new paragraph is indented; in documents that use no indentation, a line
  that ends a sentence (。！？；：… possibly followed by a closing quote or
  bracket) ends its paragraph too;
* a short line, a centred or right-aligned line (title, 版头, signature,
  date), or a change in font size stands alone;
* page numbers (``— 3 —``, ``- 3 -``, ``3``, ``第3页``, ``第 3 页 共 9 页``,
  ``3/9``) at the top or bottom of a page and running headers/footers
  repeated on most pages are dropped;
* spaces that pdfium *generates* for gaps (``2019 年``, letter-spaced 版头
  ``税务 总局``) are dropped unless they separate two Latin words.

Lines follow the file, not the machine: a pdfium line whose chars sit on
different baselines (char origins) is split, chars drawn out of x order are
put in x order, and the font size includes the text matrix — so the reading
is the same whatever CJK fonts are installed (``tests/test_pdf_fonts.py``
reads with an empty font list in a child process and compares).

Struck-through text (a PDF exported with tracked changes shown) is left
out: a thin horizontal path crossing the middle band of glyphs, and no wider
than the line's text (table rules run on past it), marks them; the text is
kept on ``Paragraph.struck`` for the report (ZG002).

Each paragraph keeps the page of its first line; ``align`` is center/right
from x positions, ``font_size`` from pdfium's font size, ``color`` and
``bold`` from the first character.
"""
from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass

from ..config import ReadLimits
from ..model import Layout, Paragraph, RawDocument, ReadError
from .safezip import guarded, read_input
from .text import clean

PT_MM = 25.4 / 72
SENTENCE_END = "。！？；：…!?;:"
CLOSERS = "”’」』）)】》\"'"
SPACES = " \t\r\n\u3000\u00a0"
PAGE_NUMBER = re.compile(
    r"^(?:[—\-－–─~～·•]*\s*\d{1,4}\s*[—\-－–─~～·•]*"
    r"|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$",
    re.IGNORECASE,
)
CID_GARBAGE = re.compile(r"\(cid:\d+\)")
# pdfium is not thread-safe: a batch running readers in threads must not
# call into it concurrently (processes are unaffected).
_PDFIUM_LOCK = threading.Lock()

ENCRYPTED_MSG = "PDF 已加密（有打开密码），无法读取文字。请先解除密码保护（用密码打开后另存为不加密的 PDF），或取得原 .docx 稿后再检查。"
NO_TEXT_MSG = "PDF 中没有文字层（可能是扫描件或图片），无法检查。扫描件没有文字层，请先做 OCR 文字识别，或取得原 .docx 稿后再检查。"
GARBLED_MSG = "PDF 的文字无法正确解码（字体缺少编码映射，提取出来是乱码），无法检查。请用原 .docx 稿检查，或重新导出 PDF 时嵌入字体，或先做 OCR 文字识别。"
CORRUPT_MSG = "PDF 文件已损坏或不完整，无法读取；请重新导出 PDF 后再检查。"


@dataclass(slots=True)
class _Line:
    text: str
    page: int  # 1-based
    x0: float
    x1: float
    top: float  # pdf coordinates: y grows upwards
    bottom: float
    size: float
    color: str | None
    bold: bool | None
    align: str | None = None
    drop: bool = False
    struck: str = ""  # text on this line with a line drawn through it (left out of ``text``)


def _is_visible(ch: str) -> bool:
    return ch not in SPACES


def _page_lines(tp, raw, page_no: int, strikes=()) -> list[_Line]:
    """Lines of one page from pdfium's text page.

    pdfium's generated CR/LF give candidate lines, but pdfium decides them
    from glyph boxes, and those come from whatever font the machine
    substitutes for a non-embedded one: with CJK fonts installed a
    right-aligned one-glyph line (``印``) under the date was put on the
    date's line. So each candidate is checked against the baselines written
    in the file (char origins): where the baseline moves by more than half
    a glyph, a new line starts. Only the first and last char of a candidate
    are looked at unless they differ, so the cost stays O(lines)."""
    import ctypes

    n = tp.count_chars()
    if n <= 0:
        return []
    text = tp.get_text_range()
    if len(text) != n:  # astral chars or a pdfium quirk: rebuild char by char
        chars = []
        for i in range(n):
            cp = raw.FPDFText_GetUnicode(tp.raw, i)
            chars.append(chr(cp) if 0 < cp < 0x110000 and not 0xD800 <= cp < 0xE000 else "\ufffd")
        text = "".join(chars)
    out: list[_Line] = []
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    box = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    matrix = raw.FS_MATRIX()
    length = len(text)

    tl, tr, tb, tt = (ctypes.c_double() for _ in range(4))

    def loose(i: int) -> tuple[float, float, float, float]:
        # loose boxes (advance width x font ascent/descent): tight glyph boxes
        # are empty for fonts pdfium has no glyphs for; these match pdfminer's
        raw.FPDFText_GetLooseCharBox(tp.raw, i, box)
        if box.top - box.bottom > 40 and box.top - box.bottom > 3 * font_size(i) > 0:
            # pdfium sizes a loose box by the Tf size alone: under a scaling
            # text matrix (Tf 199 at 0.05: a 10 pt glyph) it is twenty glyphs
            # wide and tall, and would meet every table rule around it; the
            # tight box is where the glyph is
            if raw.FPDFText_GetCharBox(tp.raw, i, tl, tr, tb, tt) and tr.value > tl.value:
                return tl.value, tb.value, tr.value, tt.value
        return box.left, box.bottom, box.right, box.top

    def baseline(i: int) -> float:
        raw.FPDFText_GetCharOrigin(tp.raw, i, ox, oy)
        return oy.value

    def font_size(i: int) -> float:
        # pdfium gives the Tf size; the text and graphics matrices scale it
        # (Tf 319 under a 0.05 matrix is 16 pt)
        size = float(raw.FPDFText_GetFontSize(tp.raw, i) or 0.0)
        if size > 0.5 and raw.FPDFText_GetMatrix(tp.raw, i, matrix):
            scale = math.hypot(matrix.c, matrix.d)
            if scale > 1e-6:
                size *= scale
        return size

    def rotated(i: int) -> bool:
        # text drawn at an angle (a rotated table, a vertical stamp): its
        # chars do not run along x on one y; keep pdfium's grouping and order
        angle = raw.FPDFText_GetCharAngle(tp.raw, i)
        return angle >= 0 and 0.05 < angle < 2 * math.pi - 0.05

    def emit(idx: list[int]) -> None:
        span = list(range(idx[0], idx[-1] + 1))
        xs = []
        for j in idx:
            raw.FPDFText_GetCharOrigin(tp.raw, j, ox, oy)
            xs.append(ox.value)
        if not rotated(idx[len(idx) // 2]) and any(x1 < x0 - 0.5 for x0, x1 in zip(xs, xs[1:])):
            # the file draws this line's text out of order (LibreOffice writes
            # each font's run as its own object: quotes after the Chinese
            # text they sit in): put the chars in x order
            order = sorted(range(len(idx)), key=lambda k: xs[k])
            span = [idx[k] for k in order]
            idx = span
        struck: set[int] = set()
        if strikes:
            lb0, lb1 = loose(idx[0]), loose(idx[-1])
            y_lo, y_hi = min(lb0[1], lb1[1]), max(lb0[3], lb1[3])
            near = _strikes_on(strikes, min(lb0[0], lb1[0]), max(lb0[2], lb1[2]), y_lo, y_hi)
            if near:
                struck = {j for j in idx if _struck(loose(j), near)}
        struck_text = "".join(text[j] for j in idx if j in struck)
        if struck:
            idx = [j for j in idx if j not in struck]
            if not idx:
                out.append(_Line(text="", page=page_no, x0=0, x1=0, top=0, bottom=0, size=0, color=None,
                                 bold=None, struck=struck_text))
                return
        pieces = []
        for j in span:
            ch = text[j]
            if ch in "\r\n" or j in struck:
                continue
            if ch == " " and raw.FPDFText_IsGenerated(tp.raw, j) == 1:
                prev, nxt = text[j - 1], text[j + 1] if j + 1 < length else ""
                if not (_latin(prev) and _latin(nxt)):
                    continue
            pieces.append(ch)
        first, last, mid = idx[0], idx[-1], idx[len(idx) // 2]
        b0, b1, bm = loose(first), loose(last), loose(mid)
        size = font_size(mid)
        if size <= 0.5:
            size = max(bm[3] - bm[1], 1.0)
        color = None
        if raw.FPDFText_GetFillColor(tp.raw, mid, r, g, b, a):
            color = "%02X%02X%02X" % (r.value & 255, g.value & 255, b.value & 255)
        weight = raw.FPDFText_GetFontWeight(tp.raw, mid)
        out.append(
            _Line(
                text="".join(pieces),
                page=page_no,
                x0=min(b0[0], bm[0]),
                x1=max(b1[2], bm[2]),
                top=max(b0[3], b1[3], bm[3]),
                bottom=min(b0[1], b1[1], bm[1]),
                size=round(size * 2) / 2,
                color=color,
                bold=(weight >= 600) if weight and weight > 0 else None,
                struck=struck_text,
            )
        )

    start = 0
    while start < length:
        end = text.find("\n", start)
        if end < 0:
            end = length
        seg_end = end
        while seg_end > start and text[seg_end - 1] == "\r":
            seg_end -= 1
        idx = [j for j in range(start, seg_end) if _is_visible(text[j])]
        if idx:
            size = max(font_size(idx[0]), 1.0)
            if len(idx) > 1 and abs(baseline(idx[0]) - baseline(idx[-1])) > 0.5 * size and not rotated(idx[0]):
                # more than one baseline: split where it moves
                group = [idx[0]]
                prev_y = baseline(idx[0])
                for j in idx[1:]:
                    y = baseline(j)
                    cs = max(font_size(j), 1.0)
                    if abs(y - prev_y) > 0.5 * max(cs, size):
                        emit(group)
                        group = []
                    group.append(j)
                    prev_y, size = y, cs
                emit(group)
            else:
                emit(idx)
        start = end + 1
    return out


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _page_loses_text(raw, page) -> bool:
    """Whether pdfium's text page would silently drop text on this page.

    pdfium skips every text object whose bounding box has no width
    (``CPDF_TextPage::ProcessTextObject``), and computes that box from glyph
    outlines. A font that is not embedded and for which the system has no
    substitute with those glyphs (a predefined-CMap CID font such as
    reportlab's ``STSong-Light`` on a machine without CJK fonts) has empty
    glyph boxes, so an object holding one such glyph (a wrapped title's last
    character, a lone ``。``) has a point for a box and vanishes; longer
    objects survive because their box spans the glyph origins. Such a page
    is read with pdfminer instead. A degenerate object in an embedded font
    is a blank (a lone space): nothing is lost.
    """
    import ctypes

    l, b, r, t = (ctypes.c_float() for _ in range(4))
    text_type, form_type = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM

    def scan(count, get, depth: int) -> bool:
        for i in range(count):
            obj = get(i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == text_type:
                if raw.FPDFPageObj_GetBounds(obj, l, b, r, t) and r.value - l.value < 0.01 and t.value - b.value < 0.01:
                    font = raw.FPDFTextObj_GetFont(obj)
                    if font and not raw.FPDFFont_GetIsEmbedded(font):
                        return True
            elif kind == form_type and depth < 8:
                if scan(raw.FPDFFormObj_CountObjects(obj), lambda k, o=obj: raw.FPDFFormObj_GetObject(o, k), depth + 1):
                    return True
        return False

    return scan(raw.FPDFPage_CountObjects(page.raw), lambda k: raw.FPDFPage_GetObject(page.raw, k), 0)


# A strike-through mark: a thin horizontal path (a stroked line or a filled
# thin rectangle, as Word and LibreOffice draw deleted text in a PDF exported
# with changes shown) whose middle lies in the middle band of the glyphs it
# crosses — an underline sits at or below the baseline, table rules between
# rows.
STRIKE_MAX_THICK = 3.0  # pt
STRIKE_BAND = (0.25, 0.65)  # of the char box height, from its bottom


def _page_strikes(raw, page) -> list[tuple[float, float, float]]:
    """Thin horizontal paths on a page as (x0, x1, y middle)."""
    import ctypes

    l, b, r, t = (ctypes.c_float() for _ in range(4))
    path_type, form_type = raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
    out: list[tuple[float, float, float]] = []

    def scan(count, get, depth: int) -> None:
        for i in range(count):
            obj = get(i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind == path_type:
                if raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
                    w, h = r.value - l.value, t.value - b.value
                    if 0 <= h <= STRIKE_MAX_THICK and w > 2 * h and w > 1.0:
                        out.append((l.value, r.value, (b.value + t.value) / 2))
            elif kind == form_type and depth < 8:
                scan(raw.FPDFFormObj_CountObjects(obj), lambda k, o=obj: raw.FPDFFormObj_GetObject(o, k), depth + 1)

    scan(raw.FPDFPage_CountObjects(page.raw), lambda k: raw.FPDFPage_GetObject(page.raw, k), 0)
    return out


def _strikes_on(strikes, x0: float, x1: float, y0: float, y1: float) -> list:
    """The strike marks that may cross a line spanning x0..x1, y0..y1: at
    its height and no wider than its text (a table rule runs on past the
    text of a cell; a strike mark covers only the text deleted)."""
    em = max(y1 - y0, 1.0)
    return [st for st in strikes if y0 <= st[2] <= y1 and st[0] >= x0 - 2 * em and st[1] <= x1 + 2 * em]


def _struck(box: tuple[float, float, float, float], strikes) -> bool:
    """Whether a char box (x0, bottom, x1, top) has a strike mark through it."""
    x0, y0, x1, y1 = box
    h = y1 - y0
    if h <= 0:
        return False
    cx = (x0 + x1) / 2
    lo, hi = y0 + STRIKE_BAND[0] * h, y0 + STRIKE_BAND[1] * h
    return any(sx0 <= cx <= sx1 and lo <= sy <= hi for sx0, sx1, sy in strikes)


def _hex_colour(c) -> str | None:
    """pdfminer's non-stroking colour (gray, RGB or CMYK components) as hex RGB."""
    if isinstance(c, (int, float)):
        c = (c,)
    if not isinstance(c, (tuple, list)) or not all(isinstance(v, (int, float)) for v in c):
        return None
    if len(c) == 1:
        rgb = (c[0],) * 3
    elif len(c) == 3:
        rgb = tuple(c)
    elif len(c) == 4:
        k = c[3]
        rgb = tuple((1 - v) * (1 - k) for v in c[:3])
    else:
        return None
    return "".join("%02X" % max(0, min(255, round(v * 255))) for v in rgb)


_BOLD_NAME = re.compile(r"bold|heavy|black|黑体|hei", re.IGNORECASE)


def _plumber_page_lines(chars: list[dict], page_no: int, strikes=()) -> list[_Line]:
    """Lines of one page from pdfminer's chars (via pdfplumber), grouped the
    way pdfium's text page groups them: in content order, a new line where
    the baseline moves by more than half a glyph; pieces on one line (a
    run that goes back left starts a piece) are put in x order, as pdfium
    sorts the text objects of a line; gaps on a line are dropped unless
    they separate two Latin words."""

    def baseline(c: dict) -> float:
        m = c.get("matrix")
        return float(m[5]) if m and len(m) == 6 else float(c["y0"])

    groups: list[list[dict]] = []
    runs: list[list[dict]] = []
    prev = None
    for c in chars:
        if not c.get("text"):
            continue
        if prev is not None:
            size = max(c["size"], prev["size"], 1.0)
            if abs(baseline(c) - baseline(prev)) > 0.5 * size:
                groups.append([ch for run in sorted(runs, key=lambda r: r[0]["x0"]) for ch in run])
                runs = []
            elif c["x0"] < prev["x0"] - 0.5 * size:
                runs.append([])
        if not runs:
            runs.append([])
        runs[-1].append(c)
        prev = c
    if runs:
        groups.append([ch for run in sorted(runs, key=lambda r: r[0]["x0"]) for ch in run])

    out: list[_Line] = []
    for group in groups:
        vis = [c for c in group if any(_is_visible(ch) for ch in c["text"])]
        if not vis:
            continue
        struck_text = ""
        if strikes:
            near = _strikes_on(strikes, min(c["x0"] for c in vis), max(c["x1"] for c in vis),
                               min(c["y0"] for c in vis), max(c["y1"] for c in vis))
            gone = [c for c in group if near and _struck((c["x0"], c["y0"], c["x1"], c["y1"]), near)]
            if gone:
                struck_text = "".join(c["text"] for c in gone if any(_is_visible(ch) for ch in c["text"]))
                ids = {id(c) for c in gone}
                group = [c for c in group if id(c) not in ids]
                vis = [c for c in vis if id(c) not in ids]
                if not vis:
                    out.append(_Line(text="", page=page_no, x0=0, x1=0, top=0, bottom=0, size=0, color=None,
                                     bold=None, struck=struck_text))
                    continue
        lo, hi = group.index(vis[0]), group.index(vis[-1])
        pieces: list[str] = []
        prev = None
        for c in group[lo:hi + 1]:
            t = c["text"]
            if prev is not None and pieces and not pieces[-1].endswith(" ") and not t.startswith(" "):
                gap = c["x0"] - prev["x1"]
                if gap > 0.25 * max(c["size"], 1.0) and _latin(pieces[-1][-1:]) and _latin(t[:1]):
                    pieces.append(" ")
            pieces.append(t)
            prev = c
        first, last, mid = vis[0], vis[-1], vis[len(vis) // 2]
        size = float(mid["size"] or 0.0)
        if size <= 0.5:
            size = max(mid["y1"] - mid["y0"], 1.0)
        out.append(
            _Line(
                text="".join(pieces),
                page=page_no,
                x0=min(first["x0"], mid["x0"]),
                x1=max(last["x1"], mid["x1"]),
                top=max(first["y1"], last["y1"], mid["y1"]),
                bottom=min(first["y0"], last["y0"], mid["y0"]),
                size=round(size * 2) / 2,
                color=_hex_colour(mid.get("non_stroking_color")),
                bold=bool(_BOLD_NAME.search(str(mid.get("fontname") or ""))),
                struck=struck_text,
            )
        )
    return out


def _fold_struck_lines(pages: list[list[_Line]]) -> None:
    """Lines that were struck through entirely leave the page; their text is
    kept on the line before them (across a page break; else the one after)
    for the report."""
    last: _Line | None = None
    pending = ""
    for lines in pages:
        keep: list[_Line] = []
        for ln in lines:
            if not ln.text:
                if last is not None:
                    last.struck += ln.struck
                else:
                    pending += ln.struck
                continue
            if pending:
                ln.struck = pending + ln.struck
                pending = ""
            keep.append(ln)
            last = ln
        lines[:] = keep


def _pdfminer_lines(data: bytes, page_indexes: list[int]) -> dict[int, list[_Line]]:
    """Lines of the given pages (0-based) from pdfminer (pdfplumber's
    engine). A bare text device records each glyph's text, box, size, font
    and fill colour the way pdfminer's ``LTChar`` (pdfplumber's ``chars``)
    computes them, without the layout objects: about half pdfplumber's time.
    A page pdfminer cannot read is left out (the caller keeps pdfium's)."""
    import io

    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdffont import PDFUnicodeNotDefined
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    class CharDevice(PDFTextDevice):
        def __init__(self, rsrcmgr) -> None:
            super().__init__(rsrcmgr)
            self.chars: list[dict] = []
            self.strikes: list[tuple[float, float, float]] = []

        def paint_path(self, gstate, stroke, fill, evenodd, path) -> None:
            pts = []
            for seg in path:
                nums = [v for v in seg[1:] if isinstance(v, (int, float))]
                pts.extend(zip(nums[0::2], nums[1::2]))
            if not pts:
                return
            a, b, c, d, e, f = self.ctm
            xs = [a * x + c * y + e for x, y in pts]
            ys = [b * x + d * y + f for x, y in pts]
            x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
            if stroke and not fill:
                half = (getattr(gstate, "linewidth", 0) or 0) * abs(d or a or 1) / 2
                y0, y1 = y0 - half, y1 + half
            w, h = x1 - x0, y1 - y0
            if 0 <= h <= STRIKE_MAX_THICK and w > 2 * h and w > 1.0:
                self.strikes.append((x0, x1, (y0 + y1) / 2))

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = f"(cid:{cid})"
            adv = font.char_width(cid) * fontsize * scaling
            if font.is_vertical():
                vx, vy = font.char_disp(cid)
                vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
                vy = (1000 - vy) * fontsize * 0.001
                bx0, by0, bx1, by1 = -vx, vy + rise + adv, -vx + fontsize, vy + rise
            else:
                descent = font.get_descent() * fontsize
                bx0, by0, bx1, by1 = 0.0, descent + rise, adv, descent + rise + fontsize
            a, b, c, d, e, f = matrix
            xs = (a * bx0 + c * by0 + e, a * bx1 + c * by0 + e, a * bx0 + c * by1 + e, a * bx1 + c * by1 + e)
            ys = (b * bx0 + d * by0 + f, b * bx1 + d * by0 + f, b * bx0 + d * by1 + f, b * bx1 + d * by1 + f)
            x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
            self.chars.append({
                "text": text, "x0": x0, "x1": x1, "y0": y0, "y1": y1,
                "size": (x1 - x0) if font.is_vertical() else (y1 - y0),
                "matrix": matrix, "fontname": font.fontname,
                "non_stroking_color": graphicstate.ncolor,
            })
            return adv

    out: dict[int, list[_Line]] = {}
    wanted = set(page_indexes)
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)))
        rsrc = PDFResourceManager(caching=True)
        device = CharDevice(rsrc)
        interp = PDFPageInterpreter(rsrc, device)
        for i, page in enumerate(PDFPage.create_pages(doc)):
            if i > max(wanted):
                break
            if i not in wanted:
                continue
            device.chars = []
            device.strikes = []
            try:
                interp.process_page(page)
                out[i] = _plumber_page_lines(device.chars, i + 1, device.strikes)
            except Exception:
                continue
    except Exception:
        pass
    return out


def _garbled(text: str) -> bool:
    """Mostly private-use/replacement/control chars or ``(cid:N)`` runs: a font
    without a usable ToUnicode map."""
    visible = [ch for ch in text if _is_visible(ch)]
    if not visible:
        return False
    bad = sum(1 for ch in visible if "\ue000" <= ch <= "\uf8ff" or ch in "\ufffd\ufffe" or ord(ch) < 32)
    bad += sum(len(m) for m in CID_GARBAGE.findall(text))
    return bad > 0.3 * len(visible)


def _norm_repeat(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _drop_furniture(pages: list[list[_Line]], heights: list[float]) -> None:
    """Mark page numbers and running headers/footers."""
    for lines, h in zip(pages, heights):
        if not lines:
            continue
        by_y = sorted(lines, key=lambda ln: -ln.top)
        # at most one page number at each edge, the outermost that looks like
        # one (a running header/footer may sit outside it): a table's last
        # cell "30" above the footer's "— 2 —" is text
        for edge in (by_y[:2], by_y[::-1][:2]):
            for cand in edge:
                t = re.sub(r"\s+", "", cand.text)
                if len(t) <= 16 and PAGE_NUMBER.match(t) and (cand.top < 0.2 * h or cand.bottom > 0.8 * h or cand is by_y[-1] or cand is by_y[0]):
                    cand.drop = True
                    break
    live_pages = [ln for ln in pages if ln]
    if len(live_pages) < 3:
        return
    need = max(3, (len(live_pages) + 1) // 2)
    for pick in (0, -1):  # top-most, bottom-most remaining line
        counts: dict[str, int] = {}
        chosen = []
        for lines, h in zip(pages, heights):
            rest = [ln for ln in lines if not ln.drop]
            if len(rest) < 2:
                continue
            ln = sorted(rest, key=lambda x: -x.top)[pick]
            # running headers/footers live in the page margins
            if not (ln.bottom > 0.87 * h if pick == 0 else ln.top < 0.11 * h):
                continue
            key = _norm_repeat(ln.text)
            counts[key] = counts.get(key, 0) + 1
            chosen.append((key, ln))
        for key, ln in chosen:
            if counts[key] >= need and len(key) <= 60:
                ln.drop = True


def _ends_sentence(text: str) -> bool:
    t = text.rstrip(SPACES)
    while t and t[-1] in CLOSERS:
        t = t[:-1]
    return bool(t) and t[-1] in SENTENCE_END


def _cluster_min(values: list[float], tol: float, fallback: bool = True) -> float | None:
    """Smallest value that at least two values share (within tol); else the
    smallest value (or None without ``fallback``)."""
    vs = sorted(values)
    for i in range(len(vs) - 1):
        if vs[i + 1] - vs[i] <= tol:
            return vs[i]
    return vs[0] if vs and fallback else None


def _paragraphs(lines: list[_Line], limits: ReadLimits) -> list[Paragraph]:
    if not lines:
        return []
    sizes = sorted(ln.size for ln in lines if len(ln.text) >= 6) or sorted(ln.size for ln in lines)
    cw = max(sizes[len(sizes) // 2], 4.0)  # body em width (CJK) in pt
    longish = [ln for ln in lines if len(ln.text) >= 8] or lines
    left = _cluster_min([ln.x0 for ln in longish], 2.0) or min(ln.x0 for ln in lines)
    # a short document may have a single long line at the left edge (the
    # rest indented first lines): shorter lines that share an x0 count too
    left = min(left, _cluster_min([ln.x0 for ln in lines if len(ln.text) >= 2], 0.5, fallback=False) or left)
    # ... or one paragraph's last line, two characters left of the indented
    # first lines that make up the cluster
    outdented = [ln.x0 for ln in lines if len(ln.text) >= 2 and abs(ln.size - cw) < 1.0 and abs(left - 2 * cw - ln.x0) < 0.25 * cw]
    if outdented:
        left = min(outdented)
    x1s = sorted(ln.x1 for ln in longish)
    right = x1s[int(len(x1s) * 0.9)] if len(x1s) > 2 else max(x1s)
    if x1s[-1] - right < 1.5 * cw:  # few lines: the longest one, unless far out
        right = x1s[-1]
    centre = (left + right) / 2
    indented = sum(1 for ln in lines if left + 0.8 * cw < ln.x0 < left + 3.2 * cw and ln.x1 > centre)
    uses_indent = indented >= 2 and indented >= 0.04 * len(lines)

    for ln in lines:
        lgap, rgap = ln.x0 - left, right - ln.x1
        if uses_indent and abs(ln.size - cw) < 1.0 and 1.5 * cw <= lgap <= 3.0 * cw:
            ln.align = "left"  # a paragraph's indented first line, not a centred one
        elif lgap > 1.5 * cw and rgap > 1.0 * cw and abs(lgap - rgap) < 1.5 * cw:
            ln.align = "center"
        elif ln.x0 > centre - cw and ln.x1 > centre + 1.5 * cw and lgap > 3.5 * cw:
            ln.align = "right"
        else:
            ln.align = "left"

    def full(ln: _Line) -> bool:
        return ln.x1 >= right - 1.5 * cw and ln.x0 <= left + 3.5 * cw

    def continues(a: _Line, b: _Line) -> bool:
        big = a.page == b.page and a.size == b.size and a.size >= cw + 3
        if big and b.align == "center" and a.align != "right" and (a.align == "center" or full(a)):
            # a wrapped multi-line title: large, centred, the first line nearly
            # full (a full first line reads as left-aligned); not the red 版头
            # (joint issuers stand on separate lines)
            return (a.color != "FF0000" and a.x1 - a.x0 >= 0.55 * (right - left)
                    and not _ends_sentence(a.text) and a.bottom - b.bottom < 2.0 * a.size)
        if a.align != "left" or b.align != "left" or not full(a):
            return False
        if b.x0 > left + 0.4 * cw:  # a continuation line starts flush left
            return False
        if not uses_indent and _ends_sentence(a.text):
            return False
        if abs(a.size - b.size) > 1.0:
            return False
        if a.page == b.page and a.bottom - b.top > 2.5 * max(a.size, b.size):
            return False
        return True

    out: list[Paragraph] = []
    cur: list[_Line] = []

    def flush() -> None:
        if not cur:
            return
        parts = [cur[0].text]
        for prev, ln in zip(cur, cur[1:]):
            sep = " " if parts[-1][-1:].isascii() and parts[-1][-1:].isalpha() and ln.text[:1].isascii() and ln.text[:1].isalpha() else ""
            parts.append(sep + ln.text)
        text = clean("".join(parts).replace("\u00ad", "-").replace("\ufffe", "-")).strip()
        if text:
            if len(out) >= limits.max_paragraphs:
                raise ReadError("too_large", f"段落数超过上限 {limits.max_paragraphs}（可在配置 [read] max-paragraphs 调整）。")
            f = cur[0]
            align = f.align if f.align in ("center", "right") else ("justify" if len(cur) > 1 else "left")
            out.append(Paragraph(text=text, index=len(out) + 1, page=f.page, align=align,
                                 font_size=max(ln.size for ln in cur), color=f.color, bold=f.bold,
                                 struck="".join(ln.struck for ln in cur)))
        cur.clear()

    for ln in lines:
        if cur and not continues(cur[-1], ln):
            flush()
        cur.append(ln)
    flush()
    return out


def _extract(pdfium, raw, data: bytes, limits: ReadLimits, engine: str):
    """Lines of every page from pdfium, the page heights, the layout, and
    the pages (0-based) whose lines must come from pdfminer instead."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        code = getattr(e, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD or "password" in str(e).lower():
            raise ReadError("encrypted", ENCRYPTED_MSG) from None
        if code == raw.FPDF_ERR_SECURITY:
            raise ReadError("encrypted", "PDF 使用了不支持的加密方式，请解除加密后再检查。") from None
        raise ReadError("corrupt", CORRUPT_MSG) from None
    try:
        n = len(pdf)
        if n <= 0:
            raise ReadError("corrupt", "PDF 里没有页面，文件可能已损坏，请重新导出。")
        if n > limits.max_pages:
            raise ReadError("too_large", f"PDF 共 {n} 页，超过上限 {limits.max_pages} 页（可在配置 [read] max-pages 调整）。")
        pages: list[list[_Line]] = []
        heights: list[float] = []
        fallback: list[int] = []
        layout = Layout(page_count=n)
        for i in range(n):
            page = pdf[i]
            try:
                w, h = page.get_size()
                if i == 0:
                    layout.page_width_mm = round(w * PT_MM, 1)
                    layout.page_height_mm = round(h * PT_MM, 1)
                heights.append(h)
                if engine == "pdfminer" or (engine == "auto" and _page_loses_text(raw, page)):
                    fallback.append(i)
                tp = page.get_textpage()
                try:
                    pages.append(_page_lines(tp, raw, i + 1, _page_strikes(raw, page)))
                finally:
                    tp.close()
            finally:
                page.close()
    finally:
        pdf.close()

    return pages, heights, layout, fallback


def read_pdf(path: str, limits: ReadLimits, engine: str = "auto") -> RawDocument:
    """Paragraphs of a pdf. ``engine``: ``auto`` (pdfium; pdfminer for the
    pages where pdfium would lose text), ``pdfium`` or ``pdfminer`` (every
    page) — the last two for tests and comparison."""
    return guarded(_read_pdf, path, limits, engine, memory_msg="PDF 太大，读取时内存不足，已放弃。", corrupt_msg=CORRUPT_MSG)


def _read_pdf(path: str, limits: ReadLimits, engine: str) -> RawDocument:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    data = read_input(path, limits)
    with _PDFIUM_LOCK:
        pages, heights, layout, fallback = _extract(pdfium, raw, data, limits, engine)
    if fallback:
        for i, lines in _pdfminer_lines(data, fallback).items():
            pages[i] = lines
    _fold_struck_lines(pages)
    everything = "".join(ln.text for lines in pages for ln in lines)
    visible = [ch for ch in everything if _is_visible(ch)]
    if len(visible) == 0:
        raise ReadError("no_text", NO_TEXT_MSG)
    if _garbled(everything):
        raise ReadError("no_text", GARBLED_MSG)
    _drop_furniture(pages, heights)
    lines = [ln for page_lines in pages for ln in page_lines if not ln.drop]
    if sum(len(ln.text) for ln in lines) < 2:
        raise ReadError("no_text", NO_TEXT_MSG)
    paras = _paragraphs(lines, limits)
    if not paras:
        raise ReadError("no_text", NO_TEXT_MSG)
    fonts = sorted(p.font_size for p in paras if p.font_size)
    if fonts:
        layout.default_font_size = fonts[len(fonts) // 2]
    return RawDocument(path=path, format="pdf", paragraphs=paras, layout=layout)
