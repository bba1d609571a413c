"""Score the blind ask sets: how many of the drafts that expect ZG101 or ZG102
get it, and how many clean drafts get a finding they should not.

    python eval/blind/score.py --dev            # all development folders
    python eval/blind/score.py --held           # the held-out folders (counts only!)
    python eval/blind/score.py DIR ... | @list.txt
    python eval/blind/score.py --dev --dump new.json --compare old.json

The code checked is this checkout's (the repository the script lives in), so
a worktree at an older commit scores that commit. Dump keys are paths below
eval/blind/, so dumps from two checkouts compare.

Counts: ZG101 found/expected (of them errors); ZG102 found/expected; clean =
expects neither; false = clean with an error or warning (allowed = the same
not counting the codes its ``allow`` names); hints = clean with only a ZG101
finding and no error or warning.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path

B = Path(__file__).resolve().parent
ROOT = B.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "eval"), str(B)]

ASK_CODES = ("ZG101", "ZG102", "ZG103", "ZG104", "ZG105")
_CFG = None


def _one(src: str) -> tuple[str, dict]:
    global _CFG
    from common import judge  # noqa: E402
    from zgov_cli.config import Config  # noqa: E402

    if _CFG is None:
        _CFG = Config()
    p = Path(src)
    with tempfile.TemporaryDirectory() as td:
        try:
            r = judge(p, "txt", Path(td), _CFG)
        except Exception as e:  # a crash is a result too
            return str(p.relative_to(B)), {"expect": [], "allow": [], "findings": [], "crash": repr(e)}
    keep = [{"code": f["code"], "severity": f["severity"], "message": f.get("message", "")}
            for f in r["findings"] if f["code"] in ASK_CODES]
    return str(p.relative_to(B)), {"expect": r["expect"], "allow": r["allow"],
                                   "findings": keep, "status": r["status"]}


def stats(d: dict) -> dict:
    s = dict.fromkeys(("n", "e101", "f101", "err101", "e102", "f102", "clean", "false", "false_allowed",
                       "hints", "crash"), 0)
    for r in d.values():
        s["n"] += 1
        s["crash"] += "crash" in r
        codes = {f["code"] for f in r["findings"]}
        bad = [f for f in r["findings"] if f["severity"] in ("error", "warning")]
        if "ZG101" in r["expect"]:
            s["e101"] += 1
            s["f101"] += "ZG101" in codes
            s["err101"] += any(f["code"] == "ZG101" and f["severity"] == "error" for f in r["findings"])
        if "ZG102" in r["expect"]:
            s["e102"] += 1
            s["f102"] += "ZG102" in codes
        if "ZG101" in r["expect"] or "ZG102" in r["expect"]:
            continue
        s["clean"] += 1
        s["false"] += bool(bad)
        s["false_allowed"] += any(not any(f["code"].startswith(a) for a in r["allow"]) for f in bad)
        s["hints"] += bool(r["findings"]) and not bad and codes == {"ZG101"}
    return s


def line(s: dict) -> str:
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"
    return (f"{s['n']} drafts · ZG101 {s['f101']} ({s['err101']} errors)/{s['e101']} ({pct(s['f101'], s['e101'])})"
            f" · ZG102 {s['f102']}/{s['e102']} ({pct(s['f102'], s['e102'])})"
            f" · false {s['false']}/{s['clean']} (allow-aware {s['false_allowed']}) · hints {s['hints']}"
            + (f" · CRASHES {s['crash']}" if s["crash"] else ""))


def verdict(r: dict) -> str:
    fs = sorted({(f["code"], f["severity"]) for f in r["findings"]})
    return ",".join(f"{c}:{s[0]}" for c, s in fs) or "-"


def compare(old: dict, new: dict) -> None:
    for k in sorted(set(old) & set(new)):
        a, b = verdict(old[k]), verdict(new[k])
        if a != b:
            exp = ",".join(new[k]["expect"]) or "clean"
            print(f"CHANGE {k} exp={exp}: {a} -> {b}")
    common = set(old) & set(new)
    print("old:", line(stats({k: old[k] for k in common})))
    print("new:", line(stats({k: new[k] for k in common})))


def folders(args) -> list[Path]:
    import heldout

    out: list[Path] = []
    un, dev = heldout.dirs()
    if args.dev:
        out += dev
    if args.held:
        out += un
    for a in args.dirs:
        if a.startswith("@"):
            out += [Path(x) for x in Path(a[1:]).read_text().split()]
        else:
            out.append(Path(a))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--dev", action="store_true")
    ap.add_argument("--held", action="store_true")
    ap.add_argument("--dump")
    ap.add_argument("--compare", help="an earlier dump: print every draft whose verdict changed")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-v", action="store_true", help="one line a folder")
    args = ap.parse_args()
    if args.held and (args.v or args.compare):
        sys.exit("held-out folders are scored in aggregate only")
    fixtures = sorted(str(f.resolve()) for d in folders(args) for f in Path(d).glob("*.fixture"))
    with Pool(args.j) as pool:
        d = dict(pool.imap_unordered(_one, fixtures, chunksize=8))
    if args.dump:
        Path(args.dump).write_text(json.dumps(d, ensure_ascii=False))
    if args.v:
        by = {}
        for k, r in d.items():
            by.setdefault(str(Path(k).parent), {})[k] = r
        for f in sorted(by):
            print(f"{f}: {line(stats(by[f]))}")
    if args.compare:
        compare(json.loads(Path(args.compare).read_text()), d)
    print(line(stats(d)))


if __name__ == "__main__":
    main()
