"""Findings into a .docx: Word comments (批注) and, for certain fixes,
tracked changes (修订) by ``zgov``.

Only ``document.xml`` (the main part ``_rels/.rels`` names), the comments
part, its relationship and ``[Content_Types].xml`` are rewritten; every other
member of the package is copied as it is (styles, numbering, headers and
footers, media, existing comments and revisions).

Placing a finding:

* its paragraph is the ``w:p`` whose text matches the reader's paragraph
  text (the reader numbers paragraphs in its own order — text boxes before
  the paragraph that anchors them, a soft line break may split one ``w:p``,
  generated list numbers may be prefixed — so the number only breaks ties
  between equal texts);
* inside it, the evidence text is found (whitespace ignored on both sides,
  the n-th finding quoting the same text takes the n-th occurrence) and the
  runs at its ends are split, each half keeping the run's properties;
* when the evidence is not there the whole paragraph is anchored; a finding
  without a paragraph (document level) goes on the first paragraph.

A tracked change is made only when the evidence lies in plain text runs that
are siblings (no field, hyperlink boundary, drawing or earlier revision in
between); otherwise the fix stays a suggestion in the comment. Reading
the text back always uses the draft's view (zgov's own insertions skipped,
its deletions read), so later findings are still placed on the draft's text.
"""
from __future__ import annotations

import copy
import datetime as _dt
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any, Callable

from ..readers.docx import MC, PKG_REL, R_NS, W, _w

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
COMMENTS_REL = R_NS + "/comments"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
AUTHOR = "zgov"
INITIALS = "zg"

SPACES = " \t\u3000\u00a0\u2002\u2003\r\n"


W_P, W_R, W_T, W_TAB, W_RPR, W_PPR = map(_w, ("p", "r", "t", "tab", "rPr", "pPr"))
W_DEL, W_INS, W_DELTEXT, W_MOVEFROM = map(_w, ("del", "ins", "delText", "moveFrom"))
W_ID, W_AUTHOR, W_DATE, W_INITIALS = map(_w, ("id", "author", "date", "initials"))
W_CRS, W_CRE, W_CREF, W_ANNREF = map(_w, ("commentRangeStart", "commentRangeEnd", "commentReference", "annotationRef"))
W_TXBX = _w("txbxContent")
MC_FALLBACK = "{%s}Fallback" % MC
# Elements whose content is not the paragraph's own visible text.
HIDDEN = {W_DEL, W_MOVEFROM, _w("instrText"), _w("delInstrText"), W_PPR, W_RPR, MC_FALLBACK, W_TXBX}
# What a run may hold for its text to become a tracked change.
PLAIN_RUN_CHILDREN = {W_RPR, W_T, W_TAB, _w("lastRenderedPageBreak"), _w("noBreakHyphen"), _w("softHyphen")}
# Siblings that may sit between the runs of a tracked change.
REVISABLE_PARENTS = {W_P, _w("hyperlink"), _w("smartTag"), _w("customXml")}
NEUTRAL = {_w("proofErr"), _w("bookmarkStart"), _w("bookmarkEnd"), W_CRS, W_CRE, _w("permStart"), _w("permEnd")}


@dataclass
class Placement:
    """Where one finding went: ``anchor`` is evidence | paragraph | document."""

    code: str
    comment_id: int
    anchor: str
    paragraph: int | None
    tracked: bool = False


@dataclass
class Result:
    data: bytes
    placements: list[Placement] = field(default_factory=list)

    @property
    def comments(self) -> int:
        return len(self.placements)

    @property
    def tracked(self) -> int:
        return sum(1 for p in self.placements if p.tracked)


# ---- text of a paragraph, as the draft reads ---------------------------------

class _Char:
    __slots__ = ("ch", "el", "off")

    def __init__(self, ch: str, el, off: int):
        self.ch, self.el, self.off = ch, el, off


def norm(text: str) -> str:
    return "".join(ch for ch in text if ch not in SPACES)


_QUOTED = re.compile(r"“([^“”]+)”")
_SEPARATORS = re.compile(r"…+|\.{3,}|[、，,；;]")


