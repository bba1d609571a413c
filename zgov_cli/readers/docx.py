"""Word (.docx) reader.

The zip container is vetted by :mod:`.safezip` before any XML is parsed; then
``word/document.xml`` (or the part ``_rels/.rels`` names) is parsed with a
plain safe lxml parser (entities never resolved, DTDs refused), without
python-docx's eager loading of every part of the package; of
``word/styles.xml`` only the styles the document names are parsed (see
:mod:`.styles_xml`; the whole part when that cannot vouch for its answer),
and the body is walked in document order:

* paragraphs (``w:p``), with text from runs, tabs (→ full-width space),
  hyperlinks, fields' results, content controls, insertions — not deletions
  nor field codes;
* tables (``w:tbl``) in row/cell order, nested tables too (``in_table=True``),
  up to ``MAX_TABLE_DEPTH``; deeper content is flattened, never lost;
* text boxes (``w:txbxContent`` in ``w:drawing``/``w:pict``, taking only one
  branch of ``mc:AlternateContent`` so text is not doubled), emitted before
  the text of the paragraph they are anchored in — the 版头 often sits there.

A soft line break (``w:br``) splits a paragraph when the text before it ends a
sentence or the paragraph is centred/right-aligned (two-line titles,
signature blocks), else it is dropped (pasted web text breaks mid-sentence).

Pages: if Word saved ``w:lastRenderedPageBreak`` marks they are counted;
else explicit page breaks (``w:br w:type="page"``, ``w:pageBreakBefore``).
Without either, ``page`` is None.

Layout from the first section's ``w:sectPr``: page size and margins (twips →
mm); ``w:docGrid``: lines = (page height − top − bottom) / linePitch; for a
character grid (``linesAndChars``/``snapToChars``) the character pitch is
(default font size + charSpace/4096) pt — ECMA-376 gives charSpace in
4096ths of a point added to the default (Normal) font size — and chars per
line = text width / pitch. Without a character grid ``chars_per_line`` is
None (an estimate from the font would produce false layout findings).
(LibreOffice writes a negative charSpace as its unsigned 32-bit value.)

Fonts, sizes, colour and weight: each property falls through direct run →
character style (basedOn) → paragraph style (basedOn) → docDefaults on its
own; theme slots (``eastAsiaTheme="minorEastAsia"`` …, which supersede the
plain attribute) resolve through the theme part, by the document's
east-Asian language. A paragraph's ``font_name`` is the font of its Chinese
characters (the eastAsia font); only a paragraph without any takes the
ascii one.

Automatic numbering (numbering.xml) is rendered into the text as Word shows
it and marked by ``Paragraph.generated_prefix`` (see :mod:`.numbering`).
numbering.xml and the theme are parsed only when a paragraph needs them.
"""
from __future__ import annotations


from ..config import ReadLimits
from ..model import Layout, Paragraph, RawDocument, ReadError
from .numbering import Numbering
from .safezip import guarded, read_input
from .styles_xml import Unsure, read_styles
from .text import clean
from ..lazyre import lazy_re

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _w(tag: str) -> str:
    return "{%s}%s" % (W, tag)


W_P, W_R, W_T, W_TAB, W_BR, W_CR, W_TBL, W_TR, W_TC = map(_w, ("p", "r", "t", "tab", "br", "cr", "tbl", "tr", "tc"))
W_PPR, W_RPR, W_SECTPR, W_TXBX = map(_w, ("pPr", "rPr", "sectPr", "txbxContent"))
W_DEL, W_MOVEFROM, W_INSTR, W_DELTEXT = map(_w, ("del", "moveFrom", "instrText", "delText"))
W_LRPB, W_SYM, W_NBH, W_SOFTH = map(_w, ("lastRenderedPageBreak", "sym", "noBreakHyphen", "softHyphen"))
W_VAL = _w("val")
W_PSTYLE, W_RSTYLE, W_PBB = map(_w, ("pStyle", "rStyle", "pageBreakBefore"))
W_STYLE, W_STYLEID, W_BASEDON, W_JC, W_SZ, W_RFONTS = map(_w, ("style", "styleId", "basedOn", "jc", "sz", "rFonts"))
W_EAST, W_ASCII, W_HANSI, W_COLOR, W_B, W_TYPE, W_DEFAULT = map(_w, ("eastAsia", "ascii", "hAnsi", "color", "b", "type", "default"))
W_EAST_THEME, W_ASCII_THEME, W_HANSI_THEME = map(_w, ("eastAsiaTheme", "asciiTheme", "hAnsiTheme"))
W_NUMPR, W_NUMID, W_ILVL = map(_w, ("numPr", "numId", "ilvl"))
W_STRIKE, W_DSTRIKE = _w("strike"), _w("dstrike")
THEME = "\x00theme:"  # marks a font given as a theme slot (minorEastAsia …), resolved late
MC_ALT, MC_CHOICE, MC_FALLBACK = ("{%s}%s" % (MC, t) for t in ("AlternateContent", "Choice", "Fallback"))
# Inline containers whose children are read as if in place.
TRANSPARENT = set(map(_w, ("hyperlink", "ins", "moveTo", "smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir", "bdo")))
# Containers that may hold text boxes inside a run.
SHAPES = set(map(_w, ("drawing", "pict", "object")))
SKIP = {W_DEL, W_MOVEFROM, W_INSTR, W_DELTEXT, W_PPR, W_RPR, _w("proofErr"), _w("bookmarkStart"), _w("bookmarkEnd")}

