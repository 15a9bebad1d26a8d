"""The ``titlematch`` command: parse options, call the library, render, exit. Nothing else lives here.

Sub-commands: ``build`` (fit a model), ``titles`` (show the ladder), ``eval`` (accuracy on a labelled set).
Anything else on the command line is a resume to score.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from . import __version__
from .errors import ExitCode, TitlematchError

if TYPE_CHECKING:
    from .api import Matcher

SUBCOMMANDS = ("build", "titles", "eval")

EPILOG = (
    "Other commands: 'titlematch build' fits a model on a ladder, 'titlematch titles' shows the ladder, "
    "'titlematch eval' measures accuracy on a labelled set (each takes --help). "
    "Exit codes: 0 ok, 1 error, 2 usage, 3 some inputs failed, 4 model or ladder invalid, 130 interrupted."
)


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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"titlematch {__version__}")
        raise typer.Exit()


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=code)


def _color(stream: Any) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)()) and "NO_COLOR" not in os.environ \
        and os.environ.get("TERM") != "dumb"


def _write(line: str) -> None:
    sys.stdout.write(line)


def _raw_bytes_stdout() -> None:
    """File names that are not UTF-8 go out as their raw bytes (CSV, TSV, tables), as ls and find write them;
    JSON escapes them instead (see render)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="surrogateescape")


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
    max_memory: Annotated[int, typer.Option(min=0, help="Memory limit of each worker process in MB (0: none).")] = 2048,
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

    _raw_bytes_stdout()
    sources = list(paths or [])
    if not sources and files_from is None:
        if sys.stdin is None or sys.stdin.isatty():
            _fail("no resume given; try 'titlematch RESUME.pdf' or 'titlematch --help'", ExitCode.USAGE)
        sources = ["-"]
    if "-" in sources and files_from == "-":
        _fail("standard input cannot be both a resume and the --files-from list", ExitCode.USAGE)
    if "-" in sources and sys.stdin is not None and sys.stdin.isatty() and not quiet:
        typer.echo("titlematch: waiting for a resume on standard input (Ctrl-D to end)", err=True)
    options = Options(pdf_engine=pdf_engine.value, password=password, top=top, include_text=include_text,
                      limits=Limits(max_bytes=max_bytes, max_pages=max_pages))
    try:
        matcher = load_matcher(model, options)
    except TitlematchError as exc:
        _fail(str(exc), exc.exit_code)
    target = _target(matcher, for_title)
    _check_filters(matcher, level, track)
    if scheduler is not None and "-" in sources:
        _fail("standard input cannot be sent to a cluster; save it to a file the workers can read",
              ExitCode.USAGE)
    if output is not None and scheduler is None:
        _fail("--output writes from the workers of a Dask cluster: give --scheduler URL as well", ExitCode.USAGE)
    if output is not None and (for_title or level or track or min_score is not None or sort):
        _fail("--output keeps every row; --for, --level, --track, --min-score and --sort do not apply to it",
              ExitCode.USAGE)
    single = files_from is None and len(sources) == 1 and (sources[0] == "-" or not Path(sources[0]).is_dir()) \
        and not (for_title or level or track or min_score is not None or sort) and scheduler is None
    if single:
        _single(matcher, sources[0], fmt or Format.text, explain, timeout, max_memory)
        return
    _batch(matcher, sources, files_from, null, fmt, explain, target, level, track, min_score, sort, jobs, timeout,
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
        _fail(f"--for: '{name}' is not a title on the {ladder.name} ladder{hint}", ExitCode.USAGE)
    return ladder.titles.index(title)


def _check_filters(matcher: Matcher, levels: list[str] | None, tracks: list[str] | None) -> None:
    ladder = matcher.model.ladder
    for opt, given, known in (("--level", levels, ladder.level_names), ("--track", tracks, ladder.track_names)):
        for g in given or []:
            if g.lower() not in {k.lower() for k in known}:
                _fail(f"{opt}: '{g}' is not one of {', '.join(known)}", ExitCode.USAGE)


def _single(matcher: Matcher, source: str, fmt: Format, explain: bool, timeout: float, max_memory: int) -> None:
    from .batch import BatchOptions, score_many
    from .render import csv_lines, json_line, report, table_lines

    # One worker process, as in a batch, so --timeout and --max-memory bound a hostile file here too
    # (forking it costs a few milliseconds; the model is inherited, not reloaded).
    result = next(score_many(matcher, [source], BatchOptions(jobs=1, timeout=timeout, max_memory_mb=max_memory)))
    if fmt is Format.text:
        if result.ok:
            _write(report(result, color=_color(sys.stdout), explain=explain))
    elif fmt in (Format.json, Format.jsonl):
        _write(json_line(result, explain=explain) + "\n")
    elif fmt in (Format.csv, Format.tsv):
        from .render import batch_row

        for line in csv_lines([batch_row(result)], delimiter="," if fmt is Format.csv else "\t"):
            _write(line)
    else:
        from .render import BATCH_COLUMNS, batch_row

        _write("\n".join(table_lines([batch_row(result)], BATCH_COLUMNS[:-1])) + "\n")
    if not result.ok:
        _fail(f"{result.file}: {result.error}", ExitCode.INPUT)


class _Progress:
    """Count, rate and ETA on one stderr line, only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()
        self.last = 0.0
        self.total: int | None = None  # known when the inputs could be counted up front

    def update(self, done: int, failed: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < 0.2:
            return
        self.last = now
        rate = done / max(now - self.start, 1e-9)
        line = f"scored {done}" + (f"/{self.total}" if self.total else "") + f"  failed {failed}  {rate:.0f}/s"
        if self.total and rate > 0 and done < self.total:
            line += f"  ETA {(self.total - done) / rate:.0f} s"
        sys.stderr.write(f"\r\x1b[2K{line}")
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()


def _batch(matcher: Matcher, sources: list[str], files_from: str | None, null: bool, fmt: Format | None,
           explain: bool, target: int | None, levels: list[str] | None, tracks: list[str] | None,
           min_score: float | None, sort: str | None, jobs: int, timeout: float, max_memory: int, quiet: bool,
           model: Path | None, scheduler: str | None = None, output: str | None = None) -> None:
    from .batch import BatchOptions, score_many
    from .discover import Discovery, read_list
    from .render import BATCH_COLUMNS, batch_row, csv_lines, json_line, table_lines
    from .selection import Selection, summary_line

    if sort:
        try:
            Selection(sort=sort).sort_column()
        except ValueError as exc:
            _fail(f"--sort: {exc}", ExitCode.USAGE)
    if fmt is None:
        fmt = Format.table if sys.stdout.isatty() else Format.jsonl
    if fmt is Format.text:
        fmt = Format.table
    listed: list[Any] = [sources]
    if files_from is not None:
        try:
            stream = sys.stdin.buffer if files_from == "-" else open(files_from, "rb")  # noqa: SIM115
        except OSError as exc:
            _fail(f"--files-from: {files_from}: {exc.strerror}", ExitCode.USAGE)
        listed.append(read_list(stream, null=null))
    if scheduler is not None:
        from . import distributed as dist

        try:
            dist.check_installed()
        except TitlematchError as exc:
            _fail(str(exc), exc.exit_code)
        discovery: Discovery = dist.Listing(p for group in listed for p in group)
    else:
        discovery = Discovery(p for group in listed for p in group)
    n_in = 0

    def counted() -> Any:
        nonlocal n_in
        for p in discovery:
            n_in += 1
            yield p

    model_dir = str(model) if model else None
    if output is not None:
        _parquet(matcher, counted(), scheduler, model_dir, output, discovery, quiet)
        return
    if scheduler is not None:
        results: Any = dist.iter_results(counted(), scheduler, model_dir, matcher.options)
    else:
        results = score_many(matcher, counted(), BatchOptions(jobs=jobs, timeout=timeout, max_memory_mb=max_memory),
                             model_dir=model_dir)
    ladder = matcher.model.ladder
    selection = Selection(target=target, target_name=ladder.titles[target].name if target is not None else None,
                          levels=frozenset(x.lower() for x in levels or []),
                          tracks=frozenset(x.lower() for x in tracks or []), min_score=min_score, sort=sort)
    progress = _Progress(not quiet)
    if progress.enabled and files_from is None and scheduler is None:
        # Directories are counted first (a walk costs little beside scoring) so progress can show an ETA.
        progress.total = sum(1 for _ in Discovery(list(sources)))
    started = time.monotonic()
    failed = shown = 0

    def rows() -> Any:
        nonlocal failed
        for done, r in enumerate(results, 1):
            if not r.ok:
                failed += 1
                progress.clear()
                typer.echo(f"error: {r.file}: {r.error}", err=True)
            progress.update(done, failed)
            tag = selection.tag(r)
            if selection.keep(r, tag):
                yield r, tag

    stream_rows: Any = selection.order(rows())
    try:
        if fmt is Format.jsonl:
            for r, tgt in stream_rows:
                if progress.enabled and sys.stdout.isatty():
                    progress.clear()  # rows and the progress line share the terminal
                _write(json_line(r, explain=explain, target=tgt) + "\n")
                shown += 1
        elif fmt is Format.json:
            _write("[")
            for r, tgt in stream_rows:
                _write(("," if shown else "") + "\n" + json_line(r, explain=explain, target=tgt))
                shown += 1
            _write("\n]\n")
        elif fmt in (Format.csv, Format.tsv):
            delim = "," if fmt is Format.csv else "\t"
            for line in csv_lines((batch_row(r, t) for r, t in stream_rows), delimiter=delim):
                _write(line)
                shown += 1
        else:
            table = [batch_row(r, t) for r, t in stream_rows]
            shown = len(table)
            cols = list(table[0].keys()) if table else list(BATCH_COLUMNS)
            cols = [c for c in cols if c not in ("close_call", "fit", "runner_up_score")]
            width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
            progress.clear()
            _write("\n".join(table_lines(table, cols, color=_color(sys.stdout), width=width)) + "\n")
        sys.stdout.flush()
    except TitlematchError as exc:  # a cluster that goes away, a worker with another model
        progress.clear()
        _fail(str(exc), exc.exit_code)
    finally:
        progress.clear()
        close = getattr(results, "close", None)
        if close is not None:
            close()  # cancels a cluster's outstanding work (Ctrl-C, | head)
    elapsed = time.monotonic() - started
    for folder in discovery.missing:  # unreadable directories: their files cannot even be listed
        failed += 1
        typer.echo(f"error: {folder}: cannot read this directory (permission denied?); its files were not scored",
                   err=True)
    if not quiet:
        typer.echo(summary_line(scored=n_in - (failed - len(discovery.missing)), failed=failed,
                                skipped_hidden=discovery.skipped_hidden, skipped_type=discovery.skipped_type,
                                loops=discovery.skipped_loops, shown=shown if selection.filters else None,
                                seconds=elapsed), err=True)
    if failed:
        raise typer.Exit(code=ExitCode.INPUT)


def _parquet(matcher: Matcher, sources: Any, scheduler: str | None, model_dir: str | None, output: str,
             discovery: Any, quiet: bool) -> None:
    """--output: the cluster's workers write the Parquet dataset; only counts and error lines come back."""
    from . import distributed as dist

    progress = _Progress(not quiet)
    started = time.monotonic()
    failed = 0

    def on_error(file: str, message: str) -> None:
        nonlocal failed
        failed += 1
        progress.clear()
        typer.echo(f"error: {file}: {message}", err=True)

    try:
        summary = dist.write_parquet(sources, scheduler, model_dir, matcher.options, output,
                                     progress=lambda done, bad: progress.update(done, bad), on_error=on_error)
    except TitlematchError as exc:
        progress.clear()
        _fail(str(exc), exc.exit_code)
    finally:
        progress.clear()
    elapsed = time.monotonic() - started
    if not quiet:
        typer.echo(f"titlematch: {summary.rows - summary.failed} scored, {summary.failed} failed, "
                   f"{discovery.skipped_hidden + discovery.skipped_type} skipped, {summary.parts} Parquet parts "
                   f"in {output}, {elapsed:.1f} s ({summary.rows / max(elapsed, 1e-9):.0f} files/s)", err=True)
    if summary.failed:
        raise typer.Exit(code=ExitCode.INPUT)


# ------------------------------------------------------------------------------------------------ tools

tools = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False,
                    context_settings={"help_option_names": ["-h", "--help"]}, no_args_is_help=False)


