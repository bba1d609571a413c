"""``word/styles.xml`` read by need: only the styles a document uses.

A file made from Word's or python-docx's default template carries a
styles.xml of some 350 KB with hundreds of styles, while its paragraphs and
runs name a handful. Parsing the whole part into a tree was the largest cost
of reading such a document, so the part is indexed as bytes instead: one
pass of a regular expression over the ``<w:style …>`` start tags gives every
style's id, type and default flag and where its element lies; then only the
styles needed — the ids the document names (``w:pStyle``, ``w:rStyle``),
the default paragraph style, every numbering style (numbering.xml may link
to one) and each of these' ``w:basedOn`` chain — are parsed, as one small
fragment wrapped in the part's own root start tag (so every namespace
declaration is kept) with the same safe parser, together with
``w:docDefaults``.

The quick path answers exactly what the full tree answers or is not taken:
whenever it is unsure — not UTF-8, a prefix other than ``w`` for the
WordprocessingML namespace or that prefix redeclared, comments, CDATA or
processing instructions in the part, an attribute it cannot read plainly
(entity references, ``>`` inside a value, a whitespace character the parser
would normalise), a style whose end is not where it should be, a part that
does not end with its root's end tag, a fragment that does not parse — the
whole part is parsed as before. The DTD/entity refusal applies to the whole
part first, as for every part (:func:`.safezip.refuse_dtd`).
"""
from __future__ import annotations

import re

from .safezip import parse_xml, refuse_dtd

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_STYLE = "{%s}style" % W
_W_DOCDEFAULTS = "{%s}docDefaults" % W
_W_BASEDON = "{%s}basedOn" % W
_W_VAL = "{%s}val" % W
_W_STYLEID = "{%s}styleId" % W

