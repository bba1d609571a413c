"""Explain how the ask model reads one draft: its asks, every decision of
the grouping table (which row, why), the matters it made and the findings.

    python eval/blind/explain.py eval/blind/asks139/a/017_qs_multi.fixture
    FEATS=1 python eval/blind/explain.py FIXTURE    # also the features that hold

The code read is this checkout's. For development drafts and probes only:
never run it on a held-out folder (eval/blind/heldout.py lists them).
"""
import os
import sys
import tempfile
from pathlib import Path

B = Path(__file__).resolve().parent
ROOT = B.parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "eval"), str(B)]

from common import judge  # noqa: E402
from zgov_cli.config import Config  # noqa: E402
import zgov_cli.analysis.asks as A  # noqa: E402


def _holds(v) -> bool:
    try:
        return v() is True
    except Exception:
        return False


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    p = Path(sys.argv[1]).resolve()
    import heldout

    held, _ = heldout.dirs()
    if any(p.parent == d.resolve() for d in held):
        sys.exit("held-out draft: not explained (its folder is never read)")
    decide, group = A.decide, A.group

    def traced_decide(m, b, ctx):
        r = decide(m, b, ctx)
        print(f"  decide [{m.first.text[:30]}|n={len(m.asks)}] vs [{b.kind}:{b.text[:40]}] -> {r[0]} :: {r[1][:70]}")
        if os.environ.get("FEATS"):
            f = A._features(m, b, ctx)
            print("     true:", [k for k, v in f.items() if callable(v) and _holds(v)])
        return r

    def traced_group(asks, *a, **k):
        for x in asks:
            print(f"ASK {x.kind} mod={x.modality} conn={x.connective} :: {x.text[:70]}")
        ms = group(asks, *a, **k)
        for i, m in enumerate(ms):
            print(f"MATTER {i}: why={m.why[:50]} :: " + " || ".join(a.text[:30] for a in m.asks))
        return ms

    A.decide, A.group = traced_decide, traced_group
    with tempfile.TemporaryDirectory() as td:
        r = judge(p, "txt", Path(td), Config())
    print("expect", r["expect"])
    for f in r["findings"]:
        if f["code"].startswith("ZG1"):
            print(f["code"], f["severity"], f["message"][:200])


if __name__ == "__main__":
    main()
