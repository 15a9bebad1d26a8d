"""Reading and checking the tables and fields of a ladder file; every error names the file, the title (or
level, track, advice) and the field, and says how to fix it."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .errors import CorpusError
from .ladder_data import ADVICE_GAPS, MAX_BAND, Advice, Level, Title, Track, name_key


def _difflib() -> Any:
    import difflib  # only for "did you mean" hints on errors: kept off the start-up path

    return difflib


#: The fields each kind of table may hold. Anything else is refused: a misspelt ``laterals`` would otherwise
#: be ignored without a word and the ladder would silently lose its edges.
_FIELDS: dict[str, tuple[str, ...]] = {
    "ladder": ("name", "description"),
    "level": ("name", "band", "years", "description"),
    "track": ("name", "description"),
    "title": ("name", "level", "track", "descriptions", "description", "next", "lateral", "aliases", "skills",
              "vocabulary"),
    "advice": ("name", "text", "gaps"),
}
_TOP_LEVEL = ("[ladder]", "[[level]]", "[[track]]", "[[title]]", "[[advice]]", "[synonyms]", "[skill_terms]")


def _fail(path: str, where: str, problem: str, fix: str) -> CorpusError:
    return CorpusError(f"{where}: {problem}; {fix}", source=path)


def _twice(path: str, where: str, kind: str) -> CorpusError:
    return _fail(path, where, f"duplicate {kind}: field 'name' is used twice",
                 f"remove one [[{kind}]] table or rename it")


def _suggest(value: str, known: Sequence[str], listing: str = "use one of") -> str:
    """``did you mean 'X'?`` when a known name is close, else the list of known names."""
    exact = [k for k in known if name_key(k) == name_key(value)]
    close = exact or _difflib().get_close_matches(value, list(known), n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return f"{listing}: {', '.join(known)}"


def _check_fields(raw: Mapping[str, Any], kind: str, path: str, where: str) -> None:
    for key in raw:
        if key not in _FIELDS[kind]:
            table = "[ladder]" if kind == "ladder" else f"[[{kind}]]"
            fix = _suggest(key, _FIELDS[kind], f"{table} may hold")
            raise _fail(path, where, f"unknown field '{key}'", fix)


def _str(raw: Mapping[str, Any], key: str, path: str, where: str, *, required: bool = True) -> str:
    value = raw.get(key, "" if not required else None)
    if value is None:
        raise _fail(path, where, f"field '{key}' is missing", f"add {key} = \"...\"")
    if not isinstance(value, str):
        raise _fail(path, where, f"field '{key}' must be a string, not {type(value).__name__}", "quote it")
    return value.strip()


def _name(raw: Mapping[str, Any], path: str, where: str) -> str:
    name = _str(raw, "name", path, where)
    if not name:
        raise _fail(path, where, "field 'name' is empty", 'give it a name, e.g. name = "..."')
    return name


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


def _is_number(x: object) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def _spread(given: list[float | None]) -> list[float]:
    """Fill the missing bands linearly between the given ones (the ends default to 0 and MAX_BAND).

    >>> _spread([None, None, None, None, None])
    [0.0, 1.0, 2.0, 3.0, 4.0]
    >>> _spread([None, 1.0, None, None])
    [0.0, 1.0, 2.5, 4.0]
    """
    n = len(given)
    if n == 1:
        return [given[0] if given[0] is not None else 0.0]
    anchors = [(i, b) for i, b in enumerate(given) if b is not None]
    if not anchors or anchors[0][0] != 0:
        anchors.insert(0, (0, 0.0))
    if anchors[-1][0] != n - 1:
        anchors.append((n - 1, MAX_BAND))
    out: list[float] = []
    for (i0, b0), (i1, b1) in itertools.pairwise(anchors):
        out.extend(b0 + (b1 - b0) * (i - i0) / (i1 - i0) for i in range(i0, i1))
    out.append(anchors[-1][1])
    return out


def _levels(doc: Mapping[str, Any], path: str) -> tuple[Level, ...]:
    raw_levels = _table_list(doc, "level", path)
    if not raw_levels:
        raise _fail(path, "[[level]]", "no levels defined", "add [[level]] tables, lowest first")
    names: list[str] = []
    given: list[float | None] = []
    years: list[tuple[float, float]] = []
    descriptions: list[str] = []
    for i, raw in enumerate(raw_levels):
        name = _name(raw, path, f"level #{i + 1}")
        where = f"level '{name}'"
        _check_fields(raw, "level", path, where)
        if any(name_key(n) == name_key(name) for n in names):
            raise _twice(path, where, "level")
        band = raw.get("band")
        if band is not None and (not _is_number(band) or not 0 <= band <= MAX_BAND):
            raise _fail(path, where, f"field 'band' must be a number from 0 to {MAX_BAND:g}",
                        "e.g. band = 2 (0 entry, 1 mid, 2 senior, 3 director, 4 executive)")
        span = raw.get("years", [0, 40])
        if not (isinstance(span, list) and len(span) == 2 and all(_is_number(y) for y in span)
                and 0 <= span[0] <= span[1]):
            raise _fail(path, where, "field 'years' must be [min, max] with 0 <= min <= max",
                        "e.g. years = [2, 5]")
        previous = [(n, b) for n, b in zip(names, given, strict=True) if b is not None]
        if band is not None and previous and band < previous[-1][1]:
            lower, lower_band = previous[-1]
            raise _fail(path, where, f"field 'band' is {band:g}, below the band {lower_band:g} of level "
                        f"'{lower}' listed before it", "list the levels lowest first, or fix the band")
        names.append(name)
        given.append(None if band is None else float(band))
        years.append((float(span[0]), float(span[1])))
        descriptions.append(_str(raw, "description", path, where, required=False))
    rows = zip(names, _spread(given), years, descriptions, strict=True)
    return tuple(Level(name=n, rank=r, band=b, years=y, description=d) for r, (n, b, y, d) in enumerate(rows))


def _named_tables(doc: Mapping[str, Any], kind: str, path: str) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(name, where, table) for each ``[[kind]]`` table: named, with known fields, each name once."""
    names: list[str] = []
    for i, raw in enumerate(_table_list(doc, kind, path)):
        name = _name(raw, path, f"{kind} #{i + 1}")
        where = f"{kind} '{name}'"
        _check_fields(raw, kind, path, where)
        if any(name_key(n) == name_key(name) for n in names):
            raise _twice(path, where, kind)
        names.append(name)
        yield name, where, raw


