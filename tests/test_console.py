"""The console script's fast path: ``titlematch resume.pdf`` and nothing else is scored without typer, and
gives the same bytes, errors and exit codes as the same command through the option parser."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from titlematch import console
from titlematch.api import Options
from titlematch.batch import BatchOptions
from titlematch.cli import app
from titlematch.errors import ExitCode

from conftest import PHARMACIST, SENIOR_DEVOPS, make_pdf


def _inputs(tmp: Path) -> dict[str, Path]:
    broken = tmp / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog>> endobj\ntrailer <<>>\n%%EOF\n")
    odd = Path(os.fsdecode(bytes(tmp) + b"/caf\xe9 cv.txt"))  # a name that is not UTF-8
    odd.write_text(SENIOR_DEVOPS)
    pharmacist = tmp / "pharmacist.txt"
    pharmacist.write_text(PHARMACIST)
    return {"pdf": make_pdf(tmp / "dana.pdf", SENIOR_DEVOPS), "no fit": pharmacist, "broken": broken,
            "odd name": odd}


@pytest.mark.parametrize("case", ["pdf", "no fit", "broken", "odd name", "bad model"])
def test_the_fast_path_and_the_option_parser_agree(tmp_path: Path, run_cli, case: str) -> None:
    inputs = _inputs(tmp_path)
    path = inputs["pdf" if case == "bad model" else case]
    env = {"TITLEMATCH_MODEL": str(tmp_path / "no-model")} if case == "bad model" else None
    # (bytes: the report names the file as its raw bytes)
    fast = run_cli([os.fsdecode(path)], env=env, input=b"")
    parsed = run_cli(["--", os.fsdecode(path)], env=env, input=b"")  # "--": through typer, options at default
    assert (fast.returncode, fast.stdout, fast.stderr) == (parsed.returncode, parsed.stdout, parsed.stderr)
    expected = {"pdf": ExitCode.OK, "no fit": ExitCode.OK, "broken": ExitCode.INPUT, "odd name": ExitCode.OK,
                "bad model": ExitCode.MODEL}[case]
    assert fast.returncode == expected, fast.stderr
    if expected == ExitCode.OK:
        assert fast.stdout.startswith(os.fsencode(path)) and fast.stderr == b""
    else:
        assert fast.stdout == b"" and fast.stderr.startswith(b"error: ") and fast.stderr.count(b"\n") == 1


def test_the_fast_path_imports_no_typer(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(SENIOR_DEVOPS)
    probe = ("import sys\nfrom titlematch import console\n"
             "try:\n    console.main([sys.argv[1]])\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
             "sys.stdout.flush()\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('typer', 'click', 'rich')), file=sys.stderr)")
    p = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True,
                       env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "Senior Microservices DevOps Engineer" in p.stdout
    assert p.stderr.strip() == "[]"


@pytest.mark.parametrize("args", [["-"], ["build"], ["titles"], ["a.pdf", "b.pdf"], ["--top", "3"], ["."],
                                  ["no-such-file.pdf"], []])
def test_anything_but_one_file_goes_to_the_option_parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("a.pdf", "b.pdf", "build", "titles"):
        (tmp_path / name).write_text(SENIOR_DEVOPS)  # files named like sub-commands are still sub-commands
    parsed: list[list[str]] = []
    monkeypatch.setattr("titlematch.cli.main", lambda argv: parsed.append(argv))
    monkeypatch.setattr(console, "_report", lambda path: pytest.fail(f"fast path taken for {args}"))
    console.main(args)
    assert parsed == [args]


def test_the_fast_path_takes_one_regular_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(SENIOR_DEVOPS)
    reported: list[str] = []
    monkeypatch.setattr(console, "_report", reported.append)
    monkeypatch.setattr("titlematch.cli.main", lambda argv: pytest.fail("option parser used"))
    console.main([str(path)])
    assert reported == [str(path)]


@pytest.mark.parametrize(("error", "code"), [(KeyboardInterrupt, ExitCode.INTERRUPTED), (BrokenPipeError, 1)])
def test_the_fast_path_exits_as_typer_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           error: type[BaseException], code: int) -> None:
    path = tmp_path / "cv.txt"
    path.write_text(SENIOR_DEVOPS)

    def boom(_: str) -> None:
        raise error

    monkeypatch.setattr(console, "_report", boom)
    with pytest.raises(SystemExit) as exc:
        console.main([str(path)])
    assert exc.value.code == code


def test_the_fast_path_uses_the_option_parsers_defaults() -> None:
    """The fast path takes Options() and BatchOptions() as they are; the parser's defaults must be the same."""
    params = {p.name: p.default for p in typer.main.get_command(app).params}
    options, batch = Options(), BatchOptions()
    assert params["top"] == options.top
    assert params["pdf_engine"] == options.pdf_engine
    assert params["password"] is options.password is None
    assert params["include_text"] is options.include_text is False
    assert params["max_bytes"] == options.limits.max_bytes
    assert params["max_pages"] == options.limits.max_pages
    assert params["timeout"] == batch.timeout
    assert params["max_memory"] == batch.max_memory_mb
    assert params["model"] is None and params["fmt"] is None and params["explain"] is False
