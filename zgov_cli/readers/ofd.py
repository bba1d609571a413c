"""OFD reader (GB/T 33190-2016, the national fixed-layout format).

An OFD file is a zip: ``OFD.xml`` names each document's ``Document.xml``
(``DocBody/DocRoot``), which lists the pages (``Pages/Page@BaseLoc``), the
page area (``CommonData/PageArea/PhysicalBox``, millimetres) and the
template pages. Each page's ``Content.xml`` holds layers of graphic units;
text is in ``TextObject`` elements: ``Boundary`` (x y w h, mm, y down),
``Size`` (mm), optional ``CTM``, ``Font`` (an ID in the resources),
``Weight``, ``FillColor`` and one or more ``TextCode`` (X/Y of the first
glyph's baseline origin inside the boundary, ``DeltaX`` the advances, with
the ``g N d`` repeat shorthand).

Glyphs are placed on the page, gathered into lines by baseline, and handed
to the pdf reader's line machinery (furniture dropping, paragraph building),
so a received OFD reads like the same document as a pdf. Page size comes
from the PhysicalBox (ZG601). Signatures, annotations, attachments and
custom tags are separate parts and are not read. The zip is vetted with the
docx limits (readers/safezip.py: bombs, DTD/entities) and member paths are
resolved inside the package only.
"""
from __future__ import annotations

import math
import posixpath
import re

from ..config import ReadLimits
from ..model import Layout, RawDocument, ReadError
from . import pdf as _pdf
from .safezip import guarded, open_zip, parse_xml, read_input, read_member

MM_PT = 72 / 25.4
CORRUPT_MSG = "OFD 文件已损坏或不完整（缺少 OFD.xml、Document.xml 或页面内容），请用数科/福昕等 OFD 阅读器打开确认后重新导出。"
NO_TEXT_MSG = "OFD 文件中没有文字（可能是扫描件转成的 OFD，页面只有图片），无法检查。请取得原 .docx 稿，或导出为 PDF 后做 OCR 文字识别。"


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el, name: str):
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _path(base_dir: str, loc: str | None) -> str:
    """A member name for ``loc`` (absolute from the package root or relative
    to ``base_dir``); never outside the package."""
    if not loc:
        raise ReadError("corrupt", CORRUPT_MSG)
    loc = loc.strip().replace("\\", "/")
    joined = loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc)
    norm = posixpath.normpath(joined)
    if norm.startswith("..") or norm.startswith("/") or norm == ".":
        raise ReadError("corrupt", "OFD 文件内部路径指向包外（不正常的文件），已拒绝读取（安全原因）。")
    return norm


def _floats(text: str | None) -> list[float]:
    """Numbers of an attribute; [] when any is not a finite number."""
    if not text:
        return []
    out = []
    for tok in text.split():
        try:
            v = float(tok)
        except ValueError:
            return []
        if not math.isfinite(v):
            return []
        out.append(v)
    return out


def _deltas(text: str | None, need: int) -> list[float]:
    """DeltaX with the ``g N d`` shorthand expanded (N copies of d), at most
    ``need`` values (one per glyph gap: more are never used)."""
    if not text:
        return []
    toks = text.split()
    out: list[float] = []
    i = 0
    try:
        while i < len(toks):
            if len(out) >= need:
                break
            if toks[i] == "g" and i + 2 < len(toks):
                n = max(0, min(int(float(toks[i + 1])), need - len(out)))
                out.extend([float(toks[i + 2])] * n)
                i += 3
            else:
                out.append(float(toks[i]))
                i += 1
    except (ValueError, OverflowError):
        return []
    if not all(math.isfinite(v) for v in out):
        return []
    return out


def _colour(el) -> str | None:
    fc = _child(el, "FillColor")
    if fc is None:
        return "000000"
    val = fc.get("Value") or ""
    parts = val.split()
    nums = []
    for p in parts:
        try:
            nums.append(int(p[1:], 16) if p.startswith("#") else int(float(p)))
        except ValueError:
            return None
    if len(nums) == 3:
        return "".join("%02X" % max(0, min(255, v)) for v in nums)
    if len(nums) == 1:
        return "%02X" * 3 % ((max(0, min(255, nums[0])),) * 3)
    return None


