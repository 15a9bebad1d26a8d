"""Searching from literal prefixes finds exactly what ``finditer`` finds, and only uses prefixes it can prove."""

from __future__ import annotations

import random
import re

import pytest

from titlematch import scope
from titlematch.prefixes import PrefixSearch, literal_prefixes
from titlematch.scope import _Gated


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:led|lead)\b", ("lead", "led")),
    (r"\b(?:mentor\w*|tech(?:nical)? lead)", ("mentor", "tech")),  # an optional part ends a prefix
    (r"(?<![\w.])organi[sz]ation-wide", ("organisation-wide", "organization-wide")),  # look-behinds take no text
    (r"\d\s?%|[$€]\s?\d", ("$", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "€")),
    (r"(?:cka|ckad|cks)\b", ("cka", "cks")),  # "ckad" opens with "cka": no candidates of its own
    (r"x{2,}y", ("x",)),  # at least once: what is known is its start
])
def test_prefixes_read_off_the_pattern(pattern: str, expected: tuple[str, ...]) -> None:
    assert literal_prefixes(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"\s*led", r"(?:the )?board", r"\w+ engineers", r".?x", r"led|(?i:lead)", r"[^a]bc", r"(?:a|.)b",
])
def test_no_prefixes_where_a_match_may_open_with_anything(pattern: str) -> None:
    assert literal_prefixes(pattern) is None


def test_ignoring_case_gives_no_prefixes() -> None:
    assert literal_prefixes("board", re.IGNORECASE) is None
    assert literal_prefixes("(?i)board") is None


def test_prefixes_not_worth_searching_for_are_dropped() -> None:
    # the engine already skips to a pattern's own leading literal; a lone letter is a candidate everywhere
    assert PrefixSearch(re.compile(r"report\w*"), r"report\w*").prefixes is None
    assert PrefixSearch(re.compile(r"\b(?:b\.?sc|msc)"), r"\b(?:b\.?sc|msc)").prefixes is None
    assert PrefixSearch(re.compile(r"\bme\b"), r"\bme\b").prefixes == ("me",)


def _same(pattern: str, text: str) -> None:
    search = PrefixSearch(re.compile(pattern), pattern)
    assert search.prefixes is not None, pattern
    assert [m.span() for m in search.finditer(text)] == [m.span() for m in re.finditer(pattern, text)], \
        (pattern, text)


def test_leftmost_matches_that_do_not_overlap() -> None:
    _same(r"ab|bc", "abc bc")  # "bc" inside "abc" is taken by "ab"
    _same(r"\d\s?%|\b\d+x\b", "25% up, 3x faster, 4 % and 10x")
    _same(r"\b(?:led|lead)\b", "misled, led, leading, lead")  # word boundaries look at the text before
    _same(r"(?<!\w)(?:cka|ckad)", "ckad xcka cka")


def test_digits_outside_ascii_are_searched_the_usual_way() -> None:
    pattern = r"\d+ engineers"
    search = PrefixSearch(re.compile(pattern), pattern)
    assert search.prefixes is not None and "3" in search.prefixes
    for text in ("٣ engineers and 4 engineers", "３ engineers", "team of 7 engineers"):
        assert [m.group(0) for m in search.finditer(text)] == re.findall(pattern, text)
    assert [m.group(0) for m in search.finditer("٣ engineers")] == ["٣ engineers"]


def test_random_texts_find_the_same_matches() -> None:
    patterns = [r"\b(?:ab|abc|b c)\b", r"a1\d*|bb\s?c", r"(?:ca|cb)(?!a)", r"\bc(?:a|b)+\b", r"(?<!a)cba?c"]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice("abc 1\n") for _ in range(rng.randint(0, 40)))
        for pattern in patterns:
            _same(pattern, text)


def test_the_scope_patterns_use_their_prefixes() -> None:
    gated = [v for v in vars(scope).values() if isinstance(v, _Gated)] + list(scope._TEAM_PATTERNS)
    text = "Led a team of 12 engineers; mentored three team leads; budget $2m; AWS certified; 30% faster."
    for pattern in gated:
        bare = [m.span() for m in pattern.pattern.finditer(text)] if pattern.gate(text) else []
        for _ in range(5):
            assert [m.span() for m in pattern.finditer(text)] == bare
        assert pattern.search._built or not pattern.gate(text)  # read on the fourth use past the gate
    with_prefixes = [p for p in gated if p.search.prefixes is not None]
    assert len(with_prefixes) >= 20, len(with_prefixes)


def test_prefixes_are_read_only_after_the_first_uses() -> None:
    search = PrefixSearch(re.compile(r"\b(?:led|lead)\b"), r"\b(?:led|lead)\b", after=3)
    for use in range(1, 6):
        assert [m.group(0) for m in search.finditer("led, lead, misled")] == ["led", "lead"]
        assert search._built == (use > 3)


def test_sub_replaces_what_re_sub_replaces() -> None:
    pattern = r"(?<![\w.])(?:k8s|ci/cd|node\.js)(?![\w])"
    names = {"k8s": "kubernetes", "ci/cd": "cicd", "node.js": "nodejs"}
    search = PrefixSearch(re.compile(pattern), pattern)
    for text in ("ran k8s and ci/cd; node.js, x.k8s, k8sx", "nothing here", "", "k8s"):
        assert search.sub(lambda m: names[m.group(0)], text) == \
            re.sub(pattern, lambda m: names[m.group(0)], text)
