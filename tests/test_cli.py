"""The command line: the one-resume report, JSON, options, exit codes; Typer's runner and the real script."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from titlematch import __version__
from titlematch.cli import app
from titlematch.cli_tools import tools
from titlematch.errors import ExitCode

from conftest import JUNIOR_QA, PHARMACIST, SENIOR_DEVOPS, make_pdf

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

JSON_KEYS = {"file", "title", "level", "track", "score", "confidence", "top", "next_steps", "evidence", "error"}


def test_report_on_a_generated_pdf(run_cli, senior_devops_pdf: Path) -> None:
    p = run_cli([str(senior_devops_pdf)])
    assert p.returncode == 0, p.stderr
    assert p.stderr == ""
    out = p.stdout
    assert "Best fit   Senior Microservices DevOps Engineer" in out
    assert "Level      Senior · Track DevOps" in out
    assert "Why Senior" in out and "Why DevOps" in out and "Next steps" in out
    assert "Director of DevOps and Microservices" in out  # the next rung
    assert "\x1b[" not in out  # no colour when stdout is not a terminal
    assert "dana@example.com" not in out and "555-0100" not in out  # no contact details


def test_json_is_one_object_with_the_documented_schema(run_cli, senior_devops_pdf: Path) -> None:
    p = run_cli([str(senior_devops_pdf), "--format", "json", "--top", "3"])
    assert p.returncode == 0
    d = json.loads(p.stdout)
    assert set(d) >= JSON_KEYS
    assert (d["title"], d["level"], d["track"]) == ("Senior Microservices DevOps Engineer", "Senior", "DevOps")
    assert len(d["top"]) == 3 and {"title", "level", "track", "score"} <= set(d["top"][0])
    assert d["error"] is None and 0 <= d["confidence"] <= 1
    assert d["next_steps"]["next"][0]["title"] == "Director of DevOps and Microservices"
    assert "people management" in d["next_steps"]["next"][0]["missing"]
    assert d["evidence"]["years"] > 9
    assert "text" not in d and "dana@example.com" not in p.stdout


CAREER_CHANGER = """Sam Example
Mechanical Engineer turned software developer

EXPERIENCE
Software Developer, Example Apps Ltd
Mar 2023 - present
- Build Python and Django REST APIs, PostgreSQL, Docker, GitHub Actions CI.

Mechanical Engineer, Example Pumps plc
Jan 2012 - Feb 2023
- Designed centrifugal pump housings in SolidWorks; FEA of impellers; supplier audits.
"""


def test_the_header_says_how_many_of_the_dated_years_fit_the_ladder(run_cli) -> None:
    """A career changer: eleven years as a mechanical engineer are dated experience, but not what the level
    reads; the report's first line and the JSON evidence say both."""
    p = run_cli(["-"], input=CAREER_CHANGER)
    assert p.returncode == 0, p.stderr
    head = p.stdout.splitlines()[0]
    years = float(head.split("~")[1].split()[0])
    assert years > 13 and "in roles that fit the ladder" in head, head
    fitting = float(head.split(", ")[-1].split()[0])
    assert 3 <= fitting < 5, head
    d = json.loads(run_cli(["-", "--format", "json"], input=CAREER_CHANGER).stdout)
    assert d["evidence"]["years"] == years and d["evidence"]["relevant_years"] == fitting
    # Someone whose dated years all fit gets the plain header.
    plain = run_cli(["-"], input=SENIOR_DEVOPS).stdout.splitlines()[0]
    assert "years of dated experience" in plain and "fit the ladder" not in plain


