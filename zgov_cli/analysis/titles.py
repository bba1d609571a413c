"""文种 from a title: the ending of the title (GB/T 9704-2012 7.3.1; the 条例's (article 8)
15 kinds and their aliases), a status mark after it (``（代拟稿）``) and a
qualifier that stays (``（试行）``). Vocabulary: ``data/structure.toml``.

Used by structure (the document's 文种) and by ZG303 (a title that does not
end in a 文种).
"""
from __future__ import annotations

from functools import lru_cache

from ..data import load_toml
from .text import squash
from ..lazyre import lazy_re
from .. import lazyre as lre

_PAREN_TAIL = lazy_re(r"[（(](?P<mark>[^（）()]{1,8})[）)]$")


@lru_cache(maxsize=1)
def _vocab() -> dict:
    v = load_toml("structure.toml")
    endings: dict[str, str] = {t: t for t in v["doc_types"]}
    endings.update(v["aliases"])
    return {
        "title_suffixes": v["title_suffixes"],
        "title_qualifiers": v["title_qualifiers"],
        "endings": sorted(endings.items(), key=lambda kv: -len(kv[0])),
        "invalid": sorted(v["invalid_endings"].items(), key=lambda kv: -len(kv[0])),
    }


def split_title_mark(title: str) -> tuple[str, str | None]:
    """``…的通知（代拟稿）`` → (``…的通知``, ``代拟稿``)."""
    m = _PAREN_TAIL.search(title)
    if m and any(s in m.group("mark") for s in _vocab()["title_suffixes"]):
        return title[: m.start()].rstrip(), m.group("mark")
    return title, None


_SUBTITLE = lazy_re(r"[：:]|——|--")


def title_doc_type(title: str) -> tuple[str | None, str | None]:
    """(文种, problem): problem is a Chinese note when the ending is invalid.

    A title with a tagline after a colon or dash (…情况的报告：稳中有进) has
    its 文种 where the main title ends (ZG309 reports the punctuation)."""
    dtype, problem = _ending_type(title)
    if dtype is None and problem is None:
        t = squash(title)
        for m in reversed(list(_SUBTITLE.finditer(t))):
            main = t[: m.start()]
            if len(main) >= 4:
                d, pr = _ending_type(main)
                if d is not None:
                    return d, pr
    return dtype, problem


def _ending_type(title: str) -> tuple[str | None, str | None]:
    t, _ = split_title_mark(squash(title))
    t = t.rstrip("。.；;，,！!？?、")
    # a qualifier that stays in the title: …的意见（试行）, …规定（2025年修订）
    m = _PAREN_TAIL.search(t)
    if m and any(q in m.group("mark") for q in _vocab()["title_qualifiers"]):
        t = t[: m.start()]
    for ending, problem in _vocab()["invalid"]:
        if t.endswith(ending):
            return None, problem
    for ending, dtype in _vocab()["endings"]:
        if t.endswith(ending):
            if ending == "令" and not lre.search(r"(政府|院|部|局|主席|委员会|命)令$", t):
                continue
            return dtype, None
    return None, None
