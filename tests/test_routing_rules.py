"""ZG101–ZG109 (行文规则): what must fire and — as much — what must not.

Cases are whole small documents (fixture notation). Each is checked as text
and, for a selection, as a real .docx and .pdf built with the fixture builder;
the real corpus, the shared samples and the county's own document must raise
no ZG1 finding at all.
"""
from __future__ import annotations

import pytest

import helpers
from helpers import CORPUS, COUNTY_DOC, SAMPLES, check, parse_fixture, strip_markers
from zgov_cli.examples import run_example
from zgov_cli.rules.base import Example


def doc(title, recip, body, issuer, date="2025年5月20日", extra=""):
    return f"@title {title}\n{recip}：\n" + "\n".join(body) + f"\n@right {issuer}\n@right {date}" + (("\n" + extra) if extra else "")


def findings(text, code=None):
    _, fs = run_example(Example(text))
    return [f for f in fs if code is None or f.code == code]


# ---------------------------------------------------------------- details
S1 = doc(
    "泽州县住房和城乡建设局关于申请城区排水管网清淤经费及增设市政维护岗位的请示", "泽州县人民政府",
    ["入汛在即，城区部分排水管网淤积严重。经测算，全面清淤城区排水管网41公里需经费86万元，恳请县政府安排专项经费86万元。",
     "此外，我局市政设施维护中心现有人员18名，难以满足维护需要，请求县政府批准增设市政维护岗位10个。",
     "妥否，请批示。"], "泽州县住房和城乡建设局")


def test_zg101_evidence_names_each_matter():
    (f,) = findings(S1, "ZG101")
    assert f.severity == "error" and f.article == "第二十七条"
    assert f.evidence.startswith("事项一：“") and "事项二：“" in f.evidence
    assert "专项经费86万元" in f.evidence and "增设市政维护岗位10个" in f.evidence
    assert "妥否" not in f.evidence  # the closing is not a matter
    assert "一文一事" in f.message and "第二十七条" in f.message
    assert f.location["paragraph"] == 4  # the second matter's paragraph


def test_zg101_title_only_names_both_parts():
    text = doc("泽州县教育局关于申请追加学生营养餐补助经费和增加教师编制的请示", "泽州县人民政府",
               ["今年在校生增加较多，资金和师资都很紧张。", "妥否，请批示。"], "泽州县教育局")
    (f,) = findings(text, "ZG101")
    assert "追加学生营养餐补助经费" in f.evidence and "增加教师编制" in f.evidence


def test_zg101_only_for_qingshi():
    # the same two asks in a 通知 forwarding a 请示 are not the 通知's own
    text = S1.replace("的请示", "的报告")
    assert not findings(text, "ZG101")


def test_zg102_quotes_evidence_and_message():
    text = doc("南村镇人民政府关于秋粮收获进展情况的报告", "泽州县人民政府",
               ["全镇秋粮已收获4.6万亩。", "为减少群众损失，恳请县政府给予受灾农户适当补助。", "特此报告。"], "南村镇人民政府")
    (f,) = findings(text, "ZG102")
    assert "恳请县政府给予受灾农户适当补助" in f.evidence
    assert "报告不得夹带请示事项" in f.message and f.severity == "error"


def test_zg103_report_is_a_warning():
    text = doc("泽州县水务局关于防汛工作情况的报告", "泽州县人民政府、晋城市水务局",
               ["今年防汛工作扎实有序。", "特此报告。"], "泽州县水务局")
    (f,) = findings(text, "ZG103")
    assert f.severity == "warning"


def test_zg104_cc_to_county_lowers_to_warning():
    text = doc("南村镇人民政府关于申请饮水工程补助资金的请示", "晋城市人民政府",
               ["恳请上级给予补助资金120万元。", "妥否，请批示。"], "南村镇人民政府", extra="抄送：泽州县人民政府。")
    (f,) = findings(text, "ZG104")
    assert f.severity == "warning" and "抄送" in f.message


def test_zg105_leader_without_body():
    text = "@title 泽州县应急管理局关于安全生产情况的报告\n王县长：\n@right 泽州县应急管理局\n@right 2025年5月6日"
    assert findings(text, "ZG105")


