"""The ask model of ZG101/ZG102, as it was in ``rules/routing.py`` (moved
verbatim; its successor is being written as ``analysis/asks.py``).

ZG101 understands what each ask in a 请示 is about: it finds the asks (request
verbs, enumerated lists after a request lead-in, the title's joined parts),
segments each ask's object with jieba's dictionary (:mod:`.segment`, POS
tags, no HMM), drops generic words, and groups asks that are about the same
thing — the same object, a pointer back (上述经费), an instalment (首期/二期),
a procedural detail (协调、用地手续) — so that only genuinely different
matters are reported. ZG102 finds the request sentences of a 报告
(:func:`report_requests`). Vocabulary: ``data/requests.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document, Paragraph
from .document import body_paras
from .requests import alt, rx, vocab
from .text import clip, clip_left, mask_quotes, sentences, squash


@lru_cache(maxsize=1)
def _seg():
    """jieba's dictionary with the domain words kept whole (a segmenter of
    its own: jieba's global tokenizer is not touched, jieba not loaded)."""
    from .segment import Segmenter

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
    verbs = alt(vocab()["matters"]["ask_verbs"])
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
                verbs = alt(vocab()["matters"]["ask_verbs"])
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


def issuer_words(doc: Document) -> frozenset[str]:
    """Key words of the issuer's name (应急管理局 → 应急): its field."""
    names = list(doc.issuers or ([doc.issuer] if doc.issuer else []))
    out: set[str] = set()
    for n in names:
        core = re.sub(r"(?:人民政府|办公室|委员会|管理局|服务中心|中心|局|委|办)$", "", squash(n))
        out |= specifics(core) if core else set()
    return frozenset(out)


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
