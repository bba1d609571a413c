"""Run a rule's :class:`~zgov_cli.rules.base.Example` documents: the bad
ones must fire and the good ones must not (``tests/test_registry.py``,
``zgov rule``, the rule cases of ``tests/cases``).

An example is a whole small document in fixture notation; it is built in
memory (:func:`zgov_cli.readers.read_lines`) and checked like a file.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

from .config import Config
from .engine import CheckOptions, run_rules
from .model import Document, Finding, Layout, Paragraph, RawDocument
from .rules.base import DocOptions, Example


def apply_font_hints(paras: list[Paragraph], fonts: dict[str, Any]) -> None:
    """``fonts = {"title": (22, "方正小标宋简体"), "body": (16, "仿宋_GB2312")}``
    sets the font of centred large lines (title) and of the other lines (body)."""
    for p in paras:
        key = "title" if p.font_size and p.font_size >= 18 else "body"
        if key in fonts:
            size, name = fonts[key]
            p.font_size, p.font_name = float(size), name


def example_raw(example: Example) -> RawDocument:
    """The example as a read document (``format`` from its options, txt by default)."""
    from .readers import read_lines

    fmt = example.options.get("format", "txt")
    layout = Layout(**example.options["layout"]) if "layout" in example.options else None
    raw = read_lines(example.text, path=f"example.{fmt}", fmt=fmt, markers=True, layout=layout)
    fonts = example.options.get("fonts")
    if fonts:
        apply_font_hints(raw.paragraphs, fonts)
    return raw


def example_options(example: Example) -> CheckOptions:
    o = example.options
    doc = DocOptions(
        doc_type=o.get("doc_type"),
        report_kind=o.get("report_kind"),
        due=_dt.date.fromisoformat(o["due"]) if o.get("due") else None,
        route=o.get("route"),
    )
    today = _dt.date.fromisoformat(o["today"]) if o.get("today") else None
    return CheckOptions(doc=doc, today=today)


def run_example(example: Example, config: Config | None = None) -> tuple[Document, list[Finding]]:
    """Check an Example document with every rule; returns (doc, findings).
    A rule that fails inside is an error here (an example must run clean)."""
    from .structure import build

    config = config or Config()
    opts = example_options(example)
    doc = build(example_raw(example), opts.doc, config)
    findings, _, problems = run_rules(doc, config, opts)
    if problems:
        raise RuntimeError("; ".join(problems))
    return doc, findings
