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


CASES = [
 # ---- ZG101 bad
 ("ZG101", True, doc("南村镇人民政府关于申请农村供水管网改造资金的请示","泽州县人民政府",["我镇农村供水管网老化严重，恳请县政府安排供水管网改造资金50万元。","另外，我镇敬老院年久失修，存在安全隐患，恳请县政府安排维修资金30万元。","妥否，请批示。"],"南村镇人民政府")),
 ("ZG101", True, doc("泽州县卫生健康局关于申请乡镇卫生院设备购置经费的请示","泽州县人民政府",["为提升基层医疗服务能力，恳请县政府安排乡镇卫生院设备购置经费120万元。","同时，因乡镇卫生院人员紧缺，请求县政府核定乡镇卫生院专业技术岗位20个。","当否，请批示。"],"泽州县卫生健康局")),
 ("ZG101", True, doc("泽州县农业农村局关于有关事项的请示","泽州县人民政府",["为推进乡村振兴，现将有关事项请示如下：","一、恳请县政府安排高标准农田建设配套资金300万元。","二、请求县政府批准设立泽州县农业综合行政执法大队。","妥否，请批示。"],"泽州县农业农村局")),
 ("ZG101", True, doc("泽州县水务局关于申请水库除险加固资金和增加管护人员的请示","泽州县人民政府",["我县小型水库存在病险隐患，需实施除险加固。","妥否，请批示。"],"泽州县水务局")),
 ("ZG101", True, doc("泽州县教育局关于有关事项的请示","泽州县人民政府",["恳请县政府安排城区学校扩容改造资金800万元，并批准增加教师编制35名。","妥否，请批示。"],"泽州县教育局")),
 ("ZG101", True, doc("泽州县文化和旅游局关于申请专项资金的请示","泽州县人民政府",["为办好今年乡村文化旅游节，恳请县政府给予以下支持：","一是安排文化旅游节活动经费60万元；","二是安排珏山景区道路维修资金200万元。","妥否，请批示。"],"泽州县文化和旅游局")),
 ("ZG101", True, doc("巴公镇人民政府关于申请垃圾中转站建设资金的请示","泽州县人民政府",["为改善农村人居环境，我镇拟新建垃圾中转站1座，恳请县政府安排建设资金80万元。","此外，请求县政府为我镇增加公益性岗位保洁员20名。","妥否，请批示。"],"巴公镇人民政府")),
 # ---- ZG101 good
 ("ZG101", False, doc("泽州县民政局关于申请敬老院建设资金的请示","泽州县人民政府",["为满足特困人员集中供养需求，我局拟在金村镇新建敬老院一所，总投资500万元。","恳请县政府安排敬老院建设资金200万元。该资金主要用于主体工程建设和设施设备购置。","恳请县政府尽快拨付上述资金，以确保项目年内建成投用。","妥否，请批示。"],"泽州县民政局")),
 ("ZG101", False, doc("泽州县交通运输局关于实施城区道路改造工程的请示","泽州县人民政府",["城区凤台街路面破损严重，我局拟实施凤台街改造工程，全长2.3公里。","恳请县政府批准实施凤台街改造工程。","同时，恳请县政府协调解决工程建设用地20亩，并协调住建、电力等部门配合施工。","妥否，请批示。"],"泽州县交通运输局")),
 ("ZG101", False, doc("泽州县交通运输局关于凤台街改造工程资金的请示","泽州县人民政府",["凤台街改造工程总投资1800万元，恳请县政府安排工程资金1800万元。","其中，首期恳请拨付600万元，二期恳请拨付800万元，剩余部分待工程验收后拨付。","妥否，请批示。"],"泽州县交通运输局")),
 ("ZG101", False, doc("泽州县自然资源局关于泽州县城区污水处理厂扩建项目建设用地及规划审批的请示","泽州县人民政府",["为提升城区污水处理能力，县城区污水处理厂扩建项目已列入年度重点工程。","恳请县政府批准该项目建设用地，并同意项目规划方案。","妥否，请批示。"],"泽州县自然资源局")),
 ("ZG101", False, doc("泽州县城市管理局关于城区供水和排水有关问题的请示","泽州县人民政府",["城区部分路段供排水设施老化，汛期积水、冬季爆管时有发生。","恳请县政府安排供排水设施改造资金260万元。","妥否，请批示。"],"泽州县城市管理局")),
 ("ZG101", False, doc("泽州县教育局关于申请追加学生营养餐补助经费的请示","泽州县人民政府",["根据部分学校和家长申请，今年在校生增加1260人，经县政府批准，营养餐覆盖范围已扩大到全县。","我局曾于2024年申请追加经费，获县政府同意。","为保障学生营养改善计划顺利实施，恳请县政府追加学生营养餐补助经费182万元。","妥否，请批示。"],"泽州县教育局")),
 ("ZG101", False, doc("泽州县民政局关于购置消防车和消防器材经费的请示","泽州县人民政府",["为提升敬老院消防安全水平，恳请县政府安排购置消防车和消防器材经费95万元。","妥否，请批示。"],"泽州县民政局")),
 # ---- ZG102
 ("ZG102", True, doc("泽州县水务局关于今年防汛工作情况的报告","泽州县人民政府",["今年以来，我局扎实做好防汛各项工作。","为确保安全度汛，请县政府协调解决防汛物资储备资金50万元。","特此报告。"],"泽州县水务局")),
 ("ZG102", True, doc("泽州县教育局关于校舍安全排查情况的报告","泽州县人民政府",["经排查，全县有D级危房3处。","以上报告如无不妥，请批转各乡镇执行。"],"泽州县教育局")),
 ("ZG102", True, doc("泽州县教育局关于校舍安全排查情况的报告","泽州县人民政府",["经排查，全县有D级危房3处，需拆除重建。","请予批准。"],"泽州县教育局")),
 ("ZG102", False, doc("泽州县水务局关于今年防汛工作情况的报告","泽州县人民政府",["今年以来，经县政府批准，我局储备防汛物资价值120万元；根据县委主要领导批示精神，开展了隐患大排查。","县政府已批复我局《防汛抢险应急预案》。","我局已向市水务局申请中央水利发展资金，正在审核中。","不妥之处，恳请批评指正。","特此报告。"],"泽州县水务局")),
 ("ZG102", False, doc("泽州县水务局关于今年防汛工作情况的报告","泽州县人民政府",["今年以来，我局扎实做好防汛各项工作。部分乡镇在报告中提出“恳请县政府拨付防汛资金”，我局已转财政部门研究。","以上报告，请审阅。"],"泽州县水务局")),
 ("ZG102", False, doc("泽州县人民政府关于2024年国民经济和社会发展计划执行情况的报告","泽州县人民代表大会",["2024年，全县经济运行稳中有进。","以上报告，请予审议。"],"泽州县人民政府")),
 # ---- ZG103/104/105/106
 ("ZG103", True, doc("泽州县水务局关于申请补助资金的请示","泽州县人民政府、晋城市水务局",["恳请安排补助资金120万元。","妥否，请批示。"],"泽州县水务局")),
 ("ZG104", False, doc("泽州县教育局关于2025年教育督导工作情况的报告","晋城市教育局",["今年以来，我局认真开展教育督导工作。","特此报告。"],"泽州县教育局")),
 ("ZG104", True, doc("泽州县教育局关于2025年教育督导工作情况的报告","晋城市人民政府",["今年以来，我局认真开展教育督导工作。","特此报告。"],"泽州县教育局")),
 ("ZG104", True, doc("泽州县教育局关于2025年教育督导工作情况的报告","中共晋城市委",["今年以来，我局认真开展教育督导工作。","特此报告。"],"泽州县教育局")),
 ("ZG104", False, doc("泽州县人民政府关于2025年教育督导工作情况的报告","晋城市人民政府",["今年以来，我县认真开展教育督导工作。","特此报告。"],"泽州县人民政府")),
 ("ZG105", True, doc("泽州县应急管理局关于申请安全生产专项资金的请示","李副县长",["恳请安排资金。","妥否，请批示。"],"泽州县应急管理局")),
 ("ZG106", True, doc("南村镇人民政府关于秋粮收获情况的报告","泽州县人民政府",["全镇秋粮已收获4.6万亩。","特此报告。"],"南村镇人民政府", extra="抄送：各村民委员会。")),
 ("ZG106", False, doc("南村镇人民政府关于秋粮收获情况的报告","泽州县人民政府",["全镇秋粮已收获4.6万亩。","特此报告。"],"南村镇人民政府", extra="抄送：县农业农村局。")),
 ("ZG106", True, doc("泽州县人民政府关于秋粮收获情况的报告","晋城市人民政府",["全县秋粮已收获。","特此报告。"],"泽州县人民政府", extra="抄送：各乡镇人民政府，县直各有关单位。")),
 # ---- ZG107/108
 ("ZG107", False, doc("泽州县应急管理局关于开展安全生产大检查的通知","各乡镇人民政府，县直各有关单位",["受县政府委托，现就开展安全生产大检查有关事项通知如下。","各乡镇要于5月30日前完成自查，务必做到全覆盖。"],"泽州县应急管理局")),
 ("ZG107", True, doc("泽州县应急管理局关于开展安全生产大检查的通知","各乡镇人民政府",["现就开展安全生产大检查有关事项通知如下。","请于5月30日前完成自查，务必做到全覆盖、无死角。"],"泽州县应急管理局")),
 ("ZG107", True, doc("泽州县森林草原防灭火指挥部办公室关于加强清明期间森林防火工作的通知","各乡镇人民政府",["清明将至，森林防火形势严峻。","各乡镇要严格落实24小时值班制度，严禁野外用火。"],"泽州县森林草原防灭火指挥部办公室")),
 ("ZG107", False, doc("泽州县应急管理局关于开展安全生产大检查的通知","县直各有关单位",["各单位要于5月30日前完成自查，务必做到全覆盖。"],"泽州县应急管理局")),
 ("ZG107", False, doc("泽州县人民政府关于开展安全生产大检查的通知","各乡镇人民政府，县直各有关单位",["各乡镇要于5月30日前完成自查，务必做到全覆盖。"],"泽州县人民政府")),
 ("ZG108", True, doc("泽州县农业农村局关于推进高标准农田建设的通知","各乡镇人民政府",["各乡镇要研究出台具体办法，确保任务落实。"],"泽州县农业农村局")),
 ("ZG108", False, doc("泽州县农业农村局关于推进高标准农田建设的通知","各乡镇人民政府",["经县政府同意，现就有关事项通知如下。","各乡镇要研究出台具体办法，确保任务落实。"],"泽州县农业农村局")),
 ("ZG108", False, doc("泽州县农业农村局关于推进高标准农田建设的通知","县直各有关单位",["各单位要制定工作方案，确保任务落实。"],"泽州县农业农村局")),
 ("ZG109", True, doc("泽州县人民政府办公室关于泽州县2025年优化营商环境重点任务分工的通知","各乡镇人民政府，县直各有关单位",["现将重点任务分工通知如下。"],"泽州县人民政府办公室")),
 ("ZG109", False, doc("泽州县人民政府关于印发泽州县2025年优化营商环境实施方案的通知","各乡镇人民政府，县直各有关单位",["现将实施方案印发给你们。"],"泽州县人民政府")),
]


