"""Paragraphs → :class:`Document`: the parts of a 公文 (GB/T 9704-2012).

Works from the title down when there is no 版头 (a draft), with the 文号
under the title (a web copy), and with attached texts after the 成文日期 (a
通知 that 印发/转发 another document).
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache

from .analysis import orgs as _orgs
from .analysis.dates import parse_cn_date
from .analysis.numerals import CN_DIGITS, OCR_ZEROS
from .analysis.orgs import split_orgs
from .analysis.text import squash
from .analysis.titles import split_title_mark, title_doc_type
from .config import Config
from .counting import count_hanzi, count_words
from .data import load_toml
from .analysis.items import inline_items
from .model import Document, Paragraph, RawDocument
from .resegment import resegment
from .lazyre import lazy_re
from . import lazyre as lre

ROLES = (
    "copy_number", "secrecy", "urgency", "issuer_mark", "doc_number", "signer",
    "title", "recipients", "body", "attachment", "signature", "date", "note",
    "attachment_body", "cc", "printer", "separator", "other", "title_mark", "attendance",
    "meta",  # a web page's table of facts above the document (发文机关：…, 来源：…)
)

_CN_NUM = CN_DIGITS + OCR_ZEROS + "十"
_DATE_CORE = (
    rf"(?:\d{{4}}|[０-９]{{4}}|[{_CN_NUM}]{{4}})\s*年\s*(?:\d{{1,2}}|[０-９]{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月"
    rf"\s*(?:\d{{1,2}}|[０-９]{{1,2}}|[{_CN_NUM}]{{1,3}})\s*日"
)
DATE_LINE = lazy_re(rf"^{_DATE_CORE}$")
# a date line written wrongly: a two-digit year, or 2025.7.18 / 2025-7-18
LOOSE_DATE = lazy_re(
    r"^(?:[0-9０-９]{2}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|(?:19|20)\d{2}([.\-/．－／])\d{1,2}\1\d{1,2}日?)$"
)
PRINT_LINE = lazy_re(rf"^(?P<org>.*?)\s*(?P<date>{_DATE_CORE})\s*印\s*发$")
# 发文字号: 机关代字 + 年份 in any bracket + 序号 + 号 (malformed ones too, so
# that ZG301 can report them).
# Chinese numerals in the year (〔二〇二五〕) or the number (六十七号) too.
_CN_DIGITS = CN_DIGITS
DOC_NUMBER = lazy_re(
    r"(?P<num>[\u4e00-\u9fa5A-Za-z]{1,16}\s*(?:[〔\[【（(［]\s*(?:\d{2,4}|["
    + _CN_DIGITS
    + r"]{2,4})\s*[〕\]】）)］]|\d{4})\s*第?\s*(?:[0-9０-９]+|["
    + _CN_DIGITS
    + r"十百千]{1,6})\s*号)"
)
# a 纪要's number under its title: 〔2025〕23号, 第23期
BARE_NUMBER = lazy_re(r"^(?:[〔\[【（(]\d{4}[〕\]】）)]第?\d{1,4}[号期]|第\d{1,4}期)$")
# the copy count under the 版记: （共印50份）
PRINT_COUNT = lazy_re(r"^[（(]?(?:共印|印数[：:]?)\s*\d+\s*份[）)]?$")
SIGNER = lazy_re(r"签\s*发\s*人\s*[：:]\s*(?P<names>.+)$")
COPY_NUMBER = lazy_re(r"^(?:份号[：:]?)?\s*[0-9０-９]{1,6}$")
ATTACH = lazy_re(r"^附\s*件\s*[：:]\s*(?P<rest>.*)$")
ATTACH_ITEM = lazy_re(r"^\s*(?:[0-9０-９]{1,2}\s*[.．、]|[（(][0-9０-９]{1,2}[）)])\s*(?P<name>.+)$")
CC = lazy_re(r"^(?:抄\s*送|抄\s*报)\s*[：:]\s*(?P<rest>.*)$")
# 主送 moved to the 版记 (GB/T 9704 7.3.2 / 8.1: too many 主送机关)
MAIN_TO = lazy_re(r"^主\s*送\s*[：:]\s*(?P<rest>.*)$")
NOTE_PAREN = lazy_re(r"^[（(](?P<inner>.+)[）)]$")
SENT_END = lazy_re(r"[。！？；]")
# punctuation a clerk may leave at the end of a title line (ZG309)
_TITLE_TRAIL = "。！？；，、!?;,. \u3000"
# A title is two or three lines; a pdf may wrap each of them once more.
MAX_TITLE_LINES = 5
# Markdown heading markers (``# 标题`` in a .md draft).
MD_HEADING = lazy_re(r"^#{1,6}\s+")


@lru_cache(maxsize=1)
def vocab() -> dict:
    v = load_toml("structure.toml")
    v["_comprehensive"] = [lre.compile(p) for p in v["report_kind"]["comprehensive_patterns"]]
    v["_separator"] = lre.compile(f"[{re.escape(v['separator_chars'])}]+")
    fill = re.escape(v["blank_date_fillers"])
    # a month may already be filled in while the day is not: 2026年1月　日
    v["_blank_date"] = lre.compile(
        rf"^(?:\d{{4}}|[０-９]{{4}}|[{_CN_NUM}]{{4}})?年(?:[{fill}]*月|(?:\d{{1,2}}|[{_CN_NUM}]{{1,2}})月(?=[{fill}]*日$))[{fill}]*日$"
    )
    units = "".join(v["meeting_number_units"])
    num = rf"[0-9０-９{_CN_NUM}百]{{1,6}}"
    v["_meeting_number"] = lre.compile(
        rf"^(?:(?:[〔\[【（(]\d{{4}}[〕\]】）)]|\d{{4}}年)第?{num}[{units}]|第{num}[{units}])$"
    )
    titles = "|".join(sorted(map(re.escape, v["signature_titles"]), key=len, reverse=True))
    v["_leader_signature"] = lre.compile(rf"^(?:{titles})(?:[：:][\s\u3000]*|[\s\u3000]+)[\u4e00-\u9fa5][\s\u3000]?[\u4e00-\u9fa5]{{1,3}}$")
    return v


def is_separator(text: str) -> bool:
    """A line of rule/symbol characters only (``★``, ``——``)."""
    s = squash(text)
    return bool(s) and bool(vocab()["_separator"].fullmatch(s))


def is_blank_date(text: str) -> bool:
    """A 成文日期 left blank in a draft: ``2025年　月　日``, ``年　月　日``."""
    return bool(vocab()["_blank_date"].match(squash(text)))


def is_leader_signature(text: str) -> bool:
    """A 署名 that is a leader's 职务 and name (``县长　张国栋``, ``局长：张三``):
    a 议案 or 命令 is signed by the leader (GB/T 9704 §10.2)."""
    return bool(vocab()["_leader_signature"].match(text.strip()))


def is_meeting_number(text: str) -> bool:
    """A 纪要's 期数 line under its title: ``第63次``, ``〔2025〕23号``, ``第12期``."""
    return bool(vocab()["_meeting_number"].match(squash(text)))


