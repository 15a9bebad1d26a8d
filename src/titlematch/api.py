"""The library API: load a model once, score resumes (files, bytes or text) into :class:`Result` objects.

>>> from titlematch import load_matcher      # doctest: +SKIP
>>> matcher = load_matcher()                  # doctest: +SKIP
>>> matcher.match("resume.pdf").title         # doctest: +SKIP
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .dates import DateRange
from .errors import InputError, LimitError, ModelError
from .evidence import Evidence, Role, gather
from .extract import Document, Limits, extract
from .fit import software_ladder
from .ladder import next_steps
from .lazy_re import lazy
from .model import Model, TextVector, load_model
from .occupations import (
    GUEST_RE,
    PART_TIME_RE,
    STUDENT_JOB_RE,
    VOLUNTEER_RE,
    Anchored,
    other_language_share,
    technologies,
)
from .resources import default_corpus, resolve_model_dir
from .result import Result, ScoredTitle
from .scoring import WEIGHTS, best_first, decide, held_titles_text, recent_titles

__all__ = ["Matcher", "Options", "iter_matches", "load_matcher", "match"]

Source = str | os.PathLike[str] | bytes
MIB = 1024 * 1024


@dataclass(frozen=True)
class Options:
    pdf_engine: str = "pdfium"
    password: str | None = None
    limits: Limits = field(default_factory=Limits)
    top: int = 5
    include_text: bool = False
    today: date | None = None


class Matcher:
    """A loaded model plus options; reuse one for many resumes."""

    def __init__(self, model: Model, options: Options | None = None) -> None:
        from .scoring import practice_tracks, track_background

        self.model = model
        self.options = options or Options()
        self.background = track_background(model.ladder, model.postings)
        self.practice_tracks = practice_tracks(model.ladder)

    @property
    def ladder(self) -> object:
        return self.model.ladder

    # ------------------------------------------------------------------ inputs
    def match(self, source: Source, name: str | None = None) -> Result:
        """Score a path, ``-`` (standard input) or raw bytes. Input problems come back in ``Result.error``."""
        if isinstance(source, bytes | bytearray):
            return self.match_bytes(bytes(source), name or "<bytes>")
        path = os.fspath(source)
        if path == "-":
            return self.match_bytes(_read_stdin(self.options.limits), name or "-")
        label = name or path
        try:
            data = _read_file(Path(path), self.options.limits)
        except InputError as exc:
            return self._error(label, exc)
        return self.match_bytes(data, label)

    def match_bytes(self, data: bytes, name: str) -> Result:
        try:
            doc = extract(data, name, pdf_engine=self.options.pdf_engine, password=self.options.password,
                          limits=self.options.limits)
        except InputError as exc:
            return self._error(name, exc)
        return self.match_document(doc, name)

    def match_text(self, text: str, name: str = "<text>") -> Result:
        return self.match_document(Document(text=text, kind="text"), name)

    # ------------------------------------------------------------------ scoring
    def match_document(self, doc: Document, name: str) -> Result:
        model, ladder = self.model, self.model.ladder
        text = doc.text
        vec = model.vectorize(text)  # the text is analysed once; everything below reuses it
        sims = model.similarities(vec)
        ev = gather(text, self.options.today)
        _role_relevance(model, ev)
        if sims and max(sims) < WEIGHTS["no_technology_similarity"]:
            ev.technologies = technologies(text.lower(), enough=3)
        if vec.coverage < WEIGHTS["no_fit_coverage"]:
            ev.other_language = other_language_share(text.lower()) >= WEIGHTS["other_language_share"]
        held = held_titles_text(ev)
        title_sims = model.similarities(held) if held else None
        latest = recent_titles(ev)[:1]
        latest_sims = model.similarities(latest[0][0]) if latest else None
        d = decide(ladder, sims, title_sims, ev, vec.coverage, self.background, latest_sims, self.practice_tracks)
        # The chosen title first, then the others by plain similarity.
        by_similarity = best_first(sims)
        order = ([d.title_index] if d.title_index is not None else []) + \
            [i for i in by_similarity if i != d.title_index]
        top = [ScoredTitle(ladder.titles[i].name, ladder.titles[i].level, ladder.titles[i].track,
                           round(sims[i], 4)) for i in order[: self.options.top]]
        result = Result(file=name, pages=doc.pages, kind=doc.kind, notes=list(doc.notes), ladder=ladder.name)
        result.top = top
        result.title_scores = [round(x, 4) for x in sims]
        result.fit = d.fit
        result.confidence, result.confidence_label, result.close_call = d.confidence, d.confidence_label, d.close_call
        result.explain = d.explain
        best_index = d.title_index if d.title_index is not None else sims.index(max(sims))
        result.evidence = {
            "years": ev.years,
            "relevant_years": ev.relevant_years,
            "claimed_years": ev.claimed_years,
            "dated_roles": ev.dated_roles,
            "first_year": ev.first_year,
            "last_year": ev.last_year,
            "titles_held": [t.text for t in ev.titles[:6]],
            "signals": ev.signals,
            "top_terms": [t for t, _ in model.term_contributions(vec, best_index, top=8)],
            "track_terms": _track_terms(model, vec, d.track),
            "seniority_band": round(d.band, 2),
        }
        if not d.fit:
            result.score = round(max(sims), 4) if sims else 0.0
            result.notes.append("fits no title on the ladder well (another profession, or not a resume?)")
        else:
            assert d.title_index is not None
            chosen = ladder.titles[d.title_index]
            result.title, result.level, result.track = chosen.name, d.level, d.track
            result.score = round(sims[d.title_index], 4)
            result.next_steps = next_steps(ladder, chosen, vec.prepared, ev, model.preprocessor, level=d.level,
                                           similarity=sims)
        if self.options.include_text:
            result.text = text
        return result

    @staticmethod
    def _error(name: str, exc: InputError) -> Result:
        return Result(file=name, error=exc.message, error_kind=exc.kind, fit=False)


def _role_relevance(model: Model, ev: Evidence) -> None:
    """Set ``ev.relevant_years``: years in roles that fit the ladder. What is no work experience does not count
    (see :func:`_not_experience`); a role introduced as an earlier career, whose title names another occupation,
    or (with no technical title) whose description shares almost nothing with the ladder, is a career changer's
    earlier life and does not count either, nor does what came before that change, or before a coding bootcamp,
    and names no technology."""
    from .dates import merged_months
    from .occupations import is_it_title, is_operations_title, is_other_occupation, is_technical_title

    relevant: list[DateRange] = []
    # The move from IT operations into the ladder's own work: when the first role with a technical title that is
    # no operations title began (years of administering servers before it count half; see
    # operations_title_words in data/signals.toml). Looked for only when some role has such a title.
    operations = [r for r in ev.roles if r.title and is_operations_title(r.title)]
    moved_in = min((r.start for r in ev.roles if r.title and r not in operations and is_technical_title(r.title)
                    and not _not_experience(r, ev)), default=None) if operations else None
    other_careers: list[tuple[int, int]] = []
    undecided: list[tuple[DateRange, str]] = []  # roles without a technical title, and their descriptions
    changed_at = -1  # when the latest other career ended
    titled = [r for r in ev.roles if r.title]
    for role in ev.roles:
        if _not_experience(role, ev) or (not role.title and _spans_the_career(role, titled)):
            continue
        technical = bool(role.title and is_technical_title(role.title))
        if role.past_career or (role.title and is_other_occupation(role.title)) or (
                not technical and _off_ladder_block(model, role.text, titled=bool(role.title))):
            if role.title:  # an untitled block (activities, a long list) is no career of its own
                other_careers.append((role.start, role.end))
            changed_at = max(changed_at, role.end)
            continue
        span = DateRange(role.start, role.end, 0, (0, 0), False)
        operations_before = moved_in is not None and role.start < moved_in and role in operations
        if operations_before or _part_time(role) or (not role.title and PART_TIME_RE.search(_line_above(role))):
            # A part-time job's years are half a full-time job's: counted from half-way through it. So are the
            # years of IT operations before a move into the ladder's work.
            span = _second_half(span)
        if technical and (is_it_title(role.title) or not (ev.retrained and role.start < ev.retrained[0])):
            relevant.append(span)
        else:
            undecided.append((span, role.text))
    # A bootcamp changed the career: what began before it and ended by its end (the teaching one wound down
    # during a part-time bootcamp) was the earlier one.
    boot = ev.retrained
    if boot is not None:
        changed_at = max(changed_at, boot[0] - 1)
    elif ev.moved_into_tech:
        # "I moved into IT" and no year: the change came with the first job that names technology or has a
        # technical title (content-only text: the hotel years above the support desk are named by neither), and not
        # when the last job named as another occupation ended ("Call Centre Agent" before "Team Leader").
        firsts = [r.start for r in ev.roles if not _not_experience(r, ev) and (
            (r.title and is_technical_title(r.title)) or technologies(r.text.lower(), enough=1))]
        if firsts:
            changed_at = max(changed_at, min(firsts) - 1)
    if changed_at >= 0 and software_ladder(model.ladder.titles):
        # What came before the change of career, or during the other career, with no technical title and no
        # software or IT technology named, was that career too (the hotel jobs before the bistro a chef ran).
        # Before a bootcamp a script or two is still the earlier career (the warehouse supervisor's Python that
        # flagged late orders): a job there counts only when it is mostly technology (three named).
        def kept(r: DateRange, block: str) -> bool:
            before_boot = boot is not None and r.start < boot[0] and r.end <= boot[1] + 2
            return (r.end > changed_at and not before_boot) or \
                len(technologies(block.lower(), enough=3)) >= (3 if before_boot else 1)

        undecided = [(r, block) for r, block in undecided if kept(r, block)]
        if boot is not None:
            # Technology work before the change (the years of administering a council's servers before "moving
            # into DevOps in 2023"): counted half, as IT operations before a move into the ladder's work are.
            undecided = [(_second_half(r) if r.start < boot[0] and r.end <= boot[1] + 2 else r, block)
                         for r, block in undecided]
    for r, _ in undecided:
        # A role with a generic title held inside another career's years is part of it ("Head of Year 10" while
        # a teacher; "Assistant Manager" at the hotel).
        inside = sum(max(0, min(r.end, b) - max(r.start, a) + 1) for a, b in other_careers)
        if inside * 2 < r.months:
            relevant.append(r)
    if ev.roles:
        ev.relevant_years = round(merged_months(relevant) / 12.0, 1)


def _spans_the_career(role: Role, titled: list[Role]) -> bool:
    """Whether an untitled dated line spans the whole of two or more titled jobs: the profile's summary of the
    career ("I am working in IT since 2012. First years in helpdesk, after as network administrator ..."), not
    a job of its own; its years are the jobs' and are counted as theirs (the helpdesk's at half weight)."""
    return len(titled) >= 2 and role.start <= min(r.start for r in titled) + 12 and \
        role.end >= max(r.end for r in titled)


def _second_half(span: DateRange) -> DateRange:
    """The second half of a span of months: how a span that counts half is counted."""
    return DateRange(span.start + (span.end - span.start + 1) // 2, span.end, 0, (0, 0), False)


def _not_experience(role: Role, ev: Evidence) -> bool:
    """Internships and traineeships, jobs beside one's studies, and volunteering (unless its title is technical)
    are no years of work experience. An apprenticeship is: a job with training, not training with a placement."""
    from .occupations import is_technical_title, title_band

    header = role.text.split("\n", 1)[0]
    trainee = role.title and title_band(role.title) == 0.0 and "apprentic" not in role.title.lower()
    if trainee or (len(header) <= 160 and STUDENT_JOB_RE.search(header)) \
            or STUDENT_JOB_RE.search(role.title) or _opens_with(role, STUDENT_JOB_RE):
        return True
    if not role.title and _INTERNSHIP_RE.search(_line_above(role)):
        return True  # no title (content-only text), but the line above says: "— Example B.V. (graduation internship)"
    if VOLUNTEER_RE.search(role.near) and not (role.title and is_technical_title(role.title)):
        return True  # "Volunteer tutor with a Saturday coding club (2022-2024)"; a volunteer developer's years count
    if GUEST_RE.match(role.title):
        return True  # "Guest lecturer, Example College, one evening a term since 2021"
    if _OWN_PROJECT_RE.search(header):
        return True  # "Home Lab Kubernetes Cluster (2024 – present)", "Meal-Train Scheduler (personal project, 2023 –)"
    # A part-time job, or a short one without a senior title, that ended by the time the first degree was done was
    # a student's job (an internship, a weekend helpdesk, a part-time shift lead); not years of engineering beside
    # a long degree, nor a manager's job beside a degree finished late. So was a job at a university without a
    # senior title (the teaching assistant during the master's), and a job with no title at all in those years
    # (content-only text, where "IT Service Desk Intern" or "(part-time, during studies)" went with the title).
    # A part-time job begun during the degree may run on for a while after it (the campus helpdesk shifts of
    # someone who graduated in June): still the student's job, for up to a year.
    if ev.graduated is None or role.start < ev.graduated - WEIGHTS["student_job_years"] * 12:
        return False
    if (_part_time(role) or _FREELANCE_RE.search(role.title)) and role.end <= ev.graduated + 12:
        return True  # (freelancing through the degree: "Freelance web developer, 2022 – 2024", graduated 2024)
    return role.end <= ev.graduated + 3 and bool(not role.title or ((title_band(role.title) or 0.0) < 1.0 and (
        role.end - role.start < 12 or _UNIVERSITY_RE.search(role.near))))


_FREELANCE_RE = lazy(r"(?i)\bfree-?lance")


def _part_time(role: Role) -> bool:
    """Whether the role's title or its dates' line says part-time, or (no title) a line under it opens saying so."""
    return bool(PART_TIME_RE.search(role.title) or PART_TIME_RE.search(role.text.split("\n", 1)[0])
                or _opens_with(role, PART_TIME_RE))


def _opens_with(role: Role, pattern: Anchored) -> bool:
    """With no title beside the dates (content-only text), whether one of the two lines under the dates' line (the
    employer's, a first bullet) opens by saying how the job was held, or is a short line that says it: "(part-time,
    during my master's)", "- 16 Std./Woche während des Studiums"; not a bullet about others ("... and a part-time
    designer")."""
    if role.title:
        return False
    lines = [ln.strip().lstrip("-–•*·( ") for ln in role.text.split("\n", 4)[1:4] if ln.strip()][:2]
    return any(pattern.match(ln) or (len(ln) <= 60 and pattern.search(ln)) for ln in lines)