@pytest.mark.parametrize("code,expect,text", CASES, ids=[f"{c}-{'fires' if e else 'clean'}-{i}" for i, (c, e, _) in enumerate(CASES)])
def test_case(code, expect, text):
    got = findings(text, code)
    assert bool(got) == expect, [f.evidence for f in got]


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
# Exactly these ZG1/ZG2 codes and no others: correct drafts of many kinds
# (several asks about one matter, 报告 with 建议 or reported 批示, the county's
# own documents, a department's 函) and unseen violations.
WHOLE = [
 # clean 请示 with multiple asks about one matter
 (set(), doc("泽州县应急管理局关于召开全县安全生产工作会议的请示","泽州县人民政府",["为部署今年安全生产工作，我局拟于2025年3月20日召开全县安全生产工作会议。","会议由县政府分管副县长主持，恳请县长出席会议并作重要讲话。","会议所需经费由我局从部门预算中列支，不再申请追加。","妥否，请批示。"],"泽州县应急管理局")),
 (set(), doc("泽州县财政局关于2025年县级预算调整方案的请示","泽州县人民政府",["根据预算执行情况，需对2025年县级预算进行调整。","调整后一般公共预算支出为32.6亿元。","恳请县政府审定预算调整方案，并提请县人大常委会审查批准。","妥否，请批示。"],"泽州县财政局")),
 (set(), doc("泽州县民政局关于申请困难群众救助资金的请示","泽州县人民政府",["受今年夏季强降雨影响，全县新增困难群众1260户。","为保障困难群众基本生活，恳请县政府安排临时救助资金300万元。","资金到位后，我局将严格按照程序审核发放，并接受审计监督。","恳请县政府尽快研究批复。","妥否，请批示。"],"泽州县民政局")),
 (set(), doc("泽州县卫生健康局关于设立泽州县疾病预防控制中心发热门诊的请示","泽州县人民政府",["为做好传染病防控工作，我局拟在县疾控中心设立发热门诊。","恳请县政府批准设立发热门诊，所需设备购置经费45万元，恳请县政府予以安排。","妥否，请批示。"],"泽州县卫生健康局")),
 (set(), doc("巴公镇人民政府关于申请巴公镇污水处理站建设项目资金的请示","泽州县人民政府",["巴公镇污水处理站建设项目总投资600万元，已完成立项和环评。","恳请县政府安排项目资金400万元。","同时，恳请县政府协调县自然资源局加快办理项目用地审批手续。","妥否，请批示。"],"巴公镇人民政府")),
 # clean 报告 with suggestions
 (set(), doc("泽州县发展和改革局关于2025年上半年经济运行情况的报告","泽州县人民政府",["上半年，全县地区生产总值增长5.6%。","下一步，建议县政府进一步加大项目谋划力度，强化要素保障。","特此报告。"],"泽州县发展和改革局")),
 (set(), doc("泽州县审计局关于县级预算执行审计整改情况的报告","泽州县人民政府",["按照县政府要求，我局督促各单位整改审计发现问题。","被审计单位已申请将结余资金上缴国库。","特此报告。"],"泽州县审计局")),
 (set(), doc("泽州县应急管理局关于森林火灾扑救情况的报告","泽州县人民政府",["3月15日，我县李寨乡发生一起森林火灾，经各方全力扑救，明火于当日18时扑灭。","火灾发生后，县委、县政府主要领导作出批示，要求全力做好扑救工作。","我局将按照县政府领导批示要求，认真做好灾后处置工作。","特此报告。"],"泽州县应急管理局")),
 # county gov docs
 (set(), doc("泽州县人民政府关于申请将泽州县列入全省乡村振兴示范县的请示","晋城市人民政府",["近年来，我县乡村振兴工作成效明显。","恳请市政府向省政府推荐我县列入全省乡村振兴示范县。","妥否，请批示。"],"泽州县人民政府")),
 (set(), doc("泽州县人民政府办公室关于印发泽州县城乡环境整治实施方案的通知","各乡镇人民政府，县直各有关单位",["经县政府同意，现将《泽州县城乡环境整治实施方案》印发给你们，请结合实际认真贯彻执行。","各乡镇要制定具体实施方案，于5月底前报县政府办公室。"],"泽州县人民政府办公室")),
 # dept 通知 to units only
 (set(), doc("泽州县财政局关于做好2026年部门预算编制工作的通知","县直各预算单位",["各单位要于10月31日前报送预算草案，严禁虚报冒领。"],"泽州县财政局")),
 # dept 函 to a township, polite
 (set(), doc("泽州县自然资源局关于商请协助开展土地调查的函","南村镇人民政府",["为做好第三次国土调查成果更新工作，请贵镇于5月20日前提供有关资料。","感谢支持。"],"泽州县自然资源局")),
 # bad ones (unseen)
 ({"ZG101"}, doc("泽州县文化和旅游局关于申请文物保护经费的请示","泽州县人民政府",["我县青莲寺文物保护工程急需资金，恳请县政府安排文物保护经费150万元。","另外，为加强文物安全管理，恳请县政府批准增加文物保护员公益性岗位15个。","妥否，请批示。"],"泽州县文化和旅游局")),
 ({"ZG101"}, doc("泽州县教育局关于有关事项的请示","泽州县人民政府",["现就有关事项请示如下：","（一）恳请县政府安排城区第三小学新建工程资金2000万元。","（二）恳请县政府批准成立泽州县教育发展中心。","妥否，请批示。"],"泽州县教育局")),
 ({"ZG102"}, doc("泽州县住房和城乡建设局关于老旧小区改造进展情况的报告","泽州县人民政府",["今年计划改造老旧小区32个，已开工28个。","由于资金缺口较大，恳请县政府追加改造资金500万元。","特此报告。"],"泽州县住房和城乡建设局")),
 ({"ZG102"}, doc("泽州县住房和城乡建设局关于老旧小区改造进展情况的报告","泽州县人民政府",["今年计划改造老旧小区32个，已开工28个。","以上报告，妥否，请批示。"],"泽州县住房和城乡建设局")),
 ({"ZG107"}, doc("泽州县生态环境局关于开展秸秆禁烧工作的通知","各乡镇人民政府",["各乡镇必须于10月1日前建立秸秆禁烧网格化监管体系，严禁露天焚烧秸秆。"],"泽州县生态环境局")),
 ({"ZG107","ZG108"}, doc("泽州县乡村振兴工作领导小组办公室关于做好2025年乡村振兴工作的通知","各乡镇人民政府",["各乡镇要制定本乡镇2025年乡村振兴实施方案，于3月31日前印发，必须报领导小组办公室备案。"],"泽州县乡村振兴工作领导小组办公室")),
 ({"ZG109"}, doc("泽州县人民政府办公室关于印发《泽州县2025年民生实事任务分工方案》的通知","各乡镇人民政府，县直各有关单位",["现将任务分工方案印发给你们，请认真贯彻落实。"],"泽州县人民政府办公室")),
]


