"""The model of asks (zgov_cli/analysis/asks.py): what is an ask of the
recipient, what a 报告 may say, and how a 请示's asks group into matters.

Whole small documents in fixture notation; each test says which part of the
model it holds to.
"""
from __future__ import annotations

import re

import pytest

from zgov_cli.analysis import asks as A
from zgov_cli.config import Config
from zgov_cli.model import Paragraph
from zgov_cli.examples import example_options, example_raw
from zgov_cli.rules.base import Example
from zgov_cli.structure import build

CFG = Config()


def mk(kind, title, lines, issuer="泽州县农业农村局", recip="泽州县人民政府"):
    return f"@title {issuer}关于{title}的{kind}\n{recip}：\n" + "\n".join(lines) + f"\n@right {issuer}\n@right 2025年5月20日"


def docof(text):
    ex = Example(text)
    return build(example_raw(ex), example_options(ex).doc, CFG)


def report_asks(line, closing="特此报告。"):
    return A.find_asks(docof(mk("报告", "春耕生产情况", ["今年全县春播面积42万亩。", line, closing])), include_ruled_out=True)


def requests(line, closing="特此报告。"):
    return [a for a in report_asks(line, closing) if a.is_request]


def request_asks(lines, title="有关事项"):
    """The asks, closings aside, of a 请示 made of ``lines`` and 妥否，请批示。"""
    return [a for a in A.find_asks(docof(mk("请示", title, lines + ["妥否，请批示。"]))) if a.kind != "closing"]


def several(lines, title="有关事项"):
    return A.matters(docof(mk("请示", title, lines + ["妥否，请批示。"])), CFG.orgs.townships)


# ---------------------------------------------------------------- the ask by construction
def test_parts_of_an_explicit_ask():
    (a,) = [x for x in report_asks("恳请县政府予以安排抗旱资金50万元。") if x.kind == "explicit"]
    assert (a.marker, a.addressee, a.grant) == ("恳请", "县政府", True)
    assert a.vp.startswith("安排抗旱资金") and a.verb == "安排"
    assert "allocate" in a.classes and a.to_recipient and a.is_request


@pytest.mark.parametrize("line,verb", [
    # a preposition and its noun alone before the comma frame the verb
    # after it: one ask, whose verb phrase goes on past the comma
    ("恳请县财政按每户每月500元标准，安排10个月租房过渡补贴共计21万元。", "安排"),
    ("请县应急管理局从县级救灾物资储备库中，调拨帐篷30顶。", "调拨"),
    ("恳请县政府对受灾较重的3个村，给予一次性生活救助。", "给予"),
])
def test_a_frame_before_the_comma_is_not_an_ask_of_its_own(line, verb):
    asks = request_asks(["今年7月，我镇遭受山洪灾害。", line])
    assert len(asks) == 1 and verb in asks[0].vp


@pytest.mark.parametrize("line,n", [
    # after an ask and its semicolon, a verb with a counted object is asked
    # again by the same marker; what the money is for is not
    ("请拨付系统改造资金26万元；更换已超期服役的流动服务车一辆。", 2),
    ("恳请县财政安排资金50万元；用于购置检测设备12台。", 1),
    ("恳请县政府同意更新，将采购资金列入预算；更换下来的6台旧设备按规定报废处置。", 1),
])
def test_after_a_semicolon_an_act_counted_is_asked_again(line, n):
    assert len(request_asks(["我馆现有设备老化，故障频繁。", line])) == n


@pytest.mark.parametrize("line,addressee", [
    ("请县财政局拨付抗旱资金50万元。", "县财政局"),
    ("恳请市委、市政府批准设立农业产业园。", "市委、市政府"),
    ("恳请贵局给予支持。", "贵局"),
    ("请县政府领导审定抗旱方案。", "县政府领导"),
    # a body named by whatever head a name may end in, not cut at a prefix
    # that is a body itself (县委|党校), nor grown over a verb tagged a noun
    ("请县委党校予以支持。", "县委党校"),
    ("请县图书馆提供报告厅。", "县图书馆"),
    ("请县人民医院派出医护人员。", "县人民医院"),
    ("请县自然资源局办理敬老院用地手续。", "县自然资源局"),
    # 编办 (机构编制委员会办公室) whole, not 县委 then a verb
    ("请县委编办予以核准。", "县委编办"),
    # nor grown over a set phrase that opens on a verb (出席会议, tagged l)
    ("恳请县政府分管领导出席会议并讲话。", "县政府分管领导"),
])
def test_addressee_is_the_shortest_whole_name(line, addressee):
    asks = [a for a in report_asks(line) if a.kind == "explicit"]
    assert asks and asks[0].addressee == addressee


@pytest.mark.parametrize("line", [
    "我局邀请专家参加了春播技术培训。",  # 邀请 holds 请 but is another word
    "申请人应当提交土地承包合同。",  # 申请人 is a person
    "全县共受理农机补贴申请表3200份。",
])
def test_a_marker_must_be_a_word_of_its_own(line):
    assert not [a for a in report_asks(line) if a.kind != "closing"]


# ---------------------------------------------------------------- modality
@pytest.mark.parametrize("line,modality", [
    ("我局已申请省级农机补贴资金200万元。", "past"),
    ("此前我局曾请求县政府协调抗旱水源。", "past"),
    ("我局请示县政府后，启动了抗旱应急响应。", "past"),
    ("待抗旱资金到位后，我局将按程序报请县政府审定分配方案。", "future"),
    ("下一步，我局将报请县政府审定实施方案。", "future"),  # what the writer will do
    ("我局拟适时提请县政府研究林地补偿政策。", "future"),
    ("部分群众希望政府增加农资补贴。", "reported"),
    ("部分乡镇提出请求县政府拨付抗旱资金。", "reported"),
    ("请各乡镇于5月底前报送春播进度。", "lower"),
    ("如需进一步了解情况，请与我局办公室联系。", "lower"),
])
def test_modality_rules_out_what_is_not_asked_now(line, modality):
    asks = [a for a in report_asks(line) if a.kind != "closing"]
    assert asks and asks[0].modality == modality
    assert not [a for a in asks if a.is_request]


def test_quoted_request_is_not_the_writers():
    assert not requests("部分乡镇在报告中提出“恳请县政府拨付抗旱资金”，我局已转财政部门研究。")


def test_downward_documents_have_no_asks_of_the_recipient():
    notice = ("@title 泽州县农业农村局关于做好春耕生产工作的通知\n各乡镇人民政府：\n请各乡镇安排专项资金支持春播。\n"
              "@right 泽州县农业农村局\n@right 2025年3月2日")
    assert A.find_asks(docof(notice)) == []


def test_asks_in_attachments_do_not_count():
    text = mk("报告", "春耕生产情况", ["今年全县春播面积42万亩。", "特此报告。", "附件：1.春播进度表",
                                     "恳请县政府安排抗旱资金50万元。"])
    assert not A.report_requests(docof(text))


# ---------------------------------------------------------------- what a 报告 may say
@pytest.mark.parametrize("line,closing", [
    ("今年春播进展顺利。", "特此报告。"),
    ("今年春播进展顺利。", "以上报告，请审阅。"),
    ("请县政府领导阅知。", "特此报告。"),
    ("不妥之处，恳请批评指正。", "特此报告。"),
    ("今年春播进展顺利。", "以上报告，请予审议。"),
])
def test_what_a_report_may_properly_ask(line, closing):
    assert not requests(line, closing)


@pytest.mark.parametrize("line,closing", [
    ("现将《春耕生产保障方案》随文报送，请审定。", "特此报告。"),  # a plan put up for 审定
    ("部分农田水利设施损毁，请县政府研究解决。", "特此报告。"),  # asking the government to 研究
    ("今年春播进展顺利。", "以上报告，盼复。"),  # hoping for a reply
    ("建议县政府从预备费中安排资金50万元，用于购置抗旱设备。", "特此报告。"),  # 建议县政府…安排资金
    ("下一步，拟由县财政安排农资补贴资金80万元。", "特此报告。"),  # 拟由县财政安排…
    ("今年春播进展顺利。", "以上报告如无不妥，请转发各乡镇执行。"),
    ("抗旱设备缺口较大，所需资金请予支持。", "特此报告。"),  # a fronted topic before 请予
    ("特将抗旱方案报请县政府审定。", "特此报告。"),  # 将 + object before the marker
    ("恳请县政府协调县水务局支持抗旱水源调度。", "特此报告。"),
    # the recipient named with 由, its act going on in the next clause
    ("抗旱水源权属不清。建议由县政府召开专题会议，协调县水务局研究解决水源调度问题。", "特此报告。"),
    ("今年春播进展顺利。", "妥否，请批示。"),
])
def test_everything_else_that_asks_is_a_request(line, closing):
    assert requests(line, closing)


@pytest.mark.parametrize("line,expect", [
    ("希望县政府给予资金支持。", True),  # a grant particle
    ("希望县政府尽快批复抗旱应急预案。", True),  # decide
    ("建议县政府加大农业投入，强化政策支持。", False),  # a direction, nothing to grant
    ("希望县政府继续关心支持我局工作。", False),
    ("建议县教育局统筹安排资金。", False),  # advice on what another body should do
    ("建议将春播工作纳入乡镇年度考核。", False),  # nobody addressed
    ("恳请县政府加强指导。", False),  # courtesy: nothing to approve, give or decide
    ("恳请县政府关心支持我局工作。", False),
    ("建议由县政府牵头，进一步加强部门协作。", False),  # a direction, with 由 as well
])
def test_wishes_and_suggestions_ask_only_for_something_to_grant_or_decide(line, expect):
    assert bool(requests(line)) == expect


# ---------------------------------------------------------------- closings and implicit asks
def test_closing_is_an_ask_without_a_matter_of_its_own():
    r = several(["恳请县政府安排高标准农田建设配套资金600万元。"], "高标准农田建设配套资金")
    assert len(r.matters) == 1 and all(a.kind != "closing" for a in r.asks)


def test_a_plan_put_up_by_the_closing_is_an_implicit_ask():
    r = several(["为促进农产品销售，我局拟在县城东区建设农产品展销中心一处，总投资380万元。",
                 "同时，恳请县政府为我局增加事业编制3名。"], "建设农产品展销中心")
    assert [a.kind for a in r.asks] == ["implicit", "explicit"]
    assert r.several


def test_the_plan_behind_an_ask_is_its_reason_not_another_matter():
    r = several(["我局拟在县城东区建设农产品展销中心一处，总投资380万元。", "恳请县政府安排建设资金200万元。"],
                "农产品展销中心建设资金")
    assert not r.several


@pytest.mark.parametrize("lines", [
    ["为研究解决设施农业用地问题，我局拟于6月上旬召开专题会议。", "待县政府同意后，按程序提请县政府常务会议审议。"],
    ["我局起草了设施农业用地管理办法，恳请县政府审定。", "审定后，按程序提请县政府常务会议研究；届时由县政府办公室印发。"],
])
def test_future_procedure_is_not_a_second_ask(lines):
    assert not several(lines, "设施农业用地管理办法").several


def test_the_writers_own_follow_up_is_no_implicit_ask():
    r = several(["恳请县政府安排秸秆综合利用项目资金200万元。", "同时，我局拟安排专人负责项目监管，确保资金安全。"],
                "秸秆综合利用项目资金")
    assert not r.several


@pytest.mark.parametrize("second,expect", [
    ("此外，我局市政维护中心人员不足，需增设市政维护岗位10个。", True),  # a need after a turn: put up by the closing
    ("同时，清淤还需配套资金购置吸污车1辆。", False),  # a need of the same work
    ("此外，清淤工作需县城管局配合。", False),  # no resource: a detail
])
def test_a_need_after_a_turn(second, expect):
    r = several(["恳请县政府安排城区排水管网清淤经费86万元。", second], "城区排水管网清淤经费")
    assert r.several == expect


