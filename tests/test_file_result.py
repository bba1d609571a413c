"""The engine's typed FileResult: what reporters read (``as_dict``), what only
the engine's callers see (allowlist use, the document), ``source`` (SPEC §3)
and the deadlines the ZG4 rules return."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from zgov_cli.config import Config
from zgov_cli.engine import CheckOptions, check_path, unused_suppressions

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "fixtures" / "docs"

MEETING_REQUEST = (
    "泽州县农业农村局关于召开全县2025年春季农业生产工作会议的请示\n泽州县人民政府：\n"
    "为安排部署全县春季农业生产工作，我局拟于2025年2月28日在县会议中心召开全县2025年春季农业生产工作会议，"
    "各乡镇分管负责同志参加，会期半天。\n恳请县政府分管领导出席会议并讲话。\n妥否，请批示。\n"
    "泽州县农业农村局\n2025年2月20日\n（联系人：孟丽，电话：0356-3023456）\n"
)


def test_source_says_how_the_text_was_read(tmp_path):
    txt = check_path(str(DOCS / "qingshi_two_matters.txt"), Config())
    docx = check_path(str(DOCS / "qingshi_two_matters.docx"), Config())
    pdf = check_path(str(DOCS / "qingshi_two_matters.pdf"), Config())
    assert (txt.source, docx.source, pdf.source) == ("text", "docx", "pdf")
    missing = check_path(str(tmp_path / "nowhere.docx"), Config())
    assert missing.status == "error" and missing.source is None
    d = missing.as_dict()
    assert d["source"] is None and d["error"]["kind"] == "not_found"  # present, null: never absent


def test_public_form_has_no_private_keys_and_keeps_the_document_apart(tmp_path):
    r = check_path(str(DOCS / "qingshi_two_matters.txt"), Config(), keep_doc=True)
    assert r.doc is not None and r.doc.doc_type == "请示"
    d = r.as_dict()
    assert list(d) == ["path", "status", "source", "document", "findings", "deadlines"]
    assert "ZG101" in {f["code"] for f in d["findings"]}
    assert check_path(str(DOCS / "qingshi_two_matters.txt"), Config()).doc is None


def test_allowlist_use_is_an_attribute_not_a_key():
    base = check_path(str(DOCS / "qingshi_two_matters.txt"), Config())
    ev = next(f["evidence"] for f in base.findings if f["code"] == "ZG101")
    cfg = Config()
    cfg.allow = [ev[:12], "从未出现的原文"]
    r = check_path(str(DOCS / "qingshi_two_matters.txt"), cfg)
    assert "ZG101" not in {f["code"] for f in r.findings}
    assert r.allow_used == [ev[:12]]
    assert not any(k.startswith("_") or "allow" in k for k in r.as_dict())
    assert unused_suppressions([r], cfg) == ["allow 中的“从未出现的原文”没有屏蔽任何问题"]


def test_deadlines_come_back_in_the_result(tmp_path):
    f = tmp_path / "q.txt"
    f.write_text(MEETING_REQUEST, encoding="utf-8")
    r = check_path(str(f), Config(), CheckOptions(today=dt.date(2025, 2, 20)))
    ds = [d for d in r.deadlines if d["code"] == "ZG401"]
    assert len(ds) == 1 and ds[0]["evidence"] and ds[0]["deadline"] < "2025-02-28"
    assert "ZG401" in {x["code"] for x in r.findings}


def test_json_output_carries_source_per_file(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "zgov_cli", "check", "--format", "json", "--fail-on", "never",
         str(DOCS / "qingshi_two_matters.txt"), str(DOCS / "qingshi_two_matters.docx"), str(tmp_path / "gone.pdf")],
        capture_output=True, text=True, cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert "Traceback" not in out.stderr, out.stderr
    files = json.loads(out.stdout)["files"]
    assert [f["source"] for f in files] == ["text", "docx", None]
    assert not any(k.startswith("_") for f in files for k in f)
