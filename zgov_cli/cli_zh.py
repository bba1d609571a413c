"""Chinese for the parts of the command line that typer/click write.

click's help skeleton (``Usage:``, ``Options:``, ``Show this message and
exit.``, ``[default: …]``, type names such as ``<list[str]>``) and its usage
errors (``Missing argument``, ``No such command``, ``No such option``) are
English, and the click that typer ≥ 0.2x vendors has no gettext hook. So:

* help goes through :class:`ZhHelpFormatter`, installed as the formatter of
  every typer command's context (including commands other modules add);
* usage errors are raised to :func:`usage_error_message` by ``cli.main``
  (which runs the app with ``standalone_mode=False``) and said in Chinese
  from the exception's fields (the parameter, the option name, the
  suggestions), never from its English text.

Option names and values stay as typed (``--select``, ``text``).
"""
from __future__ import annotations

import difflib
from typing import Any, Sequence

import typer.core as _tcore
from . import lazyre as lre

try:  # typer >= 0.2x vendors click
    from typer import _click as click  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older typer on real click
    import click  # type: ignore[no-redef]

# click >= 8.2 raises this for a bare ``zgov``; older versions print the help themselves
NO_ARGS_IS_HELP = getattr(click.exceptions, "NoArgsIsHelpError", ())

HEADINGS = {"Options": "选项", "Arguments": "参数", "Commands": "命令"}
HELP_OPTION = "显示本帮助并退出。"
TYPE_ZH = {"integer": "整数", "int": "整数", "float": "数字", "boolean": "是或否", "bool": "是或否",
           "text": "文字", "str": "文字", "choice": "列出的值之一", "path": "路径", "filename": "文件名"}

_TYPE_TAG = lre.compile(r"\s*<[^<>]*>")  # ``<str>``, ``<list[str]>`` after a metavar
_EXTRA = lre.compile(r"\s*\[([^\[\]]*)\]\s*$")  # click's trailing ``[default: x; required]``


_BRACES = lre.compile(r"\{([^{}]*)\}")


def _usage_args(args: str) -> str:
    args = _BRACES.sub(r"\1", args)  # typer writes an argument as ``{name}``
    return (args.replace("[OPTIONS]", "[选项]").replace("COMMAND [ARGS]...", "命令 [参数]...")
            .replace("COMMAND", "命令").replace("[ARGS]", "[参数]"))


def _help_text(text: str) -> str:
    if text.strip() == "Show this message and exit.":
        return HELP_OPTION
    m = _EXTRA.search(text)
    if not m:
        return text
    parts = []
    for part in m.group(1).split(";"):
        part = part.strip()
        if part.startswith("default:"):
            parts.append(f"默认 {part[len('default:'):].strip()}")
        elif part == "required":
            parts.append("必填")
        elif part:
            parts.append(part)
    head = text[: m.start()].rstrip()
    tail = f"（{'；'.join(parts)}）" if parts else ""
    return f"{head}{tail}" if head else "；".join(parts)


class ZhHelpFormatter(click.HelpFormatter):
    """click's help layout with Chinese headings, no type names."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, _usage_args(args), prefix="用法：")

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{HEADINGS.get(heading, heading)}：\n")

    def write_text(self, text: str) -> None:
        """Paragraphs as written: click's wrapping breaks only at spaces,
        which would split ``county-meeting`` and never a Chinese line."""
        pad = " " * self.current_indent
        paras = [p.strip() for p in lre.split(r"\n\s*\n", text.strip()) if p.strip()]
        self.write("\n\n".join("\n".join(pad + line.rstrip() for line in p.splitlines()) for p in paras))
        self.write("\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        """Two columns aligned by display width (a Chinese character is two
        columns wide); the description is written whole, since click's
        wrapping breaks only at spaces, which Chinese text does not have."""
        rows = [(_TYPE_TAG.sub(" 值", a) if a.startswith("-") else _TYPE_TAG.sub("", a), _help_text(b)) for a, b in rows]
        first = min(max((width(a) for a, _ in rows), default=0), col_max) + col_spacing
        pad = " " * self.current_indent
        for a, b in rows:
            if not b:
                self.write(f"{pad}{a}\n")
            elif width(a) <= first - col_spacing:
                self.write(f"{pad}{a}{' ' * (first - width(a))}{b}\n")
            else:
                self.write(f"{pad}{a}\n{pad}{' ' * first}{b}\n")


class ZhContext(_tcore.TyperCommand.context_class):  # type: ignore[misc,name-defined]
    formatter_class = ZhHelpFormatter


def install() -> None:
    """Make every typer command and group build its help in Chinese."""
    _tcore.TyperCommand.context_class = ZhContext
    _tcore.TyperGroup.context_class = ZhContext


def width(text: str) -> int:
    """Terminal columns of ``text``: wide and full-width characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# ---------------------------------------------------------------- errors