@pytest.mark.parametrize("expect,text", WHOLE, ids=[f"whole{i}-{'-'.join(sorted(e)) or 'clean'}" for i, (e, _) in enumerate(WHOLE)])
def test_whole_verdict(expect, text):
    got = {f.code for f in findings(text) if f.code.startswith(("ZG1", "ZG2"))}
    assert got == expect


# ---------------------------------------------------------------- blind-evaluation shapes
# Regressions for the shapes an independent blind evaluation found (own
# minimal examples, not the evaluation's documents).
def qs(title, body, issuer="犁川镇人民政府"):
    return doc(title, "泽州县人民政府", body + ["妥否，请批示。"], issuer)


FARM = "犁川镇人民政府关于申请小型农田水利设施建设配套资金的请示"
ZG101_SHAPES = [
    # 1. the first ask names only generic words (县级配套资金): what it is about
    # is said earlier in its paragraph or by the title; a later 另外/此外 ask
    # with a thing of its own is another matter
    (True, qs(FARM, ["今年我镇实施小型农田水利设施建设项目，总投资300万元，需县级配套60万元。恳请县政府拨付县级配套资金60万元。",
                     "另外，我镇中心敬老院屋面渗漏严重，维修约需经费25万元，恳请县政府拨付维修经费25万元。"])),
    (True, qs(FARM, ["恳请县政府拨付县级配套资金60万元。",
                     "此外，我镇便民服务中心电梯老化，更换约需经费18万元，请县政府一并予以解决。"])),
    (True, qs("犁川镇人民政府关于申请农村道路建设资金的请示",
              ["恳请县政府安排配套资金100万元。", "此外，我镇卫生院急需购置救护车一辆，恳请县政府安排购置资金40万元。"])),
    # … but not a later ask about the same thing, a detail, or a pointer back
    (False, qs(FARM, ["为推进小型农田水利设施建设，恳请县政府拨付配套资金60万元。",
                      "另外，农田水利设施建设涉及的渠道清淤约需经费8万元，恳请一并解决。"])),
    (False, qs(FARM, ["恳请县政府拨付县级配套资金60万元。", "另外，项目区机耕路硬化需经费12万元，恳请一并拨付。"])),
    (False, qs(FARM, ["我镇实施小型农田水利设施建设项目，需县级配套60万元。恳请县政府拨付县级配套资金60万元。",
                      "同时，恳请县政府协调水务局加强技术指导。"])),
    # 2. a funding-source list describes applying to other bodies
    (False, qs("泽州县卫生健康局关于申请实施县人民医院门诊楼改造工程的请示",
               ["门诊楼改造工程总投资5200万元，资金来源：争取中央预算内投资2000万元；申请发行地方政府专项债券2500万元；其余由医院自筹。",
                "恳请县政府批准实施县人民医院门诊楼改造工程。"], "泽州县卫生健康局")),
    (False, qs("泽州县卫生健康局关于申请实施县人民医院门诊楼改造工程的请示",
               ["工程总投资5200万元，其中争取省级补助1200万元；申请发行专项债券3000万元。",
                "恳请县政府批准实施县人民医院门诊楼改造工程。"], "泽州县卫生健康局")),
    # … a 申请 that continues a list of asks is still an ask
    (True, qs("泽州县人力资源和社会保障局关于有关事项的请示", ["恳请县政府安排职业技能培训经费50万元；申请增加事业编制5名。"],
              "泽州县人力资源和社会保障局")),
    # 3. ordinal lists (第一，/其一，) and entries with objects of their own
    (True, qs("泽州县民政局关于申请项目资金的请示",
              ["恳请县政府给予以下支持：第一，安排周村镇养老服务中心建设资金60万元；第二，安排犁川镇农村公路养护资金40万元。"], "泽州县民政局")),
    (True, qs("泽州县民政局关于申请项目资金的请示",
              ["恳请县政府给予以下支持：其一，安排周村镇养老服务中心建设资金60万元；其二，安排犁川镇农村公路养护资金40万元。"], "泽州县民政局")),
    (False, qs("泽州县民政局关于申请项目资金的请示",
               ["恳请县政府给予以下支持：第一，安排周村镇供水管网改造资金60万元；第二，安排犁川镇供水管网改造资金40万元。"], "泽州县民政局")),
    (True, qs("犁川镇人民政府关于老街改造有关问题的请示",
              ["老街改造推进中遇到以下两个问题，现请示如下：", "第一，我镇拟定了老街商铺拆迁补偿方案，请县政府审定批准。",
               "第二，需新建安置房80套，安置房建设用地约12亩尚未落实，请县政府协调县自然资源局予以解决。"])),
    (False, qs("泽州县民政局关于周村镇养老服务中心建设项目的请示",
               ["现将有关事项请示如下：", "第一，恳请县政府批准实施周村镇养老服务中心建设项目。",
                "第二，项目建设用地约8亩尚未落实，请县政府协调县自然资源局予以解决。"], "泽州县民政局")),
    (False, qs("泽州县民政局关于周村镇养老服务中心建设项目的请示",
               ["现将有关事项请示如下：", "第一，恳请县政府批准实施周村镇养老服务中心建设项目。",
                "第二，恳请县政府协调县自然资源局办理项目建设用地手续。"], "泽州县民政局")),
    # 6. a village name the dictionary lacks is where, not what
    (False, qs("犁川镇人民政府关于申请上河村饮水工程资金的请示",
               ["上河村饮水工程需资金80万元，恳请县政府安排上河村饮水工程资金80万元。", "同时，恳请县政府安排上河村饮水工程管护经费5万元。"])),
]


