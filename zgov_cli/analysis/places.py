"""The configured place names (巴公镇, 北义城镇) that every cut of words keeps
whole: where a thing is does not say which thing it is.

The engine names them before a document is read. The ask model, which cuts
words, takes those named so far when it makes its segmenter and hears of any
named later. They are kept here, apart from the ask model, so that a document
no rule cuts into words (a 通知) never loads that model at all."""
from __future__ import annotations

from typing import Callable, Iterable

_known: list[str] = []
_seen: set[str] = set()
_listeners: list[Callable[[list[str]], None]] = []


def add_places(names: Iterable[str]) -> None:
    """Name places. A township is named by its short name as often, before
    what is in it (高都派出所, 巴公、高都两所中心卫生院): that stem is a
    place as well."""
    names = [n for n in names if n]
    stems = [n[:-1] for n in names if len(n) >= 3 and n.endswith(("镇", "乡"))]
    new = [n for n in dict.fromkeys([*names, *stems]) if n not in _seen]
    if not new:
        return
    _seen.update(new)
    _known.extend(new)
    for told in _listeners:
        told(new)


def unknown(names: Iterable[str]) -> list[str]:
    """Those of ``names`` not named yet."""
    return [n for n in names if n not in _seen]


def known() -> list[str]:
    """Every place named so far, in the order named."""
    return list(_known)


def on_new_places(told: Callable[[list[str]], None]) -> None:
    """Be told of the places named from now on."""
    _listeners.append(told)
