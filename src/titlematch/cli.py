"""The ``titlematch`` command's options: parse them, call the library, render, exit. Nothing else lives here.

One resume is written by :mod:`.cli_single`, many by :mod:`.cli_batch`; the sub-commands ``build``, ``titles``
and ``eval`` are in :mod:`.cli_tools`. Anything on the command line that is not a sub-command is a resume. The
console script is :mod:`.console`, which scores a plain ``titlematch resume.pdf`` without this module.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import __version__
from .cli_io import Engine, Format, fail, raw_bytes_stdout
from .console import SUBCOMMANDS
from .errors import ExitCode, TitlematchError

if TYPE_CHECKING:
    from .api import Matcher


EPILOG = (
    "Other commands: 'titlematch build' fits a model on a ladder, 'titlematch titles' shows the ladder, "
    "'titlematch eval' measures accuracy on a labelled set (each takes --help). "
    "Exit codes: 0 ok, 1 error, 2 usage, 3 some inputs failed, 4 model or ladder invalid, 130 interrupted."
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"titlematch {__version__}")
        raise typer.Exit()


app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False,
                  context_settings={"help_option_names": ["-h", "--help"]})


@app.command(epilog=EPILOG)
def score(
    paths: Annotated[list[str] | None, typer.Argument(
        help="Resume files (PDF, DOCX, TXT/Markdown, JSON Resume) or directories; '-' reads standard input.",
        show_default=False)] = None,
    fmt: Annotated[Format | None, typer.Option(
        "--format", "-f", help="Output format. One resume: text (default) or json. Several: table on a "
        "terminal, else jsonl; also csv, tsv, json (one array).", show_default=False)] = None,
    top: Annotated[int, typer.Option(min=1, max=50, help="How many ranked titles to show.")] = 5,
    explain: Annotated[bool, typer.Option("--explain", help="Show every piece of evidence and its weight.")] = False,
    model: Annotated[Path | None, typer.Option(help="Model directory (default: $TITLEMATCH_MODEL, else the "
                                                    "shipped microservices ladder).", show_default=False)] = None,
    pdf_engine: Annotated[Engine, typer.Option(help="PDF text extractor.")] = Engine.pdfium,
    password: Annotated[str | None, typer.Option(help="Password of encrypted PDFs.", show_default=False)] = None,
    files_from: Annotated[str | None, typer.Option(
        "--files-from", help="Read the paths to score from FILE ('-' for standard input).", show_default=False,
        metavar="FILE")] = None,
    null: Annotated[bool, typer.Option("--null", "-0", help="With --files-from: paths are NUL-separated "
                                                            "(find -print0).")] = False,
    for_title: Annotated[str | None, typer.Option("--for", help="Recruiter mode: rank resumes by fit to this "
                                                  "ladder title, best first.", show_default=False,
                                                  metavar="TITLE")] = None,
    level: Annotated[list[str] | None, typer.Option(help="Keep only rows at this level (repeatable).",
                                                    show_default=False)] = None,
    track: Annotated[list[str] | None, typer.Option(help="Keep only rows on this track (repeatable).",
                                                    show_default=False)] = None,
    min_score: Annotated[float | None, typer.Option(help="Keep only rows scoring at least this.",
                                                    show_default=False)] = None,
    sort: Annotated[str | None, typer.Option(help="Order rows by this column (prefix '-' for descending), "
                                             "e.g. -score or years.", show_default=False)] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: all cores).")] = 0,
    timeout: Annotated[float, typer.Option(min=0, help="Seconds one file may take (0: no limit).")] = 30.0,
    max_pages: Annotated[int, typer.Option(min=1, help="Pages read per PDF.")] = 30,
    max_bytes: Annotated[int, typer.Option(min=1, help="Largest file read, in bytes.")] = 20 * 1024 * 1024,
    max_memory: Annotated[int, typer.Option(min=0, help="Memory limit of each worker process in MB, on top of what "
                                                    "it starts with (0: none).")] = 2048,
    include_text: Annotated[bool, typer.Option("--include-text", help="Add the extracted resume text to JSON "
                                                                      "output.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", metavar="URL", show_default=False,
        help="Run the batch on this Dask scheduler (tcp://HOST:PORT; needs titlematch[dask]). Inputs may be "
             "URLs (s3://, gs://, memory://); local paths must be visible to every worker. --jobs, --timeout "
             "and --max-memory do not apply there.")] = None,
    output: Annotated[str | None, typer.Option(
        "--output", metavar="PATH.parquet", show_default=False,
        help="With --scheduler: the workers write the results as a Parquet dataset here (nothing on "
             "stdout).")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Find the best-fit title, level and track for each resume, and the next steps up the ladder."""
    from .api import Options, load_matcher
    from .extract import Limits

    raw_bytes_stdout()
    sources = list(paths or [])
    if not sources and files_from is None:
        if sys.stdin is None or sys.stdin.isatty():
            fail("no resume given; try 'titlematch RESUME.pdf' or 'titlematch --help'", ExitCode.USAGE)
        sources = ["-"]
    if "-" in sources and files_from == "-":
        fail("standard input cannot be both a resume and the --files-from list", ExitCode.USAGE)
    if "-" in sources and sys.stdin is not None and sys.stdin.isatty() and not quiet:
        typer.echo("titlematch: waiting for a resume on standard input (Ctrl-D to end)", err=True)
    options = Options(pdf_engine=pdf_engine.value, password=password, top=top, include_text=include_text,
                      limits=Limits(max_bytes=max_bytes, max_pages=max_pages))
    try:
        matcher = load_matcher(model, options)
    except TitlematchError as exc:
        fail(str(exc), exc.exit_code)
    target = _target(matcher, for_title)
    _check_filters(matcher, level, track)
    if scheduler is not None and "-" in sources:
        fail("standard input cannot be sent to a cluster; save it to a file the workers can read",
              ExitCode.USAGE)
    if output is not None and scheduler is None:
        fail("--output writes from the workers of a Dask cluster: give --scheduler URL as well", ExitCode.USAGE)
    if output is not None and (for_title or level or track or min_score is not None or sort):
        fail("--output keeps every row; --for, --level, --track, --min-score and --sort do not apply to it",
              ExitCode.USAGE)
    single = files_from is None and len(sources) == 1 and (sources[0] == "-" or not Path(sources[0]).is_dir()) \
        and not (for_title or level or track or min_score is not None or sort) and scheduler is None
    if single:
        from .cli_single import score_one

        score_one(matcher, sources[0], fmt or Format.text, explain, timeout, max_memory)
        return
    from .cli_batch import run_batch

    run_batch(matcher, sources, files_from, null, fmt, explain, target, level, track, min_score, sort, jobs, timeout,
           max_memory, quiet, model, scheduler, output)


def _target(matcher: Matcher, name: str | None) -> int | None:
    if name is None:
        return None
    ladder = matcher.model.ladder
    title = ladder.find_title(name)
    if title is None:
        import difflib

        close = difflib.get_close_matches(name, [t.name for t in ladder.titles], n=3, cutoff=0.4)
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else \
            "; 'titlematch titles' lists them"
        fail(f"--for: '{name}' is not a title on the {ladder.name} ladder{hint}", ExitCode.USAGE)
    return ladder.titles.index(title)


def _check_filters(matcher: Matcher, levels: list[str] | None, tracks: list[str] | None) -> None:
    ladder = matcher.model.ladder
    for opt, given, known in (("--level", levels, ladder.level_names), ("--track", tracks, ladder.track_names)):
        for g in given or []:
            if g.lower() not in {k.lower() for k in known}:
                fail(f"{opt}: '{g}' is not one of {', '.join(known)}", ExitCode.USAGE)


def main(argv: list[str] | None = None) -> None:
    """Parse and run a command line: sub-commands go to their own app, everything else is scoring."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        from .cli_tools import tools

        tools(args=args, prog_name="titlematch")
    else:
        app(args=args, prog_name="titlematch")
