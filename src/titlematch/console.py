"""The console script (``titlematch`` and ``python -m titlematch``).

The commonest command, ``titlematch resume.pdf`` with no options, is scored here without typer: importing it
and building the option parser cost about 20 ms of a ~200 ms report (alternated fresh runs: median 0.203 s
before, 0.183 s after). Anything else (an option, several paths, a directory, standard input, a sub-command, a
path that is no regular file) goes to :func:`.cli.main`, which parses it. Both paths score and write through
:func:`.cli_single.score_one` with the same defaults (a test runs the same resume both ways and compares the
bytes).
"""

from __future__ import annotations

import contextlib
import os
import sys

__all__ = ["main", "run"]


#: Words that start a sub-command rather than name a resume (see :mod:`.cli_tools`).
SUBCOMMANDS = ("build", "titles", "eval")


def _plain_report(args: list[str]) -> bool:
    """Whether the command line is one existing regular file and nothing else (no option, no sub-command)."""
    return len(args) == 1 and not args[0].startswith("-") and args[0] not in SUBCOMMANDS and os.path.isfile(args[0])


def main(argv: list[str] | None = None) -> None:
    """Score or dispatch the command line ``argv`` (default ``sys.argv[1:]``); exits by ``SystemExit``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not _plain_report(args):
        from .cli import main as parse_and_run

        parse_and_run(args)
        return
    try:
        _report(args[0])
    except KeyboardInterrupt:  # as typer does: no traceback, exit 130
        raise SystemExit(130) from None
    except BrokenPipeError:  # as typer does when the reader went away
        raise SystemExit(1) from None


def _report(path: str) -> None:
    """``titlematch PATH`` with every option at its default."""
    from .api import Options, load_matcher
    from .batch import BatchOptions
    from .cli_io import Format, fail, raw_bytes_stdout
    from .cli_single import score_one
    from .errors import TitlematchError

    raw_bytes_stdout()
    try:
        matcher = load_matcher(None, Options())
    except TitlematchError as exc:
        fail(str(exc), exc.exit_code)
    defaults = BatchOptions()
    score_one(matcher, path, Format.text, False, defaults.timeout, defaults.max_memory_mb)


def run() -> None:
    """:func:`main`, then out without the interpreter's teardown. Finalising typer and the rest took ~12 ms of
    every run; by then the workers are joined and only the output buffers are left, which are flushed here."""
    try:
        main()
        code = 0
    except SystemExit as exc:
        if isinstance(exc.code, str):
            sys.stderr.write(exc.code + "\n")
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader that went away (| head) takes nothing more
            stream.flush()
    os._exit(code)
