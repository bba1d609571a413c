"""The terminal report (rich): the document card, findings, deadlines, summary.

On a terminal long lines are wrapped by Chinese line-breaking rules
(:func:`break_points`); written to a pipe or a file, each line is written
whole with no padding, so ``grep`` and editors see what was said.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape
from rich.text import Text

if TYPE_CHECKING:
    from rich.table import Table

from . import ERROR_KIND_ZH, SEV_ZH, where
from ..lazyre import lazy_re

SEV_ORDER = {"error": 0, "warning": 1, "info": 2}

# 行首禁则: marks that close or follow what they belong to never start a line
NO_LINE_START = set("。，、：；！？）》」』】〕〉”’…—·%‰℃,.;:!?)]}")
# 行尾禁则: opening marks never end a line
NO_LINE_END = set("（《「『【〔〈“‘([{")
# never split: a number with its unit (31.8mm), a size (156mm×225mm), a code,
# a font name with the Chinese name it is joined to (仿宋_GB2312)
_ASCII_RUN = lazy_re(r"(?:[^\x00-\x7f\s]{1,2}(?=_))?[!-~]+(?:[×～][!-~]+)*")


def _atoms(text: str) -> list[tuple[int, int]]:
    """Unbreakable pieces of ``text`` as (start, end): a run of printable
    ASCII (``31.8mm``, ``GB2312``) or one other character, with the closing
    marks that follow it and the opening marks before it glued on."""
    base: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        m = _ASCII_RUN.match(text, i)
        end = m.end() if m and m.end() > i else i + 1
        base.append((i, end))
        i = end
    out: list[tuple[int, int]] = []
    for a, b in base:
        if out and (text[a] in NO_LINE_START or text[out[-1][1] - 1] in NO_LINE_END):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def break_points(text: str, width: int) -> list[int]:
    """Offsets where ``text`` (one paragraph) is broken to fit ``width``
    terminal cells: never inside an ASCII token, never before a closing
    mark or after an opening one. A piece wider than a whole line is cut
    as a last resort."""
    width = max(width, 8)
    breaks: list[int] = []
    used = 0
    for a, b in _atoms(text):
        w = cell_len(text[a:b])
        if used and used + w > width:
            breaks.append(a)
            used = 0
        while w > width:  # an over-long piece: cut it by cells
            cut, acc = a, 0
            while cut < b and acc + cell_len(text[cut]) <= width:
                acc += cell_len(text[cut])
                cut += 1
            while cut - 1 > a and (text[cut] in NO_LINE_START or text[cut - 1] in NO_LINE_END):
                cut -= 1
            breaks.append(cut)
            a, w = cut, cell_len(text[cut:b])
        used += w
    return breaks


def say(console: Console, text: Text | str, indent: int = 0) -> None:
    """Print ``text`` indented: wrapped by :func:`break_points` on a
    terminal, whole (no wrapping, no padding) anywhere else."""
    if isinstance(text, str):
        text = Text(text)
    pad = " " * indent
    for para in text.split("\n"):
        if console.is_terminal:
            lines = para.divide(break_points(para.plain, console.width - indent - 1)) if para.plain else [para]
        else:
            lines = [para]
        for i, line in enumerate(lines):
            if i and line.plain.startswith(" "):
                line = line[1:]
            line.rstrip()
            console.print(Text(pad) + line, soft_wrap=True)

SEV_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
DIRECTION_ZH = {"up": "上行文", "down": "下行文", "parallel": "平行文"}
REPORT_KIND_ZH = {"comprehensive": "综合报告", "special": "专项报告"}



def card_lines(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs of the document card, in GB/T 9704 order."""
    def j(v: list[str]) -> str:
        return "、".join(v) if v else "—"

    kind = doc.get("doc_type") or "未识别"
    if doc.get("report_kind"):
        kind += f"（{REPORT_KIND_ZH.get(doc['report_kind'], doc['report_kind'])}）"
    if doc.get("is_draft"):
        kind += "（代拟稿）"
    rows = [
        ("标题", doc.get("title") or "未识别"),
        ("文种", kind),
    ]
    if doc.get("report_kind_reason"):
        rows.append(("报告类别依据", doc["report_kind_reason"]))
    issuers = doc.get("issuers") or ([doc["issuer"]] if doc.get("issuer") else [])
    rows += [
        ("发文机关", j(issuers)),
        ("发文字号", doc.get("doc_number") or "—"),
        ("签发人", j(doc.get("signers") or [])),
        ("主送机关", j(doc.get("recipients") or [])),
        ("抄送机关", j(doc.get("cc") or [])),
        ("成文日期", doc.get("date") or "—"),
    ]
    if doc.get("layout_recovered"):
        rows.append(("分段", "原文换行丢失（如网页复制），已按公文格式恢复分段"))
    if doc.get("attachments"):
        rows.append(("附件", j(doc["attachments"])))
    if doc.get("note"):
        rows.append(("附注", doc["note"]))
    if doc.get("direction"):
        rows.append(("行文方向", DIRECTION_ZH.get(doc["direction"], doc["direction"])))
    c = doc.get("counts") or {}
    rows.append(("字数", f"正文 {c.get('body', 0)} 字（其中汉字 {c.get('body_hanzi', 0)}）；全文 {c.get('all', 0)} 字"))
    rows.append(("计数范围", "正文＝主送机关之后至附件说明、署名之前；不含标题、版头、版记和附件"))
    return rows


