"""styles.xml read by need (readers/styles_xml.py) reads exactly what the
whole-tree parse reads, or is not taken (issue 15).

No timing here: each test compares the quick path with the plain one, or
checks that the quick path declines (falls back) where it cannot vouch for
its answer.
"""
from __future__ import annotations

import zipfile
from dataclasses import asdict
from pathlib import Path

import pytest
from test_docx_styles import BODY_STYLE, THEMED_DEFAULTS, W, _docx, _p, _r

import zgov_cli.readers.docx as docx_reader
from zgov_cli.config import ReadLimits
from zgov_cli.model import ReadError
from zgov_cli.readers.docx import read_docx
from zgov_cli.readers.styles_xml import StyleIndex, Unsure, read_styles

ROOT = Path(__file__).resolve().parent.parent
from helpers import SHARED  # noqa: E402  (shared/ found wherever the clone is)


def _plain(monkeypatch):
    """Make the reader take the whole-tree path."""
    def never(*_a, **_k):
        raise Unsure

    monkeypatch.setattr(docx_reader, "read_styles", never)


def _reading(path) -> tuple:
    try:
        raw = read_docx(str(path), ReadLimits())
    except ReadError as e:
        return ("error", e.kind, e.message)
    return ([asdict(p) for p in raw.paragraphs], asdict(raw.layout))


def _both(path, monkeypatch) -> tuple[tuple, tuple]:
    quick = _reading(path)
    with monkeypatch.context() as m:
        _plain(m)
        plain = _reading(path)
    return quick, plain


def _real_docx() -> list[Path]:
    files = sorted((ROOT / "fixtures").rglob("*.docx")) + sorted(SHARED.rglob("*.docx"))
    return [f for f in files if f.is_file()]


def test_every_project_and_corpus_docx_reads_the_same_both_ways(monkeypatch):
    files = _real_docx()
    assert len(files) > 20
    quick_taken = 0
    for f in files:
        quick, plain = _both(f, monkeypatch)
        assert quick == plain, f
        try:
            data = zipfile.ZipFile(f).read("word/styles.xml")
        except (KeyError, zipfile.BadZipFile):
            continue
        try:
            StyleIndex(data)
            quick_taken += 1
        except Unsure:
            pass
    assert quick_taken > 20  # the comparison above really exercised the quick path


CHAIN = (
    '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="a"/><w:basedOn w:val="B"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="b"/><w:basedOn w:val="C"/><w:rPr><w:sz w:val="44"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="C"><w:name w:val="c"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Unused"><w:name w:val="u"/><w:rPr><w:sz w:val="10"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="Red"><w:name w:val="r"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>'
    '<w:style w:type="numbering" w:styleId="List1"><w:name w:val="l"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
)
CHAIN_BODY = (_p(_r("关于做好防汛工作的通知"), "A") + _p(_r("各乡镇人民政府：")) + _p(_r("正文", '<w:rStyle w:val="Red"/>'), "ZW")
              + _p(_r("未知样式"), "Missing"))


def test_only_the_styles_used_and_their_chains_are_parsed():
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>'
              + THEMED_DEFAULTS + BODY_STYLE + CHAIN + "</w:styles>").encode()
    dd, loaded, ids, default = read_styles(styles, "word/styles.xml", {"A", "Red", "ZW", "Missing"})
    assert default == "Normal"
    assert set(loaded) == {"A", "B", "C", "Normal", "Red", "ZW", "List1"}  # not "Unused"
    assert "Unused" in ids and "Missing" not in ids
    assert dd is not None and dd.tag.endswith("docDefaults")


def test_style_chain_reads_the_same_both_ways(tmp_path, monkeypatch):
    path = _docx(tmp_path, CHAIN_BODY, THEMED_DEFAULTS + BODY_STYLE + CHAIN)
    quick, plain = _both(path, monkeypatch)
    assert quick == plain
    first = quick[0][0]
    assert (first["align"], first["font_size"], first["font_name"], first["bold"]) == ("center", 22.0, "方正小标宋简体", True)
    assert quick[0][2]["color"] == "FF0000"


def test_a_repeated_style_id_takes_the_last_one_both_ways(tmp_path, monkeypatch):
    twice = ('<w:style w:type="paragraph" w:styleId="T"><w:name w:val="t"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
             '<w:style w:type="paragraph" w:styleId="T"><w:name w:val="t"/><w:rPr><w:sz w:val="36"/></w:rPr></w:style>')
    path = _docx(tmp_path, _p(_r("标题"), "T"), THEMED_DEFAULTS + twice)
    quick, plain = _both(path, monkeypatch)
    assert quick == plain and quick[0][0]["font_size"] == 18.0


