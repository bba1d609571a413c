"""Working-day deadline arithmetic (SPEC §5) over chinese-calendar.

Shared by the ``zgov deadline`` command and the ZG4 rules. A working day is
one chinese-calendar calls a workday (weekends off, statutory holidays off,
调休 weekend workdays on); calendar overrides (``[calendar]`` of zgov.toml or
``--calendar FILE``) win over it, and a year chinese-calendar does not ship
falls back to weekends-only with a warning unless an override covers it.
"""
from __future__ import annotations

import datetime as _dt
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any
from ..data import load_toml
from ..lazyre import lazy_re

UNITS = ("working_days", "calendar_days")
ROUTES = ("government", "department")
_MAX_RANGE_DAYS = 3660  # a single override range may not span more than ~10 years


# ---------------------------------------------------------------- data files
@lru_cache(maxsize=None)
def _data(name: str) -> dict[str, Any]:
    return load_toml(name)


def _default_deadlines() -> dict[str, Any]:
    from ..profiles import load_profile

    return load_profile().deadlines


def rules_table(table: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """The deadline rules of a profile's ``deadlines`` (default: the default
    profile's): key -> definition (article, title, quote, unit, amount…)."""
    return (_default_deadlines() if table is None else table).get("rules", {})


def vocabulary(section: str, table: dict[str, Any] | None = None) -> dict[str, Any]:
    """A ZG4 vocabulary section of a profile's ``deadlines`` (``zg401``…)."""
    return (_default_deadlines() if table is None else table).get(section, {})


def fixed_holiday(d: _dt.date) -> str | None:
    """The name of a holiday the law puts on this calendar date every year
    (元旦, 劳动节, 国庆节), or None."""
    return _data("holiday_names.toml").get("fixed", {}).get(f"{d.month:02d}-{d.day:02d}")


def holiday_name(english: str | None) -> str:
    if not english:
        return "节假日"
    return _data("holiday_names.toml")["names"].get(english, english)


# ---------------------------------------------------------------- overrides
_ISO = lazy_re(r"\d{4}-\d{2}-\d{2}")


def _parse_day(s: str, entry: str) -> _dt.date:
    s = s.strip()
    try:
        if not _ISO.fullmatch(s):
            raise ValueError
        return _dt.date.fromisoformat(s)
    except ValueError:
        raise ValueError(f"日期 {entry!r} 无效，应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD") from None


def _expand(entries: list[str], what: str) -> set[_dt.date]:
    out: set[_dt.date] = set()
    if not isinstance(entries, (list, tuple)):
        raise ValueError(f"{what} 应为日期字符串列表")
    for entry in entries:
        if not isinstance(entry, str):
            raise ValueError(f"{what} 中的 {entry!r} 不是字符串")
        if ".." in entry:
            a, _, b = entry.partition("..")
            start, end = _parse_day(a, entry), _parse_day(b, entry)
            if end < start:
                raise ValueError(f"{what} 中的区间 {entry!r} 起止颠倒")
            if (end - start).days > _MAX_RANGE_DAYS:
                raise ValueError(f"{what} 中的区间 {entry!r} 过长")
            out.update(start + _dt.timedelta(i) for i in range((end - start).days + 1))
        else:
            out.add(_parse_day(entry, entry))
    return out


def parse_overrides(holidays: list[str], workdays: list[str]) -> tuple[set[_dt.date], set[_dt.date]]:
    """Parse calendar override entries (``YYYY-MM-DD`` or inclusive
    ``YYYY-MM-DD..YYYY-MM-DD``) into (days off, days worked). A day may not
    be in both. Raises ValueError with a Chinese message naming the entry."""
    off = _expand(list(holidays or []), "holidays")
    on = _expand(list(workdays or []), "workdays")
    both = sorted(off & on)
    if both:
        raise ValueError(f"{both[0].isoformat()} 同时出现在 holidays 和 workdays 中")
    return off, on


def load_calendar_file(path: str | Path) -> tuple[list[str], list[str]]:
    """Read a ``--calendar FILE``: TOML with a ``[calendar]`` table
    (``holidays``/``workdays`` lists). Returns the raw entry lists, validated."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"找不到日历文件：{p}") from None
    except IsADirectoryError:
        raise ValueError(f"日历文件 {p} 是一个目录") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"日历文件 {p} 不是有效的 TOML：{e}") from None
    except OSError as e:
        raise ValueError(f"无法读取日历文件 {p}：{e.strerror}") from None
    table = data.get("calendar")
    if not isinstance(table, dict):
        raise ValueError(f"日历文件 {p} 缺少 [calendar] 表（holidays = [...]，workdays = [...]）")
    for k in table:
        if k not in ("holidays", "workdays"):
            raise ValueError(f"日历文件 {p} 中有未知的键 calendar.{k}（可用：holidays、workdays）")
    holidays, workdays = table.get("holidays", []), table.get("workdays", [])
    try:
        parse_overrides(holidays, workdays)
    except ValueError as e:
        raise ValueError(f"日历文件 {p} 有误：{e}") from None
    return list(holidays), list(workdays)


# ---------------------------------------------------------------- calendar
@lru_cache(maxsize=1)
def _known_range() -> tuple[int, int]:
    from chinese_calendar import constants

    years = {d.year for d in constants.holidays} | {d.year for d in constants.workdays}
    return min(years), max(years)


class Calendar:
    """Working days: overrides first, then chinese-calendar, then weekends."""

    def __init__(self, holidays: set[_dt.date] | None = None, workdays: set[_dt.date] | None = None):
        self.holidays = set(holidays or ())
        self.workdays = set(workdays or ())
        self.override_years = {d.year for d in self.holidays | self.workdays}
        self._cache: dict[_dt.date, tuple[bool, str]] = {}

    @classmethod
    def from_entries(cls, holidays: list[str] = (), workdays: list[str] = ()) -> "Calendar":  # type: ignore[assignment]
        off, on = parse_overrides(list(holidays), list(workdays))
        return cls(off, on)

    @classmethod
    def from_config(cls, config: Any) -> "Calendar":
        return cls.from_entries(
            getattr(config, "calendar_holidays", []) or [], getattr(config, "calendar_workdays", []) or []
        )

    def year_known(self, year: int) -> bool:
        """True when chinese-calendar ships the year or an override covers it."""
        if year in self.override_years:
            return True
        lo, hi = _known_range()
        return lo <= year <= hi

    def day_info(self, d: _dt.date) -> tuple[bool, str]:
        """(is_workday, reason). Reasons: ``周末``, a holiday name (``国庆节``),
        ``调休上班``, ``节假日（日历配置）``, ``工作日``."""
        hit = self._cache.get(d)
        if hit is not None:
            return hit
        weekend = d.weekday() >= 5
        if d in self.holidays:
            res = (False, self._override_holiday_name(d))
        elif d in self.workdays:
            res = (True, "调休上班" if weekend else "工作日")
        else:
            res = self._chinese_calendar(d, weekend)
        self._cache[d] = res
        return res

    def is_workday(self, d: _dt.date) -> bool:
        return self.day_info(d)[0]

    def _override_holiday_name(self, d: _dt.date) -> str:
        if d.year not in self._shipped_years():
            return "节假日（日历配置）"
        import chinese_calendar

        on_holiday, name = chinese_calendar.get_holiday_detail(d)
        return holiday_name(name) if on_holiday and name else "节假日（日历配置）"

    @staticmethod
    def _shipped_years() -> range:
        lo, hi = _known_range()
        return range(lo, hi + 1)

    def _chinese_calendar(self, d: _dt.date, weekend: bool) -> tuple[bool, str]:
        import chinese_calendar

        try:
            on_holiday, name = chinese_calendar.get_holiday_detail(d)
        except NotImplementedError:  # a year the package does not ship
            fixed = fixed_holiday(d)
            if fixed:
                return False, fixed
            return (False, "周末") if weekend else (True, "工作日")
        if on_holiday:
            return False, (holiday_name(name) if name else "周末")
        if weekend:  # a weekend day worked (调休)
            return True, "调休上班"
        return True, "工作日"

    def warnings_for(self, years: set[int]) -> list[str]:
        """Chinese warnings for the years among ``years`` that are not known."""
        out = []
        lo, hi = _known_range()
        for y in sorted(years):
            if self.year_known(y):
                continue
            known = f"已知至{hi}年" if y > hi else f"已知自{lo}年起"
            out.append(
                f"{y}年不在节假日数据范围内（chinese-calendar {known}）：元旦、劳动节、国庆节按法定日期放假，"
                f"其余按仅周末休息计算，春节、清明节、端午节、中秋节和调休未计入；"
                f"可在 zgov.toml 的 [calendar] 中补充国务院公布的安排"
            )
        return out


# ---------------------------------------------------------------- compute
def rule_names(table: dict[str, Any] | None = None) -> list[str]:
    return list(rules_table(table))


def _rule(rule: str, table: dict[str, Any] | None = None) -> dict[str, Any]:
    rules = rules_table(table)
    if rule not in rules:
        if not rules:
            raise ValueError("当前配置（profile）没有时限规则")
        raise ValueError(f"未知的时限规则 {rule!r}；可用：{'、'.join(rules)}")
    return rules[rule]


def amount_for(rule: str, route: str | None = None, table: dict[str, Any] | None = None) -> int:
    spec = _rule(rule, table)
    routes = spec.get("routes")
    if routes:
        if route is None:
            raise ValueError(
                f"规则 {rule} 需要指定报送路径 --route：government（{spec['route_labels']['government']}，"
                f"{routes['government']}日）或 department（{spec['route_labels']['department']}，{routes['department']}日）"
            )
        if route not in routes:
            raise ValueError(f"报送路径 {route!r} 无效，应为 government 或 department")
        return int(routes[route])
    return int(spec["amount"])


def _day(d: _dt.date | str) -> _dt.date:
    if isinstance(d, _dt.date):
        return d
    try:
        if not _ISO.fullmatch(str(d).strip()):
            raise ValueError
        return _dt.date.fromisoformat(str(d).strip())
    except ValueError:
        raise ValueError(f"日期 {d!r} 无效，应为 YYYY-MM-DD") from None


def compute(rule: str, date: _dt.date | str, *, route: str | None = None, calendar: Calendar | None = None,
            table: dict[str, Any] | None = None) -> dict[str, Any]:
    """The SPEC §5 deadline object for ``rule`` counted from ``date``, under
    ``table`` (a profile's ``deadlines``; default: the default profile's)."""
    spec = _rule(rule, table)
    start = _day(date)
    amount = amount_for(rule, route, table)
    cal = calendar or Calendar()
    unit, direction = spec["unit"], spec["direction"]
    step = _dt.timedelta(days=1 if direction == "after" else -1)
    skipped: list[tuple[_dt.date, str]] = []
    counted: list[_dt.date] = []
    years: set[int] = set()
    try:
        if unit == "working_days":
            d = start
            while len(counted) < amount:
                d += step
                years.add(d.year)
                ok, reason = cal.day_info(d)
                if ok:
                    counted.append(d)
                else:
                    skipped.append((d, reason))
            deadline = effective = d
        else:
            deadline = start + step * amount
            effective = deadline
            years.add(effective.year)
            ok, reason = cal.day_info(effective)
            while not ok:
                skipped.append((effective, reason))
                effective -= _dt.timedelta(days=1)
                years.add(effective.year)
                ok, reason = cal.day_info(effective)
    except OverflowError:
        raise ValueError(f"日期 {start.isoformat()} 超出可计算范围") from None
    skipped.sort()
    counted.sort()
    out: dict[str, Any] = {
        "rule": rule,
        "article": spec["article"],
        "from": start.isoformat(),
        "deadline": deadline.isoformat(),
        "effective_deadline": effective.isoformat(),
        "unit": unit,
        "amount": amount,
        "skipped": [{"date": d.isoformat(), "reason": r} for d, r in skipped],
        "calendar_warnings": cal.warnings_for(years),
        # additions (SPEC allows extra keys, never renamed ones)
        "direction": direction,
        "route": route if spec.get("routes") else None,
        "title": spec["title"],
        "quote": spec["quote"],
        "counted": [d.isoformat() for d in counted],
    }
    return out


def days_left(result: dict[str, Any], today: _dt.date, calendar: Calendar | None = None) -> int:
    """Working days from ``today`` (exclusive) to the effective deadline
    (inclusive): 0 when today is the deadline. Negative when overdue: minus
    the calendar days since the effective deadline."""
    cal = calendar or Calendar()
    eff = _dt.date.fromisoformat(result["effective_deadline"])
    if today > eff:
        return -(today - eff).days
    n, d = 0, today
    while d < eff:
        d += _dt.timedelta(days=1)
        if cal.is_workday(d):
            n += 1
    return n
