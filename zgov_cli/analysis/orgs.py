"""Organisation kinds and the direction of a 公文 (上行/下行/平行).

The county, its superiors and townships come from config (``[orgs]``,
default: the default profile's); the name patterns from ``data/orgs.toml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..config import Orgs
from ..data import load_toml
from .text import squash
from ..lazyre import lazy_re
from .. import lazyre as lre

# kinds
COUNTY_GOV = "county_gov"  # 县人民政府
COUNTY_GOV_OFFICE = "county_gov_office"  # 县政府办公室
COUNTY_PARTY = "county_party"  # 县委
COUNTY_OTHER = "county_other"  # 县人大、县政协、法院、检察院…
COUNTY_DEPT = "county_dept"  # 县直部门
COORDINATION = "coordination"  # 议事协调机构（…领导小组办公室）
TOWNSHIP = "township"  # 乡镇
SUPERIOR_GOV = "superior_gov"  # 上级党委、政府（晋城市人民政府、市委、省政府、国务院）
SUPERIOR_DEPT = "superior_dept"  # 上级部门（晋城市教育局）
LOWER_GROUP = "lower_group"  # 各乡镇、各村
LEADER = "leader"  # 领导个人（王县长）
OTHER = "other"

COUNTY_LEVEL = {COUNTY_GOV, COUNTY_GOV_OFFICE, COUNTY_PARTY}
SUBORDINATE = {TOWNSHIP, COUNTY_DEPT, COORDINATION}
SUPERIOR = {SUPERIOR_GOV, SUPERIOR_DEPT}

_SPACE = lazy_re(r"[\s\u3000]+")


@lru_cache(maxsize=None)
def _pattern(key: str) -> re.Pattern[str]:
    """The patterns of one kind as one alternation (a name is of the kind
    when any of them matches), compiled when the kind is first asked."""
    return lre.compile("|".join(f"(?:{p})" for p in load_toml("orgs.toml")[key]))


def normalise(name: str) -> str:
    return _SPACE.sub("", name).strip("：:，,。；;、 ")


def _any(key: str, s: str) -> bool:
    return _pattern(key).search(s) is not None


def classify(name: str, orgs: Orgs | None = None) -> str:
    """The kind of organisation ``name`` is, from this county's point of view."""
    orgs = orgs or Orgs()
    # the same names (各乡镇人民政府, 县直各有关单位) recur in every document of
    # a batch: answered once per name and hierarchy
    key = (name, orgs.county, orgs.county_short, tuple(orgs.superiors), tuple(orgs.townships), tuple(orgs.departments))
    kind = _KINDS.get(key)
    if kind is None:
        if len(_KINDS) >= 4096:
            _KINDS.clear()
        kind = _KINDS[key] = _classify(name, orgs)
    return kind


_KINDS: dict[tuple, str] = {}


def _classify(name: str, orgs: Orgs) -> str:
    s = normalise(name)
    if not s:
        return OTHER
    if _any("lower_group", s):
        return LOWER_GROUP
    # a courtesy before a person (尊敬的李副县长)
    s = lre.sub(r"^尊敬的", "", s) or s
    if len(s) <= 7 and _any("leader", s) and not lre.search(r"(政府|办公室|局|委员会)", s):
        return LEADER
    # superiors by name
    if s.startswith("中共"):
        s_party = s[2:]
    else:
        s_party = s
    for sup in orgs.superiors:
        for cand in (s, s_party):
            if cand.startswith(sup):
                rest = cand[len(sup):]
                if any(rest == suf for suf in _patterns_suffix()):
                    return SUPERIOR_GOV
                return SUPERIOR_DEPT
    if _any("superior_gov_bare", s):
        return SUPERIOR_GOV
    # county level
    county = orgs.county
    rest = None
    for prefix in (county, "中共" + county, orgs.county_short, "中共" + orgs.county_short):
        if prefix and s.startswith(prefix):
            rest = s[len(prefix):]
            break
    if s in orgs.townships or any(s.startswith(t) for t in orgs.townships):
        return TOWNSHIP
    if rest is not None:
        if rest.startswith("直"):
            return LOWER_GROUP if "各" in rest else COUNTY_DEPT
        if _any("county_gov", rest):
            return COUNTY_GOV
        if _any("county_gov_office", rest):
            return COUNTY_GOV_OFFICE
        if _any("county_party", rest):
            return COUNTY_PARTY
        if _any("county_other", rest):
            return COUNTY_OTHER
        if _any("coordination", rest):
            return COORDINATION
        if _any("township", rest) and not lre.search(r"(局|委|办)$", rest):
            return TOWNSHIP
        if _any("county_dept", rest) or rest in orgs.departments:
            return COUNTY_DEPT
        return OTHER
    if s in orgs.departments:
        return COUNTY_DEPT
    if _any("county_other_bare", s):
        return COUNTY_OTHER
    if _any("superior_dept_bare", s):
        return SUPERIOR_DEPT
    if _any("township", s):
        return TOWNSHIP
    if _any("coordination", s):
        return COORDINATION
    return OTHER


