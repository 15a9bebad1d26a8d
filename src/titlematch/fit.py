"""Fit or no fit: whether a resume belongs on the ladder at all, and the reason when it does not (too little
similarity or vocabulary, job titles of another occupation, a cover letter, no software named on a software
ladder). The level and track of a resume that fits are decided in :mod:`scoring`."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .ladder_data import Title, name_key

if TYPE_CHECKING:
    from .corpus import Ladder
    from .evidence import Evidence

__all__ = ["is_a_ladder_title", "names_a_ladder_title", "no_fit_reason", "software_ladder"]


def no_fit_reason(best: float, ev: Evidence, coverage: float, ladder: Ladder | None = None) -> str | None:
    """Why the resume fits no title, or None. With ``ladder``, job titles that name one of its titles or aliases
    are its occupations, whatever the generic lexicon says (a ladder of support agents keeps its agents)."""
    from .occupations import GUEST_RE, PART_TIME_RE, VOLUNTEER_RE, is_other_occupation, is_technical_title
    from .scoring import WEIGHTS as w
    from .scoring import recent_titles

    if best < w["no_fit_similarity"]:
        return f"best similarity to any title {best:.3f} < {w['no_fit_similarity']}"
    latest = recent_titles(ev)[:1]
    technical = bool(latest) and is_technical_title(latest[0][0]) and not is_other_occupation(latest[0][0])
    if coverage < w["no_fit_coverage"] and not technical and not ev.other_language \
            and best < w["no_fit_coverage_max_similarity"]:
        # (a "Game Developer" whose words are mostly Unity's is still a developer: nearest title, low confidence)
        return f"only {coverage:.0%} of its words are in the ladder's vocabulary (another field?)"
    if ev.letter:
        return "reads like a cover letter (a salutation and a sign-off), not a resume"
    # A headline, or the words a profile opens with, naming another occupation ("Chartered Civil Engineer",
    # "Mechanical engineer with 13 years in refining") outweigh a generic title ("Senior Reliability Engineer")
    # that would vouch for the resume; such a person may also script a little (Python and SQL).
    named_self = [o for o in (ev.headline, ev.profile_occupation, ev.registration)
                  if o is not None and is_other_occupation(o)]
    other_self = bool(named_self)
    if other_self and best < w["other_self_similarity"] and ladder is not None and software_ladder(ladder.titles):
        # The chartered electrical engineer who writes Python tooling "and is not looking to change fields": on the
        # labelled set 246 of the 248 texts whose headline or profile names another occupation fit no title, and
        # the two that do are over 0.25 similar.
        return (f"the headline or profile names another occupation ({named_self[0]}) and the text is only "
                f"{best:.3f} similar to the ladder")
    # Executives write about organisations, not tools: a technology title vouches for them, and so, when the titles
    # are gone (content-only text), does running managers with one's own line to the CTO or CIO.
    if ladder is not None and ev.technologies is not None \
            and len(ev.technologies) <= (w["other_self_technologies"] if other_self else 1) \
            and best < w["no_technology_similarity"] and software_ladder(ladder.titles) \
            and (other_self or not (_title_vouches(
                ladder, [t for t, _, _ in latest] + ([ev.headline] if ev.headline else []))
                or (ev.manages_managers and ev.reports_to_technology_chief))):
        named = (f"names only one software or IT technology ({ev.technologies[0]})" if ev.technologies
                 else "names no software or IT technology")
        return f"it {named}, and the ladder's titles all work with them (another field?)"

    if ev.headline and is_technical_title(ev.headline) and not is_other_occupation(ev.headline):
        return None  # a career changer who presents as a developer is judged as one, on the evidence
    # A part-time job (the student's shifts at a grocery store) is not the occupation one holds, nor is
    # volunteering ("Volunteer tutor"), nor a job of the career before this one ("Before IT: customer service
    # officer at an insurance call centre").
    titles = [t.text for t in sorted(ev.titles, key=lambda t: (not t.present, -(t.end or 0), t.order))
              if not PART_TIME_RE.search(t.text) and not VOLUNTEER_RE.search(t.text) and not t.past_career
              and not t.aside and not GUEST_RE.match(t.text)]
    held = bool(titles)
    if ev.headline and not titles:
        titles = [ev.headline]  # a headline alone is weaker evidence than job titles: the similarity decides
    other = [t for t in titles if is_other_occupation(t) and not (ladder and names_a_ladder_title(ladder, t))]
    # A title of no particular occupation ("Subject Coordinator") or of two ("Technical Support Agent") says nothing
    # either way: the titles that name one decide ("Mathematics Teacher" under it).
    decisive = [t for t in titles if (t in other) != is_technical_title(t)]
    if decisive:
        titles, other = decisive, [t for t in other if t in decisive]
    if titles and titles[0] in other and ((held and len(other) == len(titles)) or (
            len(other) * 2 >= len(titles) and best < w["off_ladder_titles_similarity"])):
        what = "job titles held name" if held else "headline names"
        return (f"the {what} another occupation ({'; '.join(other[:2])}) and the text is only {best:.3f} similar "
                "to the ladder")
    return None


@lru_cache(maxsize=8)
def software_ladder(titles: tuple[Title, ...]) -> bool:
    """Whether the ladder's own text names at least ten software/IT technologies: then a resume that names at
    most one is of another field (a structural engineer's, a port planner's), however its generic words
    ("design", "systems", "engineer") match. A ladder of nurses or chefs never applies the rule."""
    from .occupations import technologies

    text = "\n".join(" ".join((t.name, *t.descriptions, t.vocabulary, *t.skills, *t.aliases)) for t in titles)
    return len(technologies(text.lower(), enough=10)) >= 10


def _title_vouches(ladder: Ladder, titles: list[str]) -> bool:
    """Whether the latest job title or the headline says the person works on the ladder without naming tools:
    it is a ladder title or alias but for seniority words ("Senior Software Engineer"; not "Senior Building
    Services Engineer", which only contains the alias "Services Engineer"), it names software or IT work ("IT
    Intern"), or it is a technical leadership title ("Director of Quality": executives write about organisations,
    not tools)."""
    from .occupations import is_it_title, is_other_occupation, is_technical_title, title_band

    return any(not is_other_occupation(t) and (is_a_ladder_title(ladder, t) or is_it_title(t) or (
        is_technical_title(t) and (title_band(t) or 0.0) >= 3.0)) for t in titles)


def is_a_ladder_title(ladder: Ladder, held: str) -> bool:
    """The held title is a ladder title or alias as written, or is one once its grade words are dropped."""
    from .occupations import title_words, without_seniority

    names = _ladder_names(ladder.titles)
    return title_words(held) in names or without_seniority(held) in names


@lru_cache(maxsize=8)
def _ladder_names(titles: tuple[Title, ...]) -> frozenset[str]:
    from .occupations import title_words

    return frozenset(title_words(n) for t in titles for n in (t.name, *t.aliases))


def names_a_ladder_title(ladder: Ladder, held: str) -> bool:
    key = f" {name_key(held)} "
    return any(f" {name_key(n)} " in key for t in ladder.titles for n in (t.name, *t.aliases))
