"""A team's own ladder end to end: build a model from examples/ladders/data-engineering.toml, score with it.

The model is built once per module with the real command; resumes are written here (fictional people), with
closed date ranges so the answers do not depend on today's date.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from titlematch.api import load_matcher
from titlematch.errors import CorpusError, ExitCode, ModelError
from titlematch.model import load_model
from titlematch.render_ladder import ladder_json

from conftest import PHARMACIST, ROOT, make_pdf, titlematch_exe

LADDER = ROOT / "examples" / "ladders" / "data-engineering.toml"

SENIOR_DATA_ENGINEER = """Priya Example
Senior Data Engineer
priya@example.com

Experience
Senior Data Engineer | Contoso Logistics | Apr 2019 - Jan 2025
- Led the design of the streaming ingestion platform on Kafka and Spark Structured Streaming; 2 TB a day.
- Built and own 60 Airflow DAGs loading Snowflake; cut warehouse cost by 35%.
- Migrated batch ETL from Hadoop and Hive to PySpark on Databricks and Delta Lake.
- Mentored three junior data engineers; code reviews and design reviews for the data team.

Data Engineer | Fabrikam Retail | Jun 2015 - Mar 2019
- Python and SQL pipelines, change data capture with Debezium from PostgreSQL into the data lake on S3.
- Parquet partitioning, backfills and data freshness alerts; on call for the pipelines.

Education
B.Sc. Computer Science, Example University, 2011 - 2015

Skills
Python, Scala, SQL, Spark, Kafka, Airflow, Snowflake, Databricks, Delta Lake, AWS, Docker, Git
"""

DATA_ANALYST = """Jordan Sample
Data Analyst

Experience
Data Analyst, Northwind Traders, 09/2023 – 06/2024
- Wrote SQL queries against the warehouse for weekly sales and marketing reports.
- Built Tableau dashboards for the sales team; Excel pivot tables and ad hoc analysis for finance.
- Presented insights and recommendations to stakeholders.

Education
B.A. Economics, State College, 2019 - 2023
"""

ANALYTICS_ENGINEER = """Robin Model
Analytics Engineer

Experience
Analytics Engineer, Tailspin Toys, Jan 2022 - Dec 2024
- Built and maintain the dbt project: staging models, marts, incremental models, dbt tests and docs.
- Dimensional modelling (star schema) in Snowflake for finance and product analytics; Looker LookML explores.
- Version control with Git and CI for dbt on every pull request.

Data Analyst, Tailspin Toys, Jul 2020 - Dec 2021
- SQL reporting and Looker dashboards for the product team.

Education
B.Sc. Statistics, Example University, 2016 - 2020
"""

DATA_PLATFORM_ENGINEER = """Casey Infra
Data Platform Engineer

Experience
Data Platform Engineer, Litware, Mar 2021 - Oct 2024
- Run the data platform: Databricks workspace administration, Spark on Kubernetes, managed Airflow (MWAA).
- Terraform modules for the data infrastructure on AWS; Helm charts; CI/CD for data deployments.
- Snowflake roles and access control, cost monitoring dashboards; Kafka clusters on MSK.

Systems Engineer, Litware, Jun 2019 - Feb 2021
- Linux servers, Docker, monitoring with Prometheus and Grafana.

Education
B.Sc. Information Systems, Example University, 2015 - 2019
"""

DIRECTOR = """Morgan Lead
Director of Data Engineering

Experience
Director of Data Engineering, Woodgrove Bank, 2018 - 2025
- Lead a data organisation of 45 people through five engineering managers: data engineering, analytics
  engineering and the data platform.
- Own the data roadmap and a $4M budget including Snowflake and Databricks spend; negotiated vendor contracts.
- Grew the team from 12 to 45 engineers; set the hiring plan, career ladders and promotions.
- Data strategy and governance with the executive team.

Data Engineering Manager, Woodgrove Bank, 2014 - 2018
- Managed a team of 8 data engineers; hiring, performance reviews, quarterly planning.

Senior Data Engineer, Adatum, 2009 - 2014
- Spark and Hadoop pipelines.

