"""ZG5 — 文字 (text): typos and punctuation a clerk can fix in the text.

ZG501 doubled characters (的的), ZG502 half-width punctuation in Chinese text,
ZG503 unbalanced paired punctuation, ZG504 misquoted 规范提法. They read
every paragraph of the document (版头 to 版记, tables included). Vocabulary
lives in ``data/reduplications.toml`` and ``data/phrases.toml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..data import load_toml
from ..model import Document, Finding, Paragraph
from ..segment import Vocab, _jieba_dict, segment, vocab_for  # noqa: F401  (_jieba_dict: tests)
from .base import Context, Example, Rule, register

WINDOW = 10  # characters of context quoted either side of a problem

_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF))
# full-width / CJK punctuation that counts as "Chinese text" next to a mark
_CJK_PUNCT = set("，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕…—～·￥％＋－＝／")
# a paragraph whose last character is one of these ends a sentence; any other
# ending means the paragraph may have been cut by a page break (pdf extraction)
_END = set("。！？；：…”’）》」』】!?;:)")


def is_han(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _HAN_RANGES)


def is_cjkish(ch: str | None) -> bool:
    return ch is not None and (is_han(ch) or ch in _CJK_PUNCT or "\uff01" <= ch <= "\uff5e")


def window(text: str, start: int, end: int, k: int = WINDOW) -> tuple[str, int]:
    """The evidence around text[start:end] and where it starts in text."""
    s = max(0, start - k)
    return text[s : min(len(text), end + k)], s


def ends_broken(text: str) -> bool:
    t = text.rstrip()
    return bool(t) and t[-1] not in _END


def _para_no(p: Paragraph) -> str:
    return f"第{p.index}段" if p.index else "该段"


# ---------------------------------------------------------------------------
# ZG501 — doubled characters
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Redup:
    pairs: dict[str, tuple[tuple[str, int], ...]]  # "AA" -> ((word, offset of AA), …)
    function_chars: frozenset[str]
    place_suffixes: frozenset[str]
    scope_chars: frozenset[str]
    numerals: frozenset[str]


@lru_cache(maxsize=None)
def redup_data() -> _Redup:
    d = load_toml("reduplications.toml")
    pairs: dict[str, list[tuple[str, int]]] = {}
    for w in d["words"]:
        for i in range(len(w) - 1):
            if w[i] == w[i + 1]:
                pairs.setdefault(w[i] * 2, []).append((w, i))
    chars = lambda key: frozenset(c for c in d[key] if not c.isspace())  # noqa: E731
    return _Redup(
        pairs={k: tuple(sorted(set(v), key=lambda x: -len(x[0]))) for k, v in pairs.items()},
        function_chars=chars("function_chars"),
        place_suffixes=chars("place_suffixes"),
        scope_chars=chars("scope_chars"),
        numerals=chars("numerals"),
    )


_DOUBLE = re.compile(r"(?=([\u3400-\u9fff])\1)")


def _in_word(text: str, i: int, data: _Redup) -> bool:
    """Is the pair text[i:i+2] part of a listed reduplicated word here?"""
    for w, off in data.pairs.get(text[i : i + 2], ()):
        s = i - off
        if s >= 0 and text[s : s + len(w)] == w:
            return True
    return False


def _aabb(text: str, i: int) -> bool:
    """AABB pattern around the pair at i (清清爽爽-like words not in the list)."""
    n = len(text)
    a = text[i]
    if i + 3 < n and text[i + 2] == text[i + 3] != a and is_han(text[i + 2]):
        return True
    if i >= 2 and text[i - 2] == text[i - 1] != a and is_han(text[i - 2]):
        return True
    return False


# ---- word segmentation --------------------------------------------------
# jieba's own dictionary and its exact algorithm (DAG of dictionary words,
# maximum-probability route, no HMM) without loading jieba: see
# zgov_cli/segment.py, applied here to the few short clauses around doubled
# characters.


def _clause(text: str, i: int) -> tuple[int, int]:
    """The run of Han characters around the pair at i (bounded)."""
    s = i
    while s > 0 and i - s < 16 and is_han(text[s - 1]):
        s -= 1
    e = i + 2
    while e < len(text) and e - i < 18 and is_han(text[e]):
        e += 1
    return s, e


def _tokens_at(text: str, i: int, vocab: Vocab) -> tuple[str, str] | None:
    """Segment the clause around i; the tokens holding text[i] and text[i+1],
    or None when one word holds both."""
    s, e = _clause(text, i)
    pos = s
    tok_a = tok_b = None
    for tok in segment(text[s:e], vocab):
        end = pos + len(tok)
        if pos <= i < end:
            tok_a = (tok, pos)
        if pos <= i + 1 < end:
            tok_b = (tok, pos)
        pos = end
    if tok_a is None or tok_b is None or tok_a == tok_b:
        return None
    return tok_a[0], tok_b[0]


def _candidates(text: str) -> list[int]:
    """Doubled Han characters not settled without segmentation (numerals,
    listed reduplications, AABB)."""
    data = redup_data()
    out: list[int] = []
    for m in _DOUBLE.finditer(text):
        i = m.start()
        if text[i] in data.numerals or _in_word(text, i, data) or _aabb(text, i):
            continue
        out.append(i)
    return out


def doubled_typos(text: str, vocab: Vocab | None = None) -> list[int]:
    """Positions i where text[i] == text[i+1] is a doubled-character typo."""
    data = redup_data()
    cands = _candidates(text)
    if not cands:
        return []
    if vocab is None:
        vocab = vocab_for({c for i in cands for c in text[slice(*_clause(text, i))]})
    out: list[int] = []
    last = -10
    for i in cands:
        a = text[i]
        if i <= last + 1:  # triple 的的的: one finding
            continue
        toks = _tokens_at(text, i, vocab)
        if toks is None:
            continue
        ta, tb = toks
        if len(ta) == 1 and len(tb) == 1:
            # two single tokens: a typo for a function word (的的, 是是);
            # otherwise a measure-word/noun reduplication (件件, 年年)
            if a not in data.function_chars:
                continue
        elif len(ta) == 1 or len(tb) == 1:
            # one orphan beside a word with the same character: 防汛汛, 我们们
            # — but 目的的, 现在在 (function word) and 河南村村民, 辽阳镇镇长
            # (place name + title: the orphan 村/镇 on the left ends a name the
            # dictionary lacks) are correct. An orphan on the right after a
            # whole word (进行行) is the typo, unless that word is a scope
            # word (全县|县直, 本镇|镇村: the dictionary lacks 县直, 镇村).
            if a in data.function_chars:
                continue
            if a in data.place_suffixes and (len(ta) == 1 or (len(ta) == 2 and ta[0] in data.scope_chars)):
                continue
        else:
            continue  # two words meeting: 法规规定, 煤矿矿长, 工作作为
        out.append(i)
        last = i
    return out


@register
class DoubledCharacter(Rule):
    code = "ZG501"
    title = "疑似重复字（多打一字）"
    severity = "warning"
    article = "条例第十九条"
    source = "《党政机关公文处理工作条例》第十九条（四）"
    explanation = (
        "同一个字连写两次（“的的”“了了”“是是”“在在”）多为录入时多打一字，属于文字差错。"
        "公文定稿前应逐字校核，避免此类差错影响公文的严肃性。"
    )
    triggers = (
        "两个相同汉字相连，且分词后不属于同一个词：虚词重复（“会议的的组织工作”“完成了了任务”），"
        "或词语后又多出一个同样的字（“防汛汛工作”“我们们”）。"
    )
    non_triggers = (
        "真正的叠词和叠字成语（常常、人人、天天、看看、谢谢、研究研究、清清爽爽、规规矩矩、家家户户、"
        "头头是道、的的确确）；量词重叠（件件、项项、条条）；两个词相接（法规规定、煤矿矿长、场地地震、"
        "河南村村民、辽阳镇镇长）；数字（一九九六年、二〇〇四年）。"
    )
    fix_hint = "删去多打的一个字；确属叠词的可在配置 allow 中列出该文字以免再报。"
    bad = (
        Example(
            "@title 泽州县人民政府办公室关于召开全县安全生产工作会议的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "会议的的组织工作由县政府办公室负责。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年3月5日",
            note="“的的”多打了一个“的”。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府办公室关于召开全县安全生产工作会议的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "要推动形成清清爽爽的同志关系、规规矩矩的上下级关系，常常对照检查，人人担当作为，一一抓好落实。\n"
            "@right 泽州县人民政府办公室\n"
            "@right 2025年3月5日",
            note="清清爽爽、规规矩矩、常常、人人、一一都是叠词，不是重复字。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        cands = {k: _candidates(p.text) for k, p in enumerate(doc.paragraphs) if _DOUBLE.search(p.text)}
        cands = {k: v for k, v in cands.items() if v}
        if not cands:
            return
        chars = {c for k, v in cands.items() for i in v for c in doc.paragraphs[k].text[slice(*_clause(doc.paragraphs[k].text, i))]}
        vocab = vocab_for(chars)
        for k in cands:
            p = doc.paragraphs[k]
            text = p.text
            for i in doubled_typos(text, vocab):
                a = text[i]
                ev, s = window(text, i, i + 2)
                fixed = ev[: i - s] + ev[i - s + 1 :]
                yield self.finding(
                    f"{_para_no(p)}“{ev}”中“{a}”字连写两次（“{a}{a}”），疑为多打一字。应为：“{fixed}”。",
                    ev,
                    p,
                    fix=fixed,
                )


# ---------------------------------------------------------------------------
# ZG502 — half-width punctuation inside Chinese text
# ---------------------------------------------------------------------------

FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF = re.compile(r"[,;:?!()]")
# URLs, e-mail addresses, and Windows paths: their punctuation is not prose
_PROTECTED = re.compile(
    r"(?:https?|ftp)://[!-~]+|www\.[A-Za-z0-9-]+\.[!-~]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|[A-Za-z]:\\[!-~]*"
)
_TRAIL = ".,;:!?)'\""  # trailing marks are not part of a URL


def _protected_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _PROTECTED.finditer(text):
        s, e = m.span()
        while e > s and text[e - 1] in _TRAIL:
            if text[e - 1] == ")" and "(" in text[s : e - 1]:
                break
            e -= 1
        spans.append((s, e))
    return spans


def _neighbour(text: str, i: int, step: int) -> str | None:
    j = i + step
    while 0 <= j < len(text) and text[j] in " \t":
        j += step
    return text[j] if 0 <= j < len(text) else None


def half_width_marks(text: str) -> list[list[int]]:
    """Groups of positions of half-width marks that sit in Chinese text; a
    pair of parentheses is one group."""
    spans = _protected_spans(text)
    protected = lambda i: any(s <= i < e for s, e in spans)  # noqa: E731
    marks = [m.start() for m in _HALF.finditer(text) if not protected(m.start())]
    if not marks:
        return []
    groups: list[list[int]] = []
    used: set[int] = set()
    for idx, i in enumerate(marks):
        if i in used:
            continue
        ch = text[i]
        if ch == "(" and i > 0 and text[i - 1] == "]":
            j = text.find(")", i)
            if j > 0:
                used.add(j)
            continue  # Markdown link [文字](地址)
        if ch == "(":
            # its closing partner: the next ')' with no '(' between
            j = next((k for k in marks[idx + 1 :] if text[k] in "()"), None)
            if j is not None and text[j] == ")":
                inner = text[i + 1 : j]
                if any(is_han(c) or c in _CJK_PUNCT for c in inner) or is_cjkish(_neighbour(text, i, -1)) or is_cjkish(
                    _neighbour(text, j, 1)
                ):
                    groups.append([i, j])
                used.add(j)
                continue
        prev, nxt = _neighbour(text, i, -1), _neighbour(text, i, 1)
        if ch in ",:" and prev is not None and nxt is not None and prev.isdigit() and nxt.isdigit():
            continue  # 1,000  10:30  1:5000
        if is_cjkish(prev) or is_cjkish(nxt):
            groups.append([i])
    return groups


@register
class HalfWidthPunctuation(Rule):
    code = "ZG502"
    title = "中文文本中使用了半角标点"
    severity = "warning"
    article = "GB/T 15834-2011"
    article_keys = ("GB/T 15834-2011", "条例第十九条")
    source = "《标点符号用法》（GB/T 15834-2011）；《党政机关公文处理工作条例》第十九条（四）"
    explanation = (
        "中文公文的标点符号应使用全角形式（，；：（）？！）。半角逗号、冒号、括号夹在汉字中间，"
        "字距不一致，也是从其他系统复制文字时常见的差错。"
    )
    triggers = (
        "半角“, ; : ( ) ? !”紧挨汉字或全角标点，如“(八) 讨论……”“电话:0356-1234567”“一是,二是”。"
    )
    non_triggers = (
        "数字、时间、比例中的半角标点（1,000、10:30、1:5000）；网址、电子邮箱；纯英文词句；"
        "发文字号的括号另由 ZG301 检查。"
    )
    fix_hint = "改为对应的全角标点：, → ，  ; → ；  : → ：  ( ) → （ ）  ? → ？  ! → ！"
    bad = (
        Example(
            "@title 泽州县人民政府关于调整县政府常务会议议事范围的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "县政府常务会议的主要任务是：\n"
            "(八) 讨论通过县政府重要人事任免事项；\n"
            "@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="“(八)”用了半角括号，应为“（八）”。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府关于调整县政府常务会议议事范围的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "县政府常务会议一般每月召开1次，会议于上午9:30开始，预算安排1,000万元，详见www.zezhou.gov.cn。\n"
            "（八）讨论通过县政府重要人事任免事项。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="时间、数字、网址中的半角符号不算；括号已是全角。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        for p in doc.paragraphs:
            text = p.text
            if p.role == "doc_number" or not _HALF.search(text):
                continue
            groups = half_width_marks(text)
            # merge groups close to each other into one finding
            clusters: list[list[int]] = []
            for g in groups:
                if clusters and g[0] - clusters[-1][-1] <= 2 * WINDOW and g[-1] - clusters[-1][0] <= 60:
                    clusters[-1].extend(g)
                else:
                    clusters.append(list(g))
            for c in clusters:
                ev, s = window(text, c[0], c[-1] + 1)
                fixed = list(ev)
                for i in c:
                    fixed[i - s] = FULL_WIDTH[text[i]]
                fixed_s = "".join(fixed)
                marks = "".join(dict.fromkeys(text[i] for i in c))
                fulls = "".join(dict.fromkeys(FULL_WIDTH[text[i]] for i in c))
                yield self.finding(
                    f"{_para_no(p)}“{ev}”中使用了半角标点“{marks}”，中文文本应使用全角“{fulls}”。应为：“{fixed_s}”。",
                    ev,
                    p,
                    fix=fixed_s,
                )


# ---------------------------------------------------------------------------
# ZG503 — unbalanced paired punctuation
# ---------------------------------------------------------------------------

_PAIRS = {
    "quote": ("“", "”", "双引号"),
    "squote": ("‘", "’", "单引号"),
    "book": ("《", "》", "书名号"),
    "abook": ("〈", "〉", "单书名号"),
    "paren": ("（", "）", "括号"),
    "lent": ("【", "】", "方头括号"),
    "corner": ("「", "」", "直角引号"),
    "wcorner": ("『", "』", "双直角引号"),
}
_OPEN = {v[0]: k for k, v in _PAIRS.items()} | {"(": "paren"}
_CLOSE = {v[1]: k for k, v in _PAIRS.items()} | {")": "paren"}
# a closing bracket that ends an item number, not a pair: 1）  (a)  一）  ①）
_LIST_MARK = re.compile(r"(?:^|[\s。；：，、])[0-9０-９a-zA-Z一二三四五六七八九十]{1,3}$")


@dataclass
class _Open:
    label: str
    para: int  # position in doc.paragraphs
    pos: int


def unbalanced_marks(paras: list[str]) -> list[tuple[int, int, str, str]]:
    """(paragraph position, char position, label, 'open'|'close') of every
    paired mark without its partner. A pair may span a paragraph boundary
    when the first paragraph is cut mid-sentence (pdf page break), and a
    quotation may run over several paragraphs when each of them opens with
    “ (the Chinese convention for multi-paragraph quotations)."""
    out: list[tuple[int, int, str, str]] = []
    stack: list[_Open] = []
    for k, text in enumerate(paras):
        skip_first = False
        if stack:
            broken = k > 0 and ends_broken(paras[k - 1])
            kept: list[_Open] = []
            for o in stack:
                if o.label == "quote" and text.startswith("“"):
                    o.para = k
                    skip_first = True
                    kept.append(o)
                elif broken and o.para == k - 1:
                    kept.append(o)
                else:
                    out.append((o.para, o.pos, o.label, "open"))
            stack = kept
        for i, ch in enumerate(text):
            if i == 0 and skip_first:
                continue
            if ch in _OPEN:
                stack.append(_Open(_OPEN[ch], k, i))
            elif ch in _CLOSE:
                label = _CLOSE[ch]
                if stack and stack[-1].label == label:
                    stack.pop()
                    continue
                if ch == "’" and i > 0 and text[i - 1].isascii() and text[i - 1].isalpha():
                    continue  # apostrophe in English
                if label == "paren" and _LIST_MARK.search(text[:i]):
                    continue  # item number 1）
                depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d].label == label), None)
                if depth is None:
                    out.append((k, i, label, "close"))
                    continue
                for o in stack[depth + 1 :]:
                    out.append((o.para, o.pos, o.label, "open"))
                del stack[depth:]
    for o in stack:
        out.append((o.para, o.pos, o.label, "open"))
    return sorted(out)


@register
class UnbalancedPairs(Rule):
    code = "ZG503"
    title = "成对标点不配对"
    severity = "warning"
    article = "GB/T 15834-2011"
    article_keys = ("GB/T 15834-2011", "条例第十九条")
    source = "《标点符号用法》（GB/T 15834-2011）；《党政机关公文处理工作条例》第十九条（四）"
    explanation = (
        "引号、书名号、括号必须成对使用。缺了右半边（或左半边），引用范围和文件名称就不清楚，"
        "多见于修改时删改了一半。"
    )
    triggers = "一段中“有左无右或有右无左：增强“四个意识、坚定“四个自信”；《泽州县人民政府工作规则；（此件公开发布。"
    non_triggers = (
        "跨段的引文（每段段首用“、末段段尾用”）；因分页断开的段落中成对的标点；"
        "序号“1）”“（1）”；英文撇号。"
    )
    fix_hint = "补上缺少的另一半标点，或删去多余的一个。"
    bad = (
        Example(
            "@title 泽州县人民政府关于加强政府系统作风建设的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "各部门要增强“四个意识、坚定“四个自信”，认真贯彻《泽州县人民政府工作规则。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="“四个意识 缺右引号；《泽州县人民政府工作规则 缺右书名号。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府关于加强政府系统作风建设的通知\n"
            "各乡镇人民政府，县直各有关单位：\n"
            "各部门要增强“四个意识”、坚定“四个自信”，认真贯彻《泽州县人民政府工作规则》（泽政发〔2024〕32号）。\n"
            "@right 泽州县人民政府\n"
            "@right 2025年3月5日",
            note="引号、书名号、括号都成对。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        paras = doc.paragraphs
        texts = [p.text for p in paras]
        if not any(ch in _OPEN or ch in _CLOSE for t in texts for ch in t):
            return
        for k, i, label, side in unbalanced_marks(texts):
            p = paras[k]
            left, right, name = _PAIRS[label]
            mark = p.text[i]
            ev, _ = window(p.text, i, i + 1)
            if side == "open":
                msg = f"{_para_no(p)}“{ev}”中的左{name}“{mark}”没有对应的右{name}“{right}”。应补全为成对的“{left}……{right}”，或删去多余的“{mark}”。"
            else:
                msg = f"{_para_no(p)}“{ev}”中的右{name}“{mark}”没有对应的左{name}“{left}”。应补全为成对的“{left}……{right}”，或删去多余的“{mark}”。"
            yield self.finding(msg, ev, p)


# ---------------------------------------------------------------------------
# ZG504 — misquoted 规范提法
# ---------------------------------------------------------------------------

_NUMS = "一二两三四五六七八九十"


@dataclass(frozen=True)
class _Phrase:
    canonical: str
    note: str
    wrong: tuple[str, ...]
    wrong_quoted: tuple[str, ...]
    numeral_re: re.Pattern | None
    numeral: str
    counter: str
    suffix: str
    numeral_scope: str
    context_after: tuple[str, ...]
    exclude_numerals: frozenset[str]
    after_exclude: tuple[str, ...]
    fuzzy: bool
    anchors: tuple[str, ...]
    max_distance: int
    allowed: tuple[str, ...]
    pattern: re.Pattern | None
    replace: str


@lru_cache(maxsize=None)
def phrases() -> tuple[_Phrase, ...]:
    out = []
    for d in load_toml("phrases.toml")["phrase"]:
        counter = d.get("counter", "个")
        suffix = d.get("suffix", "")
        numeral = d.get("numeral", "")
        out.append(
            _Phrase(
                canonical=d["canonical"],
                note=d.get("note", ""),
                wrong=tuple(d.get("wrong", ())),
                wrong_quoted=tuple(d.get("wrong_quoted", ())),
                numeral_re=re.compile(rf"(?<![第{_NUMS}百千])([{_NUMS}]){re.escape(counter)}{re.escape(suffix)}")
                if numeral and suffix
                else None,
                numeral=numeral,
                counter=counter,
                suffix=suffix,
                numeral_scope=d.get("numeral_scope", "any"),
                context_after=tuple(d.get("context_after", ())),
                exclude_numerals=frozenset(d.get("exclude_numerals", ())) | {"一"},
                after_exclude=tuple(d.get("after_exclude", ())),
                fuzzy=bool(d.get("fuzzy", False)),
                anchors=tuple(d.get("anchors", ())),
                max_distance=int(d.get("max_distance", 1)),
                allowed=tuple(d.get("allowed", ())),
                pattern=re.compile(d["pattern"]) if d.get("pattern") else None,
                replace=d.get("replace", ""),
            )
        )
    return tuple(out)


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0 and s:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


@dataclass
class Misquote:
    start: int
    end: int
    found: str
    canonical: str
    note: str
    fix: str | None  # replacement for `found` when certain


def misquotes(text: str, *, starts_broken: bool = False, ends_broken_: bool = False) -> list[Misquote]:
    """Misquoted 规范提法 in one paragraph. ``starts_broken``/``ends_broken_``
    say the paragraph may continue from / into a neighbour (page break): a
    near-miss touching that edge may be a cut-off correct phrase."""
    out: list[Misquote] = []
    for ph in phrases():
        canon_spans = _spans(text, ph.canonical)
        inside_canon = lambda s, e: any(cs <= s and e <= ce for cs, ce in canon_spans)  # noqa: E731
        for w in ph.wrong:
            for s, e in _spans(text, w):
                if not inside_canon(s, e):
                    out.append(Misquote(s, e, w, ph.canonical, ph.note, _certain(w, ph.canonical)))
        for w in ph.wrong_quoted:
            for s, e in _spans(text, f"“{w}”"):
                out.append(Misquote(s + 1, e - 1, w, ph.canonical, ph.note, _certain(w, ph.canonical)))
        if ph.numeral_re is not None and ph.suffix in text:
            for m in ph.numeral_re.finditer(text):
                num = m.group(1)
                if num == ph.numeral or num in ph.exclude_numerals:
                    continue
                rest = text[m.end() :]
                if any(rest.startswith(x) for x in ph.after_exclude):
                    continue
                if ph.numeral_scope == "quoted":
                    quoted = m.start() > 0 and text[m.start() - 1] == "“" and rest.startswith("”")
                    if not quoted and not any(rest.lstrip("”").startswith(c) for c in ph.context_after):
                        continue
                fixed = ph.numeral + m.group(0)[1:]
                out.append(Misquote(m.start(), m.end(), m.group(0), ph.canonical, ph.note, fixed))
        if ph.pattern is not None:
            for m in ph.pattern.finditer(text):
                out.append(Misquote(m.start(), m.end(), m.group(0), ph.canonical, ph.note, m.expand(ph.replace)))
        if ph.fuzzy:
            out.extend(_fuzzy(text, ph, starts_broken, ends_broken_))
    # one finding per place: keep the first of overlapping results
    out.sort(key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Misquote] = []
    for q in out:
        if kept and q.start < kept[-1].end:
            continue
        kept.append(q)
    return kept


def _certain(wrong: str, canonical: str) -> str | None:
    """The canonical text as a replacement when the misquote is a variant of
    the whole formulation (a changed, missing, extra or swapped character),
    not a fragment of its explanation."""
    if sorted(wrong) == sorted(canonical) or (abs(len(wrong) - len(canonical)) <= 2 and levenshtein(wrong, canonical) <= 2):
        return canonical
    it = iter(canonical)
    if len(canonical) - len(wrong) <= 4 and all(c in it for c in wrong):  # words left out
        return canonical
    return None


def _fuzzy(text: str, ph: _Phrase, starts_broken: bool, ends_broken_: bool) -> list[Misquote]:
    canon, L, md = ph.canonical, len(ph.canonical), ph.max_distance
    allowed_spans = [sp for a in ph.allowed for sp in _spans(text, a)]
    found: list[Misquote] = []
    for anchor in ph.anchors:
        off = canon.find(anchor)
        for a_s, a_e in _spans(text, anchor):
            lo, hi = a_s - off - md, a_s - off + L + md
            if (lo < 0 and starts_broken) or (hi > len(text) and ends_broken_):
                continue  # may be a correct phrase cut by a page break
            best: tuple[int, int, int] | None = None
            for s in range(max(0, a_s - off - md), min(a_s, a_s - off + md) + 1):
                for e in range(max(a_e, s + L - md), min(len(text), s + L + md) + 1):
                    d = levenshtein(text[s:e], canon)
                    # fewest edits, then edges that agree with the phrase, then shortest
                    key = (d, -((text[s] == canon[0]) + (text[e - 1] == canon[-1])), e - s, s)
                    if best is None or key < best[0]:
                        best = (key, s, e)
            if best is None:
                continue
            (d, *_), s, e = best
            if d == 0 or d > md:
                continue
            if any(as_ <= s and e <= ae for as_, ae in allowed_spans):
                continue
            found.append(Misquote(s, e, text[s:e], canon, ph.note, canon))
    return found


@register
class MisquotedFormulation(Rule):
    code = "ZG504"
    title = "规范提法表述有误"
    severity = "warning"
    article = "条例第十九条"
    source = "《党政机关公文处理工作条例》第十九条（二）（四）"
    explanation = (
        "“两个确立”“四个意识”“四个自信”“两个维护”“国之大者”“三个务必”和“习近平新时代中国特色社会主义思想”等"
        "是党的文件确定的规范提法，数字、用字和全称都不能改动。公文审核要求核对提法是否准确。"
    )
    triggers = (
        "规范提法的数字或用字写错（“三个自信”“五个意识”“两个拥护”“二十大三中全会”），"
        "长提法漏字、错字（“习近平新时代中国特色主义思想”）。"
    )
    non_triggers = (
        "正确的提法本身；另有所指的正确说法（“两个务必”“以习近平总书记为核心的党中央”“新时代中国特色社会主义思想”）；"
        "因分页断开的段落。"
    )
    fix_hint = "按规范提法改正（见 zgov_cli/data/phrases.toml 所列）。"
    bad = (
        Example(
            "@title 中共泽州县委办公室关于开展主题学习活动的通知\n"
            "各乡镇党委，县直各单位党组（党委）：\n"
            "要以习近平新时代中国特色主义思想为指导，增强“四个意识”、坚定“三个自信”、做到“两个拥护”。\n"
            "@right 中共泽州县委办公室\n"
            "@right 2025年3月5日",
            note="漏了“社会”二字；“三个自信”应为“四个自信”；“两个拥护”应为“两个维护”。",
        ),
    )
    good = (
        Example(
            "@title 中共泽州县委办公室关于开展主题学习活动的通知\n"
            "各乡镇党委，县直各单位党组（党委）：\n"
            "要以习近平新时代中国特色社会主义思想为指导，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、"
            "做到“两个维护”，牢记“国之大者”和“三个务必”。\n"
            "@right 中共泽州县委办公室\n"
            "@right 2025年3月5日",
            note="提法全部规范。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        paras = doc.paragraphs
        for k, p in enumerate(paras):
            sb = k > 0 and ends_broken(paras[k - 1].text)
            eb = ends_broken(p.text) and k + 1 < len(paras)
            for q in misquotes(p.text, starts_broken=sb, ends_broken_=eb):
                ev, s = window(p.text, q.start, q.end)
                extra = f"（{q.note}）" if q.note else ""
                if q.fix is not None:
                    fixed = ev[: q.start - s] + q.fix + ev[q.end - s :]
                    msg = f"{_para_no(p)}“{ev}”中的“{q.found}”不是规范提法。应为：“{q.fix}”{extra}。"
                    yield self.finding(msg, ev, p, fix=fixed)
                else:
                    msg = f"{_para_no(p)}“{ev}”中的“{q.found}”与规范提法“{q.canonical}”不符{extra}。应为：“{q.canonical}”。"
                    yield self.finding(msg, ev, p)