def _card_table(doc: dict[str, Any]) -> Table:
    from rich.table import Table
    t = Table.grid(padding=(0, 2))
    t.add_column(style="bold", no_wrap=True)
    t.add_column()
    for k, v in card_lines(doc):
        t.add_row(k, escape(str(v)))
    return t


def _deadline_line(d: dict[str, Any]) -> Text:
    unit = "个工作日" if d.get("unit") == "working_days" else "天"
    span = f"{d.get('amount', '')}{unit}"
    line = Text("期限 ", style="bold magenta")
    line.append(f"{d.get('title') or d.get('rule', '')}（{d.get('article', '')}）：")
    if d.get("direction") == "before":
        line.append(f"{d.get('from')} 之前 {span}，即最迟 ")
    else:
        line.append(f"{d.get('from')} 之后 {span}内，即最迟 ")
    line.append(str(d.get("deadline")), style="bold")
    if d.get("effective_deadline") and d.get("effective_deadline") != d.get("deadline"):
        line.append(f"；该日不上班，实际应在 {d['effective_deadline']} 前办理")
    if d.get("status_text"):
        line.append(f"  {d['status_text']}")
    for w in d.get("calendar_warnings") or []:
        line.append(f"\n  ⚠ {w}", style="yellow")
    return line


def render_file(console: Console, r: dict[str, Any], *, show_card: bool = True) -> None:
    path = r["path"]
    if r.get("status") != "ok":
        err = r.get("error") or {}
        console.print(
            Text.assemble((f"{path}", "bold"), "  ", (f"无法读取：{ERROR_KIND_ZH.get(err.get('kind'), err.get('kind'))}", "bold red"))
        )
        say(console, Text(err.get("message") or ""), 2)
        console.print()
        return
    doc = r["document"] or {}
    findings = r.get("findings", [])
    head = Text(path, style="bold")
    head.append("  ")
    head.append(doc.get("doc_type") or "文种未识别", style="green")
    counts = Counter(f["severity"] for f in findings)
    if findings:
        head.append("  " + "，".join(f"{SEV_ZH[s]} {counts[s]}" for s in ("error", "warning", "info") if counts[s]))
    elif not doc.get("doc_type"):
        # nothing found in a document whose 文种 was not read is not "no
        # problem": the checks that need the 文种 did not run (SPEC §6 ZG0)
        head.append("  未能识别公文结构，部分检查未进行", style="yellow")
    else:
        head.append("  未发现问题", style="green")
    say(console, head)
    if show_card:
        if console.is_terminal:
            from rich.panel import Panel  # a terminal only

            console.print(Panel(_card_table(doc), expand=False, border_style="dim"))
        else:  # a box would pad every line with spaces
            for k, v in card_lines(doc):
                say(console, Text(f"{k}：", style="bold") + Text(str(v)), 4)
    for f in sorted(findings, key=finding_order):
        line = Text()
        line.append(f"{f['code']}", style=SEV_STYLE[f["severity"]])
        line.append(f" {SEV_ZH[f['severity']]} ", style=SEV_STYLE[f["severity"]])
        line.append(f"{f['title']}", style="bold")
        line.append(f"  [{f['article']}] {where(f['location'])}", style="dim")
        say(console, line, 2)
        say(console, Text(f["message"]), 6)
        if f.get("evidence"):
            say(console, Text("原文：", style="dim") + Text(f"“{f['evidence']}”"), 6)
        if f.get("fix"):
            say(console, Text("建议改为：", style="dim") + Text(f"“{f['fix']}”", style="green"), 6)
    for d in r.get("deadlines", []):
        say(console, _deadline_line(d), 2)
    for p in r.get("internal_errors", []):
        say(console, Text(f"⚠ {p}", style="yellow"), 2)
    console.print()


