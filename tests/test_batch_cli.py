"""Batches through the command line: what is scored, in which order, in which format, and how it ends.

What only a real process shows (start-up, pipes, signals, standard input, exit status) runs the script in a
subprocess (``run_cli``); what the options do runs in-process through Typer's CliRunner (``cli``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from titlematch.api import load_matcher
from titlematch.cli import app
from titlematch.errors import ExitCode
from titlematch.model import Model

from conftest import JUNIOR_QA, PHARMACIST, SENIOR_DEVOPS, make_docx, make_pdf, titlematch_exe

SUMMARY = re.compile(r"titlematch: (\d+) scored, (\d+) failed, (\d+) skipped(?: \((\d+) hidden, (\d+) not resumes\))?"
                     r"(?:, \d+ symlink loops not followed)?(?:, (\d+) shown after filters)?, [\d.]+ s \(\d+ files/s\)")


@pytest.fixture(scope="module")
def shared_model() -> Model:
    return load_matcher().model


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, shared_model: Model) -> Callable[..., Result]:
    """The command in-process (Typer's CliRunner), with the model loaded once for the module: the
    subprocess tests pay for start-up, these test what the command does with its options."""
    from titlematch import api

    def load_once(model_dir: object = None, options: api.Options | None = None) -> api.Matcher:
        assert model_dir is None
        return api.Matcher(shared_model, options)

    monkeypatch.setattr(api, "load_matcher", load_once)
    runner = CliRunner()

    def invoke(args: list[str], input: str | bytes | None = None) -> Result:
        return runner.invoke(app, args, input=input)

    return invoke


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _rows(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def _summary(stderr: str) -> re.Match[str]:
    match = SUMMARY.fullmatch(stderr.splitlines()[-1])
    assert match, stderr
    return match


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three resumes in three formats, a nested folder, hidden files and files that are not resumes."""
    root = tmp_path_factory.mktemp("team") / "team"
    (root / "qa" / "deeper").mkdir(parents=True)
    make_pdf(root / "dana.pdf", SENIOR_DEVOPS)
    _write(root / "qa" / "sam.txt", JUNIOR_QA)
    make_docx(root / "qa" / "deeper" / "alex.docx", PHARMACIST)
    _write(root / ".draft.txt", SENIOR_DEVOPS)  # hidden file
    _write(root / ".git" / "notes.txt", JUNIOR_QA)  # hidden folder: one skip, not walked
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    _write(root / "qa" / "budget.xlsx", "not a resume")
    return root


TEAM_ORDER = ["dana.pdf", "alex.docx", "sam.txt"]  # walk order: names sorted, folders entered where they sort


# ------------------------------------------------------------------------------------------ discovery


def test_directory_is_walked_recursively_and_skips_are_counted(run_cli, team: Path) -> None:  # type: ignore[no-untyped-def]
    proc = run_cli([str(team), "-f", "jsonl"])
    assert proc.returncode == 0, proc.stderr
    assert [Path(str(r["file"])).name for r in _rows(proc.stdout)] == TEAM_ORDER
    summary = _summary(proc.stderr)
    assert summary.group(1, 2, 3, 4, 5) == ("3", "0", "4", "2", "2")
    assert proc.stderr.splitlines() == [summary.group(0)]  # no progress bar when stderr is not a terminal


def test_quiet_has_no_summary(cli: Callable[..., Result], team: Path) -> None:
    result = cli([str(team), "-f", "jsonl", "--quiet"])
    assert result.exit_code == 0 and result.stderr == "" and len(result.stdout.splitlines()) == 3


def test_files_named_on_the_command_line_are_always_tried(cli: Callable[..., Result], team: Path) -> None:
    result = cli([str(team / ".draft.txt"), str(team / "photo.png"), "-f", "jsonl"])
    rows = _rows(result.stdout)
    assert [r["error_kind"] if r["error"] else "ok" for r in rows] == ["ok", "unsupported"]
    assert result.exit_code == ExitCode.INPUT


def test_files_from_stdin_newline_separated(run_cli, team: Path) -> None:  # type: ignore[no-untyped-def]
    listing = f"{team / 'qa' / 'sam.txt'}\r\n\n{team / 'dana.pdf'}\n"  # CRLF and blank lines are fine
    proc = run_cli(["--files-from", "-", "-f", "jsonl"], input=listing)
    assert proc.returncode == 0, proc.stderr
    assert [Path(str(r["file"])).name for r in _rows(proc.stdout)] == ["sam.txt", "dana.pdf"]


def test_files_from_with_null_separators(cli: Callable[..., Result], tmp_path: Path) -> None:
    odd = _write(tmp_path / "line\nbreak.txt", SENIOR_DEVOPS)
    plain = _write(tmp_path / "plain.txt", JUNIOR_QA)
    listing = tmp_path / "list"
    listing.write_bytes(os.fsencode(odd) + b"\0" + os.fsencode(plain) + b"\0")
    result = cli(["--files-from", str(listing), "--null", "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert [r["file"] for r in _rows(result.stdout)] == [str(odd), str(plain)]
    # From standard input too (find -print0 | titlematch --files-from - --null).
    piped = cli(["--files-from", "-", "--null", "-f", "jsonl"], input=listing.read_bytes())
    assert [r["file"] for r in _rows(piped.stdout)] == [str(odd), str(plain)]
    # Without --null the list reads as two paths that do not exist (one holds NULs): error rows, no crash.
    wrong = cli(["--files-from", str(listing), "-f", "jsonl"])
    assert wrong.exit_code == ExitCode.INPUT
    assert len(_rows(wrong.stdout)) == 2 and all(r["error"] for r in _rows(wrong.stdout))


def test_files_from_a_missing_list_is_a_usage_error(cli: Callable[..., Result], tmp_path: Path) -> None:
    result = cli(["--files-from", str(tmp_path / "nope.txt")])
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.strip() == f"error: --files-from: {tmp_path / 'nope.txt'}: No such file or directory"


def test_stdin_cannot_be_both_list_and_resume(cli: Callable[..., Result]) -> None:
    result = cli(["-", "--files-from", "-"], input="")
    assert result.exit_code == ExitCode.USAGE
    assert "standard input cannot be both" in result.stderr


# --------------------------------------------------------------------------------------------- formats


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv", "json", "table"])
def test_every_format_has_one_row_per_file(cli: Callable[..., Result], team: Path, fmt: str,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(team)  # short relative names: the table cuts long ones
    result = cli([".", "-f", fmt])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    if fmt == "jsonl":
        files = [r["file"] for r in _rows(out)]
    elif fmt == "json":
        files = [r["file"] for r in json.loads(out)]
    elif fmt in ("csv", "tsv"):
        reader = csv.DictReader(io.StringIO(out, newline=""), delimiter="," if fmt == "csv" else "\t")
        assert reader.fieldnames is not None and reader.fieldnames[:5] == ["file", "title", "level", "track",
                                                                          "score"]
        files = [r["file"] for r in reader]
    else:
        lines = out.splitlines()
        assert lines[0].split()[:4] == ["FILE", "TITLE", "LEVEL", "TRACK"]
        files = [line.split()[0] for line in lines[1:]]
    assert [Path(str(f)).name for f in files] == TEAM_ORDER


def test_csv_values(cli: Callable[..., Result], team: Path) -> None:
    out = cli([str(team / "dana.pdf"), str(team / "qa" / "sam.txt"), "-f", "csv"]).stdout_bytes
    assert out.count(b"\r\n") == 3 and out.count(b"\n") == 3  # RFC 4180 line ends
    dana, sam = csv.DictReader(io.StringIO(out.decode(), newline=""))
    assert (dana["level"], dana["track"], dana["error"]) == ("Senior", "DevOps", "")
    assert float(dana["score"]) > 0 and dana["fit"] == "true"
    assert sam["track"] == "QA"


def test_empty_batch_in_json_is_an_empty_array(cli: Callable[..., Result], tmp_path: Path) -> None:
    result = cli([str(tmp_path), "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_output_order_is_input_order_with_two_jobs(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Slow files (multi-page PDFs) and fast ones (text) interleaved, in an order that is not sorted."""
    files = []
    for i in range(24):
        if i % 4 == 0:
            files.append(make_pdf(tmp_path / f"{50 - i:02d}-slow.pdf", SENIOR_DEVOPS, pages=12))
        else:
            files.append(_write(tmp_path / f"{50 - i:02d}-fast.txt", JUNIOR_QA if i % 2 else SENIOR_DEVOPS))
    files.insert(5, tmp_path / "missing.txt")
    proc = run_cli([*map(str, files), "-f", "jsonl", "--jobs", "2"])
    assert [r["file"] for r in _rows(proc.stdout)] == [str(f) for f in files]
    assert proc.returncode == ExitCode.INPUT


# --------------------------------------------------------------------------------------- recruiter mode


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pool")
    _write(root / "a-pharmacist.txt", PHARMACIST)
    _write(root / "b-qa.txt", JUNIOR_QA)
    _write(root / "c-devops.txt", SENIOR_DEVOPS)
    _write(root / "d-devops-junior.txt", SENIOR_DEVOPS.replace("Senior DevOps", "DevOps").replace(
        "Mar 2019 - present", "Mar 2024 - present").replace("Jun 2015 - Feb 2019", "Jun 2023 - Feb 2024"))
    return root


def test_for_title_ranks_best_first(cli: Callable[..., Result], pool: Path) -> None:
    proc = cli([str(pool), "--for", "senior microservices devops engineer", "-f", "jsonl"])
    assert proc.exit_code == 0, proc.stderr
    rows = _rows(proc.stdout)
    assert len(rows) == 4
    assert {r["for"] for r in rows} == {"Senior Microservices DevOps Engineer"}
    scores = [float(str(r["for_score"])) for r in rows]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]
    assert Path(str(rows[0]["file"])).name.startswith(("c-devops", "d-devops"))
    assert Path(str(rows[-1]["file"])).name == "a-pharmacist.txt"


def test_for_unknown_title_suggests_close_ones(cli: Callable[..., Result], pool: Path) -> None:
    proc = cli([str(pool), "--for", "DevOps Enginer"])
    assert proc.exit_code == ExitCode.USAGE and proc.stdout == ""
    assert "did you mean 'DevOps Engineer'" in proc.stderr


def test_filters_track_level_and_min_score(cli: Callable[..., Result], pool: Path) -> None:
    qa = cli([str(pool), "--track", "qa", "-f", "jsonl"])
    assert [r["track"] for r in _rows(qa.stdout)] == ["QA"]
    assert _summary(qa.stderr).group(6) == "1"  # "1 shown after filters"
    senior = cli([str(pool), "--level", "Senior", "--level", "Mid", "-f", "jsonl"])
    assert {r["level"] for r in _rows(senior.stdout)} <= {"Senior", "Mid"}
    assert any(r["level"] == "Senior" for r in _rows(senior.stdout))
    everything = _rows(cli([str(pool), "-f", "jsonl"]).stdout)
    cut = sorted(float(str(r["score"])) for r in everything)[2]
    high = cli([str(pool), "--min-score", str(cut), "-f", "jsonl"])
    kept = _rows(high.stdout)
    assert len(kept) == 2 and all(float(str(r["score"])) >= cut for r in kept)


def test_unknown_filter_value_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, [".", "--track", "Pharmacy"])
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert result.stderr.startswith("error: --track: 'Pharmacy' is not one of ")


def test_sort_by_a_column(cli: Callable[..., Result], pool: Path) -> None:
    up = _rows(cli([str(pool), "--sort", "score", "-f", "jsonl"]).stdout)
    scores = [float(str(r["score"])) for r in up]
    assert scores == sorted(scores)
    down = _rows(cli([str(pool), "--sort", "-years", "-f", "jsonl"]).stdout)
    years = [r["evidence"]["years"] for r in down]  # type: ignore[index]
    assert years == sorted(years, reverse=True)
    bad = cli([str(pool), "--sort", "shoe-size"])
    assert bad.exit_code == ExitCode.USAGE and "--sort: unknown column 'shoe-size'" in bad.stderr


# ----------------------------------------------------------------------------------------- how it ends


def test_failed_files_exit_3_and_the_other_rows_are_written(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = _write(tmp_path / "good.txt", SENIOR_DEVOPS)
    empty = _write(tmp_path / "empty.txt", "")
    missing = tmp_path / "missing.pdf"
    proc = run_cli([str(good), str(empty), str(missing), "-f", "jsonl"])
    assert proc.returncode == ExitCode.INPUT
    rows = _rows(proc.stdout)
    assert [r["error"] is None for r in rows] == [True, False, False]
    errors = proc.stderr.splitlines()[:-1]
    assert errors == [f"error: {empty}: the file is empty (0 bytes); check that it was saved or copied completely",
                      f"error: {missing}: no such file"]
    assert _summary(proc.stderr).group(1, 2, 3) == ("1", "2", "0")


def test_head_closes_the_pipe_quietly(team: Path, tmp_path: Path) -> None:
    many = tmp_path / "many"
    for i in range(60):
        _write(many / f"{i:03d}.txt", JUNIOR_QA)
    exe = " ".join(f"'{part}'" for part in titlematch_exe())
    proc = subprocess.run(f"set -o pipefail; {exe} '{many}' -f jsonl | head -1; echo \"status=${{PIPESTATUS[0]}}\"",
                          shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})
    first, status = proc.stdout.splitlines()
    assert json.loads(first)["file"] == str(many / "000.txt")
    assert status in ("status=0", "status=1", "status=141")  # quiet, whatever the shell makes of it
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
def test_ctrl_c_stops_the_batch_with_130_and_whole_lines(tmp_path: Path, buffered: bool) -> None:
    """Ctrl-C reaches the whole process group. A FIFO in the middle of the list holds the batch there (its
    reader never gets data), so the interrupt lands mid-batch however fast the machine is. Unbuffered, every
    row before the FIFO can be read first; buffered (stdout is a pipe), the rows still in the buffer must come
    out whole when the interrupt ends the program."""
    files = [_write(tmp_path / f"{i:03d}.txt", JUNIOR_QA if i % 2 else SENIOR_DEVOPS) for i in range(120)]
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    files.insert(60, fifo)
    listing = _write(tmp_path / "list.txt", "".join(f"{f}\n" for f in files))
    env = {**os.environ, "NO_COLOR": "1", **({} if buffered else {"PYTHONUNBUFFERED": "1"})}
    # (SIGINT as a terminal's foreground program has it: a suite run from a background job, ".ci/run &", passes
    # its children SIGINT ignored, and Python keeps an ignored SIGINT ignored)
    proc = subprocess.Popen([*titlematch_exe(), "--files-from", str(listing), "-f", "jsonl", "-j", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, env=env,
                            bufsize=0,  # communicate() reads the fd itself: nothing may wait in a buffer
                            preexec_fn=_default_sigint)
    assert proc.stdout is not None
    watchdog = threading.Timer(60, os.killpg, (proc.pid, signal.SIGKILL))  # a readline must not hang the suite
    watchdog.start()
    try:
        head = b""
        while head.count(b"\n") < (1 if buffered else 60):
            chunk = os.read(proc.stdout.fileno(), 1 << 16)
            assert chunk, "the batch ended early"
            head += chunk
        time.sleep(1 if buffered else 0.3)  # buffered: time to reach the FIFO
        os.killpg(proc.pid, signal.SIGINT)
        rest, err = proc.communicate(timeout=30)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    lines = (head + rest).splitlines()
    assert proc.returncode == ExitCode.INTERRUPTED
    written = [json.loads(line)["file"] for line in lines]  # every line whole JSON
    assert written == [str(f) for f in files[: len(written)]]  # in order, and nothing after the FIFO
    assert len(written) == 60 or (buffered and 1 <= len(written) <= 60)
    assert b"Traceback" not in err
    deadline = time.monotonic() + 5  # the workers are gone with it
    while time.monotonic() < deadline:
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        pytest.fail("worker processes outlived the interrupted batch")


def test_batch_through_cli_runner(team: Path) -> None:
    result = CliRunner().invoke(app, [str(team / "qa"), "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert [Path(json.loads(line)["file"]).name for line in result.stdout.splitlines()] == ["alex.docx", "sam.txt"]
    assert _summary(result.stderr).group(1) == "2"
