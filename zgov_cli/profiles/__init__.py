"""Profiles (SPEC §10): whose work rules apply.

A profile is data, not code: the source document's name and number, the
texts of its articles (for citations and ``zgov rule``), which rules are on
and at what severity, how each rule cites its articles (in findings and in
messages), the 篇幅 limits, the deadlines (with the articles that set them),
the organisation hierarchy. Built in: ``zezhou`` (the default) and
``national`` (条例 and GB/T 9704-2012 only). A user profile is a folder
(``profile.toml`` and, optionally, ``articles.toml`` and ``deadlines.toml``)
or one TOML file (with ``[articles]`` and ``[deadlines]`` tables), named by
path; it may ``extends = "zezhou"`` (or another profile's path) and override
any part. The format is documented in ``docs/profiles.md``.

An invalid profile raises :class:`ProfileError`, a Chinese message naming the
file and the key; the CLI exits 2 with it.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

BUILTIN_DIR = Path(__file__).resolve().parent
DEFAULT_PROFILE = "zezhou"
SEVERITIES = ("error", "warning", "info")
CODE = re.compile(r"^ZG\d{3}$")

_TOP_KEYS = {"name", "number", "extends", "documents", "rules", "limits", "orgs", "articles", "deadlines"}
_RULE_KEYS = {"enabled", "severity", "title", "article", "source", "articles", "cite",
              "explanation", "triggers", "non_triggers", "fix_hint"}


class ProfileError(ValueError):
    """A profile that cannot be used; the message is Chinese and names the file and key."""


@dataclass(frozen=True)
class Profile:
    """One resolved profile (its ``extends`` chain merged in)."""

    key: str  # the built-in name or the path it was named by
    name: str  # the source document, e.g. 泽州县人民政府工作规则
    number: str  # its 文号
    files: tuple[str, ...]  # every file read, base first (for messages)
    documents: dict[str, str] = field(default_factory=dict)  # key prefix → document title
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)  # code → settings
    articles: dict[str, str] = field(default_factory=dict)  # key → text
    limits: dict[str, Any] = field(default_factory=dict)
    orgs: dict[str, Any] = field(default_factory=dict)
    deadlines: dict[str, Any] = field(default_factory=dict)  # SPEC §5 rule table + ZG4 vocabulary

    # ---- what rules and reporters ask
    @property
    def document(self) -> str:
        """The source document as cited: 《…》."""
        return f"《{self.name}》" if self.name else ""

    def enabled(self, code: str) -> bool:
        return bool(self.rules.get(code, {}).get("enabled", True))

    def severity(self, code: str) -> str | None:
        return self.rules.get(code, {}).get("severity")

    def article(self, code: str) -> str:
        return self.rules.get(code, {}).get("article", "")

    def source(self, code: str) -> str:
        r = self.rules.get(code, {})
        return r.get("source") or r.get("article", "")

    def article_keys(self, code: str) -> list[str]:
        return list(self.rules.get(code, {}).get("articles", []))

    def doc(self, code: str, key: str) -> str | None:
        """A documentation text (explanation, triggers…) the profile gives for a rule."""
        return self.rules.get(code, {}).get(key)

    def cite(self, code: str, which: str = "default") -> str:
        """How a message of rule ``code`` names what it enforces (a phrase
        such as ``第二十七条“请示应当一文一事”``); the rule's article when the
        profile gives no phrase."""
        c = self.rules.get(code, {}).get("cite")
        if isinstance(c, dict):
            c = c.get(which) or c.get("default")
        return c or self.article(code)

    def label(self, key: str) -> str:
        """An article key quoted in full: 条例第八条 → 《党政机关公文处理工作条例》第八条."""
        for prefix, title in sorted(self.documents.items(), key=lambda kv: -len(kv[0])):
            if prefix and key.startswith(prefix):
                return title + key[len(prefix):]
        if key.startswith("第") and self.name:
            return self.document + key
        return key

    def article_text(self, code: str, fallback: tuple[str, ...] = ()) -> str:
        """The quoted texts of the articles rule ``code`` enforces."""
        keys = self.article_keys(code) or list(fallback) or [self.article(code)]
        return "\n".join(f"{self.label(k)}：{self.articles[k].strip()}" for k in keys if k in self.articles)

    def describe(self) -> str:
        """One line for reports: whose rules these are."""
        return f"{self.document}（{self.number}）" if self.number else self.document


# ---------------------------------------------------------------- loading
def _read_toml(path: Path, what: str) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(f"找不到{what}文件：{path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ProfileError(f"{what}文件 {path} 不是有效的 TOML：{e}") from None
    except OSError as e:
        raise ProfileError(f"无法读取{what}文件 {path}：{e.strerror or e}") from None


def _locate(ref: str, base: Path | None) -> tuple[str, Path]:
    """(key, path of profile.toml or the single file) for a name or a path."""
    if re.fullmatch(r"[a-z][a-z0-9_-]*", ref) and (BUILTIN_DIR / ref / "profile.toml").is_file():
        return ref, BUILTIN_DIR / ref / "profile.toml"
    p = Path(ref).expanduser()
    if not p.is_absolute() and base is not None:
        p = base / p
    if p.is_dir():
        return str(p), p / "profile.toml"
    if p.is_file():
        return str(p), p
    builtin = "、".join(sorted(d.name for d in BUILTIN_DIR.iterdir() if (d / "profile.toml").is_file()))
    raise ProfileError(f"找不到配置（profile）“{ref}”：既不是内置配置（{builtin}），也不是存在的文件夹或 TOML 文件。")


def _check(data: dict[str, Any], path: Path) -> None:
    """Validate one file's own table; every message names the file and key."""
    where = str(path)
    for k, v in data.items():
        if k not in _TOP_KEYS:
            raise ProfileError(f"配置文件 {where}：未知的键 {k}（可用：{'、'.join(sorted(_TOP_KEYS))}）")
    for k in ("name", "number", "extends"):
        if k in data and not isinstance(data[k], str):
            raise ProfileError(f"配置文件 {where}：键 {k} 应为字符串")
    for k in ("documents", "rules", "limits", "orgs", "articles", "deadlines"):
        if k in data and not isinstance(data[k], dict):
            raise ProfileError(f"配置文件 {where}：键 {k} 应为表")
    for prefix, title in data.get("documents", {}).items():
        if not isinstance(title, str):
            raise ProfileError(f"配置文件 {where}：键 documents.{prefix} 应为字符串（文件名称，如“《……》”）")
    for key, text in data.get("articles", {}).items():
        if not isinstance(text, str):
            raise ProfileError(f"配置文件 {where}：键 articles.“{key}” 应为条文文字（字符串）")
    for code, spec in data.get("rules", {}).items():
        at = f"rules.{code}"
        if not CODE.match(code):
            raise ProfileError(f"配置文件 {where}：键 {at} 不是规则代码（应形如 ZG101）")
        if not isinstance(spec, dict):
            raise ProfileError(f"配置文件 {where}：键 {at} 应为表")
        for k, v in spec.items():
            if k not in _RULE_KEYS:
                raise ProfileError(f"配置文件 {where}：未知的键 {at}.{k}（可用：{'、'.join(sorted(_RULE_KEYS))}）")
            if k == "enabled" and not isinstance(v, bool):
                raise ProfileError(f"配置文件 {where}：键 {at}.enabled 应为 true 或 false")
            if k == "severity" and v not in SEVERITIES:
                raise ProfileError(f"配置文件 {where}：键 {at}.severity 应为 error / warning / info 之一，实为 {v!r}")
            if k == "articles" and not (isinstance(v, list) and all(isinstance(x, str) for x in v)):
                raise ProfileError(f"配置文件 {where}：键 {at}.articles 应为条文键的列表，如 [\"第二十七条\"]")
            if k == "cite" and not (isinstance(v, str) or isinstance(v, dict)
                                    and all(isinstance(x, str) for x in v.values())):
                raise ProfileError(f"配置文件 {where}：键 {at}.cite 应为字符串，或“名称 = 字符串”的表")
            if k in ("title", "article", "source", "explanation", "triggers", "non_triggers", "fix_hint") \
                    and not isinstance(v, str):
                raise ProfileError(f"配置文件 {where}：键 {at}.{k} 应为字符串")


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Tables merge key by key (a rule's settings too); anything else is replaced."""
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def _load_raw(ref: str, base: Path | None, seen: tuple[str, ...]) -> tuple[str, dict[str, Any], list[str]]:
    key, path = _locate(ref, base)
    if str(path) in seen:
        raise ProfileError(f"配置文件 {path}：extends 形成了循环（{' → '.join(seen + (str(path),))}）")
    data = _read_toml(path, "配置")
    _check(data, path)
    files = [str(path)]
    folder = path.parent if path.name == "profile.toml" else None
    if folder is not None:  # a folder profile: its data files sit beside profile.toml
        for name in ("articles", "deadlines"):
            extra = folder / f"{name}.toml"
            if extra.is_file():
                if name in data:
                    raise ProfileError(f"配置文件 {path}：键 {name} 与文件 {extra} 重复，只能写在一处")
                table = _read_toml(extra, "配置")
                _check({name: table}, extra)
                data = {**data, name: table}
                files.append(str(extra))
    parent = data.get("extends")
    if parent:
        _, pdata, pfiles = _load_raw(parent, path.parent, seen + (str(path),))
        own = {k: v for k, v in data.items() if k != "extends"}
        return key, _merge(pdata, own), pfiles + files
    return key, data, files


def load_profile(ref: str = DEFAULT_PROFILE, base: str | None = None) -> Profile:
    """The profile named ``ref`` (a built-in name, a folder or a TOML file;
    a relative path is taken from ``base``, e.g. the config file's folder)."""
    # one cache key for ``load_profile()`` and ``load_profile("zezhou")``
    # (lru_cache keys them apart, and the files were parsed twice a run)
    return _load_profile(ref, base)


@lru_cache(maxsize=32)
def _load_profile(ref: str, base: str | None) -> Profile:
    key, data, files = _load_raw(ref, Path(base) if base else None, ())
    _check_articles(data, files[-1])
    return Profile(
        key=key,
        name=data.get("name", ""),
        number=data.get("number", ""),
        files=tuple(files),
        documents=dict(data.get("documents", {})),
        rules={c: dict(s) for c, s in data.get("rules", {}).items()},
        articles=dict(data.get("articles", {})),
        limits=dict(data.get("limits", {})),
        orgs=dict(data.get("orgs", {})),
        deadlines=dict(data.get("deadlines", {})),
    )


def _check_articles(data: dict[str, Any], where: str) -> None:
    """Every article key a rule cites has its text (so `zgov rule` can quote it)."""
    arts = data.get("articles", {})
    for code, spec in data.get("rules", {}).items():
        for k in spec.get("articles", []):
            if k not in arts:
                raise ProfileError(f"配置文件 {where}：键 rules.{code}.articles 引用了条文“{k}”，但 articles 中没有它的文字")


def builtin_names() -> list[str]:
    return sorted(d.name for d in BUILTIN_DIR.iterdir() if (d / "profile.toml").is_file())