# An internship named beside the employer when the title is missing.
_INTERNSHIP_RE = lazy(r"(?i)\bintern(?:ship)?s?\b|\bwork placement\b|\bplacement year\b|\bco-?op\b")


def _line_above(role: Role) -> str:
    """The line just above a role's dates (its title or employer line), from the lines kept beside it."""
    near = role.near.split("\n")
    return near[-2] if len(near) >= 2 else ""


# One's own project, built in one's own time: no years of work.
_OWN_PROJECT_RE = lazy(r"(?i)\bhome[- ]?lab\b|\b(?:personal|side|hobby|pet) project\b")


# An employer that is a university (the line with the dates or the two above it).
# (a students' union or society is the students' own: "Northmoor Students' Union, 2022 – 2024" during the degree)
_UNIVERSITY_RE = lazy(r"(?i)\b(?:university|universit[àäé]t?|college|polytechnic|institute of technology|"
                            r"students?['’]? (?:union|society|council|association))\b")


# An employer that names itself a café, a restaurant, a bar or a hotel.
_HOSPITALITY_RE = lazy(r"(?i)\b(?:caf[eé]s?|coffee|restaurants?|bistro|brasserie|bar|hotels?|bakery|"
                             r"pizzeria|diner|takeaway|catering)\b")


def _off_ladder_block(model: Model, block: str, titled: bool = True) -> bool:
    """A role whose own description shares almost nothing with the ladder (the store a career changer ran), or,
    for a role without a title on a software ladder, names no software or IT technology and shares little of its
    vocabulary (the science department a teacher ran). A titled role is judged by its title first; its words may be
    run together by a PDF ("Lead DrupalDeveloper") and name no technology the lexicon can see."""
    body = [ln for ln in block.splitlines()[1:] if ln.strip()]
    head = block.split("\n", 1)[0]
    if not titled and not body and len(head.split()) <= 8 and _HOSPITALITY_RE.search(head):
        return True  # no title and no description, at a café, a restaurant or a hotel ("Harbour Café, , 2022–2025")
    if len(body) < 2 and (sum(len(ln.split()) for ln in body) < (12 if titled else 6) or (
            not titled and technologies(block.lower(), enough=1))):
        # Too little to judge. A titled role's one long line is enough (its title is no help); so is an untitled
        # role's line of six words that names no technology (the bookshop job of a support analyst whose titles
        # were removed: "Customer service, till, stock and the odd difficult customer").
        return False
    if not titled and len(technologies(block.lower(), enough=2)) >= 2:
        return False  # what it built, with what: "the ledger service (Java, PostgreSQL)", whatever its domain words
    vec = model.vectorize(block)
    if not titled and vec.coverage < WEIGHTS["off_ladder_untitled_coverage"] and \
            max(model.similarities(vec)) < WEIGHTS["off_ladder_untitled_similarity"] and \
            software_ladder(model.ladder.titles) and not technologies(block.lower(), enough=1):
        return True  # the teacher's years: "taught chemistry; built a spreadsheet tool for lab bookings"
    if vec.coverage >= WEIGHTS["off_ladder_role_coverage"]:
        return False
    if max(model.similarities(vec)) < WEIGHTS["off_ladder_role_similarity"]:
        return True
    return not titled and software_ladder(model.ladder.titles) and not technologies(block.lower(), enough=1)


