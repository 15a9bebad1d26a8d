"""The ladder as a tree (``titlematch titles``) or JSON."""

from __future__ import annotations

import json

from .corpus import Ladder

__all__ = ["ladder_json", "ladder_tree"]


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
            up = f"  ↑ {', '.join(t.next)}" if t.next else "  (top of track)"
            lines.append(f"{pad}{edge}[{t.level}] {t.name}{up}")
    return "\n".join(lines) + "\n"


def ladder_json(ladder: Ladder) -> str:
    return json.dumps({
        "name": ladder.name,
        "levels": list(ladder.level_names),
        "tracks": list(ladder.track_names),
        "titles": [{"name": t.name, "level": t.level, "track": t.track, "next": list(t.next),
                    "lateral": list(t.lateral), "skills": list(t.skills)} for t in ladder.titles],
    }, ensure_ascii=False, indent=2)
