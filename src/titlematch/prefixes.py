"""Literal prefixes of a regular expression, for searching from where a match can start.

Python's ``re`` finds a pattern that opens with ``\\b`` or an alternation of words by trying it at every position
of the text, about 0.1-0.3 ms a pattern on a two-page resume. When every match must open with one of a few
literal strings ("mentor", "tech lead", "led ", a digit), finding those strings with ``str.find`` (a C scan) and
trying the pattern only there finds the same matches at a fraction of the cost. This is the prefilter that
regex engines such as RE2 and Hyperscan build from a pattern's literals.

:func:`literal_prefixes` reads the prefixes off the parsed pattern (``re._parser``, the parser ``re`` itself
uses), so they cannot drift from the pattern; :class:`PrefixSearch` is ``finditer`` driven by them. (pyahocorasick
would find many literals in one pass, but it would be a new compiled dependency for what a few dozen
``str.find`` scans do here in tens of microseconds.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["PrefixSearch", "literal_prefixes"]

#: A group's prefixes this long are not joined to what follows the group (longer ones would rarely find fewer
#: candidates, and the sets would grow).
_MAX_LENGTH = 8
#: More distinct prefixes than this and the pattern is searched the usual way.
_MAX_PREFIXES = 80
#: A character class is expanded into its characters up to this many.
_MAX_CLASS = 12

# A set of (prefix, complete): ``complete`` when the prefix is the whole of what the piece can match, so the
# pieces after it may extend it; otherwise every match of the piece starts with the prefix and nothing is known
# beyond it.
_Prefixes = set[tuple[str, bool]]


#: What a piece that can start with anything the analysis does not enumerate gives: the empty prefix, incomplete.
_ANYTHING: _Prefixes = {("", False)}


class _TooMany(Exception):
    """More prefixes than are worth searching for."""


def _class_chars(items: list[tuple[Any, Any]]) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.extend("0123456789")
        else:
            return None
    return chars if len(chars) <= _MAX_CLASS else None


def _then(first: _Prefixes, rest: Callable[[], _Prefixes]) -> _Prefixes:
    """The prefixes of ``first`` followed by what ``rest()`` gives (computed only when needed)."""
    out: _Prefixes = set()
    after: _Prefixes | None = None
    for prefix, complete in first:
        if not complete or len(prefix) >= _MAX_LENGTH:
            out.add((prefix, False))
            continue
        if after is None:
            after = rest()
        out.update((prefix + p, c) for p, c in after)
    if len(out) > _MAX_PREFIXES:
        # too many to extend: the shorter prefixes, which every match still opens with
        out = {(prefix, False) for prefix, _ in first}
        if len(out) > _MAX_PREFIXES:
            raise _TooMany
    return out


def _sequence(items: list[tuple[Any, Any]], i: int = 0) -> _Prefixes:
    if i == len(items):
        return {("", True)}
    op, av = items[i]

    def rest() -> _Prefixes:
        return _sequence(items, i + 1)

    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return rest()  # zero-width: every match of what follows still starts here
    if op is sre.LITERAL:
        return _then({(chr(av), True)}, rest)
    if op is sre.IN:
        chars = _class_chars(av)
        return _ANYTHING if chars is None else _then({(c, True) for c in chars}, rest)
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            return _ANYTHING
        return _then(_sequence(sub.data), rest)
    if op is sre.BRANCH:
        first: _Prefixes = set()
        for alternative in av[1]:
            first |= _sequence(alternative.data)
        return _then(first, rest)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        # at least once: a match opens with the piece's own start (and nothing more is known)
        return {(p, False) for p, _ in _sequence(av[2].data)}
    return _ANYTHING  # optional, any character, a back-reference ...


def literal_prefixes(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literal strings one of which opens every match of ``pattern``; None when there are none to use (the
    pattern can open with an optional part, any character, a wide class, or ignore case)."""
    if flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return None
        found = _sequence(list(parsed.data))
    except _TooMany:
        return None
    prefixes = {p for p, _ in found}
    if "" in prefixes:
        return None
    # a prefix that another one starts with adds no candidates of its own
    return tuple(sorted(p for p in prefixes if not any(q != p and p.startswith(q) for q in prefixes)))


def _other_digits(text: str) -> bool:
    """Whether the text holds a decimal digit outside ASCII ("٣", "３"), which ``\\d`` matches too."""
    return not text.isascii() and any(c.isdecimal() for c in set(text) if c > "\x7f")


class PrefixSearch:
    """``finditer`` and ``sub`` for a pattern whose matches all open with one of a few literal strings: the
    pattern is tried only where one of them occurs. The same matches, leftmost first and none overlapping an
    earlier one. Patterns with no usable prefixes are searched the usual way.

    ``after``: the prefixes are read on the use after this many (reading them costs about as much as compiling
    the pattern, which a one-resume report, using a pattern once or twice, would not win back).
    """

    def __init__(self, pattern: re.Pattern[str], source: str, flags: int = 0, *, after: int = 0) -> None:
        self.pattern = pattern
        self._source, self._flags = source, flags
        self._uses, self._after = 0, after
        self._built = False
        self._prefixes: tuple[str, ...] | None = None
        self._ascii_digits = False

    @property
    def prefixes(self) -> tuple[str, ...] | None:
        """The literal strings searched for; None when the pattern is searched the usual way."""
        if not self._built:
            self._build()
        return self._prefixes

    def _build(self) -> None:
        source = self._source
        prefixes = literal_prefixes(source, self._flags)
        if prefixes is not None and (
                (len(prefixes) == 1 and source.startswith(prefixes[0]))  # the engine skips to it itself
                or any(len(p) == 1 and p.isalpha() for p in prefixes)):  # a letter alone: candidates everywhere
            prefixes = None
        self._prefixes = prefixes
        # the prefixes read "\d" as 0-9; a text with other digits is searched the usual way
        self._ascii_digits = prefixes is not None and any(c.isdigit() for p in prefixes for c in p)
        self._built = True

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not self._built:
            self._uses += 1
            if self._uses <= self._after:
                return self.pattern.finditer(text)
            self._build()
        prefixes = self._prefixes
        if prefixes is None or (self._ascii_digits and _other_digits(text)):
            return self.pattern.finditer(text)
        return self._from_prefixes(text, prefixes)

    def sub(self, replace: Callable[[re.Match[str]], str], text: str) -> str:
        """``pattern.sub(replace, text)``."""
        parts: list[str] = []
        last = 0
        for m in self.finditer(text):
            parts.append(text[last: m.start()])
            parts.append(replace(m))
            last = m.end()
        if not parts:
            return text
        parts.append(text[last:])
        return "".join(parts)

    def _from_prefixes(self, text: str, prefixes: tuple[str, ...]) -> Iterator[re.Match[str]]:
        starts: set[int] = set()
        find = text.find
        for prefix in prefixes:
            i = find(prefix)
            while i >= 0:
                starts.add(i)
                i = find(prefix, i + 1)
        end = 0
        match = self.pattern.match
        for i in sorted(starts):
            if i < end:
                continue
            m = match(text, i)
            if m is not None:
                yield m
                end = m.end()  # past the prefix at least: no match is empty
