"""The routing vocabulary (``data/requests.toml``) and what the ZG1 rules
ask of a document beyond its parts: the kinds of its organisations, whether
it writes with the county's authority, whether it is addressed to 乡镇."""
from __future__ import annotations

import re
from functools import lru_cache

from . import orgs as _orgs
from ..data import load_toml
from ..model import Context, Document
from .document import body_paras
from .text import squash
from .. import lazyre as lre


REQUEST_TYPES = ("请示", "报告")


@lru_cache(maxsize=1)
def vocab() -> dict:
    return load_toml("requests.toml")


def alt(items: list[str]) -> str:
    return "(?:" + "|".join(items) + ")"


@lru_cache(maxsize=None)
def rx(key: str, sub: str | None = None) -> re.Pattern[str]:
    """A pattern compiled from a list (alternation) or a string in the data."""
    v = vocab()[sub][key] if sub else vocab()[key]
    return lre.compile(v if isinstance(v, str) else alt(v))


def kind(name: str, ctx: Context) -> str:
    return _orgs.classify(name, ctx.config.orgs)


def issuer_kind(doc: Document, ctx: Context) -> str | None:
    return kind(doc.issuer, ctx) if doc.issuer else None


def has_authority(doc: Document) -> str | None:
    """The phrase by which a department says it writes with the county's
    authority (经县政府同意、受县政府委托), if any (title, body)."""
    texts = [doc.title or ""] + [p.text for p in body_paras(doc)]
    pat = rx("authority", "orders")
    for t in texts:
        m = pat.search(squash(t))
        if m:
            return m.group(0)
    return None


def addressed_to_townships(doc: Document, ctx: Context) -> bool:
    """A recipient is a 乡镇 when its head is one: 各乡镇人民政府, 各乡镇（街道）
    — not a body that 乡镇 only qualifies (各乡镇中心学校, 乡镇卫生院)."""
    names = doc.recipients
    tw = vocab()["orders"]["township_words"]
    return any(kind(r, ctx) == _orgs.TOWNSHIP or any(_township_head(r, w) for w in tw) for r in names)


def _township_head(name: str, word: str) -> bool:
    tail = r"(?:人民政府|政府|党委|办事处)?(?:[、和及与]?[（(]?街道(?:办事处)?[）)]?)?$"
    return bool(lre.search(re.escape(word) + tail, name))


def department_issuer(doc: Document, ctx: Context) -> str | None:
    """The kind word when the issuer is a 县政府部门 or 议事协调机构."""
    if not doc.issuer:
        return None
    ks = [kind(i, ctx) for i in (doc.issuers or [doc.issuer])]
    if any(k in _orgs.COUNTY_LEVEL for k in ks):
        return None  # the county government (or jointly with it) has the authority
    k = ks[0]
    if k == _orgs.COUNTY_DEPT:
        return "县政府部门"
    if k == _orgs.COORDINATION:
        return "议事协调机构"
    return None
