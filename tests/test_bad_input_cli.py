"""Issue 7 at the command level: bad input never breaks ``zgov check``.

Every unreadable input is one ``status: "error"`` entry with the right kind
and a Chinese message that says what to do; the rest of the batch is checked;
the exit code is 2; no traceback reaches the user. The tests run the real
command (``python -m zgov_cli``) and build their inputs cheaply in tmp dirs.
"""
from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from conftest import ROOT, run_zgov

from zgov_cli.readers.ocr import available as ocr_available

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

TITLE = "泽州县人民政府办公室关于做好防汛工作的通知"
DOC_TEXT = (
    f"{TITLE}\n各乡镇人民政府，县直各有关单位：\n"
    "为切实做好今年防汛工作，确保人民群众生命财产安全，现将有关事项通知如下。\n"
    "一、加强组织领导。各单位要高度重视，落实责任。\n泽州县人民政府办公室\n2025年3月5日\n"
)


# ---- builders ---------------------------------------------------------------------

def _p(text: str, center: bool = False) -> str:
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _document_xml(body: str, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')


def raw_docx(path: Path, document_xml: str) -> Path:
    """A minimal valid docx package around ``document_xml``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document_xml)
    return path


def good_docx(path: Path, text: str = DOC_TEXT) -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    lines = text.strip().splitlines()
    title = d.add_paragraph()
    run = title.add_run(lines[0])
    run.font.size = Pt(22)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in lines[1:]:
        d.add_paragraph(line)
    d.save(str(path))
    return path


def _deflate_spaces(total: int, chunk: int = 1 << 20) -> bytes:
    """Raw deflate stream of ``total`` spaces in ~total/1000 bytes."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = c.compress(b" " * chunk) + c.flush(zlib.Z_FULL_FLUSH)
    return piece * (total // chunk) + zlib.compressobj(9, zlib.DEFLATED, -15).flush()


def zip_bomb(path: Path, inflated: int = 4 * 1024**3) -> Path:
    """A docx whose document.xml inflates to ``inflated`` bytes (declared
    honestly in the headers; zip64 so the size fits)."""
    import struct

    data = _deflate_spaces(inflated)
    name = b"word/document.xml"
    ct = CONTENT_TYPES.encode()
    ct_deflated = zlib.compress(ct)[2:-4]
    out = io.BytesIO()
    central = []

    def member(n: bytes, payload: bytes, size: int, crc: int, zip64: bool) -> None:
        off = out.tell()
        extra = struct.pack("<HHQQ", 1, 16, size, len(payload)) if zip64 else b""
        csize, usize = (0xFFFFFFFF, 0xFFFFFFFF) if zip64 else (len(payload), size)
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0x21, crc, csize, usize, len(n), len(extra)) + n + extra)
        out.write(payload)
        cextra = struct.pack("<HHQQQ", 1, 24, size, len(payload), off) if zip64 else b""
        coff = 0xFFFFFFFF if zip64 else off
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0x21, crc, csize, usize,
                                   len(n), len(cextra), 0, 0, 0, 0, coff) + n + cextra)

    member(b"[Content_Types].xml", ct_deflated, len(ct), zlib.crc32(ct), False)
    member(name, data, inflated, 0, True)
    cd_off = out.tell()
    for c in central:
        out.write(c)
    cd_size = out.tell() - cd_off
    z64_off = out.tell()
    out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, len(central), len(central), cd_size, cd_off))
    out.write(struct.pack("<IIQI", 0x07064B50, 0, z64_off, 1))
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), cd_size, cd_off, 0))
    path.write_bytes(out.getvalue())
    return path


def _pdf_canvas(path: Path, **kw):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return canvas.Canvas(str(path), pagesize=A4, invariant=1, **kw)


