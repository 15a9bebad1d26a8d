"""The ladder format (docs/ladder-format.md): what a valid ladder is, and the errors for an invalid one.

Every error must name the file, the title (or level, track, advice) and the field, and say how to fix it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from titlematch.corpus import ADVICE_GAPS, load_ladder, parse_ladder
from titlematch.corpus_fields import _FIELDS
from titlematch.errors import CorpusError, ExitCode

from conftest import ROOT

DOC = ROOT / "docs" / "ladder-format.md"
FILE = "team.toml"

BASE = """[ladder]
name = "Analytics"
description = "A small analytics ladder for the tests."

[[level]]
name = "L1"

[[level]]
name = "L2"

[[level]]
name = "L3"

[[track]]
name = "Analysis"
description = "Answers questions with data."

[[track]]
name = "Management"
description = "Leads analysts."

[[title]]
name = "Analyst"
level = "L1"
track = "Analysis"
descriptions = ["Writes SQL and builds dashboards for the business."]
next = ["Senior Analyst"]
lateral = []

[[title]]
name = "Senior Analyst"
level = "L2"
track = "Analysis"
descriptions = ["Owns the metrics of a business area and mentors analysts."]
next = ["Lead Analyst", "Analytics Manager"]

[[title]]
name = "Lead Analyst"
level = "L3"
track = "Analysis"
descriptions = ["Sets the analysis standards of the company."]

[[title]]
name = "Analytics Manager"
level = "L3"
track = "Management"
descriptions = ["Manages a team of analysts: hiring, coaching, planning."]

