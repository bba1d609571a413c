"""Configuration: ``zgov.toml`` or ``[tool.zgov]`` in ``pyproject.toml``,
found by walking up from the working directory, or ``--config FILE``.

Unknown keys and bad values raise :class:`ConfigError` naming the key; the
CLI turns it into exit code 2. ``profile = NAME|PATH`` (or ``--profile``)
chooses whose work rules apply (SPEC §10, :mod:`zgov_cli.profiles`); the
profile gives the defaults of ``[limits]`` and ``[orgs]``, which the config
may still change. With no config at all the default profile applies.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .profiles import DEFAULT_PROFILE, Profile, ProfileError, load_profile

FAIL_ON = ("error", "warning", "info", "never")
SEVERITIES = ("error", "warning", "info")


class ConfigError(Exception):
    """A configuration problem; the message is Chinese and names the key."""


def _default(section: str, key: str):
    """A default from the default profile (its [limits] / [orgs])."""
    value = getattr(load_profile(DEFAULT_PROFILE), section)[key]
    return list(value) if isinstance(value, list) else value


@dataclass
class Limits:
    """篇幅 limits (字) of the profile's work rules, and which count they use."""

    request: int = field(default_factory=lambda: _default("limits", "request"))  # 请示 呈报上级
    comprehensive_report: int = field(default_factory=lambda: _default("limits", "comprehensive_report"))
    special_report: int = field(default_factory=lambda: _default("limits", "special_report"))  # 专项报告
    general: int = field(default_factory=lambda: _default("limits", "general"))  # 报送县政府公文及代拟稿
    special_task: int = field(default_factory=lambda: _default("limits", "special_task"))  # 部署专项工作或具体任务
    count: str = field(default_factory=lambda: _default("limits", "count"))  # body | body_hanzi | all


@dataclass
class ReadLimits:
    """Safety limits for readers (bounded resources on hostile input)."""

    max_file_mb: int = 200  # bytes on disk
    max_inflated_mb: int = 256  # docx: total uncompressed size of the zip
    max_pages: int = 2000
    max_paragraphs: int = 200_000
    # .doc/.wps: "builtin" (pure Python) or "soffice" (LibreOffice converts a
    # copy to docx in a temporary folder: styles, numbering, text boxes)
    doc_converter: str = "builtin"
    # scanned pdf and images: "auto" (OCR when the ocr extra is installed) or
    # "off" (report them as no_text: OCR needs ~700 MB and seconds a page)
    ocr: str = "auto"


@dataclass
class Orgs:
    """The organisation hierarchy (defaults: the default profile's [orgs])."""

    county: str = field(default_factory=lambda: _default("orgs", "county"))
    county_short: str = field(default_factory=lambda: _default("orgs", "county_short"))
    superiors: list[str] = field(default_factory=lambda: _default("orgs", "superiors"))
    townships: list[str] = field(default_factory=lambda: _default("orgs", "townships"))
    departments: list[str] = field(default_factory=list)  # extra names not matched by pattern


@dataclass
class Config:
    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)  # code -> severity
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)  # glob -> codes
    allow: list[str] = field(default_factory=list)  # exact evidence texts never reported
    fail_on: str = "warning"
    limits: Limits = field(default_factory=Limits)
    orgs: Orgs = field(default_factory=Orgs)
    read: ReadLimits = field(default_factory=ReadLimits)
    calendar_holidays: list[str] = field(default_factory=list)
    calendar_workdays: list[str] = field(default_factory=list)
    profile: Profile = field(default_factory=load_profile)  # whose work rules apply
    path: str | None = None  # where it was loaded from


_SECTIONS = {"limits": Limits, "orgs": Orgs, "read": ReadLimits}
_TOP = {
    "select", "ignore", "severity", "per-file-ignores", "allow", "fail-on",
    "limits", "orgs", "read", "calendar", "profile",
}


def _norm_key(k: str) -> str:
    return k.replace("-", "_")


def _codes(value: Any, key: str) -> list[str]:
    if isinstance(value, str):
        value = [v for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"配置项 {key} 应为规则代码列表，如 [\"ZG1\", \"ZG301\"]")
    out = [v.strip().upper() for v in value]
    for v in out:
        if v != "ALL" and not (v.startswith("ZG") and v[2:].isdigit() or v == "ZG"):
            raise ConfigError(f"配置项 {key} 中的规则代码 {v!r} 无效（应形如 ZG101 或前缀 ZG1）")
    return out


def _fill(obj: Any, table: dict[str, Any], prefix: str) -> None:
    fields = obj.__dataclass_fields__
    for k, v in table.items():
        name = _norm_key(k)
        if name not in fields:
            raise ConfigError(f"未知的配置项：{prefix}.{k}")
        current = getattr(obj, name)
        if isinstance(current, bool) or (current is not None and not isinstance(v, type(current))):
            if not (isinstance(current, int) and isinstance(v, int) and not isinstance(v, bool)):
                raise ConfigError(
                    f"配置项 {prefix}.{k} 的类型不对：应为 {type(current).__name__}，实为 {type(v).__name__}"
                )
        if isinstance(current, int) and not isinstance(current, bool) and v <= 0:
            raise ConfigError(f"配置项 {prefix}.{k} 应为正整数")
        if isinstance(current, list) and not all(isinstance(x, str) for x in v):
            raise ConfigError(f"配置项 {prefix}.{k} 应为字符串列表")
        setattr(obj, name, v)


