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

    from zgov_cli.deadlines import Calendar

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
