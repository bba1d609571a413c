"""Held-out reading evaluation: build each eval/reading/*.fixture as txt,
docx and pdf, read it through the real path (engine.check_path) and compare
the `document` fields with the front matter.

    .venv/bin/python eval/run_reading.py [-v] [NAME ...]
"""
from __future__ import annotations

import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from common import ROOT, build_all, parse_body, parse_fixture, plain_lines, word_count

from zgov_cli.config import Config
from zgov_cli.engine import CheckOptions, check_path

HERE = Path(__file__).resolve().parent / "reading"
FIELDS = ("title", "doc_type", "report_kind", "issuer", "doc_number", "signers", "recipients", "cc",
          "date", "attachments", "note")
EXTRA = ("issuers", "is_draft")
WS = re.compile(r"[\s\u3000]+")


def norm_str(v):
    if v is None:
        return None
    v = str(v).strip()
    return v or None


def strip_note(v: str) -> str:
    v = WS.sub("", v)
    if v.startswith("（") and v.endswith("）"):
        v = v[1:-1]
    return v


def field_ok(name: str, got, exp) -> bool:
    if name == "title":
        return (WS.sub("", got or "") or None) == (WS.sub("", exp or "") or None)
    if name == "note":
        if exp is None or exp == []:
            return not got
        if not got:
            return False
        g = strip_note(got)
        if isinstance(exp, list):
            return all(WS.sub("", e) in g for e in exp)
        return g == strip_note(exp)
    if name in ("signers", "recipients", "cc", "attachments"):
        exp = exp or []
        got = got or []
        return [WS.sub("", x) for x in got] == [WS.sub("", x) for x in exp]
    if name == "issuers":
        exp = exp or []
        got = got or []
        if len(exp) <= 1 and not got:
            return True  # single issuer: [] or [issuer] both fine
        return got == exp
    if name == "is_draft":
        return bool(got) == bool(exp)
    return norm_str(got) == norm_str(exp)


def expected_body_count(meta: dict, body: str) -> int | None:
    first, last = meta.get("body_first"), meta.get("body_last")
    if not first or not last:
        return None
    lines = plain_lines(parse_body(body))
    lines = [ln.lstrip("#").strip() for ln in lines]
    i = lines.index(first)
    j = max(k for k, ln in enumerate(lines) if ln == last)
    return sum(word_count(ln) for ln in lines[i:j + 1])


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = {a for a in argv if not a.startswith("-")}
    srcs = sorted(HERE.glob("*.fixture"))
    if names:
        srcs = [s for s in srcs if s.stem in names]
    per_field = defaultdict(lambda: [0, 0])  # field -> [ok, total]
    per_fmt = defaultdict(lambda: [0, 0])
    per_fmt_docs = defaultdict(lambda: [0, 0])  # all scored fields right
    count_ok = defaultdict(lambda: [0, 0])
    wrong: list[str] = []
    cfg = Config()
    with tempfile.TemporaryDirectory() as td:
        for src in srcs:
            meta, body = parse_fixture(src.read_text(encoding="utf-8"))
            exp_count = expected_body_count(meta, body)
            for fmt, path in build_all(src, Path(td)).items():
                res = check_path(str(path), cfg, CheckOptions()).as_dict()
                doc = res.get("document") or {}
                if res.get("status") != "ok":
                    wrong.append(f"{src.stem}.{fmt}: UNREADABLE {res.get('error')}")
                all_ok = True
                for f in FIELDS + EXTRA:
                    exp = meta.get(f)
                    got = doc.get(f)
                    ok = field_ok(f, got, exp)
                    if f in FIELDS:
                        per_field[f][1] += 1
                        per_fmt[fmt][1] += 1
                        per_field[f][0] += ok
                        per_fmt[fmt][0] += ok
                        all_ok &= ok
                    if not ok:
                        tag = "" if f in FIELDS else " (extra)"
                        wrong.append(f"{src.stem}.{fmt}: {f}{tag}: got {got!r} expected {exp!r}")
                per_fmt_docs[fmt][1] += 1
                per_fmt_docs[fmt][0] += all_ok
                if exp_count is not None:
                    got_c = (doc.get("counts") or {}).get("body")
                    good = got_c is not None and abs(got_c - exp_count) <= 0.02 * exp_count
                    count_ok[fmt][1] += 1
                    count_ok[fmt][0] += good
                    if not good:
                        wrong.append(f"{src.stem}.{fmt}: counts.body: got {got_c} expected {exp_count}")
                    elif verbose:
                        print(f"{src.stem}.{fmt}: counts.body {got_c} vs {exp_count}")

    def pct(a):
        return f"{a[0]}/{a[1]} ({100 * a[0] / a[1]:.1f}%)" if a[1] else "-"

    print("== field accuracy per field")
    for f in FIELDS:
        print(f"  {f:12s} {pct(per_field[f])}")
    tot = [sum(v[0] for v in per_field.values()), sum(v[1] for v in per_field.values())]
    print(f"  {'ALL':12s} {pct(tot)}")
    print("== per format: fields | documents with every field right | counts.body within 2%")
    for fmt in sorted(per_fmt):
        print(f"  {fmt:5s} {pct(per_fmt[fmt])} | {pct(per_fmt_docs[fmt])} | {pct(count_ok[fmt])}")
    ctot = [sum(v[0] for v in count_ok.values()), sum(v[1] for v in count_ok.values())]
    dtot = [sum(v[0] for v in per_fmt_docs.values()), sum(v[1] for v in per_fmt_docs.values())]
    print(f"  ALL   {pct(tot)} | {pct(dtot)} | {pct(ctot)}")
    print(f"== {len(wrong)} mismatches")
    for w in wrong:
        print("  " + w)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
