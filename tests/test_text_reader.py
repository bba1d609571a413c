"""The plain-text reader: encodings, line ends, control characters, lone
surrogates, binary files, size limits, Markdown, and garbled-text detection."""
from __future__ import annotations

import codecs
import json
import os
import time
import tracemalloc
from pathlib import Path

import pytest
from conftest import run_zgov

from zgov_cli.config import ReadLimits
from zgov_cli.model import ReadError
from zgov_cli.readers import read_document
from zgov_cli.readers.text import decode, looks_garbled, paragraphs_from_lines

TITLE = "泽州县人民政府办公室关于做好防汛工作的通知"
LINES = [TITLE, "各乡镇人民政府，县直各有关单位：", "为切实做好今年防汛工作，现将有关事项通知如下。", "泽州县人民政府办公室", "2025年3月5日"]
TEXT = "\r\n".join(LINES) + "\r\n"
from helpers import COUNTY_DOC as COUNTY, SHARED  # noqa: E402


def _texts(path: Path, limits: ReadLimits | None = None) -> list[str]:
    return [p.text for p in read_document(str(path), limits or ReadLimits()).paragraphs]


def _error(path: Path, limits: ReadLimits | None = None) -> ReadError:
    with pytest.raises(ReadError) as e:
        read_document(str(path), limits or ReadLimits())
    return e.value


ENCODINGS = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "gbk": TEXT.encode("gbk"),
    "gb18030": TEXT.encode("gb18030"),
    "utf-16-le-bom": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    "utf-16-le-no-bom": TEXT.encode("utf-16-le"),
    "utf-16-be-no-bom": TEXT.encode("utf-16-be"),
    "utf-32-bom": TEXT.encode("utf-32"),
}


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_encodings(tmp_path, name):
    p = tmp_path / f"{name}.txt"
    p.write_bytes(ENCODINGS[name])
    assert _texts(p) == LINES
    assert decode(ENCODINGS[name]).split() == LINES  # the whole-bytes helper agrees


def test_gb18030_four_byte_characters(tmp_path):
    text = "关于表彰𠈌𡈽同志的决定\n各乡镇：\n"  # CJK Extension B: four bytes in GB18030, absent from GBK
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode("gb18030"))
    assert _texts(p) == ["关于表彰𠈌𡈽同志的决定", "各乡镇："]


def test_gbk_with_a_stray_bad_byte(tmp_path):
    """Valid in no encoding: the closer one is used and the bad byte dropped."""
    p = tmp_path / "a.txt"
    p.write_bytes(TEXT.encode("gbk").replace("各乡镇".encode("gbk"), "各乡镇".encode("gbk") + b"\xff"))
    assert _texts(p) == LINES