@tools.command()
def build(
    corpus: Annotated[Path | None, typer.Option(help="Ladder file (TOML). Default: the shipped ladder.",
                                                show_default=False)] = None,
    out: Annotated[Path | None, typer.Option(help="Model directory to write. Default: the shipped models/ "
                                             "(in a source checkout).", show_default=False)] = None,
) -> None:
    """Fit the TF-IDF model on a ladder and write a model directory (needs scikit-learn)."""
    from .corpus import load_ladder
    from .model import build as build_model
    from .resources import default_corpus, default_model_dir

    if corpus is not None and out is None:
        _fail("--corpus needs --out DIR (without it the shipped model would be overwritten)", ExitCode.USAGE)
    try:
        load_ladder(corpus or default_corpus())  # validate first: a bad ladder needs no scikit-learn to report
    except TitlematchError as exc:
        _fail(str(exc), exc.exit_code)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        _fail("building a model needs scikit-learn: pip install 'titlematch[build]'", ExitCode.ERROR)
    try:
        written = build_model(corpus or default_corpus(), out or default_model_dir())
    except TitlematchError as exc:
        _fail(str(exc), exc.exit_code)
    except OSError as exc:
        _fail(f"{exc.filename or out}: cannot write the model ({exc.strerror})", ExitCode.ERROR)
    typer.echo(f"wrote {written}", err=True)


