"""The read path: every document field right on the project's fixtures (in
all three formats), the shared samples, the county document and the corpus."""
from __future__ import annotations

import pytest

from helpers import (COUNTY_DOC, CORPUS, SAMPLES, built_docs, fixture_sources, parse_fixture, read,
                     strip_markers)

FIELDS = ("title", "doc_type", "report_kind", "issuer", "issuers", "doc_number", "signers",
          "recipients", "cc", "date", "note", "attachments", "is_draft", "copy_number", "secrecy",
          "urgency", "printer", "print_date", "direction", "attendance")

CASES = [(src, doc) for src in fixture_sources() for doc in built_docs(src)]


@pytest.mark.parametrize("src,path", CASES, ids=[d.name for _, d in CASES])
def test_fixture_fields(src, path):
    meta, _ = parse_fixture(src.read_text(encoding="utf-8"))
    card = read(path).card()
    wrong = {k: (card.get(k), meta[k]) for k in FIELDS if k in meta and card.get(k) != meta[k]}
    assert not wrong, f"{path.name}: (read, expected) {wrong}"


def _expected_body(meta: dict, body: str) -> list[str]:
    """The 正文 paragraphs a fixture names by its first and last ones
    (``body_first``/``body_last``: the starts of those paragraphs)."""
    import helpers

    parse_fixture("")  # loads the fixture builder
    lines = helpers._BUILD.plain_lines(helpers._BUILD.parse_body(body))
    first = next(i for i, t in enumerate(lines) if t.startswith(meta["body_first"]))
    last = next(i for i, t in enumerate(lines) if i >= first and t.startswith(meta["body_last"]))
    return lines[first:last + 1]


BODY_CASES = [(s, d) for s, d in CASES if "body_first" in parse_fixture(s.read_text(encoding="utf-8"))[0]]


@pytest.mark.parametrize("src,path", BODY_CASES, ids=[d.name for _, d in BODY_CASES])
def test_fixture_body_span_and_count(src, path):
    """The 正文 is exactly the paragraphs the fixture names (whatever the
    format's paragraphing), and counts.body is Word's count of them."""
    from zgov_cli.counting import count_words
    from zgov_cli.analysis.text import squash

    meta, body = parse_fixture(src.read_text(encoding="utf-8"))
    want = _expected_body(meta, body)
    d = read(path)
    got = [d.paragraphs[i].text for i in d.body_pos]
    assert squash("".join(got)) == squash("".join(want)), f"{path.name}: body read as {got}"
    want_count = sum(count_words(t) for t in want)
    assert abs(d.counts.body - want_count) <= 0.02 * want_count, (d.counts.body, want_count)


def test_every_fixture_is_built_in_its_formats():
    for src in fixture_sources():
        meta, _ = parse_fixture(src.read_text(encoding="utf-8"))
        formats = meta.get("formats") or ["txt", "docx", "pdf"]
        assert sorted(p.suffix[1:] for p in built_docs(src)) == sorted(formats), src.name


SAMPLE_FILES = sorted(SAMPLES.glob("s*.txt"))


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=[s.name for s in SAMPLE_FILES])
def test_shared_samples(sample, tmp_path):
    meta, body = parse_fixture(sample.read_text(encoding="utf-8"))
    f = tmp_path / sample.name
    f.write_text(strip_markers(body), encoding="utf-8")
    card = read(f).card()
    for k in FIELDS:
        if k in meta:
            assert card[k] == meta[k], (k, card[k], meta[k])


