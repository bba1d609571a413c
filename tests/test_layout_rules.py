"""ZG601–ZG603: layout rules (SPEC §6 ZG6) from examples and from real docx/pdf files."""
from __future__ import annotations

import pytest

from helpers import CORPUS, COUNTY_DOC
from zgov_cli.config import Config
from zgov_cli.engine import CheckOptions, read_and_build, run_rules
from zgov_cli.examples import example_options, example_raw
from zgov_cli.model import Layout
from zgov_cli.rules.base import Example
from zgov_cli.rules.registry import all_rules
from zgov_cli.analysis.layout import font_in
from zgov_cli.examples import apply_font_hints
from zgov_cli.structure import build

TEXT = (
    "@title 泽州县人民政府办公室关于做好2025年防汛工作的通知\n"
    "各乡镇人民政府，县直各有关单位：\n"
    "为做好今年防汛工作，经县政府同意，现就有关事项通知如下。\n"
    "一、落实防汛责任。各乡镇要逐级落实防汛责任人。\n"
    "（一）压实责任。要层层压实责任。\n"
    "@right 泽州县人民政府办公室\n"
    "@right 2025年6月3日"
)
GOOD = dict(
    page_width_mm=210.0, page_height_mm=297.0, margin_top_mm=37.0, margin_bottom_mm=35.0,
    margin_left_mm=28.0, margin_right_mm=26.0, lines_per_page=22, chars_per_line=28,
    default_font_name="仿宋_GB2312", default_font_size=16.0,
)
FONTS = {"title": (22, "方正小标宋简体"), "body": (16, "仿宋_GB2312")}


def zg6_doc(doc):
    cfg = Config()
    opts = CheckOptions(select=["ZG6"])
    findings, _, problems = run_rules(doc, cfg, opts)
    assert not problems
    return findings


def zg6(text=TEXT, fmt="docx", layout=None, fonts=None):
    options = {"format": fmt}
    if layout is not None:
        options["layout"] = layout
    if fonts is not None:
        options["fonts"] = fonts
    ex = Example(text, options)
    doc = build(example_raw(ex), example_options(ex).doc, Config())
    return zg6_doc(doc)


def codes(fs):
    return sorted(f.code for f in fs)


@pytest.mark.parametrize("code", ["ZG601", "ZG602", "ZG603"])
def test_examples(code):
    rule = all_rules()[code]
    assert rule.bad and rule.good and rule.explanation and rule.non_triggers
    for ex in rule.bad:
        assert code in codes(zg6(ex.text, ex.options["format"], ex.options.get("layout"), ex.options.get("fonts"))), ex.note
    for ex in rule.good:
        assert codes(zg6(ex.text, ex.options["format"], ex.options.get("layout"), ex.options.get("fonts"))) == [], ex.note


def test_all_good():
    assert zg6(layout=GOOD, fonts=FONTS) == []


def test_within_tolerance():
    lay = dict(GOOD, page_width_mm=210.8, margin_top_mm=36.1, margin_left_mm=28.9, margin_right_mm=25.2)
    assert zg6(layout=lay, fonts=FONTS) == []


def test_landscape_a4_is_a4():
    assert "ZG601" not in codes(zg6(layout=dict(GOOD, page_width_mm=297.0, page_height_mm=210.0), fonts=FONTS))


def test_letter_page():
    fs = zg6(layout=dict(GOOD, page_width_mm=215.9, page_height_mm=279.4), fonts=FONTS)
    assert codes(fs) == ["ZG601"]
    assert "215.9mm×279.4mm" in fs[0].evidence and "210mm×297mm" in fs[0].message


def test_pdf_page_size_only():
    lay = dict(page_width_mm=176.0, page_height_mm=250.0, default_font_size=12.0)
    assert codes(zg6(fmt="pdf", layout=lay)) == ["ZG601"]
    assert zg6(fmt="pdf", layout=dict(page_width_mm=210.0, page_height_mm=297.0)) == []


def test_txt_never():
    assert zg6(fmt="txt", layout=dict(GOOD, page_width_mm=100.0, margin_top_mm=5.0, lines_per_page=40)) == []


def test_unknown_facts_not_guessed():
    assert zg6(layout={}) == []
    assert zg6(layout=None) == []
    # only the known margin is judged
    fs = zg6(layout=dict(margin_top_mm=25.4))
    assert codes(fs) == ["ZG602"] and "25.4mm" in fs[0].evidence and "下边距" not in fs[0].message


def test_word_default_margins():
    lay = dict(GOOD, margin_top_mm=25.4, margin_bottom_mm=25.4, margin_left_mm=31.8, margin_right_mm=31.8)
    fs = zg6(layout=lay, fonts=FONTS)
    assert codes(fs) == ["ZG602"]
    assert "37mm" in fs[0].message and "28mm" in fs[0].message


