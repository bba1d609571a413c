"""Command line: ``zgov check | annotate | inspect | deadline | rules | rule``.

Heavy modules (readers, jieba, rich tables) are imported inside commands so
that ``zgov --help`` starts fast.
"""
from __future__ import annotations

import os
import sys
from typing import List, Optional

import typer

from ._fastparams import install as _install_plain_params

_install_plain_params()  # plain option values without pydantic (start-up)

from . import cli_zh

cli_zh.install()

app = typer.Typer(
    name="zgov",
    help="zgov：党政机关公文合规检查（行文规则、篇幅、格式、时限）。",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FORMATS_CHECK = ("text", "json", "sarif", "junit", "github")


def _show_version(value: bool) -> None:
    if value:
        from . import __version__

        print(f"zgov {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", "-V", callback=_show_version, is_eager=True,
                                 help="显示 zgov 的版本号并退出"),
) -> None:
    """zgov：党政机关公文合规检查（行文规则、篇幅、格式、时限）。"""


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr)


def _fail_usage(msg: str) -> None:
    _stderr(f"zgov：{msg}")
    raise typer.Exit(2)


def _date(value: Optional[str], name: str):
    if not value:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail_usage(f"{name} 应为 YYYY-MM-DD 格式的日期，实为 {value!r}")


def _codes(value: Optional[str], name: str) -> Optional[list[str]]:
    if value is None:
        return None
    from .config import ConfigError, _codes as parse

    _known_codes([v.strip().upper() for v in value.split(",") if v.strip()], name, name == "--select")
    try:
        return parse(value, name)
    except ConfigError as e:
        _fail_usage(str(e))


def _known_codes(codes: list[str], name: str, selects: bool) -> None:
    """A code or prefix that names no rule silently turns checking (or
    suppressing) off: a usage error naming the nearest codes."""
    from .rules.registry import RULES

    known = sorted(RULES)  # the codes only: no rule module is imported
    for c in codes:
        if c != "ALL" and not any(k.startswith(c) for k in known):
            near = _nearest_codes(c, known)
            _fail_usage(f"{name} 中的 {c} 不是任何规则的代码或前缀，这样会{'什么也不检查' if selects else '什么也不屏蔽'}。"
                        f"相近的有：{'、'.join(near)}（用 zgov rules 查看全部规则）。")


def _nearest_codes(code: str, known: list[str]) -> list[str]:
    """Codes and family prefixes (ZG1…) closest to a mistyped one."""
    import difflib

    families = sorted({k[:3] for k in known})
    if len(code) <= 3:  # a family: name them all, they are few
        return families
    near = difflib.get_close_matches(code, known, n=4, cutoff=0.6)
    if not near:  # share the longest prefix
        for n in range(len(code) - 1, 1, -1):
            near = [k for k in families + known if k.startswith(code[:n])][:4]
            if near:
                break
    return near or families


def _load_config(path: Optional[str], profile: Optional[str] = None):
    from .config import ConfigError, load
    from .rules.registry import unknown_codes

    try:
        cfg = load(path, profile)
    except ConfigError as e:
        _fail_usage(str(e))
    bad = unknown_codes(cfg.profile)
    if bad:
        _fail_usage(f"配置 {cfg.profile.files[-1]}：rules 中的规则 {'、'.join(bad)} 不存在（用 zgov rules 查看全部规则）")
    _known_codes(cfg.select, "配置项 select", True)
    _known_codes(cfg.ignore, "配置项 ignore", False)
    for glob, codes in cfg.per_file_ignores.items():
        _known_codes(codes, f"配置项 per-file-ignores.“{glob}”", False)
    return cfg


PROFILE_HELP = "适用谁的工作规则：内置配置名（zezhou 默认、national）或配置文件夹/TOML 文件路径"


def _doc_options(doc_type, report_kind, due, route):
    from .rules.base import DocOptions
    from .structure import vocab

    if doc_type is not None:
        valid = set(vocab()["doc_types"]) | {"命令", "令"}
        if doc_type not in valid:
            _fail_usage(f"--doc-type 应为十五种法定文种之一（{'、'.join(vocab()['doc_types'])}），实为 {doc_type!r}")
    if report_kind is not None and report_kind not in ("comprehensive", "special"):
        _fail_usage("--report-kind 应为 comprehensive（综合报告）或 special（专项报告）")
    if route is not None and route not in ("government", "department"):
        _fail_usage("--route 应为 government（以县委、县政府名义报上级党委、政府）或 department（以县政府名义报上级部门）")
    return DocOptions(doc_type=doc_type, report_kind=report_kind, due=_date(due, "--due"), route=route)


