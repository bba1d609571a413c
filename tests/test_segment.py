"""zgov_cli.analysis.segment: jieba's HMM-free cut and POS tags without loading jieba.

Each result is compared with jieba itself (a fresh tokenizer, so that nothing
another test did to jieba's global one matters) on real text: the shared
corpus and the county's rules, sentence by sentence, punctuation, digits and
Latin letters included.
"""
from __future__ import annotations

import logging
import re
import subprocess
import sys

import pytest

from helpers import CORPUS, COUNTY_DOC, SAMPLES
from zgov_cli.analysis import segment
from zgov_cli.analysis.segment import Segmenter

ODD = [
    "",
    "2025年全县GDP增长5.2%，达到182.6亿元。",
    "联系电话：0356-3022145，邮箱zzx_gov@163.com",
    "一、 总体要求\u3000\u3000（一）指导思想\r\n第二段",
    "仫佬族自治县",  # 仫 only starts words: never cut alone where a word starts
    "仫人呂梁",  # … and cut alone where none does
    "ＡＢＣ１２３全角字符",
    "会议的的组织工作，完成了了任务，做好防汛汛工作",
    "C++与C#、.NET以及A&B",
]


def _sentences(limit: int | None = None) -> list[str]:
    paths = sorted(CORPUS.glob("*/*.txt")) + sorted(SAMPLES.glob("*.txt")) + [COUNTY_DOC]
    out: list[str] = []
    for p in paths:
        text = p.read_text(encoding="utf-8", errors="replace")
        out += [s for s in re.split(r"(?<=[。！？；\n])", text) if s.strip()]
    return out[:limit] + ODD


@pytest.fixture(scope="module")
def jieba_fresh():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok, jieba.posseg.POSTokenizer(tok)


@pytest.fixture(scope="module")
def sentences():
    s = _sentences()
    assert len(s) > 500  # the corpus is there: the comparison means something
    return s


def test_cut_equals_jieba_without_hmm(jieba_fresh, sentences):
    tok, _ = jieba_fresh
    seg = Segmenter()
    diff = [(s, seg.cut(s), tok.lcut(s, HMM=False)) for s in sentences if seg.cut(s) != tok.lcut(s, HMM=False)]
    assert diff == []


def test_pos_cut_equals_posseg_without_hmm(jieba_fresh, sentences):
    _, pos = jieba_fresh
    seg = Segmenter()
    want = lambda s: [(p.word, p.flag) for p in pos.lcut(s, HMM=False)]  # noqa: E731
    diff = [(s, seg.pos_cut(s), want(s)) for s in sentences if seg.pos_cut(s) != want(s)]
    assert diff == []


def test_flags_of_unknown_and_ascii():
    pairs = dict(Segmenter().pos_cut("安排资金50万元，用于ABC改造。"))
    assert pairs["50"] == "eng" and pairs["ABC"] == "eng"  # joined ASCII runs
    assert pairs["，"] == "x" and pairs["。"] == "x"
    assert pairs["资金"] == "n" and pairs["安排"] == "v"  # dict.txt's third column


def test_added_words_equal_jieba_add_word(sentences):
    """add_words = jieba.add_word(w, tag=…) one after the other (suggested
    frequency, raised total), on a tokenizer of its own."""
    import jieba
    import jieba.posseg

    from zgov_cli.analysis.asks import vocab

    words = vocab()["matters"]["words"] + ["巴公镇供水", "金村镇敬老院", "凤台街"]
    tok = jieba.Tokenizer()
    tok.initialize()
    for w in words:
        tok.add_word(w, tag="n")
    pos = jieba.posseg.POSTokenizer(tok)
    seg = Segmenter().add_words(words, "n")
    assert seg._freq == {w: tok.FREQ[w] for w in words}
    asks = [
        "恳请县政府给予以下支持：一是安排巴公镇供水管网改造资金50万元；二是安排金村镇敬老院建设资金30万元。",
        "全面清淤城区排水管网41公里需经费86万元，恳请县政府安排专项经费86万元。",
        "此外，请求县政府为我镇增加公益性岗位保洁员20名，并协调自然资源局办理用地手续。",
    ]
    for s in sentences[:300] + asks:
        assert seg.pos_cut(s) == [(p.word, p.flag) for p in pos.lcut(s, HMM=False)], s
        assert seg.cut(s) == tok.lcut(s, HMM=False), s