def pieces(evidence: str) -> list[str]:
    """The excerpts a composite evidence is made of, in order: the quoted
    ones if it quotes (``事项一：“A”；事项二：“B”`` → A, B), else the parts
    between ellipses and list punctuation (``A……B``, a list of names
    ``甲、乙`` written ``甲，乙`` in the text). Empty when there is only one."""
    quoted = _QUOTED.findall(evidence)
    parts = [x for q in quoted for x in _SEPARATORS.split(q)] if quoted else _SEPARATORS.split(evidence)
    parts = [x for x in parts if norm(x)]
    return parts if len(parts) > 1 or (parts and norm(parts[0]) != norm(evidence)) else []


def locate(haystack: str, evidence: str, nth: int = 0) -> tuple[int, int, bool] | None:
    """Where ``evidence`` is in ``haystack`` (both without whitespace):
    (start, end, verbatim). The ``nth`` (0-based) occurrence of the whole
    text, else the last one; else, for a composite evidence, from its first
    excerpt found to the last excerpt found after it (verbatim False)."""
    n = norm(evidence)
    if not n:
        return None
    hits = []
    start = haystack.find(n)
    while start >= 0:
        hits.append(start)
        start = haystack.find(n, start + 1)
    if hits:
        s = hits[min(nth, len(hits) - 1)]
        return s, s + len(n), True
    span = None
    for piece in pieces(evidence):
        q = norm(piece)
        at = haystack.find(q, span[1] if span else 0)
        if at < 0:
            continue
        span = (at, at + len(q)) if span is None else (span[0], at + len(q))
    return (span[0], span[1], False) if span else None


class _View:
    """The draft's text of a ``w:p``: chars mapped to their ``w:t`` (or
    ``w:delText`` of a zgov deletion) and offset."""

    def __init__(self, p, own_ins: set, own_del: set):
        self.chars: list[_Char] = []
        self._walk(p, own_ins, own_del, top=True)
        self.text = "".join(c.ch for c in self.chars)
        self.keep = [i for i, c in enumerate(self.chars) if c.ch not in SPACES]
        self.norm = "".join(self.chars[i].ch for i in self.keep)

    def _walk(self, el, own_ins, own_del, top=False) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or child in own_ins:
                continue
            if tag == W_P and not top:
                continue
            if tag in HIDDEN and child not in own_del:
                continue
            if tag in (W_T, W_DELTEXT):
                for i, ch in enumerate(child.text or ""):
                    self.chars.append(_Char(ch, child, i))
            elif tag == W_TAB:
                self.chars.append(_Char("\u3000", child, 0))
            else:
                self._walk(child, own_ins, own_del)

    def find(self, needle: str, nth: int) -> tuple[_Char, _Char, bool] | None:
        """(first char, last char, verbatim) of ``needle`` here (see
        :func:`locate`)."""
        hit = locate(self.norm, needle, nth)
        if hit is None:
            return None
        s, e, verbatim = hit
        return self.chars[self.keep[s]], self.chars[self.keep[e - 1]], verbatim


def _accepted(p) -> str:
    """The paragraph's text (no spaces) with zgov's changes accepted."""
    view = _View(p, set(), set())  # insertions shown, deletions hidden
    return norm(view.text)


# ---- run surgery -------------------------------------------------------------

def _split(r, child, off: int) -> tuple[Any, Any]:
    """Split run ``r`` before char ``off`` of its child ``child`` (a w:t or
    w:delText; a whole child when it is something else). Returns (left,
    right); either is None when empty. Both keep ``r``'s w:rPr."""
    kids = [c for c in r if c.tag != W_RPR]
    idx = kids.index(child)
    text = (child.text or "") if child.tag in (W_T, W_DELTEXT) else ""
    left_kids = kids[:idx] + ([child] if off > 0 and text else [])
    right_kids = ([child] if off < len(text) or not text else []) + kids[idx + 1:]
    if not left_kids:
        return None, r
    if not right_kids:
        return r, None
    right = copy.deepcopy(r)
    rkids = [c for c in right if c.tag != W_RPR]
    # left keeps kids[:idx] and child[:off]; right keeps child[off:] and after
    for c in kids[idx + 1:]:
        r.remove(c)
    for c in rkids[:idx]:
        right.remove(c)
    if 0 < off < len(text):
        child.text = text[:off]
        _preserve(child)
        rchild = rkids[idx]
        rchild.text = text[off:]
        _preserve(rchild)
    elif off == 0 or not text:
        r.remove(child)
    else:  # off == len(text): the child stays left
        right.remove(rkids[idx])
    r.addnext(right)
    return r, right


