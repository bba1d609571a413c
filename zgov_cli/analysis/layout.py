"""Page layout facts against GB/T 9704-2012 (``data/layout.toml``): the
specification, millimetres as said in messages, font families, and the
well-formed layout the ZG6 examples share."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..data import load_toml
from .. import lazyre as lre


@lru_cache(maxsize=None)
def layout_spec() -> dict[str, Any]:
    return load_toml("layout.toml")


def mm(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _norm_font(name: str) -> str:
    return lre.sub(r"[\s_\-]+", "", name).lower()


def font_in(name: str | None, families: list[str]) -> bool:
    n = _norm_font(name or "")
    return any(_norm_font(f) in n for f in families)


EXAMPLE_LAYOUT = {
    "page_width_mm": 210.0,
    "page_height_mm": 297.0,
    "margin_top_mm": 37.0,
    "margin_bottom_mm": 35.0,
    "margin_left_mm": 28.0,
    "margin_right_mm": 26.0,
    "lines_per_page": 22,
    "chars_per_line": 28,
    "default_font_name": "仿宋_GB2312",
    "default_font_size": 16.0,
}


EXAMPLE_FONTS = {"title": [22, "方正小标宋简体"], "body": [16, "仿宋_GB2312"]}


EXAMPLE_TEXT = (
    "@title 泽州县人民政府办公室关于做好2025年防汛工作的通知\n"
    "各乡镇人民政府，县直各有关单位：\n"
    "为做好今年防汛工作，经县政府同意，现就有关事项通知如下。\n"
    "一、落实防汛责任。各乡镇要逐级落实防汛责任人。\n"
    "@right 泽州县人民政府办公室\n"
    "@right 2025年6月3日"
)