@tools.command()
def titles(
    model: Annotated[Path | None, typer.Option(help="Model directory (default: $TITLEMATCH_MODEL, else "
                                               "the shipped one).", show_default=False)] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="tree or json.")] = "tree",
) -> None:
    """Show the ladder: tracks, and each track's titles by level with their next rungs."""
    from .api import load_matcher
    from .render_ladder import ladder_json, ladder_tree

    try:
        ladder = load_matcher(model).model.ladder
    except TitlematchError as exc:
        _fail(str(exc), exc.exit_code)
    if fmt == "json":
        _write(ladder_json(ladder) + "\n")
    elif fmt == "tree":
        _write(ladder_tree(ladder, color=_color(sys.stdout)))
    else:
        _fail(f"--format: '{fmt}' is not tree or json", ExitCode.USAGE)


@tools.command(name="eval")
def evaluate(
    labels: Annotated[Path, typer.Argument(help="Folder with resumes/ and labels/ (see eval/README.md).")],
    model: Annotated[Path | None, typer.Option(help="Model directory.", show_default=False)] = None,
    content_only: Annotated[bool, typer.Option("--content-only", help="Remove headline and job titles "
                                               "first.")] = False,
) -> None:
    """Measure level, track and title accuracy on a labelled set, beside the nearest-title baseline."""
    from .api import load_matcher
    from .evaluation import evaluate as run_eval
    from .evaluation import format_report

    try:
        matcher = load_matcher(model)
        report = run_eval(matcher, labels, content_only=content_only)
    except TitlematchError as exc:
        _fail(str(exc), exc.exit_code)
    _write(format_report(report))


def main(argv: list[str] | None = None) -> None:
    """Entry point: sub-commands go to their own app, everything else is scoring."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        tools(args=args, prog_name="titlematch")
    else:
        app(args=args, prog_name="titlematch")
