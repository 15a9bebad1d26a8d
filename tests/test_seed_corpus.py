"""The shipped ladder holds every title, description and piece of advice of the seed document."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "microservices-job-titles.txt"
CORPUS = ROOT / "corpus" / "microservices.toml"

SECTIONS = {
    "Types of Microservices Jobs": "types",
    "Entry Level Job Titles": "Entry",
    "Mid Level Job Titles": "Mid",
    "Senior Level Job Titles": "Senior",
    "Director Level Job Titles": "Director",
    "VP Level Job Titles": "VP",
    "How to Advance Your Current Microservices Title": "advice",
    "Similar Microservices Careers & Titles": "similar",
}


def parse_seed(text: str) -> list[tuple[str, str, str]]:
    """(section, heading, paragraph) for every heading followed by its description paragraph."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    section, out, i = None, [], 0
    while i < len(lines):
        if lines[i] in SECTIONS:
            section = SECTIONS[lines[i]]
        elif section and i + 1 < len(lines) and len(lines[i]) < 80 and len(lines[i + 1]) > 120:
            out.append((section, lines[i], lines[i + 1]))
            i += 1
        i += 1
    return out


@pytest.fixture(scope="module")
def seed_entries() -> list[tuple[str, str, str]]:
    if not SEED.exists():
        pytest.skip(f"seed document not found at {SEED} (it lives in the workplace's shared/ folder)")
    entries = parse_seed(SEED.read_text(encoding="utf-8"))
    assert len(entries) >= 40  # 36 title paragraphs + 5 advice entries in the seed
    return entries


@pytest.fixture(scope="module")
def corpus() -> dict:
    return tomllib.loads(CORPUS.read_text(encoding="utf-8"))


def test_every_title_and_description_is_in_the_corpus(seed_entries, corpus) -> None:
    titles = {t["name"]: t for t in corpus["title"]}
    for section, name, paragraph in seed_entries:
        if section == "advice":
            continue
        assert name in titles, f"title {name!r} from the seed is missing"
        assert paragraph in titles[name]["descriptions"], f"a description of {name!r} is missing"


def test_levels_follow_the_seed_headings(seed_entries, corpus) -> None:
    titles = {t["name"]: t for t in corpus["title"]}
    for section, name, _ in seed_entries:
        if section in ("Entry", "Mid", "Senior", "Director", "VP"):
            assert titles[name]["level"] == section, name


def test_every_advice_entry_is_in_the_corpus(seed_entries, corpus) -> None:
    advice = {a["name"]: a["text"] for a in corpus["advice"]}
    for section, name, paragraph in seed_entries:
        if section == "advice":
            assert advice.get(name) == paragraph


def test_titles_described_twice_keep_both_texts(seed_entries, corpus) -> None:
    counts: dict[str, int] = {}
    for section, name, _ in seed_entries:
        if section != "advice":
            counts[name] = counts.get(name, 0) + 1
    twice = [n for n, c in counts.items() if c == 2]
    assert "Microservices Developer" in twice
    titles = {t["name"]: t for t in corpus["title"]}
    for name in twice:
        assert len(titles[name]["descriptions"]) == 2


def test_every_title_has_vocabulary_aliases_and_skills(corpus) -> None:
    for t in corpus["title"]:
        assert len(t["vocabulary"].split()) >= 30, t["name"]
        assert t["aliases"], t["name"]
        assert t["skills"], t["name"]
