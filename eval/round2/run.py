"""Second blind evaluation: long, messy, realistic county documents.

    .venv/bin/python eval/round2/run.py [-v] [--format txt,docx,pdf] [NAME ...]

Each ``eval/round2/*.fixture`` (notation of ``fixtures/build.py``) carries
front matter ``expect`` (codes that must be reported), ``forbid`` (codes or
prefixes that must not be reported as error/warning), optional ``allow``,
``warn`` (of ``expect``, codes whose severity must be warning),
``today`` (default 2026-01-05) and ``why``.  ``c*`` documents are clean
(``expect: []``): every error or warning on them is a false finding.
``v*`` documents carry one subtle violation each; ``h*`` are harder clean
documents added in the same blind round (written before reading the rules).

Every document is built as txt, docx and pdf in a temporary directory and
checked with :func:`zgov_cli.engine.check_path`.  Exit status 1 on any miss
or false finding.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "eval"))
from common import FORMATS, as_list, judge, parse_fixture  # noqa: E402

from zgov_cli.config import Config  # noqa: E402



def evaluate(src: Path, fmt: str, tmp: Path, config: Config) -> dict:
    """As :func:`judge`; a ``warn`` code reported at another severity is a miss."""
    r = judge(src, fmt, tmp, config)
    r["missed"] += [f"{c} as warning (got {sev})" for c, sev in r["severity_wrong"]]
    return r


def short(f: dict) -> str:
    loc = f.get("location") or {}
    return (f"{f['code']} [{f['severity']}] ¶{loc.get('paragraph')}: {(f.get('message') or '')[:150]}"
            f" | 证据：{(f.get('evidence') or '')[:90]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help="fixture stems or prefixes (default: all)")
    ap.add_argument("--format", default=",".join(FORMATS))
    ap.add_argument("-v", "--verbose", action="store_true", help="every finding, info included")
    a = ap.parse_args(argv)
    fmts = [f for f in a.format.split(",") if f]
    srcs = sorted(HERE.glob("*.fixture"))
    if a.names:
        srcs = [s for s in srcs if any(s.stem.startswith(n) for n in a.names)]
    config = Config()
    results = []
    with tempfile.TemporaryDirectory(prefix="zgov-round2-") as td:
        for fmt in fmts:
            d = Path(td) / fmt
            d.mkdir()
            results.extend(evaluate(src, fmt, d, config) for src in srcs)

    n_clean = sum(1 for s in srcs if not as_list(parse_fixture(s.read_text(encoding="utf-8"))[0].get("expect")))
    print(f"[round2] {len(srcs)} documents ({n_clean} clean, {len(srcs) - n_clean} with one violation), "
          f"formats: {', '.join(fmts)}\n")
    bad = False
    for fmt in fmts:
        rs = [r for r in results if r["format"] == fmt]
        clean = [r for r in rs if not r["expect"]]
        dirty = [r for r in rs if r["expect"]]
        n_false_docs = sum(1 for r in clean if r["false"])
        n_exp = sum(len(r["expect"]) for r in dirty)
        n_hit = n_exp - sum(len(r["missed"]) for r in dirty)
        fam = Counter(f["code"][:3] for r in rs for f in r["false"])
        print(f"== {fmt}: clean docs with a false finding {n_false_docs}/{len(clean)}; "
              f"expected codes found {n_hit}/{n_exp}; false findings by family {dict(sorted(fam.items()))}")
        for r in rs:
            if r["status"] != "ok":
                bad = True
                print(f"  {r['name']}: UNREADABLE {r['error']}")
            if r["internal"]:
                bad = True
                print(f"  {r['name']}: INTERNAL {r['internal']}")
            for c in r["missed"]:
                bad = True
                print(f"  {r['name']}: MISS {c}")
            for f in r["false"]:
                bad = True
                print(f"  {r['name']}: FALSE {short(f)}")
            if a.verbose:
                d = r.get("document") or {}
                print(f"  {r['name']}: doc_type={d.get('doc_type')} issuer={d.get('issuer')} "
                      f"recipients={d.get('recipients')} date={d.get('date')}")
                for f in r["findings"]:
                    print(f"      {short(f)}")
        print()
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