def hand_pdf(path: Path, content: bytes, resources: bytes, extra: list[bytes]) -> Path:
    """A one-page pdf from raw objects with a correct xref table."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources + b" /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream", *extra]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def garbled_pdf(path: Path, first_cid: int) -> Path:
    """A pdf set in a Chinese font with Identity-H encoding, not embedded and
    without a ToUnicode map: what a broken export looks like. Text extraction
    gets glyph ids, not characters."""
    lines = []
    for i in range(20):
        cids = "".join("%04X" % (first_cid + (i * 131 + j * 37) % 3000) for j in range(26))
        lines.append(b"BT /F1 16 Tf 72 %d Td <%s> Tj ET" % (780 - 32 * i, cids.encode()))
    font = [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /FZXBSJW--GB1-0 /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FZXBSJW--GB1-0 /CIDSystemInfo << /Registry (Adobe)"
        b" /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /FZXBSJW--GB1-0 /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0"
        b" /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
    ]
    return hand_pdf(path, b"\n".join(lines), b"<< /Font << /F1 5 0 R >> >>", font)


def nested_tables(depth: int) -> str:
    inner = _p("各单位要认真落实。")
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"
    return inner


def long_docx(path: Path, pages: int) -> Path:
    """``pages`` pages of 20 body paragraphs, separated by page breaks."""
    page = "".join(_p(f"（{j}）各单位要认真落实各项工作要求，确保按时完成任务。") for j in range(20))
    brk = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
    body = _p("泽州县人民政府关于做好年度统计工作的通知", True) + _p("各乡镇人民政府：") + brk.join([page] * pages)
    return raw_docx(path, _document_xml(body))


# ---- a folder of mixed files -----------------------------------------------------

def mixed_folder(folder: Path) -> dict[str, str | None]:
    """Files a clerk's folder really holds; name → expected error kind (None: ok)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(DOC_TEXT, encoding="utf-8")
    good_docx(folder / "good.docx")
    (folder / "zero.docx").write_bytes(b"")
    ole = OLE_MAGIC + os.urandom(600)
    (folder / "old.doc").write_bytes(ole)
    (folder / "old-renamed.docx").write_bytes(ole)
    formats = ROOT / "fixtures" / "formats"
    (folder / "good.doc").write_bytes((formats / "tongzhi_office.doc").read_bytes())
    (folder / "good.ofd").write_bytes((formats / "tongzhi_office.ofd").read_bytes())
    whole = (folder / "good.docx").read_bytes()
    (folder / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(300))
    with zipfile.ZipFile(folder / "table.xlsx", "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    (folder / "gbk.txt").write_bytes(DOC_TEXT.replace(TITLE, "泽州县财政局关于拨付防汛资金的通知").encode("gbk"))
    (folder / "utf16.txt").write_bytes(DOC_TEXT.replace(TITLE, "泽州县水利局关于加固堤坝的通知").encode("utf-16"))
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8 + os.urandom(2000))
    return {
        "good.txt": None, "good.docx": None, "gbk.txt": None, "utf16.txt": None,
        "good.doc": None, "good.ofd": None,
        "zero.docx": "empty", "old.doc": "corrupt", "old-renamed.docx": "corrupt",
        "truncated.docx": "corrupt", "photo.jpg": "corrupt" if ocr_available() else "no_text",
        "table.xlsx": "unsupported_format",
        "junk.txt": "unsupported_format",
    }


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed") / "收文"
    expected = mixed_folder(folder)
    missing = folder.parent / "不存在的文件.docx"
    before = sorted(os.listdir(folder))
    run = run_zgov("check", str(folder), str(missing), "--format", "json", "--jobs", "2", "--today", "2025-03-06")
    return run, run.by_name(), expected, folder, before


def _error(files: dict, name: str, kind: str) -> str:
    f = files[name]
    assert f["status"] == "error", f
    assert f["error"]["kind"] == kind, f["error"]
    assert f["document"] is None and f["findings"] == []
    msg = f["error"]["message"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in msg), msg  # a Chinese message
    return msg


def test_mixed_folder_every_file_reported_exit_2(mixed):
    run, files, expected, _, _ = mixed
    assert run.code == 2
    assert set(files) == set(expected) | {"不存在的文件.docx"}
    for name, kind in expected.items():
        assert (files[name].get("error") or {}).get("kind") == kind, (name, files[name])
    unreadable = sum(1 for k in expected.values() if k) + 1
    assert run.json["summary"]["files"] == len(expected) + 1
    assert run.json["summary"]["unreadable"] == unreadable


