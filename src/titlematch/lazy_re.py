"""Regular expressions compiled on first use.

Compiling the patterns of the evidence readers took about a quarter of a one-resume report (~55 ms of ~210 on a
two-core machine), and a typical resume never reaches half of them (date continuations, other languages'
headings, rare phrasings). :func:`lazy` returns a stand-in that compiles its pattern the first time a method is
asked for, then keeps the compiled pattern's methods as its own attributes: later calls cost what calls on a
compiled pattern cost.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only for attributes not set yet: the first use
        if name.startswith("__") or name == "_source":
            # what copy and pickle probe for ("__setstate__", before "_source" is restored): not a pattern's
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        for attribute in ("pattern", "flags", "groups", "groupindex"):
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r}, {self._source[1]})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
