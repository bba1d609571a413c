"""ZG3 — 格式: the parts of a 公文 written the way GB/T 9704-2012 and the
条例 prescribe (SPEC §6 ZG3).

ZG301 发文字号, ZG302 成文日期, ZG303 文种 and 标题, ZG304 上行文的签发人,
ZG305 请示的附注, ZG306 主送机关, ZG307 附件说明, ZG308 结构层次序数, ZG309
标题中的标点. Each finding quotes the text as written, says where it is and
gives the correct form; ``fix`` carries the replacement where it is certain.
Vocabulary lives in ``data/format.toml``; the parts themselves come from
:mod:`zgov_cli.structure`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator

from ..data import load_toml
from ..model import Document, Finding, Paragraph
from .base import Context, Example, Rule, register

_WS = re.compile(r"[\s\u3000]+")
_FW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_NUMERALS = "〇○零一二三四五六七八九十百"
_SENT_END = re.compile(r"[。！？；!?;]")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return load_toml("format.toml")


def _squash(text: str) -> str:
    return _WS.sub("", text or "")


def _where(p: Paragraph | None) -> str:
    if p is None or not p.index:
        return ""
    return f"第{p.index}段" + (f"（第{p.page}页）" if p.page else "")


def cn_int(s: str) -> int | None:
    """一 → 1, 十二 → 12, 四十六 → 46, 一百零二 → 102; Arabic digits too."""
    s = s.translate(_FW_DIGITS)
    if s.isdigit():
        return int(s)
    digits = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
    total, cur = 0, 0
    for ch in s:
        if ch in digits:
            cur = digits[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


def _head_paragraphs(doc: Document) -> list[Paragraph]:
    """Paragraphs before the title (the 版头), or the first few when no title."""
    end = doc.title_pos[0] if doc.title_pos else min(len(doc.paragraphs), 4)
    return doc.paragraphs[:end]


def _is_status_mark(text: str) -> bool:
    """A （代拟稿）/（征求意见稿） line: a draft's status, not a 版头."""
    s = _squash(text).strip("（）()【】[]")
    return bool(s) and any(s == m or s.endswith(m) for m in _data()["title"]["trailing_notes"])


def has_real_header(doc: Document) -> bool:
    """Has the document reached its printed form? A 版头 with a 发文字号, a
    份号/密级/紧急程度, or a 发文机关标志 — a （代拟稿） mark above the title does
    not make a draft a finished document."""
    if doc.doc_number and doc.doc_number_pos is not None and (
        not doc.title_pos or doc.doc_number_pos < doc.title_pos[0]
    ):
        return True
    if doc.copy_number or doc.secrecy or doc.urgency or doc.signers:
        return True
    marks = [p for p in _head_paragraphs(doc) if p.role == "issuer_mark"]
    return any(not _is_status_mark(p.text) for p in marks)


def is_finished(doc: Document) -> bool:
    """A finished 公文 (not a bare draft): it has a 版头, a 发文字号 or a 署名;
    a 代拟稿 is by definition still a draft."""
    if doc.is_draft:
        return False
    return has_real_header(doc) or bool(doc.doc_number) or bool(doc.signature)


# ===========================================================================
# ZG301 发文字号
# ===========================================================================

_NUM_PARTS = re.compile(
    r"^(?P<code>[^\d０-９〔〕\[\]【】（）()［］〖〗]+?)"
    r"(?P<open>[〔\[【（(［〖])?(?P<year>[0-9０-９]{2,4}|[〇○零一二三四五六七八九]{2,4})(?P<close>[〕\]】）)］〗])?"
    r"(?P<di>第)?(?P<seq>[0-9０-９]+|[〇○零一二三四五六七八九十百]{1,6})(?P<hao>号)?$"
)
# a 发文字号 written without its 号 (structure only reads those ending in 号)
_NUM_NO_HAO = re.compile(
    r"(?P<num>[\u4e00-\u9fa5]{1,16}[〔\[【（(［〖](?:[0-9０-９]{2,4}|[〇○零一二三四五六七八九]{4})[〕\]】）)］〗]"
    r"第?[0-9０-９]{1,5})(?![0-9０-９号])"
)
_CN_DIGIT_MAP = str.maketrans("〇○零一二三四五六七八九", "000123456789")


def analyse_doc_number(number: str, year_hint: int | None = None) -> tuple[list[str], str | None]:
    """(problems, corrected form or None when it cannot be certain)."""
    s = _squash(number)
    m = _NUM_PARTS.match(s)
    if not m:
        return [], None
    problems: list[str] = []
    if m.group("open") != "〔" or m.group("close") != "〕":
        if m.group("open") is None and m.group("close") is None:
            problems.append("年份未用六角括号“〔〕”括入")
        else:
            used = (m.group("open") or "") + (m.group("close") or "")
            problems.append(f"年份用了“{used}”，应用六角括号“〔〕”")
    year_raw = m.group("year")
    seq_raw = m.group("seq")
    if re.search("[０-９]", year_raw + seq_raw):
        problems.append("数字应使用半角阿拉伯数字")
    year = year_raw.translate(_FW_DIGITS)
    seq = seq_raw.translate(_FW_DIGITS)
    cn_year, cn_seq = not year.isdigit(), not seq.isdigit()
    if cn_year or cn_seq:
        what = "、".join(w for w, on in (("年份", cn_year), ("发文顺序号", cn_seq)) if on)
        problems.append(f"{what}应使用阿拉伯数字，不用汉字数字")
    if cn_year:
        year = year.translate(_CN_DIGIT_MAP)
    if cn_seq:
        n = cn_int(seq)
        if n is None or n <= 0:
            return problems, None
        seq = str(n)
    year_ok = True
    if len(year) != 4:
        problems.append(f"年份“{year_raw}”应标全称（4位）")
        year_ok = False
        if year_hint is not None and len(year) == 2 and str(year_hint).endswith(year):
            year, year_ok = str(year_hint), True
    if m.group("di"):
        problems.append("发文顺序号不加“第”字")
    if len(seq) > 1 and seq.startswith("0"):
        problems.append(f"发文顺序号“{seq_raw}”不编虚位（1 不编为 01）")
        seq = seq.lstrip("0") or "0"
    if not m.group("hao"):
        problems.append("发文顺序号后应加“号”字")
    fixed = f"{m.group('code')}〔{year}〕{seq}号" if year_ok else None
    return problems, fixed


