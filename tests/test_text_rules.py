"""ZG501–ZG504: text rules (SPEC §6 ZG5) on examples, edge cases and real documents."""
from __future__ import annotations

import pytest

from helpers import CORPUS, COUNTY_DOC, SAMPLES, parse_fixture
from zgov_cli.config import Config
from zgov_cli.engine import CheckOptions, read_and_build, run_rules
from zgov_cli.examples import example_options, example_raw
from zgov_cli.rules.base import Example
from zgov_cli.rules.registry import all_rules
from zgov_cli.analysis.misquotes import misquotes
from zgov_cli.analysis.punctuation import half_width_marks, unbalanced_marks
from zgov_cli.analysis.typos import doubled_typos
from zgov_cli.structure import build

HEAD = "@title 泽州县人民政府办公室关于做好防汛工作的通知\n各乡镇人民政府，县直各有关单位：\n"
TAIL = "\n@right 泽州县人民政府办公室\n@right 2025年6月3日"


def zg5(text: str, **options):
    ex = Example(text, options)
    config = Config()
    opts = example_options(ex)
    doc = build(example_raw(ex), opts.doc, config)
    findings, _, problems = run_rules(doc, config, CheckOptions(doc=opts.doc, today=opts.today, select=["ZG5"]))
    assert not problems
    return findings


def body(*lines: str):
    return zg5(HEAD + "\n".join(lines) + TAIL)


def codes(findings):
    return sorted(f.code for f in findings)


@pytest.mark.parametrize("code", ["ZG501", "ZG502", "ZG503", "ZG504"])
def test_examples(code):
    rule = all_rules()[code]
    assert rule.bad and rule.good and rule.explanation and rule.triggers and rule.non_triggers and rule.fix_hint
    for ex in rule.bad:
        assert code in codes(zg5(ex.text, **ex.options)), ex.note
    for ex in rule.good:
        assert codes(zg5(ex.text, **ex.options)) == [], ex.note


# ------------------------------------------------------------------ ZG501
@pytest.mark.parametrize(
    "text",
    ["会议的的组织工作", "按期完成了了任务", "这是是一项重要工作", "要在在全县推开", "各各部门要", "努力地地工作",
     "做好防汛汛工作", "我们们要", "县政府府办公室", "人民民群众", "全面面推进", "认真真落实",
     # a place/organisation suffix character (行, 所, 站) alone on the right of
     # a whole word is a typo like 我们们: only a suffix alone on the left
     # (河南村|村民) ends a name
     "对样本数据进行行复核", "认真进行行自查", "保障系统平稳运行行"],
)
def test_doubled_typo_found(text):
    assert doubled_typos(text), text


@pytest.mark.parametrize(
    "text",
    [
        # reduplicated words and idioms
        "常常", "人人有责", "天天", "看看", "谢谢", "研究研究", "讨论讨论", "清清爽爽的同志关系", "规规矩矩的上下级关系",
        "家家户户", "层层落实", "处处", "事事有回音", "时时处处", "步步为营", "个个", "年年都", "明明白白", "往往", "刚刚",
        "仅仅", "渐渐", "纷纷", "稍稍", "默默", "轻轻", "悄悄", "匆匆", "种种", "好好学习", "大大高于", "深深", "一一落实",
        "三三两两", "头头是道", "井井有条", "欣欣向荣", "蒸蒸日上", "津津乐道", "的的确确", "是是非非", "紧紧围绕",
        "牢牢把握", "扎扎实实地推进", "清清楚楚", "件件有着落", "项项有回音", "条条道路", "户户通", "村村通",
        # two words meeting on the same character
        "法规规定", "法规规章", "场地地震", "煤矿矿长孙家斌", "工业局局长", "三矿通风区区长", "河南村村民委员会",
        "辽阳镇镇长", "泽州县县长", "近海海域", "华北北部", "工作作为长期任务", "目的的实现", "现在在工作", "为了了解情况",
        "但是是否", "人民民主", "学生生活",
        # a scope word (全县, 本镇) before an abbreviation the dictionary lacks
        "全县县直各单位", "本镇镇村干部", "全镇镇直单位", "工商银行行长", "巴公镇镇长", "冶底村村委会",
        # numerals
        "一九九六年二月五日", "二〇〇四年四月二十七日", "一一〇",
    ],
)
def test_doubled_not_typo(text):
    assert doubled_typos(text) == [], text


