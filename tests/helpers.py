"""Shared test helpers: fixture sources, shared data paths, reading documents."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SRC = FIXTURES / "src"
DOCS = FIXTURES / "docs"
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():  # CI lays shared/ beside the clone
    for cand in (ROOT.parent.parent / "shared", Path("/work/shared")):
        if cand.is_dir():
            SHARED = cand
            break
COUNTY_DOC = SHARED / "source" / "zezhou-county-government-work-rules-2024.txt"
CORPUS = SHARED / "corpus"
SAMPLES = SHARED / "samples"


def _build_module():
    spec = importlib.util.spec_from_file_location("fixtures_build", FIXTURES / "build.py")
    mod = importlib.util.module_from_spec(spec)
    import sys

    sys.modules["fixtures_build"] = mod  # dataclasses need the module registered
    spec.loader.exec_module(mod)
    return mod


_BUILD = None


def parse_fixture(text: str) -> tuple[dict, str]:
    """(front matter, body) of a fixture or a shared sample."""
    global _BUILD
    if _BUILD is None:
        _BUILD = _build_module()
    return _BUILD.parse_fixture(text)


def fixture_sources() -> list[Path]:
    return sorted(SRC.glob("*.fixture"))


def built_docs(src: Path) -> list[Path]:
    return [p for p in (DOCS / f"{src.stem}.{ext}" for ext in ("txt", "docx", "pdf")) if p.exists()]


def strip_markers(body: str) -> str:
    return re.sub(r"^@(title|center|right) ", "", body, flags=re.M)


def read(path, **opts):
    """Document for a file through the real read path."""
    from zgov_cli.config import Config
    from zgov_cli.engine import CheckOptions, read_and_build
    from zgov_cli.rules.base import DocOptions

    return read_and_build(str(path), Config(), CheckOptions(doc=DocOptions(**opts)))


def check(path, config=None, **kw):
    """The file's result as the public SPEC §2 object (what --format json prints)."""
    from zgov_cli.config import Config
    from zgov_cli.engine import CheckOptions, check_path

    return check_path(str(path), config or Config(), CheckOptions(**kw)).as_dict()
