"""--write-baseline / --baseline: fail on new problems only."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ci_docs import CLEAN_NOTICE, TYPO_NOTICE, write
from zgov_cli import baseline as bl
from zgov_cli.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def docs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    write(tmp_path, "typo.txt", TYPO_NOTICE)
    write(tmp_path, "clean.txt", CLEAN_NOTICE)


def check(*args):
    return runner.invoke(app, ["check", "--jobs", "1", *args])


def findings(r):
    return [(f["path"], x["code"]) for f in json.loads(r.stdout)["files"] for x in f["findings"]]


def test_write_then_use_baseline(tmp_path):
    before = check("--format", "json", "typo.txt", "clean.txt")
    assert before.exit_code == 1 and findings(before)
    n = len(findings(before))

    w = check("--format", "json", "--write-baseline", "zgov-baseline.json", "typo.txt", "clean.txt")
    assert w.exit_code == 0  # judged against the baseline just written
    assert f"已把 {n} 个问题写入基线文件" in w.stderr
    data = json.loads((tmp_path / "zgov-baseline.json").read_text(encoding="utf-8"))
    assert data["tool"] == "zgov" and len(data["findings"]) == n
    assert {e["file"] for e in data["findings"]} == {"typo.txt"}
    assert all(len(e["hash"]) == 16 for e in data["findings"])

    r = check("--format", "json", "--baseline", "zgov-baseline.json", "typo.txt", "clean.txt")
    assert r.exit_code == 0
    out = json.loads(r.stdout)
    assert findings(r) == [] and out["summary"]["baseline_hidden"] == n
    assert f"基线中已有的 {n} 个问题未报告" in r.stderr

    t = check("--baseline", "zgov-baseline.json", "typo.txt")
    assert t.exit_code == 0 and f"{n} 个问题未报告" in t.stdout


def test_only_new_findings_are_reported_and_fail(tmp_path):
    check("--write-baseline", "b.json", "typo.txt")
    # A paragraph inserted above the old problems and one new 的的 further down.
    text = TYPO_NOTICE.replace("一、落实", "新增一段说明文字。\n一、落实").replace("要对重点林区开展巡查", "要对重点林区的的巡查")
    write(tmp_path, "typo.txt", text)
    r = check("--format", "json", "--baseline", "b.json", "typo.txt")
    assert r.exit_code == 1
    new = json.loads(r.stdout)["files"][0]["findings"]
    assert [f["code"] for f in new] == ["ZG501"] and "林区的的巡查" in new[0]["evidence"]
    # the same reported as SARIF marks results as new
    s = check("--format", "sarif", "--baseline", "b.json", "typo.txt")
    res = json.loads(s.stdout)["runs"][0]["results"]
    assert [x["baselineState"] for x in res] == ["new"]
    assert json.loads(s.stdout)["runs"][0]["invocations"][0]["properties"]["baselineHidden"] == 2


def test_baseline_is_keyed_by_file(tmp_path):
    check("--write-baseline", "b.json", "typo.txt")
    write(tmp_path, "copy.txt", TYPO_NOTICE)
    r = check("--format", "json", "--baseline", "b.json", "typo.txt", "./copy.txt")
    assert r.exit_code == 1
    assert {p for p, _ in findings(r)} == {"./copy.txt"}
    # ./typo.txt and typo.txt, absolute and relative are one file
    r = check("--format", "json", "--baseline", "b.json", str(tmp_path / "typo.txt"))
    assert r.exit_code == 0


def test_identical_findings_are_counted():
    res = [{"path": "a.txt", "status": "ok", "findings": [
        {"code": "ZG501", "evidence": "的的"}, {"code": "ZG501", "evidence": "的的"}]}]
    bl_file_one = {("a.txt", "ZG501", bl.evidence_hash("ZG501", "的的")): 1}
    from collections import Counter

    left, hidden = bl.apply(res, Counter(bl_file_one))
    assert hidden == 1 and len(left[0]["findings"]) == 1
    assert len(res[0]["findings"]) == 2  # input untouched


def test_evidence_hash_ignores_whitespace_and_width():
    assert bl.evidence_hash("ZG502", "为做好 工作,") == bl.evidence_hash("ZG502", "为做好工作，".replace("，", ","))
    assert bl.evidence_hash("ZG502", "ＡＢ1") == bl.evidence_hash("ZG502", "AB1")
    assert bl.evidence_hash("ZG502", "x") != bl.evidence_hash("ZG501", "x")
    assert bl.evidence_hash("ZG502", "的的") != bl.evidence_hash("ZG502", "了了")


@pytest.mark.parametrize("content,needle", [
    ("not json", "无法读取"),
    ('{"tool": "other", "findings": []}', "不是 zgov 基线文件"),
    ('{"tool": "zgov", "version": 99, "findings": []}', "版本"),
    ('{"tool": "zgov", "version": 1, "findings": [{"file": "a"}]}', "格式不对"),
])
def test_bad_baseline_is_a_usage_error(tmp_path, content, needle):
    (tmp_path / "b.json").write_text(content, encoding="utf-8")
    r = check("--baseline", "b.json", "typo.txt")
    assert r.exit_code == 2 and needle in r.stderr


def test_unreadable_file_still_exits_2_with_baseline(tmp_path):
    check("--write-baseline", "b.json", "typo.txt")
    r = check("--format", "json", "--baseline", "b.json", "typo.txt", "missing.pdf")
    assert r.exit_code == 2
