"""发文字号 (GB/T 9704-2012 7.2.4): 机关代字 + 〔年份〕 + 发文顺序号 + 号, taken
apart so that ZG301 can say which part is written wrongly."""
from __future__ import annotations


from .numerals import CN_DIGIT_MAP, FW_DIGITS, cn_int
from .text import squash
from ..lazyre import lazy_re
from .. import lazyre as lre


_NUM_PARTS = lazy_re(
    r"^(?P<code>[^\d０-９〔〕\[\]【】（）()［］〖〗]+?)"
    r"(?P<open>[〔\[【（(［〖])?(?P<year>[0-9０-９]{2,4}|[〇○零一二三四五六七八九]{2,4})(?P<close>[〕\]】）)］〗])?"
    r"(?P<di>第)?(?P<seq>[0-9０-９]+|[〇○零一二三四五六七八九十百]{1,6})(?P<hao>号)?$"
)


# a 发文字号 written without its 号 (structure only reads those ending in 号)
NUM_NO_HAO = lazy_re(
    r"(?P<num>[\u4e00-\u9fa5]{1,16}[〔\[【（(［〖](?:[0-9０-９]{2,4}|[〇○零一二三四五六七八九]{4})[〕\]】）)］〗]"
    r"第?[0-9０-９]{1,5})(?![0-9０-９号])"
)


def analyse_doc_number(number: str, year_hint: int | None = None) -> tuple[list[str], str | None]:
    """(problems, corrected form or None when it cannot be certain)."""
    s = squash(number)
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
    if lre.search("[０-９]", year_raw + seq_raw):
        problems.append("数字应使用半角阿拉伯数字")
    year = year_raw.translate(FW_DIGITS)
    seq = seq_raw.translate(FW_DIGITS)
    cn_year, cn_seq = not year.isdigit(), not seq.isdigit()
    if cn_year or cn_seq:
        what = "、".join(w for w, on in (("年份", cn_year), ("发文顺序号", cn_seq)) if on)
        problems.append(f"{what}应使用阿拉伯数字，不用汉字数字")
    if cn_year:
        year = year.translate(CN_DIGIT_MAP)
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
