"""Data passed along the pipeline: reader → structure → rules → report.

Names are English; the 公文 term is given once in each docstring.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 1, "warning": 2, "error": 3}

ERROR_KINDS = (
    "not_found",
    "unsupported_format",
    "corrupt",
    "encrypted",
    "no_text",
    "too_large",
    "empty",
)


class ReadError(Exception):
    """An input that cannot be read. ``kind`` is one of ERROR_KINDS; the
    message is Chinese and tells the clerk what to do."""

    def __init__(self, kind: str, message: str):
        assert kind in ERROR_KINDS, kind
        super().__init__(message)
        self.kind = kind
        self.message = message


@dataclass(slots=True)
class Paragraph:
    """One paragraph as a reader found it, with its location and layout hints.

    ``index`` is 1-based in reading order; ``page`` is 1-based (pdf; docx
    when page breaks are explicit), else None. Layout hints are None when
    unknown: ``align`` one of left/center/right/justify; ``font_size`` in pt;
    ``color`` as upper-case hex RGB (``FF0000``); ``font_name`` the east-Asian
    font where set.
    """

    text: str
    index: int = 0
    page: int | None = None
    align: str | None = None
    font_size: float | None = None
    font_name: str | None = None
    color: str | None = None
    bold: bool | None = None
    in_table: bool = False
    role: str = ""  # set by structure: see structure.ROLES
    # characters at the start of ``text`` that the word processor generated
    # (Word/WPS automatic numbering such as ``一、``): shown as Word shows
    # them, but not typed by the clerk, so a fix must not ask to retype them
    generated_prefix: int = 0
    # text drawn struck through (a PDF exported with tracked changes shown):
    # left out of ``text``, kept here so the report can say so
    struck: str = ""

    def location(self) -> dict[str, Any]:
        return {"paragraph": self.index, "page": self.page}


@dataclass(slots=True)
class Layout:
    """Page layout read from a docx section (or pdf page size). Millimetres."""

    page_width_mm: float | None = None
    page_height_mm: float | None = None
    margin_top_mm: float | None = None
    margin_bottom_mm: float | None = None
    margin_left_mm: float | None = None
    margin_right_mm: float | None = None
    lines_per_page: int | None = None  # docGrid linePitch derived
    chars_per_line: int | None = None  # docGrid charSpace derived
    default_font_name: str | None = None
    default_font_size: float | None = None
    page_count: int | None = None


@dataclass(slots=True)
class RawDocument:
    """What a reader returns: paragraphs in order plus layout facts."""

    path: str
    format: str  # docx | pdf | txt
    paragraphs: list[Paragraph]
    layout: Layout | None = None
    warnings: list[str] = field(default_factory=list)
    layout_recovered: bool = False  # line breaks restored from flattened text (resegment)


@dataclass(slots=True)
class Counts:
    """字数 per SPEC §4."""

    body: int = 0
    body_hanzi: int = 0
    all: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"body": self.body, "body_hanzi": self.body_hanzi, "all": self.all}


@dataclass(slots=True)
class Document:
    """A 公文 read into its GB/T 9704 parts.

    版头: copy_number 份号, secrecy 密级, urgency 紧急程度, issuer_mark 发文机关标志,
    doc_number 发文字号, signers 签发人.
    主体: title 标题, recipients 主送机关, body 正文, attachments 附件说明,
    signature 发文机关署名, date 成文日期, note 附注.
    版记: cc 抄送机关, printer 印发机关, print_date 印发日期.
    """

    path: str
    format: str
    paragraphs: list[Paragraph]
    layout: Layout | None = None
    title: str | None = None
    doc_type: str | None = None  # 文种
    doc_type_source: str = "title"  # title | doc_number | option | none
    doc_type_problem: str | None = None  # why the title's ending is not a valid 文种
    report_kind: str | None = None  # comprehensive | special (报告 only)
    report_kind_reason: str | None = None
    issuer: str | None = None  # 发文机关 (first one when joint)
    issuers: list[str] = field(default_factory=list)  # 联合发文
    issuer_mark: str | None = None  # 发文机关标志 as written
    doc_number: str | None = None  # 发文字号 as written
    signers: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    recipients_line: str | None = None  # the 主送 paragraph as written
    cc: list[str] = field(default_factory=list)
    date: str | None = None  # ISO
    date_text: str | None = None  # 成文日期 as written
    attachments: list[str] = field(default_factory=list)
    note: str | None = None  # 附注
    signature: list[str] = field(default_factory=list)  # 署名 lines
    attendance: list[str] = field(default_factory=list)  # 纪要 出席/列席/请假 lines
    copy_number: str | None = None
    secrecy: str | None = None
    urgency: str | None = None
    printer: str | None = None
    print_date: str | None = None
    has_header: bool = False  # 版头 present
    is_draft: bool = False  # 代拟稿
    layout_recovered: bool = False  # the lines were cut from flattened text (resegment)
    direction: str | None = None  # up | down | parallel | None
    counts: Counts = field(default_factory=Counts)
    notes: list[str] = field(default_factory=list)  # the reader's remarks (OCR: rules skipped)
    # indices into paragraphs (0-based positions) for rules and locations
    title_pos: list[int] = field(default_factory=list)
    recipients_pos: int | None = None
    body_pos: list[int] = field(default_factory=list)
    date_pos: int | None = None
    doc_number_pos: int | None = None
    attachments_pos: list[int] = field(default_factory=list)
    cc_pos: int | None = None
    note_pos: list[int] = field(default_factory=list)

    # ---- helpers for rules -------------------------------------------
    def body_paragraphs(self) -> list[Paragraph]:
        return [self.paragraphs[i] for i in self.body_pos]

    def para_at(self, pos: int | None) -> Paragraph | None:
        if pos is None or not (0 <= pos < len(self.paragraphs)):
            return None
        return self.paragraphs[pos]

    def title_paragraph(self) -> Paragraph | None:
        return self.para_at(self.title_pos[0]) if self.title_pos else None

    def card(self) -> dict[str, Any]:
        """The ``document`` object of SPEC §2 (stable keys; extend only)."""
        return {
            "title": self.title,
            "doc_type": self.doc_type,
            "report_kind": self.report_kind,
            "report_kind_reason": self.report_kind_reason,
            "issuer": self.issuer,
            "issuers": list(self.issuers),
            "doc_number": self.doc_number,
            "signers": list(self.signers),
            "recipients": list(self.recipients),
            "cc": list(self.cc),
            "date": self.date,
            "attachments": list(self.attachments),
            "note": self.note,
            "counts": self.counts.as_dict(),
            "copy_number": self.copy_number,
            "secrecy": self.secrecy,
            "urgency": self.urgency,
            "printer": self.printer,
            "print_date": self.print_date,
            "attendance": list(self.attendance),
            "is_draft": self.is_draft,
            "direction": self.direction,
            "format": self.format,
            "layout_recovered": self.layout_recovered,
        }


@dataclass(slots=True)
class Finding:
    code: str
    severity: str
    title: str
    message: str
    article: str
    evidence: str
    location: dict[str, Any]
    fix: str | None = None  # certain replacement text for the evidence
    doc: str | None = None  # the rule's documentation text (why it matters; `zgov rule CODE`)

    def as_dict(self) -> dict[str, Any]:
        d = {
            "code": self.code,
            "severity": self.severity,
            "title": self.title,
            "message": self.message,
            "article": self.article,
            "evidence": self.evidence,
            "location": dict(self.location),
        }
        if self.fix is not None:
            d["fix"] = self.fix
        d["doc"] = self.doc
        d["doc_command"] = f"zgov rule {self.code}"
        return d


@dataclass(slots=True)
class Deadline:
    """A deadline a rule found applicable to the document, late or not: the
    SPEC §5 deadline object (``compute``'s result) with the rule's ``code``
    and the ``evidence`` it was read from. A rule yields it from ``check``;
    the engine puts it in the file's ``deadlines``."""

    data: dict[str, Any]

    @classmethod
    def of(cls, result: dict[str, Any], code: str, evidence: str) -> "Deadline":
        d = dict(result)
        d["code"] = code
        d["evidence"] = evidence
        return cls(d)


@dataclass
class FileResult:
    """What checking one file gives (SPEC §2 ``files[]``), typed.

    ``as_dict`` is the public JSON object every reporter reads; what is only
    for the engine's callers (the allowlist entries that hid a finding, the
    structured document when asked for) are attributes that never reach it.
    ``source`` says how the text was obtained (SPEC §3): for now the reader's
    format (``docx``, ``pdf``, ``text``); None when the file could not be read."""

    path: str
    status: str  # "ok" | "error"
    document: dict[str, Any] | None = None
    findings: list[dict[str, Any]] = field(default_factory=list)
    deadlines: list[dict[str, Any]] = field(default_factory=list)
    error: dict[str, str] | None = None
    source: str | None = None
    internal_errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # the reader's remarks (OCR: layout rules skipped)
    allow_used: list[str] = field(default_factory=list)
    doc: "Document | None" = None  # only with check_path(..., keep_doc=True)

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"path": self.path, "status": self.status}
        if self.status != "ok":
            d["error"] = self.error
        d["source"] = self.source
        d["document"] = self.document
        d["findings"] = self.findings
        d["deadlines"] = self.deadlines
        if self.notes:
            d["notes"] = self.notes
        if self.internal_errors:
            d["internal_errors"] = self.internal_errors
        return d


@dataclass
class DocOptions:
    """Per-document overrides for what text cannot tell (SPEC §1)."""

    doc_type: str | None = None
    report_kind: str | None = None  # comprehensive | special
    due: _dt.date | None = None  # --due: superior's deadline for a 代拟稿
    route: str | None = None  # government | department


@dataclass
class Context:
    """What a rule may consult besides the document."""

    config: "Config"
    today: _dt.date
    options: DocOptions = field(default_factory=DocOptions)

    @property
    def profile(self):
        """Whose work rules apply (:class:`zgov_cli.profiles.Profile`): what
        a message cites (``ctx.profile.cite(code)``), the deadline table."""
        return self.config.profile
