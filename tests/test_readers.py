"""docx and pdf readers: paragraph texts and order, tables, text boxes,
layout hints, pages, page-break joins, page-number/running-header removal."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from zgov_cli.config import ReadLimits
from zgov_cli.readers import read_document
from zgov_cli.readers.docx import read_docx
from zgov_cli.readers.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "fixtures" / "docs"
from helpers import CORPUS as _SHARED_CORPUS  # noqa: E402

CORPUS = _SHARED_CORPUS / "govdoc-cn"


def _load_build():
    if "zgov_fixture_build" in sys.modules:
        return sys.modules["zgov_fixture_build"]
    spec = importlib.util.spec_from_file_location("zgov_fixture_build", ROOT / "fixtures" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["zgov_fixture_build"] = mod
    spec.loader.exec_module(mod)
    return mod


build = _load_build()

LONG_SRC = """泽州县人民政府文件
@center 泽政发〔2024〕9号
@title 泽州县人民政府关于做好全县农村公路养护管理工作的通知
各乡镇人民政府，县直各有关单位：
""" + "\n".join(
    f"{n}、为进一步加强农村公路养护管理，提升农村公路通行条件和服务水平，各乡镇要切实履行属地责任，"
    f"建立健全县乡村三级路长制，落实养护资金和养护人员，做到有路必养、养必到位，第{n}项工作要按时完成并报送进展情况。"
    for n in "一二三四五六七八九十"
) + """
@right 泽州县人民政府
@right 2024年4月1日
"""


def _lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("pdf") / "long.pdf"
    build.build_pdf(build.parse_body(LONG_SRC), p)
    return p


# ---- docx ------------------------------------------------------------------
def test_docx_paragraphs_match_text_source():
    raw = read_document(str(DOCS / "reader_long_notice.docx"))
    assert raw.format == "docx"
    assert [p.text for p in raw.paragraphs] == _lines(DOCS / "reader_long_notice.txt")
    assert [p.index for p in raw.paragraphs] == list(range(1, len(raw.paragraphs) + 1))


def test_docx_layout_hints():
    raw = read_docx(str(DOCS / "reader_long_notice.docx"), ReadLimits())
    by_text = {p.text: p for p in raw.paragraphs}
    mark = by_text["泽州县人民政府文件"]
    assert (mark.color, mark.align) == ("FF0000", "center")
    title = next(p for p in raw.paragraphs if p.text.endswith("的通知"))
    assert (title.align, title.font_size, title.font_name) == ("center", 22.0, "方正小标宋简体")
    assert title.color is None
    body = next(p for p in raw.paragraphs if p.text.startswith("为深入贯彻"))
    assert (body.font_size, body.font_name, body.bold, body.in_table) == (16.0, "仿宋_GB2312", False, False)
    assert by_text["泽州县人民政府"].align == "right"
    assert by_text["2024年3月15日"].align == "right"


def test_docx_section_layout():
    lay = read_docx(str(DOCS / "reader_long_notice.docx"), ReadLimits()).layout
    assert (lay.page_width_mm, lay.page_height_mm) == (210.0, 297.0)
    assert (lay.margin_top_mm, lay.margin_left_mm) == (37.0, 28.0)
    assert lay.margin_top_mm + 225 + lay.margin_bottom_mm == pytest.approx(297, abs=0.2)
    assert (lay.lines_per_page, lay.chars_per_line) == (22, 28)
    assert (lay.default_font_name, lay.default_font_size) == ("仿宋_GB2312", 16.0)


def test_docx_table_cells_in_row_order_and_textbox_once():
    raw = read_docx(str(DOCS / "reader_table_textbox.docx"), ReadLimits())
    texts = [p.text for p in raw.paragraphs]
    assert texts == _lines(DOCS / "reader_table_textbox.txt")
    # text box (drawingML choice + VML fallback) read exactly once, first, red
    assert texts.count("泽州县人民政府办公室文件") == 1
    assert raw.paragraphs[0].text == "泽州县人民政府办公室文件"
    assert raw.paragraphs[0].color == "FF0000"
    cells = [p.text for p in raw.paragraphs if p.in_table]
    assert cells[:4] == ["演练项目", "牵头单位", "时间", "山洪灾害转移避险"]
    assert len(cells) == 9
    # table sits in place between the two headings
    i, j = texts.index("一、演练安排"), texts.index("二、工作要求")
    assert all(p.in_table for p in raw.paragraphs[i + 1:j])


def _docx(tmp_path: Path, fill) -> Path:
    import docx

    d = docx.Document()
    fill(d)
    p = tmp_path / "t.docx"
    d.save(p)
    return p


def test_docx_nested_tables_in_order(tmp_path):
    def fill(d):
        d.add_paragraph("表前")
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "外甲"
        inner = t.cell(0, 0).add_table(rows=1, cols=2)
        inner.cell(0, 0).text = "内甲"
        inner.cell(0, 1).text = "内乙"
        t.cell(0, 1).text = "外乙"
        d.add_paragraph("表后")

    raw = read_docx(str(_docx(tmp_path, fill)), ReadLimits())
    assert [p.text for p in raw.paragraphs] == ["表前", "外甲", "内甲", "内乙", "外乙", "表后"]
    assert [p.in_table for p in raw.paragraphs] == [False, True, True, True, True, False]


def test_docx_page_breaks_give_pages(tmp_path):
    def fill(d):
        d.add_paragraph("第一页")
        d.add_page_break()
        d.add_paragraph("第二页")
        d.add_page_break()
        d.add_paragraph("第三页")

    raw = read_docx(str(_docx(tmp_path, fill)), ReadLimits())
    assert [(p.text, p.page) for p in raw.paragraphs] == [("第一页", 1), ("第二页", 2), ("第三页", 3)]
    assert raw.layout.page_count == 3


def test_docx_without_breaks_has_no_pages():
    raw = read_docx(str(DOCS / "reader_table_textbox.docx"), ReadLimits())
    assert {p.page for p in raw.paragraphs} == {None}


def test_docx_tabs_spaces_and_soft_breaks(tmp_path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    def fill(d):
        t = d.add_paragraph("通  知")
        t.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph("签发人：\t张三")
        title = d.add_paragraph()
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = title.add_run("泽州县人民政府关于做好")
        r.add_break()
        title.add_run("秋季防火工作的通知")
        body = d.add_paragraph()
        r = body.add_run("为做好秋季森林防火工作，")
        r.add_break()  # pasted web text: a break mid-sentence is not a paragraph
        body.add_run("现通知如下。")

    texts = [p.text for p in read_docx(str(_docx(tmp_path, fill)), ReadLimits()).paragraphs]
    assert texts == ["通  知", "签发人：　张三", "泽州县人民政府关于做好", "秋季防火工作的通知",
                     "为做好秋季森林防火工作，现通知如下。"]


def test_docx_deleted_text_and_field_codes_skipped(tmp_path):
    from docx.oxml import parse_xml

    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def fill(d):
        p = d.add_paragraph("保留")
        p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>'))
        p._p.append(parse_xml(f'<w:r {W}><w:instrText> PAGE </w:instrText></w:r>'))
        p._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>'))

    assert [p.text for p in read_docx(str(_docx(tmp_path, fill)), ReadLimits()).paragraphs] == ["保留插入"]


def test_docx_paragraph_limit(tmp_path):
    def fill(d):
        for i in range(30):
            d.add_paragraph(f"第{i}段")

    from zgov_cli.model import ReadError

    with pytest.raises(ReadError) as e:
        read_docx(str(_docx(tmp_path, fill)), ReadLimits(max_paragraphs=10))
    assert e.value.kind == "too_large"


# ---- pdf -------------------------------------------------------------------
def _norm(s: str) -> str:
    return re.sub(r"[\s。]", "", s)


@pytest.mark.skipif(not (CORPUS / "397.pdf").exists(), reason="corpus not present")
def test_pdf_real_document_397():
    raw = read_pdf(str(CORPUS / "397.pdf"), ReadLimits())
    txt = (CORPUS / "397.txt").read_text(encoding="utf-8")
    got = "".join(p.text for p in raw.paragraphs)
    # same characters, in order (the only difference: where 「文件」 sits in the 版头)
    assert _norm(got).replace("文件", "") == _norm(txt).replace("文件", "")
    texts = [p.text for p in raw.paragraphs]
    assert "关于加强个人所得税纳税信用建设的通知" in texts
    assert "发改办财金规〔2019〕860号" in texts  # generated gap spaces dropped
    assert texts[-3:] == ["国家发展改革委办公厅", "税务总局办公厅", "2019年8月20日"]
    # every heading stands alone
    for h in ("一、总体要求", "二、建立个人所得税纳税信用管理机制", "五、强化组织实施"):
        assert h in texts
    # a paragraph that crosses the page 1 → 2 break is joined, and keeps page 1
    p = next(p for p in raw.paragraphs if p.text.startswith("2019年1月1日起全面施行"))
    assert p.page == 1 and "经济发展、惠及百姓民生" in p.text and p.text.endswith("维护纳税人合法权益。")
    # no page numbers survive
    assert not any(re.fullmatch(r"[—\-\s\d]+", t) for t in texts)
    assert raw.layout.page_count == 5
    title = raw.paragraphs[texts.index("关于加强个人所得税纳税信用建设的通知")]
    assert title.align == "center" and title.font_size == 22.0
    assert raw.paragraphs[0].color == "FF0000"
    assert [p.page for p in raw.paragraphs] == sorted(p.page for p in raw.paragraphs)


def test_pdf_fixture_matches_text_source():
    for name in ("reader_long_notice", "reader_table_textbox"):
        raw = read_pdf(str(DOCS / f"{name}.pdf"), ReadLimits())
        assert [p.text for p in raw.paragraphs] == _lines(DOCS / f"{name}.txt"), name


def test_pdf_layout_and_hints():
    raw = read_pdf(str(DOCS / "reader_long_notice.pdf"), ReadLimits())
    assert (raw.layout.page_width_mm, raw.layout.page_height_mm) == (210.0, 297.0)
    assert raw.layout.page_count >= 4
    by_text = {p.text: p for p in raw.paragraphs}
    assert by_text["泽州县人民政府文件"].color == "FF0000"
    title = next(p for p in raw.paragraphs if p.text.endswith("的通知"))
    assert (title.align, title.font_size) == ("center", 22.0)
    assert by_text["泽政发〔2024〕8号"].align == "center"
    assert by_text["泽州县人民政府"].align == "right"
    assert by_text["2024年3月15日"].align == "right"
    assert by_text["各乡镇人民政府，县直各有关单位："].align == "left"


def _first_line_of_page(path: Path, index: int) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        text = pdf[index].get_textpage().get_text_range()
    finally:
        pdf.close()
    return next(ln for ln in text.splitlines() if ln.strip()).strip()


def test_pdf_paragraphs_cross_page_breaks(long_pdf):
    raw = read_pdf(str(long_pdf), ReadLimits())
    texts = [p.text for p in raw.paragraphs]
    assert texts == [ln.split(" ", 1)[-1] if ln.startswith("@") else ln for ln in LONG_SRC.splitlines() if ln.strip()]
    assert raw.layout.page_count >= 3
    crossed = 0
    for page in range(1, raw.layout.page_count):
        first = _first_line_of_page(long_pdf, page)
        if not any(t.startswith(first) for t in texts):  # a continuation line
            # joined to a paragraph that starts on the previous page and keeps that page
            assert any(first in p.text and p.page == page for p in raw.paragraphs)
            crossed += 1
    assert crossed >= 1
    pages = [p.page for p in raw.paragraphs]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == raw.layout.page_count


@pytest.mark.parametrize("label", ["— {n} —", "- {n} -", "-{n}-", "{n}", "第{n}页", "第 {n} 页 共 9 页"])
def test_pdf_page_numbers_dropped(tmp_path, label):
    p = tmp_path / "n.pdf"
    build.build_pdf(build.parse_body(LONG_SRC), p, page_label=label)
    texts = [x.text for x in read_pdf(str(p), ReadLimits()).paragraphs]
    assert texts[-1] == "2024年4月1日"
    assert not any(re.search(r"^[\-—\s\d第页共]+$", t) for t in texts)
    assert len(texts) == len([ln for ln in LONG_SRC.splitlines() if ln.strip()])


def test_pdf_running_header_dropped(tmp_path):
    p = tmp_path / "h.pdf"
    build.build_pdf(build.parse_body(LONG_SRC), p, header="泽州县人民政府内部资料")
    texts = [x.text for x in read_pdf(str(p), ReadLimits()).paragraphs]
    assert not any("内部资料" in t for t in texts)
    assert texts[0] == "泽州县人民政府文件"


def test_pdf_short_lines_stand_alone_without_indent(tmp_path):
    """Flush-left layout (no first-line indent): sentence ends split paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    p = tmp_path / "flat.pdf"
    c = canvas.Canvas(str(p), pagesize=A4, invariant=1)
    c.setFont("STSong-Light", 16)
    rows = ["各单位要高度重视安全生产工作，切实落实安全生产主体责任，确", "保各项措施落到实处，坚决遏制重特大事故发生，保障人民安全。",
            "各单位要加强值班值守工作，严格执行领导带班制度和值班制度，", "确保信息畅通。", "联系人：张三"]
    y = 700
    for r in rows:
        c.drawString(80, y, r)
        y -= 29
    c.showPage()
    c.save()
    texts = [x.text for x in read_pdf(str(p), ReadLimits()).paragraphs]
    assert texts == [rows[0] + rows[1], rows[2] + rows[3], rows[4]]