def person_names(text: str, max_names: int = 4) -> list[str] | None:
    """The personal names on a 签发人 line (``赵志刚　刘秀英``, ``王　磊``: a
    two-character name is spaced out to align with three-character ones), or
    None when the text is not only names."""
    tokens = [t for t in lre.split(r"[\s\u3000、，,]+", text.strip()) if t]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if len(t) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            t += tokens[i + 1]
            i += 1
        if not lre.fullmatch(r"[\u4e00-\u9fa5]{2,4}", t) or t in vocab()["doc_types"] or t.endswith("文件"):
            return None
        names.append(t)
        i += 1
    return names if 0 < len(names) <= max_names else None


def _signer_lines(paras: list[Paragraph], limit: int = 15) -> dict[int, list[str]]:
    """Index → names of each 签发人 line and of the lines that continue it
    (GB/T 9704 7.2.5: several 签发人 wrap onto further lines, two names a
    line, aligned under the first; the 发文字号 may share the last line)."""
    out: dict[int, list[str]] = {}
    n = min(len(paras), limit)
    for i in range(n):
        m = SIGNER.search(paras[i].text)
        if not m:
            continue
        names = person_names(m.group("names"))
        out[i] = names if names is not None else [
            x for x in lre.split(r"[\s\u3000、，,]+", m.group("names").strip()) if x
        ]
        j = i + 1
        while j < n:
            rest = paras[j].text
            num = DOC_NUMBER.search(squash(rest))
            if num:
                rest = rest.replace(num.group("num"), "") if num.group("num") in rest else lre.sub(
                    r"^.*?号", "", rest.strip())
            more = person_names(rest, 2) if squash(rest) else None
            if not more:
                break
            out[j] = more
            j += 1
        break
    return out


def status_mark(text: str) -> str | None:
    """A line that is only a status mark (``（征求意见稿）``, ``代拟稿``)."""
    s = squash(text)
    m = lre.fullmatch(r"[（(【\[]?(?P<mark>[^（）()【】\[\]]{1,8}?)[）)】\]]?", s)
    if m and any(m.group("mark") == w or m.group("mark").endswith(w) and w.endswith("稿")
                 for w in vocab()["title_suffixes"]):
        return m.group("mark")
    return None


def is_date_line(text: str) -> bool:
    return bool(DATE_LINE.match(squash(text)))


def _looks_like_org(s: str, max_len: int = 40) -> bool:
    s = squash(s)
    if not s or len(s) > max_len or SENT_END.search(s) or lre.search(r"[，,：:]", s):
        return False
    if _orgs.classify(s) != _orgs.OTHER:
        return True
    return any(s.endswith(suf) for suf in vocab()["org_suffixes"])


def _is_recipients(text: str) -> bool:
    s = text.strip()
    if not lre.search(r"[：:]$", s):
        return False
    body = squash(s)[:-1]
    if not body or len(body) > 300 or SENT_END.search(body):
        return False
    if lre.search(r"(如下|通知|报告|批复|请示|意见|决定|内容|：.)$", body) and not _looks_like_org(body):
        return False
    pieces = split_orgs(body)
    if any(_is_clause(p) for p in pieces):
        return False
    return all(_looks_like_org(p, 90) or len(p) <= 24 for p in pieces) and any(
        _looks_like_org(p, 90) for p in pieces
    )


def _is_clause(piece: str) -> bool:
    """A piece of a sentence, not an addressee: ``为加强工作``, ``成立领导小组``."""
    v = vocab()
    return piece.startswith(tuple(v["clause_openers"])) or any(w in piece for w in v["clause_verbs"])


def _is_bare_recipients(text: str) -> bool:
    """A 主送 line written without its colon (ZG306 reports it)."""
    s = squash(text).rstrip("；;，,")
    if not s or len(s) > 60 or SENT_END.search(s) or DOC_NUMBER.search(s):
        return False
    pieces = split_orgs(s)
    kinds = [_orgs.classify(p) for p in pieces]
    return all(k != _orgs.OTHER for k in kinds)


def _note_text(text: str) -> str | None:
    s = text.strip()
    m = NOTE_PAREN.match(s)
    inner = m.group("inner") if m else s
    kws = vocab()["note_keywords"]
    if m and any(k in inner for k in kws):
        return inner.strip()
    if not m and lre.match(r"^(联\s*系\s*人|联系电话)\s*[：:]", s):
        return s
    return None


# a form's label in front of its title: 签报名称：关于…的请示
FORM_LABEL = lazy_re(r"^(?P<label>[\u4e00-\u9fa5]{2,6})[：:][\s\u3000]*(?=\S)")


def strip_form_label(text: str) -> str:
    """``签报名称：关于…的请示`` → ``关于…的请示`` when what follows the label
    is a title (ends with a 文种) and the label names no body."""
    m = FORM_LABEL.match(text.strip())
    if m and not _looks_like_org(m.group("label")):
        rest = text.strip()[m.end():]
        if any(title_doc_type(rest)):
            return rest
    return text


