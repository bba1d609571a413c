"""run_batch: input order, isolation of bad files, parallel = serial, Ctrl-C."""
from __future__ import annotations

import multiprocessing as mp
import os

import pytest

from ci_docs import CLEAN_NOTICE, TYPO_NOTICE, write
from zgov_cli import batch
from zgov_cli.config import Config
from zgov_cli.engine import CheckOptions


@pytest.fixture
def files(tmp_path):
    out = []
    for i in range(12):
        text = (TYPO_NOTICE if i % 3 == 0 else CLEAN_NOTICE).replace("2025年", f"20{10 + i}年")
        out.append(write(tmp_path, f"doc{i:02}.txt", text))
    (tmp_path / "zero.docx").write_bytes(b"")
    (tmp_path / "fake.docx").write_bytes(b"this is a .doc saved as .docx")
    out.insert(3, str(tmp_path / "zero.docx"))
    out.insert(7, str(tmp_path / "fake.docx"))
    out.insert(9, str(tmp_path / "missing.pdf"))
    return out


def test_parallel_results_equal_serial_in_input_order(files):
    one = batch.run_batch(files, Config(), CheckOptions(), jobs=1)
    two = batch.run_batch(files, Config(), CheckOptions(), jobs=2)
    assert [r.path for r in one] == files == [r.path for r in two]
    assert one == two
    status = [r.status for r in two]
    assert status.count("error") == 3 and status.count("ok") == 12
    kinds = {os.path.basename(r.path): r.error["kind"] for r in two if r.status == "error"}
    assert kinds["missing.pdf"] == "not_found"
    assert kinds["zero.docx"] in ("empty", "corrupt")
    assert sum(1 for r in two if r.findings) == 4  # doc00, 03, 06, 09
    assert all(r.doc is None for r in two)  # no Document kept


def test_progress_callback_once_per_file(files):
    seen = []
    batch.run_batch(files, Config(), CheckOptions(), jobs=2, progress=seen.append)
    assert sorted(seen) == sorted(files)


def test_worker_crash_hits_only_its_file(files, monkeypatch):
    real = batch.check_path
    victim = files[5]

    def crashing(path, cfg, opts=None, **kw):
        if path == victim:
            os._exit(3)  # a native library dying inside a worker
        return real(path, cfg, opts, **kw)

    monkeypatch.setattr(batch, "check_path", crashing)  # inherited by forked workers
    out = batch.run_batch(files, Config(), CheckOptions(), jobs=2)
    assert [r.path for r in out] == files
    assert out[5].status == "error" and out[5].error["kind"] == "corrupt"
    assert sum(r.status == "ok" for r in out) == 11
    assert mp.active_children() == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_stops_workers_and_keeps_partial_results(files, jobs, capsys):
    calls = []

    def interrupt(path):
        calls.append(path)
        if len(calls) == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as ei:
        batch.run_batch(files, Config(), CheckOptions(), jobs=jobs, progress=interrupt)
    assert isinstance(ei.value, batch.BatchInterrupted)
    assert 4 <= len(ei.value.results) < len(files) and ei.value.total == len(files)
    assert [r.path for r in ei.value.results] == files[: len(ei.value.results)]
    assert mp.active_children() == []  # no orphaned workers
    assert "已中断" in capsys.readouterr().err


def test_ctrl_c_in_cli_exits_130(files, monkeypatch):
    from typer.testing import CliRunner

    from zgov_cli.cli import app

    def boom(*a, **k):
        raise batch.BatchInterrupted([], 3)

    monkeypatch.setattr(batch, "run_batch", boom)
    r = CliRunner().invoke(app, ["check", files[0]])
    assert r.exit_code == 130


def test_progress_bar_only_on_a_terminal_outside_ci(monkeypatch):
    class Tty:
        def isatty(self):
            return True

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert batch.want_progress(10, Tty())
    assert not batch.want_progress(3, Tty())  # a few files: no bar
    assert not batch.want_progress(10, open(os.devnull, "w"))  # piped
    monkeypatch.setenv("CI", "true")
    assert not batch.want_progress(10, Tty())


def test_default_jobs_is_cpu_count():
    assert batch.default_jobs() == len(os.sched_getaffinity(0))


@pytest.mark.slow
def test_bench_script_runs_and_reports_every_measure(tmp_path):
    """make bench keeps working (tiny sizes; this is not a timing test): every
    measure reported, the exit status says whether a target was missed, and
    the README's marked section (only that) is replaced by the figures."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = tmp_path / "README.md"
    readme.write_text("# 标题\n前文\n<!-- bench:begin -->\n旧数字\n<!-- bench:end -->\n后文\n", encoding="utf-8")
    r = subprocess.run([sys.executable, str(root / "bench" / "bench.py"), "--out", str(tmp_path), "--docx", "4",
                        "--pdf", "2", "--rss-small", "3", "--rss-large", "6", "--scale", "6", "--repeat", "1",
                        "--readme", str(readme)], capture_output=True, text=True, timeout=900)
    assert r.returncode in (0, 1), r.stderr[-2000:]
    rows = json.loads((tmp_path / "bench-results.json").read_text(encoding="utf-8"))["rows"]
    names = " ".join(x["measure"] for x in rows)
    for needle in ("cold docx check / bare python-docx", "--help / bare import typer", "bare python-docx parse",
                   "bare pdfplumber", "scaling (notice)", "scaling (ask)", "peak RSS"):
        assert needle in names
    assert r.returncode == (1 if any(x["ok"] is False for x in rows) else 0)
    assert "ratio" in r.stdout and "target" in r.stdout
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# 标题\n前文\n<!-- bench:begin -->") and text.endswith("<!-- bench:end -->\n后文\n")
    assert "旧数字" not in text and "篇幅加倍" in text and "CPU 时间" in text
    texts = [p.read_bytes() for p in sorted((tmp_path / "docs").glob("*.docx"))]
    assert len(texts) == 6 and len(set(texts)) == 6  # unique documents
