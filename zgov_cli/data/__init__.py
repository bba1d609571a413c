"""Vocabulary files (TOML) shipped inside the package, read once and cached."""
from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load_toml(name: str) -> dict[str, Any]:
    # the files sit next to this module (importlib.resources would cost an
    # import of its own on every start)
    return tomllib.loads((_HERE / name).read_text(encoding="utf-8"))