def test_missing_path(mixed):
    msg = _error(mixed[1], "不存在的文件.docx", "not_found")
    assert "不存在的文件.docx" in msg and "路径" in msg


def test_good_files_checked(mixed):
    files = mixed[1]
    for name in ("good.txt", "good.docx"):
        f = files[name]
        assert f["status"] == "ok", f
        assert f["document"]["title"] == TITLE
        assert f["document"]["doc_type"] == "通知"
        assert f["document"]["recipients"] == ["各乡镇人民政府", "县直各有关单位"]
        assert f["document"]["date"] == "2025-03-05"


def test_zero_byte_file(mixed):
    assert "0 字节" in _error(mixed[1], "zero.docx", "empty")


def test_ole_doc_and_doc_saved_as_docx(mixed):
    # OLE magic then noise: read by content as a Word binary, which is broken
    assert ".docx" in _error(mixed[1], "old.doc", "corrupt")
    assert "Word 97" in _error(mixed[1], "old-renamed.docx", "corrupt")


def test_truncated_zip(mixed):
    msg = _error(mixed[1], "truncated.docx", "corrupt")
    assert "损坏" in msg or "不完整" in msg


def test_image_and_spreadsheet(mixed):
    if ocr_available():
        assert "图片" in _error(mixed[1], "photo.jpg", "corrupt")
    else:
        assert "pip install 'zgov[ocr]'" in _error(mixed[1], "photo.jpg", "no_text")
    assert "表格" in _error(mixed[1], "table.xlsx", "unsupported_format")


def test_gbk_and_utf16_text(mixed):
    files = mixed[1]
    assert files["gbk.txt"]["document"]["title"] == "泽州县财政局关于拨付防汛资金的通知"
    assert files["utf16.txt"]["document"]["title"] == "泽州县水利局关于加固堤坝的通知"


def test_binary_junk_named_txt(mixed):
    assert "二进制" in _error(mixed[1], "junk.txt", "unsupported_format")


def test_no_files_created_in_input_folder(mixed):
    _, _, _, folder, before = mixed
    assert sorted(os.listdir(folder)) == before
    assert sorted(os.listdir(folder.parent)) == ["收文"]


# ---- hostile documents (readers' safety, seen from the command) ----------------------

@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    raw_docx(d / "laughs.docx", _document_xml(
        _p("&c;"),
        '<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'))
    secret = d / "secret.txt.bak"
    secret.write_text("TOP-SECRET-CONTENT")
    raw_docx(d / "xxe.docx", _document_xml(_p("&x;"), f'<!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'))
    c = _pdf_canvas(d / "encrypted.pdf", encrypt="pw")
    c.setFont("STSong-Light", 16)
    c.drawString(80, 700, "泽州县人民政府关于机密事项的通知")
    c.showPage()
    c.save()
    c = _pdf_canvas(d / "scan.pdf")
    c.setFillColorRGB(0.3, 0.3, 0.3)
    c.rect(50, 50, 480, 700, fill=1)
    c.showPage()
    c.save()
    garbled_pdf(d / "garbled-latin.pdf", 0x0100)
    garbled_pdf(d / "garbled-hanzi.pdf", 0x5000)
    raw_docx(d / "nested.docx", _document_xml(
        _p("泽州县人民政府关于做好防汛工作的通知", True) + _p("各乡镇人民政府：") + nested_tables(60) + _p("泽州县人民政府")))
    raw_docx(d / "nested-deeper.docx", _document_xml(_p("表前") + nested_tables(2000) + _p("表后")))
    long_docx(d / "long.docx", 500)
    (d / "good.txt").write_text(DOC_TEXT, encoding="utf-8")
    work = tmp_path_factory.mktemp("hostile-out")
    # the scanned and garbled pdfs would be recognised where the ocr extra is
    # installed (~700 MB for its models): this batch measures the readers' own
    # bounds, so OCR is off (tests/test_ocr.py covers it)
    (work / "zgov.toml").write_text('[read]\nocr = "off"\n', encoding="utf-8")
    code, seconds, rss, err = _run_measured(["check", str(d), "--format", "json", "--jobs", "1",
                                             "--config", str(work / "zgov.toml")], work)
    assert "Traceback" not in err, err
    from conftest import Run

    run = Run(code, (work / "out.json").read_text(encoding="utf-8"), err)
    run.rss = rss
    return run, run.by_name()


