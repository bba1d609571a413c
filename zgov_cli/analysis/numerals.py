"""Numbers as Chinese documents write them: full-width digits and Chinese
numerals (一百零二, 二〇二五). One set of numeral characters for every rule."""
from __future__ import annotations


FW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

DIGITS_1_9 = "一二三四五六七八九"
ZEROS = "〇○零"  # 〇, its look-alike ○, and 零
OCR_ZEROS = "ＯO"  # a letter O typed (or recognised) for 〇 in a year
CN_DIGITS = ZEROS + DIGITS_1_9  # one digit each: 二〇二五
CN_NUMERALS = CN_DIGITS + "十百"  # a counted number: 四十六, 一百零二


def cn_int(s: str) -> int | None:
    """一 → 1, 十二 → 12, 四十六 → 46, 一百零二 → 102; Arabic digits too."""
    s = s.translate(FW_DIGITS)
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


CN_DIGIT_MAP = str.maketrans(CN_DIGITS, "000123456789")
