"""Flattened text → the lines of a 公文, before structure.

A copy from a web page or a paste into a plain field often loses every line
break: 版头, 发文字号, 标题, 主送, 正文, 署名, 成文日期, 附注 and 版记 arrive as
one run of text. This module cuts such a run back into lines by the grammar
of a 公文 (GB/T 9704-2012), never by the wording of particular documents:

* the title ends with a 文种 (…关于…的通知) and is followed by a 发文字号
  (``国发〔2019〕4号``, ``第706号``) or by a 主送 list that ends in ``：``;
* a 版头 before the title: marks ending in ``文件``, the 发文字号, ``签发人：``;
* the 成文日期 is a date that follows a sentence end and a 署名 (names of
  bodies or a leader's 职务 and name), or directly a sentence end;
* after the date: 附注 in brackets (``（此件公开发布）``), attached texts,
  and the 版记 (``抄送：``, ``…年…月…日印发``);
* in the 正文, a numbered heading (一、 （一） 1. and numbered articles) after a sentence end
  starts a new paragraph; ``附件：`` before the 署名 is the 附件说明.

:func:`resegment` returns the new paragraphs (each keeps the index of the
paragraph it came from, so locations still point at the file), or None when
the text does not read as a flattened 公文.
"""
from __future__ import annotations

from functools import lru_cache

from .data import load_toml
from .model import Paragraph
from .lazyre import lazy_re
from . import lazyre as lre

# a paragraph this long that holds the head of a 公文 and more is flattened
MIN_FLAT_CHARS = 80
# the head (版头, title, 文号, 主送) lies within this many characters
HEAD_SPAN = 400
MAX_TITLE_CHARS = 100
MAX_RECIPIENTS_CHARS = 320
MAX_SIGNATURE_CHARS = 60

_SENT_END = "。！？；!?;"
_CN = "〇零○ＯO一二三四五六七八九十"
_DATE = lazy_re(
    rf"(?:\d{{4}}|[０-９]{{4}}|[{_CN}]{{4}})[\s\u3000]*年[\s\u3000]*(?:\d{{1,2}}|[０-９]{{1,2}}|[{_CN}]{{1,3}})"
    rf"[\s\u3000]*月[\s\u3000]*(?:\d{{1,2}}|[０-９]{{1,2}}|[{_CN}]{{1,3}})[\s\u3000]*日"
)
# a 发文字号 that starts exactly here: 代字 (short), year in brackets, number
_NUMBER_AT = lazy_re(
    r"[\s\u3000]*(?P<num>[\u4e00-\u9fa5A-Za-z]{1,12}[\s\u3000]*[〔\[【［(（][\s\u3000]*(?:\d{4}|[〇○零一二三四五六七八九]{4})"
    r"[\s\u3000]*[〕\]】］)）][\s\u3000]*第?[\s\u3000]*(?:\d{1,5}|[〇○零一二三四五六七八九十百千]{1,6})[\s\u3000]*号)"
)
# a 令号 or a 纪要's 期数 under the title: 第706号, 第12期
_BARE_NUMBER_AT = lazy_re(r"[\s\u3000]*(?P<num>第\d{1,5}[号期])")
# a 发文字号 anywhere in the 版头
_NUMBER_IN = lazy_re(
    r"(?P<num>[\u4e00-\u9fa5A-Za-z]{1,16}[\s\u3000]*[〔\[【［][\s\u3000]*\d{4}[\s\u3000]*[〕\]】］][\s\u3000]*第?[\s\u3000]*\d{1,5}[\s\u3000]*号)"
)
_SIGNER = lazy_re(r"签[\s\u3000]*发[\s\u3000]*人[\s\u3000]*[：:]")
# words that end an organisation's name; the 代字 of a 发文字号 starts after
# the last of them in a 版头 run (``税务总局办公厅发改办财金规〔2019〕860号``)
_MARK_END = lazy_re(r"(?:文件|办公厅|办公室|人民政府|委员会|政府)")
_HEADING = lazy_re(
    r"(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)"
    r"|第[一二三四五六七八九十百]{1,4}[条章]))"
)
_NOTE = lazy_re(r"[（(](?P<inner>[^（）()]{2,60})[）)]")
_CC = lazy_re(r"(?:抄[\s\u3000]*送|抄[\s\u3000]*报)[\s\u3000]*[：:]")
# 附件说明 (also written without its colon: 附件1.…, which ZG307 reports)
_ATTACH = lazy_re(r"附[\s\u3000]*件?[\s\u3000]*[：:]|附[\s\u3000]*件(?=[\s\u3000]*[1１][.．、])")
# what a web page leaves of its markup (&nbsp; written as &sp;)
_ENTITY = lazy_re(r"&[a-zA-Z]{2,8};")