def _console(stream=None):
    from rich.console import Console

    return Console(file=stream or sys.stdout, highlight=False, soft_wrap=False)


def _run_options(cfg, select, ignore, fail_on, jobs, today, doc_type, report_kind, due, route, debug):
    """The options ``check`` shares with ``annotate``, validated: (fail_on, CheckOptions)."""
    from .config import FAIL_ON
    from .engine import CheckOptions

    fail = fail_on or cfg.fail_on
    if fail not in FAIL_ON:
        _fail_usage(f"--fail-on 应为 {'|'.join(FAIL_ON)} 之一，实为 {fail!r}")
    if jobs is not None and jobs < 1:
        _fail_usage("--jobs 应为正整数")
    opts = CheckOptions(
        doc=_doc_options(doc_type, report_kind, due, route),
        today=_date(today, "--today"),
        select=_codes(select, "--select"),
        ignore=_codes(ignore, "--ignore"),
        debug=debug,
    )
    return fail, opts


@app.command()
def check(
    paths: List[str] = typer.Argument(..., metavar="路径", help="文件、文件夹（递归）或通配符"),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="输出格式：text|json|sarif|junit|github（设置 GITHUB_ACTIONS 时默认 github）"),
    config: Optional[str] = typer.Option(None, "--config", help="配置文件（默认向上查找 zgov.toml 或 pyproject.toml [tool.zgov]）"),
    profile: Optional[str] = typer.Option(None, "--profile", help=PROFILE_HELP),
    select: Optional[str] = typer.Option(None, "--select", help="只检查这些规则（逗号分隔，可用前缀，如 ZG1,ZG301）"),
    ignore: Optional[str] = typer.Option(None, "--ignore", help="不检查这些规则（逗号分隔，可用前缀）"),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="达到该级别即以 1 退出：error|warning|info|never（默认 warning）"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="并行进程数（默认 CPU 核数）"),
    today: Optional[str] = typer.Option(None, "--today", help="时限检查所用的“今天”（YYYY-MM-DD）"),
    doc_type: Optional[str] = typer.Option(None, "--doc-type", help="指定文种（覆盖从标题识别的结果）"),
    report_kind: Optional[str] = typer.Option(None, "--report-kind", help="报告类别：comprehensive|special"),
    due: Optional[str] = typer.Option(None, "--due", help="代拟稿的上级报送时限（YYYY-MM-DD）"),
    route: Optional[str] = typer.Option(None, "--route", help="代拟稿报送路径：government|department"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="有问题也以 0 退出（无法读取的文件仍为 2）"),
    statistics: bool = typer.Option(False, "--statistics", help="只输出各规则的问题数"),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="基线文件：只报告其中没有的新问题"),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help="把本次问题写入基线文件"),
    card: Optional[bool] = typer.Option(None, "--card/--no-card", help="文本报告中显示/不显示公文要素卡片（默认：不超过 5 个文件时显示）"),
    debug: bool = typer.Option(False, "--debug", help="出错时显示内部调用栈"),
    allow_empty: bool = typer.Option(False, "--allow-empty", help="给定路径下没有公文时也以 0 退出（默认以 2 退出）"),
) -> None:
    """检查公文：识别要素，查找违反规则之处，计算适用的时限。"""
    import os

    from .inputs import expand

    cfg = _load_config(config, profile)
    if format is None:
        format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if format not in FORMATS_CHECK:
        _fail_usage(f"--format 应为 {'|'.join(FORMATS_CHECK)} 之一，实为 {format!r}")
    fail, opts = _run_options(cfg, select, ignore, fail_on, jobs, today, doc_type, report_kind, due, route, debug)
    files = expand(paths)
    if not files:
        from .inputs import accepted_text

        msg = f"没有找到可检查的公文：{'、'.join(paths)} 下没有 {accepted_text()} 文件"
        if not allow_empty:
            _fail_usage(msg + "。请检查路径是否写对；确实可以为空时加 --allow-empty。")
        _stderr(f"zgov：{msg}（--allow-empty：不算错误）。")
    from .batch import run_batch

    from .output import StreamedReport, can_stream, emit_check

    show_card = card if card is not None else len(files) <= 5
    if can_stream(format, statistics=statistics, baseline=baseline, write_baseline=write_baseline):
        # each file's report written as it is checked; memory flat in the number of files
        sink = StreamedReport(cfg, fmt=format, show_card=show_card)
        run_batch(files, cfg, opts, jobs=jobs, progress="auto", sink=sink)
        raise typer.Exit(sink.finish(fail_on=fail, exit_zero=exit_zero))
    results = run_batch(files, cfg, opts, jobs=jobs, progress="auto")

    code = emit_check(
        results, cfg, opts, fmt=format, fail_on=fail, exit_zero=exit_zero, statistics=statistics,
        baseline=baseline, write_baseline=write_baseline, show_card=card if card is not None else len(files) <= 5,
    )
    raise typer.Exit(code)