def test_county_document():
    d = read(COUNTY_DOC)
    c = d.card()
    assert c["title"] == "泽州县人民政府关于印发泽州县人民政府工作规则的通知"
    assert c["doc_type"] == "通知"
    assert c["issuer"] == "泽州县人民政府"
    assert c["doc_number"] == "泽政发〔2024〕32号"
    assert c["recipients"] == ["各乡镇人民政府", "县直各有关单位"]
    assert c["cc"] == ["县委", "人大常委会", "县政协", "县法院", "检察院"]
    assert c["date"] == "2024-12-06"
    assert c["note"] == "此件公开发布"
    assert c["printer"] == "泽州县人民政府办公室" and c["print_date"] == "2024-12-06"
    assert c["direction"] == "down"
    # the 正文 of the 通知 is its one paragraph; the rules it prints are attached text
    assert [d.paragraphs[i].text for i in d.body_pos] == [
        "《泽州县人民政府工作规则》已经县政府第55次常务会议同意。现印发给你们，请认真贯彻执行。"
    ]
    assert c["counts"]["body"] == 43
    roles = {p.role for p in d.paragraphs}
    assert "attachment_body" in roles


CORPUS_EXPECT = {
    "row001.txt": dict(doc_type="意见", doc_number="国发〔2019〕5号", issuer="国务院", date="2019-01-27",
                       title="国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见",
                       note="此件公开发布"),
    "row014.txt": dict(doc_type="批复", doc_number="国函〔2018〕159号", issuer="国务院", date="2018-12-25",
                       recipients=["河北省人民政府", "国家发展改革委"], note="此件公开发布"),
    "row020.txt": dict(doc_type="通知", doc_number="国办发〔1996〕2号", issuer="国务院办公厅", date="1996-02-05"),
    "row024.txt": dict(doc_type="函", doc_number="国办函〔2004〕36号", issuer="国务院办公厅", date="2004-04-27",
                       recipients=["黑龙江省人民政府", "教育部", "外交部", "财政部", "体育总局"],
                       title="国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函"),
    "row038.txt": dict(doc_type="通知", doc_number="国办发明电〔2018〕15号", issuer="国务院办公厅", date="2018-12-04"),
    "row049.txt": dict(doc_type="通报", doc_number="国办发〔2004〕7号", issuer="国务院办公厅", date="2004-01-16"),
    "row051.txt": dict(doc_type="通知", doc_number="国办发〔1997〕2号", issuer="国务院办公厅", date="1997-02-04"),
    "row052.txt": dict(doc_type="通知", doc_number="国办发〔1996〕32号", issuer="国务院办公厅", date="1996-07-17"),
}


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECT))
def test_corpus_web_layout(name):
    card = read(CORPUS / "govcn" / name).card()
    for k, v in CORPUS_EXPECT[name].items():
        assert card[k] == v, (k, card[k], v)
    assert card["recipients"], "主送机关 not found"


@pytest.mark.parametrize("ext", ["txt", "pdf"])
def test_corpus_joint_notice(ext):
    card = read(CORPUS / "govdoc-cn" / f"397.{ext}").card()
    assert card["doc_type"] == "通知"
    assert card["title"] == "关于加强个人所得税纳税信用建设的通知"
    assert card["doc_number"] == "发改办财金规〔2019〕860号"
    assert card["date"] == "2019-08-20"
    assert len(card["issuers"]) == 2 and card["issuers"][1] == "税务总局办公厅"
    assert len(card["recipients"]) == 3


