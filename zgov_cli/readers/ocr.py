"""OCR for scanned pdf pages and images (png/jpg/tif): the optional extra
``zgov[ocr]``.

The engine is RapidOCR on ONNX Runtime (``rapidocr-onnxruntime``, Apache-2.0):
PP-OCRv4 detection, direction and Chinese recognition models ship inside the
wheel, so recognition is offline and nothing is downloaded at run time. Pdf
pages are rendered with pypdfium2 (already there for the pdf reader).

Each recognised box becomes a text run at its place on the page; runs are
gathered into lines by baseline (the OFD reader's line builder) and lines
into paragraphs by the pdf reader's rules (indentation, right edge,
centring, page furniture). Two things OCR text needs that typeset text
does not: box heights vary with the glyphs, so sizes are snapped to the
page's common sizes (estimated from the width of CJK lines, one em a
character); and the recogniser writes ASCII punctuation between Chinese
characters now and then (``，`` as ``,``), which is put back to the
full-width form the document used.

The result's format is ``ocr``: the layout rules (ZG6: paper, margins,
fonts) are not run on it, and the result says so in ``warnings``.
"""
from __future__ import annotations

import importlib.util
import re
import threading

from ..config import ReadLimits
from ..model import Layout, RawDocument, ReadError
from . import pdf as _pdf
from .ofd import _lines
from .safezip import read_capped

INSTALL_HINT = "如需识别扫描件和图片，请安装 OCR 扩展：pip install 'zgov[ocr]'（离线识别，模型随安装包提供，无需联网）。"
SKIPPED_MSG = "文字由 OCR 识别得到：版式规则 ZG601（纸张）、ZG602（页边距）、ZG603（字体字号）无法据此判断，已跳过；识别可能有错字，请核对引用的原文。"
OFF_MSG = "配置 [read] ocr = \"off\"，未做 OCR 文字识别。"
TRIED_MSG = "已用 OCR 文字识别，也没有识别出文字。"
NO_TEXT_MSG = "扫描件经 OCR 文字识别，没有识别出文字（可能是空白页、图片太模糊或分辨率太低），无法检查。请重新扫描（300dpi、黑白或灰度）或取得原 .docx 稿后再检查。"
CORRUPT_IMAGE_MSG = "图片文件已损坏或格式不受支持，无法识别。请重新扫描或另存为 PNG/JPG 后再检查。"

RENDER_SCALE = 2.0  # 144 dpi: ~40 px a 3号 character, enough for the recogniser
MIN_SCORE = 0.5
MAX_PIXELS = 60_000_000  # an image larger than this is refused (decompression bombs)

_ENGINE = None
_ENGINE_LOCK = threading.Lock()


def available() -> bool:
    """Whether the ``ocr`` extra is installed."""
    try:
        return importlib.util.find_spec("rapidocr_onnxruntime") is not None
    except (ImportError, ValueError):
        return False


def _engine():
    global _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            import logging

            from rapidocr_onnxruntime import RapidOCR

            _ENGINE = RapidOCR()
            logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        return _ENGINE


_CJK = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
_PUNCT_NEAR_CJK = re.compile(rf"(?<={_CJK})\s*([,:;?!()])|([,:;?!()])\s*(?={_CJK})")


def _fix_punctuation(text: str) -> str:
    """ASCII punctuation next to a Chinese character is the full-width one
    the recogniser flattened; ``〔2025〕`` read as ``[2025]`` likewise."""
    text = _PUNCT_NEAR_CJK.sub(lambda m: _HALF_TO_FULL[m.group(1) or m.group(2)], text)
    text = re.sub(r"(?<=[\u4e00-\u9fff])[〔\[【(（]\s*((?:19|20)\d\d)\s*[〕\]】)）]", r"〔\1〕", text)
    # a bracket closes in the width it was opened in
    out, stack = [], []
    for ch in text:
        if ch in "（(":
            stack.append(ch)
        elif ch in "）)" and stack:
            ch = "）" if stack.pop() == "（" else ")"
        out.append(ch)
    return "".join(out)