_HEAD = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:<\?xml([^>]*)\?>)?\s*(<w:styles(?:\s[^>]*)?>)")
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")
# a w:style start tag (group 1: its attributes) or end tag, in one scan
_TOKEN = re.compile(rb"<w:style(?=[\s/>])([^>]*)>|</w:style>")
# attributes the parser would read exactly as written: no entity or
# character references, no whitespace it would normalise, no ``>`` inside
_VALUE = rb"""(?:"[^"<&\t\n\r>]*"|'[^'<&\t\n\r>]*')"""
_PLAIN = re.compile(rb"(?:\s+[A-Za-z_][\w.:-]*\s*=\s*" + _VALUE + rb")*\s*/?")
_PAIR = re.compile(rb"""([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_W_DECL = ("xmlns:w=\"%s\"" % W).encode(), ("xmlns:w='%s'" % W).encode()
_MAX_ROUNDS = 32  # basedOn chains are followed at most this deep (the reader stops at 30)


class Unsure(Exception):
    """The quick path cannot vouch for its answer: parse the whole part."""


def _attrs(raw: bytes) -> dict[bytes, str]:
    """A start tag's attributes, all of them read plainly, or Unsure."""
    if _PLAIN.fullmatch(raw) is None:
        raise Unsure
    out: dict[bytes, str] = {}
    for name, v1, v2 in _PAIR.findall(raw):
        if name in out:  # a repeated attribute is not well-formed
            raise Unsure
        try:
            out[name] = (v1 or v2).decode("utf-8")
        except UnicodeDecodeError:
            raise Unsure from None
    return out


class StyleIndex:
    """Where each ``w:style`` of the part lies, and what its start tag says."""

    __slots__ = ("data", "head", "spans", "types", "numbering", "default_para", "docdefaults")

    def __init__(self, data: bytes):
        m = _HEAD.match(data)
        if m is None:
            raise Unsure
        if m.group(1) is not None:
            enc = _ENCODING.search(m.group(1))
            if enc is not None and enc.group(1).lower().replace(b"_", b"-") not in (b"utf-8", b"utf8"):
                raise Unsure
        body_start = m.end()
        # comments, CDATA, processing instructions (a DTD was refused before)
        if (b"!" in data and b"<!" in data) or data.find(b"?", body_start) >= 0:
            raise Unsure
        # the WordprocessingML namespace bound once, to ``w``, on the root,
        # and no namespace declared anywhere else
        self.head = head = m.group(2)
        if head.endswith(b"/>") or not any(d in head for d in _W_DECL) or head.count(W.encode()) != 1:
            raise Unsure
        if data.find(b"xmlns", body_start) >= 0:
            raise Unsure
        if not data.rstrip().endswith(b"</w:styles>"):
            raise Unsure
        self.data = data
        self.spans: dict[str, tuple[int, int]] = {}
        self.types: dict[str, str | None] = {}
        self.default_para: str | None = None
        first = None
        sid = start = None  # the style open, if any
        for t in _TOKEN.finditer(data, body_start):
            raw = t.group(1)
            if raw is None:  # </w:style>
                if start is None:
                    raise Unsure
                if sid:
                    self.spans[sid] = (start, t.end())  # a repeated id: the last counts, as in a dict of the tree
                sid = start = None
                continue
            if start is not None:  # a style inside another one
                raise Unsure
            if first is None:
                first = t.start()
            a = _attrs(raw)
            sid = a.get(b"w:styleId")
            if sid:
                kind = a.get(b"w:type")
                self.types[sid] = kind
                if self.default_para is None and kind == "paragraph" and a.get(b"w:default") in ("1", "true", "on"):
                    self.default_para = sid
            if raw.endswith(b"/"):
                if sid:
                    self.spans[sid] = (t.start(), t.end())
                sid = None
            else:
                start = t.start()
        if start is not None:
            raise Unsure
        self.numbering = [s for s, k in self.types.items() if k == "numbering"]
        # w:docDefaults comes before the styles (CT_Styles is a sequence)
        stop = first if first is not None else len(data)
        self.docdefaults = None
        d = data.find(b"<w:docDefaults", body_start, stop)
        if d >= 0:
            after = d + len(b"<w:docDefaults")
            if data.find(b"<w:docDefaults", after, stop) >= 0 or data[after:after + 1] not in (b">", b"/", b" ", b"\t", b"\r", b"\n"):
                raise Unsure
            close = data.find(b"</w:docDefaults>", d, stop)
            if close >= 0:
                self.docdefaults = (d, close + len(b"</w:docDefaults>"))
            else:
                gt = data.find(b">", d, stop)
                if gt < 0 or data[gt - 1:gt] != b"/":
                    raise Unsure
                self.docdefaults = (d, gt + 1)

    def parse(self, spans: list[tuple[int, int]], part: str):
        """The elements at ``spans``, parsed as one fragment under the
        part's own root start tag."""
        frag = b"".join([self.head, *(self.data[a:b] for a, b in spans), b"</w:styles>"])
        try:
            root = parse_xml(frag, part)
        except Exception:
            raise Unsure from None
        kids = list(root)
        if len(kids) != len(spans):
            raise Unsure
        return kids


# Documents made from one template carry the same styles part: its index is
# kept for the next document of a batch (checked byte for byte, not trusted
# to a checksum), a few parts at most.
_RECENT: list[StyleIndex] = []
_RECENT_MAX = 4


def _index(data: bytes) -> StyleIndex:
    for k, idx in enumerate(_RECENT):
        if len(idx.data) == len(data) and idx.data == data:
            if k:
                _RECENT.insert(0, _RECENT.pop(k))
            return idx
    idx = StyleIndex(data)
    _RECENT.insert(0, idx)
    del _RECENT[_RECENT_MAX:]
    return idx


def read_styles(data: bytes, part: str, used: set[str]):
    """``(docDefaults element or None, {styleId: w:style element}, ids,
    default paragraph style id)`` for the styles ``used`` names (plus the
    default paragraph style, the numbering styles and every basedOn chain),
    where ``ids`` is every style id the part has. Raises :class:`Unsure`
    when only the whole tree can answer; ReadError on a DTD."""
    refuse_dtd(data, part)
    idx = _index(data)
    want = {s for s in used if s in idx.spans}
    if idx.default_para is not None:
        want.add(idx.default_para)
    want.update(idx.numbering)
    loaded: dict[str, object] = {}
    defaults = None
    todo = sorted(want)
    spans = [idx.spans[s] for s in todo]
    if idx.docdefaults is not None:
        spans.append(idx.docdefaults)
    rounds = 0
    while spans:
        rounds += 1
        if rounds > _MAX_ROUNDS:
            raise Unsure
        els = idx.parse(spans, part)
        if len(els) > len(todo):
            defaults = els.pop()
            if defaults.tag != _W_DOCDEFAULTS:
                raise Unsure
        nxt = set()
        for sid, el in zip(todo, els):
            if el.tag != _W_STYLE or el.get(_W_STYLEID) != sid:
                raise Unsure
            loaded[sid] = el
            b = el.find(_W_BASEDON)
            if b is not None:
                v = b.get(_W_VAL)
                if v and v in idx.spans and v not in loaded:
                    nxt.add(v)
        todo = sorted(nxt)
        spans = [idx.spans[s] for s in todo]
    return defaults, loaded, idx.spans.keys(), idx.default_para
