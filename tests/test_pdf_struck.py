"""PDF: text drawn struck through (an export with tracked changes shown) is
left out of the body and kept on ``Paragraph.struck``; underlines and table
rules are not strike marks; both engines agree."""
from __future__ import annotations

from pathlib import Path

import pytest

from zgov_cli.config import Config, ReadLimits
from zgov_cli.engine import CheckOptions, check_path
from zgov_cli.readers.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
TRACKED = ROOT / "fixtures" / "tracked" / "qingshi_deleted_matter.pdf"
DELETED = "同时，恳请县政府批准增加城区供水站编制5名，以保障管网改造后的运行维护。"


@pytest.mark.parametrize("engine", ["auto", "pdfminer"])
def test_libreoffice_tracked_deletion_left_out(engine):
    raw = read_pdf(str(TRACKED), ReadLimits(), engine=engine)
    texts = [p.text for p in raw.paragraphs]
    assert not any("编制" in t for t in texts)
    struck = [p for p in raw.paragraphs if p.struck]
    assert [p.struck for p in struck] == [DELETED]
    # kept with the paragraph the deletion was made in (it runs on to the next page)
    assert struck[0].text.endswith("分两期拨付。") and struck[0].page == 1


def test_engines_agree_on_tracked_pdf():
    key = lambda raw: [(p.text, p.page, p.align, p.font_size, p.struck) for p in raw.paragraphs]  # noqa: E731
    assert key(read_pdf(str(TRACKED), ReadLimits())) == key(read_pdf(str(TRACKED), ReadLimits(), engine="pdfminer"))


def test_struck_request_is_not_a_second_matter():
    """Read as live text the deleted request is a second matter (ZG101)."""
    res = check_path(str(TRACKED), Config(), CheckOptions())
    assert res.status == "ok"
    assert not [f for f in res.findings if f["code"] == "ZG101"]
    docx = check_path(str(TRACKED.with_suffix(".docx")), Config(), CheckOptions())
    assert not [f for f in docx.findings if f["code"] == "ZG101"]
    # the same verdicts from the PDF and its docx, plus one note that text was left out
    assert [f["code"] for f in res.findings if f["code"] != "ZG002"] == [f["code"] for f in docx.findings]
    zg002 = [f for f in res.findings if f["code"] == "ZG002"]
    assert len(zg002) == 1 and zg002[0]["severity"] == "info"
    assert zg002[0]["evidence"] == DELETED and "未计入正文" in zg002[0]["message"]
    assert zg002[0]["location"]["page"] == 1


def _drawn(path: Path, marks: str) -> None:
    """One page: a body line with ``marks`` drawn over its middle chars —
    ``strike`` (stroked line through the glyphs), ``rect`` (a filled thin
    rectangle through them), ``underline`` (below the baseline), ``rule``
    (a table rule between two lines)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    size, x, y = 16, 80, 700
    c.setFont("STSong-Light", size)
    c.drawString(x, y, "各单位要加强值班值守工作删除的文字确保信息畅通。")
    c.drawString(x, y - 29, "联系人：张三")
    x0, x1 = x + 12 * size, x + 17 * size  # over 删除的文字
    c.setLineWidth(0.8)
    if marks == "strike":
        c.line(x0, y + 0.3 * size, x1, y + 0.3 * size)
    elif marks == "rect":
        c.rect(x0, y + 0.28 * size, x1 - x0, 1.0, stroke=0, fill=1)
    elif marks == "underline":
        c.line(x0, y - 2, x1, y - 2)
    elif marks == "rule":
        c.line(x - 4, y - 10, x + 27 * size, y - 10)
    c.showPage()
    c.save()


@pytest.mark.parametrize("marks,struck", [("strike", True), ("rect", True), ("underline", False), ("rule", False)])
@pytest.mark.parametrize("engine", ["auto", "pdfminer"])
def test_strike_marks_and_look_alikes(tmp_path, marks, struck, engine):
    p = tmp_path / f"{marks}.pdf"
    _drawn(p, marks)
    paras = read_pdf(str(p), ReadLimits(), engine=engine).paragraphs
    if struck:
        assert [(x.text, x.struck) for x in paras] == [("各单位要加强值班值守工作确保信息畅通。", "删除的文字"), ("联系人：张三", "")]
    else:
        assert [(x.text, x.struck) for x in paras] == [("各单位要加强值班值守工作删除的文字确保信息畅通。", ""), ("联系人：张三", "")]


def test_strikethrough_format_docx_and_its_pdf_agree():
    """Deleted text marked by strikethrough formatting: the docx and the PDF
    LibreOffice exports from it read and check alike (one ZG002 each)."""
    base = ROOT / "fixtures" / "tracked" / "qingshi_struck_format"
    results = []
    for ext in (".docx", ".pdf"):
        from zgov_cli.readers import read_document

        raw = read_document(str(base.with_suffix(ext)))
        res = check_path(str(base.with_suffix(ext)), Config(), CheckOptions())
        results.append(([(p.text, p.struck) for p in raw.paragraphs if p.struck],
                        [(f["code"], f["evidence"]) for f in res.findings]))
    assert results[0] == results[1]
    assert results[0][0][0][1] == DELETED
    assert [c for c, _ in results[0][1]] == ["ZG002"]


REAL_TABLE = ROOT / "tests" / "data" / "real" / "hzq2023_working_p3.pdf"


def test_table_rules_around_scaled_glyphs_are_not_strike_marks():
    """A real report's table: the first column's vertical text is drawn at
    Tf 199 under a 0.05 matrix. pdfium's loose glyph boxes ignore the
    matrix (twenty glyphs tall), so the table's rules above and below met
    them and 三、本年度办理结果 was read as deleted text; both engines now
    keep it as text."""
    for engine in ("auto", "pdfminer"):
        paras = read_pdf(str(REAL_TABLE), ReadLimits(), engine=engine).paragraphs
        assert not [p.struck for p in paras if p.struck], engine
        assert "三、本年度办理结果" in "".join(p.text for p in paras), engine
    res = check_path(str(REAL_TABLE), Config(), CheckOptions())
    assert not [f for f in res.findings if f["code"] == "ZG002"]
