"""check --format sarif|junit|github|json: the same findings in every format."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ci_docs import CLEAN_NOTICE, TYPO_NOTICE, write
from zgov_cli.baseline import evidence_hash
from zgov_cli.cli import app
from zgov_cli.report import summarise
from zgov_cli.rules.registry import all_rules

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
runner = CliRunner()


@pytest.fixture
def docs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    write(tmp_path, "typo.txt", TYPO_NOTICE)
    write(tmp_path, "clean.txt", CLEAN_NOTICE)
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    return ["typo.txt", "clean.txt", "broken.docx", "missing.pdf"]


def run(*args: str):
    return runner.invoke(app, ["check", "--jobs", "1", *args])


def json_results(paths):
    r = run("--format", "json", *paths)
    return json.loads(r.stdout)


def test_sarif_is_valid_2_1_0_with_rules_results_and_notifications(docs):
    import jsonschema

    r = run("--format", "sarif", *docs)
    assert r.exit_code == 2  # two unreadable inputs
    log = json.loads(r.stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(log)

    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [d["id"] for d in rules] == list(all_rules())  # every registered rule, from the registry
    from zgov_cli.rules.base import rule_meta

    for d in rules:
        meta_rule = all_rules()[d["id"]]
        assert d["shortDescription"]["text"] == rule_meta(meta_rule)["title"]  # as the default profile says
        assert "如何屏蔽" in d["help"]["text"] and d["help"]["markdown"]
        assert d["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning", "info": "note"}[meta_rule.severity]

    expected = json_results(["typo.txt"])["files"][0]["findings"]
    assert {f["code"] for f in expected} >= {"ZG501", "ZG502"}
    results = run_["results"]
    assert len(results) == len(expected)
    for res, f in zip(results, expected):
        assert res["ruleId"] == f["code"]
        assert rules[res["ruleIndex"]]["id"] == f["code"]
        assert res["level"] == {"error": "error", "warning": "warning", "info": "note"}[f["severity"]]
        loc = res["locations"][0]
        assert loc["physicalLocation"]["artifactLocation"]["uri"] == "typo.txt"
        assert loc["physicalLocation"]["region"]["startLine"] == f["location"]["paragraph"]
        assert loc["properties"]["startLineIsParagraph"] is True
        assert loc["properties"]["paragraph"] == f["location"]["paragraph"]
        assert res["partialFingerprints"]["zgovEvidenceHash/v1"] == evidence_hash(f["code"], f["evidence"])

    inv = run_["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert inv["exitCode"] == 2
    notes = {n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: n for n in inv["toolExecutionNotifications"]}
    assert notes["broken.docx"]["descriptor"]["id"] == "corrupt"
    assert notes["missing.pdf"]["descriptor"]["id"] == "not_found"


def test_sarif_clean_run_is_successful_and_uri_is_percent_encoded(tmp_path, monkeypatch):
    import jsonschema

    monkeypatch.chdir(tmp_path)
    (tmp_path / "草稿").mkdir()
    write(tmp_path / "草稿", "通知 一.txt", CLEAN_NOTICE)
    r = run("--format", "sarif", "草稿")
    assert r.exit_code == 0, r.stdout
    log = json.loads(r.stdout)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(log)
    assert log["runs"][0]["results"] == []
    assert log["runs"][0]["invocations"][0]["executionSuccessful"] is True
    uri = log["runs"][0]["artifacts"][0]["location"]["uri"]
    assert uri == "%E8%8D%89%E7%A8%BF/%E9%80%9A%E7%9F%A5%20%E4%B8%80.txt"


def test_junit_one_testcase_per_file_one_failure_per_finding(docs):
    r = run("--format", "junit", *docs)
    assert r.exit_code == 2
    root = ET.fromstring(r.stdout.encode("utf-8"))
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == docs
    expected = json_results(["typo.txt"])["files"][0]["findings"]
    fails = cases[0].findall("failure")
    assert [f.get("type") for f in fails] == [f["code"] for f in expected]
    assert all(f["evidence"] in el.text for f, el in zip(expected, fails))
    assert cases[1].findall("failure") == [] and cases[1].findall("error") == []
    assert cases[2].find("error").get("type") == "corrupt"
    assert cases[3].find("error").get("type") == "not_found"
    assert suite.get("tests") == "4" and suite.get("failures") == str(len(expected)) and suite.get("errors") == "2"


def test_junit_escapes_xml_and_drops_control_characters():
    from zgov_cli.report import junit

    res = [{"path": "a<&>\".txt", "status": "ok", "document": {}, "deadlines": [], "findings": [{
        "code": "ZG501", "severity": "warning", "title": "t", "message": "m <b> & \x07",
        "article": "a", "evidence": "“x”&<", "location": {"paragraph": 1, "page": 2}}]}]
    root = ET.fromstring(junit.render(res, summarise(res)).encode("utf-8"))
    case = root.find("testsuite/testcase")
    assert case.get("name") == "a<&>\".txt"
    assert "m <b> & " in case.find("failure").text and "\x07" not in case.find("failure").text
    assert "第2页第1段" in case.find("failure").get("message")


def test_github_annotations(docs):
    r = run("--format", "github", *docs)
    assert r.exit_code == 2
    lines = r.stdout.splitlines()
    expected = json_results(["typo.txt"])["files"][0]["findings"]
    ann = [line for line in lines if line.startswith("::")]
    assert len(ann) == len(expected) + 2
    for line, f in zip(ann, expected):
        cmd = {"error": "error", "warning": "warning", "info": "notice"}[f["severity"]]
        assert line.startswith(f"::{cmd} file=typo.txt,title={f['code']} ")
        assert "\n" not in line and f["evidence"].replace(",", ",") in line
    assert ann[-2].startswith("::error file=broken.docx,title=无法读取（文件损坏）::")
    assert ann[-1].startswith("::error file=missing.pdf,title=")
    assert lines[-1].startswith("zgov：检查 4 个文件")


def test_github_escapes_property_and_data_values():
    from zgov_cli.report import github

    res = [{"path": "a,b:c.txt", "status": "ok", "document": {}, "deadlines": [], "findings": [{
        "code": "ZG502", "severity": "info", "title": "x,y", "message": "100% 行一\n行二",
        "article": "a", "evidence": "", "location": {"paragraph": None, "page": None}}]}]
    line = github.annotations(res)[0]
    assert line.startswith("::notice file=a%2Cb%3Ac.txt,title=ZG502 x%2Cy::")
    assert "100%25 行一%0A行二" in line


def test_github_format_is_automatic_under_actions(docs, monkeypatch, tmp_path):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    summary = tmp_path / "step.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    r = run("typo.txt")
    assert r.exit_code == 1
    assert r.stdout.startswith("::warning file=typo.txt,")
    assert "| 规则 | 名称 | 数量 |" in summary.read_text(encoding="utf-8")
    # an explicit --format wins
    r = run("--format", "json", "typo.txt")
    assert json.loads(r.stdout)["summary"]["warnings"] >= 2


def test_json_follows_spec_section_2(docs):
    out = json_results(docs)
    assert set(out) == {"version", "files", "summary"}
    assert out["summary"] == {"files": 4, "errors": 0, "warnings": out["summary"]["warnings"], "infos": 0, "unreadable": 2}
    ok, clean, broken, missing = out["files"]
    assert ok["status"] == "ok" and {"path", "status", "document", "findings", "deadlines"} <= set(ok)
    for f in ok["findings"]:
        assert {"code", "severity", "title", "message", "article", "evidence", "location"} <= set(f)
        assert set(f["location"]) == {"paragraph", "page"}
    assert broken["status"] == "error" and broken["error"]["kind"] == "corrupt" and broken["findings"] == []
    assert missing["error"]["kind"] == "not_found"
    assert not any(k.startswith("_") for f in out["files"] for k in f)


def test_statistics_counts_per_rule_sorted(docs):
    r = run("--statistics", "typo.txt", "typo.txt", "clean.txt")  # same file twice counts once
    lines = r.stdout.splitlines()
    assert r.exit_code == 1
    counts = [int(line.split()[0]) for line in lines if line.strip()[:1].isdigit() and "ZG" in line]
    assert counts == sorted(counts, reverse=True) and counts
    assert any("ZG501" in line for line in lines) and any("ZG502" in line for line in lines)
    assert lines[-1].startswith("共 2 个文件")

    r = run("--statistics", "--format", "json", "typo.txt", "missing.pdf")
    assert r.exit_code == 2
    data = json.loads(r.stdout)
    rows = data["statistics"]
    assert [(-x["count"], x["code"]) for x in rows] == sorted((-x["count"], x["code"]) for x in rows)
    assert {x["code"] for x in rows} >= {"ZG501", "ZG502"}
    assert data["summary"]["unreadable"] == 1
