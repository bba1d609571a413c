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

TEXT_EXTS = {".txt", ".md", ".markdown", ".text"}
SUPPORTED_EXTS = {".docx", ".pdf"} | TEXT_EXTS

# Formats a clerk's folder holds that we cannot read, with what to do.
UNSUPPORTED_ADVICE = {
    ".doc": "这是旧版 Word（.doc）文件，请用 Word、WPS 或 LibreOffice 另存为 .docx 后再检查（如：soffice --headless --convert-to docx 文件.doc）。",
    ".wps": "这是 WPS 文字（.wps）文件，请在 WPS 中另存为 .docx 后再检查。",
    ".ofd": "这是 OFD 版式文件，请用数科阅读器等导出为 PDF，或取得原 .docx 稿后再检查。",
    ".rtf": "这是 RTF 文件，请另存为 .docx 后再检查。",
    ".odt": "这是 ODF 文本文件，请用 LibreOffice 另存为 .docx 后再检查。",
    ".docm": "这是含宏的 Word 文件，请另存为普通 .docx 后再检查。",
    ".wpt": "这是 WPS 模板文件，请另存为 .docx 后再检查。",
    ".dot": "这是 Word 模板文件，请另存为 .docx 后再检查。",
    ".dotx": "这是 Word 模板文件，请另存为 .docx 后再检查。",
    ".xls": "这是表格文件，不是公文正文；zgov 只检查 .docx、.pdf、.txt、.md。",
    ".xlsx": "这是表格文件，不是公文正文；zgov 只检查 .docx、.pdf、.txt、.md。",
    ".et": "这是表格文件，不是公文正文；zgov 只检查 .docx、.pdf、.txt、.md。",
    ".ppt": "这是演示文稿，不是公文正文；zgov 只检查 .docx、.pdf、.txt、.md。",
    ".pptx": "这是演示文稿，不是公文正文；zgov 只检查 .docx、.pdf、.txt、.md。",
    ".dps": "这是演示文稿，不是公文正文；zgov 只检查 .docx、.pdf、.txt、.md。",
    ".jpg": "这是图片，没有文字层；请先做文字识别（OCR）转成 .docx 或带文字层的 PDF。",
    ".jpeg": "这是图片，没有文字层；请先做文字识别（OCR）转成 .docx 或带文字层的 PDF。",
    ".png": "这是图片，没有文字层；请先做文字识别（OCR）转成 .docx 或带文字层的 PDF。",
    ".tif": "这是图片，没有文字层；请先做文字识别（OCR）转成 .docx 或带文字层的 PDF。",
    ".tiff": "这是图片，没有文字层；请先做文字识别（OCR）转成 .docx 或带文字层的 PDF。",
    ".bmp": "这是图片，没有文字层；请先做文字识别（OCR）转成 .docx 或带文字层的 PDF。",
}
# Files a folder walk picks up: what we read plus document-like files we
# must report as unsupported (a clerk's folder holds them).
FOLDER_EXTS = SUPPORTED_EXTS | set(UNSUPPORTED_ADVICE)


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
    return None


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
    as characters (a font without a usable ToUnicode map)."""
    from .pdf import GARBLED_MSG, read_pdf
    from .text import looks_garbled

    raw = read_pdf(path, limits)
    if looks_garbled("".join(p.text for p in raw.paragraphs)):
        raise ReadError("no_text", GARBLED_MSG)
    return raw


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
    if ext == ".docx" or (ext not in SUPPORTED_EXTS and kind == "zip"):
        if kind == "ole" and _ole_encrypted_package(p):
            raise ReadError(
                "encrypted",
                "Word 文档已加密（有打开密码），无法读取。请在 Word/WPS 中用密码打开，解除密码保护（文件→信息→保护文档→用密码进行加密，清空密码）后另存，再检查。",
            )
        if kind == "ole":
            raise ReadError(
                "unsupported_format",
                "文件扩展名是 .docx，但内容是旧版 Word（.doc）或 WPS 格式。请用 Word/WPS 打开后“另存为” .docx 再检查。",
            )
        if kind == "pdf":
            return _read_pdf(str(p), limits)
        if kind != "zip":
            raise ReadError("corrupt", "文件扩展名是 .docx，但内容不是有效的 Word 文档（可能已损坏或只复制了一部分），请重新导出。")
        from .docx import read_docx

        return read_docx(str(p), limits)
    if ext == ".pdf" or kind == "pdf":
        if kind != "pdf":
            raise ReadError("corrupt", "文件扩展名是 .pdf，但内容不是有效的 PDF（可能已损坏），请重新导出。")
        return _read_pdf(str(p), limits)
    if ext in TEXT_EXTS:
        if kind in ("zip", "ole"):
            raise ReadError("unsupported_format", "文件扩展名是文本，但内容是二进制文档，请确认文件类型。")
        from .text import read_text

        return read_text(str(p), limits)
    if kind == "ole":
        raise ReadError("unsupported_format", UNSUPPORTED_ADVICE[".doc"])
    raise ReadError(
        "unsupported_format",
        f"不支持的文件类型“{ext or '无扩展名'}”。zgov 检查 .docx、.pdf、.txt、.md 文件；其他格式请先转换为 .docx。",
    )


def read_lines(text: str, *, path: str = "example.txt", fmt: str = "txt", markers: bool = False,
               layout=None) -> RawDocument:
    """A document given as text in memory, one paragraph a line; with
    ``markers`` the fixture notation (``@title ``/``@center ``/``@right ``)
    sets alignment and size; ``layout`` a :class:`~zgov_cli.model.Layout`.
    For rule examples and tests: nothing is read from disk."""
    from .text import paragraphs_from_lines

    return RawDocument(path=path, format=fmt, paragraphs=paragraphs_from_lines(text, markers=markers), layout=layout)
