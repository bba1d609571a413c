"""SARIF 2.1.0 output, for code-scanning dashboards (GitHub, GitLab, Azure).

Rule metadata (title, explanation, article text, examples) comes from the
rule registry, the same source as ``zgov rule CODE``. Documents have no
lines: ``region.startLine`` is the paragraph number (1-based, as in the text
report), which every result says in its ``properties`` bag together with
the page; a finding about the whole document points at line 1 and says
``全文``. Paths are relative to the repository root (the git top level above
the working directory, else the working directory) under the ``uriBaseId``
``SRCROOT``, so a run from a subdirectory maps onto the repository as code
scanning expects. Unreadable inputs are ``toolExecutionNotifications``.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __homepage__, __version__
from ..baseline import evidence_hash, file_key, repo_root
from . import ERROR_KIND_ZH, SEV_ZH
from . import to_json

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FAMILY = {"ZG1": "行文规则", "ZG2": "篇幅", "ZG3": "格式", "ZG4": "时限", "ZG5": "文字", "ZG6": "版式"}
FINGERPRINT = "zgovEvidenceHash/v1"
BASE_ID = "SRCROOT"


def _file_uri(abs_posix: str) -> str:
    return "file://" + quote(abs_posix if abs_posix.startswith("/") else "/" + abs_posix, safe="/:")


def artifact_location(path: str, root: str | None = None) -> dict[str, str]:
    """``{"uri", "uriBaseId"}`` for a path under ``root`` (relative, under
    ``SRCROOT``), a file URI otherwise; non-ASCII percent-encoded (RFC 3986)."""
    key = file_key(path, root) if root else file_key(path)
    if os.path.isabs(key):
        return {"uri": _file_uri(key)}
    loc = {"uri": quote(key, safe="/")}
    if root:
        loc["uriBaseId"] = BASE_ID
    return loc



def _help(meta: dict[str, Any]) -> tuple[str, str]:
    """(plain text, markdown) help for a rule."""
    text: list[str] = []
    md: list[str] = [f"**{meta['code']} {meta['title']}**（{SEV_ZH[meta['severity']]}；依据：{meta['source']}）", ""]
    for label, key in (("条文", "article_text"), ("说明", "explanation"), ("何时触发", "triggers"),
                       ("何时不触发", "non_triggers"), ("如何修改", "fix_hint")):
        v = (meta.get(key) or "").strip()
        if v:
            text.append(f"{label}：{v}")
            md += [f"#### {label}", "", v.replace("\n", "  \n") if key == "article_text" else v, ""]
    for label, key in (("错误示例", "bad"), ("正确示例", "good")):
        for ex in meta.get(key, [])[:1]:
            body = ex["text"].strip()
            note = f"（{ex['note']}）" if ex.get("note") else ""
            text.append(f"{label}{note}：\n{body}")
            md += [f"#### {label}{note}", "", "```text", body, "```", ""]
    text.append(f"如何屏蔽：{meta['suppress']}")
    md += ["#### 如何屏蔽", "", meta["suppress"]]
    return "\n\n".join(text), "\n".join(md).strip() + "\n"


def rule_descriptor(meta: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    """``name`` is the rule's identifier-like name (its class name, e.g.
    ``RequestContactNote``); SARIF wants it different from the id."""
    text, markdown = _help(meta)
    fam = FAMILY.get(meta["code"][:3])
    return {
        "id": meta["code"],
        "name": name if name and name != meta["code"] else f"Zgov{meta['code']}",
        "shortDescription": {"text": meta["title"]},
        "fullDescription": {"text": (meta.get("explanation") or meta["title"]).strip()},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVEL[meta["severity"]]},
        "properties": {
            "tags": [t for t in ("公文", fam) if t],
            "article": meta["article"],
            "source": meta["source"],
            "articleText": meta.get("article_text") or "",
            "precision": "high" if meta["severity"] == "error" else "medium",
        },
    }


def _result(r: dict[str, Any], f: dict[str, Any], index: dict[str, int], baseline_used: bool,
            root: str | None = None) -> dict[str, Any]:
    loc = f.get("location") or {}
    para, page = loc.get("paragraph"), loc.get("page")
    physical: dict[str, Any] = {"artifactLocation": artifact_location(r["path"], root)}
    line = para if isinstance(para, int) and para >= 1 else 1  # the whole document: its start
    physical["region"] = {"startLine": line, "snippet": {"text": f.get("evidence") or ""}}
    where = "".join(x for x in (f"第{page}页" if page else "", f"第{para}段" if para else ""))
    msg = f["message"]
    if f.get("evidence") and f["evidence"] not in msg:
        msg += f" 原文：“{f['evidence']}”"
    if f.get("fix"):
        msg += f" 建议改为：“{f['fix']}”"
    res: dict[str, Any] = {
        "ruleId": f["code"],
        "level": LEVEL.get(f["severity"], "warning"),
        "message": {"text": msg},
        "locations": [{
            "physicalLocation": physical,
            "properties": {"paragraph": para, "page": page, "startLineIsParagraph": True, "where": where or "全文"},
        }],
        "partialFingerprints": {FINGERPRINT: evidence_hash(f["code"], f.get("evidence"))},
        "properties": {"severity": f["severity"], "title": f["title"], "article": f["article"],
                       "evidence": f.get("evidence") or ""},
    }
    if f["code"] in index:
        res["ruleIndex"] = index[f["code"]]
    if f.get("fix"):
        res["properties"]["fix"] = f["fix"]
    if baseline_used:
        res["baselineState"] = "new"
    return res


def build(results: list[dict[str, Any]], summary: dict[str, int], **info: Any) -> dict[str, Any]:
    from ..rules.base import rule_meta
    from ..rules.registry import all_rules

    registry = all_rules()
    rules = [rule_meta(r, info.get("profile")) for r in registry.values()]
    names = {code: (r.__name__ if isinstance(r, type) else type(r).__name__) for code, r in registry.items()}
    root = repo_root(os.getcwd())
    index = {m["code"]: i for i, m in enumerate(rules)}
    out_results = []
    notes = []
    artifacts = []
    for r in results:
        where = artifact_location(r["path"], root)
        artifacts.append({"location": dict(where)})
        if r.get("status") != "ok":
            err = r.get("error") or {}
            kind = err.get("kind", "corrupt")
            notes.append({
                "level": "error",
                "message": {"text": f"{r['path']}：无法读取（{ERROR_KIND_ZH.get(kind, kind)}）：{err.get('message', '')}"},
                "locations": [{"physicalLocation": {"artifactLocation": dict(where)}}],
                "descriptor": {"id": kind},
                "properties": {"kind": kind},
            })
            continue
        for f in r.get("findings", []):
            out_results.append(_result(r, f, index, info.get("baseline_hidden") is not None, root))
        for p in r.get("internal_errors", []):
            notes.append({"level": "warning", "message": {"text": f"{r['path']}：{p}"},
                          "locations": [{"physicalLocation": {"artifactLocation": dict(where)}}]})
    invocation: dict[str, Any] = {
        "executionSuccessful": summary.get("unreadable", 0) == 0,
        "toolExecutionNotifications": notes,
        "properties": {"summary": dict(summary)},
    }
    if info.get("exit_code") is not None:
        invocation["exitCode"] = info["exit_code"]
    if info.get("baseline_hidden") is not None:
        invocation["properties"]["baselineHidden"] = info["baseline_hidden"]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "zgov",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": __homepage__,
                "language": "zh-CN",
                "rules": [rule_descriptor(m, names.get(m["code"])) for m in rules],
            }},
            "originalUriBaseIds": {BASE_ID: {"uri": _file_uri(Path(root).as_posix().rstrip("/") + "/"),
                                             "description": {"text": "仓库根目录（git 顶层目录）"}}},
            "invocations": [invocation],
            "artifacts": artifacts,
            "results": out_results,
            "columnKind": "unicodeCodePoints",
        }],
    }


def render(results: list[dict[str, Any]], summary: dict[str, int], **info: Any) -> str:
    return to_json(build(results, summary, **info)) + "\n"