def test_zg107_zg108_silent_for_county_office_sample():
    meta, body = parse_fixture((SAMPLES / "s3_notice_clean.txt").read_text(encoding="utf-8"))
    fs = findings(strip_markers(body).replace("泽州县人民政府办公室关于", "@title 泽州县人民政府办公室关于", 1))
    assert not [f for f in fs if f.code.startswith(("ZG1", "ZG2"))]


# ---------------------------------------------------------------- formats
FORMAT_CASES = [
    ("ZG101", S1),
    ("ZG102", doc("南村镇人民政府关于秋粮收获进展情况的报告", "泽州县人民政府",
                  ["全镇秋粮已收获4.6万亩。", "为减少群众损失，恳请县政府给予受灾农户适当补助。", "特此报告。"], "南村镇人民政府")),
    ("ZG104", doc("南村镇人民政府关于申请饮水工程补助资金的请示", "晋城市人民政府",
                  ["恳请上级给予补助资金120万元。", "妥否，请批示。"], "南村镇人民政府")),
    ("ZG107", doc("泽州县森林草原防灭火指挥部办公室关于加强清明期间森林防火工作的通知", "各乡镇人民政府",
                  ["清明将至，森林防火形势严峻。", "各乡镇要严格落实24小时值班制度，严禁野外用火。"],
                  "泽州县森林草原防灭火指挥部办公室")),
]
CLEAN_CASES = [
    doc("泽州县交通运输局关于凤台街改造工程资金的请示", "泽州县人民政府",
        ["凤台街改造工程总投资1800万元，恳请县政府安排工程资金1800万元。",
         "其中，首期恳请拨付600万元，二期恳请拨付800万元，剩余部分待工程验收后拨付。", "妥否，请批示。"],
        "泽州县交通运输局"),
    doc("泽州县水务局关于今年防汛工作情况的报告", "泽州县人民政府",
        ["今年以来，经县政府批准，我局储备防汛物资价值120万元；根据县委主要领导批示精神，开展了隐患大排查。",
         "县政府已批复我局《防汛抢险应急预案》。", "特此报告。"], "泽州县水务局"),
]


def _build(text, fmt, tmp_path, name):
    b = helpers._build_module() if helpers._BUILD is None else helpers._BUILD
    helpers._BUILD = b
    paras = b.parse_body(text)
    p = tmp_path / f"{name}.{fmt}"
    (b.build_docx if fmt == "docx" else b.build_pdf)(paras, p)
    return p


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("code,text", FORMAT_CASES, ids=[c for c, _ in FORMAT_CASES])
def test_fires_in_docx_and_pdf(code, text, fmt, tmp_path):
    r = check(_build(text, fmt, tmp_path, code))
    assert r["status"] == "ok"
    assert code in {f["code"] for f in r["findings"]}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("i", range(len(CLEAN_CASES)))
def test_clean_in_docx_and_pdf(i, fmt, tmp_path):
    r = check(_build(CLEAN_CASES[i], fmt, tmp_path, f"clean{i}"))
    assert r["status"] == "ok"
    assert not [f["code"] for f in r["findings"] if f["code"].startswith(("ZG1", "ZG2"))]


# ---------------------------------------------------------------- real documents
REAL = sorted((CORPUS / "govcn").glob("*.txt")) + sorted((CORPUS / "govdoc-cn").glob("397.*")) + [COUNTY_DOC]


@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_real_documents_raise_no_routing_or_length_finding(path):
    r = check(path)
    assert r["status"] == "ok"
    assert not [(f["code"], f["evidence"]) for f in r["findings"] if f["code"].startswith(("ZG1", "ZG2"))]


@pytest.mark.parametrize("name,expect", [("s1_qingshi_two_matters.txt", {"ZG101"}), ("s2_report_with_request.txt", {"ZG102"}),
                                         ("s3_notice_clean.txt", set())])
def test_shared_samples(name, expect, tmp_path):
    _, body = parse_fixture((SAMPLES / name).read_text(encoding="utf-8"))
    f = tmp_path / name
    f.write_text(strip_markers(body), encoding="utf-8")
    got = {x["code"] for x in check(f)["findings"] if x["code"].startswith(("ZG1", "ZG2"))}
    assert got == expect


