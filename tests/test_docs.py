"""The README documents every option, exit code and JSON key (a new flag without docs fails here)."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from titlematch.cli import app
from titlematch.cli_tools import tools
from titlematch.errors import ExitCode
from titlematch.result import Result

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
runner = CliRunner()


def _options(help_text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", help_text)) - {"--help"}


def test_every_option_of_the_main_command_is_in_the_readme() -> None:
    missing = sorted(o for o in _options(runner.invoke(app, ["--help"]).stdout) if f"`{o}" not in README
                     and f"{o} " not in README)
    assert not missing, f"undocumented options: {missing}"


def test_every_subcommand_is_in_the_readme() -> None:
    for sub in ("build", "titles", "eval"):
        assert f"titlematch {sub}" in README
        assert runner.invoke(tools, [sub, "--help"]).exit_code == 0


def test_every_exit_code_is_in_the_readme_table() -> None:
    for code in ExitCode:
        assert re.search(rf"^\| {int(code)} \| ", README, re.M), f"exit code {int(code)} ({code.name}) undocumented"


def test_every_json_key_is_in_the_readme() -> None:
    keys = set(Result(file="x").to_dict(explain=True)) | {"text", "error_kind"}
    for key in keys:
        assert f"`{key}`" in README, f"JSON key {key!r} undocumented"


def test_the_readme_report_is_what_the_tool_prints() -> None:
    """The report shown under "The report" is the tool's own output on the shipped example (dated to the day the
    README was written, so that "present" stays put)."""
    from datetime import date

    from titlematch.api import Options, load_matcher
    from titlematch.render import report

    block = README.split("$ titlematch examples/dana-okafor.pdf\n", 1)[1].split("```", 1)[0]
    matcher = load_matcher(options=Options(today=date(2026, 11, 26)))
    r = matcher.match(ROOT / "examples" / "dana-okafor.pdf", "examples/dana-okafor.pdf")
    assert report(r).rstrip() == block.rstrip()
