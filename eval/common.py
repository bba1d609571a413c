"""Shared helpers for the held-out evaluation (eval/)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))

from build import build_docx, build_pdf, parse_body, parse_fixture, plain_lines  # noqa: E402

FORMATS = ("txt", "docx", "pdf")
DEFAULT_TODAY = __import__("datetime").date(2026, 1, 5)


def as_list(v) -> list[str]:
    if v is None:
        return []
    return [v] if isinstance(v, str) else list(v)


def matches(code: str, patterns: list[str]) -> bool:
    return any(code == p or code.startswith(p) for p in patterns)


def build_one(src: Path, fmt: str, out_dir: Path) -> Path:
    """One format of one fixture (txt always UTF-8 here)."""
    _, body = parse_fixture(src.read_text(encoding="utf-8"))
    paras = parse_body(body)
    path = out_dir / f"{src.stem}.{fmt}"
    if fmt == "txt":
        path.write_text("\n".join(plain_lines(paras)) + "\n", encoding="utf-8")
    elif fmt == "docx":
        build_docx(paras, path)
    else:
        build_pdf(paras, path)
    return path


def judge(src: Path, fmt: str, tmp: Path, config) -> dict:
    """Build and check one rules fixture; sort its findings against the front
    matter (``expect``, ``warn``, ``forbid``, ``allow``, ``today``)."""
    import datetime as dt
    from collections import defaultdict

    from zgov_cli.engine import CheckOptions, check_path

    meta, _ = parse_fixture(src.read_text(encoding="utf-8"))
    expect, warn = as_list(meta.get("expect")), as_list(meta.get("warn"))
    forbid, allow = as_list(meta.get("forbid")), as_list(meta.get("allow"))
    today = dt.date.fromisoformat(meta["today"]) if meta.get("today") else DEFAULT_TODAY
    res = check_path(str(build_one(src, fmt, tmp)), config, CheckOptions(today=today)).as_dict()
    r = {"name": src.stem, "format": fmt, "expect": expect, "allow": allow, "clean": not expect, "status": res["status"],
         "found": [], "missed": [], "false": [], "unexpected": [], "severity_wrong": [],
         "findings": res.get("findings", []), "internal": res.get("internal_errors", []),
         "document": res.get("document"), "error": res.get("error")}
    if res["status"] != "ok":
        r["missed"] = list(expect)
        return r
    got = defaultdict(list)
    for f in res["findings"]:
        got[f["code"]].append(f)
    for code in expect:
        if code in got:
            r["found"].append(code)
            if code in warn and not any(f["severity"] == "warning" for f in got[code]):
                r["severity_wrong"].append((code, sorted({f["severity"] for f in got[code]})))
        else:
            r["missed"].append(code)
    for f in res["findings"]:
        if f["severity"] not in ("error", "warning") or f["code"] in expect or matches(f["code"], allow):
            continue
        if not expect or matches(f["code"], forbid):
            r["false"].append(f)
        else:
            r["unexpected"].append(f)
    return r


def build_all(src: Path, out_dir: Path) -> dict[str, Path]:
    """Build one fixture into out_dir; returns {format: path}."""
    meta, body = parse_fixture(src.read_text(encoding="utf-8"))
    paras = parse_body(body)
    formats = meta.get("formats") or list(FORMATS)
    if isinstance(formats, str):
        formats = [formats]
    out: dict[str, Path] = {}
    name = src.stem
    for fmt in formats:
        p = out_dir / f"{name}.{fmt}"
        if fmt == "md":  # a markdown draft is written as it is
            p.write_text(body.strip() + "\n", encoding=meta.get("encoding", "utf-8"))
        elif fmt == "txt":
            p.write_text("\n".join(plain_lines(paras)) + "\n", encoding=meta.get("encoding") or "utf-8")
        elif fmt == "docx":
            build_docx(paras, p)
        elif fmt == "pdf":
            build_pdf(paras, p)
        out[fmt] = p
    return out


def word_count(text: str) -> int:
    """SPEC §4 the Word way, independently: each CJK char / full-width mark is 1,
    each run of non-space ASCII is 1, whitespace 0."""
    n = 0
    in_run = False
    for ch in text:
        if ch.isspace():
            in_run = False
        elif ord(ch) < 128:
            if not in_run:
                n += 1
                in_run = True
        else:
            n += 1
            in_run = False
    return n
