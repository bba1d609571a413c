"""The fast paths give the same answers as the plain ones (issue 15).

No timing here (``make bench`` measures): each test checks that a faster
mechanism — streamed output, pydantic-free option values, the segmenter's
prefix answers and counted dictionary reads — behaves exactly like what it
replaced.
"""
from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from zgov_cli.analysis import segment
from zgov_cli.batch import run_batch
from zgov_cli.config import Config
from zgov_cli.engine import CheckOptions
from zgov_cli.output import StreamedReport, can_stream, emit_check

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "fixtures" / "docs"


def _files() -> list[str]:
    txt = sorted(str(p) for p in DOCS.glob("*.txt"))[:6]
    return txt + [str(DOCS / "qingshi_two_matters.docx"), str(ROOT / "no-such-file.docx")]


@pytest.mark.parametrize("fmt", ["json", "text"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_streamed_report_writes_what_the_whole_list_report_writes(fmt, jobs):
    cfg, opts = Config(), CheckOptions()
    for files in (_files(), []):
        whole = io.StringIO()
        with contextlib.redirect_stdout(whole):
            code_whole = emit_check(run_batch(files, cfg, opts, jobs=1), cfg, opts, fmt=fmt, fail_on="warning")
        streamed = io.StringIO()
        sink = StreamedReport(cfg, fmt=fmt, stream=streamed)
        run_batch(files, cfg, opts, jobs=jobs, sink=sink)
        assert sink.finish(fail_on="warning") == code_whole
        assert streamed.getvalue() == whole.getvalue()
        if fmt == "json":
            doc = json.loads(streamed.getvalue())
            assert len(doc["files"]) == len(files) and doc["summary"]["files"] == len(files)


def test_streamed_report_keeps_only_slim_records():
    cfg = Config()
    sink = StreamedReport(cfg, fmt="json", stream=io.StringIO())
    files = [str(DOCS / "qingshi_two_matters.docx"), str(DOCS / "qingshi_two_matters.txt")]
    run_batch(files, cfg, CheckOptions(), jobs=1, sink=sink)
    kept = list(sink)
    assert len(kept) == 2 and all(r.document is None and not r.deadlines for r in kept)
    findings = [f for r in kept for f in r.findings]
    assert findings and all(set(f) == {"code", "severity", "title"} for f in findings)
    by_key = {}
    for f in findings:  # one shared record per rule and severity, not one per finding
        assert by_key.setdefault((f["code"], f["severity"]), f) is f


def test_what_cannot_stream_is_written_whole():
    assert can_stream("json") and can_stream("text")
    assert not can_stream("sarif") and not can_stream("junit") and not can_stream("github")
    assert not can_stream("json", statistics=True)
    assert not can_stream("text", baseline="b.json") and not can_stream("json", write_baseline="b.json")


def test_cli_json_is_streamed_and_valid(tmp_path):
    files = _files()
    r = subprocess.run([sys.executable, "-m", "zgov_cli", "check", "--format", "json", "--jobs", "2", *files],
                       capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert r.returncode == 2, r.stderr  # one file is missing
    doc = json.loads(r.stdout)
    assert [f["path"] for f in doc["files"]] == files
    assert doc["files"][-1]["error"]["kind"] == "not_found"


def test_check_does_not_import_pydantic_and_options_still_coerce():
    code = (
        "import sys\n"
        "sys.argv = ['zgov', 'check', '--jobs', '1', '--format', 'json', '--fail-on', 'never', sys.argv[1]]\n"
        "from zgov_cli.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as e:\n"
        "    assert e.code == 0, e.code\n"
        "assert 'pydantic' not in sys.modules, 'pydantic imported'\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(DOCS / "qingshi_two_matters.txt")], capture_output=True,
                       text=True, timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    assert json.loads(r.stdout)["summary"]["files"] == 1


@pytest.mark.parametrize("name,loads", [("read_joint_office_notice.txt", False), ("qingshi_two_matters.txt", True)])
def test_only_a_request_or_a_report_loads_the_ask_model(name, loads):
    """The ask model (its patterns and dictionary) costs a cold start a third
    of its time: a 通知 never loads it, a 请示 does — and both get the same
    findings as in one warm process."""
    code = (
        "import json, sys\n"
        "sys.argv = ['zgov', 'check', '--format', 'json', '--fail-on', 'never', sys.argv[1]]\n"
        "from zgov_cli.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as e:\n"
        "    assert e.code == 0, e.code\n"
        "print(json.dumps('zgov_cli.analysis.asks' in sys.modules))\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(DOCS / name)], capture_output=True, text=True,
                       timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    report, loaded = r.stdout.rsplit("\n", 2)[-3:-1] if r.stdout.endswith("\n") else (None, None)
    assert json.loads(loaded) is loads
    from zgov_cli.engine import check_path
    warm = check_path(str(DOCS / name), Config(), CheckOptions())
    cold = json.loads(report)["files"][0]
    assert [f["code"] for f in cold["findings"]] == [f["code"] for f in warm.findings]
    assert cold["document"]["doc_type"] == ("通知" if not loads else "请示")


def test_malformed_option_value_still_gets_typers_error():
    r = subprocess.run([sys.executable, "-m", "zgov_cli", "check", "--jobs", "two", str(DOCS / "qingshi_two_matters.txt")],
                       capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert r.returncode == 2
    assert "--jobs" in r.stderr and "Traceback" not in r.stderr


def test_prefix_answers_equal_a_scan_of_the_dictionary():
    text = segment._dict()[0]
    words = ["巴公镇", "供水管网", "北义城镇", "冶底村", "自然资源局", "中国特色社会主义", "AT&T", "c++"]
    qs = sorted({w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1)})
    ws = segment._Words()
    ws.want_prefixes(words[:3])  # some answered beforehand, the rest on demand
    assert [ws.is_prefix(q) for q in qs] == [("\n" + q) in text for q in qs]
    assert any(ws.is_prefix(q) for q in qs) and not all(ws.is_prefix(q) for q in qs)


def test_whole_dictionary_read_after_counted_scans_gives_the_same_cuts(monkeypatch):
    texts = ["安排巴公镇供水管网改造资金", "协调自然资源局办理建设用地手续", "落实乡村振兴示范村创建工作责任"]
    segment._words.cache_clear()
    try:
        picked = [segment.Segmenter().pos_cut(t) for t in texts]
        assert segment._words().chars is not segment._EVERY_CHAR
        segment._words.cache_clear()
        monkeypatch.setattr(segment, "_ALL_AFTER", 0.0)  # read it all at the first scan
        whole = [segment.Segmenter().pos_cut(t) for t in texts]
        assert segment._words().chars is segment._EVERY_CHAR
        assert whole == picked
    finally:
        segment._words.cache_clear()


def _phrase_texts() -> list[str]:
    """Sentences holding every phrase's canonical text, wrong forms, quoted
    forms, numeral variants, anchors and one-character edits, mixed."""
    import random

    from zgov_cli.analysis.misquotes import phrases

    rng = random.Random(15)
    pieces = ["二十大三中全会", "十九大四中全会", "党的二十届三中全会"]
    for ph in phrases():
        c = ph.canonical
        pieces += [c, *ph.wrong, *ph.wrong_quoted, *[f"“{w}”" for w in ph.wrong_quoted], *ph.anchors, *ph.allowed]
        if ph.suffix:
            for n in "一两三四五十":
                pieces += [f"{n}{ph.counter}{ph.suffix}", f"“{n}{ph.counter}{ph.suffix}”", f"第{n}{ph.counter}{ph.suffix}"]
                pieces += [f"{n}{ph.counter}{ph.suffix}{a}" for a in ph.context_after[:2]]
        for _ in range(3):
            i = rng.randrange(len(c))
            pieces += [c[:i] + c[i + 1:], c[:i] + "的" + c[i:], c[:i] + "民" + c[i + 1:]]
    filler = ["要", "坚持", "，", "。", "深入学习", "各单位", ""]
    return pieces + ["".join(rng.choice(filler) + rng.choice(pieces) for _ in range(rng.randint(1, 4)))
                     for _ in range(3000)]


def test_misquote_scan_finds_what_trying_every_phrase_finds(monkeypatch):
    from zgov_cli.analysis import misquotes as mq

    texts = _phrase_texts()

    def found():
        return [[(q.start, q.end, q.found, q.canonical, q.fix)
                 for q in mq.misquotes(t, starts_broken=k % 3 == 0, ends_broken_=k % 5 == 0)]
                for k, t in enumerate(texts)]

    scanned = found()
    monkeypatch.setattr(mq, "_candidates", lambda text: list(mq.phrases()))
    every = found()
    assert scanned == every
    assert sum(map(len, every)) > len(texts) // 2  # the texts do hold misquotes


def test_squash_removes_exactly_what_the_whitespace_pattern_removes():
    import re

    from zgov_cli.analysis.text import WS, squash

    assert WS.pattern == r"[\s\u3000]+"
    spaces = [chr(i) for i in range(0x110000) if WS.fullmatch(chr(i))]
    assert "\u3000" in spaces and "\xa0" in spaces and "\u200b" not in spaces
    sample = "通" + "".join(spaces) + "知\u200b 关于\t\n" + "".join(spaces[::-1]) + "报告"
    assert squash(sample) == WS.sub("", sample) == "通知\u200b关于报告"
    assert squash(None) == "" and squash("") == ""


def test_unbalanced_marks_visits_only_marks_and_finds_the_same():
    from zgov_cli.analysis.punctuation import CLOSE, OPEN, has_marks, unbalanced_marks

    paras = ["要增强“四个意识”，坚定“四个自信", "”，认真贯彻《规则》（泽政发〔2024〕32号）。",
             "It’s fine.", "1）一项；2）二项", "它说：“第一段", "“第二段”。", "多余的右括号）和‘引号"]
    got = unbalanced_marks(paras)
    assert has_marks(paras) and not has_marks(["没有成对符号的文字。", ""])
    assert all((paras[k][i] in OPEN) == (side == "open") and (paras[k][i] in OPEN or paras[k][i] in CLOSE)
               for k, i, _, side in got)
    assert got == [(6, paras[6].index("）"), "paren", "close"), (6, paras[6].index("‘"), "squote", "open")]


def test_streamed_report_to_a_pipe_is_not_caught_by_a_progress_bar(monkeypatch):
    """A progress bar on a terminal stderr stands in for sys.stdout while it
    runs (rich's redirect): a report going to a pipe or file must still
    reach it, not the terminal."""
    pipe, bar = io.StringIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", pipe)
    sink = StreamedReport(Config(), fmt="json")
    monkeypatch.setattr(sys, "stdout", bar)  # the bar starts
    run_batch([str(DOCS / "qingshi_two_matters.txt")], Config(), CheckOptions(), jobs=1, sink=sink)
    sink.finish(fail_on="never")
    assert bar.getvalue() == ""
    assert json.loads(pipe.getvalue())["summary"]["files"] == 1