def test_zg501_finding_quotes_and_fixes():
    f = [x for x in body("县政府常务会议的的组织工作由县政府办公室负责。") if x.code == "ZG501"]
    assert len(f) == 1
    assert "的的" in f[0].evidence and f[0].evidence in "县政府常务会议的的组织工作由县政府办公室负责。"
    assert f[0].fix == f[0].evidence.replace("的的", "的")
    assert "应为：" in f[0].message and f[0].location["paragraph"] == 3


def test_zg501_triple_reported_once():
    assert len(doubled_typos("会议的的的组织")) == 1


def test_zg501_a_long_run_is_judged_at_its_start_only():
    """A run of one character (a pasted line of 请请请…, 2 MB in one
    paragraph) is judged where it starts, not at every pair in it: each
    pair cost a clause and its segmentation, and a 2-MB run took minutes."""
    from zgov_cli.analysis.typos import candidates

    assert candidates("请" * 100_000) == [0, 1]
    assert candidates("会议的的的组织") == [2, 3]
    assert len(doubled_typos("会议" + "的" * 50 + "组织")) == 1


# ------------------------------------------------------------------ ZG502
@pytest.mark.parametrize(
    "text",
    ["(八) 讨论通过", "电话:0356-1234567", "一是,二是", "请于3月5日前报送;逾期不候", "什么?", "好!", "附件:1.名称",
     "世界贸易组织(WTO)", "(1)加强领导", "邮箱abc@x.com,电话"],
)
def test_half_width_found(text):
    assert half_width_marks(text), text


@pytest.mark.parametrize(
    "text",
    ["会议于10:30开始", "预算1,000万元", "详见http://www.gov.cn/a?b=1,c。", "Hello, world", "GB/T 9704-2012",
     "比例1:5000", "ISO 9001:2015认证", "AB 角工作补位", "（八）讨论", "详见[通知](http://www.gov.cn/a)。", "see (a) and (b)", "常务会议一般每月召开 1-2 次"],
)
def test_half_width_not_found(text):
    assert half_width_marks(text) == [], text


def test_zg502_paren_pair_fix():
    f = [x for x in body("(八) 讨论通过县政府重要人事任免事项；") if x.code == "ZG502"]
    assert len(f) == 1
    assert f[0].evidence.startswith("(八)")
    assert f[0].fix == f[0].evidence.replace("(", "（").replace(")", "）")
    assert "（八）" in f[0].message


def test_zg502_comma_fix():
    f = [x for x in body("各乡镇要落实责任,确保安全度汛。") if x.code == "ZG502"]
    assert len(f) == 1 and f[0].fix == f[0].evidence.replace(",", "，")


def test_zg502_close_marks_merged():
    f = [x for x in body("联系人:李四,电话:0356-1234567。") if x.code == "ZG502"]
    assert len(f) == 1
    assert f[0].evidence.startswith("联系人:李四,电话:")
    assert f[0].fix == f[0].evidence.replace(":", "：").replace(",", "，")


# ------------------------------------------------------------------ ZG503
@pytest.mark.parametrize(
    "paras",
    [["增强“四个意识、坚定“四个自信”"], ["认真贯彻《泽州县人民政府工作规则。"], ["（此件公开发布"], ["此件公开发布）。"],
     ["增强“四个意识”。", "下一段”结束。"], ["【重要通知"], ["“《”》"], ["a“b。", "c。"]],
)
def test_unbalanced_found(paras):
    assert unbalanced_marks(paras), paras


