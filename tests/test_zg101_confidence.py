"""ZG101 says how sure a split is: an error when the writer's own words set
the matters apart (the title or the closing joins or counts them, a heading
of its own, 附带请示一事); a hint (info) when zgov's reading of the content
does — a turn (另外、同时), a paragraph on another body, another resource.
The config's severity still wins."""
from __future__ import annotations

import tomllib
from pathlib import Path

from zgov_cli.config import Config
from zgov_cli.examples import run_example
from zgov_cli.rules.base import Example

CASES = {c["name"]: c for f in ("asks_round22.toml", "asks_round57.toml") for c in tomllib.loads(
    (Path(__file__).parent / "cases" / f).read_text(encoding="utf-8"))["case"]}


def _zg101(name: str, config: Config | None = None):
    _, findings = run_example(Example(CASES[name]["text"].strip("\n")), config)
    return [f for f in findings if f.code == "ZG101"]


def test_hint_says_it_is_a_reading_and_asks_the_clerk_to_check():
    (f,) = _zg101("r22_topic_only_split_is_a_hint")
    assert f.severity == "info"
    assert f.message.startswith("这件请示可能请示了2项不同事项")
    assert "请核对" in f.message and "依据的是内容，不是作者自己的划分" in f.message
    # the evidence still quotes each matter
    assert "事项一：" in f.evidence and "事项二：" in f.evidence


def test_sure_split_keeps_the_plain_verdict():
    (f,) = _zg101("r57_headings_of_its_own_that_name_two_things_are_an_error")
    assert f.severity == "error"
    assert f.message.startswith("这件请示同时请示了2项不同事项") and "请核对" not in f.message


def test_a_turn_to_another_thing_is_a_reading_not_the_writers_division():
    """另外 joins one matter's further needs as often as it opens another:
    a split it leads to is zgov's reading, said as a hint."""
    (f,) = _zg101("r22_turned_split")
    assert f.severity == "info"
    assert f.message.startswith("这件请示可能请示了2项不同事项")


def test_config_severity_makes_every_split_an_error():
    cfg = Config()
    cfg.severity["ZG101"] = "error"
    (f,) = _zg101("r22_topic_only_split_is_a_hint", cfg)
    assert f.severity == "error"


def test_hint_does_not_fail_a_ci_run(tmp_path, zgov):
    draft = tmp_path / "qs.txt"
    lines = [ln.removeprefix("@title ").removeprefix("@right ")
             for ln in CASES["r22_topic_only_split_is_a_hint"]["text"].strip("\n").splitlines()]
    draft.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = zgov("check", str(draft), "--select", "ZG101")
    assert r.code == 0, r.stdout + r.stderr  # default --fail-on warning: a hint passes
    assert "ZG101" in r.stdout and "提示" in r.stdout
    r = zgov("check", str(draft), "--select", "ZG101", "--fail-on", "info")
    assert r.code == 1


TURN_TO_ITS_PART = """
@title 中共泽州县委组织部关于调整村干部基本报酬标准的请示
泽州县人民政府：
现行村干部基本报酬标准于2019年确定，村党组织书记每月2400元，已低于全县农村居民人均可支配收入增长水平，村干部队伍稳定面临压力。
经部务会研究，拟将村党组织书记基本报酬提高到每月3200元，其他“两委”主干按书记的80%、一般委员按60%执行，所需资金由县级财政承担。
同时，为强化激励约束，拟从2026年起将报酬的30%作为绩效报酬，与年度考核结果挂钩，考核办法由我部另行制定。
妥否，请批示。
@right 中共泽州县委组织部
@right 2026年11月20日
（联系人：李红梅，电话：0356-3021186）
"""


def test_a_turn_to_what_the_matter_named_is_no_sure_split():
    """同时 joins the parts of one matter as often as two matters: a turn
    to asks that name again what the matter before named (报酬) does not
    make a split sure — at most a hint."""
    _, findings = run_example(Example(TURN_TO_ITS_PART.strip("\n")))
    assert not [f for f in findings if f.code == "ZG101" and f.severity != "info"]


ONE_PARAGRAPH_OPENING_ON_A_BODY = """
@title 泽州县城市管理局关于建设金村镇垃圾转运站的请示
泽州县人民政府：
金村镇目前生活垃圾由镇区临时堆放点转运，日均产生量约22吨，周边群众多次反映异味扰民。
我局会同金村镇人民政府踏勘，拟在镇区东北约1公里处建设压缩式垃圾转运站一座，请县政府批准选址、同意征收所需土地3.6亩及拨付征地补偿款54万元。
妥否，请批示。
@right 泽州县城市管理局
@right 2031年6月15日
（联系人：范军，电话：0356-3020054）
"""


def test_the_opening_of_a_paragraph_the_first_matter_asks_in_is_no_evidence():
    """A later matter asked in the same paragraph as the first: what that
    paragraph opens on (会同金村镇人民政府…) is the first matter's case, so
    it does not make the split sure — at most a hint."""
    _, findings = run_example(Example(ONE_PARAGRAPH_OPENING_ON_A_BODY.strip("\n")))
    assert not [f for f in findings if f.code == "ZG101" and f.severity != "info"]


def test_rule_text_says_only_the_writers_division_is_an_error(zgov):
    """What `zgov rule ZG101` tells a clerk matches what the rule does: the
    writer's own division is an error, a turn or a new body's paragraph is
    a reading of the content, said as a hint — in every profile."""
    for profile in ("zezhou", "national"):
        r = zgov("rule", "ZG101", "--profile", profile)
        assert r.code == 0, r.stdout + r.stderr
        text = r.stdout.replace("\n", "")
        assert "依据内容作出的判断" in text and "只作“提示”" in text
        assert "“附带请示一事”" in text and "按“错误”报告" in text
        # (the old text made a turn — 另外、同时 — sure)
        assert "等转折另提前面没有讲过的东西的" not in text