_CJK = lazy_re("[\u2e80-\U0010ffff]")  # east-Asian text: takes the eastAsia font
MAX_TABLE_DEPTH = 12
SENTENCE_END = "。！？；：…!?;:"
CLOSERS = "”’」』）)】》"
JC = {"center": "center", "right": "right", "end": "right", "both": "justify", "distribute": "justify",
      "justify": "justify", "left": "left", "start": "left", "thaiDistribute": "justify"}
TWIP_MM = 25.4 / 1440


def _child(el, tag: str):
    """``el.find(tag)`` for one plain tag — its first child with that tag —
    without lxml's ElementPath (six times cheaper; called for every
    paragraph and run)."""
    for child in el:
        if child.tag == tag:
            return child
    return None


def _on(el) -> bool | None:
    """A toggle property (w:b …): present and not false."""
    if el is None:
        return None
    v = el.get(W_VAL)
    return v not in ("0", "false", "off", "none")


class _Props:
    __slots__ = ("jc", "sz", "east", "ascii", "color", "bold", "strike")

    def __init__(self):
        self.jc = self.sz = self.east = self.ascii = self.color = self.bold = self.strike = None

    def fill(self, other: "_Props") -> None:
        for k in self.__slots__:
            if getattr(self, k) is None:
                setattr(self, k, getattr(other, k))


def _rpr_props(rpr, p: _Props) -> None:
    if rpr is None:
        return
    for child in rpr:
        tag = child.tag
        if tag == W_SZ:
            try:
                p.sz = int(child.get(W_VAL)) / 2.0
            except (TypeError, ValueError):
                pass
        elif tag == W_RFONTS:
            # a theme attribute supersedes the plain one (ECMA-376 17.3.2.26)
            th = child.get(W_EAST_THEME)
            p.east = (THEME + th if th else child.get(W_EAST)) or p.east
            th = child.get(W_ASCII_THEME) or child.get(W_HANSI_THEME)
            p.ascii = (THEME + th if th else (child.get(W_ASCII) or child.get(W_HANSI))) or p.ascii
        elif tag == W_COLOR:
            v = (child.get(W_VAL) or "").upper()
            if v and v != "AUTO":
                p.color = v
        elif tag == W_B:
            p.bold = _on(child)
        elif tag in (W_STRIKE, W_DSTRIKE):
            p.strike = bool(p.strike) or _on(child)


def _numpr(el) -> tuple[str | None, int | None]:
    """(numId, ilvl) of a ``w:numPr``; either may be absent."""
    nid = _child(el, W_NUMID)
    lvl = _child(el, W_ILVL)
    num_id = nid.get(W_VAL) if nid is not None else None
    try:
        ilvl = int(lvl.get(W_VAL)) if lvl is not None else None
    except (TypeError, ValueError):
        ilvl = None
    return num_id, ilvl