def use_profile(cfg: Config, ref: str, base: str | None = None) -> None:
    """Make ``ref`` the active profile: its [limits] and [orgs] become the
    defaults (a bad value is an error naming the profile's file and key)."""
    try:
        prof = load_profile(ref, base)
    except ProfileError as e:
        raise ConfigError(str(e)) from None
    limits, orgs = Limits(), Orgs()
    for section, obj, table in (("limits", limits, prof.limits), ("orgs", orgs, prof.orgs)):
        try:
            _fill(obj, table, section)
        except ConfigError as e:
            raise ConfigError(f"配置 {prof.files[-1]}：{e}") from None
    cfg.profile, cfg.limits, cfg.orgs = prof, limits, orgs


def from_table(table: dict[str, Any], path: str | None = None, profile: str | None = None) -> Config:
    """Build a Config from a parsed TOML table, validating every key.
    ``profile`` (``--profile``) wins over the table's ``profile``."""
    cfg = Config(path=path)
    ref = profile or table.get("profile")
    if ref is not None:
        if not isinstance(ref, str) or not ref.strip():
            raise ConfigError("配置项 profile 应为内置配置名（zezhou、national）或配置文件夹/文件的路径")
        use_profile(cfg, ref.strip(), str(Path(path).parent) if path and not profile else None)
    for k, v in table.items():
        if k not in _TOP:
            raise ConfigError(f"未知的配置项：{k}（可用：{'、'.join(sorted(_TOP))}）")
        if k == "profile":
            continue
        if k in ("select", "ignore"):
            setattr(cfg, k, _codes(v, k))
        elif k == "fail-on":
            if v not in FAIL_ON:
                raise ConfigError(f"配置项 fail-on 应为 {' / '.join(FAIL_ON)} 之一，实为 {v!r}")
            cfg.fail_on = v
        elif k == "severity":
            if not isinstance(v, dict):
                raise ConfigError("配置项 severity 应为表，如 ZG105 = \"info\"")
            for code, sev in v.items():
                _codes([code], f"severity.{code}")
                if sev not in SEVERITIES:
                    raise ConfigError(f"配置项 severity.{code} 应为 error / warning / info 之一")
                cfg.severity[code.upper()] = sev
        elif k == "per-file-ignores":
            if not isinstance(v, dict):
                raise ConfigError("配置项 per-file-ignores 应为表：\"通配符\" = [\"代码\", …]")
            for glob, codes in v.items():
                cfg.per_file_ignores[glob] = _codes(codes, f"per-file-ignores.{glob}")
        elif k == "allow":
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                raise ConfigError("配置项 allow 应为字符串列表（要放行的原文片段）")
            cfg.allow = list(v)
        elif k == "calendar":
            if not isinstance(v, dict):
                raise ConfigError("配置项 calendar 应为表：holidays = [...]，workdays = [...]")
            for ck, cv in v.items():
                if ck not in ("holidays", "workdays"):
                    raise ConfigError(f"未知的配置项：calendar.{ck}（可用：holidays、workdays）")
                if not isinstance(cv, list) or not all(isinstance(x, str) for x in cv):
                    raise ConfigError(f"配置项 calendar.{ck} 应为日期字符串列表")
            cfg.calendar_holidays = list(v.get("holidays", []))
            cfg.calendar_workdays = list(v.get("workdays", []))
            _validate_calendar(cfg)
        else:
            if not isinstance(v, dict):
                raise ConfigError(f"配置项 {k} 应为表")
            _fill(getattr(cfg, _norm_key(k)), v, k)
    if cfg.limits.count not in ("body", "body_hanzi", "all"):
        raise ConfigError("配置项 limits.count 应为 body / body_hanzi / all 之一")
    if cfg.read.doc_converter not in ("builtin", "soffice"):
        raise ConfigError("配置项 read.doc-converter 应为 builtin（内置读取）或 soffice（用 LibreOffice 转换）之一")
    if cfg.read.ocr not in ("auto", "off"):
        raise ConfigError("配置项 read.ocr 应为 auto（装有 OCR 扩展时识别扫描件）或 off（不做 OCR）之一")
    return cfg


def _validate_calendar(cfg: Config) -> None:
    try:
        from .analysis.deadlines import parse_overrides
    except ImportError:  # pragma: no cover - during bootstrap
        return
    try:
        parse_overrides(cfg.calendar_holidays, cfg.calendar_workdays)
    except ValueError as e:
        raise ConfigError(f"配置项 calendar 有误：{e}") from None


def load_file(path: str | Path, profile: str | None = None) -> Config:
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"找不到配置文件：{p}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"配置文件 {p} 不是有效的 TOML：{e}") from None
    except OSError as e:
        raise ConfigError(f"无法读取配置文件 {p}：{e.strerror}") from None
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("zgov", {})
    return from_table(data, str(p), profile)


def discover(start: Path | None = None) -> Path | None:
    """Walk up from ``start`` to the first zgov.toml or pyproject.toml with [tool.zgov]."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        z = d / "zgov.toml"
        if z.is_file():
            return z
        pp = d / "pyproject.toml"
        if pp.is_file():
            try:
                if "zgov" in tomllib.loads(pp.read_text(encoding="utf-8")).get("tool", {}):
                    return pp
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                continue
    return None


def load(path: str | None = None, profile: str | None = None) -> Config:
    """``--config`` if given, else the discovered file, else defaults;
    ``profile`` (``--profile``) over the config's own."""
    if path:
        return load_file(path, profile)
    found = discover()
    if found:
        return load_file(found, profile)
    return from_table({}, None, profile)
