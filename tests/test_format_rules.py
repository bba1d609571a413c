"""ZG301–ZG309 (格式): each rule fires on its slips with the right fix and
stays silent on correct and real documents."""
from __future__ import annotations

import pytest

from helpers import COUNTY_DOC, CORPUS, SAMPLES, check, parse_fixture, strip_markers
from zgov_cli.config import Config
from zgov_cli.examples import run_example
from zgov_cli.rules.base import Example
from zgov_cli.rules.registry import all_rules

ZG3 = Config(select=["ZG3"])


def findings(text: str, **options):
    _, fs = run_example(Example(text, options), ZG3)
    return fs


def codes(text: str) -> set[str]:
    return {f.code for f in findings(text)}


def only(text: str, code: str):
    fs = findings(text)
    assert {f.code for f in fs} == {code}, [(f.code, f.message) for f in fs]
    return [f for f in fs if f.code == code]


# A clean 请示 with every element: 版头 with 签发人, 主送, four heading levels,
# two attachments, 署名, 成文日期, 附注. Each case below changes one thing.
BASE = """@center 泽州县教育局文件
@center 泽教发〔2025〕12号　　　　签发人：王建国
@title 泽州县教育局关于申请校舍维修资金的请示
泽州县人民政府：
我县部分农村学校校舍老化，存在安全隐患。恳请县政府安排维修资金200万元。
一、基本情况
（一）校舍现状。全县有12所学校校舍需维修。
1.屋面漏雨。共5所学校。
（1）北村小学。屋面大面积漏雨。
二、资金需求
妥否，请批示。
附件：1.校舍维修项目清单
2.资金测算表
@right 泽州县教育局
@right 2025年3月5日
（联系人：李明，电话：0356-3022145）"""


def test_base_document_is_clean():
    assert codes(BASE) == set()


# ---------------------------------------------------------------- examples

ZG3_RULES = [r for c, r in all_rules().items() if c.startswith("ZG3")]


def test_all_nine_rules_registered_with_metadata():
    assert [r.code for r in ZG3_RULES] == [f"ZG30{i}" for i in range(1, 10)]
    from zgov_cli.profiles import load_profile

    for name in ("zezhou", "national"):
        profile = load_profile(name)
        for r in ZG3_RULES:
            assert r.bad and r.good and r.explanation and r.triggers and r.non_triggers and r.fix_hint
            assert profile.enabled(r.code) and profile.article_keys(r.code) and profile.source(r.code)
            assert all(k in profile.articles for k in profile.article_keys(r.code)), r.code


@pytest.mark.parametrize("rule", ZG3_RULES, ids=[r.code for r in ZG3_RULES])
def test_examples(rule):
    for ex in rule.bad:
        _, fs = run_example(ex, ZG3)
        assert rule.code in {f.code for f in fs}, (rule.code, ex.note)
    for ex in rule.good:
        _, fs = run_example(ex, ZG3)
        assert rule.code not in {f.code for f in fs}, (rule.code, ex.note, [f.message for f in fs])


def test_zg305_says_where_the_practice_comes_from():
    r = all_rules()["ZG305"]
    assert "国家行政机关公文处理办法" in r.explanation and "GB/T 9704-2012" in r.explanation
    f = only(BASE.replace("\n（联系人：李明，电话：0356-3022145）", ""), "ZG305")[0]
    assert "国家行政机关公文处理办法" in f.message


# ---------------------------------------------------------------- ZG301

@pytest.mark.parametrize(
    "written,fixed",
    [
        ("泽教发【2025】12号", "泽教发〔2025〕12号"),
        ("泽教发[2025]12号", "泽教发〔2025〕12号"),
        ("泽教发(2025)12号", "泽教发〔2025〕12号"),
        ("泽教发（2025）12号", "泽教发〔2025〕12号"),
        ("泽教发〔2025〕012号", "泽教发〔2025〕12号"),
        ("泽教发〔2025〕第12号", "泽教发〔2025〕12号"),
        ("泽教发〔25〕12号", "泽教发〔2025〕12号"),  # year from the 成文日期
        ("泽教发〔2025〕12", "泽教发〔2025〕12号"),
        ("泽教发2025第12号", "泽教发〔2025〕12号"),
    ],
)
def test_zg301_malformed_numbers(written, fixed):
    f = only(BASE.replace("泽教发〔2025〕12号", written), "ZG301")[0]
    assert f.evidence == written
    assert f.fix == fixed
    assert f"应为“{fixed}”" in f.message
    assert f.location["paragraph"] == 2