@pytest.mark.parametrize("need,implicit", [
    ("县教育局检查时，也将礼堂安全列为需要限期整改的问题。", False),  # 需要… modifies 问题
    ("此外，礼堂还需要更换座椅230个。", True),  # a need stated, counted
])
def test_the_noun_need_is_no_need_put_up(need, implicit):
    # (the paragraph before an ask that opens on a thing of its own: a need
    # stated there is what the ask turns from, put up by the closing)
    asks = request_asks(["我校礼堂建于1993年，舞台木地板多处塌陷，音响设备老化。", need,
                         "经专业机构测算，修缮费用共需68.4万元，恳请县政府拨付专项资金予以解决。"], "礼堂修缮经费")
    assert any(a.kind == "implicit" for a in asks) == implicit


def test_closing_that_counts_its_matters():
    r = several(["今年县级配套资金660万元尚未落实。", "我局拟联合县税务局开展水资源费专项清缴。"])
    assert not r.several
    text = mk("请示", "有关事项", ["今年县级配套资金660万元尚未落实。", "我局拟联合县税务局开展水资源费专项清缴。",
                                "以上两项请示，妥否，请批示。"])
    assert A.matters(docof(text)).closing_count == 2


# ---------------------------------------------------------------- matters
@pytest.mark.parametrize("expect,lines", [
    (True, ["恳请县政府安排高标准农田建设配套资金600万元。", "另请求县政府协调解决我局机关食堂改造经费20万元。"]),
    (True, ["请县政府批准实施秸秆综合利用项目。", "还望县政府批准我局招聘农技人员5名。"]),
    (True, ["现特请县政府批准秸秆综合利用项目立项，并同意为我局增加公务用车编制1辆。"]),
    (False, ["我局拟实施秸秆综合利用项目，需要建设用地15亩。", "请县政府批准项目实施，并协调县自然资源局办理用地手续。"]),
    (False, ["恳请县政府安排配套资金600万元，其中首期300万元于6月底前拨付。", "如蒙同意，我局将严格按照资金管理办法使用。"]),
    (False, ["部分合作社来函提出“请求县政府增加农机补贴”，我局进行了核实。", "恳请县政府追加农机购置补贴资金150万元。"]),
    # a phase as a time (一期时) points at nothing: another body's posts
    (True, ["恳请县政府安排城区供水管网改造资金1620万元。",
            "同时，县污水处理厂扩建后日处理能力翻番，但运行人员仍为一期时的18名，请县政府批准增加事业编制12名。"]),
])
def test_matters_by_object_and_purpose(expect, lines):
    assert several(lines).several == expect


@pytest.mark.parametrize("lines,expect", [
    (["恳请县政府批准举办第五届珏山文化旅游节，并安排活动经费30万元。"], False),  # 并 adds what it needs
    (["恳请县政府批准成立泽州县养老服务指导中心，并核定事业编制5名。"], False),
    (["恳请县政府安排城区学校扩容改造资金800万元，并批准增加教师编制35名。"], True),  # 并 adds another thing
    (["恳请县政府安排专项资金180万元用于更新应急救援装备，并批准我局增加事业编制6名。"], True),  # posts after money
])
def test_what_bing_adds(lines, expect):
    assert several(lines).several == expect


@pytest.mark.parametrize("title,parts", [
    ("泽州县文旅局关于举办第五届珏山文化旅游节并安排活动经费的请示", 0),
    ("泽州县民政局关于成立养老服务指导中心并核定事业编制的请示", 0),
    ("泽州县教育局关于申请城北小学改造资金和增加教师编制的请示", 2),
    # how the first part's thing is to be run: its manner
    ("泽州县卫健局关于新建城东社区卫生服务站并实行公建民营模式的请示", 0),
    ("泽州县农业农村局关于新建农产品检测中心并调整农技站内设机构的请示", 2),
    # …or the temporary organ that carries it out
    ("泽州县市场监管局关于开展食品安全专项整治行动并成立工作专班的请示", 0),
    # money (经费, which the tagger calls a verbal noun) is no verb the first
    # part ends on: two acts, two matters
    ("泽州县水务局关于追加抗旱物资储备经费和调整内设机构名称的请示", 2),
    # a light verb (开展) whose activity the first part has not reached: the
    # joiner is inside its object, two things one act is done to
    ("泽州县城市管理局关于开展城区违规广告和招牌集中整治的请示", 0),
])
def test_title_joined_by_bing_adds_what_the_first_part_needs(title, parts):
    assert len(A.title_matters(title)) == parts


def test_background_never_merges_two_matters():
    # both plans are about the title's topic (镇区环境整治), yet they are two
    r = several(["我镇拟于6月至9月对镇区农贸市场实施封闭式改造。",
                 "同时，镇区主街道路灯老化，我镇拟将其全部更换为LED太阳能路灯。"], "镇区环境整治有关工作安排")
    assert len(r.matters) == 2


def test_every_row_of_the_decision_table_names_known_features():
    for row in A.vocab()["decide"]:
        assert row["then"] in ("same", "other") and row["why"]
        for cond in row["when"]:
            assert cond.removeprefix("not:") in A.FEATURES


def test_grouping_is_linear_in_the_number_of_asks(monkeypatch):
    # forty asks about one thing: each is compared with the one matter's
    # summary, never with every earlier ask
    calls = []
    real = A.decide
    monkeypatch.setattr(A, "decide", lambda m, b, ctx: calls.append(1) or real(m, b, ctx))
    lines = [f"恳请县政府安排第{i}标段凤台街改造工程资金{i}0万元。" for i in range(1, 41)]
    r = several(lines, "凤台街改造工程资金")
    assert len(r.matters) == 1
    assert len(calls) <= len(r.asks)


def test_grouping_many_matters_compares_each_ask_with_a_bounded_number(monkeypatch):
    # a long list of unrelated asks (a different facility, its own case and
    # resource in each paragraph): each ask is compared with at most
    # RECENT_MATTERS matters, so the cost stays linear in the number of asks
    calls: list[int] = []
    real = A.decide
    monkeypatch.setattr(A, "decide", lambda m, b, ctx: calls.append(id(b)) or real(m, b, ctx))
    things = ("卫生院 中学 小学 敬老院 幼儿园 文化站 派出所 消防站 农贸市场 污水处理站 垃圾中转站 供水站 "
              "养殖场 图书馆 体育馆 便民服务中心 客运站 停车场 变电站 粮站 兽医站 林业站 水利站 农技站 "
              "司法所 财政所 邮政所 卫生室 福利院 档案室 广播站 电影院 公园 大桥 水库 泵站").split()
    needs = [("设施陈旧", "安排{x}维修资金{n}万元"), ("人员紧缺", "为{x}增加事业编制{k}名"),
             ("用地紧张", "为{x}划拨建设用地{k}亩")]
    towns = CFG.orgs.townships
    lines = []
    for i, t in enumerate(things):
        case, ask = needs[i % 3]
        x = towns[i % len(towns)] + t
        lines.append(f"{x}{case}。恳请县政府" + ask.format(x=x, n=i + 10, k=i % 7 + 2) + "。")
    r = several(lines, "有关事项")
    assert len(r.matters) > A.RECENT_MATTERS  # many matters…
    assert max(calls.count(c) for c in set(calls)) <= A.RECENT_MATTERS  # …each ask compared with a bounded few


def test_finding_names_who_is_asked_what():
    r = several(["恳请县政府安排高标准农田建设配套资金600万元。", "另请求县政府批准增加农技推广岗位5个。"])
    first, second = (m.first for m in r.matters)
    assert first.describe() == "向县政府请求资金" and "编制岗位" in second.describe()
    assert A.asked_of(first) == "恳请县政府安排，涉及资金" and A.asked_of(second) == "请求县政府批准，涉及编制岗位"


def test_finding_names_the_verb_the_tagger_calls_a_noun():
    """选派 opens its phrase before a count of people (选派20名民警…): the
    finding names it, not the last verb (值守)."""
    r = several(["恳请县政府安排高标准农田建设配套资金600万元。",
                 "另外，春节灯会期间人流密集，请县公安局选派20名民警现场值守。"])
    second = r.matters[-1].first
    assert A.asked_of(second).startswith("请县公安局选派")
    assert A._first_verb("选派20名民警现场值守") == "选派"
    assert A._first_verb("资金50万元") != "资金"  # a thing counted, no noun after the count


# ---------------------------------------------------------------- more wordings (林业局)
REPORT_LINES = [
 (False, ["全年完成造林2.3万亩。", "我局已报请县政府审批森林防火规划，目前正在审核中。", "特此报告。"]),
 (False, ["全年完成造林2.3万亩。", "下一步，我局将按程序报请县政府研究林长制考核办法。", "特此报告。"]),
 (False, ["全年完成造林2.3万亩。", "按照县政府关于造林绿化请示的批复，我局已完成任务。", "特此报告。"]),
 (False, ["全年完成造林2.3万亩。", "我局向市林业局申请的退化林修复资金已全部到位。", "特此报告。"]),
 (False, ["全年完成造林2.3万亩。", "县政府要求我局于年底前完成森林督查整改，我局已全部完成。", "特此报告。"]),
 (False, ["全年完成造林2.3万亩。", "敬请各位领导审阅。"]),
 (False, ["全年完成造林2.3万亩。", "现将有关情况报告如下，请予备案。"]),
 (False, ["全年完成造林2.3万亩，林农普遍希望提高生态护林员补助标准。", "我局已将有关意见汇总上报。", "特此报告。"]),
 (False, ["全年完成造林2.3万亩。", "请县政府放心，我局将全力做好森林防火工作。", "特此报告。"]),
 (False, ["全年完成造林2.3万亩。", "如蒙批准，我局将按期完成。", "特此报告。"]),
 (False, ["全年完成造林2.3万亩。其中，企业申请使用林地3宗，我局均按规定办理。", "特此报告。"]),
 (True, ["全年完成造林2.3万亩。", "明年造林任务较重，请县政府在年度预算中予以统筹。", "特此报告。"]),
 (True, ["全年完成造林2.3万亩。", "鉴于护林员队伍不足，恳请增加生态护林员岗位50个。", "特此报告。"]),
 (True, ["全年完成造林2.3万亩。", "以上报告及所附方案，请批准后实施。"]),
 (True, ["全年完成造林2.3万亩。", "另，林区防火道路建设所需资金200万元，请县财政予以解决。", "特此报告。"]),
 (True, ["全年完成造林2.3万亩。", "我们恳切希望县政府尽快研究出台林地补偿政策。", "特此报告。"]),
 (True, ["全年完成造林2.3万亩。", "对此，期盼县政府给予政策和资金上的支持。", "特此报告。"]),
 (True, ["全年完成造林2.3万亩。", "为此建议：一是由县财政安排森林防火专项资金100万元；二是增加护林员岗位。", "特此报告。"]),
 (True, ["全年完成造林2.3万亩。", "上述意见妥否，请县政府批示。"]),
 (True, ["全年完成造林2.3万亩。", "请县政府审定后印发各乡镇执行。", "特此报告。"]),
 (True, ["全年完成造林2.3万亩。", "有关情况和建议如上，请予研究。"]),
 (True, ["全年完成造林2.3万亩。", "以上报告，请批示。"]),
 (True, ["全年完成造林2.3万亩。", "特此报告，并请批复。"]),
]


@pytest.mark.parametrize("expect,lines", REPORT_LINES)
def test_report_wordings(expect, lines):
    doc = docof(mk("报告", "2025年林业工作情况", lines, issuer="泽州县林业局"))
    assert bool(A.report_requests(doc)) == expect


REQUEST_LINES = [
 (True, ["我局拟在丹河湿地新建森林防火瞭望塔3座，恳请县政府安排建设资金90万元。", "此外，我局林业站办公用房年久失修，也请县政府予以维修。"]),
 (True, ["恳请县政府批准成立泽州县林业综合执法大队。", "另外，请县政府追加今年退耕还林补助资金120万元。"]),
 (True, ["一、关于森林防火经费。恳请县政府追加森林防火经费60万元。", "二、关于护林员招聘。恳请县政府同意公开招聘专职护林员30名。"]),
 (True, ["现将有关事项请示如下：", "（一）请县政府将珏山林场纳入县级公益林管护范围。", "（二）请县政府协调解决林业局办公楼维修资金35万元。"]),
 (False, ["为加强森林防火，我局拟购置森林消防车2辆，所需资金80万元，恳请县政府予以安排。", "车辆购置后，由县森林消防大队统一管理使用。"]),
 (False, ["恳请县政府批准实施丹河湿地公园建设项目。", "项目用地32亩已纳入国土空间规划，恳请县政府协调县自然资源局办理用地手续。", "项目所需资金1200万元，恳请县政府统筹安排。"]),
 (False, ["我局拟于11月组织全县林业系统业务培训，恳请县政府同意。", "培训经费3万元由我局部门预算列支。"]),
 (False, ["2024年，县政府批准我局实施退化林修复项目，项目已完工。", "根据项目建设情况，恳请县政府拨付项目剩余资金60万元。"]),
 (False, ["恳请县政府追加森林防火经费60万元。", "如资金不能一次到位，可分两期拨付，首期30万元。"]),
]


