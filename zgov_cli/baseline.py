"""Baseline files: adopt zgov on an existing archive and fail on new problems only.

``zgov check --write-baseline F`` records every finding of the run as
(file, rule, hash of the evidence text). ``zgov check --baseline F`` then
hides the findings that are recorded there and reports — and fails on —
only the others. The key does not contain the paragraph number, so
inserting a paragraph above an old problem does not make it "new"; editing
the quoted text does. Identical keys are counted: a file that had one
``的的`` in the baseline and now has two reports one.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import Any, Iterable

FORMAT_VERSION = 1
_SPACE = re.compile(r"\s+")


class BaselineError(Exception):
    """The baseline file cannot be read or is not a zgov baseline."""


def evidence_hash(code: str, evidence: str | None) -> str:
    """A stable hash of a rule code and its evidence text (whitespace and
    Unicode compatibility forms folded), 16 hex digits."""
    text = unicodedata.normalize("NFKC", evidence or "")
    text = _SPACE.sub("", text)
    return hashlib.sha256(f"{code}\0{text}".encode("utf-8")).hexdigest()[:16]


def file_key(path: str) -> str:
    """The path as recorded: relative to the working directory when inside
    it, POSIX separators, normalised (``./a.docx`` and ``a.docx`` agree)."""
    p = os.path.normpath(path)
    if os.path.isabs(p):
        try:
            rel = os.path.relpath(p)
            if not rel.startswith(".."):
                p = rel
        except ValueError:  # pragma: no cover - other drive on Windows
            pass
    return PurePosixPath(Path(p)).as_posix()


def finding_key(path: str, finding: dict[str, Any]) -> tuple[str, str, str]:
    return (file_key(path), finding["code"], evidence_hash(finding["code"], finding.get("evidence")))


def _keys(results: Iterable[dict[str, Any]]) -> Iterable[tuple[tuple[str, str, str], dict[str, Any]]]:
    for r in results:
        for f in r.get("findings", []):
            yield finding_key(r["path"], f), f


def write(path: str, results: list[dict[str, Any]]) -> int:
    """Write every finding of ``results`` to ``path``; returns how many."""
    entries = []
    for (file, code, h), f in _keys(results):
        ev = f.get("evidence") or ""
        entries.append({"file": file, "code": code, "hash": h, "evidence": ev[:60]})
    entries.sort(key=lambda e: (e["file"], e["code"], e["hash"]))
    data = {"version": FORMAT_VERSION, "tool": "zgov", "findings": entries}
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    os.replace(tmp, path)
    return len(entries)


def load(path: str) -> Counter:
    """The multiset of (file, code, hash) keys in a baseline file."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise BaselineError(f"找不到基线文件 {path}（先用 --write-baseline {path} 生成）。") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise BaselineError(f"基线文件 {path} 无法读取：{e}") from None
    if not isinstance(data, dict) or data.get("tool") != "zgov" or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path} 不是 zgov 基线文件（应由 --write-baseline 生成）。")
    if data.get("version") != FORMAT_VERSION:
        raise BaselineError(f"基线文件 {path} 的版本 {data.get('version')!r} 不受支持（应为 {FORMAT_VERSION}）。")
    keys: Counter = Counter()
    for e in data["findings"]:
        try:
            keys[(str(e["file"]), str(e["code"]), str(e["hash"]))] += 1
        except (TypeError, KeyError):
            raise BaselineError(f"基线文件 {path} 中有格式不对的条目：{e!r}") from None
    return keys


def apply(results: list[dict[str, Any]], known: Counter) -> tuple[list[dict[str, Any]], int]:
    """Results with the baselined findings removed, and how many were hidden.

    The input results are not modified."""
    left = Counter(known)
    hidden = 0
    out = []
    for r in results:
        findings = r.get("findings") or []
        if not findings:
            out.append(r)
            continue
        kept = []
        for f in findings:
            k = finding_key(r["path"], f)
            if left[k] > 0:
                left[k] -= 1
                hidden += 1
            else:
                kept.append(f)
        if len(kept) != len(findings):
            r = dict(r)
            r["findings"] = kept
        out.append(r)
    return out, hidden
