"""The real pre-commit tool runs the zgov-check hook from this repository.

pre-commit builds the hook's own virtualenv and pip-installs this package
into it (from PyPI for the dependencies), so this is slow — one environment,
reused by the runs below — but it is the only test that proves a document
repository can use zgov with ``repo:`` + ``rev:``.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs this repository's git checkout"),
    pytest.mark.skipif(shutil.which("git") is None, reason="needs git"),
]

# A 请示 asking for two different things (funds and posts): 一文一事 (ZG101).
TWO_MATTERS = """泽州县农业农村局关于申请高标准农田建设补助资金和增加农技推广人员编制的请示
泽州县人民政府：
今年我县计划新建高标准农田2.6万亩，按照省市要求需县级配套资金，经测算尚有缺口520万元，恳请县政府安排高标准农田建设补助资金520万元。
同时，我局农技推广中心现有在编人员12名，难以承担全县38万亩耕地的技术服务任务，请求县政府批准增加农技推广人员编制8名。
妥否，请批示。
泽州县农业农村局
2025年4月8日
（联系人：赵伟，电话：0356-3011234）
"""

CLEAN = """泽州县人民政府办公室关于做好2025年秋季森林防火工作的通知
各乡镇人民政府，县直各有关单位：
为做好今年秋季森林防火工作，确保人民群众生命财产安全，经县政府同意，现就有关事项通知如下。
一、落实防火责任。各乡镇、各有关单位要逐级落实防火责任人，严格执行24小时值班和领导带班制度。
二、加强隐患排查。要对重点林区、坟头墓地等开展拉网式排查，发现问题立即整改。
三、做好应急准备。要备足扑火物资，组织开展应急演练，确保一旦发生火情能够迅速处置。
泽州县人民政府办公室
2025年9月16日
"""


@pytest.fixture(scope="module")
def doc_repo(tmp_path_factory):
    base = tmp_path_factory.mktemp("precommit")
    repo = base / "documents"
    repo.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "PRE_COMMIT", "GIT_"))}
    env.update({
        "PRE_COMMIT_HOME": str(base / "cache"),  # hook environments, shared by the runs of this module
        "GIT_AUTHOR_NAME": "zgov test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "zgov test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "NO_COLOR": "1", "TERM": "dumb",
    })
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    (repo / "drafts").mkdir()
    (repo / "drafts" / "请示.txt").write_text(TWO_MATTERS, encoding="utf-8")
    (repo / "drafts" / "通知.txt").write_text(CLEAN, encoding="utf-8")
    subprocess.run(["git", "add", "drafts"], cwd=repo, check=True, env=env)
    return repo, env


def precommit(repo: Path, env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(PRE_COMMIT), *args], cwd=repo, env=env, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=1500)


def test_try_repo_blocks_two_matters_and_passes_a_clean_notice(doc_repo):
    repo, env = doc_repo
    bad = precommit(repo, env, "try-repo", str(ROOT), "zgov-check", "--files", "drafts/请示.txt")
    out = bad.stdout + bad.stderr
    assert bad.returncode == 1, out
    assert "zgov-check" in out or "zgov 公文合规检查" in out
    assert "Failed" in out and "ZG101" in out and "请示应当一文一事" in out

    good = precommit(repo, env, "try-repo", str(ROOT), "zgov-check", "--verbose", "--files", "drafts/通知.txt")
    out = good.stdout + good.stderr
    assert good.returncode == 0, out
    assert "Passed" in out and "未发现问题" in out
    assert "ZG1" not in out and "ZG5" not in out and "错误" not in out.split("检查汇总")[0]


def test_repo_and_rev_in_a_document_repository(doc_repo):
    """The way a document repository uses it: .pre-commit-config.yaml with
    ``repo:`` + ``rev:`` (this repository's committed HEAD)."""
    repo, env = doc_repo
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: zgov-check\n",
        encoding="utf-8")
    subprocess.run(["git", "add", ".pre-commit-config.yaml"], cwd=repo, check=True, env=env)
    r = precommit(repo, env, "run", "--all-files")
    out = r.stdout + r.stderr
    assert r.returncode == 1, out  # the 请示 fails the commit, the 通知 alone would not
    assert "ZG101" in out and "通知.txt" in out and "未发现问题" in out


def test_hook_checks_every_accepted_format_in_any_case(doc_repo):
    """Issue 12: a ``.DOCX`` draft was skipped (case-sensitive pattern) and
    .doc/.wps/.ofd were not matched. The real pre-commit passes them all to
    zgov now, and still leaves other files alone."""
    repo, env = doc_repo
    formats = ROOT / "fixtures" / "formats"
    docs = ROOT / "fixtures" / "docs"
    names = {"大写.DOCX": docs / "tongzhi_office.docx", "请示.doc": formats / "qingshi_two_matters.doc",
             "函.wps": formats / "han_reply.doc", "收文.ofd": formats / "tongzhi_office.ofd",
             "表格.xlsx": docs / "tongzhi_office.docx"}
    for name, src in names.items():
        shutil.copyfile(src, repo / "drafts" / name)
    subprocess.run(["git", "add", "drafts"], cwd=repo, check=True, env=env)
    r = precommit(repo, env, "try-repo", str(ROOT), "zgov-check", "--verbose",
                  "--files", *[f"drafts/{n}" for n in names])
    out = r.stdout + r.stderr
    assert r.returncode == 1, out  # the 请示 asks for two things
    for name in ("大写.DOCX", "请示.doc", "函.wps", "收文.ofd"):
        assert name in out, (name, out)
    assert "表格.xlsx" not in out
    assert "ZG101" in out
    assert "检查汇总：4 个文件，错误 1，警告 0，提示 0，无法读取 0。" in out, out  # 4 files, 1 error, none unreadable
