"""Asks as a clerk reads them: the speech act by which a 请示 or a 报告 asks
its recipient to act, decide or give (rules ZG101 请示一文一事 and ZG102
报告不得夹带请示事项).

**An ask** is built, not looked up in a list of phrases:

    request marker + [addressee] + [予/予以/给予] + an open verb phrase
    恳请           + 县政府      + 予以          + 安排专项资金50万元

The marker must be a whole word of the segmented clause (邀请、申请人、请假
are not markers); what may stand before it in its clause is the writer
(我局、本镇, the issuer's name), sentence adverbs and connectives — any other
subject (群众希望、企业申请) reports someone else's words. The verb phrase
is whatever follows, cut by :mod:`zgov_cli.segment` (jieba's dictionary and
POS tags). Besides such explicit asks there are

* **coordinated** asks that go on without a marker of their own (恳请安排经费
  86万元，并批准增设岗位10个);
* **entries** of a list after a request lead-in (恳请给予以下支持：一是…);
* **closings** (妥否，请批示; 如无不妥，请批转…; 特此请示; 盼复): asks that
  name no matter of their own but put up for decision what the document
  proposes;
* **implicit** asks: the writer's plan (我局拟…) that a closing approval
  formula puts up for decision, and a proposal that the recipient act
  (拟由县财政安排…, 建议由县政府统筹…).

**Modality decides**, not position: an ask narrated as past (已申请、经请示),
a future procedure or a condition (待…后，按程序提请…; 届时; 如…则), a
quotation (《…》 “…”), someone else's words, an instruction handed down
(请各乡镇…), a 通知/意见/纪要 (the writer directs subordinates) and the
attachments are not asks of the recipient.

**What a 报告 may properly say** is a short explicit list (data: 请审阅、审议、
阅知、参阅、备案、批评指正; 特此报告); every other ask of the recipient in a
报告 with a strong marker (请、恳请…) is a request; a wish or suggestion
(希望、建议) is one when it asks for something to be granted or decided.

**A matter** is what is asked for (its kind: funds, posts, an organisation,
land, a procedure) and what it serves (the key words of its object). ZG101
groups asks into matters with a decision table kept as data
(``data/asks.toml`` ``[[decide]]``): each ask is compared with a running
summary of every matter found so far (linear in the number of asks; no
all-pairs comparison). Background — the title's topic and the issuer's field
— never merges two matters.

All vocabularies live in ``data/asks.toml``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any, Callable, Iterable, Iterator

from ..data import load_toml
from ..model import Document, Paragraph
from . import places as _places
from .places import add_places  # noqa: F401 (the engine's and tests' name for it)
from .document import body_paras as own_body_paras
from .numerals import cn_int
from .text import clip, clip_left, mask_quotes, sentences, squash

REQUEST_TYPES = ("请示", "报告")

_CLAUSE_END = re.compile(r"[，,：:]")
# a 顿号, as a conjunction match: ``prep`` when a preposition's phrase follows
# it (…同意设立…专区、为我局调剂公务用车1辆), as the conjunctions' pattern has it
_LISTED_VP = re.compile(r"(?P<prep>、(?=(?:为|对|向|给)[\u4e00-\u9fff0-9]{1,16}?))|、")


# ---------------------------------------------------------------- data
@lru_cache(maxsize=1)
def vocab() -> dict:
    return load_toml("asks.toml")


def _alt(items: Iterable[str]) -> str:
    return "(?:" + "|".join(items) + ")"


@lru_cache(maxsize=None)
def rx(section: str, key: str) -> re.Pattern[str]:
    v = vocab()[section][key]

    # a pattern — or an item of a list of them — may name another key of its
    # section ({milestone}, {degree}) or of another ({markers.strong}): one
    # list serves every pattern that names it
    def named(k: re.Match[str]) -> str:
        sec, name = (k.group(1), k.group(2)) if k.group(2) else (section, k.group(1))
        return rx(sec, name).pattern if name in vocab().get(sec, {}) else k.group(0)

    def filled(x: str) -> str:
        return re.sub(r"\{([a-z_]+)(?:\.([a-z_]+))?\}", named, x)
    return re.compile(filled(v) if isinstance(v, str) else _alt(sorted((filled(x) for x in v), key=len, reverse=True)))


def _courtesy() -> re.Pattern[str]:
    return rx("verbs", "courtesy")


@lru_cache(maxsize=None)
def marker_alt(*kinds: str) -> str:
    """The request markers of ``kinds`` ([markers] lists) as one
    alternation, longest first: every pattern that needs "a request marker
    here" names the vocabulary, not a list of its own (恳请 and 特请 alike)."""
    m = vocab()["markers"]
    return _alt(sorted({w for k in kinds for w in m[k]}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _markers() -> re.Pattern[str]:
    m = vocab()["markers"]
    return re.compile(_alt(sorted(m["strong"] + m["soft"] + m["need"], key=len, reverse=True)))


@lru_cache(maxsize=1)
def verb_classes() -> dict[str, frozenset[str]]:
    v = vocab()["verbs"]
    return {k: frozenset(v[k]) for k in ("decide", "allocate", "coordinate", "reply")}


# ---------------------------------------------------------------- segmentation
@lru_cache(maxsize=1)
def _seg():
    """jieba's dictionary with the domain words kept whole (a segmenter of
    its own: jieba's global tokenizer is not touched)."""
    from .segment import Segmenter

    seg = Segmenter().add_words(vocab()["matters"]["words"], tag="n")
    # (the verbs the classes name are words too: 核增 is one, not 核|增 —
    # those the dictionary cuts, its own words keep their tags)
    classed = seg.unknown(sorted({w for ws in verb_classes().values() for w in ws if len(w) >= 2}))
    # (and so are the request markers: 特请 is one, not 特|请 — the plain 请,
    # which may also hand an instruction down)
    m = vocab()["markers"]
    markers = seg.unknown(sorted({w for k in ("strong", "plain", "wish", "need") for w in m[k] if len(w) >= 2}))
    seg.add_words(vocab()["matters"]["verbs"] + classed + markers, tag="v")
    # (not the dictionary's place names made of a joiner and a level word:
    # 追加县图书馆购书经费和|县文化馆…, not the county 和县 — the joiner is
    # a word of its own, the level word opens the next body's name)
    glued = [j + lv for j in ("和", "及", "与", "并", "暨") for lv in "省市县区乡镇村"]
    seg = seg.del_words([w for w in glued if seg.frequency(w)])
    # (the places named before it was made, which nothing could have cut)
    if known := _places.known():
        seg.add_words(known, tag=_PLACE_TAG)
    return seg


_PLACE_TAG = "place"


def _learn_places(new: list[str]) -> None:
    """Places named after the segmenter was made: words cut before them would
    differ from words cut after, so forget those — a verdict never depends on
    what was read first. (Before it is made there is nothing to do: it takes
    every place named so far when it is made, and a document that is never cut
    never loads the dictionary.)"""
    if _seg.cache_info().currsize:
        _seg().add_words(new, tag=_PLACE_TAG)
        forget_texts()


_places.on_new_places(_learn_places)


def forget_texts() -> None:
    """Forget every text's cut words and what was derived from them (the
    texts already read, not the dictionaries): after new place names, and
    for a measure of what a document costs when it is first read."""
    for cached in (tokens, specifics, head, _key_words, _built_names, _built_ends, _flat,
                   _said_of_a_subject, _state_ending, _opened_on_document, _drafted):
        cached.cache_clear()


@lru_cache(maxsize=512)
def _flat(text: str) -> str:
    """An ask's paragraph without white space, made once however many asks
    the paragraph holds (each ask reads its paragraph as written)."""
    return squash(text)


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[tuple[int, str, str], ...]:
    """(start, word, POS flag) of each word of ``text``."""
    out, pos = [], 0
    for w, f in _seg().pos_cut(text):
        k = text.find(w, pos)
        if k == -1:
            k = pos
        out.append((k, w, f))
        pos = k + len(w)
    return tuple(out)


# How much of its paragraph before it, and of its sentence before its
# marker, an ask reads (in characters; whole sentences and clauses are kept).
# The longest in every evaluation set are 248 and 164.
CONTEXT_WINDOW = 600
BEFORE_WINDOW = 400
OBJECT_WINDOW = 600  # …and of its sentence after it, before the object is cut at the next ask
_BOUNDARIES = "。！？；，"  # where such a window may start or end
# The level an act is placed at when it is the state's or the lawmaker's
# (在国家层面, 从上位法层面, 在立法层面): above any recipient a county or a
# city writes to.
_STATE_LEVEL = re.compile(r"(?:在|从)(?:国家|中央|全国|国务院|上位法|法律|立法|制度)[\u4e00-\u9fff]{0,4}?层面")


def near_end(text: str, n: int) -> str:
    """The end of ``text``, at most ``n`` characters, from a sentence or
    clause boundary (all of it when short enough)."""
    if len(text) <= n:
        return text
    tail = text[-n:]
    cut = min((i for i in (tail.find(c) for c in _BOUNDARIES) if i >= 0), default=-1)
    return tail[cut + 1:] if cut >= 0 else tail


def near_start(text: str, n: int) -> str:
    """The start of ``text``, at most ``n`` characters, to a sentence or
    clause boundary (all of it when short enough)."""
    if len(text) <= n:
        return text
    head = text[:n]
    cut = max(head.rfind(c) for c in _BOUNDARIES)
    return head[: cut + 1] if cut >= 0 else head


# ---------------------------------------------------------------- the ask
# A pointer and the noun of two characters it points with (该出口, 上述岗位;
# 该项赛事 past its measure 项 — not 该|项目)
_POINTER_NOUN = r"(?:该项(?!目)|此项(?!目)|这笔|这一|上款|上述|前述|以上|该|此)([\u4e00-\u9fff]{2})"


# What the result of an act serves as (，作为拨款依据): no part of what is asked.
_SERVES_AS = re.compile(r"[，,]?(?:作为|以作|用作)[^，,。；;]{1,20}?(?:依据|凭据|参考|基础)[。；;]?$")


@dataclass
class Ask:
    """One ask of the recipient (or a candidate that modality rules out)."""

    para: Paragraph | None
    sentence: str  # the sentence as written (quotes masked, spaces removed)
    kind: str  # explicit | coordinated | entry | closing | implicit | proposal
    marker: str = ""  # 恳请, 希望, 妥否，请批示, 拟
    addressee: str = ""  # 县政府, 贵局, or "" (the recipient)
    grant: bool = False  # 予/予以/给予 before the verb
    verb: str = ""  # the first word of the verb phrase
    vp: str = ""  # the verb phrase (to the end of its clause)
    obj: str = ""  # what it asks for (the verb phrase, to the next ask)
    before: str = ""  # the sentence before the marker
    context: str = ""  # the earlier sentences of its paragraph
    classes: frozenset[str] = frozenset()  # decide / allocate / coordinate / reply
    soft: bool = False  # a wish or suggestion (希望、建议)
    item: int | None = None  # which enumerated entry it is in
    connective: bool = False  # its sentence or paragraph turns to another topic
    to_recipient: bool = False  # the addressee is the recipient or a superior (县政府, 上级, 贵局)
    modality: str = "ask"  # ask | past | future | reported | quoted | downward | lower
    text: str = ""  # evidence: the ask as written
    _spec: frozenset[str] | None = field(default=None, repr=False)
    _case: frozenset[str] | None = field(default=None, repr=False)
    _opening: str | None = field(default=None, repr=False)
    _opening_np: str = field(default="", repr=False)
    _runs: frozenset[str] | None = field(default=None, repr=False)  # its own text's runs of 3–24 characters
    _runs3: frozenset[str] | None = field(default=None, repr=False)  # …and of 3 only
    _cut: bool = field(default=False, repr=False, compare=False)  # its context was cut to the text near it
    _plan_words: frozenset[str] | None = field(default=None, repr=False)  # its paragraph's plan (own_plan_words)
    _resources: tuple | None = field(default=None, repr=False, compare=False)  # (what it was read from, resources)
    lead: str | None = None  # a later ask of its sentence: its clause before the marker
    section: str | None = None  # the heading of the 一、关于… section it stands in
    plan: int | None = None  # the plan whose listed parts it stands in (具体方案如下：一、…)
    prelude_paras: tuple[str, ...] = ()  # the paragraphs between the previous ask's and its own (the case it states)
    led_paras: tuple[str, ...] = ()  # the paragraphs its own paragraph led into (主要内容包括：‖（一）…‖（二）…)
    by_department: bool = False  # 建议由县人社局设立…: a department of the recipient named to give
    asked_before: tuple["Ask", ...] = ()  # a lead-in's: the asks its sentence made before it (…增加护林员8名，同时就…请示如下：)

    def __post_init__(self) -> None:
        # what leads to an ask is the text near it: a paragraph of four
        # hundred asks (or one sentence of them) must not give each the whole
        # text before it, which made the cost grow with the square of the asks
        near = near_end(self.context, CONTEXT_WINDOW)
        self._cut = len(near) < len(self.context)  # (its context no longer starts its paragraph)
        self.context = near
        self.before = near_end(self.before, BEFORE_WINDOW)

    @property
    def question(self) -> bool:
        """可否将…更名为…？ 能否将家属院移交社区管理？: a question put in the
        writer's voice is put to the recipient — who answers it decides."""
        return self.soft and self.marker in vocab()["markers"]["question"] \
            and self.sentence.rstrip().endswith(("？", "?"))

    # ---- what a 报告 may say
    @property
    def proper_for_report(self) -> bool:
        """请审阅、请审议、批评指正…: what a 报告 may properly ask — not a
        reading verb a deciding one follows (望省厅尽快审查批复…: to review
        and approve, which decides)."""
        vp = _skip_adverbs(self.vp.lstrip("予以"))
        w = next((w for w in _proper_verbs() if vp.startswith(w)), None)
        return w is not None and not (_classes(vp[len(w):len(w) + 4]) & {"decide", "reply"})

    @property
    def is_request(self) -> bool:
        """Asks the recipient to approve, decide, give, coordinate or reply."""
        if self.modality != "ask" or self.proper_for_report:
            return False
        if self.kind == "closing":
            # 特此报告、以上报告，请阅示 close; 特此请示、妥否，请批示、盼复
            # put up for decision
            proper = "|".join(sorted(vocab()["verbs"]["proper"], key=len, reverse=True))
            if re.search(rf"请(?:予以?)?(?:{proper})[。！!]?$", self.marker) and not re.search("妥否|当否|可否", self.marker):
                return False
            return "请示" in self.marker or bool(self.classes)
        if self.kind in ("implicit", "proposal"):
            return True
        if not self.soft:
            # 请/恳请…: asks to approve, decide, give, coordinate or reply —
            # by its verb, a grant particle or a resource it names; 恳请县政府
            # 加强指导、关心支持 is courtesy, not a request
            if not self.vp:
                return False
            if self.classes or self.grant or kinds_of(self.vp) - {"procedure"} or _backs_writer_act(self.vp):
                return True
            # 恳请市政府将我县确定为示范县: the recipient asked to act, by any
            # verb — unless only to care, support or guide (courtesy)
            return self.to_recipient and not _courtesy().match(self.vp)
        # a wish or suggestion asks the recipient only when it names whom it
        # asks or what is to be given (建议县政府安排…; 希望给予支持)
        wanted = set(vocab()["verbs"]["soft_request"])
        # (望解决一个公益性岗位指标: a wish to nobody named that a resource be
        # given — not 我局建议将补助标准提高到…, the writer's own proposal)
        # (…山区路远，安全隐患大，望解决校车1辆: or a thing counted out, of
        # whatever kind, that it be given)
        given = not self.addressee and self.marker != "建议" and bool(self.classes & wanted) \
            and (bool(self.resources) or bool(rx("matters", "quantity").search(self.vp or "")))
        # (望尽快批复, 盼早日答复: a decision or a reply to the writer, which
        # only the recipient gives — addressed to it, though not by name)
        given = given or (not self.addressee and self.marker != "建议" and bool(self.classes & {"decide", "reply"})
                          and bool(re.match(r"(?:尽快|尽早|早日|及时|从速)?(?:予以|给予)?(?:批复|答复|回复|审批|批准|审定)", self.vp)))
        # (望县文旅局、县财政局给予资金支持: money wished of the recipient's
        # purse, one of the bodies named — the recipient asked to give)
        # (not 建议县财政局在预算评审环节给予优先安排: advice on how it works)
        purse = self.marker != "建议" and "funds" in self.resources and any(
            re.fullmatch(r"[县市省区]级?财政局?", x) for x in re.split(r"[、和及与]", self.addressee or ""))
        asked = self.to_recipient or self.question or purse
        # (建议在上位法层面予以明确, 建议从国家层面统筹: the level the act is
        # placed at, the state's or the lawmaker's, is who is to act — no
        # recipient of a local document is; advice, as 建议国家层面… is)
        if not self.addressee and _STATE_LEVEL.match(self.vp or ""):
            return False
        if not (asked or (self.grant and not self.addressee) or given):
            return False  # 建议县教育局统筹…: advice on what another body should do
        # 建议以县政府办公室名义印发: the superior is to act, whatever the verb
        # (恳望县里协调民政部门予以办理: the recipient asked to bring a named body to act)
        # (望县政府统筹考虑，协调有关乡镇予以解决: in the clause after its own)
        nxt = self._next_clause()
        brings = asked and bool(_brings_body(self.vp) or (nxt and _brings_body(_skip_adverbs(nxt))))
        if self.grant or brings or bool((self.classes | self._relayed_classes() | self._continued_classes()) & wanted) \
                or _in_name_of_superior(self.vp):
            return True
        # 盼市政府出面协调…, 恳望省体育局将承办权交由我市: the recipient named
        # and asked to act, by any verb — unless only to care, support or guide
        # (after a place in it: 在…招收计划中增加下达我市名额) — for the
        # writer, counted out, or of a body or thing it names; not a general
        # direction (建议县政府进一步加大项目谋划力度)
        bare = re.sub(r"^(?:对|在|就)[^，,]{1,24}?(?:工作|方面|上|中)?(?=(?:继续|进一步|多加|多|更多|大力|加强|给予|予以)?(?:关心|关注|关怀|支持|指导|帮助|督导))", "", self.vp)
        if not ((self.addressee and self.to_recipient) or self.question) or _courtesy().match(bare):
            return False  # (对我市工作多加指导: care, whatever it is for)
        toks = tokens(self.vp)
        if self.question:
            return any(f == "v" for _, _, f in toks)
        if re.search(vocab()["markers"]["writer"], self.vp):
            return True  # 将承办权交由我市: for the writer
        if (rx("matters", "backref").search(self.vp) or re.search("(?:上述|前述|以上)", self.vp)) \
                and any(f == "v" for _, _, f in toks[1:]) and not rx("verbs", "cares").match(_skip_adverbs(self.vp)):
            # 盼省厅尽快组织对上述5项问题进行验收销号: an act of the recipient's
            # on what the document told — the writer's own matter (not care
            # for it: 希望省厅继续关注上述问题的整改)
            return True
        # (统筹安排 is one word to the tagger, a noun: a verb phrase by its
        # class all the same)
        if not any(f == "v" for _, _, f in toks) and not self.classes:
            return False
        # (望市政府统筹安排…治理资金予以解决: the recipient asked to provide a
        # resource it names)
        return bool(rx("matters", "quantity").search(self.vp) or self.resources & GIVEN_KINDS
                    or rx("matters", "agent_inline").search(self.vp) or rx("markers", "addressee_list").search(self.vp)
                    or any(f in ("nt", "nz", "nr", "ns") for _, _, f in toks))

    @property
    def relayed(self) -> str:
        """The body the recipient is asked to bring to act (请县政府协调
        铁塔公司县分公司给予站址支持 → 铁塔公司县分公司), or ""."""
        # (…，并由县人力资源和社会保障局组织笔试和面试: a body named with 由,
        # its task after it — brought to act as one named after 协调 is)
        # (not a plan's 由…兼任…院长: who is appointed, not a body at work)
        m = _brings_body(self.vp) or (_by_body().match(self.vp) if self.kind != "implicit" else None)
        if not m or rx("markers", "superior").match(m.group(1)):
            return ""
        # its task named (…按规范设置, …给予站址支持) — not a need stated before
        # left to it (安置房用地尚未落实，请县政府协调县自然资源局予以解决)
        task = re.sub("^(?:" + _alt(vocab()["markers"]["grant"]) + ")", "", self.vp[m.end():])
        return m.group(1) if _names_something(task) else ""

    def _rest_of_sentence(self) -> str | None:
        """Its object after its verb phrase, up to the sentence's end, or None."""
        # (its object may open with the adverbs its verb phrase skips:
        # 建议县政府尽快召开专题会议，协调解决…)
        obj = self.obj if self.obj.startswith(self.vp) else _skip_adverbs(self.obj)
        if not self.vp or not obj.startswith(self.vp):
            return None
        return re.split(r"[；;。]", obj[len(self.vp):].lstrip("，,"), maxsplit=1)[0]

    def _next_clause(self) -> str | None:
        """The clause of its object after its verb phrase's, or None."""
        rest = self._rest_of_sentence()
        return None if rest is None else re.split(r"[，,]", rest, maxsplit=1)[0]

    def _continued_classes(self) -> frozenset[str]:
        """望省厅加快审查，尽快批复该项目环评文件: the wish goes on in the
        next clauses, verbs with no subject of their own (望县政府统筹考虑，
        调剂一部分给图书馆使用，予以解决: to the end of its sentence)."""
        rest = self._rest_of_sentence()
        if rest is None:
            return frozenset()
        out: frozenset[str] = frozenset()
        for clause in re.split(r"[，,]", rest):
            got = _clause_classes(clause)
            if got is None:
                break
            out |= got
        return out

    def _relayed_classes(self) -> frozenset[str]:
        """协调县财政，按…标准核拨补助资金: the recipient asked to bring
        another body to act — what is asked is what that body is to do, in
        the clause that follows; likewise after a clause that only says how
        (参照周边县区做法，按…标准落实工作补贴)."""
        m = _brings_body(self.vp, whole=True)
        nxt = self._next_clause()
        if not (m or rx("verbs", "manner_only").fullmatch(self.vp)) or nxt is None:
            return frozenset()
        nxt = re.sub(r"^(?:按|依|根据|按照)[^，,]{1,24}?(?:标准|规定|比例)", "", nxt)
        return _classes(nxt)

    # ---- what a matter needs (ZG101)
    @property
    def kinds(self) -> frozenset[str]:
        # (同意我局增设“帮办代办股”: the name it quotes, read as written — its
        # head says what is set up)
        obj = (self._as_written(self.obj) or self.obj) if "“□" in (self.obj or "") else self.obj
        # (请县生态环境分局组织出水水质检测，作为拨款依据: what the act's result
        # serves as is not asked for)
        obj = _SERVES_AS.sub("", obj or "")
        k = kinds_of(obj) or (kinds_of(self._needed_before()) if not has_content(self.obj) else frozenset())
        if k <= {"procedure"} and self.kind == "explicit" and (self.context or self.before):
            # 拟将法治督察科更名为…，请省厅审核同意: approving a change of a
            # body its paragraph just planned asks for that change
            plan = _stated_plan((self.context or "") + (self.before or ""))
            k = k | (kinds_of(plan) & {"reorg"} if plan else frozenset())
        return k

    def _needed_before(self) -> str:
        """What an ask with no object of its own (予以保障) asks for: what the
        clauses before it in its sentence need — from the last clause that
        states a need on (…享受加发待遇人员约9.8万人，年需资金约2350万元，…，
        请县财政予以保障: the money, not the people who receive it), or all
        of them where none states one."""
        before = self.before or ""
        need = None
        for need in rx("modality", "need").finditer(before):
            pass
        if need is None:
            return before
        start = max(before.rfind(c, 0, need.start()) for c in "，,；;：:") + 1
        return before[start:]

    @property
    def resources(self) -> frozenset[str]:
        # read on every comparison with a matter: kept with what it was
        # worked out from, so an ask changed after it is made is read anew
        key = (self.kind, self.vp, self.obj, self.before, self.context)
        if self._resources is None or self._resources[0] != key:
            self._resources = (key, self._resources_of())
        return self._resources[1]

    def _resources_of(self) -> frozenset[str]:
        vp = re.sub(r"^(?:协助|帮助|配合|负责|尽快|及时|按程序|按规定)+", "", self.vp)
        if vp.startswith(tuple(vocab()["verbs"]["procedure_verbs"])):
            return frozenset()  # (协助)办理人员政审…: a procedure, whatever it names
        if self.kind != "implicit" and _is_service(self.vp):
            return frozenset()  # 在规划编制方面给予指导: the field it serves in is not asked for
        # (请县行政审批服务管理局协调派驻部门做好窗口人员调整: the service in
        # full, past the clause the verb phrase ends at, and past a third
        # body named first — the people it serves with are not asked for)
        body = rx("matters", "agent_inline").match(self.obj)
        rest = self.obj[body.end():] if body else self.obj
        if self.kind != "implicit" and rest != self.vp and rest and _is_service(rest):
            return frozenset()
        kinds = self.kinds & frozenset(vocab()["matters"]["resource_kinds"])
        # (请县住建局组织专业人员予以鉴定: a body's own people deployed for a
        # task fill no post — unless counted out, 选派2名技术人员到站工作, or
        # the task itself asks for posts)
        if "staff" in kinds and (people := rx("verbs", "service_people").match(vp)) \
                and not _COUNTED_PEOPLE.search(people.group(0)) \
                and "staff" not in kinds_of(vp[people.end():]):
            kinds -= {"staff"}
        return kinds

    @property
    def prelude(self) -> str:
        """Its prelude's paragraphs in one string."""
        return "。".join(self.prelude_paras)

    @property
    def own_words(self) -> str:
        """Its own words: a later ask of a sentence does not point back
        because an earlier one did (批准该项目…，并恳请同意设立服务站)."""
        own = self.sentence if self.lead is None else self.lead + self.obj
        v = own.find(self.vp) if self.kind == "coordinated" and self.vp else -1
        return own[v:] if v > 0 and self._joined_on_its_own(own[:v]) else own

    def _joined_on_its_own(self, before: str) -> bool:
        """Does this coordinated ask, ``before`` it the words of the ask it
        is joined to, say its own words from its verb — the pointer of that
        ask (该项目, 上述) not its own?"""
        vp = self.vp
        # (恳请县政府批准该清收方案，及核拨…经费35万元: 及 and 以及 join two as
        # 和 does)
        if self.marker in ("和", "及", "以及"):
            # (the second of two things one verb is asked for, sharing no
            # word with the first — _second_of_two: 同意调整该地块规划用途和
            # 追加…经费15万元; 该地块 is the first's)
            return True
        if _turns(re.split(r"[，,；;]", before)[-1]):
            # (…将该连接线纳入…规划并给予资金补助，同时批准我县经济技术开发区
            # 扩区: a turn opens it)
            return True
        if (given := _given_to().match(vp)) is not None:
            # (…将该路段列入…计划，给予补助资金300万元，并为我乡综合文化站配备
            # 专职工作人员2名: it counts out people or things for a body its
            # sentence did not name before)
            body = _given_body(given)
            if body:
                return body not in before
            # (恳请县政府批准上述…设置方案，并为我局增配城市管理执法车辆3辆: for
            # the writer itself, it counts out things its sentence never named —
            # the pointer of the ask before it is not its own)
            return bool(rx("matters", "quantity").search(vp)) and _names_new(vp, before)
        if (bool((o := rx("matters", "occasion_name").search(vp))
                 and _DATED_EDITION.search(o.group(0)))
                or any(c.group(1).endswith(_body_heads()) for c in re.finditer(
                    r"[0-9一二两三四五六七八九十]+(?:个|所|家|座|处)([\u4e00-\u9fff]{2,10}?)(?=的|[，,。；;]|$)", vp))
                or bool(re.match(r"(?:同意|批准|支持)?(?:我[县市镇乡区局])?(?:在[^，,。；;]{1,12}?)?"
                                 + rx("matters", "sets_up").pattern + r"[\u4e00-\u9fff]{2,}", vp))) \
                and _names_new(vp, before):
            # (恳请省厅将该路段列入…计划，并同意由我市承办2026年全省…现场
            # 观摩会: it names an occasion of its own, by its edition, or
            # bodies of its own, counted (并将全县19个农贸市场快检室的运维经费
            # 纳入…), or sets up a thing as its own act (并同意我县在南村镇设立…
            # 园区); not 并召开协调会议, a meeting on that ask, nor 两个专业的…
            # 权限, no body, nor 协调…保障新增建设用地指标, where 建设 names the land)
            return True
        if _opens_with_a_body(rest := re.sub(r"^(?:同意|批准|支持|准予|核准)?(?:为|给|由)?", "", vp)) \
                and (cut := _cut_body_name(rest)) is not None and cut.group(0) not in before \
                and _names_new(vp, before):
            # (…列入…项目库并补助建设资金300万元，并批准镇中心幼儿园秋季增设
            # 两个小班: its act is of a body its sentence did not name before)
            return True
        # (请…批准开通上述班线、拨付我局机关办公楼抗震加固资金35万元: its
        # verb, then a thing of the writer's own its sentence did not name
        # before)
        # (并对我市2025年农村客运新能源车辆更新给予…补助: its year as well)
        if re.match(r"[\u4e00-\u9fff]{1,4}?" + vocab()["markers"]["writer"] + r"(?:[0-9]{4}年度?)?[\u4e00-\u9fff]{2,}", vp) \
                and _names_new(vp, before):
            return True
        # (恳请县政府拨付上述补助资金，并批准杜晓明同志任…卫生院院长: a joined
        # appointment, a person's post, is no act on what the ask before it
        # points at)
        return "appoint" in kinds_of(vp) and "appoint" not in kinds_of(before)

    @cached_property
    def written(self) -> str:
        """The sentence as its paragraph reads unmasked (“三保” where
        ``sentence`` has “□□”): what to cut from the told text, which is
        read as written."""
        s = self.sentence
        if self.para is not None and "□" in s:
            flat, masked = _flat(self.para.text), squash(mask_quotes(self.para.text))
            k = masked.find(s)
            if k >= 0 and len(flat) == len(masked):
                return flat[k: k + len(s)]
        return s

    @property
    def backref(self) -> bool:
        own = self.own_words
        # (not in a clause after its own: …增加辅警员额12名，所需经费纳入预算 —
        # the cost of this ask)
        k = own.find(self.vp) if self.vp else -1
        # (恳请…安排上述资金，并核拨…兽医站…维修经费: an ask joined by 并 points
        # back only from where it begins — the pointer before is the ask it joins)
        # — when it names a body of its own the text before never named (not
        # …支持我市该项能力建设…，并同意选派人员跟班学习: the same work's)
        # (…将该项目列入…，并协调解决县城第二水厂扩建工程建设用地: or works it
        # names in full, which the text before never named)
        works = self.kind == "coordinated" and k > 0 and _names_untold_works(self.obj or "", own[:k])
        start = k if works or (self.kind == "coordinated" and k > 0 and (cut := _named_body_after_verb(self.obj or ""))
                               and cut not in own[:k]) else 0
        # (…还需约1.2万元，一并列入上述资金: the need says it joins what was
        # asked before)
        if rx("matters", "joins_the_asked").search(own, start):
            return True
        # (…批准二期工程实施方案；将其纳入市级重点生态项目库: its object is 其
        # itself — what was asked just before)
        if k >= 0 and self.kind == "coordinated" and rx("matters", "pronoun").match(own, k):
            return True
        # (…安排专业技术编制5名，用于此次引进: what it is for, said after it by a
        # pointer — the plan told before)
        if k >= 0 and _USED_FOR_TOLD.match(own, k + len(self.vp)):
            return True
        # (every pointer, not the first only: 为保障该园顺利开园，恳请批准上述
        # 人员、设备和经费安排 — 该园 a body, 上述人员 the matter's)
        m = None
        for x in rx("matters", "backref").finditer(own, start, k + len(self.vp) if k >= 0 else len(own)):
            # (拟将起步价调整为7元（2公里），超出部分每公里调整为1.6元: a part
            # inside the ask's own object is a part of what that object names;
            # 批准…购置执法执勤用车2辆，所需资金约36万元…: and its cost, that
            # object's cost)
            if 0 <= k < x.start() and (x.group(0).endswith("部分") or x.group(0).lstrip("，,") == "所需"):
                continue
            if m is None:
                m = x
            if not self._named_in_paragraph(own, x) and not self._own_plan_need(own, x) \
                    and not _points_at_a_body(own, x) and not self._rest_of_its_own_sum(own, x):
                return True
        # (…谋划了…冷链物流园项目，…。恳请将该项目纳入…: the pointer resolved
        # within its own paragraph, which named the thing in full just before
        # — not by the bare word again: 项目总投资…，安排该项目资金)
        # (此外，县城集中供热二期工程已完成…，恳请…将该项目纳入…: or by a name
        # of its own, whatever its head, after a turn to it)
        resolved = bool(m) and rx("matters", "demonstrative").match(m.group(0)) is not None \
            and (self._named_in_full(m) or self._occasion_pointed(own, m) or self._under_its_own_heading()
                 or self._work_its_sentence_needs(own, m)
                 or self._turned_to_its_own_plan()
                 or (self.connective and _names_a_head(self.context + own[: m.start()])))
        # (not 拟举办丰收节，请补助活动经费: the head of its own sentence's
        # plan — unless a demonstrative points back: 拟…安排该项目资金)
        # (within its own verb phrase: …安排补助资金3000万元，支持项目尽早建成 —
        # a purpose clause after it; 给予政策和项目支持 — 项目 a modifier there)
        # (from where an ask that names works of its own begins, as above)
        base = start if works else 0
        at = _bare_head_at(own[base: k + len(self.vp)] if k >= 0 else own[base:])
        at = at + base if at >= 0 else at
        if at >= 0:
            plans = list(rx("matters", "own_plan_word").finditer(own[:at]))
            # (a plan in its own clause, then 该项目: that plan's — 我局拟实施
            # 职工住房改造，请同意该项目立项)
            # (该项赛事, 此次活动, 这个项目: a demonstrative and its measure
            # word point as the demonstrative alone does)
            demonstrative = rx("matters", "pointer_before_head").search(own[max(at - 3, 0): at]) if at else None
            # (太行一号旅游公路二期工程…，项目资金缺口…: the project its own
            # sentence named just before)
            named = not demonstrative and (_names_a_head(own[:at]) or _built_just_before(own[:at]))
            # (2026年7月，拟在…举办全县青少年围棋公开赛，…。赛事所需…经费6.8万元，
            # 请县财政安排: the occasion or project its own paragraph plans and
            # names just before — a head that points within the paragraph)
            # (not after an ask in the same paragraph — …恳请市政府将该项目列入…。
            # 项目资金…申请市级财政给予补助, in a paragraph that ran on: the
            # head is that ask's project)
            local = not demonstrative and self._context_asks_nothing() \
                and bool(rx("matters", "own_plan_word").search(self.context)) \
                and bool(rx("matters", "occasion_name").search(self.context) or _names_a_head(self.context))
            if not named and not local and not (demonstrative and resolved) \
                    and (not plans or (demonstrative and not re.search("[，,；;：:]", own[plans[-1].end(): at]))):
                return True
        toks = tokens(self.vp)
        # (not 承办…丰收节主会场活动，活动经费尚有缺口，恳请…拨付活动经费: the
        # head of what its own sentence named just before)
        if len(toks) >= 2 and toks[0][2].startswith("v") and toks[1][1] in vocab()["matters"]["bare_heads"] \
                and not rx("matters", "own_plan_word").search(self.before or "") \
                and not (k > 0 and _names_a_head(own[:k])):
            return True  # 批准项目建设: the verb's object is the bare 项目
        if len(toks) == 2 and toks[0][1] in verb_classes()["decide"] and toks[1][2] == "v" \
                and not has_content((self.context or "") + (self.before or "")):
            # 恳请县政府同意实施 in a paragraph of its own: an act with no
            # object — the plan's, put up before (not a plan its own paragraph
            # states: 拟举办…文化节…。请县政府同意举办)
            return True
        # (…追加我镇配套资金18万元，其余部分由镇财政自筹: the rest of its own
        # sum, after its verb phrase, as above — no phase of one asked before)
        # (我镇计划于下半年分三期举办…培训班: the phases of the plan its own
        # clause states — how that plan is done, no phase of one asked before)
        return any(not _owned_phase(own, m.start()) and not (0 <= k < m.start() and m.group(0).endswith("部分"))
                   and not _plans_in_its_clause(own, m.start())
                   for m in rx("matters", "phase").finditer(own))

    def _context_asks_nothing(self) -> bool:
        """Does the ask's paragraph say something before its sentence, and
        ask nothing there — a case or plan it may point within?"""
        return bool(self.context) and not _markers().search(self.context)

    def _turned_to_its_own_plan(self) -> bool:
        """Does the ask's paragraph turn (此外，另外，) and state a plan of its
        own before the ask (此外，陵川县…无专门的…储备库，…拟新建…储备库1座。请省局
        批准将该项目列入…)? A bare pointer there takes that plan."""
        return self.connective and bool(_stated_plan(self.context or ""))

    def _under_its_own_heading(self) -> bool:
        """Is the ask under a heading of its own that names a thing — not an
        aspect (资金需求) — opened since the last ask, its paragraph telling
        that thing's case (二、馆藏档案数字化服务采购 ‖ …采购档案数字化外包服务，
        …流标。恳请…将该项目采购方式变更为…)? A bare pointer there takes it."""
        # (the heading as the prelude writes it, whatever its label: （二）… is
        # read as 二、… where the draft starts at that level)
        return self.section is not None and bool(self.prelude) \
            and _past_enumeration(self.prelude).startswith(_past_enumeration(self.section)) \
            and not _aspect_label(squash(self.section)) and has_content(self.context or "")

    def _counted_bodies_before(self, own: str, m: re.Match[str]) -> bool:
        """上述两单位 after 县教学研究室、县电化教育馆现无公务用车，…: a pointer
        that counts bodies, its own paragraph having just listed that many
        bodies by name — it points within the paragraph."""
        pointer, listed = _counted_bodies_rx()
        c = pointer.match(own, m.start())
        if not c:
            return False
        n = cn_int(c.group(1).replace("两", "二"))
        text = (self.context + own[: m.start()])[-80:]
        return any(len(_LIST_JOINER.split(r.group(0))) == n for r in listed.finditer(text))

    def _named_in_paragraph(self, own: str, m: re.Match[str]) -> bool:
        """该出口 whose 出口 its own paragraph named before (晋阳高速大阳出口
        …，请协调将该出口更名): it points within the paragraph, not back at
        an earlier ask's matter."""
        noun = re.match(_POINTER_NOUN, own[m.start():])
        if self._counted_bodies_before(own, m):
            return True
        edition = re.match(r"(?:本届|此届|本次|此次|这次|本期)([\u4e00-\u9fff]{2})", own[m.start():])
        if edition:
            # (…全县农民篮球联赛总决赛拟于7月举办，…申请由我镇承办本届联赛总
            # 决赛: an edition of what its own sentence named just before — not
            # 本次招聘 after the sentence of the matter's own ask)
            # (省厅计划于…举办全省农机手职业技能大赛。…请省厅同意将本届农机手
            # 职业技能大赛放在我市举办: or its paragraph's sentences before,
            # where they ask nothing themselves)
            context = self.context if self._context_asks_nothing() else ""
            return edition.group(1) in context + own[: m.start()]
        if not noun:
            # (镇里现有两辆垃圾转运车均已超期服役，请县里再配备一辆…: more of
            # a thing its own paragraph counted just before, by the same measure)
            more = re.match(r"再[\u4e00-\u9fff]{1,3}[0-9一二两三四五六七八九十]+([\u4e00-\u9fff])", own[m.start():])
            if not more:
                return False
            said = self.context + self.sentence
            k = said.find(own[m.start():m.end()])
            return re.search(r"[0-9一二两三四五六七八九十]" + more.group(1), said[: max(k, 0)]) is not None
        # (the whole pointer — 上述两乡, not 上两乡 — is what is looked for)
        k = (self.context + self.sentence).find(noun.group(0))
        text = (self.context + self.sentence)[:k] if k >= 0 else self.context
        # 该院 after 李寨乡卫生院, 该地块 after 原粮站用地: a word that shares a
        # character with a name its paragraph gave just before — but 该项目,
        # 该方案 are the matter's own words
        if noun.group(1) in vocab()["matters"]["bare_heads"] + ["方案", "事项"]:
            # (我县计划举办“太行古堡杯”山地自行车邀请赛，…请同意将该赛事列入…:
            # an occasion its paragraph named by its own name, quotes and all)
            # (此外，县人民医院新开展了…等12项医疗服务，…，恳请批准将上述项目
            # 纳入…: the items its own sentence counted just before — 项 counts
            # 项目; not 三方 before 上述方案, which counts parties)
            counted = re.search(r"[0-9一二两三四五六七八九十]+项(?!目)", own[: m.start()]) \
                if noun.group(1) == "项目" else None
            # (再者，陵川县至河南辉县省道改建工程原计划…，恳请贵厅将该项目…: a
            # project its paragraph names by a name of its own, whatever its head)
            # (二、馆藏档案数字化服务采购 ‖ …采购档案数字化外包服务，…流标。恳请…
            # 将该项目采购方式变更为…: under a heading of its own that names a
            # thing — not an aspect, 资金需求 — the paragraph tells that thing's
            # case, and the pointer takes it)
            # (not 为加快项目落地，拟请…批准该项目立项: the head its paragraph
            # says only bare is the same pointer, and names nothing there)
            bare = noun.group(1) in vocab()["matters"]["bare_heads"] and _only_bare(text, noun.group(1))
            return (noun.group(1) in text and not bare) \
                or self._occasion_named_before(noun.group(1), own[m.start(): m.end()]) \
                or bool(counted and has_content(own[: counted.start()])) or _names_a_head(text) \
                or self._under_its_own_heading() or self._turned_to_its_own_plan()
        # (not 同时，请县人社局将上述岗位纳入…: the turn states nothing of its
        # own before the pointer, which points back past it)
        turned = own[: m.start()]
        if self.connective and has_content(text) and has_content(rx("matters", "agent_inline").sub("", turned)):
            return True  # 另外，…副镇长已调任…，该岗位空缺: a paragraph turned to its own topic
        # (二、县妇幼保健院产科用房 ‖ （二）房源。医院北侧现有县卫健局原办公楼
        # 一栋… ‖ （三）需求。请…同意将该楼划转…: named in the section opened
        # since the last ask — the nearest thing of its kind, not the matter before)
        if self.prelude and self.section \
                and (k := self.prelude.find(rx("matters", "enumeration").sub("", squash(self.section), count=1)[:6])) >= 0 \
                and noun.group(1)[0] in re.sub(r"[该此这本其述]" + noun.group(1)[0], "", self.prelude[k:]):
            return True
        return noun.group(1) in text or any(c in text for c in noun.group(1))

    def _occasion_pointed(self, own: str, m: re.Match[str]) -> bool:
        """该项赛事 (a pointer and its noun) whose occasion its paragraph named
        before (see :meth:`_occasion_named_before`)."""
        noun = re.match(_POINTER_NOUN, own[m.start():])
        return bool(noun) and self._occasion_named_before(noun.group(1), own[m.start(): m.end()])

    def _occasion_named_before(self, noun: str, pointer: str) -> bool:
        """我县计划举办“太行古堡杯”山地自行车邀请赛，…请同意将该赛事列入…:
        the bare 赛事/活动 its paragraph named before by the occasion's own
        name (quotes and all)."""
        if noun not in ("活动", "赛事") or self.para is None:
            return False
        raw = squash(self.para.text)
        cut = raw.find(pointer)
        before = re.sub("[“”\"「」『』《》]", "", raw[:cut])
        # (…拟在珏山一带举办首届太行山越野跑，…该赛事途经…: what its paragraph
        # holds, whatever its name ends on)
        # (今年全县广场舞大赛尚未确定承办地，…请求承办该项赛事: a contest named
        # by its kind — …大赛, …联赛 — is the 赛事 pointed at)
        return cut > 0 and bool(rx("matters", "occasion_name").search(before)
                                or re.search(rx("matters", "holding").pattern + r"[^，,。；;]{2,}", before)
                                or noun == "赛事" and re.search(r"[\u4e00-\u9fff]{2}赛(?!事)", before))

    def _named_in_full(self, m: re.Match[str]) -> bool:
        """The noun 该/此 points at, named before in its paragraph with words
        of its own in front (冷链物流园项目), not bare (项目总投资…)."""
        noun = re.match(_POINTER_NOUN, m.group(0) + m.string[m.end():])
        if not noun:
            return False
        text = self.context + self.sentence[: max(self.sentence.find(m.group(0)), 0)]
        # (as a plan of the paragraph's own — 谋划了…项目，…拟申请… — not a
        # name in passing: 为抓住南水北调后续工程…窗口期，…同意启动该工程)
        k = re.search(r"[\u4e00-\u9fff](?<![该此这本其述])" + noun.group(1), text) \
            or self._occasion_named_before(noun.group(1), m.group(0))
        return bool(k) and bool(rx("matters", "own_plan_word").search(text))

    def _rest_of_its_own_sum(self, own: str, m: re.Match[str]) -> bool:
        """市场改造拟对顶棚和地面进行重建，…总投资约560万元。我镇可自筹160万元，
        其余400万元恳请县政府给予补助: the rest of a sum its own paragraph
        states, with the plan that costs it — that plan's, not a pointer back."""
        if not rx("matters", "rest_of_sum").match(m.group(0)):
            return False
        # (the whole paragraph before it: its context may be cut near it)
        whole = _flat(self.para.text) if self.para is not None else ""
        k = whole.find(own[: m.start()]) if own[: m.start()] else -1
        told = (whole[:k] if k >= 0 else (self.context or "")) + own[: m.start()]
        # (the plan by the writer or by the thing it changes: 市场改造拟…)
        # (另外，县城第二水厂扩建工程总投资8000万元，已落实5000万元，恳请…对其余
        # 3000万元给予支持: or the project it names in full, whose sum it is)
        # (经测算，需新打抗旱应急水井4眼，购置抽水泵20台…，共需资金96万元。镇
        # 财政已挤出资金20万元，其余76万元恳请…: or the things its need counts
        # out — not only the sum, 改造工程共需资金86万元, which any cost states)
        need = rx("modality", "need").search(told)
        counted = need is not None and any(not q.group(0).endswith("元")
                                           for q in rx("matters", "quantity").finditer(told, need.end()))
        return bool(rx("matters", "stated_sum").search(told)) \
            and (bool(_stated_plan(told)) or _plans_an_act(told) or _names_a_head(told) or counted)

    def _work_its_sentence_needs(self, own: str, m: re.Match[str]) -> bool:
        """县城污水处理厂…需提标至…Ⅳ类标准，总投资约1.2亿元，恳请…将该项目列入…:
        a demonstrative after its own sentence opens on a body, says what it
        needs done and the sum — it points at that work, not back."""
        if not rx("matters", "demonstrative").match(m.group(0)):
            return False
        k = (self.context + self.sentence).find(own[m.start():m.end()])
        last = re.split(r"[。；;]", (self.context + self.sentence)[: max(k, 0)])[-1]
        return bool(rx("matters", "stated_sum").search(last) and rx("modality", "need").search(last)) \
            and _opens_with_a_body(_leading_turn().sub("", last.lstrip("，,"), count=1))

    def _own_plan_need(self, own: str, m: re.Match[str]) -> bool:
        """所需资金 after a plan its own paragraph states (我局拟…新建公共厕所
        一座，所需资金约70万元): the need of that plan, not of the matter; 该项目
        likewise (我局拟实施职工住房改造，请同意该项目立项)."""
        if "所需" not in m.group(0) and not rx("matters", "demonstrative").match(m.group(0)):
            return False
        k = (self.context + self.sentence).find(own[m.start():m.end()])
        before = (self.context + self.sentence)[: max(k, 0)]
        # (not 建议将该办法…: the plan word fronting the pointer's own clause
        # states no plan — the pointer is its object)
        if has_content(_stated_plan(before.replace("。", "，")) or ""):
            return True
        # (我局另需购置执法车辆2辆，所需资金约36万元: the need its paragraph
        # counts just before, as a plan's)
        last = re.split(r"[。；;]", before)[-1]
        # (镇里计划结合文旅开发对大桥实施夜景亮化，所需资金约35万元: a plan
        # its own sentence states, whoever's, then its need)
        if "所需" in m.group(0) and re.search("(?:" + vocab()["matters"]["own_plan_word"] + r")[\u4e00-\u9fff]", last):
            return True
        # (县第十二届运动会定于5月在县体育中心举办，…，所需经费18万元: an
        # occasion its own sentence schedules, then its need)
        if "所需" in m.group(0) and rx("matters", "occasion").search(last):
            return True
        # (还有，县中医院住院楼两部电梯…被要求限期更换，所需资金62万元: its
        # own sentence opens on a body, whose need it is)
        if "所需" in m.group(0) and _opens_with_a_body(_leading_turn().sub("", last.lstrip("，,"), count=1)):
            return True
        if self._work_its_sentence_needs(own, m):
            return True
        need = rx("modality", "need").search(last)
        if not need:
            return False
        # (…锅炉已超过使用年限，需更换，所需资金约6万元: the act its sentence
        # says is needed, then its cost — as a counted need's)
        act = re.split(r"[，,]", last[need.end():])[0]
        return bool(rx("matters", "quantity").search(last[need.end():])) \
            or any(f in ("v", "vn") for _, _, f in tokens(act))

    @property
    def spec(self) -> frozenset[str]:
        """Key words of what it asks for (or, when its object says nothing,
        of its sentence before the marker)."""
        if self._spec is None:
            # who pays (县财政, 其余由学校自筹) is not what it asks for
            obj = rx("matters", "funders").sub("|", self.obj)
            # (按工程进度安排…: the manner it is given in, not what is given)
            manner = rx("matters", "manner")
            # (the time frame kept apart: 在安排…资金时 may hold the thing)
            framed = manner.sub(lambda x: x.group(0) if x.group(0).startswith("在") else "", obj)
            obj = manner.sub("", obj)
            if self.kind == "coordinated" and rx("matters", "container_verb").match(obj):
                # (…同意该项目立项，列入2026年县级政府投资计划: what is put in
                # the plan is what was just asked — the plan is no thing of its own)
                obj = framed = ""
            sp = specifics(obj) if has_content(obj) else frozenset()
            if not sp and framed != obj:
                # (在安排城镇老旧燃气管网改造补助资金时向我市倾斜: with nothing
                # named past it, the frame holds what is asked for)
                sp = specifics(framed)
            if not sp:
                # (审定《公务用车管理办法》: the document it names, kept
                # from the reading of quotes as its own words)
                sp = self._titled_object()
            if not sp and self.kinds & {"org", "reorg"}:
                # (批准撤销南岭乡、设立南岭镇: the places a change of bodies
                # makes or ends are its thing, though places tie nothing else)
                named = re.sub("|".join(vocab()["kinds"]["org"] + vocab()["kinds"]["reorg"]) + "|撤销|撤|批准|同意|为", "|", obj)
                sp = frozenset(re.findall(r"[\u4e00-\u9fff]{2,3}?(?:乡|镇|街道|社区|村)(?![\u4e00-\u9fff]?(?:政府|党委))", named))
            before = rx("matters", "funders").sub("|", _topic_of(self.before))
            if not sp and before:
                sp = specifics(before) if has_content(before) else frozenset()
            sp = sp | self._antecedent()
            if not sp:
                sp = self._counted_antecedent()
            if not sp:
                sp = self._pointed_name()
            if not sp and self.context and self.kind in ("explicit", "coordinated"):
                # 拟利用…改建应急避难场所1处…。恳请县政府批准实施: what it
                # approves is the plan its own paragraph just stated
                plan = _stated_plan(self.context)
                sp = specifics(plan) if plan and has_content(plan) else frozenset()
            self._spec = sp
        return self._spec

    @property
    def written_text(self) -> str:
        """Its evidence (``text``, clipped) as its paragraph writes it."""
        if "□" not in self.text:
            return self.text
        cut = self.text.endswith("…")
        w = self._as_written(self.text[:-1] if cut else self.text)
        return (w + "…" if cut else w) if w else self.text

    @property
    def written(self) -> str:
        """Its sentence as its paragraph writes it, quotes and all — the
        sentence itself is read with them masked (采取“□□□□”方式): what a
        finding quotes."""
        return self._as_written(self.sentence) or self.sentence

    def _as_written(self, span: str) -> str:
        """``span`` of its paragraph (read with quotes masked) as the
        paragraph writes it, quotes and all; "" when it is not found."""
        if self.para is None or not span:
            return ""
        k = squash(mask_quotes(self.para.text)).find(span)
        return squash(self.para.text)[k: k + len(span)] if k >= 0 else ""

    def _titled_object(self) -> frozenset[str]:
        """The key words of a document its object names in book marks
        (《…办法》), which the masking of quotes hid."""
        if "《□" not in self.obj:
            return frozenset()
        titles = re.findall(r"《([^》]{2,40})》", self._as_written(self.obj))
        return frozenset().union(*(specifics(t) for t in titles)) if titles else frozenset()

    def _antecedent(self) -> frozenset[str]:
        """What 其 in the object stands for: the key words of the clause
        before the one it is in (…批准冶底村漫水桥改建工程，并将其列入计划)."""
        at = _pronoun_at(self.sentence)
        if at < 0 or _pronoun_at(self.obj) < 0:
            return frozenset()
        clauses = [c for c in _CLAUSE_END.split(self.sentence[:at]) if c]
        for c in reversed(clauses[:-1]):
            if has_content(c):
                return specifics(rx("matters", "funders").sub("|", c))
        return frozenset()

    def _pointed_name(self) -> frozenset[str]:
        """What 该/此 + a noun in the object stands for when its own paragraph
        named it in full just before (县食品药品检验检测中心现有编制9名…，
        恳请批准为该中心增加编制 → 检验检测中心): the key words of that name.
        An ask that names its thing by pointer says something of its own."""
        p = re.search(r"(?:该|此)([\u4e00-\u9fff]{2})", self.obj)
        if not p or not self.context:
            return frozenset()
        told = re.split(r"[。；;]", self.context.rstrip("。；;"))[-1]
        # (该中心 — and 该校 of 李寨乡中学: a one-character pointer stands for
        # a body its paragraph named, whatever the body's head)
        noun = p.group(1)
        one = noun[0] in _body_heads()
        end = r"(?=[^\u4e00-\u9fff]|现|共|有|是|为|于|已|自|的)"
        names = re.findall(r"([\u4e00-\u9fff]{2,14}?" + noun + ")" + end, told)
        if not names and one:
            # (the last body its paragraph named: a noun ending in a body's
            # head, with the nouns before it — 周村镇|卫生院, 李寨乡|中学)
            toks = tokens(told)
            for i in range(len(toks) - 1, -1, -1):
                w, f = toks[i][1], toks[i][2]
                if f[:1] in ("n", "j", "l") and w.endswith(_body_heads()):
                    k = i
                    while k > 0 and toks[k - 1][2][:1] in ("n", "j", "l"):
                        k -= 1
                    names.append("".join(t[1] for t in toks[k: i + 1]))
        for name in names:
            sp = specifics(rx("matters", "funders").sub("|", name))
            if sp and name != noun:
                return sp
        return frozenset()

    def _counted_antecedent(self) -> frozenset[str]:
        """What a bare count in the object stands for (我局现有公务用车一辆，
        …，请批准更新一辆 → 公务用车): the thing its paragraph counted
        before with the same measure word."""
        q = re.search(r"[0-9一二两三四五六七八九十]+(辆|台|套|座|处|间|张|所|部|艘|架)$", self.obj.rstrip("。；;，,"))
        if not q:
            return frozenset()
        text = (self.context or "") + (self.before or "")
        for c in reversed([c for c in re.split(r"[，,。；;]", text) if c]):
            n = re.search(r"([\u4e00-\u9fff]{2,8}?)[0-9一二两三四五六七八九十]+" + q.group(1), c)
            if n and has_content(n.group(1)):
                # (打印复印一体机: a name the segmenter cuts into verbs, kept whole)
                return specifics(n.group(1)) or frozenset([re.sub(r"^(?:现有|现|有|共有|仅有|只有)", "", n.group(1))])
        return frozenset()

    def own_plan_words(self, bg: frozenset[str]) -> frozenset[str]:
        """The key words of the plan its paragraph states (quotes read as
        written: 举办首届“青莲文化旅游节”), or none when the paragraph points
        back before it (该地块经评估…，拟按以下步骤办理: the matter's thing)."""
        if self._plan_words is None:
            raw = squash(self.para.text) if self.para is not None else ""
            plan = _stated_plan(raw)
            # (not a suggestion its paragraph makes after it — 恳请市政府同意我县
            # 启动申报程序…。…，建议由市自然资源局指导我县做好规划衔接调整: a
            # further ask, not the plan this one asks for — as a plan told
            # after it is: 并请…批准新建…幼儿园。…拟在…新建6个班规模的…)
            end = raw.find(self.sentence)
            at = raw.find(plan) if plan and end >= 0 else -1
            if at >= end + len(self.sentence) > 0 and raw[:at].endswith("建议"):
                plan = _stated_plan(raw[: end + len(self.sentence)])
            # (a pointer after the plan its own paragraph states — 拟于7月举办
            # …培训班，…所需经费14万元 — points at that plan, not back)
            at = raw.find(plan) if plan else -1
            if plan and rx("matters", "backref").search(raw, 0, at if at >= 0 else len(raw)):
                plan = ""
            self._plan_words = _own(_key_words(plan), bg) if plan else frozenset()
        return self._plan_words

    @cached_property
    def preludes_plans(self) -> tuple[tuple[str, ...], ...]:
        """The own words of each costed plan its prelude states, when its
        sentence opens, past a time, on a bare head (目前，项目已获得…) —
        else none. Read once, whichever matter it is compared with."""
        opening = re.sub(r"^(?:目前|当前|现在|截至目前|截至[^，,]{2,12})[，,]", "", self.sentence.lstrip("，,"))
        if not self.prelude or _bare_head_at(opening) != 0:
            return ()
        return tuple(tuple(w for w in specifics(s) if informative(w) and not _is_place(w))
                     for s in _costed_plans(self.prelude))

    @cached_property
    def points_past_its_turn(self) -> bool:
        """同时，请县人社局将上述岗位纳入…: a pointer in what it asks, after a
        turn that states nothing of its own — it points past the turn, back
        into its paragraph."""
        m = re.search(r"(?:该|上述|前述)[\u4e00-\u9fff]", self.obj)
        if not m or self._pointed_name():
            return False  # (李寨乡中学…。恳请…为该校配备校车: resolved where it stands)
        if _points_at_a_body(self.obj, m):
            return False  # (…拨付维修资金50万元；为该校增加…编制: a body, which asks of any kind share)
        k = self.sentence.find(self.obj)
        # (the object is kept without its commas — …调整为省道该路段已按… —
        # where it runs over clauses: the pointer found as its sentence has it)
        at = k + m.start() if k >= 0 else self.sentence.find(m.group(0))
        upto = self.sentence[:at] if at >= 0 else self.before
        return not has_content(rx("matters", "agent_inline").sub("", upto))

    @cached_property
    def quoted_names(self) -> frozenset[str]:
        """The names its own sentence gives in quotation marks (设置“乡聘村用”
        专项岗位 → 乡聘村用), read from the paragraph as written — the
        sentence itself has them masked."""
        if "“" not in self.sentence:
            return frozenset()
        return _quoted_names(self._as_written(self.sentence))

    @cached_property
    def plans_on_bare_head(self) -> bool:
        """今年拟将活动场地放在乡村: does the plan its sentence states open,
        after the 将/对 of disposal, on the bare head of the one thing the
        document is about (活动, 项目) — its venue, its land — a part of
        that thing's plan, not a plan of its own?"""
        plan = _stated_plan((self.context or "") + self.sentence)
        return bool(re.match("[将对为把]", plan)) and _bare_head_at(plan) == 1

    @cached_property
    def changes_standard(self) -> bool:
        """Does its sentence change a standard in force (…补贴标准提高至…;
        …收费标准调整为…): a decision of its own?"""
        # (its own part of the sentence: 拨付…资金92万元及批准将…报酬提高至…
        # — the change is the second ask's, not the first's)
        k = self.sentence.find(self.obj) if self.obj else -1
        end = k + len(self.obj) if k >= 0 else len(self.sentence)
        start = self.sentence.find(self.vp) if self.kind == "coordinated" and self.vp else 0
        return bool(rx("matters", "changes_standard").search(self.sentence, max(start, 0), end))

    @cached_property
    def case_subject(self) -> tuple[str, str]:
        """The subject the case told before it opens on, and its owner's
        words (see _case_subject)."""
        return _case_subject((self.context or "") + (self.before or ""))

    @cached_property
    def para_on_bare_head(self) -> bool:
        """项目前期工作已经基本完成。…: its paragraph's subject is the bare 项目 —
        not where its own sentence, later in that paragraph, opens on a body
        as its subject (项目资金落实后，…。南村镇卫生院近年来…，并拟请…将其更名
        为…: that body's case, in the paragraph on the project's next steps)."""
        if self.para is None or not _opens_with_bare_head(text := squash(self.para.text)):
            return False
        own = squash(self.sentence).lstrip("，, ")
        return text.startswith(own[:8]) or not _opens_with_a_body(own)

    @property
    def elliptical(self) -> bool:
        if self._spec is not None:
            return not self._spec
        return not self.spec

    @property
    def case_words(self) -> frozenset[str]:
        """What the ask is about with the situation its paragraph states
        before it (我局现租用办公场所租期将满，特请…调剂办公用房): the key
        words of its paragraph up to its object and of the object, quoted
        names read as written, agents (who is to do it) left out."""
        if self._case is None:
            upto = self.context + self.before
            if self.para is not None and upto and not self._cut:
                raw = _flat(self.para.text)
                if len(raw) >= len(upto) and raw.startswith(self.context[:8]):
                    upto = raw[: len(upto)]  # 村“两委”换届, not the masked 村□□换届
            agent = rx("matters", "agent_names")
            # not who is to do it: neither the body's name (保障局) nor a word
            # the object names only inside it (协调县医疗保障局 → 医疗)
            bare = rx("matters", "agent_inline").sub("|", self.obj)
            own = frozenset(w for w in self.spec if not agent.search(w))
            own = frozenset(w for w in own if w in bare or w not in self.obj) or own
            # (设立“…展区”: a name the writer gives in quotes is its own word)
            quoted = _quoted_names(self._as_written(self.obj)) if "“□" in self.obj else frozenset()
            named = frozenset().union(*(specifics(q) for q in quoted))
            self._case = (specifics(upto) | _event_words(upto) if upto and has_content(upto) else frozenset()) | own | named
        return self._case

    @property
    def context_spec(self) -> frozenset[str]:
        return specifics(self.context) if self.context and has_content(self.context) else frozenset()

    @property
    def object_spec(self) -> frozenset[str]:
        """What a procedural ask is about, without who is to carry it out."""
        agent = rx("matters", "agent_names")
        t = self.before + self.obj
        sp = specifics(t) if has_content(t) else frozenset()
        return frozenset(w for w in sp if not agent.search(w))

    def describe(self) -> str:
        """Who is asked what, in a clerk's words (for messages)."""
        who = self.addressee or "收文机关"
        what = "、".join(KIND_NAMES[k] for k in sorted(self.kinds) if k in KIND_NAMES) or "作出决定"
        return f"向{who}请求{what}"


def _backs_writer_act(vp: str) -> bool:
    """支持我县申报国家示范区: a verb whose object is the writer doing a
    concrete act (verb + 我县/本局 + verb + object) asks the recipient to
    back that act — unlike courtesy with no act of the writer's (关心支持)."""
    m = re.match(r"[\u4e00-\u9fff]{1,3}?(" + vocab()["markers"]["writer"] + ")", vp)
    if not m or not tokens(vp)[0][2].startswith("v"):
        return False
    rest = tokens(vp[m.end():])
    # jieba tags the act v, vn or nz (申报); a plain noun (经济社会发展) is no act
    return len(rest) >= 2 and rest[0][2] in ("v", "vn", "nz") and rest[1][2][:1] in ("n", "m", "j", "b")


@lru_cache(maxsize=4096)
def _key_words(text: str) -> frozenset[str]:
    """The words that say what ``text`` is about: its specific nouns and
    rare verbs (迁建, 换届)."""
    return (specifics(text) | _event_words(text)) if has_content(text) else frozenset()


def _event_words(text: str) -> frozenset[str]:
    """Rare verbs that name what a paragraph is about (体检, 换届, 普查) —
    not the common ones every document uses (加强, 推进, 开展)."""
    limit = vocab()["matters"]["event_frequency"]
    generic = _generic_set()
    return frozenset(w for _, w, f in tokens(text)
                     if f == "v" and len(w) >= 2 and w not in generic and _seg().frequency(w) < limit)


@lru_cache(maxsize=1)
def _service() -> re.Pattern[str]:
    return re.compile(vocab()["verbs"]["service"].format(help=_alt(vocab()["verbs"]["help_verbs"])))


@lru_cache(maxsize=1)
def _sent_to() -> re.Pattern[str]:
    return re.compile(vocab()["verbs"]["sent_to"].format(help=_alt(vocab()["verbs"]["help_verbs"])))


@lru_cache(maxsize=1)
def _item_labels() -> re.Pattern[str]:
    """An item's label: a numbered entry's, or one inside a paragraph's own
    list (（1）, ①, 首先，, 一方面，)."""
    return re.compile(rx("matters", "enumeration").pattern + "|" + rx("matters", "item_label").pattern)


@lru_cache(maxsize=1)
def _plans_to_make() -> re.Pattern[str]:
    """拟新建, 拟设立: the writer's plan to make a thing — with a phrase of
    how, where, when or by whom before its verb or not (拟按二类标准新建一座,
    拟在城东新建, 拟于明年设立, 拟由县城投公司建设)."""
    return re.compile("拟(?:(?:按照|按|依照|依据|参照|在|于|由|从)[^，,。；;、]{1,12}?)?"
                      + rx("matters", "sets_up").pattern)


@lru_cache(maxsize=1)
def _help_head() -> re.Pattern[str]:
    """Help as the head of its phrase (平台使用培训, 现场指导)."""
    return re.compile("(?:" + _alt(vocab()["verbs"]["help_verbs"]) + ")$")


@lru_cache(maxsize=1)
def _relay_frame() -> re.Pattern[str]:
    """A body asked to pass an ask on (协调省水利厅、省自然资源厅…, 通知各乡镇),
    named by any head a body's name ends on, or a collective of them."""
    body = r"(?:" + _body_name_rx().pattern + r"|(?:各|相关|有关)(?:乡镇|乡|镇|街道|村|社区|部门|单位))"
    return re.compile(r"^(?:协调|督促|责成|通知|要求)(?:[、和及与]?" + body + r")+(?:等部门|等单位)?")


_COUNTED_PEOPLE = re.compile(r"[0-9一二两三四五六七八九十]+[名个位]")  # people counted out (选派2名…): posts they fill


def _is_service(vp: str) -> bool:
    """Guidance, support or cooperation for what is asked, with no object of
    its own: 在环评审批方面给予指导, 协调水务局加强技术指导, 做好安保工作 —
    not 予以维修, 协调财政局予以核销 (acts of their own), not 支持我镇新建
    便民服务中心 (a thing: the centre)."""
    # frames in any order (派技术人员对…进行指导: people sent, then the
    # field they serve in), stripped until none is left
    sent, before, whole, counted = 0, None, vp, False
    while vp != before:
        before = vp
        for frame in vocab()["verbs"]["service_frames"]:
            vp = re.sub(frame, "", vp)
        # (协调省水利厅、省自然资源厅在…方面给予指导支持: the bodies asked to
        # pass it on, whatever head names them)
        vp = _relay_frame().sub("", vp)
        people = rx("verbs", "service_people").match(vp)  # people sent: how they serve may come first
        if people:
            vp = vp[people.end():]
            sent += 1
            # (选派一名专业人员到站工作: people counted out fill posts)
            counted = counted or bool(_COUNTED_PEOPLE.search(people.group(0)))
    if rx("verbs", "attend").match(vp):
        return True
    # (每周安排人员驻站一天，指导开展业务; 派驻技术人员全程参与工程质量监督:
    # a body's own people sent to be there, take part or help — no resource
    # is asked for, unless one is named (安排人员编制5名); not people
    # counted out (选派一名专业人员到站工作), nor a task of their own
    # (派技术人员维修设备))
    if sent and not counted and _sent_to().match(vp) \
            and not (kinds_of(vp) & frozenset(vocab()["matters"]["resource_kinds"])):
        return True
    # (给予大力支持, 积极协调: a degree before or after the grant)
    degree = vocab()["verbs"]["degree"]
    forms = [vp, re.sub(r"^(?:" + degree + "|做好|提供)?(?:" + _alt(vocab()["markers"]["grant"]) + ")?" + degree + "?", "", vp)]
    if sent:
        # (派技术人员全程指导施工, 选派专家驻点指导: a manner, then the service)
        forms += [vp[k:] for k in (1, 2)]
    if vp != whole:
        # (派技术人员对…进行平台使用培训: after a frame, help heading what it
        # is about — not 资金支持, money asked for)
        clause = re.split(r"[，,。；;]", vp, maxsplit=1)[0]
        h = _help_head().search(clause)
        if h and not (kinds_of(clause[: h.start()]) & frozenset(vocab()["matters"]["resource_kinds"])):
            return True
    for v in forms:
        sv = _service().match(v)
        end = sv.end() if sv else 0
        while sv and end < len(v):  # 指导配合做好安保工作: services in a row
            nxt = _service().match(v[end:])
            if not nxt or not nxt.end():
                break
            end += nxt.end()
        if sv and not _names_something(v[end:]):
            return True
    return False


@lru_cache(maxsize=1)
def _proper_verbs() -> tuple[str, ...]:
    """What a 报告 may ask ([verbs] proper), longest first."""
    return tuple(sorted(vocab()["verbs"]["proper"], key=len, reverse=True))


_PLAN_WORD = re.compile("拟|计划|准备|建议")  # every word [modality] plan_verb states a plan with
_EDITION = re.compile(r"第[一二三四五六七八九十0-9]{1,3}届|首届")  # an occasion's edition (第六届, 首届)
_DATED_EDITION = re.compile(_EDITION.pattern + r"|[0-9]{4}年")  # …or its year (2026年…运动会)
_WORKS_HEADS = ("项目", "工程")  # the bare heads of works, not of occasions (活动, 赛事)


def _names_its_occasion(text: str, told: str, alone: bool = False) -> bool:
    """Does ``text`` name an event ``told`` holds by the event's head word
    (招聘会 of 举办…返乡人员专场招聘会, 文化节 of 举办第二届…文化节)? With
    ``alone``, only the head standing by itself (在运动会筹办经费中) — not
    农民趣味运动会, another of its kind named by a modifier of its own."""
    for o in rx("matters", "occasion_name").finditer(told):
        toks = [w for _, w, _ in tokens(o.group(0))]
        head = toks[-1] if toks else ""
        if len(head) == 1 and len(toks) > 1:
            head = toks[-2] + head  # (…美食|节: the head with the word it closes)
        if len(head) >= 2 and head in text and (
                not alone or re.search(r"(?:^|[在该本此届的，,、（“为对])" + re.escape(head), text)):
            return True
        # (办会经费 of 承办…旅游发展大会, 办赛 of …技能大赛: holding it, 办 on
        # the last character of its head — not 参会, 参展, which any event of
        # the kind may be)
        if head and re.search("办" + re.escape(head[-1]) + "(?!议)", text):
            return True
        # (同意举办第十届县运会 after 拟…举办某县第十届运动会: the same edition,
        # and a short name of the event's characters in their order, closing
        # on its head's last)
        edition = _EDITION.search(o.group(0))
        if edition and edition.group(0) in text and head and any(
                len(w) >= 3 and w != head and w.endswith(head[-1]) and _in_order(w, o.group(0))
                for _, w, _ in tokens(text[text.find(edition.group(0)) + len(edition.group(0)):][:8])):
            return True
    return False


def _stated_plan(context: str) -> str:
    """The writer's plan stated in ``context`` (我局拟…), from 拟 to the end
    of its sentence, or ""."""
    if not _PLAN_WORD.search(context):
        return ""  # (no word a plan is stated with: nothing to normalise or search)
    m = None
    # (each sentence may open with the plan: …排水不畅。我镇拟…)
    # (and after a label: （二）拟将…)
    norm = re.sub("[。；;！？!?]", "，", context)
    norm = re.sub("(?:^|(?<=，))" + vocab()["matters"]["enumeration"], lambda x: "，".ljust(len(x.group(0)), "，"), norm)
    # (not the writer's share of the cost: 我局拟从…收费结余中安排65万元 —
    # who pays, no plan of a thing)
    share = rx("matters", "funders")
    # (nor how its money is raised: 拟通过…等渠道解决)
    raised = re.compile(rx("modality", "funding_plan").pattern.lstrip("^"))
    # (nor when or in how many steps: 拟分两年实施 — the schedule of a plan)
    # (nor a planned figure or only the manner: 计划总投资…, 拟采取…方式建设)
    usable = lambda x: not share.match(norm, x.end()) and not raised.match(norm, x.end()) \
        and not _schedule_only(norm[x.end():]) and not _no_thing_planned(x.group(0), norm[x.end():])  # noqa: E731
    for x in _own_plan().finditer(norm):
        if usable(x):
            m = x
    # (…停办多年，…。今年拟恢复举办，…: a clause that opens on when and then
    # the bare plan word, the writer's plan as 我镇拟… is)
    if m is None and (x := _first_own_plan(norm)) and usable(x):
        m = x
    if m is None or rx("modality", "future").search(context[: m.start()]):
        return ""
    return re.split(r"[。；;]", context[m.end():], maxsplit=1)[0]


def _topic_of(before: str) -> str:
    """The sentence before an ask without its basis clauses (根据政府采购有关
    规定，现报请批准: the rule it follows, not what it asks for) or the
    clause saying how it was reckoned (经测算，)."""
    if not before:
        return before
    # (nor how the sum was known: 经镇里组织专业人员查勘，…共需资金…)
    return rx("matters", "reckoned").sub("", rx("matters", "basis").sub("", before))


def _after_a_gloss(text: str, at: int) -> bool:
    """Does ``at`` follow a gloss in brackets after a name (县城第二水源地（任庄
    水库引水）|工程) — not an entry's label ((二)|项目总投资…)?"""
    if at < 1 or text[at - 1] not in "）)":
        return False
    m = re.search(r"([\u4e00-\u9fff])[（(]([^（()）]+)[）)]$", text[:at])
    return bool(m) and not re.fullmatch(r"[一二三四五六七八九十0-9０-９]+", m.group(2))


def _bare_head_at(text: str) -> int:
    """A generic head noun with no name of its own, opening its clause or
    after 该/对/为, an adverb or the 将 of disposal (项目总投资320万元…; 对项目
    给予补助; 将工程人工湿地建设涉及的…用地纳入…): the one project the
    document is about, named before. After a verb it may be a name
    (治理项目, 工程技术人员), so it is not read as pointing back."""
    heads = set(vocab()["matters"]["bare_heads"])
    kind_words = {w for ws in vocab()["kinds"].values() for w in ws} | {"建设"}
    label = rx("matters", "enumeration").match(text)
    base = label.end() if label else 0
    toks = tokens(text[base:])  # 二是项目总投资…: after its label
    prev = ""
    for n, (_, w, f) in enumerate(toks):
        if w in heads:
            if text[base + toks[n][0] - 1: base + toks[n][0]] in ("”", "」", "』", "》", "\"") \
                    or _after_a_gloss(text, base + toks[n][0]):
                prev = f
                continue  # “文化惠民”工程: named by its quotation — or by the name
                # before its gloss: 县城第二水源地（任庄水库引水）工程
            # (丹河湿地公园|一期|工程: a phase the tagger calls an adverb, of a
            # name of its own, names the head)
            if n and re.fullmatch(r"首期|一期|二期|三期|第[一二三四]期", toks[n - 1][1]) \
                    and _owned_phase(text[base:], toks[n - 1][0]):
                prev = f
                continue
            # (三个项目所需裁判员…: opening its clause after a count alone, the
            # heads the text counted before)
            if not prev or prev[:1] in ("x", "p", "r", "c", "d") or (prev == "m" and n == 1):
                return base + toks[n][0]
            # 划拨作为项目用地, 安排项目资金: 项目 between a verb and what it needs;
            # 确保项目年内开工: 项目 the subject of the clause the verb governs
            # (not 二期|扩容|工程资金: a word only ever attributive — 区别词,
            # tagged b — makes the verb after it part of a name)
            # (not 业务用房|改造|工程|至今尚欠: a noun before the verb makes
            # noun, verb and head one name, whatever follows)
            # (nor 农贸市场|改造|提升|项目: the verbs before the head a run of
            # them, a noun before the run)
            v0 = n - 1
            while v0 > 0 and toks[v0 - 1][2] == "v":
                v0 -= 1
            if prev == "v" and n + 1 < len(toks) and (toks[n + 1][1] in kind_words or toks[n + 1][2][:1] in ("t", "d")) \
                    and not (v0 >= 1 and toks[v0 - 1][2][:1] in ("n", "j", "b")):
                return base + toks[n][0]
        prev = f
    return -1


@lru_cache(maxsize=1)
def _body_pointer() -> re.Pattern[str]:
    """该校, 该院, 这家企业, 上述单位: a demonstrative and a body's head (not
    该会/该部, which as often name a meeting or a part)."""
    heads = sorted((h for h in _body_heads() if h not in ("会", "部")), key=len, reverse=True)
    # (not 上述所需资金: 所 before a verb is the particle, not an office)
    alt = "|".join("所(?![需列述有提属得要涉])" if h == "所" else re.escape(h) for h in heads)
    return re.compile("(?:该|这家|此|上述|前述)(?P<head>" + alt + ")")


def _clause_classes(nxt: str) -> frozenset[str] | None:
    """The classes of a clause that goes on with the verb of the ask before
    it (尽快批复该项目, 并对…给予批复): None when the clause has a subject of
    its own and so does not go on with it."""
    # (…，并尽快对我县报送的方案给予批复: joined by 并, given to a thing
    # named with 对)
    # (盼县政府出面协调，尽早将…改造列入…计划: a disposal — 将 or 把 and its
    # object, then the verb — goes on with the ask as a bare verb does)
    lead = re.match(r"(?:" + vocab()["modality"]["urgent"] + r"|并|同时)?(?:将(?![于会要在来])|把)", nxt)
    if lead:
        return _classes(nxt[lead.end() - 1:]) or None
    nxt = _skip_adverbs(rx("coordination", "connective").sub("", _skip_adverbs(nxt), count=1))
    given = re.match(r"(?:从|在|对|就)[^，,；;。]{1,30}?(?:给予|予以)", nxt)
    if given:
        return _classes(nxt[given.end():])
    toks = tokens(nxt)
    if toks and toks[0][2] == "p":
        # (并在下半年安排…资金: the time or place of the verb before it)
        # (为教育|系统核增…: a verb, not a verbal noun of the phrase's object)
        k = next((i for i, (_, _, f) in enumerate(toks) if i and f == "v"), None)
        if k is None or toks[k][0] > 12:
            return None
        toks = toks[k:]
    # (调剂一部分…: a verb of a class the tagger took for a noun)
    if not (toks and (toks[0][2].startswith("v") or toks[0][1] in _all_verbs())):
        return None
    # its verb's class (协调解决, 安排), not a word its object holds (强化
    # 要素保障: a direction, whatever 保障 is)
    verb = toks[0][1] + (toks[1][1] if len(toks) > 1 and toks[1][2].startswith("v") else "")
    return _classes(verb)


def _points_at_a_body(text: str, m: re.Match[str]) -> bool:
    """A pointer at a body (as 该镇 is), which asks of any kind may share —
    not at a matter (该项目, 上述经费)."""
    b = _body_pointer().match(text, m.start())
    if not b:
        return False
    # (not 该办法: the head the first character of a word of its own)
    first = tokens(text[b.start("head"): b.start("head") + 4])
    return not (first and len(first[0][1]) > len(b.group("head")) and not first[0][1].endswith(_body_heads()))


_TIMED_BY = re.compile(r"^(?:在|于|待)(?P<act>[\u4e00-\u9fff]{2,8}?)(?:之前|之后|以前|以后|前|后|期间|过程中)")
_TIMED_BEFORE = re.compile(r"(?:^|[，,。；;])(?:在|于|待)?(?P<act>[\u4e00-\u9fff]{2,6}?)(?:通过|同意|批准|完成)?(?:之后|以后|后)[，,]?$")


def _timed_by_its_act(b: "Ask", m: "Matter") -> bool:
    """在评审前组织专家开展预评审 after 将医院纳入…评审计划: an ask timed by
    an act the matter asks for (its word in an ask's object) is a step of
    that matter, as 在批准后 points at the decision asked."""
    # (…提请县政府常务会议审议。审议通过后，建议以县政府名义印发: or a
    # time clause of its own right before its marker)
    t = _TIMED_BY.match(b.vp or "") or _TIMED_BEFORE.search(b.before or "")
    if not t:
        return False
    toks = [(w, f) for _, w, f in tokens(t.group("act")) if len(w) >= 2 and f[:1] in ("v", "n")]
    words = [w for w, _ in toks]
    if bool(words) and any(w in (a.obj or "") for a in m.asks for w in words):
        return True
    # (办法印发后，请县政府办公室在门户网站公开 after 起草了《…补贴办法》，拟将…:
    # the time its own clause sets by what becomes of the thing the matter's
    # paragraphs told — its document, its works — is a step of that thing)
    first = next(iter(tokens(t.group("act"))), None)
    return first is not None and first[2][:1] == "n" and len(first[1]) >= 2 and first[1] in m.told


_PROJECT_NAME = re.compile(r"[\u4e00-\u9fff]{4,30}?(?:项目|工程)")


def _tail_in(name: str, text: str, shortest: int) -> str:
    """The longest tail of ``name``, of ``shortest`` characters or more, that
    ``text`` holds (安排|县第三中学 → 县第三中学); "" when none."""
    return next((name[k:] for k in range(len(name) - shortest + 1) if name[k:] in text), "")


def _told_in_a_section_of_its_own(b: "Ask", m: "Matter") -> bool:
    """（二）恳请省厅批准沁水县城区水厂迁建工程初步设计… after sections on
    the 陵川 project, one of whose headings is 三、沁水县城区水厂迁建工程情况:
    an entry naming a project that a section heading of its own names, and
    that heading not the matter's first project, asks for another thing."""
    first = _PROJECT_NAME.search(m.first.obj or "")
    name = _PROJECT_NAME.search(b.obj or "")
    if not name:
        return False
    name = name.group(0)
    for q in m.first.prelude_paras:
        # (a heading: a label of any level, then a few words and no sentence)
        h = squash(q)
        label = rx("matters", "enumeration").match(h)
        if not label or not re.fullmatch(r"[^。；;]{2,40}", h[label.end():]):
            continue
        if _tail_in(name, h, 6) and not (first and _tail_in(first.group(0), h, 6)):
            return True
    return False


def _topic_past_its_field(ctx: "_Ctx") -> frozenset[str]:
    """The title's topic without the issuer's own field (教育 of 教育局 in
    its 请示 on 教育事业发展有关事项): every paragraph of the issuer's may
    say its field, which ties none of them to another."""
    return (ctx.topic() or frozenset()) - ctx.field()


def _told_in_a_paragraph_of_its_own(b: "Ask", m: "Matter", field: frozenset[str], topic: frozenset[str]) -> bool:
    """（二）恳请省局批准将…执法证件换发截止时间延长至… after an account whose
    paragraphs told the new testing centre and then, in a paragraph of its
    own, the enforcement cards: an entry whose own words the account told
    only in paragraphs where none of the matter's asks' words are, asks for
    that paragraph's case — not one more need of the matter's."""
    paras = [_flat(q) for q in m.first.prelude_paras]
    if len(paras) < 2:
        return False
    own = [w for w in _own(b.spec, field) if informative(w)]
    if len(own) < 2:
        return False
    where = {i for i, q in enumerate(paras) if 2 * sum(w in q for w in own) >= len(own)}
    if not where:
        return False
    # (what the matter's asks name, and the title's topic: 医院 in a 请示 on
    # 创建三级综合医院 ties a paragraph to it — whole or by its head: 医院
    # for 县人民医院)
    # (not a place the asks name — 晋城 of 晋城—焦作城际铁路, in 晋城高新区…
    # as well: where a thing is does not say which thing it is)
    asked = {x for w in _not_places(frozenset(w for a in m.asks for w in a.spec if informative(w))) | _not_places(topic)
             for x in (w, w[-2:])}
    return not any(w in paras[i] for i in where for w in asked)


def _names_a_subject_told_apart(b: "Ask", m: "Matter") -> bool:
    """（二）恳请省厅支持市农业科学研究所建设…种质资源库 after a prelude
    whose sentences each open on a subject of their own (高平市是…；市农业
    科学研究所保存…), the first entry naming 高平市: an entry naming a
    subject the prelude told a case of, which none of the matter's asks
    named while they named another such subject, asks for that case."""
    subjects = set()
    for q in m.first.prelude_paras:
        for sent in re.split(r"[。；;]", _unlabelled(squash(q))):
            # (past a short opening that names no one — 另一方面，镇卫生院院长…,
            # 目前，…: the words that turn or set the time, not the subject)
            # (a body's name the tagger cuts — 市林木种苗|站 — read whole, to
            # its last head: 川底镇敬老院, not the town it opens on)
            cut = _cut_body_name(sent, longest=True)
            head, comma, rest = sent.partition("，")
            if cut is None and comma and len(head) <= 5:
                sent = rest
                cut = _cut_body_name(sent, longest=True)
            subj = cut.group(0) if cut is not None and cut.start() == 0 else _case_subject(sent)[0]
            # (a body or a place — not a thing of the account: 资金, 工程, 方案;
            # nor a bare head or a pointer, which names no body of its own:
            # 企业拟整体搬迁…, 该企业被列入…)
            if subj and len(subj) >= 2 and (subj.endswith(_body_heads()) or _is_place(subj)) \
                    and not subj.endswith(("政府", "财政", "党委")) and subj not in _body_heads() \
                    and not rx("matters", "demonstrative").match(subj):
                subjects.add(subj)
    if len(subjects) < 2:
        return False
    asked = "|".join((a.obj or a.vp or "") for a in m.asks)
    own = b.obj or b.vp or ""
    return any(x in own and x not in asked for x in subjects) and any(x in asked and x not in own for x in subjects)


def _of_a_case_told_before(b: "Ask", m: "Matter") -> bool:
    """恳请县政府安排县第三中学宿舍楼加固资金… after a plan whose paragraph
    opens on another body (县特殊教育学校…拟购置校车), the school's dormitory
    told in the paragraphs before it: an ask naming a body the plan's
    prelude told and its own paragraph does not, where that paragraph
    opens on a body of its own, was not made for that plan."""
    plan = m.first.para
    if m.first.kind != "implicit" or plan is None or b.para is None or b.para is plan or b.backref \
            or not m.first.prelude_paras:
        return False
    there = _flat(plan.text)
    opens = _cut_body_name(_past_label_and_writer(there))
    # (an institution of its own opens the plan's paragraph — not a
    # government, the writer or its recipient speaking: 镇政府已组织编制…)
    if opens is None or opens.group(0).endswith(("政府", "党委")):
        return False
    prelude = m.first.prelude
    for named in _body_name_rx().finditer(b.obj or ""):
        # (the name past the verb the pattern may take with it: 安排|县第三中学)
        name = _tail_in(named.group(0), prelude, 3)
        # (an institution, not a place the plan serves: 后河村便民桥 names 后河村)
        if name and name not in there and name != opens.group(0) and not name.endswith(_SITE_HEADS) \
                and not _is_place(name):
            return True
    return False


def _told_before_the_plan(b: "Ask", m: "Matter") -> bool:
    """Does ``b`` ask for a case or a need the plan's prelude told apart
    from the plan?"""
    return _of_a_case_told_before(b, m) or _of_a_need_told_before(b, m)


def _of_a_need_told_before(b: "Ask", m: "Matter") -> bool:
    """请县政府拨付储备经费 after a plan (我中心拟于7月…举办培训班) whose
    prelude told a need of its own (…物资储备不足，…需补充储备经费18万元):
    an ask, in a paragraph of its own, naming by a word of its own what a
    need before the plan told and the plan's paragraph does not, asks for
    that need, not for the plan."""
    plan = m.first.para
    if m.first.kind != "implicit" or plan is None or b.para is None or b.para is plan or b.backref \
            or not m.first.prelude_paras or not b.resources:
        return False
    there = _flat(plan.text)
    # (a thing it names — 储备 of 储备经费 — not an act: 以县政府名义印发)
    own = [w for _, w, f in tokens(b.obj or "") if len(w) >= 2 and (_nominal(f) or f == "vn") and w not in there and informative(w)]
    if not own:
        return False
    # (named in a paragraph that states, in a clause, the need of the
    # resource it asks: …需补充储备经费18万元; 周村镇中心学校…运动场为煤渣
    # 跑道…。…需改造为…，经测算需资金185万元 — not 中心需对原有设施进行改造,
    # the act the whole document is of, which names no resource)
    return any(any(w in q for w in own) and any(_states_a_need(c) and kinds_of(c) & b.resources
                                                for c in re.split(r"[，,。；;]", q))
               for q in m.first.prelude_paras)


def _points_at_its_building(b: "Ask", m: "Matter") -> bool:
    """请县政府将该站列入…计划 after 我镇拟…新建…污水处理站: a pointer at a
    body (no backref as such) that the matter itself builds — its thing."""
    p = _body_pointer().search(b.own_words)
    if not p:
        # (为该服务点配备工作人员 after 拟…设立…服务点: a demonstrative before
        # the name's end the matter builds or sets up, whatever that head —
        # the body heads are only those a pointer may name unbuilt)
        own = b.own_words
        return any(own.find(d + end) >= 0 for end in m.built_ends if len(end) >= 2
                   for d in ("该", "此", "上述", "前述"))
    # (the head ends the name built — 新建…污水处理站， — not 新建村级活动场所)
    # (为该中心核定事业编制六名 after 拟设立…应急指挥保障中心: a body it
    # sets up is its thing as one it builds is — built_ends holds both)
    # (原各乡镇…公益性岗位人员，拟整体划转由该中心统一管理 after 拟…将“…服务
    # 中心”更名为…: a body the matter changes — renames, merges, gives new
    # duties — is its thing as well)
    # (另，晋城市第二人民医院已完成…，请…批准该院开展… after 增挂“…儿童医院”
    # 牌子: the pointer resolved by a body its own sentence named before it)
    head = p.group("head")
    # (同时恳请县民政局将该村分散供养特困人员的基本生活标准提高到… under
    # 关于将东岭村列入…示范村的请示: a pointer at a place — village, town,
    # community — says where, not which thing, as 该村 is no backref)
    if head in _SITE_HEADS:
        return False
    # (a name of that head, not its head's office or part: 院长, 院区)
    named = [x.group(0) for x in re.finditer(r"[\u4e00-\u9fff]{2,14}?" + re.escape(head) + r"(?![\u4e00-\u9fff]{0,1}(?:长|区))",
                                           b.own_words[: p.start()])]
    if any(n not in m.told and not any(n.endswith(e) and len(e) > len(head) for e in m.built_ends) for n in named):
        return False
    return head in m.built_ends \
        or any(head in a.obj for a in m.asks if "reorg" in a.kinds)


def _names_a_head(text: str) -> bool:
    """Does ``text`` name a project of its own (太行一号旅游公路城关段二期工程):
    a bare head with a name before it?"""
    heads = set(vocab()["matters"]["bare_heads"])
    toks = tokens(text)

    def named_before(i: int) -> bool:
        # (…污水处理厂|提|标|改造|工程已完成: a run of verbs and their objects
        # after the name's noun is part of the name, where the head is the
        # subject of what follows — not …部门|组成|项目|推进专班, a body and
        # what it does)
        after = toks[i + 2][2][:1] if i + 2 < len(toks) else "x"
        if after not in ("d", "t", "x", "p"):
            return False
        while i > 0 and (toks[i][2] == "v" or (toks[i][2] == "n" and len(toks[i][1]) == 1 and toks[i - 1][2] == "v")):
            i -= 1
        return toks[i][2][:1] in ("n", "j", "l", "b", "m", "q") and toks[i][1] not in _body_heads()
    # (not 批准项目可行性研究报告: the bare head after a verb is the same
    # pointer, a name of nothing — only a head after a word of its name is)
    return (any((w in heads and (toks[i][2][:1] in ("n", "j", "l", "b", "m", "q") or named_before(i)))
                or any(w.endswith(h) and len(w) > len(h) for h in heads)
                for i, (_, w, _f) in enumerate(toks[1:]))
            or bool(rx("matters", "occasion_name").search(text))) and bool(specifics(text))


def _built_just_before(text: str) -> bool:
    """Does ``text`` end on a clause that builds a named thing (…投资建设
    5000吨冷链仓储中心，), so that a bare head opening the next clause
    (项目选址于…) is that thing's — named by what is built, not by 项目?"""
    x = re.search(rx("matters", "builds").pattern + r"([^，,。；;：:]{2,20})[，,]$", text)
    return bool(x) and bool(specifics(x.group(1)))


def _only_bare(text: str, head: str) -> bool:
    """Is every ``head`` in ``text`` bare (为加快|项目|落地) — after no word
    of a name (not 停车场|项目), so that it points and names nothing?"""
    for x in re.finditer(re.escape(head), text):
        toks = _seg().pos_cut(text[max(x.start() - 10, 0): x.start()])
        # (集贸市场|迁建|项目: the works done, between the name and its head,
        # are part of the name — not 为|加快|项目, a verb after no noun)
        i = len(toks) - 1
        while i > 0 and toks[i][1] in ("v", "vn") and len(toks) - i <= 2:
            i -= 1
        if toks and toks[i][1][:1] in ("n", "j", "l", "b", "m", "q") and toks[i][0] not in _body_heads():
            return False
    return True


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins: past the last stop or comma
    before it."""
    return max(text.rfind(c, 0, at) for c in "，,；;：:。") + 1


def _plans_in_its_clause(text: str, at: int) -> bool:
    """Does the clause holding ``at`` state a plan of the writer's before it
    (我镇计划于下半年|分三期…) — a plan word, not the marker 拟请 (拟请首期…
    拨付: a request)?"""
    return any(not text.startswith("请", w.end())
               for w in rx("matters", "own_plan_word").finditer(text, _clause_start(text, at), at))


def _owned_phase(text: str, start: int) -> bool:
    """The phase word at ``start`` follows a name of its own (物流园区|二期),
    not a generic head (项目二期) or a determiner (该项目二期 points back)."""
    prev = [(w, f) for k, w, f in tokens(text[:start])]
    if not prev:
        return False
    w, f = prev[-1]
    if f[:1] == "q" and len(prev) >= 2 and prev[-2][1][:1] in ("n", "j"):
        return True  # 城关|段|二期: a section of a named thing
    if w in "，,；;":
        # (丹河湿地公园一期工程已完工，二期…: the next phase of a thing its own
        # sentence named with its phase just before)
        earlier = list(re.finditer(r"首期|一期|二期|三期|第[一二三四]期", text[:start]))
        if earlier:
            return _owned_phase(text, earlier[-1].start())
        # (珏山康养小镇项目已完成招商签约，首期需新增建设用地…: the phase of the
        # thing its own sentence just named in full — not 该项目…，首期…)
        clause = re.split(r"[。；;]", text[:start])[-1]
        return _names_a_head(clause)
    # (集中供热|二期: a fixed phrase the tagger calls l names it as well)
    return f[:1] in ("n", "j", "l") and w not in _generic_set()


@lru_cache(maxsize=1)
def _generic_set() -> frozenset[str]:
    """Words that say nothing of which thing is meant: the generic list and
    the request markers proper (特请 says no more of the thing than 恳请)."""
    return frozenset(vocab()["matters"]["generic"]) | frozenset(vocab()["markers"]["strong"])


# The kinds a superior hands over as a thing (money, land): a wish that names
# one asks for it, and a fronted one cannot itself wish.
GIVEN_KINDS = frozenset({"funds", "land"})

KIND_NAMES = {"funds": "资金", "staff": "编制岗位", "org": "机构设置", "reorg": "机构调整", "land": "用地",
              "procedure": "协调审批", "appoint": "人事任免"}


# ---------------------------------------------------------------- word features
_AFTER = re.compile(r"(?:后|以后|之后|期间)")


# People sent to serve an occasion where it happens (现场保障, 全程驻场,
# 值守): a service of the body that sends them, not posts for the writer.
_SERVES_ON_SITE = re.compile(r"[0-9一二两三四五六七八九十]*名?(?:在|到)?(?:现场|驻场|全程|值守|随队|跟班)")


def kinds_of(text: str) -> frozenset[str]:
    """The kinds of thing ``text`` names — by whole words: 设立 is not in
    增设|立案 (a word boundary falls inside it)."""
    found = [(k, w) for k, ws in vocab()["kinds"].items() for w in ws if w in text]
    built = frozenset(k for k in vocab()["kind_patterns"] if rx("kind_patterns", k).search(text))
    if not found:
        return built
    cuts: set[int] | None = None
    out = set()
    for k, w in found:
        if k in out:
            continue
        if all(_AFTER.match(text, i + len(w)) for i in _find_all(text, w)):
            continue  # 撤并后…需新增校车2辆: the time after it, no such thing asked
        if len(w) >= 2:
            if cuts is None:
                cuts = {a for a, x, _ in tokens(text)} | {a + len(x) for a, x, _ in tokens(text)}
            if all(any(0 < c - i < len(w) for c in cuts) or (i in cuts and i + len(w) not in cuts)
                   for i in _find_all(text, w)):
                continue  # every occurrence straddles two words, or opens a longer one (招聘会)
            if k == "reorg" and all(_done_together(text, i + len(w)) for i in _find_all(text, w)):
                continue  # 与乡镇卫生院合并计算: done together, no body merged
            if k == "staff" and w == "编制" and all(_compiles(text, i) or re.search("(?:用车|车辆)$", text[:i])
                                                    for i in _find_all(text, w)):
                continue  # 规划编制, 编制方案: drawing up a document; 公务用车编制: vehicles — not posts
            if all(rx("matters", "notices").match(text, i + len(w)) for i in _find_all(text, w)):
                continue  # 发布招聘信息, 张贴招聘公告: a notice about it, no such thing asked
            if k in vocab()["matters"]["resource_kinds"] \
                    and all(rx("matters", "checked").match(text, i + len(w)) for i in _find_all(text, w)):
                continue  # 参与补缴资金的核实和监督: a check on it, no such thing asked
            if k == "staff" and w == "人员" and all(_SERVES_ON_SITE.match(text, i + 2) for i in _find_all(text, w)):
                continue  # 安排医护人员现场保障, 医护人员6名全程驻场: people sent to serve, no posts
            if k == "org" and w == "机构" and all(_ENGAGED.search(re.split(r"[，,。；;]", text[:i])[-1])
                                                  for i in _find_all(text, w)):
                continue  # 委托具有资质的档案服务机构实施: a body engaged to do the work, none set up
        out.add(k)
    return frozenset(out) | built


# The words that engage an outside body for a work (委托, 聘请, 通过招标确定,
# 第三方): the body named after them does the work and is set up by no one.
_ENGAGED = re.compile(r"委托|聘请|选聘|招标|采购|购买|第三方|中介|社会化")


def _done_together(text: str, end: int) -> bool:
    """Does a verb of changing a body, ending at ``end``, stand before
    another verb as the manner it is done in (合并计算, 合并使用) — not before
    the body it makes (合并组建)?"""
    nxt = next(((w, f) for a, w, f in tokens(text) if a == end), None)
    if nxt is None or nxt[1] != "v" or len(nxt[0]) < 2:
        return False  # (not a complement of one character: 撤并到…中心学校, where it goes)
    kinds = vocab()["kinds"]
    return nxt[0] not in kinds["org"] and nxt[0] not in kinds["reorg"]


def _compiles(text: str, i: int) -> bool:
    """Is the 编制 at ``i`` the verb of drawing up a document (规划编制,
    编制实施方案) rather than posts (事业编制5名)?"""
    doc = "(?:" + vocab()["matters"]["documents"] + ")"
    return bool(re.search(doc + "$", text[:i]) or re.match(r"[\u4e00-\u9fff]{0,6}?" + doc, text[i + 2:]))


def _find_all(text: str, w: str) -> list[int]:
    out, i = [], text.find(w)
    while i >= 0:
        out.append(i)
        i = text.find(w, i + 1)
    return out


@lru_cache(maxsize=1)
def _strip_words() -> re.Pattern[str]:
    v = vocab()
    ws = {w for w in [*_generic_set(), *v["matters"]["qualifiers"]] if len(w) >= 2}
    ws |= {w for k in v["kinds"].values() for w in k if len(w) >= 2}
    return re.compile("|".join(sorted(map(re.escape, ws), key=len, reverse=True)))


@lru_cache(maxsize=4)
def _whole(words: re.Pattern[str]) -> re.Pattern[str]:
    """A word made up wholly of ``words`` (专项经费, 事业编制)."""
    return re.compile("(?:" + words.pattern + ")+")


def _left_after(words: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` are left when the words made up
    wholly of ``words`` are dropped. A word is dropped whole or not at all:
    办公楼 is not 办公 (a generic word) and 楼, it stays a name."""
    whole = _whole(words)
    return sum(len(re.findall(r"[\u4e00-\u9fffA-Za-z]", w)) for _, w, _f in tokens(text) if not whole.fullmatch(w))


def has_content(text: str) -> bool:
    """Cheap test: does ``text`` hold words beyond the generic ones?"""
    return _left_after(_strip_words(), text) >= 2


@lru_cache(maxsize=2)
def _generic_words(qualifiers: bool) -> re.Pattern[str]:
    m = vocab()["matters"]
    ws = {w for w in [*_generic_set(), *(m["qualifiers"] if qualifiers else [])] if len(w) >= 2}
    return re.compile("|".join(sorted(map(re.escape, ws), key=len, reverse=True)))


def _names_something(text: str, qualifiers: bool = False) -> bool:
    """Does ``text`` say what it is about (教师编制35名), not only how much
    or that something be given (安排专项经费86万元, 予以追加)? With
    ``qualifiers``, the kind of money or post (事业编制) names nothing."""
    return _left_after(_generic_words(qualifiers), text) >= 2


def _named_body_after_verb(obj: str) -> str:
    """The body's name ``obj`` opens on past its verb of giving (核拨|北义城镇
    畜牧兽医站办公用房维修经费 → 北义城镇畜牧兽医站): whose the money is — not a
    body asked to act (协调|县委编办办理…, 责成|县卫健委…), or ""."""
    toks = tokens(obj)
    if not toks or toks[0][1] not in _giving()[0]:
        return ""
    rest = obj[len(toks[0][1]):]
    name = _place_led_body(rest) or ((cut := _cut_body_name(rest)) and cut.group(0)) or ""
    # (not 新增|部分由医院…: a part and who does it, no name)
    return name if not any(f == "p" for _, _, f in tokens(name)) else ""


def _names_new(text: str, seen: str) -> bool:
    """Does ``text`` name a thing of its own that ``seen`` has not named
    (…，同时拨付镇政府办公楼维修资金), beyond the kind of money or post, how
    or when it is given and what was named before (…承办晋城市运动会，并按
    以往惯例对承办县给予办赛经费补助; 并在用地指标和市级文旅资金方面给予支持)?"""
    whole = _whole(_generic_words(True))
    text = rx("matters", "manner").sub("", text)
    # (the kind of money itself, every word of it: 费用, 款项 — not the
    # words of other kinds, which name a change or a role: 更名, 教师)
    kinds = set(vocab()["kinds"]["funds"])
    words = [w for w, _f in _join_unknown(_seg().pos_cut(text))]
    for k, word in enumerate(words):
        if len(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", word) and not whole.fullmatch(word) \
                and word not in kinds \
                and word not in seen and not all(w in seen for w, _ in _seg().pos_cut(word)):
            # (市级|文|旅 read back as 市级文旅: seen when each of its pieces was)
            # (航线|培育|资金 after …航线: what the money is for, said of a
            # thing named before — the money of that thing)
            if k and k + 1 < len(words) and words[k + 1] in kinds and len(words[k - 1]) >= 2 \
                    and words[k - 1] in seen and not whole.fullmatch(words[k - 1]):
                continue
            return True
    return False


_KEEP_FLAGS = ("n", "vn", "l", "j", "eng", "x", "an", "nz")


def _drop_places(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop place names; a name the dictionary lacks comes out as single
    characters before its 镇/乡/村/社区: the whole run goes."""
    suffixes = set(vocab()["matters"]["place_suffixes"])
    out: list[tuple[str, str]] = []
    for word, flag in pairs:
        if flag == _PLACE_TAG:
            continue
        if word in suffixes:
            k = len(out)
            while k > 0 and len(out) - k < 3 and (len(out[k - 1][0]) == 1 or out[k - 1][1] in ("ns", "nr")) \
                    and re.fullmatch(r"[\u4e00-\u9fff]+", out[k - 1][0]) \
                    and out[k - 1][0] not in "在于对向为和与及的把将从给":
                k -= 1
            if k < len(out):
                del out[k:]
                continue
        out.append((word, flag))
    return out


# Tags a character of a word the dictionary lacks can get when it is cut
# alone (扩|区 of 扩区, 辅|警 of 辅警): content, never a function word.
_CONTENT_CHAR = ("n", "v", "a", "b", "j", "l")
# Words of time and place a noun is followed by (额度时, 院内, 汛期前): no
# part of the noun's name.
_LOCALIZERS = frozenset("时前后内中上下间里外旁边处期")


def _join_unknown(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A word the dictionary lacks comes out of the HMM-free cut as single
    characters (扩区 → 扩|区, 辅警 → 辅|警), each too short to be a key word.
    A run of two to four such content characters ending in a noun is taken
    back as one word the dictionary lacks (tag ``nz``) — unless its first
    character is one that mostly stands alone (请 of 请市政府, 人 of 县人社局:
    jieba's frequency of it alone above ``[matters].alone_frequency``)."""
    out: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []

    alone = vocab()["matters"]["alone_frequency"]
    agency = rx("matters", "agent_names")
    places = set(vocab()["matters"]["place_suffixes"])

    def flush() -> None:
        word = "".join(w for w, _ in run)
        if 2 <= len(run) <= 4 and run[-1][1][:1] == "n" and _seg().frequency(run[0][0]) < alone \
                and not agency.search(word):  # (卫健局: who acts, no thing)
            out.append((word, "nz"))
        else:
            out.extend(run)
        run.clear()

    heads = {h for h in vocab()["matters"]["occasion_heads"] if len(h) == 1}
    for w, f in pairs:
        # (丰收|节, 桃花|节: an occasion's name and its one-character head,
        # which the tagger calls a time word, are one name)
        if w in heads and f in ("t", "n", "ng") and not run and out and len(out[-1][0]) >= 2 \
                and out[-1][1][:1] in ("n", "v", "a", "j") and out[-1][1] not in ("ns", "nr"):
            out[-1] = (out[-1][0] + w, "nz")
            continue
        if len(w) == 1 and "\u4e00" <= w <= "\u9fff" and f[:1] in _CONTENT_CHAR and f not in ("ns", "nr"):
            if not run and out and f in ("n", "ng") and len(out[-1][0]) >= 2 and out[-1][1] in ("n", "vn", "nz", "a", "b") \
                    and not agency.search(out[-1][0] + w) and w not in places and w not in _LOCALIZERS:
                # (护理|楼 → 护理楼: a noun and the one-character noun it
                # modifies are one thing — not 护理 of 护理人员; not 额度|时,
                # a time or place word after a noun)
                out[-1] = (out[-1][0] + w, "nz")
                continue
            run.append((w, f))
            continue
        flush()
        out.append((w, f))
    flush()
    return out


@lru_cache(maxsize=4096)
def specifics(text: str) -> frozenset[str]:
    """The words of an ask's object that say which thing it is about."""
    generic = _generic_set() | set(vocab()["matters"]["qualifiers"])
    kindwords = {w for ws in vocab()["kinds"].values() for w in ws}
    out = set()
    for word, flag in _drop_places(_join_unknown(_seg().pos_cut(text))):
        if len(word) < 2 or word in generic or word in kindwords:
            continue
        if not flag.startswith(_KEEP_FLAGS):
            continue
        if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", word):
            continue
        if rx("matters", "scope").fullmatch(word):
            continue  # 全省、我市: how far, not what
        if word.startswith("每"):
            continue  # 每人每年、每学期: a rate's unit, not a thing
        if re.fullmatch(vocab()["markers"]["writer"], word):
            continue  # 我院、本局: the writer, not what it asks about
        out.add(word)
    return frozenset(out)


@lru_cache(maxsize=4096)
def head(text: str) -> str:
    """What an ask's object is, at heart: the last word of its first clause
    that says which thing (改建为乡村学校少年宫 → 少年宫)."""
    first = re.split(r"[，,；;。]", text, maxsplit=1)[0]
    sp = specifics(first)
    last, at = "", -1
    for w in sp:
        k = first.rfind(w)
        if k + len(w) > at:
            last, at = w, k + len(w)
    return last


def informative(w: str) -> bool:
    """A word that picks out a thing (敬老院, 取暖费, 办公用房), not one that
    half of all documents use (干部, 企业, 服务, 学校): rarer in jieba's
    corpus than ``[matters].common_frequency``. Words the dictionary lacks
    (names) are informative."""
    return _seg().frequency(w) < vocab()["matters"]["common_frequency"]


def _shared_informative(a: frozenset[str], b: frozenset[str]) -> Iterator[str]:
    """The informative words ``a`` and ``b`` share: whole, or the shorter of
    two words one of which holds the other."""
    for x in a:
        for y in b:
            if x == y or x in y or y in x:
                w = x if len(x) <= len(y) else y
                if informative(w):
                    yield w


def overlap_informative(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do ``a`` and ``b`` share an informative word?"""
    return next(_shared_informative(a, b), None) is not None


def shares_a_thing(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do ``a`` and ``b`` share, as overlap_informative does, a word that
    names a thing — rarer than [matters].thing_frequency — or two words of
    any kind? One act or one common word both speak of (评估, 维修, 教学)
    does not make two cases one."""
    shared = set(_shared_informative(a, b))
    if len(shared) >= 2:
        return True
    return any(_names_a_rare_thing(w) for w in shared)


def _names_a_rare_thing(w: str) -> bool:
    """Does word ``w`` name a thing, rarer than [matters].thing_frequency —
    not an act, nor a common word every account uses (车辆, 队伍, 业务)?"""
    return not _is_act(w) and _seg().frequency(w) < vocab()["matters"]["thing_frequency"]


def overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    return any(x in y or y in x for x in a for y in b)


# ---------------------------------------------------------------- finding asks
class _M:
    """A marker found in a clause (the parts of re.Match the parser uses)."""

    def __init__(self, start: int, text: str) -> None:
        self._start, self._text = start, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._start + len(self._text)

    def group(self, _=0) -> str:
        return self._text


_ASIDE = re.compile(r"（([^（）]*?[，,][^（）]*?)）")


def ask_sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of a paragraph, an aside in brackets that asks of its
    own taken out as one (…恳请县财政予以安排（另，局机关办公楼维修需资金
    12万元，一并请县财政解决）。): its ask is not the sentence's, nor is its
    matter in the sentence's ask."""
    out: list[tuple[int, str]] = []
    for off, s in sentences(text):
        pos = 0
        for m in _ASIDE.finditer(s):
            if not any(x.group(0) in vocab()["markers"]["strong"] for x in _find_markers(m.group(1))):
                continue
            if has_content(s[pos: m.start()]):
                out.append((off + pos, s[pos: m.start()]))
            out.append((off + m.start(1), m.group(1) + "。"))
            pos = m.end()
        if not pos:
            out.append((off, s))
        elif has_content(s[pos:]):
            out.append((off + pos, s[pos:]))
    return out


def _find_markers(clause: str) -> list[_M]:
    """Markers that are words of the segmented clause (现|特|请 finds 请,
    邀请 finds nothing), longest first where two start at one word."""
    out: list[_M] = []
    if not _markers().search(clause):
        return out  # no marker character sequence: nothing to segment
    ms = sorted(_markers_set(), key=len, reverse=True)
    for k, w, _ in tokens(clause):
        for mk in ms:
            if w.startswith(mk) and _marker_is_word(clause, k, mk):
                out.append(_M(k, mk))
                break
    return out


def _marker_is_word(clause: str, start: int, marker: str) -> bool:
    """The marker is a word of its own in the segmented clause (邀请、申请人、
    请假 are not markers; 请批示、盼复 are marker and verb fused)."""
    for k, w, _ in tokens(clause):
        if k == start:
            if w == marker or w in _markers_set():
                return True
            rest = w[len(marker):] if w.startswith(marker) else ""
            return bool(rest) and (rest in _all_verbs() or rest in vocab()["markers"]["grant"])
        if k > start:
            return False
    return False


@lru_cache(maxsize=1)
def _markers_set() -> frozenset[str]:
    m = vocab()["markers"]
    return frozenset(m["strong"] + m["soft"] + m["need"])


@lru_cache(maxsize=1)
def _all_verbs() -> frozenset[str]:
    v = vocab()["verbs"]
    return frozenset(v["proper"]) | frozenset().union(*verb_classes().values())


_ADVERB_TAGS = frozenset(("d", "ad", "c"))  # jieba: adverb, adverbial adjective, conjunction


def _past_enumeration(text: str) -> str:
    """``text`` past the enumeration label it opens with (一、, （二）), if any."""
    m = rx("matters", "enumeration").match(text)
    return text[m.end():] if m else text


def _writer_lead(lead: str, issuer_names: tuple[str, ...], marker: str = "") -> bool:
    """What stands before the marker in its clause is the writer, adverbs,
    connectives and 向+addressee — nobody else's voice."""
    rest = _past_enumeration(lead)
    # (为此提出以下建议：, 特提出以下请求：: the writer putting its advice or
    # its requests forward — the verb of saying, with no one else before it,
    # and the list it announces; the marker is the noun it puts forward)
    rest = re.sub(r"(?:提出|提)(?:以下|如下|下列)?(?:(?:几|[一二三四五六七八九十两])(?:点|条|项|个方面))?$", "", rest) \
        if marker in ("建议", "请求", "申请") else rest
    rest = _past_an_events_time(rest)
    for n in issuer_names:
        if n and rest.startswith(n):
            rest = rest[len(n):]
            break
    words = vocab()["markers"]
    pat = re.compile(
        "^" + words["writer"] + "?(?:" + words["lead_words"] + ")*(?:特?向" + words["addressee"] + ")?(?:"
        + words["lead_words"] + ")*(?:(?:将|把|就|对|针对|关于)[^，,]{1,24}?)?$"
    )
    # 顺便请求县政府批准…, 此外特向县政府申请…: sentence adverbs and
    # conjunctions, whichever they are, may stand anywhere in the writer's
    # lead (words of two characters or more: a single one is as often a
    # preposition the tagger takes for an adverb — 依申请公开; those the
    # lead words name)
    # (顺带, which the tagger takes for a noun, is the adverb of by the way
    # as 顺便 is: the words [matters] by_the_way lists, whatever their tag)
    btw = rx("matters", "by_the_way")
    if pat.match(rest) or pat.match("".join(w for _, w, f in tokens(rest)
                                            if not (f in _ADVERB_TAGS and len(w) > 1 or btw.fullmatch(w)))):
        return True
    # 所需资金请予支持: a topic fronted before 请 — the writer still asks,
    # unless the topic is someone who could ask (群众、企业、各乡镇)
    # (部分村民代表在座谈会上恳请…: the subject before a place or occasion)
    # (该公司因经营困难申请退出: the subject before the reason it acts for)
    subject = re.sub(r"(?:(?:在|于)[^，,]{1,12}(?:上|中|时|期间)|(?:因|由于|因为)[^，,]{1,12}?|以[^，,]{1,12}?为由)$", "", rest)
    # (县公安局赛前请我局协调…, 该公司近日申请…: the subject before the
    # time it acted at — unless the writer is that subject, 我局近日请…)
    subject = _before_its_time(subject)
    if re.fullmatch(words["writer"], subject) or subject in issuer_names:
        return True
    # (该项目盼县政府早日批复: a topic pointing back to the writer's own
    # matter stands before any marker)
    topical = marker in words["topic_markers"] or bool(rx("matters", "demonstrative").match(rest))
    # (剩余修复资金盼县里早日下达: a fronted thing the wish is for — money,
    # posts, land — cannot itself wish, whatever the marker)
    # (其余70万元资金缺口盼县里…解决: the gap of money is money fronted —
    # the compound of nouns the lead ends on, not its last word alone)
    toks = tokens(rest) if rest and not topical else ()
    k = len(toks)
    while k > 0 and (toks[k - 1][2][:1] == "n" or toks[k - 1][2] == "vn"):
        k -= 1
    topical = topical or bool(k < len(toks) and kinds_of("".join(w for _, w, _ in toks[k:])) & GIVEN_KINDS)
    return bool(topical and rest and not rx("markers", "agent").search(subject))


_TIME_TAIL = re.compile(r"(?:于)?(?:[0-9]{4}年|今年|去年|前年)?[0-9]{1,2}月(?:[0-9]{1,2}日)?(?:上旬|中旬|下旬|初|底|中)?$")


_BEFORE_WORDS = frozenset(("前", "之前", "以前", "前夕"))


def _past_an_events_time(lead: str) -> str:
    """``lead`` past the time it opens on when that time is told by an event
    and no one's name (明年高考前, 汛期到来之前, 春节前): the time an ask is
    for says nothing of who asks — not 县公安局赛前, 企业投产前, where
    someone is named before the time."""
    if "前" not in lead:  # (every word of _BEFORE_WORDS has it)
        return lead
    for i, (k, w, f) in enumerate(toks := tokens(lead)):
        if f == "f" and w in _BEFORE_WORDS:
            told = toks[:i]
            # (every word before it is of those the loop lets through)
            if told and any(g in ("t", "v") for _, _, g in told):
                return lead[k + len(w):]
            return lead
        if f not in ("t", "v", "vn", "d"):
            return lead
    return lead


def _before_its_time(subject: str) -> str:
    """A subject with the time it acted at cut off its end (县教育局日前,
    巴公镇今年3月): the words of time the tagger knows as such, and dates."""
    while True:
        cut = _TIME_TAIL.sub("", subject)
        toks = tokens(cut)
        if len(toks) > 1 and toks[-1][2] == "t":
            cut = cut[: toks[-1][0]]
        if cut == subject or not cut:
            return subject
        subject = cut


@lru_cache(maxsize=1)
def _body_heads() -> tuple[str, ...]:
    from .orgs import _org_suffixes

    return tuple(_org_suffixes())


def _opens_with_bare_head(text: str) -> bool:
    """项目前期工作已经…; 项目总投资…: a text whose subject is a bare head
    (项目, 工程), not the start of a name (工程技术人员)."""
    # (会议拟在县会议中心召开: the bare noun of a kind of occasion as well)
    for h in dict.fromkeys(vocab()["matters"]["bare_heads"] + vocab()["matters"]["occasion_nouns"]):
        if text.startswith(h):
            rest = tokens(text[len(h):])
            # (项目资金拟通过…筹措, 项目用地约680亩: an aspect of the bare
            # head — what it needs — not a name it starts)
            return not rest or rest[0][2][:1] not in ("n", "j") or bool(kinds_of(rest[0][1]))
    return False


# The levels a body's name may open on by their single character (县|医院).
_LEVELS = ("县", "市", "省", "乡", "镇", "村", "区")


def _ends_on_a_body(phrase: str) -> bool:
    """Does ``phrase`` end on a word naming a body (…县档案馆, 镇卫生院) — not
    on a word of two characters that only ends on a body's head (办公及装备
    存放|场所: a thing, as _opens_with_a_body reads it), unless a place or
    a level names it (县|医院)?"""
    toks = tokens(phrase)
    if not toks:
        return False
    w = toks[-1][1]
    named = len(toks) >= 2 and (toks[-2][2] in ("zg", _PLACE_TAG) or toks[-2][1] in _LEVELS)
    return any(w.endswith(h) and (named or len(w) > len(h) and (len(w) >= 3 or len(h) >= 2)) for h in _body_heads())


_COMMON_WORD = 100  # (a word the dictionary has seen this often is a word of its own)


def _modified_thing(word: str) -> bool:
    """主会场, 分会场: three characters whose last two are a common word on
    its own (会场) after a modifier — that thing, not a body's name, though
    its last character is a body's head (场 of 林场); not 镇政府, 局机关,
    whose last two are a body's head themselves."""
    return len(word) == 3 and word[1:] not in _body_heads() and _seg().frequency(word[1:]) >= _COMMON_WORD


def _opens_with_a_body(clause: str) -> bool:
    """Does ``clause`` open with a noun phrase naming a body (县农机技术推广站
    办公楼建于…): a subject of its own?"""
    heads = _body_heads()
    toks = tokens(clause)
    if toks and toks[0][1] in _all_verbs():
        return False  # (调剂一部分给图书馆使用: an act asked for, though tagged as a noun)
    # (景区至镇区停车场之间需开通接驳车: a span from one place to another, a
    # stretch of ground, whatever its ends are called — 至 and a place or a
    # thing; not 至 and a time, 县人民医院至去年底共有…, the body up to then)
    if any(toks[k][1] == "至" and (_nominal(toks[k + 1][2]) or toks[k + 1][2] == "zg")
           for k in range(1, min(4, len(toks) - 1))):
        return False
    for i, (_, w, f) in enumerate(toks):
        # (县 is tagged zg; a township the profile names opens the phrase as
        # a place, not as the body: 金村镇|中心小学, but 金村镇|府城村, a site)
        if not _nominal(f) and f != "zg":
            break
        if f == _PLACE_TAG:
            continue
        # (a word of two characters on a head of one — 舞台, 市场, 干部,
        # 场所 — is a thing, not a body, unless a place or level names it:
        # 县|医院, 镇|卫生院)
        # (nor one of three whose last two are such a word, common on their
        # own, after a modifier — 主|会场, 分|会场: the thing still)
        if any(w.endswith(h) and len(w) > len(h) and (len(w) >= 3 or len(h) >= 2 or i > 0) for h in heads) \
                and not (i == 0 and _modified_thing(w)):
            return True
        # (a head of two characters or more, whole, after the place that
        # names it: 柳树口镇|中学, as 县|医院 — not the place's own seat, 镇|政府)
        if i > 0 and toks[i - 1][2] == _PLACE_TAG and w in heads and len(w) >= 2 and w not in _SITE_HEADS \
                and not rx("matters", "own_seat").fullmatch(w):
            return True
    # (县植保植检站实验楼…, which the tagger cuts into verbs: a name of two
    # characters or more before a body's head, opening the clause — not the
    # particle 所需/所要 of 改造所需资金)
    # (not a collective — 县直各部门, 有关单位: every body of a kind, no one
    # body of its own)
    cut = _cut_body_name(clause)
    return bool(_place_led_body(clause)) or cut is not None and _opens_with_named(clause) \
        and not (cut.start() == 0 and _modified_thing(cut.group(0)))


# Heads of a body that is also a place (a village, a township): named as the
# subject of a case, it is often the site of the matter's works, not a body
# with a case of its own.
_SITE_HEADS = ("村", "镇", "乡", "社区", "街道")


def _place_led_body(clause: str) -> str:
    """The body's name after a township the profile names or a place the
    tagger knows, opening ``clause`` (高都|司法所, cut 司法|所 → 司法所), or "" — not a village, a
    site in it (金村镇|府城村)."""
    toks = tokens(clause)
    # (东山|派出所: a place the tagger knows, ns, leads a body's name as a
    # township the profile names does)
    k = next((i for i, t in enumerate(toks) if t[2] not in (_PLACE_TAG, "ns")), len(toks))
    # (东川|县|人民医院: a place's level the tagger cut from its name)
    if 0 < k < len(toks) - 1 and toks[k][1] in _LEVELS and toks[k - 1][2] == "ns":
        k += 1
    if not 0 < k < len(toks):
        return ""
    rest = clause[toks[k][0]:]
    cut = _cut_body_name(rest)
    # (its first word a name's part: 司法 n, 自然资源 l, the ordinal of 第一
    # 中学 — not a verb or a cost)
    first = toks[k]
    if cut is None or (first[2][:1] not in ("n", "j", "l") and not re.fullmatch(r"第[一二三四五六七八九十0-9]+", first[1])) \
            or any(first[1].startswith(c) for c in vocab()["matters"]["act_costs"]) \
            or cut.group(0).endswith(_SITE_HEADS):
        return ""
    return cut.group(0)


@lru_cache(maxsize=1)
def _body_name_rx() -> re.Pattern[str]:
    """A body's name: its level, its name (group 1), its head."""
    return re.compile(r"(?:县|市|省)?([\u4e00-\u9fff]{1,10}?)(?:" + _alt(_body_heads()) + r")")


def _cut_body_name(clause: str, longest: bool = False) -> "re.Match[str] | None":
    """A body's name opening ``clause`` that the tagger cuts into verbs
    (县|植保植检|站, 县|普查|办): its level, its name (group 1), its head —
    the shortest, or with ``longest`` the longest (川底镇敬老院, not the
    town 川底镇 it opens on)."""
    # (the head ends where a word of the tagger's ends — 县第二污水处理厂|提标,
    # 镇中学|现有 — not the 处 inside 数据处理阶段, one word the tagger knows,
    # which names no body)
    name = _body_name_rx()
    found = None
    for start, w, f in tokens(clause):
        end = start + len(w)
        if end > 12 or start and (f[:1] == "r" or w in vocab()["markers"]["strong"]):
            # (no name holds a pronoun past its start: 申报材料由|我|局…, a
            # thing and who makes it; nor the ask's marker: 裁判员队伍|请|省厅,
            # a thing and the body asked for it)
            break
        if end >= 3 and re.match(r"[\u4e00-\u9fff]", clause[end:end + 1]) and clause[end] not in "需要" \
                and (m := name.fullmatch(clause, 0, end)):
            if rx("matters", "collective").search(m.group(0)):
                return found
            if not longest:
                return m
            found = m
    return found


@lru_cache(maxsize=4096)
def _is_place(word: str) -> bool:
    """A place by name, one word the tagger knows as one (阳城县, 长治市,
    古镇): where a thing is, not which thing."""
    toks = tokens(word)
    return len(toks) == 1 and toks[0][2] == "ns"


def _not_places(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if not _is_place(w))


def _named_things(words: frozenset[str]) -> frozenset[str]:
    """The words that name things: not places, not agencies (局, 委, 办)."""
    agent = rx("matters", "agent_names")
    return frozenset(w for w in _not_places(words) if not agent.search(w))


def _nominal(tag: str) -> bool:
    """A tag of a noun: the tagger's nouns and abbreviations, and a place the
    profile names (金村镇, tagged as a place of its own like any ns)."""
    return tag[:1] in ("n", "j") or tag == _PLACE_TAG


def _leading_nouns(toks, also: tuple[str, ...] = ()) -> int:
    """How many of ``toks`` open the text as one noun phrase: nouns and
    abbreviations, and the tags in ``also``."""
    n = 0
    for _, _w, f in toks:
        if not _nominal(f) and f not in also:
            break
        n += 1
    return n


def _opens_on_a_subject(clause: str) -> bool:
    """巴公镇集贸市场原定…开市: a clause opening on a named place's thing
    (a noun phrase of two words or more, one of them a place) and then its
    own verb — a statement about that thing, not an object listed on."""
    toks = tokens(clause)
    n = _leading_nouns(toks)
    if n < 2 or n >= len(toks) or toks[n][2][:1] not in ("v", "d"):
        return False
    return any(f in ("ns", "place") or re.search("[镇乡村县市]$", w) for _, w, f in toks[:n])


def _opening_words(clause: str) -> list[str]:
    """The words of the noun phrase ``clause`` opens with (镇|卫生院 of
    镇卫生院缺B超机一台), up to its first word that is not a noun."""
    out = []
    toks = tokens(clause)
    for i, (_, w, f) in enumerate(toks):
        # (巴公镇|第二|幼儿园, 县|第三|人民|医院: an ordinal inside a body's
        # name, a noun after it)
        ordinal = f == "m" and re.fullmatch(r"第[一二三四五六七八九十]{1,3}", w) is not None \
            and i + 1 < len(toks) and toks[i + 1][2][:1] in ("n", "j")
        if f[:1] not in ("n", "j") and f != "zg" and not ordinal:
            break
        out.append(w)
    return out


def _runs_of(text: str) -> set[str]:
    """``text``'s runs of two to six characters (a set: looking a word up
    costs the same however long the text before it)."""
    return {text[i: i + k] for i in range(len(text)) for k in range(2, 7) if i + k <= len(text)}


def _topic_colon(text: str) -> bool:
    """Does ``text`` open on a short topic of nouns and its colon (教室：…,
    施工协调：…) — a part's label by layout, not a saying (一并请示：)?"""
    m = re.match(r"([\u4e00-\u9fff]{2,6})[：:](?=.)", text)
    toks = tokens(m.group(1)) if m else ()
    return bool(toks) and all(_nominal(f) or f == "vn" for _, _, f in toks)


def _unlabelled(text: str) -> str:
    """``text`` without the label of its entry (二、, （三）, 1.): layout, not
    what it says."""
    text = text.lstrip("，,")
    label = _item_labels().match(text)
    return text[label.end():] if label else text


def _is_the_writer(body: str, names: tuple[str, ...]) -> bool:
    """Is ``body`` the writer by its own name, its place said short (县统计局
    of the 某县统计局) — not a body under it (县文化馆 of a 文化和旅游局)?
    Names are compared as the recipient's are (_norm_org)."""
    own = _norm_org(body)
    return len(own) >= 2 and any(_norm_org(n).endswith(own) for n in names)


def _told_kind_of_body(clause: str, told: str) -> bool:
    """Does ``clause`` open on bodies of a kind the text before told, named
    by its words and a bare head (山区|学校 after 山区乡镇中小学…), or by
    that head alone — not a body's own name told in passing (县妇幼保健院
    named whole)?"""
    opening = _opening_words(clause)
    if len(opening) == 1:
        # (学校开办首年需配备教师… after 但学校开办尚面临以下困难：: the
        # matter's body by the bare head it was told by)
        # (not 镇|综合|文化站, a level the tagger cuts off the name)
        return len(opening[0]) >= 2 and opening[0] in _body_heads() and opening[0] in told
    if len(opening) < 2 or opening[-1] not in _body_heads():
        return False
    words = [w for w in opening[:-1] if len(w) >= 2]
    return bool(words) and all(w in told for w in words) and "".join(opening) not in told


def _names_its_own_head(clause: str, earlier: "set[str] | str") -> bool:
    """Does the body's name ``clause`` opens on end on a word of its own, of
    three characters or more on a body's head, never told (…农业技术|推广站)
    — not a thing on a head of one character (办公|场所)?"""
    cut = _cut_body_name(clause)
    toks = tokens(cut.group(0)) if cut else ()
    last = toks[-1][1] if toks else ""
    return len(last) >= 3 and last.endswith(_body_heads()) and last not in earlier


def _opens_on_a_new_body(clause: str, earlier: "set[str] | str", mostly_own: bool = False) -> bool:
    """Does ``clause`` open on a body of its own that the text before it
    (``earlier``: its runs, or the text itself) never named (镇卫生院… after a paragraph on an old
    road; not 新馆开放后… after 县博物馆新馆…, the body the plan is of)? With
    ``mostly_own``, a name half of whose words, two at least, are its own
    is new whatever else was told."""
    # (三、周村镇敬老院现有房屋…: the writer's number of its point is no part
    # of what the point opens on)
    if (lab := rx("matters", "enumeration").match(clause)):
        clause = clause[lab.end():]
    if not _opens_with_a_body(clause):
        return False
    # (a body's bare head — 中心, 社区 — names no body: 县社区矫正中心… is
    # new after 县机关事务服务中心)
    # (nor a place both are in: 晋城市 of 晋城市群众艺术馆 and of 晋城市图书馆)
    opening = _opening_words(clause)
    words = [w[:6] for w in opening if len(w) >= 2 and w not in _body_heads() and not _is_place(w)]
    if not words and len(opening) >= 2 and "".join(opening)[:6] in earlier:
        # (河东村|小学 after …到河东村小学就读: a place and a head name one
        # body, and the text before named it so)
        return False
    if not words and (m := _cut_body_name(clause)) and not _is_place(m.group(1)) \
            and any(f[:1] == "v" for _, _, f in tokens(m.group(1))):
        # (县普查办…, cut 县|普查|办 by the tagger: its name is 普查 — the
        # office of the census the title named, not a body of its own)
        words = [m.group(1)[:6]]
    untold = [w for w in words if w not in earlier]
    if len(untold) < len(words) and not (mostly_own and len(untold) >= 2 and 2 * len(untold) >= len(words)
                                         and _names_its_own_head(clause, earlier)):
        # (大东沟|自然资源所… under a title of the 自然资源局: the words of its
        # name told before, but not the body they name with its head)
        # (with mostly_own, not 乡镇|农业|技术|推广站 after a 农业系列…评审委员会:
        # half its name or more, two words at least, is its own)
        body = _place_led_body(clause)
        # (东川县|人民医院 after 市人民医院: the same kind of body, told only
        # of another place, is another body)
        return bool(body) and ((not _names_body_in(body, earlier) or _of_another_place(clause, body, earlier))
                               if isinstance(earlier, str) else body[:6] not in earlier)
    return True


def _of_another_place(clause: str, body: str, earlier: str) -> bool:
    """Is ``body``, led in ``clause`` by a place of a level (东川县|人民医院),
    told in ``earlier`` only under other names — another place's (西河县人民
    医院), another level's (市人民医院), another name's (市第三人民医院) —
    and never by that place, bare or at its own level (设在县人民医院, 我县
    人民医院), which may be the same body?"""
    k = clause.find(body)
    place = clause[:k] if k > 0 else ""
    if not place.endswith(_LEVELS):
        return False
    told = [x.start() for x in re.finditer(re.escape(body), earlier)]
    for i in told:
        if earlier[max(0, i - len(place)): i] == place:
            return False
        pre = tokens(earlier[max(0, i - 8): i])
        if not pre:
            return False
        _, w, f = pre[-1]
        if f == "ns" or (w in _LEVELS and len(pre) >= 2 and pre[-2][2] == "ns"):
            continue  # (西河县|人民医院: a place of its own name)
        if w in _LEVELS:
            if w == place[-1]:
                return False  # (在|县|人民医院: the writer's own level)
            continue  # (市|人民医院 after a 县's: another level)
        if not (f[:1] in ("m", "n") and re.fullmatch(r"[\u4e00-\u9fff]+", w)):
            return False  # (设在|人民医院: bare)
    return bool(told)


def _opens_with_named(clause: str) -> bool:
    """The clause's first word is a name's part, not a verb or a cost (总投资,
    所需, 演出补贴)."""
    toks = tokens(clause)
    return bool(toks) and (toks[0][2][:1] in ("n", "j") or toks[0][2] == "zg") \
        and not any(toks[0][1].startswith(c) for c in vocab()["matters"]["act_costs"])


def _only_a_frame(vp: str) -> bool:
    """Is ``vp`` a preposition and its noun phrase only (按每人每月600元标准,
    从县级救灾资金中, 对受灾群众) — a frame with no verb of its own, whose
    verb follows the comma?"""
    toks = tokens(vp)
    if len(toks) < 2 or toks[0][2] != "p" or (toks[-1][2][:1] not in ("n", "f") and toks[-1][2] != "zg"):
        return False
    # (a verb inside the phrase modifies a noun: 受灾|群众, 救灾|资金, 受灾
    # 较重|的|3个村)
    return all(f[:1] != "v" or (k + 1 < len(toks) and toks[k + 1][2][:1] == "n")
               or any(t == "的" for _, t, _ in toks[k + 1:])
               for k, (_, _, f) in enumerate(toks[1:], 1))


def _mediates_only(vp: str) -> bool:
    """协调省委编办, 商请市水务局: a verb of working through another body,
    and that body only — what it is to do comes after."""
    m = rx("coordination", "mediation").match(vp)
    rest = vp[m.end():] if m else ""
    if not rest:
        return False
    # (省委编办, 省残联: a level, then a name ending as bodies end — 联 for
    # the people's bodies, 残联, 妇联, 工商联)
    return _addressee(rest) == rest or (bool(re.fullmatch(r"(?:[县市省区州]|国家|中央)[\u4e00-\u9fff]{1,14}", rest))
                                        and rest.endswith(_body_heads() + ("联",)))


def _addressee(vp: str) -> str:
    """The addressee at the start of ``vp``: the shortest run of 1–6 words
    that is one (县|财政局 → 县财政局; 县|行政|审批|服务|管理局), with 、/和
    joining another."""
    pat = rx("markers", "addressee")
    toks = tokens(vp)
    m = rx("markers", "addressee_list").match(vp)
    lead = toks[0][2] if toks else ""
    if m and (lead == "vn" or not lead.startswith(("v", "p"))) \
            and not any(f == "v" for k, _, f in toks if 0 < k < m.end()):  # 应急 (vn) is a body here
        # 公安、卫健、交通等部门: bodies counted out and summed up by 等+a
        # collective (not 协调住建、电力等部门…, a verb before them)
        return m.group(0)
    m = rx("markers", "related_bodies").match(vp)
    if m:
        return m.group(0)  # 相关乡镇、有关部门 (相关 is tagged a verb)
    m = rx("markers", "township_list").match(vp)
    if m and (after := tokens(vp[m.end(): m.end() + 6])) and after[0][2][:1] in ("v", "p", "d"):
        return m.group(0)  # 柳树口镇、山河镇政府|配合选址: townships listed, then what they do
    m = rx("markers", "joined_name").match(vp)
    if m:
        return m.group(0)  # 县住房和城乡建设局 (和 joins two fields of one name)
    if toks and toks[0][2] == "p":
        return ""  # 请与我局办公室联系: a preposition, nobody addressed
    if toks and (toks[0][2] == "v" or toks[0][1] in _all_verbs()) and (len(toks) < 2 or toks[1][1] != "委"):
        return ""  # 请批准我局为…, 请同意将服务中心…: a verb opens the phrase, nobody addressed
    best, j = "", 0
    for j in range(1, min(6, len(toks)) + 1):
        cand = "".join(w for _, w, _ in toks[:j])
        # (县|体育|总会: a field's verbal noun names a body as a noun does)
        nominal = all(f[:1] in ("n", "j", "l") or f == "vn" or w in "县市省区" for _, w, f in toks[:j])
        if j > 4 and (toks[0][1] not in "县市省区" or any(f == "p" for _, _, f in toks[:j])):
            break  # (a long name opens on its level: not 按程序报县发改局, a procedure)
        if pat.fullmatch(cand) or (j >= 2 and cand[0] in "县市省区" and cand.endswith(_body_heads()) and nominal):
            # (县|人民|医院, 县|图书馆: a body of the level, by its head)
            best = cand
            break
    # 县政府|领导, 省厅|生态环境|监测|中心: grow over nouns to the longest run
    # that is still an addressee
    run, k = best, j
    # — or to a body's full name, whatever its head (县委|党校, 县|图书馆):
    # the heads every reading of a name knows (structure.toml org_suffixes)
    # (never over a verb the tagger calls a noun: 县自然资源局|办理)
    while best and k < len(toks) and k < j + 4 and toks[k][2][:1] in ("n", "j", "l") \
            and toks[k][1] not in _all_verbs() and toks[k][1] not in vocab()["verbs"]["procedure_verbs"] \
            and not (toks[k][2] == "l" and tokens(toks[k][1][:2])[0][2][:1] == "v") \
            and not (toks[k][2] == "l" and tokens(toks[k][1][:1])[0][2] == "p"):  # (出席会议: a set phrase opening on a verb; 按程序, on a preposition)
        run += toks[k][1]
        k += 1
        if pat.fullmatch(run) or run.endswith(_body_heads()):
            best, j = run, k
    if not best:
        m = re.match("贵[\u4e00-\u9fff]", vp)  # 贵|镇 cut apart
        return m.group(0) if m and vp[2:3] not in ("的",) else ""
    rest = vp[len(best):]
    m = re.match(r"[、和及与]", rest)
    if m:
        more = _addressee(rest[1:])
        if more:
            best += rest[0] + more
    return best


def _skip_adverbs(vp: str, shortest: int = 1) -> str:
    """``vp`` past the adverbs it opens on (尽快, 一并); with ``shortest``
    2, past the words of two characters or more only — not 将, which the
    tagger calls an adverb too."""
    verbs = _all_verbs()
    for _, w, f in tokens(vp):
        # a request verb is never skipped, whatever its tag (同意 is tagged d)
        if f.startswith("d") and w not in vocab()["markers"]["grant"] and w not in verbs and shortest <= len(w) <= 3:
            vp = vp[len(w):]
            continue
        break
    return vp


@lru_cache(maxsize=1024)
def _is_manner(word: str) -> bool:
    """Is a two-character word, read alone, a verb, adverb or adjective —
    how an act is done (统筹, 予以, 适当, 尽快), not a thing (人员)?"""
    toks = tokens(word)
    return len(toks) == 1 and toks[0][2][:1] in ("v", "d", "a")


def _classes(vp: str) -> frozenset[str]:
    """Verb classes of the first words of the verb phrase."""
    vc = verb_classes()
    out = set()
    heads = vocab()["verbs"]["head_morphemes"]
    toks = tokens(vp)
    # (将/把 puts the object before the verb — 将我市…艺术节列入…名录: the
    # verb is the first clause's, however long the object; so does any
    # preposition's phrase — 在2025年…培训计划中为我市增加名额40名)
    reach = len(tokens(re.split(r"[，,；;。]", vp, maxsplit=1)[0])) \
        if toks and (toks[0][1] in ("将", "把") or toks[0][2] == "p") else 8
    for _, w, f in toks[:max(reach, 8)]:
        for name, ws in vc.items():
            # (统筹安排, 予以安排: four characters the tagger keeps as one
            # word, a manner and then the verb — the verb is its last two;
            # not 人员配备, a thing and what is done to it)
            if w in ws or any(w.startswith(x) and len(x) >= 2 for x in ws) \
                    or (len(w) == 4 and w[2:] in ws and _is_manner(w[:2])):
                out.add(name)
        # (下拨, 调拨: a two-character verb whose head says what it does)
        if f[:1] == "v" and len(w) == 2:
            out.update(name for name, ms in heads.items() if w[1] in ms)
    return frozenset(out)


def _contained_classes(text: str) -> frozenset[str]:
    """Verb classes of any class word in a short formula (妥否，请批示; 盼复)."""
    return frozenset(k for k, ws in verb_classes().items() if any(w in text for w in ws))


def _governs(pat: re.Pattern[str], sentence_lead: str, clause_lead: str) -> bool:
    """Does a match of ``pat`` govern the ask's clause: within it, or in
    the clause right before it (待…批准后，按程序提请…) — not a clause that
    already has a verb of its own between (待…招标完成后再作调整，请县政府
    批准)?"""
    k = len(sentence_lead) - len(clause_lead)
    for m in pat.finditer(sentence_lead):
        if m.end() >= k or not sentence_lead[m.end():k].strip("，,、 "):
            return True
    return False


def _word_matches(key: str, text: str) -> list[re.Match[str]]:
    """The matches of a modality pattern that are words of ``text``: a
    single character only where it stands as a word — not inside another
    (经费, 经济; 职称, 名称); longer ones as written (群众反映 is one token)."""
    ms = list(rx("modality", key).finditer(text))
    if not ms or all(len(m.group(0)) > 1 for m in ms):
        return ms
    cuts = {k for k, _, _ in tokens(text)} | {k + len(w) for k, w, _ in tokens(text)} | {len(text)}
    return [m for m in ms if len(m.group(0)) > 1 or (m.start() in cuts and m.end() in cuts)]


def _reports(text: str) -> list[re.Match[str]]:
    """The words of ``text`` that report another party's words (群众反映,
    企业来函, 多次上访) — not one inside a frame of time, its clause holding
    时 or 期间 as a word (群众来访高峰|时|无处等候: when they come, nothing
    they said; not 及时, 临时, 时间, words of their own)."""
    def framed(m: re.Match[str]) -> bool:
        clause = re.split(r"[，,。；;：:]", text[m.end():], maxsplit=1)[0]
        toks = tokens(clause)
        # (企业反映今年迎峰度夏期间曾被…: what was said opens on a time of its
        # own — the frame is inside what they said, not around the saying)
        if toks and toks[0][2] == "t" and len(toks[0][1]) >= 2:
            return False
        return any(w in ("时", "之时", "期间", "之际") for _, w, _ in toks)
    # (县信访接待中心来访人数增多, 投诉量上升: a word of reporting that
    # modifies a count or a channel — no one's words)
    def counted(m: re.Match[str]) -> bool:
        return bool(_REPORTS_COUNTED.match(text, m.end()))
    return [m for m in _word_matches("reported", text) if not framed(m) and not counted(m)]


_PARTY_COUNTED = re.compile(r"[0-9一二两三四五六七八九十百千余多]+(?:户|名|位|家)[\u4e00-\u9fff]")
_REPORTS_COUNTED = re.compile(r"(?:人数|人次|批次|数量|件数|量|率|高峰|窗口|电话|热线|平台|渠道)")


def _past(text: str) -> bool:
    """A word of the narrated past (经县政府批准, 已获批复, 去年)."""
    return bool(_word_matches("past", text))


@lru_cache(maxsize=1)
def _asked_then_after() -> re.Pattern[str]:
    """请省厅审核同意后: an ask for approval, then (后) what the writer will do."""
    return re.compile(r"(?:恳?请|烦请|敬请)(?:" + vocab()["markers"]["addressee"]
                      + r")?(?:审核|审查|审批|批准|同意|核准|审定)+(?:同意)?后$")


_YEAR_LEAD = r"([0-9]{4})年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?"  # a date opening a sentence (2023年5月…)


# A time the writer dates an act by: a year (2025年, 今年, 去年), then a month
# and day, or a part of the year (年初, 上半年, 年底); or a time said only as
# lately (前不久, 日前).
_WHEN = (r"(?:(?P<year>[0-9]{4})年|(?P<rel>今年|本年|去年|上年|前年))?"
         r"(?:(?P<month>[0-9]{1,2})月(?:(?P<day>[0-9]{1,2})日|份|初|上旬|中旬|下旬|底|末)?"
         r"|(?P<part>年?初|年?底|年?末|上半年|下半年))?")
_LATELY = "(?P<lately>前不久|不久前|日前|前段时间|前些时候)"
# The last month each part of a year reaches to.
_PART_ENDS = {"初": 2, "年初": 2, "上半年": 6, "底": 12, "年底": 12, "末": 12, "年末": 12, "下半年": 12}


def _own_date(doc: Document) -> tuple[int, int, int] | None:
    own = re.match(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})", doc.date or "")
    return tuple(int(v) for v in own.groups()) if own else None  # type: ignore[return-value]


def _ends_before(x: "re.Match[str]", doc: Document) -> bool:
    """Does the time ``x`` (of _WHEN) end before the document's own date?"""
    own = _own_date(doc)
    if not own or not (x.group("year") or x.group("rel") or x.group("month") or x.group("part")):
        return False
    oy, om, od = own
    year = int(x.group("year")) if x.group("year") else \
        oy - {"去年": 1, "上年": 1, "前年": 2}.get(x.group("rel") or "", 0)
    if x.group("day"):
        return (year, int(x.group("month")), int(x.group("day"))) < (oy, om, od)
    if x.group("month"):
        return (year, int(x.group("month"))) < (oy, om)
    if x.group("part"):
        return (year, _PART_ENDS[x.group("part")]) < (oy, om)
    return year < oy


def _a_past_time(sentence_lead: str, clause_lead: str, doc: Document) -> bool:
    """Is the ask dated before the document's own date — by a time that
    opens its sentence as a clause of its own, or by 于 and a time right
    before its marker (我中心于今年3月报请…)? What was asked then, told.
    A day (12月1日，…50余名农民工…请求政府出面…, in a report of 12月5日) or a
    year before the document's (2023年，…) governs its whole sentence, until
    a word of now; a month, a part of a year or a time said as lately (今年
    1月，年初，前不久，…) only the clause it opens — 今年3月，我局已将…报送
    省厅，盼省厅尽快批复 makes its wish now. Not a deadline (12月10日前，请…)."""
    x = re.match(r"(?:" + _LATELY + "|" + _WHEN + r")(?:上午|下午|晚上?|凌晨|中午)?[，,]", sentence_lead)
    if x and x.end() > 1 and not rx("modality", "now").search(sentence_lead[x.end():]) \
            and (x.group("lately") or _ends_before(x, doc)):
        own = _own_date(doc)
        whole = x.group("day") or (x.group("year") and own and int(x.group("year")) < own[0])
        if whole or not re.search(r"[，,；;：:]", sentence_lead[x.end():]):
            return True
    # (…于3月12日报|请…: the verb's first character before the marker 请)
    y = re.search(r"于(?:" + _WHEN + r")(?:报|提|申|呈)?$", clause_lead)
    return bool(y) and y.end() - y.start() > 1 and _ends_before(y, doc)


def _a_past_plan(sentence_lead: str, doc: Document) -> bool:
    """Does the sentence of a plan open on a year before the document's own,
    as a clause of its own or on the approval given then (2023年经县政府批准，
    该地块…拟用于…: what was approved, a plan's words of then), with no word
    of now after it? (An ask is dated by _a_past_time: 2024年经县政府批准立项，
    恳请…安排资金 asks now.)"""
    # (not 2023年以来，…: a time from then up to now)
    y = re.match(_YEAR_LEAD + r"(?:[，,]|(?=经))", sentence_lead)
    if not y or not doc.date:
        return False
    return int(y.group(1)) < int(doc.date[:4]) and not rx("modality", "now").search(sentence_lead)


# a verb marked complete by 了 (进行了论证, 作了说明) — not 了解, 了结, 为了, 除了
# (not 拖欠了的资金: a done act that only says which thing the ask is for)
_DONE = re.compile(r"(?<=[\u4e00-\u9fff])(?<![为除])了(?![解结却断的])")


def _modality(clause_lead: str, sentence_lead: str, clause: str = "") -> str:
    """Whether an ask at this place is made of the recipient now."""
    if "□" in clause_lead and re.search(r"[“《「‘]□", clause_lead):
        return "quoted"
    if _past(clause_lead):
        return "past"
    # (去年，我局报请县政府解决…: a time of the past opening the sentence
    # governs its clauses — until the writer turns to now: 今年恳请…)
    if rx("modality", "past_time").match(sentence_lead) and not rx("modality", "now").search(sentence_lead):
        return "past"
    # (not 如能由县政府将该旧院址划拨我会使用，将极大改善…，望予考虑: a wish
    # put as what would follow if the recipient acted is itself an ask, and
    # a marker after it asks the same)
    if _governs(rx("modality", "future"), sentence_lead, clause_lead) \
            or (rx("modality", "conditional").search(sentence_lead) and not _conditional_ask().search(sentence_lead)):
        return "future"
    # (not 以上计划请县政府审定: 计划 after a pointer is the plan pointed
    # at, a noun fronted before the ask — no will of the writer's)
    if rx("modality", "will").search(clause_lead) \
            and not re.search(vocab()["matters"]["demonstratives"] + r"(?:项|个)?(?:计划|打算)$", clause_lead):
        return "future"  # 我局将报请县政府审定: what the writer will do
    if _reports(clause_lead) or rx("modality", "contained").search(clause_lead):
        return "reported"
    # (恳请市政府在核定…任务时，核减…: the time frame of the act asked, after
    # the marker — not 我镇在请示县政府时, when something was asked)
    frame = re.search(r"在[^，,。；;]{2,40}?(?:时|之时|期间|过程中|之际)$", clause) if clause else None
    if frame and frame.start() < len(clause_lead):
        frame = None
    if clause and rx("modality", "temporal").search(clause) and not _asked_then_after().match(clause.lstrip("，,")) \
            and not frame:
        # 我镇请示县政府后，…: a time clause of the narrative — not 请省厅审核
        # 同意后，我局按程序…: the ask, then what the writer will do after it
        return "past"
    return "ask"


# An addressee that asks one body to act together with others (省卫健委会同
# 省医保局): the body asked leads
_JOINED_BY = "会同|联合|协同"


def _first_asked(addressee: str) -> str:
    """The body named first among those a need is laid on (县财政、县人社局;
    县里协调县住房和城乡建设局: the superior, bringing another body)."""
    return re.split(r"[、和及与]|协调|督促|责成|" + _JOINED_BY, addressee, maxsplit=1)[0]


def _parse_ask(clause: str, m: re.Match[str], issuer_names: tuple[str, ...]) -> dict | None:
    """The parts of an ask whose marker is ``m`` in ``clause``, or None when
    the marker does not open an ask (not a word; someone else's voice)."""
    marker = m.group(0)
    if not _marker_is_word(clause, m.start(), marker):
        return None
    lead = clause[: m.start()]
    if re.search("(?:不|无|毋|勿|没有|未|从未|尚未)$", lead):
        return None  # 不需县级财政另行安排, 该公司未申请听证: negated, nothing asked
    if marker in vocab()["markers"]["need"]:
        # 这一问题需县里统筹解决: a need laid on a superior named right after
        # it asks that superior, whatever the clause's subject (the problem)
        if not _lays_on_a_superior(clause[m.end():]):
            return None  # (需省厅与河南省生态环境厅协调: the first named is the superior)
        if _need_modifies_a_noun(clause[m.end():]):
            return None
        if _shared_with_others(clause[m.end():]):
            return None
        lead = ""
    elif not _writer_lead(lead, issuer_names, marker) \
            and not (marker == "建议" and not clause[m.end():].strip("：: ")
                     and not rx("markers", "agent").search(lead) and not re.search("[，,]", lead)):
        # (下一步工作建议：‖一、由县财政安排…: suggestions named as a noun
        # heading the list that follows — the writer's, unless someone
        # else is named as making them)
        return {"voice": False, "lead": lead}
    after = clause[m.end():]
    # a fused word (请批示, 盼复): the verb is inside the marker's word
    tok = next((w for k, w, _ in tokens(clause) if k == m.start()), marker)
    if tok != marker and tok.startswith(marker):
        after = tok[len(marker):] + clause[m.start() + len(tok):]
    addressee = _addressee(after)
    rest = after[len(addressee):]
    grant = False
    rest = _skip_adverbs(rest)
    for g in vocab()["markers"]["grant"]:
        if rest.startswith(g):
            grant, rest = True, rest[len(g):]
            break
    if marker.endswith("予"):
        grant = True
    if not grant and rest.startswith(("对", "在", "从", "就")):
        # 建议对表现突出的5名同志给予嘉奖, 在资金分配上给予倾斜: the grant after
        # the one it is for or the field it is in
        pp = re.match("[对在从就][^，,；;。]{1,30}?(" + _alt(vocab()["markers"]["grant"]) + ")", rest)
        if pp:
            grant = True
    rest = _skip_adverbs(rest)
    # (望县政府给予大力支持为盼: the politeness that closes the wish is no
    # part of what is asked)
    rest = rx("markers", "politeness").sub("", rest)
    return {"voice": True, "marker": marker, "addressee": addressee, "grant": grant, "vp": rest, "lead": lead}


def _gives(vp: str) -> bool:
    """Is the one named asked to give (从…资金中给予补助, 对…予以支持)?"""
    return bool(re.match(r"(?:从|在|对|就)?[^，,；;。]{0,30}?(?:给予|予以)", vp))


def _by_recipient(vp: str, doc: Document) -> tuple[str, str, bool] | None:
    """建议由市财政从…资金中给予补助: the one to act, named with 由, is the
    recipient (or its purse). (that body, the verb phrase after it, whether
    it is to give — 从…中给予), or None."""
    m = re.match("由(" + vocab()["markers"]["addressee"] + ")", vp)
    if not (m and addressed_to_recipient(m.group(1), doc)):
        return None
    # (由市财政局…, 由市委编办…: what it is to do starts after the name as
    # written, not after the shortest the pattern takes — 市财政, 市委)
    # (a head, or a word and its head, right after it — not 县政府牵头协调县…局,
    # another body further on)
    whole = _body_name_rx().match(vp, m.start(1))
    rest = vp[whole.end():] if whole and 0 < whole.end() - m.end() <= 2 else vp[m.end():]
    # (建议由县财政局、县审计局参与…核实和监督: bodies listed together are
    # bodies of their own, asked to take part — not the recipient's purse)
    if rest.startswith("、"):
        return None
    return m.group(1), rest, _gives(rest)


def _level_of(name: str) -> str:
    """省, 市, 县 or 区: the level of a body by its name (某县人民政府 → 县), or ""."""
    level = re.search("[省市县区]", squash(name))
    return level.group(0) if level else ""


def _recipient_level(doc: Document) -> str:
    """The level of the 主送机关 (see :func:`_level_of`), or ""."""
    return _level_of(doc.recipients[0]) if doc.recipients else ""


def _other_level(body: str, doc: Document) -> bool:
    """Does ``body`` name a level other than the recipient's (市财政 in a
    市局's 请示 to 省厅: the writer's own government, not the recipient's)?"""
    own, theirs = body[:1], _recipient_level(doc)
    return own in "省市县区" and bool(theirs) and own != theirs


def _by_department(vp: str, doc: Document) -> tuple[str, str, bool] | None:
    """In a 请示, 建议由县人社局在…设立一个创业孵化点: a department of the
    recipient's own level, named with 由, to give or set up something
    counted — the recipient asked to have it done. (that body, the verb
    phrase after it, whether it is to give), or None."""
    if doc.doc_type != "请示" or not doc.recipients:
        return None
    m = re.match(r"由(([省市县区])[\u4e00-\u9fff]{1,10}?(?:局|委|办|中心))", vp)
    if not (m and _recipients_department(m.group(1), vp[m.end():], doc)):
        return None
    body, rest = m.group(1), vp[m.end():]
    return body, rest, _gives(rest)


@lru_cache(maxsize=1)
def _wishes() -> frozenset[str]:
    """The markers that wish (希望, 盼望, and the bare 望/盼) — not advice
    (建议) nor a question (能否)."""
    return frozenset(vocab()["markers"]["wish"]) | {"望", "盼"}


def _for_the_writer(vp: str) -> bool:
    """Does ``vp`` open on the writer as the one it gives to (为我镇增拨…,
    给我局调剂…) — advice no more, the writer asking for itself?"""
    return re.match(r"(?:为|给|向)" + vocab()["markers"]["writer"], vp or "") is not None


def _recipients_department(body: str, rest: str, doc: Document, coordinates: bool = False) -> bool:
    """Is ``body`` a department of the recipient's own level (县防汛办,
    县人社局 under 县人民政府) asked in ``rest`` to give or decide something
    counted (调拨冲锋舟2艘), or to coordinate — the recipient asked to have
    it done?"""
    # (盼县住建局帮助协调解决新市场用地问题: or, wished of it, to bring others
    # to solve the writer's problem — a coordination only the recipient's
    # side can do; not 建议由县教育局…统筹解决, advice on who pays)
    classes = _classes(rest)
    return _of_recipients_level(body, doc) \
        and bool((classes & {"allocate", "decide"} and rx("matters", "quantity").search(rest))
                 or (coordinates and "coordinate" in classes))


def _of_recipients_level(body: str, doc: Document) -> bool:
    """Is ``body`` a department of the recipient's own level (县住建局 under
    县人民政府) — or each of the bodies listed (县市场监管局、县住建局)?"""
    parts = [re.fullmatch(r"([省市县区])[\u4e00-\u9fff]{1,10}?(?:局|委|办|中心)", x) for x in re.split(r"[、和及与]", body)]
    m = parts[0] if all(parts) and len({x.group(1) for x in parts}) == 1 else None
    return bool(m and doc.recipients and _recipient_level(doc) == m.group(1))


@lru_cache(maxsize=1)
def _coordinated_body() -> re.Pattern[str]:
    """协调 (督促、责成…) and the body brought to act, as group 1 — named, or
    counted as the sides of the matter (协调两县尽快确定衔接方案)."""
    v = vocab()["markers"]
    return re.compile("(?:" + _alt(vocab()["verbs"]["coordinate"]) + ")(" + v["addressee"] + "|" + v["counted_parties"] + ")")


def _brings_body(vp: str, whole: bool = False) -> "re.Match[str] | None":
    """协调 (督促、责成…) and the body brought to act, at the start of
    ``vp`` or after the words of manner that open it (统一协调住建部门,
    牵头协调…, 积极督促…: verbs, adverbs, adjectives of two characters,
    at most two); with ``whole``, to its end."""
    match = _coordinated_body().fullmatch if whole else _coordinated_body().match
    m = match(vp)
    toks = tokens(vp[:8]) if not m else ()
    for k, w, f in toks[:2]:
        if m or len(w) != 2 or f[:1] not in ("v", "d", "a") or w in vocab()["verbs"]["coordinate"]:
            break
        m = match(vp, k + 2)
    # (协调解决我局机关办公用房不足问题: the writer is never the body brought
    # to act — 协调 goes on as a verb of two, its object the writer's need)
    if m and re.search(vocab()["markers"]["writer"], m.group(1)):
        return None
    return m


@lru_cache(maxsize=1)
def _by_body() -> re.Pattern[str]:
    """由 and the body named to act, as group 1."""
    return re.compile("由(" + vocab()["markers"]["addressee"] + ")")


@lru_cache(maxsize=1)
def _conditional_ask() -> re.Pattern[str]:
    v = vocab()["markers"]
    return re.compile(v["conditional_ask"].format(addressee=v["addressee"], writer=v["writer"]))


@lru_cache(maxsize=1)
def _own_plan() -> re.Pattern[str]:
    """我局拟…, 经研究，拟…: the writer's own plan (see asks.toml)."""
    v = vocab()["modality"]
    return re.compile(v["own_plan"].replace("{plan_verb}", _plan_verb()))


def _plan_verb() -> str:
    return vocab()["modality"]["plan_verb"]


@lru_cache(maxsize=1)
def _submission() -> re.Pattern[str]:
    v = vocab()["markers"]
    return re.compile(v["submission"].format(addressee=v["addressee"], writer=v["writer"]))


def _in_name_of_superior(vp: str) -> bool:
    """以县政府（办公室）名义转发…: the verb phrase names a superior (or its
    office) as the one who is to act."""
    m = re.match("以(" + vocab()["markers"]["addressee"] + ")的?名义", vp)
    return bool(m) and bool(rx("markers", "superior").match(re.sub("(?:办公室|办公厅|办)$", "", m.group(1))))


def _instruction(vp: str) -> bool:
    """请于5月底前报送、请与区政府办公室联系: with no addressee, a verb
    phrase that opens with a preposition and grants nothing tells readers
    or subordinates what to do; it asks nothing of the recipient — unless
    the preposition names a superior as the one acting (以县政府办公室名义
    转发: the superior is asked to issue it in its own name)."""
    toks = tokens(vp)
    if not toks or toks[0][2] != "p":
        return False
    if _in_name_of_superior(vp):
        return False
    if _classes(vp) & {"allocate", "decide"}:
        return False  # 请从县直事业单位调剂5名人员, 请为我局增加编制: who gains or where from
    if toks[0][1] in ("为", "给") and rx("matters", "quantity").search(vp):
        return False  # 请为乡卫生院配备救护车1辆: who gains, and a thing counted out for it
    return not any(w in vocab()["markers"]["grant"] for _, w, _ in toks)


def _first_verb(vp: str) -> str:
    """The first verb of a verb phrase (从预备费中安排… → 安排)."""
    toks = tokens(vp)
    # (选派|20|名|民警…: a word the tagger calls a noun, opening the phrase
    # before a count of people or things named after it, is its verb)
    if len(toks) >= 4 and len(toks[0][1]) == 2 and toks[0][2][:1] == "n" and toks[1][2] in ("m", "eng") \
            and toks[2][2] == "q" and toks[3][2][:1] == "n":
        return toks[0][1]
    # (past a source or frame the phrase opens on: 从市级教育专项资金中给予…
    # gives, it does not 教育)
    frame = rx("matters", "source").match(vp)
    if frame:
        toks = tokens(vp[frame.end():])
    grant = vocab()["markers"]["grant"]
    for i, (_, w, f) in enumerate(toks[:6]):
        if w in grant:
            # (给予我县…补助: the grant is the verb, unless a verb follows it — 予以安排)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is None or not (nxt[2].startswith("v") or nxt[1] in _all_verbs()):
                return w
            continue
        # (同意 is tagged an adverb before another verb: 同意改造…)
        if f.startswith("v") or w in _all_verbs():
            return w
    return ""


@lru_cache(maxsize=1)
def _bare_decision_rx() -> re.Pattern[str]:
    v = vocab()["verbs"]
    verbs = sorted({w for w in v["decide"] + v["reply"] + v["proper"] if len(w) >= 2}, key=len, reverse=True)
    return re.compile(r"^(?:(?:以上|上述)[\u4e00-\u9fff]{0,8}[，,])?" + rx("closings", "asker").pattern + r"(?:予以?)?(?:"
                      + "|".join(verbs) + r")[。！!]?$")


def _bare_decision(s: str) -> bool:
    """以上请示，请予审核: a request for a decision, of any verb of the
    decide/reply/proper classes, with no object — a closing."""
    return bool(_bare_decision_rx().match(s))


_COMMA = re.compile(r"[，,]")


def _closing(sentence: str) -> str | None:
    """A closing formula (妥否，请批示; 如无不妥，请批转…; 特此请示; 盼复):
    the formula, or None."""
    s = sentence.strip().lstrip("，,")
    m = rx("closings", "question").match(s)
    if m and rx("closings", "asker").match(s, m.end()):
        # (以上方案妥否，请批示，并请批准购置…无人机2架: the formula, then one
        # more ask with an object of its own — the formula is the closing)
        k = _COMMA.search(s, m.end())
        after = re.sub(r"^(?:并|同时|另外|另)(?=[恳烦]?请)", "", s[k.end():]) if k else ""
        if after and rx("closings", "asker").match(after) and not _bare_decision(after):
            return s[: k.start()]
        return s.rstrip("。！!")
    if rx("closings", "bare").match(s) or rx("closings", "soft_close").match(s) or _bare_decision(s):
        return s.rstrip("。！!")
    # …我局拟用于安防监控系统升级，是否可行，请示复: the formula closing a
    # sentence that states what it puts up
    # (only a comma in its last 20 characters can open such a tail: the
    # search starts there, so a long sentence costs no more than a short one)
    for k in (m.end() for m in _COMMA.finditer(s, max(0, len(s) - 21))):
        tail = s[k:]
        q = rx("closings", "question").match(tail)
        if q and rx("closings", "asker").match(tail, q.end()) and len(tail) <= 20:
            return tail.rstrip("。！!")
        # (特此报告，盼复。 特此报告，请示复。: a formula that asks, after the
        # one that only closes — the sentence asks as the formula alone would)
        if rx("closings", "bare").match(tail) and rx("closings", "bare").match(s[:k].rstrip("，,")) is not None \
                and not re.match(r"(?:特此|专此|谨此)?(?:请示|报告)", tail):
            return tail.rstrip("。！!")
    return None


def _enum_items(text: str) -> list[str]:
    pat = rx("matters", "enumeration")
    idx = list(pat.finditer(text))
    items = []
    for i, m in enumerate(idx):
        end = idx[i + 1].start() if i + 1 < len(idx) else len(text)
        items.append(text[m.end():end].strip("；;。，, "))
    return [x for x in items if x]


def _opens_on_a_verb_word(text: str) -> bool:
    """Is the first word of ``text`` a verb (增加…), by its tag or the
    vocabulary — not a noun whose verb comes after it (人员保障)?"""
    toks = tokens(text)
    return bool(toks) and (toks[0][2].startswith("v") or toks[0][1] in _all_verbs())


def _starts_with_verb(text: str) -> bool:
    """Does ``text`` open on a verb word (see _opens_on_a_verb_word), or
    name a verb of the ask classes anywhere (人员保障)?"""
    return _opens_on_a_verb_word(text) or (bool(tokens(text)) and bool(_classes(text)))


def _splits_a_total(before: str, after: str) -> bool:
    """Does the clause ``before`` a plan or need word state a total, and
    the text ``after`` it split that total over two sources or more (总投资
    3870万元，‖拟申请‖中央补助资金2700万元，省级配套580万元，…)?"""
    return bool(rx("modality", "funding_total").search(before)) \
        and len(rx("modality", "funding_share").findall(after)) >= 2


def _bare_label(text: str, longest: int = 8) -> bool:
    """Is ``text`` a numbered label and a few words only, the head of a part
    (二、申请条件。 一、调整标准) — no clause?"""
    label = rx("matters", "enumeration").match(text)
    return bool(label) and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,%d}[。．.：:]?" % longest, text[label.end():]))


def _unasked_parts(heading: str, under: str, after: list[Paragraph], asked: set[int]) -> str:
    """The parts of a plan laid out under ``heading`` that ask nothing of
    their own: all of ``under`` when none asks; when the plan is the
    writer's view (现提出以下意见：‖一、为…配备…‖三、…系统已运行8年，…请县
    政府同意…), the others — one proposal that asks by its own marker is
    judged against the rest, which the closing puts up; "" otherwise."""
    parts = [t for q in after if (t := squash(q.text)) and t in under]
    mine = [t for q in after if id(q) in asked and (t := squash(q.text)) in under]
    if not mine:
        return under
    if not rx("matters", "view_lead").search(heading) or len(mine) >= len(parts):
        return ""
    return "".join(t for t in parts if t not in mine)


def _plan_heading_body(heading: str, paras: list[Paragraph], start: int) -> str:
    """The text under ``heading`` when it is a numbered heading naming the
    writer's plan (二、补贴方案, 三、实施方案) and parts follow it (``paras``
    from ``start``), up to the next heading of its rank — or a sentence
    leading into the plan it names (…拟定了线路调整方案：), and the numbered
    parts that follow it; "" otherwise."""
    enum = rx("matters", "enumeration")

    def form(lab: str) -> tuple[bool, str]:  # (二、 and 三、 are one rank; （一） another)
        return lab[:1] in "（(", lab[-1:]

    label = enum.match(heading)
    if not label:
        # (…拟定了线路调整方案：‖一、…‖二、…: a sentence that leads into the
        # plan, naming it, and the numbered parts of one rank that follow it)
        first = enum.match(squash(paras[start].text)) if start < len(paras) else None
        if not first:
            return ""
        if not re.search(r"(?:^|[，,。；;])[^，,。；;]{0,20}方案(?:如下)?[：:]$", heading):
            # (为此，我县提出如下意见：‖一、将…纳入…；: the writer's
            # proposals, led in as its view and each a clause of its own, are
            # its plan as well — not the heads of sections (一、调整标准),
            # nor a view in a body laid out in sections of its own (三、调整
            # 意见 … 四、资金测算), whose aspects are one plan's)
            if not rx("matters", "view_lead").search(heading) or _bare_label(squash(paras[start].text), 12) \
                    or any(_bare_label(squash(q.text), 12) for q in paras[:start]):
                return ""
        parts = []
        for q in paras[start:]:
            ql = enum.match(t := squash(q.text))
            if not ql or form(ql.group(0)) != form(first.group(0)):
                break
            parts.append(t)
        return "".join(parts)
    if not re.fullmatch(r"[\u4e00-\u9fff]{0,8}方案[。：:]?", heading[label.end():]):
        return ""

    parts = []
    for q in paras[start:]:  # (cut only once the heading is a plan's)
        ql = enum.match(t := squash(q.text))
        if ql and form(ql.group(0)) == form(label.group(0)):
            break
        parts.append(t)
    return "".join(parts)


def _past_label_and_writer(text: str) -> str:
    """``text`` from where its subject's name starts: past its entry label
    (二、), the writer naming itself (我县) and a word of when the body was
    made (新建, 原): 二、原周村镇敬老院… → 周村镇敬老院…; 我县新建体育中心… →
    体育中心…."""
    label = rx("matters", "enumeration").match(text)
    text = text[label.end():] if label else text
    return re.sub("^(?:" + vocab()["markers"]["writer"] + ")?(?:新建的?|新建成的?|原)?", "", text)


def _disposal_led(clause: str) -> bool:
    """Does ``clause`` open on 将/把 and what is done with its object (将我市
    列入…, 将…补助标准由50元提高至80元) — not the future (将于…, 将在…举行)?"""
    if not re.match(r"(?:将|把)(?!于|在|以|从|自|会|要|可|继续|进一步)", clause):
        return False
    toks = tokens(clause)
    return len(toks) >= 3 and any(f.startswith("v") for _, _, f in toks[2:])


def _parallel(asked: str, clause: str) -> bool:
    """Does ``clause`` ask again in the construction of the ask before it
    (``asked``: its sentence up to the end of its verb phrase), with no
    connective (…安排修复资金1200万元，批准将该镇列为示范镇; 恳请省厅将A
    增加到4500人，将B下放至我市): a verb that grants or decides, or the
    same 将/把 opening as the ask's. (After a semicolon, which ends a
    sentence here, see _disposal_led.)"""
    toks = tokens(clause)
    if not toks or re.search("[中内里]$", clause):
        return False  # (新增投资2600万元中，…: a frame for what follows, no verb phrase)
    first = toks[0][1]
    if first in ("将", "把"):
        opened = re.search(r"(?:" + marker_alt("strong") + r"|[省市县]里|政府|厅|局|委)" + first, asked)
        return bool(opened) and any(f.startswith("v") for _, _, f in toks[1:])
    strong = set(vocab()["verbs"]["decide"]) | set(vocab()["verbs"]["allocate"])
    # a verb as such (not 补贴标准为…), opening no time clause (批准后我校将…),
    # nor one that says what the ask is for (…接入问题，保障首批项目投产用电)
    # (…将该项目列入…重点工程，给予市级补助资金8000万元: the grant word
    # opening a clause that names a resource and counts it gives, as a
    # giving verb does — not 给予支持, which names nothing given)
    if first in vocab()["markers"]["grant"] and kinds_of(clause) - {"procedure"} \
            and rx("matters", "quantity").search(clause):
        return True
    return first in strong and len(first) >= 2 and toks[0][2] == "v" \
        and first not in vocab()["verbs"]["purpose"] \
        and not re.match(re.escape(first) + r"(?:后|以后|之后|时|前)", clause)


def _ends_with_verb(text: str) -> bool:
    toks = tokens(text)
    # (…汽车检测|与维修专业: a verbal noun too — but not a word that names
    # what is asked for, whatever its tag: …物资储备|经费 ends on money)
    return bool(toks) and toks[-1][2] in ("v", "vn") and not kinds_of(toks[-1][1])


def issuer_names(doc: Document) -> tuple[str, ...]:
    names = list(doc.issuers or ([doc.issuer] if doc.issuer else []))
    out = set()
    for n in names:
        n = squash(n)
        out.add(n)
        out.add(re.sub(r"^[\u4e00-\u9fff]{2,4}?[省市县区](?=[\u4e00-\u9fff]{3})", "", n))  # without its place
    return tuple(sorted((n for n in out if n), key=len, reverse=True))


def _issuer_forms(doc: Document) -> list[tuple[str, str]]:
    """Each of the writer's names that ends on a form with a usual short
    form (金村镇人民政府: 人民政府 → 政府), as (its stem before that form, the
    short form): 金村镇, 政府."""
    return [(n[: -len(full)], short) for n in issuer_names(doc)
            for full, short in vocab()["modality"]["short_forms"].items() if n.endswith(full)]


def _issuer_short_names(doc: Document) -> tuple[str, ...]:
    """How the writer calls itself in its own text: its names, and their
    usual short forms (管理委员会 → 管委会, 人民政府 → 政府)."""
    out = set(issuer_names(doc))
    for stem, short in _issuer_forms(doc):
        out.add(short)
        # (金村镇人民政府 → 金村镇政府, 镇政府: the name, or its level
        # alone, before the short form)
        if stem and stem[-1] in "省市县区镇乡":
            out.update({stem + short, stem[-1] + short})
    return tuple(sorted(out, key=len, reverse=True))


_UNITS: dict[int, tuple[Document, list[Paragraph]]] = {}  # the last documents' units (id → doc, units)


def body_paras(doc: Document) -> list[Paragraph]:
    """The document's own 正文 (not a forwarded document after the date, not
    the attachments), in the units the asks are read in: its paragraphs,
    each paragraph that asks and then opens a case of its own cut there
    (see :func:`_units`). The same objects on every call for one document."""
    hit = _UNITS.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    out = []
    for p in own_body_paras(doc):
        if re.match(r"^附件[：:\d一二三四五六七八九十]", squash(p.text)):
            break
        out.extend(_units(p))
    if len(_UNITS) > 4:
        _UNITS.clear()
    _UNITS[id(doc)] = (doc, out)
    return out


def _strong_marker(s: str) -> "_M | None":
    """The first strong marker (恳请、请、申请…) that is a word of the
    sentence (not the 请 of 邀请)."""
    strong = vocab()["markers"]["strong"]
    soft = vocab()["markers"]["soft"]
    # (…拆除重建约需资金65万元，望予解决: a wish whose grant particle follows
    # it at once asks as a strong marker does)
    return next((x for x in _find_markers(s) if x.group(0) in strong
                 or (x.group(0) in soft and re.match(r"(?:予以|给予|予)", s[x.end():]))
                 or (x.group(0) in vocab()["markers"]["need"] and _lays_on_a_superior(s[x.end():]))), None)


def _need_modifies_a_noun(after: str) -> bool:
    """需政府救助的受灾群众共1860户, 四、需省厅支持的其他方面: the need and
    the one it is laid on inside a modifier (…的) of a noun phrase that
    says nothing more — who or what needs it, told or counted, no need put
    up. Not when the noun is a resource (需县财政安排的资金约300万元: the
    money asked, however the sentence is built), nor a lead to a list
    (需县政府协调解决的事项如下：)."""
    clause = re.split(r"[，,。；;！？]", after)[0]
    m = re.match(r"[^的]{2,16}的", clause)
    if not m or re.search(r"[：:]|如下|以下", clause):
        return False
    # (需县里尽快明确收回与否的意见: the superior urged to act — a predicate,
    # its 的 inside the object; no one who needs it is described so)
    if rx("modality", "urgent").match(clause[len(_addressee(clause)):]):
        return False
    noun = clause[m.end():]
    toks = tokens(noun)
    if not toks or not _nominal(toks[0][2]) and toks[0][2] not in ("r", "v"):
        return False
    if kinds_of(noun) or any(f.startswith("v") for _, _, f in toks[1:]):
        return False
    return True


def _shared_with_others(after: str) -> bool:
    """需要政府引导和企业主体作用共同发挥: the need is laid on the superior
    and on parties that are not superiors, to act together — how a thing is
    done in general, a division of roles, not an ask of the superior."""
    joined = re.search(r"[和与及、](?P<other>[^，,。；;]{1,12}?)(?:共同|协同|一起|齐心|合力)", after)
    return bool(joined) and not _addressee(joined["other"]) \
        and not rx("markers", "superior").match(joined["other"])


def _lays_on_a_superior(after: str) -> bool:
    """需县政府协调解决办公用房: a need laid on a superior named right after
    it asks that superior, as a marker does (see _parse_ask)."""
    who = _addressee(after)
    first = _first_asked(who) if who else ""
    return bool(first) and bool(rx("markers", "superior").match(first))


def _own_case_words(told: str, owned_by: str = "", background: frozenset[str] = frozenset()) -> list[str]:
    """The informative words a case tells of its own: no place (山河 of
    山河小学 and of 山河村), none of its subject's owner (村卫生室 of its
    doctors), none of the background."""
    return [w for w in _own(specifics(told) | _event_words(told), background)
            if informative(w) and not _is_place(w) and w not in owned_by]


def _tells_a_case_apart(case: str, before: str) -> bool:
    """Does a sentence's case (我大队营房屋顶漏水严重，…; 县城区环卫工人月工资目前
    为1850元，…) open on a subject the text before never named and tell at
    least two words of its own, none of which that text wrote — as a
    paragraph of its own would (see ``_case_apart``)?"""
    subject, owned_by = _case_subject(case)
    # (申报材料由我局牵头编制… after …名义进行申报: the subject's own word told)
    if not subject or subject in before or (len(subject) >= 4 and (subject[:2] in before or subject[-2:] in before)):
        return False
    own = _own_case_words(case, owned_by)
    return len(own) >= 2 and not any(w in before for w in own)


def _same_subject(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two statements speak of one subject: a word both write, or a thing
    both name (not 卫生 of 公共卫生 in 卫生院, one field's word in another
    body's name), and not only one act both speak of (更换 of 更换路牌 and
    of 电梯更换资金 — an act is no subject)?"""
    return any(informative(w) and not _is_act(w) for w in a & b) or shares_a_thing(a, b)


def _is_act(w: str) -> bool:
    """A word the tagger reads as a verb (更换, 维修): an act, not a thing."""
    t = tokens(w)
    return bool(t) and t[-1][2] in ("v", "vn", "vd")


def _past_turn(text: str) -> str:
    """``text`` past the connective that opens it (同时，我局所属… → 我局所属…)."""
    turn = _leading_turn().match(text)
    return text[turn.end():] if turn else text


def _past_aspect_labels(told: str) -> str:
    """``told`` (paragraphs joined by |) with the aspect each paragraph opens
    under cut off (一、设备。县人民医院… → 县人民医院…): what its paragraphs
    say, not the headings they are filed under."""
    label = rx("matters", "enumeration")

    def cut(p: str) -> str:
        lab = label.match(p)
        at = lab.end() if lab else 0
        aspect = re.match(r"[\u4e00-\u9fff]{2,8}[。：:]", p[at:])
        return p[:at] + p[at + aspect.end():] if aspect else p

    return "|".join(cut(p) for p in told.split("|"))


def _para_opening(b: "Ask") -> tuple[str, str]:
    """The aspect the ask's paragraph opens under, past its turn and label
    (（二）窗口服务系统。… → 窗口服务系统; "" for none), and where the subject
    of the paragraph starts: past that aspect, the writer and the clauses
    of basis (同时，我局所属乡镇农业技术推广站… → 乡镇农业技术推广站…)."""
    if b.para is None:
        return "", ""
    text = _past_label_and_writer(_past_turn(_flat(b.para.text)))
    # (（三）实训设备。县公共实训基地现有…: past the aspect it is under)
    aspect = re.match(r"([\u4e00-\u9fff]{2,8})[。：:]", text)
    return (aspect.group(1) if aspect else "",
            _topic_of(_past_writer_to_its_own(text[aspect.end():] if aspect else text)))


# The words that make what follows a body's own (我局下属的…, 县联社所属…),
# with the owner's name before them (group 1).
_OWNING = re.compile(r"([\u4e00-\u9fff]{0,10}?)(?:下属|所属|直属)的?")


def _opens_on_a_bare_stock(b: "Ask") -> bool:
    """Does ``b``'s paragraph open, past its label and the writer, on what
    is had now with no body named (现有在编工作人员7名…, 目前仅有…)?"""
    return bool(re.match(r"(?:目前|当前)?[，,]?(?:现有|现仅有|仅有|尚无|目前仅有)", _para_opening(b)[1]))


def _past_writer_to_its_own(clause: str) -> str:
    """``clause`` past its label, the writer's name and the word that makes
    what follows the writer's own (我局下属的南岭水利工作站… → 南岭水利工作站…;
    我镇镇属集体企业… → 镇属集体企业…): where the body it opens on begins."""
    clause = _past_label_and_writer(clause)
    own = _OWNING.match(clause)
    return clause[own.end():] if own and not own.group(1) else clause


def _opens_another_case(sentence: str, said: str, told: str, before: str, shift_alone: bool) -> bool:
    """Does ``sentence``, whose case ``said`` tells (its connective off),
    open another case than ``before``'s: not pointing back, not a bare head
    (工程所需…), not what is still lacking of a sum (尚需…); turning to
    another topic, opening on a body or telling a case of a subject
    ``before`` never named — and sharing no subject with it (``told``: all
    the case's text). With ``shift_alone`` a turn to another topic (此外，)
    is enough by itself."""
    if rx("matters", "backref").search(said) or _bare_head_at(said) >= 0 or rx("matters", "remainder").search(said):
        return False
    # (…拟配备移动式大气监测车一辆…。经市场询价，车辆及设备约需150万元。恳请…:
    # reckoning opens no case — it prices what was told before it, as the
    # paragraph of its own that opens so does, see prices_its_plan)
    if rx("matters", "reckoned").match(said):
        return False
    shift = bool(rx("matters", "topic_shift").match(sentence))
    if shift and shift_alone:
        return True
    return (shift or _turns(sentence) or _opens_on_a_new_body(_topic_of(_past_writer_to_its_own(said)), before)
            or _tells_a_case_apart(said, before)) and not _same_subject(_key_words(told), _key_words(before))


def _plans_apart(case: str, before: str, turned: bool = False) -> bool:
    """Does ``case`` state a plan of the writer's (拟更新负压救护车一辆) that
    shares no key word with the plan ``before`` stated (拟利用院内闲置平房改建
    发热门诊) — a second plan put up, as a paragraph of its own would put it
    (see ``_plans_anew``), whatever body or place both name?"""
    if rx("matters", "backref").search(case):
        return False
    # (…请县政府拨付村道水毁修复资金35万元。我镇拟于国庆期间举办…运动会，请…:
    # a unit that asked outright, with no plan of its own — what it said is
    # what the new plan is compared with)
    mine = _stated_plan(case)
    if not mine:
        return False
    # (…将我县…建设任务调增至5万亩…。同时，我县拟于10月…承办全市…现场推进会:
    # after a turn, a plan to hold an occasion where the unit held none is a
    # second plan, whatever field words both name)
    occasion = rx("matters", "occasion_name")
    if turned and occasion.search(mine) and not occasion.search(before):
        return True
    return _shares_no_key_word(mine, before, or_what_it_said=True)


def _asks_its_own_event(asked: str, before: str) -> bool:
    """After a plan its paragraph put up and no ask in words (拟…购置执法执勤
    车辆2辆，…从部门预算中列支。), does an ask name an event or a thing of its
    own, dated as a plan is (批准我局于9月下旬…举办…丰收节: a time word the
    tagger reads as one — 下旬, 春节 — not a bare year, which also dates a
    plan's own schedule: 列入2026年…计划), sharing no key word with that
    plan?"""
    if rx("matters", "backref").search(asked) or not any(f == "t" for _, _, f in tokens(asked)):
        return False
    return _shares_no_key_word(asked, before, or_what_it_said=False)


def _shares_no_key_word(text: str, before: str, or_what_it_said: bool) -> bool:
    """Do ``text``'s key words and those of the plan ``before`` states (or,
    ``or_what_it_said``, of all it says when it states none) share none?"""
    theirs = _stated_plan(before) or (before if or_what_it_said else "")
    a, c = _key_words(text), _key_words(theirs) if theirs else frozenset()
    return bool(a) and bool(c) and not overlap_informative(a, c)


_UNIT_WINDOW = 300  # characters of a unit read before a case that may open in it


_FULL_STOP = re.compile(r"[。！？!?]")


def _listed_plan_marks(t: str) -> set[int]:
    """The semicolons of ``t`` between the parts a colon leads in, where those
    parts ask nothing (拟对集贸市场进行提档升级改造：拆除…；硬化地面…；新建
    公厕1座…。): they are one sentence, the colon's, to its full stop — not a
    list of asks (现请示如下：（1）请…；（2）恳请…), each a sentence of its own.
    One pass over ``t``; each colon's span is read for a marker once."""
    out: set[int] = set()
    for span in re.finditer(r"[：:]([^。！？!?：:]*)", t):
        body = span.group(1)
        if "；" not in body and ";" not in body:
            continue
        stop = _FULL_STOP.search(t, span.end())
        if _strong_marker(t[span.start(): stop.start() if stop else len(t)]) is None:
            out.update(span.start(1) + k for k, ch in enumerate(body) if ch in "；;")
    return out


def _names_apart(asked: str, told: str) -> bool:
    """Does what an ask asks (``asked``, past its marker) name two things or
    more of its own, none of which the plan told before it in its paragraph
    (``told``) names, whole or by two characters of theirs (我局拟…组织开展
    全县古树名木普查，…。请县政府协调县人社局解决我局2名长期临聘护林员的社会
    保险缴纳问题)? Who is to act is no thing it names."""
    rest = asked[len(_addressee(asked)):]
    if rx("matters", "backref").search(rest) or re.search(r"(?:该|此|上述|前述)[\u4e00-\u9fff]", rest):
        return False  # (将该楼无偿提供我局使用: it points back at what was told)
    agent = rx("matters", "agent_names")
    # (its first clause: 同意开班并拨付培训补助18万元，协调…提供实训场地 —
    # the act on the plan comes first)
    rest = re.split(r"[，,；;]", rest, maxsplit=1)[0]
    nouns = {w for _, w, f in tokens(rest) if f[:1] in ("n", "j") and f != "nr"}
    words = [w for w in _key_words(rx("matters", "agent_inline").sub("|", rest))
             if informative(w) and not _is_place(w) and not agent.search(w)]
    pairs = _grams(told, 2)
    return sum(w in nouns for w in words) >= 2 and not any(w in told or _grams(w, 2) & pairs for w in words)


def _cut_from_its_plan(b: Ask, m: "Matter") -> bool:
    """Is ``b`` an ask cut off from the paragraph of ``m``'s plan (see
    :func:`_units`), which names things of its own the plan never named?
    Then the plan is not what it is made for; the table judges it."""
    first = m.first.para
    return b.kind == "explicit" and b.para is not None and first is not None and b.para is not first \
        and b.para.index == first.index and not (b.before or "").strip("，, ") and _names_apart(b.vp or "", m.told)


# A need of a counted thing to be bought, added or made (需新购执法车2辆).
_COUNTED_NEED = re.compile(r"^(?:[^，,。；;]{0,24}[，,])?(?:亟需|急需|还需|需要|需)(?:新购|购置|新增|增加|配备|新建|建设|更新|招聘|补充)"
                           r"[^，,。；;]{1,20}?[0-9一二两三四五六七八九十]+(?:辆|台|套|名|个|座|所|处|间|张|人)")
# A sentence that sums all told above (以上所需资金…, 上述各项合计…), where a
# run-on paragraph is cut. It reads 所需 as a sum, which matters.sums_all
# does not: adding it there moves an ask across the writer's headings in
# the grouping, so the two stay apart until that is measured.
_SUMS_ALL_ABOVE = re.compile(r"(?:以上|上述|前述)(?:各项)?[\u4e00-\u9fff]{0,6}?(?:所需|合计|共计|共需|总计)")


def _needs_counted(s: str) -> bool:
    """Does sentence ``s`` state, in its first clauses, a need of a counted
    thing to be bought, added or made (需新购执法车2辆; 为确保…，需新增负压救护车
    2辆) — not a shortage told (缺口6名), nor a need of what is there?"""
    return bool(_COUNTED_NEED.match(s))


def _units(p: Paragraph) -> list[Paragraph]:
    """A paragraph as the units of what it says. Where a writer asks (or
    states a plan of its own) and then, in the same paragraph, states
    another case and asks again (…拟按现行办法纳入财政补贴。此外，我局办公楼
    屋顶漏水，…，请拨付维修经费; …请县公安局负责。县文化馆目前仅有…，请县委编办
    …增加编制), the paragraph break is only a matter of layout: another
    writer, or a copy from the web, sets the second case in a paragraph of
    its own. It is cut there — at a sentence that announces another matter
    (附带请示一事：), or where another case opens (see
    :func:`_opens_another_case`): in the sentence that asks, stated before
    its ask, or in sentences that ask nothing before the ask or plan that
    takes them up — so that the asks read the same however the paragraphs
    were laid out. The parts keep the paragraph's index."""
    t = mask_quotes(p.text)
    listed = _listed_plan_marks(t)
    ends = [m.end() for m in re.finditer(r"[。！？!?；;]+", t) if m.start() not in listed]
    if len(ends) < 2:
        return [p]
    cuts, start, asked, announced = [], 0, False, False
    marked = False  # the unit asked in words, not only by a plan
    told = 0  # where the sentences since the unit's last ask begin
    for a, b in zip([0] + ends[:-1], ends):
        s = squash(t[a:b])
        m = _strong_marker(s)
        # (not another party's plan the sentence reports: 市教育局近日来函，拟将
        # …联赛放在我县举办 — the case the writer's ask after it takes up)
        plan = bool(stated := _stated_plan(s)) and not _reported_before(s[: max(s.find(stated), 0)].rstrip("，,"), ())
        # (…拟将服务中心整体迁至…。县社区矫正中心现有执法车辆1辆，…。需新购社区
        # 矫正执法车2辆，约需资金36万元。: a need of a counted thing, stated
        # as a paragraph of its own would state it, opens its unit as a plan does)
        plan = plan or _needs_counted(s)
        if asked and not announced and start < told < a and (m is not None or plan):
            # (…拟招聘全科医生2名。镇中心学校现有教师47名，…开不齐。拟招聘教师
            # 5名…: a case told over sentences that ask nothing, then asked
            # for — the unit starts where its telling does)
            # (…拟…增加护理岗位6个…。同时，现有护理员须参加…培训…。县殡仪馆现有
            # 火化机2台，…拟更新…: the case may open in any sentence between,
            # not only the first — the first that opens one)
            # (…县殡仪馆现有遗体冷藏柜12组，…，拟更新…: or in the sentence that
            # states the plan itself, its case before it)
            # (each read against the unit up to its last ask — its last
            # sentences only, in a long run of them: what is read before a
            # case does not grow with the paragraph, nor with the sentences
            # tried)
            before = squash(t[max(start, told - _UNIT_WINDOW):told])
            between = ends[bisect_right(ends, told): bisect_left(ends, a)]
            for x in [told] + between + ([a] if plan and m is None and a > told else []):
                first = squash(t[x: ends[bisect_right(ends, x)]])
                if _opens_another_case(first, first, squash(t[x:b]), before, shift_alone=False):
                    cuts.append(x)
                    start, asked = x, False
                    break
        case = s[: m.start()] if m is not None else ""
        if a > start and m is not None and asked and not announced and _SUMS_ALL_ABOVE.match(s):
            # (…需新购执法车2辆，约需资金34万元。以上所需资金恳请县财政予以安排:
            # the sum of all told above, as a paragraph of its own says it for
            # them all)
            cuts.append(a)
            start, asked, marked = a, False, False
        elif a > start and m is not None and not rx("matters", "backref").search(case):
            said = _leading_turn().sub("", case, count=1)
            # (it states a case before asking: a clause of its own, not
            # 请县自然资源局办理用地手续 nor 同时，请…)
            # (…我县拟申请承办…大会…。顺带提请市政府同意…: the writer says
            # by the way that another matter follows, as 附带请示一事： does)
            if rx("matters", "announces_another").match(s) \
                    or asked and not announced and rx("matters", "by_the_way").search(case) \
                    or asked and not announced and re.search(r"[，,：:]", said) \
                    and (_opens_another_case(s, said, case, squash(t[start:a]), shift_alone=True)
                         or _plans_apart(said, squash(t[start:a]), turned=_turns(s))) \
                    or asked and not marked and not announced and not has_content(said) \
                    and (_asks_its_own_event(s[m.end():], squash(t[start:a]))
                         or not case.strip("，, ") and _names_apart(s[m.end():], squash(t[start:a]))):
                cuts.append(a)
                start, asked, marked = a, False, False
        marked = marked or m is not None
        asked = asked or m is not None or plan
        if m is not None or plan:
            told = b
        # (附带请示一事：… owns the rest of its paragraph: what follows in it
        # is that matter's, whatever it opens on)
        announced = announced or bool(rx("matters", "announces_another").match(s))
    if not cuts:
        return [p]
    bounds = [0] + cuts + [len(p.text)]
    return [replace(p, text=p.text[x:y]) for x, y in zip(bounds, bounds[1:])]


_TOP_LABEL = re.compile(r"[一二三四五六七八九十]{1,2}、")
_SECOND_LABEL = re.compile(r"[（(]([一二三四五六七八九十]{1,2})[)）]")


def _names_asks_part(t: str) -> bool:
    """Is ``t`` a numbered heading of the part that puts up asks or
    suggestions (二、请示事项, 三、意见建议)?"""
    return bool(rx("matters", "asks_heading").search(t)) or bool(
        (_TOP_LABEL.match(t) or _SECOND_LABEL.match(t)) and rx("matters", "suggestions_heading").search(_past_enumeration(t)))


class _SectionHeads:
    """The writer's top-level headings ([matters] ``section_head``, or
    ``asks_heading``), at the document's own top level: 一、 where the draft
    uses it, else （一）, which a short 请示 often uses as its first level
    (GB/T 9704 orders the levels, not which one a draft starts at) — so that
    （一）关于设立… reads as 一、关于设立… does."""

    def __init__(self, paras: list[Paragraph], key: str = "section_head", promote: bool | None = None) -> None:
        self.rx = rx("matters", key)
        if promote is None:
            texts = [squash(p.text) for p in paras]
            promote = not any(_TOP_LABEL.match(t) for t in texts) \
                and sum(bool(_SECOND_LABEL.match(t)) for t in texts) >= 2
        self.promote = promote

    def keyed(self, key: str) -> "_SectionHeads":
        """Another pattern of headings, at the same level."""
        return _SectionHeads([], key, self.promote)

    def top(self, t: str) -> str:
        # (三、意见建议。, 二、请示事项。: a heading that names its part by
        # what the part puts up, on a line of its own, closed by a full stop
        # as a sentence is)
        if t.endswith("。") and "。" not in t[:-1] and _names_asks_part(t[:-1]):
            t = t[:-1]
        return _SECOND_LABEL.sub(r"\1、", t, count=1) if self.promote and _SECOND_LABEL.match(t) else t

    def match(self, t: str) -> "re.Match[str] | None":
        return self.rx.match(self.top(t))

    def search(self, t: str) -> "re.Match[str] | None":
        return self.rx.search(self.top(t))


def find_asks(doc: Document, *, include_ruled_out: bool = False) -> list[Ask]:
    """Every ask of the recipient in the 正文 of a 请示 or 报告, in order.

    With ``include_ruled_out`` the candidates that modality rules out (past,
    future, reported…) come too, their ``modality`` saying why."""
    if doc.doc_type not in REQUEST_TYPES:
        return []  # a 通知/意见/纪要 directs subordinates: its 请… are orders
    from .segment import expect

    names = issuer_names(doc)
    # one dictionary scan for every paragraph that may be segmented
    expect(t for p in body_paras(doc) for t in [squash(mask_quotes(p.text))] if _markers().search(t))
    asks: list[Ask] = []
    enum_start = re.compile("^" + vocab()["matters"]["enumeration"])
    lead_in: Ask | None = None  # the previous paragraph asked for a list (给予以下支持：)

    def unlisted(lead: Ask | None) -> None:
        # a list that asked nothing: the lead-in is the ask (并恳请县政府予以审定：)
        if lead is not None and lead.kind == "lead_in":
            lead.kind = "explicit"
            if lead.modality != "ask" or lead.is_request:
                asks.append(lead)
    n_items = 0
    entry_put_up = False  # the last enumerated paragraph asked
    para_items: dict[int, int] = {}  # paragraphs that are enumerated entries
    section_head = _SectionHeads(body_paras(doc))
    conclusion = rx("matters", "conclusion")
    section, start = None, len(asks)
    asks_heading = section_head.keyed("asks_heading")
    plan_lead = rx("matters", "plan_lead")
    plan_of: dict[int, int] = {}  # paragraph → the plan lead whose list it is in
    plan: int | None = None
    plan_laid_out = False  # a lead laid out the writer's plan before (拟定方案如下：)
    plan_plain: bool | None = False  # the plan's list runs on in paragraphs with no labels
    plan_headed = False  # under an entry's heading on a line of its own
    plan_headings = False  # the plan's entries so far had such headings
    planned = False  # a plan of the writer's stated so far
    plan_words: frozenset[str] = frozenset()  # its key words
    # the paragraph before, when it stated a plan of the writer's: (paragraph, its text, the plan)
    prev_stated: tuple[Paragraph, str, str] | None = None
    backref_rx = rx("matters", "backref")
    section_of: dict[int, str | None] = {}  # paragraph → the heading it stands under
    last_t, last_index = "", -1  # the paragraph before, and its index
    for p in body_paras(doc):
        t = squash(mask_quotes(p.text))
        if not t:
            continue
        # (…‖需调配公交车3辆，…；‖沿线新设候车站点4处，…；‖…: a paragraph after
        # one that closed on a semicolon goes on with the same sentence — an
        # entry of the same list, labelled or not)
        # (not a unit cut from the same paragraph where a case of its own
        # opens — …请批示；‖局机关1辆公务用车…: the cut is what sets it apart)
        semi_run = bool(re.search("[；;]$", last_t)) and p.index != last_index
        last_t, last_index = t, p.index
        # (the parts may be labelled 一、… or by a heading of their own:
        # 关于用地保障。首期所需建设用地…)
        # (or by a topic of two to six characters: 比赛场地。…; 工艺方面，…)
        # (还有一事。…: the writer announces another matter — no part's label)
        announced = bool(rx("matters", "announces_another").match(t))
        # (教室：…‖教师：…: a short topic and its colon label a part by layout,
        # whatever the topic names)
        labelled = bool(enum_start.match(t) or re.match(r"关于[\u4e00-\u9fff]{2,10}[。：:]", t) or _aspect_label(t)
                        or _topic_colon(t))
        # (…拟启动4A级景区创建工作，…梳理需求如下：‖规划。…‖道路。…‖停车场。…‖
        # 游客中心。…: in a list the writer labels by topic, a label that names
        # a thing — 停车场, 游客中心 — labels a part as 道路 does)
        labelled = labelled or bool(plan is not None and plan_plain is False
                                    and re.match(r"[\u4e00-\u9fff]{2,6}。", t) and not _turns(t))
        # (为确保普查按期高质量完成，特请示如下：‖需临时聘用…‖普查所需…经费…:
        # after a lead that ends its paragraph, paragraphs with no labels at
        # all are the list's entries as labelled ones are)
        labelled = labelled or (plan is not None and semi_run)
        if plan_plain is None and plan is not None:
            plan_plain = not labelled
        # (…‖另，南河村光伏电站…: a turn ends a list that has no labels)
        # (现将有关事项请示如下：‖一、活动内容 ‖活动包括… ‖二、组织领导 ‖建议
        # 成立…: entries whose labels are headings on lines of their own —
        # the paragraph under a heading is that entry's; one more after it,
        # past the last entry, may close the whole: 恳请市政府批准设立…。同时，…)
        # (…三、请示事项 ‖（一）…‖（二）…: a heading that announces the asks
        # ends the parts — what it lists is put up item by item)
        if plan is not None and not announced and not (plan_headings and asks_heading.match(t)) \
                and (labelled or ((plan_plain or plan_headed) and not _turns(t))):
            plan_of[id(p)] = plan
            plan_headed = bool(section_head.match(t))
            plan_headings = plan_headings or plan_headed
        else:
            plan, plan_plain, plan_headed, plan_headings = None, False, False, False
        if plan is None and prev_stated is not None and not enum_start.match(prev_stated[1]) and not announced \
                and _aspect_label(t):
            # (我局拟建设县级救灾物资储备库。‖库房。拟利用…‖物资。…: parts
            # labelled by topic straight after the plan — its parts, numbered
            # or not: 一、泊位建设。…)
            plan = plan_of[id(prev_stated[0])] = plan_of[id(p)] = id(prev_stated[0])
        if plan is None and prev_stated is not None and re.search("[；;]$", t) and not enum_start.match(prev_stated[1]) \
                and not _turns(t) and prev_stated[0].index != p.index:
            # (我局…拟开通…夜间公交专线，…。‖需调配新能源公交车3辆，…；‖…: the
            # paragraphs straight after the plan that run on by semicolons
            # tell its parts)
            plan = plan_of[id(prev_stated[0])] = plan_of[id(p)] = id(prev_stated[0])
        if plan is None and prev_stated is not None and enum_start.match(t) and not enum_start.match(prev_stated[1]):
            # (我局拟…开展为期三个月的专项整治行动。‖一、整治方案已经…研究通过，
            # 请县政府审定…: a list straight after the plan, with no lead,
            # whose first entry opens with the plan's own words — its parts)
            opening = re.split(r"[，,。；;：:]", enum_start.sub("", t, count=1), maxsplit=1)[0]
            if _bigram_overlap(opening, prev_stated[2]):
                plan = plan_of[id(prev_stated[0])] = plan_of[id(p)] = id(prev_stated[0])
        # (我局拟设立…中心。有关事项建议如下：; 为保证项目顺利实施，特请示
        # 如下：: a lead to the parts of the plan just stated — the writer's
        # proposals for it, or a lead that points back at it)
        stated = _stated_plan(t)
        plan_words |= _key_words(stated) if stated else frozenset()
        planned = planned or bool(stated)
        lead = re.split(r"[。；;]", t.rstrip("。"))[-1]
        # (我局拟举办…培训班。现将有关事项请示如下：; 为此，我局拟建设…系统，
        # 现请示如下。: the lead after the plan its own paragraph states
        # announces that plan's parts)
        tied = planned and bool(re.search("如下[：:。]$", t)) \
            and bool(re.search("建议如下[：:]$", t) or backref_rx.search(t) or stated
                     or overlap_informative(_key_words(lead), plan_words))
        # (为此，我局拟在…设立热线分理点，…。具体需要：: a short lead of its own
        # sentence, after the plan its paragraph states, asking nothing — the
        # plan's parts follow)
        tied = tied or bool(stated and re.search(r"[。；;][\u4e00-\u9fff]{2,8}[：:]$", t)
                            and not re.search(_alt(vocab()["markers"]["strong"] + vocab()["markers"]["soft"]
                                                   + vocab()["markers"]["plain"]), lead))
        # (学校开办尚面临以下困难：: the difficulties of one thing the lead
        # names — not 我镇存在以下困难：, the writer's several)
        # (县动物疫病预防控制中心现有条件和缺口如下：: the same, said after)
        trouble = re.search(r"(?:面临|存在|遇到)(?:以下|如下)[\u4e00-\u9fff]{0,4}(?:困难|问题|差距|短板)[：:]$"
                            # (…须于6月前通过资质认定，目前差距较大，主要是：: how
                            # large, then what they are)
                            r"|(?:困难|问题|差距|短板|缺口)(?:[\u4e00-\u9fff]{0,3}[，,])?(?:如下|主要有|主要是|主要在|主要包括)[：:]$",
                            lead)
        tied = tied or bool(trouble and _own(_key_words(lead[: trouble.start()]), frozenset()))
        # (对照标准，我中心存在以下差距：: the gaps measured against one
        # standard are the parts of meeting it, whoever has them)
        tied = tied or bool(trouble and re.search(r"对照[^，,。]{0,12}(?:标准|要求|规定)", lead))
        # (经测算，工程所需资金如下：; 开办所需保障如下：: a lead to what one
        # thing needs — 所需 owns the list — not 急需解决以下问题：, the
        # writer's several)
        tied = tied or bool(rx("matters", "needs_lead").search(lead))
        # (…项目总投资约980万元。现就该项目请示如下：: a lead that points at
        # the one thing its paragraph described — a plan or not — announces
        # that thing's parts)
        tied = tied or bool(re.search("如下[：:。]$", t) and backref_rx.search(lead))
        # (我镇拟恢复举办川底古庙会…。‖因人流集中，特请县政府协调以下事项：:
        # a lead of its own right after the paragraph that states the plan)
        lead_own = bool(prev_stated is not None and len(re.findall("[。；;]", t)) == 0
                        and re.search(r"(?:如下|以下[\u4e00-\u9fff]{0,6})[：:]$", t))
        if lead_own and not tied:
            tied = True
            plan_of[id(prev_stated[0])] = id(p)  # the plan's own paragraph is of it too
        # (我局建议县级配套资金500万元按工程进度分三期拨付：‖一、开工时拨付…: the
        # plan its paragraph closes on leads, by its colon, to its own parts)
        tied = tied or bool(stated and re.search(r"[：:]$", t) and lead.endswith(stated))
        prev_stated = (p, t, stated) if stated else None
        # (…第十届全民运动会定于2025年9月在县体育中心举行…。需要协调解决以下
        # 事项：: a lead after the one occasion its paragraph schedules — that
        # occasion's needs)
        tied = tied or bool(re.search(r"(?:如下|以下[\u4e00-\u9fff]{0,6})[：:。]$", t)
                            and rx("matters", "occasion").search(t[: len(t) - len(lead)]))
        # (为确保普查工作顺利实施，特就以下事项请示：: a lead naming the one
        # undertaking its list secures — not 为确保各项工作顺利开展, naming none)
        undertaking = rx("matters", "undertaking").search(lead)
        tied = tied or bool(re.search(r"(?:如下|以下[\u4e00-\u9fff]{0,6})[：:。]$", lead)
                            and undertaking and _key_words(undertaking["what"]))
        # (…确诊为非洲猪瘟。…现将处置工作请示如下：: a lead naming one act
        # on what its paragraph told — its handling, its preparation — as
        # the work put up; not 现将有关事项请示如下, which names none)
        # (现就2025年度评审有关事项请示如下：: the act of its year, named
        # without 工作, as well)
        # (not 现就建设有关事项请示如下, the bare act of any works: a year names
        # one round of the act)
        act = re.search(r"(?:将|就)(?:[0-9]{4}年度?(?P<y>[\u4e00-\u9fff]{2})(?:工作)?|(?P<w>[\u4e00-\u9fff]{2})工作)"
                        r"(?:有关事项|有关情况)?请示如下[：:。]$", lead)
        act_words = tokens(act.group("y") or act.group("w")) if act else ()
        tied = tied or (len(act_words) == 1 and act_words[0][2] in ("v", "vn") and bool(re.search("[。；;]", t)))
        # (现就公开招聘教师有关事项请示如下：: an act and what it acts on —
        # one undertaking named — not 现就建设有关事项, the bare act of any works)
        vo = re.search(r"就(?P<vo>[\u4e00-\u9fff]{3,16}?)(?:的)?有关(?:事项|问题)请示如下[：:。]$", lead)
        vo_words = tokens(vo.group("vo")) if vo else ()
        tied = tied or (len(vo_words) >= 2 and vo_words[-1][2][:1] == "n"
                        and any(f == "v" for _, _, f in vo_words[:-1]))
        # (实施该工程需解决以下问题：一是…；二是…; 现将方案主要内容及需县政府
        # 解决的事项请示如下：: a lead, ending its paragraph or opening entries
        # of its own, that points at the one thing put up — by a pointer or as
        # the plan — announces that thing's parts, whatever it calls them)
        if not tied and (inline := re.search(r"(?:如下|以下[\u4e00-\u9fff]{0,6})[：:]", t)):
            rest = t[inline.end():]
            pointer = re.split(r"[。；;]", t[: inline.start()])[-1]
            tied = (not rest or bool(enum_start.match(rest))) \
                and bool(backref_rx.search(pointer) or "方案" in pointer)
        # (拟定方案如下：一、…四、… ‖ 为此，请示如下：（一）批准上述方案（二）…:
        # a lead that says its list is for what was laid out — 为此 — after
        # the writer's plan laid out by a lead of its own)
        tied = tied or bool(plan_laid_out and re.search("如下[：:。]$", t) and re.match(r"(?:为此|据此)[，,]", lead))
        # (我会拟于今年举办…运动会，并召开…表彰大会，现分别请示如下：: the
        # writer says its entries are put up each on its own — no one plan's parts)
        if rx("matters", "separately").search(lead):
            tied, prev_stated = False, None
        plan_laid_out = plan_laid_out or bool(plan_lead.search(t))
        if plan_lead.search(t) or tied:
            plan = plan_of[id(p)] = id(p)
            plan_plain = None if re.search(r"[：:]$", t) else False  # (the list's first paragraph says)
            plan_headed = plan_headings = False
        if section_head.match(t) or (section is not None and conclusion.match(t)):
            # 综上，…: the conclusion speaks for the whole, under no heading
            for a in asks[start:]:
                a.section = section
            section, start = (section_head.top(t) if section_head.match(t) else None), len(asks)
        section_of[id(p)] = section
        # (not 一、同意设立…中心, an entry; 一、活动安排 opens on a noun — a
        # heading, whatever verb its last word might be)
        heading = section_head.top(t).split("、", 1)[1] if section_head.match(t) else ""
        if lead_in and heading and not heading.startswith("关于") \
                and not (_classes(t) and tokens(heading)[:1] and tokens(heading)[0][2] == "v") \
                and not _markers().search(t):
            # 现将有关事项请示如下：一、建设必要性 (a heading on a line of its
            # own, asking nothing): the lead-in announced an account in parts
            lead_in = None
        if lead_in and enum_start.match(t):
            led_from = len(asks)
            for item in _enum_items(t):
                n_items += 1
                entries = _entry_asks(p, item, n_items, names, doc)
                if lead_in.soft:
                    # (为此提出以下建议：一、由县政府设立…专项资金 ‖ 二、各村进一步
                    # 落实…: advice asks the recipient only in the entries that
                    # name it, or a superior, as the one to act)
                    entries = [e for e in entries if e.kind != "entry" or not _names_lower_actor(e.vp, doc)]
                elif doc.doc_type == "请示":
                    entries = _wished_of_a_body(p, item, n_items, entries, names, doc)
                asks.extend(entries)
                if any(e.is_request for e in entries):
                    lead_in.kind = "entries_led"
            # (…特提出以下事项：‖一、恳请…‖该车可满足…‖二、将…纳入…: a list the
            # lead-in puts up may run on past a paragraph with no label, as one
            # whose entries ask each)
            entry_put_up = any(a.modality == "ask" and a.kind in ("explicit", "entry") for a in asks[led_from:])
            continue
        unlisted(lead_in)
        lead_in = None
        para_item = None
        if enum_start.match(t):
            n_items += 1
            para_item = n_items
            para_items[id(p)] = para_item
        pconn = _turns(t) or bool(re.match(vocab()["matters"]["enumeration"] + "?" + _turn_rx().pattern, t)) \
            or _writer_also_has(t)
        semi = False  # 恳请县政府：A；B。 — the asks after the colon, one a clause
        entry_asked = False  # 一是恳请…；二是… — a labelled entry that asked, its sentence ending in ；
        granting: Ask | None = None  # an ask whose sentence ends in ；(A；同意B。)
        before_para = len(asks)
        for off, s in ask_sentences(t):
            context = t[:off]
            found = _sentence_asks(p, s, context, names, para_item, pconn, doc)
            if isinstance(found, Ask):
                asks.extend(found.asked_before)
                lead_in = found
                continue
            # (一是恳请省政府将…；二是从…资金中安排…；三是将…列入…: the
            # entries after a labelled entry that asked, the marker asks them)
            labelled = enum_start.match(s.lstrip("，,")) if (semi or entry_asked) and not found else None
            if (semi or labelled) and not found and _starts_with_verb(s.rstrip("；;。")[labelled.end() if labelled else 0:]):
                n_items += 1
                found = _entry_asks(p, s.rstrip("；;。"), n_items, names, doc)
            elif granting is not None and not found and (_grant_led(s.rstrip("；;。"))
                                                          or _disposal_led(s.rstrip("；;。"))
                                                          or (s.startswith(("并将", "并把"))
                                                              and bool(rx("matters", "changes_standard").search(s)))
                                                          or _counted_then_granted(s.rstrip("；;。"))
                                                          or (granting.sentence.rstrip().endswith(("；", ";"))
                                                              and (_ask_verb_led(s.rstrip("；;。"))
                                                                   or _for_whom_counted(s.rstrip("；;。"))
                                                                   or _act_counted(s.rstrip("；;。"))))):
                # (…将我县列入…试点县；协调市公安局在…增设…受理点: after a
                # semicolon, which sets asks side by side, any verb an ask is
                # made with opens the next — to coordinate as much as to grant)
                # 特请求县政府核拨…租金18万元；同意张建国同志任…: after a
                # semicolon, a grant verb opens the next ask of the same marker
                # — or a 将/把 with no subject of its own (请省局对方案给予
                # 指导；将我市列入…试点城市: what is to be done with a thing —
                # joined by 并 when it changes a standard in force: …；并将…
                # 补助标准提高到…)
                body = re.sub(r"^并(?=[将把])", "", s.rstrip("；;。"))
                found = [Ask(para=p, sentence=s, kind="coordinated", marker="", addressee=granting.addressee,
                             vp=body, obj=body, before="", context=context, classes=_classes(body),
                             item=para_item, connective=False, text=clip(body), lead="")]
            elif found:
                # the ask's own clause ends in a colon and its sentence in ；
                last = found[-1]
                semi = last.kind == "explicit" and last.is_request and not last.soft and s.rstrip().endswith(("；", ";")) \
                    and bool(re.search(re.escape(last.marker) + "[^，,；;]{0,12}[：:]", s))
            semi = semi and s.rstrip().endswith(("；", ";"))
            entry_asked = bool(found) and isinstance(found, list) and s.rstrip().endswith(("；", ";")) \
                and bool(enum_start.match(s.lstrip("，,"))) and found[-1].modality == "ask" and found[-1].is_request
            # (恳请县政府将该工程列入…。核增县交通运输综合执法大队人员编制3名。: a
            # grant verb with no subject opens the next ask of the same marker
            # after a full stop as after a semicolon)
            granting = found[-1] if found and isinstance(found, list) and s.rstrip().endswith(("；", ";", "。")) \
                and found[-1].kind in ("explicit", "coordinated") and found[-1].modality == "ask" \
                and not found[-1].soft and found[-1].is_request else None
            if found and found[-1].kind == "lead_in_list":
                # 恳请给予以下支持：一是…；二是… in one paragraph
                head = found.pop()
                asks.extend(found)
                for item in _enum_items(t[off + int(head.vp):]):
                    n_items += 1
                    asks.extend(_entry_asks(p, item, n_items, names, doc))
                break
            asks.extend(found)
        # (in a 报告, only a heading that says it puts something up — 三、请示
        # 事项 — not one of problems to be solved, which a report may list)
        put_up = asks_heading.search(section) if section is not None and t != section else None
        if put_up and para_item is not None and lead_in is None and len(asks) == before_para \
                and (put_up.group("put") or doc.doc_type == "请示") \
                and not (asks and asks[-1].sentence.rstrip().endswith(("：", ":"))):
            # (二、请示事项 ‖ （一）将高都镇东沟等8个村划出，设立…: under the
            # heading of what is put up, an entry with no marker of its own
            # is an ask as one after a lead-in is — not the parts of an ask
            # its colon opens: 安排改造经费426万元，分两期拨付： ‖ （一）2025年
            # 拨付260万元…)
            items = _enum_items(t)
            asks.extend(_bare_entry_ask(p, items[0], para_item) if items else [])
        elif section is not None and t != section and para_item is not None and lead_in is None \
                and len(asks) == before_para and rx("matters", "suggestions_heading").search(_past_enumeration(squash(section))):
            # (三、意见建议 ‖ （三）由市委编办为我县…增核事业编制45名: under a
            # heading of suggestions, an entry with no marker of its own
            # suggests as one opening on 建议 does — asking the recipient only
            # where a suggestion would: named, or with 由, and something to give)
            items = _enum_items(t)
            entry = rx("matters", "enumeration").sub("", items[0], count=1) if items else ""
            found = _sentence_asks(p, "建议" + entry, "", names, para_item, False, doc) if entry else []
            for a in found if isinstance(found, list) else []:
                if a.modality == "ask" and a.is_request:
                    a.sentence, a.text = items[0], clip(items[0])
                    asks.append(a)
        elif para_item is not None and lead_in is None and len(asks) == before_para and entry_put_up \
                and doc.doc_type == "请示" and (items := _enum_items(t)) \
                and _disposes(rx("matters", "enumeration").sub("", items[0], count=1)):
            # (一、恳请县政府安排专项资金…购置…消防车… ‖ 二、将大队执勤营房改扩建
            # 工程纳入…建设计划…: an entry after an entry that asked, opening on
            # what it proposes be done with a thing — 将…纳入 — with no marker
            # of its own, asks as its list does; not an entry that tells how or
            # when the work goes, 迁移工作拟选在…)
            asks.extend(_bare_entry_ask(p, items[0], para_item))
        if para_item is not None:
            entry_put_up = any(a.para is p and a.modality == "ask" and a.kind in ("explicit", "entry")
                               for a in asks[before_para:])
    unlisted(lead_in)
    for a in asks[start:]:
        a.section = section
    # (二、资金筹措方案 ‖ 申请车购税补助资金12亿元，申请地方政府专项债券18亿元，
    # 市县财政配套8亿元…: under a heading of where the money comes from, an
    # 申请 that names no one asked tells how it is to be raised)
    funding = rx("modality", "funding_sources")
    for a in asks:
        if a.kind == "explicit" and a.marker.endswith("申请") and not a.addressee and a.modality == "ask" \
                and ((a.section and funding.search(re.split(r"[。：:]", a.section, maxsplit=1)[0]))
                     # (…总投资约160万元，其中申请农村公路危桥改造资金100万元，镇里
                     # 自筹60万元: or a total's parts by where each comes from)
                     or _TOTAL_PARTS.search((a.context or "") + (a.before or ""))):
            a.modality = "reported"
    asks = _implicit_asks(doc, asks, names, para_items)
    for a in asks:
        # (新车购置后，拟将…旧车一辆按规定报废 ‖ …特申请将一辆…消防车购置列入…: a
        # plan for the time after an act another ask asks is that act's next
        # step, not a plan put up of its own)
        lead = (a.before or "").strip("，, ")
        if a.kind == "implicit" and a.marker == "拟" and a.modality == "ask" and len(lead) <= 14 \
                and lead.endswith("后") and (acts := _acts_before_hou(lead)) \
                and any(w in o.sentence for o in asks if o is not a and o.modality == "ask" and o.kind != "closing"
                        and o.para is not a.para for w in acts):
            a.modality = "future"
    # (一、关于撤乡设镇 ‖ …拟撤销山河乡，设立山河镇 ‖ 二、关于购置公务用车 ‖ …拟
    # 购置…: a plan found after the headings were read stands under its
    # paragraph's heading as well, when the headings name matters — not when
    # any names an aspect of one, 一、关于选址和用地 ‖ 二、关于建设规模和投资)
    heads = {h for h in section_of.values() if h}
    if any(a.kind == "implicit" for a in asks) and len(heads) >= 2 \
            and all(h.split("、", 1)[-1].startswith("关于") and not _heading_aspect(h) for h in heads):
        for a in asks:
            if a.kind == "implicit" and a.section is None and a.para is not None:
                a.section = section_of.get(id(a.para))
    _set_preludes(doc, asks)
    for a in asks:
        a.plan = plan_of.get(id(a.para)) if a.para is not None else None
        a.to_recipient = ((bool(a.addressee) and addressed_to_recipient(a.addressee, doc))
                          or (not a.addressee and a.kind == "explicit" and _in_name_of_superior(a.vp))
                          or a.by_department)
    if include_ruled_out:
        return asks
    return [a for a in asks if a.modality == "ask"]


# A total told, then 其中 opening its parts (总投资约160万元，其中…).
# (…采购预算520万元。其中申请…资金300万元，医院自筹…: a budget, and its
# parts opening the next sentence)
# (…总投资约160万元，其中申请…; 估算投资65万元，其中申请…: a sum of money,
# then 其中 — its parts, whatever word stated the sum)
_TOTAL_PARTS = re.compile(r"(?:(?:总投资|总造价|预算|共需|共计|合计|总计|约需)[^。；;！？]{0,20}?[0-9一二两三四五六七八九十百千万亿]+[^。；;！？]{0,8}?"
                          r"|[0-9０-９.一二两三四五六七八九十百千]+(?:万|亿)?元)[，,。]其中$")


def _set_preludes(doc: Document, asks: list[Ask]) -> None:
    """Give each ask the text of the paragraphs written since the paragraph
    of the ask before it (…污水处理厂须提标改造。一、改造内容…二、资金安排
    …请市政府给予补助): the case it states may take several paragraphs."""
    with_asks = {id(a.para) for a in asks if a.para is not None and a.modality == "ask" and a.kind != "closing"}
    since: list[str] = []
    at: dict[int, str] = {}
    led = False  # the last ask's paragraph led into what follows (建设内容包括：)
    leads: dict[int, tuple[str, ...]] = {}  # …and what it led into, by that paragraph
    last = None
    for p in body_paras(doc):
        t = squash(p.text)
        if id(p) in with_asks:
            at[id(p)] = () if led else tuple(since)
            if led and last is not None:
                leads[last] = tuple(since)
            since = []
            led, last = t.endswith(("：", ":")), id(p)
        else:
            since.append(t)
    if led and last is not None:
        leads[last] = tuple(since)
    for a in asks:
        if a.para is not None:
            a.prelude_paras = at.get(id(a.para), ())
            a.led_paras = leads.get(id(a.para), ())


def _norm_org(name: str) -> str:
    n = squash(name)
    n = re.sub(r"^(?:中共)?(?:[\u4e00-\u9fff]{2,4}?(?=[省市县区]))", "", n) if len(n) > 4 else n
    return n.replace("人民政府", "政府")


def addressed_to_recipient(addressee: str, doc: Document) -> bool:
    """The addressee is the document's recipient (县政府 for X县人民政府)
    or a superior named as such (上级, 领导, 贵局). 县里 is a superior only
    where the recipient is of the county (not in a county's report to the city)."""
    # (省卫健委会同省医保局: the body asked leads, the others join it)
    addressee = re.split(_JOINED_BY, addressee, maxsplit=1)[0] or addressee
    level = re.fullmatch(r"([县市省区])(?:里|级?财政)", addressee)
    if level and doc.recipients and not any(level.group(1) in squash(r) for r in doc.recipients):
        return False
    # (市局 in 晋城市人社局's report to 省厅 — 个别县反映…，请求市局增派人员: the
    # writer by its level and kind, asked by others, not the recipient)
    own = re.fullmatch(r"([省市县区])([厅局委办])", addressee)
    level_kind = lambda name: (_level_of(name), squash(name)[-1:])  # 晋城市市场监督管理局 → (市, 局)
    if own and doc.issuer and level_kind(doc.issuer) == own.groups() \
            and not any(level_kind(r) == own.groups() for r in doc.recipients):
        return False
    if rx("markers", "superior").match(addressee):
        return True
    return _names_a_recipient(addressee, doc)


def _names_a_recipient(addressee: str, doc: Document) -> bool:
    """Does ``addressee`` name one of the document's recipients, whole, in
    part or short (省厅 for 山西省商务厅, 市局 for 晋城市自然资源局)?"""
    a = _norm_org(addressee)
    for r in doc.recipients:
        n = _norm_org(r)
        if a and n and (a in n or n in a):
            return True
        # 省厅 for 山西省商务厅, 市局 for 晋城市自然资源局: level + kind of body
        ab = re.fullmatch(r"([省市县区])([厅局委办])", a)
        if ab and n.endswith(ab.group(2)) and ab.group(1) in n:
            return True
        if _abbreviates(a, n):
            return True
    return False


@lru_cache(maxsize=1)
def _given_to() -> re.Pattern[str]:
    """给/为 a body, then what is counted out for it (the table's
    provides_for_another): the pattern names the heads of a body."""
    return re.compile(vocab()["matters"]["given_to"].replace("{body_head}", _alt(_body_heads_longest_first())))


def _given_body(m: "re.Match[str] | None") -> str:
    """The body a ``_given_to`` match counts out for, past the writer's own
    name (为我镇便民服务中心 → 便民服务中心); "" for none."""
    return re.sub("^" + vocab()["markers"]["writer"], "", m.group("body")) if m else ""


@lru_cache(maxsize=1)
def _body_heads_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_body_heads(), key=len, reverse=True))


_LIST_JOINER = re.compile("、|和|及|与")


@lru_cache(maxsize=1)
def _counted_bodies_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A pointer that counts bodies (上述两单位, 这3所学校), and a list of
    bodies named one by one (县文化馆、县图书馆)."""
    heads = _alt(_body_heads_longest_first())
    name = _body_name_rx().pattern
    return (re.compile(r"(?:上述|前述|以上|这)([两二三四五六七八九]|[2-9])(?:个|家|所)?[\u4e00-\u9fff]{0,2}?" + heads),
            re.compile(r"(?:" + name + r"(?:" + _LIST_JOINER.pattern + r"))+" + name))


def _is_deployed(obj: str) -> bool:
    """Does an ask send people or things out to serve (调派救护车8辆…随队保障,
    在主会场设医疗点2处, 派出警力50名) rather than give them to the writer
    (为我局调剂公务用车1辆)? By the verb: a verb of sending or setting up
    on site, and no 为/给 naming who receives ([verbs] deployed)."""
    return bool(rx("verbs", "deployed").match(obj)) and not rx("verbs", "given_to_someone").search(obj)


def _names_body_in(body: str, text: str) -> bool:
    """Does ``text`` name the body ``body`` names — whole, or in full where
    ``body`` is its short name (职教中心 for 职业技术教育中心: its characters
    in their order, ending on the same head)?"""
    if body in text:
        return True
    head = next((h for h in _body_heads_longest_first() if body.endswith(h)), body[-1:])
    return any(_in_order(body[: len(body) - len(head)], text[max(0, k - 14): k]) for k in _find_all(text, head))


def _opens_on_its_acts_cost(text: str, plan: str) -> bool:
    """Does ``text`` open on the cost of the act ``plan`` states (购置…校车2辆
    → 购车费用…; 新建…冷库 → 建库资金…; 对纪念馆重新布展 → 布展设计费…):
    the plan's own words, its act's verb, or a character of that verb and
    then characters of what it is done to, in their order?"""
    x = re.match(r"([\u4e00-\u9fff]{2,4}?)(?:所需)?(?:费用|资金|经费|投资|费)", text)
    if not x:
        return False
    first = re.split(r"[，,。；;]", plan, maxsplit=1)[0]
    if x.group(1)[:2] in first:
        return True  # (布展设计费 after 拟对纪念馆重新布展: its words as they stand)
    # (the first verb of its first clause, past where and when: 在…北侧新建…)
    toks = tokens(first)
    at = next((i for i, (_, w, f) in enumerate(toks) if f.startswith("v") and len(w) >= 2), None)
    if at is None:
        return False
    short, verb = x.group(1), toks[at][1]
    return short.startswith(verb) or (short[0] in verb and _in_order(short[1:], "".join(w for _, w, _ in toks[at + 1:])))


def _in_order(chars: str, text: str) -> bool:
    """Are the characters of ``chars`` in ``text``, in their order (not
    necessarily next to each other)?"""
    at = 0
    for c in chars:
        at = text.find(c, at) + 1
        if not at:
            return False
    return True


def _abbreviates(short: str, full: str) -> bool:
    """A short name made the usual way, of characters of the full name in
    their order, keeping its level and the kind of body (省卫健委 for 山西省
    卫生健康委员会, 市人社局 for 晋城市人力资源和社会保障局)."""
    if len(short) < 3 or len(short) >= len(full) or short[0] not in "省市县区":
        return False
    kind = re.search(r"(委员会|委|局|厅|办公室|办)$", full)
    return bool(kind) and short.endswith(kind.group(1)[0]) and _in_order(short, full)


def _entry_asks(p: Paragraph, item: str, no: int, names, doc: Document | None = None) -> list[Ask]:
    """An entry of a list after a request lead-in: an ask when it opens with
    a verb (the lead-in carries the marker) or is itself an ask."""
    own: list[Ask] = []
    for off, sent in sentences(item):  # （一）关于X。……请县政府予以安排。
        found = _sentence_asks(p, sent, item[:off], names, no, False, doc)
        if isinstance(found, list):
            own.extend(a for a in found if a.kind != "closing")
    # (（一）同意晋城机场申请临时开放航空口岸。: a 申请 of another's inside
    # the entry asks nothing of the recipient — the entry itself still may)
    if any(a.modality == "ask" for a in own):
        return own
    entry = _bare_entry_ask(p, item, no)
    return own + entry if entry and own else entry or own


def _wished_of_a_body(p: Paragraph, item: str, no: int, entries: list[Ask], names, doc: Document) -> list[Ask]:
    """An entry a 请示's lead-in puts up (现就有关事项请示如下：) that asks
    nothing of the recipient but wishes a department of its level would act
    (二、…路面破损严重，希望县住建局将该路段纳入今年城市道路维修计划): put up
    to the recipient, the entry asks it to have that department act — the
    entry is the ask, as one opening on its verb is."""
    if entries:
        return entries
    for _, sent in sentences(item):
        for clause in re.split(r"[，,；;]", sent.rstrip("。；;")):
            for m in _find_markers(clause):
                parsed = _parse_ask(clause, m, names)
                if parsed and parsed["voice"] and parsed["marker"] in _wishes() and parsed["addressee"] \
                        and _of_recipients_level(parsed["addressee"], doc) and _classes(parsed["vp"]) \
                        and _modality(parsed["lead"], clause[: m.start()], clause) == "ask":
                    return [Ask(para=p, sentence=item, kind="entry", vp=item, obj=item, classes=_classes(item),
                                item=no, text=clip(item))]
    return entries


def _names_lower_actor(body: str, doc: Document | None) -> bool:
    """Does an entry open on someone other than the recipient or a superior
    as the one to act (各村进一步落实…; 县交通、公安等部门加强…) — not 由县政府
    设立…, 县财政每年安排…, nor an entry naming no actor (安排专项资金…)?"""
    body = re.sub(r"^由", "", body)
    if re.match("(?:" + vocab()["matters"]["collective"] + ")[\u4e00-\u9fff]", body):
        return True
    who = _addressee(body)
    return bool(who) and not rx("markers", "superior").match(who) \
        and not (doc is not None and addressed_to_recipient(who, doc))


def _disposes(body: str) -> bool:
    """Does an entry open on the 将-construction, its object and then its
    verb (将高都镇东沟等8个村划出; 将保福村列入…名单; 将…月基本工资由2800元
    调整为3300元 — a verb the tagger reads as a verbal noun, 调整|vn, is the
    verb there all the same)?"""
    if not body.startswith("将"):
        return False
    return any(f[:1] == "v" for _, _, f in tokens(re.split(r"[，,。；;]", body, maxsplit=1)[0][1:]))


def _bare_entry_ask(p: Paragraph, item: str, no: int) -> list[Ask]:
    """The entry itself as the ask its list's lead-in makes (一、同意…;
    二、资金支持。安排…), or nothing when it opens no act or resource."""
    body = re.sub(r"^" + marker_alt("strong") + "?", "", item)
    label = re.match(r"[\u4e00-\u9fff]{2,8}[。．.：:]", body)
    if label:
        # 一、活动内容。包括开幕式…: a part of the account under its label —
        # an ask only when what follows asks for something (资金支持。安排…)
        rest = body[label.end():]
        if not (_classes(rest) or kinds_of(rest) - {"procedure", "org"}) or _tells_it_done(rest):
            return []
        if rx("matters", "account_label").search(label.group(0)):
            return []  # （一）项目建设内容。建设冷库…，总投资…: the account's own heading
    # (二、西沟小学现有学生仅9名，…，拟于8月撤销该教学点，…: an entry that
    # plans an act — what its lead-in puts up, whatever it costs)
    elif not (_starts_with_verb(body) or kinds_of(item) - {"procedure", "org"} or _disposes(body)
              or _plans_an_act(body)):
        return []
    else:
        payer = rx("matters", "own_payer").search(item)
        # (not 一、同意在李寨乡新建…村卫生室3所，建设资金由我局…统筹解决: an
        # approval asked for, whoever pays for it)
        if payer and "funds" in kinds_of(item[: payer.start()]) and not _opens_deciding(body):
            return []  # 二、迁建费用约86万元，由县政府承担，不需省厅安排: who pays, nothing asked
    if rx("modality", "asks_nothing").search(item):
        # 三、…费用约6万元，拟在…经费中调剂解决，不再另行申请: the writer says
        # it asks nothing for this
        return []
    return [Ask(para=p, sentence=item, kind="entry", vp=body, obj=body, classes=_classes(body),
                item=no, text=clip(item))]


def _tells_it_done(text: str) -> bool:
    """Does ``text`` tell, in its first clause, an act already done (我县已成
    立…领导小组，由…任组长 under 一、组织机构。) and plan nothing after it? The
    part of an account under its label, not an ask its lead-in puts up."""
    first = re.split(r"[，,；;。]", text, maxsplit=1)[0]
    return bool(re.search(r"(?:已经?|业已)(?=[\u4e00-\u9fff])", first)) and not _plans_an_act(text)


def _marker_colon(s: str, end: int) -> bool:
    """Is the clause end before ``end`` a colon right after a request marker
    (建议：由县政府…), with the ask going on after it?"""
    if s[end - 1] not in "：:" or end >= len(s) - 1:
        return False
    m = vocab()["markers"]
    tail = s[max(0, end - 5): end - 1]
    w = next((w for w in m["strong"] + m["soft"] if len(w) >= 2 and tail.endswith(w)), None)
    # (提出以下请求：一是…: a lead-in to a list of asks, not an ask)
    # (一并请示：我局办公楼…: a marker that asks only with an addressee, its
    # colon right after it — the label of what follows, not its addressee)
    return w is not None and w not in m["needs_addressee"] and not rx("matters", "enumeration").match(s[end:]) \
        and not re.search(r"(?:以下|如下|下列|几点|[一二三四五六七八九十两几]点|[一二三四五六七八九十两几]项)$",
                          s[: end - 1 - len(w)])


_LISTED_SUM = re.compile(r"[0-9.]+(?:万元|亿元)、")
_LISTED_SUM_ITEM = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:资金|经费|费用|补助)[0-9.]+(?:万元|亿元)(?=[，,。；;、]|$)")


def _told_apart(doc: Document, p: Paragraph, first: str, second: str) -> bool:
    """Did paragraphs of their own — other than ``p``, where both are asked —
    tell what ``first`` and ``second`` are for, none telling both?"""
    def told_in(text: str) -> set[int]:
        words = [w for w in specifics(text) if informative(w) and not _is_place(w)]
        return {i for i, q in enumerate(body_paras(doc)) if q is not p and any(w in _flat(q.text) for w in words)}
    a, b = told_in(first), told_in(second)
    return bool(a) and bool(b) and not (a & b)


def _clause_subject_elided(clause: str) -> bool:
    """Does ``clause`` open on 申请 as the writer's own act, its subject
    elided, and ask for something it counts or an act (申请更新1辆, 申请…
    资金170万元) — not on a noun 申请 modifies (申请材料已…)?"""
    toks = tokens(clause[:12])
    if len(toks) < 2 or toks[0][1] != "申请":
        return False
    # (申请将床位增加到40张: 将 fronts what the act is done to — 申请 a verb
    # there, as before a verb)
    return toks[1][2][:1] == "v" or toks[1][1] in ("将", "把") or bool(rx("matters", "quantity").search(clause))


def _sentence_asks(p, s: str, context: str, names, item, pconn: bool, doc) -> list[Ask] | Ask:
    """The asks of sentence ``s``; or, when it leads in a list of asks
    (恳请给予以下支持：), the lead-in as an Ask of kind "lead_in"."""
    s_strip = s.lstrip("，,、 ")
    if _bare_label(s_strip):
        return []  # 二、申请条件。: the label of a numbered part, not a clause that asks
    def closing_ask(formula: str) -> Ask:
        return Ask(para=p, sentence=s, kind="closing", marker=formula, vp=formula, obj="", context=context,
                   text=formula, classes=_contained_classes(formula))

    closing = _closing(s_strip)
    if closing and len(closing) < len(s_strip.rstrip("。！!")) and s_strip.startswith(closing):
        # (…妥否，请批示，并请批准…: the closing, then the ask after it)
        # (并 joins it to the closing, as after 以上请示，请予审核: no turn)
        rest = _sentence_asks(p, re.sub("^并(?=恳?请)", "", s_strip[len(closing):].lstrip("，,")), context + closing + "，",
                              names, item, pconn, doc)
        return [closing_ask(closing)] + (rest if isinstance(rest, list) else [])
    if closing:
        return [closing_ask(closing)]
    if doc is not None and doc.doc_type == "请示" and rx("markers", "puts_up_matters").search(s_strip):
        # (现就供热工作提出以下事项：: the lead-in, its entries the asks)
        return Ask(para=p, sentence=s, kind="lead_in", context=context, text=clip(s_strip))
    for k in [m.start() for m in re.finditer(r"[，,]", s_strip)][1:]:
        # 以上请示，请予审核，其中撤乡设镇事项请转报…: a closing, then more
        if _bare_decision(s_strip[:k]):
            # (…，并请转报…: 并 joins it to the closing, it turns to nothing)
            rest = _sentence_asks(p, re.sub("^并(?=请)", "", s_strip[k + 1:]), context + s_strip[: k + 1],
                                  names, item, pconn, doc)
            return [closing_ask(s_strip[:k].rstrip("。！!"))] + (rest if isinstance(rest, list) else [])
    out: list[Ask] = []
    sconn = pconn or _turns(s_strip)
    funding = rx("modality", "funding_sources")
    # clauses: split at ，：; keep offsets into the sentence
    # (and at 、 before a grant verb: 核拨救助资金60万元、批准我镇举办丰收节)
    # (为此建议：由县政府牵头协调…: the colon after a marker introduces
    # what it asks, in the same clause)
    # (a sentence with no marker word asks only as a wish put as a condition
    # or a submission, read below: its clauses are not cut at all)
    told: set[int] = set()
    vp_conj: set[int] = set()
    listed_vp: set[int] = set()
    clauses: list[tuple[int, str]] = []
    if _markers().search(s):
        ends = [m.end() for m in _CLAUSE_END.finditer(s)]
        told = {e for e in ends if _marker_colon(s, e)}
        ends = [e for e in ends if e not in told] + [m.end() for m in _grant_after_comma().finditer(s)]
        # (…批准县图书馆增设公益性岗位4个以及自今年起按…标准发放…补助; …设立
        # 养老服务站和为镇市场监管所配备执法车辆1辆: a conjunction joining a
        # second verb phrase — the marker asks it too)
        vp_conj = {m.start() for m in rx("coordination", "vp_conjunction").finditer(s) if _joins_verb_phrases(s, m)}
        ends += list(vp_conj)
        # (批准该监测站建设项目、增加我市…专项资金分配额度1500万元: a 顿号 between
        # two verb phrases, the second opening on a verb that decides or gives
        # with an object of its own — by the verb classes, as a conjunction's)
        # (not 批准撤销晋庙铺乡、设立晋庙铺镇: the deciding verb's object is itself
        # a verb phrase, and the 顿号 lists another — both what it approves)
        # (a preposition's phrase after the 顿号 names whom the second act is
        # for — 同意设立…专区、为我局调剂公务用车1辆: an act of its own, not one
        # more the deciding verb approves)
        listed_vp = {m.end() for m in _LISTED_VP.finditer(s)
                     if m.end() not in ends and _joins_verb_phrases(s, m)
                     and (m.group("prep") or not _decides_acts(s[: m.start()]))}
        # (恳请县政府安排高都派出所迁建资金560万元、县城交通信号系统升级资金780万元:
        # a 顿号 between two sums, each for a thing a paragraph of its own told —
        # two asks the one marker makes, for the grouping to judge)
        if doc is not None:
            for m in _LISTED_SUM.finditer(s):
                k = m.end()
                start = max(s.rfind(c, 0, m.start()) for c in "，,：:；;。、") + 1
                nxt = _LISTED_SUM_ITEM.match(s, k)
                if k not in ends and nxt and _told_apart(doc, p, s[start: m.start()], nxt.group(0)):
                    listed_vp.add(k)
                    ends.append(k)
        ends += [k for k in listed_vp if k not in ends]
        bounds = [0] + sorted(ends) + [len(s) + 1]
        clauses = [(bounds[i], s[bounds[i]: bounds[i + 1]]) for i in range(len(bounds) - 1) if s[bounds[i]: bounds[i + 1]]]
    last_ask: Ask | None = None
    last_clause = -1  # the clause the last ask was made in
    swallowed = -1  # a clause read as the content of the ask before it
    for ci, (coff, c) in enumerate(clauses):
        if ci == swallowed:
            last_clause = ci
            continue
        if ci == 0 and c[-1:] in "：:" and (lab := rx("matters", "announces_another").match(c)) and lab.end() == len(c):
            continue  # (一并请求解决：… — the label that says another matter follows, no ask of its own)
        body = c.rstrip("，,：:。；;！？!?、")
        for e in told:
            if coff < e <= coff + len(body):
                body = body[: e - 1 - coff] + body[e - coff:]  # (建议：由县政府… reads as 建议由县政府…)
        ms = _find_markers(body)
        made = False
        for m in ms:
            parsed = _parse_ask(body, m, names)
            if parsed is None:
                continue
            sentence_lead = s[: coff + m.start()]
            if not parsed["voice"]:
                if out or last_ask:
                    break
                mod = "past" if _past(parsed["lead"]) else "reported"
                a = Ask(para=p, sentence=s, kind="explicit", marker=m.group(0), modality=mod,
                        before=sentence_lead, context=context, text=clip(body))
                out.append(a)
                made = True
                break
            marker = parsed["marker"]
            mod = _modality(parsed["lead"], sentence_lead, body)
            if mod == "ask" and not parsed["addressee"] and re.search(r"[，,]并$", sentence_lead) \
                    and _past(re.split(r"[，,。；;]", sentence_lead[:-2])[-1]):
                mod = "past"  # 县财政已安排1.1亿元，并申请地方政府专项债券…: joined to what is done, done too
            if mod == "ask" and doc is not None and _a_past_time(sentence_lead, parsed["lead"], doc):
                mod = "past"  # 2023年，我中心报请配置…，经县政府同意后已…: a year before the document's
            # (…现场查看，并请县住建局、县供电公司技术人员进行了论证: an act the
            # body asked has done, 了 marking it complete — what was asked
            # then; an ask made now asks for what is yet to be done)
            if mod == "ask" and _DONE.search(re.split(r"[，,。；;]", body[m.end():], maxsplit=1)[0]):
                mod = "past"
            if mod == "ask" and body[m.end():].startswith("的"):
                mod = "reported"  # 我局向市局申请的资金已到位: a modifier, not an ask
            # (an entry's label is no lead of its own: 村民提出了三方面要求：一是请…)
            bare_lead = rx("matters", "enumeration").sub("", parsed["lead"], count=1)
            if mod == "ask" and (not bare_lead or rx("coordination", "connective").fullmatch(bare_lead)) \
                    and (said := _reported_before(near_end(s[:coff], BEFORE_WINDOW), names)) \
                    and (said == "content" or marker in vocab()["markers"]["wish"]
                         or not (parsed["addressee"] and doc is not None
                                 and addressed_to_recipient(parsed["addressee"], doc))):
                # 乡镇反映…，请求提高补贴标准: the reporter's request, not the
                # writer's; (业主集体反映…，希望政府督促解决: a wish with no
                # subject of its own goes on with the report, whoever it names)
                mod = "reported"
            via = re.search("向(" + vocab()["markers"]["addressee"] + ")$", parsed["lead"])
            # (我局拟向市局申请… in a report to the county: a superior by its
            # level and kind, but not the one the document is sent to)
            if mod == "ask" and via and doc is not None and (
                    not addressed_to_recipient(via.group(1), doc)
                    or (doc.recipients and re.fullmatch(r"[省市][厅局委]", via.group(1))
                        and not _names_a_recipient(via.group(1), doc))):
                mod = "reported"  # 向市林业局申请…: asked of another body
            vp = parsed["vp"]
            addressee = parsed["addressee"]
            grant = parsed["grant"]
            by = _by_recipient(vp, doc) if not addressee and doc is not None else None
            department = False
            if by is None and not addressee and doc is not None:
                # 建议由县人社局在乡政府院内设立一个创业孵化点 (in a 请示): a
                # department of the recipient to give — the recipient to have it done
                by = _by_department(vp, doc)
                department = by is not None
            elif addressee and doc is not None and (marker in _wishes() or (marker == "建议" and _for_the_writer(vp))) \
                    and not addressed_to_recipient(addressee, doc):
                # (…救生衣只有30件，…，盼县防汛办早日调拨冲锋舟2艘、救生衣100件:
                # a wish, not advice, that a department of the recipient's
                # level give things counted out — the recipient asked, through it)
                department = _recipients_department(addressee, vp, doc, coordinates=marker in _wishes())
            if by:
                # 建议由市财政从…资金中给予补助: the recipient's purse, named with 由
                addressee, vp, gives = by
                grant = grant or gives
            after_marker = body[m.end():]
            if mod == "ask" and addressee and marker == "请" and after_marker.startswith(addressee + "的") \
                    and not rx("markers", "superior").match(addressee) \
                    and not (doc is not None and addressed_to_recipient(addressee, doc)):
                # 目前只能请县医院的医生每周来一天: someone of a body that is
                # neither the recipient nor a superior, invited by the writer —
                # the writer's own doing, not an ask of the recipient
                mod = "reported"
            # an instruction handed down is worded with 请 (请于…前报送); 恳请、
            # 请求、申请、报请 only ever ask upward
            plain = marker in vocab()["markers"]["plain"]
            if rx("markers", "lower_addressee").match(after_marker) or (plain and not addressee and _instruction(vp)):
                mod = "lower" if mod == "ask" else mod
            rest = s[coff + len(c):]
            listed = bool(rx("matters", "enumeration").match(rest))
            # (…请示如下。 — a lead closed with a full stop, as often as a colon,
            # when it ends its paragraph)
            leads = c.endswith(("：", ":")) or (ci == len(clauses) - 1 and bool(re.search("(?:如下|以下|下列)[。.]$", c)))
            # (当前，有关工作需市政府研究支持，现请示如下：: an ask that names no
            # thing, its verbs alone, then the lead that puts the list up in a
            # clause of its own — it announces what the paragraphs below ask)
            if not leads and ci == len(clauses) - 2 and _ANNOUNCES.fullmatch(clauses[-1][1]) and vp \
                    and all(f[:1] == "v" for _, _, f in tokens(vp)):
                return out
            if leads and (listed or (ci == len(clauses) - 1
                                                     and (vp or re.search("如下|以下|下列", after_marker)
                                                          or re.search("(?:如下|以下|下列|几点|几条)$", body[: m.start()])
                                                          # (为此建议：‖一、…: a soft marker and its colon
                                                          # alone — suggestions follow, each judged)
                                                          or (not after_marker.strip()
                                                              and marker in vocab()["markers"]["soft"])))):
                # 恳请县政府给予以下支持： / 现就有关事项请示如下： then a list
                if rx("markers", "account").search(body[: m.start()] + after_marker):
                    # 现将有关情况请示如下：an account follows, not a list of
                    # asks — what its sentence asked before it still asks
                    return out
                if rest and rx("matters", "enumeration").search(rest):
                    # the list goes on in this paragraph (past the ；)
                    out.append(Ask(para=p, sentence=s, kind="lead_in_list", vp=str(coff + len(c))))
                    return out
                # the lead-in itself, should what it introduces ask nothing
                # (…报告如下，并恳请县政府予以审定：一、推进情况。…)
                # (请求县里为我镇增加护林员8名，同时就…加挂牌子事项请示如下：
                # — an ask its sentence made before the lead is an ask still)
                return Ask(para=p, sentence=s, kind="lead_in", marker=marker, addressee=addressee,
                           grant=grant, verb=_first_verb(vp), vp=vp, obj=vp, before=sentence_lead,
                           context=context, classes=_classes(vp), soft=marker in vocab()["markers"]["soft"],
                           modality=mod, text=clip(body), asked_before=tuple(out))
            if marker in vocab()["markers"]["needs_addressee"] and not addressee \
                    and not (re.fullmatch("(?:" + _connectives() + ")", parsed["lead"]) and _starts_with_verb(vp)):
                # (not 按程序请示, 请示事项: 请示 with no one it is made to asks
                # nothing — unless a word that adds it to the document's asks
                # opens its clause and a verb follows: …，一并请示更新1辆)
                continue
            if marker in vocab()["markers"]["need"] and doc is not None and addressee \
                    and not addressed_to_recipient(_first_asked(addressee), doc):
                continue  # (a county's report to the city: 需县财政配套 is its own purse)
            if re.search("以下|下列", re.split("[：:]", sentence_lead)[-1]) and not _names_something(vp):
                # 发现以下两个问题，需县政府研究决定: it puts up what follows
                # and names nothing itself — a lead, like a closing
                return [Ask(para=p, sentence=s, kind="closing", marker=clip(body, 40), vp=vp, obj="",
                            context=context, text=clip(body), classes=_classes(vp))]
            if marker.endswith("申请") and mod == "ask":
                if funding.search(s[:coff] + context[-40:]) or funding.search(s):
                    mod = "reported"
                elif coff > 0 and marker == "申请" and not parsed["lead"] and not addressee \
                        and not any(x.modality == "ask" for x in out) and not (last_ask and last_ask.modality == "ask"):
                    # 申请 opening a clause after ，: an ask only at a real
                    # sentence start, continuing a list of asks, or naming
                    # whom it asks (…，申请县政府拨付…) — or when the
                    # sentence's subject is the writer, counting its own
                    # shortage (我局现有辅警312名，尚缺约70名，申请新招录…)
                    own = re.match(vocab()["markers"]["writer"], _leading_turn().sub("", s_strip, count=1)) \
                        and not re.search("[的之]$", s[:coff].rstrip("，,")) and mod == "ask"
                    # (…，县委、县政府经研究，申请承办…: after the writer's own
                    # deliberation the clause is its decision to ask)
                    deliberated = re.search(r"(?:^|[，,])[\u4e00-\u9fff、]{0,12}?经[\u4e00-\u9fff、]{0,16}?(?:研究|讨论|审议)(?:决定)?$",
                                            s[:coff].rstrip("，,"))
                    # (依照《…管理办法》，申请将…命名为…: after the basis the
                    # sentence opens on, the clause is the writer applying under
                    # it; 为保障全镇…急救需求，申请为卫生院更新…: or the purpose)
                    based = re.fullmatch(r"(?:依照|根据|按照|依据|为了?)[^，,。；;]{2,48}?[，,]", s[:coff].lstrip())
                    deliberated = deliberated or based
                    # (再者，申请…: a connective and its comma opening the
                    # sentence leave the clause at the sentence's start)
                    opening = bool(_leading_turn().fullmatch(s[:coff].lstrip()))
                    # (in a 请示, a clause whose subject is elided after a case
                    # it states — 局机关现有公务用车1辆，…已行驶31万公里，申请更新
                    # 1辆; 项目总投资260万元，镇村自筹90万元，申请县级…资金170万元 —
                    # is the writer asking, as 我局申请… is: what a 报告 narrates
                    # so is the past)
                    # (…难以满足…住院需求，申请将床位增加到40张，并相应增加…编制6名:
                    # the clauses after it joined to it by 并 ask on with it)
                    elided = doc.doc_type == "请示" and item is None and _clause_subject_elided(s[coff:]) \
                        and not re.search(r"[，,；;：:](?!并|同时)", s[coff:].rstrip("。；;，,"))
                    # (…，我镇文化广场设施完备，申请由我镇承办本届…决赛: 申请由
                    # names who is to act — the recipient assigns it, as
                    # 恳请由… asks it to)
                    assigns = s[coff:].startswith("申请由")
                    # (同时，我市已有…特色学校46所，申请在…设立晋城分赛区: in a 请示,
                    # what the writer has, as much as what it lacks, is the case
                    # it applies on)
                    if s[coff - 1] in "，," and not (own and (_states_a_need(s[:coff]) or doc.doc_type == "请示")) and not deliberated \
                            and not opening and not elided and not assigns:
                        continue
            if not vp and ci + 1 < len(clauses):
                vp = clauses[ci + 1][1].rstrip("，,：:。；;！？!?")
            elif ci + 1 < len(clauses) and rx("coordination", "open_frame").search(vp):
                # 同意我市在…评估的基础上，对…边界作局部调整: a frame (在…基础上)
                # the comma leaves open — the verb phrase goes on after it
                vp = vp + "，" + clauses[ci + 1][1].rstrip("，,：:。；;！？!?")
            elif ci + 1 < len(clauses) and _only_a_frame(vp) and not _find_markers(clauses[ci + 1][1]):
                # 恳请县财政按每人每月600元标准，安排…补助: a preposition and its
                # noun alone before the comma — the verb it frames follows, the
                # one act asked
                vp = vp + "，" + clauses[ci + 1][1].rstrip("，,：:。；;！？!?")
                swallowed = ci + 1
            elif ci + 1 < len(clauses) and vp in verb_classes()["decide"] and not _find_markers(clauses[ci + 1][1]) \
                    and not rx("coordination", "connective").match(clauses[ci + 1][1]) \
                    and not _closing(clauses[ci + 1][1]):
                # 一并恳请县政府批准，对…商贸企业…给予贴息: a deciding verb alone
                # before the comma — what it decides follows, its object
                vp = vp + "，" + clauses[ci + 1][1].rstrip("，,：:。；;！？!?")
            elif ci + 1 < len(clauses) and (_is_service(vp) or _attention_only(vp)) and not _find_markers(clauses[ci + 1][1]) \
                    and not rx("coordination", "connective").match(clauses[ci + 1][1]) \
                    and not _closing(clauses[ci + 1][1]) and _acts_on_a_thing(clauses[ci + 1][1]):
                # 望县政府继续支持，将年货节商户补贴资金列入…预算: support alone
                # before the comma — the act after it says what support is asked
                # (望县政府高度重视，在2026年预算中安排…专项资金300万元: or
                # attention alone, an act of no class on no thing)
                vp = vp + "，" + clauses[ci + 1][1].rstrip("，,：:。；;！？!?")
                swallowed = ci + 1
            elif ci + 1 < len(clauses) and _mediates_only(vp) and not _find_markers(clauses[ci + 1][1]) \
                    and not rx("coordination", "connective").match(clauses[ci + 1][1]):
                # 协调省委编办，为救援大队核定事业编制30名: the ask names only the
                # body it is to work through — what that body is to do follows
                # the comma, the content of this one ask
                vp = vp + "，" + clauses[ci + 1][1].rstrip("，,：:。；;！？!?")
                swallowed = ci + 1
            soft = marker in vocab()["markers"]["soft"]
            # the object: the rest of the sentence (cut at the next ask below)
            obj = after_marker + _cut_at_procedure(_cut_at_statement(near_start(s[coff + len(c):], OBJECT_WINDOW)))
            # (建议由县政府召开专题会议，协调…: the one named with 由 stands
            # where an addressee does — its object starts after it as well)
            obj = obj[len(addressee):] if obj.startswith(addressee) \
                else obj[obj.find(vp):] if by and obj.startswith("由" + addressee) and vp and vp in obj else obj
            a = Ask(para=p, sentence=s, kind="explicit", marker=marker, addressee=addressee, grant=grant,
                    verb=_first_verb(vp), vp=vp, obj=obj,
                    lead=body[: m.start()] if any(x.modality == "ask" for x in out) else None,
                    before=_own_lead(s, clauses, last_clause, coff + m.start()) if last_ask is not None else sentence_lead,
                    context=context, classes=_classes(vp), soft=soft, item=item,
                    # (此外，…今年拟申请创建，请市政府给予支持: the sentence's
                    # turn is its first ask's that asks — not a mention of
                    # asking before it, which asks nothing)
                    connective=(sconn or _adds_its_own_case(s[:coff], c))
                    if not any(x.modality == "ask" for x in out) else False,
                    modality=mod,
                    to_recipient=(bool(addressee) and doc is not None and addressed_to_recipient(addressee, doc))
                    or (not addressee and _in_name_of_superior(vp)) or department,
                    by_department=department, text=_evidence(s[:coff] + body, body, vp, context))
            if swallowed == ci + 1:
                a.text = clip(a.text.rstrip("，,。；;") + "，" + clauses[ci + 1][1].rstrip("，,：:。；;！？!?"))
            if soft and not a.is_request and mod == "ask":
                continue  # a wish with nothing to grant (希望县政府加强指导)
            if (a._relayed_classes() or c.endswith(("：", ":"))) and ci + 1 < len(clauses):
                # the evidence says what is asked (…参照周边县区做法，按…落实工作补贴;
                # 恳请县政府：在…划拨…用地)
                a.text = clip(body + ("：" if c.endswith(("：", ":")) else "，") + clauses[ci + 1][1].rstrip("，,：:。；;！？!?"))
            out.append(a)
            last_ask = a
            last_clause = ci
            made = True
            if mod == "ask" and (second := _second_of_two(vp)) is not None:
                # (批复同意我镇集镇供暖改造方案和镇中心小学塑胶跑道铺设项目: two
                # projects one verb is asked for — the second asked as well)
                a.vp = vp[: vp.find(second)].rstrip("和及以")
                b2 = Ask(para=p, sentence=s, kind="coordinated", marker="和", addressee=addressee, vp=second,
                         obj=second, before="", context=context, classes=a.classes, item=item,
                         connective=False, text=clip(second), lead="")
                out.append(b2)
                last_ask = b2
            break
        if made:
            continue
        # a clause that goes on asking: …，并批准增设岗位10个
        if last_ask is not None and last_ask.modality == "ask":
            # (及 inside a clause joins what one verb does — 铺设防滑地面及增设
            # 扶手 — unless a verb that asks for a decision follows it:
            # 拨付…资金92万元及批准将…报酬提高至…, the marker asks again)
            # (批准《…制度》及拨付推介会参展经费20万元: a verb that gives after
            # one that only decides — another act, the marker asks again)
            gives_after_deciding = coff in vp_conj and last_ask.classes == frozenset({"decide"}) \
                and bool((toks := tokens(body[1:9])) and "allocate" in _class_verb(toks[0]))
            # (…设立产后康复科及将…补助标准提高至300元: or a disposal of its own)
            disposes = coff in vp_conj and bool(re.match(r"及(?:将|把)", body))
            m = rx("coordination", "connective").match(body) \
                or (rx("coordination", "clause_and").match(body)
                    if coff not in vp_conj or _opens_deciding(body[1:]) or gives_after_deciding or disposes else None)
            parallel = not m and last_clause == ci - 1 and last_ask.kind in ("explicit", "coordinated") \
                and _parallel(last_ask.sentence[: last_ask.sentence.find(last_ask.vp) + len(last_ask.vp)], body)
            # 恳请县政府批准A，核拨B: a grant verb opens the next clause — the
            # marker asks again, with no connective
            # (not after a plea that itself asks for nothing in particular:
            # 恳请局里考虑我校的实际困难，同意新建学生食堂 — one request)
            granted = not m and not parallel and last_clause == ci - 1 and last_ask.kind in ("explicit", "coordinated") \
                and not last_ask.soft and (bool(last_ask.classes) or bool(_recounted(body))) and _grant_led(body)
            if parallel or granted or (not m and coff in listed_vp and last_clause == ci - 1):
                m = re.match("", body)  # 将A增加到…，将B下放至我市: the same construction again
            if m:
                rest = body[m.end():]
                # (并一并追认我局…: an adverb opens an act, no addressee)
                if _skip_adverbs(rest, shortest=2) == rest:
                    rest = rest[len(_addressee(rest)):]
                # (the 将-construction asks what the ask before it asked)
                again = parallel or granted or coff in vp_conj or coff in listed_vp
                classes = _classes(rest) or (last_ask.classes if again else frozenset())
                # (…，并对乡中学运动场改造给予资金补助180万元: a grant after the
                # one it is for — the marker asks it too)
                gives = bool(m.group(0)) and _gives(rest) \
                    and bool(kinds_of(rest) & frozenset(vocab()["matters"]["resource_kinds"]))
                if rest and (classes or gives or (again and not last_ask.soft)) \
                        and (_starts_with_verb(rest) or again or gives):
                    a = Ask(para=p, sentence=s, kind="coordinated", marker=m.group(0), addressee=last_ask.addressee,
                            vp=rest, obj=rest + _cut_at_procedure(_cut_at_statement(s[coff + len(c):])),
                            before="", context=context, classes=classes,
                            item=item, connective=False, text=clip(rest),
                            # (its own words are its clause: 为加快项目进度，…批准A，核拨B —
                            # B does not point back at 项目)
                            lead="" if granted or coff in listed_vp else None)
                    out.append(a)
                    last_ask = a
                    last_clause = ci
    if not out and doc is not None:
        # 如县里能在明年预算中安排…，将大大改善…: a wish put as what would
        # follow if the recipient acted — an ask of it
        cm = _conditional_ask().search(s)
        if cm and not _past(s[: cm.start()]):
            addressee, vp = cm.group("who") or "", cm.group("vp")
            grant = _gives(vp)
            by = None if addressee else _by_recipient(vp, doc)
            if by:
                addressee, vp, grant = by
            to_recipient = bool(addressee) and addressed_to_recipient(addressee, doc)
            # (如能由县财政先行垫付，…，将…: the recipient's purse named with
            # 由 to act — the recipient asked to act, by any verb, as 请 asks;
            # otherwise a wish, judged as one)
            a = Ask(para=p, sentence=s, kind="explicit", marker="如能", addressee=addressee, grant=grant,
                    verb=_first_verb(vp), vp=vp, obj=vp, before=s[: cm.start()], context=context, classes=_classes(vp),
                    soft=not (by and to_recipient), item=item, connective=sconn, modality="ask",
                    to_recipient=to_recipient, text=clip(s[cm.start():].rstrip("。；;")))
            # (如能在该路口安装一组交通信号灯，将大大方便学生出行: a thing
            # counted out for the writer, whatever the verb that provides it —
            # ending on that thing, not on an act: 如能在暑假期间完成3栋校舍
            # 加固施工, the writer's own works)
            toks = tokens(vp)
            counted = bool(rx("matters", "quantity").search(vp)) and bool(toks) and toks[-1][2] == "n" \
                and not re.match(r"(?:获|得到|到位)", vp)
            if a.is_request or counted:
                out.append(a)
    if not out and doc is not None:
        # 现将5个村庄规划成果报县政府审批: the writer submits a thing for the
        # addressee to decide — an ask of it
        sm = _submission().search(s)
        # (a condition read up to its object, the writer's own words with it,
        # and a future in what it submits: 届时，如…有较大调整，我局将另行修改
        # 后报县政府审定 — what the writer will do, if…; not 现将…成果报…审批)
        if sm and _modality(sm.group("lead") or "", s[: sm.start()], s) == "ask" \
                and not rx("modality", "conditional").search(s[: sm.start("obj")]) \
                and not rx("modality", "future").search(sm.group("obj")):
            who, vp, obj = sm.group("who"), sm.group("vp"), sm.group("obj")
            a = Ask(para=p, sentence=s, kind="explicit", marker="报", addressee=who, verb=vp, vp=vp + obj,
                    obj=obj, before=s[: sm.start()], context=context, classes=_classes(vp), item=item,
                    connective=sconn, modality="ask", to_recipient=addressed_to_recipient(who, doc),
                    text=clip(s[sm.start():].lstrip("，,").rstrip("。；;")))
            if a.to_recipient and a.is_request:
                out.append(a)
    # objects end where the next ask of the sentence starts
    for x, y in zip(out, out[1:]):
        k = x.obj.find(y.vp) if y.vp else -1
        if k > 0:
            # (…补助5000万元，同时请市生态环境局|对项目…: at the next ask's
            # own marker, its addressee no part of this object)
            j = x.obj.rfind(y.marker, 0, k) if y.kind == "explicit" and y.marker else -1
            x.obj = x.obj[: j if j > 0 else k].rstrip("，,并同时另还以及和")
    return out


@lru_cache(maxsize=1)
def _also_ask() -> re.Pattern[str]:
    """A marker said with "also" (并请, 同时恳请, 另请): an ask added to one before."""
    return re.compile("(?:并|同时|另外?|还|也|亦)(?:" + _markers().pattern + ")")


def _said_also(a: Ask, opening: bool = True) -> bool:
    """Is ``a`` said "also" — opening its sentence (并请…, 同时恳请…), or
    just before its marker, past clauses that go on with what came before
    (…，收入上缴县财政，并请批准…)? With ``opening`` false, only the latter."""
    return (opening and bool(_also_ask().match(a.sentence.lstrip("，,")))) \
        or bool(re.search(r"[，,](?:并|同时|另)$", a.before or ""))


@lru_cache(maxsize=1)
def _connectives() -> str:
    """The connectives (此外、同时、另…) as one alternation, the longest first."""
    return _alt(sorted(vocab()["matters"]["connectives"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _turn_rx() -> re.Pattern[str]:
    return re.compile("(?:" + _connectives() + ")(?!" + vocab()["matters"]["not_a_turn"] + ")")


def _second_of_two(vp: str) -> str | None:
    """The second of two projects or sums one verb phrase asks for, joined by
    和/及 (批准A项目和B计划; 拨付A资金28万元及B经费6万元), each ending on its
    own head and sharing no word of note with the other — or None."""
    j = re.search(r"(?:和|及|以及)", vp)
    if not j:
        return None
    first, second = vp[: j.start()], vp[j.end():]
    toks = tokens(first)
    k = 0
    while k < len(toks) and (toks[k][2][:1] == "v" or (k == 0 and toks[k][1] in verb_classes()["decide"])):
        k += 1
    if not k or len(second) < 4:
        return None
    first = first[toks[k][0]:] if k < len(toks) else ""
    end = rx("matters", "project_end")
    # (同意调整该地块规划用途和追加…窗口人员经费15万元: or two acts the one
    # verb decides, the second opening on a verb of giving of its own and
    # ending on the sum it gives)
    acts = k >= 2 and bool(first) and _verb_led(second, _giving()[0]) and bool(end.search(second))
    if not (first and end.search(first) and end.search(second)) and not acts:
        return None
    if overlap_informative(specifics(first), specifics(second)):
        return None
    return second


def _adds_its_own_case(before: str, clause: str) -> bool:
    """Does the ask's clause open on 一并 after clauses of its own sentence
    that state a case (…东部山区8个乡镇旱情较重，一并恳请市政府安排抗旱专项
    资金…; 我局2023年制定的《…办法》…未考虑…，一并请县政府同意修订该办法)?
    The writer adds a matter, as 另外，… does — not the cost of what was
    asked, which its clauses point back to (所需资金8万元，一并请县财政安排)."""
    return clause.startswith("一并") and has_content(before) \
        and not (re.search(r"所需|其", before) or rx("matters", "demonstratives").search(before))


def _writer_also_has(text: str) -> bool:
    """Does ``text`` open, past a time, on the writer saying it also has
    something (今冬我镇还有312户群众…; 我局另有…): "also", a turn as 此外 is,
    though it stands after the subject?"""
    x = re.match(r"([\u4e00-\u9fff]{0,6}?)[，,]?(?:我|本)[\u4e00-\u9fff]{0,3}?(?:还|另)有", text)
    return bool(x) and (not x.group(1) or _only_when(x.group(1)))


def _turn_taken_by(m: "Matter", b: Ask) -> bool:
    """Is the turn ``b`` goes on from, in its paragraph, one an earlier ask
    of ``m`` took (…。同时，中心需服务场地…，请…给予支持。中心装修改造…费用约
    45万元，恳请县财政予以保障, where the 场地 ask joined the 中心 matter)? Then
    ``b`` turns away from nothing of ``m``'s — unless its own sentence turns."""
    if b.para is None or _turns(b.sentence.lstrip("，, ")):
        return False
    return any(a.para is b.para and a.connective and a.sentence != b.sentence for a in m.asks)


def _turns(text: str) -> bool:
    """Does ``text`` open with a connective that turns (此外、同时、另…) —
    not a word that only begins like one (另一方面, the second of a pair of
    labels)?"""
    return bool(_turn_rx().match(text))


@lru_cache(maxsize=1)
def _leading_turn() -> re.Pattern[str]:
    """A connective and its comma opening a sentence (另外，…)."""
    return re.compile(_connectives() + "[，,]")


@lru_cache(maxsize=1)
def _new_statement() -> re.Pattern[str]:
    conn = _connectives()
    # (…补助1200万元，其余资金由我镇积极争取…解决: who pays the rest)
    return re.compile("(?:^|(?<=[，,；;]))(?:" + vocab()["markers"]["writer"] + "|(?:" + conn + ")[，,]|"
                      + vocab()["matters"]["rest_of"] + "(?:" + vocab()["matters"]["need_met_by"]
                      # (其余300万元从…补助资金中列支, 不足部分通过…解决: where the rest comes from)
                      + "|从|通过|拟))")


def _own_lead(s: str, clauses: list[tuple[int, str]], last: int, at: int) -> str:
    """What leads to the ask at ``at`` after an earlier ask of the sentence:
    from where the writer opens a statement of its own (…资金2000万元，我县
    …项目拟使用…地块，请…), else the whole sentence before it."""
    if 0 <= last < len(clauses):
        k = _new_statement().search(s, clauses[last][0] + len(clauses[last][1]), at)
        if k:
            return s[k.start(): at]
    return s[:at]


def _cut_at_forecast(obj: str) -> str:
    """A plan's object up to a clause that forecasts its outcome (预计…)."""
    return _cut_at_clause(obj, lambda c: bool(rx("modality", "forecast").match(c)), first=False)


def _cut_at_statement(rest: str) -> str:
    """The clauses after an ask's own, up to one where the writer, or a
    connective, opens a statement of its own (…资金3000万元，我县城区…项目
    拟使用…; …修缮资金，再者，街道机关食堂…): not what is asked."""
    k = _new_statement().search(rest)
    rest = rest[: k.start()] if k else rest
    # (…拨付清淤资金86.5万元，巴公镇集贸市场原定…开市: a clause opening on
    # a body of its own is that body's statement)
    # (…前期工作经费150万元，建设资金拟申请…解决: a clause whose subject
    # the writer plans for, or has dealt with, is its own statement)
    return _cut_at_clause(rest, lambda c: _opens_with_a_body(c) or _opens_on_a_subject(c) or _opens_on_own_plan(c))


def _opens_on_own_plan(clause: str) -> bool:
    """建设资金拟申请…解决, 项目已完成…: a clause opening on a noun phrase,
    then 拟/计划/将/已 — what the writer plans or did for that thing."""
    toks = tokens(clause)
    n = _leading_nouns(toks, ("vn",))
    return 0 < n < len(toks) and toks[n][1] in ("拟", "计划", "将", "已")


@lru_cache(maxsize=1)
def _grant_after_comma() -> re.Pattern[str]:
    return re.compile("、(?=" + _alt(vocab()["verbs"]["grant_verbs"]) + ")")


@lru_cache(maxsize=4)
def _strong_heads(classes: tuple[str, ...] = ("decide", "allocate")) -> tuple[frozenset[str], frozenset[str]]:
    """The first two characters of the words that decide or give (批准、
    拨付…) — or of any of ``classes`` — and the second characters that make
    a two-character verb one (增拨, 下拨: 拨)."""
    vc, heads = verb_classes(), vocab()["verbs"]["head_morphemes"]
    openings = frozenset(w[:2] for c in classes for w in vc[c] if len(w) >= 2)
    return openings, frozenset(ch for c in classes for ch in heads.get(c, ""))


def _may_open_strong_verb(two: str, classes: tuple[str, ...] = ("decide", "allocate")) -> bool:
    """Could ``two`` (two characters) open a verb that decides or gives
    (or one of ``classes``)?"""
    openings, seconds = _strong_heads(classes)
    return len(two) == 2 and (two in openings or two[1] in seconds)


# (…更换运兵车1辆、协调解决我局机关办公用房不足问题: after a 顿号 between
# two verb phrases, a verb that coordinates is an act of its own too — a
# conjunction joins it to the act before as its means: …并协调…)
_LISTED_CLASSES = ("decide", "allocate", "coordinate")


def _class_verb(tok: tuple[int, str, str]) -> frozenset[str]:
    """The ask classes of a word the tagger reads as a verb — or as an
    adverb, as it reads 同意 and 批准 before a preposition's phrase (同意由我县
    承办…): a word of two characters or more in a verb class is that verb."""
    _, w, f = tok
    if f == "v" or (f == "d" and len(w) >= 2):
        return _classes(w)
    return frozenset()


def _lead_verb(toks: tuple) -> "tuple[int, str, str] | None":
    """The first word of ``toks`` as the verb it leads with: a verbal noun
    before a verb is a verb in a series (研究|确定, 研究 as 研究解决 has it)."""
    if len(toks) > 1 and toks[0][2] == "vn" and toks[1][2] == "v":
        return (toks[0][0], toks[0][1], "v")
    return toks[0] if toks else None


def _opens_deciding(text: str) -> bool:
    """Does ``text`` open with a verb that asks for a decision (批准, 同意),
    past the adverbs before it (一并追认)?"""
    first = _lead_verb(tokens(_skip_adverbs(text[:10], shortest=2)))
    return first is not None and "decide" in _class_verb(first)


def _joins_verb_phrases(s: str, m: re.Match[str]) -> bool:
    """Does the conjunction at ``m`` join two verb phrases: a verb with its
    object before it, in its clause, and after it a preposition's phrase (为
    镇市场监管所, 自今年起按…标准) then a verb with an object of its own?"""
    after = s[m.end():]
    # (first, by its characters alone, whether a preposition — the pattern's
    # ``prep`` — or a verb that decides or gives follows: most 和 join nouns,
    # and cutting words for each would cost every document)
    # (the verb classes that may open the second phrase: after 并 only one
    # that decides; after a 顿号 one that coordinates as well)
    classes = ("decide",) if m.group(0) == "并" else _LISTED_CLASSES if m.group(0).startswith("、") \
        else ("decide", "allocate")
    if not m.group("prep") and not _may_open_strong_verb(after[:2], classes):
        return False
    start = _clause_start(s, m.start())
    lead = s[start: m.start()]
    # (a title in book marks, masked or not, is an object: 审定《…》)
    titled = lead.endswith("》")
    before = tokens(re.sub(r"《[^》]*》$", "", lead) if titled else lead)
    # (…予以安排该项经费和批准…: 经费, a verbal noun to the tagger, is the
    # object a resource names)
    if not any(f.startswith("v") for _, _, f in before[1:]) or not before \
            or not titled and before[-1][2][:1] not in ("n", "m", "q", "j") \
            and not (before[-1][2] == "vn" and kinds_of(before[-1][1]) & frozenset(vocab()["matters"]["resource_kinds"])):
        return False
    end = min([k for k in (after.find(c) for c in "，,；;。") if k >= 0] or [len(after)])
    toks = tokens(after[:end])
    # (…和增拨…运行费用24万元: a verb that decides or gives, then an object
    # of its own — not 审定和批准该方案, two verbs on one object)
    # (并 only before a verb that decides — …纳入…预算并同意我局机关搬迁…;
    # not 将其列入…计划并安排市级补助资金, the money the listing brings)
    # (…资金36万元及研究确定全县敬老院护理员岗位补贴标准: 研究 leads a series)
    # (…并一并追认我局…更新的1辆执法执勤用车: past the adverbs before it)
    verb_at = end - len(_skip_adverbs(after[:end], shortest=2))
    first = _lead_verb(tokens(after[verb_at:end]))
    if first and len(first[1]) >= 2 \
            and _class_verb(first) & set(classes):
        return _names_something(after[verb_at + len(first[1]): end])
    # (协调市规划和自然资源局对…: 自 of 自然, no preposition — the word cut
    # says whether one opens the phrase)
    # (…设立产后康复科及将…补助标准由…提高至…: a disposal of its own — 将 or
    # 把 and its object, then the verb — whatever tag the cut gives 将)
    if not toks or toks[0][2] != "p" and toks[0][1] not in ("将", "把"):
        return False
    # (the verb after the phrase: tagged so, or a word of an ask class the
    # tagger reads otherwise — 为我局调剂(n)公务用车1辆)
    verb = next((i for i, (k, w, f) in enumerate(toks) if i and k <= 18 and (f == "v" or len(w) >= 2 and _classes(w))),
                None)
    return verb is not None and any(f[:1] in ("n", "m") for _, _, f in toks[verb + 1:])


def _decides_acts(lead: str) -> bool:
    """Does the last clause of ``lead`` hold a verb that decides whose object
    opens on a verb (批准|撤销…, 同意|调整…): acts it approves, not a thing?"""
    clause = re.split(r"[，,：:；;。]", lead)[-1]
    toks = tokens(clause)
    decide = verb_classes()["decide"]
    return any(w in decide and toks[i + 1][2].startswith("v") for i, (_, w, _f) in enumerate(toks[:-1]))


@lru_cache(maxsize=1)
def _giving() -> tuple[frozenset[str], re.Pattern[str]]:
    """The verbs of giving (the grant verbs and those that allocate), and the
    one it is for opening a clause before one of them (为镇…执法队|增加)."""
    giving = frozenset(vocab()["verbs"]["grant_verbs"]) | verb_classes()["allocate"]
    return giving, re.compile(r"(?:给|为)[\u4e00-\u9fff]{1,12}?(?=" + _alt(sorted(giving, key=len, reverse=True)) + ")")


def _verb_led(clause: str, verbs: "Iterable[str]") -> bool:
    """Does ``clause`` open with one of ``verbs`` and name something after
    it — not a time clause (批准后我校将…: what follows the grant)?"""
    toks = tokens(clause)
    if len(toks) < 2 or toks[0][1] not in verbs:
        return False
    rest = clause[len(toks[0][1]):]
    return not re.match("(?:后|以后|之后)", rest) and _names_something(rest)


def _counts_a_resource(text: str) -> bool:
    """Does ``text`` count out a resource (资金8万元, 编制3名)?"""
    return bool(rx("matters", "quantity").search(text)) \
        and bool(kinds_of(text) & frozenset(vocab()["matters"]["resource_kinds"]))


def _own_sentence_new_case(b: Ask, m: Matter, writer: tuple[str, ...] = ()) -> bool:
    """Does ``b``'s own sentence, in a paragraph the matter is not in, open
    on a body or place the matter never named and state what it has now,
    before it asks (…园区核心区已建成…。巴公镇现有农村供水工程分散老化，…，
    恳请市政府将巴公镇列为…试点乡镇)? Its case, not the plan's."""
    if b.para is None or id(b.para) in m.paras or b.kind != "explicit":
        return False
    lead = b.sentence[: max(b.sentence.find(b.vp), 0)] if b.vp else ""
    who = re.match(r"([\u4e00-\u9fff]{2,12}?)" + _CASE_VERB, lead.lstrip("，,"))
    if not who:
        return False
    name = who.group(1)
    toks = tokens(name)
    # (a town is a place and a body both: 巴公镇现有…)
    # (not the writer itself, nor its own premises: 县统计局现有办公用房…,
    # 馆内现有库房…)
    return bool(toks) and (toks[0][2] in ("place", "ns") or _opens_with_a_body(name)) and name not in m.told \
        and not _names_body_in(name, m.told) and not _is_the_writer(name, writer) \
        and not re.match(r"[\u4e00-\u9fff]{1,2}[内里]$", name)


def _cost_of_its_act(vp: str, asked: str) -> bool:
    """Does ``vp`` open on the cost of an act whose first word shortens
    what ``asked`` asks for (购车…所需资金36万元，一并解决 after 批准购置负压
    救护车1辆: 购车, the characters of 购置…车 in their order)?"""
    m = re.match(r"([\u4e00-\u9fff]{2,12}?)" + rx("matters", "its_cost").pattern, vp)
    toks = tokens(m.group(1)) if m else ()
    return bool(toks) and len(toks[0][1]) == 2 and _in_order(toks[0][1], asked)


def _counted_then_granted(sentence: str) -> bool:
    """Is ``sentence`` a resource counted out as its topic, then, after a
    comma, only a verb of giving, bare or after 一并/也 (…维修所需资金8万元，
    一并解决)? After an ask, that verb is the same marker's, asked again."""
    head, _, tail = sentence.rpartition("，")
    if not head or not _counts_a_resource(head):
        return False
    verb = re.sub(r"^(?:请|也请)?(?:一并|也|同时)?(?:予以|给予)?", "", tail)
    return verb in _giving()[0]


def _for_whom_counted(clause: str) -> bool:
    """Does ``clause`` open on the one it is for (为/给 and a body), then
    any verb, and count out what it gives (为县残联办公楼加装无障碍电梯一部)?
    After an ask and its semicolon, that is one more thing the same marker
    asks for."""
    toks = tokens(clause)
    if len(toks) < 3 or toks[0][1] not in ("为", "给") or toks[0][2] != "p":
        return False
    verb = next((i for i, (_, _, f) in enumerate(toks) if f[:1] == "v"), None)
    # (为我局增配…: the writer, 我/本 and its head, is one it may be for)
    if verb is None or verb < 2 or not all(f[:1] in ("n", "z", "j", "s") or (i == 1 and w in ("我", "本"))
                                           for i, (_, w, f) in enumerate(toks[1:verb], 1)):
        return False
    return bool(rx("matters", "quantity").search(clause[toks[verb][0]:]))


def _act_counted(clause: str) -> bool:
    """Does ``clause`` open on a verb of two characters or more — no
    subject, no marker — and count out what it acts on (更换已超期服役的公务
    用车一辆)? After an ask and its semicolon, that is one more act the same
    marker asks for — not what the ask's money is for (用于…)."""
    toks = tokens(clause)
    if not toks or toks[0][2] != "v" or len(toks[0][1]) < 2 or rx("matters", "for_what").match(clause) \
            or _turns_or_asks(toks[0][1]) or _markers().match(clause):
        return False
    # (not 更换下来的9辆旧车…: the verb, with its complement, modifies a noun —
    # the things are the subject of what follows)
    if re.match(re.escape(toks[0][1]) + r"(?:下来|出来|上来|起来|过来|下|出)?的", clause):
        return False
    return bool(rx("matters", "quantity").search(clause))


def _ask_verb_led(clause: str) -> bool:
    """Does ``clause`` open with a verb an ask is made with — to decide,
    allocate or coordinate (协调市公安局在…增设…) — and name something?"""
    return _verb_led(clause, frozenset().union(*(verb_classes()[k] for k in ("decide", "allocate", "coordinate"))))


def _recounted(clause: str) -> re.Match[str] | None:
    """Does ``clause`` change the amount of a thing by a count, the thing
    put first with 将/把 (将我县…建设用地计划指标增加200亩)? Only the one
    who allots it does that: a grant, whatever was asked before it."""
    return _disposal(clause, rx("matters", "count_change_verb").pattern + "(?=" + rx("matters", "quantity").pattern + ")")


def _plan_act(vp: str) -> str:
    """The act a plan proposes, by its verb of two characters or more: past
    the thing 将/把 disposes of (将“…”更名为… → 更名), else its first verb."""
    if _disposal_led(vp):
        toks = tokens(vp)
        return next((w for _, w, f in toks[2:] if f.startswith("v") and len(w) >= 2), "")
    act = _first_verb(vp)
    return act if len(act) >= 2 else ""


def _disposal(clause: str, verb: str) -> re.Match[str] | None:
    """将/把, the thing (group "thing"), then ``verb`` — what is done with
    it (将县第二人民医院纳入…规划, 将…指标增加200亩)."""
    return re.match(r"(?:将|把)(?P<thing>[^，,；;。]{2,40}?)" + verb, clause)


def _grant_led(clause: str) -> bool:
    """Does ``clause`` open with a verb only a superior's grant takes, and
    name what is granted (核拨我镇春节慰问金12万元)?"""
    # (给该村安排2户危房改造指标, 为我镇核拨…: the one it is for, then the
    # grant — after the one it is for, any verb of giving is a grant: 为镇
    # 综合行政执法队增加事业编制2名)
    giving, beneficiary = _giving()
    # (…同意我县调整县城供水价格；将县第二人民医院纳入全市区域医疗中心规划:
    # the disposal construction, its thing then a verb that puts it into a
    # plan or list)
    # (not 将其纳入…, 将增加的资金列入…: what was asked, pointed back at)
    # (将我县2025年度新增建设用地计划指标增加200亩: or a verb that changes
    # its amount by a count — only the one who allots it does that)
    disposal = _disposal(clause, rx("matters", "container_verb").pattern) or _recounted(clause)
    if disposal and not rx("matters", "demonstrative").match(disposal["thing"]) and not disposal["thing"].startswith("其") \
            and not re.search(r"的(?:经费|资金|费用|款项)$", disposal["thing"]) \
            and not rx("matters", "its_cost").search(disposal["thing"]) and specifics(disposal["thing"]):
        return True
    # (在2025年市级水利专项资金中安排…资金800万元: the fund it is granted
    # from goes before the verb)
    clause = rx("matters", "grant_source").sub("", clause)
    ben = beneficiary.match(clause)
    return _verb_led(clause[ben.end():] if ben else clause, giving if ben else vocab()["verbs"]["grant_verbs"])


def _cut_at_clause(text: str, stops: Callable[[str], bool], first: bool = True) -> str:
    """``text`` up to its first clause (cut after ，；) that ``stops`` holds
    for; with ``first`` false, the first clause is never cut."""
    at = 0
    for clause in re.split(r"(?<=[，,；;])", text):
        if (first or at) and stops(clause):
            return text[:at]
        at += len(clause)
    return text


def _cut_at_procedure(obj: str) -> str:
    """The clauses after an ask's own, up to one that tells what will follow
    the decision (…批准实施，批准后我校将按程序委托…招标) or what it will
    cost (…，所需经费纳入县财政预算 — the cost of what was asked): not what
    is asked for."""
    fut = rx("modality", "future")
    return _cut_at_clause(obj, lambda c: bool(fut.search(c) or re.match(r"(?:批准|同意|获批)(?:后|之后)", c)
                                              or rx("matters", "its_cost").match(c)))


# How, when and how often a party said what it said (先后书面, 多次, 联名):
# the words between the party and its verb of saying, no part of its name.
_HOW_SAID = "(?:也|又|还|曾|多次|再次|已|先后|相继|陆续|分别|书面|口头|联名|集体|正式)"


_GLOSS = re.compile(r"[（(][^（）()，,。；;]{1,12}[）)]")


def _reported_before(lead: str, issuer_names: tuple[str, ...]) -> str:
    """An earlier clause of the sentence reports another party's words
    (社区向我局反映，…; 部分乡镇提出…，…): a request that follows it with
    no subject and no addressee of its own continues the reported speech.
    "content" when the verb of saying closes its clause (有23家企业提出，
    希望政府协调…): what follows is what they said, whoever it addresses;
    "named" when the report carries its own content (乡镇反映资金缺口大，…);
    "" when nobody else speaks."""
    # (甲、乙等县（市、区）提出，希望…: a gloss in brackets is part of the
    # name it follows — its 、 ends no clause)
    lead = _GLOSS.sub("", lead)
    clauses = [c for c in _CLAUSE_END.split(lead) if c]
    plans_after = False  # a clause of the writer's own plan after the report
    for c in reversed(clauses):
        if re.match(r"(?:经(?:核算|测算|研究|审核|核实|调查|论证|认真研究)|我[\u4e00-\u9fff]{0,3}(?:认为|经研究|核算))", c):
            return ""  # (物业公司提出…，经核算需追加经费…: the writer speaks again)
        if re.match(r"(?:为此|对此|据此)?[，,]?(?:我[\u4e00-\u9fff]{0,3})?拟(?!请)", c) and not _reports(c):
            plans_after = True
        # (金村镇人民政府也致函我局，请求…: another party addressing the
        # writer — whatever the verb — and then its words)
        # (学校向我局报告，请求…: the writer named after 向 or 给, then the
        # verb of that addressing)
        writer = re.search("(?:" + vocab()["markers"]["writer"] + ")$", c)
        who = re.sub(_HOW_SAID + r"*[\u4e00-\u9fff]{1,2}(?:向|给|与|对)?$", "", c[: writer.start()]) if writer else ""
        # (…敬老院先后书面向我局反映: how and when it addressed the writer
        # stand between the party and 向)
        if not writer and (writer := re.search("(?<=[向给])(?:" + vocab()["markers"]["writer"] + ")(?=[\u4e00-\u9fff]{1,2}$)", c)):
            who = re.sub(_HOW_SAID + r"*[向给]$", "", c[: writer.start()])
        # (the party by any head a body's name ends on: 敬老院, 卫生院, 派出所)
        # (not 县减灾委员会办公室设在我局, 该中心挂靠我局: the writer after a
        # preposition of place or belonging — where the body sits, no one
        # addressing the writer)
        if writer and writer.start() >= 2 and not re.match(vocab()["markers"]["writer"], c) \
                and not re.search(r"(?:在|于|归|入|靠|属)$", c[: writer.start()]) \
                and not any(n and c.startswith(n) for n in issuer_names) \
                and (rx("markers", "agent").search(who) or who.endswith(_body_heads())):
            # (2座石料厂…能否复产，企业多次向我镇询问，烦请县政府…予以答复: their
            # question stated before the clause that reports it — what follows
            # is the writer's own plea)
            if any(re.search(r"(?:能否|是否|可否|何时|如何)", x) for x in clauses[: clauses.index(c)]):
                return ""
            return "content"
        found = _reports(c)
        if not found:
            continue
        m = found[0]
        # (三是两家企业反映…: the writer's count of its points is no part of
        # who spoke)
        who = rx("matters", "enumeration").sub("", c[: m.start()], count=1) \
            if rx("matters", "enumeration").match(c) else c[: m.start()]
        rest = c[m.end():].strip("，,：: ")
        if _DEGREE_ONLY.fullmatch(rest):
            # (群众反映强烈，希望县里尽快拨付: how strongly they complain, no
            # words of theirs — the writer's measure, and what follows is its own)
            continue
        if rx("modality", "contained").search(who):
            # (县信访局转来…来信，信中反映…，请求政府出面解决: what a letter
            # says, whoever wrote it and whomever it asks — its words run on)
            return "content"
        if re.fullmatch(_HOW_SAID + "+", who):
            # (该公司以…为由，书面提出希望…，并请求…: the speaker is the
            # sentence's subject, said before the manner)
            for head in clauses[: clauses.index(c)]:
                if re.match(vocab()["markers"]["writer"], head):
                    break
                if _body_pointer().match(head):
                    return "named"
        if not who and clauses.index(c) > 0:
            # (…50余名农民工到县政府门前聚集，反映被拖欠工资，请求…: its subject
            # is the clause before's — the party that opens it, whatever it did
            # there; 8个乡镇先后来文，反映…: or that clause's own verb of saying)
            prev = clauses[clauses.index(c) - 1]
            if _reports(prev):
                continue
            # (the longest opening that names a party and is followed by what
            # it did: 晋通建材公司50余名农民工|到…聚集)
            toks = tokens(prev)
            ends = [toks[i + 1][0] for i in range(len(toks) - 1)
                    if toks[i][2][:1] in ("n", "j") and toks[i + 1][2][:1] in ("v", "p", "d", "t")
                    and (rx("markers", "agent").search(prev[: toks[i + 1][0]])
                         or prev[: toks[i + 1][0]].endswith(_body_heads()))]
            if not ends:
                continue
            who = prev[: ends[-1]]
        if not who or re.match(vocab()["markers"]["writer"], who) or any(n and who.startswith(n) for n in issuer_names):
            return ""  # the writer reports (我局提出…)
        if re.match(r"(?:其|他们|她们|他|她)(?![他余中实次])", who):
            # (该企业来信称，其于8月提交…申请，…，请求…: a party pointed back at
            # by a pronoun acts in what another clause before reports — who
            # speaks is named there)
            continue
        # the reporter is named (部分乡镇、东关社区、张建国等代表) — not an
        # elided writer whose own verb comes first (拟于近期向省商务厅提出申请)
        toks = tokens(who)
        for i, (_, w, f) in enumerate(toks):
            # (也|有|委员提交提案: adverbs before 有 as well)
            first = all(t[2][:1] == "d" for t in toks[:i])
            if (first and w in ("有", "还有", "另有", "也有", "共有")) or f[:1] in ("m", "q") or w.isdigit():
                continue  # 有23家企业提出: the reporter is counted, not the verb
            # (有关乡镇反映, 相关企业提出, 有的村民希望: which of a kind, whatever
            # the tagger calls the word — 有关 a verb, 有的 a verb and 的)
            # (部分, a noun to the tagger, names the speaker in the branch below)
            if (w in vocab()["modality"]["some_of"] and f[:1] not in ("n", "j")) or (i and toks[i - 1][1] == "有" and w == "的"):
                continue
            if f[:1] == "r" and w in ("某", "某某", "该", "这", "此", "那", "其"):
                continue  # 某小区业主…反映: a speaker pointed at, not the writer
            # (村“两委”向镇里提出: a name the writer quotes, masked, is a name)
            # (涉事企业也提出, 受灾群众反映, 退休教师提出: a verb that only
            # modifies the party named after it, no preposition or adverb
            # between — not 拟于近期向省商务厅提出, the writer's own verb)
            # (退休职工多次提出: a set phrase, to the tagger, that names a party)
            # (经营主体某公司来函: a verbal noun that modifies the noun after
            # it opens a noun phrase, as a noun does)
            nominal = f == "vn" and i + 1 < len(toks) and toks[i + 1][2][:1] in ("n", "j")
            if f[:1] in ("n", "j") or nominal or f == _PLACE_TAG or w == "“" or (f[:1] == "v" and _modifies_a_party(toks[i:])) \
                    or (f[:1] == "l" and rx("markers", "agent").search(w) is not None):
                # someone who can speak (群众、企业、东关社区), not a thing that
                # reflects (名称已不能反映其职能)
                # (大箕镇在调研中提出, 村民在座谈会上反映: where they said it)
                # (某县人民政府近期来文: when they said it, a word of time)
                spoken = _before_its_time(who)
                speaker = re.sub(r"(?:已|都|均|也|还|曾|多次|普遍|纷纷|一致|集体|联名|共同|先后|相继|陆续|分别|不能|无法|难以|未能|能够|不|向[^，,]{1,10}"
                                 r"|在[^，,]{1,12}?(?:中|上|时|期间|之际|过程中))+$", "", spoken)
                # (客运企业则表示: an adverb of any kind before the verb — 则, 却,
                # 亦 — is how it was said, no part of who)
                while (tt := tokens(speaker)) and len(tt) > 1 and tt[-1][2] == "d":
                    speaker = speaker[: tt[-1][0]]
                # (逊克县、孙吴县反映: places speak through their governments)
                # (部分客商在座谈中提出: some of a kind, counted — the writer
                # never speaks of itself so)
                # (9个乡镇卫生院先后向…报告: any head a body's name ends on)
                # (…周边约70户流动商贩提出: people counted by households or
                # heads — 户, 名, 位, 家 count those who can speak, whatever
                # the noun they count)
                if not (rx("markers", "agent").search(speaker) or re.search("[县市区州旗”]$", speaker)
                        or speaker.endswith(_body_heads()) or _PARTY_COUNTED.search(speaker)
                        or speaker.startswith(tuple(vocab()["modality"]["some_of"]))):
                    return ""
                # (职工多次反映，请县里协调…: complained again and again — the
                # report is whole, what follows is the writer's)
                # (工人多次到园区管委会上访: the adverb before where they went,
                # 到/向/在 and a place, then the verb — as often)
                often = re.search(r"(?:多次|反复|一再|屡次|强烈|普遍|纷纷)(?:[到向在赴去找][^，,。；;]{1,14})?$", who)
                if c[m.end():].strip("，,：: ") and plans_after:
                    # (群众多次反映乘车不便，拟将线路延伸至冶底村，请予同意: what
                    # they said told, then the writer's own plan, and its ask)
                    return ""
                # (张某某等5名代表提出《关于…的建议》（第36号），建议县政府…:
                # a written thing named by its title, and then what it says)
                if _NAMED_PAPER.fullmatch(rest):
                    return "content"
                return "content" if not c[m.end():].strip("，,：: ") and not often else "named"
            if f[:1] in ("v", "p", "r"):
                return ""
        return ""
    return ""


# How strongly or widely a party complains, with no words of its own
# (反映强烈, 反映较为集中).
_DEGREE_ONLY = re.compile(r"(?:较为|十分|非常|很|极为|比较|也很|尤为)?(?:强烈|较大|很大|集中|突出|较多|普遍)")


# A written thing named by its title alone, masked, and its number (了《□□》
# （第36号）).
_NAMED_PAPER = re.compile(r"[了过]?(?:的)?《□*》(?:[（(][^）)]{1,12}[）)])?")


# A clause after an ask that says what it is for by a pointer to this time's act
# (，用于此次引进) — not 上述, which may point at any thing told.
_USED_FOR_TOLD = re.compile(r"[，,]?(?:专项|全部|主要)?用于(?:此次|本次|这次)")


def _modifies_a_party(toks: tuple[tuple[int, str, str], ...]) -> bool:
    """Do ``toks``, a verb first, name a party the verb only modifies (涉事|
    总包|企业, 受灾|群众): nouns after it and a party's head word last, with
    nothing between that governs (向, 在) or tells how (也, 已)?"""
    toks = list(toks)
    while len(toks) > 1 and (toks[-1][2][:1] in ("d", "t") or toks[-1][1] in ("多次", "一再", "反复")):
        toks.pop()  # (…企业也|提出, 教师多次|提出: how it was said)
    if len(toks) < 2 or toks[-1][2][:1] not in ("n", "j"):
        return False
    if any(t[2][:1] in ("p", "r", "u", "c", "d", "m", "q") for t in toks):
        return False
    return bool(rx("markers", "agent").search(toks[-1][1]))


def _evidence(upto: str, clause: str, vp: str, context: str) -> str:
    """The ask as written: its clause when its verb phrase names its object
    (特请求县政府批准增加教师编制35名); when it names nothing of its own
    (恳请县政府予以追加, 安排专项经费86万元), its sentence up to the ask —
    and the sentence before when this one says nothing either (为此，恳请
    县政府予以资金支持)."""
    if _names_something(rx("matters", "agent_inline").sub("", vp)):  # who is to do it is not what
        return clip(clause)
    text = upto.lstrip("，,、 ")
    if not has_content(text) and context:
        prev = [x for _, x in sentences(context)]
        if prev:
            text = prev[-1] + text
    return clip_left(text)


def _writers_suggestion(s: str, m: re.Match[str]) -> bool:
    """建议… in a 请示 is the writer's proposal, put up by the closing as a
    plan is (建议自2026年起提高到…; 我局建议…) — unless a clause before it
    in its sentence names someone else who advises (专家组…，建议…)."""
    lead = s[: m.start()].lstrip("，,")
    if re.search(r"(?:我|本)[\u4e00-\u9fff]{0,6}?建议$", m.group(0)) or not lead:
        return True
    # (也有委员提交提案，建议恢复…; 群众多次反映，建议…: another party's
    # words reported, and the advice theirs)
    if _reported_before(lead.rstrip("，,"), ()):
        return False
    prev = ""
    lead_clauses = [c for c in re.split(r"[，,；;]", lead) if c]
    # (县自然资源局已将该处列为…隐患点，建议整村搬迁: a body acting on the
    # case in the clause right before — the advice is that body's)
    acted = rx("modality", "acts_on").search(lead_clauses[-1]) if lead_clauses else None
    if acted and not re.match(vocab()["markers"]["writer"], lead_clauses[-1]) \
            and re.fullmatch(r"[\u4e00-\u9fff]{3,16}", lead_clauses[-1][: acted.start()]) \
            and lead_clauses[-1][: acted.start()].endswith(_body_heads()):
        return False
    # (2024年县自然资源局组织…调查评价，将该处认定为…隐患点，建议实施避险搬迁:
    # a sentence of the narrated past whose subject is another body — its
    # clauses with no subject of their own, the advice too, are that body's)
    when = re.match(_YEAR_LEAD + "[，,]?", lead) or rx("modality", "past_time").match(lead)
    if when and _opens_with_a_body(lead[when.end():]) and not re.match(vocab()["markers"]["writer"], lead[when.end():]) \
            and not any(re.match(vocab()["markers"]["writer"], c) for c in lead_clauses[1:]):
        return False
    for c in lead_clauses:
        judged = rx("modality", "judges").search(c)
        # (县自然资源局组织专家…论证，认为…，建议…: a judgement with no subject
        # of its own is the clause before's — that body's advice)
        subject = prev if judged and judged.start() == 0 else c
        if judged and not re.match(vocab()["markers"]["writer"], subject) \
                and (_opens_with_a_body(subject) or rx("markers", "agent").search(c[: judged.start()] or subject)):
            return False
        prev = c
        by = rx("modality", "judged_by").match(c)
        if by and not re.match(vocab()["markers"]["writer"], by["who"]) \
                and any(h in by["who"] for h in _body_heads()):
            return False  # (经…地质队勘查评估，…，建议…: that body's advice)
    return True


def _attention_only(vp: str) -> bool:
    """A verb phrase that asks only for attention (高度重视, 重视): a verb of
    no class, on no thing."""
    toks = tokens(vp)
    return bool(toks) and all(f[:1] in ("v", "d", "a", "l", "i") for _, _, f in toks) \
        and not _classes(vp) and not kinds_of(vp)


def _acts_on_a_thing(clause: str) -> bool:
    """Does ``clause`` open on an act done to a thing it names (将…列入预算,
    帮助解决…资金, 安排…经费; 在…预算中安排…, past the fund it comes from)
    — not on what the act is for (确保…, 推动…)?"""
    clause = rx("matters", "grant_source").sub("", clause.rstrip("，,：:。；;！？!?"))
    if rx("matters", "for_what").match(clause):
        return False
    toks = tokens(clause)
    # (安排补助资金120万元: a resource counted out is a thing, however
    # plainly named)
    return bool(toks) and (toks[0][1] in ("将", "把", "对", "为") or toks[0][2].startswith("v")) \
        and bool(_classes(clause)) and (_names_something(clause) or _counts_a_resource(clause))


def _says_why_or_how(clause: str) -> bool:
    """A clause that says why, on what ground or on which occasion the
    writer acts (为展示…; 经征求各村意见; 根据…; 值此…之际), naming no one
    who acts."""
    parts = re.split(r"[，,]", clause.rstrip("，,"))
    # (经我局党组研究，并征求县委组织部意见: a clause joined by 并 goes on
    # with the one before it)
    while len(parts) > 1 and re.match("(?:并|且|又)", parts[-1]):
        parts.pop()
    # (今年是建县纪念之年，拟于…; 值此…之际: the occasion, as a reason is)
    # (2026年春节后拟组织…; 明年拟…: when, as the occasion is)
    # (the prepositions of basis, the whole closed class: 根据、依据、按照、依照、
    # 遵照、参照、比照、对照 — 参照省民政厅指导意见，拟将…)
    return bool(re.match(r"(?:为了?|经|根据|按照|依据|依照|遵照|参照|比照|对照|结合|鉴于|为此|对此|值此|恰逢|适逢|时值|正值)", parts[-1])
                or re.search(r"(?:之年|之际|周年)$", parts[-1]) or _only_when(parts[-1])
                # (2025年是我县恢复评选…的第一年: a year said to be what it is —
                # the occasion, as 之年 is)
                or bool(re.match(r"(?:今年|明年|本年度?|[0-9]{4}年)(?:是|为|恰逢|正值)[^，,]*年$", parts[-1])))


def _only_when(clause: str) -> bool:
    """A clause that is a time and nothing else (2026年春节后, 今年9月, 明年)."""
    toks = tokens(clause)
    return bool(toks) and all(f in ("t", "m", "eng", "f", "q") for _, _, f in toks) \
        and any(f == "t" or w in ("年", "月", "日") for _, w, f in toks)


def _speaks_for_all(a: Ask) -> bool:
    """以上事项，请县政府研究并提请县委机构编制委员会审定: an explicit ask whose
    sentence opens by summing up what came before (以上/上述/综上…，) and
    names nothing but who is to act — a closing in effect."""
    # (not 以上中医馆建设资金45万元，恳请…: a sum of a thing it names)
    summed = rx("matters", "sums_up").match(a.sentence.lstrip("，,"))
    return a.kind == "explicit" and bool(summed) and not has_content(summed.group(0)) \
        and not rx("matters", "quantity").search(summed.group(0)) \
        and not has_content(rx("matters", "agent_inline").sub("", a.obj or ""))


def _summary_asks(doc: Document, asks: list[Ask]) -> set[int]:
    """The explicit asks of a 请示 that name nothing of their own and speak
    for all that was stated before them — a paragraph of their own after the
    needs (请中心研究解决。 望解决。 恳请支持。) or a sentence opening on
    以上/上述/综上 (以上共需资金119万元，恳请县政府予以解决): closings in effect,
    whatever their verb (以上两项，请县政府批准 as well). The needs they put up
    are the asks."""
    if doc.doc_type != "请示":
        return set()
    out = set()
    for a in asks:
        if a.kind != "explicit" or a.modality != "ask" or a.para is None:
            continue
        if rx("matters", "sums_up").match(a.sentence.lstrip("，,")):
            if not has_content(a.obj):  # (以上合计110万元，特请…予以支持: the sum is of what came before)
                out.add(id(a))
            continue
        # (恳请支持。 请予安排为盼。 — not 请县水利局给予技术指导。, a service
        # asked of another body)
        third = bool(a.addressee) and not addressed_to_recipient(a.addressee, doc)
        obj = rx("markers", "politeness").sub("", a.obj.rstrip("。！!"))  # (请予安排为盼)
        # (its paragraph read last, and only when no longer than its sentence
        # could be: a long paragraph of asks is not read once per ask)
        if a.elliptical and not has_content(obj) and not (_is_service(a.vp) and third) \
                and len(a.para.text) < 2 * len(a.sentence) + 8 \
                and a.sentence.lstrip("，,").rstrip("。！!") == _flat(a.para.text).rstrip("。！!"):
            out.add(id(a))
        # (两项标准均已完成听证，听证报告附后。请县政府审定。: or a short
        # paragraph of its own that opens by counting or summing up what was
        # stated before it, then asks with nothing of its own)
        elif a.elliptical and not has_content(obj) and not third and len(_flat(a.para.text)) <= 60 \
                and rx("matters", "counts_up").match(_flat(a.para.text)):
            out.add(id(a))
    return out


def _said_ahead(text: str) -> bool:
    """A word of what is to come in ``text`` (待…后, 按程序, 届时) — not one
    in a clause that says it is done (并已按程序举行价格听证会: held)."""
    for f in rx("modality", "future").finditer(text):
        clause = re.split(r"[，,；;。]", text[: f.start()])[-1]
        if "已" not in clause:
            return True
    return False


def _implicit_asks(doc: Document, asks: list[Ask], names, para_items: dict[int, int]) -> list[Ask]:
    """Add the implicit asks: a plan of the writer's that a closing approval
    formula puts up for decision (只有“妥否，请批示”的请示, 报告以“请批示”
    结尾), and a proposal that the recipient act (拟由县财政安排…)."""
    summary = _summary_asks(doc, asks)
    # (妥否，请审示: a closing that asks whether what was put is proper puts
    # it up for decision, whatever reading verb follows — 请审示 alone may
    # only submit)
    closes = any(a.kind == "closing" and a.modality == "ask" and re.search(r"请|盼|望|候", a.marker)
                 and (not re.search("|".join(vocab()["verbs"]["proper"]), a.marker)
                      or bool(rx("closings", "question").match(a.marker))) for a in asks) \
        or bool(summary)
    out = list(asks)
    explicit_seen = [a for a in asks if a.kind in ("explicit", "coordinated", "entry") and a.modality == "ask"
                     and id(a) not in summary]
    first_para = explicit_seen[0].para if explicit_seen else None
    # (请一并解决, 也请…, 并请…: the first explicit ask adds to something)
    first_also = bool(explicit_seen) and bool(rx("matters", "adds_to").match(explicit_seen[0].obj)
                                              or _also_ask().search(explicit_seen[0].sentence))
    proposal = rx("modality", "proposal_by_recipient")
    plan = _own_plan()
    # (管委会拟将…: the writer by its own short name)
    shorts = _issuer_short_names(doc)
    named_plan = re.compile("(?:^|[，,])(?:" + _alt(shorts) + ")" + _plan_verb()) if shorts else None
    # (镇机关食堂拟自明年1月起实行对外承包经营 in a town's 请示: a body named
    # under the writer's own level — 镇, 县 — plans as the writer does)
    levels = _issuer_levels(doc)
    level_plan = re.compile("(?:^|[，,])(?P<who>[" + levels + "][\u4e00-\u9fff]{1,8}?)" + _plan_verb()) \
        if levels else None
    titled = title_core(doc.title or "") if doc.doc_type == "请示" else ""
    title_words = _key_words(titled) if titled else frozenset()
    order = {id(p): i for i, p in enumerate(body_paras(doc))}
    # sentences that already ask, looked up in a set (linear in the asks)
    asked = {(id(a.para), a.sentence) for a in asks if a.kind != "closing" and a.modality == "ask"}
    asked_paras = {pid for pid, _ in asked}
    # (…拟于10月…举办…运动会…。请县卫生健康局派驻医疗保障组，请县公安局…: asks
    # of third bodies to serve a plan do not put the plan up — the closing does)
    put_paras = {id(a.para) for a in asks if a.kind != "closing" and a.modality == "ask"
                 and not (a.kind == "explicit" and a.addressee and not addressed_to_recipient(a.addressee, doc))}
    # (我局拟将该办法执行期限延长至…。并请县人民政府同意成立…: the first ask
    # of its paragraph says "also" — what it adds to is the plan before it)
    also_sent: dict[int, str] = {}
    for a in explicit_seen:
        if a.para is not None and id(a.para) not in also_sent and a.kind == "explicit":
            also_sent[id(a.para)] = a.sentence if _said_also(a) else ""
    # (拟先行…招聘编外护理人员2名，…，并请县政府批准为我院更换…救护车: an
    # ask said with "also" later in the plan's own sentence — where its
    # marker stands)
    also_in: dict[tuple[int, str], int] = {}
    for a in explicit_seen:
        # (not 并请县公安局…制定…预案: an ask of a third body serving the plan)
        if a.para is not None and a.kind == "explicit" and re.search(r"[，,](?:并|同时|另外?|还|也)$", a.before or "") \
                and (not a.addressee or addressed_to_recipient(a.addressee, doc)):
            also_in.setdefault((id(a.para), a.sentence), len(a.before))
    in_out = {(id(a.para), a.sentence) for a in asks}
    implicit_paras = {id(a.para) for a in asks if a.kind == "implicit"}
    # paragraphs, not the last, that close with an approval of their own
    closings = [a for a in asks if a.kind == "closing" and a.modality == "ask" and a.para is not None]
    last_closing = closings[-1].para if closings else None
    self_closed = {id(a.para) for a in closings if a.para is not last_closing and a.sentence.lstrip("，,") != _flat(a.para.text)}
    # (一、实验室用房。…约需资金150万元。‖…‖以上共需资金404万元，恳请县财政
    # 予以安排: an ask that sums the parts above puts up every need they
    # count, each entry's as well)
    summing = next((a for a in asks if a.kind == "explicit" and a.modality == "ask" and a.para is not None
                    and _sums_the_parts(a)), None)
    only_needs = doc.doc_type == "请示" and closes and first_para is None and not implicit_paras \
        and not any(plan.search(squash(p.text)) for p in body_paras(doc))
    # the title and the paragraphs before this one, their runs made only
    # when a paragraph opening on a body asks for them (each text once)
    seen_paras = [squash(doc.title or "")]
    seen_runs: set[str] = set()
    seen_upto = [0]

    def seen_text() -> set[str]:
        for x in seen_paras[seen_upto[0]:]:
            seen_runs.update(_runs_of(x))
        seen_upto[0] = len(seen_paras)
        return seen_runs

    # (我局拟…更新执法车辆4台，…。同时，请县政府批准设立…: the first explicit
    # ask turns from the sentences before it in its own paragraph — where it
    # stands, as a plan in a paragraph before it would be put up)
    first_sent = explicit_seen[0].sentence.lstrip("，,") if explicit_seen else ""
    turned_first_at = squash(mask_quotes(first_para.text)).find(first_sent[:12]) \
        if first_para is not None and first_sent \
        and (_turns(first_sent) or rx("matters", "announces_another").match(first_sent)) else -1
    paras = body_paras(doc)
    # (what the paragraphs up to the first explicit ask's say, for a later
    # plan of the title's thing: read once, and only when such a plan is met)
    first_words: list[frozenset[str]] = []

    def said_up_to_the_first_ask() -> frozenset[str]:
        if not first_words:
            first_words.append(_key_words("".join(squash(q.text) for q in paras
                                                  if order[id(q)] <= order[id(first_para)])))
        return first_words[0]
    # (以上方案，当否，请批示: a closing that names a plan puts up the plan
    # laid out above it, after an ask of another thing as well)
    puts_up_a_plan = any(a.kind == "closing" and a.modality == "ask"
                         and re.match(r"(?:以上|上述)[\u4e00-\u9fff]{0,8}方案", a.sentence.lstrip("，,")) for a in asks)
    for k, p in enumerate(paras):
        t = squash(mask_quotes(p.text))
        # (附带请示一事：…拟按评估价公开出租，是否可行，请一并批示: the writer's
        # word that another matter follows turns as 另外 does)
        pconn = _turns(t) or bool(rx("matters", "announces_another").match(t))
        also_at = t.find(also_sent[id(p)]) if also_sent.get(id(p)) else -1
        if doc.doc_type == "请示" and closes and not implicit_paras \
                and (first_para is None or order[id(p)] < order[id(first_para)] or puts_up_a_plan) \
                and (under := _plan_heading_body(t, paras, k + 1)) and "拟" not in under \
                and (under := _unasked_parts(t, under, paras[k + 1:], asked_paras)):
            # (二、补贴方案 ‖ （一）补贴对象：… ‖ （三）资金需求：约412万元，由县
            # 财政安排: the writer's plan laid out under a heading that names
            # it a plan, put up by the closing as a plan stated with 拟 is —
            # where no part states it with 拟, which puts it up itself)
            implicit_paras.add(id(p))
            out.append(Ask(para=p, sentence=t, kind="implicit", marker="方案", vp=under, obj=under,
                           before="", context="", classes=_classes(under), connective=False,
                           item=para_items.get(id(p)), text=clip(t)))
            continue
        for off, s in ask_sentences(t):
            # (a sentence that asks is read for a plan only before an ask it
            # says with "also": 拟…招聘…，并请…)
            also_pos = also_in.get((id(p), s), -1) if (id(p), s) in asked else len(s)
            if also_pos < 0:
                continue
            formula = _closing(s.lstrip("，,"))
            if formula:
                # (附带请示一事：…，乡政府拟按评估价公开出租，是否可行，请一并
                # 批示: the formula closing a sentence, in a paragraph the writer
                # turned to, puts up the plan its sentence states before it —
                # read up to the formula; not 拟以县政府办公室名义印发，当否,
                # how the matter already told is carried out)
                at = s.rfind(formula)
                if not pconn or at <= len(s) - len(s.lstrip("，,")) or not _PLAN_WORD.search(s[:at]):
                    continue
                s = s[:at].rstrip("，,")
                also_pos = min(also_pos, len(s))
            m = proposal.search(s)
            # (拟由市财政承担800万元 in a 市局's 请示 to 省厅: the writer's own
            # government pays — nothing asked of the recipient)
            if m and also_pos == len(s) and not _past(s[max(0, m.start() - 6): m.start()]) and not _other_level(m.group("who"), doc):
                out.append(Ask(para=p, sentence=s, kind="proposal", marker=m.group(0)[:2], addressee=m.group("who"),
                               vp=s[m.start("verb"):], obj=s[m.start("verb"):], before=s[: m.start()],
                               context=t[:off], classes=_classes(m.group("verb")), connective=pconn or _turns(s),
                               text=clip(s[m.start():])))
                continue
            if doc.doc_type != "请示" or not closes:
                continue
            if off == 0 and rx("matters", "enumeration").match(s):
                s = rx("matters", "enumeration").sub("", s, count=1)
            # (另将高龄津贴标准调整一事一并请示：拟将…提高到…: past the words
            # that announce another matter, its plan opens the sentence)
            announced = ""
            if off == 0 and pconn and (ann := rx("matters", "announces_another").match(s)) and ann.group(0)[-1] in "：:":
                announced, s = ann.group(0), s[ann.end():]
            # (a 请示 that neither asks nor plans in the writer's name: its
            # proposals on things, 农村低保标准拟由…提高到…, are what the
            # closing puts up)
            m = _first_own_plan(s) or (_first_plan(named_plan, s) if named_plan else None) \
                or (_level_body_plan(level_plan, s) if level_plan else None) \
                or (_topic_plan(s) if only_needs else None) or _titles_thing_plan(s, titled)
            if m and _a_past_plan(s[: m.start()], doc):
                m = None  # (2023年经县政府批准，该地块…调整为教育用地，拟用于…: the plan of then, told)
            if m and _no_thing_planned(m.group(0), s[m.end():]):
                m = None  # (…主要建设冷库…，拟采取政府引导、企业运营方式建设: how, not what)
            if m and m.group(0).endswith("建议") and not _writers_suggestion(s, m) \
                    and not _changes_the_titles_standard(s[m.end():], titled):
                m = None  # (县自然资源局监测发现…，建议尽快组织避让: another body's advice)
            if also_pos < len(s) and not (m and m.end() <= also_pos):
                continue
            if not m:
                # 此外，我局社会救助股人手不足，需增设岗位3个: a need stated
                # after a turn, put up by the closing like a plan
                n = rx("modality", "need").search(s) or rx("modality", "shortage").search(s)
                if re.search("[：:]$", s):
                    n = None  # (我局急需解决以下问题：: a lead to the needs, none itself)
                if n and _no_plan_at(s, n.start(), n.end()):
                    n = None
                if n and re.match(r"[^，,。；;]{1,12}的[^，,。；;]{1,16}?有", s[n.end():]):
                    n = None  # (全县需日常监管的涉气、涉水企业有318家: 需 inside a modifier — a count, no need)
                if n and _reported_before(s[: n.start()], names):
                    # (9个乡镇卫生院先后向县卫健体局报告，提出补充…人员的需求，共计
                    # 需要37人: the need of the parties whose words are told)
                    n = None
                if n and rx("modality", "outlay").match(s[n.end():]) \
                        and not rx("matters", "quantity").search(re.split(r"[，,。；;]", s[n.end():])[0]):
                    n = None  # (每年还需缴纳保险费用: the writer's outlay, told as a reason)
                obj = s[n.end():] if n else ""
                u = rx("modality", "unmet").search(s) if not n else None
                if u:
                    # (…所需补助资金320万元亟待市级帮助解决: what waits is the
                    # clause before)
                    n, obj = u, re.split(r"[，,]", s[: u.start()])[-1]
                # (…办公室渗水，还需维修资金约18万元: a need turned to with
                # 还/另 in a paragraph that asks nothing itself)
                turn = bool(n) and (n.group(0).startswith("还") or s[max(0, n.start() - 1): n.start()] == "另")
                also = (turn or (bool(n) and s[max(0, n.start() - 1): n.start()] == "尚")) and id(p) not in asked_paras
                # (…‖北安岭村小学…仅有教师3名，…缺专业教师2名。: a need counted
                # out in a paragraph of its own after the asks, asking nothing —
                # put up by the closing like a plan)
                # (拟对…古道进行修缮，需资金35万元。‖镇卫生院缺B超机一台，约需12
                # 万元。: after a plan's paragraph as after an explicit ask's; and
                # in a 请示 that neither asks nor plans, the needs it counts are
                # all the closing can put up)
                # (not 经测算，调整后需增加资金…, nor 尚有缺口…由学校申报解决:
                # the plan's own cost, or one whose source is named — a need
                # after a plan must open on a body or thing of its own)
                met = rx("matters", "need_met_by").search(s[n.end():]) if n else None
                # (…进修费用由我院承担: met by the writer, or a body not above
                # it — not 由县财政予以安排, the recipient's funds)
                met_below = bool(met) and not rx("markers", "superior").match(met["who"]) \
                    and not rx("matters", "funders").match(met["who"])
                # (附带一事，县信访接待中心…需增配保安2名: past the words that
                # announce it, the body it opens on)
                # (镇敬老院现有床位80张，…被责令限期整改。需安装自动喷淋系统…，约需
                # 资金26万元。: or a need with no subject of its own, in a later
                # sentence of a paragraph that opens on that body)
                # (大阳镇卫生院现有救护车1辆，…。该院承担…转运任务，急需更新负压
                # 救护车1辆: or with that body, pointed at, as its subject)
                if off == 0:
                    opens_on = s
                elif re.match(r"(?:还|另|尚|约|共)?需", s) or _body_pointer().match(s.lstrip("，,")):
                    opens_on = re.split(r"[。；;！？]", t, maxsplit=1)[0]
                else:
                    opens_on = ""
                after_plan = any(order.get(q, 1 << 30) < order[id(p)] for q in implicit_paras) \
                    and bool(opens_on) and id(p) not in para_items \
                    and _opens_on_a_new_body(rx("matters", "announces_another").sub("", opens_on, count=1), seen_text()) \
                    and not met_below
                after_ask = (first_para is not None and order[id(p)] > order[id(first_para)]) or after_plan or only_needs
                counted = bool(n) and after_ask and id(p) not in asked_paras and bool(rx("matters", "quantity").search(obj))
                # (站里…两台电脑是2012年配的，…，需更换。‖请中心研究解决: where
                # the only asks sum up, every need stated in a paragraph of
                # its own is put up, whatever it names)
                stated = bool(n) and only_needs and id(p) not in asked_paras and id(p) not in para_items
                summed_up = bool(n) and summing is not None and order[id(p)] < order[id(summing.para)] \
                    and id(p) in para_items and id(p) not in asked_paras and bool(rx("matters", "quantity").search(obj))
                stated = stated or summed_up
                # (a counted need asks for what it counts, whatever its kind:
                # 缺执法车2辆)
                # (…我院需选派2名影像技师进修，进修费用由我院承担: a need its
                # own sentence says the writer, or a body not above it, meets)
                if met_below:
                    n = None
                # (…工程竣工时间需顺延至11月30日。‖此外，…请县人民政府同意设立…:
                # the first explicit ask turns from something, and nothing was
                # asked before it — the need stated in the paragraph before the
                # turn is what it turns from)
                # (…尚缺146万元。‖镇卫生院现有救护车…，请一并解决: the first
                # explicit ask says "as well" — what it adds to is that need)
                # (…需拆除重砌约60米，预算4.2万元。‖顺带反映一下，…望局里考虑…;
                # ‖学校门卫只有一名老人值守，请局里…: the paragraph of the first
                # explicit ask announces another matter or opens on a body of
                # its own — it turns from that need as 此外 does)
                turned_from = bool(n) and first_para is not None and not implicit_paras \
                    and order[id(p)] == order[id(first_para)] - 1 and id(p) not in asked_paras \
                    and (_turns(squash(first_para.text)) or first_also
                         or rx("matters", "announces_another").match(squash(first_para.text))
                         or _opens_on_a_new_body(_topic_of(squash(first_para.text)), seen_text() | _runs_of(t))) and not met \
                    and not rx("modality", "need").search(t[off + len(s):])  # (its last need)
                # (…恳请县人社局…予以安排。镇卫生院现有救护车已使用12年，…，更新
                # 经费约30万元亦需解决: a need said "as well" in a sentence that
                # opens on a body of its own and counts what it needs, in a
                # paragraph that asked — another need the closing puts up)
                also_own = bool(n) and s[max(0, n.start() - 1): n.start()] in ("亦", "也", "还", "另") \
                    and id(p) in asked_paras and not met and bool(rx("matters", "quantity").search(s[: n.start()])) \
                    and _opens_on_a_new_body(s.lstrip("，,"), seen_text())
                if also_own and not has_content(obj):
                    # (更新经费约30万元亦需解决: what needs it is the clause before)
                    obj = re.split(r"[，,]", s[: n.start()])[-1].rstrip("亦也还另")
                if n and (pconn or _turns(s) or also or counted or turned_from or stated or also_own) \
                        and (kinds_of(obj) - {"procedure"} or counted or turned_from or stated or also_own) \
                        and (id(p), s) not in in_out \
                        and not ((explicit_seen or implicit_paras) and _splits_a_total(t[:off] + s[: n.start()], s[n.end():])):
                    in_out.add((id(p), s))
                    implicit_paras.add(id(p))
                    out.append(Ask(para=p, sentence=s, kind="implicit", marker=n.group(0), vp=obj, obj=obj,
                                   before=s[: n.start()], context=t[:off], classes=_classes(obj),
                                   connective=pconn or _turns(s) or turn,
                                   item=para_items.get(id(p)), text=clip(s.lstrip("，,"))))
                continue
            # (新宿舍建成后，拟按楼层实行分区管理: how the thing will be run
            # once built — an arrangement after the plan, not the plan put up)
            # (not 新馆投入使用后，馆址距县城…，馆里无公务用车，拟…划拨轿车1辆:
            # a time that opens the case, its state told in clauses of their
            # own before the plan — the plan is what that state needs now)
            done = any(len(re.findall("[，,]", s[x.end(): m.start()])) <= 1
                       for x in rx("matters", "after_completion").finditer(s, 0, m.start()))
            # (如上述事项能够落实，我县计划于今年9月开工…: the schedule once what
            # was asked is met — a condition, no plan put up)
            if _said_ahead(s[: m.start()]) or done \
                    or rx("modality", "conditional").search(s[: m.end()]):
                continue
            if rx("modality", "funding_plan").match(s[m.end():]) or rx("modality", "funding_sources").search(t[:off] + s[: m.start()]):
                continue  # 资金筹措。…拟通过三个渠道解决：… — how the matter's money is raised, no plan of its own
            if (explicit_seen or implicit_paras) and _splits_a_total(t[:off] + s[: m.start()], s[m.end():]):
                continue  # 总投资…，拟申请中央…万元，省级配套…万元: the total split over its sources
            if rx("modality", "procurement_plan").match(s[m.end():]):
                continue  # 拟按照政府采购程序公开招标: how the matter's thing is bought
            if rx("modality", "self_provided").match(s[m.end():]):
                continue  # 拟在我馆…资金中列支: the writer meets it, nothing is put up
            after = tokens(s[m.end(): m.end() + 8]) if re.search(r"拟$", m.group(0)) else ()
            if len(after) >= 2 and after[0][2].startswith("v") and after[1][1] == "的":
                continue  # 拟报废的6辆车辆已经…鉴定: 拟 and its verb modify a noun, nothing is planned
            if _no_plan_at(s, m.start(), m.end()):
                continue
            before_first = first_para is None or order[id(p)] < order[id(first_para)] \
                or (p is first_para and turned_first_at > off)
            # (…现行标准为每人每年600元，拟一并提高到…: the plan says it is
            # added to another — a turn, though its words come after 拟)
            turned = pconn or _turns(s) or bool(re.match(r"(?:一并|同时)", s[m.end():]))
            # (…恳请县政府安排资金。‖上河村与下河村…。我镇拟将两村合并…: a
            # later paragraph asking nothing explicitly, where the writer names
            # itself again and plans — not the reason of the ask before it)
            # (经局党组会议研究，拟由…兼任…: the plan after the writer's own
            # deliberation is the writer's)
            # (顺带请示一事：…食堂…，拟改为…: a paragraph the writer opens as
            # another matter puts up the plan it states)
            # (管委会拟…: the writer naming itself again, as 我局拟 does)
            # (二、局属县计量检定所拟更名为…: a paragraph opening on a
            # body the plan is of, named as the plan's subject)
            subject = re.sub("(?:" + _plan_verb() + ")$", "", m.group(0).lstrip("，,"))
            plain = bool(re.fullmatch(r"[，,]?(?:拟|计划|准备)", m.group(0)))  # no subject of its own
            why = m.start() > 0 and _says_why_or_how(s[: m.start()])
            # (…参照周边县区标准，我局建议将…补贴提高至…: the writer naming
            # itself as it proposes, as 我局拟 does)
            named = bool(re.search(r"(?:我|本)[\u4e00-\u9fff]{0,6}?(?:拟|计划|准备|建议)$", m.group(0))
                         or re.match(r"[，,]?经", m.group(0)) or m.re is not plan
                         or rx("matters", "announces_another").match(t)
                         # (我馆现为…单位，内设机构仅2个，…，拟申请…: the sentence
                         # the writer opens as its subject, then its bare plan)
                         # (另，我局2009年购置的一辆公务用车…，拟申请按标准更新一辆:
                         # after a turn that opens the sentence, as well)
                         or (plain and bool(re.match(vocab()["markers"]["writer"],
                                                     _leading_turn().sub("", s.lstrip("，,"), count=1))))
                         # (另有已封存的报废公务车辆4辆，拟交由…统一处置: or a
                         # sentence that tells one more thing there is, counted,
                         # then plans for it — the plan's case its own)
                         or (plain and bool(re.match("(?:" + _connectives() + ")?[，,]?(?:还|尚|另)有", s.lstrip("，,")))
                             and bool(rx("matters", "quantity").search(s[: m.start()])))
                         or (m.start() == 0 and off == 0 and len(subject) >= 4
                             and (_ends_on_a_body(subject) or _opens_with_a_body(s))))
            # (为展示…，拟于9月举办…; 经征求意见，拟自10月起…: the clause
            # before a bare 拟 says why or how, not who — the writer again)
            # (镇卫生院现有救护车已运行11年，…，拟申请更新一辆: a sentence that
            # opens on a body of its own states its case, then the plan for it)
            new_body = off == 0 and id(p) not in para_items and _opens_on_a_new_body(s.lstrip("，,"), seen_text())
            bare = (plain or bool(re.fullmatch(r"[，,]?建议", m.group(0)))) and (m.start() == 0 or why or new_body)
            # (…拟于2026年1月整体搬迁至…，办公地址相应变更。请予同意。: a
            # paragraph that closes with an approval of its own puts up its plan)
            # (新院区已于5月竣工，正在进行设备调试，计划10月投入使用: the
            # next step of a progress its sentence narrates, of a thing not the
            # writer — its schedule, not a plan put up; 工程已于3月完成招标，…，
            # 计划工期18个月: or the schedule's length)
            if not named and not bare and rx("matters", "progress_told").search(s[: m.start()]) \
                    and (rx("matters", "milestone").search(s[m.end():]) or rx("matters", "schedule_length").match(s[m.end():])):
                continue
            later_own = not before_first and id(p) not in put_paras and id(p) != id(first_para) \
                and (named or bare or id(p) in self_closed)
            # (恳请县政府批准更新执法车辆2辆…。柳树口镇、山河镇距县城消防站均在
            # 40公里以上，…，建议在两镇…各配置水罐消防车1辆: after the first ask,
            # in its paragraph, a sentence that states a case and then a plan
            # for things it counts — no reason of the ask before it, a plan of
            # its own)
            first_at = t.find(explicit_seen[0].sentence) if first_para is not None and id(p) == id(first_para) else -1
            # (not how the ask is met or done — 由县财政…列支, 先在…内部调剂
            # 解决, 审议后以…印发, 拟分两年安排，…各48万元: a plan of its own
            # counts out what it makes, not only what it costs)
            after_first = 0 <= first_at < off and m.start() > 0 and has_content(s[: m.start()]) \
                and (id(p), s) not in asked \
                and any(not q.group(0).endswith("元") for q in rx("matters", "quantity").finditer(s[m.end():]))
            # (一、关于召开…会议。…请予安排。‖二、关于调整…补助标准。现行标准…，
            # 建议提高到…: a plan in an entry of its own that asks nothing
            # else, after the entry that asked — the reason of no ask made in
            # another entry)
            enum = rx("matters", "enumeration")
            other_entry = first_para is not None and p is not first_para and id(p) not in asked_paras \
                and bool(enum.match(squash(p.text))) and bool(enum.match(squash(first_para.text)))
            # (…已复函同意由我县承办…摔跤锦标赛…，请县政府安排承办经费。‖我县
            # 全民健身运动会每四年举办一届…，拟于9月至10月举行 under 关于举办
            # …全民健身运动会的请示: a paragraph of its own, asking nothing,
            # that plans what the title names, after a first ask whose
            # paragraph and those before it never named it — the title's
            # plan, which the closing puts up, not the reason of an ask about
            # another thing)
            titles_plan = bool(title_words) and first_para is not None and id(p) not in asked_paras \
                and overlap_informative(title_words, _key_words(t)) \
                and not overlap_informative(title_words, said_up_to_the_first_ask())
            later_own = later_own or after_first or titles_plan \
                or (other_entry and (bare or bool(re.fullmatch(r"[，,]?建议", m.group(0)))))
            added_to = 0 <= off < also_at or also_pos < len(s)  # the plan a later 并请… adds to
            if not (before_first or turned or later_own or added_to):
                continue  # the plan behind an ask already made: its reason
            # 项目拟于…开工: more of the plan already put up — but a new
            # paragraph where the writer names itself again (我中心拟…) puts
            # up a plan of its own, for the grouping to judge
            # (全县公办幼儿园在编教师仅占41%…。拟在招聘中单列…: a paragraph
            # that states its own situation and then a plan with no subject
            # but the writer's is the writer speaking again, as 我局拟 is)
            # (县光荣院现有一辆…面包车，…，拟报废后更新购置…: a later paragraph
            # that opens on a body of its own and plans for it, as well)
            # (今年是建县纪念之年，拟于12月举办…: a reason of its own, then the plan)
            # (城区农贸市场摊位卫生费自2015年起按每摊位每月20元收取，拟统一调整
            # 为…: a paragraph opening on a standard never named before, then
            # its change — a standard in force changed is a decision of its own)
            # (全县现有孤儿75名，基本生活费标准为…。…，拟将…基本生活费分别提高至…:
            # or in a later sentence of the paragraph that told the standard)
            changed = rx("matters", "changes_standard").search(s)
            restandard = bool(changed) and (w := _word_at(s, changed.start())) is not None and w not in seen_text()
            restated = named or (bare and (off > 0 or new_body or (why and has_content(s[: m.start()])))) \
                or bool(restandard)
            new_para = id(p) not in implicit_paras
            if not turned and id(p) not in para_items and implicit_paras \
                    and not (restated and new_para) and not added_to:
                continue
            # (此外，我市…三县地处太行山区，…宜机化程度低。我局拟在上述三县
            # 开展…试点: a turn that states a case of its own, then the plan
            # for it — put up, whatever it asks for)
            # (同时，村级专干补贴目前为每人每月300元，…，建议一并提高至…: the
            # case in the plan's own sentence, before it, as well)
            cased = turned and has_content(t[:off] + announced + _leading_turn().sub("", s[: m.start()], count=1)) and restated
            if not before_first and not (later_own and not turned) and not cased and not added_to \
                    and not (kinds_of(re.split(r"[，,；;]", s[m.end():])[0]) - {"procedure"}):
                continue  # 同时，我局拟安排专人监管: the writer's own follow-up
            obj = _cut_at_forecast(re.sub(r"[，,](?:并|同时|另外?|还|也)$", "", s[m.end(): also_pos]))
            if m.re is _topic_plan_rx():
                obj = m.group("topic") + obj  # (the thing the proposal changes is what it is about)
            ask_in_plan = _markers().match(obj)
            if ask_in_plan:
                # 拟申请县财政安排: the plan is an ask; whom it asks (县财政)
                # is not what it asks for
                rest = obj[ask_in_plan.end():]
                obj = rest[len(_addressee(rest)):] or obj
            in_out.add((id(p), s))
            implicit_paras.add(id(p))
            # (拟新建垃圾转运站一座，并将环卫临聘人员月工资由2100元提高至2400元:
            # a plan of two acts, the second a standard in force changed — the
            # second is planned as a coordinated ask is asked)
            also = re.search(r"[，,]并(?:将|把)", obj)
            # (not 扩容提标工程…，并将出水标准提高到…Ⅳ类: what the works achieve —
            # a sum of money per head or per unit changed, 由2100元提高至2400元)
            second = obj[also.end() - 1:] if also and rx("matters", "changes_standard").search(obj[also.end():]) \
                and re.search(r"[0-9]元", obj[also.end():]) else ""
            first = obj[: also.start()] if second else obj
            out.append(Ask(para=p, sentence=s, kind="implicit", marker="拟", vp=first, obj=first, before=s[: m.start()],
                           context=t[:off], classes=_classes(first), connective=turned, item=para_items.get(id(p)),
                           text=clip(s[m.start():].lstrip("，,"))))
            if second:
                out.append(Ask(para=p, sentence=s, kind="coordinated", marker="并", vp=second, obj=second,
                               before="", context=t[:off], classes=_classes(second), connective=False,
                               item=para_items.get(id(p)), text=clip(second)))
        seen_paras.append(t)
    # (我局拟举办…篮球赛，并举办…展览，现分别请示如下：: a lead that says its
    # entries are put up each on its own announces them — the entries ask,
    # the plans it sums up are not one more ask that would hold them together)
    out = [a for a in out if not (a.kind == "implicit" and a.modality == "ask" and rx("matters", "separately").search(a.sentence))]
    # (where its sentence stands in its paragraph as it was read — quotes
    # masked: 同意我局增设“□□□□□” is found in that text, not in the one
    # written, and would sort before the asks that stand before it)
    read = {id(a.para): squash(mask_quotes(a.para.text)) for a in out if a.para is not None}
    out.sort(key=lambda a: (order.get(id(a.para), 0), read[id(a.para)].find(a.sentence[:8]) if a.para else 0))
    return out


def _quoted_names(text: str) -> frozenset[str]:
    """What ``text`` names in quotation marks (“乡聘村用” → 乡聘村用)."""
    return frozenset(re.findall(r"“([^“”]{2,30})”", text))


def _word_at(s: str, k: int) -> str | None:
    """The word of ``s`` at ``k``, with the word before it when it is one
    character or a bare 标准 (停车|费 → 停车费, 收费|标准 → 收费标准): what a
    standard is called; None when that is under two characters."""
    toks = tokens(s)
    for i, (at, w, _) in enumerate(toks):
        if at <= k < at + len(w):
            # (…生活|补贴 → 生活补贴: a kind of money is named by the word before it)
            if (len(w) < 2 or w == "标准" or w in vocab()["kinds"]["funds"]) and i:
                w = toks[i - 1][1] + w
            return w[:6] if len(w) >= 2 else None
    return None


# A plan that says only the manner of an act its sentence already told
# (拟采取政府引导、企业运营方式建设; 拟按“先建后补”办法实施): how the thing is
# done, no plan of a thing.
_MANNER_ONLY = re.compile(r"(?:采取|采用|按照?|通过|以|实行)[^，,。；;]{1,24}?(?:方式|模式|形式|办法|机制)"
                          r"(?:进行|组织)?(?:建设|实施|运营|推进|开展|管理|运行|筹建)?[。；;]?$")

# The proposed thing named as a noun: 拟, a verb of one character and its
# object, which is then the subject of what follows (拟设区域位于…, 拟建项目
# 在…, 拟征地块已…) — not 拟建厂房3栋, the plan and its count.
_PROPOSED_THING = re.compile(r"[设建选征用租购迁]([\u4e00-\u9fff]{2,4}?)(?:位于|地处|在|涉及|已|均|总|共|占地)")


def _no_thing_planned(plan_word: str, rest: str) -> bool:
    """Does the plan word (its match ending on it) state no plan of a thing,
    by what follows: 计划 before a total (计划总投资1200万元 — the planned
    figure, a noun phrase), a plan that says only how (拟采取政府引导、企业
    运营方式建设), or the proposed thing named as the subject of a statement
    (拟设区域在规划用地…方面均已达到认定条件)?"""
    if plan_word.endswith("拟") and (thing := _PROPOSED_THING.match(rest)):
        toks = tokens(rest[: thing.end(1)])
        if len(toks) == 2 and toks[0][2] == "v" and toks[1][2][:1] == "n":
            return True
    return (plan_word.endswith("计划") and re.match(r"总[\u4e00-\u9fff]{1,3}(?:约|为|达)?[0-9０-９一二三四五六七八九十]", rest)
            is not None) or _MANNER_ONLY.match(rest) is not None


def _issuer_levels(doc: Document) -> str:
    """The level words (镇, 县) that open the writer's own names (柳树口镇人民
    政府 → 镇): a body named under one of them is the writer's."""
    return "".join(sorted({stem[-1] for stem, _ in _issuer_forms(doc) if stem and stem[-1] in "省市县区镇乡"}))


def _level_body_plan(plan: re.Pattern[str], s: str) -> re.Match[str] | None:
    """The first plan of ``plan`` whose subject, under the writer's level
    word, names a body (镇机关食堂, 镇卫生院) — not a place or a thing (镇区
    道路)."""
    m = _first_plan(plan, s)
    # (县劳动保障监察大队: or a name that ends on a body's head, whatever the
    # tagger reads its words inside as — 劳动|vn 保障|v)
    return m if m and (_opens_with_a_body(m.group("who")) or _ends_on_a_body_head(m.group("who"))) else None


def _ends_on_a_body_head(name: str) -> bool:
    """Does ``name`` (a level word, then more) end on the head a body's name
    ends on (局, 中心, 大队), after words of its own?"""
    return len(name) >= 4 and name.endswith(tuple(_body_heads()))


def _first_plan(plan: re.Pattern[str], s: str) -> re.Match[str] | None:
    """The first match of ``plan`` in ``s`` whose plan word is a word of its
    own — not part of a longer one (计划生育, 计划单列, 年度计划, 模拟法庭)."""
    for m in plan.finditer(s):
        verb = re.search(r"(?:拟|计划|准备|打算|建议)$", m.group(0))
        if verb and _no_thing_planned(m.group(0), s[m.end():]):
            continue
        if not verb or not _inside_a_word(s, m.start() + verb.start(), len(verb.group(0))):
            return m
    return None


def _plans_an_act(text: str) -> bool:
    """Does ``text`` say 拟, as a word, before a verb or the preposition that
    brings in its act (市场改造拟对顶棚…进行重建) — a plan, whoever's?"""
    for x in re.finditer("拟", text):
        if _inside_a_word(text, x.start(), 1):
            continue
        after = tokens(text[x.end(): x.end() + 8])
        # (not 省里拟补助120万元: a funder's money, no act of a plan)
        if after and after[0][2][:1] in ("v", "p") and after[0][1] not in verb_classes()["allocate"]:
            return True
    return False


def _first_own_plan(s: str) -> re.Match[str] | None:
    """The writer's first plan in ``s`` (see _first_plan), or, before it, a
    clause that opens on when and then the bare plan word (2026年春节后拟组织…,
    明年拟…) — the writer's plan, as 我镇拟… is."""
    first = _first_plan(_own_plan(), s)
    for m in _when_plan().finditer(s, 0, first.start() if first else len(s)):
        if _only_when(m.group("when")) and not _inside_a_word(s, m.end() - 1, 1):
            return m
    return first


@lru_cache(maxsize=1)
def _when_plan() -> re.Pattern[str]:
    return re.compile(r"(?:^|[，,])(?P<when>[^，,。；;：:]{2,12}?)(?:" + _plan_verb() + ")")


def _inside_a_word(s: str, at: int, n: int) -> bool:
    """Is the word of ``n`` characters at ``at`` part of a longer word of the
    sentence — one that opens before it (模|拟), or a noun or set phrase that
    goes on past it (计划生育) — rather than a word itself or a verb that
    fuses with what follows (拟将)?"""
    for k, w, f in tokens(s):
        if k <= at < k + len(w):
            return k < at or (len(w) > n and f[:1] in ("n", "l", "j", "i"))
    return False


@lru_cache(maxsize=1)
def _topic_plan_rx() -> re.Pattern[str]:
    return re.compile(r"^[，,]?(?P<topic>[\u4e00-\u9fff“”]{4,24}?)(?:" + _plan_verb() + ")")


def _topic_plan(s: str) -> re.Match[str] | None:
    """农村最低生活保障标准拟由每人每年5760元提高到…: a sentence that opens on
    the thing to be changed, a noun phrase (ending on a noun, with no
    preposition, pronoun, adverb, time word or particle in it), then 拟 —
    the writer's proposal on it, as 我局拟调整… is."""
    m = _topic_plan_rx().match(s)
    if not m:
        return None
    toks = tokens(m.group("topic").strip("“”"))
    if not toks or not (toks[-1][2][:1] in ("n", "j") or toks[-1][2] == "vn") \
            or any(f[:1] in ("p", "r", "c", "d", "t", "f", "u") for _, _, f in toks):
        return None
    return m


def _titles_thing_plan(s: str, title: str) -> re.Match[str] | None:
    """延伸工程拟从…换热站…敷设一级管网…, under 关于镇区集中供热管网延伸工程的
    请示: a sentence that opens on the works its title names (by its name or
    the name's end, three characters or more), then 拟 — the writer's plan for
    those works, put up as 我镇拟… is."""
    m = _topic_plan(s) if title else None
    topic = m.group("topic").strip("“”，,") if m else ""
    # (works, by their bare head — not 孵化基地设在…, 保税区选址于…: where a
    # thing stands, said of it)
    return m if len(topic) >= 3 and topic in title and topic.endswith(_WORKS_HEADS) else None


def _changes_the_titles_standard(rest: str, title: str) -> bool:
    """经县发展和改革局成本调查，建议将路内停车收费调整为首小时3元…, under 关于
    调整…停车场收费标准的请示: a suggestion that changes the standard its
    title names is the writer's proposal put up, whoever surveyed the cost
    before it."""
    if not title:
        return False
    # (将X调整为…, 将X提高到…: X by its nouns — 停车, 出租汽车 — in the title)
    ch = rx("matters", "new_level").search(rest)
    if not ch:
        return False
    return any(len(w) >= 2 and f[:1] == "n" and informative(w) and w in title for _, w, f in tokens(rest[: ch.start()]))


def _schedule_only(rest: str) -> bool:
    """Does the plan after 拟 say only when or in what steps the plan is
    carried out (分两年实施，; 按以下步骤推进：) — a schedule, no plan of a thing?"""
    return bool(rx("matters", "schedule").match(rest))


def _modifies_a_noun(rest: str) -> bool:
    """Does the need word before ``rest`` head a clause that modifies a noun
    (列为需要限期整改的问题; 需解决的困难): a verb, then 的 and a thing
    that counts nothing — not a need stated (需要专业的技术人员; 需解决的
    缺口约50万元)?"""
    clause = re.split(r"[，,。；;：:]", rest, maxsplit=1)[0]
    if "的" not in clause:
        return False
    lead, tail = clause.rsplit("的", 1)
    if not lead or re.search(r"[0-9０-９一二三四五六七八九十两百千万]", tail):
        return False
    toks = tokens(lead)
    return bool(toks) and toks[-1][2].startswith("v")


def _no_plan_at(s: str, start: int, end: int) -> bool:
    """Is the plan or need word of ``s`` at ``start``–``end`` no plan put up?
    - its condition (如需进一步修改完善，我局将…): a case the writer meets
      itself, if it arises;
    - a modifier (村里急需的道路维修…): 的 after it, nothing planned;
    - a noun phrase (拟扩区范围符合国土空间规划…): the plan's thing named
      as the subject of what is said of it;
    - a schedule (拟按以下步骤推进：): when or in what steps, no thing."""
    cond = rx("modality", "conditional").search(s)
    if cond and cond.start() <= start < cond.end():
        return True
    # (项目原计划6月底完工: the plan that was, told — not one put up)
    if rx("modality", "plan_was").search(re.sub("(?:" + _plan_verb() + ")$", "", s[:end])) \
            or (rx("modality", "underway").search(s[:start]) and rx("modality", "timetable").match(s[end:])):
        return True
    # (若县级加发标准由每人每月10元提高到20元，每年需增加财政支出约1183万元:
    # what a supposition would cost — the plan's price worked out, no need put up)
    if rx("modality", "supposition").search(s[:start]):
        return True
    if s[end: end + 1] == "的":
        return True
    if not s[start: end].endswith("拟") and _modifies_a_noun(s[end:]):
        return True
    # (…分为三段：一、凤台街至府城路段…，计划于5月至7月实施: when, by any
    # word a plan is stated with)
    if _schedule_only(s[end:]):
        return True
    toks = tokens(s[end: end + 14])
    if not s[start: end].endswith("拟") or len(toks) < 3 or not toks[0][2].startswith("v"):
        return False
    k = 1
    while k < len(toks) and toks[k][2][:1] == "n":
        k += 1
    noun = "".join(w for _, w, _ in toks[1:k])
    # (not a character of a name the tagger cut: 县域|医|共|体 — a one-character
    # word of saying is followed by what it says, not by a noun)
    if k + 1 < len(toks) and len(toks[k][1]) == 1 and toks[k + 1][2][:1] == "n":
        return False
    return len(noun) >= 2 and k < len(toks) and toks[k][1].startswith(tuple(vocab()["matters"]["said_of_a_thing"]))


# ---------------------------------------------------------------- 报告 (ZG102)
def report_requests(doc: Document) -> list[Ask]:
    """The asks of a 报告 that request something (approve, decide, give,
    coordinate, reply) rather than what a 报告 may say (请审阅…)."""
    if doc.doc_type != "报告":
        return []
    return [a for a in find_asks(doc) if a.is_request]


# ---------------------------------------------------------------- matters (ZG101)
@dataclass
class Matter:
    """A running summary of the asks grouped as one matter."""

    asks: list[Ask]
    spec: frozenset[str] = frozenset()
    object_spec: frozenset[str] = frozenset()
    resources: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    items: frozenset[int] = frozenset()
    context_spec: frozenset[str] = frozenset()
    all_elliptical: bool = True
    # what is read off ``told`` — its totals, its counts — by the length it
    # was read at: read again only when the matter has grown
    read_off: dict[str, tuple[int, object]] = field(default_factory=dict)
    heads: frozenset[str] = frozenset()
    detail_only: bool = True  # every ask so far is a land/procedure detail
    land_turns: list[Ask] = field(default_factory=list)
    case_words: frozenset[str] = frozenset()
    paras: frozenset[int] = frozenset()
    sections: frozenset[str] = frozenset()
    why: str = ""  # why it is not one of the matters before it (the decision table's words)
    elsewhere: bool = False  # its first ask states another body's own case or use
    new_body: bool = False  # …or its paragraph opens on a body never named, stating what it has
    texts: str = ""  # its paragraphs as written
    grams: set[str] = field(default_factory=set)  # their runs of four Chinese characters
    head_names: set[str] = field(default_factory=set)  # its things' short names (服务中心, 中心)
    preludes: str = ""  # the paragraphs written before its asks' own (the case they state)
    told: str = ""  # its paragraphs and their preludes, in one string (made as they grow)
    told_runs: set[str] = field(default_factory=set)  # …and their runs of 2–6 characters (a word's lookup: one set lookup)
    others_told: str = ""  # entries of those preludes that tell another thing than its asks name
    vps: str = ""  # its asks' verb phrases, in one string (made as they grow)
    acts: set[str] = field(default_factory=set)  # the two-character verbs its asks open on (租用, 追加)
    moved: bool = False  # they move what exists (搬迁新建…): nothing is built anew
    # what its paragraphs and preludes build or set up, kept as they grow
    # (each paragraph read once: comparing with a long matter stays linear)
    built: set[str] = field(default_factory=set)  # names, whole and short (…处理中心)
    built_heads: set[str] = field(default_factory=set)  # their last words (中心)
    built_ends: set[str] = field(default_factory=set)  # the ends of what a build or set-up verb names (站, 中心)
    sums: set[str] = field(default_factory=set)  # the sums its own paragraphs state (1410万元)
    # the things they count (保育员12名), and in how many of its paragraphs
    counted: dict[tuple[str, str], int] = field(default_factory=dict)
    sentences: set[str] = field(default_factory=set)  # its asks' sentences
    venue_places: frozenset[str] = frozenset()  # where its events are held (在县全民健身中心举办…)
    venues: frozenset[str] = frozenset()  # …and their key words
    restandards: bool = False  # one of its asks changes a standard in force
    # the heads its occasions' names end on (会 of …发展大会, 赛 of …邀请赛), as they grow
    occasion_heads: set[str] = field(default_factory=set)
    builds: bool = False  # a build verb in its own paragraphs
    told_builds: bool = False  # …or in their preludes (each read once, as it is added)
    prelude_builds: bool = False  # a build verb in their preludes, before their own paragraphs
    lead: str = ""  # the first prelude told, the account the matter opens on
    verbs: set[str] = field(default_factory=set)  # every two-character verb its asks name (承办, 申请)
    # the nouns its texts open clauses on, each with the nouns it owns there
    # (活动 → 时间, 场地, 期间): see _names_by_its_short_name
    owners: dict[str, set[str]] = field(default_factory=dict)

    def add(self, a: Ask) -> None:
        self.asks.append(a)
        self.sentences.add(a.sentence)
        self.vps += "|" + (a.vp or "")
        self.acts |= {w for _, w, f in tokens(a.vp or "")[:3] if f == "v" and len(w) == 2}
        self.verbs |= {w for _, w, f in tokens(a.vp or "") if f == "v" and len(w) == 2}
        self.case_words |= a.case_words
        if a.section is not None:
            self.sections |= {a.section}
        if a.para is not None and id(a.para) not in self.paras:
            self.paras |= {id(a.para)}
            t = _flat(a.para.text)
            prelude, others = _its_own_case(a)
            self.others_told += "|" + others if others else ""
            self.texts += "|" + t
            self.grams |= _grams(t)
            self.preludes += "|" + prelude
            self.lead = self.lead or prelude
            self.told += "|" + t + "|" + prelude
            # (我局拟建设…县级分厅，主要内容包括：‖（一）…‖（二）整理迁移历史审批档案…:
            # what its paragraph led into is told with it — the next ask's
            # prelude starts after the list)
            self.told += "".join("|" + x for x in a.led_paras)
            for x in (t, prelude):
                for w, after in _clause_owners(x).items():
                    self.owners.setdefault(w, set()).update(after)
            self.told_runs |= _runs_of(t) | _runs_of(prelude)
            self.occasion_heads |= {o.group(0)[-1] for x in (t, prelude)
                                    for o in rx("matters", "occasion_name").finditer(x)}
            self.moved = self.moved or bool(rx("matters", "moves").search(t + "|" + prelude))
            self.builds = self.builds or bool(rx("matters", "builds").search(t))
            self.prelude_builds = self.prelude_builds or bool(rx("matters", "builds").search(prelude))
            self.told_builds = self.told_builds or self.builds or self.prelude_builds
            for x in _counted_items(t):
                self.counted[x] = self.counted.get(x, 0) + 1
            for x in (t, prelude):
                if x:
                    names, heads = _built_names(x)
                    self.built |= names
                    self.built_heads |= heads
                    self.built_ends |= _built_ends(x)
            # (its own paragraphs' sums only: a sum its prelude states may be
            # another matter's — 需资金68.5万元 told before a passing ask for
            # posts is the money the later ask names)
            self.sums |= _sums(t)
        if a.kind in ("implicit", "explicit", "entry"):
            h = _head_noun(a.obj)
            self.head_names |= {h[i:] for i in range(len(h) - 1)}
        detail = frozenset(vocab()["matters"]["detail_kinds"])
        if a.kind == "implicit" or not a.kinds or a.resources or not (a.kinds <= detail):
            self.detail_only = False
        self.spec |= a.spec
        if a.kind in ("implicit", "explicit", "entry", "coordinated"):
            places = _venues(a.sentence)
            self.venue_places |= places
            self.venues |= _words_of_places(places)
        self.restandards = self.restandards or a.changes_standard
        if head(a.obj):
            self.heads |= {head(a.obj)}
        self.kinds |= a.kinds
        self.resources |= a.resources
        if a.item is not None:
            self.items |= {a.item}
        if not a.elliptical:
            self.all_elliptical = False
            self.object_spec |= a.object_spec
        elif not self.spec:
            self.context_spec |= a.context_spec
        if a.connective and "land" in a.kinds:
            self.land_turns.append(a)

    @property
    def first(self) -> Ask:
        return self.asks[0]


def _in_told(w: str, texts: str, runs: set[str] | None) -> bool:
    """``w in texts``, by the runs where they were kept."""
    return w in runs if runs is not None and 2 <= len(w) <= 6 else w in texts


def _grams(text: str, n: int = 4) -> set[str]:
    """The runs of ``n`` Chinese characters in ``text``."""
    return {r[i: i + n] for r in re.findall(r"[\u4e00-\u9fff]{%d,}" % n, text) for i in range(len(r) - n + 1)}


def _mentions(obj: str, grams: set[str]) -> bool:
    """Does ``obj`` name again, word for word, something the matter's
    paragraphs name (a run of four Chinese characters, their ``grams``,
    that is not an address or an ask)? One set lookup a run: linear."""
    if not grams:
        return False
    skip = rx("matters", "not_a_mention")
    return any(k in grams and not skip.search(k) for k in _grams(obj))


def _said_before(words: frozenset[str], m: "Matter", b: "Ask") -> bool:
    """Did the matter's paragraphs (but ``b``'s own, after its context) or the
    case before them use one of the informative ``words``?"""
    rare = [w for w in words if informative(w)]
    if not rare:
        return False
    own_para = _flat(b.para.text) if b.para is not None else ""
    earlier = (m.texts.replace(own_para, "") if own_para else m.texts) + m.preludes + (b.context or "")
    return any(w in earlier for w in rare)


def _own(spec: frozenset[str], bg: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in spec if not overlap(frozenset([w]), bg))


@dataclass
class _Ctx:
    topic: Callable[[], frozenset[str]]
    background: Callable[[], frozenset[str]]
    # a matter's own words (not the background), kept as the matter grows:
    # (id(matter), which) → (the words seen, their own part) — each word is
    # judged once, so comparing with a long matter stays linear
    owns: dict = field(default_factory=dict)
    # id(matter) → (its paragraphs when read, its plan's key words)
    plans: dict = field(default_factory=dict)
    opening: "Matter | None" = None  # the matter the document opens with, once found
    field: Callable[[], frozenset[str]] = frozenset  # the issuer's field (应急 of 应急管理局)
    title: str = ""  # the title's core (支持县人民医院创建三级综合医院)
    writer: Callable[[], tuple[str, ...]] = tuple  # the issuer's names (某县统计局)

    def own_of(self, m: "Matter", which: str) -> frozenset[str]:
        words = getattr(m, which)
        seen, own = self.owns.get((id(m), which), (frozenset(), frozenset()))
        if words is not seen and words != seen:
            own = own | _own(words - seen, self.background())
            self.owns[(id(m), which)] = (words, own)
        return own


def _pronoun_at(text: str) -> int:
    """Where 其 stands for what was named before: as the object (将其列入
    计划, 对其给予补助) or, after any word of its clause, as its owner (核定
    其床位规模和诊疗科目) — not opening its clause (其于8月提交申请: a party,
    the subject), nor in 其中、其他、尤其; -1 when nowhere."""
    m = rx("matters", "pronoun").search(text)
    if m:
        return m.start()
    toks = tokens(text)
    for i, (k, w, f) in enumerate(toks):
        if w == "其" and i and toks[i - 1][1] not in "，,；;。：:、" and f == "r":
            return k
    return -1


def _land_for_other_project(x_obj: str, x_spec: frozenset[str], x_conn: bool, x_backref: bool, x_kinds,
                            other_spec: frozenset[str], bg: frozenset[str]) -> bool:
    if not x_conn or x_backref or "land" not in x_kinds:
        return False
    if not rx("matters", "land_for_project").search(x_obj):
        return False
    own = _own(x_spec, bg)
    return bool(own) and not overlap(own, other_spec)


def _repeats_a_title_run(obj: str, told: str, title: str, n: int = 5) -> bool:
    """Does a clause of ``obj`` end on the thing ``title`` ends on — its
    last ``n`` characters or more, Chinese only — which ``told`` names too?"""
    for k in range(min(len(title), 16), n - 1, -1):
        r = title[-k:]
        if re.fullmatch(r"[\u4e00-\u9fff]+", r) and r in told and re.search(re.escape(r) + r"(?:$|[，,。；;])", obj):
            return True
    return False


def _same_title_word(a: frozenset[str], b: frozenset[str], topic: frozenset[str] | None) -> bool:
    """Do ``a`` and ``b`` both name, as the title writes it, one informative
    word of the title's topic? Whole words only: 中小学教师 is not the title's
    两所小学."""
    return bool(topic) and any(informative(w) for w in a & b & topic)


def _field_words(x: str, y: str, topic: frozenset[str]) -> frozenset[str]:
    """The words of the title's topic that ``x`` and ``y`` both make the
    modifier of a different thing (高标准农田|建设任务 and 高标准农田|建后管护
    现场推进会): the field both are in, not the thing either asks for. Past
    the topic's own words, the next words after each differ."""
    def goes_on(w: str, text: str) -> set[str]:
        out = set()
        for at in re.finditer(re.escape(w), text):
            nxt = ""
            for _, t, f in tokens(text[at.end(): at.end() + 12]):
                if t in topic:
                    continue
                # (a noun goes on into a name; so does a verb of one
                # character the cut left alone — 建|后管护 — not 大厅|现有人员)
                if f[:1] in ("n", "j") or f == "vn" or (f == "v" and len(t) == 1):
                    nxt = t
                break
            out.add(nxt)
        return out

    out = set()
    for w in topic:
        gx, gy = goes_on(w, x), goes_on(w, y)
        if gx and gy and "" not in gx and "" not in gy and gx.isdisjoint(gy):
            out.add(w)
    return frozenset(out)


def _opens_on_a_time(sentence: str) -> bool:
    """Does a sentence open on a time of its own (今年以来, 2026年春节后, 明年) —
    words the tagger reads as a time, a number or a position, at least one
    of them a time — before anything else?"""
    n = 0
    timed = False
    for _, w, f in tokens(sentence):
        if f in ("t", "m", "f", "q", "eng") or w in ("年", "月", "日") or w.endswith("以来"):
            n += len(w)
            timed = timed or f == "t" or w.endswith("以来")  # (今年以来, 入汛以来: since a time)
            continue
        break
    return timed and n >= 2


def _adds_a_told_case(b: Ask) -> bool:
    """Does ``b``'s sentence open on 同时， and tell a case of its own before
    it asks (同时，我局机关办公楼消防设施…已下达整改通知，请求…)? Such a
    sentence adds another case, as 此外， does; 同时，请县财政安排… adds to the
    sentence before it."""
    m = re.match(r"[，,]?同时[，,]", b.sentence)
    if not m:
        return False
    told = (b.before or "")
    k = told.find(m.group(0).lstrip("，,"))
    told = told[k + len(m.group(0).lstrip("，,")):] if k >= 0 else told
    return bool(re.search(r"[，,；;]", told))


def _event_period(text: str) -> bool:
    """Does ``text`` name the period of an event (赛期内, 会期间, 节期间) —
    not a feast's time (春节期间: 春节|期间, the 节 inside a time word)?"""
    for x in re.finditer(r"[赛会展节]期(?:内|间)", text):
        at = next((t for t in tokens(text[max(0, x.start() - 4): x.end()])
                   if t[0] <= min(x.start(), 4) < t[0] + len(t[1])), None)
        if at is None or at[2] != "t" or len(at[1]) < 2:
            return True
    return False


def _after_its_act(b: Ask, m: "Matter") -> bool:
    """Does ``b``'s clause open on the time after an act named bare — no
    one's, no thing's, a verb alone or cut short with its object (调整后,
    实施后, 调标后, 提标后) — for money, in a matter that proposes a plan
    (拟…)? The act is the plan's, and the need its cost (…拟将…标准由…提高到… ‖ 全县
    现有…2317人，调标后全年需增加资金约139万元) — as it is by the new one of
    what the plan changes (按新标准每年需增加资金…)."""
    # (money only: 搬迁后开设住院部还需增加编制10名 after a plan to rebuild a
    # clinic asks the posts of a new service, not what the move costs)
    plans = [a.obj or "" for a in m.asks if a.kind == "implicit" and a.marker == "拟"]
    if b.kinds != {"funds"} or not plans:
        return False
    clause = re.split(r"[，,。；;：:]", (b.before or "") or (b.context or ""))[-1]
    # (按新标准每年需增加资金 after 拟将…供养标准由…提高到…: the new one of
    # what the plan changes, by the word the plan named it with)
    new = re.match(r"按(?:照)?(?:新|(?:调整|提高)后的?新?)([\u4e00-\u9fff]{2})", clause)
    if new and any(new.group(1) in p for p in plans):
        return True
    toks = tokens(clause)
    if len(toks) < 2:
        return False
    if toks[0][2] == "v" and len(toks[0][1]) == 2 and toks[1][1] == "后":
        return True
    return len(toks) >= 3 and toks[0][2] == "v" and len(toks[0][1]) == 1 and toks[1][2] == "n" \
        and len(toks[1][1]) == 1 and toks[2][1] == "后"


@lru_cache(maxsize=1)
def _after_its_works() -> re.Pattern[str]:
    """An act that builds, then 后 (扩建后, 改造完成后): the time after it."""
    return re.compile("(" + vocab()["matters"]["builds"] + r")(?:完成|完工)?(?:后|以后)")


def _in_its_phase(b: Ask, texts: str, matter_builds: bool, told_builds: bool, runs: set[str] | None = None,
                  occasion_heads: "set[str] | frozenset[str]" = frozenset()) -> bool:
    """Does ``b``'s paragraph set its need in a phase or the cost of the
    matter's own act (改造期间大桥需全封闭施工, 改造前须迁移管线, 扩建总投资
    约900万元): the act a verb the matter's paragraphs name, opening its
    clause, then 期间/前/总投资?"""
    upto = (b.context or "") + (b.before or "")
    # (…笔试初定于8月下旬进行。届时约有4000名考生参加，…请县教育局安排…作为
    # 考点: a sentence opening on "at that time", after a sentence of its
    # paragraph that told of the matter — the time that sentence set)
    if b.context and texts and b.sentence.lstrip("，,").startswith("届时"):
        prev = re.split(r"[。；;]", b.context.rstrip("。；;，, "))[-1]
        if any(len(w) >= 2 and f[:1] in ("n", "v") and informative(w) and w in texts for _, w, f in tokens(prev)):
            return True
    # (会上拟表彰… after a plan to 召开…大会; 赛前… after a match: the one
    # occasion's own head, then where or when within it)
    if occasion_heads and re.match("(?:" + "|".join(map(re.escape, sorted(occasion_heads))) + ")(?:上|前|后|中)[，,]?",
                                   _unlabelled((b.context or "") or b.sentence.lstrip("，,"))):
        return True
    shifted = bool(rx("matters", "topic_shift").match(b.sentence.lstrip("，,")))
    if b.context and (shifted or _adds_a_told_case(b)):
        # (改造期间，我镇将设临时市场…。另，镇机关食堂…，一并请县政府同意: a
        # sentence that turns to another topic is out of the phase its
        # paragraph opened on — as it is in a paragraph of its own)
        upto = b.before or ""
    elif b.context and _opens_on_a_time(b.sentence.lstrip("，,")):
        # (…搬迁期间采取错峰分批搬迁方式…。今年以来，中心推行周六延时服务，…
        # 请…: a sentence that opens on a time of its own is out of the phase
        # its paragraph set, as a turn to another topic is)
        upto = b.before or ""
    # (请县市场监管局在施工期间帮助做好经营户安置 after 拟对市场实施提质改造:
    # an act asked in the works of what the matter builds or repairs, by
    # their common word)
    timed = _TIMED_BY.match(b.vp or "")
    if timed and told_builds and timed.group("act") in vocab()["matters"]["works_acts"]:
        return True
    # (同意该院扩建后面向社会公开招聘护理员6名 after 拟对该院实施改扩建: the
    # time after the act the matter builds by — that act's own verb, then 后)
    done = _after_its_works().search((b.context or "") + (b.before or "") + (b.vp or ""))
    if done and told_builds and texts and done.group(1) in texts:
        return True
    if not upto or not texts:
        return False
    # (购车资金约130万元，请县财政…安排 after 拟购置负压救护车2辆: the cost of
    # the matter's act, the act said short — its verb's first character and
    # its object's head)
    cost = re.match(r"([\u4e00-\u9fff]{2})(?:资金|经费|费用|款项)", _unlabelled(upto))
    if cost and _abbreviates_its_act(cost.group(1), texts):
        return True
    # (what the matter told before the ask: in a run-on paragraph the
    # matter's text runs on past it — …请县政府予以同意。…拟延聘…，延聘期间… —
    # and an act told after the ask, or by the ask itself, sets no phase of
    # the matter's)
    k = texts.find(b.sentence)
    prior = texts[:k] if k >= 0 else texts
    # (its unit's last sentences only, in a long run of them: what is read
    # before an ask does not grow with the paragraph)
    whole, upto = upto, upto[-_UNIT_WINDOW:]
    toks = tokens(upto)
    mv = vocab()["matters"]
    phases = set(mv["phases"])
    attrs = phases | set(mv["act_costs"]) | set(mv["act_needs"])
    works = set(mv["works_acts"])
    asking = _all_verbs() | set(vocab()["markers"]["grant"]) | _markers_set()
    if rx("matters", "after_completion").search(upto) and told_builds:
        return True  # 建成后需专职管理人员: the life of what the matter builds
    if rx("matters", "bare_head_phase").search(upto):
        return True  # 赛事期间需…, 活动期间…, 项目施工期间需…: the one matter's own time
    if whole.startswith("届时"):
        # (届时现场人员较多，请县公安局派出警力…: a paragraph opening on "at that
        # time" — the matter's; not 将于年底到期，届时…, a time its own sentence set)
        return True
    # (协调学校在比赛期间调整体育课 after …设门球等8个比赛项目: the time of an
    # act the matter's account names — an act, not a season or a feast)
    # (比赛期间 after the matter's 邀请赛: the event by the common word for
    # its kind, the head its name ends on — the matter's, read as it grew)
    # (起草完成后，…请县司法局进行合法性审核 after 拟起草《…办法》: the
    # time after it, as well)
    # (为平稳过渡，拟在改革第一年…: a year of the act's own life, counted from it)
    # (创建工作中…短板项目尚需资金 after 启动…示范区创建工作: the course of
    # the matter's own work, said by 工作中 as by 过程中)
    # (运营初期入住率较低，请…给予运营补贴 after 拟将…委托…机构运营: the
    # first span of the act's own life, as its first year)
    for x in re.finditer(r"([\u4e00-\u9fff]{2})(?:期间|过程中|工作中|初期|之初|(?:完成|结束)后|(?:后的?)?(?:第[一二三四五1-5]|首)(?:年|个月))",
                         upto + (b.obj or "")):
        act = x.group(1)
        ctoks = tokens(act)
        if len(ctoks) == 1 and ctoks[0][2] in ("v", "vn") and act in prior:
            return True
        if len(ctoks) == 1 and act[-1] in occasion_heads and ctoks[0][2] != "t":
            return True  # (not 春节期间, a feast: a time, whatever head it ends on)
        # (数字化加工期间 after 馆藏档案数字化实施方案: the act named by the
        # project's own word before it — the project's act, in its words)
        if len(ctoks) == 1 and ctoks[0][2] in ("v", "vn"):
            lead = re.split(r"[，,。；;：:]", (upto + (b.obj or ""))[: x.start()])[-1][-4:]
            ltoks = tokens(lead)
            if ltoks and len(ltoks[-1][1]) >= 3 and ltoks[-1][0] + len(ltoks[-1][1]) == len(lead) \
                    and ltoks[-1][1] in prior:
                return True
    # (在赛期内予以开放, 会期、展期、节期: the period of an event, after a
    # matter that holds one — and a clause that opens on a time within it,
    # whatever part of the event it names: 开幕式当天, 比赛期间, 活动当日)
    # (not a time of the calendar before it: 今年春节期间我乡组织了…社火
    # 展演 — a feast's days, not the event's)
    # (当天拟开通…免费班车 after 拟于2月15日举办…招聘会: or the bare time word
    # alone, the day of the one occasion told)
    inside = re.match(r"([\u4e00-\u9fff]{0,8}?)" + rx("matters", "within").pattern, _past_label_and_writer(whole))
    # (另外，…我局拟于8月上旬在珏山景区周边举办…邀请赛，…并请县公安局在比赛期间…
    # after a matter that holds a festival: a sentence that turns to another
    # topic and schedules an occasion of its own names that occasion's period)
    schedules_its_own = shifted and bool(rx("matters", "occasion").search(b.before or ""))
    if occasion_heads and not schedules_its_own \
            and (_event_period(upto + (b.obj or "")) or (inside and not _only_when(inside.group(1)))):
        return True
    # (将扩建后新增床位纳入…: after the very act the matter names, in what
    # is asked as well as before it)
    # — the act bare, as the clause's first words, not a thing's of its own:
    # 便民服务中心改造后办公设备不足)
    own = upto + (b.obj or "")
    for a in re.finditer(vocab()["matters"]["builds"] + "(?:完成|完工)?(?:后|以后|期间|过程中)", own):
        clause = re.split(r"[，,。；;：:]", own[: a.start()])[-1]
        ctoks = tokens(clause) if clause else ()
        last = ctoks[-1] if ctoks else None
        if (last is None or last[2][:1] not in ("n", "r")) and a.group(0)[:2] in prior:
            return True
    costs = set(mv["act_costs"])

    def cost_after(n: int, through: Callable[[tuple[int, str, str]], bool]) -> bool:
        # a cost word after token n, past only the tokens ``through`` allows
        k = n + 1
        while k < len(toks) and toks[k][1] not in costs and through(toks[k]):
            k += 1
        return k < len(toks) and toks[k][1] in costs

    prev = "x"
    for n, (_, w, f) in enumerate(toks[:-1]):
        # (招聘所需…经费, 招录后新增人员经费: what the matter's own act
        # needs, or costs once done)
        # (拆除所需…费用 opening its sentence: an act with no object named
        # is the matter's, in its words or not)
        after = toks[n][0] + len(w)
        needs = (upto.startswith(("所需", "后", "以后"), after) and _in_told(w, texts, runs)) \
            or (upto.startswith("所需", after) and (n == 0 or toks[n - 1][1] in "。；;"))
        if f.startswith("v") and len(w) >= 2 and w not in asking and (matter_builds or needs) \
                and _opens_sentence(upto, toks[n][0]):
            # 改造及设备购置投资约460万元, 装修及设备采购投资… in a matter that
            # builds: works, and the acts joined to them, with no thing of
            # their own — the cost of the matter's works
            # (not in a paragraph that opens on a body the matter never named:
            # 县建筑工程质量检测站现有检测设备…。经测算，设备更新需资金… after
            # a renovation plan — that body's cost, not the plan's works)
            if matter_builds and cost_after(n, lambda t: t[2] in ("c", "v", "vn", "m") or t[1] == "、") \
                    and not (b.para is not None and _opens_on_a_new_body(_flat(b.para.text), texts)):
                return True
            # 招聘所需笔试、面试组织经费约9万元: what the matter's own act
            # needs, whatever the words before the cost
            if needs and cost_after(n, lambda t: t[1] not in ("，", ",", "。", "；")):
                return True
        k = n + 1  # past 总/所需/的 and adverbs (创建还需…)
        while k + 1 < len(toks) and (toks[k][1] in ("总", "所需", "的") or toks[k][2] == "d") \
                and toks[k][1] not in attrs:
            k += 1
        nxt = toks[k][1]
        # (改造施工期约5个月: the period of the works, one word, as 施工期间 is)
        works_period = nxt.endswith("期") and nxt[:-1] in works
        # the act opens its clause (扩建总投资…, 扩建需新增用地), not a thing's
        # own (敬老院改造资金), and is the matter's act (or its works: 施工期间),
        # not an asking verb (给予资金)
        if f.startswith("v") and len(w) >= 2 and (nxt in attrs or works_period) and (w in works or _in_told(w, texts, runs)) \
                and prev[:1] in ("x", "p", "r", "c") and w not in asking \
                and (nxt in phases or works_period or _opens_sentence(upto, toks[n][0])):
            # (a cost or need after a thing of its own is that thing's —
            # 食堂设备老化，改造经费…; a phase is the matter's: 线路…，改造前须迁移)
            return True
        prev = f
    return False


def _bare_works_cost(text: str, acts: str = "", only_acts: bool = False) -> bool:
    """Does ``text`` name the cost of works, or of an act ``acts`` names (the
    matter's paragraphs), with no owner of its own (安排建设资金, 项目实施经费,
    安排改建资金, 补助修缮资金 after 实施…修缮 — not 学校建设资金, 敬老院改造
    资金)?"""
    mv = vocab()["matters"]
    toks = tokens(text)
    works = rx("matters", "builds")

    def act(w: str, f: str) -> bool:
        own = len(w) >= 2 and f[:1] == "v" and w in acts
        return own or (not only_acts and (w in mv["works_acts"] or bool(works.fullmatch(w))))

    return any(act(w, f) and toks[i + 1][1] in mv["act_costs"]
               and (i == 0 or toks[i - 1][2][:1] in ("v", "c", "p", "m", "x") or toks[i - 1][1] in mv["bare_heads"])
               for i, (_, w, f) in enumerate(toks[:-1]))


def _opens_sentence(text: str, at: int) -> bool:
    """Nothing but a label or a connective stands before ``at`` in its
    sentence (另，改造经费…; 二是扩建总投资…) — not a thing of its own named
    first (另，机关食堂设备老化，改造经费…: that thing's act)."""
    start = max(text.rfind(c, 0, at) for c in "。；;！？!?") + 1
    lead = text[start:at]
    lead = _past_enumeration(lead)
    # (经测算，开办…经费需36万元; 按省级标准，…: how the sum was reached)
    lead = rx("matters", "reckoned").sub("", lead, count=1)
    return not re.sub(rf"^{_connectives()}?[，,、：:\s]*", "", lead)


def _features(m: Matter, b: Ask, ctx: _Ctx) -> dict[str, Callable[[], bool]]:
    """The conditions of the decision table, for ask ``b`` against matter ``m``."""
    bg = lambda: ctx.background()  # noqa: E731
    agent = rx("matters", "agent_names")
    detail = frozenset(vocab()["matters"]["detail_kinds"])
    # asked by several conditions, worked out once per decision
    names_its_thing = _once(lambda: _names_its_thing(b, m))
    points_elsewhere = _once(lambda: _points_into_its_own_prelude(b, m, ctx.topic()))
    case_apart = _once(lambda: _case_apart(b, m, bg()))
    opening_word = _once(lambda: _opening_word(b, m))
    makes_untold = _once(lambda: _makes_untold(b, m))  # (three features ask it)
    # (does the ask's paragraph say anything before it — a case, a plan?)
    says_before = _once(lambda: has_content((b.context or "") + (b.before or "")))
    # (the opening word as a thing: not a body, nor a word half of all
    # documents use)
    opening_thing = _once(lambda: (w if (w := opening_word()) and not w.endswith(_body_heads()) and informative(w) else ""))

    # 拟在县全民健身中心举办农民运动会 / 请将县全民健身中心日常物业管理费用纳入
    # 预算: the place an event is held at ties no later ask to the event —
    # the place's own needs are another matter — unless the ask names the
    # place in the event's words too (场馆改造以满足比赛要求)
    held_at = _once(lambda: m.venues - _words_of_places(_venues(b.obj)) if m.venues else frozenset())

    def counts_own_thing() -> bool:
        # 协调解决公务用车1辆: a thing of its own counted out — not the area
        # of the land a project needs (办理2.1亩建设用地的用地手续)
        return bool(rx("matters", "quantity").search(b.obj)) and "land" not in b.kinds

    def different_resources() -> bool:
        return bool(m.resources) and bool(b.resources) and not (m.resources & b.resources)

    def names_same_thing() -> bool:
        # (中心开办经费… after 设立…服务中心: the thing by its short name)
        # (not by a place both are in: 古镇 of 大阳古镇)
        # (nor by a body both name, as the one to act or the one that acted:
        # 由县人社局设立… after …已报县人社局审核)
        # (nor by the duties of a body the ask sets up that the matter never
        # named: 设立旅游服务中心…负责…游客接待 after a festival's 接待游客)
        if makes_untold():
            return False
        # (县档案数字化中心扫描设备…故障频繁，…申请资金22万元 after a plan to move
        # windows, 人员和设备随迁: a case that opens on a body the matter never
        # named owns the things it tells — only what the ask itself names may
        # be the matter's)
        spec = b.spec
        told = (b.context or "") + (b.before or "")
        if has_content(told) and _opens_on_a_new_body(_topic_of(_past_writer_to_its_own(told)), m.told):
            spec = specifics(b.obj or "")
        return overlap(_named_things(ctx.own_of(m, "spec") - held_at()), _named_things(_own(spec, bg()))) \
            or _opens_with_its_head(b, m)

    def separate_entries() -> bool:
        # (the same resource — posts — for a body the entry sets up, never
        # named before: 二、…拟设立某县急救指挥中心…核定事业编制12名 after
        # 一、…为县人民医院增加事业编制60名 — another body's, not a shared kind)
        if b.item is None or not m.items or b.item in m.items \
                or (m.resources & b.resources and not _sets_up_untold(b, m)):
            return False
        if _same_title_word(m.spec, b.spec, ctx.topic()):
            return False  # 选聘普查员 / 安排普查员劳务补助: entries on the one thing the title names
        if _sets_up_untold(b, m):
            return True  # (an entry that sets up a body of its own, whatever its case names)
        # (（一）设立晋城技师学院 / （三）核定学院办学规模, 为中心核定编制: the
        # thing it sets up, by its head right after the ask's first verb or
        # preposition — not 推广|中心 inside another's name: 用于县农技推广中心…)
        ot = tokens(b.obj or "")
        # (将其划拨中心作为办公场所: the thing given, by a pronoun under 将/把,
        # then the verb that gives it to the head)
        if len(ot) >= 4 and ot[0][1] in ("将", "把") and ot[1][2] == "r":
            ot = ot[2:]
        if m.built and not m.moved and len(ot) >= 2 and ot[1][1] in m.built_heads \
                and (ot[0][2][:1] in ("v", "p") or ot[0][1] in _all_verbs()):
            return False
        oa, ob = _not_places(ctx.own_of(m, "spec")), _not_places(_own(b.spec, bg()))
        if oa and ob and not overlap(oa, ob):
            return True
        # entries whose objects are different things at heart (少年宫, 操场)
        # even where they share a word (学校)
        hb = head(b.obj)
        return bool(hb and m.heads) and not overlap(frozenset([hb]), m.spec) and not overlap(m.heads, b.spec)

    def land_other() -> bool:
        # a coordinated ask (…，并协调解决X建设用地) turns to its object as a connective does
        turned = b.connective or b.kind == "coordinated"
        if _land_for_other_project(b.obj, b.object_spec, turned, b.backref, b.kinds, m.spec | m.object_spec, bg()):
            return True
        return any(_land_for_other_project(x.obj, x.object_spec, True, x.backref, x.kinds, b.spec | b.object_spec, bg())
                   for x in m.land_turns)

    def turns_to_another_topic() -> bool:
        # (with a connective, or with a case its own sentence states after a
        # matter that named nothing: 以上事项，请县政府批准；村北那片28亩耕地
        # 村里想改种大棚蔬菜…，也请一并批准)
        # (not what the matter's own ask in the same sentence names — 恳请县
        # 财政拨付…，并请…: whom it asked, what it asked — no case stated)
        before = b.before
        for a in m.asks:
            if a.sentence == b.sentence:
                for piece in (a.addressee, a.vp, a.marker):
                    before = before.replace(piece, "") if piece else before
        said = _own(_key_words(before), bg()) if m.all_elliptical and before else frozenset()
        stated = bool(said) and not _said_before(said, m, b)
        if not (b.connective or stated) or b.backref or b.elliptical or m.spec:
            return False
        # (搬迁群众大多没有缝纫技能，… after an account of 搬迁群众: its sentence
        # opens on what the matter's paragraphs named — no other topic; nor
        # past a turn: 同时，宿舍楼投入使用需新建箱式变电站一座，希望…协调…电力增容
        # after an account of the school's 宿舍楼 — the turn is to a need of
        # the thing told, not to a topic of its own)
        if opening_thing():
            return False
        # (陵园东侧拟扩建的…广场需占用林地… in a 请示 on 县烈士陵园修缮: or on
        # the one thing the title and the matter name, though its name ends as
        # a body's does)
        if (w := opening_word()) and w in m.told and w in (ctx.title or ""):
            return False
        if not stated and not b.resources and b.kinds & detail:
            # 同时请协调解决用地: a detail, unless its own sentence — or the
            # turned paragraph before it (另外，乡民兵训练场地一直借用学校操场
            # …。一并恳请…解决训练场用地5亩) — states its case
            told = _own(_key_words((b.context or "") + (b.before or "")), bg()) if b.connective and b.context else frozenset()
            own_para = _flat(b.para.text) if b.para is not None else ""
            earlier = (m.texts.replace(own_para, "") if own_para else m.texts) + m.preludes
            if not any(informative(w) and w not in earlier for w in told):
                return False
        own = frozenset(w for w in b.spec if not agent.search(w))
        # (what the matter's paragraphs before it stated, when it names nothing)
        ref = m.context_spec | (ctx.topic() or frozenset()) | (specifics(m.preludes) if has_content(m.preludes) else frozenset())
        return bool(own) and bool(ref) and not overlap(ref, own)

    def own_entry() -> bool:
        if b.item is None or not m.items or b.item in m.items:
            return False
        t = ctx.topic() or frozenset()
        own = frozenset(w for w in b.object_spec if not overlap(frozenset([w]), t))
        theirs = frozenset(w for w in m.spec | m.object_spec if not overlap(frozenset([w]), t))
        return bool(own) and not overlap(own, theirs)

    def states_own_case() -> bool:
        # 三、县农机技术推广站办公楼建于1986年，屋面严重渗漏，请安排维修经费:
        # an entry that states a case of its own in clauses before its ask,
        # about a thing the matter never names, and asks a resource for it —
        # not a part of the plan its list lays out (登记阶段请…调配公务用车)
        # (an entry with no ask word — 3．镇卫生院现有救护车已使用十二年，…，
        # 购置救护车一辆需资金32万元 — states its case in its own clauses)
        # (…，现无专用车辆，拟购置康复服务车1辆: the case before its plan)
        need = (rx("modality", "need").search(b.obj) or re.search("[，,]拟", b.obj)) \
            if b.kind == "entry" and not b.before else None
        told = b.before or (b.obj[: need.start()] if need else "")
        # (the label may be read off the context already: its paragraph opens
        # on it)
        if b.item is not None and b.context and (not told or rx("modality", "need").search(told)) and (
                rx("matters", "enumeration").match(b.context)
                or (b.para is not None and rx("matters", "enumeration").match(_flat(b.para.text))
                    and _flat(b.para.text).find(b.context[:12]) >= 0)):
            # (三、镇卫生院现有救护车1台，已使用11年…。请县卫生健康局为镇卫生院
            # 调配救护车1台: the case in a sentence of its own before the ask,
            # in the entry's own paragraph)
            # (4.干部宿舍。镇政府现有干部周转宿舍12间，建于1993年，…。宿舍维修
            # 改造需资金约65万元，请…予以安排: before an ask whose own sentence
            # opens on nothing but the need — the case is the sentences before)
            told = b.context.rstrip("。；;") + "，" + told
        # (四、园区道路用地 ‖ 县经济技术开发区纬三路东延段长2.1公里，…。请县政府
        # 协调…安排该路段用地指标: an entry whose heading stands on a line of
        # its own, the case in its paragraph under it)
        headed = b.item is None and b.section is not None and b.section not in m.sections \
            and b.para is not None and id(b.para) not in m.paras
        # (…县图书馆现藏古籍…亟待修复。为保护这批珍贵文献，请县政府拨付…: a
        # purpose alone before the ask states no case — its paragraph's
        # sentences before it do)
        if headed and b.context and re.fullmatch(r"为了?[^，,。；;]{1,24}[，,]", told):
            told = ""
        if not told and headed and b.context:
            told = b.context.rstrip("。；;") + "，"
        # (a resource, or a thing counted out: 拟购置康复服务车1辆)
        # (…请县政府协调县自然资源局优先安排该路段用地指标: land, though through
        # another body, under a heading of its own)
        # (三、…污水处理厂…已不能满足…，请市政府将该厂提标扩容改造项目列入…项目库:
        # or a project of its own put on a list, which is a matter as money is)
        asked = b.resources or (headed and b.kinds - {"procedure"}) \
            or bool(rx("matters", "lists_a_project").search(b.obj or ""))
        if (b.item is None and not headed) or (b.item is not None and b.item in m.items) \
                or not (asked or rx("matters", "quantity").search(b.obj)) or not told \
                or _needed_by_its_thing(b, m) or _builds_its_label(b, m) or _sets_up_its_part(b, m):
            return False
        text = rx("matters", "enumeration").sub("", told.lstrip("，,"), count=1)
        # (2026年公开招聘计划如下：（二）卫生健康系统。县级公立医院…现有…拟招聘…
        # after the lead counted 其中教育系统263名、卫生健康系统98名: the part of
        # the plan its lead named, whatever bodies that part holds)
        label = re.match(r"([\u4e00-\u9fff]{2,8})[。：:]", text)
        if label and b.plan is not None and label.group(1) in m.preludes:
            return False
        text = text[label.end():] if label else text  # 二、所需经费。: the aspect, no subject
        # (（二）人员培训。实验室拟配备技术人员8名… after …建设重金属实验室: the case
        # of the thing the matter builds, by its short name, is the matter's)
        if _opens_with_built_head(text, m):
            return False
        stated = re.split(r"[，,；;]", text)[:-1]
        # (the case opens with a body or a thing of a body as its subject:
        # 县农机技术推广站办公楼建于…, not 总投资约460万元, the plan's cost —
        # or, further on, states what a body the matter never named has now:
        # 三、县志编纂经费。《…》编纂工作已完成初稿，…县地方志编纂中心现有…)
        # (not the body the matter's lead opens on: （二）工作人员。图书馆现有在编
        # 人员12名… after 县图书馆新馆建筑面积8600平方米，…现将有关事项请示如下)
        # (nor a part of that body, by its head: 中心实验室现有… after 县动物
        # 疫病预防控制中心现有条件和缺口如下：)
        # (nor the cost of acts: 2．农贸市场整治、病媒生物防制…所需经费约95万元，
        # 请县财政予以保障 — what the acts need, no body's case)
        cost = re.search(r"所需(?:经费|资金|费用)", stated[0]) if stated else None
        if cost and (acts := tokens(stated[0][: cost.start()])) and acts[-1][2] in ("v", "vn"):
            return False
        # (or, under a heading of its own, a thing the heading names that the
        # matter never told: 四、园区道路用地 after a works' 一、项目立项, 二、项目
        # 资金 — not an aspect alone, 用地, 资金)
        # (nor 人员配备, one word the tagger knows, on a kind: an aspect as well)
        titled = frozenset(w for w in _key_words(_unlabelled(b.section or ""))
                           if _names_a_rare_thing(w) and not kinds_of(w) and not kinds_of(w[:2])
                           and not rx("closings", "plan_parts").fullmatch(w)) \
            if headed else frozenset()
        apart = bool(titled) and not any(w in m.told for w in titled)
        # (nor bodies of a kind, by a word the matter told and a bare head:
        # 山区|学校现有教师周转宿舍… after 全县山区乡镇中小学…)
        # (四、车辆更新 ‖ 大队现有的2辆水罐消防车已服役满15年，…: or a thing
        # of its own, owned by the writer or a body, said of in its clause —
        # a subject the matter never told)
        subject, owned_by = _case_subject(stated[0]) if stated else ("", "")
        # (a thing rarer than the common words of a need — not 县级承担的…经费)
        owned_untold = bool(owned_by) and _names_a_rare_thing(subject) and not kinds_of(subject) \
            and subject not in m.told
        # (三、演播室现有灯光设备20套… under a plan to 对演播室进行高清化改造: the
        # body its case opens on is the one the matter's plan is on)
        body = _case_body(text)
        if not stated or _opens_on_its_lead_body(stated[0], m) or _told_kind_of_body(stated[0], m.told) \
                or (body and _names_body_in(body, m.told)) \
                or not (apart or _opens_with_a_body(stated[0]) or _aged_thing(stated[0], m.told) or owned_untold
                        or bool(body)):
            return False
        own = _own(_key_words("，".join(stated)), bg())
        # (学校开办尚面临以下困难：…二、…学校开办首年需配备教师: the body the
        # matter's own paragraphs name)
        # (a common word the plan's paragraphs use too — 服务 — ties nothing)
        return len(own) >= 2 and not overlap_informative(own, ctx.own_of(m, "case_words")) \
            and not any(informative(w) and w in m.texts for w in own)

    def m_own_entry() -> bool:  # the matter is itself a procedural entry of its own
        if b.item is None or not m.items or b.item in m.items:
            return False
        t = ctx.topic() or frozenset()
        own = frozenset(w for w in m.object_spec if not overlap(frozenset([w]), t))
        theirs = frozenset(w for w in b.spec | b.object_spec if not overlap(frozenset([w]), t))
        return bool(own) and not overlap(own, theirs)

    def is_detail() -> bool:
        if not b.resources and b.kinds & detail and b.kinds <= detail and not own_entry():
            # 协调办理用地手续: a detail of the matter it serves — but not
            # 协调解决公务用车1辆, a thing of its own counted out
            ob = _own(b.spec, bg())
            counted = counts_own_thing()
            # — nor the approval of a plan its own sentence states (我局拟
            # 实施职工住房改造，请同意该项目立项): a matter of its own
            # (…拟设立“档案数字化服务中心”…。请县政府研究后提请县委编委会审批:
            # the plan its paragraph states just before, in a paragraph of its own)
            planned = b.kind == "explicit" and (bool(_stated_plan(b.before)) or (
                b.para is not None and id(b.para) not in m.paras and bool(_stated_plan(b.context or ""))))
            # — nor help for a case its own sentence states, sharing nothing
            # with the matter (…，恳请…下达补助资金。我市今年以来还发现多起
            # 生猪异常死亡，…请省厅组织专家…开展防控技术指导)
            said = _key_words(b.before) if b.before and b.kind == "explicit" else frozenset()
            lead = _own(said, bg())
            stated = len(lead) >= 2 and bool(ob) and not overlap(ob, m.spec | m.object_spec) \
                and not overlap_informative(lead, ctx.own_of(m, "case_words")) and not _said_before(said, m, b)
            # — nor a thing of its own put into a plan or list (将县第二人民
            # 医院纳入全市区域医疗中心建设规划): the thing is what is asked for
            put = _disposal(b.obj or "", rx("matters", "container_verb").pattern)
            disposed = bool(put) and bool(_own(specifics(put["thing"]), bg()))
            # — nor land or procedure for building a thing the matter never
            # told of (批准…合作社在东板桥村建设农机库棚占用设施农用地 after a
            # ask for patrol money): that thing is asked for
            builds = makes_untold()
            # — nor a problem it names of its own for the recipient to solve
            # (…更换运兵车1辆、协调解决我局机关办公用房不足问题): that problem
            # is a case of its own, not a step of the matter (协调解决用地问题
            # names nothing of its own, and is)
            solves = bool(rx("matters", "named_problem").search(b.obj or ""))
            # — nor the procedure of a project it names itself (批准晋城至
            # 长治城际铁路项目立项 after a plan for a rescue centre): that
            # project is what is asked for
            if _names_untold_project(b, m):
                return False
            return not ((counted or planned or stated or disposed or builds or solves) and ob
                        and not overlap(ob, m.spec | m.object_spec))
        if not m.detail_only or m_own_entry():
            return False
        # (…计划实施…等工程，…估算总投资1.2亿元。‖目前，项目已获得…资金… after
        # an ask to change the use of another area's land: the project its
        # own prelude plans is not what that earlier land ask serves)
        if _bare_head_on_its_preludes_works(b, m):
            return False
        # (请县政府审批该规划，同时同意将大阳镇卫生院更名为…: not a later ask that
        # changes a body, a decision of its own whatever it names)
        if b.kinds & {"reorg", "appoint"}:
            return False
        # an earlier procedural ask is a detail of a later one, unless both
        # name things of their own and not the same (批准地质灾害治理项目立项
        # …并同意增加公务用车编制)
        ob, om = _own(b.spec, bg()), m.spec | m.object_spec
        return not (ob and om and not overlap(ob, om))

    def third_body_support() -> bool:
        # 同时请县大数据中心给予技术支持, 请公安、卫健等部门做好安保工作: a
        # third body asked to serve the matter, asking for no resource and no
        # counted thing of its own (not 请机关事务中心调剂办公用房400平方米)
        # (请县政府协调县交警大队设置标志: the recipient asked to bring one)
        # — unless its paragraph opens a case of its own (another project
        # whose approval the recipient is to hasten)
        direct = bool(b.addressee) and not b.to_recipient
        if not (direct or b.relayed) or b.resources or b.backref:
            return False
        # (请县卫生健康局在主会场设医疗点2处，配备救护车2辆 for the matter's
        # festival: what a body sends to serve an occasion the matter holds is
        # counted out, and given to no one)
        if counts_own_thing() and not (m.occasion_heads and _is_deployed(b.obj or "")):
            return False
        # (a body asked to pay what its own paragraph counts — 补助资金尚有46万元
        # 未拨付，请县财政局核拨到位 — is a case of its own, whoever is asked)
        # (not what a body sends to serve the occasion the matter holds, counted
        # before it: 沿途设医疗点12处，需救护车8辆…，请县卫健局统筹…派出)
        counted = _counts_a_resource(b.before or "") and not (m.occasion_heads and _is_deployed(b.obj or ""))
        # (拟在镇区…设立农产品展销中心，请县农业农村局…予以立项支持: support
        # for the plan its own sentence states, not for the matter)
        # (not 拟借用县体育馆作为招聘会场地，请县文旅局予以协调: a plan for the
        # event the matter holds, named by its head word)
        planned = b.kind == "explicit" and bool(plan := _stated_plan(b.before or "")) \
            and not _names_its_occasion(plan, m.told)
        if (not direct or counted or planned) and opens_own_case():
            return False
        # (山河小学现有代课教师7名，…。请县教育局将上述代课教师工资纳入…: a
        # body asked about a case its own paragraph states apart)
        # (not a service or a procedure for a part of the matter: 主赛场…，请县
        # 教育局予以支持; 田间机井…，请县水务局办理取水许可)
        # (另，我镇…道路…路面破损严重，请县交通运输局将该路段列入…计划: after a
        # turn, a case of its own is opened as it is in a paragraph apart)
        # — a thing its case opens on, sharing no key word with the matter or
        # the title (not 此外，景区现有停车位…，请县自然资源局予以指导 on a 景区's
        # opening, nor 另需志愿者300名，拟请团县委协助招募: needs of that matter)
        turned_apart = b.connective and bool(b.case_subject[0]) and not overlap_informative(
            b.case_words, _key_words(m.texts.replace("|", "。")) | (ctx.topic() or frozenset()))
        # (巴公镇集贸市场年久失修，请县住建局将其改造纳入…规划: a procedure as
        # well, for the thing its paragraph's own case opens on, by a pronoun)
        own_thing = bool(re.match(r"将?(?:其|该)", b.obj or "")) and case_apart()
        if direct and not _is_service(b.vp) and (not b.kinds & detail or own_thing) and (case_apart() or turned_apart) \
                and opens_own_case():
            return False
        # (a matter that names nothing in its ask — 请县政府予以补助 — names
        # in its sentence what it is for: 修复…漫水桥)
        # (（一）批准…方案 under 恳请县政府：: an entry is asked of the one its
        # lead-in addresses, the recipient)
        # (…其中申请县文旅发展专项资金150万元: an ask naming no one is asked
        # of the 请示's recipient as well)
        return bool(m.spec or m.context_spec) and any(a.kind in ("implicit", "entry") or a.to_recipient
                                                     or (a.kind == "explicit" and not a.addressee) for a in m.asks)

    def for_the_meantime() -> bool:
        # (临时停车场, 临时市场: given for the meantime, in a sentence that
        # turns to no other topic and hands nothing over to another body)
        return not b.connective and ("临时" in (b.obj or "") or "临时" in _stated_plan(b.before or "")) \
            and not rx("matters", "topic_shift").match(b.sentence.lstrip("，,")) \
            and not _hands_over_to_another(b, m)

    def separate_sections() -> bool:
        # 一、关于开展排查所需经费 … 二、关于某企业违法排污的处理: the writer
        # put each under a heading of its own
        # — unless the headings name the same thing (关于X项目立项, 关于X项目资金)
        if b.section is None or not m.sections or b.section in m.sections:
            return False
        # (拟在该镇建设专职消防站一座，现将有关事项请示如下：‖一、关于消防车辆。…
        # ‖二、关于人员编制。… ‖三、关于站房用地。…: headings that each name a
        # kind of need, after a lead that tells the one thing it builds, are
        # that thing's parts, not matters the writer set apart one by one —
        # unless the entry states the case of a body of its own)
        # (the lead may itself be the plan put up: 我镇拟…建设…污水处理站一座，
        # 现将有关事项请示如下： — a plan of any act, not only one that builds:
        # 我委拟推荐市人民医院申报…区域医疗中心。现将有关事项请示如下：‖一、
        # 关于设备。… ‖二、关于人才。…)
        if (op := ctx.opening) is not None \
                and (op.prelude_builds or op.first.section is None
                     and (op.first.kind == "implicit" or bool(rx("matters", "builds").search(op.first.sentence)))) \
                and all(_heading_aspect(h) for h in m.sections | {b.section}) \
                and not states_own_case():
            return False
        # (四、经费汇总 ‖ 以上改造和设备经费90万元，恳请…: an ask that sums up,
        # by their words, things the matter's sections told — the writer's
        # own sum of them, whatever heading it stands under)
        sums = rx("matters", "sum_of_named").search(b.sentence)
        if b.backref and sums and all(w in m.told for w in re.split(r"和|及|与|、", sums["named"]) if w):
            return False
        # (一、承办条件 二、筹备设想 三、请示事项: parts of one account, not
        # matters the writer named one by one as 关于…)
        # (the title's words are not taken away: 关于…职业中学升格为技师学院等
        # 事项 names the first heading's thing, which is still its own)
        field = bg() - (ctx.topic() or frozenset())
        # (一、营房维修改造资金 二、增加消防员招录名额: without 关于, a heading
        # names a matter when its own words name a thing, one rarer than
        # the common words an aspect heading names — 一、队伍岗位 二、车辆配备
        # 三、装备补充 are the parts of one team — and not by its paragraph's
        # words, which every aspect heading has)
        if not all(re.match(r"^[一二三四五六七八九十]{1,2}、关于", h)
                   or any(informative(w) and _names_a_rare_thing(w) for w in _own(_heading_words(h), field))
                   for h in m.sections | {b.section}):
            return False

        def words(h: str) -> frozenset[str]:
            # the heading's own words (一、关于乡村公益性岗位。我镇有…), else
            # its paragraph's (二、关于调剂建设用地指标。…保障性住房…) — not
            # under a heading that names an aspect and nothing more (（二）关于
            # 人员。…: the part of an account, whatever its paragraph names)
            own = _own(_heading_words(h), field)
            if not own and _aspect_label(squash(h)) and not _heading_words(h):
                return frozenset()
            return own or _own(specifics(h) | _event_words(h), field)
        # aspect headings (一、基本情况；二、资金需求) name no thing of their own
        if not words(b.section) or not all(words(h) for h in m.sections):
            return False
        return not any(overlap_informative(words(b.section), words(h)) for h in m.sections)

    def asks_no_thing() -> bool:
        # guidance, cooperation or support for what is asked (请县生态环境局
        # 在环评审批方面给予指导): no money, posts, land, counted thing or
        # decision of its own — nothing a superior would decide apart
        if b.kind in ("implicit", "proposal"):
            return False
        if rx("verbs", "help_apply").match(b.vp):
            return True  # 请县卫健委协助申报省级补助资金: help to apply elsewhere, nothing given
        if b.resources or "land" in b.kinds:
            return False
        if kinds_of(b.before) & frozenset(vocab()["matters"]["resource_kinds"]):
            return False  # 主任岗位空缺…，恳请协调配备: the need its sentence states
        if b.connective and _states_a_need(b.before):
            return False  # (另外，镇敬老院锅炉…，需更换，请予支持: a turn to a need of its own)
        if rx("matters", "quantity").search(b.obj):
            return False
        if case_apart():
            return False  # (县烈士陵园纪念碑…风化剥落严重，…请给予支持: its paragraph's own case)
        # (我镇拟于国庆期间举办首届农民运动会，请县里在…方面给予支持: support
        # for a thing its own sentence plans to make, which the matter never told)
        if re.search(_plan_verb(), b.before or "") and _makes_untold_in(b.before or "", b, m):
            return False
        # (我县拟申报市级乡村振兴示范县，恳请市政府予以支持: support for a plan
        # its own sentence states, sharing no key word with the matter's)
        # (…。‖为增强…能力，拟为镇专职消防队购置水罐消防车一辆，需资金约48万元。
        # 恳请县政府予以支持: or in the sentence before it, in a paragraph of
        # its own — not a plan to ask for money, 拟申请县财政补助…)
        # (compared there with the paragraphs the matter asks in, title's
        # words and all: 救护车 of the title, told where the matter asks,
        # ties a plan of 负压救护车 to it)
        # (…并下达补助资金4000万元。我市今年以来还发现多起生猪异常死亡情况，…，
        # 请省厅组织…专家来我市开展非洲猪瘟防控技术指导: a sentence of its own
        # that tells what else happened, in words the matter never used — the
        # help is for that case)
        own_sentence = (b.before or "").lstrip("，,")
        if own_sentence and b.sentence.lstrip("，,").startswith(own_sentence) \
                and rx("matters", "also_happened").search(re.split(r"[，,]", own_sentence, maxsplit=1)[0]):
            own = _own_case_words(own_sentence, "", bg())
            # (the matter's words, not this sentence's in its paragraph)
            told = (m.texts + "|" + m.preludes).replace(b.sentence.lstrip("，,"), "|")
            if len(own) >= 2 and not any(w in told for w in own):
                return False
        said = [(b.before or "", bg(), m.texts)]
        if b.para is not None and id(b.para) not in m.paras and not has_content(b.before or ""):
            last = ([x for x in re.split(r"(?<=[。；;！？!?])", b.context or "") if x.strip()] or [""])[-1]
            said.append((last, frozenset(), m.texts))
        for text, known, told in said:
            plan = _stated_plan(text)
            if plan.startswith(tuple(vocab()["markers"]["strong"])):
                continue
            own = _own(_key_words(plan), known) if plan else frozenset()
            if own and not overlap_informative(own, _own(_key_words(told.replace("|", "。")), known)):
                return False
        return _is_service(b.vp)

    def shares_words() -> bool:
        # (not by the writer's own field named in its name — 档案 of the
        # 档案馆 in both — unless the title names it too)
        # (nor by a county or a city both name — 某县 of 某县现代物流园区 and
        # of 某县人民医院: a place, no thing)
        field = bg() - (ctx.topic() or frozenset())
        # (同时，全县17个乡镇应急管理站…请购置应急指挥车 in a 应急管理局's
        # 请示 on a drill: after a turn, the writer's field ties nothing,
        # though the title names it)
        if b.connective:
            field = field | ctx.field()
        # (局机关 of 利用局机关一楼原会议室 and of 局机关现有公务用车…: a body's
        # own offices, by its head and 机关, name the body — no thing)
        a = frozenset(w for w in m.spec - held_at() if not overlap(frozenset([w]), field) and not _is_place(w)
                      and not _OWN_OFFICES.fullmatch(w))
        # (nor the place the ask's own event is held at: 珏山|景区 of 拟于9月
        # 在珏山景区举办…旅游文化节 after a 景区管理服务中心 to set up)
        held_by_b = _words_of_places(_venues((b.context or "") + (b.before or "") + (b.obj or "")))
        c = frozenset(w for w in b.spec if not overlap(frozenset([w]), field) and not _is_place(w)
                      and not _OWN_OFFICES.fullmatch(w) and w not in held_by_b)
        # (a word half of all documents use — 公路, 动物 — ties only with
        # another beside it, or when it is all both name: 审定预算调整方案，
        # 并提请…审查批准)
        # (another, 另外/同时…: one common word — 垃圾, 火化 — ties a turned
        # ask no more than it does two cases; a thing or two words do)
        if b.connective:
            a, c = _not_roles(a), _not_roles(c)  # (分管, 负责同志: people by their office, no thing)
            # (此外，…请县政府出面向市人力资源和社会保障局争取… after 招聘考试由
            # 我局会同县人力资源和社会保障局组织: a department both name as who
            # acts ties nothing)
            a, c = _not_departments(a, m.texts), _not_departments(c, _own_text(b))
        # (…拨付…污水处理设施改造资金38万元；将…综合文化站纳入…文化设施提升
        # 项目: an ask after a semicolon is a clause of its own, as a turned
        # one is — one common word, 设施, ties it no more)
        apart = b.connective or (b.kind == "coordinated" and not b.before and (b.context or "").endswith(("；", ";")))
        shared = shares_a_thing(a, c) if apart else overlap_informative(a, c)
        return shared or len(a & c) >= 2 or bool(a and a == c) or _opens_with_its_head(b, m)

    def retells_its_case() -> bool:
        # (in the matter's own paragraph, after a turn, its own sentence)
        if b.para is None or (id(b.para) in m.paras and not b.connective):
            return False
        told = (b.before or "") if id(b.para) in m.paras else (b.context or "") + (b.before or "")
        # (not a plan or an event of its own, in the matter's field: 另，我市
        # 拟承办全省丘陵山区农机作业技能竞赛 after the 农机 station's devices)
        if _stated_plan(told) or rx("matters", "occasion").search(told) \
                or rx("matters", "occasion_name").search(told):
            return False
        # (a department it names, as who acts, retells nothing: 市人力资源和社会
        # 保障局下达…指标 after 会同县人力资源和社会保障局组织)
        said = [w for w in _not_departments(_own(_key_words(told), bg()), told) if informative(w)]
        # (what the matter told, not this sentence — its paragraph's text
        # holds it when the two share one)
        theirs = m.told
        key = ((b.before or "") or (b.sentence or "")).lstrip("，,（(")[:12]
        k = theirs.find(key) if key else -1
        while k >= 0:  # (from where its sentence starts to the end of that text)
            end = theirs.find("|", k)
            theirs = theirs[:k] + (theirs[end:] if end >= 0 else "")
            k = theirs.find(key)
        hits = [w for w in said if w in theirs]
        return len(hits) >= 3 and 3 * len(hits) >= len(said)

    def reorg_apart() -> bool:
        # 为中队购置执法车辆 / 将中队更名并划入职责: a change of a body that
        # exists beside a need — money, posts, land or a counted thing — that
        # creates or changes no body (not 审核同意后报省审批 after 撤乡设镇:
        # a procedure for it, no need of its own)
        if ("reorg" in b.kinds) == ("reorg" in m.kinds):
            return False
        # (拟将…中心由公益二类调整为公益一类…，并提请市委编办予以核定: an ask
        # that names nothing, in a sentence that counts nothing, is the
        # change's approval by the body that rules on it — no need of its own)
        if "reorg" in m.kinds and not has_content(b.obj or "") and not rx("matters", "quantity").search(b.sentence or ""):
            return False
        kinds, objs = (m.kinds, [a.obj for a in m.asks]) if "reorg" in b.kinds else (b.kinds, [b.obj])
        if {"org", "reorg"} & kinds:
            return False
        # (拟设立…业余体育学校…，拟将…管理所更名为“…体育学校（…管理所）”: a
        # change that is the means of setting up the body the matter makes —
        # that body's needs are the matter's, not apart from the change)
        if any(_built_names(o)[0] for o in ([b.obj] if "reorg" in b.kinds else [a.obj for a in m.asks])):
            return False
        # (在县文化馆加挂“…保护中心”牌子 ‖ 中心每年工作经费约8万元，请县财政…增列:
        # a name hung on a body makes that body — a paragraph opening on the
        # name or its head is of what the change makes, as for a body set up)
        if "reorg" in m.kinds and b.para is not None:
            opening = _flat(b.para.text)
            for a in m.asks:
                for q in _quoted_names(a._as_written(a.obj or "")):
                    toks = tokens(q)
                    if toks and (opening.startswith(q) or opening.startswith(toks[-1][1])) \
                            and toks[-1][1].endswith(_body_heads()):
                        return False
        return bool({"funds", "staff", "land"} & kinds) or any(rx("matters", "quantity").search(o) for o in objs)

    def opens_own_case() -> bool:
        # a paragraph of its own that states its own situation and asks for
        # its own thing (我局现租用办公场所租期将满，特请…调剂办公用房), sharing
        # no key word with the matter's paragraphs: another matter, with or
        # without 此外/另外. An ask that names nothing stays with its matter
        # unless its paragraph turns to another topic (还有，…换届工作经费缺口…).
        if b.backref or b.para is None or id(b.para) in m.paras or names_its_thing():
            return False
        # (线路客运许可请县交通运输局予以办理 after a plan to 开通…巴士: a bare
        # noun phrase opening the sentence before its marker is the object
        # the ask fronts, no case of its own)
        if _fronts_its_object(b):
            return False
        # (拟公开招聘中小学教师120名…。‖请县政府同意并核定招聘计划: the plan
        # named by its own act and 计划/方案 — the plan put up, not a case)
        if m.first.kind == "implicit" and b.kind == "explicit" and (act := _first_verb(m.first.vp)) and len(act) >= 2 \
                and re.search(re.escape(act) + r"(?:工作)?(?:计划|方案)", b.vp or ""):
            return False
        # (拟将“…学校”更名为“…学校”。‖请县政府同意更名及启用新印章: or the
        # plan's own act, past the thing 将 disposes of, as what is approved)
        if m.first.kind == "implicit" and b.kind == "explicit" and (act := _plan_act(m.first.vp)) \
                and re.match(r"(?:同意|批准|核准|准予)" + re.escape(act), b.vp or ""):
            return False
        # (…我镇拟将敬老院转型为区域性养老服务中心…。‖为此，拟将现有床位中的
        # 30张改造为护理型床位，…请县民政局…给予支持: a paragraph that opens
        # by pointing at the matter's paragraph just before it is that
        # matter's, whatever it names)
        def after_its_paragraph() -> bool:
            return any(a.para is not None and a.para.index == b.para.index - 1 for a in m.asks)
        if re.match(r"(?:为此|据此|对此)[，,]", _flat(b.para.text)) and after_its_paragraph():
            return False
        # (原供销社仓库闲置多年，拟改作装备库房，请…同意我镇使用 after a team
        # whose 装备 the matter buys: a place put to use for a thing the
        # matter told is that thing's)
        if _put_to_its_use(b, m):
            return False
        if _opens_on_its_document(b, m):
            return False
        # (县内现有…银行9家，试点需要各银行同步调整…，请县政府召集… after a
        # plan to 开展…试点: the case is other bodies', but the need its ask
        # meets is the matter's thing's, named as the subject of that need)
        if _needed_by_its_thing(b, m):
            return False
        # (4．新增设备用电负荷约800千瓦，请县政府协调供电部门办理增容 after a plan
        # that 新增深度处理单元…: a case that opens on what the matter's own act
        # adds, by that act's word, tells a need of that act)
        if _opens_on_its_addition(b, m) or _names_plans_result(b, m):
            return False
        # (目前，已争取中央资金1.1亿元，我县自筹0.76亿元，资金缺口1亿元，恳请…予以
        # 支持 after a plan whose total was 2.86亿元: the parts its case counts
        # add up to that total — they are how the matter is paid for)
        if _adds_up_to_its_total(b, m) or _prices_its_count(b, m):
            return False
        # (二、县人民医院…资金缺口6000万元…。请求市政府…给予补助: an entry of
        # its own that states its case before an ask naming nothing)
        own_entry_case = b.item is not None and b.item not in m.items and has_content(b.context)
        # (…出租车经营权…将于年底集中到期，…目前尚无依据。请酌情安排: a
        # paragraph of its own stating its case before an ask naming nothing)
        own_para_case = case_apart()
        if b.elliptical and not b.connective and not has_content(b.prelude) and not own_entry_case \
                and not own_para_case:
            return False
        # (（三）积极向公安部争取中央政法转移支付资金5000万元: an entry that is
        # nothing but its ask, one clause, states no case of its own — not
        # （二）将保福村列入…名单。保福村现有明清古院落21处…)
        if b.kind == "entry" and not own_entry_case and not own_para_case \
                and not re.search(r"[，,。；;！？]", (b.obj or "").rstrip("。；;！？")):
            return False
        # (经预算，上述维修共需资金38.6万元。…请县财政予以安排: an ask naming
        # nothing, after a case that points back at the matter — its cost)
        ref = rx("matters", "backref").search(b.context or "") \
            if not b.connective and (not has_content(b.obj)
                                     or _head_after_verb(b.obj, frozenset(vocab()["matters"]["bare_heads"]))) else None
        if ref and not _points_at_a_body(b.context or "", ref):
            return False
        # (项目经估算需资金185万元，…。因年度预算有限，恳请县财政分两年安排: a
        # paragraph that opens on the bare head — 项目, 工程 — of the one thing
        # the document is about tells that thing's case)
        opening = _flat(b.para.text)
        label = rx("matters", "enumeration").match(opening)
        if not b.connective and (_bare_head_at(opening) == (label.end() if label else 0) or b.plans_on_bare_head):
            return False
        # (上述工程预算共计96万元，拟分两期拨付…。恳请县政府从…予以安排: or on
        # 以上/上述/前述 pointing back at the works or the plan told — it goes
        # on with them; not 以上方案妥否，请批示，并请…, a closing and an ask
        # after it, nor 这次抢险暴露出…, an occasion that opens a case)
        if not b.connective and _opens_on_the_works_told(b):
            return False
        if not says_before() and b.kinds == frozenset({"procedure"}):
            return False  # 恳请市政府审核后按程序报省政府审批: no case stated, only procedure
        if rx("matters", "conclusion").match(opening):
            return False  # 综上，…恳请: a conclusion sums up, it opens nothing
        # (…拟增设临时发热门诊…。‖需增加抗病毒药品储备，约需资金45万元，恳请…:
        # a paragraph that opens on a need with no subject of its own — its
        # subject is the topic the text is on, the matter's; not after a turn,
        # 另外，…)
        # (为减轻困难群体负担，拟对…新增部分给予全额补贴: a plan with no
        # subject, after its purpose, likewise — the topic of the paragraph
        # just before, when that is the matter's; not an entry of a list,
        # whose label may open another, 二、为学习…，拟由乡党委书记带队…)
        if not b.connective and (
                re.match("(?:" + "|".join(vocab()["markers"]["need"]) + ")", _unlabelled(opening))
                or (re.match(r"(?:为[^，,。；;]{2,30}[，,])?拟", opening) and after_its_paragraph())):
            return False
        # (我馆拟对…档案进行数字化加工…。‖数字化工作拟分两年实施：…恳请县财政
        # 分两年安排: or on the plan's own act named as its topic, then 拟 —
        # how that plan is carried out)
        # (not 档案库房拟…维修: a thing as its topic, which may be another)
        topic = re.match(r"([\u4e00-\u9fff]{2,8}?)工作拟", opening)
        if not b.connective and topic and after_its_paragraph() and m.first.kind == "implicit" \
                and overlap_informative(specifics(topic.group(1)), m.first.spec):
            return False
        # (根据有关规定，…撤并须报市人民政府审批，特此请示，恳请市政府批准: a
        # bare approval after the rule that makes it needed — it approves
        # what was put up, and states no plan of its own)
        if not b.connective and (b.vp or "").strip("。，,") in verb_classes()["decide"] \
                and rx("matters", "approval_required").search(b.before or "") \
                and not _stated_plan((b.context or "") + (b.before or "")):
            return False
        # it must ask for a thing or an act of its own — not guidance or
        # cooperation for the matter (同时，恳请县政府协调水务局加强技术指导)
        # — unless its own paragraph states a case of its own first (县烈士陵园
        # 纪念碑…风化剥落严重，…请给予支持: support for that case)
        if _is_service(b.vp) and not case_apart():
            return False
        # (not when its own sentence or paragraph opens on the turn — 另，我县
        # 现行县城总体规划… after paragraphs that go on with the water plant:
        # what was told before the turn is the matter's, the turn opens the
        # case, in a paragraph of its own or at the end of the one before)
        turned_here = bool(_leading_turn().match(b.sentence.lstrip("，,")))
        # (turned here: what its sentence says from the turn, and its own
        # words that the paragraph before the turn did not say)
        own = _own(specifics(b.before or "") | (b.case_words - specifics(b.context or "")), bg()) if turned_here \
            else _own(b.case_words, bg())
        if b.prelude and has_content(b.prelude) and (own or _leading_turn().match(b.prelude)) and not turned_here \
                and not (b.para is not None and _leading_turn().match(_flat(b.para.text))):
            # the case stated since the last ask, over several paragraphs
            # (再者，县一中老校区…视频监控系统建于2016年… ‖ 经测算需经费86万元，
            # 恳请县政府予以安排: turned to in the paragraph before, the ask's
            # own sentence naming nothing)
            own = own | _own(specifics(b.prelude) | _event_words(b.prelude), bg())
        if not own:
            return False
        # 会议拟请县政府分管副县长出席: its sentence opens with the thing the
        # matter named (the meeting), as its topic
        if opening_word():
            return False
        # (恳请市政府批准西街村为市级历史文化名村 after 拟将西街村申报为市级
        # 历史文化名村: what it asks for ends on the thing the title ends on,
        # which the matter's own text names too — the matter's thing, however
        # the cut splits it into common words)
        if _repeats_a_title_run(b.obj or "", m.texts, ctx.title):
            return False
        t = ctx.topic()
        # (not, after a case its paragraph states first, a word of the title
        # both make the modifier of another thing: 高标准农田|建设任务 ‖ 另，
        # 我市…探索了…模式，…高标准农田|…现场推进会 — the field)
        fieldw = _field_words(b.obj or "", m.vps, t) if t and says_before() else frozenset()
        if _same_title_word(frozenset(w for w in b.spec if not w.endswith(_body_heads())) - fieldw, m.case_words, t):
            # what it asks for names, as the title does, the matter's thing
            # (not 乡镇卫生院医生 in the situation before an ask for doctors)
            # — not the body both concern (文化馆: its opening hours, its
            # sound equipment)
            return False
        # (镇中心学校现有教师47名，…短缺。拟面向社会公开招聘教师5名 after
        # 我镇卫生院…拟面向社会公开招聘全科医生2名: a paragraph opening on a
        # body the matter never named states that body's case — what the two
        # share is how the act is done, not a thing)
        # (全县敬老院现有的洗衣机…等生活设备… after a plan for 敬老院's carers:
        # what owns a subject the matter never named shares no thing)
        subject, owned_by = b.case_subject
        things = frozenset(w for w in own if w not in owned_by) if owned_by and subject not in m.texts else own
        # (同时，我局所属乡镇农业技术推广站近五年退休32人…: a paragraph opening,
        # past its turn and the writer's word of its own, on a body the
        # matter never named states that body's case)
        new_body = says_before() and _opens_on_a_new_body(_para_opening(b)[1], m.told, mostly_own=True)
        # (我局机关办公楼屋面防水层老化，… after 市场…棚顶老化，…: a state both
        # say of their own things, ending a clause on its subject, names no thing)
        # (the matter's texts read only for a state the ask's own case says
        # of one of its things: they grow with the matter)
        said_of = _said_of_a_subject(b.context + (b.before or "")) & things
        if said_of:
            things = things - (said_of & _said_of_a_subject(m.texts))
        if shares_a_thing(things, ctx.own_of(m, "case_words") - held_at()) and not new_body:
            return False
        # (…拟开通…旅游公交专线。‖经测算，专线年运营成本约156万元…建议由县财政
        # 给予补贴: its paragraph opens on the short name of what the matter
        # sets up — that thing's case)
        # (另外，平台上线后每年需运维费用…: after a turn, as well)
        if _opens_with_built_head(b.context or b.sentence.lstrip("，,"), m) \
                or _opens_on_what_its_act_makes(b.context or b.sentence.lstrip("，,"), m):
            return False
        # 恳请省厅分两批下达省级补助资金: its object named again as the
        # matter's paragraphs named it (…省级补助资金共计5000万元) — unless
        # its own paragraph states a case apart (我市现有市急救中心…), the
        # words both share then only the fund's or the field's
        # (（三）请县公安局交警大队负责赛道交通管制 after a plan whose
        # paragraph said 赛道途经…: a thing the matter's paragraphs named,
        # asked for with no case of its own stated first)
        if not says_before() \
                and any(informative(w) and not _is_place(w) and w in m.texts for w in own):
            return False
        obj = re.sub("|".join(map(re.escape, fieldw)), "|", b.obj) if fieldw else b.obj
        # (…农学类研究生 after a plan whose 学科组 were 农学、畜牧兽医…: a word
        # both name ties no turned case of a body of its own)
        return not _mentions(obj, m.grams) or case_apart() or (b.connective and new_body)

    def case_of_a_new_body() -> bool:
        # 巴公镇第一中学现有学生宿舍楼2栋，…，请县财政予以安排 among the
        # paragraphs of a plan for another school: a paragraph of its own
        # opening on a body the matter never named, stating what it has now
        # (not 县公安局制定安保方案，请市公安局给予警力支援: what a body does)
        if b.para is None or id(b.para) in m.paras or not says_before():
            return False
        # (在基础设施方面，园区核心区已建成…。巴公镇现有农村供水工程分散老化，
        # …恳请…: or the ask's own sentence, wherever in its paragraph)
        if _own_sentence_new_case(b, m, ctx.writer()):
            return True
        aspect, opening = _para_opening(b)
        # (not under an aspect the matter's lead named as a part of it:
        # （二）窗口服务系统。县政务服务中心现有… after a plan by 农业系统、
        # 窗口服务系统)
        # (二、培训地点和师资。我县县委党校现有教室3间… after 开展…培训: or an
        # aspect its own words make the matter's — the training's venue)
        # (not by a label alike on an entry before — 一、设备。县人民医院… ‖
        # 四、设备。县中医院现有CT…: a heading repeated names no part of the
        # matter; the entries' own text does)
        if aspect and (aspect in (said := _read_off(m, "past_labels", _past_aspect_labels))
                       or overlap_informative(_key_words(aspect), _key_words(said))):
            return False
        # (环卫所现有作业人员186名，…，试点需新增督导员24名，拟通过…解决 after a
        # plan to 开展试点: the case is another body's, but the need its ask
        # meets is the matter's thing's)
        if _needed_by_its_thing(b, m):
            return False
        # (镇敬老院现有一处闲置厨房…，拟改作中心助餐点，请…同意调整该处房屋
        # 用途 after a plan for 老年助餐服务: another body's place, put to the
        # use of the matter's thing)
        if _put_to_its_use(b, m):
            return False
        # (（三）监控中心。城管执法大队现有监控室…。拟利用大队办公楼…改建监控中心
        # after 拟建设…智慧停车系统: the part its label names is what its
        # paragraph builds for the plan — the body is where, not whose)
        if _builds_its_label(b, m) or _sets_up_its_part(b, m):
            return False
        body = _case_body(opening)
        # (二、县职业中学新增专业。该校目前开设专业6个… after 一、县第一中学
        # 学生宿舍维修: the entry's label names the body, and its paragraph
        # goes on about it by a pointer — 该校, 该院 — whatever its length)
        label = re.match(r"([\u4e00-\u9fff]{2,16})[。：:](?=" + _body_pointer().pattern + ")", opening)
        label_text = aspect if aspect and _body_pointer().match(opening) else label.group(1) if label else ""
        if not body and label_text and (cut := _cut_body_name(label_text)):
            body, opening = cut.group(0), label_text
        return bool(body) and opening.startswith(body) \
            and not _is_the_writer(body, ctx.writer()) \
            and not _names_body_in(body, m.told + (m.first.prelude or "")) \
            and _opens_on_a_new_body(opening, m.told) \
            and not _told_kind_of_body(opening, m.told) and not _opens_on_its_lead_body(opening, m)

    def prices_its_plan() -> bool:
        # …总投资约240万元。省里已下达补助80万元，尚需县级资金160万元: a bare
        # sum still needed, in the plan's own paragraph, is the plan's price
        # (…共需资金196万元，恳请县政府予以安排: money named by its sum in the
        # ask's own sentence, where its object names none)
        money = b.resources == frozenset({"funds"}) or (not b.resources and bool(re.search(r"[0-9.]+万?元", b.before or "")))
        if b.kind not in ("implicit", "explicit") or not money or b.para is None \
                or b.connective or m.first.kind != "implicit":
            return False
        if id(b.para) in m.paras:
            return b.kind == "implicit" and not _names_something(b.obj, qualifiers=True)
        # (…拟将补贴标准提高到每人每月800元。‖按现有人数计算，每年需增加资金
        # 约149万元，请县财政纳入年度预算: an ask as well as a plan)
        # (…拟自明年起实行免费乘坐校车。‖经与县客运公司核算，…，拟由县财政…
        # 给予补贴: the next paragraph opening on reckoning prices it as well)
        # (…拟于2月24日…举办…招聘会…。‖需经费8.5万元，用于展位搭建…，请县
        # 财政…列支: the next paragraph opening on a bare sum needed, as well)
        # (…拟购置19座专用校车2辆…。‖购车费用约96万元，…恳请县财政给予解决:
        # or on the cost of the plan's own act, named by that act cut short)
        last = m.asks[-1].para
        flat = _flat(b.para.text)
        return last is not None and b.para.index == last.index + 1 \
            and bool(rx("matters", "reckoned").match(flat) or rx("matters", "bare_need").match(flat)
                     or _opens_on_its_acts_cost(flat, m.first.obj or ""))

    def needs_of_its_plan() -> bool:
        # (…拟自8月1日起将县级分中心调整为7×24小时受理。‖需增加接线员8名，…，
        # 请县财政予以保障。‖夜间值守需扩充坐席4个，…: paragraphs straight
        # after the plan, no turn, that open on a need with no body as its
        # subject and state no case of their own are the plan's needs —
        # whatever they need, money or not)
        if b.para is None or id(b.para) in m.paras or b.connective or m.first.kind != "implicit":
            return False
        last = m.asks[-1].para
        # (拟将…卫生院调整为中心卫生院… ‖ 调整后需增加编制15名，由我县…调剂解决。‖
        # 设备购置需资金约420万元，…恳请…: the plan's needs run on through a
        # paragraph that states one and asks nothing, or tells the change's effect)
        if last is None or b.para.index != last.index + 1 + len(b.prelude_paras):
            return False
        if not all((rx("matters", "opens_on_need").match(q) or rx("matters", "backref").match(q))
                   and not _opens_with_a_body(q) for q in map(_flat, b.prelude_paras)):
            return False
        flat = _flat(b.para.text)
        if not rx("matters", "opens_on_need").match(flat) or _opens_with_a_body(flat):
            return False
        return not case_apart()

    def says_nothing_own() -> bool:
        # (审定印发修订后的预案并为我局增加两名事业编制: a resource counted
        # out, beside a matter that asks for none, is a thing of its own)
        if (b.resources - {"org"}) and not m.resources and rx("matters", "quantity").search(b.obj or "") \
                and re.match(r"(?:为|给)" + vocab()["markers"]["writer"], b.obj or ""):
            return False
        # (恳请县政府批准该改造方案。核拨高都、犁川两个市场监管所…办公经费12万元:
        # bodies it counts out by name, none of which the matter told — for
        # whom it asks is its own)
        counted = _COUNTED_BODIES.search(b.obj or "")
        before_it = _told_apart_from(m, b) + (b.context or "")
        if counted and not any(n[-2:] in before_it for n in counted.group("names").split("、")):
            return False
        if b.elliptical or not b.spec:
            return True
        if not (m.all_elliptical or not m.spec):
            return False
        # (…需更换彩钢板…。恳请县政府拨付维修资金86万元。请同意将县体育馆
        # 冠名权对外公开招标出让…: the matter's ask names nothing, but the case
        # told before it does — an ask whose own words name two things of its
        # own, none of which was told before it, says something of its own;
        # not, in a paragraph of its own, 搬迁群众大多没有缝纫技能，…请…将其
        # 纳入…培训计划 after a case that told the 搬迁群众)
        # (in the matter's own paragraph: an ask with a paragraph of its own
        # has its case judged by the rows above)
        if b.para is None or id(b.para) not in m.paras:
            return True
        # (…拨付上述补助资金，并批准杜晓明同志任…卫生院院长: an appointment
        # beside a matter that appoints no one names its person and post)
        if "appoint" in b.kinds and "appoint" not in m.kinds:
            return False
        # (请县政府审批该规划，同时同意将大阳镇卫生院更名为…: a body changed —
        # renamed, merged, raised — beside a matter that changes none, likewise)
        # (恳请省厅核拨运行维护经费64万元。拟请省厅批准我局…承办全省环境执法业务
        # 培训班: and an occasion held, by its name, beside asks that hold none)
        if ("reorg" in b.kinds and "reorg" not in m.kinds) \
                or (rx("matters", "occasion_name").search(b.obj or "")
                    and not any(rx("matters", "occasion_name").search(a.obj or "") for a in m.asks)):
            return False
        # (恳请县政府解决补缴资金1120万元、批准…增设社保卡即时制卡窗口: a verb
        # coordinated with the matter's shares its case; its own words are
        # its object's)
        # (…恳请县政府予以安排，并请一并解决原县广播电视台…公积金补缴资金: a
        # later ask of the matter's sentence, by a marker of its own, likewise
        # — most of its words its own, the body it names told, 原县广播电视台
        # of the equipment it bought)
        later = b.kind != "coordinated" and b.lead is not None and m.asks[-1].sentence == b.sentence
        own = [w for w in _own(_key_words(b.obj or "") if b.kind == "coordinated" or later else b.case_words, bg())
               if informative(w)]
        told = _told_but_its_own(b, m)
        # (the case told before the matter's ask: in paragraphs of their own,
        # or — the breaks lost — in its own paragraph before it)
        case_told = has_content(m.preludes) or has_content(m.asks[0].context or "")
        if later and b.obj:
            untold = [w for w in own if w not in told.replace(b.obj, "|")]
            return not (len(untold) >= 2 and 2 * len(untold) > len(own) and case_told)
        return not (len(own) >= 2 and case_told and not any(w in told for w in own))

    def listed_for_plan() -> bool:
        # 拟设立康复医学科… / 请县委编办…核增编制12名。/ 请县财政安排康复设备
        # 购置资金…。/ 请…划转闲置用房…: after the plan or project the
        # paragraphs before stated, asks listed one a paragraph, each nothing
        # but the ask — no case of its own, no connective, nothing written
        # between — are what that plan needs
        if b.kind != "explicit" or b.connective or b.para is None:
            return False
        prev = m.asks[-1]
        if prev.para is b.para:
            return listed_in_its_paragraph(prev)
        if id(b.para) in m.paras:
            return False
        last = prev.para
        if last is None or b.para.index != last.index + 1:
            return False
        if has_content(b.prelude) or has_content(b.before or "") or has_content(b.context or ""):
            return False
        # (not one whose pointer names what the matter told only as another's:
        # 补足上述缺口 after the ask of a body whose prelude told that gap)
        if _told_only_as_anothers(b, m):
            return False
        # (not an ask naming a case the plan's prelude told and its own
        # paragraph does not: 恳请…安排县第三中学宿舍楼加固资金 after the
        # special school's plan for a bus)
        if _told_before_the_plan(b, m):
            return False
        if b.item is not None:
            # (not entries the writer numbered: 一、恳请批准…；二、恳请追加… — a
            # list of what is put up, each may be a matter — unless the list
            # follows sections that told one thing, and neither entry tells a
            # case of its own: （一）请市政府…给予补助。‖（二）请市委编办为职教
            # 中心增加编制…: that thing's needs, entry by entry)
            if prev.item is None or prev.section != b.section or prev.section is None or not has_content(m.preludes) \
                    or has_content(prev.before or "") or has_content(prev.context or ""):
                return False
        elif not (any(a.kind == "implicit" for a in m.asks) or "decide" in m.first.classes):
            return False
        # (what it names, if anything, the plan's own paragraphs name too —
        # 康复设备 for 康复医学科 — not a thing another paragraph stated:
        # 将扩建用地纳入… after the 调价 matter, for the 扩建 stated before it)
        own = [w for w in _own(b.spec, bg()) if informative(w)]
        # (请县财政分两年安排建设资金和车辆装备购置资金 after a plan that
        # builds: the works' cost, owned by nothing else, is the plan's)
        # (污水处理站运维公益性岗位 after the plan to build the 污水处理站: a
        # word the plan's paragraphs name ties it, though the title names it too)
        named = [w for w in b.spec if informative(w)]
        # (not an ask that sets up or builds a thing the plan never named —
        # 恳请县委编办批准在我镇设立旅游服务中心 after a festival's plan and
        # its money: a body of its own, whatever words it shares)
        if makes_untold():
            return False
        # (not an ask for a thing the sections told in an entry of its own,
        # which the matter's asks did not name: （一）…污水处理厂…‖（二）…农村
        # 黑臭水体… — each ask after them asks for one)
        if any(w in m.others_told for w in own):
            return False
        if b.item is not None and (_told_in_a_section_of_its_own(b, m) or _names_a_subject_told_apart(b, m)
                                   or _told_in_a_paragraph_of_its_own(b, m, bg(), _topic_past_its_field(ctx))):
            return False
        if b.item is not None:
            # (an entry: most of its own words, whole or by their last two
            # characters, in what the sections told — （二）…列入全省新型智慧
            # 城市建设试点 after a heating-network project shares only 城市,
            # and is another thing)
            return not own or 2 * sum(w in m.told or w[-2:] in m.told for w in own) > len(own)
        # (一并恳请县政府批准，对…限额以上商贸企业…给予贴息 after a 年货节 whose
        # text said 销售额: one word of many, said as well, ties nothing — most
        # of its own words must be told)
        if b.connective or re.match(r"(?:一并|同时|另)", _flat(b.para.text)):
            return not own or 2 * sum(any(x in m.texts or x in m.preludes for x in (w[:2], w[-2:])) for w in own) > len(own)
        # (请团县委招募志愿者80名 after a plan that holds an occasion: a body
        # other than the recipient asked, in a list, to serve it; 请县财政安排
        # 评委劳务、舞台搭建等费用共计18万元: or its costs, item by item, summed)
        return not own or any(x in m.texts or x in m.preludes for w in named for x in (w[:2], w[-2:])) \
            or (m.builds and _bare_works_cost(b.obj)) \
            or (bool(m.occasion_heads) and ((bool(b.addressee) and not b.to_recipient)
                                            or (b.resources == {"funds"} and bool(_ITEMISED_COSTS.search(b.obj or "")))))

    def listed_in_its_paragraph(prev: Ask) -> bool:
        # …我局拟对这14所学校食堂实施标准化改造，总投资约980万元。现请示如下：
        # （1）请县政府同意实施该改造项目；（2）恳请县财政安排资金680万元；…:
        # the same list laid out inside the plan's paragraph — items after
        # an item, each nothing but its ask, whose own words, if any, the
        # paragraph before the list told
        enum = _item_labels()
        label = enum.search(b.before or "")
        if not label or has_content(b.before[label.end():]) or not enum.search(prev.sentence[:12]):
            return False
        if not (any(a.kind == "implicit" for a in m.asks) or "decide" in m.first.classes or m.builds or m.built):
            return False
        # (what the paragraph told before its list: not sections before it,
        # which may tell the case of each thing the list asks for)
        t = _flat(b.para.text)
        told = t[: max(0, t.find(prev.sentence))]
        if not has_content(told):
            return False
        own = [w for w in _own(b.spec, bg()) if informative(w)]
        return not own or 2 * sum(w in told or w[-2:] in told for w in own) > len(own)

    def aspect_of_its_plan() -> bool:
        # 我委拟…设立…中心。现将有关情况请示如下。‖二、需要解决的问题 ‖（一）
        # 机构设置。… ‖（二）人员编制。… ‖（四）资金。…: needs laid out by
        # topic, not by thing, after the plan the document opened with (stated
        # before any heading, under no topic label of its own) are that plan's
        # aspects — not topics that each state a plan of their own after a
        # lead naming none (现将有关事项请示如下：（一）体育考试计分。拟…)
        t = _flat(b.para.text) if b.para is not None else ""
        if not (label := _aspect_label(t)):
            return False
        # (三、车辆。镇残疾人康复站…现无专用车辆，拟购置…: past the label, the
        # need of a body the plan never named, stated as its own case — not
        # an aspect of the plan, whatever the label says)
        rest = t[t.find(label) + len(label):].lstrip("。．.：:，, ")
        # (a body by its name, not the bare head of the plan's own: 学校现有名称…)
        toks = tokens(rest)
        lead = [w for _, w, _ in toks[: _leading_nouns(toks, ("vn", "zg"))]]
        named = any(len(w) >= 2 and w not in _body_heads() for w in lead)
        if named and _opens_on_a_new_body(rest, m.told) and opens_own_case():
            return False
        # (三、县志编纂经费。…县地方志编纂中心现有…: further on, the entry
        # states what a body the plan never named has now — that body's
        # need, stated as its own case)
        if (body := _case_body(rest)) and not _names_body_in(body, m.told) and opens_own_case():
            return False
        first = m.first
        # (a first ask under a heading that names only a kind of need — 一、关于
        # 消防车辆。 — is an entry of the list as much as （一）设备。 is)
        if not (m is ctx.opening and (first.section is None or _aspect_label(squash(first.section)))
                and first.para is not None and first.para is not b.para):
            return False
        # (2024年…已批准在市监测中心建设重金属实验室。现将有关事项请示如下：‖（一）
        # 设备。…恳请省厅…安排340万元 ‖（二）人员培训。…: the project told before
        # the list, every entry one of its aspects — the first entry's ask as
        # well as the later ones)
        first_label = _aspect_label(squash(first.para.text))
        if first_label:
            # (not an entry that states the case of a thing the project never
            # named: （四）供暖。镇政府办公楼燃煤锅炉已到报废年限…)
            # (nor one that sets up a thing of its own: （四）机构。拟设立“…检测站”)
            return first_label != label and m.told_builds and not states_own_case() and not case_apart() \
                and not makes_untold()
        # (现将需要县政府帮助解决的几个问题请示如下：‖一、农村学校旱厕改造。全县还有
        # 23所…改造需资金… ‖二、代课教师招聘。…: the first ask is itself an
        # entry that states its own case, and no project was told before the
        # list — problems listed side by side, not one plan's aspects)
        if rx("matters", "enumeration").match(squash(first.para.text)) and not m.prelude_builds \
                and (states_own_case() or case_apart()):
            return False
        # (…编制了修缮方案… ‖ 县退役军人服务中心成立以来一直借用…，恳请县政府…调剂一处办公用房 ‖
        # 修缮资金方面，…恳请县财政予以安排: the first ask is made in a paragraph
        # that opens on a body the account before it never named — that body's
        # own need, not the plan's; the plan's aspect is not its aspect)
        if first.kind != "implicit" and _opens_on_a_new_body(_flat(first.para.text), m.lead):
            return False
        return first.kind == "implicit" or m.builds or bool(m.built)

    def serves_another() -> bool:
        # 三、拟申请县水利发展资金65万元，用于我镇东沟村饮水管网改造 after a
        # plan for the 西街 district: the ask says what it is for (用于…),
        # and none of that thing's key words was told before its own entry —
        # it serves another thing in another place, however its list is laid out
        # (an ask in a paragraph of the matter's own is judged by the rows
        # that read a paragraph; what the matter told is told before it)
        if b.para is None or id(b.para) in m.paras:
            return False

        def untold(thing: str) -> bool:  # two words of its own, none the matter or the title told
            words = [w for w in _key_words(thing) if informative(w)]
            return len(words) >= 2 and not any(w in m.told or w in (ctx.topic() or frozenset()) for w in words)

        # (（三）恳请市政府对某县殡仪馆改造提升项目给予补助资金 after a
        # wetland park's plan: a project named by a name of its own, none of
        # whose key words the matter told — another project, as 用于 another
        # place is)
        named = re.search(r"(?:对|为)([\u4e00-\u9fff]{4,30}?(?:项目|工程))", b.obj or "")
        if named and any(k == named.start() and w in ("对", "为") for k, w, _ in tokens(b.obj)) \
                and untold(named.group(1)):
            return True
        use = re.search(r"(?:专项|专门|全部|主要)?(?:用于|用作)([^，,。；;]{2,30})", b.obj or "")
        if not use:
            return False
        # (in a place of its own — 东沟村 — not the parts of the plan's own
        # works: 用于土建、防潮和消防, 用于园区保洁和安全巡查)
        purpose = re.sub(r"^(?:我|本|该)(?:镇|乡|县|市|区)", "", use.group(1))
        place = re.match(r"[\u4e00-\u9fff]{1,4}?(?:村|社区|街道|乡|镇)(?![\u4e00-\u9fff]?(?:级|域|区))", purpose)
        if not place or place.group(0) in m.told:
            return False
        return untold(purpose)

    def provides_for_another() -> bool:
        # (请县公安局给川底派出所增派民警2名 after a plan for a school's
        # crossing: people, posts or things counted out for a body the
        # matter never told, by its name or its short name)
        # (…恳请县政府拨付抢修资金48万元，并为县图书馆增加公益性岗位6个 after
        # a temple's repair: an ask joined in the matter's own sentence
        # counts out for a body as much as one in a paragraph of its own —
        # what the matter told is then its words before the ask)
        own_para = b.para is not None and id(b.para) in m.paras
        if b.para is None or (own_para and b.kind != "coordinated"):
            return False
        given = _given_to().search(b.obj or "")
        # (为我镇便民服务中心: a body of the writer's own, named past the
        # writer — not the writer itself, 为我局; nor 该, 其, 新: the thing told)
        named = _given_body(given)
        if not given or not named or not named.endswith(_body_heads()) \
                or named.startswith(("该", "我", "本", "其", "新")):
            return False
        # (迁建后的第二人民医院: the body past what its 的 says of it)
        # (5个乡镇专职消防队: the bodies past their count; 每个村, 各学校:
        # past the word that takes them one by one — the set the matter serves)
        body = re.sub(r"^(?:每一?[个所家座支]?|各|[0-9一二两三四五六七八九十]+[个所家座支])?(?:县|市|省|镇|乡)?", "",
                      named.split("的")[-1])
        told = (m.told.replace(b.text, "") if own_para else m.told) + "|" + "".join(ctx.topic() or ())
        if _names_body_in(body, told):
            return False
        # (为我市长期护理保险经办机构核增编制 after 恳请同意开展长期护理保险制度
        # 试点, whose sections told 经办力量不足: a body named in the words its
        # matter's own asks use, and its case's, is the one that runs it)
        words = [w for w in _key_words(body) if informative(w) and not _is_place(w) and w not in _body_heads()]
        asked = "|".join(a.sentence for a in m.asks)
        return not (sum(w in asked for w in words) >= 2 and all(w in told + "|" + m.others_told for w in words))

    def funds_its_change() -> bool:
        # (拟将补助标准提高至每人每年1800元… ‖ 全县现有享受对象2146人，2026年
        # 需增加支出64.4万元，建议由县财政…安排: the money a standard changed
        # costs — added spending, asked for with nothing of its own — is that
        # change's, whatever its paragraph counts first)
        if not m.restandards or b.changes_standard or b.resources - {"funds"} or b.para is None:
            return False
        said = (b.context or "") + (b.before or "") + (b.obj or "")
        return bool(rx("matters", "added_cost").search(said))

    def adds_to_the_last() -> bool:
        # …恳请县政府将…运转经费纳入预算…；今年已欠发的队员工资，希望县财政
        # 一并拨付: right after the matter's last ask, in its paragraph, with
        # no turn, an ask that adds (一并, 一同) what it fronts to that ask
        # (not 另外，…也请一并解决: a turn first; nor a thing the matter's
        # paragraphs never told: …；镇敬老院屋顶维修费用，也望一并拨付)
        last = m.asks[-1]
        if b.para is None or last.para is not b.para or b.connective \
                or not re.match(r"(?:予以|给予)?(?:一并|一同)", b.obj or ""):
            return False
        own = [w for w in _own(b.spec, bg()) if informative(w)]
        told = _told_but_its_own(b, m)
        return bool(own) and all(w in told for w in own)

    feats: dict[str, Callable[[], bool]] = {
        "adds_to_the_last": adds_to_the_last,
        "serves_another": serves_another,
        "provides_for_another": provides_for_another,
        "aspect_of_its_plan": aspect_of_its_plan,
        "listed_for_plan": listed_for_plan,
        # (项目前期工作已经基本完成。…尚需县级配套1000万元: its paragraph's
        # subject is the bare 项目, the one put up before)
        # (a bare head opening its paragraph — 活动所需经费… — points where its
        # pointer does: not at a matter that told its words only as another's
        # case, or never told what the ask's own prelude tells)
        # (将该项目列入… after a prelude of its own that told the project, and
        # a matter that never did: its pointer names another's thing)
        "points_elsewhere": points_elsewhere,
        "points_back": lambda: not _told_only_as_anothers(b, m) and not _names_the_title_apart(b, m, ctx.topic())
        and not _bare_head_on_its_preludes_works(b, m) and (
            (b.backref and not points_elsewhere()) or _points_at_its_building(b, m) or _timed_by_its_act(b, m)
            or _opens_on_its_documents_kind(b, m)
            or (b.para is not None and id(b.para) in m.paras and b.points_past_its_turn)
            # (上述工程预算共计96万元，…。恳请县政府…予以安排: a paragraph of its
            # own opening on 上述 and the works told)
            or (not b.connective and b.para is not None and id(b.para) not in m.paras and _opens_on_the_works_told(b))
            or (not b.connective and b.para is not None and id(b.para) not in m.paras and b.para_on_bare_head)
            # (中心目前没有专用车辆，… in a 请示 on 保障县公共法律服务中心运行: a
            # paragraph that opens on the bare head of the one body the title
            # names, as 项目… opens on the one project)
            # (not when the matter is of another body — 镇农贸市场… — and
            # only the later paragraphs are the titled body's)
            or (not b.connective and b.para is not None and id(b.para) not in m.paras
                and bool(head := _on_the_titles_body(_unlabelled(_flat(b.para.text)), ctx.title)) and head in m.told)
            # (此外，…拟请县人社局…派1名工作人员常驻中心 under the same title:
            # an ask that sends what it asks for to the bare head of that one
            # body, which the matter told, serves it, whatever it opens on)
            or (b.para is not None and id(b.para) not in m.paras
                and bool(head := _placed_at_the_titles_body(b.obj or "", ctx.title)) and head in m.told)
            # (建议由县政府分管副县长担任活动组委会主任 after a festival's plan
            # whose text said 活动时间、活动场地、活动期间: a thing of the
            # matter's, named by the short name the matter gave it, with no
            # case of its own told first)
            or (not b.connective and not says_before() and _names_by_its_short_name(b.obj or "", m))
            or _prepares_its_act(b, m)
            # (not at a matter the writer turned to by the way — 同时，县农技推广站
            # …请一并解决一辆农技服务用车 — which serves no goal of the title's)
            or (_needed_by_the_titles_goal(b, ctx.title) and not all(a.connective for a in m.asks))),
        "names_its_thing": names_its_thing,
        "funds_its_change": funds_its_change,
        # （二）机构人员。…拟设立中国（晋城）知识产权保护中心作为…: an entry
        # naming the thing the matter makes by a name of it longer than its
        # head (保护中心), not by a head any entry may share (中心)
        "names_it_in_full": lambda: b.para is not None and id(b.para) not in m.paras and bool(m.built)
        and names_its_thing() and any(len(n) >= 4 and n not in m.built_heads for n in m.built & _own_runs(b)),
        # （二）扩区范围内基础设施建设需投资…，恳请… after 拟对南区实施扩区
        # 建设: an entry whose sentence opens on the matter's thing — not on a
        # body both name (县医院: its building, its staff)
        "opens_on_its_thing": lambda: b.item is not None and not b.connective and bool(opening_thing()),
        # (系统需部署在县政务云上，请… ‖ 系统运行需调用…，请… under 关于…零工服务
        # 系统上线运行的请示: a paragraph of its own opening, with no turn, on
        # the one thing the title and the matter's own paragraphs name — however
        # common its word — is that thing's need; not a body the title names,
        # 医院拟引进… ‖ 医院拟购置…, whose two needs may be two matters)
        "opens_on_the_titles_thing": lambda: b.para is not None
        and all(a.para is None or a.para.index != b.para.index for a in m.asks)
        and not b.connective and bool(w := opening_word())
        and not w.endswith(_body_heads()) and w in m.texts and w in (ctx.title or ""),
        # (因车辆属特种专业技术用车，需占用公务用车编制，建议…核增…编制4个
        # after 拟购置应急救援车辆4辆: its sentence opens on what the matter
        # asks for — that thing's need, whatever resource it asks)
        # (另，安置点用地约16亩，拟使用… after 拟…集中安置到…安置点: or, a
        # plan of its own, on a thing the matter's own plan names — what is
        # put up for approval; not an ask of its own marker, 收费由…运营，并请
        # 批准…购置洒水车, after the clause that tells how the plan is run)
        "opens_on_what_it_asks": lambda: bool(w := opening_thing())
        and (any(h.endswith(w) or w.endswith(h) for h in m.heads if len(h) >= 2)
             or (b.kind == "implicit" and any(a.kind == "implicit" and w in (a.vp or "") for a in m.asks))),
        # (街区照明、供水…约需资金60万元，恳请… after 拟…开设…消费街区;
        # （三）基地建成运行需专业管理人员，恳请… after 拟建设…实训基地: its
        # paragraph opens on the short name of what the matter makes — that
        # thing's need, even as an entry of its own)
        # (not a body that exists, moved — 搬迁新建卫生院 ‖ 卫生院现有在编人员…)
        "opens_on_what_it_makes": lambda: b.para is not None and id(b.para) not in m.paras and not m.moved
        and _opens_with_built_head(_flat(b.para.text), m),
        "plans_anew": lambda: _plans_anew(b, m, bg(), ctx),
        "pays_its_people": lambda: _pays_its_people(b, m),
        "in_its_phase": lambda: not _told_only_as_anothers(b, m) and (
            _in_its_phase(b, m.told, m.builds, m.told_builds, m.told_runs, m.occasion_heads) or _after_its_act(b, m)),
        "one_plan": lambda: b.plan is not None and any(a.plan == b.plan for a in m.asks),
        # (三、…公墓收费标准…未作调整，…拟调整为每穴5200元，请批准执行 in the
        # list of a plan to extend the 殡仪馆: a standard in force, changed,
        # is a decision of its own — unless the matter's own asks change it)
        # (一是…火化费由每具400元调整为每具550元 ‖ 二是…拟公开招聘遗体整容师
        # 2名: posts or land of its own asked beside a standard changed,
        # likewise — not the money the new standard costs: 每年需增加资金…，
        # 请县财政纳入年度预算)
        # (not a count of the matter's own body changed — 批准县人民医院编制床位
        # 由500张调整为800张 in a 请示 on that hospital's upgrade: its need, as
        # its posts are, no standard in force for all)
        "changes_a_standard": lambda: b.changes_standard != m.restandards
        and (b.changes_standard or bool(b.resources - {"org", "funds"}))
        # (…医院编制床位需由500张调整为600张，恳请…予以同意: the count its own
        # sentence changes before the ask, as in what it asks)
        and not (b.changes_standard and _recounts_a_told_body((b.before or "") + (b.obj or ""), m.told))
        # (我局建议：‖一、将…优待金标准提高到…: a lead-in that names nothing
        # and opens the list — its entries are what it puts up, the first one
        # its content, not a change set against it)
        and not all(re.search(r"[：:]$", a.text.strip()) and not has_content(a.obj.strip("：:")) for a in m.asks),
        "different_resources": different_resources,
        "names_same_thing": names_same_thing,
        "turns_topic": lambda: b.connective and not _turn_taken_by(m, b),
        "says_nothing_own": says_nothing_own,
        "turns_to_another_topic": turns_to_another_topic,
        "shares_words": shares_words,
        "separate_entries": separate_entries,
        "land_for_other_project": land_other,
        "is_detail": is_detail,
        # (调整方案经县政府同意后，建议以县政府名义向社会公布; 五、方案经批准后，
        # 拟在…网站发布招聘公告: the next step of the matter once it is granted)
        "after_its_approval": lambda: _after_its_approval(b, m),
        "names_an_untold_project": lambda: _names_untold_project(b, m),
        "own_entry": lambda: own_entry() or m_own_entry(),
        "states_own_case": states_own_case,
        "third_body_support": third_body_support,
        # (各乡镇需各确定1名熟悉地形的村干部配合带路，建议县政府办公室下发通知予以
        # 明确: a case that only says others must help, and an ask for no
        # resource to have them do it — support for the matter, as 请…配合 is)
        "has_others_help": lambda: not b.resources and not b.connective and not b.backref
        and _needs_help_only(b.before or ""),
        "asks_a_detail": lambda: not b.resources and bool(b.kinds) and b.kinds <= detail,
        # (（二）恳请县政府协调县卫生健康局…确定镇卫生院院长人选 after an account
        # whose sentences told the waterworks and, apart, the health centre's
        # head: an entry for a subject the matter's asks never named)
        "names_a_subject_apart": lambda: b.item is not None and _names_a_subject_told_apart(b, m),
        # (…计划分两个年度实施。‖现将初步设计报告报上，恳请省水利厅予以审批:
        # the document it sends up holds the plans stated before it)
        # (not 现将我县城区第二水源地保护区划定方案一并报上 after a plan to
        # extend an industrial park: a document on a thing the matter never
        # named is that thing's, sent up with it)
        "submits_its_plan": lambda: not b.connective
        and (all(a.kind == "implicit" for a in m.asks) or _all_support(m))
        and bool(sub := rx("matters", "submits").search(b.before))
        and sum(w not in m.told for w in _things(sub.group(0)) if informative(w)) < 2,
        "opens_own_case": opens_own_case,
        "serves_the_title_apart": lambda: _serves_the_title_apart(b, m, ctx.title),
        "serves_its_occasion": lambda: _serves_its_occasion(b, m),
        # 我校锅炉房屋顶…需要维修。‖维修屋顶…约需资金2.3万元。: a bare sum
        # stated after a need that named no money is that need's price
        # (not after a plan, not after a turn, not in a paragraph that opens
        # on a thing of its own: 局机关办公楼…，还需维修资金…)
        "prices_the_need": lambda: b.kind == "implicit" and b.resources == frozenset({"funds"})
        and not _names_something(b.obj, qualifiers=True) and "funds" not in m.resources
        and m.asks[-1].kind == "implicit" and m.asks[-1].marker != "拟" and not b.connective and not case_apart(),
        "repeats_its_act": lambda: _repeats_its_act(b, m),
        "spends_what_it_asked": lambda: _spends_what_it_asked(b, m),
        "pays_for_its_act": lambda: _pays_for_its_act(b, m),
        "approves_its_plan": lambda: _approves_its_plan(b, m),
        "heads_another_occasion": lambda: _heads_another_occasion(b, m, ctx.title),
        "under_its_topic": lambda: _under_its_topic(b, m),
        "counts_its_thing": lambda: _counts_its_thing(b, m),
        "staffs_what_it_builds": lambda: _staffs_what_it_builds(b, m),
        # (同意在各乡镇卫生院设置“乡聘村用”专项岗位 after 拟…推行乡村医生“乡聘
        # 村用”管理改革: the name the matter gave in quotation marks, again
        # — in an ask's own sentence, not a quote the case around it gives)
        "quotes_its_name": lambda: bool(b.quoted_names) and any(
            b.quoted_names & a.quoted_names for a in m.asks if a.sentence != b.sentence),
        # 附带请示：…; 顺带请示一事：…: the writer says it is another matter
        # (not 同时申请：为该中心核定事业编制5名 after 批准设立…检测中心: a label
        # that says only "also" yields to an ask that points back at the
        # matter or names its thing again)
        "announces_another": lambda: id(b.para) not in m.paras and _says_another(b)
        and not (_says_only_also(b) and (feats["points_back"]() or names_its_thing())),
        # (…并协调县公安局做好安保。顺带恳请县财政拨付镇政府办公楼维修资金:
        # the writer's own word, right before its marker, that it asks this by
        # the way — besides the matter, within a paragraph as well)
        "asked_by_the_way": lambda: bool(rx("matters", "by_the_way").search(b.before or "")),
        "asks_no_thing": asks_no_thing,
        # (另外，疫区解除封锁前仍需进行三轮环境采样检测，…也请一并予以解决
        # after a case told of the 疫点及疫区, the 封锁区消毒和监测: most of
        # the words its own sentence tells before it asks, the matter's
        # paragraphs told — the same case, told on)
        "retells_its_case": retells_its_case,
        # (拟临时征用…闲置土地作为临时停车场，请大阳镇人民政府负责…协商 after
        # a festival's plan: what is provided for now, while the matter's
        # event is held, is that event's — whatever case its paragraph tells)
        # (not one its own paragraph holds an event for — …举办山地自行车
        # 邀请赛，…同意临时封闭路段 — nor a case that only mentions it: 此事
        # 涉及…摊贩临时安置，…请县政府明确牵头单位)
        "for_its_event_meanwhile": lambda: bool(m.occasion_heads) and for_the_meantime()
        and not rx("matters", "occasion_name").search((b.context or "") + (b.before or "")),
        # (拟在改造期间实行临时过渡经营 ‖ …停车场…，拟借用作为临时市场，请…同意:
        # a matter that is itself the arrangement of a period — what is lent
        # or given for the meantime serves it, as an event's does)
        "for_its_period_meanwhile": lambda: not m.occasion_heads and for_the_meantime()
        and any(a.kind == "implicit" and re.search(r"(?:期间|过渡)", a.obj or "") for a in m.asks),
        "separate_sections": separate_sections,
        # 为中队购置执法车辆 / 将中队更名并划入职责: a change of a body that
        # exists beside a need that creates or changes no body
        # (not 审核同意后报省审批 after 撤乡设镇: a procedure for it, no need)
        "reorg_apart": reorg_apart,
        # (五、镇文化站现为镇政府内设机构，…请县政府同意将其调整为镇综合文化
        # 服务中心，明确为镇属事业单位 in a list for a new 敬老院: the entry
        # changes a body its own case opens on — not 拟撤并…7路, no body)
        "changes_its_own_body": lambda: "reorg" in b.kinds and "reorg" not in m.kinds
        and _opens_with_a_body(_unlabelled(((b.context or "") + (b.before or "")).lstrip("，, "))),
        # 拟建设…就业创业服务基地, 同意设立公共法律服务中心: the matter builds
        # or sets up a thing anew (not a body that exists, moved: 搬迁新建
        # 卫生院) — what is named for it is part of making it, even after 同时
        "builds_anew": lambda: bool(m.built) and not m.moved,
        "prices_its_plan": prices_its_plan,
        "needs_of_its_plan": needs_of_its_plan,
        # (以上车辆购置、设备配备和场地改造共需资金约146万元，…，恳请县政府给予
        # 资金补助106万元: asked in the sentence that sums the parts above)
        "sums_the_parts": lambda: _sums_the_parts(b),
        # 巴公镇第一中学现有学生宿舍楼2栋，…，请县财政予以安排 among the
        # paragraphs of a plan for another school: a paragraph of its own
        # opening on a body the matter never named, stating what it has now
        # (not 县公安局制定安保方案，请市公安局给予警力支援: what a body does)
        # (二、另，我局机关办公楼…: the writer's turn, a connective and its
        # comma opening the sentence past its label — not 另需…人员4名, more
        # of the same)
        "opens_on_a_turn": lambda: b.connective and bool(_leading_turn().match(
            rx("matters", "enumeration").sub("", b.sentence.lstrip("，,"), count=1))),
        # (not under an aspect the matter's lead named as a part of it:
        # （二）窗口服务系统。县政务服务中心现有… after a plan by 农业系统、
        # 窗口服务系统)
        "case_of_a_new_body": case_of_a_new_body,
        # (我局起草了《…集体聚餐食品安全管理办法》…拟请…印发。‖再者，…我局同步
        # 起草了《…食品小作坊登记管理办法》…，请一并审定后印发: the writer put
        # up two documents of its own drafting)
        "drafts_another_document": lambda: _drafts_another_document(b, m),
        "opens_on_its_document": lambda: _opens_on_its_document(b, m),
        # (…举办…第十五届中小学生田径运动会…，请县财政补助8万元。全县第六届中小学生
        # 艺术展演拟于12月…举办，所需…费6万元请县财政予以解决: its own sentence
        # names, by its edition, an occasion the matter never held)
        "holds_another_occasion": lambda: _holds_another_occasion(b, m),
        # (拟于11月…举办某县招商推介会…。‖建议由县政府主要领导带队，…等部门
        # 负责同志参加: who leads or takes part in the occasion the matter holds)
        "takes_part_in_its_occasion": lambda: _takes_part_in_its_occasion(b, m),
        # (…沿线群众反映强烈，希望市里能从根本上解决过境车辆穿城问题。‖…拟将
        # 国道207线县城过境段向东外移…: the matter asks only that a problem be
        # solved; a plan after it that shares its words is how)
        # (为保障新馆如期开放，请县政府核定…编制8名，安排年度运行经费60万元，
        # 并协调…组织招聘: one purpose opening the sentence governs every ask
        # in it — the matter so far being that sentence's)
        "shares_its_purpose": lambda: not b.connective and b.para is not None
        and all(a.sentence == b.sentence for a in m.asks)
        and bool(pm := _SENTENCE_PURPOSE.match(b.sentence.lstrip("，,")))
        and any(informative(w) for w in specifics(pm.group(1)))
        # (not …，并为即将投入使用的县图书馆新馆安排开办经费: a thing the
        # purpose and the asks before never named — smuggled in under it)
        and not _names_new(b.vp or "", b.sentence[: max(b.sentence.find(b.vp or ""), 0)]),
        # (拟请县财政分两次拨付：2025年6月前拨付200万元，…；2025年10月前拨付
        # 186万元，…: one sum paid in parts by time — each part an instalment
        # of the ask that counted them)
        "pays_an_instalment": lambda: b.para is not None and id(b.para) in m.paras
        and bool(_INSTALMENTS.search(m.asks[-1].sentence)) and bool(_AT_A_TIME.match(b.obj or ""))
        and "allocate" in _classes(b.obj or ""),
        # (同意将该工程列为…重点工程，并成立由县政府分管领导任组长的工程建设
        # 指挥部: a body set up only to run the matter's own works — named by
        # the matter's thing or its bare head, then 指挥部/领导小组/专班)
        "runs_its_works": lambda: bool(rr := _RUNS_IT.search(b.obj or ""))
        and (not (w := rr.group("what")) or w in (told := _told_apart_from(m, b))
             or (w.endswith(tuple(vocab()["matters"]["bare_heads"])) and w[-2:] in told)),
        "answers_its_problem": lambda: all(rx("matters", "named_problem").search(a.obj or "")
                                           for a in m.asks if a.kind != "closing"),
    }
    return feats


FEATURES = (
    "adds_to_the_last", "pays_its_people", "serves_another", "aspect_of_its_plan", "listed_for_plan", "points_back", "points_elsewhere", "names_its_thing", "names_it_in_full", "opens_on_its_thing", "opens_on_the_titles_thing", "in_its_phase", "one_plan", "different_resources", "names_same_thing", "turns_topic", "says_nothing_own",
    "turns_to_another_topic", "shares_words", "separate_entries", "land_for_other_project", "is_detail", "names_an_untold_project",
    "after_its_approval",
    "own_entry", "third_body_support", "has_others_help", "asks_a_detail", "names_a_subject_apart", "opens_own_case", "prices_the_need",
    "asks_no_thing", "separate_sections", "announces_another", "asked_by_the_way", "submits_its_plan", "reorg_apart", "states_own_case", "plans_anew",
    "repeats_its_act", "spends_what_it_asked", "pays_for_its_act", "counts_its_thing", "prices_its_plan", "builds_anew", "approves_its_plan", "under_its_topic", "heads_another_occasion",
    "provides_for_another", "funds_its_change", "changes_its_own_body", "opens_on_what_it_asks", "opens_on_what_it_makes", "changes_a_standard",
    "staffs_what_it_builds", "quotes_its_name", "needs_of_its_plan", "sums_the_parts", "for_its_event_meanwhile", "for_its_period_meanwhile",
    "retells_its_case", "serves_the_title_apart", "serves_its_occasion", "case_of_a_new_body", "opens_on_a_turn",
    "drafts_another_document", "opens_on_its_document", "holds_another_occasion", "takes_part_in_its_occasion",
    "answers_its_problem", "shares_its_purpose", "pays_an_instalment", "runs_its_works",
)

def _opens_on_the_works_told(b: Ask) -> bool:
    """Does ``b``'s paragraph open, past its label, on 以上/上述/前述 and the
    works, the money or the plan told (上述工程预算共计…, 以上调整方案已经…)?"""
    return b.para is not None and bool(rx("matters", "backref_opening").match(_unlabelled(_flat(b.para.text))))


# Costs counted item by item and summed (评委劳务、舞台搭建等费用共计18万元).
_ITEMISED_COSTS = re.compile(r"[\u4e00-\u9fff]{2,}、[\u4e00-\u9fff、]{2,}等(?:费用|经费|支出)")


def _told_apart_from(m: "Matter", b: Ask) -> str:
    """What the matter's paragraphs told, without ``b``'s own sentence (which
    its paragraph may share with the matter's asks)."""
    return m.told.replace(b.sentence.lstrip("，,"), "")


# A body set up to run one thing (成立…工程建设指挥部, 组建…项目工作专班):
# group "what" the thing, as named before its head.
_RUNS_IT = re.compile(r"(?:成立|组建|设立)[^，,。；;]{0,20}?的?(?P<what>[\u4e00-\u9fff]{0,10}?)(?:建设)?"
                      r"(?:指挥部|领导小组|工作专班|专班|工作组)")

# A payment counted out in parts by time (分两次拨付：, 分三年安排：).
_INSTALMENTS = re.compile(r"分[两二三四五]?(?:次|年|期|批)(?:[\u4e00-\u9fff]{0,4}?)(?:拨付|安排|下达|支付|拨款|解决)")
# A part of it, opening on its time (2025年10月前拨付…, 明年拨付…).
_AT_A_TIME = re.compile(r"(?:[0-9]{4}年(?:[0-9]{1,2}月)?(?:底|前|以前|之前|内)?|今年|明年|后年|次年|第[一二三四]年|第[一二三四]次)")

# Bodies counted out by name (高都、犁川两个市场监管所; 巴公、高都等3所中学):
# group "names" their names.
_COUNTED_BODIES = re.compile(r"(?P<names>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)等?(?:[两二三四五六七八九十]|[0-9]+)"
                             r"(?:个|所|家|座)[\u4e00-\u9fff]{0,8}?(?:所|站|院|校|队|中心|室|馆)")

# A purpose opening a sentence (为保障新馆如期开放，…): group 1 what it is for.
_SENTENCE_PURPOSE = re.compile(r"为了?(?:保障|确保|保证|满足|促进|推动|加快|支持)?([^，,。；;]{2,30}?)[，,]")


def _entry_occasion(p: Paragraph | None) -> str:
    """The heading of an entry that holds an occasion (二、本地非物质文化遗产
    展演周。拟于10月1日至7日…举办…): the label's words up to its stop, when
    the entry's own text holds an event; "" otherwise."""
    if p is None:
        return ""
    t = _flat(p.text)
    label = rx("matters", "enumeration").match(t)
    if not label:
        return ""
    head = re.match(r"([\u4e00-\u9fff“”0-9]{4,24})[。．.：:]", t[label.end():])
    if not head:
        # (一、2026年春节期间举办南村镇首届“乡村村晚”，…，请县里予以补助: or,
        # with no heading, the occasion its first clause holds, in an entry
        # that asks for it in its own words — that names the entry as a
        # heading would; not an entry that only counts a need, which an ask
        # summing the entries puts up: 一、正月初八举办社火展演，需…4万元 ‖
        # …‖ 以上活动共需经费7万元，请县政府给予补助)
        first = re.split(r"[，,。；;：:]", t[label.end():], maxsplit=1)[0]
        x = rx("matters", "holding").search(first)
        asks = _strong_marker(t[label.end() + len(first):]) is not None
        return first[x.end():] if x and len(first) - x.end() >= 4 and asks else ""
    if not rx("matters", "holding").search(t[label.end() + head.end():]):
        return ""
    return head.group(1)


def _heads_another_occasion(b: Ask, m: "Matter", title: str = "") -> bool:
    """一、第八届珏山登山节。拟于…举办… ‖ 二、本地非物质文化遗产展演周。拟于…
    举办…: entries the writer heads each with an occasion of its own, which
    its own text holds, sharing no word — two events, whatever one list of
    asks they stand in."""
    mine = _entry_occasion(b.para)
    if not mine or b.para is None:
        return False
    # (not the parts of one occasion a lead-in holds: 拟…举办第三届珏山文化
    # 旅游节，主要活动如下：一、开幕式。… 二、太行美食展。…)
    # (a lead-in that counts the occasions — 拟…举办两项群众文化活动 — holds none)
    if any(a.para is not None and not _entry_occasion(a.para)
           and rx("matters", "holding").search(t := _flat(a.para.text))
           and not re.search(r"[两二三四五六七八九十几多]项|[2-9]项|以下|下列|系列", t) for a in m.asks):
        return False
    theirs = {_entry_occasion(a.para) for a in m.asks if a.para is not None and a.para.index != b.para.index}
    theirs.discard("")
    if not theirs:
        return False
    words = lambda x: {w for w in _key_words(x) if informative(w) and not _is_place(w)}  # noqa: E731
    # (nor the parts of one occasion the title or the lead-in names, none of
    # the entries: 关于举办第三届珏山文化旅游节的请示 ‖ 一、开幕式文艺演出。… ‖
    # 二、太行美食展。… — not a kind named in the plural, 群众性体育赛事)
    named = lambda x: {w for w in _key_words(x) if not _is_place(w)}  # noqa: E731
    heads = [named(h) for h in (mine, *theirs)]
    said = title + "|" + (m.preludes or "")
    for x in rx("matters", "occasion_name").finditer(said):
        umbrella = named(x.group(0))
        if said[x.end(): x.end() + 1] not in ("事", "活") and umbrella and not any(umbrella & h for h in heads):
            return False
    own = words(mine)
    return bool(own) and all(not (own & words(x)) for x in theirs)


def _sets_up_untold(b: Ask, m: "Matter") -> bool:
    """Does ``b`` set up a body by a name ``m`` never told (拟设立某县急救
    指挥中心)?"""
    heads = _alt(_body_heads_longest_first())
    x = re.search(rx("matters", "founds").pattern + r"(?P<body>[\u4e00-\u9fff]{2,20}?(?:" + heads + "))", b.obj or "")
    return bool(x) and not _names_body_in(x.group("body"), m.told)


def _put_to_its_use(b: Ask, m: "Matter") -> bool:
    """Does ``b``'s paragraph put a place to use for a thing the matter told
    (原供销社仓库…拟改作装备库房 after a team whose 装备 it buys; …闲置厨房…
    拟改作中心助餐点 after a plan for 老年助餐服务) — whole, or by a word of
    its own, not a body's head (中心)?"""
    if b.para is None:
        return False
    for p in rx("matters", "place_for").finditer(_flat(b.para.text)):
        what = p.group("for")
        if what in m.texts or any(informative(w) and w not in _body_heads() and w in m.told for w in _key_words(what)):
            return True
        # (…拟作为活动场地 after 拟举办…招聘会: the bare noun of a kind of
        # occasion, for the occasion the matter holds)
        if m.occasion_heads and what in vocab()["matters"]["occasion_nouns"]:
            return True
        # (另外，县普查办现在办公用房不足，拟借用…会议室作为集中数据处理场所 after
        # asks for 普查员 in 普查期间: the place is for the body its paragraph
        # opens on, and that body is named for the thing the matter told — the
        # thing's own office, not a body of its own; read only once a place is
        # put to use)
        user = _cut_body_name(_para_opening(b)[1])
        if user is not None and len(user.group(1)) >= 2 and informative(user.group(1)) and user.group(1) in m.told:
            return True
    return False


def _hands_over_to_another(b: Ask, m: "Matter") -> bool:
    """Does ``b`` hand a thing over to a body the matter never named (将…
    旧馆整体移交县文物保护服务中心，作为…临时库房)? What that body is given
    is for its own use, not for the matter's event."""
    heads = _alt(_body_heads_longest_first())
    for x in re.finditer(rx("matters", "hands_over").pattern + r"(?P<body>[\u4e00-\u9fff]{1,12}?(?:" + heads + "))",
                         b.obj or ""):
        if not _names_body_in(_given_body(x), m.told):
            return True
    return False


def _takes_part_in_its_occasion(b: Ask, m: "Matter") -> bool:
    """Does ``b`` ask who leads or takes part (…主要领导带队，…负责同志参加)
    while the matter holds an occasion, and name no occasion of its own?"""
    if not m.occasion_heads or b.kind not in ("explicit", "proposal", "coordinated", "implicit"):
        return False
    # (its own act, of people by their office: 由县政府主要领导带队, …负责同志参加 —
    # not 会议地点拟设在…, 安排县长出席 another meeting, nor 将论坛列入…: an
    # occasion's name of its own in what it asks)
    obj = b.obj or ""
    # (外地代表约60人，食宿…费用约9.8万元，拟请县财政…列支 after 拟举办…研讨会，
    # 邀请…约180人参加: its paragraph opens on some of the people the matter
    # counted to take part — their needs are the occasion's)
    if b.para is not None and id(b.para) not in m.paras and rx("matters", "people_counted").match(_flat(b.para.text)) \
            and rx("matters", "counted_to_take_part").search(m.texts):
        return not _holds_another_occasion(b, m) and not rx("matters", "occasion_name").search(_flat(b.para.text))
    if not rx("matters", "takes_part").search(obj) or not _ROLE.search(obj) \
            or rx("matters", "occasion_name").search(obj) or rx("matters", "occasion_nouns").search(obj):
        return False
    return not _holds_another_occasion(b, m) and not has_content(b.context or "")


def _holds_another_occasion(b: Ask, m: "Matter") -> bool:
    """Does ``b``'s own sentence, before its marker, name an occasion by its
    edition (第六届…展演) that the matter's text never named, while the matter
    holds an occasion of its own?"""
    own = [x.group(0) for x in rx("matters", "occasion_name").finditer(b.before or "") if _EDITION.search(x.group(0))]
    if not own:
        return False
    told = _told_but_its_own(b, m)
    # (the matter's own occasion, by its edition or held by its verb:
    # 举办某县文化旅游推介会 — or, a matter that holds none, a turn to the
    # occasion: 另，…我局拟于9月…举办全县首届农机手技能竞赛 after an ask for
    # subsidy money)
    if not m.occasion_heads and not b.connective and not any(
            _EDITION.search(x.group(0)) for x in rx("matters", "occasion_name").finditer(told)):
        return False
    # (the name past its edition: 中小学生艺术展, not in the matter's text —
    # or, when that is a bare word, the name with its edition: 第四届比赛)
    names = [n[e.end():] if len(n) - e.end() >= 3 else n[e.start():] for n in own if (e := _EDITION.search(n))]
    return all(n not in told for n in names)


@lru_cache(maxsize=512)
def _drafted(text: str) -> frozenset[str]:
    """The documents ``text`` says the writer drafted (起草了《…办法》)."""
    return frozenset(x.group("name") for x in rx("matters", "drafted").finditer(text or ""))


def _says_another(b: Ask) -> bool:
    """Does ``b``'s paragraph open by saying another matter follows (附带请示
    一事：, 同时申请：)?"""
    return b.para is not None and bool(rx("matters", "announces_another").match(_flat(b.para.text)))


def _says_only_also(b: Ask) -> bool:
    """…by a label that says only "also" (同时申请：, 一并请求解决：)?"""
    return b.para is not None and bool(rx("matters", "also_asks_label").match(_flat(b.para.text)))


def _drafts_another_document(b: Ask, m: "Matter") -> bool:
    """Does ``b``'s paragraph, apart from the matter's, say the writer drafted
    a document other than every one the matter's paragraphs drafted — both
    drafted, none the same?"""
    if b.para is None or id(b.para) in m.paras:
        return False
    # (一、《…公务接待管理办法》…，拟请…审议后印发 ‖ 二、《…会议费管理办法》…，
    # 拟请…印发: or a paragraph opening on the name of the document it puts
    # up — each entry its own document)
    own = _drafted(b.para.text) | _opened_on_document(b.para.text)
    if not own:
        return False
    theirs = _documents_put_up(m)
    return bool(theirs) and not _same_document(own, theirs)


def _abbreviates_its_act(word: str, told: str) -> bool:
    """Is ``word`` an act ``told`` names, said short as a verb and its object
    are (购车 for 购置负压救护车, 修路 for 修缮…道路): a verb of two characters
    ``told`` has that opens on its first, and its second close after it?"""
    for x in re.finditer(re.escape(word[0]) + r"[\u4e00-\u9fff]", told):
        toks = tokens(told[x.start(): x.start() + 14])
        if toks and len(toks[0][1]) == 2 and toks[0][2] == "v" and word[1] in told[x.end(): x.start() + 14]:
            return True
    return False


def _opens_on_its_document(b: Ask, m: "Matter") -> bool:
    """《细则》实施后需…核查，拟请县财政安排… after 起草了《…管理细则（送审
    稿）》: ``b``'s paragraph opens on the document the matter put up."""
    named = _opened_on_document(b.para.text) if b.para is not None else set()
    # (现将送审稿报上，提请县政府常务会议审议 after 我局起草了《…办法》（送审
    # 稿）: the draft put up by the name of its stage, which only the document
    # the text drafted can be)
    if b.para is not None and _SUBMITS_A_DRAFT.match(_unlabelled(_flat(b.para.text))) and _drafted(m.told):
        return True
    if named and _same_document(named, _documents_put_up(m)):
        return True
    # (1.《…自建房安全专项整治工作方案》已起草完成，拟以县政府办公室名义印发
    # after 我局拟…开展农村经营性自建房安全专项整治: or on a document whose
    # name is the undertaking the matter plans — that undertaking's own plan)
    plans = " ".join(a.vp or "" for a in m.asks if a.kind == "implicit")
    return bool(plans) and any(overlap_informative(_key_words(n), _key_words(plans)) for n in named)




def _opens_on_its_documents_kind(b: Ask, m: "Matter") -> bool:
    """办法宣传和犬只芯片植入所需经费约35万元，拟请县财政…予以保障 after
    起草了《…养犬管理办法（送审稿）》: ``b``'s sentence opens on the kind of
    document the matter drafted (办法, 细则, 方案), bare or after 该/此 —
    that document, by its head, as a bare 项目 names the project."""
    opening = re.sub(r"^(?:该|此|本|上述)", "", _unlabelled(b.sentence.lstrip("，, ")))
    kind = rx("matters", "document_kind").pattern
    if not re.match(kind, opening):
        return False
    # (the kind its name ends on, past its stage: 《…管理办法（送审稿）》 → 办法)
    ends = [re.search("(?:" + kind + ")$", re.sub(r"（[^）]*）$", "", d)) for d in _read_off(m, "drafted", _drafted)]
    return opening.startswith(tuple(k.group(0) for k in ends if k))


# The words that submit a document (现将…, 特将…): before a draft's stage or its quoted name.
_SUBMITTING = r"(?:现|特|兹|现特)?将"
_SUBMITS_A_DRAFT = re.compile(_SUBMITTING + r"(?:该|上述|此|本)?(?:送审稿|草案|征求意见稿|初稿|代拟稿|修订稿)"
                              r"(?:及[^，,。；;]{1,20})?(?:报上|呈上|随文报送|报送|附后|呈报)")


def _documents_put_up(m: "Matter") -> frozenset[str]:
    """The documents the matter's paragraphs, or the case told before them,
    drafted, or its paragraphs open on (read again only when the matter has
    grown)."""
    return _kept(m, "documents_put_up", (len(m.asks), len(m.told)), lambda: _drafted(m.told).union(
        *(_opened_on_document(a.para.text) for a in m.asks if a.para is not None)))


def _same_document(own: set[str], theirs: set[str]) -> bool:
    """One document among both, whole or by its short name (《办法》 after
    起草了《…补贴办法（送审稿）》)."""
    return any(o in t or t in o for o in own for t in theirs)


@lru_cache(maxsize=4096)
def _opened_on_document(text: str) -> frozenset[str]:
    """The document a paragraph opens on, past its label (一、《…办法》…) —
    or submits, past the words that submit it (现将《办法（送审稿）》…报上)."""
    d = re.match(r"(?:" + _SUBMITTING + r")?《(?P<name>[^》]{2,60})》", _past_enumeration(squash(text or "")))
    return frozenset({d.group("name")}) if d else frozenset()


_OWN_OFFICES = re.compile(r"[\u4e00-\u9fff]?机关")  # 局机关, 院机关: a body's own offices


def _states_a_need(text: str) -> bool:
    """A need or a shortage stated (…尚缺约70名; …需升级改造; …现有工作人员
    不足 — a shortage as the predicate of what is lacking)."""
    return bool(rx("modality", "need").search(text) or rx("modality", "shortage").search(text)
                or _SHORT_OF.search(text))


# A shortage as the predicate of what is short (工作人员不足，…; 经费严重短缺。).
_SHORT_OF = re.compile(r"[\u4e00-\u9fff]{2}(?:严重|明显|普遍)?(?:不足|不够|短缺|紧缺|匮乏|紧张)(?=[，,。；;])")


def _opens_on_its_lead_body(clause: str, m: "Matter") -> bool:
    """Does ``clause`` open on the body the matter's first prelude opens on
    (图书馆现有… after 县图书馆新馆建筑面积…) — the body the matter is of,
    not one it names in passing (县人民医院、县中医院分别承担 …)?"""
    lead = {w for w in _opening_words(_past_label_and_writer(m.lead)) if len(w) >= 2}
    own = [w for w in _opening_words(_past_label_and_writer(clause)) if len(w) >= 2 and not _is_place(w)]
    if own and own[0] in _body_heads() and re.search(
            r"[\u4e00-\u9fff]{2}" + own[0] + r"(?:现有|目前|的)[^。；;]{0,12}(?:如下|以下)[：:]", m.lead):
        # (中心实验室现有… after 县动物疫病预防控制中心现有条件和缺口如下：: the
        # body the lead to the list names, by its head, and a part of it)
        return True
    return bool(own) and own[0] in lead


def _case_subject(told: str) -> tuple[str, str]:
    """The subject a case opens on — the head of its opening noun phrase,
    followed by what it says of it — and the words that own it (村卫生室
    of 全县村卫生室现有的…设备), "" for none."""
    # (its paragraph opens on a thing as its subject — 县城现有出租车经营权…,
    # 县烈士陵园纪念碑建于… — not on a verb, a basis or a cost: 改造总投资…,
    # 根据…条例, 经市场调研 speak of the matter's own act)
    # (the head of its opening noun phrase: 县城现有出租车经营权 → 经营权)
    # followed by what it says of it — not 经市场调研，…, a clause of its own
    # (我市现有市急救中心建于…: the writer's own thing is the subject)
    # (二、南村派出所办公楼建于1998年，…: an entry's label is layout, not
    # what the case opens on)
    # (另，我镇…道路…: the turn that opens it is how it is joined, not its subject)
    told = _leading_turn().sub("", _unlabelled(told).lstrip("，,"), count=1)
    opening = re.sub("^" + vocab()["markers"]["writer"] + "(?:现有|原有|所属)?", "", told.lstrip("，,"))
    # (经县住建局鉴定，县第三中学实验楼为C级危房: who found it frames the
    # clause after it, whose subject is the case's)
    opening = re.sub(r"^经[^，,。；;]{2,24}[，,]", "", opening)
    # (8月12日，巴公镇一生猪养殖场确诊…: when it happened opens the case,
    # whose subject follows)
    # (今年汛期，犁川镇西沟村后山出现裂缝…; 入冬以来，…: a season or a
    # stretch of time as well)
    opening = rx("matters", "time_opening").sub("", opening, count=1)
    run, said, owner, counted, skipped = [], False, 0, -1, 0
    toks = tokens(opening[:32])
    for i, (at, w, f) in enumerate(toks):
        if f == "vn" and i + 1 < len(toks) and (_nominal(toks[i + 1][2]) or toks[i + 1][2] == "vn"
                                                or toks[i + 1][1] in ("现有", "原有")) \
                and any(_nominal(g) for _, g in run):
            # (镇|综合|文化站: a verbal noun inside a name — not opening the
            # subject: 现有|供电|容量不足 tells the matter's own thing)
            # (全县|应急|广播|现有…: verbal nouns in a row after a noun, up to
            # what the subject has, are the subject — a system, as a name is)
            run.append((w, f))
            continue
        if w == "、":
            continue  # (城区派出所、交警大队现有…: bodies counted out, one subject)
        # (全县村卫生室现有的心电图机、血压计等基本设备大部分配备于…: 的 after
        # a noun phrase makes it the owner of the noun phrase that follows,
        # the subject — its words the owner's, not a thing of the clause)
        if w == "的" and run:
            owner = at + len(w)
            continue
        # (全县应急广播现有村级终端1862个: what the noun phrase has now is said
        # of it as of its owner — the subject is what it has)
        if w in ("现有", "原有") and run and any(_nominal(g) or g == "vn" for _, g in run) and not owner:
            owner = at + len(w)
            continue
        if f[:1] == "v" and run and i + 1 < len(toks) and toks[i + 1][1] == "的":
            # (城区新增的…两片区域清扫保洁任务已移交我局: a noun, a verb and 的
            # qualify the noun phrase that follows as 的 alone does — the
            # subject is what follows, not the place before the verb)
            continue
        if w == "等" and owner:
            continue  # (…心电图机、血压计等基本设备: the things counted, then their kind)
        if w == "至" and run:
            continue  # (西郊村至东四义村道路长…: a route from one place to another, one noun phrase)
        if f == "m" and re.fullmatch(r"[一两二三四五六七八九十几]+[家个所座处户]?", w):
            continue  # (巴公镇一生猪养殖场, 一家企业: one of a kind, counted — the noun phrase goes on)
        if counted == i:
            continue  # (全县14支乡镇应急救援队: the count's measure word, however it is tagged)
        if run and re.fullmatch(r"[0-9]+", w) and i + 2 < len(toks) and len(toks[i + 1][1]) == 1 \
                and _nominal(toks[i + 2][2]):
            # (全县|14|支|乡镇…: a count in figures, its measure word and a
            # noun after the scope counted — the noun phrase goes on; not
            # 队员210名，, a count said of it, nor 8名人才…, opening on the
            # count of what was told)
            counted, skipped = i + 1, skipped + len(w) + len(toks[i + 1][1])
            continue
        if f in ("s", "ng") or (f == "t" and run):
            # (西郊|村, 东四|义|村: a village's name the dictionary lacks, cut
            # into a place word, a time word and a morpheme — part of the name)
            run.append((w, f))
            continue
        if at - skipped >= 16 and not owner:
            break
        if f == "l" and run and (i + 1 == len(toks) or toks[i + 1][2] == "x"):
            # (巴公镇集贸市场|年久失修，, 镇文化站|破旧不堪，: a set phrase that
            # ends its clause after the noun phrase is what is said of it — not
            # a name the tagger reads as one, 县|急救中心, which goes on)
            said = True
            break
        # (县 is tagged zg, 急救中心 l; the ordinal of a name, 第三|中学, m)
        if not _nominal(f) and f[:1] not in ("b", "l") and f != "zg" and not (f == "m" and w.startswith("第")) \
                and not (owner and (f[:1] == "a" or f == "vn")):
            said = f != "x"
            break
        run.append((w, f))
    subject = [w for w, f in run if (f[:1] in ("n", "j", "l") or f == "vn") and len(w) >= 2][-1:] if said else []
    return (subject[0] if subject else ""), (opening[:owner] if owner else "")


_AGED = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:已经|已|现已)?(?:建于|建成于|运行|使用|投用)了?(?:[0-9一二三四五六七八九十]{1,3}年|[0-9]{4}年)")


def _aged_thing(clause: str, told: str) -> bool:
    """Does ``clause`` open on a thing as its subject, told by its age (县级国库
    集中支付系统已运行8年, 配电室建于1998年) — a thing of its own, whose words
    the matter never told?"""
    m = _AGED.match(clause)
    words = [w for w in _key_words(m.group(1)) if informative(w)] if m else []
    return bool(words) and not any(w in told for w in words)


def _builds_its_label(b: Ask, m: Matter) -> bool:
    """Does ``b``'s paragraph, an entry labelled by a thing (（三）监控中心。),
    build that thing (…改建监控中心约120平方米) for a matter that builds?"""
    if b.para is None or not m.told_builds:
        return False
    text = rx("matters", "enumeration").sub("", _flat(b.para.text), count=1)
    label = re.match(r"([\u4e00-\u9fff]{2,8})[。：:]", text)
    return bool(label) and bool(re.search(
        rx("matters", "sets_up").pattern + r"[^，,。；;]{0,6}?" + re.escape(label.group(1)), text[label.end():]))


def _sets_up_its_part(b: Ask, m: Matter) -> bool:
    """Is ``b`` an entry of the plan of a matter that builds, and does its
    own plan set up a thing named by the matter's words (一、人员。镇应急管理
    办公室现有…。拟组建专兼结合的应急救援队伍… after 拟建设镇应急救援站)? The
    body it opens on is how things stand, not whose the part is."""
    if b.item is None or b.plan is None or b.kind != "implicit" or not m.told_builds \
            or not any(a.plan == b.plan for a in m.asks):
        return False
    for x in rx("matters", "sets_up").finditer(b.sentence):
        what = re.split(r"[，,。；;]", b.sentence[x.end():], maxsplit=1)[0][:12]
        if any(informative(w) and len(w) >= 2 and w not in _body_heads() and not _is_place(w) and w in m.told
               for w in _key_words(what)):
            return True
    return False


def _needed_by_its_thing(b: Ask, m: Matter) -> bool:
    """Does the clause before ``b``'s verb phrase say the need is of a
    thing the matter told, by its own word as the subject (试点需新增督导员
    24名，拟通过…解决 after 拟…开展试点)?"""
    at = b.sentence.find(b.vp) if b.vp else -1
    # (the clause before the ask's own, which holds its marker: 试点需…，|拟)
    clauses = re.split(r"[，,；;。]", b.sentence[: at if at >= 0 else 0])[:-1]
    if not clauses:
        return False
    need = re.match(r"([\u4e00-\u9fff]{2,6}?)(?:还|尚|仍|另|共|约)?(?:" + rx("modality", "need").pattern + "|须)", clauses[-1])
    return bool(need) and need.group(1) in m.told and not need.group(1).endswith(_body_heads()) \
        and informative(need.group(1))


@lru_cache(maxsize=512)
def _said_of_a_subject(text: str) -> frozenset[str]:
    """The words that end a clause of ``text`` right after the noun they are
    said of (棚顶|老化，; 多处|漏水，): states, not things."""
    # (each clause read once: a matter's texts, which grow with it, are asked
    # again with each ask)
    return frozenset(w for clause in re.split(r"[，,。；;：:|]", text) if (w := _state_ending(clause)))


@lru_cache(maxsize=4096)
def _state_ending(clause: str) -> str:
    """…the word ``clause`` ends on, when it is such a state."""
    toks = tokens(clause)
    if len(toks) >= 2 and len(toks[-1][1]) == 2 and toks[-2][2][:1] in ("n", "m", "d") and len(toks[-2][1]) >= 2:
        return toks[-1][1]
    return ""


def _case_apart(b: Ask, m: Matter, background: frozenset[str]) -> bool:
    """The ask's paragraph, not one of the matter's and with no turn or
    pointer back, states a case of its own before the ask: at least two
    informative words of its own, none of which the matter's text names."""
    if b.para is None or id(b.para) in m.paras or b.backref or b.connective:
        return False
    told = b.context + (b.before or "")
    if not has_content(told):
        return False
    subject, owned_by = b.case_subject
    # (the place the matter's event is held at ties nothing: 县体育中心日常
    # 保洁费用… after 拟在县体育中心举办运动会 — the place's own case)
    texts = m.texts
    for v in (m.venue_places - _venues(b.sentence)) if m.venue_places else ():
        texts = texts.replace(v, "|")
    # (各乡镇需确定固定停靠点… after a plan that serves 16个乡镇: the bodies
    # the matter named, taken one by one)
    kind = re.sub("^(?:各|每个?|所有|相关|有关)", "", subject)
    # (全县在职教师年度健康体检经费…尚未落实: a subject read as only how far
    # it reaches — 全县 — ties nothing; the case's own words judge alone)
    if not subject or (not rx("matters", "scope").fullmatch(subject)
                       and (subject in texts or (len(kind) >= 2 and kind in texts))):
        return False
    # (a place both name — 山河 of 山河小学 and of 山河村 — ties nothing)
    # (the owner's words a matter named — 村卫生室 of its doctors — tie nothing)
    own = _own_case_words(told, owned_by, background)
    shared = [w for w in own if w in texts or w in m.preludes]
    # (a word of an owned subject's case the matter happens to use as well —
    # 基本 of 基本设备 and of 基本公共卫生服务 — where most are its own)
    return len(own) >= 2 and (not shared or bool(owned_by) and len(own) - len(shared) >= 2 * len(shared))


def _once(f: Callable[[], Any]) -> Callable[[], Any]:
    """``f``, called at most once: later calls give its first answer."""
    box: list[Any] = []

    def g() -> Any:
        if not box:
            box.append(f())
        return box[0]
    return g


def _heading_aspect(heading: str) -> str:
    """The aspect a heading names (一、关于消防车辆。, and on a line of its
    own, with no stop: 一、关于选址和用地, 三、关于人员编制), or "" — not an
    act on a thing of its own (二、关于举办梨花节, 关于修订村规民约)."""
    t = squash(heading)
    label = rx("matters", "enumeration").match(t)
    t = (t[label.end():] if label else t).removeprefix("关于").rstrip("。：:")
    aspect = _aspect_label(t + "。")
    toks = tokens(aspect)
    if toks and toks[0][2] == "v" and any(informative(w) and _names_a_rare_thing(w) for _, w, _ in toks[1:]):
        return ""
    return aspect


def _aspect_label(text: str) -> str:
    """The label a paragraph or entry opens on when it names an aspect of
    what is asked (（二）资金。 资金方面， 在机构设置上，) — not a thing (（一）
    城南小学。 关于县医院，): "" when it opens otherwise."""
    label = rx("matters", "enumeration").match(text)
    m = rx("matters", "topic_label").match(text[label.end():] if label else text)
    if not m:
        return ""
    word = m.group("a") or m.group("b") or m.group("c") or m.group("d")
    if rx("matters", "part_words").search(word) or _leading_turn().match(word):
        return ""
    toks = tokens(word)
    # (a topic said without a stop is a common noun: not the writer — 我局拟…
    # — nor an act, a time or a connective — 比赛需…, 经测算, 现将)
    if m.group("d") and not all(f in ("n", "ng") for _, _, f in toks):
        return ""
    if not toks or any(f in ("ns", "nr", "nt", "nz") for _, _, f in toks):
        return ""
    # (a body's name — 镇卫生院, 县医院 — is no aspect; a word of two
    # characters on a head of one after a word that is no place or level —
    # 办公|场所 — is a thing, and may be)
    last = toks[-1][1]
    leveled = any(f == "zg" or w in _LEVELS for _, w, f in toks[:-1])
    # (一、主办单位。: the part bodies take in the occasion, named by the
    # common head of all bodies — who does it, an aspect, not a body)
    if word.endswith("单位") and _ROLE.fullmatch(word[:-2]):
        return word
    if any(last.endswith(h) and (len(last) >= 3 or len(h) >= 2 or len(toks) == 1 or leveled) for h in _body_heads()):
        return ""
    return word


def _case_body(text: str) -> str:
    """The body whose present state ``text`` states, as the subject of 现有,
    现无, 仅有 — or of where it is now, 现挂靠在…, 现借用… (县地方志编纂中心现有
    编纂人员4名 → 县地方志编纂中心), or ""."""
    m = _case_body_rx().search(text) or _case_body_carried_rx().search(text)
    # (not a place — 金村镇府城村现有集体土地520亩 — where the matter's
    # land or works are: a site, not a body with a case of its own)
    # (nor the object of the writer's act: 使用县级医院和乡镇卫生院现有空编
    # 18名 — no body is the subject there)
    if not m or m.group("body").endswith(_SITE_HEADS) or tokens(m.group("body"))[0][2] == "v":
        return ""
    return m.group("body")


@lru_cache(maxsize=1)
def _case_body_rx() -> re.Pattern[str]:
    return re.compile(r"(?:^|[，,。；;])(?P<body>[\u4e00-\u9fff]{2,14}?(?:" + _alt(_body_heads()) + r"))"
                      r"(?:目前|现在|当前)?" + _CASE_VERB)


@lru_cache(maxsize=1)
def _case_body_carried_rx() -> re.Pattern[str]:
    """(巴公镇敬老院建于2002年，现有…: the body the subject of a clause of its
    own first, its state after the comma — the same subject carried on; the
    longest name ending on a head, as that clause opens past it)"""
    return re.compile(r"(?:^|[，,。；;])(?P<body>[\u4e00-\u9fff]{2,14}(?:" + _alt(_body_heads()) + r"))"
                      r"(?:建于|始建于|成立于|组建于|位于|地处|[0-9]{4}年)[^，,。；;：:]{0,16}[，,](?:目前|现在|当前)?" + _CASE_VERB)


# what a body's case is stated with: what it has now, or where it is now
_CASE_VERB = r"(?:现有|现无|仅有|尚无|共有|现(?:挂靠|借用|租用|设在|位于|隶属|使用))"


def _opening_word(b: Ask, m: Matter) -> str:
    """The noun ``b``'s sentence opens on as its topic, when the matter's
    paragraphs named it (会议拟请…出席 after a meeting; （二）扩区范围内…需
    投资…，恳请… after 拟对南区实施扩区建设 — past the entry's label, a
    name the dictionary lacks read whole), or "". Not a place both name
    (西坡村原村委会主任…)."""
    opening = re.sub("^" + vocab()["matters"]["enumeration"], "", b.sentence.lstrip("，,"))
    # (此外，系统需接入…: past a turn, the noun it opens on — a thing, not
    # the writer or a body: 另，镇政府机关食堂…; 再者，我院那辆救护车…)
    turn = _leading_turn().match(opening)
    if turn:
        opening = re.sub("^" + vocab()["markers"]["writer"], "", opening[turn.end():].lstrip("，,"))
    # (经评估，收回土地需支付…: past the clause that says how it is known;
    # 因车辆属特种专业技术用车…: past the word that gives a reason)
    opening = re.sub(r"^经[\u4e00-\u9fff]{1,8}[，,]", "", opening)
    opening = re.sub(r"^(?:因为|因|由于|鉴于)", "", opening)
    toks = _join_unknown(_seg().pos_cut(opening[:12]))
    # (县联社所属原农资公司借给…的货款: an owner and the word that makes what
    # follows its own — the sentence is of the body it owns, as 我局下属的…)
    own = _OWNING.match(opening)
    if own and len(own.group(1)) >= 2 and all(f[:1] in ("n", "j") or f == "zg" for _, f in _seg().pos_cut(own.group(1))):
        opening = opening[own.end():]
        toks = _join_unknown(_seg().pos_cut(opening[:12]))
    # (园区内晋达建材公司拖欠…: a place and its locative frame the sentence,
    # then a body in that place — that body is its topic; not 疫区内存栏生猪…,
    # the things of the place the matter named)
    if len(toks) >= 3 and toks[0][1][:1] == "n" and toks[1][0] in ("内", "里", "中") \
            and _opens_with_a_body(opening[len(toks[0][0]) + 1:]):
        return ""
    if not toks:
        return ""
    w, f = toks[0]
    # (新建点位需接入市电, 搬迁群众大多没有…, 收回土地需支付…: a verb and its
    # noun as the subject — the act or the people the matter's account named)
    vo = f in ("v", "vn") and len(toks) >= 3 and toks[1][1][:1] == "n" and len(toks[1][0]) >= 2 \
        and not _turns_or_asks(w)
    # (named by the matter, not by this sentence itself: 一、…；二、城区学校
    # 教师编制… in one paragraph)
    # (or the case before them: 县图书馆新馆主体工程已竣工… ‖ …新馆… )
    if turn and w.endswith(_body_heads()):
        return ""
    named = m.texts.replace(b.written, "|") + m.preludes if b.para is not None and id(b.para) in m.paras else m.told
    if vo:
        # (the act the matter's account named, on the same kind of thing:
        # 新建…点位 ‖ 新建点位; 收回该宗地 ‖ 收回土地; 搬迁群众 as said)
        noun = toks[1][0]
        at = _find_all(named, w)
        # (评审委员会拟由…组成 after …职称评审工作: the act the matter's account
        # named, as a noun, modifying the body that does it — that act is the
        # topic, the body its part)
        if f == "vn" and len(w) >= 2 and at and not turn and noun.endswith(_body_heads()):
            return w
        if at and (noun in named or any(noun[-1] in named[k + len(w): k + len(w) + 8] for k in at)):
            return w + noun
    # (此外，照护楼需配备… after 照护楼投用后…: a name the tagger splits —
    # 照护|楼 — is the run before its need that the matter named whole)
    need = re.match(r"([\u4e00-\u9fff]{3,8}?)(?=" + _alt(vocab()["markers"]["need"]) + ")", opening)
    if need and need.group(1) in named and f[:1] == "v" and not w.endswith(_body_heads()) \
            and not _is_place(need.group(1)):
        return need.group(1)
    # (nor a government, the owner of all a draft may name — 县政府大院…电梯 after
    # 县政府机关食堂…: the compound's lift, not the canteen; 镇政府办公楼… after
    # 活动由镇政府主办: a town's government, as a county's)
    if f[:1] == "n" and len(w) >= 2 and w in named and f != "ns" and not re.search("[村镇乡]$", w) \
            and not rx("matters", "scope").fullmatch(w) and not re.fullmatch(r"[省市县区镇乡]?(?:人民)?政府", w) \
            and not _short_for_its_own_name(b, w, named):
        return w
    # (会议通知请以…名义印发 after …召开全县旅游发展大会: the occasion by the
    # common word for its kind, on the head its name ends on — 会 of 大会)
    if f == "n" and len(w) == 2 and not turn and {w[0], w[-1]} & m.occasion_heads:
        return w
    return ""


def _short_for_its_own_name(b: Ask, w: str, named: str) -> bool:
    """Is ``w`` opening ``b``'s sentence the short name of what its own
    paragraph named in full just before (南湖公园停车位长期不足。公园东侧
    有…荒坡地… after a matter of 东山公园) — a name the matter never told, so
    the bare head is that thing's, not the matter's?"""
    if b.para is None or not b.sentence:
        return False
    para = _flat(b.para.text)
    k = para.find(b.sentence.lstrip("，,")[:8])
    at = para.rfind(w, 0, k) if k > 0 else -1
    if at <= 0:
        return False
    toks = _seg().pos_cut(para[max(at - 8, 0): at])
    if not toks:
        return False
    t, f = toks[-1]
    return len(t) >= 2 and f[:1] == "n" and (t + w) not in named


def _turns_or_asks(w: str) -> bool:
    """A verb that asks or governs (请, 需要, 建议), not one that names an act."""
    return w in _markers_set() or w in vocab()["matters"]["governing"]


def decide(m: Matter, b: Ask, ctx: _Ctx) -> tuple[str, str]:
    """("same"|"other", why) for ask ``b`` against matter ``m``, by the first
    row of the decision table whose conditions all hold."""
    feats = _features(m, b, ctx)
    for row in vocab()["decide"]:
        ok = True
        for cond in row["when"]:
            neg = cond.startswith("not:")
            name = cond[4:] if neg else cond
            if feats[name]() == neg:
                ok = False
                break
        if ok:
            return row["then"], row["why"]
    return "other", ""


def matter_asks(asks: list[Ask]) -> list[Ask]:
    """The asks that can be matters: not closings, not ruled out. An implicit
    plan is the matter the closing puts up for decision; a later ask that
    does not turn to another topic is about that plan."""
    return [a for a in asks if a.modality == "ask" and a.kind != "closing"]


def _head_noun(text: str) -> str:
    """The last noun of the first clause of ``text`` (设立某县公共法律服务
    中心 → 中心): what the thing is called for short."""
    first = re.split(r"[，,；;。]", text, maxsplit=1)[0]
    # (not how far it reaches — 全县, 全市 — which is no thing's name)
    scope = rx("matters", "scope")
    nouns = [w for _, w, f in tokens(first) if f[:1] == "n" and f != "nr" and len(w) >= 2 and not scope.fullmatch(w)]
    return nouns[-1] if nouns else ""


# A count of things built, after their name (1所, 两座): not the name's end.
_COUNT_OF_BUILT = "[一二两三四五六七八九十0-9]+(?:座|所|个|处|家|栋|幢|间|条|套)"
# Figures in a name, not its size or count: followed by a word that is no
# unit (120急救, 12345热线, not 600平方米, 2栋).
_MEASURES = "平方|立方|千瓦|兆瓦|户|块|眼|盏|部|岁|周岁|小时|分钟|次|倍|厘米|毫米|万|亿|千|百|个|座|所|处|家|栋|幢|间|条|套|张|名|辆|台|亩|公顷|公里|米|吨|元|层|床|班|人|年|月|日|期|%|．|\\."
_FIGURES_IN_A_NAME = "(?<![0-9])[0-9]+(?![0-9]|" + _MEASURES + ")"


@lru_cache(maxsize=4096)
def _built_names(texts: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names, whole and short, of what ``texts`` builds or sets up
    (建设某县病死畜禽无害化处理中心 → …处理中心, 无害化处理中心; 拟设立…
    校外活动中心 → 活动中心): the name's ends, of three characters at the
    least; and the last words of those ends, of two or more (中心, 平台)."""
    out: set[str] = set()
    heads: set[str] = set()
    # (a name may quote its own part: 举办“春风行动”大型招聘会)
    made = "(?:" + rx("matters", "sets_up").pattern + "|" + rx("matters", "becomes").pattern + ")"
    # (新建烈士事迹陈列馆600平方米: the name, then its size or count in figures)
    # (新建一所9个班的公办幼儿园: or its size before it, as what modifies it)
    # (设立某县120急救调度分中心: figures inside a name that are no size
    # or count — 120急救, 12345热线 — are part of it)
    for m in re.finditer(made + r"(?:一(?:座|所|个|处|家|级))?(?:[0-9]+[\u4e00-\u9fff]{1,4}的)?((?:[\u4e00-\u9fff“”]|"
                         + _FIGURES_IN_A_NAME + r"){3,24}?)(?=[，,。；;、（(|]|[0-9]+(?:" + _MEASURES + r")|$|并|和|及|作为)", texts):
        name = m.group(1).strip("“”")  # (转型为“…中心”: the name, not its quotes)
        # (近年来新建了县体育中心, 已建成, 先后建设: the act done — 了 after
        # the verb, 已/先后/相继 before it — a thing built before, the case
        # told, not what the text builds)
        if name.startswith("了") or re.search(r"(?:已经?|先后|相继|曾)$", texts[: m.start()]):
            continue
        # (撤村并居后新组建的康馨社区: the verb a modifier of a body that is
        # there — made before, not what the text builds; not 拟新建的综合楼,
        # a plan's, nor 定于2026年8月举办的…运动会, one to come)
        if name.startswith("的") and not re.search(r"(?:拟|将|计划|准备|正在|定于|预计)[^，,。；;]{0,12}$", texts[: m.start()]):
            continue
        # (拟新建综合训练馆一座: the name, not the count after it)
        name = re.sub(_COUNT_OF_BUILT + "$", "", name)
        if len(name) < 3:
            continue
        last = tokens(name)
        # (设立省级公共实训基地依托…学院建设: the name ends at its head, where
        # a clause of its own opens on a verb)
        # (the name before it all nouns, the clause a verb and more: not
        # 示范县|评选, a noun and the act done to it)
        # (not 举办全县农民丰收节庆祝活动: a name that ends on the noun of an
        # occasion, whatever the tagger calls the words inside it)
        occasion = name.endswith(tuple(vocab()["matters"]["occasion_heads"] + vocab()["matters"]["occasion_nouns"]))
        if last and last[-1][2][:1] not in ("n", "j", "s") and not occasion:
            at = next((i for i, (_, _, f) in enumerate(last) if f == "v"), 0)
            if at and last[at][0] >= 3 and len(last) - at >= 3 and last[at - 1][2][:1] == "n" \
                    and all(f[:1] in ("n", "b", "j") or f == "vn" for _, _, f in last[:at]):
                name, last = name[: last[at][0]], last[:at]
        # (县住房和城乡建设管理局: works verbs build structures, not offices —
        # 建设 then an office's head is inside that office's name)
        if re.match(r"(?:新|扩|改|兴|修)?建(?!立)", m.group(0)) and re.search(r"(?:局|委|办|厅|署)$", name):
            continue
        # (…消费街区: 街区 a place word, tagged s, names a thing made as a noun does)
        if last and last[-1][2][:1] not in ("n", "j", "s") and not occasion and not _one_character_head(last):
            continue  # (档案馆建设标准的要求: no thing built, the verb a noun's modifier)
        if last and last[-1][1].endswith(tuple(vocab()["kinds"]["funds"])):
            continue  # (…文化建设专项资金: money named for what it builds — no thing built)
        # (not an end cut inside figures: 20急救调度分中心 of 120急救…)
        ends = {name[k:] for k in range(len(name) - 2) if not (k and name[k - 1].isdigit() and name[k].isdigit())}
        out |= ends
        # (each end cut on its own: 综合服务平台 → 平台, its 服务平台 → 服务平台)
        heads |= {w for w in (_last_word(tokens(e)) for e in ends) if len(w) >= 2}
    return frozenset(out), frozenset(heads)


# The heads of one character a place of service is named by (婚姻登记服务点,
# 便民工作站, 调解室), which the tagger may read as a measure word (服务|点).
_ONE_CHARACTER_HEADS = "点站所室处厅"


def _one_character_head(toks: tuple[tuple[int, str, str], ...]) -> bool:
    """Do ``toks`` end on a head of one character after a noun or a verbal
    noun (服务|点, 工作|站) — a thing's name, however the last is tagged?"""
    return len(toks) >= 2 and toks[-1][1] in _ONE_CHARACTER_HEADS and toks[-2][2] in ("n", "vn", "nz")


def _last_word(toks: tuple[tuple[int, str, str], ...]) -> str:
    """The last word of a name, a head of one character with the word
    before it (服务|点 → 服务点)."""
    if not toks:
        return ""
    return toks[-2][1] + toks[-1][1] if _one_character_head(toks) else toks[-1][1]


def _opens_with_built_head(opening: str, m: "Matter") -> bool:
    """Does ``opening`` (after a turn, past clauses of why or how) open on the
    short name of what the matter builds or sets up (平台上线后…, 中心拟…)?"""
    if not m.built_heads or not opening:
        return False
    first = _opening_clause(opening)
    # (新市场选址用地约12亩 after 新建一座…农贸市场: what is built, named
    # as the new one — 新馆, 新市场)
    return bool(first) and any(first.startswith(h) or first.startswith("新" + h) for h in m.built_heads)


def _opening_clause(opening: str) -> str:
    """The first clause of ``opening`` past its label, its turn and clauses
    of why or how."""
    label = rx("matters", "enumeration").match(opening)  # (（三）基地建成运行需…: past its label)
    opening = opening[label.end():] if label else opening
    turn = _leading_turn().match(opening)
    opening = opening[turn.end():] if turn else opening
    return next((c for c in re.split(r"[，,。；;]", opening) if c and not _says_why_or_how(c)), "")


def _opens_on_what_its_act_makes(opening: str, m: "Matter") -> bool:
    """新聘人员的工资及社会保险等费用… after 拟…公开招聘专业技术人员45名:
    a paragraph that opens on what the matter's own act makes, named as the
    new one by that act's last character (新聘 of 招聘)."""
    g = re.match(r"新([\u4e00-\u9fff])", _opening_clause(opening))
    return bool(g) and any(len(v) == 2 and v[1] == g.group(1) for v in m.verbs)


@lru_cache(maxsize=1024)
def _clause_owners(text: str) -> dict[str, frozenset[str]]:
    """The common nouns ``text`` opens clauses on, each with the nouns it
    owns there (活动时间2天。活动场地拟使用…；活动期间的… → 活动: 时间, 场地,
    期间) — not a field's or a kind's word inside a name (义务教育学校,
    太行一号旅游公路): a short name stands first in its clause, as a subject
    does."""
    follows: dict[str, set[str]] = {}
    toks = tokens(text)
    for (k, w, f), (_, w2, f2) in zip(toks, toks[1:]):
        if (k == 0 or text[k - 1] in "，,。；;：:|") and len(w) >= 2 and f in ("n", "vn") \
                and not informative(w) and not _is_place(w) \
                and len(w2) >= 2 and (f2[:1] == "n" or f2 in ("vn", "s", "f")) and f2 != "nr":
            follows.setdefault(w, set()).add(w2)
    return {w: frozenset(after) for w, after in follows.items()}


def _names_by_its_short_name(text: str, m: "Matter") -> bool:
    """Does ``text`` name a thing of the matter's by the short name its text
    uses (活动组委会 where the matter said 活动时间、活动内容、活动经费…): a
    common noun its texts open clauses on as the owner of three or more
    different nouns — in this document the thing itself, however common the
    word is elsewhere?"""
    mods = {w for w, after in m.owners.items() if len(after) >= 3}
    if not mods:
        return False
    toks = tokens(text)
    return any(w in mods and len(w2) >= 2 and f2[:1] == "n" for (_, w, _), (_, w2, f2) in zip(toks, toks[1:]))


_PREPARES = re.compile(r"(?:^|[。；;，,])(?:为(?:了)?(?:做好|搞好|抓好)?([\u4e00-\u9fff]{2,16}?)(?:的)?(?:各项)?(?:准备|筹备)(?:工作)?"
                       r"|(?:如|若|如果|一旦)([\u4e00-\u9fff]{2,16}?)(?:成功|获批|获准))[，,]")


def _prepares_its_act(b: Ask, m: "Matter") -> bool:
    """Does the case told before ``b`` say it prepares the act the matter
    asked for, or depends on its being granted (为做好承办准备，…拟定了场馆改造…
    方案。‖场馆方面，…恳请…补助; 如承办成功，主要比赛拟安排在县体育中心…，
    请…列入预算 — after 申请承办…运动会) — the act itself, or the act and a
    thing the matter named? Then ``b`` serves that matter, whatever else it
    names. (The matter's acts: the verbs its asks name that are no verb of
    asking — 承办, not 申请 or 同意.)"""
    acts = m.verbs - _all_verbs()
    if not acts:
        return False
    # (not across the writer's turn: 如承办成功，我县将成立筹备工作机构… ‖
    # 另，我县城区…停车收费标准拟由…调整为…，请市政府一并审批 — what the
    # paragraphs before said, the turn leaves behind)
    told = ("" if b.connective else (b.prelude or "") + "。") + (b.context or "") + (b.before or "")
    if b.connective:
        # (…the same, the breaks lost: from the turn in its paragraph on)
        turns = [x.start() for x in re.finditer(r"(?:^|(?<=[。；;！？]))" + _leading_turn().pattern, told)]
        told = told[turns[-1]:] if turns else told
    for x in _PREPARES.finditer(told):
        what = x.group(1) or x.group(2)
        for act in acts:
            k = what.find(act)
            rest = what[k + len(act):] if k >= 0 else ""
            if k >= 0 and (not rest or any(w in m.told for w in _key_words(rest) if informative(w))):
                return True
    return False


def _recounts_a_told_body(obj: str, told: str) -> bool:
    """Does ``obj`` change only a count (由500张调整为800张) of a body that
    ``told`` names (县人民医院编制床位…, after 将县人民医院纳入…) — no fee,
    price or subsidy standard?"""
    q = rx("matters", "recount").search(obj)
    # (the clause that changes it: not 按照…床位标准, the basis said before)
    start = max(obj.rfind(c, 0, q.start()) for c in "，,；;：:") + 1 if q else 0
    if not q or rx("matters", "rates").search(obj[start:]):
        return False
    names = re.findall(r"[\u4e00-\u9fff]{1,12}?(?:" + _alt(_body_heads()) + ")", obj[: q.start()])
    return any(x[k:] in told for x in names for k in range(max(1, len(x) - 3)))


@lru_cache(maxsize=1)
def _goal_needs() -> re.Pattern[str]:
    """A need whose subject opens its clause (创建三级医院需增加…)."""
    return re.compile(r"(?:^|[。；;，,：:])([\u4e00-\u9fff]{3,12}?)(?:工作)?" + rx("modality", "need").pattern)


def _purpose_before(b: Ask) -> str:
    """What ``b``'s sentence says, before its marker, that it is for (此外，
    为保障赛事安全，…; 为确保…工程…完工，恳请…), past a turn; "" for none."""
    purpose = re.search(r"(?:^|[，,。])为了?([^，,。；;]{2,40})[，,]",
                        _leading_turn().sub("", (b.before or "").lstrip("，,"), count=1))
    return purpose.group(1) if purpose else ""


def _serves_its_occasion(b: Ask, m: "Matter") -> bool:
    """Does ``b``'s sentence say it is for the occasion ``m`` holds, by the
    common word for its kind (此外，为保障赛事安全，我局拟…，并请县公安局…制定
    赛事安保…预案, after 拟…举办…马拉松赛) — a purpose of that event?"""
    purpose = _purpose_before(b) if m.occasion_heads else ""
    if not purpose:
        return bool(m.occasion_heads) and _needs_of_its_occasion(b, m)
    heads = set(vocab()["matters"]["bare_heads"]) - set(_WORKS_HEADS)
    # (by the word, told before, or by its kind: 赛事 for a …邀请赛)
    return any(h in purpose and (h in m.told or h[0] in m.occasion_heads) for h in heads)


def _needs_of_its_occasion(b: Ask, m: "Matter") -> bool:
    """镇内缺乏合适的会议场所，拟借用…，请县政府予以协调 after 拟…举办…研讨会:
    a need its sentence names by the bare noun of the occasion the matter
    holds (会议场所, 活动经费) — that occasion's need, not a place or a
    body of its own (会议室, 活动中心)."""
    # (not where its own paragraph holds an occasion of its own: 再者，我局拟
    # 于6月份…召开…现场会，…会议费用约2万元)
    if rx("matters", "occasion_name").search((b.context or "") + (b.before or "")):
        return False
    # (…开闭幕式和各项比赛经费合计约96万元，恳请县财政予以保障 after 拟…举办…
    # 运动会: the money for the parts the occasion is held in)
    if rx("matters", "occasion_parts").search(re.split(r"[。；;]", b.before or "")[-1] + (b.obj or "")):
        return True
    # (场馆设施升级…共需资金…，恳请市财政给予补助 after 申请承办…比赛 and 场馆条件
    # 基本满足…: the venues it is held in, by the bare word the matter told
    # them by — not a venue's own name, 县体育馆)
    opening = tokens(re.split(r"[。；;]", b.before or "")[-1].lstrip("，,"))
    if opening and opening[0][1] in vocab()["matters"]["venue_nouns"] and opening[0][1] in m.told:
        return True
    nouns = vocab()["matters"]["occasion_nouns"]
    funds = tuple(vocab()["kinds"]["funds"])

    def bare_of_its_kind(toks: tuple, i: int) -> bool:
        # (bare — not the end of a name, 县会议中心 — and named by the matter,
        # or of its kind: 会议 for a 座谈会)
        w = toks[i][1]
        return w in nouns and (w in m.told or bool(set(w) & m.occasion_heads)) \
            and (i == 0 or toks[i - 1][2][:1] not in ("n", "j"))

    toks = tokens(b.before or "")
    for i in range(len(toks) - 1):
        nxt = toks[i + 1]
        if bare_of_its_kind(toks, i) and nxt[2][:1] in ("n", "s") \
                and not nxt[1].endswith(("室", "中心", "厅", "馆", "楼", "站")):
            return True
    # (按以往承办惯例，恳请省教育厅给予赛事组织经费补助 after 申请承办…联赛
    # 总决赛: the money asked for, named by that bare noun and what is done
    # for it — its organising, its running)
    # — what the ask's object opens on, past a grant word: not a sum its
    # clauses go on to count (会议地点拟设在…，会议经费约1.5万元)
    toks = tokens(b.obj or "")
    for i in range(min(len(toks) - 1, 2)):
        if i == 1 and toks[0][1] not in vocab()["markers"]["grant"]:
            break
        rest = [w for _, w, f in toks[i + 1: i + 3]]
        if bare_of_its_kind(toks, i) and (rest[0].startswith(funds) or (
                len(rest) == 2 and toks[i + 1][2][:1] == "v" and rest[1].startswith(funds))):
            return True
    return False


def _serves_the_title_apart(b: Ask, m: "Matter", title: str) -> bool:
    """Does ``b`` say it serves the thing its title names (为确保农村供水保障
    工程在冬季来临前完工通水，恳请…尽快拨付县级配套资金…, under 关于申请…农村
    供水保障工程县级配套资金的请示), where ``m``'s own paragraphs name neither
    that thing nor anything of the title (县水利工作站办公楼…D级危房，请…安排
    拆除重建资金)? The background both follow is the title's; ``m`` is a case
    of its own, and ``b`` is not one more need of it."""
    if not title:
        return False
    # (or says it in the case its paragraph states before it: 入冬以来…取暖
    # 负担加重…共需资金621.5万元，恳请县财政予以安排, under 关于申请困难群众
    # 冬季取暖补贴资金的请示)
    # (…今年为第四届，拟于10月…举行: or a plan whose subject its
    # paragraph told before it, elided from its own words)
    told = _purpose_before(b) or ((b.context or "") + (b.before or "") if b.elliptical or b.kind == "implicit" else "")
    if not told:
        return False
    titled = frozenset(w for w in _key_words(title) if informative(w))
    # (接种 of 预防接种: a word of the title's, or one the title's holds, as
    # the matter's words are read)
    said = frozenset(_shared_informative(_key_words(told), titled))
    own = _key_words(m.texts + "|" + m.vps)
    return bool(said) and not overlap_informative(own, titled)


def _needed_by_the_titles_goal(b: Ask, title: str) -> bool:
    """Does ``b``'s own text say the goal its title names needs what it asks
    (3.创建三级医院需增加高级专业技术人员，恳请…核增事业编制80名, under 关于支持
    县人民医院创建三级综合医院的请示) — an act the title names opening the
    need's subject, every word of which the title holds? Then it serves the
    one goal every matter of the 请示 serves."""
    if not title:
        return False
    # (not a sentence before its own that opens on a subject of its own:
    # 实行延时服务需增加窗口人员…。镇卫生院现有救护车…亦需解决 — the goal's
    # need was the sentence before)
    subject = _case_subject(b.sentence.lstrip("，,"))[0]
    told = (b.before or "") if subject and subject not in title else (b.context or "") + (b.before or "")
    own = rx("matters", "enumeration").sub("", told, count=1)
    for x in _goal_needs().finditer(own):
        toks = tokens(x.group(1))
        if not toks or not (len(toks[0][1]) == 2 and _is_act(toks[0][1]) and toks[0][1] in title):
            continue
        words = [w for _, w, _ in toks[1:] if len(w) >= 2]
        if words and all(w in title for w in words):
            return True
    return False


@lru_cache(maxsize=1)
def _help_need_rx() -> re.Pattern[str]:
    return re.compile(rx("modality", "need").pattern + r"[^，,。；;]{0,24}?(?:" + _alt(vocab()["verbs"]["help_verbs"]) + ")")


@lru_cache(maxsize=1)
def _helpers_rx() -> re.Pattern[str]:
    """People counted out to help (1名熟悉地形的村干部配合): the helpers, no
    thing asked for."""
    return re.compile(r"[0-9一二两三四五六七八九十]+名[^，,。；;]{0,16}?(?:" + _alt(vocab()["verbs"]["help_verbs"]) + ")")


def _needs_help_only(told: str) -> bool:
    """Does ``told``, the case before an ask, state a need that others help
    (…需各确定1名…村干部配合带路) — and no thing counted or priced?"""
    return bool(_help_need_rx().search(told)) and not rx("matters", "quantity").search(_helpers_rx().sub("", told))


def _makes_untold(b: Ask, m: "Matter") -> bool:
    """Does ``b`` set up or build a thing (设立旅游服务中心, 新建…陈列馆)
    that nothing the matter told names, whole or by a short name of four
    characters or more? Then that thing is its own."""
    return _makes_untold_in(b.obj, b, m)


def _after_its_approval(b: Ask, m: "Matter") -> bool:
    """Does ``b`` open on the time once the matter is granted (调整方案经县政府
    同意后，建议…公布; 方案经批准后，拟…发布招聘公告) — of the matter's own
    thing: a plan, a rule or document named bare, a pointer, or words the
    matter told? Then it is the matter's next step, not a matter of its own."""
    lead = b.before or ""
    if not lead and b.kind == "entry" and re.search(r"[，,]", b.obj or ""):
        lead = re.split(r"[，,]", b.obj, maxsplit=1)[0]
    clause = re.split(r"[，,；;。]", lead.rstrip("，,"))[-1]
    x = rx("modality", "once_granted").search(clause)
    if not x or "已" in clause:
        return False
    subject = re.sub(r"经[^，,]*$", "", clause[: x.start()])
    return not subject or bool(rx("modality", "granted_thing").search(subject)) \
        or any(w in m.told for w in _key_words(subject))


def _past_its_works(name: str, keep: "frozenset[str] | set[str]" = frozenset()) -> list[tuple[int, str, str]]:
    """The words of a works' name before its head (…项目, …工程), past the
    verbs of the works done to it at its end (水厂|扩建 → 水厂) — but for a
    verb in ``keep``, which ends the name where it stands."""
    toks = list(tokens(name))
    while toks and toks[-1][2][:1] == "v" and toks[-1][1] not in keep:
        toks.pop()
    return toks


def _names_untold_project(b: Ask, m: "Matter") -> bool:
    """Does what ``b`` asks name a project (…项目, …工程), right before the
    procedure asked for it, that nothing the matter told names (批准晋城至长治
    城际铁路项目立项 after an account of a rescue centre)? Then that
    project is its own — not 该项目, a pointer back."""
    # (the project the procedure is done to, named just before it — not 纳入
    # …改善项目予以支持, a programme a thing is put into, nor 牵头负责项目…)
    # (by the last word of its name that is a thing, past the works done to
    # it: 业务技术用房建设项目 → 用房, 城际铁路项目 → 铁路)
    for project in re.finditer(r"(?<!该|此)([\u4e00-\u9fff]{2,12})(?:项目|工程)的?", b.obj or ""):
        # (the project's own procedure — 项目立项, 工程审批 — not its land,
        # which land_for_other_project reads)
        if kinds_of(b.obj[project.end(): project.end() + 4]) != {"procedure"}:
            continue
        toks = _past_its_works(project.group(1))
        if toks and len(toks[-1][1]) >= 2 and toks[-1][2][:1] in ("n", "j") and toks[-1][1] not in _all_verbs() \
                and toks[-1][1] not in _told_but_its_own(b, m):
            return True
    # (再者，晋城机场改扩建工程前期工作已经启动，恳请…同意将其纳入…规划: the
    # pointer the ask opens on is the project its own sentence named before it)
    return bool(re.match(r"(?:同意|批准)?(?:将|把)?其", b.obj or "")) \
        and _names_untold_works(b.before or "", lambda: _told_but_its_own(b, m))


def _makes_untold_in(text: str, b: Ask, m: "Matter") -> bool:
    """…the same, for what ``text`` (of ``b``'s sentence) sets up or builds."""
    made, _ = _built_names(text)
    if not made:
        return False
    # (told before it, not by its own sentence, which may share the matter's paragraph)
    told = _told_but_its_own(b, m)
    return not any(len(x) >= 4 and x in told for x in made)


def _pays_its_people(b: Ask, m: "Matter") -> bool:
    """Does ``b`` ask money counted by the head (每人给予安家补贴8万元…，共需
    资金94万元) after a matter that counts the people it takes on (引进上述5名
    人员, 招聘…15名), or the pay of those people named by that act (新增人员
    工资 after 需新增话务员8名): their pay, the matter's need — not money for
    anyone else."""
    if "funds" not in b.resources:
        return False
    # (新增人员工资及夜班补助每年约52万元 after 需新增话务员8名: the people named
    # by the act that takes them on, as the matter's text counted them)
    own = (b.before or "") + (b.obj or "")
    if (named := _PEOPLE_PAID.search(own)) \
            and re.search(named.group(1) + r"[^，,。；;]{0,12}?[0-9一二两三四五六七八九十]+(?:名|位|人)", m.told):
        return True
    # (新增人员经费…请县财政纳入预算保障 after asks that add or take on people
    # by count — 核增人员总量控制数240名, 招聘专业技术人员120名: those are the
    # people added)
    if named and named.group(1) in ("新增", "新进") and any(_PEOPLE_TAKEN_ON.search(a.obj or "") or _PEOPLE_ADDED.search(a.obj or "")
                                                 for a in m.asks):
        return True
    if not _PER_HEAD.search(own):
        return False
    return any(a.kind in ("implicit", "explicit", "entry") and _PEOPLE_TAKEN_ON.search(a.obj or "") for a in m.asks)


# Money counted by the head (每人, 每名, 人均), and people a matter takes on,
# counted (引进上述5名人员, 招聘教师15名).
_PER_HEAD = re.compile(r"每人|每名|人均")
# (…and their pay, named by the act that takes them on or adds them: 新增人员
# 工资, 招聘教师的薪酬)
_TAKES_ON = "引进|招聘|招录|聘用|录用|选调|接收"
_PEOPLE_TAKEN_ON = re.compile(f"(?:{_TAKES_ON})[^，,。；;]{{0,16}}?[0-9一二两三四五六七八九十]+(?:名|位|人)")
# (新进人员首年工资: the people newly come in, paid for their first year)
_PEOPLE_PAID = re.compile(f"(新增|新进|{_TAKES_ON})(?:的)?(?:人员|[\u4e00-\u9fff]{{1,3}}员)(?:的)?(?:首年|当年|每年|年度)?"
                          f"(?:工资|薪酬|补助|补贴|待遇|劳务费|经费)")
# (…or people added by count: 核增人员总量控制数240名, 增加事业编制5名)
_PEOPLE_ADDED = re.compile(r"(?:核增|增加|增核|新增)[^，,。；;]{0,12}?[0-9一二两三四五六七八九十]+(?:名|人)")


def _plans_anew(b: Ask, m: "Matter", bg: frozenset[str], ctx: "_Ctx") -> bool:
    """A paragraph of its own that states a plan of the writer's (我县拟于10月
    举办首届…旅游节) other than the plan the matter's paragraphs state (拟将…
    建设控制地带外扩120米), then asks: that plan's ask, whatever place both
    name."""
    # (the plan in its own sentence before the ask as well: （二）我镇拟于…
    # 举办…庙会，请县政府同意举办)
    if b.para is None or id(b.para) in m.paras or not (b.context or b.before):
        return False
    # (中心拟核定事业编制8名…: a plan whose subject is the short name of what
    # the matter sets up is that thing's)
    if _opens_with_built_head(_flat(b.para.text), m):
        return False
    # (经与县公交公司测算，免费乘车人次…，拟由县财政…补贴: a paragraph that
    # opens on reckoning names no thing of its own first — it prices the
    # matter's plan)
    if rx("matters", "reckoned").match(_flat(b.para.text)):
        return False
    # (我局拟对平台进行升级改造。‖升级改造总费用约310万元，拟分两年支付…: a
    # paragraph that opens on what the matter's own act costs prices that plan)
    costed = rx("matters", "costed_act").match(_flat(b.para.text))
    if costed and costed["act"] in m.texts:
        return False
    # (今年拟将活动场地放在乡村 after 拟…举办…丰收节: a plan whose object
    # opens on the bare head of the one thing the document is about — its
    # venue, its land — is a part of that thing's plan)
    if b.plans_on_bare_head:
        return False
    a = b.own_plan_words(bg)
    if not a:
        return False
    # (the matter's plan, read once for each paragraph it gains)
    seen, c, planned = ctx.plans.get(id(m), (-1, frozenset(), frozenset()))
    if seen != len(m.paras):
        plan = _stated_plan(m.texts.replace("|", "。"))
        # (a matter that asks outright, with no plan of its own — 恳请县财政
        # 追加图书购置经费…: what its paragraphs say is what the new plan is
        # compared with)
        c = _own(_key_words(plan or m.texts), bg)
        # (拟于…举办某县第七届职工运动会 under a title that names it: the
        # title's thing is the plan's own, not background to it)
        c = c or _own(_key_words(plan or m.texts), ctx.field())
        planned = _key_words(plan or "")
        ctx.plans[id(m)] = (len(m.paras), c, planned)
    # (我局拟…在两乡镇开通校车… ‖ 拟采购专用校车6辆，…请县财政安排: both
    # plans name the thing the title names — the title's one thing, and the
    # later plan provides it)
    t = ctx.topic()
    if t and shares_a_thing(_key_words(_stated_plan((b.context or "") + (b.before or "")) or "") & t, planned & t):
        return False
    # (由分管副县长出席 and 组织各乡镇分管负责同志观摩: who attends or leads
    # two meetings names neither)
    # (同时，县体育馆…收费标准…拟将…票价由15元调整为20元 after a match held
    # 在县体育馆: past a turn, where the matter's event is held is no thing of
    # that matter — not 为满足联赛…要求，拟在赛前对县体育馆…灯光进行改造)
    if b.connective:
        c = c - _words_of_places(_venues(m.texts.replace("|", "。")))
    return bool(c) and not overlap_informative(_not_roles(a), _not_roles(c))


_ROLE = re.compile(r"分管|主管|[主承协]办|[\u4e00-\u9fff]*(?:同志|负责人|领导|县长|市长|书记)")


def _not_roles(words: frozenset[str]) -> frozenset[str]:
    """``words`` without those naming people by their office (分管副县长,
    负责同志), or the part a body takes in an occasion (主办, 承办, 协办):
    who attends, leads or is in charge is no thing of a matter."""
    return frozenset(w for w in words if not _ROLE.fullmatch(w))


# A department by its name, from its level to its head (县人力资源和社会保障局),
# with no preposition or other level inside — not its head (局长) or offices
_DEPARTMENT = re.compile(r"(?:县|市|省|区)[^\W\d由向请在对将把为的县市省区]{1,10}?(?:局|厅|委员会)(?![\u4e00-\u9fff]{0,2}(?:长|机关))")


def _not_departments(words: frozenset[str], *texts: str) -> frozenset[str]:
    """``words`` without those that, wherever ``texts`` use them, are part
    of a department's name (人力资源|社会|保障局 of 会同县人力资源和社会保障局组织
    and of 向市人力资源和社会保障局争取): who carries out an ask, or whom the
    writer turns to, is no thing of a matter."""
    def in_a_name(w: str, names: list[tuple[int, int]], t: str) -> bool | None:
        hits = [x.start() for x in re.finditer(re.escape(w), t)]
        if not hits:
            return None
        return all(any(a <= k and k + len(w) <= b for a, b in names) for k in hits)
    spans = [(t, [x.span() for x in _DEPARTMENT.finditer(t)]) for t in texts]

    def named_only(w: str) -> bool:
        said = [in_a_name(w, names, t) for t, names in spans]
        return any(x is True for x in said) and not any(x is False for x in said)
    return frozenset(w for w in words if not named_only(w))


def _own_text(b: Ask) -> str:
    """What an ask says itself: its paragraph's words before it, its lead
    and its object."""
    return (b.context or "") + ((b.lead if b.lead is not None else b.before) or "") + (b.obj or "")


def _own_runs(b: Ask, shortest_only: bool = False) -> frozenset[str]:
    """The runs of 3–24 characters of what ``b`` says itself, made once:
    a name of the matter's is looked up in them. A matter's built names
    hold every end of three characters or more of each name, so whether
    ``b`` names one at all is answered by its runs of three alone
    (``shortest_only``), made far more cheaply."""
    if shortest_only:
        if b._runs3 is None:
            own = _own_text(b)
            b._runs3 = frozenset(own[i: i + 3] for i in range(len(own) - 2))
        return b._runs3
    if b._runs is None:
        own = _own_text(b)
        b._runs = frozenset(own[i: i + k] for i in range(len(own)) for k in range(3, 25) if i + k <= len(own))
    return b._runs


# A cost named by a stage of a thing's life — opening, setting up, running,
# upkeep (开办费, 首年运行经费, 日常运转经费), not by what it buys.
_STAGE_COSTS = re.compile(r"(?:首年|年度|每年|日常|前期)?(?:开办|筹建|启动|运行|运营|运转|维护)[\u4e00-\u9fff]{0,2}?(?:费|经费|资金|费用)")


def _listed_costs(subject: str) -> str:
    """The last item of a list of costs that opens ``subject`` (坐席设备、
    录音系统和首年运行费用共需… → 首年运行费用), or nothing when it opens on
    no list."""
    head = re.split(r"[，,。；;]|共需|合计|共计|约需|总计", subject, maxsplit=1)[0]
    items = re.split(r"[、和及]", head)
    return items[-1] if len(items) >= 2 else ""


def _names_its_thing(b: Ask, m: Matter) -> bool:
    """Does ``b`` name, whole or by its short name, the thing the matter
    builds or sets up (活动中心开放后需辅导员… after 建设…青少年校外活动中心),
    or repeat a sum or a quantity the matter's paragraphs stated (县级配套资金
    1410万元，请…纳入预算 after …县级配套1410万元; 另外，上述22万亩任务中… after
    …下达…建设任务22万亩)?"""
    # its own words: not the matter's, where both stand in one paragraph
    # or one sentence
    if b.para is None:
        return False
    if id(b.para) in m.paras:
        # (…恳请市政府同意该项目立项，…，同时为储备库核定管理人员事业编制5名
        # after 拟…建设县级应急物资储备库: what it asks for is given to the
        # thing the matter builds, by its short name after 为)
        return _names_what_its_paragraph_built(b, m) or _given_to_its_built(b.obj or "", m)
    own = _own_text(b)
    if m.built and not m.built.isdisjoint(_own_runs(b, shortest_only=True)) and _names_built_in(own, m.built):
        return True
    # (恳请县人民政府同意县人民医院使用空编40名开展公开招聘 after 拟…公开招聘…
    # 人员40名: the plan's own act and its count, put up for approval)
    act = _first_verb(m.first.vp or "") if m.first.kind == "implicit" else ""
    if len(act) >= 2 and act in (b.obj or "") \
            and {n for _, n in _counted_items(b.obj or "")} & {n for _, n in _counted_items(m.first.obj or "")}:
        return True
    # (将该校舍移交中心使用, 到中心开展辅导: the name's last word alone;
    # 该中心拟作为…: pointed at, the thing the matter sets up)
    if _head_after_verb(own, m.built_heads) or any("该" + h in own for h in m.built_heads):
        return True
    # (为新校安排培训名额 after 设立…特殊教育学校, 新馆开放后 after 新建…
    # 图书馆: 新 and the head's last character, the thing being made —
    # not 新区, a place of its own)
    if m.built and not m.moved and any("新" + h[-1] in own for h in m.built_heads if h[-1] != "区"):
        return True
    # (开办费和首年运行经费共计66万元，恳请…保障 after 拟设立…中心: what the
    # thing made costs to open and to run, named by that stage of its life,
    # is its money)
    # (坐席设备、录音系统和首年运行费用共需86万元: or the last of the costs
    # its subject lists)
    if m.built and not m.moved and (_STAGE_COSTS.match(subject := _unlabelled(own.lstrip("，, ")))
                                    or _STAGE_COSTS.search(_listed_costs(subject))):
        return True
    # (希望市里在运动会筹办经费中给予一定补助 after 申请承办…第七届运动会: the
    # event the matter holds, by its head word standing alone)
    if m.occasion_heads and _names_its_occasion(own, m.texts, alone=True):
        return True
    # (（二）县应急管理综合行政执法队…现仅有执法车辆1辆…拟购置执法车辆2辆，所需
    # 资金约36万元 after 值班补助…年需资金约36万元: the same figure in the
    # case of a body the matter never named is that body's own cost, not the
    # matter's money named again)
    return bool(_sums(own) & m.sums) and not _opens_on_a_new_body(_para_opening(b)[1], m.told)



def _fronts_its_object(b: Ask) -> bool:
    """Does ``b``'s sentence open on a bare noun phrase, right before its
    marker (线路客运许可请县交通运输局予以办理): the object put first, as a
    topic, not a case told?"""
    before = _unlabelled((b.before or "").strip("，, "))
    if not before or len(before) > 12 or re.search(r"[，,：:；;]", before) or has_content(b.context or "") \
            or rx("matters", "by_the_way").search(before) or _turns(before):
        return False
    # (the ask itself only says how it is granted — 予以办理, 给予安排 — and
    # names nothing: not 请县政府批准划拨给镇敬老院使用, a use of its own)
    if not re.fullmatch(r"(?:予以|给予|帮助|尽快)?(?:办理|安排|解决|审批|批准|支持|落实)[。；;]?", b.vp or ""):
        return False
    toks = tokens(before)
    return bool(toks) and all(_nominal(f) or f in ("m", "q", "nr") for _, _, f in toks)


def _all_support(m: "Matter") -> bool:
    """Are all ``m``'s asks asks of cooperation only (请县卫生健康局督促…完成;
    请县融媒体中心配合做好…宣传): no money, posts, land or decision of their
    own — the needs of a thing, not a thing asked for?"""
    # (督促各医疗机构: the bodies acted on, named by 机构, are no body asked for)
    return all(a.kind == "explicit" and not (a.resources - {"org"}) and "land" not in a.kinds
               and a.classes <= {"coordinate"} for a in m.asks)


def _sums_the_parts(b: Ask) -> bool:
    """Does ``b`` stand in the sentence that opens its paragraph by summing
    all the parts above (以上车辆购置、设备配备和场地改造共需资金…)?"""
    s = b.sentence.lstrip("，, ")
    return b.para is not None and _flat(b.para.text).startswith(s) and s.startswith("以上") \
        and bool(rx("matters", "conclusion").match(s))


def _names_built_in(text: str, built: set[str] | frozenset[str]) -> bool:
    """Does ``text`` name a thing whose name's ends are ``built`` — not only
    another thing of its kind, whose own modifier stands where the name's
    would (农民趣味|运动会 after 中小学生田径运动会; 污水|处理中心 after
    无害化处理中心)? A level, a pointer or a place before the end leaves it
    the name (县级|活动中心, 该|中心, 本届|运动会)."""
    for k in range(len(text) - 2):
        if text[k: k + 3] not in built:
            continue
        # (the longest end of the name that ends where this run ends)
        end = k + 3
        q = next((j for j in range(max(0, end - 24), k + 1) if text[j:end] in built), k)
        if not q:
            return True
        # (the words around it only: an ask's own text may hold its whole
        # paragraph before it, which is not cut again for each ask)
        left = max(0, q - 8)
        toks = tokens(text[left:end])
        i = next((n for n, (start, _, _) in enumerate(toks) if start == q - left), None)
        if i is None or i == 0:
            return True
        f = toks[i - 1][2]
        modifier = (f[:1] in ("n", "a", "l") or f == "vn") and f not in ("ns", _PLACE_TAG)
        if not modifier:
            return True
    return False


_COUNTED_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,4}?)([0-9]+)(名|个|辆|台|套|间|所|处|座|亩|人)")
_COUNTED_AFTER = re.compile(r"(?<![0-9.])([0-9]+)(名|个|辆|台|套|间|所|处|座)([\u4e00-\u9fff]{2})")


def _counted_items(text: str) -> frozenset[tuple[str, str]]:
    """The things ``text`` counts, as (the noun's last two characters, the
    count): 保育员12名 → (育员, 12名); 8名人才 → (人才, 8名)."""
    out = {(m.group(1)[-2:], m.group(2) + m.group(3)) for m in _COUNTED_BEFORE.finditer(text)}
    out |= {(m.group(3), m.group(1) + m.group(2)) for m in _COUNTED_AFTER.finditer(text)}
    return frozenset(out)


def _counts_its_thing(b: Ask, m: Matter) -> bool:
    """…需配备专任教师24名、保育员12名。请为该园核定事业编制24名。保育员12名
    请按政府购买服务岗位核定: the ask's own words count again a thing the
    matter's paragraphs counted (the same noun, the same count) — a part of
    what that case needs."""
    own = ((b.lead if b.lead is not None else b.before) or "") + (b.obj or "")
    # (the matter's own paragraphs, counted as they were added: not the
    # paragraphs before its first ask, which may state the case of every
    # ask after them)
    both = [x for x in _counted_items(own) if x in m.counted]
    if b.para is not None and id(b.para) in m.paras and b.prelude_paras \
            and all(_aspect_label(_flat(q)) for q in b.prelude_paras):
        # (人员：…另需新增聘用人员4名。‖场地：…‖车辆：… ‖ 恳请县政府批准设立
        # 巴公分中心，同意增加聘用人员4名: the aspects of one thing, told
        # before the sentence whose first ask the matter holds — what they
        # count is that thing's)
        told = set().union(*(_counted_items(_flat(q)) for q in b.prelude_paras))
        if any(x in told for x in _counted_items(own)):
            return True
    if not both or b.para is None or id(b.para) not in m.paras:
        return bool(both)
    # (in a paragraph of the matter's: counted elsewhere than its own sentence)
    rest = _counted_items(_flat(b.para.text).replace(b.written, ""))
    return any(m.counted[x] >= 2 or x in rest for x in both)


def _staffs_what_it_builds(b: Ask, m: Matter) -> bool:
    """拟建设…急救指挥中心：…组织调度员…培训… ‖ 请县委编办…明确调度员岗位6个:
    posts for a role the plan of a thing built anew named itself — the
    people who will run that thing, not a body's own shortage."""
    if "staff" not in b.resources or not m.built or m.moved or b.para is None:
        return False
    # (此外，县城特勤站现有政府专职消防员22名，…请…再增加…员额8名 after a plan for
    # a new station that staffs its own: a paragraph that opens on a body by
    # a name the matter never told asks the posts of that body)
    named = _cut_body_name(_para_opening(b)[1]) if id(b.para) not in m.paras else None
    if named and not _names_body_in(named.group(0), m.told):
        return False
    told = _told_but_its_own(b, m)
    # (a role by its last three characters, as the tagger may cut it —
    # 值守|员 — not people in general: 人员)
    obj = b.obj or ""
    roles = [obj[k - 2: k + 1] for k in range(2, len(obj)) if obj[k] in "员师" and obj[k - 1] != "人"
             and re.fullmatch(r"[\u4e00-\u9fff]{3}", obj[k - 2: k + 1])]
    return any(w in told for w in roles)


def _repeats_its_act(b: Ask, m: Matter) -> bool:
    """…我局拟更新执法执勤车辆12辆。请县政府批准更新12辆。派出所巡逻车另需3辆，
    也请一并更新: an ask whose whole verb phrase is the act the matter asks
    for (更新), done together with it (一并) — more of that act, not a thing
    apart. Not an ask's own verb of granting (一并解决, 一并支持, 一并批准),
    which any matter may close with."""
    rest = re.sub(r"^(?:也|亦|还|再)?(?:请|恳请)?(?:予以|给予|予)?(?:一并|一起|同时|同步)(?:予以|给予|予)?", "", b.obj or b.vp or "")
    if rest == (b.obj or b.vp or "") or not re.fullmatch(r"[\u4e00-\u9fff]{2}", rest):
        return False
    grants = set(vocab()["verbs"]["grant_verbs"]) | set(vocab()["verbs"]["decide"])
    if rest in grants or _is_service(rest) or _classes(rest):
        return False
    return any(rest in (a.vp or "") for a in m.asks)


def _pays_for_its_act(b: Ask, m: Matter) -> bool:
    """年租金约26万元…请县财政予以保障 after 请县政府同意租用该场地: money
    named by the very act the matter asks for (租金 of 租用) — that act's
    price, with nothing else named — or what the state after that act
    costs (调整后…共需资金…). The act is the verb of one of the
    matter's own asks; the money word opens on its first character."""
    if "funds" not in b.resources:
        return False
    own = (b.before or "") + (b.obj or "")
    # (调整后全县享受补贴人员约2.1万人，共需资金…，请县财政予以保障 after 拟将
    # 补贴标准提高到…: the money the state after the matter's act costs — by
    # a verb of its asks, or by 调整 when the act changes a standard)
    after = re.match(r"([\u4e00-\u9fff]{2})(?:后|以后)", own)
    if after and (after.group(1) in m.verbs or (m.restandards and after.group(1) == "调整")):
        return True
    if m.resources & {"staff", "org"}:
        return False
    if not m.acts:
        return False
    firsts = {w[0] for w in m.acts}
    for x in re.finditer(r"([\u4e00-\u9fff])(?:金|费|费用)", own):
        if x.group(1) in firsts and not _names_something(own[: x.start()].split("，")[-1]):
            return True
    return False


def _spends_what_it_asked(b: Ask, m: Matter) -> bool:
    """我馆拟将追加经费用于购置扫描设备… after 恳请县财政追加…经费: the
    money the matter asked for, named by the act that asked it (or bare),
    put to use — how that matter's money is spent, not a thing apart."""
    if "funds" not in m.resources:
        return False
    use = rx("matters", "spends_asked").match(b.obj or "")
    if not use:
        return False
    act = use.group("act")
    return not act or act in m.vps


def _approves_its_plan(b: Ask, m: Matter) -> bool:
    """请县政府同意举办 after 我中心拟于…举办…邀请赛: an ask to approve, with
    no object, the very act the matter's plan proposes — that plan's
    approval, whatever its paragraph says before it."""
    toks = tokens(b.vp or "")
    # (…拟将起步价调整为6元…。…调价后每车每月约增收1100元，请县政府予以审定:
    # a bare approval, no act named, in the plan's own written paragraph —
    # the plan's, whatever units _units cut that paragraph into, hence the
    # paragraph's index and not its unit)
    bare = [w for _, w, _ in toks if w not in vocab()["markers"]["grant"]]
    # (not one whose own sentence turns and proposes again: 另外，…公交月票…，
    # 建议调整为每月60元，请县政府一并审定)
    if len(bare) == 1 and bare[0] in verb_classes()["decide"] and b.para is not None and not b.connective \
            and not _stated_plan(b.before or "") \
            and any(a.kind == "implicit" and a.para is not None and a.para.index == b.para.index for a in m.asks):
        return True
    named = re.fullmatch(r"[\u4e00-\u9fff]{2,}?([\u4e00-\u9fff]{2})(?:项目|工程)", b.vp or "")
    if named and toks and toks[0][1] in verb_classes()["decide"] and _is_act(named.group(1)):
        # (恳请县教育局同意我校实训基地建设项目 after 拟…建设实训楼一栋…: the
        # project of the very act the plan proposes, by its bare head)
        return any(a.kind == "implicit" and named.group(1) in (a.vp or "") for a in m.asks)
    # (审核同意我县撤销…的方案: every deciding verb that opens it, not the
    # first alone)
    lead = next((i for i, (_, w, _) in enumerate(toks) if w not in verb_classes()["decide"]), len(toks))
    if lead and len(toks) > lead + 1:
        return _writer_does_its_plan(b, m, toks[lead:])
    if len(toks) != 2 or toks[0][1] not in verb_classes()["decide"] or toks[1][2] not in ("v", "vn"):
        return False
    act = toks[1][1]
    # (not 农历二月初二是…传统庙会，…今年拟恢复举办，…请县政府同意举办 in a
    # paragraph of its own: the act of the plan its own paragraph states)
    if b.para is not None and id(b.para) not in m.paras and act in _stated_plan((b.context or "") + (b.before or "")):
        return False
    return any(a.kind == "implicit" and act in (a.vp or "") for a in m.asks)


def _under_its_topic(b: Ask, m: Matter) -> bool:
    """部分集中安置点缺少生活物资，请…调拨帐篷… after 为保障受灾群众基本生活，
    现就过渡期安置有关问题请示如下: an ask, with no turn, whose own sentence
    names the act or phase the lead-in names the questions of — not a body
    (现就县殡仪馆有关问题…: a body's questions may be several matters), nor
    the writer."""
    if b.kind != "explicit" or b.connective:
        return False
    lead = _kept(m, "topic_ahead", (len(m.preludes or ""), len(m.told)),
                 lambda: rx("matters", "declares_topic_ahead").search((m.preludes or "") + "|" + m.told))
    if not lead or re.match(vocab()["markers"]["writer"], lead.group("what")):
        return False
    words = [w for w in _key_words(lead.group("what")) if informative(w) and not _is_place(w)]
    if not words or any(w.endswith(_body_heads()) for w in words):
        return False
    return any(w in (b.before or "") + (b.obj or "") for w in words)


def _told_but_its_own(b: Ask, m: "Matter") -> str:
    """What ``m`` told, without ``b``'s own sentence as written — the
    matter's paragraphs may hold it: told before the ask, not by it."""
    return m.told.replace(b.written.rstrip("。；;"), "|")


def _writer_does_its_plan(b: Ask, m: Matter, toks: list) -> bool:
    """恳请市政府同意我县在全县乡镇全面推开综合行政执法改革 after 拟于2027年
    在全县14个乡镇全面推开: the writer, where it says, doing the very act
    its plan proposes, on what the matter told — the plan's approval."""
    rest = "".join(w for _, w, _ in toks)
    writer = re.match(vocab()["markers"]["writer"], rest)
    if not writer:
        return False
    rest = re.sub(r"^在[^，,。；;]{1,16}?(?:乡镇|村|社区|街道|范围内|内)", "", rest[writer.end():])
    verbs = tokens(rest)
    at = next((i for i, (_, w, f) in enumerate(verbs) if f[:1] == "v" and len(w) >= 2 and _is_act(w)), None)
    # (全面推开, 分批实施: a manner of at most a word before the act)
    if at is None or verbs[at][0] > 4:
        return False
    act = verbs[at][1]
    plans = [a for a in m.asks if a.kind == "implicit" and act in (a.vp or "")]
    if not plans:
        return False
    what = [w for w in _key_words(rest[verbs[at][0] + len(act):]) if informative(w)]
    # (一并恳请市政府同意我县新增城区出租汽车运力指标50个, in the paragraph of
    # an ask for a hospital's 新增床位 plan, names what it adds itself)
    told = _told_but_its_own(b, m)
    return all(w in told for w in what)


def _names_what_its_paragraph_built(b: Ask, m: Matter) -> bool:
    """An ask in a sentence of its own, after the matter's in one paragraph,
    whose case opens on what the sentences before it build or set up
    (…拟将原供应室改建为独立发热门诊…，拟请县财政安排。发热门诊运行需医护
    人员28名，…其余12名拟请县委编办核增编制): that thing's need."""
    if not b.before or b.sentence in m.sentences:
        return False
    t = _flat(b.para.text)
    at = t.find(b.sentence)
    if at <= 0:
        return False
    # (招聘会场地需借用…，请…支持；搭建展位…费用11万元，请县财政…安排: a
    # paragraph that opens on the short name of what the matter holds or
    # builds is that thing's, sentence after sentence, unless one turns)
    if not b.connective and _opens_with_built_head(t, m):
        return True
    names, heads = _built_names(t[:at])
    if any(n in b.before for n in names):
        return True
    # (…同意设立公共法律服务中心…。同时，请…明确中心专职工作人员3名: what it
    # asks for names that thing again, whole or by its short name after a verb)
    return any(n in b.obj for n in names) or _head_after_verb(b.obj, heads)


def _given_to_its_built(obj: str, m: Matter) -> bool:
    """为储备库核定管理人员事业编制5名 after 拟…建设…应急物资储备库: ``obj``
    opens by giving to the thing the matter builds, by a name of it of two
    characters or more, then an act (the tagger may call 核定 a noun)."""
    g = re.match(r"(?:为|给)(?:该|新)?", obj)
    if not g:
        return False
    rest = obj[g.end():]
    name = max((n for n in m.built | m.built_heads if len(n) >= 2 and rest.startswith(n)), key=len, default="")
    if not name and g.group(0).endswith("该") and rest[:1] and any(n.endswith(rest[0]) for n in m.built | m.built_heads):
        # (为该园增配保教人员12名 after 拟…新建一所…幼儿园: 该 and the last
        # character of the name, as an institution is called once named)
        name = rest[0]
    toks = tokens(rest[len(name):]) if name else ()
    return bool(toks) and (toks[0][2].startswith("v") or toks[0][1] in vocab()["verbs"]["grant_verbs"])


def _head_after_verb(text: str, heads: frozenset[str]) -> bool:
    """将该校舍移交中心使用, 明确中心专职人员: the short name of a thing,
    after a verb or a preposition — not 县医疗中心, another's name."""
    if not heads:
        return False
    toks = tokens(text)
    # (将 before its object is tagged an adverb at times: 将|基地|纳入; an
    # ask's verb a noun: 核定|中心|机构名称 — the verbs asks are made of)
    verbs = _all_verbs()
    return any(w in heads and i > 0 and (toks[i - 1][2][:1] in ("v", "p") or toks[i - 1][2] == "ad"
                                         or toks[i - 1][1] in ("将", "把") or toks[i - 1][1] in verbs)
               for i, (_, w, _) in enumerate(toks))

_SUM = re.compile(r"(?<![0-9.])[0-9][0-9.]*(?:万元|亿元|万亩|亩|公里|万平方米|平方米)")


def _sums(text: str) -> frozenset[str]:
    """The sums and measured quantities ``text`` states (1410万元, 22万亩,
    140公里; not the 6万元 inside 246万元)."""
    return frozenset(_SUM.findall(text))


@lru_cache(maxsize=4096)
def _built_ends(text: str) -> frozenset[str]:
    """The last one to three characters of what each build or set-up verb of
    ``text`` names, up to the name's end (新建…污水处理站，→ 站, 理站, 处理站;
    设立…中心 → 中心; not 新建村级活动场所's 村)."""
    out: set[str] = set()
    verbs = "(?:" + vocab()["matters"]["builds"] + "|" + vocab()["matters"]["sets_up"] + ")"
    # (新建公办中心幼儿园1所: the name ends before its count, in figures or words)
    for m in re.finditer(verbs + r"([^，,。；;|]{1,24}?)(?=[，,。；;、（(|]|$|" + _COUNT_OF_BUILT + ")", text):
        span = m.group(1)
        out |= {span[-k:] for k in (1, 2, 3) if len(span) >= k}
    return frozenset(out)


def _opens_with_its_head(b: Ask, m: Matter) -> bool:
    """An ask naming nothing of its own whose sentence opens with the short
    name of the thing the matter sets up (中心开办经费35万元… after 设立…中心):
    that thing's need, whatever resource it asks."""
    if b._opening is None:
        s = b.sentence.lstrip("，,")
        label = rx("matters", "enumeration").match(s)
        s = s[label.end():] if label else s
        # (另外，系统上线后每年需运维费用…: a turn, then the thing's short name)
        turn = _leading_turn().match(s)
        s = s[turn.end():] if turn else s
        toks = tokens(s)
        b._opening = toks[0][1] if toks else ""
        # (胸痛|中心需配备…: the noun words it opens with, together)
        nouns = ""
        for _, w, f in toks:
            if f[:1] != "n" or w in ("需", "需要"):
                break
            nouns += w
        b._opening_np = nouns
    return (len(b._opening) >= 2 and b._opening in m.head_names) \
        or (len(b._opening_np) >= 3 and b._opening_np.endswith(tuple(m.head_names)) and b._opening_np in m.texts)


# how many matters an ask is compared with: those most recently added to.
# A real 请示 has a handful; a pathological list of hundreds of unrelated
# asks is still grouped in time linear in its length (and is several
# matters whatever the cap decides).
RECENT_MATTERS = 16


def group(asks: list[Ask], topic: Callable[[], frozenset[str]], background: Callable[[], frozenset[str]],
          field: Callable[[], frozenset[str]] = frozenset, title: str = "",
          writer: Callable[[], tuple[str, ...]] = tuple) -> list[Matter]:
    """Group asks into matters: each ask against the summary of every matter
    so far (the decision table), else a new matter. (Past
    ``RECENT_MATTERS`` matters, only the most recently added to are
    compared, in the order they were opened.)"""
    ctx = _Ctx(topic, background, field=field, title=title, writer=writer)
    matters: list[Matter] = []
    order: dict[int, int] = {}  # id(matter) → its place among matters
    recent: dict[int, Matter] = {}  # matters by when they last grew, latest last

    def candidates() -> list[Matter]:
        if len(matters) <= RECENT_MATTERS:
            return matters
        latest = []
        for mt in reversed(recent.values()):
            latest.append(mt)
            if len(latest) == RECENT_MATTERS:
                break
        return sorted(latest, key=lambda mt: order[id(mt)])
    last: Matter | None = None
    apart: set[int] = set()  # matters the writer opened by saying it is another (还有一件事：)
    aside: set[int] = set()  # …and those it asked by the way (顺带请…), within a paragraph
    # (…以上资金共计319万元，恳请…: a later ask that sums all told before it)
    summed_at = [i for i, a in enumerate(asks) if rx("matters", "sums_all").match(a.before or "")]
    for bi, b in enumerate(asks):
        target = None
        why = ""  # why b is not of the matter it was last compared with
        # 附带请示一事：…该建筑…: the writer's word that it is another matter
        # goes before any pointer back (the decision table's first row)
        says_another = _says_another(b)
        announced = says_another and last is not None and id(b.para) not in last.paras
        # (…未作调整，顺带请县政府批准…: "by the way" before its marker, within
        # a paragraph, sets this ask apart as well)
        by_the_way = bool(rx("matters", "by_the_way").search(b.before))
        table = False  # judged against every matter by the decision table
        if announced:
            table = True
        elif b.kind == "implicit" and matters and matters[0].first.kind == "implicit" and not matters[0].resources \
                and not b.connective \
                and not by_the_way and any(i > bi for i in summed_at) and _opens_on_a_bare_stock(b):
            # (我馆拟实施馆藏档案数字化工程。‖现有在编工作人员7名，…拟通过公开招标
            # 委托…实施加工… ‖ 以上资金共计319万元，恳请…: a paragraph on what the
            # writer has now, naming no body of its own, plans one more step of
            # the plan that opened the draft, a plan that asks no resource itself
            # — the sum after it gathers them)
            target = matters[0]
        elif b.kind == "coordinated" and last is not None and (rx("matters", "consequence").match(b.vp)
                                                                # (并将所需资金列入…: the 将 that fronts it)
                                                                or rx("matters", "its_cost").match(re.sub(r"^[将把]", "", b.vp))
                                                                or _cost_of_its_act(b.vp, last.asks[-1].vp)
                                                                or _bare_works_cost(b.vp, last.asks[-1].vp, only_acts=True)):
            # …调增至15万亩，并相应增加补助资金; 同意实施古戏台修缮，补助修缮
            # 资金30万元: what follows from the ask it joins, or the cost of its act
            target = last
        elif b.kind == "coordinated" and last is not None \
                and not _names_new(b.vp, "|".join(last.sentences - {b.sentence}) + "|" + (b.context or "") + "|"
                                   + b.sentence[: max(b.sentence.find(b.vp), 0)]
                                   # (…同意建设…检测中心，将设备购置、实验室改造费用和购买
                                   # 服务费用一并纳入…预算: money for the acts its plan's
                                   # own paragraphs told, gathered by 一并)
                                   # (not 镇污水处理站…缺口48万元，一并予以解决: a case its
                                   # own sentence states, the ask it joins in another)
                                   + ("|" + last.told if b.resources == frozenset({"funds"})
                                      and rx("matters", "gathered").search(b.vp)
                                      and last.asks[-1].sentence == b.sentence else "")) \
                and not ((last.resources - {"org"}) and b.resources and not (last.resources & b.resources)):
            # …批准成立X中心，并核定事业编制5名: what 并 adds without naming a
            # thing of its own is what the ask it joins needs (not so for posts
            # after money: 安排装备资金，并增加事业编制 are two resources) —
            # named before in its paragraph as well (拟…采购…运维服务…。请同意
            # 采购，并将运维费用列入…预算)
            target = last
        elif matters and last is not None and _speaks_for_all(b):
            # (以上事项，请县政府研究并提请县委机构编制委员会审定: a closing in
            # effect, for all stated before it — no matter of its own)
            target = last
        elif (b.backref or b.elliptical) and matters:
            # an ask that names nothing of its own belongs to the latest
            # matter of a compatible kind — or, pointing back with words of
            # its own, to the latest that told them (以上所需装修和设备资金…
            # after a matter of another body's car: the devices told before)
            order_back = list(reversed(candidates()))
            if b.backref and len(order_back) > 1:
                said = _pointer_words(b)
                hits = [sum(_in_told(w, mt.told, mt.told_runs) for w in said) for mt in order_back]
                if max(hits) > hits[0] and hits.count(max(hits)) == 1:
                    order_back.insert(0, order_back.pop(hits.index(max(hits))))
            for mt in order_back:
                if id(mt) in aside and b.para is not None and id(b.para) not in mt.paras:
                    continue  # (a pointer does not reach into a matter set aside by the way)
                if _told_only_as_anothers(b, mt) or _names_the_title_apart(b, mt, ctx.topic()) \
                        or (b.backref and _points_into_its_own_prelude(b, mt, ctx.topic())) \
                        or _bare_head_on_its_preludes_works(b, mt):
                    continue
                # (以上资金合计157万元，恳请…: a total of all told before reaches
                # across the headings, as a closing does)
                if b.section is not None and mt.sections and b.section not in mt.sections \
                        and not rx("matters", "sums_all").match(b.before or "") \
                        and _features(mt, b, ctx)["separate_sections"]():
                    continue  # (…nor across the writer's own 一、关于… headings: 同意举办 under 二、关于举办…)
                if b.backref or not b.resources or not mt.resources or (mt.resources & b.resources) \
                        or _opens_with_its_head(b, mt):
                    target = mt
                    break
            if target is not None and b.elliptical and not b.backref:
                verdict, why = decide(target, b, ctx)
                if verdict != "same":
                    target = None
            # (开办经费 after a matter of posts: no matter of its kind — the
            # table judges it, as any other ask)
            table = target is None and not why
        else:
            table = True
        if table:
            for mt in candidates():
                if (id(mt) in apart and not b.backref or id(mt) in aside) and b.para is not None \
                        and id(b.para) not in mt.paras:
                    continue  # (还有一件事，…: the writer set that matter apart from all the others)
                # (not an ask whose own sentence, in a paragraph of its own,
                # plans to make a thing of its own: …仓房老化漏雨，…拟新建
                # 钢结构罩棚2座，…，请予批准立项)
                # (…第二人民医院承担…任务，拟加挂“…”牌子，一并报请审批: or
                # plans a change of a body — its name, its rank — in the same way)
                own_plan = _stated_plan(b.before or "") if b.para is not None and id(b.para) not in mt.paras else ""
                makes_own = b.para is not None and id(b.para) not in mt.paras \
                    and (bool(_plans_to_make().search(b.before or ""))
                         or bool(own_plan and kinds_of(own_plan) & {"org", "reorg"} - mt.kinds))
                # (…拟公开招聘社区专职工作者38名…。‖现行…补贴为2800元，低于…。
                # 恳请县政府将补贴标准提高至每月3300元: a standard in force,
                # changed, is a decision of its own — unless the plan is of
                # that standard)
                restandard = b.changes_standard and not mt.first.changes_standard
                # (…拟…实行分时段收费…。收费由…运营，…，并请批准我局购置洒水车2辆:
                # an ask said "also" adds to the plan — the table judges it)
                said_also = b.kind == "explicit" and b.para is not None and id(b.para) in mt.paras \
                    and b.sentence != mt.first.sentence and _said_also(b, opening=False)
                if mt.first.kind == "implicit" and len(mt.asks) == 1 and not b.connective and b.kind != "implicit" \
                        and not said_also \
                        and not restandard \
                        and not announced and not makes_own \
                        and not ((f := _features(mt, b, ctx))["opens_own_case"]() or f["provides_for_another"]()
                                 or (f["case_of_a_new_body"]() and not _para_opening(b)[0])) \
                        and not (b.kind == "explicit" and _makes_untold(b, mt)) \
                        and not _told_before_the_plan(b, mt) \
                        and not _cut_from_its_plan(b, mt) \
                        and not _own_sentence_new_case(b, mt, ctx.writer()) \
                        and not (b.para is not None and id(b.para) not in mt.paras and b.resources
                                 and (mt.resources - {"org"}) and not (b.resources & mt.resources)
                                 and has_content(b.context)):
                    # the plan put up for decision and the asks made for it
                    # (not a paragraph opening on a body the plan never named,
                    # stating its own case — 东川县人民医院现有床位680张，…该院拟
                    # 于…申报…，恳请…予以指导 — unless filed under an aspect of
                    # the plan's list: 技术力量：镇农业综合服务中心现有…)
                    target = mt
                    break
                verdict, why = decide(mt, b, ctx)
                if verdict == "same":
                    target = mt
                    break
        if target is None:
            # (an ask that states a case or a use of another body's own: what
            # a purpose said ahead does not reach — 为尽快向社会开放，… ‖
            # （四）人员。县博物馆现有编制9名，…拟增加编制4名)
            elsewhere = any(_features(mt, b, ctx)[f]() for mt in candidates() for f in ("states_own_case", "serves_another"))
            # (巴公镇污水处理厂现有运行维护人员5名，… in a paragraph of its own
            # among a waterworks' needs: a body the matter never named, stating
            # what it has now — no further need of a matter asked at length)
            new_body = not elsewhere and any(_features(mt, b, ctx)["case_of_a_new_body"]() for mt in candidates())
            target = Matter(asks=[], why=why, elsewhere=elsewhere, new_body=new_body)
            if ctx.opening is None:
                ctx.opening = target
            order[id(target)] = len(matters)
            matters.append(target)
        target.add(b)
        recent.pop(id(target), None)
        recent[id(target)] = target
        if says_another and len(target.asks) == 1:
            apart.add(id(target))
        if by_the_way and len(target.asks) == 1:
            aside.add(id(target))
        last = target
    return matters


# ---------------------------------------------------------------- titles (ZG101)
def _pointer_words(b: Ask, text: str | None = None) -> set[str]:
    """The words an ask that points back says before its marker (为确保工程在
    汛期前完成主体施工 → 工程, 汛期, 完成…): what it points at is told there
    (or in ``text``, what its paragraph told before it)."""
    return {w for _, w, f in tokens(b.before or "" if text is None else text)
            if len(w) >= 2 and f[:1] in ("n", "v") and not kinds_of(w)}


def _names_the_title_apart(b: Ask, m: "Matter", topic: frozenset[str]) -> bool:
    """Does ``b`` point back with a thing the title names (游泳馆维修改造资金，
    …其余295万元，恳请…予以安排, under 关于…游泳馆维修改造的请示) that ``m``'s
    own paragraphs never name — ``m`` asking for a thing of its own (…足球
    联赛…，请县政府同意将该联赛列为…), whatever its prelude told? The title's
    thing told before ``m`` is the background of the whole; ``b`` returns to
    it, and is no more of ``m``."""
    # (the title's thing as what its sentence opens on — not a word of it
    # met on the way: 按照全省普通国道建设补助标准，恳请…对该项目…)
    # (or what its paragraph opens on, past an account of how it was
    # reckoned: 经乡交通站初步测算，水毁道路修复共需资金…。恳请…给予安排)
    titled = frozenset(w for w in topic if informative(w))
    if not titled:
        return False
    openings = [b.sentence]
    if b.para is not None:
        openings += [c for c in re.split(r"[，,。；;]", _flat(b.para.text))[:2] if c and not c.startswith("经")][:1]

    def on_the_title(opening: str) -> bool:
        toks = tokens(rx("matters", "enumeration").sub("", opening.lstrip("，, "), count=1)[:12])
        return bool(toks) and informative(toks[0][1]) and not _is_act(toks[0][1]) \
            and any(toks[0][1] in w or w in toks[0][1] for w in titled)
    # (the matter's own text searched for the title's words, not cut into
    # words again as it grows: a long matter stays linear)
    if any(w in m.texts for w in titled):
        return False
    # (…学校拟新建学生宿舍楼一栋… ‖ 项目已列入…计划。…尚缺760万元, under
    # 关于解决…学生宿舍楼建设资金的请示, after an ask for a kindergarten: a
    # paragraph on the bare 项目 right after one that tells the title's thing
    # points at that thing, the nearest named)
    # (not a heading on a line of its own: 二、关于…公路建设资金 ‖ 项目总投资…
    # after 一、关于…公路立项 ‖ 该公路…恳请…批准立项 — the heading labels a part)
    told = b.prelude_paras[-1] if b.para_on_bare_head and b.prelude_paras and b.para is not None \
        and id(b.para) not in m.paras else ""
    if re.search("[，,。]", told) and not rx("matters", "enumeration").match(told) \
            and any(w in told for w in titled if _names_a_rare_thing(w)):
        return True
    return any(on_the_title(o) for o in openings)


def _points_into_its_own_prelude(b: Ask, m: "Matter", topic: frozenset[str] = frozenset()) -> bool:
    """Does ``b``'s object point (该项目, 上述工程) at a thing its own prelude
    told and ``m`` never did (…关于我县生活垃圾焚烧发电项目，现将有关情况请示
    如下：…（一）恳请市政府同意将该项目列入… after an ask for insurance money
    in a paragraph of its own)? Not when ``m`` builds or holds an occasion,
    which the bare 项目 or 活动 names though it never says the word."""
    if b.para is None or id(b.para) in m.paras:
        return False
    noun = _pointed_noun(b.obj or "", "该|上述|前述|此")
    # (另外，我县…每年举办“珏山登山节”，…恳请市政府将该节会列入… after a
    # matter that holds another occasion: a pointer at an occasion points at
    # the nearest one named — in its own paragraph, by a name the matter
    # never told)
    if m.occasion_heads and _occasion_pointer().search(b.obj or ""):
        # (as written — the context masks what stands in quotes)
        para = _flat(b.para.text)
        k = para.find(b.sentence[:6]) if b.sentence else -1
        own = [x.group(0) for x in rx("matters", "occasion_name").finditer(para[: k] if k > 0 else para)]
        return any(_own_name_untold(x, m) for x in own)
    # (一、白水河治理情况 ‖ …编制了治理方案…，估算投资1480万元 ‖ 二、资金需求 ‖
    # 目前，该项目已列入…，其余1300万元请… after a first paragraph that asked
    # for a school building: the pointer points at the nearest thing told of
    # its kind — its own prelude's, which the title names and the matter
    # never does — whatever the matter builds)
    # (二、南村至冶底村道现路面宽4.5米，…。拟将该路段拓宽至6.5米，总投资约860
    # 万元。请县政府批准该项目列入… after an entry that asked for a school's
    # repair: its own paragraph planned works and put a total on them, on a
    # thing the matter never told — the nearest project told is its own)
    if noun in vocab()["matters"]["bare_heads"] and _plans_own_works(b, m):
        return True
    # (县城供热管网二期工程已完成可行性研究，…。请县政府研究确定该工程的建设
    # 主体 after a matter of 老旧小区改造 money: the nearest works of its kind
    # is the one its own paragraph names in full, which the matter never told)
    if noun in vocab()["matters"]["bare_heads"] \
            and _names_untold_works((b.context or "") + (b.before or ""), lambda: _told_but_its_own(b, m)):
        return True
    if b.prelude and topic and re.search("(?:该|上述|前述)(?:项目|工程)", (b.before or "") + (b.obj or "")) \
            and overlap_informative(topic, _key_words(b.prelude)) \
            and not overlap_informative(topic, _key_words(m.told.replace("|", "。"))):
        return True
    # (what the matter builds or holds may be named by a bare head it never
    # says — 该项目 — but not a thing of another kind: 该宗土地 after a
    # matter that holds a sports meet points at the land its prelude told)
    # (另，…有5处隐患点威胁群众136户，请市政府将上述群众纳入… : or its own
    # sentence's case, told before the ask)
    own = (b.prelude or "") + (b.before or "")
    if not own or ((m.told_builds or m.occasion_heads or m.built)
                   and (not noun or noun in vocab()["matters"]["bare_heads"])):
        return False
    # (not 该路段路面破损严重，…拟对该路段…: named there only by a pointer
    # itself, it points back as the ask does)
    return bool(noun) and noun in re.sub("(?:该|上述|前述|此|本)" + re.escape(noun), "", own) and noun not in m.told


_ADDITION = re.compile(r"(新增|新建|扩建|改建|改造|建成|投用|投运)(?:后|的)?")


def _opens_on_its_addition(b: Ask, m: "Matter") -> bool:
    """Does the case ``b`` states open on what an act the matter told adds or
    leaves (新增设备用电负荷… after 新增深度处理单元; 改造后… after 提标改造) —
    by that act's own word, which the matter's text says?"""
    case = _unlabelled((b.context or "") + (b.before or "")).lstrip("，,")
    x = _ADDITION.match(case)
    if x:
        return x.group(1) in m.told
    # (全县中小学暑假提前后需增加的…经费 after 拟将…暑假…提前一周放假: or, in
    # its first clause, what follows an act the matter told — a verb and 后)
    return any(w in m.told for w in _acts_before_hou(re.split(r"[，,。；;]", case, maxsplit=1)[0]))


def _acts_before_hou(clause: str) -> list[str]:
    """The verbs of ``clause`` that 后 follows — the acts it times what
    comes next by (新车购置后 → 购置; 暑假提前后 → 提前)."""
    toks = tokens(clause)
    return [w for i, (_, w, f) in enumerate(toks[:-1]) if f == "v" and len(w) >= 2 and toks[i + 1][1] == "后"]


def _names_plans_result(b: Ask, m: "Matter") -> bool:
    """Does ``b`` ask for what the matter's plan leaves once done, by its act
    and 后 (请县政府审定调整后的标准 after 拟将…保障标准由…提高到…): a noun
    after 后的 that heads what the plan's own clause changes?"""
    plan = m.first.vp if m.first.kind == "implicit" else ""
    for x in re.finditer(r"([\u4e00-\u9fff]{2})后的?([\u4e00-\u9fff]{1,8})", b.vp or ""):
        verb = tokens(x.group(1))
        nouns = [w for _, w, f in tokens(x.group(2)) if _nominal(f) and len(w) >= 2]
        if len(verb) == 1 and verb[0][2].startswith("v") and nouns and nouns[0] in plan:
            return True
    return False


_MONEY = re.compile(r"([0-9]+(?:\.[0-9]+)?)(亿|万)元")


def _in_wan(x: re.Match[str]) -> float:
    return float(x.group(1)) * (10000 if x.group(2) == "亿" else 1)


def _case_sums(b: Ask) -> list[float]:
    """The sums, in 万元, the case of ``b`` states: its paragraph before it."""
    return [_in_wan(x) for x in _MONEY.finditer((b.context or "") + (b.before or ""))]


def _read_off(m: "Matter", what: str, read: Callable[[str], object]) -> object:
    """``read(m.told)``, kept on ``m`` until ``m.told`` grows — a matter
    compared with many asks is read once for each ask it gains, not for
    each comparison."""
    return _kept(m, what, len(m.told), lambda: read(m.told))


def _kept(m: "Matter", what: str, key: object, read: Callable[[], Any]) -> Any:
    """``read()``, kept on ``m`` under ``what`` while ``key`` (how far the
    matter has grown) stays the same."""
    at, got = m.read_off.get(what, (None, None))
    if at != key:
        got = read()
        m.read_off[what] = (key, got)
    return got


def _adds_up_to_its_total(b: Ask, m: "Matter") -> bool:
    """Do two or more sums the case of ``b`` states — its paragraph before it
    — add up to a total the matter stated (总投资2.86亿元 = 1.1亿 + 0.76亿 +
    缺口1亿)? Arithmetic, not wording, ties the parts to the whole.
    (我镇拟自筹260万元，申请…补助600万元 after 估算总投资860万元: the sum it
    asks for is one of the parts.)"""
    # (the sum asked counts only against a total the matter's own paragraphs
    # state, not its prelude: 以上合计56万元 before an ask for street lamps is
    # no total of that ask's; and not twice — 尚有缺口120万元 ‖ 恳请…安排…120万元)
    parts = _case_sums(b)
    asked = [y for y in (_in_wan(x) for x in _MONEY.finditer(b.obj or "")) if y not in parts]
    if len(parts) >= 2 and any(t > 0 and abs(sum(parts) - t) <= t * 0.005
                               for t in _read_off(m, "totals", _stated_totals)):
        return True
    if not asked or len(parts) + len(asked) < 2:
        return False
    # (the totals of the matter's own paragraphs, read again only when they grow)
    own = _kept(m, "own_totals", len(m.texts), lambda: _stated_totals(m.texts))
    return any(t > 0 and abs(sum(parts) + sum(asked) - t) <= t * 0.005 for t in own)


def _stated_totals(text: str) -> list[float]:
    """The totals ``text`` states (总投资…万元, 共需…), in 万元."""
    return [_in_wan(y) for t in rx("matters", "stated_sum").finditer(text) for y in _MONEY.finditer(t.group(0))]


_COUNT = re.compile(r"([0-9]+)(?:个|名|户|所|家|处|座|人|村|支|辆|台|套)")


def _prices_its_count(b: Ask, m: "Matter") -> bool:
    """Does the case of ``b`` price the count the matter told (一是按每村每年2万
    元标准给予运营补助，共需240万元 after 扩大到全县…120个村): a rate times that
    count is the sum it states — arithmetic, not wording, ties the two?"""
    parts = _case_sums(b)
    if len(parts) < 2:
        return False
    # (the counts the matter told, less those of the ask's own sentence)
    told = _read_off(m, "counts", lambda told: Counter(int(c.group(1)) for c in _COUNT.finditer(told)))
    own = Counter(int(c.group(1)) for c in _COUNT.finditer(b.sentence or ""))
    counts = {n for n, k in told.items() if k > own.get(n, 0)}
    return any(n >= 2 and y > x > 0 and abs(x * n - y) <= y * 0.005 for x in parts for y in parts for n in counts)


_ANNOUNCES = re.compile(r"(?:现|特|今)(?:将|就)?[^。：:，,；;]{0,20}?请示如下[：:。]")


def _bare_head_on_its_preludes_works(b: Ask, m: "Matter") -> bool:
    """Does ``b``'s sentence open, past a time (目前，), on a bare head (项目已
    获得…资金4000万元…) after a prelude of its own that plans works with
    their total (…编制了《…实施方案》，计划实施…等工程，…估算总投资1.2亿元)
    on things ``m`` never told? The head is that plan's, the nearest told —
    not a pointer back at ``m``, and ``m`` no step of it."""
    if not b.prelude or b.para is None or id(b.para) in m.paras:
        return False
    return any(own and not any(w in m.told for w in own) for own in b.preludes_plans)


def _costed_plans(text: str) -> list[str]:
    """The sentences of ``text`` that plan or need works and put a total on
    them (拟…，总投资约860万元; 需整体改造…，预算约95万元)."""
    return [s for s in re.split("(?<=[。；;])", text)
            if re.search("拟|需|计划", s) and (rx("matters", "stated_sum").search(s) or rx("matters", "costed").search(s))]


def _plans_own_works(b: Ask, m: "Matter") -> bool:
    """Does ``b``'s own paragraph, not ``m``'s, open on a thing ``m`` never
    told and, before ``b``, plan works on it with their total (拟将该路段拓宽
    至6.5米，总投资约860万元)? Not a paragraph that opens by pointing back or
    on the bare head of the one project (项目总投资…)."""
    # (the plan may open the ask's own sentence: 为此，我市拟新建…监控点38个，
    # 总投资约1520万元，恳请省局将该项目列入…)
    told = (b.context or "") + (b.before or "")
    if b.para is None or id(b.para) in m.paras or not told:
        return False
    # (县看守所现有监控点位112个，…需整体改造为高清数字监控系统，…预算约95万元:
    # a need to do works is a plan of works as 拟 is, and a budget or an
    # estimate is their total as 总投资 is)
    if not _costed_plans(told):
        return False
    opening = _flat(b.para.text)
    label = rx("matters", "enumeration").match(opening)
    base = label.end() if label else 0
    # (此外，我市现有森林防火视频监控点54个，…: past a turn that opens it —
    # the thing it opens on is what follows the turn)
    if turn := _leading_turn().match(opening, base):
        base = turn.end()
    first = re.split("[，,。；;：:]", opening[base:], maxsplit=1)[0]
    if not first or rx("matters", "backref").search(first) or _bare_head_at(opening) == base:
        return False
    own = _not_places(_key_words(first))
    return bool(own) and not overlap_informative(own, _key_words(m.told.replace("|", "。")))


@lru_cache(maxsize=1)
def _occasion_pointer() -> re.Pattern[str]:
    """A pointer at an occasion by its head or its common noun (该节会, 该赛事,
    上述活动)."""
    heads = "|".join(vocab()["matters"]["occasion_heads"] + vocab()["matters"]["occasion_nouns"])
    return re.compile(f"(?:该|上述|前述|此)[\u4e00-\u9fff]?(?:{heads})")


def _own_name_untold(name: str, m: "Matter") -> bool:
    """Is the occasion ``name`` (举办“珏山登山节”) one ``m`` never told — by
    the words of its name past the holding verb, none of which ``m`` says?"""
    words = {w for _, w, f in tokens(re.sub("^" + rx("matters", "holding").pattern, "", name))
             if len(w) >= 2 and f[:1] in ("n", "j", "v") and w not in vocab()["matters"]["occasion_nouns"]}
    return bool(words) and not any(w in m.told for w in words)


def _pointed_noun(obj: str, pointers: str) -> str:
    """The noun right after the first of ``pointers`` in ``obj`` (上述缺口 →
    缺口, 该项目 → 项目), or "" when a noun of two characters or more does
    not follow it."""
    x = re.search(f"(?:{pointers})([\u4e00-\u9fff]{{2,8}})", obj)
    # (该宗土地, 该处房产: past the measure word between the pointer and its noun)
    # (the tagger may join the noun to the verb after it — 土地划拨|v: the
    # first two characters, a noun of their own)
    y = re.search(f"(?:{pointers})[宗块处座栋幢笔批片间]([\u4e00-\u9fff]{{2,8}})", obj)
    for word in ((x.group(1),) if x else ()) + ((y.group(1), y.group(1)[:2]) if y else ()):
        toks = tokens(word)
        if toks and toks[0][2][:1] == "n" and len(toks[0][1]) >= 2:
            return toks[0][1]
    return ""


def _told_only_as_anothers(b: Ask, m: "Matter") -> bool:
    """Are the words ``b`` points back with told of ``m`` only as another's
    case — before a turn that took ``m`` away from them (为确保工程…，恳请…安排
    配套资金 after 此外，…工作站…拟更名…) — and not in ``m``'s own text?"""
    if not b.backref:
        return False
    said = _pointer_words(b)
    told = {w for w in said if _in_told(w, m.told, m.told_runs)}
    if said and not told and m.others_told and any(w in m.others_told for w in said):
        return True
    # (…恳请县政府…安排186万元补足上述缺口 after an ask for a kindergarten's
    # posts whose prelude — a meal programme's gap — was another's: the thing
    # the pointer names is told only there, never in the matter's own text)
    if m.others_told and (noun := _pointed_noun(b.obj or "", "上述|前述")) \
            and noun in m.others_told and noun not in m.texts:
        return True
    if _points_into_its_own_prelude(b, m):
        return True
    # (活动所需经费约45万元，主要用于…，恳请…予以安排 after 拟将内设的…股合并…，
    # 请同意调整内设机构, the 活动 told in the paragraphs between: what it
    # points at is told by its own prelude, which the matter never told, and
    # most of its words are new to the matter — the case it points at is its
    # prelude's; not a matter that holds an occasion or builds a thing, which
    # the common word 活动 or 项目 may name: 拟举办全民读书节 ‖ 活动所需经费…)
    # (项目总投资约237万元，…省里拟补助120万元。其余117万元，恳请…: a pointer
    # that says nothing before its marker points with what its paragraph
    # told before it)
    prelude = b.prelude
    if not said and b.context:
        said = _pointer_words(b, b.context)
        told = {w for w in said if _in_told(w, m.told, m.told_runs)}
    # (项目总投资约620万元，我镇拟引入社会资本… after a prelude that lays out
    # works — 编制了改造方案，主要内容包括：拆除旧大棚，新建… — and a matter of
    # posts: the bare head names the works its prelude told, though not by
    # that word)
    # — works that are not the matter's own: its own paragraphs and headings
    # share no key word with them (not 二、关于锡崖沟旅游公路建设资金 ‖ 项目总投资… after
    # 该公路全长8.6公里，恳请…批准立项)
    heads = set(vocab()["matters"]["bare_heads"])
    named = any(w in prelude for w in said - told) or (
        any(w in heads and _tells_what_head_names(w, prelude) for w in said - told)
        and not overlap_informative(_key_words(prelude), _key_words("|".join([m.texts, *m.sections]))))
    return b.para is not None and id(b.para) not in m.paras and bool(prelude) \
        and not m.occasion_heads and not m.built \
        and named and len(said - told) > len(told)


def _tells_what_head_names(head: str, text: str) -> bool:
    """Does ``text`` tell of what the bare head ``head`` names — works for
    项目/工程 (新建…, 改造…), an occasion for 活动/赛事?"""
    if head in _WORKS_HEADS:
        # (or a plan of works drawn up: 编制了提升方案，主要内容包括：更换…)
        return bool(rx("matters", "builds").search(text) or re.search(r"(?:编制|制定|拟定|形成)了?[^，,。；;]{0,8}方案", text))
    return bool(rx("matters", "occasion").search(text))


def _body_name_at(clause: str) -> str:
    """The name of the body ``clause`` opens on (南岭水利工作站 of 南岭水利工作站
    为正股级事业单位…): its words are that body's, not what is asked of it."""
    m = _body_name_rx().match(clause) if _opens_with_a_body(clause) else None
    return m.group(0) if m else ""


def _its_own_case(a: Ask) -> tuple[str, str]:
    """The case an ask's prelude states for it, and what the prelude tells
    of other things (returned second): entries it does not name
    (_entries_own_case), and a passage a turn opens within a paragraph
    (…无力安排三中教学楼加固资金。此外，局机关现有公务用车2辆，…) naming
    nothing the ask names — another thing, which a later ask may ask for
    as a matter of its own."""
    case, others = _entries_own_case(a)
    if not case:
        return case, others
    own = [w for w in a.spec if informative(w)]
    kept, apart = [], []
    for p in case.split("。"):
        # (a sentence the turn opens, naming none of the ask's own words)
        if own and _leading_turn().match(p) and not any(w in p for w in own):
            apart.append(p)
        else:
            kept.append(p)
    if not apart:
        return case, others
    return "。".join(kept), "|".join(x for x in ([others] if others else []) + apart)


def _entries_own_case(a: Ask) -> tuple[str, str]:
    """The case an ask's prelude states for it, entry by entry. Where the sections told
    several things entry by entry (（一）市区第二污水处理厂…‖（二）全市排查出
    农村黑臭水体…) and the ask names some of them, the entries it names and
    the prelude's other paragraphs — not the entries that tell another
    thing, which a later ask may ask for as a matter of its own (they are
    returned second)."""
    label = rx("matters", "enumeration")

    def entry(p: str) -> bool:
        # (entries labelled by number, or by a short heading naming each
        # thing: 县图书馆流动服务。… ‖ 县文化馆非遗展厅。… — not a section's
        # heading alone, 一、基本情况, which tells nothing)
        lab = label.match(p)
        if lab:
            return bool(re.search(r"[，,。；;：:]", p[lab.end():].rstrip("。．. ")))
        return bool(re.match(r"[\u4e00-\u9fff]{2,12}[。：:](?=.)", p))

    entries = [p for p in a.prelude_paras if entry(p)]
    # (an ask in an entry of its own, after entries it does not name: those
    # told other things — 县文化馆非遗展厅。…拟扩建展厅… after 县图书馆流动服务。…)
    in_entry = a.para is not None and entry(_flat(a.para.text))
    # (…高标准农田…需县级配套1600万元。‖ 县农产品质量安全检测站现有工作人员
    # 5名，…恳请…核增事业编制4名: a paragraph opening on a body its prelude
    # never named, asking for nothing the prelude named, states its own
    # case — the prelude is another ask's, as an entry it does not name)
    # (此外，我局下属的南岭水利工作站…拟更名为… after paragraphs on a reservoir:
    # a turn to a body of its own leaves what was told before to a later ask)
    opening = _flat(a.para.text) if a.para is not None else ""
    if a.connective:
        opening = _past_writer_to_its_own(_leading_turn().sub("", opening, count=1))
    if a.prelude and not in_entry and not entries and a.para is not None \
            and _opens_on_a_new_body(_topic_of(opening), a.prelude) \
            and not any(w in a.prelude for w in a.spec if informative(w) and w not in _body_name_at(_topic_of(opening))):
        return "", a.prelude
    if len(entries) + in_entry < 2:
        # (no entries, but paragraphs each stating a need of their own — 5个
        # 乡镇污水处理站…资金缺口2800万元。‖ 教师周转宿舍…资金缺口1800万元: the
        # account's things, told apart as entries are)
        entries = [p for p in a.prelude_paras if _states_a_need(p)]
        if len(entries) < 2:
            return a.prelude, ""
    own = [w for w in a.spec if informative(w)]
    # (请县政府批准上述土地征收方案 after 需征收…土地126亩 ‖ …窗口…工作人员不足:
    # an ask that names nothing but what it points back at names the
    # entries that tell that)
    if not own and a.elliptical and (back := re.search(r"(?:上述|前述)([\u4e00-\u9fff]{2,12})", a.obj or "")):
        own = [w for _, w, f in tokens(back.group(1)) if len(w) >= 2 and f[:1] in ("n", "v")]
    named = [p for p in entries if any(w in p for w in own)]
    if not named and in_entry:
        # (…naming none of them: the entries before that state a need of
        # their own — 需购置…约需资金52万元 — not those telling what was done)
        entries = [p for p in entries if _states_a_need(p)]
    if not entries or (not named and not in_entry) or len(named) == len(entries):
        return a.prelude, ""
    return "。".join(p for p in a.prelude_paras if p in named or p not in entries), \
        "|".join(p for p in entries if p not in named)


def _venues(sentence: str) -> frozenset[str]:
    """The places events are held at, as the sentence writes them (于10月在
    县全民健身中心举办…运动会 → 县全民健身中心): where the event is, not a
    thing the matter asks for."""
    return frozenset(m.group("place") for m in rx("matters", "venue").finditer(squash(sentence)))


def _words_of_places(places: frozenset[str]) -> frozenset[str]:
    """The key words of those places (全民健身, 中心)."""
    return frozenset(w for v in places for w in specifics(v))


def _bigram_overlap(a: str, b: str) -> bool:
    def grams(t: str) -> set[str]:
        r = _strip_words().sub("|", t)
        return {r[i: i + 2] for i in range(len(r) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", r[i: i + 2])}

    return bool(grams(a) & grams(b))


def _title_subject(title: str) -> str:
    """The title's 事由 between 关于 and 的请示, as written (申请…资金和承办…)."""
    return re.sub(r"的?请示$", "", re.sub(r"^.*?关于", "", squash(title)))


def title_core(title: str) -> str:
    """The title's 事由 past a request marker it opens on (申请, 恳请)."""
    return re.sub(r"^" + marker_alt("strong"), "", _title_subject(title))


def _things(text: str) -> frozenset[str]:
    """The key words of ``text`` that name things (nouns: 文化站), not
    activities (运营, 活动: tagged as verbal nouns)."""
    sp = specifics(text)
    return frozenset(w for _, w, f in tokens(text) if w in sp and f[:1] == "n" and f != "vn")


def _after_subject(text: str) -> str:
    """``text`` after a body named as the subject of its verb (县第一中学|新建
    学生公寓 → 新建学生公寓); ``text`` itself when no verb follows nouns."""
    for k, w, f in tokens(text):
        # (山河乡|撤乡设镇: a configured place, read as the noun it is)
        if f[:1] in ("n", "m", "j") or f in ("zg", _PLACE_TAG):
            continue
        if k and (f.startswith("v") or w in _all_verbs()):
            return text[k:]
        break
    return text


def _acts(part: str) -> bool:
    """Does a part of a title name an act: opening with a verb (维修…), or a
    body and then its verb (村委会驻地迁至…) — a verb as such, not a verbal
    noun (消防器材经费)?"""
    # (not a name whose last verb makes a project of its head: 节水改造|工程,
    # 漏损治理|工程 — a thing, the object of the verb before the joiner:
    # 实施…续建配套与节水改造工程 — unless it opens on an ask's verb)
    toks = tokens(part)
    if len(toks) >= 2 and toks[-1][1] in vocab()["matters"]["bare_heads"] and toks[-2][2] == "v" \
            and not part.startswith(tuple(vocab()["titles"]["ask_verbs"])):
        return False
    if _starts_with_verb(part):
        return True
    after = _after_subject(part)
    toks = tokens(after) if after != part else ()
    return bool(toks) and toks[0][2] == "v"


def _on_the_titles_body(text: str, title: str) -> str:
    """The head of the one body ``title`` (a title's core) names, when
    ``text`` opens on it alone — 中心现有… under 保障县公共法律服务中心运行 —
    not on that head inside a name of its own (中心学校…); else ""."""
    bodies = _title_bodies(title) if title else frozenset()
    toks = tokens(text)
    # (the head as the subject or owner — 中心|现有, 中心|年度运行费用 — not
    # the start of another body's name, 中心|学校, nor of a role, 社区|网格员
    # under 招聘社区网格员)
    if len(bodies) != 1 or len(toks) < 2 or len(toks[0][1]) < 2 or toks[0][1] not in _body_heads() \
            or toks[1][1].endswith(_body_heads()):
        return ""
    run = ""
    for _, w, f in toks[1:4]:
        if not (_nominal(f) or f == "zg"):
            break
        run += w
        if re.search("(?:员|师|者)$", run):
            return ""
    return _titles_bare_head(toks[0][1], next(iter(bodies)), title)


def _titles_bare_head(head: str, body: str, title: str) -> str:
    """``head`` when it is the head of ``body``, the one body ``title`` names,
    with words before it in the title; else ""."""
    # (the tagger may cut the title's name before its head: 救助保护|中心)
    return head if body.endswith(head) and title.find(body) + len(body) - len(head) > 0 else ""


def _placed_at_the_titles_body(obj: str, title: str) -> str:
    """The bare head of the one body ``title`` names, when ``obj`` ends by
    sending what it asks for there (派1名工作人员常驻中心, 充实到中心): the
    head right after a verb or a preposition of place, not inside a name of
    another body (县便民服务中心); else ""."""
    bodies = _title_bodies(title) if title else frozenset()
    toks = tokens(obj.rstrip("。；;，,"))
    if len(bodies) != 1 or len(toks) < 2:
        return ""
    (_, before, tag), (_, head, _) = toks[-2], toks[-1]
    if len(head) < 2 or head not in _body_heads() or not (tag == "v" or before in ("到", "在", "于", "至")):
        return ""
    return _titles_bare_head(head, next(iter(bodies)), title)


def _title_bodies(part: str) -> frozenset[str]:
    """The bodies a part of a title names by a head of a body (卫生院, 中心
    学校 → 中心, 学校), not a place or a level (镇, 村) nor a body in general
    (单位, 部门)."""
    shallow = vocab()["titles"]["shallow_bodies"]
    return frozenset(w for _, w, f in tokens(part) if f[:1] == "n" and w.endswith(_body_heads())
                     and w not in shallow and not _is_place(w))


def title_matters(title: str | None, background: frozenset[str] = frozenset()) -> list[str]:
    """Two different asks joined in a 请示's title (申请A和增加B), or [].
    The issuer's field (``background``: 消防 of a 消防救援大队) ties no two
    parts (更新消防车辆和调整…消防站选址)."""
    if not title:
        return []
    core = title_core(title)
    # (关于申请…专项资金和承办…培训班: the marker title_core drops is the
    # first part's verb — its object a thing, the part an act all the same)
    marked = core != _title_subject(title)
    tv = vocab()["titles"]
    # (关于农业有关事项: one topic; 关于创建…森林城市和举办…大会有关事项: the
    # parts before the suffix may still be two acts)
    for x in tv["single_topic"]:
        if core.endswith(x):
            core = re.sub("的?$", "", core[: -len(x)])
            break
    detail = set(vocab()["matters"]["detail_kinds"])
    # (not a joiner inside a name — 中华人民共和国, 省文化和旅游厅, 县住房和
    # 城乡建设局 — or a quoted title)
    whole = [q.span() for q in re.finditer(r"“[^”]*”|《[^》]*》", core)] \
        + [n.span() for n in rx("markers", "joined_name").finditer(core)]
    starts = {k for k, _, _ in tokens(core)} | {len(core)}
    heads = tuple(vocab()["matters"]["occasion_heads"])
    occasions = heads + ("会议",)  # (what 召开/举办 hold: …节, …赛, …会议)
    for m in re.finditer(tv["joiners"], core):
        a, b = core[: m.start()], core[m.end():]
        if len(a) < 2 or len(b) < 2:
            continue
        if any(x < m.start() < y for x, y in whole) or m.start() not in starts or m.end() not in starts:
            continue
        if m.group(0) == "、" and not _opens_on_a_verb_word(b):
            continue  # 撤销新河村、石垭村设立新石村: 、 joins the objects of one verb
        if re.match(r"[\u4e00-\u9fff]{1,8}?[两二三四五六七八九十几]+(?:个|项|类|所|家)", b):
            continue  # 田径、游泳和篮球三个项目: the last of a list its count closes
        ta = tokens(a)
        if ta and ta[0][1] in tv["light_verbs"] and ta[-1][2][:1] == "n" and ta[-1][2] != "vn" and len(ta) >= 2 \
                and not (tokens(b) and (tokens(b)[0][1] in _all_verbs() or _classes(tokens(b)[0][1]))):
            # 开展城区户外广告和招牌专项整治: a light verb whose object, an
            # activity, the first part has not reached — the joiner is inside
            # that object, between two things one act is done to (not when
            # the second part opens on a verb of its own: 开展…试点和增加…编制)
            continue
        if m.group(0) == "暨" and b.endswith(heads):
            continue  # “春风行动”暨…专场招聘会: two names of the one event held
        if re.match(vocab()["matters"]["holding"], _after_subject(a)) and not a.endswith(occasions) \
                and b.endswith(occasions) and not re.match(vocab()["matters"]["holding"], b):
            # (召开全县秋冬季秸秆综合利用和禁烧工作会议: the first part's verb
            # holds an occasion its own words never reach — the joiner is
            # inside the name of the one meeting the second part ends on)
            continue
        if m.group(0) in ("和", "及", "与", "以及") and a.endswith(heads) and b.endswith(heads) \
                and (_DATED_EDITION.match(b) or rx("matters", "festival").match(b)):
            # (举办冶底岱庙传统庙会和第三届“村BA”篮球联赛: a second event
            # named by its own edition — two events held, not one's parts;
            # 中秋文艺晚会和重阳节老年书画比赛: or by its own day)
            return [a, b]
        if m.group(0) in tv["means_joiners"] and rx("titles", "run_by").match(b):
            continue  # 新建…幼儿园并实行公办民营模式: how the thing is run
        b_verb = any(b.startswith(v) for v in tv["ask_verbs"])
        ca, cb = kinds_of(a), kinds_of(b)
        # (成立…指导站及人员配备: the second part's only thing is the resource)
        # (配备驾驶员: a role — …员, …师 — is the people given, not a thing)
        things_b = frozenset(w for w in _things(b) if not (kinds_of(w) & set(vocab()["matters"]["resource_kinds"]))
                             and not re.search("(?:员|师)$", w))
        res = set(vocab()["matters"]["resource_kinds"]) - {"org"}
        # (not after a part that asks another resource itself: 追加营养餐经费和
        # 增加教师编制 — two resources, two matters)
        if cb & res and not ((ca & res) - cb) \
                and not (things_b and specifics(a) and not overlap(specifics(a), things_b)):
            # 举办旅游节并安排活动经费: the money or posts the first part needs
            # (not 举办篮球比赛并增设文化站岗位: posts for a thing of their own)
            continue
        if cb & res and not _opens_on_a_verb_word(b) and not _names_something(b):
            # (…人口抽样调查工作经费和人员保障: a second part that is a
            # resource and nothing more — no act, no thing of its own — is
            # the resource of the work the first part names, as 的 would
            # have it: that work's money and its people)
            continue
        both_res = bool(ca - detail) and bool(cb - detail)
        # two acts (购置森林消防车辆和维修消防队营房): each part opens with a
        # verb — by its part of speech, not a list
        # (拨付农机购置和应用补贴: 和 joins two verbs inside one name when
        # the first part ends with its verb)
        # 并 joins clauses, never two verbs inside one name
        # (县第一中学新建学生公寓资金及调整校长职级: the body that acts named first)
        # (…维修资金和西街村村委会驻地迁至…: the second part's body named first too)
        both_act = (_starts_with_verb(_after_subject(a)) or marked) and _acts(b) \
            and (m.group(0) in tv["means_joiners"] or not _ends_with_verb(a))
        # (解决镇卫生院污水处理设备和镇中心学校取暖锅炉改造资金: the money
        # named once for both, each part a thing of a body of its own — two
        # bodies' needs, two matters)
        # (not 县农机推广站与县农技推广中心合并后…: two bodies joined as the
        # ones one act is of — the first part is the body alone)
        ba, bb = _title_bodies(a), _title_bodies(b)
        if ba and bb and not (ba & bb) and (ca | cb) & res and not tokens(a)[-1][1].endswith(_body_heads()):
            return [a, b]
        if not (b_verb or both_res or both_act):
            continue
        if ca and cb and (ca | cb) <= {"org", "reorg", "staff"} and "reorg" in ca | cb and not bb:
            # (县普查中心更名、调整职能并增加编制: a body's name, duties and
            # posts, changed at once — one 机构编制 matter of the body the
            # first part names, the later parts naming no body of their own)
            continue
        if both_act and has_content(a) and has_content(b) and not (cb and cb <= detail) \
                and not overlap_informative(_own(specifics(a) | _event_words(a), background),
                                            _own(specifics(b) | _event_words(b), background)) \
                and not (_bigram_overlap(a, b) and not (specifics(a) and specifics(b))):
            return [a, b]
        pa = Ask(None, a, "title", vp=a, obj=a)
        pb = Ask(None, b, "title", vp=b, obj=b)
        if pa.resources and pb.resources and not (pa.resources & pb.resources):
            if not _bigram_overlap(a, b):
                return [a, b]
            continue
        if pa.spec and pb.spec and not overlap(pa.spec, pb.spec) and not (cb <= detail):
            return [a, b]
    return []


def _plans_both(parts: list[str], asks: list[Ask], background: frozenset[str]) -> bool:
    """Does one plan sentence of the body (拟更新高清演播室系统一套、高清播出
    系统一套…) name what each of the title's two parts names (更新演播室 ‖
    播出系统设备)? The writer's one plan of both — one matter, however the
    title joins them (not two parts of which the body plans one)."""
    words = [_own(specifics(x) | _event_words(x), background) for x in parts]
    if not all(words):
        return False
    # (the plan put up, or a plan stated before an ask in its paragraph —
    # 拟更新…系统一套、…系统一套，总投资…。恳请县政府支持实施: the reason of
    # that ask, one plan all the same, whether or not the paragraphs run on)
    plans = [a.sentence for a in asks if a.kind == "implicit" and a.marker == "拟"]
    # (the asks of one paragraph share its context: each sentence read once)
    stated = dict.fromkeys(x for a in asks if a.kind != "implicit" for x in re.findall(r"[^。！？]+", a.context or ""))
    plans += [x for x in stated if _first_own_plan(x)]
    for sentence in plans:
        # (…拟于6月…举办…展演周，并推荐…申报…国家级…项目: not a sentence that
        # joins two plans with 并/同时, the first part in a clause that names
        # no other, the second in a later one — the plans the title joins,
        # told one after the other, whatever words the later clause shares
        # with the first: 非物质文化遗产 of both)
        clauses = re.split(r"[，,；;](?=" + rx("coordination", "connective").pattern.lstrip("^") + ")", sentence)
        names = [[any(w in c for w in ws) for ws in words] for c in clauses]
        told_apart = any(names[i][0] and not any(names[i][1:]) and names[j][-1]
                         for i in range(len(clauses)) for j in range(i + 1, len(clauses)))
        if not told_apart and all(any(w in sentence for w in ws) for ws in words):
            return True
    return False


def issuer_words(doc: Document) -> frozenset[str]:
    """Key words of the issuer's name (应急管理局 → 应急): its field."""
    out: set[str] = set()
    for n in issuer_names(doc):
        core = re.sub(r"(?:人民政府|办公室|委员会|管理局|服务中心|中心|局|委|办)$", "", n)
        out |= specifics(core) if core else set()
        # and its usual short form, the first characters of two words in a
        # row (医疗|保障 → 医保, 文化|和|旅游 → 文旅, 发展|和|改革 → 发改)
        field = re.sub(r"^[\u4e00-\u9fff]{1,8}?[省市县区](?![\u4e00-\u9fff]?[级委])", "", core)
        toks = [w for _, w, _ in tokens(field) if len(w) >= 2]
        for words in (toks, [h for w in toks for h in ((w[:2], w[2:]) if len(w) == 4 else (w,))]):
            out |= {a[0] + b[0] for a, b in zip(words, words[1:]) if a[0] != b[0]}  # (not 农业|农村 → 农农)
    return frozenset(out)


@dataclass
class MatterReport:
    asks: list[Ask]
    matters: list[Matter]
    title_parts: list[str]
    closing: Ask | None = None  # a closing that counts or joins its matters
    closing_count: int = 0  # 以上两项请示 → 2
    closing_parts: list[str] = field(default_factory=list)  # 以上A和B事项当否 → [A, B]
    summed: Ask | None = None  # 以上两项费用，请…分别安排: items counted, as one matter read
    summed_count: int = 0
    added_apart: Ask | None = None  # …，也一并报请审定: the one ask says "also", of a thing the title does not name

    @property
    def several(self) -> bool:
        return len(self.matters) >= 2 or bool(self.title_parts) or self.closing_count >= 2 or bool(self.closing_parts)


_CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "几": 2, "多": 2}


def _count_of(n: str) -> int:
    """A count as written (两, 三, 3): its number, 0 when it is none."""
    return int(n) if n.isdigit() else _CN_COUNT.get(n, 0)


def _closing_matters(asks: list[Ask]) -> tuple[Ask | None, int, list[str]]:
    """A closing that says how many matters it puts up (以上两项请示，妥否) or
    joins them (以上调整补助标准和举办培训班事项当否)."""
    for a in asks:
        if a.kind != "closing":
            continue
        m = rx("closings", "count").search(a.marker)
        if m:
            n = m.group("n")
            return a, _count_of(n), []
        m = rx("closings", "subject").match(a.marker)
        if m:
            # (以上关于A和B的事项: the subject as a title writes it)
            subject = re.sub(r"的$", "", re.sub(r"^关于", "", m.group("subject")))
            parts = title_matters("关于" + subject + "的请示")
            if parts:
                return a, 0, parts
    return None, 0, []


def _counted_matters(doc: Document) -> tuple[Ask | None, int]:
    """The writer's own count of its matters in the body (现就两个事项请示
    如下): a sentence that says how many 事项 it puts up."""
    pat = rx("closings", "lead_count")
    for p in body_paras(doc):
        t = squash(p.text)
        for _, s in sentences(t):
            m = pat.search(s)
            # (not 今年年初，我镇曾就…两件事分别向县政府请示，均已批复: the
            # matters of a request told as the past are not this one's)
            if m and _modality(re.split(r"[，,]", s[:m.start()])[-1], s[:m.start()]) != "past":
                k = _count_of(m.group("n") or m.group("p"))
                if k >= 2:
                    return Ask(para=p, sentence=t, kind="closing",
                               marker=clip(s[max(0, m.start() - 10): m.end() + 4], 40), text=m.group(0)), k
    return None, 0


def _parts_of_one_plan(m: Matter, doc: Document) -> bool:
    """Are the plans ``m`` puts up, two or more, the parts of one plan its
    lead laid out (拟按以下步骤实施：一、服务器扩容…拟新增… 二、…拟委托…)? Then
    the items a later sentence counts (上述四项合计需资金…) are those parts —
    not when the lead itself counts them (提出以下两项调整意见：) or asks
    beside its plan (拟对…改造，同时恳请…配备…。具体情况如下：): the writer's
    own word that there are several."""
    planned = [a for a in m.asks if a.kind in ("implicit", "entry")]
    if len(planned) < 2 or planned[0].plan is None or any(a.plan != planned[0].plan for a in planned):
        return False
    lead = next((squash(p.text) for p in body_paras(doc) if id(p) == planned[0].plan), "")
    return bool(lead) and not re.search(r"[两二三四五六七八九十0-9]+(?:项|件|个方面)", lead) \
        and not any(a.para is not None and id(a.para) == planned[0].plan and a.kind == "explicit" for a in m.asks)


def _summed_items(doc: Document) -> tuple[Ask | None, int]:
    """A sentence that sums up what the 请示 put up as items it counts
    (以上两项费用，请县财政分别予以安排), when the writer does not say they
    serve one thing: its own word that it may have put up several."""
    pat = rx("closings", "summed")
    for p in body_paras(doc):
        for _, s in sentences(squash(p.text)):
            m = pat.search(s)
            if m:
                n = m.group("n") or m.group("s") or m.group("f")
                k = _count_of(n)
                if k >= 2:
                    return Ask(para=p, sentence=s, kind="closing", marker=clip(s[m.start():], 40), text=m.group(0)), k
    return None, 0


def _added_apart(m: Matter, doc: Document) -> Ask | None:
    """The one matter's first ask says it is made "also" (…，也一并报请县政府
    审定; 同时恳请…) though nothing was asked before it, and its sentence
    names nothing the title names (关于修订《…临时救助实施办法》的请示 and 将
    殡葬服务费用减免标准提高至…): the title's matter, which the body narrates
    and the closing puts up, and this one."""
    a = m.first
    # (not 项目建设除自筹…外，还需…: "besides", and the bare 项目 points back)
    if a.kind not in ("explicit", "coordinated") or not doc.title or a.backref:
        return None
    clause = re.split(r"[，,；;。]", a.before or "")[-1]
    if not re.search(r"(?:也|亦|还|同时|另)(?:一并|一同)?$", clause) or re.search(r"除[^。；;]*外[，,][^，,]*$", a.before or ""):
        return None
    title = specifics(squash(title_core(doc.title)).replace("《", "").replace("》", ""))
    own = _own(_key_words(a.sentence), issuer_words(doc))
    if not title or not own or overlap_informative(title, own):
        return None
    return a


def _declares_one(doc: Document, ms: list["Matter"]) -> bool:
    """Does the writer say, after its asks, that they all serve one named
    thing (以上均为提标改造工程实施所需), or call them one named plan (以上
    招聘方案当否) — and set none of them apart itself (附带请示一事、二、
    关于某项目…)? Headings that name only an aspect (二、关于资金安排) set
    nothing apart, nor do any headings once the writer names the purpose."""
    rows = {row["why"]: set(row["when"]) for row in vocab()["decide"] if row["then"] == "other"}
    purpose = _says_its_purpose(doc)
    for m in ms:
        when = rows.get(m.why, set())
        if "announces_another" in when:
            return False
        if "separate_sections" in when and _heading_words(m.first.section or "") and not purpose:
            return False
    if purpose == "after":
        return True
    if purpose == "ahead":
        # (…另外，县文化馆非遗展厅…约需经费48万元，也请一并安排 after 为保证
        # 如期开馆，现将…请示如下: nor a matter the writer turned to, whose
        # paragraph states a case of its own)
        # (…三、县职业中学现有汽修、电工实训工位…: nor one whose paragraph
        # opens on a body never named and states what it has now)
        return not any(m.elsewhere or (m.first.connective and "opens_own_case" in rows.get(m.why, set()))
                       or "case_of_a_new_body" in rows.get(m.why, set()) or m.new_body for m in ms)
    plan = rx("matters", "names_one_plan")
    for p in body_paras(doc):
        t = squash(p.text)
        if (d := plan.match(t)) and not re.search(r"[0-9两几各多些等]", d.group("what")) \
                and not d.group("what").startswith(("事项", "请示", "所述", "所列")):
            # (以上改建方案妥否，请批示；请县政府督促…拨付…: an ask after the
            # words that name the plan, in their paragraph — 以上 reaches
            # only what stands above it)
            if any(a.para is p and a.kind != "closing" and t.find(a.sentence.lstrip("，,")[:12]) >= d.end()
                   for m in ms for a in m.asks):
                return False
            # (not 以上调价方案，恳请县政府审定 after a paragraph asking land for
            # a charging station: the plan it names is not that matter's — a
            # matter whose paragraphs hold neither its key words nor, for a
            # short form, each of its characters)
            named = specifics(d.group("what"))
            if not named:
                # (以上改造方案，当否 after a matter of posts, and one whose
                # prelude laid out the renovation: a plan named by its act
                # alone is each matter's only where the body told that act
                # by the matter's own paragraphs — in a lead, a prelude or
                # its own text)
                said = [(p.index, squash(p.text)) for p in body_paras(doc)]
                return all(d.group("what") in "|".join(t for i, t in said if i <= max(
                    (a.para.index for a in m.asks if a.para is not None), default=i)) for m in ms)
            return all(any(w in m.texts or all(c in m.texts for c in w) for w in named) for m in ms)
    return False


# 以上/上述 summing bodies or places counted (上述6个村, 以上3所学校), not asks.
_SUMS_BODIES = re.compile(r"(?:以上|上述)[0-9一二两三四五六七八九十]+(?:个|所|家|户|座|处|名)?"
                          r"(?:村|镇|乡|社区|学校|企业|单位|户|家|人|乡镇|医院|卫生院)")


def _says_its_purpose(doc: Document) -> str:
    """Does the writer name the one thing all its asks serve, after them
    (以上事项均为确保1号教学楼加固工程顺利实施: "after") or ahead of them
    (为确保新馆如期开放，现将有关事项请示如下: "ahead")? That word outweighs
    its headings; said ahead, it does not reach an ask that states another
    body's own case."""
    one, ahead = rx("matters", "declares_one"), rx("matters", "declares_one_ahead")
    due = rx("matters", "declares_due_ahead")
    listed, summed = rx("matters", "declares_one_listed"), rx("matters", "declares_one_summed")
    said = ""
    for p in body_paras(doc):
        t = squash(p.text)
        d = one.search(t)
        if d and _SUMS_BODIES.match(d.group(0)):
            # (上述6个村均为偏远山区村: what the bodies or places told are,
            # described — not the asks said to serve one thing)
            d = None
        if ((d := d or listed.search(t) or summed.search(t)) and has_content(d.group("what"))):
            return "after"
        if (a := ahead.search(t) or due.search(t)) and not _counts_or_joins(a.group("lead")) \
                and not _a_kind_of_many(a.group("what") or ""):
            said = "ahead"
    return said


def _a_kind_of_many(what: str) -> bool:
    """Does ``what`` name a kind over a whole area (全市重点民生项目) — a
    scope, then words of a kind and a bare head, no name — rather than the
    one thing all the asks serve (新馆, 全县农民运动会)?"""
    scope = re.match(r"(?:全|我)[省市县区镇乡]", what)
    return bool(scope) and _names_a_head(what) and what.endswith(tuple(vocab()["matters"]["bare_heads"]))


def _counts_or_joins(lead: str) -> bool:
    """A lead-in that counts or joins what it puts up (两项, 以下几个事项, A和B)."""
    return bool(re.search(r"[0-9两二三四五六七八九十几多各]|以下|和|及|与|、", lead))


def _heading_words(section: str) -> frozenset[str]:
    """The words a section's heading names by itself (一、关于城南小学扩建。
    … → 城南小学, 扩建), none for an aspect (二、关于资金安排)."""
    head = re.split(r"[。：:]", section, maxsplit=1)[0]
    # (四、需省厅支持的其他方面: the superior asked names no thing of the
    # section's — every ask names one)
    superior = rx("markers", "superior")
    return frozenset(w for w in specifics(head) | _event_words(head) if not superior.fullmatch(w))


@lru_cache(maxsize=4)
def _row_whys(flag: str) -> frozenset[str]:
    """The reasons of the decision table's rows marked ``flag`` (``weak``,
    ``said``)."""
    return frozenset(r["why"] for r in vocab()["decide"] if r.get(flag))


def _fold_weak_splits(ms: list[Matter], asks: list[Ask]) -> list[Matter]:
    """One matter asked at length (``fold_min_asks`` asks or more), and every
    other matter set apart by a weak row only, with no turn of its own: the
    weak splits are further needs of that matter, and the matters are one
    (救护车、交通管制、医疗保障 for one race; 编制、经费、用房 for one new
    centre). A matter set apart by the writer's word, its own section or a
    use of its own stays apart, as does any that turned (另外、同时…)."""
    if len(ms) < 2:
        return ms
    # (三、请示事项 ‖ （一）同意…立项 ‖ （二）…补助 ‖ （三）…争取…资金: the
    # entries of one list under the heading of what is put up count as one
    # matter asked at length)
    listed = [a for m in ms for a in m.asks if a.kind == "entry"]
    one_list = len(listed) >= vocab()["matters"]["fold_min_asks"] and len({a.section for a in listed}) == 1 \
        and listed[0].section is not None and rx("matters", "asks_heading").search(listed[0].section) \
        and all(a.kind in ("entry", "closing") or a.section != listed[0].section for m in ms[1:] for a in m.asks)
    if max(len(m.asks) for m in ms) < vocab()["matters"]["fold_min_asks"] and not one_list:
        return ms
    # (…镇卫生院现有医生12人…，请县政府帮助解决医生周转房8套。‖我镇拟将…
    # 改建为…服务中心…: an ask in a paragraph before the one that states the
    # plan asked at length is no further need of that plan — not so before
    # an ask that asks for the needs of an occasion put up before it)
    big = max(ms, key=lambda m: len(m.asks))
    start = big.first.para.index if big.first.kind == "implicit" and big.first.para is not None else None
    # (一、急救车辆。拟更新… ‖ 二、驾驶员岗位。… ‖ 三、车载设备。拟随车同步配置…:
    # not when both are entries of one list — siblings, the plan no opening)
    sibling = lambda a: big.first.item is not None and a.item is not None  # noqa: E731
    if start is not None and any(m is not big and all(a.para is not None and a.para.index < start and not sibling(a)
                                                      for a in m.asks)
                                 for m in ms):
        return ms
    weak = _row_whys("weak")
    # (…并协调…给予业务指导。我县…两镇农村饮水安全巩固提升工程资金缺口380万元，
    # 请市级财政给予补助: nor one whose own sentence names a project of its
    # own in full, which the matter asked at length never told)
    folds = [m for m in ms[1:] if m.why in weak and not m.elsewhere and not m.new_body
             and not any(a.connective for a in m.asks) and not _tells_own_project(m.first, big)]
    if len(folds) == len(ms) - 1:
        return [_one_matter(ms, asks)]
    # (四、…请县编委为两所卫生院各增加编制 set apart by a use for another
    # body: that matter stays apart, and the weak splits before it — 二、车载
    # 设备 after 一、急救车辆 — are still further needs of the matter asked
    # at length, not matters of their own)
    at = {id(a): k for k, a in enumerate(asks)}
    folded = {id(m) for m in folds}
    first_strong = min(at[id(m.first)] for m in ms[1:] if id(m) not in folded)
    folded = {id(m) for m in folds if m is not big and all(at[id(a)] < first_strong for a in m.asks)}
    if not folded:
        return ms
    one = _one_matter([big, *(m for m in ms if id(m) in folded)], asks)
    return [one if m is big else m for m in ms if id(m) not in folded]


def _tells_own_project(b: Ask, m: Matter) -> bool:
    """Does the sentence of ``b``, before its marker, name a project in full
    (…两镇农村饮水安全巩固提升工程资金缺口…) by a thing ``m`` never told —
    not a pointer (该项目), not the bare head?"""
    # (the matter's text read only for a name found: a matter asked at length
    # is compared with every weak split)
    return _names_untold_works(b.before or "", lambda: _told_but_its_own(b, m))


def _names_untold_works(text: str, told: "str | Callable[[], str]") -> bool:
    """Does ``text`` name works in full (县城第二水厂扩建工程, …巩固提升工程) by
    a thing — past its places and its verbs — that ``told`` never names?"""
    for x in re.finditer(r"(?<![该此本述])([\u4e00-\u9fff]{2,16}?)(?:项目|工程)", text):
        # (the name is the run of nouns before the head, past the works done
        # — 水厂|扩建, 饮水安全|巩固|提升 — and not a verb that asks: 保障|项目
        # names no works)
        toks = _past_its_works(x.group(1), keep=_all_verbs())
        name = []
        # (…管网|二期: a phase, tagged as a word that tells kinds apart, is
        # part of the name as a number is)
        while toks and (_nominal(toks[-1][2]) or toks[-1][2] in ("m", "vn", "b")):
            name.append(toks.pop())
        nouns = [w for _, w, f in name if f[:1] in ("n", "j") and len(w) >= 2 and informative(w) and not _is_place(w)]
        if nouns:
            told = told() if callable(told) else told
            if not any(w in told for w in nouns):
                return True
    return False


def _one_matter(ms: list[Matter], asks: list[Ask]) -> Matter:
    """The asks of all ``ms`` as one matter, in the order they were asked."""
    at = {id(a): k for k, a in enumerate(asks)}
    one = Matter(asks=[])
    for a in sorted((a for m in ms for a in m.asks), key=lambda a: at[id(a)]):
        one.add(a)
    return one


def matters(doc: Document, places: Iterable[str] = ()) -> MatterReport:
    """The asks of a 请示 grouped into matters, and the title's joined parts."""
    from .segment import expect

    places = list(places)
    if _places.unknown(places):
        expect(places)
        add_places(places)  # before any cut: the same words whatever was read before
    found = find_asks(doc)
    asks = matter_asks(found)
    texts = [a.obj + a.before + a.context for a in asks] if len(asks) >= 2 else []
    expect(texts + [title_core(doc.title or "")])
    parts = title_matters(doc.title, issuer_words(doc))
    if len(asks) >= 2:
        title = doc.title if doc.title and not parts else ""
        topic_cache: list[frozenset[str]] = []

        def topic() -> frozenset[str]:
            if not topic_cache:
                topic_cache.append(specifics(title_core(title)) if title else frozenset())
            return topic_cache[0]

        bg_cache: list[frozenset[str]] = []

        def background() -> frozenset[str]:
            if not bg_cache:
                bg_cache.append(topic() | issuer_words(doc))
            return bg_cache[0]

        ms = group(asks, topic, background, lambda: issuer_words(doc), title=title_core(title) if title else "",
                   writer=lambda: tuple(issuer_names(doc)))
        if len(ms) >= 2 and _declares_one(doc, ms):
            # (以上事项均为卫生院综合楼项目建设所需: the writer's own word
            # that its asks serve one thing — as it may say one is apart)
            ms = [_one_matter(ms, asks)]
        if not _title_says_several(doc):
            # (关于举办全镇农民运动会等事项的请示: the writer's own word that
            # it puts up more than one matter — no split is folded back)
            ms = _fold_weak_splits(ms, asks)
    else:
        ms = []
        if asks:
            m = Matter(asks=[])
            m.add(asks[0])
            ms = [m]
    if parts and len(ms) < 2 and _plans_both(parts, asks, issuer_words(doc)):
        parts = []
    closing, count, cparts = _closing_matters(found)
    if closing is None:
        closing, count = _counted_matters(doc)
    summed, scount = (None, 0)
    added: Ask | None = None
    if len(ms) < 2 and not parts and count < 2 and not cparts and not _declares_one(doc, []) \
            and not (ms and _parts_of_one_plan(ms[0], doc)):
        summed, scount = _summed_items(doc)
        if summed is None and len(ms) == 1:
            added = _added_apart(ms[0], doc)
    return MatterReport(asks=asks, matters=ms, title_parts=parts, closing=closing, closing_count=count,
                        closing_parts=cparts, summed=summed, summed_count=scount, added_apart=added)


# ---------------------------------------------------------------- what the rules say
_CLASS_WORDS = {"decide": "批准或决定", "allocate": "安排、拨付或解决", "coordinate": "协调", "reply": "批复答复"}


def _cn_num(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 1 <= n <= 10 else str(n)


def asked_of(a: Ask) -> str:
    """Whom the ask is made of and what it asks, in a clerk's words
    (请县政府安排、拨付或解决; 以结语请上级批示)."""
    who = a.addressee or "上级"
    if a.kind == "closing":
        return f"以结语“{a.marker}”请{who}批示"
    if a.kind == "implicit":
        # (a plan under a heading naming it — 二、补贴方案 — not one said with 拟)
        said = f"在“{clip(a.written, 12)}”下" if a.marker == "方案" else f"以“{a.marker}”" if a.marker else "以“拟”"
        # (a need stated — 约需资金…, 缺口… — not a plan: 以“需”提出需要)
        what = "方案" if a.marker == "方案" or re.search("拟|计划|准备|打算|建议|考虑", a.marker or "拟") else "需要"
        return f"{said}提出{what}，由结语请{who}批准"
    if a.kind == "proposal":
        return f"提出由{a.addressee}承担（{a.vp[:8]}…）"
    # (the first verb of a class an ask is made with — not 执法 of 对我县乡镇
    # 执法装备购置给予补助, a verb inside what the preposition brings in)
    classed = frozenset().union(*verb_classes().values())
    verb = ""
    # (nor 增加 of 按每人每年增加6000元的标准提高待遇: the standard it goes
    # by, before the act)
    if a.vp:
        act = re.sub(r"^(?:按照?|依照|参照)[^，,。；;]{1,24}?(?:标准|规定|办法)", "", a.vp) or a.vp
        verb = next((w for _, w, _f in tokens(act) if w in classed), "") \
            or (a.verb or "" if a.kind != "explicit" or _skip_adverbs(a.vp).startswith(a.verb or "\0") else "")
    verb = verb if len(verb) <= 4 else ""
    what = verb or next((_CLASS_WORDS[c] for c in ("decide", "allocate", "coordinate", "reply") if c in a.classes),
                        "给予" if a.grant else "办理")
    kinds = "、".join(KIND_NAMES[k] for k in sorted(a.kinds) if k in KIND_NAMES and k != "procedure")
    ask = a.marker if a.marker in vocab()["markers"]["soft"] or a.marker in ("恳请", "请求", "提请", "报请") else "请"
    if a.marker == "申请":
        # (我县申请承办…运动会: the writer applies to do it — not 请上级承办)
        return f"向{who}申请{what}" + (f"，涉及{kinds}" if kinds else "")
    return f"{ask}{who}{what}" + (f"，涉及{kinds}" if kinds else "")


# How a writer says that all it asked serves one thing (the table's
# declares_one), offered to the clerk when the asks were read as several
ONE_MATTER_EXAMPLE = "以上事项均为××项目所需"


def _title_says_several(doc: Document) -> bool:
    """Does the title name one matter and say there are others (关于举办…
    运动会等事项的请示)?"""
    return bool(rx("titles", "several").search(title_core(doc.title or "")))


def split_is_sure(doc: Document, r: MatterReport) -> bool:
    """Did the writer set the matters apart in its own words, or is the split
    zgov's reading of the content? It is the writer's when the title joins
    two (…经费和增加编制) or says there are more (…等事项), the body or the
    closing counts or joins them (现就两个事项请示如下, 以上两项请示, 以上A和B
    事项当否), or a later matter was set apart by a row the decision table
    marks ``said``: its own heading (一、关于…), the writer's word that it is
    another (附带请示一事, 顺带…), numbered entries each headed by an
    occasion of its own. That is said as an error.

    Any other split rests on zgov's reading of what the asks are for — a
    turn (另外、同时), a paragraph on a case, a body or a plan of its own,
    another resource, a use never named before — and is said as a hint for
    the clerk to judge: 同时 joins the parts of one matter as often as two
    matters, a paragraph opening on a school or a police station may be one
    more need of the same event, and one body's posts and money are often
    one matter. On drafts written after each round's code was fixed (rounds
    53–56, 864 clean drafts), every false error came from such a reading,
    however it was corroborated (a turn to words never named, a paragraph on
    a body never named: 12 of 12), and none from the writer's own words."""
    if r.title_parts or r.closing_count >= 2 or r.closing_parts \
            or _title_says_several(doc):
        return True
    said = _row_whys("said")
    return any(m.why in said for m in r.matters[1:])


@dataclass
class Verdict:
    message: str
    evidence: str
    para: Paragraph | None
    sure: bool = True  # False: a hint (info) for the clerk to judge


def zg101(doc: Document, places: Iterable[str] = (), cite: str = "请示应当一文一事") -> Verdict | None:
    """The ZG101 verdict for a 请示: several matters (each quoted, with
    whom it asks what), or a title or closing that joins or counts them."""
    if doc.doc_type != "请示":
        return None
    r = matters(doc, places)
    art = cite  # how the profile names what is enforced
    if len(r.matters) >= 2:
        ev = "；".join(f"事项{_cn_num(i + 1)}：“{m.first.written_text}”" for i, m in enumerate(r.matters))
        who = "；".join(f"事项{_cn_num(i + 1)}{asked_of(m.first)}" for i, m in enumerate(r.matters))
        extra = f"标题也并列了“{r.title_parts[0]}”和“{r.title_parts[1]}”。" if r.title_parts else ""
        whys = "；".join(dict.fromkeys(m.why for m in r.matters[1:] if m.why))
        basis = f"判断依据：{whys}。" if whys else ""
        one = (f"若这些请求其实都为同一件事所需，请在正文写明（如“{ONE_MATTER_EXAMPLE}”），便于上级看清，"
               "本检查也按一个事项看待。")
        if not split_is_sure(doc, r):
            return Verdict(
                f"这件请示可能请示了{len(r.matters)}项不同事项：{who}。{basis}"
                "这一判断依据的是内容，不是作者自己的划分（标题、结语没有并列或计数这些事项，正文也没有分列“一、关于……”标题或写明“附带请示”），"
                f"可能只是同一件事的不同需要，请核对：确属不同事项的，按{art}的规定分别行文；{one}",
                ev, r.matters[1].first.para, sure=False)
        return Verdict(
            f"这件请示同时请示了{len(r.matters)}项不同事项：{who}。{basis}{extra}"
            f"按{art}的规定，不同事项应分别行文，以便上级分送办理、分别批复。请把各事项拆成单独的请示；{one}",
            ev, r.matters[1].first.para)
    if r.title_parts:
        return Verdict(
            f"请示标题把两项不同的请求并列：“{r.title_parts[0]}”和“{r.title_parts[1]}”。"
            f"按{art}的规定，一件请示只能请示一个事项。请分别行文，标题只写一个事项。",
            f"事项一：“{r.title_parts[0]}”；事项二：“{r.title_parts[1]}”", doc.title_paragraph())
    if r.closing is not None and (r.closing_count >= 2 or r.closing_parts):
        said = (f"并列了“{r.closing_parts[0]}”和“{r.closing_parts[1]}”" if r.closing_parts
                else f"写明是{r.closing_count}项")
        where = "结语" if r.closing.kind == "closing" and r.closing.vp else "正文"
        return Verdict(
            f"请示{where}“{r.closing.marker}”{said}，即一件请示请示了几个事项。"
            f"按{art}的规定，一件请示只能请示一个事项。请分别行文，每件请示只写一个事项。",
            clip(r.closing.marker, 80), r.closing.para)
    if r.added_apart is not None:
        return Verdict(
            f"请示正文“{clip(r.added_apart.written, 40)}”说是“也”“一并”请示的，但它讲的事标题没有提到："
            f"标题请示的是“{title_core(doc.title or '')}”，这里又请示了另一件事，可能请示了两个不同事项。"
            f"请核对：确属不同事项的，按{art}的规定分别行文；若是同一件事，请在正文写明二者的关系。",
            clip(r.added_apart.written, 80), r.added_apart.para, sure=False)
    if r.summed is not None and r.asks:
        return Verdict(
            f"请示正文“{r.summed.marker}”把所请示的内容算作{_cn_num(r.summed_count)}项，可能请示了几个不同事项。"
            f"请核对：确属不同事项的，按{art}的规定分别行文；若都为同一件事所需，请在正文写明"
            f"（如“以上{_cn_num(r.summed_count)}项均为××项目所需”），本检查也按一个事项看待。",
            clip(r.summed.written, 80), r.summed.para, sure=False)
    return None


def zg102(doc: Document, cite: str = "报告不得夹带请示事项", places: Iterable[str] = ()) -> list[Verdict]:
    """The ZG102 verdicts for a 报告: each sentence that asks the recipient
    to approve, decide, give, coordinate or reply."""
    add_places(places)  # as for ZG101: the same cuts whatever was read before
    out, seen = [], set()
    for a in report_requests(doc):
        key = (id(a.para), a.sentence)
        if key in seen:
            continue
        seen.add(key)
        quote = clip(a.written if a.kind != "closing" else a.marker, 40)
        out.append(Verdict(
            f"报告中夹带了请求事项：“{quote}”（{asked_of(a)}）。{cite}，上级对报告一般不作批复，这项请求得不到办理。"
            "请删去请求、以“特此报告”结尾；需要批准或解决的事项另行请示。",
            clip(a.written, 80), a.para))
    return out
