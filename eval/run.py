"""Blind evaluation of the zgov rules on held-out documents.

    .venv/bin/python eval/run.py [-v] [--format txt,docx,pdf] [--dir PATH] [NAME ...]

Each ``eval/rules/*.fixture`` (notation of ``fixtures/build.py``) carries
front matter:

* ``expect: [codes]``  — codes that must be reported (any severity);
* ``warn: [codes]``    — of those, codes whose severity must be ``warning``;
* ``forbid: [codes or prefixes]`` — must not be reported (error/warning)
  unless listed in ``expect``/``allow``;
* ``allow: [codes]``   — may be reported without counting as false findings;
* ``today: YYYY-MM-DD`` — the date ZG4 rules treat as today (default 2026-01-05);
* ``why:``             — the reason for the verdict.

A document with an empty ``expect`` is *clean*: any error or warning on it
that is not in ``allow`` is a false finding, whatever its code.

Every document is built as txt, docx and pdf in a temporary directory and
checked with :func:`zgov_cli.engine.check_path`.  The report gives, per
format, recall of expected codes and the false findings, per rule family.
Exit status 1 when any expected code is missed or any false finding occurs.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "eval"))
from common import FORMATS, as_list, judge, parse_fixture  # noqa: E402

from zgov_cli.config import Config  # noqa: E402

HERE = Path(__file__).resolve().parent
# blind: written from the SPEC before the rule code was read; probes: minimal
# reproductions written afterwards for the bugs found (not a blind measure).
SETS = {"blind": HERE / "rules", "probes": HERE / "probes"}
SCORED = ("ZG1", "ZG2", "ZG3", "ZG5")


def family(code: str) -> str:
    return code[:3]


evaluate = judge


def short(f: dict) -> str:
    loc = f.get("location") or {}
    return (f"{f['code']} [{f['severity']}] ¶{loc.get('paragraph')}: {f.get('title', '')} — "
            f"{(f.get('message') or '')[:120]} | 证据：{(f.get('evidence') or '')[:80]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="fixture stems (default: all)")
    ap.add_argument("--format", default=",".join(FORMATS))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every finding of every document")
    ap.add_argument("--json", metavar="FILE", help="write all results as JSON")
    ap.add_argument("--set", default="blind", choices=["blind", "probes", "all"],
                    help="blind held-out documents (default), post-hoc probes, or both")
    ap.add_argument("--dir", metavar="PATH", action="append",
                    help="score the *.fixture files of this folder instead of a named set (repeatable)")
    a = ap.parse_args(argv)
    fmts = [f for f in a.format.split(",") if f]
    if a.dir:
        dirs = [Path(d) for d in a.dir]
        missing = [str(d) for d in dirs if not d.is_dir()]
        if missing:
            print(f"找不到目录：{'、'.join(missing)}", file=sys.stderr)
            return 2
        a.set = ",".join(d.name for d in dirs)
    else:
        dirs = list(SETS.values()) if a.set == "all" else [SETS[a.set]]
    srcs = sorted(s for d in dirs for s in d.glob("*.fixture"))
    if a.names:
        srcs = [s for s in srcs if s.stem in a.names or any(s.stem.startswith(n) for n in a.names)]
    config = Config()
    results = []
    with tempfile.TemporaryDirectory(prefix="zgov-eval-") as td:
        for fmt in fmts:
            d = Path(td) / fmt
            d.mkdir()
            for src in srcs:
                results.append(evaluate(src, fmt, d, config))

    bad = False
    n_clean = sum(1 for s in srcs if not as_list(parse_fixture(s.read_text(encoding="utf-8"))[0].get("expect")))
    print(f"[{a.set}] {len(srcs)} documents ({n_clean} clean, {len(srcs) - n_clean} with violations), formats: {', '.join(fmts)}\n")
    for fmt in fmts:
        rs = [r for r in results if r["format"] == fmt]
        exp = defaultdict(int)
        hit = defaultdict(int)
        fp = defaultdict(int)
        fp_docs = defaultdict(set)
        for r in rs:
            for c in r["expect"]:
                exp[family(c)] += 1
            for c in r["found"]:
                hit[family(c)] += 1
            for f in r["false"]:
                fp[family(f["code"])] += 1
                fp_docs[family(f["code"])].add(r["name"])
        print(f"== {fmt} ==")
        fams = sorted(set(exp) | set(fp))
        tot_e = sum(exp[f] for f in fams if f.startswith(SCORED))
        tot_h = sum(hit[f] for f in fams if f.startswith(SCORED))
        for fam in fams:
            rec = f"{hit[fam]}/{exp[fam]}" + (f" ({100 * hit[fam] / exp[fam]:.0f}%)" if exp[fam] else "")
            print(f"  {fam}xx  recall {rec:<14} false findings {fp[fam]} on {len(fp_docs[fam])} doc(s)")
        # per rule: recall of expected codes, false findings (error/warning)
        exp_c, hit_c, fp_c = defaultdict(int), defaultdict(int), defaultdict(int)
        for r in rs:
            for c in r["expect"]:
                exp_c[c] += 1
            for c in r["found"]:
                hit_c[c] += 1
            for f in r["false"]:
                fp_c[f["code"]] += 1
        for code in sorted(set(exp_c) | set(fp_c)):
            rec = f"{hit_c[code]}/{exp_c[code]}" + (f" ({100 * hit_c[code] / exp_c[code]:.0f}%)" if exp_c[code] else "")
            print(f"    {code}  recall {rec:<14} false findings {fp_c[code]}")
        clean_hit = sorted({r["name"] for r in rs if r["clean"] and r["false"]})
        print(f"  scored families recall: {tot_h}/{tot_e}" + (f" ({100 * tot_h / tot_e:.1f}%)" if tot_e else ""))
        print(f"  clean documents with a false finding: {len(clean_hit)}/{sum(1 for r in rs if r['clean'])}")
        for r in rs:
            problems = r["missed"] or r["false"] or r["severity_wrong"] or r["internal"] or r["status"] != "ok"
            if problems:
                bad = True
            if problems or a.verbose:
                print(f"  - {r['name']}: expect {r['expect']} found {r['found']}"
                      + (f" MISSED {r['missed']}" if r["missed"] else ""))
                if r["status"] != "ok":
                    print(f"      READ ERROR {r.get('error')}")
                for code, sevs in r["severity_wrong"]:
                    print(f"      SEVERITY {code}: {sevs} (expected warning)")
                for f in r["false"]:
                    print(f"      FALSE {short(f)}")
                for e in r["internal"]:
                    print(f"      INTERNAL {e}")
                if a.verbose or r["missed"]:
                    d = r.get("document") or {}
                    print(f"      doc: type={d.get('doc_type')} kind={d.get('report_kind')} issuer={d.get('issuer')} "
                          f"recipients={d.get('recipients')} no={d.get('doc_number')} date={d.get('date')} "
                          f"signers={d.get('signers')} cc={d.get('cc')} counts={d.get('counts')}")
                    for f in r["findings"]:
                        if f not in r["false"]:
                            print(f"      . {short(f)}")
        print()
    if a.json:
        Path(a.json).write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
