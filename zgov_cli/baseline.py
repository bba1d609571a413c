"""Baseline files: adopt zgov on an existing archive and fail on new problems only.

``zgov check --write-baseline F`` records every finding of the run as
(file, rule, hash of the evidence text). ``zgov check --baseline F`` then
hides the findings that are recorded there and reports — and fails on —
only the others. The key does not contain the paragraph number, so
inserting a paragraph above an old problem does not make it "new"; editing
the quoted text does. Identical keys are counted: a file that had one
``的的`` in the baseline and now has two reports one.

File paths are stored relative to the repository root — the git top level
above the baseline file, else the baseline file's folder — so a baseline
matches whatever the working directory (``cd 公文 && zgov check . --baseline
../b.json``). Version 1 files (paths relative to the working directory of
the run that wrote them) are still read that way.
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

FORMAT_VERSION = 2
_SPACE = re.compile(r"\s+")


class BaselineError(Exception):
    """The baseline file cannot be read or is not a zgov baseline."""


def evidence_hash(code: str, evidence: str | None) -> str:
    """A stable hash of a rule code and its evidence text (whitespace and
    Unicode compatibility forms folded), 16 hex digits."""
    text = unicodedata.normalize("NFKC", evidence or "")
    text = _SPACE.sub("", text)
    return hashlib.sha256(f"{code}\0{text}".encode("utf-8")).hexdigest()[:16]


def repo_root(start: str | os.PathLike[str]) -> str:
    """The git top level at or above the folder ``start`` (a ``.git`` folder
    or worktree file), else ``start`` itself; an absolute real path."""
    here = Path(os.path.realpath(start))
    for d in (here, *here.parents):
        if (d / ".git").exists():
            return str(d)
    return str(here)


def baseline_root(baseline_path: str) -> str:
    """The folder a baseline's paths are relative to."""
    return repo_root(os.path.dirname(os.path.abspath(baseline_path)))


def file_key(path: str, root: str | None = None) -> str:
    """The path as recorded, POSIX separators, normalised (``./a.docx`` and
    ``a.docx`` agree): relative to ``root`` when given and inside it, else
    relative to the working directory when inside it, else absolute."""
    if root is not None:
        real = os.path.realpath(path)
        try:
            rel = os.path.relpath(real, root)
        except ValueError:  # pragma: no cover - other drive on Windows
            rel = ".."
        return PurePosixPath(Path(real if rel.startswith("..") else rel)).as_posix()
    p = os.path.normpath(path)
    if os.path.isabs(p):
        try:
            rel = os.path.relpath(p)
            if not rel.startswith(".."):
                p = rel
        except ValueError:  # pragma: no cover - other drive on Windows
            pass
    return PurePosixPath(Path(p)).as_posix()


class Known(Counter):
    """The multiset of (file, code, hash) keys of a baseline, and the folder
    its file paths are relative to (None: the working directory, version 1)."""

    root: str | None = None


def finding_key(path: str, finding: dict[str, Any], root: str | None = None) -> tuple[str, str, str]:
    return (file_key(path, root), finding["code"], evidence_hash(finding["code"], finding.get("evidence")))


def _keys(results: Iterable[dict[str, Any]], root: str | None) -> Iterable[tuple[tuple[str, str, str], dict[str, Any]]]:
    for r in results:
        for f in r.get("findings", []):
            yield finding_key(r["path"], f, root), f


def write(path: str, results: list[dict[str, Any]]) -> int:
    """Write every finding of ``results`` to ``path``; returns how many."""
    entries = []
    for (file, code, h), f in _keys(results, baseline_root(path)):
        ev = f.get("evidence") or ""
        entries.append({"file": file, "code": code, "hash": h, "evidence": ev[:60]})
    entries.sort(key=lambda e: (e["file"], e["code"], e["hash"]))
    data = {"version": FORMAT_VERSION, "tool": "zgov",
            "paths": "相对于仓库根目录（git 顶层目录；不在 git 仓库中时为本文件所在的文件夹）",
            "findings": entries}
    tmp = f"{path}.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    os.replace(tmp, path)
    return len(entries)


def load(path: str) -> Known:
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
    if data.get("version") not in (1, FORMAT_VERSION):
        raise BaselineError(f"基线文件 {path} 的版本 {data.get('version')!r} 不受支持（应为 {FORMAT_VERSION}）。")
    keys = Known()
    keys.root = baseline_root(path) if data["version"] >= 2 else None
    for e in data["findings"]:
        try:
            keys[(str(e["file"]), str(e["code"]), str(e["hash"]))] += 1
        except (TypeError, KeyError):
            raise BaselineError(f"基线文件 {path} 中有格式不对的条目：{e!r}") from None
    return keys


def apply(results: list[dict[str, Any]], known: Counter) -> tuple[list[dict[str, Any]], int]:
    """Results with the baselined findings removed, and how many were hidden.

    The input results are not modified."""
    root = getattr(known, "root", None)
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
            k = finding_key(r["path"], f, root)
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