@pytest.mark.parametrize("expect,text", ZG101_SHAPES, ids=[f"zg101-shape{i}-{'fires' if e else 'clean'}" for i, (e, _) in enumerate(ZG101_SHAPES)])
def test_zg101_blind_shapes(expect, text):
    got = findings(text, "ZG101")
    assert bool(got) == expect, [f.evidence for f in got]
    assert {f.code for f in findings(text) if f.code.startswith("ZG1")} <= {"ZG101"}


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
    from zgov_cli.analysis.asks_legacy import add_places, specifics

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
# Own minimal examples of the shapes a third blind evaluation found.
FIRE = "泽州县消防救援大队"
ROUND3_ZG101 = [
    # 1. funds and posts in one sentence share only the title's topic and the
    # issuer's field (森林、防火): different resources, different matters
    (True, qs("泽州县林业局关于加强森林防火能力建设的请示",
              ["为提升森林防火能力，恳请县政府安排专项资金90万元用于购置森林防火物资，并批准增加森林防火专职岗位8名，充实护林队伍。"],
              "泽州县林业局")),
    # … a numbered list of a project, funds and posts on one topic (医院)
    (True, qs("泽州县卫生健康局关于解决县人民医院床位紧张问题有关事项的请示",
              ["现将有关事项请示如下：", "一、恳请县政府批准在北义城镇规划建设县人民医院东院区，项目选址由自然资源局统筹安排。",
               "二、恳请县政府追加县人民医院医疗设备购置经费500万元。", "三、恳请县政府核增县人民医院护理岗位40名。"],
              "泽州县卫生健康局")),
    # … but funds and posts for one named thing beyond the topic stay together
    (False, qs("泽州县林业局关于申请专项资金的请示",
               ["恳请县政府安排丹河湿地管护站建设资金60万元，并批准为丹河湿地管护站设置管护岗位3名。"], "泽州县林业局")),
    # … and a numbered list of one project's funds and land stays one matter
    (False, qs("泽州县卫生健康局关于县人民医院东院区建设项目的请示",
               ["现将有关事项请示如下：", "一、恳请县政府批准实施县人民医院东院区建设项目。",
                "二、恳请县政府协调自然资源局办理东院区建设项目用地手续。"], "泽州县卫生健康局")),
    # 2. a 同时 paragraph (connective in its first sentence) asking for land
    # for a different project
    (True, qs("泽州县交通运输局关于申请凤台街改造工程资金的请示",
              ["凤台街改造工程总投资1800万元，恳请县政府安排凤台街改造工程资金1800万元。",
               "同时，城区公交场站车位严重不足。请求县政府协调县自然资源局，为新建公交首末站项目调剂建设用地指标10亩。"],
              "泽州县交通运输局")),
    # … but land for the same project in such a paragraph is a detail
    (False, qs("泽州县交通运输局关于申请凤台街改造工程资金的请示",
               ["凤台街改造工程总投资1800万元，恳请县政府安排凤台街改造工程资金1800万元。",
                "同时，改造需拓宽路幅。请求县政府协调县自然资源局，为凤台街改造工程调剂建设用地指标10亩。"],
               "泽州县交通运输局")),
    (False, qs("泽州县交通运输局关于申请凤台街改造工程资金的请示",
               ["凤台街改造工程总投资1800万元，恳请县政府安排凤台街改造工程资金1800万元。",
                "同时，施工期间车流量大。请求县政府协调县公安局交警大队做好交通疏导。"], "泽州县交通运输局")),
    # … nor land for a temporary need of the same project (no project of its own)
    (False, qs("泽州县教育局关于申请城北小学改造资金的请示",
               ["恳请县政府安排城北小学改造资金120万元。",
                "同时，改造期间需临时借用场地。恳请县政府协调县自然资源局，为城北小学临时教学点调剂用地5亩。"], "泽州县教育局")),
    # two sums of money for one school (the title's topic) in a list: one matter
    (False, qs("泽州县教育局关于申请城北小学改造资金的请示",
               ["恳请县政府给予以下支持：", "一是安排城北小学教学楼加固资金80万元；", "二是安排城北小学操场改造资金40万元。"],
               "泽州县教育局")),
    # 3. a title joining two verb-object phrases with different objects
    (True, qs("泽州县民政局关于调整城乡低保标准和改建县光荣院的请示",
              ["一是拟将城乡低保标准每人每月提高50元。", "二是县光荣院房屋老化，拟原址改建。"], "泽州县民政局")),
]


@pytest.mark.parametrize("expect,text", ROUND3_ZG101, ids=[f"zg101-r3-{i}-{'fires' if e else 'clean'}" for i, (e, _) in enumerate(ROUND3_ZG101)])
def test_zg101_round3_shapes(expect, text):
    got = findings(text, "ZG101")
    assert bool(got) == expect, [f.evidence for f in got]


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
    from zgov_cli.analysis.asks_legacy import title_matters

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
