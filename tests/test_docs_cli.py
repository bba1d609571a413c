"""`zgov rules`, `zgov rule CODE` and the README's rule table all come from
the one registry."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from helpers import ROOT
from zgov_cli.cli import app
from zgov_cli.docs import END, START, rules_markdown
from zgov_cli.rules.registry import all_rules

runner = CliRunner()


def test_readme_rule_table_is_generated_from_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split(START)[1].split(END)[0].strip()
    assert table == rules_markdown().strip(), "run: python -m zgov_cli.docs --write"


def test_rules_json_lists_every_rule_with_metadata():
    r = runner.invoke(app, ["rules", "--format", "json"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert [d["code"] for d in data] == list(all_rules())
    for d in data:
        assert d["title"] and d["severity"] in ("error", "warning", "info")
        assert d["article_text"], f"{d['code']} has no article text"
        assert d["bad"] and d["good"]


def test_rules_text_table():
    r = runner.invoke(app, ["rules"])
    assert r.exit_code == 0
    for code in all_rules():
        assert code in r.stdout


def test_rule_page_explains_zg101():
    r = runner.invoke(app, ["rule", "zg101"])
    assert r.exit_code == 0
    out = r.stdout
    assert "请示应当一文一事" in out
    assert "第二十七条" in out and "请示应当一文一事，报告不得夹带请示事项" in out.replace("\n", "")
    assert "错误示例" in out and "正确示例" in out and "如何屏蔽" in out


def test_unknown_rule_is_a_usage_error():
    r = runner.invoke(app, ["rule", "ZG999"])
    assert r.exit_code == 2


def test_empty_folder_is_an_error_unless_allowed(tmp_path):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "zgov_cli", "check", str(tmp_path), "--format", "json"],
                       capture_output=True, text=True)
    assert r.returncode == 2 and r.stdout == ""  # a mistyped CI path must not stay green
    assert "没有找到可检查的公文" in r.stderr
    r = subprocess.run([sys.executable, "-m", "zgov_cli", "check", str(tmp_path), "--format", "json", "--allow-empty"],
                       capture_output=True, text=True)
    assert r.returncode == 0
    assert json.loads(r.stdout)["summary"]["files"] == 0


def test_every_json_finding_carries_its_rule_doc(tmp_path):
    from helpers import DOCS, check

    r = check(DOCS / "qingshi_two_matters.txt")
    assert r["findings"]
    rules = all_rules()
    for f in r["findings"]:
        assert f["doc"] == rules[f["code"]].explanation and f["doc"]
        assert f["doc_command"] == f"zgov rule {f['code']}"


def test_json_on_a_non_utf8_stdout_is_escaped_not_lossy():
    import os
    import subprocess
    import sys

    from helpers import DOCS

    env = dict(os.environ, PYTHONIOENCODING="ascii", LANG="C", LC_ALL="C")
    r = subprocess.run([sys.executable, "-m", "zgov_cli", "check", str(DOCS / "tongzhi_office.txt"), "--format", "json"],
                       capture_output=True, env=env)
    out = r.stdout.decode("ascii")  # pure ASCII
    data = json.loads(out)
    assert data["files"][0]["document"]["title"] == "泽州县人民政府办公室关于做好2026年元旦春节期间安全生产工作的通知"