@pytest.mark.parametrize("number", ["国办发明电〔2018〕15号", "国函〔2018〕159号", "发改办财金规〔2019〕860号", "泽政办函〔2025〕3号"])
def test_zg301_valid_forms(number):
    assert "ZG301" not in codes(BASE.replace("泽教发〔2025〕12号", number))


def test_zg301_two_digit_year_without_hint_has_no_fix():
    text = BASE.replace("泽教发〔2025〕12号", "泽教发〔23〕12号")  # dated 2025: not certain
    f = only(text, "ZG301")[0]
    assert f.fix is None and "4位" in f.message


# ---------------------------------------------------------------- ZG302

@pytest.mark.parametrize(
    "written,fixed",
    [
        ("二〇二五年三月五日", "2025年3月5日"),
        ("2025年03月05日", "2025年3月5日"),
        ("2025年3月05日", "2025年3月5日"),
        ("２０２５年３月５日", "2025年3月5日"),
        ("2025.3.5", "2025年3月5日"),
        ("2025-03-05", "2025年3月5日"),
        ("25年3月5日", None),
    ],
)
def test_zg302_malformed_dates(written, fixed):
    f = only(BASE.replace("2025年3月5日", written), "ZG302")[0]
    assert f.severity == "error"
    assert f.evidence == written
    assert f.fix == fixed


def test_zg302_missing_date_on_finished_document_is_a_warning():
    f = only(BASE.replace("@right 2025年3月5日\n", ""), "ZG302")[0]
    assert f.severity == "warning"


def test_zg302_bare_draft_without_date_is_not_blamed():
    text = "@title 泽州县教育局关于开展校园安全检查的通知\n各中小学校：\n现就有关事项通知如下。\n一、检查时间\n3月中旬。"
    assert codes(text) == set()


def test_zg302_old_documents_used_chinese_numerals():
    text = (
        "@title 国务院办公厅关于同意举办运动会的复函\n国办函〔2004〕36号\n黑龙江省人民政府：\n"
        "同意举办。\n国务院办公厅\n二〇〇四年四月二十七日"
    )
    assert "ZG302" not in codes(text)


def test_zg302_daini_draft_without_date_is_not_blamed():
    text = (
        "@center （代拟稿）\n@title 泽州县人民政府关于2025年安全生产工作情况的报告\n晋城市人民政府：\n"
        "现将有关情况报告如下。\n特此报告。\n@right 泽州县人民政府"
    )
    assert codes(text) == set()


# ---------------------------------------------------------------- ZG303

@pytest.mark.parametrize(
    "title,word",
    [
        ("泽州县教育局关于申请校舍维修资金的请示报告", "请示报告"),
        ("泽州县教育局关于申请校舍维修资金的报告请示", "报告请示"),
        ("泽州县教育局关于校舍维修资金的申请", "申请"),
        ("泽州县教育局关于校舍维修情况的汇报", "汇报"),
    ],
)
def test_zg303_invalid_doc_types(title, word):
    f = only(BASE.replace("泽州县教育局关于申请校舍维修资金的请示", title), "ZG303")[0]
    assert f.severity == "error" and f.evidence == title and f"“{word}”" in f.message


def test_zg303_title_without_guanyu_is_a_warning():
    f = only(BASE.replace("泽州县教育局关于申请校舍维修资金的请示", "泽州县教育局申请校舍维修资金的请示"), "ZG303")[0]
    assert f.severity == "warning" and "关于" in f.message


@pytest.mark.parametrize(
    "title",
    [
        "泽州县人民政府第5次常务会议纪要",
        "泽州县人民政府通告",
        "泽州县人民政府公告",
        "泽州县人民政府办公室印发《泽州县防汛应急预案（2025年修订）》的通知",
        "国务院办公厅转发国家地震局关于加强防震减灾工作意见报告的通知",
        "泽州县人民政府关于加强基层治理的意见（试行）",
    ],
)
def test_zg303_regular_titles(title):
    text = f"@title {title}\n各乡镇人民政府：\n现将有关事项通知如下。\n@right 泽州县人民政府\n@right 2025年3月1日"
    assert "ZG303" not in codes(text)


def test_zg303_title_without_any_doc_type():
    text = "@title 泽州县教育局关于校舍维修资金有关问题\n泽州县人民政府：\n恳请安排资金。\n@right 泽州县教育局\n@right 2025年3月1日"
    fs = [f for f in findings(text) if f.code == "ZG303"]
    assert fs and fs[0].severity == "error"


# ---------------------------------------------------------------- ZG304

def test_zg304_upward_with_header_without_signer():
    f = only(BASE.replace("　　　　签发人：王建国", ""), "ZG304")[0]
    assert f.evidence == "泽教发〔2025〕12号" and "签发人" in f.message


