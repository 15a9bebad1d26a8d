"""The ``titlematch`` sub-commands: ``build`` (fit a model on a ladder), ``titles`` (show the ladder),
``eval`` (accuracy on a labelled set)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from .cli_io import color, fail, write
from .errors import ExitCode, TitlematchError

__all__ = ["tools"]


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
        fail("--corpus needs --out DIR (without it the shipped model would be overwritten)", ExitCode.USAGE)
    try:
        load_ladder(corpus or default_corpus())  # validate first: a bad ladder needs no scikit-learn to report
    except TitlematchError as exc:
        fail(str(exc), exc.exit_code)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        fail("building a model needs scikit-learn: pip install 'titlematch[build]'", ExitCode.ERROR)
    try:
        written = build_model(corpus or default_corpus(), out or default_model_dir())
    except TitlematchError as exc:
        fail(str(exc), exc.exit_code)
    except OSError as exc:
        fail(f"{exc.filename or out}: cannot write the model ({exc.strerror})", ExitCode.ERROR)
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
        fail(str(exc), exc.exit_code)
    if fmt == "json":
        write(ladder_json(ladder) + "\n")
    elif fmt == "tree":
        write(ladder_tree(ladder, color=color(sys.stdout)))
    else:
        fail(f"--format: '{fmt}' is not tree or json", ExitCode.USAGE)


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
        fail(str(exc), exc.exit_code)
    write(format_report(report))
