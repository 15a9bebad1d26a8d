"""Recruiter mode and filters over batch results: rank by fit to one title, keep levels, tracks and scores,
order by a column; and the batch's one-line summary. Library code: the CLI only passes its options in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .render import BATCH_COLUMNS, batch_row
from .result import Result

__all__ = ["Selection", "summary_line"]

Row = tuple[Result, tuple[str, float] | None]


@dataclass(frozen=True)
class Selection:
    """What a batch keeps and in which order. ``target`` is a title index (``--for``)."""

    target: int | None = None
    target_name: str | None = None
    levels: frozenset[str] = field(default_factory=frozenset)  # lower case
    tracks: frozenset[str] = field(default_factory=frozenset)
    min_score: float | None = None
    sort: str | None = None  # a column, "-" first for descending

    @property
    def buffers(self) -> bool:
        """Ranking and sorting must see every row before writing the first."""
        return self.target is not None or bool(self.sort)

    @property
    def filters(self) -> bool:
        return bool(self.levels or self.tracks) or self.min_score is not None

    def sort_column(self) -> tuple[str, bool]:
        """(column, descending); raises ValueError naming the valid columns."""
        spec = self.sort or "-for_score"
        column = spec.lstrip("-+")
        valid = set(BATCH_COLUMNS) | {"for_score"}
        if column not in valid:
            raise ValueError(f"unknown column '{column}'; choose from {', '.join(sorted(valid))}")
        return column, spec.startswith("-")

    def tag(self, r: Result) -> tuple[str, float] | None:
        """(title, similarity) for recruiter mode, else None."""
        if self.target is None or self.target_name is None:
            return None
        return self.target_name, (r.title_scores[self.target] if r.ok and r.title_scores else 0.0)

    def keep(self, r: Result, tag: tuple[str, float] | None) -> bool:
        """Rows with an error are always kept (rows out = files in); the filters apply to scored rows."""
        if not r.ok:
            return True
        if self.levels and (r.level or "").lower() not in self.levels:
            return False
        if self.tracks and (r.track or "").lower() not in self.tracks:
            return False
        score = tag[1] if tag else (r.score or 0.0)
        return self.min_score is None or score >= self.min_score

    def order(self, rows: Iterable[Row]) -> Iterator[Row]:
        if not self.buffers:
            yield from rows
            return
        column, descending = self.sort_column()

        def key(item: Row) -> Any:
            v = batch_row(item[0], item[1]).get(column)
            v = v.lower() if isinstance(v, str) else v
            return (v is not None, v) if descending else (v is None, v)  # empty cells last either way

        yield from sorted(rows, key=key, reverse=descending)


def summary_line(*, scored: int, failed: int, skipped_hidden: int, skipped_type: int, loops: int,
                 shown: int | None, seconds: float) -> str:
    """The batch summary written to stderr at the end."""
    parts = [f"titlematch: {scored} scored", f"{failed} failed", f"{skipped_hidden + skipped_type} skipped"]
    if skipped_hidden:
        parts[-1] += f" ({skipped_hidden} hidden, {skipped_type} not resumes)"
    if loops:
        parts.append(f"{loops} symlink loops not followed")
    if shown is not None:
        parts.append(f"{shown} shown after filters")
    total = scored + failed
    parts.append(f"{seconds:.1f} s ({total / max(seconds, 1e-9):.0f} files/s)")
    return ", ".join(parts)
