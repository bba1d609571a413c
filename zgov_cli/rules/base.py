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
from functools import lru_cache
from typing import Any, ClassVar, Iterator

# Context and DocOptions (what a rule may consult besides the document) live in
# the model so that analysis can take them too; they are re-exported here.
from ..model import Context, Deadline, DocOptions, Document, Finding, Paragraph  # noqa: F401
from ..profiles import Profile, load_profile


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
    # What a rule cites (article, source, article texts, the phrases of its
    # messages) and whether it is on belong to the profile, not the rule:
    # zgov_cli/profiles/<name>/profile.toml [rules.ZGnnn].
    explanation: ClassVar[str] = ""  # why it matters (Chinese)
    triggers: ClassVar[str] = ""  # what fires it (Chinese)
    non_triggers: ClassVar[str] = ""  # what does not (Chinese)
    fix_hint: ClassVar[str] = ""  # how to fix (Chinese)
    # the long tail of how the rule reads, class by class, kept out of the
    # explanation (`zgov rule CODE --detail`): a data file of [[group]]
    # heading + items, in zgov_cli/data/
    details_file: ClassVar[str] = ""
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
            article="",  # the engine sets the active profile's citation
            evidence=evidence,
            location=para.location() if para is not None else {"paragraph": None, "page": None},
            fix=fix,
            doc=self.explanation or None,
        )


def code_matches(code: str, patterns: list[str] | tuple[str, ...]) -> bool:
    """Prefix match as ruff does: ``ZG1`` matches ZG101…ZG109; ``ALL`` all."""
    return any(p == "ALL" or code.startswith(p) for p in patterns)


def rule_details(rule: Rule) -> list[dict[str, Any]]:
    """The rule's detailed readings, by class: [{"heading", "items"}]."""
    return [{"heading": h, "items": list(items)} for h, items in _details(rule.details_file)] if rule.details_file else []


@lru_cache(maxsize=None)
def _details(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    # (read once a process: every rule_meta — zgov rules, SARIF — asks for it)
    from ..data import load_toml

    return tuple((g["heading"], tuple(g["items"])) for g in load_toml(name)["group"])


def rule_meta(rule: Rule, profile: Profile | None = None) -> dict[str, Any]:
    """Everything known about a rule under ``profile`` (default: the default
    profile), for `zgov rule`, json, SARIF and README."""
    profile = profile or load_profile()

    def ex(e: Example) -> dict[str, Any]:
        return {"text": e.text, "options": dict(e.options), "note": e.note}

    def doc(key: str) -> str:
        return profile.doc(rule.code, key) or getattr(rule, key)

    return {
        "code": rule.code,
        "title": doc("title"),
        "severity": profile.severity(rule.code) or rule.severity,
        "enabled": profile.enabled(rule.code),
        "profile": profile.describe(),
        "article": profile.article(rule.code),
        "source": profile.source(rule.code),
        "article_text": profile.article_text(rule.code),
        "explanation": doc("explanation"),
        "triggers": doc("triggers"),
        "non_triggers": doc("non_triggers"),
        "fix_hint": doc("fix_hint"),
        "details": rule_details(rule),
        "formats": list(rule.formats),
        "bad": [ex(e) for e in rule.bad],
        "good": [ex(e) for e in rule.good],
        "suppress": (
            f"命令行 --ignore {rule.code}；或在 zgov.toml 中写 ignore = [\"{rule.code}\"]，"
            f"或按文件 [per-file-ignores] \"旧档案/*.docx\" = [\"{rule.code}\"]，"
            f"或把确认无误的原文片段加入 allow = [\"…\"]。"
        ),
    }