@pytest.mark.parametrize("expect,lines", REQUEST_LINES)
def test_request_wordings(expect, lines):
    doc = docof(mk("请示", "有关事项", lines + ["妥否，请批示。"], issuer="泽州县林业局"))
    assert A.matters(doc, CFG.orgs.townships).several == expect


# one matter told with details in new words, or two matters in varied wording
MATTER_LINES = [
 # clean: one matter, details with new words
 (False, "新建城东幼儿园", ["为缓解城区学前教育学位紧张，我局拟在城东新区新建公办幼儿园1所，设12个班。", "恳请县政府批准该项目，同时协调县自然资源局划拨建设用地8亩，并将项目列入年度重点工程。"], "泽州县教育局"),
 (False, "新建城东幼儿园", ["我局拟在城东新区新建公办幼儿园1所，总投资2400万元。", "恳请县政府批准项目建设，所需资金由县财政分两年安排。", "另外，幼儿园建成后所需教师由我局在现有编制内调剂解决，不再申请新增编制。"], "泽州县教育局"),
 (False, "村级组织活动场所改造", ["我镇有8个村的村级组织活动场所面积不足。", "恳请县政府安排村级组织活动场所改造资金120万元。", "同时，恳请县政府协调县住建局对改造方案进行技术指导。"], "巴公镇人民政府"),
 (False, "召开全县秋季森林防火工作会议", ["我局拟于10月15日召开全县秋季森林防火工作会议，恳请县政府主要领导出席并讲话。", "会议通知拟以县政府办公室名义印发。"], "泽州县林业局"),
 (False, "申请政府专项债券额度", ["恳请市政府在下达2026年新增专项债券额度时，对我县城市更新项目给予倾斜，安排额度5亿元。", "该额度将主要用于老旧小区改造、城市燃气管网更新等城市更新项目。"], "泽州县人民政府", "晋城市人民政府"),
 (False, "调整城区公交票价", ["我局拟将城区公交票价由1元调整为2元，老年人、学生继续享受免费或半价优惠。", "调价方案已经听证会论证。", "如蒙同意，拟于2026年1月1日起执行，届时由我局向社会公告。"], "泽州县交通运输局"),
 (False, "设立泽州县人才发展服务中心", ["为加强人才工作，拟设立泽州县人才发展服务中心，为县人社局所属公益一类事业单位，核定事业编制8名。", "所需经费纳入县财政预算。", "当否，请批示。"], "泽州县人力资源和社会保障局"),
 # two matters with varied wording
 (True, "新建城东幼儿园", ["恳请县政府批准在城东新区新建公办幼儿园1所。", "另外，县职业中学实训楼屋顶漏水严重，亟需维修，恳请县政府安排维修资金45万元。"], "泽州县教育局"),
 (True, "有关事项", ["一是请县政府将我镇列为全县乡村旅游重点镇；二是请县政府为我镇配备垃圾清运车2辆。"], "巴公镇人民政府"),
 (True, "申请政府专项债券额度", ["恳请市政府对我县城市更新项目给予专项债券额度倾斜。", "此外，我县拟申报全国县域商业体系建设示范县，恳请市政府予以推荐。"], "泽州县人民政府", "晋城市人民政府"),
 (True, "调整城区公交票价", ["我局拟将城区公交票价由1元调整为2元。", "与此同时，城区公交场站用地紧张，请求县政府为公交首末站项目调剂建设用地10亩。"], "泽州县交通运输局"),
 (True, "调整城区公交票价", ["请县政府批准将城区公交票价由1元调整为2元。", "我局还请求县政府核增客运管理所事业编制4名。"], "泽州县交通运输局"),
]


@pytest.mark.parametrize("item", MATTER_LINES)
def test_matters_in_varied_wording(item):
    expect, title, lines, issuer = item[:4]
    recip = item[4] if len(item) > 4 else "泽州县人民政府"
    closing = [] if lines[-1].startswith("当否") else ["妥否，请批示。"]
    doc = docof(mk("请示", title, lines + closing, issuer=issuer, recip=recip))
    assert A.matters(doc, CFG.orgs.townships).several == expect


# ---------------------------------------------------------------- the findings
def _findings(text, code):
    from zgov_cli.examples import run_example

    return [f for f in run_example(Example(text))[1] if f.code == code]


def test_zg101_finding_quotes_each_matter_and_says_who_is_asked_what():
    text = mk("请示", "有关事项", ["恳请县政府安排高标准农田建设配套资金600万元。", "另请求县政府批准增加农技推广岗位5个。",
                                "妥否，请批示。"])
    (f,) = _findings(text, "ZG101")
    assert f.evidence == "事项一：“恳请县政府安排高标准农田建设配套资金600万元”；事项二：“另请求县政府批准增加农技推广岗位5个”"
    assert "事项一恳请县政府安排，涉及资金" in f.message and "事项二请求县政府批准，涉及编制岗位" in f.message


def test_zg101_finding_on_a_closing_that_counts_two():
    text = mk("请示", "有关事项", ["今年县级配套资金660万元尚未落实。", "我局拟联合县税务局开展水资源费专项清缴。",
                                "以上两项请示，妥否，请批示。"])
    (f,) = _findings(text, "ZG101")
    assert f.evidence == "以上两项请示，妥否，请批示" and "写明是2项" in f.message


def test_zg102_finding_says_whom_the_report_asks_what():
    text = mk("报告", "春耕生产情况", ["今年全县春播面积42万亩。", "建议县政府从预备费中安排资金50万元，用于购置抗旱设备。",
                                    "特此报告。"])
    (f,) = _findings(text, "ZG102")
    assert f.evidence == "建议县政府从预备费中安排资金50万元，用于购置抗旱设备"
    assert "建议县政府安排，涉及资金" in f.message and "报告不得夹带请示事项" in f.message


# clean 报告 of many kinds, and requests hidden in them (林业局)
REPORT_LINES_2 = [
 (False, ["今年以来，全县新建5G基站320个。", "下一步，我局将会同各乡镇加快推进农村地区网络覆盖，力争年底前实现行政村全覆盖。", "特此报告。"]),
 (False, ["全县完成义务植树120万株。", "按照县委、县政府主要领导批示要求，我局组织开展了森林火灾隐患排查。", "专此报告。"]),
 (False, ["全县完成义务植树120万株。", "经县政府第12次常务会议研究同意，我局对部分林区实施了封山育林。", "特此报告。"]),
 (False, ["全县完成义务植树120万株。", "村民代表提出“请政府帮助修复林区道路”的意见，我局已列入明年计划。", "特此报告。"]),
 (False, ["全县完成义务植树120万株。", "目前存在的主要问题：一是管护资金不足；二是专业人员短缺；三是基础设施薄弱。", "特此报告。"]),
 (False, ["全县完成义务植树120万株。", "以上报告，请阅示。"]),
 (False, ["全县完成义务植树120万株。", "报告如有不当之处，敬请批评指正。"]),
 (False, ["全县完成义务植树120万株。", "请各位领导审阅。"]),
 (False, ["全县完成义务植树120万株。", "有关企业申请林地审批手续，我局已按规定办结。", "特此报告。"]),
 (False, ["全县完成义务植树120万株。", "县政府批复同意的造林规划已全部完成。", "特此报告。"]),
 (False, ["全县完成义务植树120万株。", "此前，县政府已安排森林防火资金60万元。", "特此报告。"]),
 (False, ["全县完成义务植树120万株。", "下一步，我局计划争取省级林业改革发展资金300万元。", "特此报告。"]),
 (True, ["全县完成义务植树120万株。", "当前林区防火道路缺口较大，请县政府统筹安排资金予以支持。", "特此报告。"]),
 (True, ["全县完成义务植树120万株，但护林员工资长期偏低。请求县政府将护林员补助标准由每月800元提高到1200元。下半年我局将继续做好管护工作。", "特此报告。"]),
 (True, ["全县完成义务植树120万株。", "鉴于上述情况，建议县政府研究出台林业生态补偿办法，并安排启动资金100万元。", "特此报告。"]),
 (True, ["全县完成义务植树120万株。", "以上报告，妥否，请示。"]),
]


@pytest.mark.parametrize("expect,lines", REPORT_LINES_2)
def test_report_wordings_2(expect, lines):
    doc = docof(mk("报告", "2025年林业工作情况", lines, issuer="泽州县林业局"))
    assert bool(A.report_requests(doc)) == expect


# lists after 请示如下：/以下事项：, asks inside list entries, 最后/另拟请 (教育局)
LIST_LINES = [
 (True, ["现就有关事项请示如下：", "（一）安排城北小学教学楼加固资金200万元；", "（二）增加城区学校教师编制30名。"]),
 (True, ["为推进教育优质均衡发展，特请示以下事项：", "1.同意新建城东小学；", "2.追加乡村教师生活补助资金120万元。"]),
 (True, ["我局恳请县政府帮助解决以下问题：一、城北小学教学楼加固资金200万元；二、城区学校教师编制不足30名。"]),
 (False, ["现就城北小学改造有关事项请示如下：", "（一）同意实施城北小学教学楼加固工程；", "（二）安排城北小学教学楼加固资金200万元。"]),
 (True, ["恳请县政府安排城北小学教学楼加固资金200万元。另外，县教育局机关办公楼电梯老化，特申请更换电梯资金40万元。"]),
 (True, ["请县政府批准城东小学建设项目。", "最后，恳请县政府协调解决教育局机关公务用车1辆。"]),
 (True, ["拟请县政府召开专题会议研究城东小学建设选址；另拟请县政府批准追加学前教育补助资金80万元。"]),
 (False, ["恳请县政府召开专题会议，研究城东小学建设选址问题。", "会议拟由分管副县长主持，县自然资源局、县住建局参加。"]),
]


@pytest.mark.parametrize("expect,lines", LIST_LINES)
def test_lists_and_turns(expect, lines):
    doc = docof(mk("请示", "有关事项", lines + ["妥否，请批示。"], issuer="泽州县教育局"))
    assert A.matters(doc, CFG.orgs.townships).several == expect


def test_words_cut_before_places_were_known_are_not_reused():
    """A verdict must not depend on which document was read first: places
    added after a text was cut make its cached words stale, so they are cut
    again (this once made a 请示's verdict depend on the batch order)."""
    from zgov_cli.analysis import asks

    text = "请县政府安排甲乙丙丁镇供水管网改造资金"
    before = asks.tokens(text)
    assert ("甲乙丙丁镇", ) not in {(w,) for _, w, _ in before}
    asks.add_places(["甲乙丙丁镇"])
    after = asks.tokens(text)
    assert any(w == "甲乙丙丁镇" for _, w, _ in after), after


def test_new_places_also_renew_what_was_derived_from_the_old_cut():
    """The key words of an ask come from its cut words: a place learnt later
    must not leave a stale cut (北义城镇 read as 北义|城镇) in them, or a verdict
    would depend on which document was read first."""
    text = "请批准北义城镇卫生院扩建，拨付甲乙城镇道路资金"
    assert "城镇" in A._key_words(text)
    A.add_places(["北义城镇", "甲乙城"])
    assert "城镇" not in A._key_words(text)