def _tracks(doc: Mapping[str, Any], path: str) -> list[Track]:
    return [Track(name=name, description=_str(raw, "description", path, where, required=False))
            for name, where, raw in _named_tables(doc, "track", path)]


def _title_track(raw: Mapping[str, Any], path: str, where: str, tracks: list[Track], declared: bool) -> str:
    track = _str(raw, "track", path, where)
    if not track:
        raise _fail(path, where, "field 'track' is empty", 'name the track, e.g. track = "Engineering"')
    names = [t.name for t in tracks]
    if track in names:
        return track
    if declared:
        raise _fail(path, where, f"field 'track' names '{track}', which is not a [[track]]",
                    _suggest(track, names) + f" (or add a [[track]] named '{track}')")
    same = [n for n in names if name_key(n) == name_key(track)]
    if same:
        raise _fail(path, where, f"field 'track' is '{track}' but another title spells it '{same[0]}'",
                    "spell the track the same way everywhere")
    # No [[track]] tables: the tracks are the ones the titles name, in order of first use.
    tracks.append(Track(name=track, description=""))
    return track


def _descriptions(raw: Mapping[str, Any], path: str, where: str) -> tuple[str, ...]:
    if "descriptions" in raw and "description" in raw:
        raise _fail(path, where, "has both 'descriptions' and 'description'", "keep one of them")
    key = "description" if "description" in raw else "descriptions"
    descriptions = _strs(raw, key, path, where)
    if not descriptions:
        problem = f"field '{key}' is empty" if key in raw else "field 'descriptions' is missing"
        raise _fail(path, where, problem, 'write descriptions = ["What someone in this role does, in full '
                    'sentences."]')
    return descriptions


def _titles(doc: Mapping[str, Any], path: str, levels: Sequence[Level], tracks: list[Track]) -> list[Title]:
    level_names = [lv.name for lv in levels]
    declared = bool(tracks)
    titles: list[Title] = []
    raw_titles = _table_list(doc, "title", path)
    if not raw_titles:
        raise _fail(path, "[[title]]", "no titles defined", "add [[title]] tables")
    for i, raw in enumerate(raw_titles):
        name = _name(raw, path, f"title #{i + 1}")
        where = f"title '{name}'"
        _check_fields(raw, "title", path, where)
        twin = next((t.name for t in titles if name_key(t.name) == name_key(name)), None)
        if twin is not None:
            same = "is used twice" if twin == name else f"repeats '{twin}' (case and spaces aside)"
            raise _fail(path, where, f"duplicate title: field 'name' {same}",
                        "merge the two [[title]] tables or rename one")
        if "level" not in raw:
            raise _fail(path, where, "field 'level' is missing", f"add level = \"...\", one of: "
                        f"{', '.join(level_names)}")
        level = _str(raw, "level", path, where)
        if level not in level_names:
            raise _fail(path, where, f"field 'level' names '{level}', which is not a [[level]]",
                        _suggest(level, level_names))
        track = _title_track(raw, path, where, tracks, declared)
        descriptions = _descriptions(raw, path, where)
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


