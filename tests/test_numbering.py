"""Word/WPS automatic numbering (numbering.xml) read as Word shows it, and
the same findings for a draft whether its numbers are typed or automatic,
and whether Word or LibreOffice saved it."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from zgov_cli.config import Config, ReadLimits
from zgov_cli.engine import CheckOptions, check_path, read_and_build
from zgov_cli.readers.docx import read_docx
from zgov_cli.readers.numbering import GENERATED_NOTE, format_number

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "fixtures" / "docs"
NUMBERED = ROOT / "fixtures" / "numbered"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _load(name: str, file: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "fixtures" / file)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


build = _load("zgov_fixture_build", "build.py")
numbered = _load("zgov_fixture_numbered", "numbered.py")


# ---- number formats ------------------------------------------------------------
@pytest.mark.parametrize("n,fmt,want", [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"), (35, "chineseCounting", "三十五"), (105, "chineseCounting", "一〇五"),
    (10, "chineseCountingThousand", "十"), (105, "chineseCountingThousand", "一百零五"),
    (1010, "chineseCountingThousand", "一千零一十"), (3, "chineseLegalSimplified", "叁"),
    (1, "ideographTraditional", "甲"), (11, "ideographTraditional", "甲"), (3, "ideographZodiac", "寅"),
    (1, "decimalEnclosedCircle", "①"), (20, "decimalEnclosedCircle", "⑳"), (21, "decimalEnclosedCircle", "㉑"),
    (12, "decimalFullWidth", "１２"), (3, "decimal", "3"), (7, "decimalZero", "07"),
    (1, "upperLetter", "A"), (27, "lowerLetter", "aa"), (4, "upperRoman", "IV"), (14, "lowerRoman", "xiv"),
    (2, "decimalEnclosedParen", "⑵"), (5, "none", ""), (4, "someFutureFormat", "4"),
])
def test_format_number(n, fmt, want):
    assert format_number(n, fmt) == want


# ---- numbering.xml semantics ---------------------------------------------------------
def _lvl(i, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


GONGWEN = "".join((
    _lvl(0, "chineseCounting", "%1、"), _lvl(1, "chineseCounting", "（%2）"),
    _lvl(2, "decimal", "%3."), _lvl(3, "decimal", "（%4）"),
))


def _numbered_docx(tmp_path: Path, abstracts: dict[str, str], nums: list[str], paras: list[tuple],
                   styles: list[str] = (), name: str = "n.docx") -> Path:
    """A docx whose numbering part holds ``abstracts`` (id → lvl xml) and
    ``nums`` (w:num xml); ``paras`` are (text, numId or None, ilvl or None,
    pStyle or None)."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    numbering = d.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for aid, lvls in abstracts.items():
        numbering.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="{aid}">{lvls}</w:abstractNum>'))
    for num in nums:
        numbering.append(parse_xml(num.replace("<w:num ", f"<w:num {W} ", 1)))
    for st in styles:
        d.styles.element.append(parse_xml(st.replace("<w:style ", f"<w:style {W} ", 1)))
    for text, num_id, ilvl, style in paras:
        p = d.add_paragraph(text)
        ppr = p._p.get_or_add_pPr()
        if style:
            ppr.insert(0, parse_xml(f'<w:pStyle {W} w:val="{style}"/>'))
        if num_id is not None or ilvl is not None:
            inner = (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") + (f'<w:numId w:val="{num_id}"/>' if num_id is not None else "")
            ppr.append(parse_xml(f"<w:numPr {W}>{inner}</w:numPr>"))
    path = tmp_path / name
    d.save(path)
    return path


def _num(nid, aid, overrides=""):
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


def _texts(path: Path) -> list[str]:
    return [p.text for p in read_docx(str(path), ReadLimits()).paragraphs]


def test_gongwen_levels_restart_under_higher_levels(tmp_path):
    paras = [("总体要求", 1, 0, None), ("指导思想", 1, 1, None), ("工作目标", 1, 1, None),
             ("具体任务", 1, 2, None), ("细项", 1, 3, None), ("细项", 1, 3, None),
             ("保障措施", 1, 0, None), ("组织保障", 1, 1, None), ("经费保障", 1, 2, None)]
    path = _numbered_docx(tmp_path, {"0": GONGWEN}, [_num(1, 0)], paras)
    raw = read_docx(str(path), ReadLimits())
    assert [p.text for p in raw.paragraphs] == [
        "一、总体要求", "（一）指导思想", "（二）工作目标", "1.具体任务", "（1）细项", "（2）细项",
        "二、保障措施", "（一）组织保障", "1.经费保障"]
    assert [p.generated_prefix for p in raw.paragraphs] == [2, 3, 3, 2, 3, 3, 2, 3, 2]


def test_numid_zero_and_unknown_num_show_nothing(tmp_path):
    style = ('<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="h1"/>'
             '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    paras = [("甲", None, None, "H1"), ("乙", 0, None, "H1"), ("丙", 7, 0, None), ("丁", None, None, "H1")]
    path = _numbered_docx(tmp_path, {"0": GONGWEN}, [_num(1, 0)], paras, styles=[style])
    raw = read_docx(str(path), ReadLimits())
    assert [p.text for p in raw.paragraphs] == ["一、甲", "乙", "丙", "二、丁"]
    assert [p.generated_prefix for p in raw.paragraphs] == [2, 0, 0, 2]


def test_numbering_through_style_chain_and_level(tmp_path):
    """pStyle → basedOn → numPr; the level from the style's ilvl, or from the
    level whose pStyle names the style."""
    lvls = GONGWEN.replace('<w:lvl w:ilvl="1">', '<w:lvl w:ilvl="1"><w:pStyle w:val="H2"/>')
    styles = [
        '<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="base"/>'
        '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="h1"/><w:basedOn w:val="Base"/></w:style>',
        '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="h2"/>'
        '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="H3"><w:name w:val="h3"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="3"/></w:numPr></w:pPr></w:style>',
    ]
    paras = [("一级", None, None, "H1"), ("二级", None, None, "H2"), ("三级", None, None, "H3"),
             ("直接指定层级", None, 1, "H1"), ("一级又一", None, None, "H1")]
    path = _numbered_docx(tmp_path, {"5": lvls}, [_num(3, 5)], paras, styles=styles)
    assert _texts(path) == ["一、一级", "（一）二级", "1.三级", "（二）直接指定层级", "二、一级又一"]


def test_nums_sharing_a_definition_continue_unless_start_overridden(tmp_path):
    nums = [_num(1, 0), _num(2, 0),
            _num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
            _num(4, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>')]
    paras = [("甲", 1, 0, None), ("乙", 2, 0, None), ("丙", 3, 0, None), ("丁", 3, 0, None),
             ("戊", 4, 0, None), ("己", 1, 0, None)]
    path = _numbered_docx(tmp_path, {"0": GONGWEN}, nums, paras)
    assert _texts(path) == ["一、甲", "二、乙", "一、丙", "二、丁", "五、戊", "六、己"]


def test_level_override_start_legal_and_multilevel_text(tmp_path):
    lvls = (_lvl(0, "chineseCounting", "第%1章", extra='<w:suff w:val="space"/>')
            + _lvl(1, "decimal", "%1.%2", start=3, extra='<w:isLgl/>')
            + _lvl(2, "upperRoman", "%3)", extra='<w:suff w:val="nothing"/><w:lvlRestart w:val="0"/>'))
    over = '<w:lvlOverride w:ilvl="2"><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%3"/></w:lvl></w:lvlOverride>'
    paras = [("总则", 1, 0, None), ("适用范围", 1, 1, None), ("甲", 1, 2, None), ("分则", 1, 0, None),
             ("职责", 1, 1, None), ("乙", 1, 2, None), ("丙", 2, 2, None)]
    path = _numbered_docx(tmp_path, {"0": lvls}, [_num(1, 0), _num(2, 0, over)], paras)
    raw = read_docx(str(path), ReadLimits())
    assert [p.text for p in raw.paragraphs] == [
        "第一章　总则", "1.3　适用范围", "I)甲", "第二章　分则", "2.3　职责", "II)乙", "③丙"]
    assert raw.paragraphs[0].generated_prefix == 4  # the separator is generated too


def test_custom_formats_in_alternate_content(tmp_path):
    """Word 2010+ writes custom formats (001, 一, ①) in mc:AlternateContent."""
    def alt(custom, fallback):
        return ('<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
                f'<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="{custom}"/></mc:Choice>'
                f'<mc:Fallback><w:numFmt w:val="{fallback}"/></mc:Fallback></mc:AlternateContent>')

    lvls = (f'<w:lvl w:ilvl="0"><w:start w:val="1"/>{alt("001, 002, 003, ...", "decimal")}<w:lvlText w:val="%1."/></w:lvl>'
            f'<w:lvl w:ilvl="1"><w:start w:val="1"/>{alt("一, 二, 三, ...", "decimal")}<w:lvlText w:val="（%2）"/></w:lvl>')
    paras = [("甲", 1, 0, None), ("乙", 1, 1, None), ("丙", 1, 1, None), ("丁", 1, 0, None)]
    path = _numbered_docx(tmp_path, {"0": lvls}, [_num(1, 0)], paras)
    assert _texts(path) == ["001.甲", "（一）乙", "（二）丙", "002.丁"]


def test_bullets_hidden_levels_and_empty_text(tmp_path):
    lvls = (_lvl(0, "bullet", "\uf0b7") + _lvl(1, "bullet", "●")
            + _lvl(2, "decimal", "%3.", extra='<w:rPr><w:vanish/></w:rPr>'))
    paras = [("符号字体的圆点", 1, 0, None), ("普通圆点", 1, 1, None), ("隐藏编号", 1, 2, None)]
    path = _numbered_docx(tmp_path, {"0": lvls}, [_num(1, 0)], paras)
    raw = read_docx(str(path), ReadLimits())
    assert [p.text for p in raw.paragraphs] == ["符号字体的圆点", "●普通圆点", "隐藏编号"]
    assert [p.generated_prefix for p in raw.paragraphs] == [0, 1, 0]


def test_numbering_part_not_read_without_numbered_paragraphs(tmp_path, monkeypatch):
    """Speed: numbering.xml is parsed only when a paragraph is numbered."""
    from zgov_cli.readers import docx as docx_mod

    def boom(*a, **k):
        raise AssertionError("numbering read")

    monkeypatch.setattr(docx_mod, "Numbering", boom)
    assert read_docx(str(DOCS / "qingshi_two_matters.docx"), ReadLimits()).paragraphs


# ---- typed twins: same reading, same findings ------------------------------------------
def _result(path: Path) -> tuple:
    cfg = Config()
    opts = CheckOptions()
    doc = read_and_build(str(path), cfg, opts)
    inspect = (doc.card(), [(p.index, p.role, p.text, p.align, p.font_size, p.font_name, p.bold, p.in_table)
                            for p in doc.paragraphs])
    res = check_path(str(path), cfg, opts)
    findings = [(f["code"], f["severity"], f["message"].replace(GENERATED_NOTE, ""), f["evidence"], f["location"]["paragraph"])
                for f in res.findings]
    return inspect, findings


@pytest.mark.parametrize("name", numbered.TWINS)
def test_auto_numbered_twin_reads_and_checks_like_typed(tmp_path, name):
    typed = DOCS / f"{name}.docx"
    want = _result(typed)
    for via_style in (False, True):
        twin = tmp_path / f"{name}.{via_style}.docx"
        assert numbered.number_twin(typed, twin, via_style=via_style) > 0
        raw = read_docx(str(twin), ReadLimits())
        assert any(p.generated_prefix for p in raw.paragraphs)
        got = _result(twin)
        assert got[0] == want[0]
        assert got[1] == want[1]


@pytest.mark.parametrize("name", numbered.TWINS)
def test_libreoffice_saved_copies_read_and_check_like_word(name):
    want = _result(DOCS / f"{name}.docx")
    for variant in ("lo", "auto.lo"):
        assert _result(NUMBERED / f"{name}.{variant}.docx") == want, variant


def _build(tmp_path: Path, src: str, name: str) -> Path:
    p = tmp_path / name
    build.build_docx(build.parse_body(src), p)
    return p


QINGSHI = """@center 泽州县教育局文件
@title 泽州县教育局关于申请追加学生营养餐补助经费和增加教师编制的请示
泽州县人民政府：
根据工作需要，现将有关事项请示如下。
一、追加学生营养餐补助经费。全年需追加学生营养餐补助经费182万元，恳请县政府予以追加。
二、增加教师编制。现有教师编制已不能满足教学需要，恳请县政府批准增加教师编制35名。
妥否，请批示。
@right 泽州县教育局
@right 2025年3月5日
（联系人：李明，电话：0356-3022145）
"""


def test_zg101_two_matters_seen_through_auto_numbers(tmp_path):
    typed = _build(tmp_path, QINGSHI, "typed.docx")
    twin = tmp_path / "auto.docx"
    assert numbered.number_twin(typed, twin) == 2
    t, a = _result(typed), _result(twin)
    assert "ZG101" in [f[0] for f in t[1]]
    assert a == t


NOTICE = """@title 泽州县人民政府关于加强安全生产工作的通知
各乡镇人民政府，县直各有关单位：
为加强安全生产工作，现通知如下。
一、压实责任
（一）落实属地责任。各乡镇要落实属地管理责任。
（二）落实部门责任。各部门要落实监管责任。
1、加强督查。县安委办要加强督查。
2、加强通报。县安委办要定期通报。
二、强化保障
各部门要保障安全生产投入。
@right 泽州县人民政府
@right 2025年3月15日
"""


def test_zg308_wrong_mark_from_numbering_format_has_no_retype_fix(tmp_path):
    """``1、`` made by a list level whose text is ``%3、``: the same ZG308
    finding as when typed, but the fix (retype “1.”) is withheld and the
    message points at the numbering format."""
    typed = _build(tmp_path, NOTICE, "typed.docx")
    typed_res = check_path(str(typed), Config(), CheckOptions())
    zg308_typed = [f for f in typed_res.findings if f["code"] == "ZG308"]
    assert zg308_typed and all(f.get("fix") for f in zg308_typed)

    import docx
    from docx.oxml import parse_xml

    # the same draft, numbered by a list whose third level reads %3、
    twin = tmp_path / "auto.docx"
    levels = list(numbered.LEVELS)
    levels[2] = ("decimal", "%3、", "nothing")
    marks = [(lv, pat) for lv, pat in numbered.TYPED if lv != 2] + [(2, re.compile(r"^[0-9]{1,2}、"))]
    assert numbered.number_twin(typed, twin, levels=tuple(levels), marks=marks) == 6
    auto_res = check_path(str(twin), Config(), CheckOptions())
    zg308_auto = [f for f in auto_res.findings if f["code"] == "ZG308"]
    key = lambda fs: [(f["evidence"], f["location"]["paragraph"]) for f in fs]  # noqa: E731
    assert key(zg308_auto) == key(zg308_typed)
    assert all("fix" not in f and GENERATED_NOTE in f["message"] for f in zg308_auto)


def test_zg603_heiti_heading_with_auto_number_is_a_heading(tmp_path):
    """A 黑体 first-level heading is a heading whether 一、 is typed or made
    by the list: no ZG603 font finding either way."""
    import docx
    from docx.oxml.ns import qn

    typed = _build(tmp_path, NOTICE.replace("1、", "1.").replace("2、", "2."), "typed.docx")
    d = docx.Document(str(typed))
    for p in d.paragraphs:
        if p.text.startswith(("一、", "二、")):
            for r in p.runs:
                r.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "黑体")
    d.save(typed)
    twin = tmp_path / "auto.docx"
    assert numbered.number_twin(typed, twin) == 6
    t, a = _result(typed), _result(twin)
    assert a == t
    assert not [f for f in a[1] if f[0] == "ZG603" and "黑体" in f[2]]


def test_num_style_link_through_a_numbering_style_numpr(tmp_path):
    """An abstract list with numStyleLink to a numbering style whose own
    numPr points at the list that holds the levels (no abstract declares
    w:styleLink): Word follows the style's numId to those levels."""
    link = '<w:numStyleLink w:val="GwList"/>'
    style = ('<w:style w:type="numbering" w:styleId="GwList"><w:name w:val="gw list"/>'
             '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>')
    paras = [("总体要求", 1, 0, None), ("指导思想", 1, 1, None), ("保障措施", 1, 0, None)]
    path = _numbered_docx(tmp_path, {"0": link, "1": GONGWEN}, [_num(1, 0), _num(2, 1)], paras, styles=[style])
    assert _texts(path) == ["一、总体要求", "（一）指导思想", "二、保障措施"]
