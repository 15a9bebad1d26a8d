"""The ladder as a tree (``titlematch titles``) or JSON."""

from __future__ import annotations

import json

from .corpus import Ladder, Title

__all__ = ["ladder_json", "ladder_tree"]


def _rungs(ladder: Ladder, title: Title) -> str:
    """The next rungs, each marked with its track when the move leaves this one."""
    if not title.next:
        return "  (top of track)"
    marked = []
    for name in title.next:
        track = ladder.title(name).track
        marked.append(name if track == title.track else f"{name} ({track})")
    return f"  ↑ {', '.join(marked)}"


def ladder_tree(ladder: Ladder, color: bool = False) -> str:
    def b(s: str) -> str:
        return f"\x1b[1m{s}\x1b[0m" if color else s

    lines = [f"{b(ladder.name)} ladder: {len(ladder.titles)} titles, levels {' < '.join(ladder.level_names)}"]
    for ti, track in enumerate(ladder.tracks):
        last_track = ti == len(ladder.tracks) - 1
        lines.append(("└── " if last_track else "├── ") + b(track.name) +
                     (f"  ({track.description})" if track.description else ""))
        members = sorted((t for t in ladder.titles if t.track == track.name),
                         key=lambda t: ladder.level(t.level).rank)
        pad = "    " if last_track else "│   "
        for i, t in enumerate(members):
            edge = "└── " if i == len(members) - 1 else "├── "
            lines.append(f"{pad}{edge}[{t.level}] {t.name}{_rungs(ladder, t)}")
    return "\n".join(lines) + "\n"


def ladder_json(ladder: Ladder) -> str:
    return json.dumps({
        "name": ladder.name,
        "description": ladder.description,
        "levels": list(ladder.level_names),
        "level_details": [{"name": lv.name, "band": lv.band, "years": list(lv.years),
                           "description": lv.description} for lv in ladder.levels],
        "tracks": list(ladder.track_names),
        "titles": [{"name": t.name, "level": t.level, "track": t.track, "next": list(t.next),
                    "lateral": list(t.lateral), "skills": list(t.skills)} for t in ladder.titles],
    }, ensure_ascii=False, indent=2)
