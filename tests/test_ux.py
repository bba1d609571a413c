"""Issue 16: what a clerk and a CI maintainer see — version, usage errors,
help, empty inputs, ``zgov deadline`` as clerks write it."""
from __future__ import annotations

import json
import re

import pytest

from ci_docs import TYPO_NOTICE, write

ENGLISH = ("Usage:", "Options:", "Arguments:", "Commands:", "Show this message", "Error:", "Missing argument",
           "No such command", "No such option", "Try '", "[default", "[required]", "<str>", "<int>", "list[str]")


def _no_english(text: str) -> None:
    for word in ENGLISH:
        assert word not in text, (word, text)


# ---------------------------------------------------------------- --version
def test_version_from_script_and_module(zgov):
    from zgov_cli import __version__

    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    for flag in ("--version", "-V"):
        r = zgov(flag)
        assert r.code == 0 and r.stdout.strip() == f"zgov {__version__}"


def test_version_has_one_source():
    import tomllib

    from helpers import ROOT

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "zgov_cli.__version__"}


# ---------------------------------------------------------------- --select / --ignore
@pytest.mark.parametrize("opt,value,near", [
    ("--select", "ZG9", "ZG1"),        # a family that does not exist
    ("--select", "ZG1O1", "ZG101"),    # letter O for zero
    ("--ignore", "ZG1,ZG5O2", "ZG502"),
    ("--select", "ZG999", "ZG109"),
])
def test_unknown_code_is_a_usage_error(zgov, tmp_path, opt, value, near):
    doc = write(tmp_path, "typo.txt", TYPO_NOTICE)
    r = zgov("check", doc, opt, value, "--format", "json")
    assert r.code == 2 and r.stdout == ""
    assert "不是任何规则的代码或前缀" in r.stderr and "相近的有" in r.stderr and near in r.stderr


def test_known_prefix_still_selects(zgov, tmp_path):
    doc = write(tmp_path, "typo.txt", TYPO_NOTICE)
    r = zgov("check", doc, "--select", "zg50", "--format", "json", "--jobs", "1")
    assert r.code == 1
    assert {f["code"] for f in r.json["files"][0]["findings"]} <= {"ZG501", "ZG502", "ZG503", "ZG504"}


# ---------------------------------------------------------------- empty inputs
def test_folder_without_documents_exits_2(zgov, tmp_path):
    (tmp_path / "公文" / "2025").mkdir(parents=True)
    (tmp_path / "公文" / ".gitkeep").write_bytes(b"")
    r = zgov("check", str(tmp_path / "公文"))
    assert r.code == 2 and "没有找到可检查的公文" in r.stderr and "--allow-empty" in r.stderr
    r = zgov("check", str(tmp_path / "公文"), "--allow-empty", "--format", "json")
    assert r.code == 0 and r.json["files"] == []


# ---------------------------------------------------------------- Chinese everywhere
COMMANDS = ("check", "inspect", "deadline", "rules", "rule")


@pytest.mark.parametrize("cmd", (None, *COMMANDS))
def test_help_is_chinese_and_every_option_explained(zgov, cmd):
    r = zgov(*([cmd] if cmd else []), "--help")
    assert r.code == 0
    _no_english(r.stdout)
    assert r.stdout.startswith("用法：zgov")
    section = r.stdout.split("选项：", 1)[1].split("\n\n", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("  -")]
    assert rows
    for line in rows:  # an option, its value word, two spaces, then what it does
        assert re.match(r"\s+-\S.*?\S\s{2,}\S", line), f"option without help: {line!r}"


@pytest.mark.parametrize("args,needle", [
    (("check",), "缺少参数 路径"),
    (("chek", "a.docx"), "没有命令 chek。相近的有：check"),
    (("check", "--bogus", "a.docx"), "没有选项 --bogus"),
    (("check", "-j", "两个", "a.docx"), "应为整数"),
    (("rule", "ZG101", "ZG102"), "多余的参数"),
])
def test_usage_errors_are_chinese(zgov, args, needle):
    r = zgov(*args)
    assert r.code == 2
    assert needle in r.stderr
    _no_english(r.stderr)


