"""Expand command-line paths: files, folders (recursed) and globs.

``ACCEPTED_EXTS`` is the one list of file types zgov reads, matched
case-insensitively (``.DOCX`` too): the folder walk picks them up, the
pre-commit hook's ``files`` pattern is :func:`hook_files_pattern` (a test
keeps .pre-commit-hooks.yaml equal to it) and the messages and docs list
them with :func:`accepted_text`.
"""
from __future__ import annotations

import glob
import os
from pathlib import Path

# What zgov reads: documents, then scans (png/jpg/tif need the `ocr` extra).
DOCUMENT_EXTS = (".docx", ".doc", ".wps", ".ofd", ".pdf", ".txt", ".md", ".markdown", ".text")
IMAGE_EXTS = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
ACCEPTED_EXTS = DOCUMENT_EXTS + IMAGE_EXTS


# Document-like files a clerk's folder holds that zgov cannot read: the
# folder walk picks them up too, so they are reported (with what to do, in
# readers.UNSUPPORTED_ADVICE) instead of silently skipped.
UNSUPPORTED_EXTS = (".rtf", ".odt", ".docm", ".wpt", ".dot", ".dotx", ".xls", ".xlsx", ".et",
                    ".ppt", ".pptx", ".dps", ".bmp")
FOLDER_EXTS = frozenset(ACCEPTED_EXTS + UNSUPPORTED_EXTS)


def accepted_text() -> str:
    """The list for messages and docs: ``.docx、.doc、…``."""
    return "、".join(e for e in ACCEPTED_EXTS if e not in (".markdown", ".text", ".jpeg", ".tiff"))


def hook_files_pattern() -> str:
    """The pre-commit hook's ``files`` regex (Python ``re``, case-insensitive)."""
    return r"(?i)\.(" + "|".join(e[1:] for e in ACCEPTED_EXTS) + r")$"


SKIP_DIRS = {"__pycache__", "node_modules", ".git", ".venv", "venv", ".tox"}


def _walk(folder: Path) -> list[str]:
    out: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
        for name in sorted(files):
            if name.startswith((".", "~$")):  # hidden files, Word lock files
                continue
            if Path(name).suffix.lower() in FOLDER_EXTS:
                out.append(os.path.join(root, name))
    return out


def expand(paths: list[str]) -> list[str]:
    """Files in a stable order, each once. A path that neither exists nor
    matches a glob is kept, so that it is reported as ``not_found``."""
    seen: set[str] = set()
    out: list[str] = []

    def add(p: str) -> None:
        key = os.path.normpath(p)
        if key not in seen:
            seen.add(key)
            out.append(p)

    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            for f in _walk(p):
                add(f)
        elif p.exists() or p.is_symlink():
            add(arg)
        elif any(c in arg for c in "*?["):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                add(arg)
            for m in matches:
                if os.path.isdir(m):
                    for f in _walk(Path(m)):
                        add(f)
                else:
                    add(m)
        else:
            add(arg)
    return out
