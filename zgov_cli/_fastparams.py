"""Plain option values without pydantic: a start-up saving for every command.

Typer ≥ 0.2x coerces each command-line value through a pydantic
``TypeAdapter`` built when the value is processed, for every option of the
command, given or not (``check`` has 17): importing pydantic and building
the adapters costs about 0.1–0.18 s of CPU on each run, more than reading a
document. zgov's options are plain ``str``/``int``/``bool`` and one
``List[str]``; their values come from the command line as text already.

:func:`install` gives such parameters a runtime coercion of their own that
returns a well-formed value as it is (a string, a decimal integer, a bool, a
list of strings) and hands anything else — a malformed integer, any other
type — to typer's own pydantic coercion, so that typer's error messages and
behaviour are kept exactly. It touches typer's internals
(``typer.core._TyperParameter.get_runtime_param``,
``typer._coercion.RuntimeParam``) only when both are there; with any other
typer it does nothing and typer works as it always does.
"""
from __future__ import annotations

import re
from typing import Any, List

_INT = re.compile(r"[+-]?[0-9]+\Z")
_LISTS = (List[str], list[str])


def install() -> bool:
    """Give plain parameters the pydantic-free coercion; True when installed."""
    try:
        from typer import _coercion, core
    except ImportError:  # pragma: no cover - another typer
        return False
    param_cls = getattr(core, "_TyperParameter", None)
    base_cls = getattr(_coercion, "RuntimeParam", None)
    typer_get = getattr(param_cls, "get_runtime_param", None)
    build = getattr(_coercion, "build_runtime_param", None)
    if param_cls is None or base_cls is None or typer_get is None or build is None:
        return False  # pragma: no cover - another typer
    if getattr(typer_get, "_zgov_plain", False):
        return True

    class PlainRuntimeParam(base_cls):  # type: ignore[misc, valid-type]
        """A well-formed value as it is; anything else to typer's adapter."""

        def __init__(self, descriptor: Any) -> None:
            super().__init__(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation)
            object.__setattr__(self, "_descriptor", descriptor)
            object.__setattr__(self, "_typer", None)

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            ann = self.annotation
            if ann is str and isinstance(value, str):
                return value
            if ann is bool and isinstance(value, bool):
                return value
            if ann is int and isinstance(value, str) and _INT.match(value.strip()):
                return int(value)
            if ann in _LISTS and isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                return list(value)
            if self._typer is None:  # the unusual case: typer's own coercion
                object.__setattr__(self, "_typer", build(self._descriptor))
            return self._typer._coerce_value(value, param=param, ctx=ctx)

    def plain(descriptor: Any) -> bool:
        info = descriptor.parameter_info
        if getattr(info, "parser", None) is not None or getattr(info, "click_type", None) is not None:
            return False
        if getattr(info, "min", None) is not None or getattr(info, "max", None) is not None:
            return False
        if getattr(descriptor, "file_annotation", None) is not None:
            return False
        return descriptor.annotation in (str, int, bool) or descriptor.annotation in _LISTS

    def get_runtime_param(self: Any) -> Any:
        if getattr(self, "_runtime_param", None) is None:
            desc = self.type_descriptor
            if plain(desc):
                self._runtime_param = PlainRuntimeParam(desc)
        return typer_get(self)

    get_runtime_param._zgov_plain = True  # type: ignore[attr-defined]
    param_cls.get_runtime_param = get_runtime_param
    return True