def test_every_paragraph_role_has_a_chinese_name():
    from zgov_cli.report.text import ROLE_ZH
    from zgov_cli.structure import ROLES

    assert set(ROLES) <= set(ROLE_ZH)
    assert all(re.search(r"[\u4e00-\u9fff]", v) for v in ROLE_ZH.values())


def test_inspect_names_roles_in_chinese(zgov, tmp_path):
    doc = write(tmp_path, "纪要.txt", "县政府常务会议纪要\n会议研究了防汛工作。\n出席：张三、李四\n列席：王五\n")
    r = zgov("inspect", doc)
    assert r.code == 0
    assert "attendance" not in r.stdout and "出席、列席人员" in r.stdout


# ---------------------------------------------------------------- zgov deadline
@pytest.mark.parametrize("name,code", [("会议文件", "meeting-docs"), ("全县性会议", "county-meeting"),
                                       ("会签", "countersign"), ("请假", "leave")])
def test_deadline_chinese_rule_names(zgov, name, code):
    a = zgov("deadline", name, "2025-09-26", "--format", "json")
    b = zgov("deadline", code, "2025-09-26", "--format", "json")
    assert a.code == 0 and a.json == b.json and a.json["rule"] == code


def test_deadline_superior_report_by_chinese_name(zgov):
    r = zgov("deadline", "代拟稿", "2026年3月2日", "--route", "government", "--format", "json")
    assert r.code == 0 and r.json["rule"] == "superior-report" and r.json["deadline"] == "2026-02-15"


@pytest.mark.parametrize("written", ["2026年12月1日", "2026/12/01", "2026.12.1", "二〇二六年十二月一日", "２０２６年１２月１日"])
def test_deadline_dates_as_written_in_documents(zgov, written):
    r = zgov("deadline", "会签", written, "--today", written, "--format", "json")
    assert r.code == 0, r.stderr
    assert r.json["from"] == "2026-12-01" and r.json["today"] == "2026-12-01"


@pytest.mark.parametrize("bad", ["12月1日", "2026年12月", "2026年12月1日至3日", "2026年2月30日"])
def test_deadline_rejects_dates_without_one_full_day(zgov, bad):
    r = zgov("deadline", "会签", bad)
    assert r.code == 2 and "无效" in r.stderr and r.stdout == ""


@pytest.mark.parametrize("day,name", [("2027-01-01", "元旦"), ("2027-05-01", "劳动节"), ("2028-10-02", "国庆节"),
                                      ("2031-10-03", "国庆节")])
def test_fixed_date_holidays_in_unknown_years(day, name):
    import datetime as dt

    from zgov_cli.analysis.deadlines import Calendar

    cal = Calendar()
    d = dt.date.fromisoformat(day)
    assert not cal.year_known(d.year)
    assert cal.day_info(d) == (False, name)
    assert cal.day_info(d + dt.timedelta(days=7 - d.weekday()))[0]  # the next Monday is still a workday


def test_unknown_year_keeps_warning_for_lunar_holidays(zgov):
    r = zgov("deadline", "会签", "2027年9月29日", "--format", "json")
    data = r.json
    reasons = {s["date"]: s["reason"] for s in data["skipped"]}
    assert reasons["2027-10-01"] == "国庆节" and reasons["2027-10-03"] == "国庆节"
    assert len(data["calendar_warnings"]) == 1 and "春节" in data["calendar_warnings"][0]


# ---------------------------------------------------------------- baseline from anywhere
def _check_in(cwd, monkeypatch, *args):
    from typer.testing import CliRunner

    from zgov_cli.cli import app

    monkeypatch.chdir(cwd)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return CliRunner().invoke(app, ["check", "--jobs", "1", "--format", "json", *args])


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "档案库"
    (root / "公文" / "2025").mkdir(parents=True)
    (root / ".git").mkdir()  # what makes a folder a git top level
    write(root / "公文" / "2025", "typo.txt", TYPO_NOTICE)
    return root