class _StyleTable:
    """styleId → ``w:style`` element for the quick path of
    :mod:`.styles_xml`: ``in`` answers for every style of the part, the
    elements parsed up front are the ones the document uses (with their
    basedOn chains); any other one asked for (a style numbering.xml links
    to) comes from the whole part, parsed then."""

    __slots__ = ("_loaded", "_ids", "_whole")

    def __init__(self, loaded: dict, ids, whole):
        self._loaded = loaded
        self._ids = ids
        self._whole = whole

    def __contains__(self, sid) -> bool:
        return sid in self._ids

    def __getitem__(self, sid):
        el = self._loaded.get(sid)
        if el is None:
            if sid not in self._ids:
                raise KeyError(sid)
            el = self._loaded[sid] = self._whole(sid)
        return el


class _Styles:
    """Resolved paragraph/run properties from styles.xml (basedOn chains),
    computed lazily for the styles a document uses. Built from the whole
    part's tree (``root``) or from what :func:`.styles_xml.read_styles`
    parsed (``quick``)."""

    def __init__(self, root, load_theme=None, quick=None):
        self.raw = {}  # styleId -> w:style element
        self.default_para: str | None = None
        self.defaults = _Props()
        self._own: dict[str, tuple[str | None, _Props]] = {}
        self._cache: dict[tuple, _Props] = {}
        self._numpr: dict[str, tuple[str | None, int | None]] = {}
        self.theme_fonts: dict[str, str] | None = None
        self._load_theme = load_theme
        self.east_lang: str | None = None
        if quick is not None:
            dd, loaded, ids, self.default_para, whole = quick
            self.raw = _StyleTable(loaded, ids, whole)
            self._docdefaults(dd)
            return
        if root is None:
            return
        self._docdefaults(root.find(_w("docDefaults")))
        for st in root.iterchildren(W_STYLE):
            sid = st.get(W_STYLEID)
            if not sid:
                continue
            self.raw[sid] = st
            if self.default_para is None and st.get(W_TYPE) == "paragraph" and st.get(W_DEFAULT) in ("1", "true", "on"):
                self.default_para = sid

    def _docdefaults(self, dd) -> None:
        if dd is not None:
            rpr = dd.find(f"{_w('rPrDefault')}/{W_RPR}")
            _rpr_props(rpr, self.defaults)
            lang = rpr.find(_w("lang")) if rpr is not None else None
            if lang is not None:
                self.east_lang = lang.get(W_EAST)
            jc = dd.find(f"{_w('pPrDefault')}/{W_PPR}/{W_JC}")
            if jc is not None:
                self.defaults.jc = JC.get(jc.get(W_VAL) or "")

    def _props(self, sid: str) -> tuple[str | None, _Props]:
        if sid not in self._own:
            st = self.raw[sid]
            props = _Props()
            jc = st.find(f"{W_PPR}/{W_JC}")
            if jc is not None:
                props.jc = JC.get(jc.get(W_VAL) or "")
            _rpr_props(st.find(W_RPR), props)
            based = st.find(W_BASEDON)
            self._own[sid] = (based.get(W_VAL) if based is not None else None, props)
        return self._own[sid]

    def numpr(self, sid: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph style gives its paragraphs, along the
        basedOn chain (nearest style that says anything wins)."""
        if sid is None or sid not in self.raw:
            sid = self.default_para
        if sid is None or sid not in self.raw:
            return None, None
        if sid in self._numpr:
            return self._numpr[sid]
        num_id = ilvl = None
        seen = set()
        cur: str | None = sid
        while cur and cur in self.raw and cur not in seen and len(seen) < 30:
            seen.add(cur)
            st = self.raw[cur]
            np_ = st.find(f"{W_PPR}/{W_NUMPR}")
            if np_ is not None:
                nid, lvl = _numpr(np_)
                num_id = num_id if num_id is not None else nid
                ilvl = ilvl if ilvl is not None else lvl
                if num_id is not None:
                    break
            cur = self._props(cur)[0]
        self._numpr[sid] = (num_id, ilvl)
        return num_id, ilvl

    def font(self, name: str | None) -> str | None:
        """A font name with a theme slot (``minorEastAsia`` …) resolved
        through the theme part; None when the theme does not name one."""
        if not name or not name.startswith(THEME):
            return name
        if self.theme_fonts is None:
            self.theme_fonts = self._load_theme() if self._load_theme else {}
        return self.theme_fonts.get(name[len(THEME):]) or None

    def get(self, sid: str | None, defaults: bool = True) -> _Props:
        """Properties of style ``sid`` with basedOn chain (and docDefaults)."""
        if sid is None or sid not in self.raw:
            sid = self.default_para
        if sid is None or sid not in self.raw:
            return self.defaults if defaults else _Props()
        if (sid, defaults) in self._cache:
            return self._cache[(sid, defaults)]
        out = _Props()
        seen = set()
        cur: str | None = sid
        while cur and cur in self.raw and cur not in seen and len(seen) < 30:
            seen.add(cur)
            based, props = self._props(cur)
            out.fill(props)
            cur = based
        if defaults:
            out.fill(self.defaults)
        self._cache[(sid, defaults)] = out
        return out


class _Walker:
    def __init__(self, styles: _Styles, limits: ReadLimits, use_rendered: bool, load_numbering=None):
        self.styles = styles
        self._load_numbering = load_numbering
        self._numbering = None
        self._pending_struck = ""
        self.limits = limits
        self.use_rendered = use_rendered
        self.page = 1
        self.saw_break = False
        self.out: list[Paragraph] = []

    # ---- block level -------------------------------------------------
    def block(self, el, depth: int, in_table: bool) -> None:
        for child in el:
            tag = child.tag
            if tag == W_P:
                self.paragraph(child, depth, in_table)
            elif tag == W_TBL:
                if depth >= MAX_TABLE_DEPTH:
                    self.flat(child)
                else:
                    self.block(child, depth + 1, True)
            elif tag in (W_TR, W_TC) or tag in TRANSPARENT:
                self.block(child, depth, in_table)
            elif tag == MC_ALT:
                branch = self._branch(child)
                if branch is not None:
                    self.block(branch, depth, in_table)

    def flat(self, el) -> None:
        """Too deep: every paragraph below ``el`` in order, no recursion."""
        for p in el.iter(W_P):
            text = "".join(t.text or "" for t in p.iter(W_T))
            self._emit(text, p, True, None)

    @staticmethod
    def _branch(alt):
        choice = _child(alt, MC_CHOICE)
        fallback = _child(alt, MC_FALLBACK)
        if choice is not None and (next(choice.iter(W_T), None) is not None or fallback is None):
            return choice
        return fallback if fallback is not None else choice

    # ---- paragraph ---------------------------------------------------
    def paragraph(self, p, depth: int, in_table: bool) -> None:
        ppr = _child(p, W_PPR)
        style_id = None
        jc = None
        if ppr is not None:
            ps = _child(ppr, W_PSTYLE)
            if ps is not None:
                style_id = ps.get(W_VAL)
            j = _child(ppr, W_JC)
            if j is not None:
                jc = JC.get(j.get(W_VAL) or "")
            if not self.use_rendered and _on(_child(ppr, W_PBB)):
                self._page_break()
        pstyle = self.styles.get(style_id)
        align = jc or pstyle.jc or "left"
        prefix = self._number(ppr, style_id)
        # segments: list of (text pieces, runs with char counts)
        self._struck: list[str] = []
        self._pieces: list[str] = [prefix] if prefix else []
        self._runs: list[tuple[int, int, _Props]] = []
        self._boxes: list = []
        self._segments: list[tuple[str, list, int | None]] = []
        self._seg_page: int | None = None
        self._align = align
        self.inline(p)
        segments = self._segments + [("".join(self._pieces), self._runs, self._seg_page)]
        struck = "".join(self._struck).strip()
        boxes = self._boxes
        # text boxes first (anchored here; the 版头 often lives in one)
        for box in boxes:
            self.block(box, depth, in_table)
        before = len(self.out)
        for k, (text, runs, page) in enumerate(segments):
            self._emit_formatted(text, runs, in_table, pstyle, align, page or self.page, prefix if k == 0 else None)
        if struck:  # on this paragraph; a paragraph struck whole: on the one before
            if self.out:
                self.out[-1].struck += struck
            else:
                self._pending_struck += struck
        elif self._pending_struck and len(self.out) > before:
            self.out[before].struck = self._pending_struck + self.out[before].struck
            self._pending_struck = ""

    def _number(self, ppr, style_id: str | None) -> str | None:
        """The automatic number Word shows before this paragraph (advancing
        the list counters), or None."""
        num_id = ilvl = None
        if ppr is not None:
            np_ = _child(ppr, W_NUMPR)
            if np_ is not None:
                num_id, ilvl = _numpr(np_)
        if num_id is None or ilvl is None:
            s_num, s_lvl = self.styles.numpr(style_id)
            if num_id is None:
                num_id = s_num
            if ilvl is None and num_id is not None and num_id == s_num:
                ilvl = s_lvl
        if num_id is None or num_id == "0":
            return None
        numbering = self.numbering()
        if numbering is None:
            return None
        if ilvl is None:
            ilvl = numbering.level_of_style(num_id, style_id or self.styles.default_para)
        return numbering.next(num_id, ilvl)

    def numbering(self):
        if self._numbering is None:
            self._numbering = self._load_numbering() if self._load_numbering else False
        return self._numbering or None

    def inline(self, el) -> None:
        for child in el:
            tag = child.tag
            if tag == W_R:
                self.run(child)
            elif tag in TRANSPARENT:
                self.inline(child)
            elif tag == MC_ALT:
                branch = self._branch(child)
                if branch is not None:
                    self.inline(branch)
            elif tag == W_LRPB and self.use_rendered:
                self._page_break()

    def run(self, r) -> None:
        props = _Props()
        rpr = _child(r, W_RPR)
        if rpr is not None:
            _rpr_props(rpr, props)
            rs = _child(rpr, W_RSTYLE)
            if rs is not None:
                if rs.get(W_VAL) in self.styles.raw:
                    props.fill(self.styles.get(rs.get(W_VAL), defaults=False))
        if props.strike:
            # struck through (strikethrough formatting): not live text, as in
            # a PDF export (see pdf.py); kept for the report (ZG002)
            self._struck.extend(child.text or "" for child in r if child.tag == W_T)
            return
        n = cjk = 0
        for child in r:
            tag = child.tag
            if tag == W_T:
                t = child.text or ""
                if t and self._seg_page is None:
                    self._seg_page = self.page
                self._pieces.append(t)
                n += len(t)
                cjk += len(_CJK.findall(t))
            elif tag == W_TAB:
                self._pieces.append("　")
            elif tag in (W_BR, W_CR):
                kind = child.get(W_TYPE)
                if kind == "page":
                    if not self.use_rendered:
                        self._page_break()
                elif kind != "column":
                    self._soft_break(props, n, cjk)
                    n = cjk = 0
            elif tag == W_LRPB:
                if self.use_rendered:
                    self._page_break()
            elif tag == W_NBH:
                self._pieces.append("-")
            elif tag == W_SYM:
                code = child.get(_w("char")) or ""
                try:
                    ch = chr(int(code, 16))
                except ValueError:
                    ch = ""
                if ch and not ("\ue000" <= ch <= "\uf8ff"):
                    self._pieces.append(ch)
                    n += 1
            elif tag in SHAPES:
                self._find_boxes(child)
            elif tag == MC_ALT:
                branch = self._branch(child)
                if branch is not None:
                    for sub in branch:
                        if sub.tag in SHAPES:
                            self._find_boxes(sub)
        if n:
            self._runs.append((n, cjk, props))

    def _find_boxes(self, el) -> None:
        for child in el:
            if child.tag == W_TXBX:
                self._boxes.append(child)
            elif child.tag == MC_ALT:
                branch = self._branch(child)
                if branch is not None:
                    self._find_boxes(branch)
            else:
                self._find_boxes(child)

    def _soft_break(self, props: _Props, n: int, cjk: int) -> None:
        if n:
            self._runs.append((n, cjk, props))
        text = "".join(self._pieces)
        stripped = text.rstrip(" 　\t")
        ends = bool(stripped) and (stripped[-1] in SENTENCE_END or (stripped[-1] in CLOSERS and len(stripped) > 1 and stripped[-2] in SENTENCE_END))
        if self._align in ("center", "right") or ends:
            self._segments.append((text, self._runs, self._seg_page))
            self._pieces, self._runs, self._seg_page = [], [], None

    def _page_break(self) -> None:
        self.page += 1
        self.saw_break = True

    # ---- output ------------------------------------------------------
    def _emit_formatted(self, text: str, runs: list[tuple[int, int, _Props]], in_table: bool,
                        ps: _Props, align: str, page: int, number: str | None = None) -> None:
        # ``number``: the automatic number Word put before this text (numbering.py)
        prefix = len(number) if number and text.startswith(number) else 0
        text = clean(text).strip()
        if not text:
            return
        prefix = min(prefix, len(text))
        # every property resolves on its own along the chain: direct run →
        # character style (done in run()) → paragraph style → docDefaults
        # the font of the paragraph's Chinese text: Chinese characters take
        # the eastAsia font, the rest the ascii one; most characters win
        fonts: dict[str, int] = {}
        latin: dict[str, int] = {}
        weight: dict[tuple, int] = {}
        size = None
        any_cjk = False
        font_of = self.styles.font
        p_sz, p_east, p_ascii, p_color, p_bold = ps.sz, ps.east, ps.ascii, ps.color, ps.bold
        for n, cjk, pr in runs:  # a property the run leaves unset falls to the paragraph style
            sz = pr.sz if pr.sz is not None else p_sz
            if sz and (size is None or sz > size):
                size = sz
            east = font_of(pr.east if pr.east is not None else p_east)
            ascii_ = font_of(pr.ascii if pr.ascii is not None else p_ascii)
            if cjk:
                any_cjk = True
                if east:
                    fonts[east] = fonts.get(east, 0) + cjk
            if n - cjk and ascii_:
                latin[ascii_] = latin.get(ascii_, 0) + n - cjk
            key = (pr.color if pr.color is not None else p_color, pr.bold if pr.bold is not None else p_bold)
            weight[key] = weight.get(key, 0) + n
        size = size or ps.sz
        font = color = bold = None
        if fonts:
            font = max(fonts.items(), key=lambda kv: kv[1])[0]
        elif latin and not any_cjk:
            font = max(latin.items(), key=lambda kv: kv[1])[0]
        if weight:
            color, bold = max(weight.items(), key=lambda kv: kv[1])[0]
        if not runs:
            font = self.styles.font(ps.east) or self.styles.font(ps.ascii)
        color = color or ps.color
        bold = bold if bold is not None else bool(ps.bold)
        self._append(Paragraph(text=text, page=page, align=align, font_size=size,
                               font_name=font, color=color, bold=bool(bold), in_table=in_table,
                               generated_prefix=prefix))

    def _emit(self, text: str, p, in_table: bool, _unused) -> None:
        text = clean(text).strip()
        if text:
            self._append(Paragraph(text=text, page=self.page, in_table=in_table))

    def _append(self, para: Paragraph) -> None:
        if len(self.out) >= self.limits.max_paragraphs:
            raise ReadError("too_large", f"段落数超过上限 {self.limits.max_paragraphs}（可在配置 [read] max-paragraphs 调整）。")
        para.index = len(self.out) + 1
        self.out.append(para)


def _main_part(zf, names: set[str]) -> str | None:
    from .safezip import parse_xml, read_member

    if "_rels/.rels" in names:
        try:
            rels = parse_xml(read_member(zf, "_rels/.rels", 1 << 20), "_rels/.rels")
            for rel in rels:
                if (rel.get("Type") or "").endswith("/officeDocument"):
                    target = (rel.get("Target") or "").lstrip("/")
                    if target in names:
                        return target
        except ReadError:
            pass
    return "word/document.xml" if "word/document.xml" in names else None


def _parts(zf, names: set[str], main: str, cap: int) -> dict[str, str]:
    """Part names of the main part's numbering and theme (its relationships,
    else the usual names)."""
    from .safezip import parse_xml, read_member

    folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
    out = {}
    rels = f"{folder}_rels/{main.rsplit('/', 1)[-1]}.rels"
    if rels in names:
        try:
            root = parse_xml(read_member(zf, rels, 1 << 20), rels)
            for rel in root:
                kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
                target = rel.get("Target") or ""
                if kind in ("numbering", "theme") and rel.get("TargetMode") != "External":
                    name = target.lstrip("/") if target.startswith("/") else _join(folder, target)
                    if name in names:
                        out.setdefault(kind, name)
        except ReadError:
            pass
    for kind, name in (("numbering", folder + "numbering.xml"), ("theme", folder + "theme/theme1.xml")):
        if kind not in out and name in names:
            out[kind] = name
    return out


def _join(folder: str, target: str) -> str:
    parts: list[str] = [p for p in folder.split("/") if p]
    for seg in target.split("/"):
        if seg == "..":
            if parts:
                parts.pop()
        elif seg and seg != ".":
            parts.append(seg)
    return "/".join(parts)


A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_SCRIPT = {"zh-TW": "Hant", "zh-HK": "Hant", "zh-MO": "Hant", "ja": "Jpan", "ko": "Hang"}


def _theme_fonts(root, east_lang: str | None) -> dict[str, str]:
    """Theme font slots (``minorEastAsia``, ``majorHAnsi`` …) → typeface.
    An empty ``a:ea`` means the script font of the document's east-Asian
    language (简体中文 unless the document says otherwise)."""
    out: dict[str, str] = {}
    if root is None:
        return out
    lang = east_lang or "zh-CN"
    script = _SCRIPT.get(lang, _SCRIPT.get(lang.split("-")[0], "Hans"))
    for scheme in root.iter("{%s}fontScheme" % A_NS):
        for which in ("major", "minor"):
            f = scheme.find("{%s}%sFont" % (A_NS, which))
            if f is None:
                continue
            latin = f.find("{%s}latin" % A_NS)
            ea = f.find("{%s}ea" % A_NS)
            name = latin.get("typeface") if latin is not None else None
            if name:
                out[which + "Ascii"] = out[which + "HAnsi"] = name
            east = ea.get("typeface") if ea is not None else None
            if not east:
                for sf in f.iterchildren("{%s}font" % A_NS):
                    if sf.get("script") == script and sf.get("typeface"):
                        east = sf.get("typeface")
                        break
            if east:
                out[which + "EastAsia"] = east
        break
    return out


def _not_word(names: set[str]) -> ReadError:
    if any(n.startswith("xl/") for n in names):
        return ReadError("unsupported_format", "这是 Excel 表格文件（内容是 .xlsx），不是 Word 文档；zgov 只检查 .docx、.pdf、.txt、.md。")
    if any(n.startswith("ppt/") for n in names):
        return ReadError("unsupported_format", "这是 PowerPoint 演示文稿（内容是 .pptx），不是 Word 文档；zgov 只检查 .docx、.pdf、.txt、.md。")
    if "mimetype" in names or "content.xml" in names:
        return ReadError("unsupported_format", "这是 ODF/OFD 等其他格式的文件，不是 Word 文档，请另存为 .docx 后再检查。")
    return ReadError("corrupt", "压缩包里没有 Word 正文（word/document.xml），文件已损坏或不是 Word 文档，请重新导出 .docx。")


def _layout(body, styles: _Styles) -> Layout:
    lay = Layout()
    sect = None
    for p in body.iter(W_P):  # first section = first paragraph-level sectPr
        ppr = _child(p, W_PPR)
        if ppr is not None and _child(ppr, W_SECTPR) is not None:
            sect = _child(ppr, W_SECTPR)
            break
    if sect is None:
        sect = body.find(W_SECTPR)
    normal = styles.get(None)
    lay.default_font_name = styles.font(normal.east) or styles.font(normal.ascii)
    lay.default_font_size = normal.sz
    if sect is None:
        return lay

    def twips(el, attr):
        if el is None:
            return None
        try:
            return abs(int(float(el.get(_w(attr)))))
        except (TypeError, ValueError):
            return None

    pgsz = sect.find(_w("pgSz"))
    mar = sect.find(_w("pgMar"))
    w, h = twips(pgsz, "w"), twips(pgsz, "h")
    if pgsz is not None and pgsz.get(_w("orient")) == "landscape" and w and h and w < h:
        w, h = h, w
    top, bottom, left, right = (twips(mar, a) for a in ("top", "bottom", "left", "right"))
    mm = lambda v: round(v * TWIP_MM, 1) if v is not None else None  # noqa: E731
    lay.page_width_mm, lay.page_height_mm = mm(w), mm(h)
    lay.margin_top_mm, lay.margin_bottom_mm = mm(top), mm(bottom)
    lay.margin_left_mm, lay.margin_right_mm = mm(left), mm(right)
    grid = sect.find(_w("docGrid"))
    if grid is not None:
        gtype = grid.get(_w("type")) or "default"
        pitch = twips(grid, "linePitch")
        if gtype in ("lines", "linesAndChars", "snapToChars") and pitch and h and top is not None and bottom is not None:
            n = (h - top - bottom) / pitch
            lay.lines_per_page = round(n) if abs(n - round(n)) < 0.15 else int(n)
        if gtype in ("linesAndChars", "snapToChars") and w and left is not None and right is not None:
            try:
                cs = int(grid.get(_w("charSpace")) or 0)
            except ValueError:
                cs = 0
            if cs >= 1 << 31:  # LibreOffice writes a negative ST_DecimalNumber as unsigned 32-bit
                cs -= 1 << 32
            base = normal.sz or 10.5
            pitch_pt = base + cs / 4096.0
            if pitch_pt > 1:
                n = (w - left - right) / 20.0 / pitch_pt
                lay.chars_per_line = round(n) if abs(n - round(n)) < 0.15 else int(n)
    return lay


def _whole_styles(data: bytes, part: str):
    """``styleId → w:style`` from the whole part, parsed on the first call
    (a style the quick path did not load); an empty style when the part is
    broken or has no such style."""
    table: dict | None = None

    def get(sid: str):
        nonlocal table
        from lxml import etree

        if table is None:
            from .safezip import parse_xml

            table = {}
            try:
                for st in parse_xml(data, part).iterchildren(W_STYLE):
                    if st.get(W_STYLEID):
                        table[st.get(W_STYLEID)] = st
            except ReadError:
                pass
        el = table.get(sid)
        return el if el is not None else etree.Element(W_STYLE)

    return get


def read_docx(path: str, limits: ReadLimits) -> RawDocument:
    return guarded(_read_docx, path, limits, memory_msg="文档太大，读取时内存不足，已放弃。",
                   corrupt_msg="文件已损坏或不完整，无法读取；请用 Word/WPS 打开确认后重新保存为 .docx。",
                   deep_kind="too_large", deep_msg="文档结构嵌套过深，无法读取。")


def _read_docx(path: str, limits: ReadLimits) -> RawDocument:
    from .safezip import open_zip, parse_xml, read_member, read_member_shared

    data = read_input(path, limits)
    zf = open_zip(data, limits.max_inflated_mb)
    cap = limits.max_inflated_mb * 1024 * 1024
    names = set(zf.namelist())
    main = _main_part(zf, names)
    if main is None:
        raise _not_word(names)
    root = parse_xml(read_member(zf, main, cap), main)
    body = root.find(_w("body")) if root.tag == _w("document") else None
    styles_root = quick = None
    styles_name = main.rsplit("/", 1)[0] + "/styles.xml" if "/" in main else "styles.xml"
    if styles_name in names:
        try:
            styles_data = read_member_shared(zf, data, styles_name, cap)  # a template's, unchanged
            if body is not None:  # only the styles the document names (styles_xml.py)
                used = {el.get(W_VAL) for el in body.iter(W_PSTYLE, W_RSTYLE)}
                try:
                    dd, loaded, ids, default_para = read_styles(styles_data, styles_name, used)
                    quick = (dd, loaded, ids, default_para, _whole_styles(styles_data, styles_name))
                except Unsure:
                    quick = None
            if quick is None:
                styles_root = parse_xml(styles_data, styles_name)
        except ReadError as e:
            if e.kind == "too_large" or "DTD" in e.message:
                raise
            styles_root = quick = None  # broken styles: read the text anyway
    if root.tag != _w("document"):
        raise ReadError("corrupt", "Word 正文部件格式不对（可能是 Strict OOXML 或已损坏），请用 Word 另存为普通 .docx 后再检查。")
    if body is None:
        raise ReadError("empty", "文档里没有正文内容。")
    parts = _parts(zf, names, main, cap)

    def load_part(kind: str):
        name = parts.get(kind)
        if name is None:
            return None
        try:
            return parse_xml(read_member(zf, name, cap), name)
        except ReadError as e:
            if e.kind == "too_large" or "DTD" in e.message:
                raise
            return None  # a broken optional part: read the text anyway

    def load_numbering():
        return Numbering(load_part("numbering"), styles.numpr)

    def load_theme():
        return _theme_fonts(load_part("theme"), styles.east_lang)

    styles = _Styles(styles_root, load_theme, quick)
    use_rendered = next(body.iter(W_LRPB), None) is not None
    walker = _Walker(styles, limits, use_rendered, load_numbering)
    walker.block(body, 0, False)
    paras = walker.out
    if not paras:
        raise ReadError("empty", "文档里没有文字内容（可能只有图片或是空白文档）；若是扫描图片，请先做文字识别（OCR）。")
    if not walker.saw_break:
        for p in paras:
            p.page = None
    layout = _layout(body, styles)
    layout.page_count = walker.page if walker.saw_break else None
    return RawDocument(path=path, format="docx", paragraphs=paras, layout=layout)
