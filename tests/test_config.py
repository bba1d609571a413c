"""Configuration (SPEC §1): discovery, every key, command line over file,
clear errors naming the key, and suppressions that match nothing."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from helpers import DOCS
from zgov_cli.config import ConfigError, Config, discover, from_table, load_file
from zgov_cli.engine import CheckOptions, check_path

TWO_MATTERS = DOCS / "qingshi_two_matters.txt"  # raises ZG101


def run(args, cwd):
    r = subprocess.run([sys.executable, "-m", "zgov_cli", *args], capture_output=True, text=True, cwd=cwd,
                       env=dict(os.environ, PYTHONPATH=str(DOCS.parent.parent)))
    assert "Traceback" not in r.stderr, r.stderr
    return r


def codes(result):
    return {f["code"] for f in result.findings}


def test_discovery_walks_up_to_zgov_toml_then_pyproject(tmp_path):
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text('[tool.zgov]\nignore = ["ZG5"]\n', encoding="utf-8")
    assert discover(deep) == tmp_path / "pyproject.toml"
    (tmp_path / "a" / "zgov.toml").write_text('ignore = ["ZG1"]\n', encoding="utf-8")
    assert discover(deep) == tmp_path / "a" / "zgov.toml"
    assert load_file(tmp_path / "pyproject.toml").ignore == ["ZG5"]


def test_pyproject_without_tool_zgov_is_not_a_config(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert discover(tmp_path) is None or discover(tmp_path).parent != tmp_path


def test_select_ignore_prefixes_and_severity():
    base = check_path(str(TWO_MATTERS), Config())
    assert "ZG101" in codes(base)
    assert "ZG101" not in codes(check_path(str(TWO_MATTERS), from_table({"ignore": ["ZG1"]})))
    only = check_path(str(TWO_MATTERS), from_table({"select": ["ZG10"]}))
    assert codes(only) and all(c.startswith("ZG10") for c in codes(only))
    sev = check_path(str(TWO_MATTERS), from_table({"severity": {"ZG101": "info"}}))
    assert {f["severity"] for f in sev.findings if f["code"] == "ZG101"} == {"info"}


def test_command_line_select_wins_over_file():
    cfg = from_table({"ignore": ["ZG101"]})
    r = check_path(str(TWO_MATTERS), cfg, CheckOptions(select=["ZG101"]))
    assert codes(r) == set()  # file's ignore still applies: select narrows, ignore removes
    r = check_path(str(TWO_MATTERS), Config(), CheckOptions(select=["ZG101"]))
    assert codes(r) == {"ZG101"}


def test_per_file_ignores_and_allow():
    cfg = from_table({"per-file-ignores": {"qingshi_*.txt": ["ZG101"]}})
    assert "ZG101" not in codes(check_path(str(TWO_MATTERS), cfg))
    ev = next(f["evidence"] for f in check_path(str(TWO_MATTERS), Config()).findings if f["code"] == "ZG101")
    cfg = from_table({"allow": [ev]})
    assert "ZG101" not in codes(check_path(str(TWO_MATTERS), cfg))


def test_length_limit_from_config(tmp_path):
    f = tmp_path / "q.txt"
    f.write_text("泽州县教育局关于申请校舍维修资金的请示\n泽州县人民政府：\n" + "我局所属学校校舍老化，需要维修。" * 20
                 + "\n恳请县政府安排维修资金50万元。\n妥否，请批示。\n泽州县教育局\n2025年3月5日\n（联系人：李明，电话：0356-3022145）\n",
                 encoding="utf-8")
    assert "ZG201" not in codes(check_path(str(f), Config()))
    assert "ZG201" in codes(check_path(str(f), from_table({"limits": {"request": 100}})))


def test_org_hierarchy_for_another_county(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("阳城县教育局关于2025年上半年工作情况的报告\n长治市人民政府：\n现将工作情况报告如下。\n特此报告。\n阳城县教育局\n2025年7月8日\n",
                 encoding="utf-8")
    # With 泽州县's defaults 长治市 is nobody's superior; configured, it is 越级.
    assert "ZG104" not in codes(check_path(str(f), Config()))
    cfg = from_table({"orgs": {"county": "阳城县", "superiors": ["长治市", "山西省"]}})
    assert "ZG104" in codes(check_path(str(f), cfg))


@pytest.mark.parametrize("table,key", [
    ({"colour": "red"}, "colour"),
    ({"limits": {"requests": 3}}, "limits.requests"),
    ({"fail-on": "sometimes"}, "fail-on"),
    ({"select": ["XX1"]}, "select"),
    ({"severity": {"ZG101": "fatal"}}, "severity.ZG101"),
    ({"limits": {"request": "many"}}, "limits.request"),
    ({"calendar": {"holidays": ["2027-13-01"]}}, "calendar"),
])
def test_bad_config_names_the_key(table, key):
    with pytest.raises(ConfigError) as e:
        from_table(table)
    assert key in str(e.value)


def test_fail_on_from_file_and_command_line(tmp_path):
    (tmp_path / "zgov.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert run(["check", str(TWO_MATTERS), "--format", "json"], tmp_path).returncode == 0
    assert run(["check", str(TWO_MATTERS), "--format", "json", "--fail-on", "error"], tmp_path).returncode == 1
    (tmp_path / "zgov.toml").write_text('fail-on = "never"\nlimits = 3\n', encoding="utf-8")
    r = run(["check", str(TWO_MATTERS)], tmp_path)
    assert r.returncode == 2 and "limits" in r.stderr


def test_suppressions_that_match_nothing_are_reported(tmp_path):
    (tmp_path / "zgov.toml").write_text(
        'allow = ["这段文字不存在"]\n[per-file-ignores]\n"旧档案/*.docx" = ["ZG3"]\n', encoding="utf-8")
    r = run(["check", str(TWO_MATTERS), "--format", "json"], tmp_path)
    unused = json.loads(r.stdout)["summary"]["unused_suppressions"]
    assert any("旧档案/*.docx" in u for u in unused) and any("这段文字不存在" in u for u in unused)
    assert "屏蔽项未起作用" in r.stderr