def _check_edges(titles: Sequence[Title], levels: Sequence[Level], path: str) -> None:
    names = [t.name for t in titles]
    for t in titles:
        where = f"title '{t.name}'"
        for fld in ("next", "lateral"):
            targets: tuple[str, ...] = getattr(t, fld)
            for i, target in enumerate(targets):
                if target not in names:
                    raise _fail(path, where, f"field '{fld}' names '{target}', which is not a title",
                                _suggest(target, names) + " (or add that [[title]])")
                if target == t.name:
                    raise _fail(path, where, f"field '{fld}' names the title itself", "remove it")
                if target in targets[:i]:
                    raise _fail(path, where, f"field '{fld}' names '{target}' twice", "remove one")
    _check_cycles(titles, path)
    # Checked after the cycles, so that a loop is reported as a loop rather than as its one downward edge.
    rank = {lv.name: lv.rank for lv in levels}
    by_name = {t.name: t for t in titles}
    for t in titles:
        for target in t.next:
            up = by_name[target]
            if rank[up.level] < rank[t.level]:
                raise _fail(path, f"title '{t.name}'", f"field 'next' goes down, to '{target}' at level "
                            f"'{up.level}' below '{t.level}'", "a 'next' rung must be at the same level or "
                            "above; list a move down under 'lateral'")


def _check_cycles(titles: Sequence[Title], path: str) -> None:
    """The 'next' edges must lead somewhere: a cycle would make "the next rung" endless."""
    graph = {t.name: t.next for t in titles}
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycle = " -> ".join([*trail[trail.index(nxt):], nxt])
                raise _fail(path, f"title '{node}'", f"field 'next' closes a cycle in the rungs ({cycle})",
                            "remove one 'next' edge of the cycle so the rungs only go up")
            if state.get(nxt) is None:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for name in graph:
        if state.get(name) is None:
            visit(name, [name])


def _advice(doc: Mapping[str, Any], path: str) -> tuple[Advice, ...]:
    out: list[Advice] = []
    for name, where, raw in _named_tables(doc, "advice", path):
        text = _str(raw, "text", path, where)
        if not text:
            raise _fail(path, where, "field 'text' is empty", "write the advice")
        gaps = _strs(raw, "gaps", path, where)
        if not gaps:
            raise _fail(path, where, "field 'gaps' is empty, so the advice would never be shown",
                        f"write gaps = [...] with some of: {', '.join(ADVICE_GAPS)}")
        for gap in gaps:
            if gap not in ADVICE_GAPS:
                raise _fail(path, where, f"field 'gaps' names '{gap}', which is not a gap titlematch finds",
                            _suggest(gap, ADVICE_GAPS))
        out.append(Advice(name=name, text=text, gaps=gaps))
    return tuple(out)


def _synonyms(doc: Mapping[str, Any], path: str) -> dict[str, str]:
    raw = doc.get("synonyms", {})
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise _fail(path, "[synonyms]", "must map strings to strings", 'e.g. "k8s" = "kubernetes"')
    return {k.lower().strip(): v.lower().strip() for k, v in raw.items() if k.strip()}


def _skill_terms(doc: Mapping[str, Any], path: str) -> dict[str, tuple[str, ...]]:
    raw = doc.get("skill_terms", {})
    if not isinstance(raw, dict):
        raise _fail(path, "[skill_terms]", "must be a table", 'e.g. "people management" = ["direct reports"]')
    return {k: _strs(raw, k, path, "[skill_terms]") for k in raw}


def _check_top_level(doc: Mapping[str, Any], path: str) -> None:
    tables = {t.strip("[]"): t for t in _TOP_LEVEL}
    for key in doc:
        if key in tables:
            continue
        close = _difflib().get_close_matches(key.lower(), list(tables), n=1, cutoff=0.6)
        if key in _FIELDS["ladder"]:
            fix = "move it under [ladder]"
        elif close:
            fix = f"did you mean {tables[close[0]]}?"
        else:
            fix = f"a ladder may hold: {', '.join(_TOP_LEVEL)}"
        raise _fail(path, f"'{key}'", "unknown table or field at the top of the file", fix)
