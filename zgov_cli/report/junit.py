"""JUnit XML output (GitLab, Jenkins, Azure test reports).

One ``testcase`` per input file; an unreadable input is an ``error``. A
finding that reaches ``--fail-on`` is a ``failure`` whose type is the rule
code; findings below it are listed in the testcase's ``system-out`` and do
not fail it — so a test report never shows failed tests on a job whose exit
code is 0 (GitLab, Jenkins).
"""
from __future__ import annotations

from typing import Any
from xml.sax.saxutils import quoteattr, escape

from ..model import SEVERITY_RANK
from . import ERROR_KIND_ZH, SEV_ZH, where


def _xml_text(s: str) -> str:
    # XML 1.0 forbids most control characters even as references.
    return "".join(ch for ch in s if ch in "\t\n\r" or ord(ch) >= 0x20 and not 0xD800 <= ord(ch) <= 0xDFFF and ch not in "\ufffe\uffff")


def _attr(s: Any) -> str:
    return quoteattr(_xml_text(str(s)))



def fails(finding: dict[str, Any], fail_on: str) -> bool:
    """Whether a finding reaches the ``--fail-on`` level."""
    return fail_on != "never" and SEVERITY_RANK[finding["severity"]] >= SEVERITY_RANK[fail_on]


def _body(path: str, f: dict[str, Any]) -> str:
    loc = where(f.get("location") or {})
    body = [f"{path} {loc} [{f['code']} {SEV_ZH.get(f['severity'], f['severity'])}] {f['title']}",
            f"依据：{f['article']}", f["message"]]
    if f.get("evidence"):
        body.append(f"原文：“{f['evidence']}”")
    if f.get("fix"):
        body.append(f"建议改为：“{f['fix']}”")
    return "\n".join(body)


def render(results: list[dict[str, Any]], summary: dict[str, int], **info: Any) -> str:
    fail_on = info.get("fail_on") or "warning"
    failures = sum(1 for r in results if r.get("status") == "ok" for f in r.get("findings", []) if fails(f, fail_on))
    errors = summary.get("unreadable", 0)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    head = f'tests="{len(results)}" failures="{failures}" errors="{errors}" skipped="0"'
    lines.append(f'<testsuites name="zgov" {head}>')
    lines.append(f'  <testsuite name="zgov" {head}>')
    for r in results:
        path = r["path"]
        lines.append(f'    <testcase classname="zgov" name={_attr(path)} file={_attr(path)}>')
        if r.get("status") != "ok":
            err = r.get("error") or {}
            kind = err.get("kind", "corrupt")
            msg = f"无法读取（{ERROR_KIND_ZH.get(kind, kind)}）：{err.get('message', '')}"
            lines.append(f'      <error type={_attr(kind)} message={_attr(msg)}>{escape(_xml_text(msg))}</error>')
        below = []
        for f in r.get("findings", []):
            if not fails(f, fail_on):
                below.append(_body(path, f))
                continue
            loc = where(f.get("location") or {})
            msg = f"{f['code']} {SEV_ZH.get(f['severity'], f['severity'])} {f['title']}（{loc}）"
            text = escape(_xml_text(_body(path, f)))
            lines.append(f'      <failure type={_attr(f["code"])} message={_attr(msg)}>{text}</failure>')
        if below:
            head = f"未达到 --fail-on {fail_on} 的问题（不算失败）：" if fail_on != "never" else "问题（--fail-on never：不算失败）："
            lines.append(f"      <system-out>{escape(_xml_text(head + chr(10) + (chr(10) * 2).join(below)))}</system-out>")
        for p in r.get("internal_errors", []):
            lines.append(f"      <system-err>{escape(_xml_text(p))}</system-err>")
        lines.append("    </testcase>")
    lines.append("  </testsuite>")
    lines.append("</testsuites>")
    return "\n".join(lines) + "\n"