def finding_order(f: dict[str, Any]) -> tuple[int, int, int]:
    """Errors first, then warnings, then hints; within each, by position
    (page, then paragraph; whole-document findings first)."""
    loc = f.get("location") or {}
    return (SEV_ORDER.get(f["severity"], 3), loc.get("page") or 0, loc.get("paragraph") or 0)


def render_summary(console: Console, results: list[dict[str, Any]], summary: dict[str, int]) -> None:
    if not console.is_terminal:  # tables pad every cell with spaces: plain lines instead
        _summary_lines(console, results, summary)
        return
    from rich.table import Table

    t = Table(title="检查汇总", show_header=True, header_style="bold")
    t.add_column("文件")
    t.add_column("错误", justify="right", style="red")
    t.add_column("警告", justify="right", style="yellow")
    t.add_column("提示", justify="right", style="cyan")
    t.add_column("无法读取", justify="right")
    t.add_row(str(summary["files"]), str(summary["errors"]), str(summary["warnings"]), str(summary["infos"]), str(summary["unreadable"]))
    console.print(t)
    per_rule = Counter((f["code"], f["title"]) for r in results for f in r.get("findings", []))
    if per_rule and summary["files"] > 1:
        rt = Table(title="各规则问题数", header_style="bold")
        rt.add_column("规则")
        rt.add_column("名称")
        rt.add_column("数量", justify="right")
        for (code, title), n in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0][0]))[:15]:
            rt.add_row(code, title, str(n))
        console.print(rt)
    bad = [r for r in results if r.get("status") != "ok"]
    if bad:
        bt = Table(title="无法读取的文件", header_style="bold")
        bt.add_column("文件")
        bt.add_column("原因")
        for r in bad:
            bt.add_row(escape(r["path"]), ERROR_KIND_ZH.get(r["error"]["kind"], r["error"]["kind"]))
        console.print(bt)


def _summary_lines(console: Console, results: list[dict[str, Any]], summary: dict[str, int]) -> None:
    s = summary
    say(console, f"检查汇总：{s['files']} 个文件，错误 {s['errors']}，警告 {s['warnings']}，提示 {s['infos']}，无法读取 {s['unreadable']}。")
    per_rule = Counter((f["code"], f["title"]) for r in results for f in r.get("findings", []))
    if per_rule and s["files"] > 1:
        say(console, "各规则问题数：")
        for (code, title), n in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0][0]))[:15]:
            say(console, f"{n:>4}  {code} {title}", 2)
    bad = [r for r in results if r.get("status") != "ok"]
    if bad:
        say(console, "无法读取的文件：")
        for r in bad:
            say(console, f"{r['path']}（{ERROR_KIND_ZH.get(r['error']['kind'], r['error']['kind'])}）", 2)


def render_check(console: Console, results: list[dict[str, Any]], summary: dict[str, int], *, show_card: bool = True) -> None:
    for r in results:
        render_file(console, r, show_card=show_card)
    render_tail(console, results, summary)


def render_tail(console: Console, results: list[dict[str, Any]], summary: dict[str, int]) -> None:
    """The end of a check report: the summary, then where to read about the rules met."""
    render_summary(console, results, summary)
    codes = sorted({f["code"] for r in results for f in r.get("findings", [])})
    if codes:
        shown = "、".join(codes[:8]) + ("等" if len(codes) > 8 else "")
        say(console, Text(f"每条规则的条文、正反示例和屏蔽方法：zgov rule 代码，如 zgov rule {codes[0]}（本次涉及 {shown}）。", style="dim"))


def render_inspect(console: Console, doc, result: dict[str, Any] | None = None) -> None:
    from rich.panel import Panel
    from rich.table import Table
    console.print(Text(doc.path, style="bold"))
    console.print(Panel(_card_table(doc.card()), title="公文要素", expand=False))
    t = Table(title="段落与角色", header_style="bold", show_lines=False)
    t.add_column("段", justify="right")
    t.add_column("页", justify="right")
    t.add_column("角色")
    t.add_column("文字")
    for p in doc.paragraphs:
        text = p.text if len(p.text) <= 60 else p.text[:58] + "……"
        t.add_row(str(p.index), str(p.page or ""), ROLE_ZH.get(p.role, p.role), escape(text))
    console.print(t)