class _Glyphs:
    """Text runs of one page: (baseline y, x0, x1, text, size pt, colour, bold)."""

    def __init__(self, fonts: dict[str, str]):
        self.fonts = fonts
        self.runs: list[tuple[float, float, float, str, float, str | None, bool]] = []

    def add_object(self, obj, dx: float = 0.0, dy: float = 0.0) -> None:
        bnd = _floats(obj.get("Boundary"))
        if len(bnd) != 4:
            return
        bx, by = bnd[0] + dx, bnd[1] + dy
        size = (_floats(obj.get("Size")) or [0.0])[0]
        ctm = _floats(obj.get("CTM"))
        if len(ctm) != 6:
            ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        a, b, c, d, e, f = ctm
        scale = max(abs(a * d - b * c), 1e-6) ** 0.5
        size_mm = size * scale
        font = self.fonts.get(obj.get("Font") or "", "")
        weight = (_floats(obj.get("Weight")) or [400.0])[0]
        bold = weight >= 700 or bool(re.search(r"bold|黑体|hei", font, re.IGNORECASE))
        colour = _colour(obj)
        x = y = 0.0
        for tc in obj:
            if _local(tc.tag) != "TextCode":
                continue
            text = tc.text or ""
            if not text:
                continue
            if tc.get("X") is not None:
                x = (_floats(tc.get("X")) or [x])[0]
            if tc.get("Y") is not None:
                y = (_floats(tc.get("Y")) or [y])[0]
            deltas = _deltas(tc.get("DeltaX"), len(text))
            # each glyph's origin, so that a TextCode holding several words
            # at their own places (spaced 版头, a date after a gap) is split
            # where an advance is far wider than a glyph
            cx = start_x = x
            piece: list[str] = []
            for k, ch in enumerate(text):
                piece.append(ch)
                wide = size if ord(ch) > 0x2E80 else size / 2
                adv = deltas[k] if k < len(deltas) else wide
                if k + 1 == len(text) or adv > 2.5 * max(wide, 0.1):
                    self._emit("".join(piece), start_x, cx + wide, y, ctm, bx, by, size_mm, colour, bold)
                    piece = []
                    start_x = cx + adv
                cx += adv
            x = cx

    def _emit(self, text, x0, x1, y, ctm, bx, by, size_mm, colour, bold) -> None:
        a, b, c, d, e, f = ctm
        px0, py = a * x0 + c * y + e + bx, b * x0 + d * y + f + by
        px1 = a * x1 + c * y + e + bx
        if px1 < px0:
            px0, px1 = px1, px0
        self.runs.append((py, px0, px1, text, size_mm, colour, bold))


def _walk_blocks(el, glyphs: _Glyphs, depth: int = 0) -> None:
    if depth > 32:
        raise ReadError("too_large", "OFD 页面内容嵌套层次过深，无法读取。")
    for c in el:
        name = _local(c.tag)
        if name == "TextObject":
            glyphs.add_object(c)
        elif name in ("Layer", "PageBlock", "Content", "CompositeObject"):
            _walk_blocks(c, glyphs, depth + 1)