def _preserve(t) -> None:
    if t.text and (t.text[0] in " \t" or t.text[-1] in " \t"):
        t.set(XML_SPACE, "preserve")


def _run_of(el):
    """The w:r holding a text element."""
    r = el.getparent()
    return r if r is not None and r.tag == W_R else None


def _split_before(c: _Char):
    """The run that starts at char ``c`` (its run split there)."""
    r = _run_of(c.el)
    if r is None:
        return None
    return _split(r, c.el, c.off if c.el.tag in (W_T, W_DELTEXT) else 0)[1]


def _split_after(c: _Char):
    """The run that ends at char ``c`` (its run split after it)."""
    r = _run_of(c.el)
    if r is None:
        return None
    if c.el.tag in (W_T, W_DELTEXT):
        return _split(r, c.el, c.off + 1)[0]
    kids = [k for k in r if k.tag != W_RPR]
    i = kids.index(c.el)
    return r if i + 1 >= len(kids) else _split(r, kids[i + 1], 0)[0]


def _isolate(first: _Char, last: _Char) -> tuple[Any, Any] | None:
    """Split runs so that the span starts a run and ends one; returns
    (first run, last run). The end is cut first: the left part of a split
    is the original element, so ``first`` still points into it."""
    if _run_of(first.el) is None or _run_of(last.el) is None:
        return None
    same = _run_of(first.el) is _run_of(last.el)
    end = _split_after(last)
    start = _split_before(first)
    return start, (start if same else end)


# ---- the annotator -----------------------------------------------------------