@app.command()
def inspect(
    file: str = typer.Argument(..., metavar="文件", help="一个公文文件"),
    format: str = typer.Option("text", "--format", "-f", help="输出格式：text|json"),
    config: Optional[str] = typer.Option(None, "--config", help="配置文件（默认向上查找 zgov.toml 或 pyproject.toml [tool.zgov]）"),
    profile: Optional[str] = typer.Option(None, "--profile", help=PROFILE_HELP),
    doc_type: Optional[str] = typer.Option(None, "--doc-type", help="指定文种（覆盖从标题识别的结果）"),
    report_kind: Optional[str] = typer.Option(None, "--report-kind", help="报告类别：comprehensive（综合报告）|special（专项报告）"),
    debug: bool = typer.Option(False, "--debug", help="出错时显示内部调用栈"),
) -> None:
    """显示读取结果：公文要素、每一段的角色和位置、字数。"""
    from .engine import CheckOptions, read_and_build
    from .model import ReadError
    from .report import ERROR_KIND_ZH, to_json

    if format not in ("text", "json"):
        _fail_usage("--format 应为 text 或 json")
    cfg = _load_config(config, profile)
    opts = CheckOptions(doc=_doc_options(doc_type, report_kind, None, None), debug=debug)
    try:
        doc = read_and_build(file, cfg, opts)
    except ReadError as e:
        if format == "json":
            print(to_json({"path": file, "status": "error", "error": {"kind": e.kind, "message": e.message}}))
        else:
            _stderr(f"{file}：无法读取（{ERROR_KIND_ZH[e.kind]}）：{e.message}")
        raise typer.Exit(2)
    except Exception as e:  # never a traceback
        if debug:
            raise
        _stderr(f"{file}：无法读取（文件损坏）：{type(e).__name__}")
        raise typer.Exit(2)
    if format == "json":
        out = doc.card()
        out["path"] = file
        out["paragraphs"] = [
            {"index": p.index, "page": p.page, "role": p.role, "text": p.text, "align": p.align,
             "font_size": p.font_size, "in_table": p.in_table, "generated_prefix": p.generated_prefix}
            for p in doc.paragraphs
        ]
        print(to_json(out))
    else:
        from .report.text import render_inspect

        render_inspect(_console(), doc)


@app.command("rules")
def rules_cmd(format: str = typer.Option("text", "--format", "-f", help="输出格式：text|json"),
              config: Optional[str] = typer.Option(None, "--config", help="配置文件（默认向上查找 zgov.toml 或 pyproject.toml [tool.zgov]）"),
              profile: Optional[str] = typer.Option(None, "--profile", help=PROFILE_HELP)) -> None:
    """列出全部规则：代码、级别、依据条款、名称。"""
    from .report import to_json
    from .rules.base import rule_meta
    from .rules.registry import all_rules

    prof = _load_config(config, profile).profile
    rules = all_rules()
    if format == "json":
        print(to_json([rule_meta(r, prof) for r in rules.values()]))
    elif format == "text":
        from .report.text import render_rules

        render_rules(_console(), rules, prof)
    else:
        _fail_usage("--format 应为 text 或 json")


