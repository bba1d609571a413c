"""Readers: bytes → :class:`~zgov_cli.model.RawDocument`.

``read_document(path, limits)`` picks the reader by content and extension and
raises :class:`~zgov_cli.model.ReadError` (kind + Chinese advice) for anything
it cannot read. Readers never write, move or lock their input.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..config import ReadLimits
from ..model import RawDocument, ReadError

from ..inputs import ACCEPTED_EXTS, FOLDER_EXTS, IMAGE_EXTS, UNSUPPORTED_EXTS, accepted_text

TEXT_EXTS = {".txt", ".md", ".markdown", ".text"}
SUPPORTED_EXTS = set(ACCEPTED_EXTS)

_ONLY = f"zgov 只检查 {accepted_text()}。"
# Formats a clerk's folder holds that we cannot read, with what to do.
UNSUPPORTED_ADVICE = {
    ".rtf": "这是 RTF 文件，请另存为 .docx 后再检查。",
    ".odt": "这是 ODF 文本文件，请用 LibreOffice 另存为 .docx 后再检查。",
    ".docm": "这是含宏的 Word 文件，请另存为普通 .docx 后再检查。",
    ".wpt": "这是 WPS 模板文件，请另存为 .docx 后再检查。",
    ".dot": "这是 Word 模板文件，请另存为 .docx 后再检查。",
    ".dotx": "这是 Word 模板文件，请另存为 .docx 后再检查。",
    ".xls": "这是表格文件，不是公文正文；" + _ONLY,
    ".xlsx": "这是表格文件，不是公文正文；" + _ONLY,
    ".et": "这是表格文件，不是公文正文；" + _ONLY,
    ".ppt": "这是演示文稿，不是公文正文；" + _ONLY,
    ".pptx": "这是演示文稿，不是公文正文；" + _ONLY,
    ".dps": "这是演示文稿，不是公文正文；" + _ONLY,
    ".bmp": "这是 BMP 图片，zgov 只识别 .png、.jpg、.tif 图片；请另存为 PNG 后再检查。",
}
assert set(UNSUPPORTED_ADVICE) == set(UNSUPPORTED_EXTS)  # inputs' list, each with its advice

# What each reader's format counts as for the rules' ``formats``: the binary
# Word reader and OFD give paragraphs and (OFD) the page size like pdf; OCR
# gives text only, so the layout rules (ZG6) do not run on it.
RULE_FORMAT = {"doc": "pdf", "wps": "pdf", "ofd": "pdf", "ocr": "txt"}


def rule_format(fmt: str) -> str:
    return RULE_FORMAT.get(fmt, fmt)


def sniff(head: bytes) -> str | None:
    """Format from magic bytes: docx (zip), pdf, ole (.doc/.wps), or None."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    return None


def _looks_html(head: bytes) -> bool:
    """A web page saved with a Word extension (HTML, or MHT's MIME header)."""
    h = head[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return h.startswith((b"<html", b"<!doctype html", b"mime-version:", b"<?xml")) and (b"<html" in h or h.startswith(b"mime-version:"))


_ENCRYPTED_STREAMS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))


def _ole_encrypted_package(path: Path) -> bool:
    """An OLE file holding an encrypted OOXML package (how Office saves a
    password-protected .docx): its directory names the streams
    ``EncryptionInfo``/``EncryptedPackage`` (UTF-16LE)."""
    try:
        with open(path, "rb") as f:
            tail = b""
            while True:
                chunk = f.read(1 << 20)
                if not chunk:
                    return False
                buf = tail + chunk
                if any(m in buf for m in _ENCRYPTED_STREAMS):
                    return True
                tail = buf[-64:]
    except OSError:
        return False


def _read_pdf(path: str, limits: ReadLimits) -> RawDocument:
    """The pdf reader, then a check that the text is not glyph ids decoded
    as characters (a font without a usable ToUnicode map). A pdf without a
    usable text layer (a scan) is recognised by OCR when the ``ocr`` extra
    is installed; without it the error says how to install it."""
    from .pdf import GARBLED_MSG, read_pdf
    from .text import looks_garbled

    try:
        raw = read_pdf(path, limits)
        if looks_garbled("".join(p.text for p in raw.paragraphs)):
            raise ReadError("no_text", GARBLED_MSG)
    except ReadError as e:
        if e.kind != "no_text":
            raise
        from . import ocr

        if limits.ocr == "off":
            raise ReadError("no_text", e.message + ocr.OFF_MSG) from None
        if not ocr.available():
            raise ReadError("no_text", e.message + ocr.INSTALL_HINT) from None
        try:
            return ocr.read_pdf_ocr(path, limits)
        except ReadError as o:
            if o.kind != "no_text":
                raise
            raise ReadError("no_text", e.message + ocr.TRIED_MSG) from None
    from . import ocr

    if limits.ocr != "off" and ocr.available():  # a typed pdf with scanned pages among its pages
        return ocr.add_scanned_pages(raw, limits)
    return raw


def _read_image(path: str, limits: ReadLimits) -> RawDocument:
    from . import ocr

    if limits.ocr == "off":
        raise ReadError("no_text", "这是图片（扫描件或照片），没有文字层。" + ocr.OFF_MSG)
    if not ocr.available():
        raise ReadError("no_text", "这是图片（扫描件或照片），没有文字层。" + ocr.INSTALL_HINT)
    return ocr.read_image_ocr(path, limits)


