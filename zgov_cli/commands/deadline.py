"""``zgov deadline RULE DATE``: one working-day deadline of SPEC §5."""
from __future__ import annotations

import datetime as _dt
import re
import sys
from typing import Any, Optional

import typer
from ..report import to_json

_HELP = (
    "计算所用工作规则（--profile，默认 zezhou）规定的办理时限（工作日按国务院节假日安排）；"
    "时限和条文以所用配置为准，结果中注明依据。\n\n"
    "规则（中文名或代码）：\n"
    "  会议文件    meeting-docs     会议通过的文件印发\n"
    "  全县性会议  county-meeting   全县性会议、重要活动的请示报送\n"
    "  代拟稿      superior-report  代拟稿报送，需 --route\n"
    "  会签        countersign      会签、征求意见回复\n"
    "  请假        leave            离开前请假\n\n"
    "日期可按公文写法：2026年12月1日、二〇二六年十二月一日、2026/12/01、2026.12.1 或 2026-12-01。"
)


def _fail(message: str) -> None:
    typer.echo(f"错误：{message}", err=True)
    raise typer.Exit(2)


def _iso(value: str, what: str) -> _dt.date:
    """A date as a clerk writes it: the whole value is one date with a year
    (``2026年12月1日``, ``二〇二六年十二月一日``, ``2026/12/01``,
    ``2026.12.1``, ``2026-12-01``)."""
    from ..analysis.dates import find_dates

    v = value.strip()
    hits = find_dates(v)
    if len(hits) == 1 and hits[0][1] == (0, len(v)):
        return hits[0][0]
    _fail(f"{what} “{value}” 无效：应为一个带年份的日期，如 2026年12月1日、2026/12/01、2026.12.1 或 2026-12-01")
    raise AssertionError  # unreachable


def _rule_code(rule: str, table: dict[str, dict[str, Any]]) -> str:
    """The rule's code from its code or its Chinese name."""
    r = rule.strip()
    if r in table:
        return r
    for code, spec in table.items():
        if r == spec.get("name"):
            return code
    names = "、".join(f"{spec.get('name', code)}（{code}）" for code, spec in table.items())
    _fail(f"未知的时限规则“{rule}”；可用：{names}")
    raise AssertionError  # unreachable


def _weekday(d: str) -> str:
    return "一二三四五六日"[_dt.date.fromisoformat(d).weekday()]


def _render_text(res: dict[str, Any], spec: dict[str, Any], left: int | None, profile) -> None:
    from rich.console import Console
    from rich.markup import escape

    con = Console(highlight=False, soft_wrap=True)
    deadline, eff = res["deadline"], res["effective_deadline"]
    unit = "个工作日" if res["unit"] == "working_days" else "日（自然日）"
    where = "后" if res.get("direction") == "after" else "前"
    con.print(f"[bold]{escape(res['title'])}[/bold]（{res['article']}）")
    con.print(f"  {spec.get('deadline_label', '截止日期')}：[bold green]{eff}[/]（星期{_weekday(eff)}）")
    if eff != deadline:
        con.print(f"  计算所得 {deadline}（星期{_weekday(deadline)}）不是工作日，按其前最后一个工作日 {eff} 办理")
    if left is not None:
        if left > 0:
            con.print(f"  [bold]还剩 {left} 个工作日[/]")
        elif left == 0:
            con.print("  [bold yellow]今天截止[/]")
        else:
            con.print(f"  [bold red]已逾期 {-left} 天[/]")
    con.print()
    con.print(f"[bold]条文[/]：{escape(profile.label(res['article']))}")
    con.print(f"  “{escape(res['quote'])}”")
    con.print()
    con.print("[bold]计算[/]：")
    route = ""
    if res.get("route"):
        route = f"（{spec['route_labels'][res['route']]}）"
    con.print(f"  {spec.get('from_label', '起算日')} {res['from']}（星期{_weekday(res['from'])}）{where} {res['amount']} {unit}{route}")
    if res["unit"] == "working_days":
        counted = res.get("counted", [])
        marks = [d[5:] + ("（调休上班）" if _dt.date.fromisoformat(d).weekday() >= 5 else "") for d in counted]
        con.print(f"  计入的工作日（{len(counted)}）：" + "、".join(marks))
    else:
        con.print(f"  {res['from']} {'+' if where == '后' else '−'} {res['amount']} 日 = {deadline}")
    if res["skipped"]:
        con.print(f"  跳过的非工作日（{len(res['skipped'])}）：")
        for s in res["skipped"]:
            con.print(f"    {s['date']}（星期{_weekday(s['date'])}）{escape(s['reason'])}")
    else:
        con.print("  跳过的非工作日：无")
    for w in res["calendar_warnings"]:
        con.print(f"[bold yellow]注意[/]：{escape(w)}")


