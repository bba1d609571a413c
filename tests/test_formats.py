"""Issue 12: .doc, .wps, .ofd and scans read like the docx they came from.

The fixtures in fixtures/formats were made from fixtures/docs with
LibreOffice (.doc, .lo.docx) and fixtures/formats/build.py (.ofd laid out
like the pdf, image-only .scan.pdf); see that script.
"""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from zgov_cli.config import Config, ConfigError, ReadLimits, from_table
from zgov_cli.engine import check_path


def check(*args, **kw) -> dict:
    """A file's result as the JSON object the reporters print."""
    return check_path(*args, **kw).as_dict()
from zgov_cli.model import ReadError
from zgov_cli.readers import read_document
from zgov_cli.readers.doc import read_doc
from zgov_cli.readers.ofd import read_ofd

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "fixtures" / "docs"
FORMATS = ROOT / "fixtures" / "formats"
from helpers import CORPUS  # noqa: E402  (shared/ found wherever the clone is)
FIELDS = ("title", "doc_type", "issuer", "recipients", "date")
NAMES = sorted(p.name[: -len(".doc")] for p in FORMATS.glob("*.doc"))


def _fields(res: dict) -> dict:
    assert res["status"] == "ok", res.get("error")
    return {k: res["document"][k] for k in FIELDS}


def _verdicts(res: dict) -> list[str]:
    return sorted({f["code"] for f in res["findings"] if f["code"][:3] in ("ZG1", "ZG2") and f["severity"] in ("error", "warning")})


_BASE: dict[str, dict] = {}


def _base(name: str) -> dict:
    if name not in _BASE:
        _BASE[name] = check(str(DOCS / f"{name}.docx"), Config())
    return _BASE[name]


def _kind(path: Path, limits: ReadLimits | None = None) -> ReadError:
    with pytest.raises(ReadError) as e:
        read_document(str(path), limits)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in e.value.message)
    return e.value


def test_fixtures_cover_the_project_fixtures():
    assert len(NAMES) >= 40
    for n in NAMES:
        assert (FORMATS / f"{n}.lo.docx").exists()


@pytest.mark.parametrize("ext", [".doc", ".lo.docx", ".ofd"])
def test_every_format_agrees_with_the_docx(ext):
    """Title, 文种, issuer, 主送, date and the ZG1/ZG2 verdicts of each
    fixture read from another format equal those of its docx."""
    misses = []
    n = 0
    for name in NAMES:
        path = FORMATS / f"{name}{ext}"
        if not path.exists():
            continue
        n += 1
        base, res = _base(name), check(str(path), Config())
        if res["status"] != "ok" or _fields(res) != _fields(base) or _verdicts(res) != _verdicts(base):
            got = _fields(res) if res["status"] == "ok" else res["error"]
            misses.append((name, {k: v for k, v in _fields(base).items() if not isinstance(got, dict) or got[k] != v}, got))
    assert n >= 40
    assert not misses, misses


def test_doc_paragraphs_equal_the_docx_readers():
    """Every .doc fixture gives the docx reader's paragraphs: text, alignment
    and table membership, text boxes (the 版头 of reader_table_textbox) at
    their anchors."""
    for name in NAMES:
        got = [(p.text, p.align, p.in_table) for p in read_document(str(FORMATS / f"{name}.doc")).paragraphs]
        want = [(p.text, p.align, p.in_table) for p in read_document(str(DOCS / f"{name}.docx")).paragraphs]
        assert got == want, name


def test_doc_reader_text_marks_tables_and_alignment():
    raw = read_document(str(FORMATS / "reader_table_textbox.doc"))
    assert raw.format == "doc"
    texts = [p.text for p in raw.paragraphs]
    assert texts[0] == "泽州县人民政府办公室文件"  # from a text box anchored in the first paragraph
    # table cells are paragraphs of their own, in row order, flagged in_table
    i = texts.index("演练项目")
    assert texts[i:i + 6] == ["演练项目", "牵头单位", "时间", "山洪灾害转移避险", "县水利局", "6月5日"]
    assert all(p.in_table for p in raw.paragraphs[i:i + 6])
    assert not raw.paragraphs[i - 1].in_table
    # alignment from the PAPX: centred title, right-aligned signature and date
    by_text = {p.text: p for p in raw.paragraphs}
    assert by_text["泽州县人民政府办公室关于开展2024年防汛应急演练的通知"].align == "center"
    assert by_text["2024年5月20日"].align == "right"
    assert all(p.text == p.text.strip() and "\r" not in p.text and "\x07" not in p.text for p in raw.paragraphs)