# ---------------------------------------------------------------- service asks
@pytest.mark.parametrize("vp,expect", [
    ("协调水务局加强技术指导", True), ("在环评审批、排污口设置论证方面给予指导", True), ("给予技术支持", True),
    ("做好安保、医疗和交通保障工作", True), ("协调县公安局交警大队做好交通疏导", True),
    ("分管副县长出席会议并讲话", True), ("协调县住建局对改造方案进行技术指导", True),
    ("派技术人员全程指导施工", True), ("选派专家驻点指导", True), ("派技术人员维修设备", False),
    ("安排技术人员对我县窗口人员进行系统操作培训", True), ("派员对设备选型进行现场指导", True),
    ("在项目建设方面给予资金支持", False), ("举办培训班", False), ("安排培训经费20万元", False),
    ("协调县财政局予以核销", False), ("予以维修", False), ("支持我镇新建便民服务中心", False), ("安排资金50万元", False),
    # a body's people sent to be there or take part: help, not posts
    ("每月安排人员到所驻点两天，协助开展登记", True), ("派驻监理人员全程参与隐蔽工程验收监督", True),
    # people counted out fill posts; posts named are asked for
    ("选派两名业务骨干到中心任职", False), ("安排人员编制4名", False), ("安排工作人员6名", False),
])
def test_service_asks_serve_a_matter_and_acts_of_their_own_do_not(vp, expect):
    """Guidance, cooperation or attending with no object of its own is a
    detail of the matter it serves; an act or a thing of its own is not."""
    assert A._is_service(vp) == expect


@pytest.mark.parametrize("text,kind", [
    ("同意将县档案馆调整为副处级公益一类事业单位", True),
    ("将县规划展览中心明确为正科级", True),
    ("将城区居民供暖价格调整为每平方米26元", False),
    ("安排专项资金200万元", False),
])
def test_a_body_made_a_rank_it_was_not_is_a_change_of_that_body(text, kind):
    """A body's rank or class changed is named by the construction (调整为…
    正/副…级, 公益一类), not by one more word: a change of a body (reorg)."""
    assert ("reorg" in A.kinds_of(text)) == kind


@pytest.mark.parametrize("issuer,short", [
    ("泽州县医疗保障局", "医保"), ("泽州县文化和旅游局", "文旅"), ("泽州县人力资源和社会保障局", "人社"),
    ("泽州县发展和改革局", "发改"),
])
def test_the_issuers_field_under_its_usual_short_name_is_background(issuer, short):
    """医保 in two asks of a 医疗保障局 is its field, as 医疗保障 would be:
    the short form (first characters of two words in a row) is background."""
    doc = docof(mk("请示", "有关事项", ["请县政府安排资金。", "妥否，请批示。"], issuer=issuer))
    assert short in A.issuer_words(doc)


@pytest.mark.parametrize("text", ["镇里经过研究，拟将集贸市场搬迁", "县里将拦车村纳入饮水工程", "局里已经批准"])
def test_a_body_named_by_its_level_is_not_a_thing(text):
    """镇里、县里、局里 name a body the colloquial way: two asks do not share
    a thing for both saying 镇里."""
    assert not {"镇里", "县里", "局里"} & A.specifics(text)


def test_the_short_names_of_what_a_matter_builds():
    from zgov_cli.analysis.asks import _built_names

    names, heads = _built_names("我局拟在周村镇建设泽州县病死畜禽无害化处理中心，日处理能力10吨")
    assert {"处理中心", "无害化处理中心", "泽州县病死畜禽无害化处理中心"} <= names
    assert "中心" not in names  # two characters name too much
    assert "中心" in heads  # its last word, for the name said alone (到中心坐诊)
    assert _built_names("我局拟对播出系统进行整体更新，预算资金246万元") == (frozenset(), frozenset())


def test_a_title_joiner_inside_a_name_or_quote_joins_nothing():
    title = "泽州县文学艺术界联合会关于举办“太行丹青——庆祝中华人民共和国成立76周年书画展”的请示"
    assert A.title_matters(title) == []
    assert A.title_matters("泽州县文联关于举办中华人民共和国成立纪念展的请示") == []
    # a real joiner still joins two asks
    assert A.title_matters("泽州县教育局关于新建第二中学教学楼和调整教师绩效工资标准的请示")


@pytest.mark.parametrize("title", [
    "泽州县人民防空办公室关于购置人防指挥通信车及配备驾驶员的请示",
    "泽州县民政局关于设立县婚姻家庭辅导站及人员配备的请示",
])
def test_a_title_part_that_only_staffs_the_other_is_its_need(title):
    assert A.title_matters(title) == []


def test_a_title_part_asking_another_resource_is_its_own():
    assert A.title_matters("泽州县教育局关于申请追加学生营养餐经费和增加教师编制的请示")


def test_a_kind_word_opening_a_longer_word_names_nothing():
    # 招聘会 (a job fair) is no 招聘 (hiring posts); 招聘教师 is
    assert "staff" not in A.kinds_of("拟在县体育中心举办春风行动大型招聘会")
    assert "staff" in A.kinds_of("拟公开招聘教师20名")


@pytest.mark.parametrize("line,content", [
    # the body is only the way; what it is to do follows the comma
    ("恳请县政府协调县委编办，为该站核定事业编制6名。", "核定事业编制6名"),
    ("请市政府商请省残联，在康复人才培训计划中为新校安排名额。", "安排名额"),
])
def test_an_ask_through_a_body_holds_what_that_body_is_to_do(line, content):
    asks = request_asks([line])
    assert len(asks) == 1 and content in asks[0].vp and content in asks[0].text


@pytest.mark.parametrize("line,left_out", [
    # the rest of the money, and where it comes from, is the writer's statement
    ("恳请县财政安排资金680万元，其余300万元从教育补助资金中列支。", "列支"),
    # a clause on a thing the writer plans for is its own statement too
    ("恳请县财政安排前期经费150万元，建设资金拟申请省级专项资金解决。", "专项资金"),
])
def test_what_the_writer_says_after_an_ask_is_not_its_object(line, left_out):
    (a,) = request_asks([line])
    assert left_out not in a.obj


@pytest.mark.parametrize("lead", [
    "西沟村、东沟村在入户走访中提出，",
    "部分企业在座谈会上反映，",
])
def test_a_party_that_spoke_somewhere_is_still_the_speaker(lead):
    """Where the others said it (在调研中, 在座谈会上) stands between them
    and their verb of saying: the wish that follows is theirs, reported."""
    found = report_asks(lead + "希望对搬迁户提高补助标准。", "以上报告，请审阅。")
    assert not [a for a in found if a.is_request]


@pytest.mark.parametrize("lead", [
    "部分养殖户反映补助标准偏低，",  # -户, a household
    "两个市场的开办方反映快检设备更新资金压力较大，",  # -方, a party
    "部分村委会提出村级林长工作量大，",  # -会, a committee
    "检查中，部分场所的管理组织提出，",  # 组织
    "部分经营者表示，",  # -者, whoever does it
])
def test_whoever_acts_by_the_noun_chinese_forms_for_it_is_a_speaker(lead):
    """Agent nouns are formed by their last morpheme (养殖户, 开办方, 村委会,
    经营者): what they are reported to wish is theirs, not the writer's."""
    found = report_asks(lead + "希望得到财政补助。", "特此报告。")
    assert not [a for a in found if a.is_request]


@pytest.mark.parametrize("vp,expect", [
    # a preposition then what readers are to do: told, not asked
    ("于5月底前报送统计表", True), ("与区政府办公室联系", True),
    # who gains, and a thing counted out for it: asked of the recipient
    ("为乡卫生院配备救护车1辆", False), ("给村小学购置课桌椅60套", False),
])
def test_an_instruction_tells_and_a_provision_counted_out_asks(vp, expect):
    assert A._instruction(vp) == expect


@pytest.mark.parametrize("line,expect", [
    # this time's event as the cause of the need: a cause, no pointer back
    ("库房建于2008年，本次暴雨导致部分物资受潮，请予批准新建防雨棚。", False),
    # this time's thing asked for: the one just described
    ("请同意我院开展本次招聘。", True),
    # a head that ends a name (…改造工程至今…) names its own thing
    ("4所卫生院实施的发热门诊改造工程至今尚欠工程款92万元，请县财政予以统筹解决。", False),
    ("为确保项目年内开工，请县财政予以安排。", True),
    # the money of a phase (前期工作经费) is the phase of the project put up
    ("恳请县财政安排前期工作经费150万元。", True),
    # a phase narrated as the case of another thing points nowhere
    ("陵沁高速南出口项目因涉及路网衔接，前期工作推进缓慢，恳请市政府协调加快审批进度。", False),
])
def test_a_pointer_back_is_a_pointer_at_a_thing(line, expect):
    (a,) = [x for x in request_asks(["我县拟实施一项工程。", line]) if x.kind == "explicit"]
    assert a.backref == expect


@pytest.mark.parametrize("text,name", [
    ("拟新建综合训练馆一座，建筑面积9000平方米。", "综合训练馆"),
    ("须在南部新区建设一级普通消防站一座。", "普通消防站"),
    ("拟新建一座游客服务中心，", "游客服务中心"),
])
def test_what_is_built_is_named_without_its_count(text, name):
    names, _heads = A._built_names(text)
    assert name in names and not any(n.endswith("一座") for n in names)


def test_a_planned_verb_that_modifies_a_noun_plans_nothing():
    """拟报废的6辆车辆已经…鉴定: 拟 and its verb before 的 describe the cars;
    the plan is the one stated elsewhere, and a later paragraph's own plan
    is still put up by the closing."""
    lines = ["我局拟报废旧车6辆，更新购置执法车辆6辆，所需资金约108万元，请县财政予以安排。",
             "拟报废的6辆车辆已经县机关事务服务中心鉴定，符合报废条件。",
             "拟于今年9月举办全县食品安全宣传周活动，所需经费12万元。",
             "以上妥否，请批示。"]
    found = A.find_asks(docof(mk("请示", "更新执法车辆", lines)))
    plans = [a for a in found if a.kind == "implicit"]
    assert [a.vp[:3] for a in plans] == ["于今年"]


def test_plan_and_need_words_that_put_up_nothing():
    """A need word in a condition the writer meets itself (如需…，我局将…)
    or before 的 (村里急需的…) puts nothing up, even where the closing puts
    up every need stated; a noun phrase opened by 拟 that is the subject of
    what is said of it (拟迁建地块位于…) plans nothing."""
    lines = ["我县现有村级公益性岗位1860个，按现行办法设置比例过高，村里急需的道路维修、路灯修复等项目难以安排资金。",
             "我局起草了收益分配办法修订稿，主要修改以下内容：",
             "一、将收益用于公益岗位的比例由不低于60%调整为不低于40%；",
             "二、明确收益可用于村级小型公益事业。",
             "如需进一步修改完善，我局将根据县政府意见抓紧修改。",
             "妥否，请审定。"]
    found = A.find_asks(docof(mk("请示", "调整收益分配办法", lines)))
    assert not [a.vp for a in found if a.kind == "implicit" and a.vp.startswith(("的", "进一步"))]
    s = "拟迁建地块位于城东片区商业用地范围内，不涉及永久基本农田。"
    assert A._no_plan_at(s, 0, 1)
    s = "拟迁建农贸市场一处，新建交易大棚1.2万平方米。"
    assert not A._no_plan_at(s, 0, 1)


def test_a_body_named_with_he_is_not_two_verb_phrases():
    """协调市规划和自然资源局对…给予支持: 自 of 自然 opens no prepositional
    phrase, so 和 joins the body's name, not two asks."""
    s = "恳请市政府协调市规划和自然资源局对扩区范围的规划衔接给予支持。"
    assert not any(A._joins_verb_phrases(s, m) for m in A.rx("coordination", "vp_conjunction").finditer(s))
    s2 = "恳请批准县图书馆增设公益性岗位4个以及自今年起按每人每月300元标准发放岗位补助。"
    assert any(A._joins_verb_phrases(s2, m) for m in A.rx("coordination", "vp_conjunction").finditer(s2))


