"""Next steps inside the ladder: the next rung(s), the skills they ask for that the resume lacks, lateral
moves, and the advice entries that answer the gaps found."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .analysis import Preprocessor
from .corpus import ADVICE_GAPS, Ladder, Title
from .evidence import Evidence
from .result import NextRung, NextSteps

__all__ = ["has_skill", "next_steps"]


def _contains(haystack: str, phrase: str, pre: Preprocessor) -> bool:
    needle = pre.term(phrase)
    if not needle:
        return False
    if needle not in haystack:  # the cheap test first: most terms are absent
        return False
    return re.search(rf"(?<![\w]){re.escape(needle)}(?![\w])", haystack) is not None


def has_skill(ladder: Ladder, skill: str, prepared_text: str, pre: Preprocessor) -> bool:
    """Whether the (preprocessed) resume text shows a skill, by its name or the ladder's terms for it."""
    terms = (skill, *ladder.skill_terms.get(skill, ()))
    return any(_contains(prepared_text, t, pre) for t in terms)


def _gaps(ladder: Ladder, ev: Evidence, rungs: list[NextRung], current: Title) -> list[str]:
    gaps: list[str] = []
    cur_band = ladder.level(current.level).band
    next_band = max((ladder.level(r.level).band for r in rungs), default=cur_band)
    leadership = ev.leads or ev.team_size >= 2 or ev.manages_managers
    if (next_band >= 2 and not leadership) or (next_band >= 3 and not (ev.team_size >= 5 or ev.manages_managers)):
        gaps.append("leadership")
    missing = sum(len(r.missing) for r in rungs)
    asked = sum(len(r.asks_for) for r in rungs)
    if asked and missing / asked >= 0.4:
        # What a director-or-above rung asks for is leadership; below that, the missing skills are technical.
        gaps.append("leadership" if next_band >= 3 else "technical")
    if "track record" not in ev.signals:
        gaps.append("track-record")
    if "certifications" not in ev.signals:
        gaps.append("certification")
    if "community" not in ev.signals and cur_band >= 1:
        gaps.append("community")
    assert set(gaps) <= set(ADVICE_GAPS), gaps  # the names advice entries may list (validated in corpus)
    return list(dict.fromkeys(gaps))


def _above_the_ladder_title(ladder: Ladder, title: Title, level: str | None,
                            similarity: Sequence[float] | None) -> tuple[list[Title], list[str]] | None:
    """When the evidence puts the person above the nearest title's level (a Director of QA on a ladder whose QA
    track ends at Mid), the next rungs are the titles one level above the person's, on any track, and the
    lateral moves the titles at the person's level; both by similarity. None when the title's level fits."""
    if level is None or ladder.level(level).rank <= ladder.level(title.level).rank:
        return None
    rank = ladder.level(level).rank
    order = sorted(range(len(ladder.titles)), key=lambda i: -(similarity[i] if similarity else 0.0))
    ranked = [ladder.titles[i] for i in order]
    above = [t for t in ranked if ladder.level(t.level).rank == rank + 1][:2]
    same = [t.name for t in ranked if ladder.level(t.level).rank == rank and t.name != title.name][:3]
    return above, same


def next_steps(ladder: Ladder, title: Title, prepared: str, ev: Evidence, pre: Preprocessor,
               max_advice: int = 2, *, level: str | None = None,
               similarity: Sequence[float] | None = None) -> NextSteps:
    """Next rungs with missing skills, lateral moves and advice; ``prepared`` is the preprocessed text.

    ``level`` is the level the evidence shows; when it is above ``title``'s, the steps start from it."""
    above = _above_the_ladder_title(ladder, title, level, similarity)
    targets = above[0] if above is not None else [ladder.title(name) for name in title.next]
    lateral = above[1] if above is not None else list(title.lateral)
    if level is not None and ladder.level(level).rank < ladder.level(title.level).rank:
        targets = [title]  # an entry-level SRE's next rung is the ladder's SRE title itself
    rungs = []
    for rung in targets:
        missing = [s for s in rung.skills if not has_skill(ladder, s, prepared, pre)]
        rungs.append(NextRung(rung.name, rung.level, rung.track, list(rung.skills), missing))
    gaps = _gaps(ladder, ev, rungs, title)
    advice: list[dict[str, str]] = []
    for gap in gaps:
        for entry in ladder.advice:
            if gap in entry.gaps and all(a["name"] != entry.name for a in advice):
                advice.append({"name": entry.name, "gap": gap, "text": entry.text})
    return NextSteps(next=rungs, lateral=lateral, advice=advice[:max_advice], top_of_track=not rungs)