def test_real_word97_doc_from_the_corpus():
    """A .doc from a public-security bureau's site (Word 97, not LibreOffice)."""
    (path,) = (CORPUS / "doc").glob("*.doc")
    res = check(str(path), Config())
    doc = res["document"]
    assert doc["format"] == "doc"
    assert doc["title"] == "上饶市2019年度考录人民警察体能测评通知" and doc["doc_type"] == "通知"
    assert doc["issuer"] == "上饶市公安局政治部"
    texts = [p.text for p in read_document(str(path)).paragraphs]
    assert "1、时间：2019年7月12日，上午7:30" in texts


def test_field_results_kept_and_codes_dropped(tmp_path):
    """A field (``\\x13 code \\x14 result \\x15``, nested) gives its result."""
    from zgov_cli.readers.doc import _paragraphs

    class _Pc:
        cp0, compressed, fc = 0, True, 0

        def byte_at(self, cp):
            return cp

    class _NoPapx:
        def at(self, fc):
            return None, False

    text = "见\x13 HYPERLINK \"http://x\" \x14第\x13 PAGE \x142\x15页\x15为准\r第二段\x0b续\r"
    paras = _paragraphs(text, [(0, _Pc())], _NoPapx(), ReadLimits())
    assert [p.text for p in paras] == ["见第2页为准", "第二段续"]


def test_wps_detected_by_content(tmp_path):
    """WPS 文字 saves .wps as the Word binary or as OOXML: both read, format wps."""
    b = tmp_path / "binary.wps"
    shutil.copyfile(FORMATS / "tongzhi_office.doc", b)
    x = tmp_path / "ooxml.wps"
    shutil.copyfile(FORMATS / "tongzhi_office.lo.docx", x)
    base = _fields(_base("tongzhi_office"))
    for p in (b, x):
        res = check(str(p), Config())
        assert res["document"]["format"] == "wps"
        assert _fields(res) == base


def test_wrong_extension_read_by_content(tmp_path):
    as_docx = tmp_path / "saved-as.docx"
    shutil.copyfile(FORMATS / "han_reply.doc", as_docx)
    as_doc = tmp_path / "really-docx.doc"
    shutil.copyfile(DOCS / "han_reply.docx", as_doc)
    base = _fields(_base("han_reply"))
    r1, r2 = check(str(as_docx), Config()), check(str(as_doc), Config())
    assert r1["document"]["format"] == "doc" and _fields(r1) == base
    assert r2["document"]["format"] == "docx" and _fields(r2) == base
    upper = tmp_path / "通知.DOC"
    shutil.copyfile(FORMATS / "han_reply.doc", upper)
    assert check(str(upper), Config())["document"]["format"] == "doc"


# ---- bad input ------------------------------------------------------------------

def _set_fib_flags(src: Path, dst: Path, bits: int) -> None:
    """A copy of a .doc with FIB flag bits set in its WordDocument stream."""
    import olefile

    shutil.copyfile(src, dst)
    with olefile.OleFileIO(str(dst), write_mode=True) as ole:
        wd = bytearray(ole.openstream("WordDocument").read())
        wd[0x0B] |= bits >> 8
        ole.write_stream("WordDocument", bytes(wd))


def test_encrypted_doc(tmp_path):
    for bit in (0x0100, 0x8000):  # fEncrypted (RC4/CryptoAPI), fObfuscated (XOR)
        p = tmp_path / f"enc{bit}.doc"
        _set_fib_flags(FORMATS / "han_reply.doc", p, bit)
        e = _kind(p)
        assert e.kind == "encrypted" and "密码" in e.message