def _track_terms(model: Model, text: TextVector, track: str | None, top: int = 8) -> list[str]:
    if track is None:
        return []
    scores: dict[str, float] = {}
    for i, t in enumerate(model.ladder.titles):
        if t.track == track:
            for term, c in model.term_contributions(text, i, top=top):
                scores[term] = scores.get(term, 0.0) + c
    return [t for t, _ in sorted(scores.items(), key=lambda kv: -kv[1])[:top]]


def too_big(limits: Limits, size: int | None = None, what: str = "the file") -> LimitError:
    """The one wording of an over-size input (MiB, as --max-bytes counts)."""
    if size is None:
        return LimitError(f"{what} is over the {limits.max_bytes / MIB:g} MiB limit (raise it with --max-bytes)")
    return LimitError(f"{what} is {size / MIB:.1f} MiB, over the {limits.max_bytes / MIB:g} MiB limit "
                      "(raise it with --max-bytes)")


def read_error(exc: OSError, permission_hint: str = "check the file's permissions") -> InputError:
    """The one wording of a file that cannot be read, local or remote."""
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file")
    if isinstance(exc, PermissionError):
        return InputError(f"permission denied; {permission_hint}")
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory; pass files, or the directory to batch-score it")
    return InputError(f"cannot read the file ({exc.strerror or type(exc).__name__})")