def _param_name(param: Any) -> str:
    if param is None:
        return ""
    opts = [o for o in getattr(param, "opts", []) if o.startswith("-")]
    if opts:
        return "/".join(opts)
    return (getattr(param, "metavar", None) or getattr(param, "name", "") or "").strip()


def _nearest(word: str, choices: Sequence[str]) -> list[str]:
    return difflib.get_close_matches(word, list(choices), n=3, cutoff=0.5)


def usage_error_message(e: Exception) -> str:
    """One Chinese sentence for a click usage error."""
    ctx = getattr(e, "ctx", None)
    if isinstance(e, click.exceptions.MissingParameter):
        p = e.param
        what = _param_name(p)
        help_ = (getattr(p, "help", None) or "").strip()
        if getattr(p, "param_type_name", "") == "argument":
            return f"缺少参数 {what}" + (f"（{help_}）" if help_ else "") + "。"
        return f"缺少选项 {what} 的值" + (f"（{help_}）" if help_ else "") + "。"
    if isinstance(e, click.exceptions.NoSuchOption):
        near = sorted(e.possibilities or [])
        if not near and ctx is not None:
            names = [o for prm in ctx.command.params for o in getattr(prm, "opts", []) + getattr(prm, "secondary_opts", [])]
            near = _nearest(e.option_name, names)
        return f"没有选项 {e.option_name}。" + (f"相近的有：{'、'.join(near)}。" if near else "")
    if isinstance(e, click.exceptions.BadOptionUsage):
        return f"选项 {e.option_name} 用法不对：需要且只需要一个值。"
    if isinstance(e, click.exceptions.BadParameter):
        p = e.param
        tname = getattr(getattr(p, "type", None), "name", "") or ""
        if not tname and hasattr(p, "bare_type"):
            try:
                tname = p.bare_type()
            except Exception:  # pragma: no cover - typer internals differ by version
                tname = ""
        want = TYPE_ZH.get(tname.lower())
        m = lre.search(r"[Vv]alue ('.*?'|\".*?\")", e.message or "")
        value = f" {m.group(1)}" if m else ""
        return f"{_param_name(p) or '参数'} 的值{value}无效" + (f"，应为{want}" if want else "") + "。"
    msg = e.format_message() if hasattr(e, "format_message") else str(e)
    m = lre.match(r"No such command '(.+?)'", msg)
    if m and ctx is not None:
        name = m.group(1)
        cmds = list(getattr(ctx.command, "commands", {}) or {})
        near = _nearest(name, cmds)
        return f"没有命令 {name}。" + (f"相近的有：{'、'.join(near)}。" if near else f"可用的命令：{'、'.join(cmds)}。")
    m = lre.match(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)", msg)
    if m:
        return f"多余的参数：{m.group(1)}。"
    return f"用法错误：{msg}"


def show_usage_error(e: Exception, stream) -> None:
    ctx = getattr(e, "ctx", None)
    print(f"zgov：{usage_error_message(e)}", file=stream)
    if ctx is not None:
        path = ctx.command_path
        pieces = ctx.command.collect_usage_pieces(ctx)
        print(f"用法：{path} {_usage_args(' '.join(pieces))}", file=stream)
        print(f"用 {path} --help 查看说明。", file=stream)