ROLE_ZH = {
    "copy_number": "份号", "secrecy": "密级", "urgency": "紧急程度", "issuer_mark": "发文机关标志",
    "doc_number": "发文字号", "signer": "签发人", "title": "标题", "title_mark": "稿件标注",
    "recipients": "主送机关", "body": "正文", "attachment": "附件说明", "signature": "发文机关署名",
    "date": "成文日期", "note": "附注", "attachment_body": "附件/所附文件", "cc": "抄送机关",
    "printer": "印发机关和日期", "separator": "分隔线", "other": "其他", "meta": "网页信息",
    "attendance": "出席、列席人员",
}


def render_rules(console: Console, rules, profile=None) -> None:
    from rich.table import Table
    from ..rules.base import rule_meta

    metas = [rule_meta(r, profile) for r in rules.values()]
    t = Table(title=f"zgov 规则（依据：{metas[0]['profile']}）" if metas else "zgov 规则", header_style="bold")
    t.add_column("代码", no_wrap=True)
    t.add_column("级别", no_wrap=True)
    t.add_column("依据")
    t.add_column("名称")
    for m in metas:
        sev = Text(SEV_ZH[m["severity"]], style=SEV_STYLE[m["severity"]]) if m["enabled"] else Text("不适用", style="dim")
        t.add_row(m["code"], sev, escape(m["source"]), escape(m["title"]))
    console.print(t)


def _example_text(text: str) -> Text:
    """An example as a clerk would see the page: layout markers become
    layout (a bold title, right-aligned 署名 and 日期)."""
    out = Text()
    for i, line in enumerate(text.strip().splitlines()):
        if i:
            out.append("\n")
        if line.startswith("@title "):
            out.append(line[7:], style="bold")
        elif line.startswith("@center "):
            out.append(line[8:], style="bold")
        elif line.startswith("@right "):
            out.append("　　　　　　　　" + line[7:])
        else:
            out.append(line)
    return out


def render_rule(console: Console, rule, meta: dict[str, Any], detail: bool = False) -> None:
    from rich.panel import Panel
    parts: list[Any] = []
    sev = meta["severity"]
    parts.append(Text.assemble((f"{rule.code}  {meta['title']}", "bold"), "   ", (SEV_ZH[sev], SEV_STYLE[sev])))
    parts.append(Text(f"依据：{meta['source']}", style="dim"))
    if not meta.get("enabled", True):
        parts.append(Text(f"{meta['profile']}不含此规则，检查时不运行。", style="yellow"))
    for label, key in (("条文", "article_text"), ("说明", "explanation"), ("何时触发", "triggers"),
                       ("何时不触发", "non_triggers"), ("如何修改", "fix_hint")):
        if meta.get(key):
            parts.append(Text(""))
            parts.append(Text(label, style="bold"))
            parts.append(Text(meta[key]))
        if key == "explanation" and meta.get("details"):
            n = sum(len(g["items"]) for g in meta["details"])
            if detail:
                for g in meta["details"]:
                    parts.append(Text(""))
                    parts.append(Text(f"细则 · {g['heading']}", style="bold"))
                    parts.extend(Text(f"· {item}。") for item in g["items"])
            else:
                parts.append(Text(f"另有按类整理的细则 {n} 条，用 zgov rule {rule.code} --detail 查看。", style="dim"))
    for label, key, style in (("错误示例", "bad", "red"), ("正确示例", "good", "green")):
        for ex in meta.get(key, [])[:2]:
            parts.append(Text(""))
            parts.append(Text(label + (f"（{ex['note']}）" if ex.get("note") else ""), style=f"bold {style}"))
            parts.append(Panel(_example_text(ex["text"]), border_style=style, expand=False))
    parts.append(Text(""))
    parts.append(Text("如何屏蔽", style="bold"))
    parts.append(Text(meta["suppress"]))
    for part in parts:  # text by Chinese line-breaking rules (whole when piped), examples in their boxes
        if isinstance(part, Text):
            say(console, part)
        else:
            console.print(part)
