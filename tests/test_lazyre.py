"""Patterns compiled on first use (zgov_cli/lazyre.py) answer as compiled
ones do, and are not compiled until used (issue 15: start-up)."""
from __future__ import annotations

import re

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
