"""ZG101 says how sure a split is: an error when the writer's own words or
another body, project or resource set the matters apart; a hint (info) when
only zgov's reading of the topic does. The config's severity still wins."""
from __future__ import annotations

import tomllib
from pathlib import Path

from zgov_cli.config import Config
from zgov_cli.examples import run_example
from zgov_cli.rules.base import Example

CASES = {c["name"]: c for c in tomllib.loads(
    (Path(__file__).parent / "cases" / "asks_round22.toml").read_text(encoding="utf-8"))["case"]}


def _zg101(name: str, config: Config | None = None):
    _, findings = run_example(Example(CASES[name]["text"].strip("\n")), config)
    return [f for f in findings if f.code == "ZG101"]


def test_hint_says_it_is_a_reading_and_asks_the_clerk_to_check():
    (f,) = _zg101("r22_topic_only_split_is_a_hint")
    assert f.severity == "info"
    assert f.message.startswith("这件请示可能请示了2项不同事项")
    assert "请核对" in f.message and "只依据内容" in f.message
    # the evidence still quotes each matter
    assert "事项一：" in f.evidence and "事项二：" in f.evidence


def test_sure_split_keeps_the_plain_verdict():
    (f,) = _zg101("r22_turned_split_is_an_error")
    assert f.severity == "error"
    assert f.message.startswith("这件请示同时请示了2项不同事项") and "请核对" not in f.message


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