def _label_above(first: Paragraph, nxt: Paragraph, joined: str) -> bool:
    """A line set in another size than the line under it, naming no body and
    holding no 关于, is a label above the title (普通事项, 内部事项), not the
    title's first line: a title's lines are set alike."""
    a, b = first.font_size, nxt.font_size
    if a is None or b is None or abs(a - b) < 2:
        return False
    return "关于" not in squash(joined) and not _names_bodies(joined)


def _title_candidate(paras: list[Paragraph], i: int, limit: int,
                     labelled: bool = False) -> tuple[int, str] | None:
    """The shortest run from i (≤ MAX_TITLE_LINES lines) ending in a 文种 word: (n, title).
    With ``labelled``, a form's label in front of the first line is dropped."""
    best = None
    joined = ""
    for n in range(1, MAX_TITLE_LINES + 1):
        j = i + n - 1
        if j >= limit:
            break
        t = MD_HEADING.sub("", paras[j].text.strip())
        if n == 1 and labelled:
            t = strip_form_label(t)
        if status_mark(t) or is_separator(t):
            break
        # a trailing 。！？；，、 is a clerk's slip ZG309 reports, not a sentence
        # end: the run is still a title when it ends with a 文种 (checked below)
        if not t or SENT_END.search(t.rstrip(_TITLE_TRAIL)) or len(squash(t)) > 70:
            break
        st = squash(t)
        if lre.search(r"[：:]", t) or is_date_line(t) or SIGNER.search(t) or (
                st.endswith("文件") and "关于" not in squash(joined + t)):
            break
        if (DOC_NUMBER.search(st) and len(st) <= 40) or lre.fullmatch(r"[（(][^（）()]{1,8}[）)]", st):
            break
        if n > 1 and _label_above(paras[i], paras[j], joined):
            break
        joined += t if not joined else t
        dtype, problem = title_doc_type(joined)
        if dtype or problem:
            best = (n, joined)
            break
    return best


def _find_title(paras: list[Paragraph]) -> tuple[int, int, str] | None:
    """(start, count, text) of the title in the first part of the document:
    a title line of its own first, else one behind a form's label
    (``签报名称：关于…的请示``; a web page's ``标题：`` line above the
    document's own title is not taken)."""
    return _find_title_pass(paras, False) or _find_title_pass(paras, True)


def _find_title_pass(paras: list[Paragraph], labelled: bool) -> tuple[int, int, str] | None:
    limit = min(len(paras), 25)
    signer_lines = _signer_lines(paras)
    for i in range(limit):
        t = paras[i].text.strip()
        if _is_recipients(t):
            break
        if status_mark(t) or is_separator(t) or i in signer_lines:
            continue
        cand = _title_candidate(paras, i, limit, labelled)
        if cand:
            n, title = cand
            # A title line is not a sentence of the body.
            if "关于" in squash(title) or n > 1 or paras[i].align == "center" or i < 6 or len(squash(title)) <= 30:
                return i, n, title
    return None


def _title_above_number(paras: list[Paragraph]) -> tuple[int, int, str] | None:
    """A web copy's title without a 文种 word (``…对…建议的答复``): the lines
    right above a 发文字号 line near the top, when they read as a title."""
    for j in range(1, min(len(paras), 12)):
        s = squash(paras[j].text)
        m = DOC_NUMBER.fullmatch(s) if len(s) <= 40 else None
        if not m:
            continue
        i = j
        while i > 0 and j - i < 3:
            t = squash(paras[i - 1].text)
            if not t or SENT_END.search(t) or lre.search(r"[：:]", t) or t.endswith("文件") or is_separator(t):
                break
            i -= 1
        title = "".join(squash(paras[x].text) for x in range(i, j))
        if i < j and len(title) <= 70 and lre.search(r"关于|的", title):
            return i, j - i, title
        return None
    return None


def _fallback_title(paras: list[Paragraph]) -> tuple[int, int, str] | None:
    """No 文种 at the end: the first centred/large line, or a 关于 line."""
    above = _title_above_number(paras)
    if above:
        return above
    for i, p in enumerate(paras[:12]):
        t = p.text.strip()
        if _is_recipients(t) or is_date_line(t):
            break
        if DOC_NUMBER.search(t) or t.endswith("文件") or SENT_END.search(t) or is_separator(t):
            continue
        if "关于" in t and len(squash(t)) <= 70:
            return i, 1, t
        if (p.align == "center" and (p.font_size or 0) >= 18) and len(squash(t)) <= 70:
            return i, 1, t
    return None


def normalise_title(text: str) -> str:
    """Join title lines; drop spaces used for layout (``通 知``) but keep
    spaces between Latin words."""
    t = MD_HEADING.sub("", text.strip())
    t = lre.sub(r"(?<=[^\x00-\x7f])[\s\u3000]+|[\s\u3000]+(?=[^\x00-\x7f])", "", t)
    return t


def _issuers_from_title(title: str) -> list[str]:
    """The issuer(s) a title names before 关于/转发/印发/批转."""
    t = squash(title)
    # a 命令's 发文机关标志 is the title: ××县人民政府令 (GB/T 9704 §10.2)
    if t.endswith("令") and _looks_like_org(t[:-1]):
        return [t[:-1]]
    m = lre.match(r"^(?P<org>.+?)(?:关于|转发|印发|批转|对)", t)
    if not (m and _looks_like_org(m.group("org"))):
        # ``洪泽区人民政府2023年政府信息公开工作年度报告``: a body, then the year
        m = lre.match(r"^(?P<org>[\u4e00-\u9fa5]{3,30}?)(?=(?:\d{4}|[〇一二三四五六七八九]{4})年)", t) or m
    if not m:
        return []
    org = m.group("org")
    if _looks_like_org(org) and not split_joint_issuers(org):
        return [org]
    # joint issuers in a title: A、B关于… or A B关于… (spaces squashed)
    parts = [p for p in lre.split(r"[、和与]", org) if p]
    if len(parts) > 1 and all(_looks_like_org(p) for p in parts):
        return parts
    return split_joint_issuers(org) or ([org] if _looks_like_org(org) else [])


