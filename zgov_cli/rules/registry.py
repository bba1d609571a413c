"""The rule table: code → the class that implements it (as ruff's
``codes.rs`` and yamllint's ``_RULES``).

Explicit and complete: a rule exists when it is listed here. Modules are
imported on first use, by dotted path, so importing this table costs nothing
and no rule registers itself by the side effect of an import. Codes are
stable (SPEC §6): add, never renumber.
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from .base import Rule

RULES: dict[str, str] = {
    "ZG001": "zg0_reading.zg001_structure_not_found:StructureNotFound",
    "ZG002": "zg0_reading.zg002_struck_text:StruckText",
    "ZG101": "zg1_routing.zg101_one_matter_per_request:OneMatterPerRequest",
    "ZG102": "zg1_routing.zg102_no_request_in_report:NoRequestInReport",
    "ZG103": "zg1_routing.zg103_single_recipient:SingleRecipient",
    "ZG104": "zg1_routing.zg104_no_over_level:NoOverLevel",
    "ZG105": "zg1_routing.zg105_no_leader_addressee:NoLeaderAddressee",
    "ZG106": "zg1_routing.zg106_no_cc_to_lower:NoCcToLower",
    "ZG107": "zg1_routing.zg107_department_orders_townships:DepartmentOrdersTownships",
    "ZG108": "zg1_routing.zg108_matching_documents:MatchingDocuments",
    "ZG109": "zg1_routing.zg109_division_plan_alone:DivisionPlanAlone",
    "ZG201": "zg2_length.zg201_length:Length",
    "ZG301": "zg3_format.zg301_doc_number_format:DocNumberFormat",
    "ZG302": "zg3_format.zg302_date_format:DateFormat",
    "ZG303": "zg3_format.zg303_doc_type_in_title:DocTypeInTitle",
    "ZG304": "zg3_format.zg304_upward_signer:UpwardSigner",
    "ZG305": "zg3_format.zg305_request_contact_note:RequestContactNote",
    "ZG306": "zg3_format.zg306_recipients:Recipients",
    "ZG307": "zg3_format.zg307_attachment_note:AttachmentNote",
    "ZG308": "zg3_format.zg308_heading_numbers:HeadingNumbers",
    "ZG309": "zg3_format.zg309_title_punctuation:TitlePunctuation",
    "ZG401": "zg4_timing.zg401_county_meeting_request:CountyMeetingRequest",
    "ZG402": "zg4_timing.zg402_draft_for_superior:DraftForSuperior",
    "ZG403": "zg4_timing.zg403_meeting_docs_issued:MeetingDocsIssued",
    "ZG501": "zg5_text.zg501_doubled_character:DoubledCharacter",
    "ZG502": "zg5_text.zg502_half_width_punctuation:HalfWidthPunctuation",
    "ZG503": "zg5_text.zg503_unbalanced_pairs:UnbalancedPairs",
    "ZG504": "zg5_text.zg504_misquoted_formulation:MisquotedFormulation",
    "ZG601": "zg6_layout.zg601_paper_size:PaperSize",
    "ZG602": "zg6_layout.zg602_margins:Margins",
    "ZG603": "zg6_layout.zg603_fonts:Fonts",
}


def load_rule(code: str) -> Rule:
    """An instance of the rule ``code`` (KeyError when there is none)."""
    module, _, name = RULES[code].partition(":")
    cls = getattr(importlib.import_module(f"{__package__}.{module}"), name)
    if cls.code != code:
        raise RuntimeError(f"rule table: {RULES[code]} has code {cls.code}, listed as {code}")
    for attr in ("title", "severity"):
        if not getattr(cls, attr, None):
            raise RuntimeError(f"rule {code} lacks {attr}")
    return cls()


@lru_cache(maxsize=1)
def _all() -> tuple[tuple[str, Rule], ...]:
    return tuple((code, load_rule(code)) for code in sorted(RULES))


def all_rules() -> dict[str, Rule]:
    """Every rule, sorted by code (one shared instance each)."""
    return dict(_all())


def unknown_codes(profile) -> list[str]:
    """Rule codes a profile sets that no rule has (a typo, or a rule that
    does not exist): said to the user rather than silently ignored."""
    return sorted(c for c in profile.rules if c not in RULES)
