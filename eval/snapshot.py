"""A mechanical behaviour snapshot: every fixture, eval and corpus document
checked through the public engine entry, written as one JSON.

    python eval/snapshot.py OUT.json [--jobs N]
    diff <(python -m json.tool A.json) <(python -m json.tool B.json)

Checked with the default configuration and a fixed ``--today 2026-01-05``:
every file under fixtures/docs/, every eval/**/*.fixture built as txt, docx
and pdf, and every document under ../shared/corpus and ../shared/samples.
Each entry (keyed by a stable path) holds the document card and the findings
sorted with code, severity, message, article, evidence, location and fix.
A restructuring that must not change behaviour shows an empty diff between
the snapshot taken before and after it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

TODAY = dt.date(2026, 1, 5)
SHARED = ROOT.parent / "shared"
SKIP_NAMES = {"README.md", "PROVENANCE.tsv"}
FINDING_KEYS = ("code", "severity", "message", "article", "evidence", "location", "fix")


def _entry(path: str) -> dict:
    from zgov_cli.config import Config
    from zgov_cli.engine import CheckOptions, check_path

    res = check_path(path, Config(), CheckOptions(today=TODAY))
    if not isinstance(res, dict):  # a typed FileResult (older engines returned the dict)
        res = res.as_dict()
    findings = [{k: f.get(k) for k in FINDING_KEYS} for f in res.get("findings", [])]
    findings.sort(key=lambda f: json.dumps(f, ensure_ascii=False, sort_keys=True))
    out = {"status": res["status"], "document": res.get("document"), "findings": findings,
           "deadlines": res.get("deadlines", [])}
    if res.get("error"):
        out["error"] = res["error"]
    if res.get("internal_errors"):
        out["internal_errors"] = res["internal_errors"]
    return out


def _fixture_job(args: tuple[str, str, str]) -> list[tuple[str, dict]]:
    src, key, tmp = args
    from common import FORMATS, build_one

    out = []
    for fmt in FORMATS:
        d = Path(tmp) / fmt / key.replace("/", "__")
        d.mkdir(parents=True, exist_ok=True)
        try:
            path = build_one(Path(src), fmt, d)
        except Exception as e:  # a fixture that cannot be built is recorded, not fatal
            out.append((f"{key}.{fmt}", {"status": "build_error", "error": f"{type(e).__name__}: {e}"}))
            continue
        out.append((f"{key}.{fmt}", _entry(str(path))))
    return out


def _file_job(args: tuple[str, str]) -> list[tuple[str, dict]]:
    path, key = args
    return [(key, _entry(path))]


def jobs_list(shared: Path) -> list[tuple]:
    jobs: list[tuple] = []
    for p in sorted((ROOT / "fixtures" / "docs").rglob("*")):
        if p.is_file():
            jobs.append(("file", str(p), p.relative_to(ROOT).as_posix()))
    for p in sorted((ROOT / "eval").rglob("*.fixture")):
        jobs.append(("fixture", str(p), p.relative_to(ROOT).as_posix()))
    for base in ("corpus", "samples"):
        for p in sorted((shared / base).rglob("*")):
            if p.is_file() and p.name not in SKIP_NAMES and not p.name.startswith("LICENSE"):
                jobs.append(("file", str(p), "shared/" + p.relative_to(shared).as_posix()))
    return jobs


def _run(job: tuple) -> list[tuple[str, dict]]:
    kind, path, key, tmp = job
    return _fixture_job((path, key, tmp)) if kind == "fixture" else _file_job((path, key))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="where to write the snapshot JSON")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (corpus/, samples/)")
    a = ap.parse_args(argv)
    result: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="zgov-snapshot-") as tmp:
        jobs = [(k, p, key, tmp) for k, p, key in jobs_list(a.shared)]
        if a.jobs > 1:
            with ProcessPoolExecutor(a.jobs) as ex:
                for part in ex.map(_run, jobs, chunksize=4):
                    result.update(part)
        else:
            for j in jobs:
                result.update(_run(j))
    Path(a.out).write_text(json.dumps(dict(sorted(result.items())), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                           encoding="utf-8")
    n_find = sum(len(v.get("findings", [])) for v in result.values())
    print(f"{len(result)} documents, {n_find} findings → {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
