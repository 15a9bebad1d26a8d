"""What every ``titlematch`` command shares: the output formats and PDF engines on offer, one-line errors
with their exit code, colour only on a terminal, and data written to stdout."""

from __future__ import annotations

import contextlib
import os
import sys
from enum import StrEnum
from typing import Any, NoReturn

__all__ = ["Engine", "Format", "color", "fail", "raw_bytes_stdout", "write"]


class Format(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    table = "table"


class Engine(StrEnum):
    pdfium = "pdfium"
    pdfplumber = "pdfplumber"


def fail(message: str, code: int) -> NoReturn:
    """One line on stderr, then exit with ``code``. A ``SystemExit``, which typer lets through: the plain
    report's fast path (:mod:`.console`) never imports typer, and fails the same way."""
    sys.stderr.write(f"error: {message}\n")
    raise SystemExit(code)


def color(stream: Any) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)()) and "NO_COLOR" not in os.environ \
        and os.environ.get("TERM") != "dumb"


def write(line: str) -> None:
    sys.stdout.write(line)


def raw_bytes_stdout() -> None:
    """File names that are not UTF-8 go out as their raw bytes (CSV, TSV, tables), as ls and find write them;
    JSON escapes them instead (see render)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="surrogateescape")
