"""``zgov annotate`` as a clerk runs it: batches with bad files, copies
that already exist, exit codes, json, pdf copies, names that would clash."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from annotate_helpers import comments
from conftest import run_zgov
from helpers import DOCS
from test_bad_input_cli import mixed_folder

from zgov_cli.annotate.docx import norm


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): sha(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """A clerk's folder with unreadable files beside good ones, annotated in
    two workers."""
    folder = tmp_path_factory.mktemp("mixed") / "收文"
    expected = mixed_folder(folder)
    before = snapshot(folder)
    out = folder.parent / "副本"
    run = run_zgov("annotate", str(folder), "--out", str(out), "--format", "json", "--jobs", "2", "--today", "2025-03-06")
    return run, expected, folder, before, out


def test_batch_skips_unreadable_and_annotates_the_rest(batch):
    run, expected, folder, before, out = batch
    assert run.code == 2  # as check: some inputs could not be read
    files = run.by_name()
    for name, kind in expected.items():
        f = files[name]
        if kind is None:
            assert f["status"] == "ok" and Path(f["output"]["path"]).is_file(), f
        else:
            assert f["status"] == "error" and f["error"]["kind"] == kind and "output" not in f
    good = sorted(Path(p).name for p in run.json["written"])
    # every readable input gets a copy; inputs that share a stem (good.txt,
    # good.docx, good.doc, good.ofd) each get a name of their own
    readable = [n for n, kind in expected.items() if kind is None]
    stems = [Path(n).stem for n in readable]
    assert len(good) == len(set(good)) == len(readable)
    assert good.count("good.zgov.docx") == 1 and "good-2.zgov.docx" in good
    assert {"gbk.zgov.docx", "utf16.zgov.docx"} <= set(good) and stems.count("good") >= 2
    assert snapshot(folder) == before  # inputs byte-identical, nothing written beside them
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_text_report_names_copies_and_skipped_files(tmp_path):
    shutil.copy(DOCS / "read_tongbao_wrapped.docx", tmp_path / "a.docx")
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04broken")
    run = run_zgov("annotate", str(tmp_path), "--fix")
    assert run.code == 2
    assert "a.zgov.docx：2 条批注，其中 1 处已标为修订" in run.stdout
    assert "b.docx：无法读取（文件损坏）" in run.stdout and "已跳过" in run.stdout
    assert not (tmp_path / "b.zgov.docx").exists()


def test_existing_copy_needs_force(tmp_path):
    src = tmp_path / "a.docx"
    shutil.copy(DOCS / "read_tongbao_wrapped.docx", src)
    target = tmp_path / "a.zgov.docx"
    target.write_bytes(b"the clerk's own edits")
    run = run_zgov("annotate", str(src), "--format", "json")
    assert run.code == 2
    out = run.json["files"][0]["output"]
    assert out["path"] is None and "--force" in out["error"] and "已存在" in out["error"]
    assert target.read_bytes() == b"the clerk's own edits"
    run = run_zgov("annotate", str(src), "--force", "--format", "json")
    assert run.code == 1 and run.json["written"] == [str(target)]
    assert len(comments(target)) == 2


def test_exit_codes_follow_fail_on(tmp_path):
    shutil.copy(DOCS / "read_tongbao_wrapped.docx", tmp_path / "a.docx")
    assert run_zgov("annotate", str(tmp_path / "a.docx"), "--fail-on", "never").code == 0
    assert run_zgov("annotate", str(tmp_path / "a.docx"), "--force", "--exit-zero").code == 0
    assert run_zgov("annotate", str(tmp_path / "a.docx"), "--force").code == 1
    bad = run_zgov("annotate", str(tmp_path / "a.docx"), "--fail-on", "sometimes")
    assert bad.code == 2 and "--fail-on" in bad.stderr
    bad = run_zgov("annotate", str(tmp_path / "a.docx"), "--format", "sarif")
    assert bad.code == 2 and "--format" in bad.stderr


def test_selection_options_as_check(tmp_path):
    shutil.copy(DOCS / "read_tongbao_wrapped.docx", tmp_path / "a.docx")
    run = run_zgov("annotate", str(tmp_path / "a.docx"), "--select", "ZG3", "--format", "json")
    assert [f["code"] for f in run.json["files"][0]["findings"]] == ["ZG302"]
    assert len(comments(tmp_path / "a.zgov.docx")) == 1
    # whose work rules apply, as check: the national profile has no county ZG107
    check = run_zgov("check", str(tmp_path / "a.docx"), "--profile", "national", "--format", "json")
    run = run_zgov("annotate", str(tmp_path / "a.docx"), "--profile", "national", "--force", "--format", "json")
    assert run.json["files"][0]["findings"] == check.json["files"][0]["findings"]
    assert "ZG107" not in [f["code"] for f in run.json["files"][0]["findings"]]
    assert len(comments(tmp_path / "a.zgov.docx")) == len(run.json["files"][0]["findings"])


def test_copies_are_not_annotated_again(tmp_path):
    shutil.copy(DOCS / "read_tongbao_wrapped.docx", tmp_path / "a.docx")
    assert run_zgov("annotate", str(tmp_path)).code == 1
    again = run_zgov("annotate", str(tmp_path), "--force", "--format", "json")
    assert [Path(f["path"]).name for f in again.json["files"]] == ["a.docx"]
    assert "跳过 1 个 zgov 生成的批注副本" in again.stderr
    assert not (tmp_path / "a.zgov.zgov.docx").exists()


def test_unwritable_folder_is_reported(tmp_path):
    shutil.copy(DOCS / "read_tongbao_wrapped.docx", tmp_path / "a.docx")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    run = run_zgov("annotate", str(tmp_path / "a.docx"), "--out", str(blocker / "sub"), "--format", "json")
    assert run.code == 2
    assert "无法" in run.json["files"][0]["output"]["error"]


# ---- pdf -------------------------------------------------------------------

@pytest.mark.parametrize("name", ["read_tongbao_wrapped", "qingshi_two_matters", "qingshi_overlevel"])
def test_pdf_highlight_and_popup_at_the_evidence(tmp_path, name):
    import pdfplumber
    from pypdf import PdfReader

    src = tmp_path / f"{name}.pdf"
    shutil.copy(DOCS / f"{name}.pdf", src)
    before = src.read_bytes()
    run = run_zgov("annotate", str(src), "--format", "json", "--fail-on", "never")
    f = run.json["files"][0]
    out = tmp_path / f"{name}.zgov.pdf"
    assert f["output"]["path"] == str(out)
    assert src.read_bytes() == before
    data = out.read_bytes()
    assert data.startswith(before)  # an incremental update: the draft's bytes untouched
    reader = PdfReader(str(out))
    highlights = []
    for i, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            a = ref.get_object()
            if a["/Subtype"] == "/Highlight":
                popup = a["/Popup"].get_object()
                assert popup["/Subtype"] == "/Popup" and popup["/Parent"].get_object() == a
                highlights.append((i, a))
    assert len(highlights) == len(f["findings"]) > 0
    with pdfplumber.open(str(out)) as pdf:
        for finding, (i, a) in zip(f["findings"], highlights):
            assert a["/T"] == "zgov" and a["/Contents"].startswith(f"{finding['code']} ")
            assert finding["location"]["page"] in (None, i + 1)
            page = pdf.pages[i]
            x0, y0, x1, y1 = (float(v) for v in a["/Rect"])
            h = float(page.height)
            inside = norm(page.crop((x0 - 1, h - y1 - 1, x1 + 1, h - y0 + 1)).extract_text() or "")
            parts = [norm(p) for p in finding["evidence"].replace("“", "\n").replace("”", "\n").splitlines() if len(norm(p)) > 3]
            assert any(p[:6] in inside for p in parts), (finding["evidence"], inside)


def test_failure_leaves_no_file(tmp_path):
    """A package the reader gets through but that cannot be written back
    (no [Content_Types].xml): reported, nothing left behind, input intact."""
    import zipfile

    good = zipfile.ZipFile(DOCS / "read_tongbao_wrapped.docx")
    src = tmp_path / "a.docx"
    with zipfile.ZipFile(src, "w") as z:
        for info in good.infolist():
            if info.filename != "[Content_Types].xml":
                z.writestr(info, good.read(info.filename))
    before = sha(src)
    run = run_zgov("annotate", str(src), "--format", "json")
    assert run.code == 2
    assert "无法生成批注副本" in run.json["files"][0]["output"]["error"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.docx"] and sha(src) == before


def test_empty_folder_is_a_usage_error_unless_allowed(tmp_path):
    """As `check`: a mistyped CI path must not stay green."""
    r = run_zgov("annotate", str(tmp_path))
    assert r.code == 2
    assert "没有找到可批注的公文" in r.stderr and "--allow-empty" in r.stderr
    r = run_zgov("annotate", str(tmp_path), "--allow-empty")
    assert r.code == 0, r.stderr