def _recognise(img, px_per_mm: float) -> list[tuple]:
    """Runs (baseline mm, x0 mm, x1 mm, text, size mm, colour, bold) of one
    page image (a numpy array)."""
    result, _ = _engine()(img)
    boxes = []
    for box, text, score in result or []:
        try:
            score = float(score)
        except (TypeError, ValueError):
            continue
        text = (text or "").strip()
        if not text or score < MIN_SCORE:
            continue
        xs = [float(p[0]) for p in box]
        ys = [float(p[1]) for p in box]
        boxes.append((min(xs), max(xs), min(ys), max(ys), _fix_punctuation(text)))
    if not boxes:
        return []
    # a box of CJK characters and digits is one em a character wide: its
    # size from the width; other boxes (short, Latin) from the height, at
    # the page's height-to-em ratio
    def em_of(x0: float, x1: float, t: str) -> float | None:
        cjk, digits = len(re.findall(_CJK, t)), len(re.findall(r"[0-9]", t))
        n = cjk + 0.55 * digits  # digits are half a character wide
        return (x1 - x0) / n if n >= 2 and cjk >= 2 and cjk + digits >= 0.8 * len(t) else None

    pairs = [(em_of(x0, x1, t), y1 - y0) for x0, x1, y0, y1, t in boxes]
    ratios = sorted(em / h for em, h in pairs if em and h > 0)
    ratio = ratios[len(ratios) // 2] if ratios else 0.85
    # a box that spans a gap (two words set apart) is wider than its
    # characters: its height decides then
    sizes = [em if em and em <= 1.25 * h * ratio else h * ratio for em, h in pairs]
    snapped = _snap(sizes)
    # boxes that overlap vertically by half their height are one line (the
    # recogniser splits a line at gaps): one baseline and the size of the
    # line's longest box, so the line builder puts them together
    order = sorted(range(len(boxes)), key=lambda i: (boxes[i][2] + boxes[i][3]) / 2)
    lines: list[list[int]] = []
    for i in order:
        y0, y1 = boxes[i][2], boxes[i][3]
        if lines:
            j = lines[-1][0]
            ov = min(y1, boxes[j][3]) - max(y0, boxes[j][2])
            if ov >= 0.5 * min(y1 - y0, boxes[j][3] - boxes[j][2]):
                lines[-1].append(i)
                continue
        lines.append([i])
    runs = []
    for members in lines:
        longest = max(members, key=lambda i: len(boxes[i][4]))
        size = snapped[longest]
        bottoms = sorted(boxes[i][3] for i in members)
        base = bottoms[len(bottoms) // 2] - 0.12 * (boxes[longest][3] - boxes[longest][2])
        for i in members:
            x0, x1, _, _, t = boxes[i]
            runs.append((base / px_per_mm, x0 / px_per_mm, x1 / px_per_mm, t, size / px_per_mm, None, None))
    return runs


def _snap(sizes: list[float]) -> list[float]:
    """Sizes within 12% of each other become their group's median."""
    order = sorted(range(len(sizes)), key=lambda i: sizes[i])
    out = list(sizes)
    group: list[int] = []
    for i in order:
        if group and sizes[i] > sizes[group[0]] * 1.12:
            _assign(group, sizes, out)
            group = []
        group.append(i)
    if group:
        _assign(group, sizes, out)
    return out


def _assign(group: list[int], sizes: list[float], out: list[float]) -> None:
    vals = sorted(sizes[i] for i in group)
    med = vals[len(vals) // 2]
    for i in group:
        out[i] = med


def _finish(path: str, pages: list[list], heights_pt: list[float], layout: Layout, limits: ReadLimits) -> RawDocument:
    if not any(pages):
        raise ReadError("no_text", NO_TEXT_MSG)
    _pdf._drop_furniture(pages, heights_pt)
    lines = [ln for page_lines in pages for ln in page_lines if not ln.drop]
    paras = _pdf._paragraphs(lines, limits)
    if not paras:
        raise ReadError("no_text", NO_TEXT_MSG)
    return RawDocument(path=path, format="ocr", paragraphs=paras, layout=layout, warnings=[SKIPPED_MSG])


def pages_without_text(path: str, limits: ReadLimits) -> list[int]:
    """0-based pages of a pdf that have no text layer but draw an image (a
    scanned page inside an otherwise typed pdf)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    out: list[int] = []
    with _pdf._PDFIUM_LOCK:
        doc = pdfium.PdfDocument(read_capped(path, limits))
        try:
            for i in range(min(len(doc), limits.max_pages)):
                page = doc[i]
                try:
                    tp = page.get_textpage()
                    try:
                        text = tp.get_text_range() if tp.count_chars() > 0 else ""
                    finally:
                        tp.close()
                    if any(_pdf._is_visible(ch) for ch in text):
                        continue
                    n = raw.FPDFPage_CountObjects(page.raw)
                    if any(raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, k)) == raw.FPDF_PAGEOBJ_IMAGE for k in range(n)):
                        out.append(i)
                finally:
                    page.close()
        finally:
            doc.close()
    return out


def add_scanned_pages(typed: RawDocument, limits: ReadLimits) -> RawDocument:
    """A pdf whose text layer misses some pages that are images: those pages
    are recognised and their paragraphs put in page order among the typed
    ones (each page keeps its own: a paragraph is not joined across a typed
    and a scanned page). Unchanged when no page is a scan."""
    starts = {p.page for p in typed.paragraphs}
    count = (typed.layout.page_count if typed.layout else None) or 0
    if all(i + 1 in starts for i in range(count)):
        return typed  # every page starts a paragraph: none is empty
    scanned = pages_without_text(typed.path, limits)
    if not scanned:
        return typed
    scan = _read_pdf_ocr(typed.path, limits, only=set(scanned), allow_empty=True)
    merged = sorted(typed.paragraphs + scan.paragraphs, key=lambda p: (p.page or 0,))
    for k, p in enumerate(merged, 1):
        p.index = k
    pages = "、".join(str(i + 1) for i in scanned)
    typed.paragraphs = merged
    typed.format = "ocr"
    typed.warnings.append(f"第 {pages} 页是扫描图像，没有文字层，其文字由 OCR 识别。" + SKIPPED_MSG)
    return typed


def read_pdf_ocr(path: str, limits: ReadLimits) -> RawDocument:
    """Every page of a pdf rendered and recognised (the caller found no
    usable text layer)."""
    try:
        return _read_pdf_ocr(path, limits)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError("too_large", "扫描件太大，识别时内存不足，已放弃。") from None
    except Exception:
        raise ReadError("corrupt", _pdf.CORRUPT_MSG) from None


def _read_pdf_ocr(path: str, limits: ReadLimits, only: set[int] | None = None, allow_empty: bool = False) -> RawDocument:
    import numpy as np
    import pypdfium2 as pdfium

    data = read_capped(path, limits)
    images: list[tuple] = []
    with _pdf._PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            raise ReadError("corrupt", _pdf.CORRUPT_MSG) from None
        try:
            n = len(doc)
            if n > limits.max_pages:
                raise ReadError("too_large", f"PDF 共 {n} 页，超过上限 {limits.max_pages} 页（可在配置 [read] max-pages 调整）。")
            layout = Layout(page_count=n)
            for i in range(n):
                if only is not None and i not in only:
                    continue
                page = doc[i]
                try:
                    w, h = page.get_size()
                    if w * h * RENDER_SCALE ** 2 > MAX_PIXELS:
                        raise ReadError("too_large", f"PDF 第 {i + 1} 页幅面过大，无法识别。")
                    if layout.page_width_mm is None:
                        layout.page_width_mm = round(w * _pdf.PT_MM, 1)
                        layout.page_height_mm = round(h * _pdf.PT_MM, 1)
                    bitmap = page.render(scale=RENDER_SCALE, grayscale=True)
                    images.append((i, np.array(bitmap.to_pil().convert("RGB")), h))
                finally:
                    page.close()
        finally:
            doc.close()
    pages, heights = [], []
    for i, img, h_pt in images:
        px_per_mm = RENDER_SCALE / _pdf.PT_MM
        runs = _recognise(img, px_per_mm)
        h_mm = h_pt * _pdf.PT_MM
        pages.append(_lines(runs, i + 1, h_mm))
        heights.append(h_pt)
    if allow_empty and not any(pages):
        return RawDocument(path=path, format="ocr", paragraphs=[], layout=layout)
    return _finish(path, pages, heights, layout, limits)


def read_image_ocr(path: str, limits: ReadLimits) -> RawDocument:
    """A png/jpg/tif image (each frame of a multi-page tif a page)."""
    try:
        return _read_image_ocr(path, limits)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError("too_large", "图片太大，识别时内存不足，已放弃。") from None
    except Exception:
        raise ReadError("corrupt", CORRUPT_IMAGE_MSG) from None


def _read_image_ocr(path: str, limits: ReadLimits) -> RawDocument:
    import io

    import numpy as np
    from PIL import Image

    data = read_capped(path, limits)
    try:
        im = Image.open(io.BytesIO(data))
        frames = getattr(im, "n_frames", 1)
    except Exception:
        raise ReadError("corrupt", CORRUPT_IMAGE_MSG) from None
    if frames > limits.max_pages:
        raise ReadError("too_large", f"图片共 {frames} 页，超过上限 {limits.max_pages} 页。")
    pages, heights = [], []
    layout = Layout(page_count=frames)
    for k in range(frames):
        im.seek(k)
        w, h = im.size
        if w * h > MAX_PIXELS:
            raise ReadError("too_large", f"图片 {w}×{h} 像素，过大，无法识别（疑似“解压炸弹”或超高分辨率扫描）。请以 300dpi 以下重新扫描。")
        dpi = im.info.get("dpi")
        try:
            px_per_mm = float(dpi[0]) / 25.4 if dpi and float(dpi[0]) > 30 else w / 210.0
        except (TypeError, ValueError, IndexError):
            px_per_mm = w / 210.0
        frame = im.convert("RGB")
        # the recogniser is tuned for ~40 px characters: very large scans are scaled down
        scale = min(1.0, 2400 / max(w, h))
        if scale < 1.0:
            frame = frame.resize((int(w * scale), int(h * scale)))
            px_per_mm *= scale
        runs = _recognise(np.array(frame), px_per_mm)
        h_mm = frame.size[1] / px_per_mm
        if k == 0:
            layout.page_width_mm = round(frame.size[0] / px_per_mm, 1)
            layout.page_height_mm = round(h_mm, 1)
        pages.append(_lines(runs, k + 1, h_mm))
        heights.append(h_mm / _pdf.PT_MM)
    return _finish(path, pages, heights, layout, limits)
