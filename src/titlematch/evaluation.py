"""Accuracy on a labelled set (``eval/``): level, within one level, track, title, no-fit, confusion matrices,
beside the plain baseline (nearest title by TF-IDF, that title's level and track) computed in the same run."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .api import Matcher
from .errors import InputError

__all__ = ["Item", "Report", "content_only", "evaluate", "format_report", "load_items"]

NONE = "none"


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    level: str
    track: str
    titles: tuple[str, ...]
    strip: tuple[str, ...]
    case: str


@dataclass
class Scores:
    n: int = 0
    level: int = 0
    within_one: int = 0
    track: int = 0
    title: int = 0
    confusion_level: Counter[tuple[str, str]] = field(default_factory=Counter)
    confusion_track: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        n = max(self.n, 1)
        return {"level": self.level / n, "within_one": self.within_one / n, "track": self.track / n,
                "title": self.title / n}


@dataclass
class Report:
    n: int
    ours: Scores
    baseline: Scores
    levels: list[str]
    tracks: list[str]
    variant: str = "full"


def load_items(folder: str | Path) -> list[Item]:
    """Read ``labels/*.jsonl`` and ``resumes/<id>.txt`` from a labelled folder."""
    root = Path(folder)
    label_files = sorted((root / "labels").glob("*.jsonl"))
    if not label_files:
        raise InputError(f"no labels/*.jsonl under {root}; see eval/README.md for the layout")
    items = []
    for lf in label_files:
        for n, line in enumerate(lf.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                text = (root / "resumes" / f"{d['id']}.txt").read_text(encoding="utf-8")
                items.append(Item(d["id"], text, d["level"], d["track"], tuple(d.get("titles", [])),
                                  tuple(d.get("strip", [])), d.get("case", "")))
            except (KeyError, json.JSONDecodeError, OSError) as exc:
                raise InputError(f"{lf}:{n}: bad label line ({exc})") from None
    return items


def content_only(item: Item) -> str:
    """The resume with its headline and job titles removed (longest first, every occurrence)."""
    text = item.text
    for s in sorted(item.strip, key=len, reverse=True):
        text = text.replace(s, " ")
    return text


def _score_one(sc: Scores, item: Item, level: str | None, track: str | None, title: str | None,
               levels: list[str]) -> None:
    sc.n += 1
    got_level = level or NONE
    got_track = track or NONE
    sc.confusion_level[(item.level, got_level)] += 1
    sc.confusion_track[(item.track, got_track)] += 1
    ok_level = got_level == item.level
    sc.level += ok_level
    if item.level == NONE or got_level == NONE:
        sc.within_one += ok_level
    else:
        sc.within_one += abs(levels.index(item.level) - levels.index(got_level)) <= 1
    sc.track += got_track == item.track
    ok_title = (title is None) if item.level == NONE else (title in item.titles)
    sc.title += ok_title
    if not (ok_level and got_track == item.track and ok_title):
        sc.misses.append(f"{item.id}: want {item.level}/{item.track} got {got_level}/{got_track} "
                         f"title {title}")


def evaluate(matcher: Matcher, folder: str | Path, *, content_only: bool = False,
             render: Callable[[Item, str], bytes] | None = None, variant: str = "") -> Report:
    """Score every labelled resume; ``render`` turns text into file bytes (PDF, DOCX) to test extraction."""
    items = load_items(folder)
    return evaluate_items(matcher, items, content_only=content_only, render=render,
                          variant=variant or ("content-only" if content_only else "full"))


def evaluate_items(matcher: Matcher, items: Iterable[Item], *, content_only: bool = False,
                   render: Callable[[Item, str], bytes] | None = None, variant: str = "full") -> Report:
    ladder = matcher.model.ladder
    levels = list(ladder.level_names)
    ours, base = Scores(), Scores()
    n = 0
    for item in items:
        n += 1
        text = _content_only(item) if content_only else item.text
        if render is not None:
            r = matcher.match_bytes(render(item, text), item.id)
        else:
            r = matcher.match_text(text, item.id)
        _score_one(ours, item, r.level if r.fit else None, r.track if r.fit else None,
                   r.title if r.fit else None, levels)
        if r.title_scores:
            i = r.title_scores.index(max(r.title_scores))
            t = ladder.titles[i]
            _score_one(base, item, t.level, t.track, t.name, levels)
        else:
            _score_one(base, item, None, None, None, levels)
    return Report(n=n, ours=ours, baseline=base, levels=levels, tracks=list(ladder.track_names), variant=variant)


_content_only = content_only


def _matrix(conf: Counter[tuple[str, str]], names: list[str]) -> list[str]:
    names = [*names, NONE]
    w = max(len(x) for x in names) + 1
    lines = ["  " + "want\\got".ljust(w) + "".join(x[:8].rjust(9) for x in names)]
    for a in names:
        row = [conf.get((a, b), 0) for b in names]
        if sum(row):
            lines.append("  " + a.ljust(w) + "".join(str(v).rjust(9) for v in row))
    return lines


def format_report(rep: Report, *, matrices: bool = True, misses: bool = False) -> str:
    o, b = rep.ours.rates(), rep.baseline.rates()
    out = [f"{rep.variant}: {rep.n} resumes",
           f"  {'metric':<12}{'titlematch':>12}{'baseline':>12}",
           *(f"  {k:<12}{o[k]:>12.3f}{b[k]:>12.3f}" for k in ("level", "within_one", "track", "title"))]
    if matrices:
        out.append("  level confusion (titlematch):")
        out += _matrix(rep.ours.confusion_level, rep.levels)
        out.append("  track confusion (titlematch):")
        out += _matrix(rep.ours.confusion_track, rep.tracks)
    if misses:
        out.append("  misses:")
        out += [f"    {m}" for m in rep.ours.misses]
    return "\n".join(out) + "\n"