def _read_file(path: Path, limits: Limits) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError("is a directory; pass files, or the directory to batch-score it")
        if size > limits.max_bytes:
            raise too_big(limits, size)
        with path.open("rb") as fh:
            return fh.read(limits.max_bytes + 1)
    except ValueError:  # a NUL byte in the path: a NUL-separated list read as lines
        raise InputError("the path holds a NUL byte; for lists from find -print0 use --files-from with --null") \
            from None
    except OSError as exc:
        raise read_error(exc) from None


def _read_stdin(limits: Limits) -> bytes:
    data = sys.stdin.buffer.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise too_big(limits, what="standard input")
    return data


def load_matcher(model_dir: str | os.PathLike[str] | None = None, options: Options | None = None) -> Matcher:
    """Load the model (``model_dir``, else ``$TITLEMATCH_MODEL``, else the shipped one) into a Matcher."""
    directory, is_default = resolve_model_dir(model_dir)
    expected = None
    if is_default:
        corpus = default_corpus()
        try:
            expected = corpus.read_bytes()
        except OSError:
            raise ModelError("the shipped ladder is missing; reinstall titlematch", source=str(corpus)) from None
    return Matcher(load_model(directory, expected_corpus=expected), options)


def match(source: Source, *, model_dir: str | os.PathLike[str] | None = None, **options: object) -> Result:
    """Score one resume with the default (or given) model: ``match("cv.pdf").title``."""
    return load_matcher(model_dir, Options(**options)).match(source)  # type: ignore[arg-type]


def iter_matches(sources: Iterable[Source], *, model_dir: str | os.PathLike[str] | None = None,
                 **options: object) -> Iterator[Result]:
    """Score many resumes in this process, in order (see ``titlematch.batch`` for worker processes)."""
    matcher = load_matcher(model_dir, Options(**options))  # type: ignore[arg-type]
    for s in sources:
        yield matcher.match(s)