def test_encrypted_ooxml_in_ole_named_doc(tmp_path):
    import olefile  # noqa: F401

    src = FORMATS / "han_reply.doc"
    data = bytearray(src.read_bytes())
    # rename the WordDocument stream's directory entry to EncryptedPackage
    # (how an encrypted docx looks: an OLE file with that stream)
    import struct

    i = data.index("WordDocument".encode("utf-16-le"))  # a 128-byte directory entry starts here
    new = "EncryptedPackage".encode("utf-16-le") + b"\x00\x00"
    data[i:i + len(new)] = new
    data[i + 64:i + 66] = struct.pack("<H", len(new))
    p = tmp_path / "locked.doc"
    p.write_bytes(bytes(data))
    assert _kind(p).kind == "encrypted"


def test_corrupt_truncated_zero_and_word95(tmp_path):
    whole = (FORMATS / "han_reply.doc").read_bytes()
    for ext in (".doc", ".wps"):
        t = tmp_path / f"half{ext}"
        t.write_bytes(whole[: len(whole) // 2])
        assert _kind(t).kind == "corrupt"
        z = tmp_path / f"zero{ext}"
        z.write_bytes(b"")
        assert _kind(z).kind == "empty"
        junk = tmp_path / f"junk{ext}"
        junk.write_bytes(b"\x00\x01" * 3000)
        assert _kind(junk).kind in ("corrupt", "unsupported_format")
    # nFib of Word 6/95: refused with advice, not misread
    import olefile

    old = tmp_path / "word95.doc"
    shutil.copyfile(FORMATS / "han_reply.doc", old)
    with olefile.OleFileIO(str(old), write_mode=True) as ole:
        wd = bytearray(ole.openstream("WordDocument").read())
        wd[2:4] = (0x65).to_bytes(2, "little")
        ole.write_stream("WordDocument", bytes(wd))
    e = _kind(old)
    assert e.kind == "unsupported_format" and "Word 6.0/95" in e.message


def test_rtf_and_web_pages_saved_as_doc(tmp_path):
    """Systems that export "Word files" often write RTF or HTML under .doc."""
    rtf = tmp_path / "导出.doc"
    rtf.write_bytes(b"{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 SimSun;}} \\f0 \\'cd\\'a8\\'d6\\'aa}")
    e = _kind(rtf)
    assert e.kind == "unsupported_format" and "RTF" in e.message and "另存为 .docx" in e.message
    html = tmp_path / "网页.doc"
    html.write_text("<html><head><meta charset='utf-8'></head><body><p>泽州县人民政府关于做好防汛工作的通知</p></body></html>", encoding="utf-8")
    e = _kind(html)
    assert e.kind == "unsupported_format" and "网页" in e.message


def test_ole_that_is_not_word(tmp_path):
    """An OLE file without a WordDocument stream (a spreadsheet, old WPS)."""
    data = bytearray((FORMATS / "han_reply.doc").read_bytes())
    name = "WordDocument".encode("utf-16-le")
    i = data.index(name)
    data[i:i + len(name)] = "Workbook\x00\x00\x00\x00".encode("utf-16-le")
    p = tmp_path / "sheet.doc"
    p.write_bytes(bytes(data))
    e = _kind(p)
    assert e.kind == "unsupported_format" and "不是 Word" in e.message


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in members.items():
            z.writestr(k, v)
    return path


def _ofd_members() -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(FORMATS / "han_reply.ofd") as z:
        return {n: z.read(n) for n in z.namelist()}


def test_ofd_bad_input(tmp_path):
    m = _ofd_members()
    whole = (FORMATS / "han_reply.ofd").read_bytes()
    t = tmp_path / "half.ofd"
    t.write_bytes(whole[: len(whole) // 2])
    assert _kind(t).kind == "corrupt"
    z = tmp_path / "zero.ofd"
    z.write_bytes(b"")
    assert _kind(z).kind == "empty"
    notzip = tmp_path / "text.ofd"
    notzip.write_text("不是压缩包", encoding="utf-8")
    assert _kind(notzip).kind == "corrupt"
    no_root = _zip(tmp_path / "noroot.ofd", {k: v for k, v in m.items() if k != "OFD.xml"})
    assert _kind(no_root).kind == "corrupt"
    no_page = _zip(tmp_path / "nopage.ofd", {k: v for k, v in m.items() if "Pages/" not in k})
    assert _kind(no_page).kind == "corrupt"
    docx = tmp_path / "word.ofd"
    shutil.copyfile(DOCS / "han_reply.docx", docx)
    e = _kind(docx)
    assert e.kind == "unsupported_format" and ".docx" in e.message
    # a DocRoot that leaves the package
    escape = dict(m)
    escape["OFD.xml"] = m["OFD.xml"].replace(b"Doc_0/Document.xml", b"../../etc/Document.xml")
    e = _kind(_zip(tmp_path / "escape.ofd", escape))
    assert e.kind == "corrupt" and "包外" in e.message
    # entities in a page
    laughs = dict(m)
    laughs["Doc_0/Pages/Page_0/Content.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content/></ofd:Page>')
    assert _kind(_zip(tmp_path / "laughs.ofd", laughs)).kind == "corrupt"
    # a password-protected member (zip encryption flag): encrypted
    data = bytearray((FORMATS / "han_reply.ofd").read_bytes())
    for sig, off in ((b"PK\x01\x02", 8), (b"PK\x03\x04", 6)):
        i = data.find(sig)
        while i >= 0:
            data[i + off] |= 0x01
            i = data.find(sig, i + 4)
    locked = tmp_path / "locked.ofd"
    locked.write_bytes(bytes(data))
    assert _kind(locked).kind == "encrypted"
    # images only: no text
    blank = dict(m)
    for k in blank:
        if k.endswith("Content.xml"):
            blank[k] = b'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1"/></ofd:Content></ofd:Page>'
    e = _kind(_zip(tmp_path / "blank.ofd", blank))
    assert e.kind == "no_text" and "OCR" in e.message


def test_ofd_zip_bomb_refused_fast(tmp_path):
    import time
    import tracemalloc
    import zlib

    from test_reader_safety import _deflate_zeros, _raw_zip

    bomb = _deflate_zeros(2 * 1024**3)
    p = tmp_path / "bomb.ofd"
    ofd_xml = _ofd_members()["OFD.xml"]
    p.write_bytes(_raw_zip([("OFD.xml", zlib.compress(ofd_xml)[2:-4], len(ofd_xml), zlib.crc32(ofd_xml)),
                            ("Doc_0/Document.xml", bomb, 2 * 1024**3, 0)]))
    tracemalloc.start()
    t = time.perf_counter()
    try:
        e = _kind(p)
    finally:
        elapsed = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert e.kind == "too_large" and elapsed < 2.0 and peak < 64 * 1024 * 1024


def test_batch_goes_on_and_inputs_untouched(tmp_path):
    from conftest import run_zgov

    folder = tmp_path / "收文"
    folder.mkdir()
    shutil.copyfile(FORMATS / "qingshi_two_matters.doc", folder / "请示.doc")
    shutil.copyfile(FORMATS / "tongzhi_office.ofd", folder / "通知.OFD")
    shutil.copyfile(FORMATS / "han_reply.doc", folder / "函.WPS")
    (folder / "坏.doc").write_bytes((FORMATS / "han_reply.doc").read_bytes()[:3000])
    (folder / "空.wps").write_bytes(b"")
    (folder / "坏.ofd").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    run = run_zgov("check", str(folder), "--format", "json")
    assert run.code == 2, run.stderr
    files = {Path(f["path"]).name: f for f in run.json["files"]}
    assert set(files) == set(before)
    assert files["请示.doc"]["status"] == "ok" and "ZG101" in {f["code"] for f in files["请示.doc"]["findings"]}
    assert files["通知.OFD"]["document"]["format"] == "ofd"
    assert files["函.WPS"]["document"]["format"] == "wps"
    # SPEC §3: each result says how its text was obtained
    assert (files["请示.doc"]["source"], files["通知.OFD"]["source"], files["函.WPS"]["source"]) == ("doc", "ofd", "wps")
    assert files["坏.doc"]["error"]["kind"] == "corrupt"
    assert files["空.wps"]["error"]["kind"] == "empty"
    assert files["坏.ofd"]["error"]["kind"] == "corrupt"
    assert "Traceback" not in run.stderr
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    assert after == before


# ---- real OFD files ----------------------------------------------------------------

def test_real_ofd_files_read_right():
    res = check(str(CORPUS / "ofd" / "n.ofd"), Config())
    doc = res["document"]
    assert doc["format"] == "ofd"
    assert doc["title"] == "关于同意张阿三同志辞职的批复" and doc["doc_type"] == "批复"
    assert doc["doc_number"] == "路卫发〔2011〕76号"
    assert doc["recipients"] == ["区中医院"] and doc["date"] == "2011-03-10"
    assert doc["issuer"] and doc["issuer"].startswith("测试符路桥区卫生局")
    assert [f["code"] for f in res["findings"] if f["severity"] in ("error", "warning")] == []
    raw = read_ofd(str(CORPUS / "ofd" / "n.ofd"), ReadLimits())
    assert (raw.layout.page_width_mm, raw.layout.page_height_mm, raw.layout.page_count) == (210.0, 297.0, 2)
    assert raw.paragraphs[0].color == "EE2025"  # the red 发文机关标志
    res = check(str(CORPUS / "ofd" / "testPathFillOpacity.ofd"), Config())
    doc = res["document"]
    assert doc["title"] == "关于加快南货场铁路涵洞下穿建设的函" and doc["doc_type"] == "函"
    assert doc["recipients"] == ["蚌山区政府"] and doc["date"] == "2023-07-12"
    assert [f["code"] for f in res["findings"] if f["severity"] in ("error", "warning")] == []


def test_ofd_page_size_feeds_zg601(tmp_path):
    import zipfile

    m = _ofd_members()
    m["Doc_0/Document.xml"] = m["Doc_0/Document.xml"].replace(b"0 0 210.0 297.0", b"0 0 215.9 279.4")
    assert b"215.9" in m["Doc_0/Document.xml"]
    p = _zip(tmp_path / "letter.ofd", m)
    res = check(str(p), Config())
    assert "ZG601" in {f["code"] for f in res["findings"]}
    with zipfile.ZipFile(FORMATS / "han_reply.ofd") as z:
        assert b"210.0 297.0" in z.read("Doc_0/Document.xml")
    assert "ZG601" not in {f["code"] for f in check(str(FORMATS / "han_reply.ofd"), Config())["findings"]}


# ---- one list of extensions ------------------------------------------------------

def test_one_extension_list_for_walk_hook_and_docs(tmp_path):
    import re

    from zgov_cli.inputs import ACCEPTED_EXTS, accepted_text, expand, hook_files_pattern

    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert f"files: {hook_files_pattern()}" in hooks
    pat = re.compile(hook_files_pattern())
    for name in ("a.DOCX", "b.doc", "c.WPS", "d.ofd", "e.Pdf", "f.md", "g.TIF"):
        assert pat.search(name), name
    assert not pat.search("a.xlsx") and not pat.search("docx.bak")
    for ext in ACCEPTED_EXTS:
        (tmp_path / f"x{ext.upper()}").write_bytes(b"x")
    (tmp_path / "y.bak").write_bytes(b"x")
    walked = {Path(p).name for p in expand([str(tmp_path)])}
    assert walked == {f"x{ext.upper()}" for ext in ACCEPTED_EXTS}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert accepted_text() in readme


# ---- the LibreOffice switch --------------------------------------------------------

def test_doc_converter_config_is_validated():
    assert from_table({"read": {"doc-converter": "soffice"}}).read.doc_converter == "soffice"
    with pytest.raises(ConfigError):
        from_table({"read": {"doc-converter": "word"}})


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_soffice_switch_reads_fonts_and_leaves_input(tmp_path):
    p = tmp_path / "函.doc"
    shutil.copyfile(FORMATS / "han_reply.doc", p)
    before = p.read_bytes()
    raw = read_document(str(p), ReadLimits(doc_converter="soffice"))
    assert raw.format == "doc" and raw.path == str(p)
    assert any(par.font_size == 22 for par in raw.paragraphs)  # the title's 2号, which the builtin reader does not read
    assert p.read_bytes() == before and sorted(x.name for x in tmp_path.iterdir()) == ["函.doc"]


def test_soffice_switch_without_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    e = _kind(FORMATS / "han_reply.doc", ReadLimits(doc_converter="soffice"))
    assert e.kind == "unsupported_format" and "LibreOffice" in e.message