def test_report_kind_and_override(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("泽州县统计局关于2025年上半年工作情况的报告\n泽州县人民政府：\n现将工作情况报告如下。\n特此报告。\n", encoding="utf-8")
    assert read(f).report_kind == "comprehensive"
    assert read(f, report_kind="special").report_kind == "special"
    assert read(f, doc_type="请示").doc_type == "请示"


def test_spaced_and_three_line_titles(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("泽州县人民政府办公室\n关于进一步规范\n公文办理工作的 通 知\n各乡镇人民政府：\n正文。\n", encoding="utf-8")
    d = read(f)
    assert d.title == "泽州县人民政府办公室关于进一步规范公文办理工作的通知"
    assert d.doc_type == "通知"
    assert d.recipients == ["各乡镇人民政府"]


def test_invalid_doc_type_recognised_as_title(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("南村镇关于申请修建村道的请示报告\n泽州县人民政府：\n正文。\n", encoding="utf-8")
    d = read(f)
    assert d.title == "南村镇关于申请修建村道的请示报告"
    assert d.doc_type is None and "请示报告" in d.doc_type_problem


def test_title_qualifier_keeps_doc_type(tmp_path):
    f = tmp_path / "q.txt"
    f.write_text("（代拟稿）\n泽州县人民政府关于加强基层治理的意见（试行）\n各乡镇人民政府：\n正文内容。\n", encoding="utf-8")
    d = read(f)
    assert d.title == "泽州县人民政府关于加强基层治理的意见（试行）"
    assert d.doc_type == "意见" and d.is_draft and not d.has_header


def test_recipients_line_with_wrong_ending_is_still_the_recipients(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("泽州县教育局关于申请追加经费的请示\n泽州县人民政府；\n正文内容。\n", encoding="utf-8")
    d = read(f)
    assert d.recipients == ["泽州县人民政府"] and d.recipients_line == "泽州县人民政府；"


# ---- GB/T 9704 shapes found by the blind evaluation --------------------------

def _doc(tmp_path, text, name="d.txt"):
    f = tmp_path / name
    f.write_text(text, encoding="utf-8")
    return read(f)


def _body(d):
    return [d.paragraphs[i].text.strip() for i in d.body_pos]


@pytest.mark.parametrize("number", ["第12次", "第十二期", "2025年第3期", "〔2025〕7号"])
def test_jiyao_head_number_and_office_date(tmp_path, number):
    """GB/T 9704 §10.3: the 期数 and the office + date under a 纪要's title
    are its head, the date its 成文日期; what follows is 正文."""
    d = _doc(tmp_path, f"县城市管理委员会主任办公会议纪要\n{number}\n泽州县城市管理局办公室　　　2025年3月20日\n"
                       "2025年3月18日，主任会议研究了城区停车管理工作。会议议定如下：\n"
                       "一、县城市管理局牵头制定停车收费方案。\n出席：赵建军　孙丽\n")
    assert d.doc_number == number and d.date == "2025-03-20"
    assert d.issuer == "泽州县城市管理局办公室"
    assert _body(d) == ["2025年3月18日，主任会议研究了城区停车管理工作。会议议定如下：", "一、县城市管理局牵头制定停车收费方案。"]
    assert not [p for p in d.paragraphs if p.role == "attachment_body"]


def test_jiyao_head_office_over_date(tmp_path):
    d = _doc(tmp_path, "泽州县人民政府专题会议纪要\n第4次\n泽州县人民政府办公室\n2025年8月6日\n"
                       "2025年8月1日，副县长主持召开专题会议，研究秋粮收购工作。\n会议要求，县粮食局做好收购准备。\n")
    assert d.doc_number == "第4次" and d.date == "2025-08-06" and d.issuer == "泽州县人民政府办公室"
    assert len(_body(d)) == 2


def test_jiyao_first_body_line_is_not_a_number(tmp_path):
    """Without a head, the 正文 starts right under the title."""
    d = _doc(tmp_path, "泽州县人民政府第9次常务会议纪要\n2025年5月6日，县长主持召开县政府第9次常务会议。\n"
                       "会议研究了春耕生产工作。\n泽州县人民政府办公室\n2025年5月8日\n")
    assert d.doc_number is None and d.date == "2025-05-08" and len(_body(d)) == 2


def test_cc_wrapped_onto_an_indented_line(tmp_path):
    d = _doc(tmp_path, "泽州县财政局关于做好2025年度部门决算工作的通知\n县直各预算单位：\n请按时报送决算。\n"
                       "泽州县财政局\n2025年1月6日\n抄送：县委办公室，县人大常委会办公室，县政府办公室，\n"
                       "　　　县政协办公室，县审计局。\n泽州县财政局办公室　　　2025年1月6日印发\n")
    assert d.cc == ["县委办公室", "县人大常委会办公室", "县政府办公室", "县政协办公室", "县审计局"]
    assert d.printer == "泽州县财政局办公室" and _body(d) == ["请按时报送决算。"]


def test_cc_broken_inside_a_name(tmp_path):
    d = _doc(tmp_path, "泽州县财政局关于做好2025年度部门决算工作的通知\n县直各预算单位：\n请按时报送决算。\n"
                       "泽州县财政局\n2025年1月6日\n抄送：县委办公室，县政\n协办公室。\n"
                       "泽州县财政局办公室　　　2025年1月6日印发\n")
    assert d.cc == ["县委办公室", "县政协办公室"]


def test_printer_on_its_own_line_is_not_a_cc_continuation(tmp_path):
    d = _doc(tmp_path, "泽州县财政局关于做好2025年度部门决算工作的通知\n县直各预算单位：\n请按时报送决算。\n"
                       "泽州县财政局\n2025年1月6日\n抄送：县审计局。\n泽州县财政局办公室\n2025年1月6日印发\n")
    assert d.cc == ["县审计局"] and d.printer == "泽州县财政局办公室"


def test_recipients_moved_to_the_banji(tmp_path):
    """GB/T 9704 7.3.2: too many 主送机关 go to the 版记, above 抄送."""
    d = _doc(tmp_path, "泽州县人民政府关于公布2025年县级行政许可事项清单的决定\n"
                       "为深化“放管服”改革，县政府决定公布2025年县级行政许可事项清单。\n"
                       "泽州县人民政府\n2025年2月8日\n主送：各乡镇人民政府，县直各单位。\n"
                       "抄送：县委办公室。\n泽州县人民政府办公室　　2025年2月8日印发\n")
    assert d.recipients == ["各乡镇人民政府", "县直各单位"] and d.cc == ["县委办公室"]
    assert len(_body(d)) == 1


def test_recipients_broken_inside_a_name(tmp_path):
    d = _doc(tmp_path, "泽州县人民政府办公室关于做好秋季森林防火工作的通知\n"
                       "县林业局，县应急管理局，县消防救援大队，县\n公安局，各乡镇人民政府：\n"
                       "秋季森林火险等级升高，现就有关事项通知如下：\n一、落实责任。\n")
    assert d.recipients == ["县林业局", "县应急管理局", "县消防救援大队", "县公安局", "各乡镇人民政府"]
    assert _body(d)[0].startswith("秋季森林火险")


def test_a_sentence_before_a_colon_line_is_not_a_wrapped_recipient(tmp_path):
    d = _doc(tmp_path, "泽州县人民政府办公室关于做好秋季森林防火工作的通知\n"
                       "为做好秋季森林防火工作，经县政府同意\n现将有关事项通知如下：\n一、落实责任。\n")
    assert d.recipients == [] and len(_body(d)) == 3


@pytest.mark.parametrize("line,want", [
    ("各市场监管所、局机关各股室：", ["各市场监管所", "局机关各股室"]),
    ("各科室、各中队：", ["各科室", "各中队"]),
    ("各有关企业：", ["各有关企业"]),
])
def test_recipients_with_unit_suffixes(tmp_path, line, want):
    d = _doc(tmp_path, f"泽州县市场监督管理局关于开展节日市场检查的通知\n{line}\n现将有关事项通知如下：\n一、检查范围。\n")
    assert d.recipients == want


@pytest.mark.parametrize("sep", ["★", "☆", "—————", "━━━━━━"])
def test_symbol_line_between_head_and_title(tmp_path, sep):
    d = _doc(tmp_path, f"泽州县教育局文件\n泽教发〔2025〕5号\n{sep}\n泽州县教育局关于做好开学准备工作的通知\n"
                       "各中小学校：\n请做好开学准备。\n泽州县教育局\n2025年8月20日\n")
    assert d.title == "泽州县教育局关于做好开学准备工作的通知"
    assert d.doc_number == "泽教发〔2025〕5号" and d.issuers == ["泽州县教育局"]


def test_signers_wrapped_onto_a_second_line(tmp_path):
    """GB/T 9704 7.2.5: several 签发人 wrap, two names a line; a
    two-character name is spaced out (``王　磊``)."""
    d = _doc(tmp_path, "泽州县交通运输局　泽州县公安局文件\n泽交发〔2025〕9号　　　签发人：李建国　张　敏\n"
                       "　　　　　　　　　　　　　　　　　王　磊\n"
                       "泽州县交通运输局　泽州县公安局关于开展道路运输安全整治的请示\n泽州县人民政府：\n"
                       "拟开展道路运输安全整治。\n妥否，请批示。\n泽州县交通运输局　　泽州县公安局\n2025年3月3日\n")
    assert d.signers == ["李建国", "张敏", "王磊"]
    assert d.title == "泽州县交通运输局泽州县公安局关于开展道路运输安全整治的请示"
    assert d.doc_number == "泽交发〔2025〕9号"


def test_doc_number_on_the_last_signer_line(tmp_path):
    d = _doc(tmp_path, "泽州县交通运输局　泽州县公安局文件\n　　　　　　　　　　　签发人：李建国　张　敏\n"
                       "泽交发〔2025〕9号　　　　　王　磊\n"
                       "泽州县交通运输局　泽州县公安局关于开展道路运输安全整治的请示\n泽州县人民政府：\n"
                       "拟开展道路运输安全整治。\n妥否，请批示。\n泽州县交通运输局　　泽州县公安局\n2025年3月3日\n")
    assert d.signers == ["李建国", "张敏", "王磊"] and d.doc_number == "泽交发〔2025〕9号"
    assert d.title.startswith("泽州县交通运输局泽州县公安局关于")


@pytest.mark.parametrize("blank", ["2025年　月　日", "年　月　日", "2025年×月×日"])
def test_blank_date_of_a_draft_is_the_date_position(tmp_path, blank):
    d = _doc(tmp_path, "（代拟稿）\n泽州县人民政府关于恳请支持农村供水工程建设的请示\n晋城市人民政府：\n"
                       "恳请市政府给予资金支持。\n妥否，请批示。\n泽州县人民政府\n" f"{blank}\n（联系人：周强，电话：0356-3020000）\n")
    assert d.date is None and d.date_text == blank
    assert _body(d) == ["恳请市政府给予资金支持。", "妥否，请批示。"]
    assert d.signature == ["泽州县人民政府"] and d.note == "联系人：周强，电话：0356-3020000"


@pytest.mark.parametrize("sig", ["县长　张国栋", "县长：张国栋", "主任　王　磊"])
def test_leader_title_and_name_signature(tmp_path, sig):
    d = _doc(tmp_path, "泽州县人民政府关于提请审议县级决算的议案\n泽州县人民代表大会常务委员会：\n"
                       f"现将县级决算提请审议。\n{sig}\n2025年7月1日\n")
    assert _body(d) == ["现将县级决算提请审议。"]
    assert d.issuer == "泽州县人民政府"


def test_malformed_date_still_ends_the_body(tmp_path):
    """A 成文日期 with a two-digit year is left for ZG302, but the 署名 above
    it is read, not taken for the attachment list."""
    d = _doc(tmp_path, "泽州县科学技术局关于征集科技成果的通知\n各有关企业：\n请于8月底前报送成果。\n"
                       "附件：科技成果登记表\n泽州县科学技术局\n25年7月18日\n")
    assert d.attachments == ["科技成果登记表"] and d.signature == ["泽州县科学技术局"]
    assert _body(d) == ["请于8月底前报送成果。"] and d.date is None


@pytest.mark.parametrize("closing", ["当否，请审定。", "妥否，请批示。", "特此报告。"])
def test_closing_after_the_attachment_note_is_the_bodys_own(tmp_path, closing):
    """A closing formula placed after the 附件说明 is the 正文's own words out
    of place, not the wrapped end of an attachment's name."""
    d = _doc(tmp_path, "泽州县发展和改革局关于年度投资计划编制情况的报告\n泽州县人民政府：\n"
                       "现将计划草案编制情况报告如下。\n附件：年度政府投资项目计划草案\n"
                       f"{closing}\n泽州县发展和改革局\n2029年12月26日\n")
    assert d.attachments == ["年度政府投资项目计划草案"] and d.signature == ["泽州县发展和改革局"]
    assert closing in _body(d)


def test_a_wrapped_attachment_name_still_continues(tmp_path):
    d = _doc(tmp_path, "泽州县科学技术局关于征集科技成果的通知\n各有关企业：\n请于8月底前报送成果。\n"
                       "附件：1．泽州县2029年度科技成果登记表及填报说明（企业\n类）\n2．科技成果汇总表\n"
                       "泽州县科学技术局\n2029年7月18日\n")
    assert d.attachments == ["泽州县2029年度科技成果登记表及填报说明（企业类）", "科技成果汇总表"]


@pytest.mark.parametrize("line,want", [
    ("县直各学校、各幼儿园：", ["县直各学校", "各幼儿园"]),  # one piece's suffix unknown
    ("各省、自治区、直辖市人民政府：", ["各省、自治区、直辖市人民政府"]),  # a shared suffix
    ("县委组织部、县人力资源和社会保障局：", ["县委组织部", "县人力资源和社会保障局"]),
])
def test_recipients_split_on_enumeration_comma(tmp_path, line, want):
    d = _doc(tmp_path, f"泽州县教育局关于做好秋季开学工作的通知\n{line}\n请做好秋季开学各项准备工作。\n")
    assert d.recipients == want


@pytest.mark.parametrize("line", ["为加强组织领导，成立工作专班：", "根据工作需要，县委决定："])
def test_a_clause_ending_in_a_colon_is_not_the_recipients(tmp_path, line):
    d = _doc(tmp_path, f"泽州县人民政府关于调整防汛指挥部组成人员的决定\n{line}\n总指挥：张国栋\n")
    assert d.recipients == [] and d.paragraphs[d.body_pos[0]].text == line


def test_order_number_and_leader_signature(tmp_path):
    """GB/T 9704 §10.2 命令格式: 令号 under the 发文机关标志, 职务 + 签名."""
    d = _doc(tmp_path, "泽州县人民政府令\n第3号\n《泽州县城市供水管理办法》已经县政府常务会议通过，现予公布。\n"
                       "县长　张国栋\n2025年6月20日\n")
    assert d.doc_type == "命令" and d.doc_number == "第3号" and d.issuer == "泽州县人民政府"
    assert _body(d) == ["《泽州县城市供水管理办法》已经县政府常务会议通过，现予公布。"]


def test_signature_org_over_leader_and_cc_over_three_lines(tmp_path):
    d = _doc(tmp_path, "泽州县人民政府关于提请审议县级决算的议案\n泽州县人民代表大会常务委员会：\n现将县级决算提请审议。\n"
                       "泽州县人民政府\n县长　张国栋\n2025年7月1日\n抄送：县政协办公室，县纪委监委，县法院，\n"
                       "　　　县检察院，\n　　　县人武部。\n泽州县人民政府办公室　　2025年7月1日印发\n")
    assert _body(d) == ["现将县级决算提请审议。"] and d.issuer == "泽州县人民政府"
    assert d.cc == ["县政协办公室", "县纪委监委", "县法院", "县检察院", "县人武部"]
    assert d.printer == "泽州县人民政府办公室"


def test_spaced_title_is_not_a_wrapped_signer(tmp_path):
    d = _doc(tmp_path, "泽州县教育局文件\n泽教字〔2025〕3号　　签发人：李明\n通　　知\n各学校：\n请做好工作。\n"
                       "泽州县教育局\n2025年3月1日\n")
    assert d.title == "通知" and d.signers == ["李明"]


def test_joint_party_government_issuers_and_half_blank_date(tmp_path):
    f = tmp_path / "j.txt"
    f.write_text("代拟稿\n中共泽州县委 泽州县人民政府关于2025年度乡村振兴实绩考核自评情况的报告\n"
                 "中共晋城市委、晋城市人民政府：\n现将我县自评情况报告如下。\n特此报告。\n"
                 "中共泽州县委　　　泽州县人民政府\n2026年1月　日\n", encoding="utf-8")
    d = read(f)
    assert d.issuers == ["中共泽州县委", "泽州县人民政府"]
    assert d.date is None and d.date_text == "2026年1月　日"
    assert [d.paragraphs[i].text for i in d.body_pos] == ["现将我县自评情况报告如下。", "特此报告。"]


def test_jiyao_mark_head_and_subject_title(tmp_path):
    f = tmp_path / "m.txt"
    f.write_text("泽州县人民政府县长办公会议纪要\n〔2025〕12号\n泽州县人民政府办公室　　　　2025年9月11日\n"
                 "关于研究城区集中供热有关事项的会议纪要\n2025年9月5日，县长主持召开县长办公会议。纪要如下：\n"
                 "一、会议要求做好供热准备工作。\n", encoding="utf-8")
    d = read(f)
    assert d.title == "关于研究城区集中供热有关事项的会议纪要" and d.doc_type == "纪要"
    assert d.issuer_mark == "泽州县人民政府县长办公会议纪要" and d.has_header
    assert d.doc_number == "〔2025〕12号" and d.date == "2025-09-11"
    assert d.paragraphs[d.body_pos[0]].text.startswith("2025年9月5日")


# ---- round 3 blind evaluation: titles ending in ！？；, leaders as 主送 ------

@pytest.mark.parametrize("end", ["！", "？", "；", "，", "。"])
def test_title_with_trailing_punctuation_is_still_the_title(tmp_path, end):
    d = _doc(tmp_path, "泽州县人民政府办公室文件\n泽政办发〔2025〕67号\n"
                       f"泽州县人民政府办公室关于开展燃气安全排查的紧急通知{end}\n"
                       "各乡镇人民政府，县直各有关单位：\n各单位要立即开展排查！对隐患立即整改。\n"
                       "泽州县人民政府办公室\n2025年11月20日\n")
    assert d.title == f"泽州县人民政府办公室关于开展燃气安全排查的紧急通知{end}"
    assert d.doc_type == "通知" and d.doc_number == "泽政办发〔2025〕67号"
    assert d.recipients == ["各乡镇人民政府", "县直各有关单位"]


def test_body_sentence_with_doc_type_word_is_not_a_title(tmp_path):
    d = _doc(tmp_path, "泽州县教育局关于申请维修资金的请示\n泽州县人民政府：\n"
                       "我县校舍老化。现将有关情况报告如下。\n泽州县教育局\n2025年3月5日\n")
    assert d.title == "泽州县教育局关于申请维修资金的请示"


@pytest.mark.parametrize("line, expected", [
    ("尊敬的李副县长：", ["尊敬的李副县长"]),
    ("县长、常务副县长：", ["县长", "常务副县长"]),
    ("王县长并县政府：", ["王县长", "县政府"]),
])
def test_leaders_as_recipients(tmp_path, line, expected):
    from zgov_cli.analysis import orgs
    d = _doc(tmp_path, f"泽州县财政局关于财政收支情况的报告\n{line}\n1至11月，全县财政收入稳步增长。\n"
                       "泽州县财政局\n2025年12月8日\n")
    assert d.recipients == expected
    assert orgs.classify(expected[0]) == orgs.LEADER


def test_bing_inside_a_name_does_not_split(tmp_path):
    from zgov_cli.analysis.orgs import split_orgs
    assert split_orgs("县合并办公室") == ["县合并办公室"]
    assert split_orgs("各乡镇人民政府，县直各有关单位") == ["各乡镇人民政府", "县直各有关单位"]


@pytest.mark.parametrize("issuer", ["绩溪县档案馆", "泽州县实验幼儿园", "泽州县第一中学", "晋城市广播电视台",
                                    "泽州县国有林场"])
def test_issuer_institutions_of_every_kind(tmp_path, issuer):
    """A 馆、园、中学、台、场 writes too: its name before 关于 and under the
    body is the issuer, as a 局's is."""
    f = tmp_path / "q.txt"
    f.write_text(f"{issuer}关于维修办公用房的请示\n泽州县人民政府：\n我单位办公用房屋顶漏雨，恳请县政府安排维修资金10万元。\n"
                 f"妥否，请批示。\n{issuer}\n2026年5月6日\n（联系人：王强，电话：0356-3021234）\n", encoding="utf-8")
    d = read(f)
    assert d.issuer == issuer