@pytest.mark.parametrize(("s", "joins"), [
    # a verb that decides or gives, with an object of its own, after 和/及
    ("请县政府审定《□□□□□□□□》和增拨县直机关公务用车平台运行维护费用24万元。", True),
    ("恳请县政府批准城区燃气管网改造方案及追加城区环卫作业经费60万元。", True),
    # (…及拨付补助资金300万元 names no thing of its own: the cost of the one ask)
    ("恳请县政府批准实施城区燃气管网改造工程及拨付补助资金300万元。", False),
    # two verbs on one object, a name joined by 和, a noun after 和: one ask
    ("恳请县政府审定和批准该实施方案。", False),
    ("恳请县政府拨付城区道路和桥梁维修资金80万元。", False),
    ("请县财政安排学生营养餐和校服补助资金。", False),
])
def test_a_second_verb_phrase_after_he_or_ji(s, joins):
    """…审定《…》和增拨…费用24万元: 和 before a verb that decides or gives
    and names its own object opens a second verb phrase the marker asks too."""
    assert any(A._joins_verb_phrases(s, m) for m in A.rx("coordination", "vp_conjunction").finditer(s)) is joins


def test_apply_under_a_funding_heading_tells_where_money_comes_from():
    """二、资金筹措方案 ‖ 申请车购税补助资金…，申请地方政府专项债券…: under a
    heading of where the money comes from, an 申请 naming no one asked is
    how the money is raised, not an ask of the recipient; the asks under
    三、请示事项 still are."""
    lines = ["丹河快速通道工程全长52.3公里，估算总投资42亿元。",
             "一、资金筹措方案",
             "申请车购税补助资金12亿元，申请地方政府专项债券18亿元，市县财政配套8亿元，其余通过银行贷款解决。",
             "二、请示事项",
             "恳请省政府将丹河快速通道工程列为2026年省级重点工程。",
             "妥否，请批示。"]
    found = A.find_asks(docof(mk("请示", "丹河快速通道工程", lines, issuer="晋城市人民政府", recip="山西省人民政府")))
    asked = [a.vp[:4] for a in found if a.modality == "ask" and a.kind == "explicit"]
    assert asked == ["丹河快速"]


@pytest.mark.parametrize("text, reorg", [
    ("将县农机站更名并划入农技推广职责", True),
    ("调整县应急指挥中心的工作职责", True),
    ("请县政府办公室发文明确各部门职责分工", False),  # who does what for a task
    ("各部门按照职责分工做好保障", False),
])
def test_duties_changed_not_duties_shared_out(text, reorg):
    """A body's duties changed (划入职责, 调整…职责) is a change of that
    body; 明确各部门职责分工 shares out a task and changes no body."""
    assert ("reorg" in A.kinds_of(text)) is reorg


@pytest.mark.parametrize("rest, schedule", [
    ("分两年实施，2026年先购置两辆。", True),
    ("按以下步骤推进：", True),
    ("分三期建设。", True),
    ("在镇区新建幼儿园一所，", False),
    ("按照省里要求建设应急物资储备库。", False),
])
def test_a_schedule_is_no_plan_of_a_thing(rest, schedule):
    """拟分两年实施, 拟按以下步骤推进: when or in what steps the plan is
    carried out, no plan of a thing of its own."""
    assert A._schedule_only(rest) is schedule
    assert A._no_plan_at("拟" + rest, 0, 1) is schedule


def test_the_issuers_field_ties_no_two_parts_of_a_title():
    """更新消防车辆和调整金村消防站选址 from a 消防救援大队: 消防 is the
    issuer's field, so the two acts on two things are two matters; 更新 is
    a verb here (jieba's dictionary calls it an adverb)."""
    title = "泽州县消防救援大队关于更新消防车辆和调整金村消防站选址的请示"
    assert A.title_matters(title, frozenset({"消防", "救援"})) == ["更新消防车辆", "调整金村消防站选址"]
    assert A.tokens("更新消防车辆")[0][2] == "v"
    # (one act's parts, named by their own field: still one matter)
    assert A.title_matters("泽州县消防救援大队关于购置消防车辆及配套装备的请示", frozenset({"消防", "救援"})) == []


def test_what_a_supposition_would_cost_puts_up_no_need():
    """若…提高到20元，每年需增加财政支出约1183万元: the price of the plan
    worked out under a supposition — no need of its own put up."""
    s = "全县领取待遇人员9.86万人，若县级加发标准由每人每月10元提高到20元，每年需增加财政支出约1183万元。"
    k = s.index("需")
    assert A._no_plan_at(s, k, k + 1)
    s2 = "全县领取待遇人员9.86万人，每年需增加财政支出约1183万元。"
    assert not A._no_plan_at(s2, s2.index("需"), s2.index("需") + 1)


def test_advice_whose_subject_is_the_clause_before():
    """县自然资源局组织专家对治理方案进行论证，认为…，建议实施避险搬迁: the
    judgement has no subject of its own — the body of the clause before
    advises, not the writer; 我局经论证，认为…，建议… is the writer's."""
    s = "县自然资源局组织专家对治理方案进行论证，认为工程治理费用高且难以消除隐患，建议实施避险搬迁。"
    m = re.search("建议", s)
    assert not A._writers_suggestion(s, m)
    s2 = "我局组织专家对治理方案进行论证，认为工程治理费用高且难以消除隐患，建议实施避险搬迁。"
    assert A._writers_suggestion(s2, re.search("建议", s2))


def test_a_wish_that_goes_on_to_bring_bodies_to_act_asks():
    """望县政府统筹考虑，协调有关乡镇予以解决 in a 报告: the wish goes on, in
    the clause after its own, to have the recipient bring bodies (有关乡镇)
    to act — a request, not courtesy."""
    lines = ["全县17个司法所中有5个无独立办公用房，影响群众来访。望县政府统筹考虑，协调有关乡镇予以解决。", "特此报告。"]
    found = A.find_asks(docof(mk("报告", "人民调解工作情况", lines, issuer="泽州县司法局")))
    assert [a.marker for a in found if a.kind == "explicit" and a.is_request] == ["望"]
    lines2 = ["全县17个司法所中有5个无独立办公用房。望县政府统筹考虑，继续关心支持司法所建设。", "特此报告。"]
    found2 = A.find_asks(docof(mk("报告", "人民调解工作情况", lines2, issuer="泽州县司法局")))
    assert not [a for a in found2 if a.kind == "explicit" and a.is_request]


def test_money_named_for_what_it_builds_is_no_thing_built():
    """…服务体系建设专项资金: 建设 names what the money is for; the money
    is not a thing the matter builds (so 专项资金 in another entry names
    nothing of the matter's)."""
    assert A._built_names("拟申请省级公共文化服务体系建设专项资金200万元，其余由市财政安排。") == (frozenset(), frozenset())
    assert "图书馆" in A._built_names("拟新建县图书馆，建筑面积6000平方米。")[1]


def test_a_place_both_are_in_names_no_body_in_common():
    """晋城市群众艺术馆… after a plan of 晋城市图书馆: 晋城市 is where both
    are, so the paragraph opens on a body the text never named; the same
    body named again is no new body."""
    earlier = "我局拟实施晋城市图书馆古籍数字化保护项目，总投资420万元。"
    assert A._opens_on_a_new_body("晋城市群众艺术馆现有编制12名，人员明显不足。", earlier)
    assert not A._opens_on_a_new_body("晋城市图书馆现有古籍2.6万册，破损严重。", earlier)


@pytest.mark.parametrize("clause,new", [
    ("县直各部门需明确一名热线联络员，负责工单承办和回复。", False),  # every body of a kind
    ("有关单位要指定专人负责热线工单的承办。", False),
    ("舞台搭建、展位布置等约需经费58万元。", False),  # a thing on a body's head (台)
    ("场所租赁和安保约需经费12万元。", False),
    ("县第二中学食堂建于1998年，屋面漏雨。", True),  # one body of its own
    ("县医院现有救护车2辆，均已超期服役。", True),  # a level names a body of two characters
])
def test_a_collective_or_a_thing_names_no_body_of_its_own(clause, new):
    earlier = "我局拟在县政务服务中心三楼设立12345热线分中心，配置话务坐席10个。"
    assert A._opens_on_a_new_body(clause, earlier) == new


def test_zg101_tells_how_to_say_the_asks_serve_one_thing():
    """A split the writer did not mean can be answered in the document
    itself: the message offers the sentence the table reads as one matter
    (以上事项均为…所需), and writing it, with the thing named, is heeded."""
    lines = ["我局拟于10月18日在珏山景区举办太行山地自行车邀请赛，预计参赛选手300人。",
             "请县财政安排救护车租用经费2万元。"]
    doc = lambda extra: docof(mk("请示", "举办太行山地自行车邀请赛", lines + extra + ["妥否，请批示。"],
                                 issuer="泽州县文化和旅游局"))
    v = A.zg101(doc([]))
    assert v is not None and A.ONE_MATTER_EXAMPLE in v.message and "判断依据" in v.message
    said = A.ONE_MATTER_EXAMPLE.replace("××项目", "太行山地自行车邀请赛")
    assert A.zg101(doc([said + "。"])) is None
    # (a title that joins two requests gets no such offer: the title itself is to be split)
    t = A.zg101(docof(mk("请示", "申请追加学生营养餐补助经费和增加教师编制", ["今年在校生增加1260人。", "妥否，请批示。"])))
    assert t is not None and A.ONE_MATTER_EXAMPLE not in t.message


def test_what_an_ask_reads_before_it_is_the_text_near_it():
    """An ask reads the end of its paragraph and of its sentence before it,
    cut at a sentence or clause boundary — all of it when short (every
    evaluation set's longest are 248 and 164 characters)."""
    assert A.near_end("短句。", 10) == "短句。"
    long = "".join(f"第{i}句话。" for i in range(200))
    near = A.near_end(long, A.CONTEXT_WINDOW)
    assert len(near) <= A.CONTEXT_WINDOW and long.endswith(near) and near.startswith("第")
    ahead = A.near_start("".join(f"第{i}项，" for i in range(300)), A.OBJECT_WINDOW)
    assert len(ahead) <= A.OBJECT_WINDOW and ahead.endswith("，")


@pytest.mark.parametrize("sep", ["，", "。"])
def test_asks_in_one_paragraph_cost_linear_work(monkeypatch, sep):
    """Cost stays linear in the number of asks even when they all stand in
    one paragraph (or one sentence): the characters the segmenter is given
    for 2n asks are about twice those for n. Before each ask read the whole
    text before it, this ratio was about four."""
    seg = A._seg()
    seen = [0]

    class Counting:
        def __getattr__(self, name):
            return getattr(seg, name)

        def pos_cut(self, text):
            seen[0] += len(text)
            return seg.pos_cut(text)

    monkeypatch.setattr(A, "_seg", lambda: Counting())

    def work(n):
        A.forget_texts()
        A.tokens.cache_clear()
        seen[0] = 0
        line = "".join(f"恳请县政府安排第{i}项{['道路', '校舍', '水渠'][i % 3]}维修经费{i + 10}万元{sep}" for i in range(n))
        A.zg101(docof(mk("请示", "申请维修经费", [line, "妥否，请批示。"])))
        return seen[0]

    small, big = work(60), work(120)
    assert big / small < 2.4, (small, big)


def test_a_bare_head_after_jiang_is_the_project_named_before():
    """将工程人工湿地建设涉及的新增建设用地…纳入…计划: 工程 with no name of its
    own, after the 将 of disposal (which the tagger calls an adverb), is the
    one project the request is about — its land, not another matter."""
    lines = ["我市拟实施丹河流域生态保护修复工程，总投资8亿元，建设人工湿地、生态缓冲带等。",
             "恳请省政府批复工程实施方案。",
             "同时，恳请将工程人工湿地建设涉及的新增建设用地326亩纳入省2027年度土地利用计划予以保障。",
             "妥否，请批示。"]
    d = docof(mk("请示", "丹河流域生态保护修复工程有关事项", lines, issuer="晋城市人民政府", recip="山西省人民政府"))
    assert len(A.matters(d).matters) == 1


