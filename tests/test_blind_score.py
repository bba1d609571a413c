"""The blind-set scorer (eval/blind/score.py) counts what the closing notes
report: a wrong count there misreports every round's numbers."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("blind_score", ROOT / "eval" / "blind" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def _r(expect, findings, allow=()):
    return {"expect": list(expect), "allow": list(allow),
            "findings": [{"code": c, "severity": s, "message": ""} for c, s in findings]}


DUMP = {
    "s/a/001.fixture": _r(["ZG101"], [("ZG101", "error")]),
    "s/a/002.fixture": _r(["ZG101"], [("ZG101", "info")]),
    "s/a/003.fixture": _r(["ZG101"], []),
    "s/a/004.fixture": _r(["ZG102"], [("ZG102", "error")]),
    "s/a/005.fixture": _r([], [("ZG101", "info")]),                 # a hint on a clean draft
    "s/a/006.fixture": _r([], [("ZG102", "error")], allow=["ZG102"]),  # false, but allowed by its writer
    "s/a/007.fixture": _r([], [("ZG103", "warning"), ("ZG101", "info")]),  # false, not a hint
    "s/a/008.fixture": _r([], []),
}


def test_counts_follow_the_definitions():
    s = score.stats(DUMP)
    assert (s["n"], s["e101"], s["f101"], s["err101"]) == (8, 3, 2, 1)
    assert (s["e102"], s["f102"], s["clean"]) == (1, 1, 4)
    assert (s["false"], s["false_allowed"], s["hints"]) == (2, 1, 1)
    assert "ZG101 2 (1 errors)/3 (66.7%)" in score.line(s)


def test_compare_prints_only_changed_verdicts(tmp_path, capsys):
    new = json.loads(json.dumps(DUMP))
    new["s/a/003.fixture"] = _r(["ZG101"], [("ZG101", "info")])
    score.compare(DUMP, new)
    out = capsys.readouterr().out.splitlines()
    changes = [x for x in out if x.startswith("CHANGE")]
    assert changes == ["CHANGE s/a/003.fixture exp=ZG101: - -> ZG101:i"]
    assert "ZG101 2 (1 errors)/3" in out[-2] and "ZG101 3 (1 errors)/3" in out[-1]


def test_held_out_folders_are_scored_only_in_aggregate(monkeypatch, capsys):
    monkeypatch.setattr("sys.argv", ["score.py", "--held", "-v"])
    try:
        score.main()
    except SystemExit as e:
        assert "aggregate" in str(e)
    else:
        raise AssertionError("per-folder lines for held-out folders must be refused")