# styles.xml variants the quick path must decline: (what, styles.xml text)
_BASE = THEMED_DEFAULTS + BODY_STYLE + CHAIN
DECLINED = {
    "comment": f'<?xml version="1.0" encoding="UTF-8"?><w:styles {W}><!-- x -->{_BASE}</w:styles>',
    "other prefix": (f'<?xml version="1.0"?><x:styles {W.replace("xmlns:w", "xmlns:x")}>'
                     + _BASE.replace("<w:", "<x:").replace("</w:", "</x:").replace(" w:", " x:") + "</x:styles>"),
    "default namespace": f'<?xml version="1.0"?><w:styles {W} {W.replace("xmlns:w", "xmlns")}>{_BASE}</w:styles>',
    "prefix redeclared": (f'<?xml version="1.0"?><w:styles {W}>{_BASE}'
                          '<w:style xmlns:w="urn:other" w:styleId="X"/></w:styles>'),
    "entity in an id": f'<?xml version="1.0"?><w:styles {W}>' + _BASE.replace('styleId="ZW"', 'styleId="Z&amp;W"') + "</w:styles>",
    "gt in a value": f'<?xml version="1.0"?><w:styles {W}>' + _BASE.replace('w:styleId="A"', 'w:styleId="A" w:x="a>b"') + "</w:styles>",
    "nested style": (f'<?xml version="1.0"?><w:styles {W}>' + _BASE.replace("</w:style>", '<w:style w:styleId="In"/></w:style>', 1)
                     + "</w:styles>"),
    "truncated": f'<?xml version="1.0"?><w:styles {W}>{_BASE}',
    "not utf-8": f'<?xml version="1.0" encoding="GB18030"?><w:styles {W}>{_BASE}</w:styles>',
    "processing instruction": f'<?xml version="1.0"?><w:styles {W}><?pi x?>{_BASE}</w:styles>',
}


@pytest.mark.parametrize("what", sorted(DECLINED))
def test_unsure_parts_fall_back_to_the_whole_tree(what, tmp_path, monkeypatch):
    text = DECLINED[what]
    data = text.encode("gb18030" if "GB18030" in text else "utf-8")
    with pytest.raises(Unsure):
        read_styles(data, "word/styles.xml", {"A", "ZW"})
    path = tmp_path / "d.docx"
    with zipfile.ZipFile(_docx(tmp_path, CHAIN_BODY, "", name="src.docx")) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            out.writestr(item, data if item.filename == "word/styles.xml" else src.read(item.filename))
    quick, plain = _both(path, monkeypatch)
    assert quick == plain


def test_a_fragment_that_does_not_parse_falls_back(tmp_path, monkeypatch):
    broken = _BASE.replace('<w:name w:val="a"/>', '<w:name w:val="a">')  # unclosed inside a used style
    with pytest.raises(Unsure):
        read_styles(f'<?xml version="1.0"?><w:styles {W}>{broken}</w:styles>'.encode(), "s", {"A"})
    path = _docx(tmp_path, CHAIN_BODY, broken)
    quick, plain = _both(path, monkeypatch)
    assert quick == plain


def test_dtd_in_styles_is_still_refused(tmp_path):
    styles = '<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "aaaa">]>' + f"<w:styles {W}>{_BASE}</w:styles>"
    path = tmp_path / "d.docx"
    with zipfile.ZipFile(_docx(tmp_path, CHAIN_BODY, "", name="src.docx")) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            out.writestr(item, styles if item.filename == "word/styles.xml" else src.read(item.filename))
    with pytest.raises(ReadError) as e:
        read_docx(str(path), ReadLimits())
    assert e.value.kind == "corrupt" and "DTD" in e.value.message


def test_a_batch_reuses_an_index_only_for_the_same_bytes(tmp_path, monkeypatch):
    """Two templates whose styles parts have the same length but differ in
    one size: each document reads its own, as the plain path reads it."""
    a = _docx(tmp_path, CHAIN_BODY, _BASE, name="a.docx")
    b = _docx(tmp_path, CHAIN_BODY, _BASE.replace('<w:sz w:val="44"/>', '<w:sz w:val="40"/>'), name="b.docx")
    first = [_reading(p) for p in (a, b, a, b)]
    assert first[0] == first[2] and first[1] == first[3]
    assert first[0][0][0]["font_size"] == 22.0 and first[1][0][0]["font_size"] == 20.0
    assert [_both(p, monkeypatch)[1] for p in (a, b)] == first[:2]


def _member_outcome(read, path, name="word/styles.xml"):
    import io

    data = Path(path).read_bytes()
    try:
        return read(zipfile.ZipFile(io.BytesIO(data)), data, name)
    except ReadError as e:
        return ("error", e.kind)


def test_a_shared_part_is_inflated_once_and_only_for_the_same_stored_bytes(tmp_path):
    """read_member_shared returns a part inflated before only when the
    stored bytes and the directory entry are the same; a part whose CRC
    the directory misstates fails as read_member fails."""
    from zgov_cli.readers import safezip

    def shared(zf, data, name):
        return safezip.read_member_shared(zf, data, name, 1 << 26)

    def plain(zf, _data, name):
        return safezip.read_member(zf, name, 1 << 26)

    a = _docx(tmp_path, CHAIN_BODY, _BASE, name="a.docx")
    b = _docx(tmp_path, _p(_r("另一份文件")), _BASE, name="b.docx")  # same template, other text
    first, second = _member_outcome(shared, a), _member_outcome(shared, b)
    assert first == _member_outcome(plain, b) and second is first  # not inflated again
    # the same stored bytes under a directory entry with another CRC
    data = bytearray(b.read_bytes())
    info = zipfile.ZipFile(b).getinfo("word/styles.xml")
    cd = data.rfind(b"PK\x01\x02", 0, data.rfind(b"word/styles.xml"))
    data[cd + 16:cd + 20] = (info.CRC ^ 1).to_bytes(4, "little")
    data[info.header_offset + 14:info.header_offset + 18] = (info.CRC ^ 1).to_bytes(4, "little")
    bad = tmp_path / "bad.docx"
    bad.write_bytes(bytes(data))
    assert _member_outcome(shared, bad) == _member_outcome(plain, bad) == ("error", "corrupt")