def test_zg304_county_report_to_city_with_header():
    text = (
        "@center 泽州县人民政府文件\n@center 泽政报〔2025〕3号\n"
        "@title 泽州县人民政府关于2025年安全生产工作情况的报告\n晋城市人民政府：\n现将有关情况报告如下。\n"
        "特此报告。\n@right 泽州县人民政府\n@right 2025年12月1日"
    )
    assert codes(text) == {"ZG304"}
    assert codes(text.replace("泽政报〔2025〕3号", "泽政报〔2025〕3号　　签发人：李华")) == set()


def test_zg304_not_on_drafts_or_downward_documents():
    bare = "\n".join(BASE.split("\n")[2:])  # no 版头: a draft
    assert "ZG304" not in codes(bare)
    pifu = (
        "@center 泽州县人民政府文件\n@center 泽政函〔2025〕58号\n@title 泽州县人民政府关于同意某项目立项的批复\n"
        "泽州县卫生健康局：\n你局请示收悉。经研究，批复如下：\n一、同意立项。\n@right 泽州县人民政府\n@right 2025年7月30日"
    )
    assert codes(pifu) == set()


# ---------------------------------------------------------------- ZG305

@pytest.mark.parametrize(
    "note,missing",
    [(None, "联系人和电话"), ("（联系人：李明）", "联系电话"), ("（电话：0356-3022145）", "联系人")],
)
def test_zg305_incomplete_note(note, missing):
    old = "\n（联系人：李明，电话：0356-3022145）"
    text = BASE.replace(old, "" if note is None else "\n" + note)
    f = only(text, "ZG305")[0]
    assert f.severity == "info" and f"未注明{missing}" in f.message


@pytest.mark.parametrize("note", ["联系人：王强\n联系电话：13812345678", "（联系人：王强　0356-3661023）"])
def test_zg305_other_ways_to_give_contact(note):
    text = BASE.replace("（联系人：李明，电话：0356-3022145）", note)
    assert "ZG305" not in codes(text)


def test_zg305_only_for_qingshi():
    text = "@title 巴公镇人民政府关于防汛工作情况的报告\n泽州县人民政府：\n今年以来，我镇扎实做好防汛工作。\n特此报告。\n@right 巴公镇人民政府\n@right 2025年7月1日"
    assert codes(text) == set()


# ---------------------------------------------------------------- ZG306

@pytest.mark.parametrize(
    "line,fixed",
    [("泽州县人民政府:", "泽州县人民政府："), ("泽州县人民政府", "泽州县人民政府："),
     ("泽州县人民政府，", "泽州县人民政府："), ("泽州县人民政府；", "泽州县人民政府：")],
)
def test_zg306_colon(line, fixed):
    f = only(BASE.replace("泽州县人民政府：\n", line + "\n"), "ZG306")[0]
    assert f.evidence == line and f.fix == fixed and f.severity == "error"


def test_zg306_missing_on_request():
    f = only(BASE.replace("泽州县人民政府：\n", ""), "ZG306")[0]
    assert "没有主送机关" in f.message


def test_zg306_recipient_run_into_body():
    text = BASE.replace("泽州县人民政府：\n我县", "泽州县人民政府：我县")
    f = only(text, "ZG306")[0]
    assert "单独" in f.message


@pytest.mark.parametrize("dtype_title", ["泽州县人民政府第18次常务会议纪要", "泽州县人民政府通告"])
def test_zg306_not_for_documents_without_recipients(dtype_title):
    text = f"@title {dtype_title}\n2025年6月18日，县长主持召开会议。\n会议研究了有关事项。\n@right 泽州县人民政府\n@right 2025年6月20日"
    assert "ZG306" not in codes(text)


# ---------------------------------------------------------------- ZG307

def test_zg307_half_width_colon_and_numbering():
    text = BASE.replace("附件：1.校舍维修项目清单\n2.资金测算表", "附件:1、校舍维修项目清单；\n2、资金测算表。")
    fs = only(text, "ZG307")
    assert [f.fix for f in fs] == ["附件：1.校舍维修项目清单", "2.资金测算表"]
    assert "半角冒号" in fs[0].message


def test_zg307_unnumbered_multiple_and_numbered_single():
    fs = only(BASE.replace("附件：1.校舍维修项目清单\n2.资金测算表", "附件：校舍维修项目清单\n资金测算表"), "ZG307")
    assert [f.fix for f in fs] == ["附件：1.校舍维修项目清单", "2.资金测算表"]
    f = only(BASE.replace("\n2.资金测算表", ""), "ZG307")[0]
    assert f.fix == "附件：校舍维修项目清单"


