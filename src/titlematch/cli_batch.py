"""``titlematch`` on many resumes: inputs listed, scored on workers (or a Dask cluster), selected, written
as they come, with progress on a terminal and a summary on stderr."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from .cli_io import Format, color, fail, write
from .errors import ExitCode, TitlematchError

if TYPE_CHECKING:
    from .api import Matcher

__all__ = ["run_batch"]


class Progress:
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


def run_batch(matcher: Matcher, sources: list[str], files_from: str | None, null: bool, fmt: Format | None,
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
            fail(f"--sort: {exc}", ExitCode.USAGE)
    if fmt is None:
        fmt = Format.table if sys.stdout.isatty() else Format.jsonl
    if fmt is Format.text:
        fmt = Format.table
    listed: list[Any] = [sources]
    if files_from is not None:
        try:
            stream = sys.stdin.buffer if files_from == "-" else open(files_from, "rb")  # noqa: SIM115
        except OSError as exc:
            fail(f"--files-from: {files_from}: {exc.strerror}", ExitCode.USAGE)
        listed.append(read_list(stream, null=null))
    if scheduler is not None:
        from . import distributed as dist

        try:
            dist.check_installed()
        except TitlematchError as exc:
            fail(str(exc), exc.exit_code)
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
    progress = Progress(not quiet)
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
                write(json_line(r, explain=explain, target=tgt) + "\n")
                shown += 1
        elif fmt is Format.json:
            write("[")
            for r, tgt in stream_rows:
                write(("," if shown else "") + "\n" + json_line(r, explain=explain, target=tgt))
                shown += 1
            write("\n]\n")
        elif fmt in (Format.csv, Format.tsv):
            delim = "," if fmt is Format.csv else "\t"
            for line in csv_lines((batch_row(r, t) for r, t in stream_rows), delimiter=delim):
                write(line)
                shown += 1
        else:
            table = [batch_row(r, t) for r, t in stream_rows]
            shown = len(table)
            cols = list(table[0].keys()) if table else list(BATCH_COLUMNS)
            cols = [c for c in cols if c not in ("close_call", "fit", "runner_up_score")]
            width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
            progress.clear()
            write("\n".join(table_lines(table, cols, color=color(sys.stdout), width=width)) + "\n")
        sys.stdout.flush()
    except TitlematchError as exc:  # a cluster that goes away, a worker with another model
        progress.clear()
        fail(str(exc), exc.exit_code)
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

    progress = Progress(not quiet)
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
        fail(str(exc), exc.exit_code)
    finally:
        progress.clear()
    elapsed = time.monotonic() - started
    if not quiet:
        typer.echo(f"titlematch: {summary.rows - summary.failed} scored, {summary.failed} failed, "
                   f"{discovery.skipped_hidden + discovery.skipped_type} skipped, {summary.parts} Parquet parts "
                   f"in {output}, {elapsed:.1f} s ({summary.rows / max(elapsed, 1e-9):.0f} files/s)", err=True)
    if summary.failed:
        raise typer.Exit(code=ExitCode.INPUT)