@register
class DocNumberFormat(Rule):
    code = "ZG301"
    title = "发文字号格式不规范"
    severity = "error"
    article = "GB/T 9704-2012 7.2.4"
    source = "GB/T 9704-2012《党政机关公文格式》7.2.4 发文字号"
    article_keys = ("GB/T 9704-2012 7.2.4",)
    explanation = (
        "发文字号由发文机关代字、年份和发文顺序号组成，写作“机关代字〔年份〕序号号”，"
        "如“泽政发〔2024〕32号”。年份用阿拉伯数字标全称并用六角括号“〔〕”括入，"
        "顺序号不加“第”字、不编虚位，后加“号”字。"
    )
    triggers = (
        "年份用方括号、鱼尾括号或圆括号（“[2024]”“【2024】”“（2024）”“(2024)”）或未加括号；"
        "年份只写两位（“〔24〕”）；顺序号前加“第”或编虚位（“第32号”“032号”）；缺“号”字；全角数字。"
    )
    non_triggers = (
        "机关代字本身不作判断：“国办发明电〔2018〕15号”（明电）、“国函〔2018〕159号”（函）、"
        "“发改办财金规〔2019〕860号”（联合发文、规范性文件代字）都是合规写法；"
        "字号中因排版出现的空格不报告；正文中引用的其他文件的字号不在本规则检查范围。"
    )
    fix_hint = "改为“机关代字〔4位年份〕顺序号号”，如“泽教发〔2025〕12号”。"
    bad = (
        Example(
            "@center 泽州县教育局文件\n@center 泽教发[2025]012号\n"
            "@title 泽州县教育局关于开展校园安全大检查的通知\n各中小学校：\n"
            "为切实保障师生安全，决定开展校园安全大检查。\n"
            "@right 泽州县教育局\n@right 2025年3月5日",
            note="方括号、顺序号编虚位：应为“泽教发〔2025〕12号”。",
        ),
        Example(
            "@center 泽州县水务局文件\n@center 泽水发（2025）第8号\n"
            "@title 泽州县水务局关于做好汛期值班工作的通知\n各水管站：\n"
            "现将汛期值班有关事项通知如下。\n@right 泽州县水务局\n@right 2025年6月3日",
            note="圆括号、顺序号前加“第”：应为“泽水发〔2025〕8号”。",
        ),
    )
    good = (
        Example(
            "@center 泽州县教育局文件\n@center 泽教发〔2025〕12号\n"
            "@title 泽州县教育局关于开展校园安全大检查的通知\n各中小学校：\n"
            "为切实保障师生安全，决定开展校园安全大检查。\n"
            "@right 泽州县教育局\n@right 2025年3月5日",
        ),
        Example(
            "@title 国务院办公厅关于2019年部分节假日安排的通知\n国办发明电〔2018〕15号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "经国务院批准，现将2019年节假日安排通知如下。\n国务院办公厅\n2018年12月4日",
            note="明电的发文字号，合规。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        year_hint = int(doc.date[:4]) if doc.date else None
        if doc.doc_number:
            para = doc.para_at(doc.doc_number_pos)
            problems, fixed = analyse_doc_number(doc.doc_number, year_hint)
            if problems:
                yield self._report(doc.doc_number, problems, fixed, para)
            return
        # a 发文字号 without 号 in the 版头 or under the title (web layout)
        cands = list(_head_paragraphs(doc))
        if doc.title_pos and doc.title_pos[-1] + 1 < len(doc.paragraphs):
            cands.append(doc.paragraphs[doc.title_pos[-1] + 1])
        for p in cands:
            s = _squash(p.text)
            if len(s) > 40 or _SENT_END.search(s):
                continue
            m = _NUM_NO_HAO.search(s)
            if m:
                problems, fixed = analyse_doc_number(m.group("num"), year_hint)
                if problems:
                    yield self._report(m.group("num"), problems, fixed, p)
                return

    def _report(self, number: str, problems: list[str], fixed: str | None, para: Paragraph | None) -> Finding:
        right = f"应为“{fixed}”" if fixed else "应写作“机关代字〔4位年份〕顺序号号”"
        msg = f"发文字号“{number}”{'；'.join(problems)}。{right}。"
        if para is not None:
            msg = f"{_where(para)}" + msg
        return self.finding(msg, number, para, fix=fixed)


# ===========================================================================
# ZG302 成文日期
# ===========================================================================

_LOOSE_DATE_LINE = re.compile(
    r"^(?:(?P<y2>[0-9０-９]{2})年(?P<m2>[0-9０-９]{1,2})月(?P<d2>[0-9０-９]{1,2})日"
    r"|(?P<y>(?:19|20)\d{2})(?P<sep>[.\-/．－／])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})日?)$"
)


def _cn_year(text: str) -> int | None:
    m = re.match(rf"^([{_CN_NUMERALS}]{{4}})年", text)
    if not m:
        return None
    digits = {"〇": "0", "○": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
              "六": "6", "七": "7", "八": "8", "九": "9"}
    try:
        return int("".join(digits[c] for c in m.group(1)))
    except KeyError:
        return None


@register
class DateFormat(Rule):
    code = "ZG302"
    title = "成文日期格式不规范或缺少成文日期"
    severity = "error"
    article = "GB/T 9704-2012 7.3.5"
    source = "GB/T 9704-2012《党政机关公文格式》7.3.5 成文日期；条例第九条"
    article_keys = ("GB/T 9704-2012 7.3.5", "条例第九条")
    explanation = (
        "成文日期用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位，"
        "如“2024年12月6日”，不写“二〇二四年十二月六日”“2024年12月06日”“24年12月6日”“2024.12.6”。"
        "已成稿（有版头、发文字号或署名）的公文缺少成文日期的，提示补上（警告）。"
    )
    triggers = (
        "成文日期用汉字数字；月、日编虚位（“03月”“06日”）；年份不全；用“.”“-”“/”分隔；全角数字。"
        "有版头、发文字号或发文机关署名而无成文日期：警告。"
    )
    non_triggers = (
        "2012年7月1日 GB/T 9704-2012 施行以前的公文（如“一九九六年二月五日”）按当时的 GB/T 9704-1999 "
        "用汉字数字标注，不报告；只判断成文日期，正文中的日期和版记中的印发日期不在本规则范围；"
        "只有标题和正文、尚未署名的草稿，以及代拟稿，缺日期不报告；纪要不要求落款日期。"
    )
    fix_hint = "改为“2024年12月6日”式的阿拉伯数字日期；成稿公文在署名下补写成文日期。"
    bad = (
        Example(
            "@title 泽州县应急管理局关于开展防汛应急演练的通知\n各乡镇人民政府：\n"
            "为提高防汛应急处置能力，定于6月中旬开展防汛应急演练。\n"
            "@right 泽州县应急管理局\n@right 二〇二五年六月三日",
            note="汉字数字：应为“2025年6月3日”。",
        ),
        Example(
            "@title 泽州县应急管理局关于开展防汛应急演练的通知\n各乡镇人民政府：\n"
            "为提高防汛应急处置能力，定于6月中旬开展防汛应急演练。\n"
            "@right 泽州县应急管理局\n@right 2025年06月03日",
            note="月、日编虚位：应为“2025年6月3日”。",
        ),
    )
    good = (
        Example(
            "@title 泽州县应急管理局关于开展防汛应急演练的通知\n各乡镇人民政府：\n"
            "为提高防汛应急处置能力，定于6月中旬开展防汛应急演练。\n"
            "@right 泽州县应急管理局\n@right 2025年6月3日",
        ),
        Example(
            "@title 国务院办公厅关于同意以哈尔滨市名义申办世界大学生冬季运动会的复函\n"
            "国办函〔2004〕36号\n黑龙江省人民政府：\n同意以哈尔滨市名义申办。\n国务院办公厅\n二〇〇四年四月二十七日",
            note="GB/T 9704-2012 施行前的公文用汉字数字，不报告。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        since = _data()["date"]["standard_since"]
        if doc.date_text:
            para = doc.para_at(doc.date_pos)
            text = _squash(doc.date_text)
            if doc.date and doc.date < since:
                return
            if not doc.date:
                y = _cn_year(text)
                if y is not None and y < int(since[:4]):
                    return
            problems = []
            if re.search(f"[{_CN_NUMERALS}]", text):
                problems.append("用了汉字数字，应用阿拉伯数字")
            if re.search("[０-９]", text):
                problems.append("用了全角数字，应用半角阿拉伯数字")
            if re.search(r"(?<![0-9０-９])[0０][0-9０-９](?=[月日])", text):
                problems.append("月、日编了虚位（1 不编为 01）")
            if not problems:
                return
            fixed = _cn_date(doc.date) if doc.date else None
            right = f"应为“{fixed}”" if fixed else "应写作“2024年12月6日”式"
            yield self.finding(
                f"{_where(para)}成文日期“{text}”{'；'.join(problems)}。{right}。", text, para, fix=fixed
            )
            return
        # a date line the structure did not take for a date: 24年12月6日, 2024.12.6
        bad = self._loose_date(doc)
        if bad is not None:
            p, text, fixed = bad
            right = f"应为“{fixed}”" if fixed else "年份应标全称，如“2024年12月6日”"
            yield self.finding(
                f"{_where(p)}成文日期“{text}”不合规范：应用阿拉伯数字标全年、月、日。{right}。", text, p, fix=fixed
            )
            return
        if not is_finished(doc) or doc.doc_type == "纪要":
            return
        anchor = None
        for i in range(len(doc.paragraphs) - 1, -1, -1):
            if doc.paragraphs[i].role == "signature":
                anchor = doc.paragraphs[i]
                break
        if anchor is None and doc.body_pos:
            anchor = doc.paragraphs[doc.body_pos[-1]]
        where = f"{_where(anchor)}之后" if anchor is not None else ""
        yield self.finding(
            f"公文已有{'版头' if has_real_header(doc) else '发文字号或署名'}，但{where}未见成文日期；"
            "应在发文机关署名下标注成文日期，如“2025年6月3日”。",
            anchor.text.strip() if anchor is not None else (doc.title or ""),
            anchor,
            severity="warning",
        )

    @staticmethod
    def _loose_date(doc: Document) -> tuple[Paragraph, str, str | None] | None:
        start = (doc.recipients_pos + 1) if doc.recipients_pos is not None else (
            doc.title_pos[-1] + 1 if doc.title_pos else 0
        )
        for p in doc.paragraphs[start:]:
            if p.role not in ("body", "signature", "other"):
                continue
            s = _squash(p.text)
            m = _LOOSE_DATE_LINE.match(s)
            if not m:
                continue
            if m.group("y"):
                try:
                    import datetime as _dt

                    d = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    return p, s, None
                return p, s, _cn_date(d.isoformat())
            return p, s, None
        return None


def _cn_date(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


# ===========================================================================
# ZG303 文种 / 标题
# ===========================================================================

def _strip_trailing_note(title: str) -> str | None:
    m = re.search(r"[（(](?P<inner>[^（）()]{1,10})[）)]$", title)
    if m and any(w in m.group("inner") for w in _data()["title"]["trailing_notes"]):
        return title[: m.start()]
    return None


@register
class DocTypeInTitle(Rule):
    code = "ZG303"
    title = "标题文种不规范或缺少“关于”+事由"
    severity = "error"
    article = "条例第八条"
    source = "《党政机关公文处理工作条例》第八条（15 种文种）、第九条（三）标题由发文机关名称、事由和文种组成"
    article_keys = ("条例第八条", "条例第九条")
    explanation = (
        "公文标题由发文机关名称、事由和文种组成（条例第九条（三）），文种须是条例第八条规定的 15 种之一："
        "决议、决定、命令（令）、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要。"
        "“请示报告”“报告请示”混用文种，“申请”“汇报”“总结”“方案”等不是法定文种。"
        "标题缺少“关于……”引出的事由时给出警告。"
    )
    triggers = (
        "标题以“请示报告”“申请”“汇报”“工作总结”“实施方案”等非法定文种结尾，或根本没有文种；"
        "标题没有“关于”+事由（警告），如“泽州县教育局请示”。有主送机关或版头却找不到标题。"
    )
    non_triggers = (
        "纪要（“县政府第5次常务会议纪要”）、命令（令）、公报、公告、通告可不用“关于”；"
        "“……转发……的通知”“……印发《……》的通知”“……批转……的通知”不用“关于”也合规；"
        "标题后的“（试行）”“（代拟稿）”等括注不影响文种判断；没有主送机关、也没有版头的文字材料不报告缺标题。"
    )
    fix_hint = "标题写成“发文机关＋关于＋事由＋的＋文种”，文种选用条例第八条规定的一种，如“……关于申请……经费的请示”。"
    bad = (
        Example(
            "@title 泽州县卫生健康局关于乡镇卫生院设备更新的请示报告\n泽州县人民政府：\n"
            "我县乡镇卫生院部分设备老化，恳请县政府安排更新资金。\n妥否，请批示。\n"
            "@right 泽州县卫生健康局\n@right 2025年4月8日\n（联系人：张敏，电话：0356-3021234）",
            note="“请示报告”混用文种：应为“……的请示”。",
        ),
        Example(
            "@title 泽州县交通运输局关于农村公路养护资金的申请\n泽州县人民政府：\n"
            "今年农村公路养护任务繁重，恳请县政府拨付养护资金50万元。\n妥否，请批示。\n"
            "@right 泽州县交通运输局\n@right 2025年4月8日\n（联系人：王磊，电话：0356-3025678）",
            note="“申请”不是文种：应为“……的请示”。",
        ),
    )
    good = (
        Example(
            "@title 泽州县卫生健康局关于乡镇卫生院设备更新的请示\n泽州县人民政府：\n"
            "我县乡镇卫生院部分设备老化，恳请县政府安排更新资金。\n妥否，请批示。\n"
            "@right 泽州县卫生健康局\n@right 2025年4月8日\n（联系人：张敏，电话：0356-3021234）",
        ),
        Example(
            "@title 泽州县人民政府第18次常务会议纪要\n2025年6月18日，县长主持召开县政府第18次常务会议。\n"
            "会议研究了城区供水管网改造等事项。\n@right 泽州县人民政府办公室\n@right 2025年6月20日",
            note="纪要的标题不用“关于”。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        tp = doc.title_paragraph()
        if not doc.title:
            if doc.recipients_pos is not None or has_real_header(doc):
                anchor = doc.para_at(doc.recipients_pos) or (doc.paragraphs[0] if doc.paragraphs else None)
                yield self.finding(
                    f"有{'主送机关' if doc.recipients_pos is not None else '版头'}，但未找到以法定文种结尾的标题；"
                    "公文标题应由发文机关名称、事由和文种组成，如“泽州县教育局关于……的请示”。",
                    anchor.text.strip() if anchor is not None else "",
                    anchor,
                )
            return
        title = _squash(doc.title)
        is_gongwen = doc.recipients_pos is not None or has_real_header(doc)
        if not is_gongwen and title.rstrip("。.；;，,！!？?、").endswith(
            tuple(_data()["title"]["material_endings"])
        ):
            return  # a 方案/办法 checked on its own: not a 公文 title
        if doc.doc_type_problem:
            yield self.finding(
                f"{_where(tp)}标题“{title}”：{doc.doc_type_problem}。", title, tp,
            )
            return
        from ..structure import title_doc_type

        dtype, problem = title_doc_type(title)
        if dtype is None and problem is None:
            stripped = _strip_trailing_note(title.rstrip("。.；;，,！!？?、"))
            if stripped:
                dtype, problem = title_doc_type(stripped)
        if problem:
            yield self.finding(f"{_where(tp)}标题“{title}”：{problem}。", title, tp)
            return
        if dtype is None:
            yield self.finding(
                f"{_where(tp)}标题“{title}”未以法定文种结尾；文种应为条例第八条规定的 15 种之一"
                "（如通知、请示、报告、函），写作“……关于……的请示”。",
                title, tp,
            )
            return
        tdata = _data()["title"]
        if "关于" in title or dtype in tdata["no_guanyu_types"]:
            return
        if any(w in title for w in tdata["no_guanyu_words"]):
            return
        yield self.finding(
            f"{_where(tp)}标题“{title}”缺少“关于”引出的事由；标题应由发文机关名称、事由和文种组成，"
            f"如“……关于……的{dtype}”。",
            title, tp, severity="warning",
        )


# ===========================================================================
# ZG304 上行文的签发人
# ===========================================================================

@register
class UpwardSigner(Rule):
    code = "ZG304"
    title = "上行文缺少签发人"
    severity = "warning"
    article = "GB/T 9704-2012 7.2.5"
    source = "GB/T 9704-2012《党政机关公文格式》7.2.4、7.2.5（上行文标注签发人）"
    article_keys = ("GB/T 9704-2012 7.2.5", "GB/T 9704-2012 7.2.4")
    explanation = (
        "上行文（请示、报告）应在版头标注签发人：“签发人”三字加全角冒号和姓名，"
        "与发文字号同处一行（发文字号居左空一字，签发人居右空一字）。"
    )
    triggers = "请示或报告已有版头（发文机关标志或发文字号），但版头中没有“签发人：姓名”。"
    non_triggers = (
        "只有标题以下部分的草稿尚未排版头，不因缺签发人报告（判断依据：有无发文机关标志、发文字号、份号等版头要素；"
        "标题上方的“（代拟稿）”不算版头）；代拟稿由上级机关签发，不报告；"
        "下行文、平行文（通知、批复、函等）不要求签发人。"
    )
    fix_hint = "在发文字号同一行右侧标注“签发人：姓名”，如“泽教发〔2025〕7号　　签发人：王建国”。"
    bad = (
        Example(
            "@center 泽州县教育局文件\n@center 泽教发〔2025〕7号\n"
            "@title 泽州县教育局关于申请学生营养餐补助经费的请示\n泽州县人民政府：\n"
            "为保障农村学生营养改善计划实施，恳请县政府追加补助经费120万元。\n妥否，请批示。\n"
            "@right 泽州县教育局\n@right 2025年3月5日\n（联系人：李明，电话：0356-3022145）",
            note="有版头的请示没有签发人。",
        ),
    )
    good = (
        Example(
            "@center 泽州县教育局文件\n@center 泽教发〔2025〕7号　　　　签发人：王建国\n"
            "@title 泽州县教育局关于申请学生营养餐补助经费的请示\n泽州县人民政府：\n"
            "为保障农村学生营养改善计划实施，恳请县政府追加补助经费120万元。\n妥否，请批示。\n"
            "@right 泽州县教育局\n@right 2025年3月5日\n（联系人：李明，电话：0356-3022145）",
        ),
        Example(
            "@title 泽州县教育局关于申请学生营养餐补助经费的请示\n泽州县人民政府：\n"
            "为保障农村学生营养改善计划实施，恳请县政府追加补助经费120万元。\n妥否，请批示。\n"
            "@right 泽州县教育局\n@right 2025年3月5日\n（联系人：李明，电话：0356-3022145）",
            note="没有版头的草稿：尚未到标注签发人的环节。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type not in ("请示", "报告") or doc.signers or doc.is_draft:
            return
        if doc.direction not in ("up", None):
            return
        if not has_real_header(doc):
            return
        head = _head_paragraphs(doc)
        if any("签发人" in _squash(p.text) for p in head):
            return  # written, but not in a form structure read: not this rule's business
        anchor = doc.para_at(doc.doc_number_pos) if doc.doc_number else None
        if anchor is None:
            marks = [p for p in head if p.role == "issuer_mark"]
            anchor = marks[-1] if marks else doc.title_paragraph()
        yield self.finding(
            f"{_where(anchor)}这份{doc.doc_type}是上行文，版头中没有签发人；"
            f"应在发文字号同一行右侧标注“签发人：姓名”"
            + (f"，如“{doc.doc_number}　　签发人：××”" if doc.doc_number else "")
            + "。",
            anchor.text.strip() if anchor is not None else "",
            anchor,
        )


# ===========================================================================
# ZG305 请示的附注（联系人、电话）
# ===========================================================================

@register
class RequestContactNote(Rule):
    code = "ZG305"
    title = "请示未在附注注明联系人和电话"
    severity = "warning"
    article = "国家行政机关公文处理办法"
    source = "原《国家行政机关公文处理办法》（国发〔2000〕23号）；GB/T 9704-2012 7.3.7（附注的位置）"
    article_keys = ("国家行政机关公文处理办法", "GB/T 9704-2012 7.3.7")
    explanation = (
        "请示应在附注处注明联系人的姓名和电话，便于上级机关办理时联系。"
        "这一要求出自已被《党政机关公文处理工作条例》取代的原《国家行政机关公文处理办法》，"
        "GB/T 9704-2012 没有规定，作为通行做法保留，故只作警告。附注居左空二字加圆括号，排在成文日期下一行。"
    )
    triggers = "请示中找不到联系人，或找不到联系电话。"
    non_triggers = (
        "请示以外的文种不检查；联系人和电话写在附注以外的位置（如正文末）也视为已注明；"
        "电话可写“电话：”“联系电话：”“手机：”或直接写号码（0356-3022145、138********）。"
    )
    fix_hint = "在成文日期下一行加附注，如“（联系人：李明，电话：0356-3022145）”。"
    bad = (
        Example(
            "@title 泽州县民政局关于申请养老服务中心运营补贴的请示\n泽州县人民政府：\n"
            "为保障县养老服务中心正常运营，恳请县政府给予运营补贴30万元。\n妥否，请批示。\n"
            "@right 泽州县民政局\n@right 2025年5月12日",
            note="没有附注。",
        ),
    )
    good = (
        Example(
            "@title 泽州县民政局关于申请养老服务中心运营补贴的请示\n泽州县人民政府：\n"
            "为保障县养老服务中心正常运营，恳请县政府给予运营补贴30万元。\n妥否，请批示。\n"
            "@right 泽州县民政局\n@right 2025年5月12日\n（联系人：赵红，电话：0356-3027788）",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.doc_type != "请示":
            return
        nd = _data()["note"]
        skip = set(doc.title_pos)
        has_contact = has_phone = False
        for i, p in enumerate(doc.paragraphs):
            if i in skip:
                continue
            contact_here = bool(re.search(nd["contact_pattern"], p.text))
            has_contact = has_contact or contact_here
            has_phone = has_phone or bool(re.search(nd["phone_pattern"], p.text)) or (
                contact_here and bool(re.search(nd["local_number"], p.text))
            )
        if has_contact and has_phone:
            return
        missing = "联系人和电话" if not (has_contact or has_phone) else ("联系人" if not has_contact else "联系电话")
        anchor = doc.para_at(doc.date_pos)
        if anchor is None:
            sig = [p for p in doc.paragraphs if p.role == "signature"]
            anchor = sig[-1] if sig else (doc.paragraphs[doc.body_pos[-1]] if doc.body_pos else doc.title_paragraph())
        where = f"{_where(anchor)}之后" if anchor is not None else ""
        yield self.finding(
            f"请示未注明{missing}：{where}应加附注，如“（联系人：李明，电话：0356-3022145）”。"
            "（此为原《国家行政机关公文处理办法》的要求，GB/T 9704-2012 未作规定，按通行做法提示。）",
            anchor.text.strip() if anchor is not None else "",
            anchor,
        )


# ===========================================================================
# ZG306 主送机关
# ===========================================================================

def _org_line(text: str) -> bool:
    """Is ``text`` (no trailing colon) a list of organisations?"""
    from .. import orgs as _orgs
    from ..structure import split_orgs

    s = _squash(text)
    if not s or len(s) > 90:
        return False
    pieces = split_orgs(s)
    return bool(pieces) and all(_orgs.classify(p) != _orgs.OTHER for p in pieces)


@register
class Recipients(Rule):
    code = "ZG306"
    title = "主送机关缺失或未以全角冒号结束"
    severity = "error"
    article = "GB/T 9704-2012 7.3.2"
    source = "GB/T 9704-2012《党政机关公文格式》7.3.2 主送机关；条例第九条"
    article_keys = ("GB/T 9704-2012 7.3.2", "条例第九条")
    explanation = (
        "主送机关编排于标题下空一行，居左顶格，最后一个机关名称后标全角冒号“：”。"
        "请示、报告、函都有明确的受文机关，必须写主送机关。"
    )
    triggers = (
        "请示、报告、函没有主送机关；主送机关后用了半角冒号“:”、其他标点或没有冒号；"
        "主送机关与正文写在同一段。"
    )
    non_triggers = (
        "纪要、公告、通告、命令（令）、公报等普发或无特定受文者的文种可以没有主送机关；"
        "主送机关移至版记（“主送：……”）的不报告缺失。"
    )
    fix_hint = "在标题下一行顶格写主送机关，以全角冒号结束，如“泽州县人民政府：”。"
    bad = (
        Example(
            "@title 泽州县林业局关于今年森林防火工作情况的报告\n泽州县人民政府:\n"
            "今年以来，我局认真落实森林防火责任制，全县未发生森林火灾。\n特此报告。\n"
            "@right 泽州县林业局\n@right 2025年5月6日",
            note="主送机关后是半角冒号：应为“泽州县人民政府：”。",
        ),
        Example(
            "@title 泽州县林业局关于今年森林防火工作情况的报告\n"
            "今年以来，我局认真落实森林防火责任制，全县未发生森林火灾。\n特此报告。\n"
            "@right 泽州县林业局\n@right 2025年5月6日",
            note="报告没有主送机关。",
        ),
    )
    good = (
        Example(
            "@title 泽州县林业局关于今年森林防火工作情况的报告\n泽州县人民政府：\n"
            "今年以来，我局认真落实森林防火责任制，全县未发生森林火灾。\n特此报告。\n"
            "@right 泽州县林业局\n@right 2025年5月6日",
        ),
        Example(
            "@title 泽州县人民政府第18次常务会议纪要\n2025年6月18日，县长主持召开县政府第18次常务会议。\n"
            "会议研究了城区供水管网改造等事项。\n@right 泽州县人民政府办公室\n@right 2025年6月20日",
            note="纪要没有主送机关。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        rp = doc.para_at(doc.recipients_pos)
        if rp is not None and doc.recipients_line:
            line = doc.recipients_line.strip()
            if line.endswith("："):
                return
            bare = re.sub(r"[:，,。.；;、\s]+$", "", line)
            if line.endswith(":"):
                what = "用了半角冒号“:”"
            elif bare != line:
                what = f"以“{line[len(bare):]}”结束"
            else:
                what = "后没有冒号"
            fixed = bare + "："
            yield self.finding(
                f"{_where(rp)}主送机关“{line}”{what}；最后一个机关名称后应标全角冒号，应为“{fixed}”。",
                line, rp, fix=fixed,
            )
            return
        if doc.doc_type not in ("请示", "报告", "函"):
            return
        if any(re.match(r"^主\s*送\s*[：:]", p.text.strip()) for p in doc.paragraphs):
            return  # moved to the 版记
        first = self._first_after_title(doc)
        if first is not None:
            t = first.text.strip()
            m = re.match(r"^(?P<org>[^，。；：:,;]{2,40}?)(?P<colon>[：:])(?P<rest>.+)$", t)
            if m and _org_line(m.group("org")):
                yield self.finding(
                    f"{_where(first)}主送机关“{m.group('org')}”与正文写在同一段；主送机关应在标题下单独一行顶格，"
                    f"以全角冒号结束，如“{m.group('org')}：”。",
                    m.group("org") + m.group("colon"), first,
                )
                return
            bare = re.sub(r"[，,。.；;、]+$", "", t)
            if bare != t and _org_line(bare):
                fixed = bare + "："
                yield self.finding(
                    f"{_where(first)}主送机关“{t}”以“{t[len(bare):]}”结束；应以全角冒号结束，应为“{fixed}”。",
                    t, first, fix=fixed,
                )
                return
        tp = doc.title_paragraph()
        yield self.finding(
            f"这份{doc.doc_type}没有主送机关；应在标题下一行顶格写受文机关并以全角冒号结束，如“泽州县人民政府：”。",
            doc.title or "", tp,
        )

    @staticmethod
    def _first_after_title(doc: Document) -> Paragraph | None:
        if not doc.title_pos:
            return None
        k = doc.title_pos[-1] + 1
        while k < len(doc.paragraphs) and (
            doc.paragraphs[k].role in ("doc_number", "title_mark") or not doc.paragraphs[k].text.strip()
        ):
            k += 1
        return doc.paragraphs[k] if k < len(doc.paragraphs) else None


# ===========================================================================
# ZG307 附件说明
# ===========================================================================

_ATTACH_HEAD = re.compile(r"^(?P<word>附\s*件)\s*(?P<colon>[：:])?\s*(?P<rest>.*)$")
_ITEM_NUM = re.compile(
    r"^(?:(?P<n>[0-9０-９]{1,2})\s*(?P<pt>[.．、,，:：])|[（(](?P<n2>[0-9０-９]{1,2})[）)])\s*(?P<name>.+)$"
)
_BODY_ATTACH = re.compile(r"^附\s*件\s*(?P<rest>(?:[0-9０-９]{1,2}\s*[.．、]|[（(][0-9０-９]{1,2}[）)]).{1,80})$")


@register
class AttachmentNote(Rule):
    code = "ZG307"
    title = "附件说明格式不规范"
    severity = "warning"
    article = "GB/T 9704-2012 7.3.4"
    source = "GB/T 9704-2012《党政机关公文格式》7.3.4 附件说明"
    article_keys = ("GB/T 9704-2012 7.3.4",)
    explanation = (
        "附件说明在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；"
        "有多个附件的，用阿拉伯数字标注顺序号（“附件：1.××××”）；附件名称后不加标点符号。"
    )
    triggers = (
        "“附件”后用半角冒号或没有冒号；多个附件未编号、编号不连续或写成“1、”“（1）”；"
        "只有一个附件却编了号；附件名称后加了句号、分号等标点。"
    )
    non_triggers = (
        "顺序号后用全角点“1．”视同“1.”；成文日期之后附印的附件正文（“附件1”标识、附件标题）不在本规则范围；"
        "附件名称回行的对齐属于排版，纯文本无法判断，不报告。"
    )
    fix_hint = "写作“附件：1.××××”，回行另起“2.××××”，名称后不加标点；只有一个附件时写“附件：××××”。"
    bad = (
        Example(
            "@title 泽州县财政局关于下达2025年农村公路养护补助资金的通知\n各乡镇人民政府：\n"
            "现将2025年农村公路养护补助资金下达给你们，请按规定使用。\n"
            "附件:1、2025年农村公路养护补助资金分配表；\n2、资金使用管理要求。\n"
            "@right 泽州县财政局\n@right 2025年4月1日",
            note="半角冒号、“1、”编号、名称后加标点。",
        ),
    )
    good = (
        Example(
            "@title 泽州县财政局关于下达2025年农村公路养护补助资金的通知\n各乡镇人民政府：\n"
            "现将2025年农村公路养护补助资金下达给你们，请按规定使用。\n"
            "附件：1.2025年农村公路养护补助资金分配表\n2.资金使用管理要求\n"
            "@right 泽州县财政局\n@right 2025年4月1日",
        ),
        Example(
            "@title 泽州县财政局关于下达2025年农村公路养护补助资金的通知\n各乡镇人民政府：\n"
            "现将2025年农村公路养护补助资金下达给你们，请按规定使用。\n"
            "附件：2025年农村公路养护补助资金分配表\n@right 泽州县财政局\n@right 2025年4月1日",
            note="只有一个附件，不编号。",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if doc.attachments_pos:
            yield from self._check_list(doc)
            return
        # “附件1.××” written without the colon: structure did not read it
        for i in doc.body_pos[-8:]:
            p = doc.paragraphs[i]
            s = p.text.strip()
            m = _BODY_ATTACH.match(_squash(s))
            if m and not _SENT_END.search(m.group("rest")[:-1]):
                fixed = "附件：" + m.group("rest")
                yield self.finding(
                    f"{_where(p)}附件说明“{s}”中“附件”二字后缺全角冒号；应为“{fixed}”。", s, p, fix=fixed
                )
                return

    def _check_list(self, doc: Document) -> Iterator[Finding]:
        ad = _data()["attachments"]
        paras = [doc.paragraphs[i] for i in doc.attachments_pos]
        # short unnumbered lines the structure left in the body after the list
        k = doc.attachments_pos[-1] + 1
        while k < len(doc.paragraphs) and doc.paragraphs[k].role == "body":
            t = _squash(doc.paragraphs[k].text)
            if not t or len(t) > 40 or _SENT_END.search(t[:-1]) or _ITEM_NUM.match(t):
                break
            paras.append(doc.paragraphs[k])
            k += 1
        head = paras[0]
        hm = _ATTACH_HEAD.match(head.text.strip())
        if not hm:
            return
        # lines of the list: (paragraph, written after 附件：?, text)
        lines: list[tuple[Paragraph, bool, str]] = []
        if hm.group("rest").strip():
            lines.append((head, True, hm.group("rest").strip()))
        for p in paras[1:]:
            lines.append((p, False, p.text.strip()))
        head_problem = None
        if hm.group("colon") == ":":
            head_problem = "“附件”后用了半角冒号，应为全角冒号“：”"
        if not lines:
            if head_problem:
                t = head.text.strip()
                yield self.finding(f"{_where(head)}附件说明“{t}”：{head_problem}。", t, head, fix="附件：")
            return
        # group the lines into attachments: in a numbered list an unnumbered
        # line continues the name above (回行); in an unnumbered list two lines
        # are two attachments unless the first is long enough to have wrapped.
        numbered = any(_ITEM_NUM.match(t) for _, _, t in lines)
        items: list[list[tuple[Paragraph, bool, str]]] = []
        for ln in lines:
            if items and numbered and not _ITEM_NUM.match(ln[2]):
                items[-1].append(ln)
            elif items and not numbered and len(lines) == 2 and len(_squash(items[-1][0][2])) >= 18:
                items[-1].append(ln)
            else:
                items.append([ln])
        many = len(items) > 1
        out: dict[int, list[str]] = {}
        fixes: dict[int, str] = {}
        for k, item in enumerate(items, start=1):
            p, after_head, text = item[0]
            problems: list[str] = []
            m = _ITEM_NUM.match(text)
            name = text
            if m:
                n = int((m.group("n") or m.group("n2")).translate(_FW_DIGITS))
                name = m.group("name").strip()
                written = text[: len(text) - len(m.group("name"))].strip()
                if m.group("n2") is not None or m.group("pt") not in ad["points"]:
                    problems.append(f"顺序号写成了“{written}”，应为“{k}.”" if many else f"顺序号“{written}”")
                elif re.search("[０-９]", m.group("n")):
                    problems.append(f"顺序号应用半角阿拉伯数字“{k}.”")
                if many and n != k:
                    problems.append(f"顺序号应依次为“{k}.”")
                if not many:
                    problems = ["只有一个附件时不编顺序号"]
            elif many:
                problems.append(f"有多个附件时应标注顺序号“{k}.”")
            first_fix = ("附件：" if after_head else "") + (f"{k}." if many else "") + name
            # the name ends on the item's last line
            lp, _, ltext = item[-1]
            last = name if len(item) == 1 else ltext
            clean = last.rstrip(ad["trailing"])
            tail_problem = f"附件名称后不加标点符号（“{last[len(clean):]}”）" if clean != last else None
            if len(item) == 1:
                if tail_problem:
                    problems.append(tail_problem)
                    first_fix = first_fix[: len(first_fix) - (len(last) - len(clean))]
            elif tail_problem:
                out.setdefault(id(lp), []).append(tail_problem)
                fixes[id(lp)] = clean
            if problems:
                out.setdefault(id(p), []).extend(problems)
                fixes[id(p)] = first_fix
        if head_problem:
            out.setdefault(id(head), []).insert(0, head_problem)
            fixes.setdefault(id(head), "附件：" + hm.group("rest").strip())
        for p in paras:
            if id(p) not in out:
                continue
            t = p.text.strip()
            fixed = fixes.get(id(p))
            yield self.finding(
                f"{_where(p)}附件说明“{t}”：{'；'.join(out[id(p)])}。" + (f"应为“{fixed}”。" if fixed else ""),
                t, p, fix=fixed,
            )


# ===========================================================================
# ZG308 结构层次序数
# ===========================================================================

_CN = "一二三四五六七八九十百零〇"
_LEVELS = (
    (1, re.compile(rf"^(?P<n>[{_CN}]{{1,4}})、")),
    (2, re.compile(rf"^（(?P<n>[{_CN}]{{1,4}})）")),
    (3, re.compile(r"^(?P<n>[0-9]{1,2})[.．](?![0-9０-９])")),
    (4, re.compile(r"^（(?P<n>[0-9]{1,2})）")),
)
# wrong forms: (level, pattern, what is wrong)
_WRONG = (
    (2, re.compile(rf"^(?P<m>[（(]\s*(?P<n>[{_CN}]{{1,4}})\s*[)）]\s*[、.．，,]?)"), "二"),
    (4, re.compile(r"^(?P<m>[（(]\s*(?P<n>[0-9０-９]{1,2})\s*[)）]\s*[、.．，,]?)"), "四"),
    (3, re.compile(r"^(?P<m>(?P<n>[0-9０-９]{1,2})\s*(?:、|[.．]\s*、))(?![0-9０-９])"), "三"),
    (3, re.compile(r"^(?P<m>(?P<n>[０-９]{1,2})[.．])(?![0-9０-９])"), "三"),
    (4, re.compile(r"^(?P<m>(?P<n>[0-9０-９]{1,2})[)）])(?![0-9０-９])"), "四"),
    (1, re.compile(rf"^(?P<m>(?P<n>[{_CN}]{{1,4}})(?:[.．]|、\s*、))"), "一"),
)
_FORMS = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）"}


def heading_of(text: str) -> tuple[int, int, str, str | None, str] | None:
    """(level, number, marker as written, correct marker or None, rest) for a
    paragraph that starts with a 结构层次序数; None when it does not."""
    t = text.lstrip(" \u3000\t")
    for level, pat in _LEVELS:
        m = pat.match(t)
        if m:
            rest = t[m.end():]
            n = cn_int(m.group("n"))
            if n is None:
                return None
            # （一）、 / 一、、 : an extra mark after a correct one
            extra = re.match(r"^\s*[、.．，,]", rest) if level in (2, 4) else None
            if extra:
                marker = t[: m.end() + extra.end()]
                return level, n, marker, m.group(0), rest[extra.end():]
            return level, n, m.group(0), None, rest
    for level, pat, _ in _WRONG:
        m = pat.match(t)
        if m:
            raw_n = m.group("n").translate(_FW_DIGITS)
            n = cn_int(raw_n)
            if n is None:
                return None
            rest = t[m.end():]
            if level == 3 and re.match(r"^\s*[0-9０-９]", rest):
                return None
            right = _FORMS[level].format(raw_n)
            return level, n, m.group("m"), right, rest
    return None


_LEVEL_RULES = {
    1: "汉字序数后用顿号“、”",
    2: "汉字序数加全角括号，括号后不加标点",
    3: "阿拉伯数字后用下脚点“.”",
    4: "阿拉伯数字加全角括号，括号后不加标点",
}
_LEVEL_NAMES = {1: "第一层“一、”", 2: "第二层“（一）”", 3: "第三层“1.”", 4: "第四层“（1）”"}


@register
class HeadingNumbers(Rule):
    code = "ZG308"
    title = "结构层次序数不规范"
    severity = "warning"
    article = "GB/T 9704-2012 7.3.3"
    source = "GB/T 9704-2012《党政机关公文格式》7.3.3 正文（结构层次序数）"
    article_keys = ("GB/T 9704-2012 7.3.3",)
    explanation = (
        "文中结构层次序数依次用“一、”“（一）”“1.”“（1）”标注：汉字序数后用顿号，"
        "括号用全角括号且括号后不再加标点，阿拉伯数字序数后用下脚点，层次不能颠倒，同一层次序号应连续。"
    )
    triggers = (
        "半角括号“(一)”“(1)”；“1、”“1)”“一.”；“（一）、”括号后又加标点；"
        "下一层次从头编号却出现在更低层次之后（如“1.”之下出现“（一）”）；同一层次序号跳号（“（二）”后接“（四）”）。"
    )
    non_triggers = (
        "跳过中间层次（“一、”下直接用“1.”）是常见写法，不报告；“第一章 总则”“第一条”等章条体不报告；"
        "全角点“1．”视同“1.”；段中行内的“（1）……（2）……”列举不检查；表格内不检查；"
        "标明“有删减”的公文不报告跳号。"
    )
    fix_hint = "改为全角括号、规范的序数后标点：“（八）”“1.”“（1）”；调整层次使其依次为 一、→（一）→1.→（1）。"
    bad = (
        Example(
            "@title 泽州县人民政府关于加强安全生产工作的通知\n各乡镇人民政府，县直各有关单位：\n"
            "为加强安全生产工作，现通知如下。\n一、压实责任\n（一）落实属地责任。各乡镇要落实属地管理责任。\n"
            "(二) 落实部门责任。各部门要落实监管责任。\n1、加强督查。县安委办要加强督查。\n"
            "@right 泽州县人民政府\n@right 2025年3月15日",
            note="半角括号“(二)”应为“（二）”；“1、”应为“1.”。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府关于加强安全生产工作的通知\n各乡镇人民政府，县直各有关单位：\n"
            "为加强安全生产工作，现通知如下。\n一、压实责任\n（一）落实属地责任。各乡镇要落实属地管理责任。\n"
            "（二）落实部门责任。各部门要落实监管责任。\n1.加强督查。县安委办要加强督查。\n"
            "（1）每月开展一次检查。\n二、强化保障\n各部门要保障安全生产投入。\n"
            "@right 泽州县人民政府\n@right 2025年3月15日",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        abridged = "删减" in (doc.note or "")
        groups: list[list[Paragraph]] = [[], []]
        for p in doc.paragraphs:
            if p.in_table:
                continue
            if p.role == "body":
                groups[0].append(p)
            elif p.role == "attachment_body":
                groups[1].append(p)
        for paras in groups:
            yield from self._check_group(paras, abridged)

    def _check_group(self, paras: list[Paragraph], abridged: bool) -> Iterator[Finding]:
        last: dict[int, int] = {}
        prev_level: int | None = None
        for p in paras:
            h = heading_of(p.text)
            if h is None:
                continue
            level, n, marker, right, rest = h
            marker_s = marker.strip()
            evidence = (marker + rest[:16]).strip()
            if right is not None:
                fixed = (right + rest[:16].lstrip(" \u3000")).strip()
                yield self.finding(
                    f"{_where(p)}结构层次序数“{marker_s}”不规范，应为“{right}”"
                    f"（{_LEVEL_NAMES[level]}：{_LEVEL_RULES[level]}）。",
                    evidence, p, fix=fixed,
                )
            elif n == 1 and level >= 2 and prev_level is not None and prev_level > level:
                yield self.finding(
                    f"{_where(p)}层次颠倒：“{marker_s}”（{_LEVEL_NAMES[level]}）出现在{_LEVEL_NAMES[prev_level]}之下；"
                    "层次应依次为 一、→（一）→1.→（1）。",
                    evidence, p,
                )
            elif not abridged and level in last and n > last[level] + 1:
                expected = _FORMS[level].format(_num_text(level, last[level] + 1))
                yield self.finding(
                    f"{_where(p)}同一层次序号不连续：“{marker_s}”前应有“{expected}”。",
                    evidence, p,
                )
            last[level] = n
            for deeper in (2, 3, 4):
                if deeper > level:
                    last.pop(deeper, None)
            prev_level = level


def _num_text(level: int, n: int) -> str:
    if level in (3, 4):
        return str(n)
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return str(n)


# ===========================================================================
# ZG309 标题中的标点
# ===========================================================================

@register
class TitlePunctuation(Rule):
    code = "ZG309"
    title = "标题使用了不应有的标点符号"
    severity = "warning"
    article = "GB/T 9704-2012 7.3.1"
    source = "GB/T 9704-2012 7.3.1 标题；原《国家行政机关公文处理办法》（标题中除法规、规章名称加书名号外，一般不用标点符号）"
    article_keys = ("GB/T 9704-2012 7.3.1",)
    explanation = (
        "公文标题一般不用标点符号：原《国家行政机关公文处理办法》规定“标题中除法规、规章名称加书名号外，"
        "一般不用标点符号”。书名号、引号、并列词语间的顿号、年份或说明用的括号、表示起止的连接号可以使用；"
        "标题末尾不加任何标点。"
    )
    triggers = "标题中有逗号、句号、冒号、分号、问号、叹号、省略号（含半角），半角引号，或以标点结尾。"
    non_triggers = (
        "书名号《》、引号“”、顿号（“双随机、一公开”“山西、安徽省”）、括号（“（2018—2035年）”“（试行）”）、"
        "连接号、数字中的小数点（“2.0版”）不报告。"
    )
    fix_hint = "删去标题中的逗号、句号等标点，标题末尾不加标点。"
    bad = (
        Example(
            "@title 泽州县人民政府办公室关于做好秋冬季森林防火工作的通知。\n各乡镇人民政府，县直各有关单位：\n"
            "秋冬季节是森林火灾易发期，请切实做好森林防火工作。\n"
            "@right 泽州县人民政府办公室\n@right 2025年10月8日",
            note="标题末尾加了句号。",
        ),
    )
    good = (
        Example(
            "@title 泽州县人民政府办公室关于开展“双随机、一公开”监管工作的通知\n各乡镇人民政府，县直各有关单位：\n"
            "为推进“双随机、一公开”监管，请做好相关工作。\n"
            "@right 泽州县人民政府办公室\n@right 2025年10月8日",
        ),
    )

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding]:
        if not doc.title:
            return
        title = doc.title.strip()
        tp = doc.title_paragraph()
        forbidden = _data()["title"]["forbidden"]
        bad_inner: list[str] = []
        # trailing punctuation
        core = title.rstrip(forbidden + "、 \u3000")
        trailing = title[len(core):].strip()
        for i, ch in enumerate(core):
            if ch in forbidden:
                if ch in ".:：．" and 0 < i < len(core) - 1 and core[i - 1].isdigit() and core[i + 1].isdigit():
                    continue  # 2.0, 8:30
                bad_inner.append(ch)
            elif ch in "\"'":
                bad_inner.append(ch)
        if not trailing and not bad_inner:
            return
        parts = []
        if bad_inner:
            marks = "".join(dict.fromkeys(bad_inner))
            note = "，半角引号应改为全角“”" if any(c in "\"'" for c in marks) else ""
            parts.append(f"含有标点“{marks}”（标题中除书名号、引号、必要的顿号和括号外一般不用标点{note}）")
        if trailing:
            parts.append(f"末尾加了“{trailing}”（标题末尾不加标点）")
        fixed = core if (trailing and not bad_inner) else None
        msg = f"{_where(tp)}标题“{title}”{'；'.join(parts)}。"
        if fixed:
            msg += f"应为“{fixed}”。"
        yield self.finding(msg, title, tp, fix=fixed)