class DocxAnnotator:
    def __init__(self, root, *, now: _dt.datetime, next_id: int):
        self.root = root
        self.body = root.find(_w("body"))
        self.date = now.strftime("%Y-%m-%dT%H:%M:%SZ")
        self.next_id = next_id
        self.own_ins: set = set()
        self.own_del: set = set()
        self.used: dict[tuple[int, str], int] = {}
        self.comments: list[tuple[int, str]] = []
        self.paras = [p for p in self.body.iter(W_P) if not _in_fallback(p)]
        self._norms = [norm(_View(p, set(), set()).text) for p in self.paras]
        ranks, k = [], 0
        for n in self._norms:
            if n:
                k += 1
            ranks.append(k)
        self._ranks = ranks

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    # -- locating --------------------------------------------------------
    def paragraph_for(self, index: int | None, reader_text: str | None, evidence: str) -> Any:
        """The w:p for the reader's paragraph ``index`` (1-based) with text
        ``reader_text``; None when no paragraph matches."""
        rn = norm(reader_text or "")
        en = norm(evidence or "")
        best, best_key = None, None
        for i, pn in enumerate(self._norms):
            if not pn:
                continue
            if rn and pn == rn:
                grade = 0
            elif rn and rn in pn:  # the reader split this w:p at a soft break
                grade = 1
            elif rn and rn.endswith(pn) and len(rn) - len(pn) <= 12:  # a generated list number
                grade = 1
            elif en and en in pn:
                grade = 2
            else:
                continue
            if en and en not in pn:
                grade += 3  # right text, but the evidence is elsewhere
            key = (grade, abs(self._ranks[i] - (index or 0)))
            if best_key is None or key < best_key:
                best, best_key = self.paras[i], key
        return best

    def first_paragraph(self):
        for i, n in enumerate(self._norms):
            if n:
                return self.paras[i]
        return self.paras[0] if self.paras else None

    # -- writing ---------------------------------------------------------
    def add(self, finding: dict[str, Any], reader_text: str | None, comment: Callable[[dict, bool], str], *,
            fix: bool) -> Placement:
        loc = finding.get("location") or {}
        index = loc.get("paragraph")
        evidence = finding.get("evidence") or ""
        cid = self._id()
        if index is None:
            p, anchor = self.first_paragraph(), "document"
        else:
            p, anchor = self.paragraph_for(index, reader_text, evidence), "paragraph"
            if p is None:
                p = self.first_paragraph()
        if p is None:
            raise ValueError("document has no paragraph")
        span = None
        tracked = False
        if evidence:
            key = (id(p), norm(evidence))
            nth = self.used.get(key, 0)
            hit = _View(p, self.own_ins, self.own_del).find(evidence, nth)
            if hit is not None:
                self.used[key] = nth + 1
                new = finding.get("fix")
                mine: set = set()
                if fix and new is not None and hit[2] and self._plain(hit[0], hit[1]):
                    tracked = self._revise(p, evidence, nth, new, mine)
                    if tracked:  # the runs changed: find the evidence again
                        hit = _View(p, self.own_ins, self.own_del).find(evidence, nth)
                elif fix and new is not None and hit[2]:
                    # another finding already made this very change here
                    revised = any(el in self.own_ins or el in self.own_del for el in p.iter(W_INS, W_DEL))
                    tracked = revised and norm(new) in _accepted(p)
                span = self._span(hit, mine)
                if span is not None and anchor == "paragraph":
                    anchor = "evidence"
        if span is None:
            self._anchor_paragraph(p, cid)
        else:
            self._anchor(span[0], span[1], cid)
        self.comments.append((cid, comment(finding, tracked)))
        return Placement(finding.get("code", ""), cid, anchor, index, tracked)

    def _span(self, hit, mine: set):
        """(first, last) elements to put the comment range around: the
        evidence's runs, widened to the zgov revisions made at its edges."""
        if hit is None:
            return None
        runs = _isolate(hit[0], hit[1])
        if runs is None:
            return None
        first, last = runs
        if first.getparent() in self.own_del:
            first = first.getparent()
        if last.getparent() in self.own_del:
            last = last.getparent()
        while first.getprevious() is not None and first.getprevious() in mine:
            first = first.getprevious()
        while last.getnext() is not None and last.getnext() in mine:
            last = last.getnext()
        if first.getparent() is not last.getparent():
            return runs
        return first, last

    def _plain(self, first: _Char, last: _Char) -> bool:
        """Whether the span is plain text runs that are siblings (no field,
        drawing, hyperlink boundary or earlier revision in between)."""
        r0, r1 = _run_of(first.el), _run_of(last.el)
        if r0 is None or r1 is None or first.el.tag != W_T or last.el.tag not in (W_T, W_TAB):
            return False
        parent = r0.getparent()
        if parent is None or r1.getparent() is not parent or parent.tag not in REVISABLE_PARENTS or _inside_revision(parent):
            return False
        el = r0
        while el is not None:
            if el.tag == W_R:
                if any(c.tag not in PLAIN_RUN_CHILDREN for c in el):
                    return False
            elif el.tag not in NEUTRAL:
                return False
            if el is r1:
                return True
            el = el.getnext()
        return False

    def _revise(self, p, evidence: str, nth: int, new: str, mine: set) -> bool:
        """The fix as the smallest tracked changes: each stretch where the
        evidence and ``new`` differ (spaces aside) becomes a w:del of the
        old characters and/or a w:ins of the new ones, in the formatting of
        the run it sits in. Right to left, so that earlier characters keep
        their place while later runs are split."""
        from difflib import SequenceMatcher

        view = _View(p, self.own_ins, self.own_del)
        s, e, _ = locate(view.norm, evidence, nth)
        old = view.norm[s:e]
        keep = [i for i, ch in enumerate(new) if ch not in SPACES]
        new_n = "".join(new[i] for i in keep)
        if new_n == old:
            return False  # a change of spacing only: left to the comment
        ops = [op for op in SequenceMatcher(None, old, new_n, autojunk=False).get_opcodes() if op[0] != "equal"]
        attrs = {W_AUTHOR: AUTHOR, W_DATE: self.date}
        for tag, i1, i2, j1, j2 in reversed(ops):
            text = new[keep[j1]:keep[j2 - 1] + 1] if j2 > j1 else ""
            if i2 > i1:
                first, last = _isolate(view.chars[view.keep[s + i1]], view.chars[view.keep[s + i2 - 1]])
                d = self.root.makeelement(W_DEL, {W_ID: str(self._id()), **attrs})
                first.addprevious(d)
                el = first
                while el is not None:
                    nxt = el.getnext()
                    d.append(el)
                    if el.tag == W_R:
                        for t in el.iter(W_T):
                            t.tag = W_DELTEXT
                    if el is last:
                        break
                    el = nxt
                self.own_del.add(d)
                mine.add(d)
                if text:
                    d.addnext(self._ins(text, first, attrs, mine))
            elif s + i1 < e:
                run = _split_before(view.chars[view.keep[s + i1]])
                run.addprevious(self._ins(text, run, attrs, mine))
            else:
                run = _split_after(view.chars[view.keep[s + i1 - 1]])
                run.addnext(self._ins(text, run, attrs, mine))
        return True

    def _ins(self, text: str, like, attrs: dict, mine: set):
        ins = self.root.makeelement(W_INS, {W_ID: str(self._id()), **attrs})
        r = self.root.makeelement(W_R, {})
        rpr = like.find(W_RPR)
        if rpr is not None:
            r.append(copy.deepcopy(rpr))
        t = self.root.makeelement(W_T, {})
        t.text = text
        _preserve(t)
        r.append(t)
        ins.append(r)
        self.own_ins.add(ins)
        mine.add(ins)
        return ins

    def _anchor(self, first, last, cid: int) -> None:
        start = self.root.makeelement(W_CRS, {W_ID: str(cid)})
        end = self.root.makeelement(W_CRE, {W_ID: str(cid)})
        first.addprevious(start)
        last.addnext(end)
        end.addnext(self._ref_run(cid))

    def _anchor_paragraph(self, p, cid: int) -> None:
        start = self.root.makeelement(W_CRS, {W_ID: str(cid)})
        ppr = p.find(W_PPR)
        if ppr is not None:
            ppr.addnext(start)
        else:
            p.insert(0, start)
        p.append(self.root.makeelement(W_CRE, {W_ID: str(cid)}))
        p.append(self._ref_run(cid))

    def _ref_run(self, cid: int):
        r = self.root.makeelement(W_R, {})
        r.append(self.root.makeelement(W_CREF, {W_ID: str(cid)}))
        return r


