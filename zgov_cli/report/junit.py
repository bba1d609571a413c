"""JUnit XML output (GitLab, Jenkins, Azure test reports).

One ``testcase`` per input file; each finding is a ``failure`` whose type is
the rule code; an unreadable input is an ``error``. Whether the run fails is
the exit code's business (``--fail-on``), not this report's.
"""
from __future__ import annotations

from typing import Any
from xml.sax.saxutils import quoteattr, escape

from . import ERROR_KIND_ZH, SEV_ZH, where


def _xml_text(s: str) -> str:
    # XML 1.0 forbids most control characters even as references.
    return "".join(ch for ch in s if ch in "\t\n\r" or ord(ch) >= 0x20 and not 0xD800 <= ord(ch) <= 0xDFFF and ch not in "\ufffe\uffff")


def _attr(s: Any) -> str:
    return quoteattr(_xml_text(str(s)))



def render(results: list[dict[str, Any]], summary: dict[str, int], **info: Any) -> str:
    failures = sum(len(r.get("findings", [])) for r in results if r.get("status") == "ok")
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
        for f in r.get("findings", []):
            loc = where(f.get("location") or {})
            msg = f"{f['code']} {SEV_ZH.get(f['severity'], f['severity'])} {f['title']}（{loc}）"
            body = [f"{path} {loc} [{f['code']} {SEV_ZH.get(f['severity'], f['severity'])}] {f['title']}",
                    f"依据：{f['article']}", f["message"]]
            if f.get("evidence"):
                body.append(f"原文：“{f['evidence']}”")
            if f.get("fix"):
                body.append(f"建议改为：“{f['fix']}”")
            text = escape(_xml_text("\n".join(body)))
            lines.append(f'      <failure type={_attr(f["code"])} message={_attr(msg)}>{text}</failure>')
        for p in r.get("internal_errors", []):
            lines.append(f"      <system-err>{escape(_xml_text(p))}</system-err>")
        lines.append("    </testcase>")
    lines.append("  </testsuite>")
    lines.append("</testsuites>")
    return "\n".join(lines) + "\n"