def test_baseline_paths_are_relative_to_the_repository_root(repo, monkeypatch):
    w = _check_in(repo / "公文", monkeypatch, "2025", "--write-baseline", "../zgov-baseline.json")
    n = len(json.loads((repo / "zgov-baseline.json").read_text(encoding="utf-8"))["findings"])
    data = json.loads((repo / "zgov-baseline.json").read_text(encoding="utf-8"))
    assert w.exit_code == 0 and n > 0
    assert {e["file"] for e in data["findings"]} == {"公文/2025/typo.txt"}
    # the same files checked from every working directory: all hidden
    for cwd, target, bfile in ((repo, "公文", "zgov-baseline.json"),
                               (repo / "公文" / "2025", ".", "../../zgov-baseline.json"),
                               (repo.parent, "档案库/公文/2025/typo.txt", "档案库/zgov-baseline.json")):
        r = _check_in(cwd, monkeypatch, target, "--baseline", bfile)
        assert r.exit_code == 0, (cwd, r.stdout, r.stderr)
        assert json.loads(r.stdout)["summary"]["baseline_hidden"] == n
        assert "没有一个属于本次检查的文件" not in r.stderr


def test_baseline_outside_git_is_relative_to_its_folder(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    write(tmp_path / "docs", "typo.txt", TYPO_NOTICE)
    (tmp_path / "ci").mkdir()
    _check_in(tmp_path, monkeypatch, "docs", "--write-baseline", "ci/b.json")
    data = json.loads((tmp_path / "ci" / "b.json").read_text(encoding="utf-8"))
    assert {e["file"] for e in data["findings"]} == {"../docs/typo.txt"} or \
        {e["file"] for e in data["findings"]} == {str((tmp_path / "docs" / "typo.txt").resolve().as_posix())}
    r = _check_in(tmp_path / "docs", monkeypatch, ".", "--baseline", "../ci/b.json")
    assert r.exit_code == 0


def test_baseline_that_matches_no_checked_file_warns(repo, monkeypatch):
    _check_in(repo, monkeypatch, "公文", "--write-baseline", "b.json")
    write(repo / "公文", "other.txt", TYPO_NOTICE)
    r = _check_in(repo, monkeypatch, "公文/other.txt", "--baseline", "b.json")
    assert r.exit_code == 1
    assert "没有一个属于本次检查的文件" in r.stderr and "公文/2025/typo.txt" in r.stderr


# ---------------------------------------------------------------- reports
INFO_AND_WARNING = [{"path": "a.txt", "status": "ok", "document": {}, "deadlines": [], "findings": [
    {"code": "ZG305", "severity": "info", "title": "t1", "message": "m1", "article": "a", "evidence": "e1",
     "location": {"paragraph": 3, "page": None}},
    {"code": "ZG501", "severity": "warning", "title": "t2", "message": "m2", "article": "a", "evidence": "的的",
     "location": {"paragraph": 5, "page": None}}]},
    {"path": "b.txt", "status": "ok", "document": {}, "deadlines": [], "findings": [
        {"code": "ZG305", "severity": "info", "title": "t1", "message": "m1", "article": "a", "evidence": "e3",
         "location": {"paragraph": 2, "page": None}}]}]


@pytest.mark.parametrize("fail_on,failed", [("warning", {"a.txt": ["ZG501"], "b.txt": []}),
                                             ("info", {"a.txt": ["ZG305", "ZG501"], "b.txt": ["ZG305"]}),
                                             ("error", {"a.txt": [], "b.txt": []}),
                                             ("never", {"a.txt": [], "b.txt": []})])
def test_junit_fails_exactly_what_reaches_fail_on(fail_on, failed):
    import xml.etree.ElementTree as ET

    from zgov_cli.output import exit_code
    from zgov_cli.report import junit, summarise

    root = ET.fromstring(junit.render(INFO_AND_WARNING, summarise(INFO_AND_WARNING), fail_on=fail_on).encode())
    cases = {c.get("name"): c for c in root.iter("testcase")}
    assert {n: [f.get("type") for f in c.findall("failure")] for n, c in cases.items()} == failed
    assert int(root.get("failures")) == sum(len(v) for v in failed.values())
    # a failed testcase exactly when the exit code is 1
    assert (exit_code(INFO_AND_WARNING, fail_on, False) == 1) == any(failed.values())
    if fail_on == "warning":  # the hint is still in the report, not lost
        assert "m1" in cases["b.txt"].find("system-out").text


def _text_report(results, terminal: bool, width: int = 40) -> str:
    import io

    from rich.console import Console

    from zgov_cli.report import summarise
    from zgov_cli.report.text import render_check

    buf = io.StringIO()
    console = Console(file=buf, force_terminal=terminal, width=width, color_system=None, highlight=False)
    render_check(console, results, summarise(results), show_card=False)
    return buf.getvalue()


LONG = [{"path": "版式.docx", "status": "ok", "document": {"doc_type": "通知"}, "deadlines": [], "findings": [
    {"code": "ZG601", "severity": "info", "title": "页边距", "article": "GB/T 9704-2012 5.2.1",
     "message": "上页边距应为37mm±1mm，实测31.8mm（差5.2mm）；正文字体应为仿宋_GB2312，实为宋体。请在“页面设置”中改正页边距，并把正文改为3号仿宋_GB2312字体。",
     "evidence": None, "location": {"paragraph": None, "page": 1}},
    {"code": "ZG101", "severity": "error", "title": "一文一事", "article": "第二十七条", "message": "两件事。",
     "evidence": "x", "location": {"paragraph": 9, "page": 1}},
    {"code": "ZG501", "severity": "warning", "title": "的的", "article": "GB/T 15834", "message": "重复。",
     "evidence": "的的", "location": {"paragraph": 4, "page": 1}},
    {"code": "ZG502", "severity": "warning", "title": "逗号", "article": "GB/T 15834", "message": "半角。",
     "evidence": ",", "location": {"paragraph": 2, "page": 1}}]}]


def test_piped_text_is_written_whole_without_padding():
    out = _text_report(LONG, terminal=False)
    assert LONG[0]["findings"][0]["message"] in out  # one line, not wrapped at 40 columns
    assert all(line == line.rstrip() for line in out.splitlines())


@pytest.mark.parametrize("width", [30, 36, 44, 60])
def test_terminal_text_wraps_by_chinese_rules(width):
    from rich.cells import cell_len

    out = _text_report(LONG, terminal=True, width=width)
    lines = out.splitlines()
    assert all(cell_len(line) <= width for line in lines)
    for line in lines:
        assert not re.match(r"\s*[。，、：；）”！？]", line), line
    for token in ("37mm±1mm", "31.8mm", "5.2mm", "仿宋_GB2312"):
        assert any(token in line for line in lines), token  # never split
    # the wrapped pieces put together are the message again
    msg = LONG[0]["findings"][0]["message"]
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(msg[:6]))
    joined = ""
    for line in lines[start:]:
        joined += line.strip()
        if joined.endswith("字体。"):
            break
    assert joined == msg