# The structure reader's own judgements (is this a 主送, an organisation, a
# leader's 署名; the 文种 of a title) are what this module cuts by. structure
# passes itself in (it imports this module, so this module cannot import it):
# the entry points set it for the duration of a call.
_GRAMMAR = None


def _structure():
    if _GRAMMAR is None:
        raise RuntimeError("resegment: call resegment()/segment_text() with the structure module as grammar")
    return _GRAMMAR


@lru_cache(maxsize=1)
def _title_endings() -> tuple[str, ...]:
    """Every word a title may end with: the 文种, their aliases (复函, 会议纪要)
    and the invalid endings ZG303 reports (方案, 汇报)."""
    v = load_toml("structure.toml")
    return tuple(v["doc_types"]) + tuple(v["aliases"]) + tuple(v["invalid_endings"])


def _title_end(s: str, start: int) -> tuple[int, int, str] | None:
    """(end of the title, end of what confirms it, kind) for the first place
    after ``start`` where a 文种 ending is followed by a 发文字号 or a 主送."""
    st = _structure()
    endings = _title_endings()
    limit = min(len(s), start + HEAD_SPAN)
    # a 发文字号 or a 主送 confirms a title; a form's field under it only
    # when nothing else does (a web page's 标题：… 发文字号：… table repeats
    # the title that the document then gives with its own 文号)
    for pass_ in ("number_or_recipients", "form"):
        for e in range(start + 2, limit + 1):
            if s[e - 1].isspace():
                continue
            head = st.squash(s[start:e])
            if lre.search(f"[{_SENT_END}]", head):
                break
            if not any(head.endswith(x) for x in endings) or _inside_brackets(head):
                continue
            dtype, problem = st.title_doc_type(head)
            if not (dtype or problem):
                continue
            if pass_ == "form":
                f = _form_field_at(s, e)
                if f is not None:
                    return e, f, "form"
                continue
            m = _number_at(s, e)
            if m:
                return e, m[1], "number"
            r = _recipients_at(s, e)
            if r is not None:
                return e, r, "recipients"
    # a document with neither 发文字号 nor 主送 (a 年度报告): its title, at the
    # very start, ends with a 文种 and the first sentence follows
    # (at the very start, or right after a 版头: a 公告, a 决定 without 主送)
    for e in range(start + 4, min(len(s), start + MAX_TITLE_CHARS) + 1):
        head = st.squash(s[start:e])
        if lre.search(r"[。！？；，：:,;!?]", head):
            break
        if _inside_brackets(head):
            continue
        dtype, _ = st.title_doc_type(head)
        nxt = s[e:e + 1]
        # (a 题注 may follow: （2025年1月10日…会议通过）)
        cap = lre.match(r"[（(][^（）()]{4,80}[）)]", s[e:])
        if cap and st._is_caption_date(cap.group(0)):
            nxt = "正"
        if dtype and nxt and not lre.match(r"[\s\u3000（(》”]", nxt) and len(head) >= 8 \
                and lre.search(f"[{_SENT_END}]", s[e:e + 300]):
            return e, e, "body"
    # a title without a 文种 word (…对…建议的答复) still stands right before
    # the 发文字号 of a web copy
    for e in range(start + 4, limit + 1):
        head = st.squash(s[start:e])
        if lre.search(f"[{_SENT_END}：:，,]", head) or len(head) > MAX_TITLE_CHARS:
            break
        if _inside_brackets(head) or head.count("（") > head.count("）"):
            continue
        m = _number_at(s, e)
        if m and lre.search(r"关于|的", head):
            return e, m[1], "number"
    return None