# ---- pdf: glyphs pdfium drops ---------------------------------------------------
# reportlab's built-in CID font STSong-Light is not embedded; where the system
# has no CJK font pdfium has no glyph boxes for it and drops every text object
# that holds a single glyph. Such pages are read with pdfminer instead.
A4_LEFT, A4_WIDTH, BODY = 28 * 72 / 25.4, 156 * 72 / 25.4, 16.0
PARA_1 = "为切实做好今冬明春森林防火工作，有效预防和扑救森林火灾，保障人民群众生命财产安全和森林资源安全，现就有关事项通知如下"
PARA_2 = "各乡镇要严格落实森林防火行政首长负责制，层层签订责任书，把责任落实到山头地块和具体人员，确保不留死角和盲区"


def _wrap(text: str, first: int, rest: int) -> list[str]:
    lines, i, n = [], 0, first
    while i < len(text):
        lines.append(text[i:i + n])
        i, n = i + n, rest
    return lines


def _single_glyph_pdf(path: Path, spaced_title: bool = False) -> list[str]:
    """A two-page notice whose single-glyph lines pdfium loses; returns the
    paragraph texts it holds."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    left, right, centre = A4_LEFT, A4_LEFT + A4_WIDTH, A4_LEFT + A4_WIDTH / 2
    pitch = 28.9
    y = 740.0

    def put(text, size=BODY, x=None, how="left"):
        nonlocal y
        c.setFont("STSong-Light", size)
        if how == "center":
            c.drawCentredString(centre, y, text)
        elif how == "right":
            c.drawRightString(right - 4 * BODY, y, text)
        else:
            c.drawString(left if x is None else x, y, text)
        y -= pitch if size == BODY else 1.3 * pitch

    paras = []
    if spaced_title:  # 通　知 drawn as two objects, one glyph each
        c.setFont("STSong-Light", 22)
        c.drawString(centre - 44, y, "通")
        c.drawString(centre + 22, y, "知")
        y -= 1.3 * pitch
        paras.append("通知")
    title = "泽州县人民政府关于做好防火工作的通知"
    put(title[:-1], 22, how="center")  # wrapped 2 em inside the block: the last line is one glyph
    put(title[-1], 22, how="center")
    paras.append(title)
    put("各乡镇人民政府，县直各有关单位：")
    paras.append("各乡镇人民政府，县直各有关单位：")
    per_line = int(A4_WIDTH // BODY)  # 27
    text = PARA_1[: 2 * per_line - 2] + "。"  # the last line is a lone 。
    for i, ln in enumerate(_wrap(text, per_line - 2, per_line)):
        put(ln, x=left + 2 * BODY if i == 0 else left)
    paras.append(text)
    # a paragraph whose lone 。 is carried over to the next page
    text2 = PARA_2[: 2 * per_line - 2] + "。"
    lines2 = _wrap(text2, per_line - 2, per_line)
    while y > 200:
        put(lines2[0], x=left + 2 * BODY)
        for ln in lines2[1:]:
            put(ln)
        paras.append(text2)
    put(lines2[0], x=left + 2 * BODY)
    for ln in lines2[1:-1]:
        put(ln)
    c.showPage()
    y = 740.0
    put(lines2[-1])
    paras.append(text2)
    put("特此通知。", x=left + 2 * BODY)
    paras.append("特此通知。")
    put("泽州县人民政府", how="right")
    put("2024年10月8日", how="right")
    put("印", how="right")  # a right-aligned one-glyph line
    paras += ["泽州县人民政府", "2024年10月8日", "印"]
    c.showPage()
    c.save()
    return paras


@pytest.mark.parametrize("spaced", [False, True])
def test_pdf_single_glyph_text_objects_kept(tmp_path, spaced):
    p = tmp_path / "glyphs.pdf"
    want = _single_glyph_pdf(p, spaced_title=spaced)
    raw = read_pdf(str(p), ReadLimits())
    assert [x.text for x in raw.paragraphs] == want
    by_text = {x.text: x for x in raw.paragraphs}
    title = by_text["泽州县人民政府关于做好防火工作的通知"]
    assert (title.align, title.font_size, title.page) == ("center", 22.0, 1)
    if spaced:
        assert (by_text["通知"].align, by_text["通知"].font_size) == ("center", 22.0)
    assert by_text["印"].align == "right" and by_text["印"].page == 2
    assert by_text["2024年10月8日"].align == "right"
    # the paragraph crossing the break keeps page 1 and takes its lone 。 from page 2
    crossing = raw.paragraphs[-5]
    assert crossing.text == want[-5] and crossing.text.endswith("盲。") and crossing.page == 1
    # and through the whole read path
    assert [x.text for x in read_document(str(p)).paragraphs] == want


def test_pdf_engines_agree_on_glyph_pdf(tmp_path):
    p = tmp_path / "glyphs.pdf"
    _single_glyph_pdf(p, spaced_title=True)
    key = lambda raw: [(x.text, x.page, x.align, x.font_size, x.color, x.bold) for x in raw.paragraphs]  # noqa: E731
    assert key(read_pdf(str(p), ReadLimits())) == key(read_pdf(str(p), ReadLimits(), engine="pdfminer"))


def test_pdf_reportlab_glyph_boxes_are_full_size():
    """Lines of a font pdfium has no glyphs for still get the glyphs' full
    boxes (advance x ascent/descent), as pdfminer gives them."""
    raw = read_pdf(str(DOCS / "reader_long_notice.pdf"), ReadLimits())
    plumbed = read_pdf(str(DOCS / "reader_long_notice.pdf"), ReadLimits(), engine="pdfminer")
    assert [(p.text, p.align, p.font_size, p.page) for p in raw.paragraphs] == \
        [(p.text, p.align, p.font_size, p.page) for p in plumbed.paragraphs]


@pytest.mark.parametrize("pdf", sorted(DOCS.glob("*.pdf")), ids=lambda p: p.name)
def test_pdf_every_fixture_matches_its_text_twin(pdf):
    want = _lines(pdf.with_suffix(".txt"))
    for engine in ("auto", "pdfminer"):
        assert [p.text for p in read_pdf(str(pdf), ReadLimits(), engine=engine).paragraphs] == want, engine


@pytest.mark.skipif(not (CORPUS / "397.pdf").exists(), reason="corpus not present")
def test_pdf_397_engines_agree():
    key = lambda raw: [(x.text, x.page, x.align, x.font_size, x.color) for x in raw.paragraphs]  # noqa: E731
    path = str(CORPUS / "397.pdf")
    assert key(read_pdf(path, ReadLimits())) == key(read_pdf(path, ReadLimits(), engine="pdfminer"))


def test_pdf_pages_pdfium_reads_fully_skip_pdfminer(monkeypatch):
    """Speed: pages without lost glyphs never go through pdfminer (embedded
    fonts, or text objects of two glyphs and more)."""
    from zgov_cli.readers import pdf as pdf_mod

    def boom(*a, **k):
        raise AssertionError("pdfminer used")

    monkeypatch.setattr(pdf_mod, "_pdfminer_lines", boom)
    paths = [DOCS / "reader_long_notice.pdf"] + ([CORPUS / "397.pdf"] if (CORPUS / "397.pdf").exists() else [])
    for path in paths:
        assert read_pdf(str(path), ReadLimits()).paragraphs


def test_pdf_table_cell_number_above_page_number_kept(tmp_path):
    """A bare number at the bottom of the text (a table's last cell) is text
    when the page number sits below it."""
    paras = build.parse_body("@title 泽州县政务服务检查评分表\n@table 检查项目|分值\n@table 窗口服务|30\n")
    p = tmp_path / "t.pdf"
    build.build_pdf(paras, p)
    assert [x.text for x in read_pdf(str(p), ReadLimits()).paragraphs] == ["泽州县政务服务检查评分表", "检查项目", "分值", "窗口服务", "30"]
