"""``zgov deadline`` command: text and json output, error exits."""
import json

import pytest
import typer
from typer.testing import CliRunner

from zgov_cli.commands.deadline import register


@pytest.fixture(scope="module")
def app():
    try:  # the real CLI once it exists
        from zgov_cli.cli import app as real_app

        return real_app
    except Exception:  # pragma: no cover - before cli.py exists
        a = typer.Typer()

        @a.callback()
        def _main() -> None:
            pass

        register(a)
        return a


def run(app, *args):
    try:
        runner = CliRunner(mix_stderr=False)
    except TypeError:  # click >= 8.2 always separates stderr
        runner = CliRunner()
    return runner.invoke(app, ["deadline", *args])


def test_json_spec_example(app):
    r = run(app, "meeting-docs", "2024-12-06", "--format", "json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["deadline"] == "2024-12-17" and data["effective_deadline"] == "2024-12-17"
    assert data["article"] == "第二十二条" and data["unit"] == "working_days" and data["amount"] == 7
    assert data["skipped"][0] == {"date": "2024-12-07", "reason": "周末"}
    assert data["calendar_warnings"] == []
    assert "days_left" not in data


def test_json_days_left(app):
    r = run(app, "meeting-docs", "2024-12-06", "--format", "json", "--today", "2024-12-13")
    assert json.loads(r.stdout)["days_left"] == 2
    r = run(app, "meeting-docs", "2024-12-06", "--format", "json", "--today", "2024-12-20")
    assert json.loads(r.stdout)["days_left"] == -3


def test_text_output(app):
    r = run(app, "meeting-docs", "2025-09-26", "--today", "2025-10-09")
    assert r.exit_code == 0
    out = r.stdout
    assert "2025-10-13" in out and "第二十二条" in out
    assert "7 个工作日内印发" in out  # quoted article wording
    assert "国庆节" in out and "中秋节" in out and "周末" in out
    assert "还剩 3 个工作日" in out
    r = run(app, "meeting-docs", "2025-09-26", "--today", "2025-10-15")
    assert "已逾期 2 天" in r.stdout


def test_text_effective_deadline(app):
    r = run(app, "leave", "2025-10-04")
    assert r.exit_code == 0
    assert "2025-09-30" in r.stdout and "2025-10-01" in r.stdout
    assert "不是工作日" in r.stdout


def test_superior_report_route(app):
    r = run(app, "superior-report", "2026-03-02", "--route", "government", "--format", "json")
    data = json.loads(r.stdout)
    assert data["amount"] == 15 and data["effective_deadline"] == "2026-02-14"
    r = run(app, "superior-report", "2026-03-02", "--route", "department", "--format", "json")
    assert json.loads(r.stdout)["deadline"] == "2026-02-20"


def test_calendar_warning_and_override(app, tmp_path):
    r = run(app, "meeting-docs", "2027-02-04")
    assert r.exit_code == 0
    assert "2027年不在节假日数据范围内" in r.stdout
    cal = tmp_path / "cal.toml"
    cal.write_text('[calendar]\nholidays = ["2027-02-05..2027-02-13"]\nworkdays = ["2027-02-14"]\n', encoding="utf-8")
    r = run(app, "meeting-docs", "2027-02-04", "--calendar", str(cal), "--format", "json")
    data = json.loads(r.stdout)
    assert data["calendar_warnings"] == [] and data["deadline"] == "2027-02-22"


def test_config_calendar_and_calendar_merge(app, tmp_path):
    cfg = tmp_path / "zgov.toml"
    cfg.write_text('[calendar]\nholidays = ["2027-02-05..2027-02-13"]\nworkdays = ["2027-02-14"]\n', encoding="utf-8")
    r = run(app, "meeting-docs", "2027-02-04", "--config", str(cfg), "--format", "json")
    data = json.loads(r.stdout)
    assert data["deadline"] == "2027-02-22" and data["calendar_warnings"] == []
    # --calendar on top: the 14th declared off after all, the 15th on
    cal = tmp_path / "cal.toml"
    cal.write_text('[calendar]\nholidays = ["2027-02-14"]\n', encoding="utf-8")
    r = run(app, "meeting-docs", "2027-02-04", "--config", str(cfg), "--calendar", str(cal), "--format", "json")
    data = json.loads(r.stdout)
    assert {"date": "2027-02-14", "reason": "节假日（日历配置）"} in data["skipped"]
    assert data["deadline"] == "2027-02-23"


@pytest.mark.parametrize(
    "args,needle",
    [
        (["meeting", "2025-01-01"], "未知的时限规则"),
        (["leave", "2025-02-30"], "无效"),
        (["leave", "明天"], "无效"),
        (["superior-report", "2025-06-30"], "--route"),
        (["superior-report", "2025-06-30", "--route", "county"], "--route"),
        (["leave", "2025-06-30", "--today", "6月1日"], "--today"),
        (["leave", "2025-06-30", "--format", "xml"], "--format"),
        (["leave", "2025-06-30", "--calendar", "/nonexistent/cal.toml"], "找不到日历文件"),
        (["leave", "2025-06-30", "--config", "/nonexistent/zgov.toml"], "找不到配置文件"),
    ],
)
def test_errors_exit_2(app, args, needle):
    r = run(app, *args)
    assert r.exit_code == 2
    assert needle in r.stderr
    assert "Traceback" not in r.stderr and r.exception is None or isinstance(r.exception, SystemExit)
    assert r.stdout == ""