def _after_header_rule(s: str) -> int:
    """Where a title may start after a 版头 that ends with a rule line
    (``泽政发〔2025〕19号━━━━``, ``…★``): after the rule, else 0."""
    st = _structure()
    m = lre.search(f"(?:{_NUMBER_IN.pattern})[\\s\\u3000]*(?P<rule>{st.vocab()['_separator'].pattern})", s[:200])
    return m.end() if m else 0


def _inside_brackets(head: str) -> bool:
    """A title cannot end inside 《…》 or “…” (…审议《…调整方案》的议案)."""
    return head.count("《") > head.count("》") or head.count("“") > head.count("”")


def _number_at(s: str, pos: int) -> tuple[str, int] | None:
    """(发文字号, its end) when one starts at ``pos``. Its 代字 is a short code:
    never a phrase with 的 (``…方案的通知国发〔2019〕4号`` is title + number)."""
    m = _NUMBER_AT.match(s, pos) or _BARE_NUMBER_AT.match(s, pos)
    if not m:
        return None
    num = m.group("num")
    code = lre.split(r"[\s\u3000]*[〔\[【［(（]", num)[0]
    if "的" in code or "关于" in code:
        return None
    return num.strip(), m.end()


def _recipients_at(s: str, pos: int) -> int | None:
    """The end (after its colon) of a 主送 starting at ``pos``, or None."""
    st = _structure()
    m = lre.compile(r"[：:]").search(s, pos, min(len(s), pos + MAX_RECIPIENTS_CHARS))
    if not m:
        return None
    cand = s[pos:m.end()].strip()
    if len(cand) < 3 or lre.search(f"[{_SENT_END}〔〕《》]", cand) or _NUMBER_IN.search(cand):
        return None
    if cand.startswith(("的", "》", "”")) or cand.startswith(_title_endings()):
        return None  # the rest of a title (…意见的复函), not an addressee
    if _form_field_at(s, pos):
        return None  # 填报日期：2025年5月6日 is a form's field, not an addressee
    if st._is_recipients(cand) or _is_person_recipients(cand) or st._is_addressee_line(cand):
        return m.end()
    return None


_FORM_FIELD = lazy_re(r"[\s\u3000]*[\u4e00-\u9fa5]{2,6}[：:][\s\u3000]*")


def _form_field_at(s: str, pos: int) -> int | None:
    """The end of a form's field starting at ``pos`` (a short label, a colon
    and a date: ``填报日期：2025年5月6日``), or None."""
    m = _FORM_FIELD.match(s, pos)
    if not m:
        return None
    d = _DATE.match(s, m.end()) or _NUMBER_AT.match(s, m.end())
    return d.end() if d else None


def _is_person_recipients(cand: str) -> bool:
    """``王超斌委员：``, ``马万祺副主席：``, ``邓乃扬、韩汝琦委员：``: people
    addressed by their office (a reply to a 提案 or 建议)."""
    st = _structure()
    body = st.squash(cand)[:-1]
    return bool(lre.fullmatch(r"(?:[\u4e00-\u9fa5]{2,4}、)*[\u4e00-\u9fa5]{2,4}等?(?:委员|代表|主席|副主席|同志|先生|女士)", body)) \
        and len(body) <= 40