def split_joint_issuers(org: str) -> list[str]:
    """``中共××县委××县人民政府`` → [中共××县委, ××县人民政府]: the
    split where both halves are known kinds of organisation."""
    for i in range(2, len(org) - 1):
        head, tail = org[:i], org[i:]
        if _orgs.classify(head) != _orgs.OTHER and _orgs.classify(tail) != _orgs.OTHER \
                and _looks_like_org(head) and _looks_like_org(tail):
            rest = split_joint_issuers(tail)
            return [head, *(rest or [tail])]
    return []


def report_kind_of(title: str | None) -> tuple[str, str]:
    t = squash(title or "")
    for pat in vocab()["_comprehensive"]:
        m = pat.search(t)
        if m:
            return "comprehensive", f"标题含“{m.group(0)}”，汇报一个时期的全面工作，按综合报告计"
    core = lre.sub(r"^.*?关于", "", t)
    core = lre.sub(r"(的)?报告$", "", core)
    return "special", f"标题所述为单项事项（{core or '未写明事由'}），按专项报告计"


def _head_date(text: str) -> str | None:
    """A line that is a date, or an organisation and a date: the org ('' for
    a bare date), else None."""
    s = squash(text)
    if is_date_line(s):
        return ""
    m = lre.match(rf"^(?P<org>.{{2,30}}?)(?P<date>{_DATE_CORE})$", s)
    if m and _looks_like_org(m.group("org")) and not SENT_END.search(s):
        return m.group("org")
    return None


def _read_jiyao_head(doc: Document, paras: list[Paragraph], k: int) -> tuple[int, int | None]:
    """A 纪要's head under its title: the 期数 (``第63次``, ``〔2025〕23号``)
    and the office and date (one line, or the office over the date).
    Returns (the index after the head, the index of the head's date line)."""
    n = len(paras)
    caption = None
    for _ in range(3):
        if k >= n:
            break
        s = squash(paras[k].text)
        m_num = DOC_NUMBER.search(s)
        if is_meeting_number(s) or (m_num and len(s) <= 40 and not SENT_END.search(s)):
            if doc.doc_number is None:
                doc.doc_number = m_num.group("num") if m_num else s
                doc.doc_number_pos = k
            paras[k].role = "doc_number"
            k += 1
            continue
        if caption is not None:
            break
        org = _head_date(paras[k].text)
        if org is not None:
            caption = k
            doc.signature = [org] if org else []
            k += 1
            continue
        if k + 1 < n and _looks_like_org(paras[k].text) and is_date_line(paras[k + 1].text):
            doc.signature = [squash(paras[k].text)]
            paras[k].role = "signature"
            caption = k + 1
            k += 2
            continue
        break
    return k, caption


def _jiyao_subject_title(doc: Document, paras: list[Paragraph], k: int, caption: int | None) -> int:
    """A 纪要 with a 纪要标志 (``××县人民政府县长办公会议纪要``) over its head
    and a subject title under it (``关于研究…的会议纪要``): the first line is
    the mark, the second the title. Returns the index after the title."""
    # right under the mark (no 期数 or date between) only a 关于 title
    # replaces it: the mark names a kind of meeting, not a subject
    direct = caption is None and doc.doc_number_pos is None
    if direct and "关于" in squash(doc.title or ""):
        return k
    cand = _title_candidate(paras, k, min(len(paras), k + 5))
    if not cand:
        return k
    n, title = cand
    title = normalise_title(title)
    if title_doc_type(title)[0] != "纪要" or not ("关于" in title or paras[k].align == "center" and not direct):
        return k
    mark = doc.title
    for q in doc.title_pos:
        paras[q].role = "issuer_mark"
    doc.issuer_mark = mark
    doc.has_header = True
    doc.title_pos = list(range(k, k + n))
    for q in doc.title_pos:
        paras[q].role = "title"
    doc.title = title
    return k + n


def _wrapped_recipients(lines: list[Paragraph]) -> bool:
    """A 主送 wrapped inside an organisation's name: every line but the last
    is an unfinished list (its whole pieces are organisations, it ends
    neither a sentence nor with a colon), the last ends with the colon, and
    the joined text is a 主送."""
    texts = [p.text.strip() for p in lines]
    if not lre.search(r"[：:]$", texts[-1]):
        return False
    for t in texts[:-1]:
        st = squash(t)
        if not st or lre.search(r"[。！？；;：:，,、]$", st) or SENT_END.search(st):
            return False
        whole = [p for p in lre.split(r"[，,、]", st)[:-1] if p]
        if not whole or not all(_looks_like_org(p) for p in whole):
            return False
    return _is_recipients("".join(texts))


def _recipients_lines(paras: list[Paragraph], k: int) -> int:
    """How many paragraphs from k make the 主送 (a long one may wrap onto a
    second line: ``各乡镇人民政府，县直各委、办、局，`` / ``县属各企事业单位：``)."""
    n = len(paras)
    if k >= n:
        return 0
    t = paras[k].text.strip()
    if k + 1 < n and lre.search(r"[，,、]$", t) and _is_recipients(t + paras[k + 1].text.strip()):
        return 2
    # broken inside a name: …，县住房和 / 城乡建设局，县水务局：
    for extra in (1, 2):
        if k + extra < n and _wrapped_recipients(paras[k:k + extra + 1]):
            return extra + 1
    if _is_recipients(t) or (_is_bare_recipients(t) and k + 1 < n):
        return 1
    return 0


def _names_bodies(text: str) -> bool:
    """A 发文机关标志 names bodies (``××县人民政府文件``, ``中共××县委
    ××县人民政府``); a label above the 版头 (``普通事项``, ``内部事项``) does not."""
    parts = [lre.sub(r"文件$", "", squash(x)) for x in lre.split(r"[\s\u3000]{2,}|、", text.strip())]
    parts = [x for x in parts if x]
    return bool(parts) and any(_looks_like_org(x) or split_joint_issuers(x) for x in parts)


