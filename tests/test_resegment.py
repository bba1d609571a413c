"""Flattened text (every line break lost, as a web copy gives) is cut back
into the lines of a 公文 before structure; a document whose 文种 cannot be
read gets ZG001 and is never reported as "未发现问题"."""
from __future__ import annotations

import io
import json
import tomllib

import pytest
from rich.console import Console

from helpers import CORPUS, ROOT

from zgov_cli.config import Config
from zgov_cli.engine import CheckOptions, check_path, run_rules
from zgov_cli.model import Paragraph, RawDocument
from zgov_cli.readers import read_document
from zgov_cli.report.text import render_file
from zgov_cli import structure
from zgov_cli.resegment import segment_text
from zgov_cli.structure import build

TRUTH = tomllib.loads((ROOT / "eval" / "corpus" / "truth.toml").read_text(encoding="utf-8"))["doc"]
TEXT_TRUTH = [e for e in TRUTH if e["path"].endswith(".txt")]


def flat(text: str) -> RawDocument:
    return RawDocument(path="flat.txt", format="txt", paragraphs=[Paragraph(text=text, index=1)])


def doc_of(text: str):
    return build(flat(text))


def codes_of(doc) -> set[str]:
    found, _, problems = run_rules(doc, Config(), CheckOptions())
    assert not problems
    return {f.code for f in found}


HEADED = (
    "泽州县人民政府办公室文件泽政办发〔2025〕12号关于做好2025年秋季森林防火工作的通知"
    "各乡镇人民政府，县直各有关单位：为做好今年秋季森林防火工作，现将有关事项通知如下。"
    "一、落实责任。各乡镇要把防火责任落实到村、到山头地块。二、加强巡查。重点时段加密巡山频次。"
    "附件：1.森林防火责任表2.秋季值班安排表泽州县人民政府办公室2025年9月1日（此件公开发布）"
    "抄送：县委办公室，县人大常委会办公室。泽州县人民政府办公室2025年9月1日印发"
)


def test_flattened_headed_notice_is_read_part_by_part():
    d = doc_of(HEADED)
    assert d.layout_recovered
    assert d.title == "关于做好2025年秋季森林防火工作的通知"
    assert d.doc_type == "通知"
    assert d.doc_number == "泽政办发〔2025〕12号"
    assert d.issuer == "泽州县人民政府办公室"
    assert d.recipients == ["各乡镇人民政府", "县直各有关单位"]
    assert d.attachments == ["森林防火责任表", "秋季值班安排表"]
    assert d.date == "2025-09-01"
    assert d.note == "此件公开发布"
    assert d.cc == ["县委办公室", "县人大常委会办公室"]
    assert d.print_date == "2025-09-01"
    # the numbered headings start paragraphs of the 正文
    body = [d.paragraphs[i].text for i in d.body_pos]
    assert body[0].startswith("为做好") and body[1].startswith("一、") and body[2].startswith("二、")


def test_web_layout_title_then_number_then_recipients():
    lines = segment_text(
        "国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知国办发〔2019〕2号"
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：《国家组织药品集中采购和使用试点方案》"
        "已经国务院同意，现印发给你们，请认真贯彻执行。国务院办公厅2019年1月1日（此件公开发布）"
        "国家组织药品集中采购和使用试点方案为深化医药卫生体制改革，制定本方案。",
        structure,
    )
    # the number's 代字 never swallows the end of the title (…方案的通知国办发)
    assert lines[:3] == [
        "国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知",
        "国办发〔2019〕2号",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    ]
    i = lines.index("2019年1月1日")
    assert lines[i - 1] == "国务院办公厅" and lines[i + 1] == "（此件公开发布）"
    assert lines[-1].startswith("国家组织药品集中采购和使用试点方案")  # attached text after the date


def test_a_date_inside_the_text_is_not_the_date_of_the_document():
    d = doc_of(
        "泽州县人民政府办公室关于2026年元旦放假安排的通知各乡镇人民政府，县直各单位："
        "现将元旦放假安排通知如下。1月1日至3日放假调休，共3天。2025年12月28日（星期日）上班。"
        "节假日期间，各单位要妥善安排值班。泽州县人民政府办公室2025年12月10日"
    )
    assert d.date == "2025-12-10"
    assert d.issuer == "泽州县人民政府办公室"


def test_joint_issuers_run_together_in_the_signature():
    d = doc_of(
        "关于加强个人所得税纳税信用建设的通知各省、自治区、直辖市发展改革委，各省、自治区、直辖市税务局："
        "为推进个人所得税纳税信用建设，现就有关事项通知如下。一、总体要求。要依法推进。"
        "国家发展改革委办公厅税务总局办公厅2019年8月20日"
    )
    assert d.issuers == ["国家发展改革委办公厅", "税务总局办公厅"]
    assert d.date == "2019-08-20"