def test_text_orders_by_severity_then_position_and_points_to_rule():
    out = _text_report(LONG, terminal=False)
    order = [c for c in re.findall(r"^\s+(ZG\d{3}) ", out, flags=re.M)]
    assert order == ["ZG101", "ZG502", "ZG501", "ZG601"]
    assert "zgov rule ZG101" in out


def test_exit_1_says_why_and_how_to_accept(zgov, tmp_path):
    doc = write(tmp_path, "typo.txt", TYPO_NOTICE)
    r = zgov("check", doc, "--no-card", "--jobs", "1")
    assert r.code == 1
    assert "达到 --fail-on warning" in r.stderr and "提交被拦下" in r.stderr
    assert "allow = [" in r.stderr and "[per-file-ignores]" in r.stderr and '"typo.txt" = ["ZG50' in r.stderr
    ok = zgov("check", doc, "--no-card", "--jobs", "1", "--fail-on", "error")
    assert ok.code == 0 and "--fail-on" not in ok.stderr


def test_suggested_acceptance_really_accepts(zgov, tmp_path):
    """The config the message proposes, pasted as is, stops the block."""
    doc = write(tmp_path, "typo.txt", TYPO_NOTICE)
    r = zgov("check", doc, "--no-card", "--jobs", "1", cwd=tmp_path)
    lines = [line.split("#")[0].strip() for line in r.stderr.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith("[per-file-ignores]"))
    (tmp_path / "zgov.toml").write_text("\n".join(lines[start:start + 2]) + "\n", encoding="utf-8")
    after = zgov("check", doc, "--no-card", "--jobs", "1", "--format", "json", cwd=tmp_path)
    accepted = re.search(r'"typo.txt" = \["(ZG\d+)"\]', r.stderr).group(1)
    assert accepted not in {f["code"] for f in after.json["files"][0]["findings"]}


