"""ZG1 — 行文规则 (routing): who may write what to whom (第二十七条、第三十四条、
第三十五条；《党政机关公文处理工作条例》第十四条、第十五条).

The rules read the structured document (文种, 发文机关, 主送, 抄送, 正文) and
the organisation kinds of :mod:`zgov_cli.orgs`; vocabularies (request verbs,
proper 报告 endings, authority phrases…) live in ``data/requests.toml``.

ZG101 understands what each ask in a 请示 is about: it finds the asks (request
verbs, enumerated lists after a request lead-in, the title's joined parts),
segments each ask's object with jieba's dictionary (:mod:`zgov_cli.segment`,
POS tags, no HMM), drops generic words, and groups asks
that are about the same thing — the same object, a pointer back (上述经费),
an instalment (首期/二期), a procedural detail (协调、用地手续) — so that only
genuinely different matters are reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from .. import orgs as _orgs
from ..data import load_toml
from ..model import Document, Finding, Paragraph
from .base import Context, Example, Rule, register

_SENT = re.compile(r"[^。；;！？!?]+[。；;！？!?]*")
_QUOTED = re.compile(r"《[^《》]*》|“[^“”]*”|‘[^‘’]*’|「[^「」]*」")
_SPACE = re.compile(r"[\s\u3000]+")
REQUEST_TYPES = ("请示", "报告")


# ---------------------------------------------------------------- vocabulary
@lru_cache(maxsize=1)
def vocab() -> dict:
    return load_toml("requests.toml")


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(items) + ")"


@lru_cache(maxsize=None)
def rx(key: str, sub: str | None = None) -> re.Pattern[str]:
    """A pattern compiled from a list (alternation) or a string in the data."""
    v = vocab()[sub][key] if sub else vocab()[key]
    return re.compile(v if isinstance(v, str) else _alt(v))


def squash(text: str) -> str:
    return _SPACE.sub("", text)


def mask_quotes(text: str) -> str:
    """Replace quoted text (《…》, “…”) by placeholders of the same length:
    a request quoted from another document is not this document's."""
    return _QUOTED.sub(lambda m: m.group(0)[0] + "□" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def sentences(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _SENT.finditer(text) if m.group(0).strip()]


def body_paras(doc: Document) -> list[Paragraph]:
    """The document's own 正文 (a forwarded 报告/请示 after the date is not it)."""
    return [p for p in doc.body_paragraphs() if p.role == "body"]


def kind(name: str, ctx: Context) -> str:
    return _orgs.classify(name, ctx.config.orgs)


def issuer_kind(doc: Document, ctx: Context) -> str | None:
    return kind(doc.issuer, ctx) if doc.issuer else None


def clip(text: str, width: int = 60) -> str:
    t = text.strip().rstrip("。；;，,")
    return t if len(t) <= width else t[: width - 1] + "…"


def clip_left(text: str, width: int = 60) -> str:
    """Like :func:`clip`, but keeps the end (where an ask is) of a long text,
    starting after a comma when one is near."""
    t = text.strip().strip("，,、 ").rstrip("。；;")
    if len(t) <= width:
        return t
    tail = t[-(width - 1) :]
    comma = max(tail.find("，"), tail.find(","))
    if 0 <= comma < width // 2:
        tail = tail[comma + 1 :]
    return "…" + tail


def has_authority(doc: Document) -> str | None:
    """The phrase by which a department says it writes with the county's
    authority (经县政府同意、受县政府委托), if any (title, body)."""
    texts = [doc.title or ""] + [p.text for p in body_paras(doc)]
    pat = rx("authority", "orders")
    for t in texts:
        m = pat.search(squash(t))
        if m:
            return m.group(0)
    return None


# ---------------------------------------------------------------- asks (ZG101)
@lru_cache(maxsize=1)
def _seg():
    """jieba's dictionary with the domain words kept whole (a segmenter of
    its own: jieba's global tokenizer is not touched, jieba not loaded)."""
    from ..segment import Segmenter

    return Segmenter().add_words(vocab()["matters"]["words"], tag="n")


_KEEP_FLAGS = ("n", "vn", "l", "j", "eng", "x", "an", "nz")
_PLACE_TAG = "place"  # a tag no kept flag starts with: places are dropped
_places_added: set[str] = set()


def add_places(names) -> None:
    """Keep the configured place names (巴公镇, 北义城镇) whole when asks are
    segmented: jieba's dictionary lacks most of them and, without HMM, cuts
    them into pieces that look like words (金村镇 → 金|村镇)."""
    new = [n for n in dict.fromkeys(names) if n and n not in _places_added]
    if new:
        _seg().add_words(new, tag=_PLACE_TAG)
        _places_added.update(new)
        specifics.cache_clear()


def _drop_places(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop place names: where a thing is (巴公镇, 冶底村) does not say which
    thing it is, and two asks in one village may be two matters. A name the
    dictionary lacks comes out as single characters (or a place-tagged piece)
    before its 镇/乡/村/社区; the whole run goes."""
    suffixes = set(vocab()["matters"]["place_suffixes"])
    out: list[tuple[str, str]] = []
    for word, flag in pairs:
        if flag == _PLACE_TAG:
            continue
        if word in suffixes:
            k = len(out)
            while k > 0 and len(out) - k < 3 and (len(out[k - 1][0]) == 1 or out[k - 1][1] in ("ns", "nr")) \
                    and re.fullmatch(r"[\u4e00-\u9fff]+", out[k - 1][0]) and out[k - 1][0] not in "在于对向为和与及的把将从给":
                k -= 1
            if k < len(out):
                del out[k:]
                continue
        out.append((word, flag))
    return out


@lru_cache(maxsize=2048)
def specifics(text: str) -> frozenset[str]:
    """The words of an ask's object that say which thing it is about."""
    generic = set(vocab()["matters"]["generic"])
    cats = vocab()["categories"]
    catwords = {w for ws in cats.values() for w in ws}
    out = set()
    for word, flag in _drop_places(_seg().pos_cut(text)):
        if len(word) < 2 or word in generic or word in catwords:
            continue
        if not flag.startswith(_KEEP_FLAGS):
            continue
        if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", word):
            continue
        out.add(word)
    return frozenset(out)


def categories(text: str) -> frozenset[str]:
    return frozenset(k for k, ws in vocab()["categories"].items() if any(w in text for w in ws))


def overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    return any(x in y or y in x for x in a for y in b)


@lru_cache(maxsize=1)
def _strip_words() -> re.Pattern[str]:
    v = vocab()
    ws = {w for w in v["matters"]["generic"] if len(w) >= 2}
    ws |= {w for cat in v["categories"].values() for w in cat if len(w) >= 2}
    return re.compile("|".join(sorted(map(re.escape, ws), key=len, reverse=True)))


def has_content(text: str) -> bool:
    """Cheap test (no segmentation): does ``text`` hold words beyond the
    generic ones? A superset of ``bool(specifics(text))``."""
    rest = _strip_words().sub("", text)
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z]", rest)) >= 2


@dataclass
class Ask:
    para: Paragraph | None
    text: str  # the ask as written, for evidence
    obj: str  # what it asks for
    before: str  # the sentence before the verb (what an elliptical ask is about)
    cats: frozenset[str]
    backref: bool = False
    connective: bool = False
    context: str = ""  # the earlier sentences of its paragraph
    item: int | None = None  # which enumerated entry (一是/第一，/二、) it is in
    _spec: frozenset[str] | None = None

    @property
    def spec(self) -> frozenset[str]:
        """Key words of the object (segmented only when asks are compared)."""
        if self._spec is None:
            sp = specifics(self.obj) if has_content(self.obj) else frozenset()
            if not sp and self.before:
                sp = specifics(self.before) if has_content(self.before) else frozenset()
            self._spec = sp
        return self._spec

    @property
    def context_spec(self) -> frozenset[str]:
        """What an ask that names nothing of its own is about, from the
        earlier sentences of its paragraph (需县级配套240万元。恳请拨付)."""
        return specifics(self.context) if self.context and has_content(self.context) else frozenset()

    @property
    def object_spec(self) -> frozenset[str]:
        """What a procedural ask (协调县自然资源局予以解决) is about: its
        object and the clause before it, without who is to carry it out."""
        agent = rx("agent_names", "matters")
        sp = specifics(self.before + self.obj) if has_content(self.before + self.obj) else frozenset()
        return frozenset(w for w in sp if not agent.search(w))

    @property
    def resources(self) -> frozenset[str]:
        return self.cats & frozenset(vocab()["matters"]["resource_kinds"])

    @property
    def elliptical(self) -> bool:
        """Says nothing of its own about which thing it is for (cheap test)."""
        if self._spec is not None:
            return not self._spec
        return not (has_content(self.obj) or (self.before and has_content(self.before)))


def _make_ask(
    para: Paragraph, obj: str, before: str, sentence: str, evidence: str, context: str = "", item: int | None = None,
    para_connective: bool = False,
) -> Ask | None:
    cats = categories(obj)
    content = has_content(obj)
    if not content and before and not (cats - {"procedure"}):
        # the object is elliptical (予以安排): what it is about is said before
        cats = cats | categories(before)
    if not content and not (before and has_content(before)) and not cats:
        return None  # a closing (请予批准) or a vague ask: no matter of its own
    s = sentence.lstrip("，,、 ")
    return Ask(
        para=para,
        text=evidence,
        obj=obj,
        before=before,
        cats=cats,
        backref=bool(rx("backref", "matters").search(sentence)),
        connective=para_connective or any(s.startswith(c) for c in vocab()["matters"]["connectives"]),
        context=context,
        item=item,
    )


def _ask_sentence(upto: str, prev: str) -> str:
    """The evidence for an ask that names nothing of its own (予以追加、给予
    支持): its sentence up to the end of the ask, and the sentence before it
    in the paragraph when this one says nothing either (为此，恳请予以解决)."""
    text = upto.lstrip("，,、 ")
    if not has_content(text) and prev:
        text = prev + text
    return clip_left(text)


def _verb_matches(s: str, lead: str | None = None) -> list[re.Match[str]]:
    """Request verbs in ``s``. ``lead`` is the text of its sentence before
    ``s`` when ``s`` is a clause after a ；(None at a real sentence start):
    a bare 申请 opens an ask only at a real sentence start or in a list of
    asks (恳请安排经费…；申请增加编制…), and no 申请 in a list of funding
    sources (资金筹措渠道：…；申请发行专项债券) is one."""
    out = []
    v = vocab()
    funding = rx("funding_sources", "matters")
    for m in rx("request_verbs").finditer(s):
        before = s[max(0, m.start() - 4) : m.start()]
        after = s[m.end() : m.end() + 2]
        if any(before.endswith(x) for x in v["request_not_after"]):
            continue
        if any(after.startswith(x) for x in v["request_not_before"]):
            continue
        if m.group(0).endswith("申请"):
            if lead is not None and m.start() == 0 and m.group(0) == "申请" and not rx("request_verbs").search(lead):
                continue  # ；申请发行…: a clause, not a sentence (unless one of a list of asks)
            if funding.search((lead or "") + s[: m.start()]):
                continue
        if out and m.start() < out[-1].end():
            continue
        out.append(m)
    return out


def _split_and(obj: str) -> list[str]:
    """``安排经费86万元，并批准增设岗位10个`` → two objects."""
    verbs = _alt(vocab()["matters"]["ask_verbs"])
    parts = re.split(rf"[，,；;](?:并|同时|另|还|另外|此外)(?:请|请求|恳请)?(?:县政府|县人民政府)?(?={verbs})", obj)
    return [p for p in parts if p]


def _enum_items(text: str) -> list[str]:
    pat = rx("enumeration", "matters")
    idx = [m for m in pat.finditer(text)]
    items = []
    for i, m in enumerate(idx):
        end = idx[i + 1].start() if i + 1 < len(idx) else len(text)
        items.append(text[m.end() : end].strip("；;。，, "))
    return [x for x in items if x]


def _item_ask(para: Paragraph, item: str, no: int | None = None) -> Ask | None:
    verbs = vocab()["matters"]["ask_verbs"]
    body = re.sub(r"^(?:请|恳请|请求|申请)?(?:县政府|县人民政府)?", "", item)
    if not (any(body.startswith(v) for v in verbs) or _verb_matches(item) or (categories(item) - {"procedure", "org"})):
        return None
    return _make_ask(para, item, "", item, item, item=no)


def find_asks(doc: Document) -> list[Ask]:
    """Every ask in the 正文 of a 请示, in order."""
    asks: list[Ask] = []
    enum_start = re.compile("^" + vocab()["matters"]["enumeration"])
    lead = False
    n_items = 0  # enumerated entries seen (each ask in one knows which)
    for p in body_paras(doc):
        t = squash(mask_quotes(p.text))
        if not t:
            continue
        if lead and enum_start.match(t):
            for item in _enum_items(t):
                n_items += 1
                a = _item_ask(p, item, n_items)
                if a:
                    asks.append(a)
            continue
        lead = False
        vm = _verb_matches(t)
        if vm and t.rstrip().endswith(("：", ":")) and len(t) - vm[0].start() < 40:
            lead = True  # 恳请县政府给予以下支持： then a list
            continue
        if vm:
            colon = t.find("：", vm[0].end())
            if colon != -1 and enum_start.match(t[colon + 1 :]):
                for item in _enum_items(t[colon + 1 :]):
                    n_items += 1
                    a = _item_ask(p, item, n_items)
                    if a:
                        asks.append(a)
                continue
        para_item = None
        if enum_start.match(t):  # 第二，…请县政府协调解决: an entry of its own
            n_items += 1
            para_item = n_items
        prev = ""  # the sentence before, in this paragraph
        # 同时，景区停车场不足……。请求…: the paragraph's opening connective
        # turns every ask of the paragraph to another topic
        pconn = any(t.startswith(c) for c in vocab()["matters"]["connectives"])
        for off, s in sentences(t):
            if rx("closing_patterns").search(s.strip()):
                prev = s
                continue
            context = t[:off]
            clause_lead = None
            if off > 0 and t[off - 1] in "；;":
                clause_lead = t[t.rfind("。", 0, off) + 1 : off]
            ms = _verb_matches(s, clause_lead)
            for i, m in enumerate(ms):
                end = ms[i + 1].start() if i + 1 < len(ms) else len(s)
                seg = s[m.end() : end]
                before = s[: m.start()]
                pos = m.end()
                for j, obj in enumerate(_split_and(seg)):
                    k = s.find(obj, pos)
                    stop = pos = (k + len(obj)) if k != -1 else end
                    if has_content(rx("agent_inline", "matters").sub("", obj)):
                        ev = clip((s[m.start() : m.end()] + obj) if j == 0 else obj.lstrip("，,并同时另还"))
                    else:
                        # 恳请县政府予以追加, 请县政府协调县自然资源局予以解决:
                        # the ask names nothing of its own (who is to do it is
                        # not what); quote the sentence up to it
                        ev = _ask_sentence(s[:stop], prev)
                    a = _make_ask(p, obj, before if j == 0 else "", s, ev, context, para_item, pconn)
                    if a:
                        asks.append(a)
            prev = "" if ms else s  # another ask is no evidence for the next one
            # an ask with no request verb after 此外/另外: 此外，需增设岗位10个
            if not ms and any(s.startswith(c) for c in vocab()["matters"]["connectives"]):
                verbs = _alt(vocab()["matters"]["ask_verbs"])
                m2 = re.search(rf"(?:需|需要|拟|请)(?:县政府)?(?={verbs})", s)
                if m2:
                    a = _make_ask(p, s[m2.end() :], "", s, clip(s[m2.start() :]), context, para_item, pconn)
                    if a:
                        asks.append(a)
    return asks


def _resolve(x) -> frozenset[str]:
    x = x() if callable(x) else x
    return x or frozenset()


def own_words(spec: frozenset[str], background: frozenset[str]) -> frozenset[str]:
    """The key words of an ask beyond the background of the whole document
    (the title's topic, the issuer's name and field: 应急、救援 in every ask
    of 应急管理局's 请示 on 应急救援能力), which say nothing about which of
    its matters an ask is about."""
    return frozenset(w for w in spec if not overlap(frozenset([w]), background))


def _distinct(a: Ask, b: Ask, bg: frozenset[str]) -> bool:
    """Both asks name things of their own beyond the background, and not
    the same things."""
    oa, ob = own_words(a.spec, bg), own_words(b.spec, bg)
    return bool(oa) and bool(ob) and not overlap(oa, ob)


def _other_project(x: Ask, other: Ask, bg: frozenset[str]) -> bool:
    """A land ask that turns to another topic (同时，……为景区新增停车场项目
    调剂建设用地指标) about a thing of its own that the other ask does not
    name: land for a different project, not a detail of the other's."""
    if not x.connective or x.backref or "land" not in x.cats:
        return False
    if not rx("land_for_project", "matters").search(x.obj):
        return False  # 为临时教学点调剂用地: no project of its own named
    own = own_words(x.object_spec, bg)
    return bool(own) and not overlap(own, other.spec | other.object_spec)


def same_matter(a: Ask, b: Ask, topic, background=None) -> bool:
    """Whether ask ``b`` (later) is about the same matter as ``a``.
    ``topic`` is the key words of the title; ``background`` (default: the
    topic) those of the title and the issuer, not counted as shared words
    where the asks are of different kinds or different entries of a list."""
    if b.backref:
        return True
    bg = _resolve(background) if background is not None else _resolve(topic)
    ra, rb = a.resources, b.resources
    if ra and rb and not (ra & rb):
        # different kinds of resource (经费 vs 编制): different matters, unless
        # they are said of the same named thing (beyond the title's topic and
        # the issuer's field) without a change of topic
        return not b.connective and overlap(own_words(a.spec, bg), own_words(b.spec, bg))
    if a.elliptical or b.elliptical or not a.spec or not b.spec:
        return not _turns_to_another(a, b, topic)
    # different enumerated entries (一、…二、…) not for the same kind of
    # resource, naming different things of their own, share only the
    # background: different matters (two sums of money for one school are
    # not, they share the school)
    entries = a.item is not None and b.item is not None and a.item != b.item and not (ra & rb) and _distinct(a, b, bg)
    turned = _other_project(b, a, bg) or _other_project(a, b, bg)
    if overlap(a.spec, b.spec) and not entries and not turned:
        return True
    if not rb and b.cats & {"procedure", "land"} and not _own_entry(b, a, topic) and not turned:
        return True  # 协调办理用地手续: a detail of the matter it serves
    if not ra and a.cats & {"procedure", "land"} and not _own_entry(a, b, topic) and not turned:
        return True
    t = _resolve(topic)
    if t and overlap(a.spec, t) and overlap(b.spec, t) and not entries and not turned:
        return True
    return False


def _turns_to_another(a: Ask, b: Ask, topic) -> bool:
    """An earlier ask that names nothing of its own (拨付县级配套资金) is
    about what its paragraph or the title says; a later ask that turns to
    another topic (另外/此外/同时) with words of its own outside that is
    another matter (另外，办公楼维修加固……恳请拨付维修经费)."""
    if not b.connective or b.backref or b.elliptical or a.spec:
        return False
    if not b.resources and b.cats & {"procedure", "land"}:
        return False  # 同时，恳请协调办理用地手续: a detail of the matter
    agent = rx("agent_names", "matters")
    own = frozenset(w for w in b.spec if not agent.search(w))
    if not own:
        return False
    t = topic() if callable(topic) else topic
    ref = a.context_spec | (t or frozenset())
    return bool(ref) and not overlap(ref, own)


def _own_entry(x: Ask, other: Ask, topic) -> bool:
    """A procedural ask (协调……予以解决) is a detail of the matter it serves
    unless it is an enumerated entry of its own (第一，…；第二，…) about a
    thing of its own (安置用地, not the 补偿方案 of the other entry) beyond
    the topic of the title (集镇改造) that both entries share."""
    if x.item is None or other.item is None or x.item == other.item:
        return False
    t = topic() if callable(topic) else topic
    t = t or frozenset()
    own = frozenset(w for w in x.object_spec if not overlap(frozenset([w]), t))
    theirs = frozenset(w for w in other.spec | other.object_spec if not overlap(frozenset([w]), t))
    return bool(own) and not overlap(own, theirs)


def group_asks(asks: list[Ask], topic, background=None) -> list[list[Ask]]:
    clusters: list[list[Ask]] = []
    for b in asks:
        target = None
        if (b.backref or b.elliptical) and clusters:
            # an elliptical ask belongs to the latest matter of a compatible kind
            for c in reversed(clusters):
                rc = frozenset().union(*(x.resources for x in c))
                if b.backref or not b.resources or not rc or (rc & b.resources):
                    target = c
                    break
        else:
            for c in clusters:
                if any(same_matter(a, b, topic, background) for a in c):
                    target = c
                    break
        if target is None:
            clusters.append([b])
        else:
            target.append(b)
    return clusters


def _bigram_overlap(a: str, b: str) -> bool:
    """Whether two short texts share a two-character word beyond the generic
    ones (cheap, for title parts)."""
    def grams(t: str) -> set[str]:
        r = _strip_words().sub("|", t)
        return {r[i : i + 2] for i in range(len(r) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", r[i : i + 2])}

    return bool(grams(a) & grams(b))


def title_core(title: str) -> str:
    t = squash(title)
    t = re.sub(r"^.*?关于", "", t)
    t = re.sub(r"的?请示$", "", t)
    return re.sub(r"^(?:申请|请求|恳请|拟请)", "", t)


def title_matters(title: str | None) -> list[str]:
    """Two different asks joined in a 请示's title (申请A和增加B), or []."""
    if not title:
        return []
    core = title_core(title)
    if any(core.endswith(x) for x in vocab()["matters"]["title_single_topic"]):
        return []
    verbs = vocab()["matters"]["title_ask_verbs"]
    acts = vocab()["matters"]["title_action_verbs"]
    j = vocab()["matters"]["title_joiners"]
    for m in re.finditer(j, core):
        a, b = core[: m.start()], core[m.end() :]
        if len(a) < 2 or len(b) < 2:
            continue
        b_verb = any(b.startswith(v) for v in verbs)
        ca, cb = categories(a), categories(b)
        both_res = bool(ca - {"procedure", "land"}) and bool(cb - {"procedure", "land"})
        # 提高A标准和新建B: two verb-object phrases (each with a thing of its own)
        both_act = any(a.startswith(v) for v in acts) and any(b.startswith(v) for v in acts)
        if not (b_verb or both_res or both_act):
            continue
        if both_act and has_content(a) and has_content(b) and not (cb and cb <= {"procedure", "land"}) \
                and not _bigram_overlap(a, b):
            return [a, b]
        pa = Ask(None, a, a, "", ca)
        pb = Ask(None, b, b, "", cb)
        if pa.resources and pb.resources and not (pa.resources & pb.resources):
            if not _bigram_overlap(a, b):
                return [a, b]
            continue
        if pa.spec and pb.spec and not overlap(pa.spec, pb.spec) and not (cb <= {"procedure", "land"}):
            return [a, b]
    return []


@register
class OneMatterPerRequest(Rule):
    code = "ZG101"
    title = "请示应当一文一事"
    severity = "error"
    article = "第二十七条"
    source = "《泽州县人民政府工作规则》第二十七条；《党政机关公文处理工作条例》第十五条（四）"
    article_keys = ("第二十七条", "条例第十五条")
    explanation = (
        "第二十七条规定“请示应当一文一事”，条例第十五条（四）同样要求。不同事项往往由不同部门办理（经费归财政、编制归编办），"
        "合在一件请示里，上级无法分送办理、分别批复，容易延误。"
    )
    triggers = (
        "文种为请示，且请示了两项及以上不同事项：标题把两项请求并列（“申请追加经费和增加编制”“清淤经费及增设岗位”）；"
        "正文中请求句的对象不同（“恳请安排经费……”，“此外/另外/同时，请求批准增设岗位……”）；"
        "或在“恳请给予以下支持：一是……二是……”中列出对象不同的请求；"
        "标题以两个对象不同的动宾短语并列（“提高……标准和新建……”）；另起一段以“同时/此外”为另一个项目申请用地。"
        "不同资源类别（经费、编制岗位、机构设置）的请求是不同事项，标题主题词和发文机关职能词（如应急管理局的“应急”）不算共同对象。"
        "判断依据是请求对象：按 jieba 词典分词后去掉泛用词（县政府、批准、安排、经费数额等）比较关键名词，"
        "并区分资源类别（经费、编制岗位、机构设置）。"
    )
    non_triggers = (
        "同一事项分几句叙述；同一笔经费分期拨付（首期、二期）或指回前文（上述经费、该项目）；"
        "同一项目的细节（建设用地、规划审批、协调配合施工）；结尾“妥否，请批示”不算事项；"
        "标题“关于A和B有关问题的请示”“关于X项目建设用地及规划审批的请示”不单凭标题判定；"
        "请示以外的文种（转发请示的通知本身没有请示事项）。"
    )
    fix_hint = "把不同事项拆成几件请示分别报送，每件只请示一个事项，标题只写这一事项。"
    bad = (
        Example(
            "@title 泽州县住房和城乡建设局关于申请城区排水管网清淤经费及增设市政维护岗位的请示\n"
            "泽州县人民政府：\n"
            "入汛在即，城区部分排水管网淤积严重。经测算，全面清淤城区排水管网41公里需经费86万元，恳请县政府安排专项经费86万元。\n"
            "此外，我局市政设施维护中心现有人员18名，难以满足维护需要，请求县政府批准增设市政维护岗位10个。\n"
            "妥否，请批示。\n"
            "@right 泽州县住房和城乡建设局\n"
            "@right 2025年5月20日",
            note="经费和岗位是两项事项，由不同部门办理。",
        ),
        Example(
            "@title 泽州县民政局关于申请项目建设资金的请示\n"
            "泽州县人民政府：\n"
            "为改善农村群众生活条件，现将有关事项请示如下。\n"
            "恳请县政府给予以下支持：一是安排巴公镇供水管网改造资金50万元；二是安排金村镇敬老院建设资金30万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县民政局\n"
            "@right 2025年6月3日",
            note="标题笼统，但正文列出的两项请求对象不同（供水管网、敬老院）。",
        ),
        Example(
            "@title 泽州县教育局关于申请追加学生营养餐补助经费和增加教师编制的请示\n"
            "泽州县人民政府：\n"
            "今年全县农村义务教育学校在校生较去年增加1260人，营养改善计划资金缺口较大，教学力量也明显不足。\n"
            "妥否，请批示。\n"
            "@right 泽州县教育局\n"
            "@right 2025年3月5日",
            note="标题把经费和编制两项请求并列。",
        ),
    )
    good = (
        Example(
            "@title 泽州县住房和城乡建设局关于申请城区排水管网清淤经费的请示\n"
            "泽州县人民政府：\n"
            "入汛在即，城区部分排水管网淤积严重。经测算，全面清淤城区排水管网41公里需经费86万元，恳请县政府安排专项经费86万元。\n"
            "上述经费恳请分两期拨付，首期50万元于6月底前拨付，二期36万元于9月底前拨付。\n"
            "妥否，请批示。\n"
            "@right 泽州县住房和城乡建设局\n"
            "@right 2025年5月20日",
            note="一笔经费分期拨付，仍是一个事项。",
        ),
        Example(
            "@title 泽州县民政局关于金村镇敬老院建设项目建设用地及规划审批的请示\n"
            "泽州县人民政府：\n"
            "为满足农村特困人员集中供养需求，我局拟在金村镇新建敬老院一所，床位120张。\n"
            "恳请县政府批准金村镇敬老院建设项目实施。为保障项目顺利实施，恳请县政府协调自然资源局办理建设用地手续。\n"
            "妥否，请批示。\n"
            "@right 泽州县民政局\n"
            "@right 2025年6月3日",
            note="同一项目的审批和用地手续，是一个事项的细节。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type != "请示":
            return
        asks = find_asks(doc)
        places = ctx.config.orgs.townships
        from ..segment import expect

        # one dictionary scan for every text that may be cut (places included)
        texts = [a.obj + a.before + a.context for a in asks] if len(asks) >= 2 else []
        expect(texts + [title_core(doc.title or "")] + list(places))
        add_places(places)
        parts = title_matters(doc.title)
        if len(asks) >= 2:  # segmentation only when there is something to compare
            title = doc.title if doc.title and not parts else ""
            topic = lambda: specifics(title_core(title)) if title else frozenset()  # noqa: E731
            clusters = group_asks(asks, topic, lambda: topic() | issuer_words(doc))
        else:
            clusters = [asks] if asks else []
        art = "第二十七条“请示应当一文一事”、条例第十五条（四）"
        if len(clusters) >= 2:
            ev = "；".join(f"事项{_cn_num(i + 1)}：“{c[0].text}”" for i, c in enumerate(clusters))
            extra = f"标题也并列了“{parts[0]}”和“{parts[1]}”。" if parts else ""
            yield self.finding(
                f"这件请示同时请示了{len(clusters)}项不同事项（请求对象不同）。{extra}"
                f"按{art}的规定，不同事项应分别行文，以便上级分送办理、分别批复。请把各事项拆成单独的请示。",
                ev,
                clusters[1][0].para,
            )
        elif parts:
            yield self.finding(
                f"请示标题把两项不同的请求并列：“{parts[0]}”和“{parts[1]}”。"
                f"按{art}的规定，一件请示只能请示一个事项。请分别行文，标题只写一个事项。",
                f"事项一：“{parts[0]}”；事项二：“{parts[1]}”",
                doc.title_paragraph(),
            )


def issuer_words(doc: Document) -> frozenset[str]:
    """Key words of the issuer's name (应急管理局 → 应急): its field."""
    names = list(doc.issuers or ([doc.issuer] if doc.issuer else []))
    out: set[str] = set()
    for n in names:
        core = re.sub(r"(?:人民政府|办公室|委员会|管理局|服务中心|中心|局|委|办)$", "", squash(n))
        out |= specifics(core) if core else set()
    return frozenset(out)


def _cn_num(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n)


# ---------------------------------------------------------------- ZG102
def report_requests(doc: Document) -> list[tuple[Paragraph, str]]:
    """Request sentences in the 正文 of a 报告 (not past approvals, not
    proper endings, not quotes)."""
    v = vocab()
    pats = [re.compile(p) for p in v["report"]["report_request_patterns"]]
    past = rx("past_markers", "report")
    out = []
    for p in body_paras(doc):
        t = squash(mask_quotes(p.text))
        for _, s in sentences(t):
            hit = None
            for pat in pats:
                for m in pat.finditer(s):
                    obj = next((g for g in m.groups() if g), None) if m.groups() else None
                    # the clause the match sits in
                    cs = max(s.rfind("，", 0, m.start()), s.rfind(",", 0, m.start())) + 1
                    ce_m = re.search(r"[，,]", s[m.end():])
                    clause = s[cs : m.end() + (ce_m.start() if ce_m else len(s))]
                    if past.search(s[cs : m.end()]):
                        continue
                    if m.start() > 0 and s[max(0, m.start() - 2) : m.start()].endswith(("报", "呈", "已", "经", "曾", "并")) and "请示" not in s:
                        continue
                    if obj is not None:
                        o = obj
                        if any(w in o[:12] for w in v["report"]["report_proper_objects"]):
                            continue
                        if not any(w in o for w in v["report"]["report_ask_words"]):
                            continue
                    if any(e in clause for e in v["report"]["report_proper_endings"]) and obj is None:
                        continue
                    hit = s
                    break
                if hit:
                    break
            if hit:
                out.append((p, hit))
    return out


@register
class NoRequestInReport(Rule):
    code = "ZG102"
    title = "报告不得夹带请示事项"
    severity = "error"
    article = "第二十七条"
    source = "《泽州县人民政府工作规则》第二十七条；《党政机关公文处理工作条例》第十五条（四）"
    article_keys = ("第二十七条", "条例第十五条")
    explanation = (
        "第二十七条规定“报告不得夹带请示事项”。报告供上级了解情况，上级对报告一般不作批复；"
        "夹在报告里的请求得不到办理。需要上级批准或解决的事项，应另行请示。"
    )
    triggers = (
        "文种为报告，正文自己提出请求：“妥否，请批示”“请批准”“请审批”“请予批复”“恳请/请求……拨付、解决、给予（补助、资金）、批准……”"
        "“请县政府……安排/解决……”，或以“请示”作动词（“我局请示县政府同意建立……”）。"
    )
    non_triggers = (
        "叙述已经发生的批准或批示（“经县政府批准”“根据……批示精神”“已批复”“已向市局申请”“已请示县政府同意”）；"
        "报告的正常结尾（“特此报告”“请审阅”“请审议”，政府工作报告“请予审议”）；“恳请批评指正”等不请求批准事项的客套语；"
        "引号或书名号中引用的他人请求；转发报告的通知（通知本身的正文没有请求）；成文日期之后附带的被转发文件。"
    )
    fix_hint = "删去报告中的请求，改用“特此报告”结尾；确需上级批准或解决的事项，另行写请示报送。"
    bad = (
        Example(
            "@title 南村镇人民政府关于秋粮收获进展情况的报告\n"
            "泽州县人民政府：\n"
            "截至10月8日，全镇秋粮已收获4.6万亩，占播种面积的87%。受连续阴雨影响，部分地块玉米出现霉变，受灾面积约2200亩。\n"
            "为减少群众损失，恳请县政府给予受灾农户适当补助。\n"
            "特此报告。\n"
            "@right 南村镇人民政府\n"
            "@right 2025年10月9日",
            note="“恳请……给予……补助”是请求事项，不应夹在报告中。",
        ),
        Example(
            "@title 泽州县交通运输局关于农村公路养护情况的报告\n"
            "泽州县人民政府：\n"
            "今年以来，我局完成农村公路日常养护1260公里，修复水毁路段23处。\n"
            "下一步拟对县乡道实施大中修工程，所需资金1200万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县交通运输局\n"
            "@right 2025年11月3日",
            note="报告以“妥否，请批示”结尾，是在请求批准。",
        ),
    )
    good = (
        Example(
            "@title 南村镇人民政府关于秋粮收获进展情况的报告\n"
            "泽州县人民政府：\n"
            "截至10月8日，全镇秋粮已收获4.6万亩。经县政府批准，我镇已对受灾农户发放临时救助资金12万元；"
            "根据县政府领导批示精神，我镇组织农技人员分片指导抢收。\n"
            "特此报告。\n"
            "@right 南村镇人民政府\n"
            "@right 2025年10月9日",
            note="已经获得的批准、批示是事实叙述，不是请求。",
        ),
        Example(
            "@title 泽州县人民政府关于2024年度法治政府建设情况的报告\n"
            "泽州县人民代表大会常务委员会：\n"
            "2024年，县政府坚持依法行政，全面推进法治政府建设，各项工作取得新进展。\n"
            "以上报告，请予审议。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年1月10日",
            note="请人大常委会审议是报告的正常结尾。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type != "报告":
            return
        for para, s in report_requests(doc):
            yield self.finding(
                f"报告中夹带了请求事项：“{clip(s, 40)}”。第二十七条规定“报告不得夹带请示事项”"
                "（条例第十五条（四）），上级对报告一般不作批复，这项请求得不到办理。"
                "请删去请求、以“特此报告”结尾；需要批准或解决的事项另行请示。",
                clip(s, 80),
                para,
            )


# ---------------------------------------------------------------- ZG103
@register
class SingleRecipient(Rule):
    code = "ZG103"
    title = "请示、报告不得多头报文"
    severity = "error"
    article = "第二十七条"
    source = "《泽州县人民政府工作规则》第二十七条（不得多头报文）；《党政机关公文处理工作条例》第十五条（一）"
    article_keys = ("第二十七条", "条例第十五条")
    explanation = (
        "第二十七条规定“不得多头报文”；条例第十五条（一）规定上行文“原则上主送一个上级机关，根据需要同时抄送相关上级机关和同级机关”。"
        "多个主送机关会造成重复办理或相互推诿。请示主送多个机关为错误；报告主送多个机关为警告。"
    )
    triggers = "文种为请示（错误）或报告（警告），主送机关多于一个（“晋城市人民政府、晋城市水务局：”）。"
    non_triggers = "只有一个主送机关的请示、报告（需要让其他机关知悉的，用抄送）；下行文、平行文主送多个机关（通知、函等）。"
    fix_hint = "只保留一个主送机关（负责办理的上级机关），其他需要知悉的机关列入抄送。"
    bad = (
        Example(
            "@title 泽州县水务局关于申请农村饮水安全工程补助资金的请示\n"
            "泽州县人民政府、泽州县财政局：\n"
            "为解决6个行政村饮水困难，我局计划实施农村饮水安全巩固提升工程，恳请县政府安排补助资金120万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县水务局\n"
            "@right 2025年8月6日",
            note="请示主送两个机关。",
        ),
    )
    good = (
        Example(
            "@title 泽州县水务局关于申请农村饮水安全工程补助资金的请示\n"
            "泽州县人民政府：\n"
            "为解决6个行政村饮水困难，我局计划实施农村饮水安全巩固提升工程，恳请县政府安排补助资金120万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县水务局\n"
            "@right 2025年8月6日\n"
            "抄送：泽州县财政局。",
            note="一个主送机关，其他机关用抄送。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type not in REQUEST_TYPES:
            return
        recips = list(dict.fromkeys(_orgs.normalise(r) for r in doc.recipients if _orgs.normalise(r)))
        if len(recips) < 2 or _joint_to_joint(doc, recips, ctx):
            return
        sev = "error" if doc.doc_type == "请示" else "warning"
        yield self.finding(
            f"这件{doc.doc_type}主送了{len(recips)}个机关（{'、'.join(recips)}）。第二十七条规定“不得多头报文”，"
            "条例第十五条（一）要求上行文原则上主送一个上级机关。请只保留负责办理的一个主送机关，其他机关改为抄送。",
            doc.recipients_line or "、".join(recips),
            doc.para_at(doc.recipients_pos),
            severity=sev,
        )


def _branch(name: str) -> tuple[str, str] | None:
    """(place, "party"|"gov") for a party committee or government name:
    中共晋城市委 / 晋城市委员会 / 市委 → (晋城市|市, party); 晋城市人民政府 → gov."""
    n = _orgs.normalise(name)
    m = re.fullmatch(r"(?:中共)?(?P<place>.*?[省市县])(?:委员会|委)(?:办公室|办公厅)?", n)
    if m:
        return m.group("place"), "party"
    m = re.fullmatch(r"(?P<place>.*?[省市县])(?:人民)?政府(?:办公室|办公厅)?", n)
    if m:
        return m.group("place"), "gov"
    return None


def _joint_to_joint(doc: Document, recips: list[str], ctx: Context) -> bool:
    """A 县委+县政府 joint document sent to the matching 上级党委、政府
    (中共晋城市委、晋城市人民政府) has one joint addressee (第二十八条:
    以县委、县政府名义报送上级党委、政府), not 多头报文."""
    issuer_branches = {b[1] for b in map(_branch, doc.issuers or [doc.issuer or ""]) if b}
    if issuer_branches != {"party", "gov"}:
        return False
    branches = [_branch(r) for r in recips]
    if len(recips) != 2 or not all(branches):
        return False
    (p1, b1), (p2, b2) = branches
    same_place = p1 == p2 or p1.endswith(p2) or p2.endswith(p1)
    return same_place and {b1, b2} == {"party", "gov"}


# ---------------------------------------------------------------- ZG104
@register
class NoOverLevel(Rule):
    code = "ZG104"
    title = "不得越级行文"
    severity = "error"
    article = "第二十七条"
    source = "《泽州县人民政府工作规则》第二十七条（未经批准不得越级行文）；《党政机关公文处理工作条例》第十四条"
    article_keys = ("第二十七条", "条例第十四条")
    explanation = (
        "第二十七条规定“未经批准不得越级行文”；条例第十四条规定行文一般不得越级，"
        "“特殊情况需要越级行文的，应当同时抄送被越过的机关”。乡镇、县直部门的上级是县政府，"
        "向市、省政府（党委）直接请示、报告就越过了县政府。抄送了县政府的，降为警告。"
    )
    triggers = (
        "发文机关是乡镇、县直部门或县议事协调机构，文种为请示或报告，主送上级党委、政府"
        "（晋城市人民政府、市委、山西省人民政府、省委、国务院）。"
    )
    non_triggers = (
        "县直部门向上级主管部门行文（县教育局→晋城市教育局）；县政府（含代拟稿）向晋城市人民政府行文，那是它的直接上级；"
        "主送县政府的请示、报告；通知、函等非上行文种。"
    )
    fix_hint = "改为主送泽州县人民政府，由县政府决定是否向上级转报；确需越级的，应经批准并同时抄送县政府。"
    bad = (
        Example(
            "@title 南村镇人民政府关于申请农村饮水安全巩固提升工程补助资金的请示\n"
            "晋城市人民政府：\n"
            "为解决6个行政村2300余名群众的饮水问题，我镇计划实施农村饮水安全巩固提升工程，总投资185万元。"
            "由于镇级财力有限，恳请上级给予补助资金120万元。\n"
            "妥否，请批示。\n"
            "@right 南村镇人民政府\n"
            "@right 2025年8月6日",
            note="乡镇越过县政府直接向市政府请示。",
        ),
    )
    good = (
        Example(
            "@title 泽州县教育局关于申请义务教育薄弱环节改善项目资金的请示\n"
            "晋城市教育局：\n"
            "为改善农村学校办学条件，我局计划实施义务教育薄弱环节改善项目，恳请市教育局安排项目资金300万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县教育局\n"
            "@right 2025年4月8日",
            note="县教育局向上级主管部门行文，不是越级。",
        ),
        Example(
            "@title 泽州县人民政府关于申请农村饮水安全巩固提升工程补助资金的请示\n"
            "晋城市人民政府：\n"
            "为解决农村群众饮水问题，我县计划实施农村饮水安全巩固提升工程，恳请市政府给予补助资金500万元。\n"
            "妥否，请批示。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年8月6日",
            note="县政府向市政府请示是正常的上行文。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type not in REQUEST_TYPES or not doc.issuer:
            return
        ik = issuer_kind(doc, ctx)
        if ik not in _orgs.SUBORDINATE:
            return
        skipped = [r for r in doc.recipients if kind(r, ctx) == _orgs.SUPERIOR_GOV]
        if not skipped:
            return
        cc_county = [c for c in doc.cc if kind(c, ctx) in _orgs.COUNTY_LEVEL]
        who = {"township": "乡镇", "county_dept": "县直部门", "coordination": "议事协调机构"}[ik]
        if cc_county:
            yield self.finding(
                f"{doc.issuer}（{who}）直接向{ '、'.join(skipped)}{doc.doc_type}，越过了县政府；已抄送{ '、'.join(cc_county)}。"
                "第二十七条规定未经批准不得越级行文（条例第十四条：特殊情况需要越级行文的，应当同时抄送被越过的机关）。"
                "请确认越级行文已经批准，否则改为主送县政府。",
                doc.recipients_line or "、".join(doc.recipients),
                doc.para_at(doc.recipients_pos),
                severity="warning",
            )
            return
        yield self.finding(
            f"{doc.issuer}（{who}）直接向{'、'.join(skipped)}{doc.doc_type}，越过了县政府。"
            "第二十七条规定“未经批准不得越级行文”（条例第十四条）。请改为主送泽州县人民政府，由县政府转报；"
            "确需越级行文的，应经批准并同时抄送县政府。",
            doc.recipients_line or "、".join(doc.recipients),
            doc.para_at(doc.recipients_pos),
        )


# ---------------------------------------------------------------- ZG105
@register
class NoLeaderAddressee(Rule):
    code = "ZG105"
    title = "一般不得直接向领导同志个人报送公文"
    severity = "warning"
    article = "第二十七条"
    source = "《泽州县人民政府工作规则》第二十七条"
    article_keys = ("第二十七条",)
    explanation = (
        "第二十七条规定“除县政府领导同志交办事项外，一般不得直接向县政府领导同志个人报送公文”。"
        "公文应主送机关，由县政府办公室统一登记、按分工呈批，避免绕开办文程序。"
    )
    triggers = "主送机关是领导个人（“王县长：”“县长：”“李副县长：”），包括没有正文的草稿。"
    non_triggers = "主送机关为县政府或其他机关；正文写明是领导同志交办的事项（“按照王县长交办要求”）。"
    fix_hint = "主送改为“泽州县人民政府：”，由县政府办公室按程序呈送领导同志；确是领导交办事项的，在正文中写明交办情况。"
    bad = (
        Example(
            "@title 泽州县文化和旅游局关于珏山景区提质升级工作进展情况的报告\n"
            "王县长：\n"
            "按照县政府安排，我局牵头推进珏山景区提质升级工作。目前景区游客中心改造已完成主体工程。\n"
            "特此报告。\n"
            "@right 泽州县文化和旅游局\n"
            "@right 2025年10月15日",
            note="报告直接主送县长个人。",
        ),
    )
    good = (
        Example(
            "@title 泽州县文化和旅游局关于珏山景区提质升级工作进展情况的报告\n"
            "泽州县人民政府：\n"
            "按照县政府安排，我局牵头推进珏山景区提质升级工作。目前景区游客中心改造已完成主体工程。\n"
            "特此报告。\n"
            "@right 泽州县文化和旅游局\n"
            "@right 2025年10月15日",
        ),
        Example(
            "@title 泽州县文化和旅游局关于珏山景区游客接待情况的报告\n"
            "王县长：\n"
            "按照您9月28日交办要求，现将国庆假期珏山景区游客接待情况报告如下。景区共接待游客12.6万人次。\n"
            "特此报告。\n"
            "@right 泽州县文化和旅游局\n"
            "@right 2025年10月9日",
            note="领导同志交办的事项，可以直接报送。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        leaders = [r for r in doc.recipients if kind(r, ctx) == _orgs.LEADER]
        if not leaders:
            return
        body = "".join(squash(p.text) for p in body_paras(doc))
        if any(w in body for w in vocab()["recipients"]["leader_assigned"]):
            return
        yield self.finding(
            f"公文直接主送领导个人（{'、'.join(leaders)}）。第二十七条规定，除县政府领导同志交办事项外，"
            "一般不得直接向县政府领导同志个人报送公文。请主送泽州县人民政府，由县政府办公室按程序呈批；"
            "如系领导交办事项，请在正文写明。",
            doc.recipients_line or "、".join(leaders),
            doc.para_at(doc.recipients_pos),
        )


# ---------------------------------------------------------------- ZG106
def _is_lower(name: str, ik: str | None, ctx: Context) -> bool:
    k = kind(name, ctx)
    s = _orgs.normalise(name)
    village = rx("village", "recipients").search(s)
    if ik == _orgs.TOWNSHIP:
        return bool(village)
    if k == _orgs.LOWER_GROUP:
        if any(w in s for w in vocab()["recipients"]["lower_words"]):
            return True
        return ik in _orgs.COUNTY_LEVEL  # 县直各单位 below the county government
    if ik in _orgs.COUNTY_LEVEL and k in (_orgs.TOWNSHIP, _orgs.COUNTY_DEPT):
        return True
    return bool(village) and ik is not None and ik != _orgs.OTHER


@register
class NoCcToLower(Rule):
    code = "ZG106"
    title = "请示、报告不得抄送下级机关"
    severity = "error"
    article = "条例第十五条（一）"
    source = "《党政机关公文处理工作条例》第十五条（一）"
    article_keys = ("条例第十五条",)
    explanation = (
        "条例第十五条（一）规定，向上级机关行文，“根据需要同时抄送相关上级机关和同级机关，不抄送下级机关”。"
        "请示、报告是上行文，抄送下级会让未经批准的事项提前扩散。"
    )
    triggers = (
        "文种为请示或报告，抄送中有发文机关的下级：各乡镇、各村（社区）；县政府的请示、报告抄送乡镇、县直部门；"
        "乡镇的请示、报告抄送村委会、社区。"
    )
    non_triggers = "抄送上级机关或同级机关（县直部门的请示抄送县财政局）；通知等下行文抄送下级。"
    fix_hint = "从抄送中删去下级机关；需要下级知悉的，待上级批复后另行下发。"
    bad = (
        Example(
            "@title 泽州县农业农村局关于2025年春耕生产情况的报告\n"
            "泽州县人民政府：\n"
            "今年全县春播面积42万亩，目前已完成播种的83%，种子、化肥等农资供应充足。\n"
            "特此报告。\n"
            "@right 泽州县农业农村局\n"
            "@right 2025年5月6日\n"
            "抄送：县财政局，各乡镇人民政府。",
            note="报告抄送了各乡镇。",
        ),
    )
    good = (
        Example(
            "@title 泽州县农业农村局关于2025年春耕生产情况的报告\n"
            "泽州县人民政府：\n"
            "今年全县春播面积42万亩，目前已完成播种的83%，种子、化肥等农资供应充足。\n"
            "特此报告。\n"
            "@right 泽州县农业农村局\n"
            "@right 2025年5月6日\n"
            "抄送：晋城市农业农村局，县财政局。",
            note="抄送上级主管部门和同级部门。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type not in REQUEST_TYPES or not doc.cc:
            return
        ik = issuer_kind(doc, ctx)
        lower = [c for c in doc.cc if _is_lower(c, ik, ctx)]
        if not lower:
            return
        yield self.finding(
            f"{doc.doc_type}抄送了下级机关（{'、'.join(lower)}）。条例第十五条（一）规定上行文"
            "“根据需要同时抄送相关上级机关和同级机关，不抄送下级机关”。请从抄送中删去下级机关。",
            "、".join(lower),
            doc.para_at(doc.cc_pos),
        )


# ---------------------------------------------------------------- ZG107/ZG108
def _to_townships(doc: Document, ctx: Context) -> bool:
    names = doc.recipients
    tw = vocab()["orders"]["township_words"]
    return any(kind(r, ctx) == _orgs.TOWNSHIP or any(w in r for w in tw) for r in names)


def _department_issuer(doc: Document, ctx: Context) -> str | None:
    """The kind word when the issuer is a 县政府部门 or 议事协调机构."""
    if not doc.issuer:
        return None
    ks = [kind(i, ctx) for i in (doc.issuers or [doc.issuer])]
    if any(k in _orgs.COUNTY_LEVEL for k in ks):
        return None  # the county government (or jointly with it) has the authority
    k = ks[0]
    if k == _orgs.COUNTY_DEPT:
        return "县政府部门"
    if k == _orgs.COORDINATION:
        return "议事协调机构"
    return None


def binding_orders(doc: Document, to_townships: bool) -> list[tuple[Paragraph, str]]:
    """Binding orders (指令性要求) given to 乡镇 in the 正文: a sentence with
    an order that names 乡镇, or any order when the 乡镇 are the addressees
    (unless the sentence is about 县直单位 only)."""
    out = []
    tw = vocab()["orders"]["township_words"]
    pat = rx("binding", "orders")
    for p in body_paras(doc):
        t = squash(mask_quotes(p.text))
        for _, s in sentences(t):
            if not pat.search(s):
                continue
            names_tw = any(w in s for w in tw)
            if names_tw or (to_townships and not re.search(r"县直|各部门|各单位|我局|本局", s)):
                out.append((p, s))
    return out


@register
class DepartmentOrdersTownships(Rule):
    code = "ZG107"
    title = "部门未经授权不得向乡镇发布指令性要求"
    severity = "warning"
    article = "第三十四条"
    source = "《泽州县人民政府工作规则》第三十四条"
    article_keys = ("第三十四条",)
    explanation = (
        "第三十四条规定：“未经县政府授权，县政府各议事协调机构及其办公室、县政府各部门不得向各乡镇人民政府发布指令性公文"
        "或者在公文中向各乡镇人民政府提出指令性要求。”部门与乡镇不是上下级，部门要乡镇执行的事项须有县政府授权。"
    )
    triggers = (
        "发文机关是县政府部门或议事协调机构（…领导小组办公室），公文主送或正文针对乡镇，"
        "提出指令性要求（“各乡镇要……”“必须于……前”“务必”“严禁”），而全文没有写明县政府授权（“经县政府同意”“受县政府委托”）。"
    )
    non_triggers = (
        "县政府或县政府办公室向乡镇部署工作；部门写明“经县政府同意”“受县政府委托”“经县人民政府批准”；"
        "部门对县直单位、本系统提出要求；请示、报告等上行文。"
    )
    fix_hint = "报请县政府同意后在正文写明“经县政府同意”，或提请以县政府（办公室）名义发文；否则把指令性要求改为工作建议。"
    bad = (
        Example(
            "@title 泽州县市场监督管理局关于开展食品安全专项整治行动的通知\n"
            "各乡镇人民政府：\n"
            "为进一步加强食品安全监管，我局决定在全县开展食品安全专项整治行动。现将有关事项通知如下。\n"
            "一、各乡镇要成立专项整治工作领导小组，必须于4月15日前将领导小组名单报送我局。\n"
            "二、各乡镇要对辖区内校园周边、农村集体聚餐等重点领域开展全面排查。\n"
            "@right 泽州县市场监督管理局\n"
            "@right 2025年4月2日",
            note="部门直接向乡镇下达指令，未写明县政府授权。",
        ),
    )
    good = (
        Example(
            "@title 泽州县市场监督管理局关于开展食品安全专项整治行动的通知\n"
            "各乡镇人民政府：\n"
            "为进一步加强食品安全监管，经县政府同意，在全县开展食品安全专项整治行动。现将有关事项通知如下。\n"
            "一、各乡镇要成立专项整治工作领导小组，必须于4月15日前将领导小组名单报送我局。\n"
            "@right 泽州县市场监督管理局\n"
            "@right 2025年4月2日",
            note="写明“经县政府同意”，有授权。",
        ),
        Example(
            "@title 泽州县人民政府办公室关于做好2025年防汛工作的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "一、落实防汛责任。各乡镇、各有关单位要逐级落实防汛责任人，严格执行24小时值班制度。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年6月3日",
            note="县政府办公室向乡镇部署工作是正常的下行文。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        # A 纪要 records what a meeting (chaired by county leaders) decided;
        # its requirements are the meeting's, not the issuing office's.
        if doc.doc_type in REQUEST_TYPES or doc.doc_type == "纪要":
            return
        who = _department_issuer(doc, ctx)
        if not who:
            return
        orders = binding_orders(doc, _to_townships(doc, ctx))
        if not orders:
            return
        if has_authority(doc):
            return
        para, s = orders[0]
        more = f"等{len(orders)}处" if len(orders) > 1 else ""
        yield self.finding(
            f"{doc.issuer}（{who}）向乡镇提出了指令性要求{more}，但全文没有写明经县政府授权。"
            "第三十四条规定，未经县政府授权，县政府各部门、议事协调机构不得向各乡镇人民政府提出指令性要求。"
            "请报县政府同意后写明“经县政府同意”，或提请以县政府（办公室）名义发文。",
            clip(s, 80),
            para,
        )


@register
class MatchingDocuments(Rule):
    code = "ZG108"
    title = "部门不得擅自要求乡镇制发配套文件"
    severity = "warning"
    article = "第三十五条"
    source = "《泽州县人民政府工作规则》第三十五条"
    article_keys = ("第三十五条",)
    explanation = (
        "第三十五条规定“从严控制配套类、分工类发文。县政府各部门不得以贯彻落实、督查考核等名义擅自要求各乡镇制发配套文件”。"
        "层层制发配套文件加重基层负担。"
    )
    triggers = (
        "县政府部门或议事协调机构的公文要求乡镇制定、出台、印发配套文件（“各乡镇要结合实际制定配套实施方案”“出台具体办法”"
        "“制定实施细则”），且未写明县政府同意。"
    )
    non_triggers = (
        "县政府、县政府办公室的公文；写明“经县政府同意”的部门公文（不属“擅自”）；"
        "明确不要求制发配套文件的（“各乡镇不再另行制发配套文件”）；要求县直单位制定方案的。"
    )
    fix_hint = "删去要求乡镇制发配套文件的内容，直接明确乡镇要做的工作；确需乡镇制发的，报县政府同意并写明。"
    bad = (
        Example(
            "@title 泽州县市场监督管理局关于开展食品安全专项整治行动的通知\n"
            "各乡镇人民政府：\n"
            "为进一步加强食品安全监管，我局决定在全县开展食品安全专项整治行动。\n"
            "各乡镇要结合实际制定配套实施方案，于4月20日前印发。\n"
            "@right 泽州县市场监督管理局\n"
            "@right 2025年4月2日",
            note="部门要求乡镇制发配套实施方案。",
        ),
    )
    good = (
        Example(
            "@title 泽州县市场监督管理局关于开展食品安全专项整治行动的通知\n"
            "各乡镇人民政府：\n"
            "为进一步加强食品安全监管，我局决定在全县开展食品安全专项整治行动。\n"
            "各乡镇按照本通知组织实施，不再另行制发配套文件。\n"
            "@right 泽州县市场监督管理局\n"
            "@right 2025年4月2日",
            note="明确不要求制发配套文件。",
        ),
        Example(
            "@title 泽州县人民政府关于开展城乡环境综合整治行动的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "各乡镇要结合实际制定具体实施方案，细化工作措施。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年4月2日",
            note="县政府自己的部署，不受“县政府各部门不得擅自”的限制。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type in REQUEST_TYPES:
            return
        who = _department_issuer(doc, ctx)
        if not who or has_authority(doc):
            return
        pat = rx("matching_docs", "orders")
        neg = vocab()["orders"]["matching_docs_negation"]
        tw = vocab()["orders"]["township_words"]
        to_tw = _to_townships(doc, ctx)
        for p in body_paras(doc):
            t = squash(mask_quotes(p.text))
            for _, s in sentences(t):
                m = pat.search(s)
                if not m:
                    continue
                if any(n in s[max(0, m.start() - 8) : m.start() + 2] for n in neg):
                    continue
                if not (any(w in s for w in tw) or (to_tw and "各单位" not in s and "县直" not in s)):
                    continue
                yield self.finding(
                    f"{doc.issuer}（{who}）要求乡镇制发配套文件：“{clip(s, 40)}”。第三十五条规定"
                    "“县政府各部门不得以贯彻落实、督查考核等名义擅自要求各乡镇制发配套文件”。"
                    "请删去这一要求，直接明确乡镇要做的工作；确有必要的，报县政府同意并写明。",
                    clip(s, 80),
                    p,
                )
                return


# ---------------------------------------------------------------- ZG109
@register
class DivisionPlanAlone(Rule):
    code = "ZG109"
    title = "分工方案原则上不单独发文"
    severity = "info"
    article = "第三十五条"
    source = "《泽州县人民政府工作规则》第三十五条"
    article_keys = ("第三十五条",)
    explanation = "第三十五条规定“从严控制配套类、分工类发文”，“分工方案原则上应与文件合并印发，不单独发文”。"
    triggers = "公文标题表明只印发一个分工方案或任务分工（“关于印发《2025年政府工作报告重点任务分工方案》的通知”）。"
    non_triggers = "分工方案与所分工的文件合并印发（“关于印发……实施方案及任务分工的通知”）；正文中列有分工的普通通知。"
    fix_hint = "把分工方案作为附件与所落实的文件合并印发，或直接写进该文件的正文。"
    bad = (
        Example(
            "@title 泽州县人民政府办公室关于印发泽州县2025年政府工作报告重点任务分工方案的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "现将《泽州县2025年政府工作报告重点任务分工方案》印发给你们，请认真贯彻落实。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年2月20日",
            note="分工方案单独发文。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府办公室关于印发泽州县优化营商环境实施方案及任务分工的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "现将《泽州县优化营商环境实施方案》及任务分工印发给你们，请认真贯彻落实。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年2月20日",
            note="分工与方案合并印发。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if not doc.title or doc.doc_type in REQUEST_TYPES:
            return
        core = re.sub(r"^.*?关于", "", squash(doc.title))
        core = re.sub(r"的?(?:通知|意见|决定)$", "", core)
        m = rx("division_title", "orders").search(core)
        if not m or rx("leader_division", "orders").search(core):
            return  # 领导同志工作分工 is how a government organises itself, not a 分工方案
        obj = re.sub(r"^(?:印发|下发|转发|制定)", "", core)
        before = obj[: obj.find(m.group(0))]
        # merged with the document it divides: 实施方案及任务分工
        if re.search(r"(?:及|和|暨|与|并)(?:其)?(?:重点)?$", before) or re.search(
            r"(?:方案|意见|办法|规划|计划|细则)(?:及|和|暨|与|并)", before
        ):
            return
        yield self.finding(
            f"分工方案单独发文：“{doc.title}”。第三十五条规定“从严控制配套类、分工类发文”，"
            "“分工方案原则上应与文件合并印发，不单独发文”。请与所落实的文件合并印发。",
            doc.title,
            doc.title_paragraph(),
        )