def _signer_names_end(text: str, head: str) -> int:
    """Where the names after ``签发人：`` end and the title begins: at its
    关于, or at the issuer the 版头 names (``××县教育局文件`` → ××县教育局…),
    else after names spaced apart or one name of two or three characters."""
    st = _structure()
    names = [lre.sub(r"文件$", "", st.squash(m)) for m in _split_marks(head) if st.squash(m).endswith("文件")]
    # a joint 版头 (A　B文件): each body's name may begin the title
    names += [x for m in names for x in (st.split_joint_issuers(m) or [])]
    starts = [text.find("关于")] + [text.find(n) for n in names if n]
    starts = [i for i in starts if 2 <= i <= 30]
    if starts:
        return min(starts)
    m = lre.match(r"[\s\u3000]*(?:[\u4e00-\u9fa5]{2,3}[\s\u3000]+){1,4}", text)
    if m:
        return m.end()
    m = lre.match(r"[\s\u3000]*[\u4e00-\u9fa5]{2,3}", text)
    return m.end() if m else 0


# 版头 marks before the 发文机关标志: 份号, 密级 (and 保密期限), 紧急程度
_HEAD_MARKS = lazy_re(
    r"^[\s\u3000]*(?P<copy>[0-9０-９]{6})?[\s\u3000]*(?P<secrecy>(?:绝密|机密|秘密)(?:[★☆][0-9０-９一二三四五六七八九十]+年)?)?"
    r"[\s\u3000]*(?P<urgency>特急|加急|特提|平急)?"
)


def _split_head(text: str) -> list[str]:
    """The 版头 before the title: issuer marks (``…文件``), 发文字号, 签发人."""
    st = _structure()
    out: list[str] = []
    t = text.strip()
    m = _NUMBER_IN.search(t)
    if m:
        num = m.group("num")
        # the 代字 starts after the last name ending in the run before the bracket
        lead = lre.split(r"[〔\[【［]", num)[0]
        ends = list(_MARK_END.finditer(lead))
        cut = m.start() + (ends[-1].end() if ends else 0)
        before, number, after = t[:cut], t[cut:m.end()], t[m.end():]
        out.extend(_split_marks(before))
        signer = _SIGNER.search(after)
        if signer:
            out.append(number.strip())
            out.append(after.strip())
        else:
            sm = _SIGNER.search(before)
            if sm and not out:
                out.append(before.strip())
            out.append(number.strip())
            if after.strip():
                out.extend(_split_marks(after))
        return [x for x in out if st.squash(x)]
    return _split_marks(t)


def _split_marks(text: str) -> list[str]:
    """Issuer marks run together: ``A办公厅文件B办公厅`` → [A办公厅文件, B办公厅];
    份号, 密级 and 紧急程度 in front of them each a line of its own."""
    out: list[str] = []
    m = _HEAD_MARKS.match(text)
    if m and m.end() > 0:
        out.extend(x for x in (m.group("copy"), m.group("secrecy"), m.group("urgency")) if x)
        text = text[m.end():]
    parts = lre.split(r"(?<=文件)|[\s\u3000]{2,}", text)
    return out + [p.strip() for p in parts if p and p.strip()]


def _split_body(text: str) -> list[str]:
    """The 正文: a new paragraph where a numbered heading follows a sentence end."""
    pieces: list[str] = []
    start = 0
    for m in lre.finditer(f"[{_SENT_END}：:]", text):
        nxt = m.end()
        if nxt < len(text) and _HEADING.match(text, nxt):
            pieces.append(text[start:nxt])
            start = nxt
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def _signature_ok(sig: str, title_issuers: list[str]) -> list[str] | None:
    """The 署名 lines of a run between a sentence end and a date, or None."""
    st = _structure()
    s = _ENTITY.sub(" ", sig).strip()
    if not s:
        return []
    if len(st.squash(s)) > MAX_SIGNATURE_CHARS or lre.search(r"[，,：:（）()《》“”]", s):
        return None
    if st.is_leader_signature(s):
        return [s]
    parts = [p for p in lre.split(r"[\s\u3000]+", s) if p]
    if all(st._looks_like_org(p) for p in parts):
        if len(parts) == 1:
            joint = _split_same_kind(parts[0])
            return joint or parts
        return parts
    # a leader's 职务 and name with spaces inside: 总理　　李克强
    if st.is_leader_signature(lre.sub(r"[\s\u3000]+", "　", s)):
        return [s]
    return None