def _in_fallback(el) -> bool:
    for a in el.iterancestors():
        if a.tag == MC_FALLBACK:
            return True
    return False


def _inside_revision(el) -> bool:
    for a in [el, *el.iterancestors()]:
        if a.tag in (W_INS, W_DEL, _w("moveTo"), W_MOVEFROM):
            return True
    return False


# ---- the package ---------------------------------------------------------------

def _xml_bytes(root, original: bytes) -> bytes:
    from lxml import etree

    head = original[:200].replace(b"'", b'"')
    decl = b'<?xml version="1.0" encoding="UTF-8"' + (b' standalone="yes"' if b'standalone="yes"' in head else b"") + b"?>\r\n"
    return decl + etree.tostring(root, encoding="UTF-8")


def _max_id(*roots) -> int:
    top = 0
    for root in roots:
        if root is None:
            continue
        for el in root.iter():
            v = el.get(W_ID) if isinstance(el.tag, str) else None
            if v is not None and v.lstrip("-").isdigit():
                top = max(top, int(v))
    return top


def _rels_name(part: str) -> str:
    d, b = posixpath.split(part)
    return posixpath.join(d, "_rels", b + ".rels")


def _main_part(zf: zipfile.ZipFile, names: set[str], parse) -> str:
    if "_rels/.rels" in names:
        rels = parse(zf.read("_rels/.rels"), "_rels/.rels")
        for rel in rels:
            if (rel.get("Type") or "").endswith("/officeDocument"):
                target = (rel.get("Target") or "").lstrip("/")
                if target in names:
                    return target
    return "word/document.xml"


def comment_paragraph(root, text: str):
    """One ``w:comment`` child paragraph holding ``text``."""
    p = root.makeelement(W_P, {})
    r = root.makeelement(W_R, {})
    r.append(root.makeelement(W_ANNREF, {}))
    p.append(r)
    r2 = root.makeelement(W_R, {})
    t = root.makeelement(W_T, {})
    t.text = text
    _preserve(t)
    r2.append(t)
    p.append(r2)
    return p


