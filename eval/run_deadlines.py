"""Held-out deadline evaluation.

1. every case of eval/deadlines/cases.toml through the real CLI
   (`zgov deadline RULE DATE [--route R] [--calendar F] --format json`);
2. every eval/deadlines/*.fixture (ZG4 documents, built as txt/docx/pdf)
   through engine.check_path with `today:` from the front matter.

    .venv/bin/python eval/run_deadlines.py
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from common import ROOT, build_all, parse_fixture

HERE = Path(__file__).resolve().parent / "deadlines"
ZGOV = ROOT / ".venv" / "bin" / "zgov"


def toml_list(xs):
    return "[" + ", ".join(json.dumps(x) for x in xs) + "]"


def run_cases(td: Path) -> tuple[int, int, list[str]]:
    cases = tomllib.loads((HERE / "cases.toml").read_text(encoding="utf-8"))["case"]
    bad: list[str] = []
    for c in cases:
        cmd = [str(ZGOV), "deadline", c["rule"], c["date"], "--format", "json"]
        if c.get("route"):
            cmd += ["--route", c["route"]]
        if c.get("holidays") or c.get("workdays"):
            f = td / f"cal-{c['id']}.toml"
            f.write_text(f"[calendar]\nholidays = {toml_list(c.get('holidays', []))}\n"
                         f"workdays = {toml_list(c.get('workdays', []))}\n", encoding="utf-8")
            cmd += ["--calendar", str(f)]
        # run outside the repository so no zgov.toml/pyproject config is discovered
        p = subprocess.run(cmd, capture_output=True, text=True, cwd=td)
        try:
            out = json.loads(p.stdout)
        except json.JSONDecodeError:
            bad.append(f"{c['id']}: exit {p.returncode}, not json: {p.stdout[:200]!r} {p.stderr[:300]!r}")
            continue
        got = (out.get("deadline"), out.get("effective_deadline"), bool(out.get("calendar_warnings")))
        exp = (c["deadline"], c["effective_deadline"], c["warning"])
        if got != exp:
            bad.append(f"{c['id']} ({c['rule']} {c['date']} {c.get('route') or ''}): got {got} expected {exp}")
    return len(cases) - len(bad), len(cases), bad


def code_hit(codes: set[str], pat: str) -> bool:
    return any(c.startswith(pat) for c in codes)


def run_docs(td: Path) -> tuple[int, int, list[str]]:
    from zgov_cli.config import Config
    from zgov_cli.engine import CheckOptions, check_path

    ok = total = 0
    bad: list[str] = []
    for src in sorted(HERE.glob("*.fixture")):
        meta, _ = parse_fixture(src.read_text(encoding="utf-8"))
        today = dt.date.fromisoformat(meta["today"])
        for fmt, path in build_all(src, td).items():
            total += 1
            res = check_path(str(path), Config(), CheckOptions(today=today)).as_dict()
            codes = {f["code"] for f in res.get("findings", [])}
            zg4 = sorted(c for c in codes if c.startswith("ZG4"))
            miss = [e for e in meta.get("expect") or [] if not code_hit(codes, e)]
            extra = [f for f in meta.get("forbid") or [] if code_hit(codes, f)]
            if miss or extra or res.get("status") != "ok":
                ev = [(f["code"], f["message"]) for f in res.get("findings", []) if f["code"].startswith("ZG4")]
                bad.append(f"{src.stem}.{fmt}: missing {miss} unexpected {extra} (ZG4 got {zg4}) {ev}")
            else:
                ok += 1
    return ok, total, bad


def main() -> int:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as t:
        td = Path(t)
        ok, n, bad = run_cases(td)
        print(f"== zgov deadline: {ok}/{n} exact")
        for b in bad:
            print("  " + b)
        ok, n, bad = run_docs(td)
        print(f"== ZG4 documents: {ok}/{n} right (every expected ZG4 found, none forbidden)")
        for b in bad:
            print("  " + b)
    return 0


if __name__ == "__main__":
    sys.exit(main())