def test_reply_titled_answer_under_a_letter_number_is_a_han():
    d = doc_of(
        "国务院办公厅对十届全国人大四次会议第2996号建议的答复国办函〔2006〕70号石英代表："
        "你提出的关于加强农村饮水安全的建议收悉，现答复如下。有关部门已作研究。感谢你对政府工作的关心。"
        "国务院办公厅二〇〇六年九月七日"
    )
    assert d.title == "国务院办公厅对十届全国人大四次会议第2996号建议的答复"
    assert d.doc_type == "函"
    assert d.doc_number == "国办函〔2006〕70号"
    assert d.date == "2006-09-07"


def test_prose_without_a_head_is_not_cut_and_gets_zg001():
    text = ("今年以来，我县持续推进城乡环境整治，2025年3月10日召开动员会议，部署了春季攻坚行动。"
            "各乡镇积极行动，清理垃圾、整治乱堆乱放，群众满意度明显提升。下一步将巩固成果，建立长效机制。")
    d = doc_of(text)
    assert not d.layout_recovered
    assert d.doc_type is None
    assert "ZG001" in codes_of(d)


def test_a_document_read_normally_is_not_marked_recovered():
    d = doc_of("@title 泽州县财政局关于报送预算执行情况的通知")  # one line, but a title
    assert not d.layout_recovered
    assert d.doc_type == "通知"


def _flattened(path) -> RawDocument:
    raw = read_document(str(path), Config().read)
    paras = raw.paragraphs
    for i, p in enumerate(paras[:12]):  # the dataset's crawl header (标题: … ---)
        if p.text.strip() == "---":
            paras = paras[i + 1:]
            break
    return flat("".join(p.text.strip() for p in paras))


def test_flattened_corpus_title_and_doc_type_read_for_nine_in_ten():
    right = 0
    for e in TEXT_TRUTH:
        d = build(_flattened(CORPUS / e["path"]))
        titles = e["title"] if isinstance(e["title"], list) else [e["title"]]
        right += d.title in titles and d.doc_type == e["doc_type"]
    assert right >= 0.9 * len(TEXT_TRUTH), f"{right}/{len(TEXT_TRUTH)}"


@pytest.mark.parametrize("entry", TEXT_TRUTH[::7], ids=lambda e: e["path"].split("/")[-1][:20])
def test_flattened_corpus_document_never_silent(entry):
    """Every flattened real document is either understood or says it was not."""
    d = build(_flattened(CORPUS / entry["path"]))
    codes = codes_of(d)
    assert d.doc_type or "ZG001" in codes


def _render(result) -> str:
    buf = io.StringIO()
    render_file(Console(file=buf, width=200, color_system=None), result, show_card=False)
    return buf.getvalue()


def test_text_report_never_says_no_problem_for_an_unread_document(tmp_path):
    p = tmp_path / "note.txt"
    p.write_text("各位同事：\n请于本周五前把本季度安全生产检查表交到办公室。\n", encoding="utf-8")
    r = check_path(str(p), Config(), CheckOptions()).as_dict()
    assert [f["code"] for f in r["findings"]] == ["ZG001"]
    assert "未发现问题" not in _render(r)
    # even with ZG001 switched off, the file is not called compliant
    r2 = check_path(str(p), Config(), CheckOptions(ignore=["ZG001"])).as_dict()
    assert r2["findings"] == []
    out = _render(r2)
    assert "未发现问题" not in out and "未能识别公文结构" in out


def test_json_says_the_layout_was_recovered(tmp_path):
    p = tmp_path / "flat.txt"
    p.write_text(HEADED, encoding="utf-8")
    r = check_path(str(p), Config(), CheckOptions()).as_dict()
    card = json.loads(json.dumps(r))["document"]
    assert card["layout_recovered"] is True and card["doc_type"] == "通知"
    q = tmp_path / "lines.txt"
    q.write_text("泽州县财政局关于报送预算执行情况的通知\n县教育局：\n请报送。\n泽州县财政局\n2025年6月3日\n",
                 encoding="utf-8")
    assert check_path(str(q), Config(), CheckOptions()).as_dict()["document"]["layout_recovered"] is False


