"""Typed result objects returned by the library and rendered by ``render``."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

__all__ = ["Contribution", "NextRung", "NextSteps", "Result", "ScoredTitle"]


@dataclass(frozen=True)
class ScoredTitle:
    title: str
    level: str
    track: str
    score: float


@dataclass(frozen=True)
class Contribution:
    """One piece of evidence and how much it moved a decision (for the report's "why" and --explain)."""

    evidence: str
    value: str
    weight: float


@dataclass(frozen=True)
class NextRung:
    title: str
    level: str
    track: str
    asks_for: list[str]
    missing: list[str]


@dataclass(frozen=True)
class NextSteps:
    next: list[NextRung] = field(default_factory=list)
    lateral: list[str] = field(default_factory=list)
    advice: list[dict[str, str]] = field(default_factory=list)
    top_of_track: bool = False


@dataclass
class Result:
    """The answer for one resume. ``error`` is set (and the rest empty) when the file could not be scored."""

    file: str
    title: str | None = None
    level: str | None = None
    track: str | None = None
    score: float | None = None
    confidence: float | None = None
    confidence_label: str | None = None
    close_call: bool = False
    fit: bool = True
    top: list[ScoredTitle] = field(default_factory=list)
    next_steps: NextSteps | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
    explain: dict[str, list[Contribution]] = field(default_factory=dict)
    error: str | None = None
    error_kind: str | None = None
    pages: int | None = None
    kind: str | None = None
    notes: list[str] = field(default_factory=list)
    text: str | None = None  # only with include_text=True
    ladder: str | None = None
    title_scores: list[float] | None = None  # similarity to every title, ladder order (not serialised)

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def runner_up(self) -> ScoredTitle | None:
        return self.top[1] if len(self.top) > 1 else None

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """The documented JSON schema (see README, "JSON output")."""
        d: dict[str, Any] = {
            "file": self.file,
            "title": self.title,
            "level": self.level,
            "track": self.track,
            "score": self.score,
            "confidence": self.confidence,
            "confidence_label": self.confidence_label,
            "close_call": self.close_call,
            "fit": self.fit,
            "top": [_plain(t) for t in self.top],
            "next_steps": _plain(self.next_steps) if self.next_steps else None,
            "evidence": self.evidence,
            "error": self.error,
        }
        if self.error_kind:
            d["error_kind"] = self.error_kind
        if explain:
            d["explain"] = {k: [_plain(c) for c in v] for k, v in self.explain.items()}
        if self.text is not None:
            d["text"] = self.text
        return d


_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """Like ``dataclasses.asdict`` (containers copied, dataclasses turned into dicts) at about half its cost:
    it deep-copies every leaf, which showed in a batch's parent process."""
    if is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS.get(type(value))
        if names is None:
            names = _FIELDS[type(value)] = tuple(f.name for f in fields(value))
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
