"""Load and validate a ladder (the corpus): titles, levels, tracks, edges between titles, and advice.

The ladder is a TOML file that people edit by hand (format: ``docs/ladder-format.md``). Loading validates
everything before anything trusts it (``corpus_fields`` reads and checks each table); every error names the
file, the title (or level, track, advice) and the field, and says how to fix it. The data classes live in
``ladder_data`` and are re-exported here.
"""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .corpus_fields import (
    _advice,
    _check_edges,
    _check_fields,
    _check_top_level,
    _fail,
    _levels,
    _skill_terms,
    _str,
    _synonyms,
    _titles,
    _tracks,
)
from .errors import CorpusError
from .ladder_data import ADVICE_GAPS, MAX_BAND, Advice, Ladder, Level, Title, Track

__all__ = ["ADVICE_GAPS", "MAX_BAND", "Advice", "Ladder", "Level", "Title", "Track", "ladder_from_doc",
           "load_ladder", "parse_ladder", "read_toml"]


def parse_ladder(data: bytes, source: str = "<ladder>") -> Ladder:
    """Parse and validate ladder TOML bytes.

    >>> lad = parse_ladder(b'[[level]]\\nname="L1"\\n[[title]]\\nname="Dev"\\nlevel="L1"\\ntrack="IC"\\n'
    ...                    b'descriptions=["Writes code."]\\n')
    >>> lad.titles[0].name, lad.level_names, lad.track_names
    ('Dev', ('L1',), ('IC',))
    """
    return ladder_from_doc(read_toml(data, source), source, hashlib.sha256(data).hexdigest())


def read_toml(data: bytes, source: str = "<ladder>") -> dict[str, Any]:
    """The TOML document of a ladder file, not yet validated."""
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CorpusError(f"not UTF-8 text (byte {exc.start}); save the file as UTF-8",
                          source=source) from None
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"not valid TOML: {exc}; fix the syntax there", source=source) from None


def ladder_from_doc(doc: Mapping[str, Any], source: str, sha256: str) -> Ladder:
    """Validate a ladder document (parsed TOML, or its JSON copy in a model) into a :class:`Ladder`."""
    if not isinstance(doc, Mapping):
        raise CorpusError("the ladder document is not a table", source=source)
    _check_top_level(doc, source)
    meta = doc.get("ladder", {})
    if not isinstance(meta, dict):
        raise _fail(source, "[ladder]", "must be a table", 'write [ladder] then name = "..."')
    _check_fields(meta, "ladder", source, "[ladder]")
    levels = _levels(doc, source)
    tracks = _tracks(doc, source)
    titles = _titles(doc, source, levels, tracks)
    _check_edges(titles, levels, source)
    used_tracks = {t.track for t in titles}
    for track in tracks:
        if track.name not in used_tracks:
            raise _fail(source, f"track '{track.name}'", "no title is on this track",
                        f"give some titles track = \"{track.name}\", or remove the [[track]] table")
    return Ladder(
        name=_str(meta, "name", source, "[ladder]", required=False) or Path(source).stem,
        description=_str(meta, "description", source, "[ladder]", required=False),
        levels=levels,
        tracks=tuple(tracks),
        titles=tuple(titles),
        advice=_advice(doc, source),
        synonyms=_synonyms(doc, source),
        skill_terms=_skill_terms(doc, source),
        sha256=sha256,
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