def test_zg307_missing_colon():
    f = only(BASE.replace("附件：1.", "附件1."), "ZG307")[0]
    assert f.fix == "附件：1.校舍维修项目清单"


@pytest.mark.parametrize(
    "block",
    [
        "附件：1．校舍维修项目清单\n2．资金测算表",  # full-width point
        "附件：2025年校舍维修项目清单",  # a name starting with a year
        "附件：1.泽州县2025年农村学校校舍维修项目及\n资金测算清单\n2.资金测算表",  # wrapped name
        "附件：泽州县2025年衔接推进乡村振兴补助资金分配\n明细表",  # one long wrapped name
    ],
)
def test_zg307_regular_forms(block):
    assert "ZG307" not in codes(BASE.replace("附件：1.校舍维修项目清单\n2.资金测算表", block))


# ---------------------------------------------------------------- ZG308

@pytest.mark.parametrize(
    "old,new,fix",
    [
        ("（一）校舍", "(一)校舍", "（一）校舍现状。全县有12所学校校舍需"),
        ("（一）校舍", "(一) 校舍", "（一）校舍现状。全县有12所学校校舍需"),
        ("（1）北村", "(1)北村", "（1）北村小学。屋面大面积漏雨。"),
        ("1.屋面", "1、屋面", "1.屋面漏雨。共5所学校。"),
        ("二、资金", "二.资金", "二、资金需求"),
        ("（一）校舍", "（一）、校舍", "（一）校舍现状。全县有12所学校校舍需"),
    ],
)
def test_zg308_wrong_forms(old, new, fix):
    f = only(BASE.replace(old, new), "ZG308")[0]
    assert f.evidence.startswith(new.split("校舍")[0].split("北村")[0].split("屋面")[0].split("资金")[0].strip())
    assert f.fix == fix


def test_zg308_skipped_and_reversed():
    f = only(BASE.replace("二、资金", "三、资金"), "ZG308")[0]
    assert "不连续" in f.message and "二、" in f.message
    rev = BASE.replace(
        "（一）校舍现状。全县有12所学校校舍需维修。\n1.屋面漏雨。共5所学校。",
        "1.校舍现状。全县有12所学校校舍需维修。\n（一）屋面漏雨。共5所学校。",
    )
    f = only(rev, "ZG308")[0]
    assert "层次颠倒" in f.message


def test_zg308_not_fired_on_regular_texts():
    text = (
        "@title 泽州县统计局关于上半年经济运行情况的报告\n泽州县人民政府：\n2025年上半年，全县经济运行稳中向好。\n"
        "1.5万户企业完成申报。\n一、主要指标\n1.地区生产总值。增长5%。\n2.固定资产投资。增长8%。\n"
        "二、下步工作\n检查内容包括：(1)消防设施；(2)食品安全。\n特此报告。\n@right 泽州县统计局\n@right 2025年7月8日"
    )
    assert codes(text) == set()
    # two attached plans, each numbered from 一、; 第一章/第一条 structure
    text = (
        "@title 泽州县人民政府办公室关于印发两个方案的通知\n各乡镇人民政府：\n现将两个方案印发给你们。\n"
        "附件：1.防汛方案\n2.抗旱方案\n@right 泽州县人民政府办公室\n@right 2025年3月1日\n附件1\n防汛方案\n一、目标\n"
        "二、措施\n（一）加强值守。\n（二）加强巡查。\n附件2\n抗旱方案\n一、目标\n二、措施\n（一）保障水源。\n"
        "第一章 总则\n第一条 为加强管理，制定本规定。"
    )
    assert codes(text) == set()


# ---------------------------------------------------------------- ZG309

def test_zg309_trailing_punctuation_has_fix():
    f = only(BASE.replace("的请示\n", "的请示。\n"), "ZG309")[0]
    assert f.fix == "泽州县教育局关于申请校舍维修资金的请示"


def test_zg309_inner_punctuation():
    f = only(BASE.replace("申请校舍维修资金", "申请校舍维修资金，加快项目建设"), "ZG309")[0]
    assert "，" in f.message and f.fix is None


@pytest.mark.parametrize(
    "title",
    [
        "泽州县人民政府办公室关于开展“放管服”改革“回头看”的通知",
        "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见",
        "国务院关于河北雄安新区总体规划（2018—2035年）的批复",
        "泽州县工业和信息化局关于推进工业互联网2.0建设的通知",
        "泽州县人民政府办公室关于印发《泽州县防汛应急预案》的通知",
    ],
)
def test_zg309_allowed_marks(title):
    text = f"@title {title}\n各乡镇人民政府：\n现将有关事项通知如下。\n@right 泽州县人民政府\n@right 2025年3月1日"
    assert "ZG309" not in codes(text)


