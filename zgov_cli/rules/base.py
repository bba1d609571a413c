"""What a rule is: a small unit carrying its metadata.

A rule is a subclass of :class:`Rule` listed in :mod:`.registry`. Its class
attributes are its documentation (they feed ``zgov rules``, ``zgov rule
CODE``, SARIF metadata and the README table); ``check`` yields findings (and,
for the ZG4 rules, the deadlines it found applicable). Every rule has at
least one bad example (must fire) and one good example (must not):
``tests/test_registry.py`` enforces it for every listed rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterator

# Context and DocOptions (what a rule may consult besides the document) live in
# the model so that analysis can take them too; they are re-exported here.
from ..model import Context, Deadline, DocOptions, Document, Finding, Paragraph  # noqa: F401


@dataclass(frozen=True)
class Example:
    """A whole small document in fixture notation: one paragraph a line;
    ``@title ``/``@center ``/``@right `` mark centred (large) or right-aligned
    lines. ``options`` are the check options it needs (``today``,
    ``doc_type``, ``report_kind``, ``due``, ``route``; ``format`` "docx"
    with ``layout`` {field: value} for layout rules)."""

    text: str
    options: dict[str, Any] = field(default_factory=dict)
    note: str = ""  # why it is bad / good, shown by `zgov rule`


class Rule:
    code: ClassVar[str]
    title: ClassVar[str]  # short Chinese title
    severity: ClassVar[str]  # default: error | warning | info
    article: ClassVar[str]  # cited article, e.g. "第二十七条" or "GB/T 9704-2012 7.2.4"
    source: ClassVar[str] = ""  # fuller citation, e.g. "第二十七条；条例第十五条（四）"
    article_keys: ClassVar[tuple[str, ...]] = ()  # keys into data/articles.toml
    explanation: ClassVar[str] = ""  # why it matters (Chinese)
    triggers: ClassVar[str] = ""  # what fires it (Chinese)
    non_triggers: ClassVar[str] = ""  # what does not (Chinese)
    fix_hint: ClassVar[str] = ""  # how to fix (Chinese)
    bad: ClassVar[tuple[Example, ...]] = ()
    good: ClassVar[tuple[Example, ...]] = ()
    formats: ClassVar[tuple[str, ...]] = ("docx", "pdf", "txt")  # inputs it applies to

    def check(self, doc: Document, ctx: Context) -> Iterator[Finding | Deadline]:  # pragma: no cover
        """Findings; a deadline rule also yields each :class:`Deadline` it
        found applicable, late or not (it goes into the file's ``deadlines``)."""
        raise NotImplementedError

    # helper for subclasses ------------------------------------------------
    def finding(
        self,
        message: str,
        evidence: str,
        para: Paragraph | None,
        *,
        fix: str | None = None,
        severity: str | None = None,
    ) -> Finding:
        return Finding(
            code=self.code,
            severity=severity or self.severity,
            title=self.title,
            message=message,
            article=self.article,
            evidence=evidence,
            location=para.location() if para is not None else {"paragraph": None, "page": None},
            fix=fix,
            doc=self.explanation or None,
        )


def code_matches(code: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """Prefix match as ruff does: ``ZG1`` matches ZG101…ZG109; ``ALL`` all."""
    return any(p == "ALL" or code.startswith(p) for p in patterns)


def article_text(rule: Rule) -> str:
    """The quoted text of the articles a rule enforces (data/articles.toml)."""
    from ..data import load_toml

    arts = load_toml("articles.toml")
    keys = rule.article_keys or (rule.article,)
    parts = []
    for k in keys:
        if k in arts:
            label = k if not k.startswith("条例") else "《党政机关公文处理工作条例》" + k[2:]
            if k.startswith("第"):
                label = "《泽州县人民政府工作规则》" + k
            parts.append(f"{label}：{arts[k].strip()}")
    return "\n".join(parts)


def rule_meta(rule: Rule) -> dict[str, Any]:
    """Everything known about a rule, for `zgov rule`, json, SARIF and README."""
    def ex(e: Example) -> dict[str, Any]:
        return {"text": e.text, "options": dict(e.options), "note": e.note}

    return {
        "code": rule.code,
        "title": rule.title,
        "severity": rule.severity,
        "article": rule.article,
        "source": rule.source or rule.article,
        "article_text": article_text(rule),
        "explanation": rule.explanation,
        "triggers": rule.triggers,
        "non_triggers": rule.non_triggers,
        "fix_hint": rule.fix_hint,
        "formats": list(rule.formats),
        "bad": [ex(e) for e in rule.bad],
        "good": [ex(e) for e in rule.good],
        "suppress": (
            f"命令行 --ignore {rule.code}；或在 zgov.toml 中写 ignore = [\"{rule.code}\"]，"
            f"或按文件 [per-file-ignores] \"旧档案/*.docx\" = [\"{rule.code}\"]，"
            f"或把确认无误的原文片段加入 allow = [\"…\"]。"
        ),
    }
