"""Findings snapshot: every fixture, eval and corpus document checked, one
JSON line per file (document card, findings, deadlines), so that a speed-up
can be shown to change no finding:

    python bench/snapshot.py > before.jsonl   # on the old code
    python bench/snapshot.py > after.jsonl    # on the new code
    diff before.jsonl after.jsonl             # must be empty

Eval fixtures are built once (txt, docx, pdf) into ``--cache``; "today" is
the fixture's own or eval's default, so the output does not depend on the
date.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

EXTS = (".docx", ".pdf", ".txt", ".md", ".doc", ".ofd")


def documents(cache: Path) -> list[tuple[Path, dt.date]]:
    from common import DEFAULT_TODAY, FORMATS, build_one, parse_fixture  # eval/common.py

    out: list[tuple[Path, dt.date]] = []
    for src in sorted((ROOT / "eval").glob("*/*.fixture")):
        meta, _ = parse_fixture(src.read_text(encoding="utf-8"))
        today = dt.date.fromisoformat(str(meta["today"])) if meta.get("today") else DEFAULT_TODAY
        d = cache / src.parent.name
        d.mkdir(parents=True, exist_ok=True)
        for fmt in FORMATS:
            p = d / f"{src.stem}.{fmt}"
            if not p.exists() or p.stat().st_mtime < src.stat().st_mtime:
                p = build_one(src, fmt, d)
            out.append((p, today))
    for base in (ROOT / "fixtures" / "docs", SHARED / "corpus", SHARED / "samples"):
        out += [(p, DEFAULT_TODAY) for p in sorted(base.rglob("*")) if p.suffix.lower() in EXTS]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default=str(ROOT / "bench-out" / "snapshot-docs"))
    args = ap.parse_args()
    from zgov_cli.config import Config
    from zgov_cli.engine import CheckOptions, check_path

    cfg = Config()
    for path, today in documents(Path(args.cache)):
        r = check_path(str(path), cfg, CheckOptions(today=today))
        rel = str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else
                  "shared" / path.relative_to(SHARED) if path.is_relative_to(SHARED) else path)
        r["path"] = rel
        print(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
