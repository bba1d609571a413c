"""Reporters: results → text / json (and sarif, junit, github).

A reporter never decides anything: it formats what the engine found.
"""
from __future__ import annotations

import json
import sys
from typing import Any

SEV_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
ERROR_KIND_ZH = {
    "not_found": "找不到文件",
    "unsupported_format": "不支持的格式",
    "corrupt": "文件损坏",
    "encrypted": "已加密",
    "no_text": "没有文字层",
    "too_large": "文件过大",
    "empty": "空文件",
}


def summarise(results: list[dict[str, Any]]) -> dict[str, int]:
    s = {"files": len(results), "errors": 0, "warnings": 0, "infos": 0, "unreadable": 0}
    for r in results:
        if r.get("status") != "ok":
            s["unreadable"] += 1
        for f in r.get("findings", []):
            key = {"error": "errors", "warning": "warnings", "info": "infos"}[f["severity"]]
            s[key] += 1
    return s


def to_json(obj: Any) -> str:
    """JSON for stdout: readable Chinese on a UTF-8 stream, ``\\u`` escapes
    (still lossless, still valid) on any other (``LANG=C``, a GBK console)."""
    enc = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return json.dumps(obj, ensure_ascii=enc not in ("utf8", "utf8sig"), indent=2)


def where(loc: dict[str, Any]) -> str:
    """A finding's place in words: ``第2页第7段``, or ``全文``."""
    parts = []
    if loc.get("page"):
        parts.append(f"第{loc['page']}页")
    if loc.get("paragraph"):
        parts.append(f"第{loc['paragraph']}段")
    return "".join(parts) or "全文"