@app.command("rule")
def rule_cmd(code: str = typer.Argument(..., metavar="规则代码", help="规则代码，如 ZG101"),
             format: str = typer.Option("text", "--format", "-f", help="输出格式：text|json"),
             config: Optional[str] = typer.Option(None, "--config", help="配置文件（默认向上查找 zgov.toml 或 pyproject.toml [tool.zgov]）"),
             profile: Optional[str] = typer.Option(None, "--profile", help=PROFILE_HELP),
             detail: bool = typer.Option(False, "--detail", "-d", help="同时列出按类整理的细则（ZG101 等规则的各类写法怎样判断）")) -> None:
    """说明一条规则：条文、触发与不触发的情形、正反示例、如何屏蔽。"""
    from .report import to_json
    from .rules.base import rule_meta
    from .rules.registry import all_rules

    prof = _load_config(config, profile).profile
    rules = all_rules()
    rule = rules.get(code.upper())
    if rule is None:
        near = [c for c in rules if c.startswith(code.upper()[:4])]
        _fail_usage(f"没有规则 {code}。" + (f"相近的有：{'、'.join(near)}" if near else "用 zgov rules 查看全部规则。"))
    meta = rule_meta(rule, prof)
    if format == "json":
        print(to_json(meta))
    elif format == "text":
        from .report.text import render_rule

        render_rule(_console(), rule, meta, detail=detail)
    else:
        _fail_usage("--format 应为 text 或 json")


def _register_extra_commands() -> None:
    """Commands that live in their own modules (``commands/<name>.py``)."""
    import importlib

    for name in ("deadline",):
        try:
            mod = importlib.import_module(f".commands.{name}", __package__)
        except ImportError:
            continue
        mod.register(app)


_register_extra_commands()

from .annotate.command import register as _register_annotate  # noqa: E402

_register_annotate(app, check=check, load_config=_load_config, run_options=_run_options,
                   fail_usage=_fail_usage, stderr=_stderr)


INTERRUPT_GRACE_S = 5.0  # Ctrl-C: the longest the process may take to end after it


def _on_sigint(signum, frame) -> None:
    """Ctrl-C in the real CLI process: as Python's own handler (a
    KeyboardInterrupt, which a batch turns into its note), and a deadline —
    a daemon timer ends the process, 130, should anything still wait
    ``INTERRUPT_GRACE_S`` seconds later (a full test run once saw the process
    outlive SIGINT by 15 s after printing its note)."""
    import threading

    t = threading.Timer(INTERRUPT_GRACE_S, _exit_late)
    t.daemon = True
    t.start()
    raise KeyboardInterrupt


_NOTED: list[bool] = []  # the interrupt's note is said (by main or by a batch)


def _exit_late() -> None:
    """The deadline after Ctrl-C: the short note, unless main or the batch
    already said it (a machine under load may reach the deadline first), then
    130."""
    batch = sys.modules.get(f"{__package__}.batch")
    if not _NOTED and not getattr(batch, "interrupt_noted", False):
        _stderr("\nzgov：已中断。")
    _exit_now(130)


def _exit_now(code: int) -> None:
    """Ctrl-C: leave at once. The workers are already stopped; waiting at exit
    for a process pool's own threads could keep a clerk's terminal (or a CI
    job) hanging, so what was written is flushed and the process ends."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # a closed pipe: nothing more to say
            pass
    os._exit(code)


def main() -> None:
    # A terminal or pipe that is not UTF-8 must not crash the report.
    for stream in (sys.stdout, sys.stderr):
        try:
            if (stream.encoding or "").lower().replace("-", "") not in ("utf8", "utf_8"):
                stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):
            pass
    import signal

    try:
        signal.signal(signal.SIGINT, _on_sigint)
    except (ValueError, OSError):  # pragma: no cover - not the main thread
        pass
    try:
        code = app(prog_name="zgov", standalone_mode=False)
    except cli_zh.NO_ARGS_IS_HELP as e:  # bare ``zgov``: the help, as click does
        print(e.format_message(), file=sys.stderr)
        sys.exit(2)
    except cli_zh.click.exceptions.UsageError as e:
        cli_zh.show_usage_error(e, sys.stderr)
        sys.exit(2)
    except (typer.Abort, KeyboardInterrupt):
        _NOTED.append(True)
        _stderr("\nzgov：已中断。")
        _exit_now(130)
    except Exception as e:  # an internal bug: a short message; the traceback only with --debug
        if "--debug" in sys.argv[1:]:
            raise
        _stderr(f"zgov：内部错误（{type(e).__name__}: {e}）。请加 --debug 重新运行查看详情，并报告此问题。")
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
