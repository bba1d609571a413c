"""Held-out check of ``zgov annotate`` (issue 13) on the round-3 drafts.

Every eval/round3 fixture is built as .docx, .pdf and .txt, checked and
annotated with ``--fix`` (in process, the fixture's ``today``), and each
copy is read back independently (tests/annotate_helpers.py: zip + lxml):

* docx and txt→docx: one comment per finding; the comment's paragraph is
  the reader's paragraph; anchored on the evidence verbatim, on its
  excerpts (composite evidence), or on the whole paragraph; each certain
  fix a tracked change; accept-all gives the fix, reject-all the draft,
  and nothing else of document.xml changed;
* pdf: one highlight (with a popup) per finding, how many on the evidence;
* LibreOffice (if installed): every docx copy converts to PDF with its
  comments as notes.

    .venv/bin/python eval/annotate/run.py [--no-office] [-v]
"""
from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from common import DEFAULT_TODAY, build_one, parse_fixture  # noqa: E402

from annotate_helpers import (accept_all, anchors, comments, document, exploded, norm, reject_zgov,  # noqa: E402
                              strip_comments, texts)
from zgov_cli.annotate.copies import AnnotateOptions, annotate_path  # noqa: E402
from zgov_cli.annotate.docx import pieces  # noqa: E402
from zgov_cli.config import Config  # noqa: E402
from zgov_cli.engine import CheckOptions  # noqa: E402
from zgov_cli.readers import read_document  # noqa: E402


def check_docx(src: Path, res: dict, c: Counter, problems: list[str], verbose: bool) -> None:
    out = Path(res["output"]["path"])
    findings = res["findings"]
    new = [x for x in comments(out) if x["author"] == "zgov"]
    c["comments"] += len(new)
    if len(new) != len(findings):
        problems.append(f"{out.name}: {len(new)} comments for {len(findings)} findings")
    root = document(out)
    where = anchors(root)
    paras = [p.text for p in read_document(str(src)).paragraphs]
    for f, cm in zip(findings, new):
        a = where.get(cm["id"])
        if a is None:
            problems.append(f"{out.name}: comment {cm['id']} has no range")
            continue
        idx = f["location"]["paragraph"]
        if idx is None:
            c["document-level"] += 1
            continue
        reader, got = norm(paras[idx - 1]), norm(a["paragraph"])
        if not (reader in got or got.endswith(reader)):
            problems.append(f"{out.name}: {f['code']} in the wrong paragraph: {a['paragraph'][:30]} ≠ {paras[idx - 1][:30]}")
            continue
        ev, text = norm(f["evidence"]), norm(a["text"])
        if text == ev:
            c["on evidence"] += 1
        elif a.get("whole"):
            c["whole paragraph"] += 1
            if verbose:
                print(f"  whole paragraph: {out.name} {f['code']} evidence {f['evidence'][:40]!r}")
        elif any(text.startswith(norm(p)) for p in pieces(f["evidence"])):
            c["on excerpts"] += 1
        else:
            problems.append(f"{out.name}: {f['code']} anchored on {a['text'][:30]!r}, evidence {f['evidence'][:30]!r}")
    fixes = [f for f in findings if f.get("fix") and f["fix"] != f["evidence"]]
    c["fixes"] += len(fixes)
    if verbose:
        for f, cm in zip(findings, new):
            if f in fixes and "建议改为" in cm["text"]:
                print(f"  fix left to the comment: {out.name} {f['code']} {f['evidence'][:30]!r} → {f['fix'][:30]!r}")
    c["tracked"] += res["output"]["tracked"]
    accepted = [norm(t) for t in texts(accept_all(root))]
    for f in fixes:
        if not any(norm(f["fix"]) in t for t in accepted):
            problems.append(f"{out.name}: accepting all does not give {f['fix'][:30]!r}")
    original = document(src) if src.suffix == ".docx" else None
    if original is not None:
        if texts(reject_zgov(root)) != texts(original):
            problems.append(f"{out.name}: rejecting all does not give the draft")
        ours = {x["id"] for x in new}
        if exploded(strip_comments(reject_zgov(root), ours)) != exploded(original):
            problems.append(f"{out.name}: document.xml changed outside the anchors")
    elif [norm(t) for t in texts(reject_zgov(root))] != [norm(p) for p in paras]:
        problems.append(f"{out.name}: rebuilt copy does not hold the reader's paragraphs")


