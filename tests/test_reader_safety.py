"""Hostile and broken inputs: every one ends in a ReadError of the right kind,
fast, in bounded memory, and the input is never touched."""
from __future__ import annotations

import hashlib
import io
import os
import shutil
import struct
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from zgov_cli.config import ReadLimits
from zgov_cli.model import ERROR_KINDS, RawDocument, ReadError
from zgov_cli.readers import read_document
from zgov_cli.readers.docx import read_docx
from zgov_cli.readers.pdf import GARBLED_MSG, read_pdf

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "fixtures" / "docs"
GOOD_DOCX = DOCS / "reader_table_textbox.docx"
GOOD_PDF = DOCS / "reader_table_textbox.pdf"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def _kind(path: Path, limits: ReadLimits | None = None) -> ReadError:
    with pytest.raises(ReadError) as e:
        read_document(str(path), limits or ReadLimits())
    assert e.value.kind in ERROR_KINDS
    assert e.value.message
    return e.value


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def _document_xml(body: str) -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'.encode()


# ---- containers ---------------------------------------------------------------
def test_zero_byte_files(tmp_path):
    for ext in (".docx", ".pdf"):
        p = tmp_path / f"empty{ext}"
        p.write_bytes(b"")
        assert _kind(p).kind == "empty"
        with pytest.raises(ReadError) as e:
            (read_docx if ext == ".docx" else read_pdf)(str(p), ReadLimits())
        assert e.value.kind == "empty"


def _ole(extra: bytes = b"") -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + extra + b"\x00" * 1024


def test_broken_ole_named_docx_is_read_as_doc_and_corrupt(tmp_path):
    """An OLE file named .docx is read by content (the .doc reader): this
    one is only a header, so it is corrupt, with what to do."""
    p = tmp_path / "old.docx"
    p.write_bytes(_ole("WordDocument".encode("utf-16-le")))
    e = _kind(p)
    assert e.kind == "corrupt" and "另存为" in e.message


