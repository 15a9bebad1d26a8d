"""titlematch: which title on a career ladder fits a resume best, at which level, on which track, and what next.

>>> from titlematch import match          # doctest: +SKIP
>>> result = match("resume.pdf")          # doctest: +SKIP
>>> result.title, result.level, result.track  # doctest: +SKIP

Heavy modules (numpy, PDF and DOCX parsers) load only when first needed, so importing this package is cheap.
"""

from __future__ import annotations

from importlib import metadata as _metadata
from typing import TYPE_CHECKING, Any

try:
    __version__ = _metadata.version("titlematch")
except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

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
