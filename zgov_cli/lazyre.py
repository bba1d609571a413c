"""Regular expressions compiled on first use, not at import.

Compiling a pattern with a large character class (``[\\u4e00-\\u9fa5]``,
``[\\u2e80-\\U0010ffff]``) costs about a millisecond in CPython, and zgov has
a few hundred patterns: compiled at import, a single ``zgov check`` paid for
every pattern of every reader and rule, used or not (issue 15). A module-level
``NAME = lazy_re(r"…")`` compiles when the pattern is first used; after that
its methods are plain attributes of the object, as fast as a compiled
pattern's.

A lazy pattern is not an ``re.Pattern``: pass it to ``re.sub(...)`` and the
like through ``.compiled``, never directly (module-level patterns are used
through their methods everywhere in zgov).
"""
from __future__ import annotations

import re

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """A compiled pattern made on first use of any of its attributes."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern  # the source, without compiling (patterns are built from others)
        self._flags = flags

    @property
    def compiled(self) -> re.Pattern:
        p = self.__dict__.get("_compiled")
        if p is None:
            p = self.__dict__["_compiled"] = re.compile(self.pattern, self._flags)
            for name in _METHODS:  # bound once: later calls skip __getattr__
                self.__dict__[name] = getattr(p, name)
        return p

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re({self.pattern!r})"


def lazy_re(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
