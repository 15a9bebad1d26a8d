"""Load and validate a ladder (the corpus): titles, levels, tracks, edges between titles, and advice.

The ladder is a TOML file that people edit by hand (format: ``docs/ladder-format.md``). Loading validates
everything before anything trusts it; every error names the file, the title and the field, and says how to fix
it.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CorpusError

__all__ = ["Advice", "Ladder", "Level", "Title", "Track", "load_ladder", "parse_ladder"]

#: Number of generic seniority bands the evidence is measured on: 0 entry, 1 mid, 2 senior, 3 director,
#: 4 executive. A ladder places each of its levels on this scale (``band``), so any naming works.
MAX_BAND = 4.0


@dataclass(frozen=True)
class Level:
    name: str
    rank: int
    band: float
    years: tuple[float, float]


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
        key = " ".join(name.lower().split())
        for t in self.titles:
            if " ".join(t.name.lower().split()) == key:
                return t
        return None


def _fail(path: str, where: str, problem: str, fix: str) -> CorpusError:
    return CorpusError(f"{where}: {problem}; {fix}", source=path)


def _str(raw: Mapping[str, Any], key: str, path: str, where: str, *, required: bool = True) -> str:
    value = raw.get(key, "" if not required else None)
    if value is None:
        raise _fail(path, where, f"field '{key}' is missing", f"add {key} = \"...\"")
    if not isinstance(value, str):
        raise _fail(path, where, f"field '{key}' must be a string, not {type(value).__name__}", "quote it")
    return value.strip()


def _strs(raw: Mapping[str, Any], key: str, path: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, where, f"field '{key}' must be a list of strings", f'write {key} = ["...", "..."]')
    return tuple(v.strip() for v in value if v.strip())


def _table_list(doc: Mapping[str, Any], key: str, path: str) -> list[Mapping[str, Any]]:
    value = doc.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise _fail(path, f"[[{key}]]", "must be an array of tables", f"write each entry as [[{key}]]")
    return value


def _levels(doc: Mapping[str, Any], path: str) -> tuple[Level, ...]:
    raw_levels = _table_list(doc, "level", path)
    if not raw_levels:
        raise _fail(path, "[[level]]", "no levels defined", "add [[level]] tables, lowest first")
    n = len(raw_levels)
    levels: list[Level] = []
    for rank, raw in enumerate(raw_levels):
        name = _str(raw, "name", path, f"level #{rank + 1}")
        where = f"level '{name}'"
        default_band = MAX_BAND * rank / (n - 1) if n > 1 else 0.0
        band = raw.get("band", default_band)
        if not isinstance(band, int | float) or isinstance(band, bool) or not 0 <= band <= MAX_BAND:
            raise _fail(path, where, f"'band' must be a number from 0 to {MAX_BAND:g}", "e.g. band = 2")
        years = raw.get("years", [0, 40])
        if (
            not isinstance(years, list)
            or len(years) != 2
            or not all(isinstance(y, int | float) and not isinstance(y, bool) for y in years)
            or years[0] > years[1]
            or years[0] < 0
        ):
            raise _fail(path, where, "'years' must be [min, max] with 0 <= min <= max", "e.g. years = [2, 5]")
        if any(lv.name == name for lv in levels):
            raise _fail(path, where, "is defined twice", "remove one [[level]] table")
        levels.append(Level(name=name, rank=rank, band=float(band), years=(float(years[0]), float(years[1]))))
    return tuple(levels)


def _tracks(doc: Mapping[str, Any], path: str) -> tuple[Track, ...]:
    tracks: list[Track] = []
    for i, raw in enumerate(_table_list(doc, "track", path)):
        name = _str(raw, "name", path, f"track #{i + 1}")
        if any(t.name == name for t in tracks):
            raise _fail(path, f"track '{name}'", "is defined twice", "remove one [[track]] table")
        tracks.append(Track(name=name, description=_str(raw, "description", path, name, required=False)))
    return tuple(tracks)


def _titles(doc: Mapping[str, Any], path: str, levels: Sequence[Level], tracks: list[Track]) -> list[Title]:
    level_names = [lv.name for lv in levels]
    titles: list[Title] = []
    raw_titles = _table_list(doc, "title", path)
    if not raw_titles:
        raise _fail(path, "[[title]]", "no titles defined", "add [[title]] tables")
    for i, raw in enumerate(raw_titles):
        name = _str(raw, "name", path, f"title #{i + 1}")
        if not name:
            raise _fail(path, f"title #{i + 1}", "field 'name' is empty", "give the title its name")
        where = f"title '{name}'"
        if any(t.name == name for t in titles):
            raise _fail(path, where, "duplicate title", "merge the two [[title]] tables or rename one")
        level = _str(raw, "level", path, where)
        if level not in level_names:
            raise _fail(path, where, f"unknown level '{level}'", f"use one of: {', '.join(level_names)}")
        track = _str(raw, "track", path, where)
        if track not in {t.name for t in tracks}:
            # Tracks may be declared implicitly by the titles that use them.
            tracks.append(Track(name=track, description=""))
        descriptions = _strs(raw, "descriptions", path, where) or _strs(raw, "description", path, where)
        if not descriptions:
            raise _fail(path, where, "field 'descriptions' is empty", 'add descriptions = ["what the role does"]')
        vocabulary = raw.get("vocabulary", "")
        if not isinstance(vocabulary, str):
            raise _fail(path, where, "field 'vocabulary' must be a string", 'write vocabulary = """..."""')
        titles.append(
            Title(
                name=name,
                level=level,
                track=track,
                descriptions=descriptions,
                next=_strs(raw, "next", path, where),
                lateral=_strs(raw, "lateral", path, where),
                aliases=_strs(raw, "aliases", path, where),
                skills=_strs(raw, "skills", path, where),
                vocabulary=" ".join(vocabulary.split()),
            )
        )
    return titles


def _check_edges(titles: Sequence[Title], path: str) -> None:
    names = {t.name for t in titles}
    for t in titles:
        for fld in ("next", "lateral"):
            for target in getattr(t, fld):
                if target not in names:
                    raise _fail(
                        path, f"title '{t.name}'", f"'{fld}' names '{target}', which is not a title",
                        "fix the spelling or add that [[title]]",
                    )
                if target == t.name:
                    raise _fail(path, f"title '{t.name}'", f"'{fld}' names the title itself", "remove it")
    # The 'next' edges must go up: a cycle would make "the next rung" endless.
    graph = {t.name: t.next for t in titles}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycle = " -> ".join([*trail[trail.index(nxt):], nxt]) if nxt in trail else f"{node} -> {nxt}"
                raise _fail(path, f"title '{node}'", f"the 'next' rungs form a cycle ({cycle})",
                            "remove one 'next' edge so the rungs only go up")
            if state.get(nxt) is None:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for name in graph:
        if state.get(name) is None:
            visit(name, [name])


def _advice(doc: Mapping[str, Any], path: str) -> tuple[Advice, ...]:
    out = []
    for i, raw in enumerate(_table_list(doc, "advice", path)):
        name = _str(raw, "name", path, f"advice #{i + 1}")
        text = _str(raw, "text", path, f"advice '{name}'")
        if not text:
            raise _fail(path, f"advice '{name}'", "field 'text' is empty", "write the advice")
        out.append(Advice(name=name, text=text, gaps=_strs(raw, "gaps", path, f"advice '{name}'")))
    return tuple(out)


def _synonyms(doc: Mapping[str, Any], path: str) -> dict[str, str]:
    raw = doc.get("synonyms", {})
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in raw.items()):
        raise _fail(path, "[synonyms]", "must map strings to strings", '"k8s" = "kubernetes"')
    return {k.lower().strip(): v.lower().strip() for k, v in raw.items() if k.strip()}


def _skill_terms(doc: Mapping[str, Any], path: str) -> dict[str, tuple[str, ...]]:
    raw = doc.get("skill_terms", {})
    if not isinstance(raw, dict):
        raise _fail(path, "[skill_terms]", "must be a table", '"people management" = ["direct reports"]')
    return {k: _strs(raw, k, path, "[skill_terms]") for k in raw}


def parse_ladder(data: bytes, source: str = "<ladder>") -> Ladder:
    """Parse and validate ladder TOML bytes.

    >>> lad = parse_ladder(b'[[level]]\\nname="L1"\\n[[title]]\\nname="Dev"\\nlevel="L1"\\ntrack="IC"\\n'
    ...                    b'descriptions=["Writes code."]\\n')
    >>> lad.titles[0].name, lad.level_names, lad.track_names
    ('Dev', ('L1',), ('IC',))
    """
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CorpusError(f"not UTF-8 text (byte {exc.start}); save the file as UTF-8", source=source) from None
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"not valid TOML: {exc}; fix the syntax there", source=source) from None
    meta = doc.get("ladder", {})
    if not isinstance(meta, dict):
        raise _fail(source, "[ladder]", "must be a table", 'write [ladder] then name = "..."')
    levels = _levels(doc, source)
    tracks = list(_tracks(doc, source))
    titles = _titles(doc, source, levels, tracks)
    _check_edges(titles, source)
    used_tracks = {t.track for t in titles}
    return Ladder(
        name=_str(meta, "name", source, "[ladder]", required=False) or Path(source).stem,
        description=_str(meta, "description", source, "[ladder]", required=False),
        levels=levels,
        tracks=tuple(t for t in tracks if t.name in used_tracks),
        titles=tuple(titles),
        advice=_advice(doc, source),
        synonyms=_synonyms(doc, source),
        skill_terms=_skill_terms(doc, source),
        sha256=hashlib.sha256(data).hexdigest(),
        source=source,
    )


def load_ladder(path: str | Path) -> Ladder:
    """Read and validate a ladder file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise CorpusError("ladder file not found; check the path", source=str(p)) from None
    except OSError as exc:
        raise CorpusError(f"cannot read the ladder file ({exc.strerror})", source=str(p)) from None
    return parse_ladder(data, source=str(p))