def _is_addressee_line(text: str) -> bool:
    """The line right under the title (and 文号) that ends in ``：`` names
    the 主送 by its position, even when it names a group rather than a body
    (``公司领导：``, ``本部各部门党组织：``): short, no sentence in it, no
    clause (``现将有关事项通知如下：``), not a numbered heading."""
    s = squash(text)
    # a long line is a 主送 only as a list of short names (北京市、天津市、…)
    if not lre.search(r"[：:]$", s) or len(s) < 3 or len(s) > 300 or (
            len(s) > 60 and max(len(x) for x in lre.split(r"[，,、；;]", s)) > 30):
        return False
    body = s[:-1]
    if SENT_END.search(body) or lre.search(r"[：:（）()“”《》]", body) or lre.match(r"^(?:[一二三四五六七八九十]+、|\d)", body):
        return False
    if lre.search(r"(如下|以下|通知|报告|批复|请示|意见|决定|内容|事项|要求)$", body):
        return False
    return not any(_is_clause(p) for p in split_orgs(body))


def _form_field(text: str) -> bool:
    """A labelled field of a form-like 签报 under its title: a short label,
    a colon and a short value (``填报日期：2025年5月6日``, ``编号：2025-12``)."""
    m = lre.match(r"^(?P<label>[\u4e00-\u9fa5]{2,6})[：:][\s\u3000]*(?P<value>\S.{0,24})$", text.strip())
    if not m or _looks_like_org(m.group("label")):
        return False
    return bool(lre.search(_DATE_CORE, m.group("value")) or lre.fullmatch(r"[\w\-－〔〕\[\]号第]{1,20}", m.group("value")))


def _banji_wrapped(paras: list[Paragraph], lo: int, j: int) -> tuple[int, list[int]] | None:
    """When paragraph j continues a 抄送/主送 line of the 版记 that wrapped
    (``抄送：县委各部门，…，`` / ``　　县法院，县检察院。``): (the label
    line's index, the continuation indices)."""
    cont: list[int] = []
    q = j
    while q > lo and len(cont) < 3:
        t = paras[q].text.strip()
        st = squash(t)
        if not st or CC.match(st) or MAIN_TO.match(st) or PRINT_LINE.match(st) or is_separator(st):
            break
        # a continuation is a list of organisations, not a sentence
        body = st.rstrip("。.")
        if SENT_END.search(body) or lre.search(r"[：:]", body) or not all(
            _looks_like_org(p, 60) for p in split_orgs(body)
        ):
            return None
        cont.insert(0, q)
        q -= 1
        label = squash(paras[q].text)
        if CC.match(label) or MAIN_TO.match(label):
            rest = (CC.match(label) or MAIN_TO.match(label)).group("rest")
            broken = bool(rest) and not _looks_like_org(split_orgs(rest)[-1])  # …，县政 / 协办公室。
            if not (lre.search(r"[，,、；;]$", label) or broken
                    or paras[cont[0]].text.startswith((" ", "\u3000", "\t"))):
                return None
            return q, cont
    return None


def _web_meta(s: str) -> tuple[str, str] | None:
    """``发文机关：××县人民政府办公室`` from a web copy's table of facts above
    the title: (field, value) for the fields we use, ('', …) for the others."""
    m = lre.match(r"^(?P<label>[\u4e00-\u9fa5]{2,6})[：:](?P<value>.*)$", s)
    if not m:
        return None
    return vocab()["web_meta"].get(m.group("label"), ""), m.group("value").strip()


def _apply_web_meta(doc: Document, meta: dict[str, str]) -> None:
    """Fill what the document itself does not say from its web table."""
    if not doc.issuers and _looks_like_org(meta.get("issuer", "")):
        doc.issuers = [meta["issuer"]]
    if doc.date is None and meta.get("date"):
        doc.date = _iso(meta["date"])
    if doc.doc_number is None and meta.get("doc_number") and DOC_NUMBER.search(meta["doc_number"]):
        doc.doc_number = DOC_NUMBER.search(meta["doc_number"]).group("num")


def _is_caption_date(text: str) -> bool:
    """``（2025年1月10日××县第十七届人民代表大会第五次会议通过）``."""
    m = NOTE_PAREN.match(squash(text))
    if not m or len(m.group("inner")) > 80:
        return False
    inner = m.group("inner")
    dm = lre.search(_DATE_CORE, inner)
    if not dm:
        return False
    return dm.start() == 0 and (dm.end() == len(inner) or inner.endswith(tuple(vocab()["caption_verbs"])))


def _set_date(doc: Document, paras: list[Paragraph], pos: int) -> None:
    dtext = squash(paras[pos].text)
    m = lre.search(_DATE_CORE, dtext)
    if m is None and is_blank_date(dtext):
        # a draft's blank 成文日期: the date position, no date
        doc.date_text = paras[pos].text.strip()
        doc.date = None
    else:
        doc.date_text = m.group(0) if m else dtext
        doc.date = _iso(doc.date_text)
    doc.date_pos = pos
    paras[pos].role = "date"


def _read_signature(doc: Document, paras: list[Paragraph], body_start: int, end: int,
                    dated: bool, o) -> int:
    """Mark the 署名 lines ending at ``end``; return where they start."""
    sig: list[int] = []
    q = end - 1
    while q >= body_start and len(sig) < 4:
        t = paras[q].text.strip()
        st = squash(t)
        # a signature is a short line of its own (a pdf's wrapped paragraph is justified)
        if not (_looks_like_org(t) or is_leader_signature(t)) or ATTACH.match(st) or lre.match(r"^特此", st) or paras[q].align == "justify":
            break
        if not dated and paras[q].align == "left":
            break
        sig.insert(0, q)
        q -= 1
    # Without a date, only right-aligned lines or lines that name a body of
    # the hierarchy count as a signature.
    if not sig or not (dated or all(
        paras[x].align == "right" or _orgs.classify(paras[x].text, o) != _orgs.OTHER
        or is_leader_signature(paras[x].text) for x in sig
    )):
        return end
    for x in sig:
        paras[x].role = "signature"
    doc.signature = [part for x in sig for part in _signature_parts(paras[x].text)]
    return sig[0]