# ---------------------------------------------------------------- whole verdicts
# The single-document cases (fires / clean, whole ZG1/ZG2 verdicts, the
# shapes blind evaluations found) are data: tests/cases/ZG1_routing.toml.


def _report(line):
    return doc("犁川镇人民政府关于2025年农村人居环境整治情况的报告", "泽州县人民政府",
               ["今年以来，我镇农村人居环境整治工作扎实推进。", line, "特此报告。"], "犁川镇人民政府")


@pytest.mark.parametrize("line,expect", [
    # 4. a wish to the superior with something concrete to grant is an ask
    ("部分村垃圾转运设施不足，资金缺口约60万元，希望县政府给予资金支持。", True),
    ("下半年我镇将推进3个示范村建设，希望县政府在项目资金上给予倾斜。", True),
    ("盼望县政府及时拨付垃圾转运设施补助资金。", True),
    ("希望上级部门给予政策倾斜。", True),
    ("请求县政府帮助解决垃圾转运车辆购置经费。", True),
    ("请县政府协调解决垃圾填埋场用地问题。", True),
    ("恳请上级给予补助。", True),
    # … a wish with nothing to grant, a suggestion, someone else's wish
    ("希望县政府加强指导。", False),
    ("希望县政府继续关心支持我镇工作。", False),
    ("建议县政府加大农村人居环境整治资金投入。", False),
    ("群众希望政府解决垃圾清运问题，我镇已安排专人负责。", False),
])
def test_zg102_wish_to_superior(line, expect):
    assert bool(findings(_report(line), "ZG102")) == expect


def test_place_names_are_where_not_what():
    from zgov_cli.config import Config
    from zgov_cli.analysis.asks import add_places, specifics

    add_places(Config().orgs.townships)
    # configured townships stay whole and go (金村镇 is not 金|村镇)
    assert specifics("安排金村镇敬老院建设资金30万元") == {"敬老院"}
    assert specifics("北义城镇集镇改造有关问题") == {"集镇"}
    # a village the dictionary lacks comes out as single characters: dropped
    assert specifics("安排冶底村道路硬化资金") == {"道路", "硬化"}
    assert specifics("安排大东沟镇贾辿村示范村建设资金") == {"示范村"}
    # words that merely hold 村/镇 are kept
    assert "示范村" in specifics("建设美丽乡村示范村") and "集镇" in specifics("集镇改造")


def test_zg109_not_for_the_leaders_division_of_work():
    from zgov_cli.examples import run_example
    from zgov_cli.rules.base import Example

    leaders = Example("@title 泽州县人民政府关于调整县政府领导同志工作分工的通知\n各乡镇人民政府，县直各有关单位：\n经研究，现将县政府领导同志工作分工调整如下。\n@right 泽州县人民政府\n@right 2025年3月6日")
    plan = Example("@title 泽州县人民政府办公室关于印发2025年优化营商环境重点任务分工方案的通知\n各乡镇人民政府，县直各有关单位：\n现将分工方案印发给你们，请认真抓好落实。\n@right 泽州县人民政府办公室\n@right 2025年3月6日")
    assert "ZG109" not in {f.code for f in run_example(leaders)[1]}
    assert "ZG109" in {f.code for f in run_example(plan)[1]}


def test_zg107_not_for_minutes_recording_a_meeting():
    from zgov_cli.examples import run_example
    from zgov_cli.rules.base import Example

    minutes = Example("@title 泽州县安全生产委员会2025年第二次全体会议纪要\n2025年6月10日，副县长王明主持召开县安委会全体会议。纪要如下：\n一、会议要求，各乡镇要立即开展隐患排查，必须于6月30日前完成整改。\n@right 泽州县安全生产委员会办公室\n@right 2025年6月12日")
    notice = Example("@title 泽州县安全生产委员会办公室关于开展隐患排查的通知\n各乡镇人民政府：\n各乡镇要立即开展隐患排查，必须于6月30日前完成整改。\n@right 泽州县安全生产委员会办公室\n@right 2025年6月12日")
    assert "ZG107" not in {f.code for f in run_example(minutes)[1]}
    assert "ZG107" in {f.code for f in run_example(notice)[1]}