def check_pdf(res: dict, c: Counter, problems: list[str]) -> None:
    from pypdf import PdfReader

    out = Path(res["output"]["path"])
    n = 0
    for page in PdfReader(str(out)).pages:
        for ref in page.get("/Annots") or []:
            a = ref.get_object()
            if a["/Subtype"] == "/Highlight" and a.get("/T") == "zgov" and "/Popup" in a:
                n += 1
    if n != len(res["findings"]):
        problems.append(f"{out.name}: {n} highlights for {len(res['findings'])} findings")
    c["highlights"] += n
    c["pdf on evidence"] += res["output"].get("located", 0)


def office(copies: list[Path], tmp: Path, problems: list[str]) -> int:
    from pypdf import PdfReader

    soffice = shutil.which("soffice")
    if not soffice or not copies:
        return 0
    ok = 0
    for k in range(0, len(copies), 40):  # one LibreOffice run per 40 copies
        for copy in copies[k:k + 40]:
            (tmp / "lo" / copy.parent.name).mkdir(parents=True, exist_ok=True)
        for fmt in sorted({c.parent.name for c in copies[k:k + 40]}):
            batch = [c for c in copies[k:k + 40] if c.parent.name == fmt]
            subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={(tmp / 'profile').as_uri()}",
                            "--convert-to", 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
                            "--outdir", str(tmp / "lo" / fmt), *map(str, batch)], capture_output=True, timeout=1800)
    for copy in copies:
        pdf = tmp / "lo" / copy.parent.name / (copy.stem + ".pdf")
        if not pdf.is_file():
            problems.append(f"LibreOffice could not convert {copy.name}")
            continue
        notes = sum(1 for p in PdfReader(str(pdf)).pages for a in p.get("/Annots") or [] if a.get_object()["/Subtype"] == "/Text")
        if notes != len(comments(copy)):
            problems.append(f"LibreOffice PDF of {copy.name}: {notes} notes for {len(comments(copy))} comments")
        else:
            ok += 1
    return ok


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-office", action="store_true")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    fixtures = sorted((ROOT / "eval" / "round3").glob("*.fixture"))
    tmp = Path(tempfile.mkdtemp(prefix="zgov-annotate-eval-"))
    counters = {fmt: Counter() for fmt in ("docx", "txt", "pdf")}
    problems: list[str] = []
    copies: list[Path] = []
    cfg = Config()
    try:
        for src in fixtures:
            meta, _ = parse_fixture(src.read_text(encoding="utf-8"))
            today = dt.date.fromisoformat(meta["today"]) if meta.get("today") else DEFAULT_TODAY
            for fmt in ("docx", "txt", "pdf"):
                folder = tmp / "drafts" / fmt
                folder.mkdir(parents=True, exist_ok=True)
                built = build_one(src, fmt, folder)
                before = built.read_bytes()
                res = annotate_path(str(built), cfg, CheckOptions(today=today),
                                    AnnotateOptions(out_dir=str(tmp / "copies" / fmt), fix=True)).as_dict()
                c = counters[fmt]
                c["files"] += 1
                c["findings"] += len(res.get("findings", []))
                if built.read_bytes() != before:
                    problems.append(f"{built.name}: input changed")
                if not (res.get("output") or {}).get("path"):
                    problems.append(f"{built.name}: no copy ({res.get('error') or res.get('output')})")
                    continue
                if fmt == "pdf":
                    check_pdf(res, c, problems)
                else:
                    check_docx(built, res, c, problems, args.v)
                    copies.append(Path(res["output"]["path"]))
        lo = None if args.no_office else office(copies, tmp, problems)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for fmt, c in counters.items():
        print(f"{fmt}: " + ", ".join(f"{k} {v}" for k, v in c.items()))
    if lo is not None:
        print(f"LibreOffice: {lo}/{len(copies)} docx copies converted to PDF with every comment as a note")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
