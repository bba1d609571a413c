"""ZG101's evidence says WHAT each matter is: an ask that names nothing of
its own (予以追加、予以解决、给予支持) is quoted with its sentence."""
from __future__ import annotations

from zgov_cli.examples import run_example
from zgov_cli.rules.base import Example


def doc(title, body, issuer="泽州县教育局"):
    return f"@title {title}\n泽州县人民政府：\n" + "\n".join(body) + f"\n妥否，请批示。\n@right {issuer}\n@right 2025年3月5日"


def zg101(text):
    _, fs = run_example(Example(text))
    return [f for f in fs if f.code == "ZG101"]


def matters(f):
    """The quoted matters of the evidence 事项一：“…”；事项二：“…”."""
    return [part.split("：“", 1)[1].rstrip("”") for part in f.evidence.split("”；")]


def test_elliptical_ask_quotes_its_sentence():
    text = doc(
        "泽州县教育局关于申请追加学生营养餐补助经费和增加教师编制的请示",
        [
            "今年春季学期，全县农村义务教育学校在校生较去年增加1260人，学生营养改善计划资金缺口较大。"
            "经测算，全年需追加学生营养餐补助经费182万元，恳请县政府予以追加。",
            "同时，随着城区学校学位扩容，现有教师编制已不能满足教学需要，特请求县政府批准增加教师编制35名。",
        ],
    )
    (f,) = zg101(text)
    one, two = matters(f)
    # the whole sentence, from after the previous 。 to the end of the ask
    assert one == "经测算，全年需追加学生营养餐补助经费182万元，恳请县政府予以追加"
    # an ask that names its object is quoted alone, as before
    assert two == "特请求县政府批准增加教师编制35名"


def test_ask_with_its_own_object_is_quoted_alone():
    text = doc(
        "泽州县住房和城乡建设局关于申请城区排水管网清淤经费及增设市政维护岗位的请示",
        [
            "入汛在即，城区部分排水管网淤积严重。经测算，恳请县政府安排城区排水管网清淤经费86万元。",
            "此外，我局市政设施维护中心现有人员18名，难以满足维护需要，请求县政府批准增设市政维护岗位10个。",
        ],
        "泽州县住房和城乡建设局",
    )
    (f,) = zg101(text)
    assert matters(f) == ["恳请县政府安排城区排水管网清淤经费86万元", "请求县政府批准增设市政维护岗位10个"]


def test_generic_resource_ask_quotes_what_it_is_for():
    # 安排专项经费86万元 says how much, not for what: the sentence says it
    text = doc(
        "泽州县住房和城乡建设局关于申请城区排水管网清淤经费及增设市政维护岗位的请示",
        [
            "入汛在即，城区部分排水管网淤积严重。经测算，全面清淤城区排水管网41公里需经费86万元，恳请县政府安排专项经费86万元。",
            "此外，我局市政设施维护中心现有人员18名，难以满足维护需要，请求县政府批准增设市政维护岗位10个。",
        ],
        "泽州县住房和城乡建设局",
    )
    (f,) = zg101(text)
    one, _ = matters(f)
    assert one == "经测算，全面清淤城区排水管网41公里需经费86万元，恳请县政府安排专项经费86万元"


def test_empty_sentence_takes_the_one_before():
    # 为此，恳请县政府予以解决: the sentence says nothing; the one before does
    text = doc(
        "泽州县民政局关于有关事项的请示",
        [
            "金村镇敬老院建于1998年，主体结构老化，经鉴定为C级危房，维修加固需资金45万元。为此，恳请县政府予以资金支持。",
            "另外，我局社会救助股现有工作人员3名，难以承担全县救助审核工作，请求县政府批准增加事业编制5名。",
        ],
        "泽州县民政局",
    )
    (f,) = zg101(text)
    one, _ = matters(f)
    assert "敬老院" in one and "45万元" in one and one.endswith("恳请县政府予以资金支持")


def test_long_sentence_keeps_the_ask():
    long_before = "根据县委县政府关于全面推进农村义务教育学校学生营养改善计划提标扩面工作的部署要求和全县农村义务教育学校学生人数变化情况"
    text = doc(
        "泽州县教育局关于申请追加学生营养餐补助经费和增加教师编制的请示",
        [
            long_before + "，全年需追加学生营养餐补助经费182万元，恳请县政府予以追加。",
            "同时，特请求县政府批准增加教师编制35名。",
        ],
    )
    (f,) = zg101(text)
    one, _ = matters(f)
    assert one.startswith("…") and len(one) <= 60
    assert one.endswith("全年需追加学生营养餐补助经费182万元，恳请县政府予以追加")


def test_ask_naming_only_who_does_it_quotes_its_sentence():
    # 请县政府协调县自然资源局予以解决: the 局 is who is to act, not what;
    # the sentence says what (安置房建设用地)
    text = doc(
        "犁川镇人民政府关于老街改造有关问题的请示",
        [
            "老街改造推进中遇到以下两个问题，现请示如下：",
            "第一，我镇拟定了老街商铺拆迁补偿方案，请县政府审定批准。",
            "第二，需新建安置房80套，安置房建设用地约12亩尚未落实，请县政府协调县自然资源局予以解决。",
        ],
        "犁川镇人民政府",
    )
    (f,) = zg101(text)
    one, two = matters(f)
    assert "拆迁补偿方案" in one and one.endswith("请县政府审定批准")
    assert "安置房建设用地" in two and two.endswith("请县政府协调县自然资源局予以解决")


def test_ask_after_another_ask_is_quoted_alone():
    # the clause before is another ask: it is not quoted as this one's reason
    text = doc(
        "泽州县人力资源和社会保障局关于有关事项的请示",
        ["恳请县政府安排职业技能培训经费50万元；申请增加事业编制5名。"],
        "泽州县人力资源和社会保障局",
    )
    (f,) = zg101(text)
    assert matters(f) == ["恳请县政府安排职业技能培训经费50万元", "申请增加事业编制5名"]


def test_generic_first_ask_quotes_what_its_paragraph_says():
    text = doc(
        "犁川镇人民政府关于申请小型农田水利设施建设配套资金的请示",
        [
            "今年我镇实施小型农田水利设施建设项目，需县级配套60万元。恳请县政府拨付县级配套资金60万元。",
            "另外，我镇中心敬老院屋面渗漏严重，维修约需经费25万元，恳请县政府拨付维修经费25万元。",
        ],
        "犁川镇人民政府",
    )
    (f,) = zg101(text)
    one, two = matters(f)
    assert "小型农田水利" in one and one.endswith("恳请县政府拨付县级配套资金60万元")
    assert "敬老院" in two


def test_an_application_is_said_as_the_writers_own():
    # 我县申请承办…: the writer applies to host — the message says so, not
    # that the superior is asked to host
    text = doc(
        "泽州县人民政府关于承办晋城市第八届农民运动会的请示",
        [
            "晋城市第八届农民运动会拟于2026年9月举办。我县具备承办条件。我县申请承办晋城市第八届农民运动会，恳请市政府予以支持。",
            "另，我县城区出租车起步价拟由6元调整为8元，此事涉及市级定价权限，请市政府一并审批。",
        ],
        issuer="泽州县人民政府",
    ).replace("泽州县人民政府：", "晋城市人民政府：")
    (f,) = zg101(text)
    assert "向上级申请承办" in f.message
    assert "请上级承办" not in f.message