def test_title_font():
    fs = zg6(layout=GOOD, fonts={"title": (18, "黑体"), "body": (16, "仿宋_GB2312")})
    assert codes(fs) == ["ZG603"]
    assert fs[0].severity == "info" and "标题" in fs[0].message and "黑体" in fs[0].message
    assert fs[0].location["paragraph"] == 1


@pytest.mark.parametrize("name", ["方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "小标宋"])
def test_title_font_names(name):
    assert font_in(name, ["小标宋", "xiaobiaosong", "fzxbs", "xbs"])
    assert zg6(layout=GOOD, fonts={"title": (22, name), "body": (16, "仿宋_GB2312")}) == []


@pytest.mark.parametrize("name", ["仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "方正仿宋_GBK"])
def test_body_font_names(name):
    assert zg6(layout=dict(GOOD, default_font_name=name), fonts={"title": (22, "方正小标宋简体"), "body": (16, name)}) == []


def test_body_wrong_font_and_size():
    fs = zg6(layout=GOOD, fonts={"title": (22, "方正小标宋简体"), "body": (12, "宋体")})
    assert codes(fs) == ["ZG603", "ZG603"]
    msgs = " ".join(f.message for f in fs)
    assert "小四（12磅）" in msgs and "宋体" in msgs and "3号" in msgs


def test_headings_may_use_heiti_kaiti():
    ex = Example(TEXT, {"format": "docx", "layout": GOOD})
    doc = build(example_raw(ex), example_options(ex).doc, Config())
    apply_font_hints(doc.paragraphs, FONTS)
    for p in doc.paragraphs:
        if p.text.startswith("一、"):
            p.font_name = "黑体"
        if p.text.startswith("（一）"):
            p.font_name = "楷体_GB2312"
    assert zg6_doc(doc) == []
    for p in doc.paragraphs:
        if p.text.startswith("为做好"):
            p.font_name = "黑体"  # not a heading: must be 仿宋
    fs = zg6_doc(doc)
    assert codes(fs) == ["ZG603"] and "黑体" in fs[0].message


def test_body_falls_back_to_document_default():
    # body paragraphs without their own font use the Normal style
    fs = zg6(layout=dict(GOOD, default_font_name="宋体", default_font_size=10.5), fonts={"title": (22, "方正小标宋简体")})
    assert codes(fs) == ["ZG603", "ZG603"]


def test_grid():
    fs = zg6(layout=dict(GOOD, lines_per_page=44, chars_per_line=39), fonts=FONTS)
    assert codes(fs) == ["ZG603"] and "每页44行" in fs[0].evidence and "22行" in fs[0].message


# ------------------------------------------------------------ real files
def _docx(path, *, width=210, height=297, margins=(37, 35, 28, 26), title_font=("方正小标宋简体", 22),
          body_font=("仿宋_GB2312", 16)):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    def font(run_or_style, name, size):
        run_or_style.font.name = name
        run_or_style.font.size = Pt(size)
        rpr = run_or_style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, rfonts)
        rfonts.set(qn("w:eastAsia"), name)

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(width), Mm(height)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Mm(m) for m in margins)
    font(d.styles["Normal"], *body_font)
    lines = TEXT.splitlines()
    for line in lines:
        p = d.add_paragraph()
        if line.startswith("@title "):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            font(p.add_run(line[7:]), *title_font)
        elif line.startswith("@right "):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(line[7:])
        else:
            p.add_run(line)
    d.save(path)
    return path


def _check(path):
    cfg = Config()
    opts = CheckOptions(select=["ZG6"])
    doc = read_and_build(str(path), cfg, opts)
    return zg6_doc(doc)


def test_real_docx_clean(tmp_path):
    assert _check(_docx(tmp_path / "a.docx")) == []


def test_real_docx_letter_word_defaults(tmp_path):
    p = _docx(tmp_path / "b.docx", width=215.9, height=279.4, margins=(25.4, 25.4, 31.8, 31.8),
              title_font=("宋体", 18), body_font=("宋体", 12))
    fs = _check(p)
    assert {"ZG601", "ZG602", "ZG603"} <= set(codes(fs))
    assert all(f.severity == "info" for f in fs if f.code == "ZG603")


def test_county_txt_has_no_layout_findings():
    cfg = Config()
    doc = read_and_build(str(COUNTY_DOC), cfg, CheckOptions())
    assert zg6_doc(doc) == []


def test_govdoc_pdf_page_size_is_read():
    # 397.pdf was typeset on US Letter paper by the dataset's authors: a true ZG601
    pdf = CORPUS / "govdoc-cn" / "397.pdf"
    fs = _check(pdf)
    assert codes(fs) == ["ZG601"] and "215.9mm×279.4mm" in fs[0].evidence


def test_layout_model_fields_exist():
    # the rules read only these Layout fields
    lay = Layout(**GOOD)
    assert lay.page_width_mm == 210.0 and lay.chars_per_line == 28
