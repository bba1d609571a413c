"""字数 as Word counts it (SPEC §4): each East Asian character or full-width
mark is 1, each run of other non-space characters is 1, spaces are 0.
Every expected number here is counted by hand, character by character."""
from __future__ import annotations

import pytest

from zgov_cli.counting import count_body, count_hanzi, count_words

CASES = [
    # (text, words, why)
    ("通知", 2, "two hanzi"),
    ("各乡镇人民政府：", 8, "7 hanzi + full-width colon"),
    ("2025年3月6日", 6, "2025 | 年 | 3 | 月 | 6 | 日"),
    ("2025年03月06日", 6, "虚位 digits are still one run each"),
    ("二〇二五年三月六日", 9, "〇 is a CJK symbol: 9 characters"),
    ("０３５６", 4, "full-width digits count one each"),
    ("电话：0356-1234567", 4, "电 话 ： + one ASCII run with its hyphen"),
    ("GB/T 9704-2012", 2, "two ASCII runs split by a space"),
    ("1.", 1, "a numbered item's number and dot: one run"),
    ("1.加强领导", 5, "1. | 加 | 强 | 领 | 导"),
    ("（一）", 3, "full-width parens and 一"),
    ("(一)", 3, "( | 一 | ) — a half-width bracket next to a hanzi is a run of its own"),
    ("3.5%", 1, "one run"),
    ("1.26亿元", 3, "1.26 | 亿 | 元"),
    ("中,文", 3, "a half-width comma between hanzi is a run of its own"),
    ("Hello World", 2, "two English words"),
    ("Hello、World。", 4, "Hello | 、 | World | 。"),
    ("“十五五”规划", 7, "“ 十 五 五 ” 规 划: Chinese quotes are full-width marks"),
    ("……", 2, "an ellipsis is two marks"),
    ("——", 2, "a dash is two marks"),
    ("秘密★1年", 5, "秘 密 ★ 1 年"),
    ("①②③", 3, "circled numbers typed in Chinese text: one each"),
    ("各乡镇　县直各单位", 8, "U+3000 ideographic space counts 0"),
    ("各乡镇\u00a0县直", 5, "no-break space counts 0"),
    ("𠀀𠀁", 2, "CJK ext-B, astral: one each"),
    ("𰀀", 1, "CJK ext-G"),
    ("好👍", 2, "好 | one emoji run"),
    ("👍👎👏", 1, "an emoji run is one non-Chinese word (as Word)"),
    ("Hello👍World", 1, "emoji inside an ASCII run do not split it"),
    ("foo\u200bbar", 1, "a zero-width space does not split a run"),
    ("\ufeff通知", 2, "a BOM counts nothing"),
    ("", 0, "empty"),
    ("   \u3000\t", 0, "white space only"),
    ("ＧＢ", 2, "full-width letters one each"),
    ("25℃", 2, "25 | ℃"),
]


@pytest.mark.parametrize("text,words,why", CASES, ids=lambda x: str(x)[:20])
def test_count_words(text, words, why):
    assert count_words(text) == words, why


def test_title_with_standard_number():
    # 《 党 政 机 关 公 文 格 式 》 （ = 11 marks; "GB/T" = 1; "9704-2012" = 1; ） = 1
    assert count_words("《党政机关公文格式》（GB/T 9704-2012）") == 14


def test_body_sentence():
    # 经 县 政 府 同 意 ， (7) 现 将 (2) 2025 (1) 年 (1) 衔 接 推 进 乡 村 振 兴 补 助 资 金 (12)
    # 1860 (1) 万 元 下 达 给 你 们 。 (8)  = 32
    assert count_words("经县政府同意，现将2025年衔接推进乡村振兴补助资金1860万元下达给你们。") == 32


def test_contact_note():
    # （ 联 系 人 ： 王 芳 ， 联 系 电 话 ： (13) 0356-3021234 (1) ） (1) = 15
    assert count_words("（联系人：王芳，联系电话：0356-3021234）") == 15


def test_runs_do_not_cross_paragraphs():
    assert count_body(["ABC", "DEF"]) == 2
    assert count_words("ABCDEF") == 1


def test_hanzi_only():
    # 年 月 日 县 长 主 持 召 开 会 议
    assert count_hanzi("2025年3月6日，县长主持召开会议。") == 11
    assert count_hanzi("𠀀（一）Ａ") == 2  # 𠀀 and 一