def test_line_ends_and_odd_breaks(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("甲\r乙\r\n丙\n丁\x0b戊\x0c己\u2028庚\n\n\n".encode("utf-8"))
    assert _texts(p) == ["甲", "乙", "丙", "丁", "戊", "己", "庚"]


def test_control_characters_removed(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(f"{TITLE}\x07\n各乡\x1b镇\x7f人民政府：\x00\n正文\ufeff内容\u0008。\n".encode("utf-8"))
    assert _texts(p) == [TITLE, "各乡镇人民政府：", "正文内容。"]


def test_lone_surrogates_removed(tmp_path):
    """A UTF-16 file with an unpaired surrogate and UTF-8 bytes of an encoded
    surrogate: the character goes, the rest stays, JSON output works."""
    p16 = tmp_path / "a16.txt"
    p16.write_bytes(codecs.BOM_UTF16_LE + f"{TITLE}\n正文\ud800内容\udfff。\n".encode("utf-16-le", "surrogatepass"))
    p8 = tmp_path / "a8.txt"
    p8.write_bytes(f"{TITLE}\n正文\ud83d内容。\n".encode("utf-8", "surrogatepass"))
    assert _texts(p16) == [TITLE, "正文内容。"]
    assert _texts(p8) == [TITLE, "正文内容。"]
    for p in (p16, p8):
        json.dumps([t for t in _texts(p)], ensure_ascii=False).encode("utf-8")  # would raise on a surrogate


def test_paragraph_text_never_holds_controls_or_surrogates(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(bytes(range(1, 32)).replace(b"\n", b"") + "泽州县通知\n".encode() + "甲乙".encode("utf-8") * 400)
    for t in _texts(p):
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or 0xD800 <= ord(c) <= 0xDFFF for c in t), repr(t)


@pytest.mark.parametrize("data", [
    pytest.param(os.urandom(4096), id="random"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(500), id="png"),
    pytest.param(b"\x7fELF\x02\x01\x01" + b"\x00" * 200, id="elf"),
    pytest.param(bytes(range(256)) * 4, id="all-bytes"),
    pytest.param(b"MZ\x90\x00\x03" + bytes(range(128, 256)) * 8, id="exe-no-nul-later"),
])
def test_binary_files_refused(tmp_path, data):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    e = _error(p)
    assert e.kind == "unsupported_format" and "二进制" in e.message


def test_whitespace_only_is_empty(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b" \r\n\t\n\xe3\x80\x80\n")  # includes a full-width space
    e = _error(p)
    assert e.kind == "empty" and "没有文字" in e.message


def test_max_paragraphs_stops_early(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes("各单位要认真落实。\n".encode() * 400_000)  # 11 MB
    t = time.perf_counter()
    tracemalloc.start()
    try:
        e = _error(p, ReadLimits(max_paragraphs=1000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert e.kind == "too_large" and "1000" in e.message and "max-paragraphs" in e.message
    assert time.perf_counter() - t < 2
    assert peak < 4 * 1024**2  # streamed: nowhere near the file's 11 MB


def test_max_file_size(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as f:
        f.truncate(2 * 1024**2)  # sparse file: costs no disk
    e = _error(p, ReadLimits(max_file_mb=1))
    assert e.kind == "too_large" and "max-file-mb" in e.message


def test_markdown(tmp_path):
    p = tmp_path / "draft.md"
    p.write_text(
        "---\nauthor: 李四\nstatus: 草稿\n---\n"
        f"# {TITLE}\n\n**各乡镇人民政府**：\n\n> 为切实做好今年防汛工作，现将有关事项通知如下。\n\n"
        "---\n```\n不是正文\n```\n## 一、加强组织领导\n", encoding="utf-8")
    assert _texts(p) == [TITLE, "各乡镇人民政府：", "为切实做好今年防汛工作，现将有关事项通知如下。", "一、加强组织领导"]


def test_markdown_unclosed_front_matter_is_text(tmp_path):
    p = tmp_path / "draft.md"
    p.write_text(f"---\n{TITLE}\n各乡镇：\n", encoding="utf-8")
    assert _texts(p) == [TITLE, "各乡镇："]


def test_txt_keeps_markdown_like_lines(tmp_path):
    """Only .md files get Markdown treatment: a .txt line starting with # stays."""
    p = tmp_path / "a.txt"
    p.write_text("# 标题\n---\n正文\n", encoding="utf-8")
    assert _texts(p) == ["# 标题", "---", "正文"]


def test_fixture_markers_still_parsed():
    paras = paragraphs_from_lines("@title 关于做好防汛工作的通知\n@right 2025年3月5日\n正文\x07。", markers=True)
    assert [(p.text, p.align, p.font_size) for p in paras] == [
        ("关于做好防汛工作的通知", "center", 22.0), ("2025年3月5日", "right", None), ("正文。", None, None)]


# ---- garbled text ---------------------------------------------------------------------

def test_looks_garbled():
    glyph_ids_as_hanzi = "".join(chr(0x5000 + (i * 131) % 3000) for i in range(300))
    glyph_ids_as_latin = "".join(chr(0x0100 + (i * 37) % 400) for i in range(300))
    assert looks_garbled(glyph_ids_as_hanzi)
    assert looks_garbled(glyph_ids_as_latin)
    assert not looks_garbled("".join(LINES))
    assert not looks_garbled("关于" + glyph_ids_as_hanzi[:10])  # too little to judge
    assert not looks_garbled("The quick brown fox jumps over the lazy dog. " * 5)
    if COUNTY.exists():
        assert not looks_garbled(COUNTY.read_text(encoding="utf-8"))


def test_real_documents_do_not_look_garbled():
    texts = [p for p in SHARED.glob("corpus/**/*.txt")] + list(SHARED.glob("samples/*.txt"))
    if not texts:
        pytest.skip("shared corpus not present")
    for p in texts:
        assert not looks_garbled(p.read_text(encoding="utf-8")), p.name


# ---- through the command ----------------------------------------------------------------------

def test_encodings_through_the_cli(tmp_path):
    for name, data in ENCODINGS.items():
        (tmp_path / f"{name}.txt").write_bytes(data)
    md = tmp_path / "draft.md"
    md.write_text(f"# {TITLE}\n\n" + "\n\n".join(LINES[1:]) + "\n", encoding="utf-8")
    run = run_zgov("check", str(tmp_path), "--format", "json", "--jobs", "1")
    files = run.by_name()
    assert len(files) == len(ENCODINGS) + 1
    for name, f in files.items():
        assert f["status"] == "ok", (name, f)
        assert f["document"]["title"] == TITLE, name
        assert f["document"]["recipients"] == ["各乡镇人民政府", "县直各有关单位"], name
        assert f["document"]["date"] == "2025-03-05", name


def test_sample_notation_front_matter_and_layout_markers(tmp_path):
    """A draft kept in the shared samples' notation reads as the document:
    its YAML front matter is metadata, its @title/@right markers layout."""
    from zgov_cli.config import ReadLimits
    from zgov_cli.readers.text import read_text

    f = tmp_path / "s.txt"
    f.write_text("---\nexpect: [ZG101]\ndoc_type: 请示\nsigners: [刘晓峰]\n---\n"
                 "@title 泽州县水务局关于申请资金的请示\n泽州县人民政府：\n正文。\n@right 泽州县水务局\n", encoding="utf-8")
    paras = read_text(str(f), ReadLimits()).paragraphs
    assert [p.text for p in paras] == ["泽州县水务局关于申请资金的请示", "泽州县人民政府：", "正文。", "泽州县水务局"]
    assert paras[0].align == "center" and paras[0].font_size == 22 and paras[3].align == "right"


def test_a_leading_rule_that_is_not_metadata_keeps_the_text(tmp_path):
    from zgov_cli.config import ReadLimits
    from zgov_cli.readers.text import read_text

    f = tmp_path / "r.txt"
    f.write_text("---\n泽州县人民政府关于某事的通知\n各乡镇人民政府：\n---\n正文。\n", encoding="utf-8")
    assert [p.text for p in read_text(str(f), ReadLimits()).paragraphs] == [
        "泽州县人民政府关于某事的通知", "各乡镇人民政府：", "---", "正文。"]
