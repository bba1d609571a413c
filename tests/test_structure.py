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
    from zgov_cli.structure import squash

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
