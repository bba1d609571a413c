"""Score reading and verdicts of real .docx (or any readable) files against a
truth file written by someone who never read the code.

    .venv/bin/python eval/run_truth.py TRUTH.toml [--part dev|test] [-v]

TRUTH.toml has one table per file, keyed by its path relative to the truth
file: title, doc_type, issuer, recipients, date, doc_number, attachments (a
count), headings (the visible list numbers in order), and expect / forbid /
allow codes as in eval/rules. Prints per-field accuracy, verdict accuracy
(expected codes found, forbidden codes absent at error/warning), and, for
``twin_of`` entries, whether the twin's findings equal its original's.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zgov_cli.config import Config  # noqa: E402
from zgov_cli.engine import CheckOptions, check_path  # noqa: E402

WS = re.compile(r"[\s\u3000]+")
FIELDS = ("title", "doc_type", "issuer", "recipients", "date", "doc_number", "attachments", "headings")


def norm(v):
    if isinstance(v, list):
        return [WS.sub("", str(x)) for x in v]
    if isinstance(v, dt.date):
        return v.isoformat()
    return WS.sub("", str(v)) if v not in (None, "") else None


def matches(code: str, pats: list[str]) -> bool:
    return any(code == p or code.startswith(p) for p in pats)


def got_field(res: dict, doc, name: str):
    d = res.get("document") or {}
    if name == "attachments":
        return len(d.get("attachments") or [])
    if name == "headings":
        heads = []
        for p in doc.paragraphs if doc is not None else []:
            m = re.match(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|（\d+）|[①-⑳])", p.text.strip())
            if m:
                heads.append(m.group(0))
        return heads
    return d.get(name)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("truth")
    ap.add_argument("--part")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args(argv)
    truth_path = Path(a.truth)
    truth = tomllib.loads(truth_path.read_text(encoding="utf-8"))["files"]
    base = truth_path.parent
    cfg = Config()
    today = dt.date(2026, 1, 5)
    ok, n = Counter(), Counter()
    verdict_ok = verdict_n = 0
    codes_by_file: dict[str, set] = {}
    twins = []
    for rel, t in sorted(truth.items()):
        if a.part and not rel.startswith(a.part + "/"):
            continue
        res_obj = check_path(str(base / rel), cfg, CheckOptions(today=today), keep_doc=True)
        res = res_obj.as_dict()
        doc = getattr(res_obj, "doc", None)
        if res["status"] != "ok":
            print(f"{rel}: 未能读取 {res.get('error')}")
            verdict_n += 1
            continue
        for f in FIELDS:
            if f not in t:
                continue
            want = norm(t[f])
            if f == "headings" and want:
                got = norm(got_field(res, doc, f))
                good = got[: len(want)] == want or got == want
            else:
                got = norm(got_field(res, doc, f))
                good = got == want or (want is None and got in (None, []))
            n[f] += 1
            ok[f] += good
            if not good and a.verbose:
                print(f"{rel}: {f} want {want!r} got {got!r}")
        sev = {x["code"] for x in res["findings"] if x["severity"] in ("error", "warning")}
        allc = {x["code"] for x in res["findings"]}
        codes_by_file[rel] = sev
        expect, forbid, allow = t.get("expect", []), t.get("forbid", []), t.get("allow", [])
        missed = [c for c in expect if not any(matches(g, [c]) for g in allc)]
        wrong = sorted(c for c in sev if matches(c, forbid) and c not in expect and not matches(c, allow))
        if not expect:
            wrong = sorted(set(wrong) | {c for c in sev if not matches(c, allow)})
        verdict_n += 1
        verdict_ok += not missed and not wrong
        if (missed or wrong) and a.verbose:
            ev = {x["code"]: x["evidence"][:60] for x in res["findings"]}
            print(f"{rel}: missed {missed} false {[(c, ev.get(c)) for c in wrong]}")
        if t.get("twin_of"):
            twins.append((rel, t["twin_of"]))
    for f in FIELDS:
        if n[f]:
            print(f"{f:12s} {ok[f]}/{n[f]}")
    print(f"{'verdicts':12s} {verdict_ok}/{verdict_n}")
    same = sum(codes_by_file.get(x) == codes_by_file.get(y) for x, y in twins if y in codes_by_file)
    print(f"{'twins equal':12s} {same}/{len([1 for x, y in twins if y in codes_by_file])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