# Flattened shapes of real layouts: (text, expected fields of the card)
SHAPES = [
    ("000123机密★1年特急泽州县人民政府文件泽政发〔2025〕3号泽州县人民政府关于调整城区供热价格的通知"
     "各乡镇人民政府，县直各单位：经县政府研究，现将有关事项通知如下。一、调整标准。居民供热价格每平方米24元。"
     "泽州县人民政府2025年10月20日（此件公开发布）",
     {"copy_number": "000123", "secrecy": "机密★1年", "urgency": "特急", "doc_number": "泽政发〔2025〕3号",
      "title": "泽州县人民政府关于调整城区供热价格的通知", "date": "2025-10-20"}),
    ("泽州县教育局文件泽教报〔2025〕8号签发人：王明关于申请追加学生营养餐补助资金的请示泽州县人民政府："
     "我县营养改善计划资金缺口120万元，恳请县政府追加补助资金120万元。妥否，请批示。"
     "泽州县教育局2025年9月3日（联系人：李华，电话：3021234）",
     {"signers": ["王明"], "title": "关于申请追加学生营养餐补助资金的请示", "doc_type": "请示",
      "recipients": ["泽州县人民政府"], "issuer": "泽州县教育局", "note": "联系人：李华，电话：3021234"}),
    ("泽州县人民政府常务会议纪要第12期泽州县人民政府办公室2025年6月20日关于研究城区集中供热价格调整有关事项的会议纪要"
     "2025年6月18日，县长王明主持召开县政府常务会议，研究城区集中供热价格调整有关事项。现纪要如下：一、会议同意调价方案。",
     {"title": "关于研究城区集中供热价格调整有关事项的会议纪要", "doc_type": "纪要", "doc_number": "第12期",
      "date": "2025-06-20"}),
    ("泽州县人民政府关于禁止在城区燃放烟花爆竹的通告为保障公共安全，根据《烟花爆竹安全管理条例》，现就有关事项通告如下："
     "一、本县城区全年禁止燃放烟花爆竹。特此通告。泽州县人民政府2025年12月1日",
     {"title": "泽州县人民政府关于禁止在城区燃放烟花爆竹的通告", "doc_type": "通告", "date": "2025-12-01",
      "recipients": []}),
    ("签报名称：关于申请购置防汛物资的请示填报日期：2025年5月6日公司领导：为做好今年防汛工作，我部拟购置防汛物资一批，"
     "需资金20万元，恳请公司批准。妥否，请批示。安全生产部2025年5月6日",
     {"title": "关于申请购置防汛物资的请示", "recipients": ["公司领导"], "issuer": "安全生产部"}),
    ("泽州县人民政府办公室 关于印发泽州县2025年春季植树造林工作方案的通知 泽政办发〔2025〕10号 各乡镇人民政府，县直各有关单位："
     " 《泽州县2025年春季植树造林工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。 泽州县人民政府办公室 2025年3月6日"
     " （此件公开发布） 泽州县2025年春季植树造林工作方案 为推进国土绿化，结合我县实际，制定本方案。",
     {"title": "泽州县人民政府办公室关于印发泽州县2025年春季植树造林工作方案的通知", "date": "2025-03-06",
      "note": "此件公开发布", "recipients": ["各乡镇人民政府", "县直各有关单位"]}),
]


SHAPES.append((
    "索引号：000014349/2019-00003主题分类：商贸、海关发文机关：国务院成文日期：2019年01月12日"
    "标题：国务院关于促进综合保税区高水平开放高质量发展的若干意见发文字号：国发〔2019〕3号发布日期：2019年01月25日"
    "国务院关于促进综合保税区高水平开放高质量发展的若干意见国发〔2019〕3号各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    "综合保税区是开放型经济的重要平台。现提出以下意见。一、指导思想。以新发展理念为指导。国务院2019年1月12日（此件公开发布）",
    {"title": "国务院关于促进综合保税区高水平开放高质量发展的若干意见", "doc_number": "国发〔2019〕3号",
     "recipients": ["各省、自治区、直辖市人民政府", "国务院各部委", "各直属机构"], "date": "2019-01-12"},
))


SHAPES.append((
    "当前位置：首页>政府信息公开>政策文件泽州县人民政府办公室关于做好2025年秋季森林防火工作的通知"
    "各乡镇人民政府，县直各有关单位：为做好今年秋季森林防火工作，现将有关事项通知如下。一、落实责任。"
    "泽州县人民政府办公室2025年9月1日",
    {"title": "泽州县人民政府办公室关于做好2025年秋季森林防火工作的通知", "date": "2025-09-01",
     "recipients": ["各乡镇人民政府", "县直各有关单位"]},
))


@pytest.mark.parametrize("text,want", SHAPES,
                         ids=["header-marks", "signer", "jiyao-head", "tonggao", "form", "spaced", "web-table",
                              "breadcrumb"])
def test_flattened_shapes(text, want):
    d = doc_of(text)
    card = d.card()
    assert d.layout_recovered
    assert {k: card[k] for k in want} == want


def test_project_fixtures_flattened_keep_title_and_doc_type():
    """Every layout the project's fixtures show (版头 with 签发人, joint
    issuers, 代拟稿 marks, 纪要 heads, 公告 without 主送 …), flattened to one
    paragraph, still reads its title and 文种 for nine in ten."""
    from helpers import fixture_sources, parse_fixture
    import helpers

    from zgov_cli.analysis.text import squash

    right = total = 0
    wrong = []
    for src in fixture_sources():
        meta, body = parse_fixture(src.read_text(encoding="utf-8"))
        if not meta.get("title") or not meta.get("doc_type"):
            continue
        lines = helpers._BUILD.plain_lines(helpers._BUILD.parse_body(body))
        d = doc_of("".join(x.strip() for x in lines))
        total += 1
        ok = squash(d.title or "") == squash(meta["title"]) and d.doc_type == meta["doc_type"]
        right += ok
        if not ok:
            wrong.append((src.stem, d.title))
    assert total >= 40
    assert right >= 0.9 * total, wrong