def test_zg103_joint_party_and_government_to_their_joint_superior():
    from zgov_cli.examples import run_example
    from zgov_cli.rules.base import Example

    joint = ("@title 中共泽州县委　泽州县人民政府关于申请设立泽州经济技术开发区的请示\n"
             "中共晋城市委、晋城市人民政府：\n为加快产业集聚，恳请市委、市政府批准设立泽州经济技术开发区。\n妥否，请批示。\n"
             "@right 中共泽州县委　　泽州县人民政府\n@right 2025年3月6日")
    assert "ZG103" not in {f.code for f in run_example(Example(joint))[1]}
    # one issuer writing to the party committee and the government is still 多头
    single = joint.replace("中共泽州县委　泽州县人民政府关于", "泽州县人民政府关于").replace(
        "@right 中共泽州县委　　泽州县人民政府", "@right 泽州县人民政府")
    assert "ZG103" in {f.code for f in run_example(Example(single))[1]}


# ---------------------------------------------------------------- round-3 shapes
# Own minimal examples of the shapes a third blind evaluation found (the
# whole-document ones are in tests/cases/ZG1_routing.toml).


@pytest.mark.parametrize("title,parts", [
    ("泽州县民政局关于调整城乡低保标准和改建县光荣院的请示", 2),
    ("泽州县教育局关于新建城北小学和提高乡村教师生活补助的请示", 2),
    # one matter with its details, or two phrases about one thing
    ("泽州县民政局关于敬老院建设项目建设用地及规划审批的请示", 0),
    ("泽州县教育局关于申请城北小学项目立项和资金的请示", 0),
    ("泽州县教育局关于新建城北小学并安排建设资金的请示", 0),
    ("泽州县住建局关于实施城区供热管网改造和提升供热能力的请示", 0),
    ("泽州县民政局关于低保和特困供养有关问题的请示", 0),
])
def test_zg101_title_two_actions(title, parts):
    from zgov_cli.analysis.asks import title_matters

    assert len(title_matters(title)) == parts


@pytest.mark.parametrize("line,expect", [
    # 请示 as the verb, in the writer's own voice, is an ask in a 报告
    ("为加快进度，我镇请示县政府同意设立人居环境整治周调度机制。", True),
    ("现请示县政府批准增加保洁公益性岗位20个。", True),
    # … not a past 请示, not the 请示's reply, not a quoted title
    ("此前我镇已请示县政府同意设立周调度机制，目前运行良好。", False),
    ("根据县政府对我镇请示的批复精神，已设立周调度机制。", False),
    ("我镇按照《关于设立周调度机制的请示》的批复推进工作。", False),
    ("我镇请示县政府后，设立了周调度机制。", False),
])
def test_zg102_qingshi_as_verb(line, expect):
    assert bool(findings(_report(line), "ZG102")) == expect


def test_quotes_in_a_finding_are_the_documents_own_words():
    """Quotation marks are masked while asks are read (采取“□□□□”方式); what a
    finding quotes is the text as written, quotes and all."""
    text = doc(
        "泽州县林业局关于2025年植树造林工作情况的报告", "泽州县人民政府",
        ["今年全县完成造林3.2万亩，其中南岭乡采取“先造后补”方式完成造林1.1万亩，乡镇垫付资金较多，请县政府追加补助资金80万元。",
         "特此报告。"], "泽州县林业局")
    f = findings(text, "ZG102")[0]
    assert "“先造后补”" in f.message and "“先造后补”" in f.evidence
    assert "□" not in f.message + f.evidence
    text = doc(
        "泽州县教育局关于有关事项的请示", "泽州县人民政府",
        ["为缓解城区小学大班额问题，我局拟按“就近入学”原则调整城区小学学区划分，新学区自2026年秋季学期起执行。",
         "另外，县第二中学现有教师86名，缺编12名，恳请县委编办核增事业编制12名。",
         "妥否，请批示。"], "泽州县教育局", extra="（联系人：王红，电话：0356-3022111）")
    f = findings(text, "ZG101")[0]
    assert "“就近入学”" in f.evidence and "□" not in f.message + f.evidence
