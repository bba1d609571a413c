"""Agreement of the other formats with the docx original (issue 12).

    .venv/bin/python eval/run_formats.py [--set rules|fixtures] [--scans N] [-v]

Each held-out document (eval/rules/*.fixture, written before the readers)
is built as docx and pdf (fixtures/build.py), then converted: .doc and a
LibreOffice-saved .docx with ``soffice`` (skipped when it is not installed),
.wps twice (the .doc bytes — WPS 文字 writes the same binary — and the
LibreOffice docx bytes, the OOXML kind), .ofd laid out like the pdf
(fixtures/formats/build.py), and an image-only pdf for OCR (the first N
documents; OCR needs the ``ocr`` extra). A format agrees on a document when
title, 文种, issuer, 主送 and date are the same as the docx's (fields) and
the ZG1/ZG2 error/warning codes are the same (verdicts).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "fixtures"))

from build import build_docx, build_pdf, parse_body, parse_fixture  # noqa: E402

FIELDS = ("title", "doc_type", "issuer", "recipients", "date")


def fields_of(res: dict) -> dict | None:
    doc = res.get("document")
    if res.get("status") != "ok" or not doc:
        return None
    return {k: doc.get(k) for k in FIELDS}


def verdicts_of(res: dict) -> list[str]:
    return sorted({f["code"] for f in res.get("findings", [])
                   if f["code"][:3] in ("ZG1", "ZG2") and f["severity"] in ("error", "warning")})


def main(argv: list[str]) -> int:
    import datetime as dt

    from zgov_cli.config import Config
    from zgov_cli.engine import CheckOptions, check_path

    def check(*a, **kw) -> dict:
        return check_path(*a, **kw).as_dict()
    from zgov_cli.readers import ocr

    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="rules", choices=["rules", "fixtures"])
    ap.add_argument("--scans", type=int, default=10)
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args(argv)

    import importlib.util

    spec = importlib.util.spec_from_file_location("formats_build", ROOT / "fixtures" / "formats" / "build.py")
    fb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fb)

    srcdir = ROOT / ("eval/rules" if args.set == "rules" else "fixtures/src")
    sources = sorted(srcdir.glob("*.fixture"))
    tmp = Path(tempfile.mkdtemp(prefix="zgov-formats-"))
    docx_paths = []
    for src in sources:
        meta, body = parse_fixture(src.read_text(encoding="utf-8"))
        paras = parse_body(body)
        build_docx(paras, tmp / f"{src.stem}.docx")
        build_pdf(paras, tmp / f"{src.stem}.pdf")
        docx_paths.append(tmp / f"{src.stem}.docx")
    conv = tmp / "conv"
    conv.mkdir()
    have_soffice = fb.shutil.which("soffice") is not None
    if have_soffice:
        fb.soffice("doc", docx_paths, conv)
        fb.soffice("docx:MS Word 2007 XML", docx_paths, conv)
    config = Config()
    formats = ["doc", "lo.docx", "wps-bin", "wps-ooxml", "ofd"] + (["ocr"] if ocr.available() else [])
    stats = {f: {"n": 0, "fields": 0, "verdicts": 0, "both": 0, "errors": 0} for f in formats}
    field_miss: dict[str, dict[str, int]] = {f: {k: 0 for k in FIELDS} for f in formats}
    for k, src in enumerate(sources):
        meta, _ = parse_fixture(src.read_text(encoding="utf-8"))
        today = dt.date.fromisoformat(meta["today"]) if meta.get("today") else dt.date(2026, 1, 5)
        opts = CheckOptions(today=today)
        base = check(str(tmp / f"{src.stem}.docx"), config, opts)
        want_f, want_v = fields_of(base), verdicts_of(base)
        others: dict[str, Path] = {}
        if have_soffice and (conv / f"{src.stem}.doc").exists():
            others["doc"] = conv / f"{src.stem}.doc"
            others["wps-bin"] = tmp / f"{src.stem}.b.wps"
            shutil.copyfile(others["doc"], others["wps-bin"])
        if have_soffice and (conv / f"{src.stem}.lo.docx").exists():
            others["lo.docx"] = conv / f"{src.stem}.lo.docx"
            others["wps-ooxml"] = tmp / f"{src.stem}.x.wps"
            shutil.copyfile(others["lo.docx"], others["wps-ooxml"])
        fb.build_ofd(tmp / f"{src.stem}.pdf", tmp / f"{src.stem}.ofd")
        others["ofd"] = tmp / f"{src.stem}.ofd"
        if "ocr" in formats and k < args.scans:
            fb.build_scan(tmp / f"{src.stem}.pdf", tmp / f"{src.stem}.scan.pdf")
            others["ocr"] = tmp / f"{src.stem}.scan.pdf"
        for fmt, path in others.items():
            res = check(str(path), config, opts)
            s = stats[fmt]
            s["n"] += 1
            got_f, got_v = fields_of(res), verdicts_of(res)
            if got_f is None:
                s["errors"] += 1
                if args.v:
                    print(f"{src.stem} {fmt}: {res.get('error')}")
                continue
            ok_f = got_f == want_f
            ok_v = got_v == want_v
            s["fields"] += ok_f
            s["verdicts"] += ok_v
            s["both"] += ok_f and ok_v
            for key in FIELDS:
                if got_f[key] != (want_f or {}).get(key):
                    field_miss[fmt][key] += 1
            if args.v and not (ok_f and ok_v):
                diff = {key: (want_f or {}).get(key) for key in FIELDS if got_f[key] != (want_f or {}).get(key)}
                print(f"{src.stem} {fmt}: docx={diff} got={ {k2: got_f[k2] for k2 in diff} } verdicts {want_v} -> {got_v}")
    print(f"{'format':10} {'n':>4} {'fields':>8} {'verdicts':>9} {'both':>6} {'errors':>6}   field misses")
    for fmt, s in stats.items():
        n = s["n"] or 1
        misses = ", ".join(f"{k} {v}" for k, v in field_miss[fmt].items() if v)
        print(f"{fmt:10} {s['n']:>4} {s['fields'] / n:>8.0%} {s['verdicts'] / n:>9.0%} {s['both'] / n:>6.0%} {s['errors']:>6}   {misses}")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
