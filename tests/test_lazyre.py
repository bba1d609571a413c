"""Patterns compiled on first use (zgov_cli/lazyre.py) answer as compiled
ones do, and are not compiled until used (issue 15: start-up)."""
from __future__ import annotations

import re
from array import array
from pathlib import Path

from zgov_cli.lazyre import lazy_re


def test_lazy_pattern_answers_as_the_compiled_one():
    src, text = r"(?P<y>\d{4})年(?P<m>\d{1,2})月", "于2025年3月15日前、2026年12月报送"
    lazy, real = lazy_re(src), re.compile(src)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.search(text).group("m") == "3" and lazy.findall(text) == real.findall(text)
    assert lazy.sub("X", text) == real.sub("X", text) and lazy.split(text) == real.split(text)
    assert lazy.match(text) is None and lazy.fullmatch("2025年3月").group("y") == "2025"
    assert (lazy.groups, lazy.groupindex, lazy.flags) == (real.groups, real.groupindex, real.flags)
    assert lazy_re("a.b", re.S).match("a\nb") and not lazy_re("a.b").match("a\nb")


def test_not_compiled_until_used_and_source_readable_without_compiling():
    lazy = lazy_re(r"[\u4e00-\u9fa5]{2,}(")  # invalid: compiling would raise
    assert lazy.pattern == r"[\u4e00-\u9fa5]{2,}("
    try:
        lazy.search("通知")
    except re.error:
        pass
    else:
        raise AssertionError("an invalid pattern must fail when first used")


def _fresh(monkeypatch, folder):
    from zgov_cli import lazyre

    monkeypatch.setenv("ZGOV_CACHE_DIR", str(folder))
    monkeypatch.setattr(lazyre, "_table", None)
    monkeypatch.setattr(lazyre, "_new", False)
    monkeypatch.setattr(lazyre, "_memo", {})
    return lazyre


PATTERNS = [(r"(?P<y>[0-9０-９]{4})年(?P<m>\d{1,2})月", 0), (r"[\u4e00-\u9fa5]{2,6}(?:局|委)$", 0),
            (r"^关于.*?的(通知|请示)$", re.S), (r"(?i)grid|页", 0)]
TEXTS = ["2025年3月", "２０２５年12月", "泽州县教育局", "关于做好防汛工作的\n通知", "GRID", "第3页", ""]


def test_patterns_built_from_a_kept_table_match_as_compiled_ones(tmp_path, monkeypatch):
    lazyre = _fresh(monkeypatch, tmp_path)
    if lazyre.sys.version_info[:2] not in lazyre._KNOWN:
        return  # an interpreter the table is not kept for: plain re.compile
    first = [lazyre.compile(p, f) for p, f in PATTERNS]
    lazyre._save()
    assert list(tmp_path.glob("re*.marshal"))
    lazyre = _fresh(monkeypatch, tmp_path)

    def no_build(*_a):
        raise AssertionError("built again although kept")

    monkeypatch.setattr(lazyre, "_build", no_build)
    kept = [lazyre.compile(p, f) for p, f in PATTERNS]
    for (src, flags), a, b in zip(PATTERNS, first, kept):
        real = re.compile(src, flags)
        assert (b.pattern, b.flags, b.groups, b.groupindex) == (real.pattern, real.flags, real.groups, real.groupindex)
        for t in TEXTS:
            assert [m.span() for m in b.finditer(t)] == [m.span() for m in real.finditer(t)] == [m.span() for m in a.finditer(t)]


def test_a_broken_table_or_no_folder_falls_back_to_re(tmp_path, monkeypatch):
    lazyre = _fresh(monkeypatch, tmp_path)
    tag = lazyre._cache_file()
    if tag is None or lazyre.sys.version_info[:2] not in lazyre._KNOWN:
        return
    Path(tag).parent.mkdir(parents=True, exist_ok=True)
    Path(tag).write_bytes(b"\x00garbage")
    assert lazyre.compile(r"[一-龥]+局").search("县教育局").span() == (0, 4)
    # a kept entry this interpreter rejects is built anew
    lazyre = _fresh(monkeypatch, tmp_path)
    lazyre._load()[(r"a+b", 0)] = (32, array("I", [1, 2, 3]).tobytes(), 0, {}, (None,))
    assert lazyre.compile(r"a+b").fullmatch("aab")
    lazyre = _fresh(monkeypatch, "")
    assert lazyre._cache_file() is None
    assert lazyre.compile(r"\d+号").search("第12号").group() == "12号"
    lazyre._save()  # nothing to write, nowhere: no error
