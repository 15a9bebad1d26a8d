"""One resume on the command line: scored in one worker process, written in the chosen format.

Used by the option parser (:mod:`.cli`) and by the plain report's fast path (:mod:`.console`), which never
imports typer; so this module does not either.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .cli_io import Format, color, fail, write
from .errors import ExitCode

if TYPE_CHECKING:
    from .api import Matcher

__all__ = ["score_one"]


def score_one(matcher: Matcher, source: str, fmt: Format, explain: bool, timeout: float, max_memory: int) -> None:
    """Score ``source`` and write it; a file that cannot be scored exits with ``ExitCode.INPUT``."""
    from .batch import BatchOptions, score_many
    from .render import csv_lines, json_line, report, table_lines

    # One worker process, as in a batch, so --timeout and --max-memory bound a hostile file here too
    # (forking it costs a few milliseconds; the model is inherited, not reloaded).
    result = next(score_many(matcher, [source], BatchOptions(jobs=1, timeout=timeout, max_memory_mb=max_memory)))
    if fmt is Format.text:
        if result.ok:
            write(report(result, color=color(sys.stdout), explain=explain))
    elif fmt in (Format.json, Format.jsonl):
        write(json_line(result, explain=explain) + "\n")
    elif fmt in (Format.csv, Format.tsv):
        from .render import batch_row

        for line in csv_lines([batch_row(result)], delimiter="," if fmt is Format.csv else "\t"):
            write(line)
    else:
        from .render import BATCH_COLUMNS, batch_row

        write("\n".join(table_lines([batch_row(result)], BATCH_COLUMNS[:-1])) + "\n")
    if not result.ok:
        fail(f"{result.file}: {result.error}", ExitCode.INPUT)
