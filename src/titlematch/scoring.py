"""From similarities and evidence to a decision: fit or no fit, track, level, nearest title, confidence.

Pure functions over numbers; every weight is in :data:`WEIGHTS` with the reason for it. Level and track are
separate answers: a "Director of QA" is reported as Director on the QA track even when the ladder has no such
rung, and the nearest title is reported beside them.
"""

from __future__ import annotations


from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from .corpus import Ladder
from .evidence import Evidence
from .result import Contribution

__all__ = ["WEIGHTS", "Decision", "decide"]

#: Every weight of the decision, in one place. Chosen on the evaluation set (eval/, benchmarks/evaluate.py)
#: by cross-validation over a small grid; see docs/scoring.md for what each does.
WEIGHTS: dict[str, float] = {
    # Below this best cosine similarity the resume shares too little with any title: no fit.
    "no_fit_similarity": 0.075,
    # Track: share of the decision that comes from the job titles held (the rest from the whole text).
    "track_titles_share": 0.45,
    # Level: weight of the seniority the latest job titles state.
    "level_title": 0.45,
    # Level: weight of dated years of experience (through the years curve below).
    "level_years": 0.35,
    # Level: weight of the text's similarity to each level's titles.
    "level_similarity": 0.20,
    # A director/VP/CTO title with no scope (no managers managed, a team under this size, no budget) is
    # capped at senior: the five-person startup's "CTO".
    "small_team": 12,
    # Years below this cannot be senior whatever the title says ("Architect" after a year).
    "senior_min_years": 3.0,
    # Title choice: bonus for a title on the chosen track, penalty per band away from the chosen level.
    "title_track_bonus": 0.35,
    "title_level_penalty": 0.25,
    # Margin (relative) under which the two best titles are a close call.
    "close_call_margin": 0.06,
    # Best similarity that counts as a strong fit (confidence scale).
    "strong_similarity": 0.22,
}

# Years of dated experience -> seniority band (0 entry, 1 mid, 2 senior). Years alone never make a director.
_YEARS_X = [0.0, 1.0, 2.0, 3.0, 5.0, 8.0, 12.0, 20.0]
_YEARS_Y = [0.0, 0.2, 0.7, 1.0, 1.6, 2.0, 2.2, 2.4]


@dataclass
class Decision:
    fit: bool
    track: str | None
    level: str | None
    band: float
    title_index: int | None
    ranked: list[int]  # title indices, best combined score first
    combined: npt.NDArray[np.float64]
    confidence: float
    confidence_label: str
    close_call: bool
    explain: dict[str, list[Contribution]] = field(default_factory=dict)


def years_band(years: float) -> float:
    return float(np.interp(years, _YEARS_X, _YEARS_Y))


def _track_scores(ladder: Ladder, sims: npt.NDArray[np.float64]) -> dict[str, float]:
    out: dict[str, float] = {}
    for track in ladder.track_names:
        vals = sorted((float(sims[i]) for i, t in enumerate(ladder.titles) if t.track == track), reverse=True)
        out[track] = 0.7 * vals[0] + 0.3 * (sum(vals[:2]) / len(vals[:2])) if vals else 0.0
    return out


def _normalised(d: dict[str, float]) -> dict[str, float]:
    top = max(d.values(), default=0.0)
    return {k: (v / top if top > 0 else 0.0) for k, v in d.items()}


def _recent_titles(ev: Evidence) -> list[tuple[str, float | None, float]]:
    """(title, band, recency weight): the present or latest-ending role first."""
    titles = sorted(ev.titles, key=lambda t: (not t.present, -(t.end or 0), t.order))
    if not any(t.end for t in ev.titles):
        titles = sorted(ev.titles, key=lambda t: t.order)
    out = [(t.text, t.band, 1.0 / (1 + i)) for i, t in enumerate(titles[:4])]
    if ev.headline and not out:
        from .evidence import title_band

        out.append((ev.headline, title_band(ev.headline), 1.0))
    return out