@pytest.mark.parametrize(
    "paras",
    [
        ["增强“四个意识”、坚定“四个自信”"],
        ["“《工作规则》”"],
        ["牢记“三个", "务必”，强化责任担当。"],  # pdf page break inside a quotation
        ["他说：“第一段。", "“第二段。", "“第三段。”"],  # multi-paragraph quotation
        ["1）加强领导", "2）落实责任"],
        ["（1）加强领导"],
        ["China’s policy"],
        ["关于“放管服", "改革”的通知"],
        ["请（休）假期间"],
    ],
)
def test_unbalanced_not_found(paras):
    assert unbalanced_marks(paras) == [], paras


def test_zg503_finding():
    f = [x for x in body("各部门要增强“四个意识、坚定“四个自信”。") if x.code == "ZG503"]
    assert len(f) == 1
    assert "“四个意识" in f[0].evidence and f[0].location["paragraph"] == 3
    assert "右双引号" in f[0].message


# ------------------------------------------------------------------ ZG504
@pytest.mark.parametrize(
    "text,fix",
    [
        ("坚定“三个自信”", "四个自信"),
        ("增强“五个意识”", "四个意识"),
        ("做到“两个拥护”", "两个维护"),
        ("做到“二个维护”", "两个维护"),
        ("深刻领悟“三个确立”", "两个确立"),
        ("深刻领悟“两个树立”", "两个确立"),
        ("胸怀“三个大局”", "两个大局"),
        ("实现“三个一百年”奋斗目标", "两个一百年"),
        ("统筹推进“四位一体”总体布局", "五位一体"),
        ("协调推进“三个全面”战略布局", "四个全面"),
        ("以习近平新时代中国特色主义思想为指导", "习近平新时代中国特色社会主义思想"),
        ("以习近平新时代特色社会主义思想为指导", "习近平新时代中国特色社会主义思想"),
        ("以习近平新时代中国特色社会主意思想为指导", "习近平新时代中国特色社会主义思想"),
        ("团结在以习近平为核心的党中央周围", "以习近平同志为核心的党中央"),
        ("学习贯彻二十大三中全会精神", "二十届三中全会"),
        ("牢固树立国家总体安全观", "总体国家安全观"),
        ("坚决反对奢糜之风", "奢靡之风"),
        ("坚持“一国二制”", "一国两制"),
        ("推进构建人类命运共通体", "人类命运共同体"),
    ],
)
def test_misquote_found(text, fix):
    qs = misquotes(text)
    assert qs, text
    assert qs[0].fix == fix or qs[0].canonical == fix


@pytest.mark.parametrize(
    "text",
    [
        "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”",
        "胸怀“两个大局”、牢记“国之大者”", "牢记“三个务必”", "毛泽东同志提出的“两个务必”",
        "以习近平新时代中国特色社会主义思想为指导", "坚持以新时代中国特色社会主义思想为指导",
        "学习习近平新时代中国特色社会主义经济思想", "坚决在以习近平总书记为核心的党中央坚强领导下",
        "以习近平同志为核心的党中央", "实现第一个一百年奋斗目标", "加强意识形态工作", "三位一体推进",
        "实现全面覆盖的两个全面", "党的二十届三中全会", "绿水青山就是金山银山", "既要绿水青山，也要金山银山",
        "国之大事，在祀与戎", "总体国家安全观", "全过程人民民主", "一体推进不敢腐、不能腐、不想腐",
        "严格落实中央八项规定及其实施细则精神", "反“四风”、树新风",
    ],
)
def test_misquote_not_found(text):
    assert misquotes(text) == [], text


def test_misquote_cut_by_page_break_not_reported():
    assert misquotes("同以习近平同志为核心的党", ends_broken_=True) == []
    assert misquotes("中央保持高度一致", starts_broken=True) == []


def test_zg504_finding_has_fix():
    f = [x for x in body("各部门要坚定“三个自信”，做到“两个维护”。") if x.code == "ZG504"]
    assert len(f) == 1
    assert f[0].fix == f[0].evidence.replace("三个自信", "四个自信")
    assert "应为：“四个自信”" in f[0].message