def test_password_protected_docx_is_encrypted(tmp_path):
    p = tmp_path / "secret.docx"
    p.write_bytes(_ole("EncryptionInfo".encode("utf-16-le") + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")))
    e = _kind(p)
    assert e.kind == "encrypted" and "密码" in e.message


def test_truncated_zip_is_corrupt(tmp_path):
    data = GOOD_DOCX.read_bytes()
    for cut in (30, len(data) // 2, len(data) - 10):
        p = tmp_path / f"cut{cut}.docx"
        p.write_bytes(data[:cut])
        e = _kind(p)
        assert e.kind == "corrupt", (cut, e.kind)
        assert "损坏" in e.message


def test_zip_without_document_xml(tmp_path):
    p = _zip(tmp_path / "nodoc.docx", {"[Content_Types].xml": CONTENT_TYPES, "word/other.xml": b"<x/>"})
    assert _kind(p).kind == "corrupt"
    sheet = _zip(tmp_path / "sheet.docx", {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": b"<workbook/>"})
    e = _kind(sheet)
    assert e.kind == "unsupported_format" and "表格" in e.message


def test_docx_with_only_images_is_empty(tmp_path):
    p = _zip(tmp_path / "blank.docx", {"word/document.xml": _document_xml("<w:p/><w:p><w:r/></w:p>")})
    assert _kind(p).kind == "empty"


def test_broken_xml_is_corrupt(tmp_path):
    p = _zip(tmp_path / "bad.docx", {"word/document.xml": b"<w:document><w:body><w:p>"})
    assert _kind(p).kind == "corrupt"


# ---- zip bomb -----------------------------------------------------------------
def _deflate_zeros(total: int, chunk: int = 1 << 20) -> bytes:
    """A raw deflate stream of ``total`` zero bytes made from one compressed
    chunk repeated: a full flush makes each piece independent."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = c.compress(b" " * chunk) + c.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    return piece * (total // chunk) + end


def _raw_zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """Hand-made zip: (name, deflated data, declared size, crc)."""
    out = io.BytesIO()
    central = []
    for name, data, size, crc in members:
        off = out.tell()
        n = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(n), 0) + n)
        out.write(data)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size,
                                   len(n), 0, 0, 0, 0, 0, off) + n)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - cd_off, cd_off, 0))
    return out.getvalue()


def _timed(fn):
    tracemalloc.start()
    t = time.perf_counter()
    try:
        with pytest.raises(ReadError) as e:
            fn()
    finally:
        elapsed = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return e.value, elapsed, peak


@pytest.fixture(scope="module")
def bomb_stream() -> bytes:
    return _deflate_zeros(2 * 1024**3)  # ~2 GB of spaces in ~2 MB


def test_zip_bomb_refused_fast_in_bounded_memory(tmp_path, bomb_stream):
    assert len(bomb_stream) < 8 * 1024 * 1024
    p = tmp_path / "bomb.docx"
    p.write_bytes(_raw_zip([("[Content_Types].xml", zlib.compress(CONTENT_TYPES)[2:-4], len(CONTENT_TYPES), zlib.crc32(CONTENT_TYPES)),
                            ("word/document.xml", bomb_stream, 2 * 1024**3, 0)]))
    err, elapsed, peak = _timed(lambda: read_document(str(p), ReadLimits()))
    assert err.kind == "too_large"
    assert elapsed < 1.0
    assert peak < 64 * 1024 * 1024
    # even with a generous total limit the compression ratio gives it away
    err, elapsed, peak = _timed(lambda: read_docx(str(p), ReadLimits(max_inflated_mb=8192)))
    assert err.kind == "too_large" and "压缩" in err.message
    assert elapsed < 1.0 and peak < 64 * 1024 * 1024


def test_zip_bomb_with_lying_header(tmp_path, bomb_stream):
    """Header claims 1 KB; the stream holds 2 GB. zipfile stops at the declared
    size (then the CRC fails): nothing like 2 GB is ever inflated."""
    p = tmp_path / "liar.docx"
    p.write_bytes(_raw_zip([("word/document.xml", bomb_stream, 1024, 0)]))
    err, elapsed, peak = _timed(lambda: read_document(str(p), ReadLimits()))
    assert err.kind == "corrupt"
    assert elapsed < 1.0 and peak < 64 * 1024 * 1024


# ---- XML attacks ---------------------------------------------------------------
def test_doctype_and_entities_refused(tmp_path):
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>'
    ).encode()
    p = _zip(tmp_path / "laughs.docx", {"word/document.xml": laughs})
    assert _kind(p).kind == "corrupt"
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
        f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>'
    ).encode()
    p = _zip(tmp_path / "xxe.docx", {"word/document.xml": xxe})
    e = _kind(p)
    assert e.kind == "corrupt" and "TOP-SECRET" not in e.message
    # DTD hidden in styles.xml is refused too
    p = _zip(tmp_path / "styles.docx", {"word/document.xml": _document_xml("<w:p><w:r><w:t>正文</w:t></w:r></w:p>"),
                                        "word/styles.xml": laughs})
    assert _kind(p).kind == "corrupt"


def test_deeply_nested_tables(tmp_path):
    def nested(depth: int) -> str:
        inner = "<w:p><w:r><w:t>最内层</w:t></w:r></w:p>"
        for _ in range(depth):
            inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
        return "<w:p><w:r><w:t>表前</w:t></w:r></w:p>" + inner + "<w:p><w:r><w:t>表后</w:t></w:r></w:p>"

    p = _zip(tmp_path / "deep.docx", {"word/document.xml": _document_xml(nested(40))})
    raw = read_document(str(p))
    assert [x.text for x in raw.paragraphs] == ["表前", "最内层", "表后"]
    assert raw.paragraphs[1].in_table
    p = _zip(tmp_path / "deeper.docx", {"word/document.xml": _document_xml(nested(400))})
    assert _kind(p).kind in ("too_large", "corrupt")


# ---- pdf ---------------------------------------------------------------------
def _pdf_canvas(path: Path, **kw):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(str(path), pagesize=A4, invariant=1, **kw)


def test_encrypted_pdf(tmp_path):
    p = tmp_path / "enc.pdf"
    c = _pdf_canvas(p, encrypt="pw")
    c.setFont("STSong-Light", 16)
    c.drawString(80, 700, "机密文件内容")
    c.showPage()
    c.save()
    e = _kind(p)
    assert e.kind == "encrypted" and "解除密码保护" in e.message


def test_image_only_pdf_is_no_text(tmp_path):
    p = tmp_path / "scan.pdf"
    c = _pdf_canvas(p)
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    e = _kind(p)
    assert e.kind == "no_text" and "OCR" in e.message


def test_garbled_text_detection():
    from zgov_cli.readers.pdf import _garbled

    assert _garbled("\ue001\ue002\ue003\ue004正文")
    assert _garbled("(cid:12)(cid:34)(cid:56) 通知")
    assert not _garbled("泽州县人民政府关于做好防汛工作的通知")
    assert "乱码" in GARBLED_MSG


def test_not_a_pdf_is_corrupt(tmp_path):
    p = tmp_path / "fake.pdf"
    p.write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    assert _kind(p).kind == "corrupt"
    trunc = tmp_path / "trunc.pdf"
    trunc.write_bytes(GOOD_PDF.read_bytes()[:400])
    assert _kind(trunc).kind in ("corrupt", "no_text")


@pytest.fixture(scope="module")
def pdf_600(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("big") / "600.pdf"
    c = _pdf_canvas(p)
    for i in range(600):
        c.setFont("STSong-Light", 16)
        c.drawString(80, 700, f"第{i + 1}部分　各单位要认真落实各项工作要求，确保按时完成任务。")
        c.showPage()
    c.save()
    return p


def test_600_page_pdf(pdf_600):
    t = time.perf_counter()
    raw = read_document(str(pdf_600))
    assert time.perf_counter() - t < 30
    assert raw.layout.page_count == 600
    assert len(raw.paragraphs) == 600 and raw.paragraphs[-1].page == 600
    e = _kind(pdf_600, ReadLimits(max_pages=500))
    assert e.kind == "too_large" and "500" in e.message


# ---- the input is never touched ----------------------------------------------------
def _sources() -> list[Path]:
    return sorted(DOCS.glob("reader_*.docx")) + sorted(DOCS.glob("reader_*.pdf"))


@pytest.mark.parametrize("src", _sources(), ids=lambda p: p.name)
def test_input_unchanged_and_read_only_ok(tmp_path, src):
    p = tmp_path / src.name
    shutil.copy2(src, p)
    os.chmod(p, 0o444)
    before = (hashlib.sha256(p.read_bytes()).hexdigest(), os.stat(p).st_mtime_ns, os.stat(p).st_mode)
    raw = read_document(str(p))
    assert isinstance(raw, RawDocument) and raw.paragraphs
    after = (hashlib.sha256(p.read_bytes()).hexdigest(), os.stat(p).st_mtime_ns, os.stat(p).st_mode)
    assert before == after
    assert sorted(os.listdir(tmp_path)) == [src.name]  # no lock or temp files beside it
