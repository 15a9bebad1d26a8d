"""The ladder's data: levels, tracks, titles, advice and the ladder itself (frozen, validated by ``corpus``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["ADVICE_GAPS", "MAX_BAND", "Advice", "Ladder", "Level", "Title", "Track", "name_key"]

#: Number of generic seniority bands the evidence is measured on: 0 entry, 1 mid, 2 senior, 3 director,
#: 4 executive. A ladder places each of its levels on this scale (``band``), so any naming works.
MAX_BAND = 4.0

#: The gaps the next-steps report can find in a resume; each ``[[advice]]`` entry answers some of them.
ADVICE_GAPS = ("leadership", "technical", "track-record", "certification", "community")

@dataclass(frozen=True)
class Level:
    name: str
    rank: int
    band: float
    years: tuple[float, float]
    description: str = ""


@dataclass(frozen=True)
class Track:
    name: str
    description: str


@dataclass(frozen=True)
class Title:
    name: str
    level: str
    track: str
    descriptions: tuple[str, ...]
    next: tuple[str, ...] = ()
    lateral: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    vocabulary: str = ""

    def document(self) -> str:
        """The text the model is fit on for this title."""
        parts = [self.name, *self.aliases, *self.descriptions, *self.skills, self.vocabulary]
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class Advice:
    name: str
    text: str
    gaps: tuple[str, ...]


@dataclass(frozen=True)
class Ladder:
    name: str
    description: str
    levels: tuple[Level, ...]
    tracks: tuple[Track, ...]
    titles: tuple[Title, ...]
    advice: tuple[Advice, ...] = ()
    synonyms: Mapping[str, str] = field(default_factory=dict)
    skill_terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    sha256: str = ""
    source: str = ""

    def title(self, name: str) -> Title:
        for t in self.titles:
            if t.name == name:
                return t
        raise KeyError(name)

    def level(self, name: str) -> Level:
        for lv in self.levels:
            if lv.name == name:
                return lv
        raise KeyError(name)

    @property
    def level_names(self) -> tuple[str, ...]:
        return tuple(lv.name for lv in self.levels)

    @property
    def track_names(self) -> tuple[str, ...]:
        return tuple(tr.name for tr in self.tracks)

    def find_title(self, name: str) -> Title | None:
        """Case- and space-insensitive lookup, for names typed by people (``--for``)."""
        key = name_key(name)
        for t in self.titles:
            if name_key(t.name) == key:
                return t
        return None


def name_key(name: str) -> str:
    """Names are compared the way people type them: case and runs of spaces do not matter."""
    return " ".join(name.lower().split())
