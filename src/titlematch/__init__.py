"""titlematch: which title on a career ladder fits a resume best, at which level, on which track, and what next.

>>> from titlematch import match          # doctest: +SKIP
>>> result = match("resume.pdf")          # doctest: +SKIP
>>> result.title, result.level, result.track  # doctest: +SKIP

Heavy modules (PDF and DOCX parsers) load only when first needed and scoring needs no numpy, so importing this
package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The one source of the version (pyproject.toml reads it from here); a literal keeps start-up free of
# importlib.metadata, which costs ~20 ms.
__version__ = "0.1.0"

__all__ = [
    "ExitCode",
    "Matcher",
    "Result",
    "TitlematchError",
    "__version__",
    "iter_matches",
    "load_matcher",
    "match",
]

if TYPE_CHECKING:
    from .api import Matcher, iter_matches, load_matcher, match
    from .errors import ExitCode, TitlematchError
    from .result import Result

_LAZY = {
    "Matcher": "api",
    "iter_matches": "api",
    "load_matcher": "api",
    "match": "api",
    "Result": "result",
    "ExitCode": "errors",
    "TitlematchError": "errors",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'titlematch' has no attribute {name!r}")
