"""Exit codes (SPEC §1) are the same in every output format:
0 nothing at or above --fail-on; 1 findings at or above it; 2 usage/config
error or an unreadable input (the others are still reported)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from ci_docs import CLEAN_NOTICE, TYPO_NOTICE, write
from zgov_cli.cli import app

FORMATS = ["text", "json", "sarif", "junit", "github"]
runner = CliRunner()


@pytest.fixture(autouse=True)
def docs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    write(tmp_path, "typo.txt", TYPO_NOTICE)  # warnings only
    write(tmp_path, "clean.txt", CLEAN_NOTICE)
    (tmp_path / "empty.txt").write_bytes(b"")
    # an error (a 请示 with no 主送机关) and a warning (ZG502) in one file:
    # the first finding of each severity comes from the same file
    write(tmp_path, "mixed.txt", "泽州县水务局关于维修城区供水管网的请示\n"
          "城区供水管网老化,漏损严重。拟请县政府安排维修资金100万元。\n妥否，请批示。\n"
          "泽州县水务局\n2025年3月3日\n")


CASES = [
    (["clean.txt"], [], 0),
    (["typo.txt"], [], 1),  # default fail-on warning
    (["typo.txt"], ["--fail-on", "warning"], 1),
    (["typo.txt"], ["--fail-on", "info"], 1),
    (["typo.txt"], ["--fail-on", "error"], 0),
    (["typo.txt"], ["--fail-on", "never"], 0),
    (["typo.txt"], ["--exit-zero"], 0),
    (["typo.txt", "--statistics"], [], 1),
    (["clean.txt", "empty.txt"], [], 2),
    (["typo.txt", "missing.docx"], ["--exit-zero"], 2),  # unreadable still 2
    (["typo.txt", "missing.docx"], ["--fail-on", "never"], 2),
    (["mixed.txt"], [], 1),
    (["mixed.txt"], ["--fail-on", "info"], 1),
    (["mixed.txt", "typo.txt"], [], 1),
    (["typo.txt"], ["--fail-on", "sometimes"], 2),  # usage error
    (["typo.txt"], ["--baseline", "no-such-baseline.json"], 2),
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("paths,opts,code", CASES)
def test_exit_code(fmt, paths, opts, code):
    r = runner.invoke(app, ["check", "--jobs", "1", "--format", fmt, *opts, *paths])
    assert r.exit_code == code, (r.stdout, r.stderr)


def test_fail_on_from_config(tmp_path):
    (tmp_path / "zgov.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    r = runner.invoke(app, ["check", "--jobs", "1", "--format", "json", "typo.txt"])
    assert r.exit_code == 0
    r = runner.invoke(app, ["check", "--jobs", "1", "--format", "json", "--fail-on", "warning", "typo.txt"])
    assert r.exit_code == 1  # the command line wins


def test_parallel_run_has_the_same_exit_code(tmp_path):
    r = runner.invoke(app, ["check", "--jobs", "2", "--format", "json", "clean.txt", "typo.txt", "clean.txt"])
    assert r.exit_code == 1
    r = runner.invoke(app, ["check", "--jobs", "2", "--format", "json", "clean.txt", "empty.txt"])
    assert r.exit_code == 2


def test_blocked_run_names_the_first_blocking_finding(tmp_path):
    """An error and warnings in one file: the note on why the run is blocked
    names the file's first blocking finding (not an internal error)."""
    r = runner.invoke(app, ["check", "--jobs", "1", "mixed.txt"])
    assert r.exit_code == 1, (r.stdout, r.stderr)
    assert "内部错误" not in r.stdout + r.stderr
    assert "达到 --fail-on warning" in r.stderr and "mixed.txt" in r.stderr