def _signature_parts(text: str) -> list[str]:
    """The names on one 署名 line: joint issuers stand apart by spaces
    (``国务院　中央军委``: one space is enough when every piece is a body)."""
    pieces = [p for p in lre.split(r"[\s\u3000]+", text.strip()) if p]
    if len(pieces) > 1 and all(_looks_like_org(p) and len(p) >= 3 for p in pieces):
        return pieces
    return [squash(part) for part in lre.split(r"[\s\u3000]{2,}", text.strip()) if part.strip()]


def _attachment_continues(paras: list[Paragraph], r: int, end: int) -> bool:
    """A wrapped attachment name: a short line without a number that is
    followed by the next numbered item or by the end of the list."""
    t = paras[r].text.strip()
    st = squash(t)
    if not st or len(st) > 30 or SENT_END.search(st[:-1]) or ATTACH_ITEM.match(t) or ATTACH.match(st):
        return False
    # (当否，请审定。 特此报告。 after the 附件说明: the 正文's own closing, out of
    # place — a name has no clause of its own outside its brackets)
    if "，" in lre.sub(r"[（(][^）)]*[）)]", "", st) or lre.match(r"^特此", st):
        return False
    if is_date_line(t) or LOOSE_DATE.match(st) or is_blank_date(st) or _looks_like_org(t) and paras[r].align == "right":
        return False
    return r + 1 >= end or bool(ATTACH_ITEM.match(paras[r + 1].text.strip()))


def _read_attachments(doc: Document, paras: list[Paragraph], body_start: int, end: int) -> int:
    """附件说明 (``附件：1.名称`` and the numbered lines under it) before the
    署名; returns where the 正文 ends."""
    for q in range(body_start + 1, end):
        am = ATTACH.match(squash(paras[q].text))
        if not am:
            continue
        items: list[str] = []
        rest = am.group("rest")
        inline = split_inline_items(rest) if rest else []
        if len(inline) > 1:
            # the whole list on the 附件 line: 附件：1.… 2.…
            items.extend(inline)
        elif rest:
            im = ATTACH_ITEM.match(rest)
            items.append((im.group("name") if im else rest).strip())
        doc.attachments_pos.append(q)
        paras[q].role = "attachment"
        r = q + 1
        while r < end:
            t = paras[r].text.strip()
            im = ATTACH_ITEM.match(t)
            if im and not SENT_END.search(im.group("name")[:-1]):
                items.append(im.group("name").strip())
            elif items and _attachment_continues(paras, r, end):
                items[-1] += squash(t)
            else:
                break
            doc.attachments_pos.append(r)
            paras[r].role = "attachment"
            r += 1
        doc.attachments = [x.rstrip("。.；;") for x in items]
        return q
    return end


def split_inline_items(text: str) -> list[str]:
    """``1.森林防火责任表 2.值班安排表`` → the names (numbered items run on one line)."""
    out = []
    for item in inline_items(text):
        m = ATTACH_ITEM.match(item)
        out.append((m.group("name") if m else item).strip())
    return out


def _read_attendance(doc: Document, paras: list[Paragraph], body_start: int, end: int) -> int:
    """A 纪要's 出席/列席/请假 lines after its 正文 (GB/T 9704 §10.3 places
    them under the 正文 as an element of their own): not counted as 正文."""
    labels = vocab()["attendance_labels"]
    q = end
    while q - 1 > body_start:
        st = squash(paras[q - 1].text)
        if not any(lre.match(rf"^{re.escape(w)}[：:]", st) for w in labels):
            break
        q -= 1
    if q < end:
        doc.attendance = [paras[x].text.strip() for x in range(q, end)]
        for x in range(q, end):
            paras[x].role = "attendance"
    return q