def test_sarif_locations_map_to_the_repository(tmp_path, monkeypatch):
    from zgov_cli import __homepage__
    from zgov_cli.report import sarif, summarise

    repo = tmp_path / "仓库"
    (repo / ".git").mkdir(parents=True)
    (repo / "公文").mkdir()
    doc = write(repo / "公文", "a.txt", TYPO_NOTICE)
    res = [{"path": "a.txt", "status": "ok", "document": {}, "deadlines": [], "findings": [
        {"code": "ZG305", "severity": "info", "title": "t", "message": "m", "article": "a", "evidence": "",
         "location": {"paragraph": None, "page": None}},
        {"code": "ZG501", "severity": "warning", "title": "t", "message": "m", "article": "a", "evidence": "的的",
         "location": {"paragraph": 4, "page": 1}}]}]
    monkeypatch.chdir(repo / "公文")
    log = sarif.build(res, summarise(res))
    run = log["runs"][0]
    assert run["tool"]["driver"]["informationUri"] == __homepage__
    assert all(r["name"] != r["id"] and re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", r["name"]) for r in run["tool"]["driver"]["rules"])
    base = run["originalUriBaseIds"]["SRCROOT"]["uri"]
    assert base.startswith("file:///") and base.endswith("/") and "%E4%BB%93%E5%BA%93" in base  # 仓库
    for r in run["results"]:
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "%E5%85%AC%E6%96%87/a.txt", "uriBaseId": "SRCROOT"}  # 公文/a.txt
        assert loc["region"]["startLine"] >= 1
    assert doc.endswith("a.txt")


def test_zg305_severity_matches_its_message():
    """ZG305 is a convention (no current rule requires it) and says 提示."""
    from zgov_cli.report import SEV_ZH
    from zgov_cli.rules.registry import all_rules

    rule = all_rules()["ZG305"]
    assert rule.severity == "info"
    assert f"只作{SEV_ZH['info']}" in rule.explanation


def test_rule_texts_have_no_programmer_terms():
    from zgov_cli.rules.base import rule_meta
    from zgov_cli.rules.registry import all_rules

    for code, rule in all_rules().items():
        meta = rule_meta(rule)
        text = " ".join(str(meta.get(k) or "") for k in ("title", "explanation", "triggers", "non_triggers", "fix_hint"))
        for term in ("jieba", "分词", "regex", "正则", "token"):
            assert term not in text, (code, term)


@pytest.mark.parametrize("toml,where", [('select = ["ZG9"]\n', "配置项 select"),
                                        ('ignore = ["ZG199"]\n', "配置项 ignore"),
                                        ('[per-file-ignores]\n"旧档案/*.docx" = ["ZG77"]\n', "per-file-ignores")])
def test_unknown_code_in_config_is_a_usage_error(zgov, tmp_path, toml, where):
    doc = write(tmp_path, "typo.txt", TYPO_NOTICE)
    (tmp_path / "zgov.toml").write_text(toml, encoding="utf-8")
    r = zgov("check", doc, "--format", "json", cwd=tmp_path)
    assert r.code == 2 and where in r.stderr and "相近的有" in r.stderr