def test_include_text_adds_the_text_only_when_asked(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(SENIOR_DEVOPS)
    r = runner.invoke(app, [str(f), "--format", "json", "--include-text"])
    assert json.loads(r.stdout)["text"].startswith("Dana Example")


def test_explain_shows_evidence_with_weights(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(SENIOR_DEVOPS)
    r = runner.invoke(app, [str(f), "--explain"])
    assert r.exit_code == 0
    assert "moved the seniority band by" in r.stdout and "share of the track decision" in r.stdout
    j = runner.invoke(app, [str(f), "--explain", "--format", "json"])
    explain = json.loads(j.stdout)["explain"]
    assert explain["level"] and explain["track"]
    assert "Mentored three junior" not in j.stdout  # terms and signals, not sentences


def test_junior_qa_and_the_top_of_a_track(tmp_path: Path) -> None:
    f = tmp_path / "qa.txt"
    f.write_text(JUNIOR_QA)
    d = json.loads(runner.invoke(app, [str(f), "-f", "json"]).stdout)
    assert (d["level"], d["track"]) == ("Entry", "QA")
    assert d["next_steps"]["next"][0]["title"] == "Microservices QA Engineer"


def test_other_profession_is_no_fit_with_low_confidence(tmp_path: Path) -> None:
    f = tmp_path / "pharmacist.txt"
    f.write_text(PHARMACIST)
    r = runner.invoke(app, [str(f), "-f", "json"])
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert d["fit"] is False and d["title"] is None and d["confidence"] < 0.35
    text = runner.invoke(app, [str(f)]).stdout
    assert "No good fit" in text


def test_stdin_dash(run_cli) -> None:
    p = run_cli(["-", "--format", "json"], input=SENIOR_DEVOPS)
    assert p.returncode == 0
    assert json.loads(p.stdout)["file"] == "-"
    q = run_cli(["--format", "json"], input=JUNIOR_QA)  # no path and stdin is not a terminal
    assert json.loads(q.stdout)["level"] == "Entry"


def test_version_and_python_dash_m(run_cli) -> None:
    assert runner.invoke(app, ["--version"]).stdout.strip() == f"titlematch {__version__}"
    import subprocess

    p = subprocess.run([sys.executable, "-m", "titlematch", "--version"], capture_output=True, text=True)
    assert p.returncode == 0 and p.stdout.strip() == f"titlematch {__version__}"


def test_help_lists_exit_codes_and_subcommands(run_cli) -> None:
    p = run_cli(["--help"])
    assert p.returncode == 0
    for word in ("--format", "--files-from", "--for", "--explain", "titlematch build", "Exit codes"):
        assert word in p.stdout


def test_titles_shows_the_ladder_as_a_tree() -> None:
    r = runner.invoke(tools, ["titles"])
    assert r.exit_code == 0
    assert "├── Developer" in r.stdout and "[VP] VP of DevOps and Microservices  (top of track)" in r.stdout
    j = json.loads(runner.invoke(tools, ["titles", "--format", "json"]).stdout)
    assert len(j["titles"]) == 31 and j["levels"] == ["Entry", "Mid", "Senior", "Director", "VP"]


# ------------------------------------------------------------------------------------------ exit codes

def test_exit_0_ok(run_cli, tmp_path: Path) -> None:
    f = tmp_path / "ok.txt"
    f.write_text(SENIOR_DEVOPS)
    assert run_cli([str(f)]).returncode == ExitCode.OK == 0


def test_exit_2_usage(run_cli, tmp_path: Path) -> None:
    p = run_cli(["--format", "yaml", "x.pdf"])
    assert p.returncode == ExitCode.USAGE == 2
    assert "Traceback" not in p.stderr and p.stdout == ""
    f = tmp_path / "r.txt"
    f.write_text(SENIOR_DEVOPS)
    q = run_cli([str(f), "--for", "Chief Vibes Officer"])
    assert q.returncode == 2 and "not a title" in q.stderr


def test_exit_3_bad_input_one_line_on_stderr(run_cli, tmp_path: Path) -> None:
    missing = tmp_path / "missing.pdf"
    p = run_cli([str(missing)])
    assert p.returncode == ExitCode.INPUT == 3
    assert p.stdout == ""
    assert p.stderr.strip().count("\n") == 0 and "missing.pdf" in p.stderr and "no such file" in p.stderr
    enc = make_pdf(tmp_path / "enc.pdf", SENIOR_DEVOPS, password="s3cret")
    q = run_cli([str(enc)])
    assert q.returncode == 3 and "--password" in q.stderr and "Traceback" not in q.stderr
    ok = run_cli([str(enc), "--password", "s3cret", "-f", "json"])
    assert ok.returncode == 0 and json.loads(ok.stdout)["level"] == "Senior"
    scan = make_pdf(tmp_path / "scan.pdf", "", image_only=True)
    s = run_cli([str(scan)])
    assert s.returncode == 3 and "OCR" in s.stderr


def test_exit_4_model_problems(run_cli, tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(SENIOR_DEVOPS)
    p = run_cli([str(f), "--model", str(tmp_path / "no-model")])
    assert p.returncode == ExitCode.MODEL == 4
    assert "titlematch build" in p.stderr and "Traceback" not in p.stderr
    q = run_cli([str(f)], env={"TITLEMATCH_MODEL": str(tmp_path / "no-model")})
    assert q.returncode == 4


def test_exit_130_on_interrupt() -> None:
    """Typer maps KeyboardInterrupt to 130; the batch test sends a real SIGINT (test_batch_cli)."""
    from titlematch import cli_single

    def boom(*a: object, **k: object) -> None:
        raise KeyboardInterrupt

    orig = cli_single.score_one
    cli_single.score_one = boom  # type: ignore[assignment]
    try:
        r = runner.invoke(app, [os.devnull], standalone_mode=True)
    finally:
        cli_single.score_one = orig  # type: ignore[assignment]
    assert r.exit_code == ExitCode.INTERRUPTED == 130


def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path: Path) -> None:
    from titlematch.api import load_matcher
    from titlematch.render import report

    f = tmp_path / "r.txt"
    f.write_text(SENIOR_DEVOPS)
    result = load_matcher().match(str(f))
    assert "\x1b[1m" in report(result, color=True)
    assert "\x1b[" not in report(result, color=False)

    class Tty:
        def isatty(self) -> bool:
            return True

    from titlematch.cli_io import color as _color

    assert _color(Tty()) is (os.environ.get("NO_COLOR") is None and os.environ.get("TERM") != "dumb")
    os.environ["NO_COLOR"] = "1"
    try:
        assert _color(Tty()) is False
    finally:
        del os.environ["NO_COLOR"]


def test_stdout_is_data_only(run_cli, tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(SENIOR_DEVOPS)
    p = run_cli([str(f), "-f", "json"])
    json.loads(p.stdout)  # nothing but the JSON object
    assert p.stderr == ""


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl", "table"])
def test_single_file_in_batch_formats(run_cli, tmp_path: Path, fmt: str) -> None:
    f = tmp_path / "r.txt"
    f.write_text(SENIOR_DEVOPS)
    p = run_cli([str(f), "-f", fmt])
    assert p.returncode == 0 and "Senior Microservices DevOps Engineer" in p.stdout


def test_build_subcommand_writes_a_model(run_cli, tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    out = tmp_path / "model"
    p = run_cli(["build", "--corpus", str(ROOT / "corpus" / "microservices.toml"), "--out", str(out)])
    assert p.returncode == 0, p.stderr
    assert (out / "manifest.json").exists()
    f = tmp_path / "r.txt"
    f.write_text(SENIOR_DEVOPS)
    q = run_cli([str(f), "--model", str(out), "-f", "json"])
    assert json.loads(q.stdout)["level"] == "Senior"


def test_unknown_sort_column_is_refused_before_scoring(run_cli, tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(SENIOR_DEVOPS)
    p = run_cli([str(tmp_path), "--sort", "-shoe_size", "-f", "csv"])
    assert p.returncode == 2 and p.stdout == ""
    assert "unknown column 'shoe_size'" in p.stderr and "score" in p.stderr
    assert "scored" not in p.stderr  # refused before any resume was scored


def test_selection_keeps_error_rows_and_orders_empty_cells_last() -> None:
    from titlematch.result import Result
    from titlematch.selection import Selection

    ok = [Result(file=f"{n}", title="t", level="Senior", track="DevOps", score=s) for n, s in
          (("a", 0.2), ("b", 0.5), ("c", None))]
    bad = Result(file="bad", error="no such file", fit=False)
    sel = Selection(levels=frozenset({"senior"}), sort="-score")
    kept = [(r, None) for r in [*ok, bad] if sel.keep(r, None)]
    assert [r.file for r, _ in sel.order(kept)] == ["b", "a", "c", "bad"]
    assert not Selection(levels=frozenset({"entry"})).keep(ok[0], None)
    assert Selection(levels=frozenset({"entry"})).keep(bad, None)


def test_a_single_hanging_file_is_stopped_by_timeout(run_cli, tmp_path: Path) -> None:
    import os as _os

    fifo = tmp_path / "never.txt"
    _os.mkfifo(fifo)  # opening it for reading blocks until a writer comes: it never does
    p = run_cli([str(fifo), "--timeout", "1"], timeout=30)
    assert p.returncode == 3 and p.stdout == ""
    assert "timed out after 1 s" in p.stderr and "Traceback" not in p.stderr


def test_table_fits_the_width_and_says_no_fit() -> None:
    from titlematch.render import table_lines

    rows = [{"file": "a.pdf", "title": "Senior Microservices DevOps Engineer", "level": "Senior", "fit": True,
             "next_rung": "Director of DevOps and Microservices", "error": None},
            {"file": "b.pdf", "title": None, "level": None, "fit": False, "next_rung": None, "error": None}]
    lines = table_lines(rows, ["file", "title", "level", "next_rung", "error"], width=60)
    assert all(len(line) <= 60 for line in lines)
    assert lines[0].split()[:2] == ["FILE", "TITLE"] and "ERROR" not in lines[0]  # no errors: no column
    assert "(no fit)" in lines[2]