def _title_band(ev: Evidence) -> tuple[float | None, str | None]:
    recent = _recent_titles(ev)
    if not recent:
        return None, None
    text, band, _ = recent[0]
    # A plain title with no seniority word ("Software Engineer") reads as mid.
    return (1.0 if band is None else band), text


def _scope_band(ev: Evidence) -> tuple[float | None, str]:
    years = ev.effective_years
    if ev.team_size >= 150 or (ev.executive_scope and ev.manages_managers and ev.team_size >= 40) or \
            ev.budget_musd >= 25:
        return 4.0, "runs an organisation (hundreds of people, executive scope or a large budget)"
    if ev.manages_managers and (ev.team_size >= 15 or years >= 8):
        return 3.0, "manages managers or team leads"
    if ev.team_size >= 30 or ev.budget_musd >= 2:
        return 3.0, "leads a department-sized group or budget"
    if ev.team_size >= 3:
        return 2.3, f"leads a team of {ev.team_size}"
    if ev.leads and years >= 4:
        return 2.0, "technical leadership (mentoring, design ownership)"
    return None, ""


def _level_band(ladder: Ladder, sims: npt.NDArray[np.float64], ev: Evidence,
                explain: list[Contribution]) -> float:
    w = WEIGHTS
    years = ev.effective_years
    yb = years_band(years)
    # Similarity-weighted average of the level bands of the closest titles.
    order = np.argsort(-sims)[:5]
    weights = np.maximum(sims[order], 0) ** 2
    bands = np.array([ladder.level(ladder.titles[i].level).band for i in order])
    sb = float(weights @ bands / weights.sum()) if weights.sum() > 0 else yb
    tb, ttext = _title_band(ev)
    explain.append(Contribution("years of dated experience", f"{years:g} -> band {yb:.1f}", w["level_years"]))
    explain.append(Contribution("similarity to each level's titles", f"band {sb:.1f}", w["level_similarity"]))
    if tb is None:
        total = w["level_years"] + w["level_similarity"]
        band = (w["level_years"] * yb + w["level_similarity"] * sb) / total
    else:
        explain.append(Contribution("latest job title", f"'{ttext}' -> band {tb:.1f}", w["level_title"]))
        band = w["level_title"] * tb + w["level_years"] * yb + w["level_similarity"] * sb
        # When the title is senior-or-above and years agree, trust the title more than the blend.
        if tb >= 2 and years >= w["senior_min_years"]:
            band = max(band, min(tb, 2.0) if tb < 3 else band)
    scope, why = _scope_band(ev)
    if scope is not None:
        explain.append(Contribution("scope of leadership", why, 1.0))
        if scope >= 3 or (tb is not None and tb >= 3):
            band = max(band, scope) if scope >= 3 else band
        else:
            band = max(band, min(scope, 2.0)) if years >= w["senior_min_years"] else band
    # An executive or director title without the scope to match (startup CTO of five) stays senior.
    if tb is not None and tb >= 3 and (scope is None or scope < 3):
        small = ev.team_size < w["small_team"] and not ev.manages_managers and ev.budget_musd < 1
        if small:
            explain.append(Contribution("title above its scope", f"team of {ev.team_size or 'few'}", -1.0))
            band = min(band, 2.3)
        elif tb >= 3:
            band = max(band, min(tb, 3.0) if tb < 4 else (3.6 if ev.executive_scope else 3.0))
    elif tb is not None and tb >= 3:
        band = max(band, min(tb, scope if scope is not None else tb))
    if years < w["senior_min_years"] and band > 1.4 and (scope is None or scope < 3):
        explain.append(Contribution("too few years for the title", f"{years:g} years", -1.0))
        band = min(band, 1.0 + years / w["senior_min_years"] * 0.4)
    if ev.student and years < 1.5:
        explain.append(Contribution("student or new graduate", ", ".join(ev.signals.get(
            "student or new graduate", [])[:2]), -1.0))
        band = min(band, 0.3)
    return float(np.clip(band, 0.0, 4.0))