def test_deleted_words_equal_jieba_del_word():
    """del_words = jieba.del_word: the joiner glued to a level word
    (和县) is cut apart again, as jieba cuts it after del_word."""
    import jieba
    import jieba.posseg

    tok = jieba.Tokenizer()
    tok.initialize()
    tok.del_word("和县")
    pos = jieba.posseg.POSTokenizer(tok)
    seg = Segmenter().del_words(["和县"])
    for s in ["追加县图书馆购书经费和县文化馆招聘专业技术人员", "和县人民政府", "请县财政局和县自然资源局配合"]:
        assert seg.pos_cut(s) == [(p.word, p.flag) for p in pos.lcut(s, HMM=False)], s
        assert "和县" not in seg.cut(s)
    assert "和县" in Segmenter().cut("追加县图书馆购书经费和县文化馆招聘专业技术人员")


def test_domain_words_stay_whole_and_leave_jieba_alone():
    from zgov_cli.analysis.asks import _seg, specifics, vocab

    words = vocab()["matters"]["words"]
    pairs = _seg().pos_cut("恳请安排排水管网清淤经费，增设公益性岗位，解决学生营养餐和敬老院饮水安全问题。")
    got = {w for w, f in pairs if f == "n"}
    for w in ("排水管网", "清淤", "公益性岗位", "营养餐", "敬老院", "饮水安全"):
        assert w in words and w in got
    # without the domain words jieba's dictionary cuts them apart
    plain = Segmenter().cut("排水管网清淤公益性岗位")
    assert "排水管网" not in plain and "公益性岗位" not in plain
    assert "排水管网" in specifics("城区排水管网清淤")
    # no global state changed: a fresh segmenter, and jieba itself if loaded
    assert Segmenter().cut("排水管网") != ["排水管网"]
    if "jieba" in sys.modules:
        import jieba

        assert "公益性岗位" not in jieba.dt.user_word_tag_tab


def test_module_add_words_changes_only_the_default():
    segment.default.cache_clear()
    try:
        assert "泽州巴公" not in segment.cut("泽州巴公镇")
        segment.add_words(["泽州巴公"], "ns")
        assert "泽州巴公" in segment.cut("泽州巴公镇")
        assert ("泽州巴公", "ns") in segment.pos_cut("泽州巴公镇")
        assert "泽州巴公" not in Segmenter().cut("泽州巴公镇")
    finally:
        segment.default.cache_clear()


def test_old_zg501_api_still_there():
    """ZG501 segments its clauses with vocab_for()/segment()."""
    from zgov_cli.analysis.segment import segment as seg_fn, vocab_for

    v = vocab_for(set("会议的的组织工作"))
    assert seg_fn("会议的的组织工作", v) == ["会议", "的", "的", "组织", "工作"]
    # a character that only starts words is cut alone only where none starts
    v = vocab_for(set("仫佬族人"))
    assert seg_fn("仫佬族", v) == Segmenter().cut("仫佬族")
    assert seg_fn("仫人", v) == ["仫", "人"]


def test_no_jieba_import_and_no_whole_dictionary():
    """The segmenter neither imports jieba nor, for a few short texts, reads
    the whole dictionary (jieba's start-up, 1–2 s): it takes the words of the
    texts' characters in a few counted scans. Counted, not timed, so a busy
    machine cannot fail it."""
    code = (
        "import sys\n"
        "from zgov_cli.analysis import segment\n"
        "from zgov_cli.analysis.asks import specifics\n"
        "from zgov_cli.analysis.typos import doubled_typos\n"
        "a = specifics('安排巴公镇供水管网改造资金50万元')\n"
        "b = doubled_typos('会议的的组织工作由县政府办公室负责')\n"
        "assert 'jieba' not in sys.modules, 'jieba imported'\n"
        "assert '供水管网' in a and b == [2], (a, b)\n"
        "ws = segment._words()\n"
        "assert ws.chars is not segment._EVERY_CHAR, 'whole dictionary read'\n"
        "assert 0 < ws.scans < segment._ALL_AFTER, ws.scans\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_expect_takes_words_for_later_texts_in_one_scan():
    texts = ["安排巴公镇供水管网改造资金", "安排金村镇敬老院建设资金30万元", "协调自然资源局办理建设用地手续"]
    segment._words.cache_clear()
    try:
        plain = [Segmenter().pos_cut(t) for t in texts]  # one scan per text
        segment._words.cache_clear()
        segment.expect(texts[1:])
        assert segment._words().chars == set()  # nothing read before a cut
        first = Segmenter().pos_cut(texts[0])
        assert set("".join(texts)) <= segment._words().chars  # one scan for all
        assert [first] + [Segmenter().pos_cut(t) for t in texts[1:]] == plain
    finally:
        segment._words.cache_clear()