def annotate_docx(data: bytes, findings: list[dict[str, Any]], reader_texts: list[str],
                  comment: Callable[[dict, bool], str], *, fix: bool, now: _dt.datetime | None = None,
                  cap_bytes: int = 512 << 20) -> Result:
    """``data`` with one comment per finding, its text ``comment(finding,
    tracked)``; ``reader_texts[k]`` is the reader's paragraph k+1."""
    from lxml import etree

    from ..readers.safezip import parse_xml, read_member

    now = now or _dt.datetime.now(_dt.timezone.utc)
    zf = zipfile.ZipFile(io.BytesIO(data))
    names = set(zf.namelist())

    def parse(raw: bytes, name: str):
        return parse_xml(raw, name)

    def read(name: str) -> bytes:
        return read_member(zf, name, cap_bytes)

    main = _main_part(zf, names, lambda raw, n: parse(raw, n))
    doc_raw = read(main)
    root = parse(doc_raw, main)
    rels_name = _rels_name(main)
    rels_raw = read(rels_name) if rels_name in names else None
    rels = parse(rels_raw, rels_name) if rels_raw is not None else etree.Element("{%s}Relationships" % PKG_REL, nsmap={None: PKG_REL})
    comments_name = None
    for rel in rels:
        if rel.get("Type") == COMMENTS_REL and rel.get("TargetMode") != "External":
            comments_name = posixpath.normpath(posixpath.join(posixpath.dirname(main), rel.get("Target") or ""))
            comments_name = comments_name.lstrip("/")
            if (rel.get("Target") or "").startswith("/"):
                comments_name = (rel.get("Target") or "").lstrip("/")
    comments_raw = read(comments_name) if comments_name and comments_name in names else None
    croot = parse(comments_raw, comments_name) if comments_raw is not None else None

    ann = DocxAnnotator(root, now=now, next_id=_max_id(root, croot))
    placements = []
    for f in findings:
        idx = (f.get("location") or {}).get("paragraph")
        rtext = reader_texts[idx - 1] if idx and 0 < idx <= len(reader_texts) else None
        placements.append(ann.add(f, rtext, comment, fix=fix))

    new_rels = False
    if croot is None:
        croot = etree.Element(_w("comments"), nsmap={"w": W, "r": R_NS})
        if comments_name is None:
            comments_name = posixpath.join(posixpath.dirname(main), "comments.xml")
            taken = {rel.get("Id") for rel in rels}
            n = 1
            while f"rId{n}" in taken:
                n += 1
            rel = etree.SubElement(rels, "{%s}Relationship" % PKG_REL)
            rel.set("Id", f"rId{n}")
            rel.set("Type", COMMENTS_REL)
            rel.set("Target", posixpath.relpath(comments_name, posixpath.dirname(main) or "."))
            new_rels = True
    for cid, text in ann.comments:
        c = etree.SubElement(croot, _w("comment"))
        c.set(W_ID, str(cid))
        c.set(W_AUTHOR, AUTHOR)
        c.set(W_DATE, ann.date)
        c.set(W_INITIALS, INITIALS)
        c.append(comment_paragraph(croot, text))

    ct_raw = read("[Content_Types].xml")
    ct = parse(ct_raw, "[Content_Types].xml")
    part = "/" + comments_name
    ct_changed = False
    if not any(o.get("PartName", "").lower() == part.lower() for o in ct.iter("{%s}Override" % CT_NS)):
        o = etree.SubElement(ct, "{%s}Override" % CT_NS)
        o.set("PartName", part)
        o.set("ContentType", COMMENTS_CT)
        ct_changed = True

    replaced = {main: _xml_bytes(root, doc_raw), comments_name: _xml_bytes(croot, comments_raw or b'standalone="yes"')}
    if new_rels:
        replaced[rels_name] = _xml_bytes(rels, rels_raw or b'standalone="yes"')
    if ct_changed:
        replaced["[Content_Types].xml"] = _xml_bytes(ct, ct_raw)

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        written = set()
        for info in zf.infolist():
            if info.filename in written:
                continue
            written.add(info.filename)
            body = replaced.pop(info.filename, None)
            if body is None:
                body = read(info.filename)
            zout.writestr(info, body, compress_type=info.compress_type)
        for name, body in replaced.items():  # new parts
            zout.writestr(zipfile.ZipInfo(name, date_time=now.timetuple()[:6]), body, compress_type=zipfile.ZIP_DEFLATED)
    return Result(out.getvalue(), placements)