def test_phrase_data_size():
    from zgov_cli.analysis.misquotes import phrases

    canon = {p.canonical for p in phrases()}
    assert len(canon) >= 30
    for must in ("两个确立", "四个意识", "四个自信", "两个维护", "国之大者", "三个务必", "习近平新时代中国特色社会主义思想"):
        assert must in canon


def test_canonical_forms_never_reported():
    from zgov_cli.analysis.misquotes import phrases

    for p in phrases():
        assert misquotes(p.canonical) == [], p.canonical
        assert misquotes(f"要坚持“{p.canonical}”。") == [], p.canonical
        for a in p.allowed:
            assert misquotes(a) == [], a


# ------------------------------------------------------- real documents
def _zg5_of_path(path):
    cfg = Config()
    opts = CheckOptions(select=["ZG5"])
    doc = read_and_build(str(path), cfg, opts)
    findings, _, problems = run_rules(doc, cfg, opts)
    assert not problems
    return doc, findings


def test_county_document():
    doc, fs = _zg5_of_path(COUNTY_DOC)
    got = sorted((f.code, f.evidence[:4]) for f in fs)
    assert [c for c, _ in got] == ["ZG501", "ZG502", "ZG502"], [(f.code, f.evidence) for f in fs]
    z501 = next(f for f in fs if f.code == "ZG501")
    assert "的的组织工作" in z501.evidence and "的的" not in z501.fix
    z502 = sorted((f for f in fs if f.code == "ZG502"), key=lambda f: f.location["paragraph"])
    assert z502[0].evidence.startswith("(八)") and z502[0].fix.startswith("（八）")
    assert z502[1].evidence.startswith("(九)") and z502[1].fix.startswith("（九）")
    for f in fs:  # evidence is an exact quote of its paragraph
        para = next(p for p in doc.paragraphs if p.index == f.location["paragraph"])
        assert f.evidence in para.text


REAL = sorted((CORPUS / "govcn").glob("*.txt")) + [CORPUS / "govdoc-cn" / "397.txt"]


@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_real_documents_clean(path):
    _, fs = _zg5_of_path(path)
    assert fs == [], [(f.code, f.evidence) for f in fs]


@pytest.mark.parametrize("name", ["s1_qingshi_two_matters.txt", "s2_report_with_request.txt", "s3_notice_clean.txt"])
def test_samples_clean(name):
    _, text = parse_fixture((SAMPLES / name).read_text(encoding="utf-8"))
    assert zg5(text) == []


def test_segmentation_matches_jieba():
    """ZG501 segments with jieba's dictionary and algorithm without loading
    jieba's 0.8 s prefix dictionary: the result must equal jieba's own."""
    import logging
    import re

    import jieba

    from zgov_cli.analysis.segment import segment, vocab_for

    jieba.setLogLevel(logging.WARNING)
    texts = [p.read_text(encoding="utf-8") for p in REAL] + [COUNTY_DOC.read_text(encoding="utf-8")]
    runs = [r for t in texts for r in re.findall(r"[\u4e00-\u9fff]+", t)]
    clauses = [r[i : i + 34] for r in runs for i in range(0, len(r), 34)][:1500]
    clauses += ["会议的的组织工作", "完成了了任务", "河南村村民委员会", "做好防汛汛工作", "三矿通风区区长尹有万"]
    vocab = vocab_for(set("".join(clauses)))
    diff = [(c, segment(c, vocab), jieba.lcut(c, HMM=False)) for c in clauses if segment(c, vocab) != jieba.lcut(c, HMM=False)]
    assert diff == []


def test_known_dictionary_total():
    import jieba

    from zgov_cli.analysis.segment import _jieba_dict

    import math

    # a fresh tokenizer: other rules add their own words to jieba's global one
    fresh = jieba.Tokenizer()
    fresh.initialize()
    assert _jieba_dict()[1] == math.log(fresh.total)