def test_hostile_batch_goes_on(hostile):
    run, files = hostile
    assert run.code == 2
    assert files["good.txt"]["status"] == "ok" and files["good.txt"]["document"]["title"] == TITLE
    assert len(files) == 10


def test_docx_with_xml_entity_tricks(hostile):
    files = hostile[1]
    _error(files, "laughs.docx", "corrupt")
    msg = _error(files, "xxe.docx", "corrupt")
    assert "TOP-SECRET" not in msg and "TOP-SECRET" not in hostile[0].stdout


def test_encrypted_pdf(hostile):
    assert "密码" in _error(hostile[1], "encrypted.pdf", "encrypted")


def test_image_only_pdf_suggests_ocr(hostile):
    assert "OCR" in _error(hostile[1], "scan.pdf", "no_text")


@pytest.mark.parametrize("name", ["garbled-latin.pdf", "garbled-hanzi.pdf"])
def test_pdf_garbled_by_broken_font_map(hostile, name):
    assert "乱码" in _error(hostile[1], name, "no_text")


def test_deeply_nested_tables(hostile):
    files = hostile[1]
    f = files["nested.docx"]
    assert f["status"] == "ok", f
    assert f["document"]["title"] == "泽州县人民政府关于做好防汛工作的通知"
    deeper = files["nested-deeper.docx"]
    assert deeper["status"] == "error" and deeper["error"]["kind"] in ("too_large", "corrupt"), deeper


def test_500_page_document_finishes(hostile):
    f = hostile[1]["long.docx"]
    assert f["status"] == "ok", f
    assert f["document"]["title"] == "泽州县人民政府关于做好年度统计工作的通知"
    assert f["document"]["counts"]["body"] > 500 * 20 * 20
    assert hostile[0].rss < 300 * 1024**2  # the whole batch, this document included


