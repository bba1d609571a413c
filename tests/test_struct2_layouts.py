"""Real layouts (issue 11) built as Word files in our own wording: a label
line above the title, a 纪要 that states its own 印发 line."""
from __future__ import annotations

from docx import Document as Docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from helpers import read

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, None: None}


def _docx(path, lines):
    """lines: (text, align, size in pt or None)."""
    d = Docx()
    for text, align, size in lines:
        p = d.add_paragraph()
        run = p.add_run(text)
        if size:
            run.font.size = Pt(size)
        if _ALIGN[align] is not None:
            p.alignment = _ALIGN[align]
    d.save(path)
    return path


def _qingshi_under_label(tmp_path, label, label_align):
    return _docx(tmp_path / "label.docx", [
        (label, label_align, 16),
        ("后勤保障部关于更换机关食堂排烟设备的请示", "center", 22),
        ("公司领导：", None, 16),
        ("机关食堂排烟设备使用已满十二年，噪声大、排烟不畅，经检测已不符合环保要求。", None, 16),
        ("恳请公司同意更换食堂排烟设备，所需费用约9万元。", None, 16),
        ("妥否，请批示。", None, 16),
        ("后勤保障部", "right", 16),
        ("2025年7月2日", "right", 16),
    ])


def test_label_line_above_title_is_not_part_of_it(tmp_path):
    for label, align in (("普通事项", "left"), ("内部事项", "center")):
        doc = read(_qingshi_under_label(tmp_path, label, align))
        assert doc.title == "后勤保障部关于更换机关食堂排烟设备的请示", label
        assert doc.doc_type == "请示"
        assert doc.recipients == ["公司领导"]


def test_issuer_line_set_like_the_title_stays_in_it(tmp_path):
    """The 发文机关 on a line of its own, set like the title, is the title's
    first line (the label check keys on a different size)."""
    doc = read(_docx(tmp_path / "two_lines.docx", [
        ("泽州县农业农村局", "center", 22),
        ("关于申请高标准农田建设配套资金的请示", "center", 22),
        ("泽州县人民政府：", None, 16),
        ("恳请县政府安排配套资金120万元。", None, 16),
        ("妥否，请批示。", None, 16),
        ("泽州县农业农村局", "right", 16),
        ("2025年7月2日", "right", 16),
    ]))
    assert doc.title == "泽州县农业农村局关于申请高标准农田建设配套资金的请示"


def test_qingshi_is_upward_whoever_it_is_sent_to(tmp_path):
    """A 请示 goes up (条例 art. 8) even when the parties' ranks cannot be
    told apart by their names (an office of a company to its leaders)."""
    doc = read(_qingshi_under_label(tmp_path, "普通事项", "left"))
    assert doc.direction == "up"


def _jiyao(tmp_path, tail):
    return _docx(tmp_path / "jiyao.docx", [
        ("关于研究城区老旧供水管网改造工作的会议纪要", "center", 22),
        ("2025年10月9日上午，副县长主持召开会议，专题研究城区老旧供水管网改造工作。现纪要如下：", None, 16),
        ("一、县水务局牵头制定改造计划，11月底前完成主管网改造。", None, 16),
        ("二、县财政局统筹安排改造资金。", None, 16),
        ("出席：县水务局、县财政局负责同志", None, 16),
        *tail,
    ])


def test_jiyao_issuer_and_date_from_its_own_printing_line(tmp_path):
    """A 纪要 has no 署名 or 成文日期; the 版记's 印发 line says who issued it
    and when."""
    doc = read(_jiyao(tmp_path, [
        ("抄送：县委办公室，县人大常委会办公室。", None, 14),
        ("泽州县人民政府办公室　　　　　2025年10月13日印发", None, 14),
    ]))
    assert doc.doc_type == "纪要"
    assert doc.issuer == "泽州县人民政府办公室"
    assert doc.date == "2025-10-13"


def test_jiyao_without_printing_line_stays_without_date(tmp_path):
    doc = read(_jiyao(tmp_path, [("抄送：县委办公室，县人大常委会办公室。", None, 14)]))
    assert doc.date is None and doc.issuer is None