def _nearest_level(ladder: Ladder, band: float, years: float) -> str:
    def cost(i: int) -> float:
        lv = ladder.levels[i]
        lo, hi = lv.years
        year_gap = max(lo - years, 0, years - hi) / 10.0
        return abs(lv.band - band) + year_gap * 0.1

    return ladder.levels[min(range(len(ladder.levels)), key=cost)].name


def decide(ladder: Ladder, sims: npt.NDArray[np.float64], title_sims: npt.NDArray[np.float64] | None,
           ev: Evidence) -> Decision:
    """Combine the text's similarities, the held titles' similarities and the evidence."""
    w = WEIGHTS
    best = float(sims.max()) if sims.size else 0.0
    ranked_plain = [int(i) for i in np.argsort(-sims, kind="stable")]
    explain: dict[str, list[Contribution]] = {}
    if best < w["no_fit_similarity"]:
        return Decision(False, None, None, 0.0, None, ranked_plain, sims, round(min(best / w[
            "no_fit_similarity"], 1.0) * 0.2, 2), "low", False, {"fit": [Contribution(
                "best similarity to any title", f"{best:.3f} < {w['no_fit_similarity']}", 1.0)]})
    # --- track
    content = _normalised(_track_scores(ladder, sims))
    track_expl = [Contribution("whole text", f"{k} {v:.2f}", 1 - w["track_titles_share"])
                  for k, v in sorted(content.items(), key=lambda kv: -kv[1])[:3]]
    combined_track = dict(content)
    if title_sims is not None and float(title_sims.max()) > 0:
        held = _normalised(_track_scores(ladder, title_sims))
        share = w["track_titles_share"]
        combined_track = {k: (1 - share) * content[k] + share * held.get(k, 0.0) for k in content}
        track_expl += [Contribution("job titles held", f"{k} {v:.2f}", share)
                       for k, v in sorted(held.items(), key=lambda kv: -kv[1])[:3]]
    track = max(combined_track, key=combined_track.__getitem__)
    explain["track"] = track_expl
    # --- level
    level_expl: list[Contribution] = []
    band = _level_band(ladder, sims, ev, level_expl)
    level = _nearest_level(ladder, band, ev.effective_years)
    explain["level"] = level_expl
    # --- nearest title on that track and level
    level_band = ladder.level(level).band
    norm = sims / best
    combined = np.array([
        norm[i] + (w["title_track_bonus"] if t.track == track else 0.0)
        - w["title_level_penalty"] * abs(ladder.level(t.level).band - level_band)
        for i, t in enumerate(ladder.titles)
    ])
    ranked = [int(i) for i in np.argsort(-combined, kind="stable")]
    first, second = combined[ranked[0]], combined[ranked[1]] if len(ranked) > 1 else 0.0
    margin = float((first - second) / abs(first)) if first else 0.0
    strength = min(best / w["strong_similarity"], 1.0)
    confidence = round(strength * (0.55 + 0.45 * min(margin / (3 * w["close_call_margin"]), 1.0)), 2)
    label = "high" if confidence >= 0.6 else "medium" if confidence >= 0.35 else "low"
    return Decision(True, track, level, band, ranked[0], ranked, combined, confidence, label,
                    margin < w["close_call_margin"], explain)


def held_titles_text(ev: Evidence) -> str:
    """The job titles held (and headline), recent ones repeated more, as one text to compare with titles."""
    parts: list[str] = []
    for text, _, weight in _recent_titles(ev):
        parts.extend([text] * max(1, round(weight * 3)))
    if ev.headline:
        parts.append(ev.headline)
    return "\n".join(parts)


def level_of(ladder: Ladder, name: str) -> float:
    return ladder.level(name).band