# ---------------------------------------------------------------- real documents

def test_county_document_zg3():
    fs = [f for f in check(COUNTY_DOC, config=ZG3)["findings"]]
    assert [(f["code"], f["evidence"][:3]) for f in fs] == [("ZG308", "(八)"), ("ZG308", "(九)")]
    assert [f["fix"][:3] for f in fs] == ["（八）", "（九）"]


REAL = sorted((CORPUS / "govcn").glob("*.txt")) + sorted((CORPUS / "govdoc-cn").glob("397.*"))


@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_corpus_has_no_zg3_findings(path):
    r = check(path, config=ZG3)
    assert r["status"] == "ok"
    assert r["findings"] == []


SAMPLE_FILES = sorted(SAMPLES.glob("s*.txt"))


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=[s.name for s in SAMPLE_FILES])
def test_samples_have_no_zg3_findings(sample, tmp_path):
    _, body = parse_fixture(sample.read_text(encoding="utf-8"))
    f = tmp_path / sample.name
    f.write_text(strip_markers(body), encoding="utf-8")
    assert check(f, config=ZG3)["findings"] == []


def test_zg303_standalone_material_is_not_a_gongwen_title():
    plan = "@title 泽州县2025年防汛工作实施方案\n为做好防汛工作，制定本方案。\n一、工作目标\n确保安全度汛。"
    assert "ZG303" not in codes(plan)
    # addressed like a 公文, the same ending is a wrong 文种
    f = only(plan.replace("\n为做好", "\n各乡镇人民政府：\n为做好"), "ZG303")[0]
    assert "实施方案" in f.message


def test_zg309_half_width_quotes():
    f = only(BASE.replace("申请校舍维修资金", "申请\"平安校园\"校舍维修资金"), "ZG309")[0]
    assert "全角" in f.message


def test_zg305_body_words_are_not_a_contact():
    # 联系人民群众 / 电话会议 in the body do not stand for a 附注
    text = BASE.replace("存在安全隐患。", "存在安全隐患。我局密切联系人民群众，召开电话会议研究。").replace(
        "\n（联系人：李明，电话：0356-3022145）", ""
    )
    f = only(text, "ZG305")[0]
    assert "联系人和电话" in f.message
    ok = BASE.replace("（联系人：李明，电话：0356-3022145）", "（联系人：李明　3022145）")
    assert "ZG305" not in codes(ok)


# ---- round 3: Chinese numerals in the 发文字号 --------------------------------

@pytest.mark.parametrize("number, fixed", [
    ("泽教发〔二〇二五〕12号", "泽教发〔2025〕12号"),
    ("泽教发〔2025〕六十七号", "泽教发〔2025〕67号"),
    ("泽教发〔二〇二五〕一百零五号", "泽教发〔2025〕105号"),
])
def test_zg301_chinese_numerals(number, fixed):
    fs = only(BASE.replace("泽教发〔2025〕12号", number), "ZG301")
    assert fs[0].fix == fixed and "汉字数字" in fs[0].message


@pytest.mark.parametrize("end", ["！", "？", "；"])
def test_zg309_title_ending_in_sentence_mark(end):
    text = BASE.replace("资金的请示\n", f"资金的请示{end}\n")
    fs = only(text, "ZG309")
    assert end in fs[0].message


# A year's report laid out for publication (政府信息公开工作年度报告): no 主送,
# no 发文字号, no 成文日期.
PUBLISHED = """@title 泽州县人民政府2030年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等部分。
一、总体情况
2030年，我县坚持以公开为常态、不公开为例外，全年主动公开政府信息2316条。
二、存在的主要问题及改进情况
部分单位公开内容更新不及时。下一步将加强督促检查。"""


def test_zg306_published_year_report_is_said_not_blamed():
    got = [f for f in findings(PUBLISHED) if f.code == "ZG306"]
    assert [f.severity for f in got] == ["info"]
    assert "公开发布" in got[0].message and "报送上级" in got[0].message


@pytest.mark.parametrize("change", [
    lambda t: t + "\n@right 泽州县人民政府\n@right 2031年1月20日",  # dated: a report sent up
    lambda t: t.replace("2030年政府信息公开工作年度报告", "关于2030年政府信息公开工作情况的报告"),  # 关于…的报告
])
def test_zg306_report_sent_up_without_recipients_is_an_error(change):
    got = [f for f in findings(change(PUBLISHED)) if f.code == "ZG306"]
    assert [f.severity for f in got] == ["error"]