def test_a_facilitys_opening_after_its_progress_is_a_schedule_and_the_time_of_giving_no_thing():
    """新馆…已于今年10月完成竣工验收，计划于2026年元旦正式开馆: the next
    milestone of a progress told (开馆 is one, as 投入使用 is) is no plan put
    up; and …并在开馆前拨付第一季度经费 says when the money asked is given
    (before a milestone, a quarter), naming no thing of its own."""
    lines = ["县图书馆新馆建筑面积8600平方米，主体工程及内部装修已于今年10月完成竣工验收，计划于2026年元旦正式开馆。",
             "新馆年运行经费测算为342万元，现县图书馆年度预算仅为86万元。",
             "恳请县政府将新馆运行经费342万元纳入2026年县级财政预算，并在开馆前拨付第一季度经费。",
             "妥否，请批示。"]
    d = docof(mk("请示", "县图书馆新馆开馆运行经费", lines, issuer="泽州县文化和旅游局"))
    assert not [a for a in A.find_asks(d) if a.kind == "implicit"]
    assert len(A.matters(d).matters) == 1
    # (a milestone said ahead as the purpose still ties what follows)
    assert A.rx("matters", "declares_one_ahead").search("为确保新馆如期开馆，现将有关事项请示如下")


# ---- one matter asked at length overrules weak splits (data: asks.toml,
# rows marked weak; [matters].fold_min_asks)
def _matter(n: int, why: str = "", connective: bool = False, elsewhere: bool = False) -> A.Matter:
    m = A.Matter(asks=[], why=why, elsewhere=elsewhere)
    for k in range(n):
        m.asks.append(A.Ask(para=None, sentence=f"请安排第{k}项", kind="explicit", vp=f"安排第{k}项", connective=connective))
    return m


def _weak_and_strong_whys() -> tuple[str, str]:
    rows = A.vocab()["decide"]
    weak = next(r["why"] for r in rows if r.get("weak"))
    strong = next(r["why"] for r in rows if r["then"] == "other" and not r.get("weak"))
    return weak, strong


def test_weak_splits_fold_into_a_matter_asked_at_length():
    weak, _ = _weak_and_strong_whys()
    big, other = _matter(3), _matter(1, why=weak)
    asks = big.asks + other.asks
    folded = A._fold_weak_splits([big, other], asks)
    assert len(folded) == 1 and [a.vp for a in folded[0].asks] == [a.vp for a in asks]


@pytest.mark.parametrize("case", ["short", "strong", "turned", "elsewhere"])
def test_weak_splits_stay_apart_without_the_conditions(case):
    weak, strong = _weak_and_strong_whys()
    n = 2 if case == "short" else 3  # fewer asks than fold_min_asks
    other = _matter(1, why=strong if case == "strong" else weak,
                    connective=case == "turned", elsewhere=case == "elsewhere")
    big = _matter(n)
    assert A.vocab()["matters"]["fold_min_asks"] == 3
    assert len(A._fold_weak_splits([big, other], big.asks + other.asks)) == 2


def test_an_entry_that_says_it_asks_nothing_is_no_ask():
    # 三、…费用约6万元，拟在…经费中调剂解决，不再另行申请: the writer pays
    # and says so — nothing is asked of the recipient in that entry
    asks = request_asks([
        "为完成县社会福利院供暖改造，恳请县政府给予以下支持：",
        "一、从县级专项资金中安排改造资金236万元；",
        "二、改造期间临时租用电暖设备，费用约6万元，拟在福利院年度运行经费中调剂解决，不再另行申请。",
    ], title="县社会福利院供暖改造")
    assert any("236万元" in a.text for a in asks)
    assert not any("电暖" in a.text for a in asks)


def test_a_document_named_in_book_marks_is_what_the_ask_is_about():
    """请县政府审定《泽州县殡葬管理办法》: quotes are masked so that a quoted
    request is not the writer's, but the title the ask names is its object."""
    doc = docof(mk("请示", "修订殡葬管理办法", ["现行办法已不适应殡葬改革要求，我局起草了修订稿。",
                                          "请县政府审定《泽州县殡葬管理办法（修订稿）》。", "妥否，请批示。"],
                   issuer="泽州县民政局"))
    (a,) = [a for a in A.matter_asks(A.find_asks(doc))]
    assert "管理" in a.spec and not a.elliptical


def test_a_need_that_joins_what_was_asked_points_back():
    """另外，…拆除清运还需约1.5万元，一并列入上述资金: 一并 + a pointer says
    the need joins the ask before it, whatever turn opened it."""
    doc = docof(mk("请示", "申请食堂设备更新资金", [
        "我校食堂燃煤灶台已不符合要求，拟更换为电磁灶台四台，需资金8.6万元，请县里予以解决。"
        "另外，旧灶台和烟道拆除清运还需约1.5万元，一并列入上述资金。", "妥否，请批示。"], issuer="泽州县金村镇中心学校"))
    later = [a for a in A.matter_asks(A.find_asks(doc)) if "拆除" in a.text]
    assert later and all(a.backref for a in later)


@pytest.mark.parametrize("text,name", [
    ("批准我局于9月下旬举办全县农民丰收节", "丰收节"),
    ("给予我县村级幸福院建设项目补助资金", "幸福院"),
])
def test_a_name_and_its_one_character_head_are_one_word(text, name):
    """丰收|节 (the tagger calls 节 a time word), 幸福|院 (an adjective before
    a one-character noun): the name whole is what the ask is about — without
    it, the ask names nothing of its own and joins whatever came before."""
    assert name in A.specifics(text)


def _reorg_apart_of_last(lines: list[str]) -> bool:
    """reorg_apart for the last ask of a 请示 against a matter of all the asks before it."""
    d = docof(mk("请示", "有关事项", lines + ["妥否，请批示。"], issuer="泽州县科学技术局"))
    asks = A.matter_asks(A.find_asks(d))
    m = A.Matter(asks=[])
    for a in asks[:-1]:
        m.add(a)
    ctx = A._Ctx(lambda: frozenset(), lambda: frozenset())
    return A._features(m, asks[-1], ctx)["reorg_apart"]()


def test_a_rename_that_sets_up_the_matters_body_is_no_change_apart():
    # 拟设立…中心…，拟将…科技馆更名为“…中心（…科技馆）”: the change is the
    # means of setting up the body the matter makes — that body's money is
    # the matter's, not a need beside a change of a body
    sets_up = ["我局拟设立泽州县青少年科技活动中心，开设机器人、航模、科学实验3类活动。",
               "机构设置方面，拟将我局所属的县科技馆更名为“泽州县青少年科技活动中心（泽州县科技馆）”，请县委编办审核。",
               "开办经费约45万元，请县财政纳入2027年预算。"]
    assert not _reorg_apart_of_last(sets_up)
    # …while a rename alone, then money for the body's vehicles, is a change
    # of a body beside a need apart
    renames = ["县科技馆名称与现有职能不符，拟更名为泽州县科技服务中心，请县委编办审核。",
               "县科技馆科普大篷车已使用12年，请县财政安排购置资金45万元。"]
    assert _reorg_apart_of_last(renames)


@pytest.mark.parametrize("marker", ["恳请", "特请", "敬请", "烦请"])
def test_every_listed_marker_is_one_word(marker):
    """A marker the tokenizer would cut (特|请) is read as the marker it is,
    not as the plain 请 (which may hand an instruction down)."""
    asks = request_asks([f"我局拟对县城区12条背街小巷实施改造。{marker}县政府安排改造资金120万元。"])
    explicit = [a for a in asks if a.kind == "explicit"]
    assert explicit and explicit[0].marker == marker


@pytest.mark.parametrize("vp,verb", [
    ("从市级教育专项资金中给予我县农村中学宿舍建设补助1800万元", "给予"),
    ("从县级预备费中安排资金30万元", "安排"),
    ("在年度预算中安排资金20万元", "安排"),
    ("给予我镇敬老院维修补助", "给予"),
])
def test_the_verb_named_is_past_the_source_and_may_be_the_grant(vp, verb):
    """The message names what is asked (恳请市政府给予…), not a word of the
    fund it comes from (市级教育专项资金 — not 教育)."""
    assert A._first_verb(vp) == verb


def test_a_body_named_by_place_and_head_before_is_not_new():
    """河东村|小学 after a paragraph that sent pupils to 河东村小学: one body
    named again, not a body of its own (and a school never named is new)."""
    earlier = A._runs_of("二是部分学生须到距离6公里的河东村小学就读，需临时租用校车2辆。")
    assert not A._opens_on_a_new_body("河东村小学现有教师不足，请县教育局选派教师支教。", earlier)
    assert A._opens_on_a_new_body("西沟村小学现有教师不足，请县教育局选派教师支教。", earlier)


def test_a_pointer_to_the_occasion_its_own_paragraph_holds_does_not_point_back():
    """该赛事 after 拟…举办首届丹河骑行 in its own paragraph: the race
    that paragraph holds, whatever its name ends on — not the earlier matter."""
    doc = docof(mk("请示", "承办省青少年篮球联赛", [
        "我县新建体育馆已投入使用，具备承办省级青少年赛事的条件。经初步沟通，我县拟申请承办2031年全省青少年篮球联赛，请市政府同意并向省体育局推荐。",
        "2031年6月，我县拟在丹河沿岸举办首届丹河骑行，设三个组别，规模800人。该赛事途经国有林场，请市政府协调市林业局同意借用防火通道。",
        "妥否，请批示。"], issuer="泽州县人民政府", recip="晋城市人民政府"))
    later = [a for a in A.matter_asks(A.find_asks(doc)) if "林业局" in a.text]
    assert later and not any(a.backref for a in later)


def test_a_paragraph_that_turns_to_another_case_is_read_as_two_units():
    # (the parts keep the paragraph's index and, joined, its text as written)
    p = Paragraph(text="我局拟在巴公镇建设冷链集配中心，总投资860万元。此外，我局执法大队现有执法车辆2辆，"
                       "均已超过报废年限，请县财政安排资金36万元购置执法车辆。", index=4)
    units = A._units(p)
    assert [u.text[:4] for u in units] == ["我局拟在", "此外，我"]
    assert all(u.index == 4 for u in units) and "".join(u.text for u in units) == p.text


@pytest.mark.parametrize("text,first", [
    # a wish with its grant particle at once (望予解决) asks as 恳请 does:
    # after its own case, a unit of its own
    ("恳请县政府安排运行补助资金50万元，用于维持垃圾中转站正常运行。镇小学门前跨河便桥建于1975年，"
     "经检测为四类危桥，拆除重建约需资金48万元，望予解决。", "镇小学门"),
    # …not a wish with nothing to grant after it
    ("恳请县政府安排运行补助资金50万元，用于维持垃圾中转站正常运行。镇小学门前跨河便桥建于1975年，"
     "经检测为四类危桥，望各方关注学生出行安全。", None),
])
def test_a_wish_that_asks_opens_a_unit_after_its_own_case(text, first):
    units = A._units(Paragraph(text=text))
    assert [u.text[:4] for u in units[1:]] == ([first] if first else [])


@pytest.mark.parametrize("text", [
    # asks that go on for their own case: another office, the works' own needs,
    # what is still lacking of the sum told
    "恳请县政府同意以县政府名义申报。申报材料由我局牵头编制，报县政府审定后上报，请县政府办公室协助用印。",
    "恳请县政府批准实施该工程。同时，工程所需县级配套资金2600万元，请列入县级财政预算。",
    "我局拟对护理楼实施适老化改造，总投资约210万元。省民政厅已下达补助80万元，尚需县级资金130万元，恳请县财政予以安排。",
    "同时，请县人社局将上述人员纳入培训补贴范围。",
])
def test_a_paragraph_that_goes_on_asking_for_its_case_is_one_unit(text):
    assert len(A._units(Paragraph(text=text))) == 1


def test_a_body_name_holds_no_pronoun_past_its_start():
    # (申报材料由|我|局: a thing and who makes it, not a body called so)
    assert A._cut_body_name("申报材料由我局牵头组织编制，") is None


# ---- after a semicolon, a verb an ask is made with opens the next ask
@pytest.mark.parametrize("line,verbs", [
    # to coordinate, as much as to grant (核拨…), asks again after ；
    ("恳请县政府将我乡列入全县农村人居环境整治示范乡镇；协调县交通运输局在乡政府驻地增设公交站点。",
     ["协调"]),
    ("恳请县政府批准我乡实施该改造工程；核拨东沟村道路硬化资金46万元。", ["核拨"]),
    # a clause with no verb of asking goes on telling: no second ask
    ("恳请县政府批准我乡实施该改造工程；工程计划于9月底前完工。", []),
])
def test_a_verb_of_asking_after_a_semicolon_asks_again(line, verbs):
    asks = request_asks(["我乡人居环境整治任务较重。", line])
    assert [a.vp[:2] for a in asks if a.kind == "coordinated"] == verbs


