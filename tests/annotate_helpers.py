"""Reading annotated copies back with plain zip + lxml (no zgov code): the
comments, what each is anchored on, the tracked changes, and the document
with every change accepted or rejected. Used by tests/test_annotate*.py and
eval/annotate/run.py."""
from __future__ import annotations

import copy
import re
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
SPACES = " \t\u3000\u00a0\u2002\u2003\r\n"


def w(tag: str) -> str:
    return "{%s}%s" % (W, tag)


def norm(text: str) -> str:
    return "".join(ch for ch in text if ch not in SPACES)


def members(path: str | Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def xml(data: bytes):
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False))


def document(path: str | Path):
    return xml(members(path)["word/document.xml"])


def comments(path: str | Path) -> list[dict]:
    """Every comment in comments.xml, in order: id, author, text."""
    m = members(path)
    if "word/comments.xml" not in m:
        return []
    out = []
    for c in xml(m["word/comments.xml"]).iter(w("comment")):
        out.append({"id": c.get(w("id")), "author": c.get(w("author")),
                    "text": "".join(t.text or "" for t in c.iter(w("t")))})
    return out


def _by_zgov(el) -> bool:
    return el.get(w("author")) == "zgov"


def _own(p):
    """Elements of a paragraph in document order, without nested paragraphs
    (text boxes) and mc:Fallback copies."""
    for el in p.iter():
        if el is p or not isinstance(el.tag, str):
            continue
        skip = False
        for a in el.iterancestors():
            if a is p:
                break
            if a.tag == w("p") or a.tag == MC_FALLBACK:
                skip = True
                break
        if not skip:
            yield el


def _visible_in_draft(el, p) -> bool:
    """Text of the draft: zgov's insertions hidden, its deletions shown;
    other revisions as the reader takes them (insertions shown)."""
    for a in el.iterancestors():
        if a is p:
            return True
        if a.tag == w("ins") and _by_zgov(a):
            return False
        if a.tag in (w("del"), w("moveFrom")) and not _by_zgov(a):
            return False
    return True


def paragraphs(root):
    return [p for p in root.iter(w("p")) if not any(a.tag == MC_FALLBACK for a in p.iterancestors())]


def anchors(root) -> dict[str, dict]:
    """comment id → {"text": draft text inside its range, "paragraph": the
    draft text of the paragraph it ends in, "p": that paragraph's position
    in :func:`paragraphs`, "whole": range = paragraph}."""
    out: dict[str, dict] = {}
    for k, p in enumerate(paragraphs(root)):
        open_: dict[str, list[str]] = {}
        ptext: list[str] = []
        starts: dict[str, int] = {}
        for el in _own(p):
            if el.tag == w("commentRangeStart"):
                open_[el.get(w("id"))] = []
                starts[el.get(w("id"))] = len("".join(ptext))
            elif el.tag == w("commentRangeEnd"):
                cid = el.get(w("id"))
                if cid in open_:
                    out[cid] = {"text": "".join(open_.pop(cid)), "start": starts[cid]}
            elif el.tag in (w("t"), w("delText")) and _visible_in_draft(el, p):
                if el.tag == w("delText") and not any(a.tag == w("del") and _by_zgov(a) for a in el.iterancestors()):
                    continue
                ptext.append(el.text or "")
                for buf in open_.values():
                    buf.append(el.text or "")
        full = "".join(ptext)
        for cid, a in out.items():
            if "paragraph" not in a:
                a["paragraph"], a["p"] = full, k
                a["whole"] = norm(a["text"]) == norm(full)
    return out


def revisions(root) -> tuple[list, list]:
    return ([e for e in root.iter(w("del")) if _by_zgov(e)], [e for e in root.iter(w("ins")) if _by_zgov(e)])


def accept_all(root):
    """All tracked changes accepted (what Word's 接受所有修订 does)."""
    root = copy.deepcopy(root)
    for d in list(root.iter(w("del"), w("moveFrom"))):
        d.getparent().remove(d)
    for i in list(root.iter(w("ins"), w("moveTo"))):
        _unwrap(i)
    return root


def reject_zgov(root):
    """zgov's tracked changes rejected (拒绝修订): its insertions removed,
    its deletions restored; other revisions left as they were."""
    root = copy.deepcopy(root)
    for i in [e for e in root.iter(w("ins")) if _by_zgov(e)]:
        i.getparent().remove(i)
    for d in [e for e in root.iter(w("del")) if _by_zgov(e)]:
        for t in d.iter(w("delText")):
            t.tag = w("t")
        _unwrap(d)
    return root


def _unwrap(el) -> None:
    parent = el.getparent()
    i = parent.index(el)
    for k, child in enumerate(list(el)):
        parent.insert(i + k, child)
    parent.remove(el)


def strip_comments(root, ids: set[str]):
    """Without the comment ranges and reference runs of ``ids``."""
    root = copy.deepcopy(root)
    for el in list(root.iter(w("commentRangeStart"), w("commentRangeEnd"))):
        if el.get(w("id")) in ids:
            el.getparent().remove(el)
    for ref in list(root.iter(w("commentReference"))):
        if ref.get(w("id")) in ids:
            r = ref.getparent()
            r.getparent().remove(r)
    return root


def exploded(root) -> bytes:
    """Canonical XML with every run cut into one-character runs, so two
    documents compare equal when they differ only in where runs are split."""
    root = copy.deepcopy(root)
    for r in list(root.iter(w("r"))):
        rpr = r.find(w("rPr"))
        pieces = []
        for child in r:
            if child.tag == w("rPr"):
                continue
            if child.tag in (w("t"), w("delText")) and child.text:
                for ch in child.text:
                    t = etree.Element(child.tag)
                    t.text = ch
                    pieces.append(t)
            elif child.tag in (w("t"), w("delText")):
                continue
            else:
                pieces.append(child)
        parent = r.getparent()
        i = parent.index(r)
        for k, piece in enumerate(pieces):
            nr = etree.Element(w("r"), dict(r.attrib))
            if rpr is not None:
                nr.append(copy.deepcopy(rpr))
            nr.append(piece)
            parent.insert(i + k, nr)
        parent.remove(r)
    return etree.tostring(root, method="c14n")


def texts(root) -> list[str]:
    """Visible text of each paragraph (w:t only: deletions are w:delText)."""
    return ["".join(t.text or "" for el in _own(p) if el.tag == w("t") for t in [el]) for p in paragraphs(root)]


CODE = re.compile(r"^(ZG\d{3}) (错误|警告|提示) · ")