[[advice]]
name = "Lead a project"
text = "Lead a project from question to decision."
gaps = ["leadership"]
"""


ANALYSIS_TRACK = '[[track]]\nname = "Analysis"\ndescription = "Answers questions with data."\n\n'
MANAGEMENT_TRACK = '[[track]]\nname = "Management"\ndescription = "Leads analysts."\n\n'
NO_TRACKS = BASE.replace(ANALYSIS_TRACK + MANAGEMENT_TRACK, "")


def edit(*pairs: str, text: str = BASE) -> str:
    """BASE with each (old, new) pair replaced; each old text must occur exactly once."""
    for old, new in zip(pairs[::2], pairs[1::2], strict=True):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def error_of(text: str, source: str = FILE) -> str:
    with pytest.raises(CorpusError) as info:
        parse_ladder(text.encode(), source=source)
    assert info.value.exit_code == ExitCode.MODEL
    message = str(info.value)
    assert "\n" not in message
    return message


# ------------------------------------------------------------------------------------------ valid ladders


def test_base_ladder_is_valid() -> None:
    ladder = parse_ladder(BASE.encode(), source=FILE)
    assert ladder.name == "Analytics"
    assert ladder.level_names == ("L1", "L2", "L3")
    assert ladder.track_names == ("Analysis", "Management")
    names = [t.name for t in ladder.titles]
    assert names == ["Analyst", "Senior Analyst", "Lead Analyst", "Analytics Manager"]
    assert ladder.title("Senior Analyst").next == ("Lead Analyst", "Analytics Manager")
    assert ladder.advice[0].gaps == ("leadership",)


@pytest.mark.parametrize("path", [ROOT / "corpus" / "microservices.toml",
                                  ROOT / "examples" / "ladders" / "data-engineering.toml"],
                         ids=["microservices", "data-engineering"])
def test_shipped_ladders_are_valid(path: Path) -> None:
    ladder = load_ladder(path)
    assert len(ladder.titles) >= 15
    assert all(t.descriptions and t.aliases and t.skills and t.vocabulary for t in ladder.titles)
    assert {g for a in ladder.advice for g in a.gaps} == set(ADVICE_GAPS)


def test_example_ladder_is_a_different_ladder() -> None:
    default = load_ladder(ROOT / "corpus" / "microservices.toml")
    example = load_ladder(ROOT / "examples" / "ladders" / "data-engineering.toml")
    assert example.level_names == ("L1", "L2", "L3", "L4", "L5", "L6")
    assert not {t.name for t in example.titles} & {t.name for t in default.titles}
    assert not set(example.track_names) & set(default.track_names)
    assert 15 <= len(example.titles) <= 25
    assert {t.name for t in example.titles if not t.next} == {"Principal Data Engineer", "VP of Data"}


def _quick_start() -> str:
    doc = DOC.read_text(encoding="utf-8")
    return doc.split("```toml\n", 1)[1].split("```", 1)[0]


def test_quick_start_ladder_from_the_docs_works(tmp_path: Path) -> None:
    ladder = parse_ladder(_quick_start().encode(), source="my-ladder.toml")
    assert ladder.name == "Support"
    assert ladder.level_names == ("T1", "T2")
    assert [lv.band for lv in ladder.levels] == [1.0, 2.0]
    assert ladder.track_names == ("Support",)  # implicit track
    assert ladder.title("Support Agent").next == ("Senior Support Agent",)

    from titlematch.api import load_matcher
    from titlematch.model import build

    corpus = tmp_path / "my-ladder.toml"
    corpus.write_text(_quick_start(), encoding="utf-8")
    model = build(corpus, tmp_path / "my-model")
    result = load_matcher(model).match_text(
        "Support Agent, Contoso, 2022 - 2024\nAnswered customer tickets by email and chat; escalated bugs.")
    assert (result.title, result.track) == ("Support Agent", "Support")
    assert result.next_steps is not None
    assert [n.title for n in result.next_steps.next] == ["Senior Support Agent"]


def test_docs_show_the_real_error_messages() -> None:
    doc = DOC.read_text(encoding="utf-8")
    block = doc.split("```text\n", 1)[1].split("```", 1)[0]
    documented = [line.removeprefix("error: ") for line in block.splitlines()]
    mistakes = [
        edit('name = "Lead Analyst"\nlevel = "L3"', 'name = "Lead Analyst"\nlevel = "L9"'),
        edit('name = "Lead Analyst"', 'name = "analyst"'),
        edit('next = ["Senior Analyst"]', 'next = ["Senior Analist"]'),
        edit('next = ["Lead Analyst", "Analytics Manager"]', 'next = ["Analyst"]'),
        edit('descriptions = ["Writes SQL and builds dashboards for the business."]', "descriptions = []"),
        edit("lateral = []", "laterals = []"),
        edit('name = "L2"', 'name = "L2"\nband = 2', 'name = "L3"', 'name = "L3"\nband = 1'),
    ]
    assert [error_of(m, source="my-ladder.toml") for m in mistakes] == documented


def test_docs_describe_every_field_and_gap() -> None:
    doc = DOC.read_text(encoding="utf-8")
    for kind, fields in _FIELDS.items():
        assert f"[{kind}]" in doc
        for field in fields:
            assert f"| `{field}` |" in doc, f"docs/ladder-format.md does not document [{kind}] {field}"
    for gap in ADVICE_GAPS:
        assert f"| `{gap}` |" in doc
    for table in ("[synonyms]", "[skill_terms]"):
        assert f"### `{table}`" in doc


# ------------------------------------------------------------------------------------------------- levels


def _levels(*bands: float | None) -> str:
    out = []
    for i, band in enumerate(bands, start=1):
        out.append(f'[[level]]\nname = "L{i}"\n' + ("" if band is None else f"band = {band}\n"))
    titles = "".join(f'[[title]]\nname = "T{i}"\nlevel = "L{i}"\ntrack = "X"\ndescriptions = ["Works."]\n'
                     for i in range(1, len(bands) + 1))
    return "\n".join(out) + titles


@pytest.mark.parametrize(("given", "expected"), [
    ((None,), [0.0]),
    ((None, None), [0.0, 4.0]),
    ((None, None, None), [0.0, 2.0, 4.0]),
    ((None,) * 5, [0.0, 1.0, 2.0, 3.0, 4.0]),
    ((None, 1, None, None), [0.0, 1.0, 2.5, 4.0]),
    ((0, None, 2), [0.0, 1.0, 2.0]),
    ((1, None, None, 2.5), [1.0, 1.5, 2.0, 2.5]),
    ((0, 1, 2, 2, 3), [0.0, 1.0, 2.0, 2.0, 3.0]),  # two levels may share a band
])
def test_levels_without_band_are_spread_evenly(given: tuple[float | None, ...],
                                               expected: list[float]) -> None:
    ladder = parse_ladder(_levels(*given).encode())
    assert [lv.band for lv in ladder.levels] == pytest.approx(expected)
    assert [lv.rank for lv in ladder.levels] == list(range(len(given)))


def test_custom_level_names_keep_their_order() -> None:
    names = ["IC1", "IC2", "IC3", "IC4", "M1", "IC5", "M2", "M3"]
    bands = [0, 1, 2, 2.4, 2.6, 2.8, 3.2, 4]
    text = "".join(f'[[level]]\nname = "{n}"\nband = {b}\nyears = [{i}, {i + 5}]\n'
                   for i, (n, b) in enumerate(zip(names, bands, strict=True)))
    text += ('[[title]]\nname = "Engineer"\nlevel = "IC2"\ntrack = "IC"\ndescriptions = ["Builds."]\n'
             'next = ["Manager"]\n')
    text += '[[title]]\nname = "Manager"\nlevel = "M1"\ntrack = "Management"\ndescriptions = ["Manages."]\n'
    ladder = parse_ladder(text.encode())
    assert ladder.level_names == tuple(names)
    assert ladder.level("M1").rank == 4 and ladder.level("M1").band == 2.6
    assert ladder.level("IC5").years == (5.0, 10.0)
    assert ladder.track_names == ("IC", "Management")


# ------------------------------------------------------------------------------------------------- tracks


def test_tracks_are_implicit_without_track_tables() -> None:
    assert "[[track]]" not in NO_TRACKS
    ladder = parse_ladder(NO_TRACKS.encode())
    assert ladder.track_names == ("Analysis", "Management")  # in order of first use
    assert all(t.description == "" for t in ladder.tracks)


def test_declared_tracks_keep_their_order_and_description() -> None:
    ladder = parse_ladder(edit(ANALYSIS_TRACK + MANAGEMENT_TRACK, MANAGEMENT_TRACK + ANALYSIS_TRACK).encode())
    assert ladder.track_names == ("Management", "Analysis")
    assert ladder.tracks[1].description == "Answers questions with data."


def test_next_may_cross_tracks_and_stay_at_the_same_level() -> None:
    text = edit('name = "Lead Analyst"\nlevel = "L3"\ntrack = "Analysis"\n',
                'name = "Lead Analyst"\nlevel = "L3"\ntrack = "Analysis"\nnext = ["Analytics Manager"]\n')
    ladder = parse_ladder(text.encode())
    assert ladder.title("Lead Analyst").next == ("Analytics Manager",)


def test_find_title_ignores_case_and_spaces() -> None:
    ladder = parse_ladder(BASE.encode())
    found = ladder.find_title("  senior   ANALYST ")
    assert found is not None and found.name == "Senior Analyst"
    assert ladder.find_title("Senior Analysts") is None


# ------------------------------------------------------------------------------------------------- errors

#: (id, edited ladder, where, field or None, fragment of the fix)
ERRORS = [
    # levels
    ("unknown level", edit('level = "L2"', 'level = "L9"'), "title 'Senior Analyst'", "level",
     "use one of: L1, L2, L3"),
    ("level in the wrong case", edit('level = "L2"', 'level = "l2"'), "title 'Senior Analyst'", "level",
     "did you mean 'L2'?"),
    ("missing level", edit('level = "L2"\n', ""), "title 'Senior Analyst'", "level", "one of: L1, L2, L3"),
    ("duplicate level", edit('name = "L3"', 'name = "l2"'), "level 'l2'", "name", "remove one [[level]]"),
    ("band out of range", edit('name = "L3"', 'name = "L3"\nband = 5'), "level 'L3'", "band",
     "e.g. band = 2"),
    ("band not a number", edit('name = "L3"', 'name = "L3"\nband = "high"'), "level 'L3'", "band",
     "0 entry, 1 mid, 2 senior, 3 director, 4 executive"),
    ("band going down",
     edit('name = "L1"', 'name = "L1"\nband = 2', 'name = "L3"', 'name = "L3"\nband = 1.5'),
     "level 'L3'", "band", "list the levels lowest first"),
    ("years reversed", edit('name = "L2"', 'name = "L2"\nyears = [5, 2]'), "level 'L2'", "years",
     "e.g. years = [2, 5]"),
    ("years not a pair", edit('name = "L2"', 'name = "L2"\nyears = 3'), "level 'L2'", "years",
     "years = [2, 5]"),
    ("level without name", edit('name = "L2"', 'title = "L2"'), "level #2", "name", 'add name = "..."'),
    ("level with empty name", edit('name = "L2"', 'name = " "'), "level #2", "name", "give it a name"),
    ("no levels", re.sub(r'\[\[level\]\]\nname = "L\d"\n\n', "", BASE), "[[level]]", None,
     "add [[level]] tables, lowest first"),
    # titles
    ("duplicate title", edit('name = "Lead Analyst"', 'name = "Senior Analyst"'), "title 'Senior Analyst'",
     "name", "merge the two [[title]] tables or rename one"),
    ("duplicate title in another case", edit('name = "Lead Analyst"', 'name = "senior  analyst"'),
     "title 'senior  analyst'", "name", "rename one"),
    ("empty description list", edit('descriptions = ["Sets the analysis standards of the company."]',
                                    "descriptions = []"), "title 'Lead Analyst'", "descriptions",
     'write descriptions = ["'),
    ("blank description", edit('descriptions = ["Sets the analysis standards of the company."]',
                               'description = "   "'), "title 'Lead Analyst'", "description",
     'write descriptions = ["'),
    ("missing description", edit('descriptions = ["Sets the analysis standards of the company."]\n', ""),
     "title 'Lead Analyst'", "descriptions", 'write descriptions = ["'),
    ("description twice", edit('descriptions = ["Sets the analysis standards of the company."]',
                               'descriptions = ["Sets standards."]\ndescription = "Sets standards."'),
     "title 'Lead Analyst'", "description", "keep one of them"),
    ("descriptions not strings", edit('descriptions = ["Sets the analysis standards of the company."]',
                                      "descriptions = [1, 2]"), "title 'Lead Analyst'", "descriptions",
     'write descriptions = ["...", "..."]'),
    ("vocabulary not a string", edit('lateral = []', 'lateral = []\nvocabulary = ["sql"]'), "title 'Analyst'",
     "vocabulary", 'vocabulary = """..."""'),
    ("title without name", edit('name = "Lead Analyst"', 'nam = "Lead Analyst"'), "title #3", "name",
     'add name = "..."'),
    ("title with empty name", edit('name = "Lead Analyst"', 'name = ""'), "title #3", "name",
     "give it a name"),
    ("unknown field in a title", edit("lateral = []", "laterals = []"), "title 'Analyst'", "laterals",
     "did you mean 'lateral'?"),
    ("unknown field, no close match", edit("lateral = []", "owner = 3"), "title 'Analyst'", "owner",
     "[[title]] may hold: name, level, track"),
    ("no titles", BASE.split("[[title]]")[0], "[[title]]", None, "add [[title]] tables"),
    ("title as a single table", "[[level]]\nname = \"L1\"\n[title]\nname = \"A\"\n", "[[title]]", None,
     "write each entry as [[title]]"),
    # tracks
    ("unknown track", edit('track = "Management"', 'track = "Managment"'), "title 'Analytics Manager'",
     "track", "did you mean 'Management'?"),
    ("empty track", edit('track = "Management"', 'track = ""'), "title 'Analytics Manager'", "track",
     "name the track"),
    ("missing track", edit('track = "Management"\n', ""), "title 'Analytics Manager'", "track",
     'add track = "..."'),
    ("track without titles", edit(MANAGEMENT_TRACK, MANAGEMENT_TRACK + '[[track]]\nname = "Engineering"\n'),
     "track 'Engineering'", None, "remove the [[track]] table"),
    ("duplicate track", edit('[[track]]\nname = "Management"', '[[track]]\nname = "Analysis"'),
     "track 'Analysis'", "name", "remove one [[track]]"),
    ("implicit track spelt two ways", edit('track = "Management"', 'track = "analysis"', text=NO_TRACKS),
     "title 'Analytics Manager'", "track", "spell the track the same way everywhere"),
    # edges
    ("next to a missing title", edit('next = ["Senior Analyst"]', 'next = ["Senior Analist"]'),
     "title 'Analyst'", "next", "did you mean 'Senior Analyst'? (or add that [[title]])"),
    ("lateral to a missing title", edit("lateral = []", 'lateral = ["Data Scientist"]'), "title 'Analyst'",
     "lateral", "or add that [[title]]"),
    ("next to itself", edit('next = ["Senior Analyst"]', 'next = ["Analyst"]'), "title 'Analyst'", "next",
     "remove it"),
    ("lateral to itself", edit("lateral = []", 'lateral = ["Analyst"]'), "title 'Analyst'", "lateral",
     "remove it"),
    ("next twice", edit('next = ["Senior Analyst"]', 'next = ["Senior Analyst", "Senior Analyst"]'),
     "title 'Analyst'", "next", "remove one"),
    ("cycle in the rungs", edit('descriptions = ["Manages a team of analysts: hiring, coaching, planning."]',
                                'descriptions = ["Manages."]\nnext = ["Analyst"]'),
     "title 'Analytics Manager'", "next", "remove one 'next' edge of the cycle"),
    ("next going down", edit('next = ["Senior Analyst"]', "next = []",
                             'next = ["Lead Analyst", "Analytics Manager"]', 'next = ["Analyst"]'),
     "title 'Senior Analyst'", "next", "list a move down under 'lateral'"),
    # advice
    ("unknown gap", edit('gaps = ["leadership"]', 'gaps = ["leadership", "track record"]'),
     "advice 'Lead a project'", "gaps", "did you mean 'track-record'?"),
    ("no gaps", edit('gaps = ["leadership"]', "gaps = []"), "advice 'Lead a project'", "gaps",
     "leadership, technical, track-record, certification, community"),
    ("empty advice text", edit('text = "Lead a project from question to decision."', 'text = ""'),
     "advice 'Lead a project'", "text", "write the advice"),
    ("duplicate advice", BASE + '[[advice]]\nname = "lead a project"\ntext = "Hi."\ngaps = ["community"]\n',
     "advice 'lead a project'", "name", "remove one [[advice]]"),
    # the rest of the file
    ("unknown table", BASE.replace("[[title]]", "[[titles]]", 1), "'titles'", None,
     "did you mean [[title]]?"),
    ("name outside [ladder]", 'name = "Analytics"\n' + BASE.replace('[ladder]\nname = "Analytics"\n', ""),
     "'name'", None, "move it under [ladder]"),
    ("unknown field in [ladder]", edit('name = "Analytics"', 'title = "Analytics"'), "[ladder]", "title",
     "[ladder] may hold: name, description"),
    ("synonym to a number", BASE + '[synonyms]\n"k8s" = 8\n', "[synonyms]", None, '"k8s" = "kubernetes"'),
    ("skill terms not a list", BASE + '[skill_terms]\n"SQL" = 3\n', "[skill_terms]", "SQL",
     'write SQL = ["...", "..."]'),
]


@pytest.mark.parametrize(("text", "where", "field", "fix"), [e[1:] for e in ERRORS],
                         ids=[e[0] for e in ERRORS])
def test_each_error_names_file_where_field_and_fix(text: str, where: str, field: str | None,
                                                   fix: str) -> None:
    message = error_of(text)
    assert message.startswith(f"{FILE}: {where}: "), message
    if field is not None:
        assert f"'{field}'" in message, message
    remedy = message.partition("; ")[2]
    assert fix in remedy, message


def test_cycle_error_shows_the_whole_cycle() -> None:
    text = edit('descriptions = ["Manages a team of analysts: hiring, coaching, planning."]',
                'descriptions = ["Manages."]\nnext = ["Analyst"]')
    assert "(Analyst -> Senior Analyst -> Analytics Manager -> Analyst)" in error_of(text)


def test_cycle_at_one_level_is_found() -> None:
    text = edit('descriptions = ["Sets the analysis standards of the company."]',
                'descriptions = ["Sets standards."]\nnext = ["Analytics Manager"]',
                'descriptions = ["Manages a team of analysts: hiring, coaching, planning."]',
                'descriptions = ["Manages."]\nnext = ["Lead Analyst"]')
    message = error_of(text)
    assert "closes a cycle in the rungs (Lead Analyst -> Analytics Manager -> Lead Analyst)" in message


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(CorpusError, match="ladder file not found") as info:
        load_ladder(missing)
    assert str(info.value).startswith(f"{missing}: ")
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(BASE.replace("Writes SQL", "Écrit du SQL").encode("latin-1"))
    assert str(_load_error(latin1)).startswith(f"{latin1}: not UTF-8 text (byte ")
    broken = tmp_path / "broken.toml"
    broken.write_text(BASE + 'name = "unterminated\n', encoding="utf-8")
    message = str(_load_error(broken))
    assert message.startswith(f"{broken}: not valid TOML: ")
    assert f"line {BASE.count(chr(10)) + 1}" in message


def _load_error(path: Path) -> CorpusError:
    with pytest.raises(CorpusError) as info:
        load_ladder(path)
    return info.value


def test_build_refuses_an_invalid_ladder(tmp_path: Path, run_cli) -> None:
    corpus = tmp_path / "team.toml"
    corpus.write_text(edit('level = "L2"', 'level = "L9"'), encoding="utf-8")
    out = tmp_path / "model"
    proc = run_cli(["build", "--corpus", str(corpus), "--out", str(out)])
    assert proc.returncode == ExitCode.MODEL
    assert proc.stdout == ""
    assert proc.stderr == (f"error: {corpus}: title 'Senior Analyst': field 'level' names 'L9', which is "
                           "not a [[level]]; use one of: L1, L2, L3\n")
    assert not out.exists()