def _run_measured(args: list[str], cwd: Path) -> tuple[int, float, int, str]:
    """(exit code, seconds, peak RSS in bytes, stderr) of one zgov run."""
    out, err = cwd / "out.json", cwd / "err.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t = time.perf_counter()
    with open(out, "wb") as o, open(err, "wb") as e:
        p = subprocess.Popen([sys.executable, "-m", "zgov_cli", *args], stdout=o, stderr=e, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, time.perf_counter() - t, usage.ru_maxrss * 1024, err.read_text()


def test_zip_bomb_refused_in_seconds_under_300mb(tmp_path):
    bomb = zip_bomb(tmp_path / "bomb.docx")
    assert bomb.stat().st_size < 8 * 1024**2
    work = tmp_path / "work"
    work.mkdir()
    code, seconds, rss, err = _run_measured(["check", str(bomb), "--format", "json", "--jobs", "1"], work)
    assert "Traceback" not in err
    assert code == 2
    import json

    f = json.loads((work / "out.json").read_text())["files"][0]
    assert f["error"]["kind"] == "too_large", f
    assert seconds < 5
    assert rss < 300 * 1024**2


# ---- races: files that vanish or change while the batch runs ----------------------------

def test_file_vanishes_after_listing(tmp_path, monkeypatch):
    """Deleted between the folder walk and the read: ``not_found``, the batch goes on."""
    from typer.testing import CliRunner

    import zgov_cli.inputs as inputs
    from zgov_cli.cli import app

    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(DOC_TEXT, encoding="utf-8")
    real_expand = inputs.expand

    def expand_then_delete(paths):
        files = real_expand(paths)
        os.remove(files[1])
        return files

    monkeypatch.setattr(inputs, "expand", expand_then_delete)
    r = CliRunner().invoke(app, ["check", str(tmp_path), "--format", "json", "--jobs", "1"])
    import json

    data = json.loads(r.stdout)
    assert r.exit_code == 2
    kinds = [(Path(f["path"]).name, f["status"], (f.get("error") or {}).get("kind")) for f in data["files"]]
    assert kinds == [("d0.txt", "ok", None), ("d1.txt", "error", "not_found"), ("d2.txt", "ok", None)]


CHANGES = {  # change → (txt result, docx result): status or error kind
    "truncate": ("ok", "corrupt"),
    "grow": ("ok", "ok"),
    "replace": ("unsupported_format", "corrupt"),
    "delete": ("not_found", "not_found"),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_file_changes_between_stat_and_read(tmp_path, monkeypatch, change):
    """The file changes right after zgov looked at its size: a clean result, never a crash."""
    import zgov_cli.readers as readers
    from zgov_cli.config import Config
    from zgov_cli.engine import CheckOptions, check_path

    txt = tmp_path / "a.txt"
    txt.write_text(DOC_TEXT, encoding="utf-8")
    docx_path = good_docx(tmp_path / "a.docx")
    real_stat = os.stat
    done: set[str] = set()

    def stat_then_change(p, *a, **kw):
        st = real_stat(p, *a, **kw)
        key = os.fspath(p)
        if key in (str(txt), str(docx_path)) and key not in done:
            done.add(key)
            f = Path(key)
            if change == "truncate":
                f.write_bytes(f.read_bytes()[: st.st_size // 3])
            elif change == "grow":
                with open(key, "ab") as fh:
                    fh.write("\n补充说明。".encode() * 20)
            elif change == "replace":
                f.write_bytes(os.urandom(4000))
            else:
                f.unlink()
        return st

    monkeypatch.setattr(readers.os, "stat", stat_then_change)
    got = []
    for p in (txt, docx_path):
        r = check_path(str(p), Config(), CheckOptions())
        got.append(r.status if r.status == "ok" else r.error["kind"])
    assert done == {str(txt), str(docx_path)}
    assert tuple(got) == CHANGES[change]


def test_fifo_named_txt_does_not_hang(tmp_path, zgov):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(DOC_TEXT, encoding="utf-8")
    run = zgov("check", str(tmp_path), "--format", "json", "--jobs", "1", timeout=20)
    files = run.by_name()
    assert run.code == 2
    assert files["good.txt"]["status"] == "ok"
    assert "不是普通文件" in _error(files, "pipe.txt", "unsupported_format")


# ---- output that is not UTF-8 ---------------------------------------------------------

@pytest.mark.parametrize("fmt", ["text", "json"])
def test_output_to_ascii_pipe(tmp_path, zgov, fmt):
    (tmp_path / "good.txt").write_text(DOC_TEXT, encoding="utf-8")
    env = {"PYTHONIOENCODING": "ascii", "LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"}
    run = zgov("check", str(tmp_path / "good.txt"), str(tmp_path / "缺失.docx"), "--format", fmt, "--jobs", "1", env=env)
    assert "UnicodeEncodeError" not in run.stderr
    assert run.code == 2
    if fmt == "json":  # still valid JSON; what cannot be encoded is replaced
        data = run.json
        assert [f["status"] for f in data["files"]] == ["ok", "error"]
        assert data["files"][1]["error"]["kind"] == "not_found"
        assert data["summary"]["unreadable"] == 1
    else:
        assert "good.txt" in run.stdout and ".docx" in run.stdout


# ---- Ctrl-C -------------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    kids = []
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = Path(f"/proc/{d}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(d))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_ctrl_c_in_a_batch(tmp_path):
    """SIGINT to the process group (what a terminal's Ctrl-C does) while two
    workers run: exit 130, a short Chinese note, no traceback, no worker left."""
    from helpers import COUNTY_DOC as text
    data = text.read_bytes() if text.exists() else (DOC_TEXT * 200).encode()
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(200):
        (folder / f"f{i:03d}.txt").write_bytes(data)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("GITHUB_ACTIONS", None)
    p = subprocess.Popen([sys.executable, "-m", "zgov_cli", "check", str(folder), "--format", "json", "--jobs", "2"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 15
        kids: list[int] = []
        while time.monotonic() < deadline and len(kids) < 2:
            time.sleep(0.02)
            kids = _children(p.pid)
        assert len(kids) >= 2, "the worker pool never started"
        time.sleep(0.3)  # let them work
        assert p.poll() is None, "the batch finished before it could be interrupted"
        os.killpg(p.pid, signal.SIGINT)
        out, err = p.communicate(timeout=15)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    err_text = err.decode("utf-8")
    assert p.returncode == 130, err_text
    assert "Traceback" not in err_text and "KeyboardInterrupt" not in err_text
    assert "中断" in err_text
    time.sleep(0.2)
    assert [k for k in kids if _alive(k)] == []


def test_ctrl_c_deadline_says_the_note_once(monkeypatch, capsys):
    """A machine under load may reach the Ctrl-C deadline before main or the
    batch said anything: the deadline says the short note then — and not a
    second time when the batch already said its own."""
    import zgov_cli.batch as batch
    import zgov_cli.cli as cli

    codes = []
    monkeypatch.setattr(cli, "_exit_now", codes.append)
    monkeypatch.setattr(cli, "_NOTED", [])
    monkeypatch.setattr(batch, "interrupt_noted", False)
    cli._exit_late()
    assert codes == [130] and "已中断" in capsys.readouterr().err
    monkeypatch.setattr(batch, "interrupt_noted", True)
    cli._exit_late()
    assert codes == [130, 130] and capsys.readouterr().err == ""


# ---- --debug --------------------------------------------------------------------------------

def _run_patched(patch: str, args: list[str]) -> subprocess.CompletedProcess:
    """The real entry point with one function replaced by a failing one."""
    code = f"import sys\n{patch}\nfrom zgov_cli.cli import main\nsys.argv = ['zgov'] + {args!r}\nmain()\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)


BOOM_BUILD = "import zgov_cli.structure as s\ndef boom(*a, **k): raise ZeroDivisionError('boom')\ns.build = boom"
# the report is written whole (emit_check) or file by file (StreamedReport)
BOOM_OUTPUT = ("import zgov_cli.output as o\ndef boom(*a, **k): raise ZeroDivisionError('boom')\n"
               "o.emit_check = boom\no.StreamedReport.finish = boom")


def test_internal_error_in_one_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(DOC_TEXT, encoding="utf-8")
    args = ["check", str(f), "--format", "json", "--jobs", "1"]
    quiet = _run_patched(BOOM_BUILD, args)
    assert "Traceback" not in quiet.stderr
    import json

    res = json.loads(quiet.stdout)["files"][0]
    assert quiet.returncode == 2 and res["error"]["kind"] == "corrupt" and "ZeroDivisionError" in res["error"]["message"]
    loud = _run_patched(BOOM_BUILD, args + ["--debug"])
    assert "Traceback" in loud.stderr and "ZeroDivisionError: boom" in loud.stderr
    assert loud.returncode == 2


def test_internal_error_outside_the_batch(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(DOC_TEXT, encoding="utf-8")
    quiet = _run_patched(BOOM_OUTPUT, ["check", str(f), "--jobs", "1"])
    assert quiet.returncode == 2
    assert "Traceback" not in quiet.stderr
    assert "内部错误" in quiet.stderr and "--debug" in quiet.stderr
    loud = _run_patched(BOOM_OUTPUT, ["check", str(f), "--jobs", "1", "--debug"])
    assert "Traceback" in loud.stderr and "ZeroDivisionError: boom" in loud.stderr


# ---- configurable limits ----------------------------------------------------------------------

def test_read_limits_from_config(tmp_path, zgov):
    docs = tmp_path / "docs"
    docs.mkdir()
    long_text = DOC_TEXT + "".join(f"（{i}）各单位要认真落实。\n" for i in range(20))
    (docs / "long.txt").write_text(long_text, encoding="utf-8")
    padding = "<!--" + " " * (3 * 1024**2) + "-->"  # inflates, adds no text
    big_xml = _document_xml(_p(TITLE, True) + _p("各乡镇人民政府：") + padding + _p("各单位要认真落实。"))
    raw_docx(docs / "big.docx", big_xml)
    assert len(big_xml.encode()) > 2 * 1024**2 and (docs / "big.docx").stat().st_size < 100 * 1024
    default = zgov("check", str(docs), "--format", "json", "--jobs", "1", cwd=tmp_path).by_name()
    assert default["long.txt"]["status"] == "ok" and default["big.docx"]["status"] == "ok"
    (tmp_path / "zgov.toml").write_text("[read]\nmax-paragraphs = 10\nmax-inflated-mb = 1\n", encoding="utf-8")
    run = zgov("check", str(docs), "--format", "json", "--jobs", "1", cwd=tmp_path)
    files = run.by_name()
    assert run.code == 2
    assert "max-paragraphs" in _error(files, "long.txt", "too_large")
    assert _error(files, "big.docx", "too_large")


# ---- usage errors ------------------------------------------------------------------------------

@pytest.mark.parametrize("args,names", [
    (["--format", "yaml"], ["--format", "yaml"]),
    (["--fail-on", "critical"], ["--fail-on", "critical"]),
    (["--today", "2025-13-45"], ["--today", "2025-13-45"]),
    (["--today", "明天"], ["--today"]),
])
def test_usage_errors(tmp_path, zgov, args, names):
    f = tmp_path / "a.txt"
    f.write_text(DOC_TEXT, encoding="utf-8")
    run = zgov("check", str(f), *args, cwd=tmp_path)
    assert run.code == 2
    assert run.stdout == ""
    for n in names:
        assert n in run.stderr
    assert "应为" in run.stderr


def test_unknown_config_key(tmp_path, zgov):
    f = tmp_path / "a.txt"
    f.write_text(DOC_TEXT, encoding="utf-8")
    (tmp_path / "zgov.toml").write_text("[read]\nmax-pagez = 10\n", encoding="utf-8")
    run = zgov("check", str(f), cwd=tmp_path)
    assert run.code == 2 and run.stdout == ""
    assert "未知的配置项" in run.stderr and "max-pagez" in run.stderr
    (tmp_path / "zgov.toml").write_text("colour = 1\n", encoding="utf-8")
    run = zgov("check", str(f), cwd=tmp_path)
    assert run.code == 2 and "colour" in run.stderr
    (tmp_path / "zgov.toml").write_text("[read\n", encoding="utf-8")
    run = zgov("check", str(f), cwd=tmp_path)
    assert run.code == 2 and "TOML" in run.stderr


# ---- odd names and links ---------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "sarif", "text"])
def test_undecodable_name_and_broken_links(tmp_path, zgov, fmt):
    """A file name that is not UTF-8, a dangling symlink and a symlink loop:
    each reported, every output format still valid UTF-8."""
    folder = tmp_path / "links"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"\xb9\xab\xce\xc4.txt"), "wb") as f:  # "公文" in GBK bytes
        f.write(DOC_TEXT.encode("utf-8"))
    os.symlink(tmp_path / "nowhere.docx", folder / "dangling.docx")
    os.symlink("loop.txt", folder / "loop.txt")
    run = zgov("check", str(folder), "--format", fmt, "--jobs", "1")  # decodes stdout as strict UTF-8
    assert run.code == 2
    assert "内部错误" not in run.stderr
    if fmt == "json":
        files = run.json["files"]
        assert [f["status"] for f in files] == ["error", "error", "ok"]
        assert [Path(f["path"]).name for f in files[:2]] == ["dangling.docx", "loop.txt"]
        assert {f["error"]["kind"] for f in files[:2]} == {"not_found"}
        assert files[2]["path"].endswith(".txt") and "\ufffd" in files[2]["path"]
        assert files[2]["document"]["title"] == TITLE
    elif fmt == "sarif":
        import json

        assert json.loads(run.stdout)["version"] == "2.1.0"
    else:
        assert "dangling.docx" in run.stdout and "loop.txt" in run.stdout
