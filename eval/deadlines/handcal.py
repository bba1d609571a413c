"""Hand-typed official holiday arrangements (国务院办公厅 notices) and an
independent working-day calculator used ONLY to derive/verify the expected
values in cases.toml. It does not import chinese_calendar or zgov_cli.

Sources (typed from memory of the notices; see notes):
* 2024: 国办发明电〔2023〕7号
* 2025: 国办发明电〔2024〕12号 (first year with the new 13-day scheme)
* 2026: 国办发明电〔2025〕7号 (least sure: 劳动节 workday May 9, 国庆 workdays Sep 20 / Oct 10)
"""
from __future__ import annotations

import datetime as dt

D = dt.date


def _rng(a: str, b: str | None = None) -> list[dt.date]:
    s = D.fromisoformat(a)
    e = D.fromisoformat(b) if b else s
    out = []
    while s <= e:
        out.append(s)
        s += dt.timedelta(days=1)
    return out


HOLIDAYS: dict[int, list[dt.date]] = {
    2024: _rng("2024-01-01") + _rng("2024-02-10", "2024-02-17") + _rng("2024-04-04", "2024-04-06")
    + _rng("2024-05-01", "2024-05-05") + _rng("2024-06-10") + _rng("2024-09-15", "2024-09-17")
    + _rng("2024-10-01", "2024-10-07"),
    2025: _rng("2025-01-01") + _rng("2025-01-28", "2025-02-04") + _rng("2025-04-04", "2025-04-06")
    + _rng("2025-05-01", "2025-05-05") + _rng("2025-05-31", "2025-06-02") + _rng("2025-10-01", "2025-10-08"),
    2026: _rng("2026-01-01", "2026-01-03") + _rng("2026-02-15", "2026-02-23") + _rng("2026-04-04", "2026-04-06")
    + _rng("2026-05-01", "2026-05-05") + _rng("2026-06-19", "2026-06-21") + _rng("2026-09-25", "2026-09-27")
    + _rng("2026-10-01", "2026-10-07"),
}
WORKDAYS: dict[int, list[dt.date]] = {
    2024: [D(2024, 2, 4), D(2024, 2, 18), D(2024, 4, 7), D(2024, 4, 28), D(2024, 5, 11), D(2024, 9, 14),
           D(2024, 9, 29), D(2024, 10, 12)],
    2025: [D(2025, 1, 26), D(2025, 2, 8), D(2025, 4, 27), D(2025, 9, 28), D(2025, 10, 11)],
    2026: [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)],
}
KNOWN = set(HOLIDAYS)


class Cal:
    def __init__(self, holidays=(), workdays=()):
        self.oh = set()
        self.ow = set()
        for spec in holidays:
            a, _, b = spec.partition("..")
            self.oh.update(_rng(a, b or None))
        for spec in workdays:
            a, _, b = spec.partition("..")
            self.ow.update(_rng(a, b or None))
        self.override_years = {d.year for d in self.oh | self.ow}
        self.unknown_touched: set[int] = set()

    def is_work(self, d: dt.date) -> bool:
        if d in self.ow:
            return True
        if d in self.oh:
            return False
        if d.year in KNOWN:
            if d in WORKDAYS[d.year]:
                return True
            if d in HOLIDAYS[d.year]:
                return False
        elif d.year not in self.override_years:
            self.unknown_touched.add(d.year)
        return d.weekday() < 5


def compute(rule: str, date: str, route: str | None = None, holidays=(), workdays=()):
    cal = Cal(holidays, workdays)
    d0 = D.fromisoformat(date)
    one = dt.timedelta(days=1)
    if rule in ("meeting-docs", "countersign", "county-meeting"):
        n = 10 if rule == "county-meeting" else 7
        step = -one if rule == "county-meeting" else one
        d, k = d0, 0
        while k < n:
            d += step
            if cal.is_work(d):
                k += 1
        dl = eff = d
    else:
        days = 3 if rule == "leave" else (15 if route == "government" else 10)
        dl = d0 - dt.timedelta(days=days)
        eff = dl
        while not cal.is_work(eff):
            eff -= one
    return dl.isoformat(), eff.isoformat(), bool(cal.unknown_touched)


if __name__ == "__main__":
    import sys
    import tomllib
    from pathlib import Path

    cases = tomllib.loads((Path(__file__).parent / "cases.toml").read_text(encoding="utf-8"))["case"]
    bad = 0
    for c in cases:
        got = compute(c["rule"], c["date"], c.get("route"), c.get("holidays", []), c.get("workdays", []))
        exp = (c["deadline"], c["effective_deadline"], c["warning"])
        if got != exp:
            bad += 1
            print("MISMATCH", c["id"], "hand-typed", exp, "calculator", got)
    print(f"{len(cases)} cases, {bad} disagree with the hand calculator")
    sys.exit(1 if bad else 0)
