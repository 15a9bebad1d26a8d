"""The code carries no assumption about the default ladder: no title, level or track of
corpus/microservices.toml appears in the string literals of src/titlematch.

The rule. Every string constant in every module is checked (f-string parts included), except docstrings:
those are prose for people, like comments (which the ast never sees), and may use ordinary words that
happen to be ladder names ("Entry point", "a Director of QA"). The match is case-sensitive and whole-word,
because ladder names are proper names as the ladder spells them ("Senior", "QA", "Developer"), while the
evidence lexicon legitimately holds generic lower-case English ("senior", "director", "qa") that describes
any ladder. A literal that must mention such a word in the ladder's spelling should be rephrased or moved
into data, which is where the ladder belongs.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT

SRC = ROOT / "src" / "titlematch"
DEFAULT_LADDER = ROOT / "corpus" / "microservices.toml"


def ladder_names(path: Path) -> set[str]:
    """Every title, level and track name of a ladder file (tracks named only by titles included)."""
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    names = {lv["name"] for lv in doc.get("level", [])}
    names |= {tr["name"] for tr in doc.get("track", [])}
    for title in doc.get("title", []):
        names |= {title["name"], title["level"], title["track"]}
    return names


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) \
                    and isinstance(first.value.value, str):
                ids.add(id(first.value))
    return ids


def violations(source: str, names: set[str], filename: str = "<src>") -> Iterator[tuple[int, str, str]]:
    """(line, name, literal) for each ladder name found in a string literal that is not a docstring."""
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?!\w)")
    tree = ast.parse(source, filename=filename)
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            for match in pattern.finditer(node.value):
                yield node.lineno, match.group(0), node.value


def test_default_ladder_names_are_collected() -> None:
    names = ladder_names(DEFAULT_LADDER)
    assert len(names) > 30
    from titlematch.corpus import load_ladder

    ladder = load_ladder(DEFAULT_LADDER)
    expected = {*ladder.level_names, *ladder.track_names, *(t.name for t in ladder.titles)}
    assert names == expected


@pytest.mark.parametrize("module", sorted(p.relative_to(SRC).as_posix() for p in SRC.rglob("*.py")))
def test_no_default_ladder_name_in_string_literals(module: str) -> None:
    names = ladder_names(DEFAULT_LADDER)
    path = f"src/titlematch/{module}"
    found = [f"{path}:{line}: {name!r} in {literal[:60]!r}"
             for line, name, literal in violations((SRC / module).read_text(encoding="utf-8"), names, path)]
    assert not found, "the default ladder belongs in corpus/, not in the code:\n" + "\n".join(found)


def test_the_check_finds_what_it_should_and_nothing_else() -> None:
    names = {"Senior", "QA", "Microservices Developer"}
    source = '''"""Module docstring: a Senior QA is fine here."""
# a comment about a Senior QA is fine too
def f():
    """So is a function docstring: Senior."""
    level = "Senior"
    track = f"{level} on the QA track"
    words = ["senior", "qa", "Seniority", "QAS", "a Microservices Developer"]
    return level, track, words
'''
    found = sorted((line, name) for line, name, _ in violations(source, names))
    assert found == [(5, "Senior"), (6, "QA"), (7, "Microservices Developer")]
