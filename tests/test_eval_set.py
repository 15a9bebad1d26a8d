"""The labelled evaluation set is well-formed, and accuracy on it does not regress below the published floor."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

from titlematch.api import Options, load_matcher
from titlematch.evaluation import evaluate_items, load_items

ROOT = Path(__file__).resolve().parents[1]
LEVELS = {"Entry", "Mid", "Senior", "Director", "VP", "none"}


@pytest.fixture(scope="module")
def items():
    return load_items(ROOT / "eval")


def test_labels_are_well_formed(items) -> None:
    ladder = tomllib.loads((ROOT / "corpus" / "microservices.toml").read_text())
    names = {t["name"] for t in ladder["title"]}
    tracks = {t["name"] for t in ladder["track"]} | {"none"}
    assert len(items) >= 80
    assert len({i.id for i in items}) == len(items)
    for it in items:
        assert it.level in LEVELS and it.track in tracks, it.id
        assert set(it.titles) <= names, it.id
        assert (it.level == "none") == (not it.titles), it.id
        for s in it.strip:
            assert s in it.text, (it.id, s)
    covered = {(i.level, i.track) for i in items}
    for level in LEVELS - {"none"}:
        assert any(lv == level for lv, _ in covered), level
    for track in tracks - {"none"}:
        assert any(tr == track for _, tr in covered), track


def test_accuracy_floor(items) -> None:
    """A regression guard well under the figures in the README (benchmarks/evaluate.py prints them)."""
    matcher = load_matcher(None, Options(today=date(2026, 11, 25)))
    report = evaluate_items(matcher, items)  # (the baseline is scored in the same pass)
    full, base = report.ours.rates(), report.baseline.rates()
    content = evaluate_items(matcher, items, content_only=True).ours.rates()
    assert full["level"] >= 0.88 and full["within_one"] >= 0.97 and full["track"] >= 0.92
    assert full["title"] >= 0.85
    assert content["level"] >= 0.75 and content["track"] >= 0.85
    assert full["level"] > base["level"] + 0.2
