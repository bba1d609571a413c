"""Reading accuracy on the real documents of ../shared/corpus against
eval/corpus/truth.toml (written by reading the documents), as given and
flattened to one paragraph (every line break lost, as a copy from a web page
gives).

    .venv/bin/python eval/run_corpus.py [-v] [--findings] [--mode given|flat] [PATH-SUBSTRING ...]

Per field: title, doc_type (文种), issuers, recipients (主送, compared as the
text of the line without its separators), date (成文日期), doc_number
(发文字号). Also counted: documents reported with no finding although no
title or 文种 was read ("未发现问题 without structure"), and the
error/warning findings (listed with --findings, to be judged by a reader:
on these documents every one of them is a false finding unless it names a
real defect).
"""
from __future__ import annotations

import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from zgov_cli.config import Config  # noqa: E402
from zgov_cli.engine import CheckOptions, run_rules  # noqa: E402
from zgov_cli.model import Paragraph, RawDocument, ReadError  # noqa: E402
from zgov_cli.readers import read_document  # noqa: E402
from zgov_cli.structure import build  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
TRUTH = Path(__file__).resolve().parent / "corpus" / "truth.toml"
FIELDS = ("title", "doc_type", "issuers", "recipients", "date", "doc_number")
WS = re.compile(r"[\s\u3000]+")
SEPS = re.compile(r"[\s\u3000、，,；;：:]+")
# the dataset's crawl header above a web copy (标题: … 来源: … ---): added by
# whoever collected the file, not part of what a web page shows
CRAWL_KEY = re.compile(r"^[\u4e00-\u9fa5]{2,6}: ")


def alternatives(v) -> list:
    """A truth value or the list of values it accepts."""
    if isinstance(v, list) and v and all(isinstance(x, list) for x in v):
        return v  # issuers: a list of acceptable lists
    if isinstance(v, list) and v and all(isinstance(x, str) for x in v) and not isinstance(v, str):
        return v
    return [v]


def field_ok(name: str, got, exp) -> bool:
    if name == "issuers":
        alts = exp if exp and isinstance(exp[0], list) else [exp]
        g = [WS.sub("", x) for x in (got or [])]
        return any(g == [WS.sub("", x) for x in alt] for alt in alts)
    if name == "recipients":
        g = SEPS.sub("", "".join(got or []))
        return any(g == SEPS.sub("", e or "") for e in alternatives(exp))
    g = WS.sub("", got or "")
    return any(g == WS.sub("", e or "") for e in alternatives(exp))


def crawl_stripped(paras: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs without the dataset's ``key: value`` header and its ``---``."""
    for i, p in enumerate(paras[:12]):
        if p.text.strip() == "---" and i and all(CRAWL_KEY.match(q.text) for q in paras[:i]):
            return paras[i + 1:]
    return paras


def flattened(raw: RawDocument) -> RawDocument:
    """All paragraphs joined into one, as a copy-paste from a web page gives."""
    text = "".join(p.text.strip() for p in crawl_stripped(raw.paragraphs))
    return RawDocument(path=raw.path, format=raw.format, paragraphs=[Paragraph(text=text, index=1)],
                       layout=raw.layout)


def card(doc) -> dict:
    c = doc.card()
    c["recipients"] = doc.recipients
    return c


def run(mode: str, entries: list[dict], verbose: bool, show_findings: bool) -> dict:
    cfg = Config()
    opts = CheckOptions()
    per_field = defaultdict(lambda: [0, 0])
    all_right = [0, 0]
    unreadable: list[str] = []
    silent: list[str] = []
    findings_ew: list[str] = []
    wrong: list[str] = []
    for e in entries:
        path = CORPUS / e["path"]
        try:
            raw = read_document(str(path), cfg.read)
        except ReadError as err:
            unreadable.append(f"{e['path']}: {err.kind}")
            continue
        if mode == "flat":
            raw = flattened(raw)
        doc = build(raw, opts.doc, cfg)
        found, _, problems = run_rules(doc, cfg, opts)
        got = card(doc)
        ok_all = True
        for f in FIELDS:
            ok = field_ok(f, got.get(f), e.get(f))
            per_field[f][0] += ok
            per_field[f][1] += 1
            ok_all &= ok
            if not ok:
                wrong.append(f"{e['path']}: {f}: got {got.get(f)!r} expected {e.get(f)!r}")
        all_right[0] += ok_all
        all_right[1] += 1
        if not found and not (doc.title and doc.doc_type):
            silent.append(e["path"])
        for x in found:
            if x.severity in ("error", "warning"):
                findings_ew.append(f"{e['path']}: {x.code} {x.severity} {x.title}: {x.evidence[:60]}")
        for p in problems:
            findings_ew.append(f"{e['path']}: INTERNAL {p}")
    return {"per_field": per_field, "all_right": all_right, "unreadable": unreadable, "silent": silent,
            "findings": findings_ew, "wrong": wrong}


def pct(a) -> str:
    return f"{a[0]}/{a[1]} ({100 * a[0] / a[1]:.1f}%)" if a[1] else "-"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    show_findings = "--findings" in argv
    modes = ["given", "flat"]
    if "--mode" in argv:
        modes = [argv[argv.index("--mode") + 1]]
    subs = [a for i, a in enumerate(argv) if not a.startswith("-") and (i == 0 or argv[i - 1] != "--mode")]
    entries = tomllib.loads(TRUTH.read_text(encoding="utf-8"))["doc"]
    if subs:
        entries = [e for e in entries if any(s in e["path"] for s in subs)]
    for mode in modes:
        r = run(mode, entries, verbose, show_findings)
        label = "as given" if mode == "given" else "flattened to one paragraph"
        print(f"== {label}: {len(entries)} documents, {len(r['unreadable'])} unreadable")
        for f in FIELDS:
            print(f"  {f:11s} {pct(r['per_field'][f])}")
        print(f"  {'every field':11s} {pct(r['all_right'])}")
        print(f"  未发现问题 without structure: {len(r['silent'])}")
        print(f"  error/warning findings: {len(r['findings'])}")
        for u in r["unreadable"]:
            print(f"  unreadable: {u}")
        for s in r["silent"]:
            print(f"  silent: {s}")
        if verbose:
            for w in r["wrong"]:
                print(f"  WRONG {w}")
        if show_findings:
            for x in r["findings"]:
                print(f"  FINDING {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