def build(raw: RawDocument, options=None, config: Config | None = None) -> Document:
    """Read the parts of the 公文 from ``raw``'s paragraphs."""
    config = config or Config()
    o = config.orgs
    paras = raw.paragraphs
    recovered = raw.layout_recovered
    if _find_title(paras) is None:
        # one run of text whose line breaks were lost (a web copy): cut it
        # back into the lines of a 公文 first
        lines = resegment(paras, sys.modules[__name__])
        if lines is not None:
            paras, recovered = lines, True
    for i, p in enumerate(paras):
        if not p.index:
            p.index = i + 1
        p.role = "other"
    doc = Document(path=raw.path, format=raw.format, paragraphs=paras, layout=raw.layout,
                   layout_recovered=recovered)
    n = len(paras)

    # ---- title --------------------------------------------------------
    found = _find_title(paras) or _fallback_title(paras)
    t_start, t_len = (found[0], found[1]) if found else (0, 0)
    if found:
        title_raw = found[2]
        title = normalise_title(title_raw)
        title, mark = split_title_mark(title)
        if mark and any(d in mark for d in vocab()["draft_marks"]):
            doc.is_draft = True
        doc.title = title
        doc.title_pos = list(range(t_start, t_start + t_len))
        for k in doc.title_pos:
            paras[k].role = "title"
        dtype, problem = title_doc_type(title)
        doc.doc_type = dtype
        doc.doc_type_problem = problem
    # a separate status line near the title: （代拟稿）, （征求意见稿）
    for k in range(max(0, t_start - 2), min(n, t_start + t_len + 2)):
        mark = status_mark(paras[k].text) if paras[k].role == "other" else None
        if mark:
            if any(d in mark for d in vocab()["draft_marks"]):
                doc.is_draft = True
            paras[k].role = "title_mark"

    # ---- 版头 (before the title) ----------------------------------------
    mark_lines: list[str] = []
    meta: dict[str, str] = {}  # a web copy's 发文机关/成文日期/发文字号 table
    signer_lines = {k: v for k, v in _signer_lines(paras).items() if k < t_start}
    for k in range(0, t_start):
        p = paras[k]
        s = squash(p.text)
        if not s or p.role != "other":
            continue
        m_sign = k in signer_lines
        if (not m_sign and _web_meta(s) and not COPY_NUMBER.match(s)
                and not lre.match(r"^(?:份号|密级|紧急程度)[：:]", s)):
            # a labelled fact of a web page's table (发文字号：…) is not the
            # document's own 版头 line
            label, value = _web_meta(s)
            meta[label] = value
            p.role = "meta"
            continue
        m_num = DOC_NUMBER.search(s)
        if m_sign:
            doc.signers.extend(signer_lines[k])
            p.role = "signer"
        if m_num and len(s) <= 60 and not SENT_END.search(s):
            doc.doc_number = m_num.group("num").strip()
            doc.doc_number_pos = k
            p.role = "doc_number" if not m_sign else "doc_number"
            continue
        if m_sign:
            continue
        if COPY_NUMBER.match(s):
            doc.copy_number = lre.sub(r"^份号[：:]?", "", s)
            p.role = "copy_number"
        elif any(s.startswith(w) for w in vocab()["secrecy"]) and len(s) <= 16:
            doc.secrecy = s
            p.role = "secrecy"
        elif any(s == w or s.startswith(w) for w in vocab()["urgency"]) and len(s) <= 6:
            doc.urgency = s
            p.role = "urgency"
        elif is_separator(s):
            p.role = "separator"
        elif _web_meta(s):
            label, value = _web_meta(s)
            meta[label] = value
            p.role = "meta"
        elif len(s) <= 40 and not SENT_END.search(s) and _names_bodies(p.text):
            mark_lines.append(p.text.strip())
            p.role = "issuer_mark"
    if mark_lines:
        doc.issuer_mark = "\n".join(mark_lines)
        names = []
        for line in mark_lines:
            for part in lre.split(r"[\s\u3000]{2,}|、", line.strip()):
                part = squash(part)
                part = lre.sub(r"文件$", "", part)
                if part and part != "文件":
                    names.append(part)
        doc.issuers = names
    doc.has_header = bool(mark_lines or doc.doc_number or doc.signers or doc.copy_number or doc.secrecy)

    # ---- after the title: 文号 (web layout), 主送 --------------------------
    k = t_start + t_len
    while k < n and paras[k].role == "title_mark":
        k += 1
    caption = None
    if doc.doc_type == "纪要":
        # a 纪要's head (GB/T 9704 §10.3): its 期数 and the issuing office
        # and date under the title, in either order
        k, caption = _read_jiyao_head(doc, paras, k)
        k = _jiyao_subject_title(doc, paras, k, caption)
    # web copies put the 文号 under the title (also when a web page's table
    # of facts above has already given it)
    if k < n and (doc.doc_number is None or DOC_NUMBER.fullmatch(squash(paras[k].text))):
        s = squash(paras[k].text)
        # also a 令号 or 公告 number under the title: 第3号 (GB/T 9704 §10.2)
        m_num = DOC_NUMBER.search(s) or BARE_NUMBER.match(s) or vocab()["_meeting_number"].match(s)
        if m_num and len(s) <= 40 and not SENT_END.search(s):
            doc.doc_number = m_num.group("num") if "num" in m_num.re.groupindex else s
            doc.doc_number_pos = k
            paras[k].role = "doc_number"
            k += 1
    # a 题注 under the title of a 决议/公报: （2025年1月10日…会议通过）
    if k < n and caption is None and _is_caption_date(paras[k].text):
        caption = k
        paras[k].role = "date"
        k += 1
    # labelled form fields under a 签报's title (填报日期：…, 编号：…)
    while k < n and _form_field(paras[k].text):
        k += 1
    body_start = k
    lines = _recipients_lines(paras, k) or (1 if k < n and found and _is_addressee_line(paras[k].text) else 0)
    if lines:
        t = "".join(paras[x].text.strip() for x in range(k, k + lines))
        doc.recipients_pos = k
        doc.recipients_line = t
        doc.recipients = split_orgs(t)
        for x in range(k, k + lines):
            paras[x].role = "recipients"
        body_start = k + lines

    # ---- the end of the main document ---------------------------------
    # 版记 from the bottom: 抄送, 印发机关和印发日期
    end = n
    j = n - 1
    while j >= body_start:
        s = squash(paras[j].text)
        # a 抄送/主送 that wraps: the label line is above its continuations
        wrapped = _banji_wrapped(paras, body_start, j)
        if wrapped:
            label, cont = wrapped
            s = squash("".join(paras[x].text.strip() for x in range(label, j + 1)))
            for x in cont:
                paras[x].role = "cc"
            j = label
        if not s or is_separator(s) or PRINT_COUNT.match(s):
            paras[j].role = "separator"
            j -= 1
            continue
        pm = PRINT_LINE.match(s)
        if pm:
            doc.print_date = _iso(pm.group("date"))
            if pm.group("org"):
                doc.printer = pm.group("org")
            elif (j - 1 >= body_start and _looks_like_org(paras[j - 1].text)
                  and not CC.match(squash(paras[j - 1].text)) and not _banji_wrapped(paras, body_start, j - 1)):
                doc.printer = squash(paras[j - 1].text)
                paras[j - 1].role = "printer"
            paras[j].role = "printer"
            end = j
            j -= 1
            if doc.printer and paras[j].role == "printer":
                end = j
                j -= 1
            continue
        cm = CC.match(s)
        if cm:
            doc.cc = split_orgs(cm.group("rest"))
            doc.cc_pos = j
            paras[j].role = "cc"
            end = j
            j -= 1
            continue
        mm = MAIN_TO.match(s)
        if mm:
            # the 主送 in the 版记; recipients_pos/recipients_line stay for a
            # 主送 under the title (ZG306 judges that line's colon)
            if not doc.recipients:
                doc.recipients = split_orgs(mm.group("rest"))
            for x in range(j, end):
                if paras[x].role == "cc" and x != doc.cc_pos:
                    paras[x].role = "recipients"
            paras[j].role = "recipients"
            end = j
            j -= 1
            continue
        break

    # 成文日期: the first standalone date line after the body starts
    date_pos = None
    for k2 in range(body_start, end):
        if is_date_line(paras[k2].text) or is_blank_date(paras[k2].text):
            date_pos = k2
            break
        # 署名 and 日期 on one line
        s = squash(paras[k2].text)
        m = lre.match(rf"^(?P<org>.{{2,30}}?)(?P<date>{_DATE_CORE})$", s)
        if m and _looks_like_org(m.group("org")) and not SENT_END.search(s):
            date_pos = k2
            doc.signature = [m.group("org")]
            break
    main_end = end
    loose_date = False
    if date_pos is None and caption is not None:
        _set_date(doc, paras, caption)
    if date_pos is not None:
        _set_date(doc, paras, date_pos)
        # notes right after the date
        q = date_pos + 1
        notes = []
        while q < end:
            nt = _note_text(paras[q].text)
            if nt is None:
                break
            notes.append(nt)
            doc.note_pos.append(q)
            paras[q].role = "note"
            q += 1
        if notes:
            doc.note = "；".join(notes)
        # anything after that and before 版记 is attached text
        for r in range(q, end):
            paras[r].role = "attachment_body"
        main_end = date_pos
    else:
        # no date: notes at the bottom of the main part
        q = end - 1
        notes = []
        while q >= body_start:
            nt = _note_text(paras[q].text)
            if nt is None:
                break
            notes.insert(0, nt)
            doc.note_pos.insert(0, q)
            paras[q].role = "note"
            q -= 1
        if notes:
            doc.note = "；".join(notes)
        main_end = q + 1
        # a malformed 成文日期 (25年7月18日, 2025.7.18) still ends the 正文 and
        # stands under the 署名; it stays unread for ZG302 to report
        if main_end - 1 > body_start and LOOSE_DATE.match(squash(paras[main_end - 1].text)):
            main_end -= 1
            loose_date = True

    # 署名: org-like lines right before the date (or the end)
    s_end = main_end
    if not doc.signature:
        s_end = _read_signature(doc, paras, body_start, main_end, date_pos is not None or loose_date, o)
    b_end = _read_attachments(doc, paras, body_start, s_end)
    if doc.doc_type == "纪要":
        b_end = _read_attendance(doc, paras, body_start, b_end)
    doc.body_pos = [q for q in range(body_start, b_end) if paras[q].role == "other"]
    for q in doc.body_pos:
        paras[q].role = "body"
    for q in range(b_end, s_end):
        if paras[q].role == "other":
            paras[q].role = "body"
            doc.body_pos.append(q)

    _apply_web_meta(doc, meta)

    # ---- issuer ----------------------------------------------------------
    sig_orgs = [s for s in doc.signature if _looks_like_org(s)]
    if sig_orgs:
        doc.issuers = sig_orgs if len(sig_orgs) >= len(doc.issuers) else doc.issuers
        doc.issuer = sig_orgs[0]
    elif doc.issuers:
        doc.issuer = doc.issuers[0]
    if doc.issuer is None and doc.title:
        doc.issuers = _issuers_from_title(doc.title)
        doc.issuer = doc.issuers[0] if doc.issuers else None
    if doc.doc_type == "纪要" and doc.printer and _looks_like_org(doc.printer):
        # a 纪要 carries no 署名 or 成文日期 of its own (GB/T 9704 §10.3)
        # when its 版记 states who issued it and when: ``××办公室 …印发``
        if doc.issuer is None:
            doc.issuer = doc.printer
            doc.issuers = [doc.printer]
        if doc.date is None and doc.date_text is None and doc.print_date:
            doc.date = doc.print_date
    if not doc.issuers and doc.issuer:
        doc.issuers = [doc.issuer]

    # ---- 代拟稿 mentioned in the text ----------------------------------------
    head = "".join(squash(p.text) for p in paras[: max(t_start + t_len + 2, 3)])
    if "代拟稿" in head:
        doc.is_draft = True

    # ---- overrides, report kind, direction, counts ---------------------------
    if doc.doc_type is None and doc.title and not doc.doc_type_problem and _is_letter_number(doc.doc_number):
        # a title without a 文种 word (…建议的答复) under a 函-series
        # 发文字号 (国办函〔2006〕70号): the document is a 函
        doc.doc_type = "函"
        doc.doc_type_source = "doc_number"
    if options is not None and getattr(options, "doc_type", None):
        doc.doc_type = options.doc_type
        doc.doc_type_source = "option"
    elif doc.doc_type is None:
        doc.doc_type_source = "none"
    if doc.doc_type == "报告":
        if options is not None and getattr(options, "report_kind", None):
            doc.report_kind = options.report_kind
            doc.report_kind_reason = "由 --report-kind 指定"
        else:
            doc.report_kind, doc.report_kind_reason = report_kind_of(doc.title)
    doc.direction = vocab()["fixed_direction"].get(doc.doc_type or "") or _orgs.direction(doc.issuer, doc.recipients, o)

    words = [count_words(p.text) for p in paras]  # each paragraph counted once (body ⊂ all)
    doc.counts.body = sum(words[q] for q in doc.body_pos)
    doc.counts.body_hanzi = sum(count_hanzi(paras[q].text) for q in doc.body_pos)
    doc.counts.all = sum(words)
    return doc


def _is_letter_number(number: str | None) -> bool:
    """A 发文字号 of the 函 series: its 代字 ends in 函 (国办函, 晋政函, 泽政办函)."""
    if not number:
        return False
    code = lre.split(r"[\s\u3000]*[〔\[【（(［]", squash(number))[0]
    return code.endswith("函")


def _iso(text: str | None) -> str | None:
    if not text:
        return None
    d = parse_cn_date(text)
    return d.isoformat() if d else None
