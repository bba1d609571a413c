"""Documentation generated from the rule registry (the README's rule table).

``python -m zgov_cli.docs`` prints the table; ``--write`` replaces it in
README.md between the markers; a test keeps the two in step.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .report import SEV_ZH

START = "<!-- rules:start -->"
END = "<!-- rules:end -->"


def rules_markdown(profile=None) -> str:
    """The rule table under ``profile`` (default: the default profile)."""
    from .rules.base import rule_meta
    from .rules.registry import all_rules

    lines = ["| 代码 | 级别 | 依据 | 规则 |", "|---|---|---|---|"]
    for r in all_rules().values():
        m = rule_meta(r, profile)
        sev = SEV_ZH[m["severity"]] if m["enabled"] else "不适用"
        lines.append(f"| {r.code} | {sev} | {m['source']} | {m['title']} |")
    return "\n".join(lines)


def replace_in(readme: str) -> str:
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{rules_markdown()}\n{END}{tail}"


if __name__ == "__main__":
    if "--write" in sys.argv:
        p = Path(__file__).resolve().parent.parent / "README.md"
        p.write_text(replace_in(p.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        print(rules_markdown())