def _read_binary_word(path: str, p: Path, limits: ReadLimits) -> RawDocument:
    """An OLE compound file: a Word 97–2003 / WPS binary document, or an
    encrypted OOXML package."""
    from .doc import read_doc, read_via_soffice

    if _ole_encrypted_package(p):
        raise ReadError(
            "encrypted",
            "Word 文档已加密（有打开密码），无法读取。请在 Word/WPS 中用密码打开，解除密码保护（文件→信息→保护文档→用密码进行加密，清空密码）后另存，再检查。",
        )
    fmt = "wps" if p.suffix.lower() == ".wps" else "doc"
    if limits.doc_converter == "soffice":
        return read_via_soffice(path, limits, fmt)
    return read_doc(path, limits, fmt)


def read_document(path: str, limits: ReadLimits | None = None) -> RawDocument:
    limits = limits or ReadLimits()
    p = Path(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise ReadError("not_found", f"找不到文件：{path}。请检查路径是否正确。") from None
    except OSError as e:
        raise ReadError("not_found", f"无法访问文件：{path}（{e.strerror}）。") from None
    if not stat.S_ISREG(st.st_mode):  # from the one stat: the file may vanish meanwhile
        raise ReadError("unsupported_format", f"{path} 不是普通文件（是文件夹、设备或管道），请指定文档文件。")
    if st.st_size == 0:
        raise ReadError("empty", "文件是空的（0 字节），可能没有保存成功，请重新保存后再检查。")
    if st.st_size > limits.max_file_mb * 1024 * 1024:
        raise ReadError(
            "too_large",
            f"文件大小 {st.st_size / 1048576:.0f} MB，超过上限 {limits.max_file_mb} MB（可在配置 [read] max-file-mb 调整）。",
        )
    ext = p.suffix.lower()
    try:
        with open(p, "rb") as f:
            head = f.read(2048)
    except OSError as e:
        raise ReadError("not_found", f"无法打开文件：{path}（{e.strerror}）。") from None
    kind = sniff(head)

    if ext in UNSUPPORTED_ADVICE:
        raise ReadError("unsupported_format", UNSUPPORTED_ADVICE[ext])
    if kind == "ole" and ext not in TEXT_EXTS:
        # .doc, .wps, and a .doc saved under another name (.docx): by content
        return _read_binary_word(str(p), p, limits)
    if ext == ".ofd":
        if kind != "zip":
            raise ReadError("corrupt", "文件扩展名是 .ofd，但内容不是有效的 OFD 文件（OFD 是 zip 压缩包；文件可能已损坏或只复制了一部分），请重新导出。")
        from .ofd import read_ofd

        return read_ofd(str(p), limits)
    if (kind == "image" and ext not in TEXT_EXTS) or (ext in IMAGE_EXTS and kind not in ("zip", "pdf", "ole")):
        if kind != "image":
            raise ReadError("corrupt", f"文件扩展名是 {ext}，但内容不是有效的图片（可能已损坏），请重新扫描或导出。")
        return _read_image(str(p), limits)
    if ext in (".docx", ".doc", ".wps") or (ext not in SUPPORTED_EXTS and kind == "zip"):
        if kind == "pdf":
            return _read_pdf(str(p), limits)
        if kind == "rtf":
            raise ReadError("unsupported_format", f"文件扩展名是 {ext}，但内容是 RTF 格式（一些系统导出的“Word 文件”就是这样）。请用 Word/WPS 打开后另存为 .docx 再检查。")
        if _looks_html(head):
            raise ReadError("unsupported_format", f"文件扩展名是 {ext}，但内容是网页（HTML/MHT，一些网站导出的“Word 文件”就是这样）。请用 Word/WPS 打开后另存为 .docx 再检查。")
        if kind != "zip":
            raise ReadError("corrupt", f"文件扩展名是 {ext or '无扩展名'}，但内容不是有效的 Word/WPS 文档（可能已损坏或只复制了一部分），请重新导出。")
        from .docx import read_docx

        raw = read_docx(str(p), limits)
        if ext == ".wps":  # WPS 文字 saved as OOXML
            raw.format = "wps"
        return raw
    if ext == ".pdf" or kind == "pdf":
        if kind != "pdf":
            raise ReadError("corrupt", "文件扩展名是 .pdf，但内容不是有效的 PDF（可能已损坏），请重新导出。")
        return _read_pdf(str(p), limits)
    if ext in TEXT_EXTS:
        if kind in ("zip", "ole"):
            raise ReadError("unsupported_format", "文件扩展名是文本，但内容是二进制文档，请确认文件类型。")
        from .text import read_text

        return read_text(str(p), limits)
    raise ReadError(
        "unsupported_format",
        f"不支持的文件类型“{ext or '无扩展名'}”。zgov 检查 {accepted_text()} 文件；其他格式请先转换为 .docx。",
    )


def read_lines(text: str, *, path: str = "example.txt", fmt: str = "txt", markers: bool = False,
               layout=None) -> RawDocument:
    """A document given as text in memory, one paragraph a line; with
    ``markers`` the fixture notation (``@title ``/``@center ``/``@right ``)
    sets alignment and size; ``layout`` a :class:`~zgov_cli.model.Layout`.
    For rule examples and tests: nothing is read from disk."""
    from .text import paragraphs_from_lines

    return RawDocument(path=path, format=fmt, paragraphs=paragraphs_from_lines(text, markers=markers), layout=layout)