# ---- under a heading of suggestions, an entry suggests as 建议 does
@pytest.mark.parametrize("entry,asks", [
    # a body of the recipient's named with 由, to give the writer something
    ("（一）由县财政局对我局抗旱设备购置给予补助，每个乡镇不少于5万元。", True),
    ("（一）由县委编办为我局农技推广站增核事业编制6名。", True),
    # a general direction, naming no one and giving nothing: no ask
    ("（一）进一步加强部门协作，形成工作合力。", False),
])
def test_an_entry_under_a_heading_of_suggestions_suggests(entry, asks):
    doc = docof(mk("报告", "春耕生产情况", ["一、基本情况", "今年全县春播面积42万亩。", "二、意见建议", entry, "特此报告。"]))
    assert bool([a for a in A.find_asks(doc) if a.is_request and a.kind != "closing"]) == asks


def test_a_summing_ask_naming_only_who_decides_is_no_matter_of_its_own():
    # 以上事项，请县政府研究并提请…审定 after two entries set apart: a closing
    # in effect — the matters are the entries', two, not three
    r = several([
        "根据全县教育事业发展需要，经局党组研究，现将有关事项请示如下：",
        "一、县第一中学现核定事业编制186名，实有在编人员184名，今年秋季扩招4个班后，专任教师缺口较大。"
        "拟为县第一中学增加事业编制16名，主要用于补充教务处和学生资助岗位人员。",
        "二、我县目前学生资助工作由县第一中学教务处代管，力量薄弱。拟设立县学生资助管理中心，"
        "为我局所属公益一类事业单位，核定事业编制5名。",
        "以上事项，请县政府研究并提请县委机构编制委员会审定。",
    ], title="调整部分学校机构编制有关事项")
    assert len(r.matters) == 2


@pytest.mark.parametrize("vp,who", [
    # 按程序 opens on a preposition: the body asked ends before it
    ("省教育厅按程序报省人民政府审批", "省教育厅"),
    ("县政府按程序报市政府审批", "县政府"),
    # a name of nouns grows whole
    ("县委党校培训", "县委党校"),
])
def test_the_addressee_stops_before_a_phrase_on_a_preposition(vp, who):
    assert A._addressee(vp) == who


@pytest.mark.parametrize(("text", "name"), [
    # a bare year (no 年) and a place glossed in brackets inside the name
    ("我局拟于9月20日在珏山景区举办2026太行山（泽州）越野挑战赛，设两个组别", "2026太行山（泽州）越野挑战赛"),
    ("拟于11月6日在深圳市举办2025泽州（深圳）产业招商推介会，重点推介", "2025泽州（深圳）产业招商推介会"),
    # the plain forms still read as before
    ("拟于10月举办第三届珏山文化旅游节", "第三届珏山文化旅游节"),
])
def test_an_events_name_may_carry_a_bare_year_and_a_gloss(text, name):
    found = [m.group(0) for m in A.rx("matters", "occasion_name").finditer(text)]
    assert any(f.endswith(name) for f in found), found


def test_a_gloss_does_not_make_a_development_an_event():
    # (发展 ends on 展, the head of an exhibition: still no event)
    assert not A.rx("matters", "occasion_name").search("举办（泽州）县域经济发展")


@pytest.mark.parametrize(("case", "subject"), [
    # a set phrase ending the clause is what is said of the noun phrase
    ("巴公镇集贸市场年久失修，请县住建局将其改造纳入规划", "集贸市场"),
    ("县体育馆年久失修，屋面漏雨", "体育馆"),
    ("镇文化站破旧不堪，", "文化站"),
    # past a noun, a verb and 的: what follows 的 is the subject
    ("城区新增的南河公园绿化带管护任务已移交我局，", "任务"),
])
def test_the_subject_a_case_opens_on(case, subject):
    assert A._case_subject(case)[0] == subject


def test_the_list_a_plan_leads_into_is_told_with_its_matter():
    # the items a plan's paragraph leads into (主要内容包括：) are what the
    # matter told, though no ask stands in them and the next ask's case
    # starts after them
    r = A.matters(docof(mk("请示", "建设县域病历共享分中心", [
        "恳请县政府同意我局建设县域病历共享分中心，主要内容包括：",
        "（一）对接省级平台，改造县级医院业务系统6个；",
        "（二）整理迁移历史纸质病案约6万份。",
        "项目预算约360万元，请县财政安排。",
        "妥否，请批示。"])), CFG.orgs.townships)
    assert "历史纸质病案" in "".join(m.told for m in r.matters)


@pytest.mark.parametrize(("clause", "body"), [
    # a span from one place to another names no body
    ("景区至镇区停车场之间需开通免费接驳车", False),
    ("县城至巴公镇公路需拓宽", False),
    # a body up to a time still opens its clause
    ("县人民医院至去年底共有床位260张", True),
    ("县人民医院至2025年底已累计接诊12万人次", True),
])
def test_a_span_between_places_is_no_body_but_a_body_up_to_a_time_is(clause, body):
    assert A._opens_with_a_body(clause) is body


@pytest.mark.parametrize(("sentence", "writers"), [
    # another body's advice told as the narrated past: its clauses, the advice too
    ("2023年县水务局组织汛前安全评估，将该段认定为重点险工险段，建议实施护岸加固。", False),
    ("去年，县自然资源局组织地质灾害调查，将该处列为隐患点，建议整体搬迁。", False),
    # the writer named again after it: the advice is the writer's
    ("2023年县水务局组织汛前安全评估，我镇建议实施护岸加固。", True),
    # the writer's own sentence, past or not
    ("2023年我镇组织汛前安全评估，建议实施护岸加固。", True),
    ("经镇党委会研究，建议实施护岸加固。", True),
])
def test_an_advice_in_a_sentence_of_another_bodys_past_is_that_bodys(sentence, writers):
    m = A._first_plan(A._own_plan(), sentence)
    assert m is not None and m.group(0).endswith("建议")
    assert A._writers_suggestion(sentence, m) is writers


@pytest.mark.parametrize(("lines", "planned"), [
    # a plan of a year before the document's, approved then: told, not put up
    (["原县粮站位于县城东关，占地12亩，2004年企业改制后闲置。2023年经县政府批准，该地块用途调整为社会福利用地，拟用于建设县老年养护中心。",
      "现拟依法收回该宗地国有建设用地使用权。"], ["依法收回"]),
    # the same plan put up now
    (["原县粮站位于县城东关，占地12亩，2004年企业改制后闲置。经研究，我局拟将该地块用于建设县老年养护中心。"], ["用于建设"]),
])
def test_a_plan_approved_in_a_past_year_is_told_not_put_up(lines, planned):
    asks = [a for a in request_asks(lines, title="收回原县粮站国有建设用地使用权") if a.kind == "implicit"]
    assert [next((w for w in planned if w in a.obj), None) for a in asks] == planned


@pytest.mark.parametrize(("vp", "new"), [
    # when or in what parts the money asked is paid: no thing of its own
    ("同意资金先行拨付50%", False),
    ("同意资金分批拨付", False),
    ("同意提前拨付资金", False),
    # a thing never named is
    ("同意拨付镇卫生院维修资金", True),
])
def test_when_the_money_is_paid_names_no_new_thing(vp, new):
    assert A._names_new(vp, "恳请县政府从县级预备费中安排抢修资金64万元") is new


@pytest.mark.parametrize(("line", "backref"), [
    # the pointer and the works' own word before the head points back
    ("以上提升工程估算投资860万元，申请县财政补助500万元。", True),
    ("上述改造项目所需资金，恳请县财政予以安排。", True),
    # a body or a count after 以上 is no pointer at works
    ("县级以上医疗机构急救设备不足，恳请县财政安排设备购置资金120万元。", False),
])
def test_a_pointer_at_the_works_with_their_own_word_points_back(line, backref):
    asks = request_asks(["游客中心现有面积160平方米，拟在入口东侧扩建。", line], title="景区提升工程")
    ask = next(a for a in asks if a.kind == "explicit")
    assert ask.backref is backref


def test_an_ask_after_an_approval_of_a_past_year_is_made_now():
    # the approval of then opens the sentence; 恳请 asks now, whatever it follows
    asks = request_asks(["2024年经县政府批准立项，恳请县财政安排建设资金80万元。"])
    assert [(a.kind, a.modality) for a in asks] == [("explicit", "ask")]


@pytest.mark.parametrize(("line", "staff"), [
    # a body's own people deployed for a task fill no post
    ("请县住房和城乡建设局组织专业人员予以鉴定。", False),
    ("请县应急管理局抽调专业人员开展评估。", False),
    # people counted out, or a task that itself asks for posts, do
    ("请县卫生健康局选派2名医生到镇卫生院工作。", True),
    ("请县委编办为镇卫生院增加工作人员编制5名。", True),
])
def test_people_deployed_for_a_task_are_no_post(line, staff):
    ask = next(a for a in request_asks(["今年7月强降雨中，我镇西沟村9户房屋已成危房。", line]) if a.kind == "explicit")
    assert ("staff" in ask.resources) is staff


@pytest.mark.parametrize(("vp", "service"), [
    # people and the vehicles sent with them, to be on duty there
    ("安排医护人员和救护车现场值守", True),
    ("安排人员值班", True),
    # a task of their own is no service
    ("派技术人员维修设备", False),
])
def test_people_on_duty_serve_what_they_are_sent_to(vp, service):
    assert A._is_service(vp) is service


@pytest.mark.parametrize(("line", "same"), [
    # what else happened, in the matter's words: a detail of it
    ("我市今年以来还发现部分秸秆收储点运行不规范，请省厅派专家来我市开展秸秆收储技术指导。", True),
    # what else happened, in words of its own: help for that case
    ("我市今年以来还发现多处小麦条锈病发生情况，基层植保技术力量薄弱，请省厅派植保专家来我市开展病害防治技术指导。", False),
])
def test_help_after_what_else_happened_serves_that_case(line, same):
    rep = several(["我市计划建设秸秆收储中心4个，项目总投资5200万元，恳请省厅下达秸秆综合利用补助资金2000万元。" + line],
                  title="申请秸秆综合利用项目资金")
    assert (len(rep.matters) == 1) is same


@pytest.mark.parametrize(("text", "same"), [
    # the same edition, and a short name of the event's characters in order
    ("恳请县政府同意举办第十届县运会", True),
    # another edition, or a short name that is not the event's
    ("恳请县政府同意举办第三届县运会", False),
    ("恳请县政府同意举办第十届县农博会", False),
])
def test_an_event_named_by_its_edition_and_short_name(text, same):
    assert A._names_its_occasion(text, "拟于2025年9月20日至26日举办泽州县第十届运动会") is same


def test_a_verbal_noun_before_a_verb_leads_a_second_act():
    # 研究 (a verbal noun to the tagger) leads 研究确定 as 研究解决: a second act after 及
    asks = request_asks(["请县政府拨付川底乡敬老院消防改造资金36万元及研究确定全县敬老院护理员岗位补贴标准。"])
    assert [a.kind for a in asks] == ["explicit", "coordinated"]
    assert asks[1].obj.startswith("研究确定")


@pytest.mark.parametrize(("line", "said"), [
    # an adverb before the verb of saying is how it was said, not who
    ("客运企业则表示，山区线路单车日均收入不足200元，", "content"),
    ("企业却提出，", "content"),
    # the writer, whatever adverb
    ("我局则表示，", ""),
    # a verb that only modifies the party named after it (涉事企业, 受灾群众),
    # or a set phrase (退休职工)
    ("涉事总包企业也提出，", "content"),
    ("受灾群众反映，", "content"),
    ("退休职工多次提出，", "named"),
    # the writer's own verb first, before a preposition and a body
    ("拟于近期向省商务厅提出，", ""),
    # a party by any head a body's name ends on, before a word of time
    ("今年初，高都、巴公等9所乡镇卫生院先后向县卫健局报告，提出补充人员的需求，", "named"),
    # a word of reporting that modifies a count is no one's words
    ("县便民服务中心来访人数增多，现有保安2人，", ""),
])
def test_who_speaks_before_a_request(line, said):
    assert A._reported_before(line, ()) == said