def _lines(runs, page_no: int, page_h_mm: float) -> list[_pdf._Line]:
    """Runs gathered into lines by baseline (within a third of the size),
    each line's runs in x order, in pdf coordinates (points, y up)."""
    out: list[_pdf._Line] = []
    runs = sorted(runs, key=lambda r: (r[0], r[1]))
    groups: list[list[tuple]] = []
    for r in runs:
        if groups and abs(r[0] - groups[-1][0][0]) <= 0.35 * max(r[4], groups[-1][0][4], 0.5):
            groups[-1].append(r)
        else:
            groups.append([r])
    for g in groups:
        g.sort(key=lambda r: r[1])
        pieces: list[str] = []
        prev = None
        for r in g:
            t = r[3]
            gap = r[1] - prev[2] if prev is not None else 0.0
            if prev is not None and pieces and _pdf._latin(pieces[-1][-1:]) and _pdf._latin(t[:1]) and gap > 0.2 * r[4]:
                pieces.append(" ")
            elif prev is not None and gap > 0.8 * max(r[4], prev[4]):
                # words set apart on one line (印发机关 … 印发日期, joint
                # signatures): the gap as the full-width spaces that made it
                pieces.append("\u3000" * max(1, round(gap / max(r[4], prev[4]))))
            pieces.append(t)
            prev = r
        text = "".join(pieces)
        vis = "".join(ch for ch in text if _pdf._is_visible(ch))
        if not vis:
            continue
        base = g[0][0]
        size_mm = max(r[4] for r in g)
        mid = g[len(g) // 2]
        size_pt = round(size_mm * MM_PT * 2) / 2
        out.append(_pdf._Line(
            text=text.strip(_pdf.SPACES),
            page=page_no,
            x0=g[0][1] * MM_PT,
            x1=max(r[2] for r in g) * MM_PT,
            top=(page_h_mm - (base - 0.88 * size_mm)) * MM_PT,
            bottom=(page_h_mm - (base + 0.12 * size_mm)) * MM_PT,
            size=size_pt,
            color=mid[5],
            bold=mid[6],
        ))
    out.sort(key=lambda ln: (-ln.top, ln.x0))
    return out


def read_ofd(path: str, limits: ReadLimits) -> RawDocument:
    return guarded(_read_ofd, path, limits, memory_msg="OFD 文件太大，读取时内存不足，已放弃。", corrupt_msg=CORRUPT_MSG)


def _read_ofd(path: str, limits: ReadLimits) -> RawDocument:
    data = read_input(path, limits)
    zf = open_zip(data, limits.max_inflated_mb)
    cap = limits.max_inflated_mb * 1024 * 1024
    names = set(zf.namelist())

    def xml(name: str):
        if name not in names:
            raise ReadError("corrupt", CORRUPT_MSG)
        return parse_xml(read_member(zf, name, cap), name)

    root_name = next((n for n in names if n.lower() == "ofd.xml"), None)
    if root_name is None:
        if "word/document.xml" in names:
            raise ReadError("unsupported_format", "文件扩展名是 .ofd，但内容是 Word 文档（.docx），请把扩展名改为 .docx 后再检查。")
        raise ReadError("corrupt", CORRUPT_MSG)
    ofd = xml(root_name)
    body = next((el for el in ofd.iter() if _local(el.tag) == "DocBody"), None)
    doc_root = _child(body, "DocRoot") if body is not None else None
    if doc_root is None:
        raise ReadError("corrupt", CORRUPT_MSG)
    doc_name = _path("", doc_root.text)
    doc_dir = posixpath.dirname(doc_name)
    document = xml(doc_name)

    common = _child(document, "CommonData")
    default_box: list[float] = []
    fonts: dict[str, str] = {}
    templates: dict[str, str] = {}
    if common is not None:
        area = _child(common, "PageArea")
        if area is not None:
            default_box = _floats(getattr(_child(area, "PhysicalBox"), "text", None))
        for res_tag in ("PublicRes", "DocumentRes"):
            for res in common:
                if _local(res.tag) != res_tag or not res.text:
                    continue
                res_name = _path(doc_dir, res.text)
                if res_name not in names:
                    continue
                for el in xml(res_name).iter():
                    if _local(el.tag) == "Font" and el.get("ID"):
                        fonts[el.get("ID")] = el.get("FontName") or el.get("FamilyName") or ""
        for tp in common:
            if _local(tp.tag) == "TemplatePage" and tp.get("ID") and tp.get("BaseLoc"):
                templates[tp.get("ID")] = _path(doc_dir, tp.get("BaseLoc"))

    pages_el = _child(document, "Pages")
    page_refs = [p for p in (pages_el if pages_el is not None else []) if _local(p.tag) == "Page"]
    if not page_refs:
        raise ReadError("corrupt", CORRUPT_MSG)
    if len(page_refs) > limits.max_pages:
        raise ReadError("too_large", f"OFD 共 {len(page_refs)} 页，超过上限 {limits.max_pages} 页（可在配置 [read] max-pages 调整）。")

    pages: list[list[_pdf._Line]] = []
    heights: list[float] = []
    layout = Layout(page_count=len(page_refs))
    for i, ref in enumerate(page_refs):
        page_name = _path(doc_dir, ref.get("BaseLoc"))
        page = xml(page_name)
        box = default_box
        area = _child(page, "Area")
        if area is not None:
            box = _floats(getattr(_child(area, "PhysicalBox"), "text", None)) or box
        w_mm, h_mm = (box[2], box[3]) if len(box) == 4 else (210.0, 297.0)
        if i == 0 and len(box) == 4:
            layout.page_width_mm = round(w_mm, 1)
            layout.page_height_mm = round(h_mm, 1)
        glyphs = _Glyphs(fonts)
        for tref in page:
            if _local(tref.tag) == "Template":
                tname = templates.get(tref.get("TemplateID") or "")
                if tname and tname in names:
                    _walk_blocks(xml(tname), glyphs)
        content = _child(page, "Content")
        if content is not None:
            _walk_blocks(content, glyphs)
        pages.append(_lines(glyphs.runs, i + 1, h_mm))
        heights.append(h_mm * MM_PT)

    if not any(ln.text for lines in pages for ln in lines):
        raise ReadError("no_text", NO_TEXT_MSG)
    _pdf._drop_furniture(pages, heights)
    lines = [ln for page_lines in pages for ln in page_lines if not ln.drop]
    paras = _pdf._paragraphs(lines, limits)
    if not paras:
        raise ReadError("no_text", NO_TEXT_MSG)
    sizes = sorted(p.font_size for p in paras if p.font_size)
    if sizes:
        layout.default_font_size = sizes[len(sizes) // 2]
    return RawDocument(path=path, format="ofd", paragraphs=paras, layout=layout)
