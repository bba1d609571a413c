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


def rules_markdown() -> str:
    from .rules.registry import all_rules

    lines = ["| 代码 | 级别 | 依据 | 规则 |", "|---|---|---|---|"]
    for r in all_rules().values():
        lines.append(f"| {r.code} | {SEV_ZH[r.severity]} | {r.source or r.article} | {r.title} |")
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