def deadline(
    rule: str = typer.Argument(..., metavar="规则", help="会议文件 | 全县性会议 | 代拟稿 | 会签 | 请假（或代码 meeting-docs、county-meeting、superior-report、countersign、leave）"),
    date: str = typer.Argument(..., metavar="日期", help="起算日期（会议日、上级时限、收文日或离县日），如 2026年12月1日"),
    route: Optional[str] = typer.Option(None, "--route", help="superior-report 的报送路径：government（15日）| department（10日）"),
    today: Optional[str] = typer.Option(None, "--today", help="视作今天的日期（写法同起算日期），用于计算剩余或逾期天数"),
    calendar: Optional[str] = typer.Option(None, "--calendar", help="日历补充文件（TOML，[calendar] holidays/workdays）"),
    config: Optional[str] = typer.Option(None, "--config", help="配置文件（zgov.toml 或 pyproject.toml）"),
    profile: Optional[str] = typer.Option(None, "--profile", help="适用谁的工作规则：内置配置名（zezhou 默认、national）或配置文件夹/TOML 文件路径"),
    format: str = typer.Option("text", "--format", help="输出格式：text | json"),
) -> None:
    from ..config import ConfigError, load
    from ..analysis.deadlines import Calendar, compute, days_left, load_calendar_file, parse_overrides, rules_table

    if format not in ("text", "json"):
        _fail(f"--format {format!r} 无效，deadline 命令支持 text 或 json")
    try:
        cfg = load(config, profile)
    except ConfigError as e:
        _fail(str(e))
    table = rules_table(cfg.profile.deadlines)
    if not table:
        _fail(f"所用配置{cfg.profile.describe()}没有时限规则（用 --profile 选择含时限的工作规则）。")
    rule = _rule_code(rule, table)
    start = _iso(date, "日期")
    today_d = _iso(today, "--today") if today is not None else None
    if route is not None and route not in ("government", "department"):
        _fail(f"--route {route!r} 无效，应为 government（以县委、县政府名义报送上级党委、政府）或 department（以县政府名义报送上级部门）")
    try:
        cfg_off, cfg_on = parse_overrides(cfg.calendar_holidays, cfg.calendar_workdays)
        file_off: set[_dt.date] = set()
        file_on: set[_dt.date] = set()
        if calendar:
            file_off, file_on = parse_overrides(*load_calendar_file(calendar))
        # --calendar entries merge on top: a day the file lists wins over
        # the config's opposite listing
        cal = Calendar((cfg_off - file_on) | file_off, (cfg_on - file_off) | file_on)
        res = compute(rule, start, route=route, calendar=cal, table=cfg.profile.deadlines)
    except ValueError as e:
        _fail(str(e))
    left = None
    if today_d is not None:
        left = days_left(res, today_d, cal)
        res["today"] = today_d.isoformat()
        res["days_left"] = left
    if format == "json":
        sys.stdout.write(to_json(res) + "\n")
    else:
        _render_text(res, table[rule], left, cfg.profile)


def register(app: typer.Typer) -> None:
    app.command("deadline", help=_HELP)(deadline)