Education
M.Sc. Computer Science, Example University, 2007 - 2009
"""

VP_OF_DATA = """Alex Chief
VP of Data

Experience
VP of Data, Woodgrove Bank, 2019 - 2025
- Run the data function of the company: 180 people in data engineering, analytics and data science, through
  six directors.
- Report to the CEO and present data strategy, privacy and compliance to the board.
- Own a $25M budget; set the company-wide data strategy with the executive team.

Director of Data Engineering, Adatum, 2012 - 2019
- Managed five managers and 40 data engineers; hiring plan and budget.

Education
MBA, Example Business School, 2010 - 2012
"""

#: resume -> (title, level, track): cases a careful reader would not hesitate over.
CLEAR_CASES = {
    "senior-data-engineer": (SENIOR_DATA_ENGINEER, "Senior Data Engineer", "L3", "Data Engineering"),
    "data-analyst": (DATA_ANALYST, "Data Analyst", "L1", "Analytics Engineering"),
    "analytics-engineer": (ANALYTICS_ENGINEER, "Analytics Engineer", "L2", "Analytics Engineering"),
    "data-platform-engineer": (DATA_PLATFORM_ENGINEER, "Data Platform Engineer", "L2", "Data Platform"),
    "director": (DIRECTOR, "Director of Data Engineering", "L5", "Data Leadership"),
    "vp": (VP_OF_DATA, "VP of Data", "L6", "Data Leadership"),
}


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*titlematch_exe(), *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NO_COLOR": "1", **env})


@pytest.fixture(scope="module")
def de_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`titlematch build --corpus examples/ladders/data-engineering.toml --out DIR`, once for the module."""
    out = tmp_path_factory.mktemp("de") / "de-model"
    proc = _run(["build", "--corpus", str(LADDER), "--out", str(out)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""  # stdout is for data; the "wrote" message goes to stderr
    return out


@pytest.fixture(scope="module")
def resumes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of the clear cases as text files, plus one resume of another profession."""
    folder = tmp_path_factory.mktemp("resumes")
    for name, (text, *_) in CLEAR_CASES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "pharmacist.txt").write_text(PHARMACIST, encoding="utf-8")
    return folder


@pytest.fixture
def model_copy(de_model: Path, tmp_path: Path) -> Path:
    """A copy of the model to damage."""
    return Path(shutil.copytree(de_model, tmp_path / "model"))


# ------------------------------------------------------------------------------------------ the model


def test_model_directory_is_self_contained(de_model: Path) -> None:
    assert sorted(p.name for p in de_model.iterdir()) == ["ladder.toml", "manifest.json", "model.json"]
    assert (de_model / "ladder.toml").read_bytes() == LADDER.read_bytes()
    manifest = json.loads((de_model / "manifest.json").read_text())
    assert manifest["ladder"] == "Data Engineering"
    assert manifest["corpus_sha256"] == hashlib.sha256(LADDER.read_bytes()).hexdigest()
    assert manifest["n_titles"] == len(load_model(de_model).ladder.titles)


def test_titles_shows_the_custom_ladder_as_a_tree(de_model: Path, run_cli) -> None:
    proc = run_cli(["titles", "--model", str(de_model)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    out = proc.stdout
    assert out.startswith("Data Engineering ladder: 19 titles, levels L1 < L2 < L3 < L4 < L5 < L6\n")
    for track in ("Data Engineering", "Analytics Engineering", "Data Platform", "Data Leadership"):
        assert f"── {track}  (" in out
    # A rung that leaves the track names the track it leads to.
    up = "↑ Staff Data Engineer, Data Engineering Manager (Data Leadership)"
    assert f"[L3] Senior Data Engineer  {up}\n" in out
    assert "[L6] VP of Data  (top of track)" in out
    assert "Microservices" not in out


def test_titles_json_gives_levels_with_their_bands(de_model: Path) -> None:
    data = json.loads(ladder_json(load_model(de_model).ladder))
    assert data["levels"] == ["L1", "L2", "L3", "L4", "L5", "L6"]
    assert [lv["band"] for lv in data["level_details"]] == [0, 1, 2, 2.5, 2.9, 4]
    assert data["tracks"] == ["Data Engineering", "Analytics Engineering", "Data Platform", "Data Leadership"]
    assert len(data["titles"]) == 19


# --------------------------------------------------------------------------------------------- scoring


@pytest.mark.parametrize("case", sorted(CLEAR_CASES))
def test_clear_cases_get_the_expected_title_level_and_track(de_model: Path, case: str) -> None:
    text, title, level, track = CLEAR_CASES[case]
    result = load_matcher(de_model).match_text(text, name=case)
    assert (result.title, result.level, result.track) == (title, level, track)
    assert result.fit and result.ladder == "Data Engineering"


def test_other_profession_fits_no_title(de_model: Path) -> None:
    result = load_matcher(de_model).match_text(PHARMACIST)
    assert not result.fit
    assert result.title is None


def test_pdf_resume_through_the_command(de_model: Path, tmp_path: Path, run_cli) -> None:
    pdf = make_pdf(tmp_path / "priya.pdf", SENIOR_DATA_ENGINEER)
    proc = run_cli(["--model", str(de_model), str(pdf), "--format", "json", "--explain"])
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["title"], data["level"], data["track"]) == ("Senior Data Engineer", "L3", "Data Engineering")
    next_steps = data["next_steps"]
    assert [n["title"] for n in next_steps["next"]] == ["Staff Data Engineer", "Data Engineering Manager"]
    assert [n["level"] for n in next_steps["next"]] == ["L4", "L4"]
    assert next_steps["lateral"] == ["Senior Analytics Engineer", "Senior Data Platform Engineer"]
    assert set(data["explain"]) >= {"level", "track"}


def test_text_report_with_next_steps_and_explain(de_model: Path, tmp_path: Path, run_cli) -> None:
    resume = tmp_path / "priya.txt"
    resume.write_text(SENIOR_DATA_ENGINEER, encoding="utf-8")
    proc = run_cli(["--model", str(de_model), "--explain", str(resume)])
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "Senior Data Engineer" in out
    assert "L3 · Data Engineering" in out
    assert "Why L3" in out and "Why Data Engineering" in out
    lines = out.splitlines()

    def line_with(*parts: str) -> bool:
        return any(all(p in line for p in parts) for line in lines)

    assert line_with("Staff Data Engineer", "L4 · Data Engineering")
    assert line_with("Data Engineering Manager", "L4 · Data Leadership")
    assert line_with("people management, hiring, delivery management")  # what the manager rung asks for
    assert line_with("Senior Analytics Engineer, Senior Data Platform Engineer")  # lateral moves
    # The advice comes from this ladder's [[advice]] tables.
    assert any(line_with(a.name) for a in load_model(de_model).ladder.advice)


def test_next_steps_from_the_library(de_model: Path) -> None:
    matcher = load_matcher(de_model)
    steps = matcher.match_text(DIRECTOR).next_steps
    assert steps is not None
    assert [(n.title, n.level, n.track) for n in steps.next] == [("VP of Data", "L6", "Data Leadership")]
    assert steps.lateral == ["Principal Data Engineer"]
    top = matcher.match_text(VP_OF_DATA).next_steps
    assert top is not None
    assert top.top_of_track and top.next == []


def test_model_from_the_environment(de_model: Path, resumes: Path, run_cli) -> None:
    resume = resumes / "analytics-engineer.txt"
    proc = run_cli([str(resume), "-f", "json"], env={"TITLEMATCH_MODEL": str(de_model)})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["title"], data["level"]) == ("Analytics Engineer", "L2")


def test_batch_mode_with_the_custom_ladder(de_model: Path, resumes: Path, run_cli) -> None:
    # --model wins over the environment.
    proc = run_cli(["--model", str(de_model), str(resumes), "-f", "csv"],
                   env={"TITLEMATCH_MODEL": str(resumes / "no-such-model")})
    assert proc.returncode == 0, proc.stderr
    rows = {Path(r["file"]).stem: r for r in csv.DictReader(io.StringIO(proc.stdout))}
    assert set(rows) == {*CLEAR_CASES, "pharmacist"}
    for case, (_, title, level, track) in CLEAR_CASES.items():
        assert (rows[case]["title"], rows[case]["level"], rows[case]["track"]) == (title, level, track)
    assert rows["pharmacist"]["fit"] == "false"
    assert rows["senior-data-engineer"]["next_rung"] == "Staff Data Engineer; Data Engineering Manager"
    assert f"{len(CLEAR_CASES) + 1} scored, 0 failed" in proc.stderr


def test_batch_filters_take_the_custom_level_and_track_names(de_model: Path, resumes: Path, run_cli) -> None:
    proc = run_cli(["--model", str(de_model), str(resumes), "-f", "jsonl", "--track", "analytics engineering",
                    "--level", "L1", "--level", "L2", "-q"])
    assert proc.returncode == 0, proc.stderr
    titles = sorted(json.loads(line)["title"] for line in proc.stdout.splitlines())
    assert titles == ["Analytics Engineer", "Data Analyst"]
    proc = run_cli(["--model", str(de_model), str(resumes), "--level", "Senior"])
    assert proc.returncode == ExitCode.USAGE
    assert "--level: 'Senior' is not one of L1, L2, L3, L4, L5, L6" in proc.stderr


def test_recruiter_mode_ranks_resumes_for_a_custom_title(de_model: Path, resumes: Path, run_cli) -> None:
    proc = run_cli(["--model", str(de_model), "--for", "senior data engineer", str(resumes), "-f", "jsonl",
                    "-q"])
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(rows) == len(CLEAR_CASES) + 1
    assert {r["for"] for r in rows} == {"Senior Data Engineer"}
    scores = [r["for_score"] for r in rows]
    assert scores == sorted(scores, reverse=True)
    assert Path(rows[0]["file"]).stem == "senior-data-engineer"
    assert Path(rows[-1]["file"]).stem == "pharmacist"


def test_recruiter_mode_suggests_a_title_of_the_custom_ladder(de_model: Path, resumes: Path, run_cli) -> None:
    proc = run_cli(["--model", str(de_model), "--for", "Senior Data Enginer", str(resumes)])
    assert proc.returncode == ExitCode.USAGE
    assert proc.stdout == ""
    assert "not a title on the Data Engineering ladder; did you mean 'Senior Data Engineer'" in proc.stderr


# ------------------------------------------------------------------------------- hand-edited model dirs


def _fails_with(model: Path, run_cli, *fragments: str) -> str:
    proc = run_cli(["titles", "--model", str(model)])
    assert proc.returncode == ExitCode.MODEL, proc.stdout
    assert proc.stdout == ""
    line = proc.stderr.strip()
    assert "\n" not in line and line.startswith("error: ")
    for fragment in fragments:
        assert fragment in line
    return line


def test_ladder_edited_after_the_build_is_refused(model_copy: Path, run_cli) -> None:
    ladder = model_copy / "ladder.toml"
    ladder.write_bytes(ladder.read_bytes().replace(b'name = "L6"', b'name = "L7"'))
    _fails_with(model_copy, run_cli, f"{ladder}: ", "edited after the model was built", "titlematch build")


def _load_fails_with(model: Path, file: str, *fragments: str) -> None:
    with pytest.raises(ModelError) as info:
        load_model(model)
    assert info.value.source == str(model / file)
    for fragment in fragments:
        assert fragment in info.value.message


def test_tampered_model_json_is_refused(model_copy: Path) -> None:
    model_json = model_copy / "model.json"
    data = json.loads(model_json.read_text())
    data["idf"][0] += 1.0
    model_json.write_text(json.dumps(data))
    _load_fails_with(model_copy, "model.json", "SHA-256", "rebuild")


def test_truncated_model_json_is_refused(model_copy: Path) -> None:
    model_json = model_copy / "model.json"
    model_json.write_bytes(model_json.read_bytes()[:1000])
    _load_fails_with(model_copy, "model.json", "rebuild")


def test_missing_model_file_is_refused(model_copy: Path) -> None:
    (model_copy / "model.json").unlink()
    _load_fails_with(model_copy, "model.json", "missing", "titlematch build")


def test_other_format_version_is_refused(model_copy: Path, run_cli) -> None:
    manifest = model_copy / "manifest.json"
    data = json.loads(manifest.read_text())
    data["format_version"] = 99
    manifest.write_text(json.dumps(data))
    _fails_with(model_copy, run_cli, f"{manifest}: ", "model format 99", "titlematch build")


def test_model_built_from_another_corpus_is_refused(de_model: Path) -> None:
    default_ladder = (ROOT / "corpus" / "microservices.toml").read_bytes()
    with pytest.raises(ModelError, match="built from another version of the ladder") as info:
        load_model(de_model, expected_corpus=default_ladder)
    assert info.value.source == str(de_model)
    assert load_model(de_model, expected_corpus=LADDER.read_bytes()).ladder.name == "Data Engineering"


def test_ladder_in_a_model_dir_is_validated_on_load(model_copy: Path) -> None:
    """A model whose ladder this titlematch rejects (hashes consistent) fails on the ladder itself."""
    ladder = model_copy / "ladder.toml"
    bad = ladder.read_bytes().replace(b'next = ["VP of Data"]', b'next = ["VP of Dta"]')
    ladder.write_bytes(bad)
    manifest_path = model_copy / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["corpus_sha256"] = manifest["files"]["ladder.toml"] = hashlib.sha256(bad).hexdigest()
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(CorpusError) as info:
        load_model(model_copy)
    assert str(info.value) == (f"{ladder}: title 'Director of Data Engineering': field 'next' names "
                               "'VP of Dta', which is not a title; did you mean 'VP of Data'? "
                               "(or add that [[title]])")


IC_M_LADDER = '''
[ladder]
name = "IC and M"

[[level]]
name = "IC1"
band = 0
[[level]]
name = "IC2"
band = 1
[[level]]
name = "IC3"
band = 2
[[level]]
name = "IC4"
band = 2.4
[[level]]
name = "M1"
band = 2.6
[[level]]
name = "M2"
band = 3.1

[[title]]
name = "Software Engineer"
level = "IC2"
track = "Engineering"
descriptions = ["Builds backend services and APIs, writes tests, fixes bugs, reviews code."]
next = ["Senior Software Engineer"]
[[title]]
name = "Senior Software Engineer"
level = "IC3"
track = "Engineering"
descriptions = ["Designs and builds backend services, leads technical work, mentors engineers."]
next = ["Staff Software Engineer"]
[[title]]
name = "Staff Software Engineer"
level = "IC4"
track = "Engineering"
descriptions = ["Sets technical direction across teams, designs systems, reviews architecture."]
[[title]]
name = "Engineering Manager"
level = "M1"
track = "Management"
descriptions = ["Manages a team of engineers: hiring, one-to-ones, performance reviews, delivery planning."]
next = ["Senior Engineering Manager"]
[[title]]
name = "Senior Engineering Manager"
level = "M2"
track = "Management"
descriptions = ["Manages engineering managers across several teams, headcount and budget planning, hiring."]
'''


def test_interleaved_level_families_report_the_tracks_own_level(tmp_path: Path) -> None:
    """On IC + M ladders the level snaps to one the chosen track uses (M1, not the IC4 of a similar band)."""
    from titlematch.api import load_matcher
    from titlematch.model import build

    corpus = tmp_path / "ladder.toml"
    corpus.write_text(IC_M_LADDER)
    build(corpus, tmp_path / "model")
    matcher = load_matcher(tmp_path / "model")
    r = matcher.match_text("""Engineering Manager | Example Co | 2016 - present
- Manage a team of 8 engineers: hiring, one-to-ones, performance reviews and delivery planning.
Senior Software Engineer | Example Co | 2012 - 2016
- Designed and built backend services; mentored engineers.
""")
    assert r.track == "Management"
    assert r.level == "M1", r.explain
    assert r.title == "Engineering Manager"
