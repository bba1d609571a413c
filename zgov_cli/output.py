"""Turn batch results into the chosen output format and the exit code (SPEC §1)."""
from __future__ import annotations

import json
import sys
from typing import Any

from .config import Config
from .engine import CheckOptions
from .model import SEVERITY_RANK
from .report import public, summarise


def exit_code(results: list[dict[str, Any]], fail_on: str, exit_zero: bool) -> int:
    """2 if any input was unreadable; else 1 if a finding reaches ``fail_on``."""
    if any(r.get("status") != "ok" for r in results):
        return 2
    if exit_zero or fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    for r in results:
        for f in r.get("findings", []):
            if SEVERITY_RANK[f["severity"]] >= threshold:
                return 1
    return 0


def emit_check(results, cfg: Config, opts: CheckOptions, *, fmt: str, fail_on: str, exit_zero: bool = False,
               statistics: bool = False, baseline: str | None = None, write_baseline: str | None = None,
               show_card: bool = True) -> int:
    summary = summarise(results)
    if fmt == "json":
        print(json.dumps({"version": 1, "files": [public(r) for r in results], "summary": summary},
                         ensure_ascii=False, indent=2))
    elif fmt == "text":
        from rich.console import Console

        from .report.text import render_check

        render_check(Console(file=sys.stdout, highlight=False), results, summary, show_card=show_card)
    else:
        import importlib

        mod = importlib.import_module(f".report.{fmt}", __package__)
        sys.stdout.write(mod.render(results, summary))
    return exit_code(results, fail_on, exit_zero)
