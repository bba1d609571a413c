"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice``
annotation per finding, shown on the pull request's files.

Documents have no line numbers, so annotations are file-level; the message
says the page and paragraph. Chosen automatically when ``GITHUB_ACTIONS`` is
set and no ``--format`` is given. ``step_summary`` is the Markdown table that
the output step appends to ``$GITHUB_STEP_SUMMARY`` when it is set.
"""
from __future__ import annotations

import os
from collections import Counter
from typing import Any

from . import ERROR_KIND_ZH, SEV_ZH, where

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")



def annotations(results: list[dict[str, Any]]) -> list[str]:
    out = []
    for r in results:
        path = r["path"].replace(os.sep, "/")
        if r.get("status") != "ok":
            err = r.get("error") or {}
            kind = err.get("kind", "corrupt")
            title = f"无法读取（{ERROR_KIND_ZH.get(kind, kind)}）"
            out.append(f"::error file={_prop(path)},title={_prop(title)}::{_data(err.get('message', ''))}")
            continue
        for f in r.get("findings", []):
            title = f"{f['code']} {f['title']}"
            place = where(f.get("location") or {})
            msg = f"[{SEV_ZH.get(f['severity'], f['severity'])}] "
            msg += f["message"] if f["message"].startswith(place) else f"{place}：{f['message']}"
            if f.get("evidence") and f["evidence"] not in f["message"]:
                msg += f"\n原文：“{f['evidence']}”"
            if f.get("fix"):
                msg += f"\n建议改为：“{f['fix']}”"
            msg += f"\n依据：{f['article']}"
            cmd = COMMAND.get(f["severity"], "warning")
            out.append(f"::{cmd} file={_prop(path)},title={_prop(title)}::{_data(msg)}")
    return out


def step_summary(results: list[dict[str, Any]], summary: dict[str, int], **info: Any) -> str:
    lines = ["### zgov 公文检查", "",
             "| 文件 | 错误 | 警告 | 提示 | 无法读取 |", "|---:|---:|---:|---:|---:|",
             f"| {summary['files']} | {summary['errors']} | {summary['warnings']} | {summary['infos']} | {summary['unreadable']} |"]
    if info.get("baseline_hidden"):
        lines += ["", f"基线中已有、未报告的问题：{info['baseline_hidden']} 个。"]
    per_rule = Counter((f["code"], f["title"]) for r in results for f in r.get("findings", []))
    if per_rule:
        lines += ["", "| 规则 | 名称 | 数量 |", "|---|---|---:|"]
        for (code, title), n in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0][0]))[:15]:
            lines.append(f"| {code} | {title} | {n} |")
    return "\n".join(lines) + "\n"


def render(results: list[dict[str, Any]], summary: dict[str, int], **info: Any) -> str:
    lines = annotations(results)
    s = summary
    tail = f"zgov：检查 {s['files']} 个文件，错误 {s['errors']}，警告 {s['warnings']}，提示 {s['infos']}，无法读取 {s['unreadable']}"
    if info.get("baseline_hidden"):
        tail += f"；基线隐藏 {info['baseline_hidden']} 个旧问题"
    lines.append(tail + "。")
    return "\n".join(lines) + "\n"