def _split_same_kind(name: str) -> list[str] | None:
    """``国家发展改革委办公厅税务总局办公厅``: names of the same kind of body
    run together (their line break lost) → each name."""
    st = _structure()
    for suffix in ("办公厅", "办公室", "人民政府", "委员会"):
        if name.count(suffix) >= 2 and name.endswith(suffix):
            pieces = [p + suffix for p in name.split(suffix) if p]
            if all(st._looks_like_org(p) and len(p) > len(suffix) for p in pieces):
                return pieces
    return None


def _find_date(s: str, start: int, title_issuers: list[str]) -> tuple[int, int, int, list[str]] | None:
    """(signature start, date start, date end, signature lines) of the 成文日期."""
    for m in _DATE.finditer(s, start):
        before = s[start:m.start()]
        k = max(before.rfind(c) for c in _SENT_END)
        if k < 0:
            continue
        region = before[k + 1:]
        region_start = start + k + 1
        # a bracketed note that closes the last sentence: …。（农业农村部等负责）
        pm = lre.match(r"[\s\u3000]*[（(][^（）()]{1,80}[）)]", region)
        if pm:
            region, region_start = region[pm.end():], region_start + pm.end()
        if _ATTACH.match(region.strip()):
            # 附件说明 between the body and the 署名: the 署名 repeats the
            # issuer the title names
            r = region.rstrip()
            for org in title_issuers:
                if r.endswith(org) and len(r) > len(org):
                    return region_start + len(r) - len(org), m.start(), m.end(), [org]
            # else the longest ending of the run that names a known kind of
            # body (…计划表国家教委 → 国家教委)
            from .analysis import orgs as _orgs

            for j in range(max(0, len(r) - MAX_SIGNATURE_CHARS // 3), len(r) - 1):
                if _orgs.classify(r[j:]) != _orgs.OTHER:
                    return region_start + j, m.start(), m.end(), [r[j:]]
            continue
        sig = _signature_ok(region, title_issuers)
        if sig is None:
            continue
        # a bare date after a sentence end is the 成文日期 only where the
        # document ends or its 附注/版记 follow
        if not sig and not _ends_main_part(s, m.end()):
            continue
        return region_start, m.start(), m.end(), sig
    return None


def _ends_main_part(s: str, pos: int) -> bool:
    st = _structure()
    rest = s[pos:].lstrip()
    if not rest or _CC.match(rest):
        return True
    m = _NOTE.match(rest)
    return bool(m and any(k in m.group("inner") for k in st.vocab()["note_keywords"]))


def _split_tail(text: str) -> list[str]:
    """After the 成文日期: 附注, attached texts, and the 版记 at the end."""
    st = _structure()
    out: list[str] = []
    t = text.strip()
    while True:
        m = _NOTE.match(t)
        if m and any(k in m.group("inner") for k in st.vocab()["note_keywords"]):
            out.append(m.group(0))
            t = t[m.end():].strip()
            continue
        break
    tail: list[str] = []
    pm = lre.search(rf"(?P<line>[^。！？；：:]{{0,40}}?{_DATE.pattern}[\s\u3000]*印[\s\u3000]*发)$", t)
    if pm:
        line = pm.group("line")
        tail.insert(0, line)
        t = t[:pm.start()].strip()
    cm = None
    for cm in _CC.finditer(t):
        pass
    if cm is not None and len(t) - cm.start() <= 300:
        tail.insert(0, t[cm.start():].strip())
        t = t[:cm.start()].strip()
    if t:
        out.extend(_split_body(t))
    return out + tail


def segment_text(s: str, grammar) -> list[str] | None:
    """The lines of one flattened run of text, or None when no title is found.
    ``grammar`` is the structure module (its judgements of titles, 主送,
    organisations and 署名)."""
    global _GRAMMAR
    outer, _GRAMMAR = _GRAMMAR, grammar
    try:
        return _segment_text(s)
    finally:
        _GRAMMAR = outer


def _segment_text(s: str) -> list[str] | None:
    st = _structure()
    # markup residue (&sp;) is blank space, not a sentence end
    s = _ENTITY.sub(lambda m: " " * len(m.group(0)), s)
    if len(st.squash(s)) < MIN_FLAT_CHARS:
        return None
    found = None
    # the title starts after a 版头 (ending in a 发文字号 or 签发人) if there is one
    start = _after_header_rule(s)
    for attempt in range(2):
        found = _title_end(s, start) or (_title_end(s, 0) if start else None)
        if found is not None and start and found[0] <= start:
            found = None
        if found is None:
            return None
        e, confirm, kind = found
        head = s[start:e]
        nm = None
        for nm in _NUMBER_IN.finditer(head):
            pass
        if nm is None or attempt:
            break
        # a 发文字号 inside the candidate: the title starts after it (and
        # after a 签发人 line that follows it)
        cut = start + nm.end()
        sg = _SIGNER.search(s, cut, e)
        if sg:
            cut = sg.end() + _signer_names_end(s[sg.end():e], s[:sg.start()])
        start = cut
    e, confirm, kind = found
    # a web page's table of facts in front (…发布日期：2019年01月25日): the
    # title starts after its last dated or numbered field
    last = None
    for last in lre.finditer(rf"[\u4e00-\u9fa5]{{2,6}}[：:][\s\u3000]*(?:{_DATE.pattern}|{_NUMBER_IN.pattern})", s[start:e]):
        pass
    if last is not None:
        start += last.end()
    # a page's breadcrumb or label in front (当前位置：首页>政策文件>…,
    # 发布日期：2019-01-25…): a title holds no colon or path separator, and
    # does not begin with digits
    cut = None
    for cut in lre.finditer(r"[：:>＞|｜/／»]", s[start:e]):
        pass
    if cut is not None:
        start += cut.end()
    lead = lre.match(r"[\s\u30000-9０-９\-－./年月日]*(?=[\u4e00-\u9fa5])", s[start:e])
    if lead and lead.end() and not lre.match(r"\d{4}年", s[start:e]):
        start += lead.end()
    title_start = start
    # labels of a web page or a 版头 in front of the title
    head_text = s[:title_start]
    pre = s[title_start:e]
    # a 版头 mark before the title without a 发文字号: ``…文件`` ends it
    fm = None
    for fm in lre.finditer("文件", pre):
        pass
    # (``…关于全面推行行政规范性文件合法性…`` is a title that says 文件)
    if fm is not None and fm.end() < len(pre) - 4 and "关于" not in pre[:fm.start()]:
        head_text = s[:title_start + fm.end()]
        pre = pre[fm.end():]
    lines: list[str] = []
    if head_text.strip():
        lines.extend(_split_head(head_text))
    # a status mark or a separator in front of the title: lines of their own
    while True:
        lm = lre.match(r"[\s\u3000]*(?P<mark>[（(【\[][^（）()【】\[\]]{1,8}[）)】\]]|代拟稿|征求意见稿|[★☆※◆◇●■▲]+)", pre)
        if not lm or not (st.status_mark(lm.group("mark")) or st.is_separator(lm.group("mark"))):
            break
        lines.append(lm.group("mark"))
        pre = pre[lm.end():]
    title = pre.strip()
    if not title or len(st.squash(title)) > MAX_TITLE_CHARS:
        return None
    lines.append(title)
    pos = e
    if kind == "number":
        num, pos = _number_at(s, pos)
        lines.append(num)
        r = _recipients_at(s, pos)
        if r is not None:
            lines.append(s[pos:r].strip())
            pos = r
    elif kind == "recipients":
        lines.append(s[pos:confirm].strip())
        pos = confirm
    elif kind == "form":
        # a 签报's fields under its title, then its 主送
        while (f := _form_field_at(s, pos)) is not None:
            lines.append(s[pos:f].strip())
            pos = f
        r = _recipients_at(s, pos)
        if r is not None:
            lines.append(s[pos:r].strip())
            pos = r
    if kind in ("number", "body") and st.title_doc_type(title)[0] == "纪要":
        pos = _jiyao_head(s, pos, lines)
    # a 题注 under a 决议/公报 title: （2025年1月10日…会议通过）
    cap = lre.match(r"[\s\u3000]*[（(][^（）()]{4,80}[）)]", s[pos:])
    if cap and st._is_caption_date(cap.group(0).strip()):
        lines.append(cap.group(0).strip())
        pos += cap.end()
    # the names the 署名 may repeat: the title's issuer, the 版头's marks
    title_issuers = st._issuers_from_title(title) + [
        lre.sub(r"文件$", "", st.squash(x)) for x in lines[:-1] if st.squash(x).endswith("文件")
    ]
    d = _find_date(s, pos, title_issuers)
    if d is None:
        lines.extend(_split_tail_no_date(s[pos:]))
        return lines
    sig_start, d0, d1, sig = d
    body = s[pos:sig_start]
    att = None
    for att in _ATTACH.finditer(body):
        pass
    if att is not None and not lre.search(f"[{_SENT_END}]", body[att.end():].rstrip("。")):
        lines.extend(_split_body(body[:att.start()]))
        lines.append(body[att.start():].strip())
    else:
        lines.extend(_split_body(body))
    lines.extend(sig)
    lines.append(s[d0:d1].strip())
    lines.extend(_split_tail(s[d1:]))
    return [x for x in lines if x.strip()]


def _jiyao_head(s: str, pos: int, lines: list[str]) -> int:
    """A 纪要's head after its 期数: the office and date, then a subject
    title (关于…的会议纪要) under the 纪要标志. Appends the lines it reads."""
    st = _structure()
    m = lre.compile(rf"[\s\u3000]*(?P<org>[\u4e00-\u9fa5]{{2,30}}?)[\s\u3000]*(?P<date>{_DATE.pattern})").match(s, pos)
    if m and st._looks_like_org(m.group("org")):
        lines.append(s[pos:m.end()].strip())
        pos = m.end()
    for e in range(pos + 4, min(len(s), pos + MAX_TITLE_CHARS) + 1):
        head = st.squash(s[pos:e])
        if lre.search(f"[{_SENT_END}，：:]", head):
            break
        if "关于" in head and st.title_doc_type(head)[0] == "纪要" and not s[e:e + 1].isspace():
            lines.append(s[pos:e].strip())
            return e
    return pos


def _split_tail_no_date(text: str) -> list[str]:
    """No 成文日期 found: the 正文 and a 版记 at the end."""
    return _split_tail(text)


# the head of a flattened document is in one of its first paragraphs (a
# pdf's first paragraph may hold title and body when no line ended a sentence)
HEAD_PARAGRAPHS = 3


def resegment(paras: list[Paragraph], grammar) -> list[Paragraph] | None:
    """New paragraphs for a document whose head (and maybe all of it) runs
    together in one paragraph, or None if no 公文 head is found that way.
    ``grammar``: the structure module (see :func:`segment_text`)."""
    out: list[Paragraph] = []
    recovered = False
    for i, p in enumerate(paras):
        lines = (segment_text(p.text, grammar) if i < HEAD_PARAGRAPHS and len(p.text) >= MIN_FLAT_CHARS
                 and not recovered else None)
        if not lines or len(lines) < 3:
            out.append(p)
            continue
        recovered = True
        for line in lines:
            out.append(Paragraph(text=line, index=p.index, page=p.page, in_table=p.in_table))
    return out if recovered else None