@pytest.mark.parametrize(("lead", "past"), [
    ("11月3日，", True),
    ("2026年11月3日上午，", True),
    # a deadline, and a day after the document's
    ("11月20日前，", False),
    ("11月12日，", False),
])
def test_a_day_before_the_documents_opens_what_happened(lead, past):
    doc = docof(mk("报告", "有关情况", ["经查，该公司共拖欠工资168万元。", "特此报告。"]).replace("2025年5月20日", "2026年11月8日"))
    assert A._a_past_time(lead, "", doc) is past


@pytest.mark.parametrize(("obj", "org"), [
    # a unit added inside a body, its name quoted or not, is a body set up
    ("同意我局增设“帮办代办股”", True),
    ("新设审批服务科", True),
    # things placed are not
    ("增设监测站点5个", False),
    ("增设床位20张", False),
])
def test_a_unit_added_inside_a_body_is_set_up(obj, org):
    ask = next(a for a in request_asks([f"恳请县政府{obj}。"]) if a.kind == "explicit")
    assert ("org" in ask.kinds) is org


def test_an_act_after_and_and_an_adverb_is_asked_again():
    # 并一并追认: the adverb opens the act, which names no addressee
    asks = request_asks(["请县政府同意设立上述工作站，并一并追认我局2024年12月更新的1辆执法执勤用车。"])
    assert [a.kind for a in asks] == ["explicit", "coordinated"]
    assert asks[1].obj.startswith("一并追认")


@pytest.mark.parametrize(("line", "kinds"), [
    # 经费, a verbal noun to the tagger, ends the first act's object
    ("恳请县政府予以安排该项经费和批准我馆4名业务骨干赴浙江学习考察。", ["explicit", "coordinated"]),
    # two verbs on one object stay one act
    ("恳请县政府审定和批准该方案。", ["explicit"]),
])
def test_a_resource_tagged_as_a_verbal_noun_ends_an_object(line, kinds):
    assert [a.kind for a in request_asks([line])] == kinds



@pytest.mark.parametrize(("text", "head"), [
    # a head of one character the tagger reads as a measure word (服务|点)
    ("我镇拟在镇便民服务中心设立婚姻登记服务点，每周二开放", "服务点"),
    ("拟在乡便民服务中心设立退役军人服务站，每周一受理业务", "服务站"),
    # a head of two characters, as before
    ("拟设立县青少年校外活动中心，", "中心"),
])
def test_a_thing_set_up_is_named_by_a_head_of_one_character(text, head):
    names, heads = A._built_names(text)
    assert head in heads and any(n.endswith(head) and len(n) > len(head) for n in names)


@pytest.mark.parametrize(("text", "org"), [
    # a body engaged to do the work is set up by no one
    ("拟委托具有涉密资质的档案服务机构实施", False),
    ("委托第三方机构开展评估", False),
    ("通过公开招标确定运营机构", False),
    # a body set up
    ("拟设立县档案服务机构", True),
    ("同意增设内设机构1个", True),
])
def test_a_body_engaged_for_the_work_is_no_body_set_up(text, org):
    assert ("org" in A.kinds_of(text)) is org



def test_an_ask_that_quotes_a_name_keeps_its_place_in_the_paragraph():
    # the sentence is read with its quotes masked; its place is found in
    # that text, so it does not sort before the asks written before it
    asks = request_asks(["恳请县政府批准平台升级改造方案、拨付改造资金96万元；同意我局增设“帮办代办股”。"])
    assert [a.obj[:2] for a in asks] == ["批准", "拨付", "同意"]
    assert len(several(["恳请县政府批准平台升级改造方案、拨付改造资金96万元；同意我局增设“帮办代办股”。"]).matters) == 2


@pytest.mark.parametrize(("lead", "writer"), [
    # another body, then the time it acted at: its own voice
    ("县公安局赛前", False),
    ("县教育局日前", False),
    ("巴公镇今年3月", False),
    # the writer, then a time: still the writer
    ("我局近日", True),
    ("晋城市公安局近日", True),
    # a thing fronted before the marker is no one's voice
    ("所需资金", True),
])
def test_a_subject_is_read_without_the_time_it_acted_at(lead, writer):
    assert A._writer_lead(lead, ("晋城市公安局",), "请") is writer


@pytest.mark.parametrize(("vp", "body"), [
    ("协调县供电公司", "县供电公司"),
    # words of manner before the verb that brings a body to act
    ("统一协调住建部门和供电公司", "住建部门"),
    ("牵头协调县交通运输局", "县交通运输局"),
    ("积极督促县市场监管局", "县市场监管局"),
    # no verb that brings a body, whatever opens the phrase
    ("统一规划县城停车场", None),
    ("加强指导", None),
    # the writer is never the body brought to act: 协调解决 is one verb
    ("协调解决我局机关办公用房不足问题", None),
    ("协调解决本单位职工周转房问题", None),
])
def test_the_body_brought_to_act_is_found_past_words_of_manner(vp, body):
    m = A._brings_body(vp)
    assert (m.group(1) if m else None) == body


@pytest.mark.parametrize(("text", "head"), [
    # a name ending on an occasion's noun, a verb inside it (丰收)
    ("我局拟于9月23日在大阳镇举办全县农民丰收节庆祝活动，内容包括", "活动"),
    # a name cut where a clause of its own opens on a verb
    ("拟设立省级公共实训基地依托县职业学院建设", "基地"),
])
def test_a_name_made_ends_on_its_head(text, head):
    names, heads = A._built_names(text)
    assert head in heads


@pytest.mark.parametrize(("lead", "said"), [
    # a party named by a noun phrase a verbal noun opens
    ("经营主体某文旅公司也多次来函，", "named"),
    ("建设单位多次来函，", "named"),
    # the writer's own verb, no party before it
    ("拟于近期向省商务厅提出，", ""),
])
def test_a_party_named_by_a_verbal_noun_is_a_party(lead, said):
    assert A._reported_before(lead, ("某县文化和旅游局",)) == said


@pytest.mark.parametrize(("word", "told", "short"), [
    ("购车", "拟购置负压救护车2辆，恳请县政府予以批准。", True),
    ("修路", "拟修缮村内道路3公里。", True),
    # a word whose characters the text has, but not as an act and its object
    ("购车", "拟新建车库一座。", False),
    ("建房", "拟购置办公设备。", False),
])
def test_an_act_said_short_is_its_verb_and_its_objects_head(word, told, short):
    assert A._abbreviates_its_act(word, told) is short


@pytest.mark.parametrize(("clause", "recounted"), [
    # a thing put first with 将, its amount changed by a count
    ("将我县2026年度新增建设用地计划指标增加200亩", True),
    ("将该镇事业编制核增至12名", True),
    # the future, or a change with no count
    ("将进一步提高群众满意度", False),
    ("将有效增加群众收入", False),
    ("将该项目纳入年度计划", False),
])
def test_a_count_changed_after_a_disposal_is_a_grant(clause, recounted):
    assert bool(A._recounted(clause)) is recounted


@pytest.mark.parametrize(("after", "shared"), [
    # the superior and parties below it, to act together
    ("政府引导和企业主体作用共同发挥", True),
    ("政府引导和企业主动参与共同发力", True),
    ("政府与社会资本共同参与", True),
    # superiors only, or the superior alone
    ("县政府和县财政局共同支持", False),
    ("县政府与市交通局共同协调", False),
    ("县政府协调解决", False),
])
def test_a_need_shared_with_parties_below_asks_no_superior(after, shared):
    assert A._shared_with_others(after) is shared


@pytest.mark.parametrize(("text", "reports"), [
    # what was said opens on a time of its own: the frame is inside it
    ("7户企业反映今年迎峰度夏期间曾被实施有序用电", True),
    # the saying itself inside a frame of time: no one's words
    ("群众来访高峰时无处等候", False),
])
def test_a_report_framed_by_time_is_no_report(text, reports):
    assert bool(A._reports(text)) is reports


@pytest.mark.parametrize(("vp", "who"), [
    # townships listed by name, their government said once or not at all
    ("柳树口镇、山河镇政府配合选址", "柳树口镇、山河镇政府"),
    ("川底乡、大箕镇配合做好征地工作", "川底乡、大箕镇"),
    # townships that only qualify what follows them
    ("巴公镇、高都镇两镇卫生院", ""),
    ("柳树口镇、山河镇群众出行", ""),
])
def test_townships_listed_by_name_are_an_addressee(vp, who):
    assert A._addressee(vp) == who


@pytest.mark.parametrize(("s", "proposes"), [
    ("费用约3万元，拟由县财政安排", True),
    ("所需经费拟从县级教育发展资金中列支", True),
    # the writer names itself: its own purse, nothing proposed to the recipient
    ("费用约3万元，拟由我局部门预算解决", False),
    ("所需资金拟由本单位自筹解决", False),
])
def test_a_proposal_names_the_recipient_not_the_writer(s, proposes):
    assert bool(A.rx("modality", "proposal_by_recipient").search(s)) is proposes


@pytest.mark.parametrize(("text", "found"), [
    ("批准实施该工程，并将其列入年度计划", True),
    # its owner, after any word of its clause
    ("批准设置县康复医院，核定其床位规模和诊疗科目", True),
    # the subject of its clause, or inside another word
    ("该企业来信称，其于8月提交申请", False),
    ("农村公路尤其需要养护", False),
    ("其中县级资金200万元", False),
])
def test_a_pronoun_that_stands_for_what_was_named(text, found):
    assert (A._pronoun_at(text) >= 0) is found


@pytest.mark.parametrize(("text", "ahead"), [
    # the one work whose difficulties follow
    ("当前救灾工作面临以下困难，特请示如下：", True),
    ("目前防汛工作存在以下问题，现请示如下：", True),
    # a bare lead names no work
    ("现将有关事项请示如下：", False),
    ("我镇面临以下困难，特请示如下：", False),
])
def test_the_difficulties_of_one_work_put_up_ahead(text, ahead):
    assert bool(A.rx("matters", "declares_one_ahead").search(text)) is ahead


@pytest.mark.parametrize(("lead", "part", "instalment"), [
    ("拟请县财政分两次拨付：2025年6月前拨付200万元", "2025年10月前拨付186万元", True),
    ("恳请县财政分三年安排", "明年安排300万元", True),
    # no payment counted in parts, or a part that opens on no time
    ("恳请县财政拨付200万元", "2025年10月前拨付186万元", False),
    ("拟请县财政分两次拨付", "另拨付办公经费5万元", False),
])
def test_an_instalment_opens_on_its_time_after_a_payment_counted_in_parts(lead, part, instalment):
    assert (bool(A._INSTALMENTS.search(lead)) and bool(A._AT_A_TIME.match(part))) is instalment


@pytest.mark.parametrize(("text", "added"), [
    ("为县中医院核增人员总量控制数240名", True),
    ("为县图书馆增加事业编制5名", True),
    # nobody added by count
    ("核增县中医院床位100张", False),
    ("同意县中医院新院区开诊", False),
])
def test_people_added_by_count(text, added):
    assert bool(A._PEOPLE_ADDED.search(text)) is added


@pytest.mark.parametrize(("text", "name"), [
    # figures that are part of a name
    ("拟设立某县120急救调度分中心，承接", "120急救调度分中心"),
    ("拟建设12345热线分中心", "12345热线分中心"),
    # a size or a count after the name is no part of it
    ("拟新建烈士事迹陈列馆600平方米", "烈士事迹陈列馆"),
    ("拟新建综合楼2栋", "综合楼"),
])
def test_figures_inside_a_name_are_part_of_it(text, name):
    names, _heads = A._built_names(text)
    assert name in names
    # (and no name is cut inside its figures, nor runs on into a size)
    assert not any(n[0].isdigit() and n not in (name, name[name.find(n[0]):]) for n in names)
    assert not any(re.search(r"[0-9](?:平方|栋)", n) for n in names)
