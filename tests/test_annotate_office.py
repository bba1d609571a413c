"""Annotated copies in a real office suite: LibreOffice (headless) opens
each copy, exports it to PDF with its comments as PDF notes, and saves it
again as .docx with the comments and zgov's tracked changes intact, so that
accepting them there gives the fixed text and rejecting them the draft.
Skipped only where ``soffice`` is not installed (.ci/run installs it)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from annotate_helpers import accept_all, comments, document, norm, reject_zgov, revisions, texts
from conftest import run_zgov
from helpers import DOCS
from test_annotate import synthetic

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")]


def soffice(tmp: Path, target: str, files: list[Path], outdir: Path) -> None:
    profile = tmp / "lo-profile"
    p = subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
         "--convert-to", target, "--outdir", str(outdir), *map(str, files)],
        capture_output=True, timeout=300,
    )
    assert p.returncode == 0, p.stderr.decode(errors="replace")


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    src = tmp_path_factory.mktemp("drafts")
    for name in ("read_tongbao_wrapped", "read_title_bookmarks", "qingshi_two_matters"):
        shutil.copy(DOCS / f"{name}.docx", src / f"{name}.docx")
    shutil.copy(DOCS / "read_jueding_cn_date.txt", src / "txt_draft.txt")
    synthetic(src / "synthetic.docx")
    out = tmp_path_factory.mktemp("copies")
    run = run_zgov("annotate", str(src), "--out", str(out), "--fix", "--format", "json", "--fail-on", "never")
    assert run.code == 0, run.stderr
    return src, out, {Path(f["output"]["path"]): f for f in run.json["files"]}


def test_libreoffice_exports_copies_to_pdf_with_the_comments(copies, tmp_path):
    from pypdf import PdfReader

    _, out, results = copies
    pdfs = tmp_path / "pdf"
    soffice(tmp_path, 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', list(results), pdfs)
    for copy in results:
        pdf = pdfs / (copy.stem + ".pdf")
        assert pdf.is_file(), pdf
        notes = [a.get_object() for page in PdfReader(str(pdf)).pages for a in page.get("/Annots") or []
                 if a.get_object()["/Subtype"] == "/Text"]
        assert len(notes) == len(comments(copy))
        zgov_notes = [n for n in notes if str(n.get("/Contents", "")).startswith("ZG")]
        assert len(zgov_notes) == len(results[copy]["findings"])


def test_libreoffice_keeps_comments_and_revisions_accept_gives_the_fix(copies, tmp_path):
    src, out, results = copies
    saved = tmp_path / "resaved"
    soffice(tmp_path, "docx:MS Word 2007 XML", list(results), saved)
    for copy, res in results.items():
        again = saved / copy.name
        assert again.is_file()
        assert len([c for c in comments(again) if c["author"] == "zgov"]) == len(res["findings"])
        root = document(again)
        fixes = [f for f in res["findings"] if f.get("fix") and f["fix"] != f["evidence"]]
        dels, inss = revisions(root)
        assert bool(dels or inss) == bool(fixes)
        accepted = [norm(t) for t in texts(accept_all(root))]
        for f in fixes:
            assert any(norm(f["fix"]) in t for t in accepted), f
        rejected = "".join(norm(t) for t in texts(reject_zgov(root)))
        for f in fixes:
            assert norm(f["evidence"]) in rejected
        draft = "".join(norm(t) for t in texts(reject_zgov(document(copy))))
        assert rejected == draft  # LibreOffice read the same draft back
