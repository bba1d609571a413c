"""Regular expressions compiled on first use, and compiled code kept between runs.

Compiling a pattern with a large character class (``[\u4e00-\u9fa5]``,
``[\u2e80-\U0010ffff]``) costs about a millisecond in CPython, and zgov has
a few hundred patterns: compiled at import, a single ``zgov check`` paid for
every pattern of every reader and rule, used or not (issue 15). A module-level
``NAME = lazy_re(r"…")`` compiles when the pattern is first used; after that
its methods are plain attributes of the object, as fast as a compiled
pattern's.

:func:`compile` (which lazy patterns use) keeps what CPython's regular
expression compiler produced — the code list of each pattern, as
``re._compiler.compile`` hands it to ``_sre.compile`` — in a small file in
the user's cache folder (``$XDG_CACHE_HOME/zgov`` or ``~/.cache/zgov``;
``ZGOV_CACHE_DIR`` overrides it, empty turns it off), keyed by the pattern,
its flags and the interpreter's regex engine version, so the next run builds
its patterns without parsing and optimising them again — what ``.pyc`` files
are to modules. ``_sre.compile`` validates the code it is given; any failure
(an unknown interpreter, a broken or foreign file, a read-only folder) falls
back to ``re.compile``.

A lazy pattern is not an ``re.Pattern``: pass it to ``re.sub(...)`` and the
like through ``.compiled``, never directly (module-level patterns are used
through their methods everywhere in zgov).
"""
from __future__ import annotations

import os
import re
import sys
from array import array

# the interpreters whose re._compiler.compile builds patterns as _build does
_KNOWN = {(3, 11), (3, 12), (3, 13)}
_MAX_ENTRIES = 1500  # patterns made from document text must not grow it without end
_MAX_FILE_BYTES = 16 << 20

_table: dict | None = None  # (pattern, flags) -> arguments of _sre.compile after the pattern
_new = False


def _cache_file() -> str | None:
    folder = os.environ.get("ZGOV_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "zgov")
    if not folder:
        return None
    import _sre

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return os.path.join(folder, f"re2-{tag}.marshal")


def _load() -> dict:
    global _table
    _table = {}
    if sys.version_info[:2] not in _KNOWN or array("I").itemsize != 4:
        return _table
    try:
        import marshal

        path = _cache_file()
        if path:
            with open(path, "rb") as f:
                if os.fstat(f.fileno()).st_size > _MAX_FILE_BYTES:  # not what _save writes
                    return _table
                data = marshal.load(f)
            if isinstance(data, dict):
                _table = data
    except Exception:  # absent, unreadable, truncated, foreign: compile as usual
        pass
    return _table


def _save() -> None:
    """Write the table back when this run compiled something new (merged with
    what other runs wrote meanwhile; replaced atomically)."""
    if not _new or _table is None:
        return
    try:
        import marshal
        import tempfile

        path = _cache_file()
        if not path:
            return
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        merged = dict(_table)
        try:
            with open(path, "rb") as f:
                old = marshal.load(f)
            if isinstance(old, dict) and len(old) + len(merged) <= _MAX_ENTRIES:
                merged = {**old, **merged}
        except Exception:
            pass
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".re-")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(merged, f)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # a read-only or full disk: the next run compiles again
        pass


def _build(pattern, flags: int):
    """What ``re._compiler.compile`` does, keeping the arguments it passes to
    ``_sre.compile``."""
    import _sre
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # the code as bytes of unsigned 32-bit words (loading a table of bytes
    # is a copy; a list of ints would be built int by int at every start),
    # and the pattern built from exactly what is kept
    args = (int(flags | p.state.flags), array("I", code).tobytes(), p.state.groups - 1, groupindex, tuple(indexgroup))
    return _from(pattern, args), args


def _from(pattern, args) -> re.Pattern:
    import _sre

    flags, raw, groups, groupindex, indexgroup = args
    code = array("I")
    code.frombytes(raw)
    return _sre.compile(pattern, flags, code.tolist(), groups, groupindex, indexgroup)


_memo: dict = {}  # this process's patterns, as re's own cache (bounded alike)
_MEMO_MAX = 512


def compile(pattern, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's twin
    """``re.compile(pattern, flags)``, built from the code kept by an earlier
    run when there is one."""
    try:
        return _memo[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:  # unhashable: let re say what is wrong
        return re.compile(pattern, flags)
    p = _compile(pattern, int(flags))
    if len(_memo) >= _MEMO_MAX:
        _memo.clear()
    _memo[type(pattern), pattern, flags] = p
    return p


# re's module functions over :func:`compile` (same signatures)
def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def _compile(pattern, flags: int) -> re.Pattern:
    global _new
    table = _table if _table is not None else _load()
    if sys.version_info[:2] not in _KNOWN or flags & re.DEBUG or array("I").itemsize != 4:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    args = table.get(key)
    if args is not None:
        try:
            return _from(pattern, args)
        except Exception:  # not what this interpreter accepts: build anew
            table.pop(key, None)
    try:
        compiled, args = _build(pattern, flags)
    except re.error:
        raise
    except Exception:
        return re.compile(pattern, flags)
    if len(table) < _MAX_ENTRIES and isinstance(pattern, str) and len(pattern) < 20_000:
        if not _new:
            import atexit

            atexit.register(_save)
            _new = True
        table[key] = args
    return compiled


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
            p = self.__dict__["_compiled"] = compile(self.pattern, self._flags)
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