@lru_cache(maxsize=1)
def _patterns_suffix() -> tuple[str, ...]:
    return tuple(load_toml("orgs.toml")["superior_gov_suffix"])


def direction(issuer: str | None, recipients: list[str], orgs: Orgs | None = None) -> str | None:
    """上行 ``up``, 下行 ``down`` or 平行 ``parallel``; None when unknown."""
    if not issuer or not recipients:
        return None
    ik = classify(issuer, orgs)
    rks = [classify(r, orgs) for r in recipients]
    if ik == OTHER:
        return None
    if ik in SUPERIOR:
        return "down"
    if ik in COUNTY_LEVEL:
        if any(k in SUPERIOR for k in rks):
            return "up"
        if any(k in SUBORDINATE or k == LOWER_GROUP for k in rks):
            return "down"
        return "parallel"
    if ik in SUBORDINATE:
        if any(k in SUPERIOR or k in COUNTY_LEVEL or k == LEADER for k in rks):
            return "up"
        if any(k == LOWER_GROUP for k in rks) or (ik == TOWNSHIP and False):
            return "down"
        return "parallel"
    return None


# ---- lines of organisation names (主送, 抄送)

@lru_cache(maxsize=1)
def _org_suffixes() -> list[str]:
    return load_toml("structure.toml")["org_suffixes"]


def split_orgs(line: str) -> list[str]:
    """Split a 主送/抄送 line into organisations: on ，；, and on 、 only
    where every piece is a whole organisation name (``各省、自治区、直辖市
    人民政府`` stays one addressee)."""
    s = line.strip().rstrip("：:。.；;")
    out: list[str] = []
    for chunk in lre.split(r"[，,；;]", s):
        chunk = chunk.strip()
        if not chunk:
            continue
        pieces = [p.strip() for p in chunk.split("、") if p.strip()]
        suffixed = [any(squash(p).endswith(suf) for suf in _org_suffixes()) for p in pieces]
        leaders = [classify(p) == LEADER for p in pieces]
        # a suffix shared by bare names comes last only (各省、自治区、直辖市人民政府);
        # a list whose first name is whole names each body (县直各学校、各幼儿园);
        # a list of leaders (县长、常务副县长)
        # a later piece that is only a category word shares the first one's
        # qualifier (省直有关部门、单位 = 省直有关部门和单位): one addressee
        bare = any(squash(p) in _org_suffixes() and classify(squash(p)) == OTHER for p in pieces[1:])
        if len(pieces) > 1 and not bare and (
            all(suffixed) or suffixed[0] and len(squash(pieces[0])) >= 3 or all(leaders)
        ) and all(len(squash(p)) >= 2 for p in pieces) and not lre.search(r"[（(][^）)]*、", chunk):
            out.extend(_split_bing(squash(p)) for p in pieces)
        else:
            out.append(_split_bing(squash(chunk)))
    return [x for group in out for x in group]


def _split_bing(piece: str) -> list[str]:
    """``王县长并县政府`` names two addressees joined by 并 (a leader and the
    body); split only where both sides are known addressees."""
    if "并" not in piece:
        return [piece]
    i = piece.index("并")
    a, b = piece[:i], piece[i + 1 :]
    if a and b and classify(a) != OTHER and classify(b) != OTHER:
        return [a, b]
    return [piece]
