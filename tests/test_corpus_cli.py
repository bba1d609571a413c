"""The command line over the real corpus, in every output format: no
internal error anywhere (in a rule or in the report), every file read.
``eval/run_corpus.py`` calls the library and never runs the CLI's report:
two crashes lived there (a blocked run whose first error and first warning
came from one file; ZG502 on marks inside half-width parentheses)."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from helpers import CORPUS
from zgov_cli.cli import app

runner = CliRunner()


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not present")
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "junit", "github"])
def test_cli_over_the_corpus_has_no_internal_error(fmt, monkeypatch):
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    r = runner.invoke(app, ["check", "--jobs", "1", "--format", fmt, str(CORPUS)])
    out = r.stdout + r.stderr
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    assert r.exit_code in (0, 1), out[-2000:]  # findings, but every file read
    assert "内部错误" not in out and "Traceback" not in out, out[out.find("内部错误") - 500:][:1500]
