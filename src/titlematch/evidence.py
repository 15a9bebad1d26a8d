"""Evidence of seniority that does not depend on the ladder: dated years of experience, job titles held,
scope of leadership, and signals used for advice (certifications, community, track record).

Everything here works on generic English resume language; the lexicon lives in ``data/signals.toml``, read
and classified in :mod:`occupations`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .dates import DateRange, find_ranges, merged_months
from .lazy_re import lazy
from .occupations import (
    PART_TIME_RE,
    STUDENT_JOB_RE,
    engineering_industry,
    is_other_occupation,
    is_personal_data_line,
    is_technical_title,
    lexicon_patterns,
    occupation_nouns,
    plural_noun,
    practices,
    title_band,
)
from .scope import (
    CLAIMED_RE,
    CLAIMED_WITH_RE,
    ROLE_DURATION_RE,
    STUDENT_NOW_RE,
    STUDENT_RE,
    largest_team,
    line_at,
    read_scope,
    recent_budget,
    reports_below_executive,
    short,
    word_char_at,
    years_number,
)

__all__ = ["Evidence", "HeldTitle", "gather"]


@dataclass(frozen=True)
class HeldTitle:
    text: str
    band: float | None  # seniority band the title words say, None when they say nothing
    end: int | None  # months index of when it ended (None when undated)
    present: bool
    order: int  # position in the document (0 = first)
    past_career: bool = False  # held in a career before this one (its role's flag)
    aside: bool = False  # held part-time or beside one's studies, as its line or dates' line says


@dataclass(frozen=True)
class Role:
    """A dated stretch of work and the title found beside it (empty when none was found)."""

    start: int
    end: int
    title: str
    text: str = ""  # the lines that describe the role (up to the next dated line)
    past_career: bool = False  # introduced as a career before this one ("Before tech: ...")
    near: str = ""  # the dated line and the two above it (title, employer)


@dataclass
class Evidence:
    """What the resume shows, independent of any ladder."""

    years: float = 0.0  # dated work experience, overlaps counted once
    claimed_years: float | None = None  # "10+ years of experience"; without dates, role durations added up
    dated_roles: int = 0
    first_year: int | None = None
    last_year: int | None = None
    titles: list[HeldTitle] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    relevant_years: float | None = None  # years in roles whose title fits the ladder (set by the matcher)
    # When a first degree (bachelor's) was completed, in months since year 0 (June of its last year); None when
    # no dated bachelor's degree is listed. Jobs that end by then are a student's.
    graduated: int | None = None
    # When a coding bootcamp began and ended, or the year one says one moved into tech (month indexes); None
    # without either.
    retrained: tuple[int, int] | None = None
    # The profile says one moved into tech but not when ("I moved into IT because ..."): the first job that names
    # technology marks the change.
    moved_into_tech: bool = False
    headline: str | None = None
    # The occupation the profile opens with ("Chartered mechanical engineer with 14 years in oil & gas"), headline
    # or not; None when the profile opens otherwise or with a past occupation.
    profile_occupation: str | None = None
    # A professional registration among the first lines ("Registered architect (Architectenregister), 2013",
    # "Chartered Engineer, IStructE"): the profession one is registered in.
    registration: str | None = None
    letter: bool = False  # reads like a cover letter, not a resume
    # Written in another language than English (see occupations.other_language_share); the matcher looks only when
    # few of the text's words are in the ladder's vocabulary.
    other_language: bool = False
    studying: bool = False  # still a student (expected graduation, looking for an internship)
    # The degree in progress comes after a bachelor's completed earlier ("MBA in Cloud Computing (in progress,
    # evenings), expected 2027" under a 2018-2022 bachelor's), or is a postgraduate one: study beside a career, not a
    # student's first degree.
    further_study: bool = False
    small_org: bool = False  # the latest employer is a seed-stage startup or a company of a few dozen people
    team_size: int = 0  # largest team or organisation led/managed
    # Largest team stated above the second dated role (headline, summary, latest role); only looked for when the
    # latest title is an executive's (0 otherwise, or when none is stated).
    recent_team_size: int = 0
    manages_managers: bool = False
    # The resume says one manages nobody ("I have no direct reports", "I don't manage people"): see
    # scope._NO_REPORTS_RE.
    manages_nobody: bool = False
    manages_directors: bool = False  # the managers managed include directors or heads of functions
    reports_below_executive: bool = False  # reports now to a director, a head or a VP (so is not an executive)
    budget_musd: float = 0.0  # largest budget owned, in millions
    executive_scope: bool = False  # board, executive team, reports to CEO, company-wide strategy
    reports_to_technology_chief: bool = False  # one's own line to the CTO, CIO or another chief of technology
    # The resume says its executive title is a grade or rank at the employer ('"Vice President" is a corporate grade at
    # my bank, not a management role'), not a role.
    title_is_grade: bool = False
    leads: bool = False  # technical leadership: led design, mentored, tech lead
    # The group the latest title's line or the headline names when it is the platform itself ("Engineering
    # Manager, Core Platform", "Head of Platform Engineering"), not a product's ("Commerce Platform"): the words
    # found, or None. Read for leaders only (see scoring.WEIGHTS["platform_group_bonus"]).
    platform_group: str | None = None
    student: bool = False  # education-only / student signals and no dated roles
    # The first three software/IT technologies named; None when not looked for (the matcher looks only when the
    # text is too unlike the ladder to fit on its similarity alone).
    technologies: list[str] | None = None
    signals: dict[str, list[str]] = field(default_factory=dict)  # name -> matched phrases (for --explain)
    # Kind of practice -> the distinct practices of that kind named ("architecture": ["reference architecture",
    # "architecture decision records", ...]); see occupations.practices.
    practices: dict[str, list[str]] = field(default_factory=dict)

    @property
    def years_known(self) -> bool:
        return self.dated_roles > 0 or self.claimed_years is not None

    @property
    def effective_years(self) -> float:
        """Years for seniority: in roles that fit the ladder when known, else all dated years, else claimed."""
        if self.years >= 0.5:
            return self.relevant_years if self.relevant_years is not None else self.years
        return self.claimed_years or 0.0


# --------------------------------------------------------------------------------------------- sections


def _section_kinds(lines: list[str]) -> list[str]:
    """For every line, the kind of section it sits in: experience, education, other, or top."""
    heads = lexicon_patterns()["heading"]
    kind, out = "top", []
    previous = ""
    for line in lines:
        raw = line.strip()
        s = raw.lower()
        if len(s) <= 80 and _DIGIT_RE.search(s):  # (a C-speed test: this runs on every line of every resume)
            # the total a heading states ("Work Experience — 8 years", "경력사항 (Career) — 총 13년 10개월")
            s = _HEADING_TOTAL_RE.sub("", s)
        # A heading glossed in another language is either of its halves ("AUSBILDUNG (Education)",
        # "BERUFSERFAHRUNG (Professional Experience)", "FORMACIÓN / EDUCATION"); the pattern only runs on a short
        # line with a bracket or a spaced slash or bar.
        gloss = _GLOSSED_HEADING_RE.match(s) if len(s) <= 80 and ("(" in s or " /" in s or " |" in s) else None
        parts = [g for g in gloss.groups() if g and _short(g)] if gloss else (s,) if _short(s) else ()
        if parts and not _continues_a_sentence(raw, previous):
            kind = next((k for part in parts for k in ("education", "experience", "other") if heads[k].match(part)),
                        kind)
        out.append(kind)
        previous = raw
    return out


def _short(s: str) -> bool:
    """Short enough for a heading: up to 40 characters and four words."""
    return 0 < len(s) <= 40 and len(s.split()) <= 4


_DIGIT_RE = lazy(r"\d")
# A total of years (and months) after a heading, behind a dash, a colon or in brackets, "total" in a few languages
# before it: "— 8 years", "(12+ yrs)", ": 15 Jahre", "— 총 13년 10개월" (Korean: "in all 13 years 10 months").
_HEADING_TOTAL_RE = lazy(
    r"\s*(?:[—–:|-]\s*\(?|\()\s*(?:(?:in\s+)?total|overall|insgesamt|gesamt|총|計|合計|共)?\s*:?\s*"
    r"\d{1,2}(?:[.,]\d)?\s*\+?\s*(?:years?|yrs?|jahre|años|anos|ans|anni|jaar|lat|년|年)\s*"
    r"(?:(?:and\s+)?\d{1,2}\s*(?:months?|mos?|monate|meses|mois|mesi|maanden|개월|ヶ月|か月|个月))?\s*\)?\s*$")

# "X (Y)", "X / Y", "X | Y" with no digits: a line with dates is a job's ("Volunteer Math Tutor 09/2015 to Current").
_GLOSSED_HEADING_RE = lazy(r"^\W*([^()/|\d]+?)\s*(?:\(([^()\d]+)\)|\s[/|]\s+([^()/|\d]+?))\W*$")


def _continues_a_sentence(raw: str, previous: str) -> bool:
    """A short line that ends a wrapped sentence, not a heading: "training them." under "... hiring senior
    engineers from inside the bank and"; a lower-case line right after a line that stops mid-sentence."""
    if raw.endswith(".") and " " in raw:
        return True
    return raw[:1].islower() and bool(previous) and (previous[-1:].isalnum() or previous[-1:] == ",")


def _names_studies(line: str) -> bool:
    """Whether the line under bare dates names the studies they are of ("BSc Computer Science, Example
    University"): an education line, and not a bullet's sentence about work that names a school ("* Built REST APIs
    for client projects: a school fees portal, an SME invoicing tool, a logistics booking app")."""
    s = line.strip()
    words = len(s.split())
    # (a bullet of over ten words, or a paragraph of over 25: prose about the work)
    sentence = words > 25 or (s[:1] in _BULLET_CHARS and words > 10)
    if sentence:
        if _STUDIES_BEFORE_RE.search(s):
            return False  # "– Joined the payments squad straight from bootcamp. Built ...": the job after the studies
        # "... a connection-pool limit that would have capped us at half of the expected peak": no graduation
        line = _EXPECTED_NOT_STUDIES_RE.sub(" ", line)
    # (a bullet's sentence that says what was studied still does: "- 24-week full-time bootcamp: JavaScript")
    return _is_education_line(line, institutions=not sentence)


# "Expected" that says nothing of a graduation ("the expected peak"; not "expected 2027", "expected graduation: May").
_EXPECTED_NOT_STUDIES_RE = lazy(r"(?i)\bexpected\b(?!\s*(?:graduation|to graduate|in\b|[:(]|\d|"
                                      r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))")


# Studies named as what came before the work a sentence is about ("straight from bootcamp", "after my degree").
_STUDIES_BEFORE_RE = lazy(r"(?i)(?<!graduated )(?<!graduating )\b(?:from|after|out of|following)\s+"
                                r"(?:(?:a|an|the|my|our)\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:bootcamp|course|degree|graduation|university|college|studies)\b")


def _job_title_above(lines: list[str], line: int) -> bool:
    """Whether the line above a bare date range holds a job's title ("Software Developer — Tausi Digital Ltd" over
    "Sep 2023 – Dec 2024"): then a school or a degree named in the first bullet below ("REST APIs for five client
    projects (school fees, ...)") does not make the dates a course's."""
    above = lines[line - 1] if line > 0 else ""
    return bool(above.strip()) and not _is_education_line(above) and bool(_title_part(above, None))


def _is_education_line(line: str, institutions: bool = True) -> bool:
    """Whether a line names studies: a degree, a course, a school's label, or (with ``institutions``) a school,
    college or university one attended."""
    c = lexicon_patterns()
    low = line.lower()
    if "master" in low:
        low = c["not_degree_re"].sub(" ", low)
    if " ba" in low:
        low = _COUNTED_BA_RE.sub(" ", low)  # "(5 developers, 1 tester, 1 BA)": a business analyst, counted
    if c["edu_re"].search(low) or c["edu_label_re"].match(low):
        return True
    if not institutions or not c["institution_re"].search(low):
        return False
    # A job at a school ("Computer Science Teacher | Lincoln High School") is work; a student's role there is not.
    return not any(n not in c["student_roles"] for n in occupation_nouns(low))


# (a count of people, not a year: "June 2016 BA Economics" names the degree)
_COUNTED_BA_RE = lazy(r"(?<!\d)\d{1,3}\s+bas?\b")


# ----------------------------------------------------------------------------------------------- titles


_SMALL_WORDS = {"of", "and", "&", "the", "for", "in", "de", "du", "la", "y", "und", "et", "at", "to", "a", "an",
                "on", "with", "/", "-", "–", "—"}


_BULLET_CHARS = "•●▪◦■□►▶➢✓✔·*-–—▸>+"


_ORG_UNIT_RE = lazy(r"(?i)(?:the\s+)?(?:office|department|dept\.?|division|ministry|bureau|agency|school|faculty)"
                          r"\s+(?:of|for)\b")


# The last words of a section heading, never of a job title.
_HEADING_ENDS = frozenset(("summary", "profile", "overview", "highlights", "achievements", "objective"))


def _looks_like_title(line: str, dated: bool = False) -> bool:
    """A short, name-like phrase holding a job noun: "Senior Software Engineer", "Head of Platform"; on a job's
    dated line (``dated``) also in sentence case ("2024–2025: Service desk intern, Grupo Agave Digital").

    Sentences ("Led 9 architects across claims"), bullets and long lines are not titles."""
    s = line.strip()
    if not s or len(s) > 80 or s[0] in _BULLET_CHARS or s[0].isdigit() or s.endswith((".", ";", ":")):
        return False
    if "*" in s or "•" in s:
        return False
    if _ORG_UNIT_RE.match(s):  # "Office of the CIO", "Department of Transport": a place, not a job
        return False
    words = s.replace("(", " ").replace(")", " ").split()
    if not 1 <= len(words) <= 8:
        return False
    if words[0].islower() and words[0] in _SMALL_WORDS:
        return False  # "and the Chief Digital Officer": the wrapped end of a sentence, not a title
    if len(words) > 1 and words[0].lower() in ("reporting", "reports", "reported") and words[1].lower() == "to":
        return False  # "Reporting to Vice President": whom one reports to, not one's title
    if words[-1].lower() in _HEADING_ENDS:
        return False  # "EXECUTIVE SUMMARY", "Leadership Profile": a section's heading, whatever job noun it holds
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    if _company_named_like_a_job(s):
        return False
    # How the job was held is written in lower case ("Sales Assistant (summer jobs)", "(part-time)"): the capitals
    # are counted on the name outside it.
    outside = _BRACKETED_RE.sub(" ", s)
    named = [w for w in outside.replace("(", " ").replace(")", " ").split() if w.lower() not in _SMALL_WORDS] \
        if outside != s and occupation_nouns(outside.lower()) else content
    # ("iOS", "macOS", "eCommerce": a product's own capitals count)
    capitalised = sum(1 for w in named if w[:1].isupper() or w[:1].isdigit() or not w[:1].isalpha()
                      or (w[:1].islower() and not w.islower() and not w.isupper()))
    if capitalised / len(named) < 0.6 and not (
            dated and named[0][:1].isupper() and len(named) <= 4 and occupation_nouns(named[-1].lower())):
        return False  # (sentence case on a dated line when it ends in its job noun: "Service desk intern")
    nouns = occupation_nouns(s.lower())
    # A firm named by its people ("Northgate Advisory Partners", "Dijkstra & Partners IT Consultancy", "Example
    # Consulting Engineers"): every job noun in it plural, as no job title's is ("Manager of Platform Engineers" has
    # its manager).
    return bool(nouns) and not _only_plural_nouns(s.lower())


def _only_plural_nouns(low: str) -> bool:
    known = lexicon_patterns()["nouns"]
    words = _NAME_WORD_RE.findall(low)
    return not any(w in known for w in words) and any(plural_noun(w, known) for w in words)


_NAME_WORD_RE = lazy(r"[^\W\d_]+")


def _company_named_like_a_job(part: str) -> bool:
    """A company named with another occupation's noun and described in brackets after its name: "Pallet Pilot
    (warehouse scheduling SaaS, 6 people, seed-funded)" is an employer, not a pilot's job."""
    return "(" in part and bool(_COMPANY_BRACKET_RE.search(part)) and is_other_occupation(part[: part.index("(")])


# What a company is, in brackets after its name: "(warehouse scheduling SaaS, 6 people, seed-funded)".
_COMPANY_BRACKET_RE = lazy(r"(?i)\([^()]*\b(?:saas|start-?up|scale-?up|seed(?:-funded| stage|-stage)?|"
                                 r"series [a-e]|vc-backed|bootstrapped|employees|company|agency|consultancy|"
                                 r"ltd|inc|gmbh|plc|llc)\b[^()]*\)")


# How a job was held, in brackets after its title: "(summer jobs)", "(part-time)", "(weekends, during school)".
_BRACKETED_RE = lazy(r"(?i)\((?:[^()]{0,20}?\b)?(?:part[- ]time|full[- ]time|summer|seasonal|temporary|temp|"
                           r"contract|freelance|work[- ]study|weekends?|evenings?|casual|voluntary|volunteer|remote|"
                           r"hybrid|fixed[- ]term)\b[^()]{0,30}\)")


def _balanced(part: str) -> str:
    """A part without the brackets a split left unmatched: "(2019" -> "2019", "Analyst (L2)" stays whole."""
    while part.startswith("(") and part.count("(") > part.count(")"):
        part = part[1:].strip(" ,-–—|")
    while part.endswith(")") and part.count(")") > part.count("("):
        part = part[:-1].strip(" ,-–—|")
    while part.endswith("(") or part.startswith(")"):
        part = part.strip("()").strip(" ,-–—|")
    return part


def _title_part(line: str, span: tuple[int, int] | None) -> str:
    """The title-ish part of a line: drop the date range and split on the usual separators."""
    if span:  # "Since Oct 2025: Application Support Analyst": the colon went with the dates
        after = line[span[1]:]
        line = line[: span[0]] + " " + (after.lstrip()[1:] if after.lstrip().startswith(":") else after)
        if line.rstrip().endswith(")"):  # the brackets the dates stood in: "Clinical Systems Analyst (since 2022)"
            line = _EMPTY_BRACKETS_RE.sub(" ", line)
    parts: list[str] = []
    following: dict[str, str] = {}  # the part that follows each title part
    depth = 0  # brackets open before the part: "four teams (Ticketing, Journey Planner, Payments)" lists, not a title
    previous = ""
    for raw in _TITLE_SPLIT_RE.split(line):
        part = _balanced(raw.strip(" ,-–—|"))
        if previous and part:
            following.setdefault(previous, part)
        previous = ""
        if part and depth <= 0:
            if _looks_like_title(part, dated=span is not None):
                parts.append(part)
                previous = part
            elif part.endswith(")") and "(" in part and not _FORMER_RE.match(part[part.rfind("(") + 1:]):
                # a remark in brackets after the title: "Chief Architect (member of the technology executive team)"
                # (not an employer named by its people: "Meridian Health Partners (private hospitals)")
                head = part[: part.rfind("(")].strip(" ,-–—|")
                last = head.rsplit(None, 1)[-1].lower() if head else ""
                if head and len(head.split()) <= 5 and not (
                        last.endswith("s") and last[:-1] in lexicon_patterns()["nouns"]) \
                        and not _company_named_like_a_job(part) and _looks_like_title(head, dated=span is not None):
                    parts.append(head)
        depth += raw.count("(") - raw.count(")")
    # "Umhlanga Power Consulting Engineers (Pty) Ltd — Senior Electrical Engineer": the company's legal form says
    # which part is the employer, whatever job nouns its name holds.
    people = [p for p in parts if not _LEGAL_FORM_RE.search(p)]
    title = (people or parts or [""])[0]
    # The discipline after the title is part of it: "Associate Engineer – Build & Release", "Lead Consultant –
    # Enterprise Architecture" (not an employer, a place or a domain: "Software Engineer – Payments").
    if title and _is_discipline(following.get(title, "")):
        title = f"{title} – {following[title]}"
    return title


def _is_discipline(part: str) -> bool:
    """A short phrase of discipline words only ("Build & Release", "Enterprise Architecture", "Platform Team")."""
    words = part.lower().replace(",", " ").split()
    known = lexicon_patterns()["discipline_words"]
    return 0 < len(words) <= 4 and all(w in known for w in words) and \
        any(w not in ("&", "and", "of", "team") for w in words)


_EMPTY_BRACKETS_RE = lazy(r"\(\s*\)\s*$|\[\s*\]\s*$")
# An aside that names who one was ("Backend Developer (former science teacher)"): a headline, not a job's title.
_FORMER_RE = lazy(r"(?i)\s*(?:former|formerly|ex-|ex\s|previously|once)\b")
_LEGAL_FORM_RE = lazy(r"\b(?:[Ll]td|[Ll]imited|LLC|LLP|GmbH|Pty|PLC|[Pp]vt|Inc|Corp)\b|\bB\.V\.|\bS\.A\.")


_TITLE_SPLIT_RE = lazy(r"\s[|•·–—@]\s|\s-\s|\t|,\s(?=[A-Z])|\s{3,}| at ")


def _held_titles(lines: list[str], kinds: list[str], ranges: list[DateRange],
                 roles: list[Role] | None = None) -> list[HeldTitle]:
    held: list[HeldTitle] = []
    seen_lines: set[int] = set()
    nested = _nested_ranges(lines, ranges)
    outer = [q for q in ranges if q not in nested]
    for order, r in enumerate(sorted(ranges, key=lambda r: r.line)):
        if r in nested:
            continue  # a dated bullet inside a role ("* Head of Year 9 (2021-2023)") is part of that role
        found, aside = "", False
        # The title is on the date's line, or within two lines above or below it.
        candidates = [r.line, r.line - 1, r.line + 1, r.line - 2, r.line + 2]
        for ln in candidates:
            if not 0 <= ln < len(lines) or ln in seen_lines or (ln != r.line and (
                    kinds[ln] != kinds[r.line] or
                    _long_bullet(lines[ln]) or _wrapped_on(lines, ln) or _prose(lines[ln])
                    or _WANTED_JOB_RE.match(lines[ln]))):
                continue  # (a bullet's sentence holds no title: "- Owned build and release; Jenkins, Chef, Perforce";
                # nor does the job one wants, "Desired Job  Cloud Engineer" under the military service's dates)
            text = _title_part(*_near_dates(lines[ln], r.span)) if ln == r.line else _title_part(lines[ln], None)
            if text:
                seen_lines.add(ln)
                found = text
                aside = _held_aside([lines[i] for i in {ln, r.line}])
                break
        past = False
        if roles is not None:
            # "Before tech: five years as a box office supervisor, 2019-2024", or under a "Before tech" heading
            near = [lines[i] for i in range(max(0, r.line - 2), r.line + 1)]
            past = any(_PAST_CAREER_RE.search(ln) for ln in near) or _under_past_heading(lines, r.line) or (
                any(_SERVICE_RE.search(ln) for ln in near) and not (found and is_technical_title(found))) or any(
                (m := _EARLIER_RE.match(ln)) and not is_technical_title(found or ln[m.end():]) for ln in near)
            roles.append(Role(r.start, r.end, found, _role_block(lines, r, outer, kinds), past, "\n".join(near)))
        if found:
            held.append(HeldTitle(found, title_band(found), r.end, r.present, order, past, aside))
    if not held:
        # Undated resumes: short title-like lines, from the experience section when there is one.
        in_experience = "experience" in kinds
        for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
            if in_experience and kind != "experience":
                continue
            bare = ROLE_DURATION_RE.sub(" ", line) if "(" in line else line  # "(previous role, about a year)"
            if kind in ("other", "education") or _too_long_for_a_title(bare) or _wrapped_on(lines, i) or \
                    _NOT_PRACTISING_RE.search(line) or (
                    _SKILL_LINE_RE.search(line) and not ROLE_DURATION_RE.search(line)) or "ertifi" in line:
                continue  # "AWS Certified Solutions Architect - Associate" is a certificate, not a title; "Chief
                # Technology Officer" under "...; report to the" ends a wrapped bullet
            text = _title_part(line, None)
            if len(bare.split()) > 8 and not line.strip(" •*-").startswith(text):
                continue  # a long line's title opens it: "Software Developer, Tandaza Pay (mobile money ...)"
            if text and not _is_education_line(text) and _looks_like_title(text) and not _WANTED_RE.match(text):
                # (held beside one's studies when it or the line below says so: "Part-time — Barista, ..." over
                # "2020 – 2023 (during college)")
                aside = _held_aside(lines[i: i + 2])
                held.append(HeldTitle(text, title_band(text), None, False, len(held), aside=aside))
                if len(held) >= 6:
                    break
    return held


# A title one wants, not one holds: "Computer Engineering Graduate | Aspiring Backend Developer".
_WANTED_RE = lazy(r"(?i)\W*(?:aspiring|future|would-be|wannabe|prospective|seeking|looking for)\b")
# A line naming the job one applies for: "Desired Job  Cloud Engineer", "Position applying for : Support Analyst".
_WANTED_JOB_RE = lazy(r"(?i)\W*(?:(?:desired|target|preferred|wanted)\s+(?:job|position|role|title)s?|"
                            r"(?:(?:position|role|job)s?\s+)?(?:applying|applied)\s+for)\b")


def _near_dates(line: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """A job's title stands beside its dates. On a long line (a whole resume pasted as one paragraph, as job boards
    export them: "... Node JS, Handling Dynamic QA Activities, ... 2006-2007 2008-2009 ...") only the words within
    _NEAR characters either side of the dates are read for it, cut at word boundaries. A run of spaces counts as
    one character: a PDF's layout may set the title a page's width from its dates."""
    if len(line) <= 2 * _NEAR + span[1] - span[0]:
        return line, span
    start, end = _reach(line, span[0], -1), _reach(line, span[1], 1)
    if start > 0:  # (at the dates at the latest: a word running into them has no space to cut at)
        start = min(line.find(" ", start) + 1 or span[0], span[0])
    if end < len(line):
        cut = line.rfind(" ", span[1], end + 1)
        end = cut if cut > span[1] else span[1]
    return line[start:end], (span[0] - start, span[1] - start)


def _reach(line: str, i: int, step: int) -> int:
    """Where _NEAR characters from ``i`` end, going left (``step`` -1) or right (1); a run of spaces counts once."""
    count, j = 0, i
    if step < 0:
        while j > 0 and count < _NEAR:
            j -= 1
            if not (line[j].isspace() and line[j + 1: j + 2].isspace()):
                count += 1
        return j
    while j < len(line) and count < _NEAR:
        if not (line[j].isspace() and j > 0 and line[j - 1].isspace()):
            count += 1
        j += 1
    return j


_NEAR = 100


def _held_aside(lines: list[str]) -> bool:
    """Whether a title's lines (its own, its dates') say it was held part-time or beside one's studies."""
    return any(PART_TIME_RE.search(x) or STUDENT_JOB_RE.search(x) for x in lines)


_FIELD_CAREER_RE = lazy(r"(?i)^\W*(\w+)\s+career\W*$")
_OWN_CAREERS = frozenset({"tech", "technology", "it", "software", "engineering", "professional", "technical",
                          "development", "developer", "devops", "cloud", "current", "recent", "my", "work", "full"})


def _under_past_heading(lines: list[str], line: int) -> bool:
    """Whether the heading above a role, within 12 lines, names an earlier career: "BEFORE TECH" (or "Before
    tech") over a school's name and two teaching jobs. The nearest short line that names one, or that is a
    heading of another kind (capitals, a colon at its end, a section's word), decides."""
    heads = lexicon_patterns()["heading"].values()
    for i in range(line - 1, max(-1, line - 13), -1):
        s = lines[i].strip()
        if not s or len(s.split()) > 5 or any(c.isdigit() for c in s):
            continue
        if _PAST_CAREER_RE.search(s) or ((m := _FIELD_CAREER_RE.match(s)) and m.group(1).lower() not in _OWN_CAREERS):
            return True  # ("Teaching career", "Nursing career": another field's)
        if s.endswith(":") or (s.upper() == s and any(c.isalpha() for c in s)) or any(h.match(s.lower())
                                                                                      for h in heads):
            return False
    return False


def _in_prose(line: str, span: tuple[int, int]) -> bool:
    """Whether a date sits inside a sentence, three words or more on each side of it ("... in East Africa. Since
    2022 I lead the small engineering team at ..."): the summary telling a story, not a role's line."""
    return len(line[: span[0]].split()) >= 3 and len(line[span[1]:].split()) >= 3 and len(line.split()) > 10


_OPEN_ENDING_RE = lazy(r"\b(?:the|a|an|of|to|and|or|for|with|by|our|my|its|their)\s*$", re.IGNORECASE)


def _wrapped_on(lines: list[str], ln: int) -> bool:
    """Whether a line carries on the sentence of the line above, as a wrapped bullet does ("- ... the team
    reports to the" over "  Head of Infrastructure)"): its bracket closes one opened above, the line above
    stops at an article or a preposition, or this one opens with a lower-case word where the line above stops
    mid-sentence ("run the monthly reliability" over "  review with the Head of Digital Channels")."""
    if _closes_bracket_from_above(lines[ln]):
        return True
    if ln == 0:
        return False
    above = lines[ln - 1].rstrip()
    if _OPEN_ENDING_RE.search(above):
        return True
    first = lines[ln].split(None, 1)[:1]
    return bool(first) and first[0].isalpha() and first[0].islower() and above[-1:].isalnum()


def _closes_bracket_from_above(line: str) -> bool:
    """Whether the line's first closing bracket closes one opened on a line above ("  Head of Infrastructure)"; not
    a smiley, "before the client find them :)")."""
    end = line.find(")")
    return end > 0 and "(" not in line[:end] and line[end - 1] not in ":;"


def _long_bullet(line: str) -> bool:
    """A bullet that is a sentence about the job, not its title: over twelve words, or over eight ending in a full
    stop ("* Mercado Vivo (e-commerce marketplace) — Senior DevOps Engineer" is a title)."""
    words = len(line.split())
    return line.lstrip()[:1] in _BULLET_CHARS and (words > 12 or (words > 8 and line.rstrip().endswith(".")))


# (not after the abbreviations of company names and places: "Sahyadri Digital Services Pvt. Ltd., Pune")
_SENTENCE_END_RE = lazy(r"\b(?!(?i:pvt|ltd|pte|inc|co|corp|st|dr|mr|mrs|ms|no|jr|sr|bhd|ave|rd|dept|approx|"
                              r"vs|etc)[.])\w{2,}[.!?]\s+[A-Z]")


def _prose(line: str) -> bool:
    """A line of more than twelve words that ends one sentence and starts another: the description below a job's
    dates, not its title ("Report to the CTO. Direct reports: Director of Cloud Platform, Director of ...")."""
    return len(line.split()) > 12 and bool(_SENTENCE_END_RE.search(line))


def _too_long_for_a_title(line: str) -> bool:
    """An undated line too long to hold a job title: over 8 words, or over 12 for a job's own line (no bullet,
    no full stop; its title opens it): "Software Developer, Tandaza Pay (mobile money and merchant payments)"."""
    words = len(line.split())
    return words > 12 or (words > 8 and (line.lstrip()[:1] in _BULLET_CHARS or line.rstrip().endswith(".")))


# A registration kept without practising ("Registered Professional Engineer (RPEQ), civil — non-practising since
# 2021"): its date is no stretch of work.
_NOT_PRACTISING_RE = lazy(r"(?i)\bnon[- ]?practi[sc]ing\b|\bno longer practi[sc]ing\b")
# A career before the present one, named as such on a role's line or in a heading just above it. "IT" in capitals
# only: "before it reaches production" in a role's sentence is no earlier career.
_PAST_CAREER_RE = lazy(r"(?i)\b(?:before (?:tech|(?-i:IT)|software|coding|engineering|my career change|switching|"
                             r"(?:i )?chang(?:ed|ing) careers?|i switched careers?)|"
                             r"previous career|prior career|earlier career|former career|first career)\b")
# A job introduced as an earlier one ("Previously: Shift Supervisor, Cactus Coffee Roasters (2019 - 2024)",
# "Earlier: science technician", "Before: warehouse worker, 2019–2024"), when its title is not a technical one,
# was an earlier career.
_EARLIER_RE = lazy(r"(?i)\W*(?:previously|earlier|before|before that|prior to that)\s*[:—–-]")
# National or military service (Nigeria's NYSC year too) is not years of the work either, unless the service itself
# was ("Software Engineer (Compulsory Military Service)"). Also a line labelled "Military" ("Military  Completed –
# Republic of Korea Army, Sergeant (2016.03 ~ 2017.12)"), an honourable discharge, and the service's names in
# Korean, Japanese, German, Spanish, French and Italian.
_SERVICE_RE = lazy(r"(?i)\b(?:national (?:youth )?service|military service|compulsory service|conscription|"
                         r"nysc|honou?rabl[ey] discharged?|(?:grund)?wehrdienst|zivildienst|servicio militar|"
                         r"service militaire|servizio militare)\b|^\W*military\b|병역|兵役")

# "Python- Experience - 24 months", "Java (5 years)": skill lines, not job titles.
_SKILL_LINE_RE = lazy(r"(?i)experience\s*-|\bmonths?\b|\byears?\b|\d\+?\s*yrs")


def _nested_ranges(lines: list[str], ranges: list[DateRange]) -> set[DateRange]:
    """Dated bullets inside a role: on a bullet line within the role's block (25 lines), inside its years
    ("* Department coordinator for science fairs (2019-2023)" under "Teacher, 2014 - 2023")."""
    nested: set[DateRange] = set()
    outer: DateRange | None = None
    for r in sorted(ranges, key=lambda r: r.line):
        if outer is not None and outer.line < r.line <= outer.line + 25 and outer.start <= r.start and \
                r.end <= outer.end and lines[r.line].lstrip()[:1] in _BULLET_CHARS:
            nested.add(r)
        else:
            outer = r
    return nested


def _role_block(lines: list[str], role: DateRange, ranges: list[DateRange], kinds: list[str] | None = None) -> str:
    """The role's description: from its dated line to just before the next dated role (whose title line
    usually comes first) or the next section, at most 25 lines."""
    line = role.line
    # The next role's title line usually comes just before its dates; a date on the very next line is the next
    # role itself (stacked dates without descriptions).
    later = [r.line - 1 if r.line > line + 1 else r.line for r in ranges if r.line > line]
    end = min([*later, line + 26, len(lines)])
    if kinds is not None:
        for i in range(line + 1, end):
            if kinds[i] != kinds[line]:
                end = i
                break
    return "\n".join(lines[line: end])


def _headline(lines: list[str], profile: str | None) -> str | None:
    """A title-like line at the top, else the occupation the profile opens with (``profile``)."""
    for line in lines[:6]:
        s = line.strip()
        if not s or len(s.split()) > 10 or "@" in s or _closes_bracket_from_above(s) or is_personal_data_line(s) \
                or _POSTNOMINALS_RE.match(s):
            continue
        whole = _looks_like_title(s)
        if whole and (part := _title_part(s, None)):
            return part
        # in sentence case, its first part: "Civil engineer | water distribution networks & asset reliability"
        # (not a job's line with its years: "Teacher of Mathematics | Example Academy | 2013 - 2025")
        first = _TITLE_SPLIT_RE.split(s, maxsplit=1)[0].strip(" ,-–—|")
        if first and not _YEAR_RE.search(s) and _looks_like_title(first, dated=True):
            return first
        if whole:
            return s
    return profile


# A name with its letters after it ("Priya Example, CPA", "Sam Example, MBA, PMP"): the person's name, not a headline,
# whatever occupation the letters stand for.
_POSTNOMINALS_RE = lazy(r"^[^\W\d_][^,|]{2,40},\s*[A-Z][A-Za-z.]{1,6}(?:\s*[,/]\s*[A-Z][A-Za-z.]{1,6}){0,3}$")


# "Registered nurse with eleven years on an ICU", "Backend developer who ...": a profile that opens with the
# person's occupation says what a headline would.
# (with a registration in brackets: "Registered professional electrical engineer (EBK) with nine years")
# (or with commas inside the brackets: "Electrical engineer (P.Eng., APEGA) with nine years")
# ("of" only before a duration, "nurse of eight years": "Head of Physics & Engineering Studies" is a title)
_PROFILE_OPENING_RE = lazy(r"^(?:i am |i'm )?(?:an? |experienced |seasoned )?"
                                 r"([a-z](?:[\w/&.+() -]|\([^()\n]{0,30}\)){2,50}?)\s+"
                                 r"(?:with|who|having|since|for|specialising|specializing|working|"
                                 r"of(?=\s+(?:over\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+)?[\w-]+\+?\s+"
                                 r"(?:years?|yrs?|decades?)\b))\b")


_DATED_LINE_RE = lazy(r"(?i)\b(?:19|20)\d\d\s*[-–—]+\s*(?:(?:19|20)\d\d|present|now|current|today)\b")


# "I was a mechanical engineer ...", "nurse of eight years who moved into software testing": a past occupation.
_PAST_OCCUPATION_RE = lazy(r"^\W*i was\b|\bformer(?:ly)?\b|\bex-|\bmoved (?:in)?to\b|\bturned\b|"
                                 r"\bswitched\b|\btransition|\bretrain|\bcareer change")


# A registration that names a profession: "Registered architect", "Chartered Engineer", "Licensed Professional
# Engineer".
_REGISTRATION_RE = lazy(r"(?i)\b(?:registered|chartered|licensed|professional)\s+(?:[\w-]+\s+)?"
                              r"(?:architect|engineer)\b")


def _registration(lines: list[str]) -> str | None:
    """The first of the top eight lines that states a professional registration, cut to the registration."""
    for line in lines[:8]:
        if (m := _REGISTRATION_RE.search(line)) is not None:
            return m.group(0)
    return None


# The occupation one has held since a year, said in a profile: "first as developer, since 2018 as architect",
# "since 2023 I work as SRE in a payments company", "working as a junior DevOps engineer since 2025".
_NOW_AS = r"as\s+(?:an?\s+)?([a-z][\w/-]*(?:\s+(?!and\b|in\b|at\b|for\b|on\b|with\b|since\b)[a-z][\w/-]*){0,3}?)"
_SINCE_YEAR = r"since\s+(?:[a-z]{3,9}\.?\s+)?(?:19|20)\d\d"
_NOW_AS_RE = lazy(rf"\b{_SINCE_YEAR},?\s+(?:i\s+(?:work|am working|have worked|have been working)\s+)?{_NOW_AS}"
                        r"(?=\s+(?:in|at|for|on|with|and|who|since)\b|[,.;:)]|\s*$)|"
                        rf"\bworking\s+{_NOW_AS}\s+(?:(?:in|at|on|for)\s+[^.,;]{{0,40}}?\s)?{_SINCE_YEAR}")


# A profile that opens with hiring for other organisations is a recruiter's, whatever it calls the person (content
# only: "I hire software engineers for product companies", "I help scale-ups and enterprise clients hire backend
# and SRE talent", "Specialist in hiring for cloud-native engineering teams"). Not a leader's own hiring: "I hire
# directors who are better than me", "I hire for curiosity".
_CLIENTS = r"(?:companies|clients|employers|start-?ups|scale-?ups|firms|organi[sz]ations|businesses)"
_HIRES_FOR_OTHERS_RE = lazy(
    rf"^(?:i|we)\s+(?:(?:hire|recruit|place|source)\s+(?:[\w,&/-]+\s+){{0,8}}?(?:for|into|at)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_CLIENTS}\b|help\s+(?:[\w,&-]+\s+){{0,5}}?{_CLIENTS}\s+(?:to\s+)?(?:hire|recruit)\b)|"
    r"^(?:[\w-]+\s+){0,2}?(?:specialist|expert|partner|consultant)\s+(?:in|for)\s+"
    r"(?:hiring|recruiting|recruitment|talent acquisition|sourcing)\b")

_PROFILE_LABEL_RE = lazy(r"^(?:professional\s+|career\s+|personal\s+)?(?:summary|profile|about(?:\s+me)?|"
                        r"overview)\s*[:–—-]\s*")


def _profile_occupation(lines: list[str]) -> str | None:
    """The occupation a profile paragraph opens with ("Registered nurse with eleven years ..."), or the one it
    says one has held since a year ("I am working since 2011 in software, first as developer, since 2018 as
    architect"; that one wins over the opening's: "I am engineer with 5 years ..., since 2023 I work as SRE")."""
    for i, line in enumerate(lines[:15]):
        if _DATED_LINE_RE.search(line) or _closes_bracket_from_above(line) or \
                (line.lstrip()[:1].islower() and i and (lines[i - 1].rstrip()[-1:].isalnum()
                                                         or lines[i - 1].rstrip()[-1:] in (",", ";"))):
            # a job's line ("Teacher of Mathematics | Example Academy | 2013 - 2025"), not a profile; nor the end
            # of a bracket opened above ("... the team reports to the" over "Head of Infrastructure)"), nor a
            # wrapped line ("... the public APIs our" over "larger sellers integrate with.", "... want to use," over
            # "about managers who can grow their people")
            continue
        low = _PROFILE_LABEL_RE.sub("", line.strip().lower(), count=1)  # "Summary: CPA with 7 years in audit"
        if "since" in low and (now := next((m.group(1) or m.group(2) for m in _NOW_AS_RE.finditer(low)
                                            if occupation_nouns(m.group(1) or m.group(2))), None)):
            return now
        if _HIRES_FOR_OTHERS_RE.match(low):
            return "recruiter"
        m = _PROFILE_OPENING_RE.match(low)
        # (a sentence about what one does opens with "I" and a verb: "I manage the engineers who build ...")
        # ("Finance professional with 7+ years in FP&A": a field's professional is that field's occupation)
        if m and len(m.group(1).split()) <= 5 and not m.group(1).startswith(("i ", "we ")) and \
                (occupation_nouns(m.group(1)) or is_other_occupation(m.group(1))) and \
                not _PAST_OCCUPATION_RE.search(line.lower()):
            # "Reliability engineer with 12 years in food and beverage manufacturing": the industry says which
            return engineering_industry(m.group(1), line.strip()[m.end(1):]) or m.group(1)
    return None


def _role_durations(lines: list[str], kinds: list[str]) -> float:
    """Years stated as role durations ("(3 years)", "(1 yr 6 mos)") on job-title lines outside education."""
    total = 0.0
    for line, kind in zip(lines, kinds, strict=True):
        if kind == "education" or "(" not in line:
            continue
        for m in ROLE_DURATION_RE.finditer(line):
            if _looks_like_title(_title_part(line[: m.start()], None) or line[: m.start()].strip()):
                years, one, half, months, only_months = m.groups()
                total += (years_number(years) if years else 1.0 if one else 0.0) + (0.5 if half else 0.0) + \
                    int(months or only_months or 0) / 12
    return round(total, 1) if total <= 50 else 0.0


# A first degree: "B.Sc. Computer Science", "BSc (Hons)", "Bachelor of Engineering", "B.Tech", "Licenciatura", "BA".
# Lower-case alternatives that all start with a letter (so the engine skips ahead), word ends checked in
# _is_bachelor; the capitals "BS", "BA", "BE" (and "BCS", "BCA", "BCom", "BASc" ...) only as written.
_BACHELOR_LOW_RE = lazy(r"bachelor\w*|b\.?\s?sc|b\.?\s?s\.|b\.?\s?a\.|b\.?\s?eng|b\.?\s?tech|b\.\s?e\.|"
                              r"licenciad[oa]|licenciatura|bacharelado|undergraduate degree")
_BACHELOR_CAPS_RE = lazy(r"\b(?:BS|BA|BE|BCS|BCA|BBA|BCom|BASc|BSCS|BSIT|BComp)(?!\w)")
_YEAR_RE = lazy(r"\b(?:19[6-9]\d|20[0-4]\d)\b")


def _is_bachelor(line: str) -> bool:
    low = line.lower()
    for m in _BACHELOR_LOW_RE.finditer(low):
        a, b = m.span()
        if not word_char_at(low, a - 1) and not word_char_at(low, b):
            return True
    return "B" in line and _BACHELOR_CAPS_RE.search(line) is not None


def _degree_month(lines: list[str], kinds: list[str], i: int, ranges: list[DateRange]) -> int | None:
    """When the degree on line ``i`` was completed (the last year on its line or the next, else the end of a date
    range alone on the line above) as a month index (June of that year); None when the line is not about
    education or no year goes with it."""
    if kinds[i] not in ("education", "top", "other") and not _is_education_line(lines[i]):
        return None
    years = _years_near(lines, i)
    if not years and i > 0:
        # dates set above the entry, on a line of their own ("01.10.2020 – 30.09.2025" over "Bachelor of Science
        # Informatik, Universität Leipzig"), as CVs that put the dates first do
        above = lines[i - 1]
        years = [r.end // 12 for r in ranges if r.line == i - 1 and not r.present
                 and not above[: r.span[0]].strip() and not above[r.span[1]:].strip()]
    return max(years) * 12 + 5 if years else None


def _years_near(lines: list[str], i: int) -> list[int]:
    """The years written on line ``i``, else on the line after it (dates set below an entry)."""
    return [int(y) for y in _YEAR_RE.findall(lines[i])] or (
        [int(y) for y in _YEAR_RE.findall(lines[i + 1])] if i + 1 < len(lines) else [])


# A degree still being taken: "B.S. Computer Science - in progress (fourth year, enrolled Aug 2023)". The years on
# such a line are when it began, unless it says when it ends ("in progress, expected 2027").
_IN_PROGRESS_RE = lazy(r"\b(?:in progress|ongoing|pursuing|currently enrolled)\b")
_ENDS_RE = lazy(r"\b(?:expected|graduat\w*|completion|conclusion|due)\b")
# A professional qualification, not a degree ("BCS International Diploma in Business Analysis")
_DIPLOMA_RE = lazy(r"(?i)\b(?:diploma|certificate|certification)\b")


def _in_progress(line: str) -> bool:
    """Whether a degree's line says it is still being taken (and not when it ends)."""
    low = line.lower()
    return _IN_PROGRESS_RE.search(low) is not None and _ENDS_RE.search(low) is None


def _graduated(lines: list[str], kinds: list[str], ranges: list[DateRange]) -> int | None:
    """When the latest bachelor's degree listed was completed, or a master's that followed it within three
    years, as a month index (June of that year); None without a bachelor's. A bachelor's in progress is not
    completed (its year is when it began)."""
    bachelors = [m for i, line in enumerate(lines) if _is_bachelor(line)  # the cheap test first
                 and not _in_progress(line) and (m := _degree_month(lines, kinds, i, ranges)) is not None]
    if not bachelors:
        return None
    found = max(bachelors)
    # A master's straight after the bachelor's (within three years) is the end of one's studies; a later one
    # (an MBA at forty) is not.
    for i, line in enumerate(lines):
        if _MASTER_RE.search(line) and (month := _degree_month(lines, kinds, i, ranges)) is not None \
                and 0 <= month - found <= 36:
            found = max(found, month)
    return found


def _retrained(lines: list[str], kinds: list[str], ranges: list[DateRange]) -> tuple[int, int] | None:
    """When one changed career into software, as month indexes (start, end): a coding bootcamp's date range on
    its line or the next (a bootcamp listed like a job), else the years on them (January of the first, December
    of the last); or the year a profile sentence says one moved into tech. None without either. What one did
    before it, naming little technology, was the other career."""
    found: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        low = line.lower()  # (the substrings first: a regex search on every line cost 0.1 ms a resume)
        if not ("boot" in low or "immersive" in low or "academy" in low) or not _BOOTCAMP_RE.search(line):
            continue
        if not (kinds[i] in ("education", "top", "other") or _is_education_line(line)) or (
                _BOOTCAMP_SERVED_RE.search(line) and not _OWN_BOOTCAMP_RE.search(line)):
            continue
        # its dates on its line, or on the next when its own line has no year ("Example Code Academy — Certificate,
        # 2025" over "Example Community College, 2018–2019": the next line's dates are another entry's)
        spans = [r for r in ranges if r.line == i] or (
            [] if _YEAR_RE.search(line) else [r for r in ranges if r.line == i + 1])
        if spans:
            found.append((min(r.start for r in spans), max(r.end for r in spans)))
        elif years := _years_near(lines, i):
            found.append((min(years) * 12, max(years) * 12 + 11))
    # Or one says so: "After eight years running restaurants I moved into tech in 2024", "In 2024 I decided to
    # move into tech", "... a contact-centre floor ... I moved into application support in 2021": the year in
    # that sentence.
    found += [(year * 12, year * 12 + 11) for year in _moves_into_tech(lines) if year is not None]
    # the earliest; of two that start together, the longer (a bootcamp "Jan 2024 - Jul 2025" and "moved into tech
    # in 2024": the change ran until the bootcamp ended)
    return min(found, key=lambda f: (f[0], -f[1]), default=None)


_I_OPENS_RE = lazy(r"(?:^|\n|[.!?]\s)\s*I\b(?!\.)", re.MULTILINE)


def _moves_into_tech(lines: list[str]) -> list[int | None]:
    """The profile's sentences saying one moved into tech, as the year each names (None when it names none: "I
    moved into IT because the part of my old job I liked best was ...", "Former chef who retrained into tech")."""
    text = "\n".join(lines[:15])
    years: list[int | None] = []
    # (match, whether the phrase itself says the move is one's own: "X turned Y", "Former X, now Y")
    found = [(m, False) for m in _MOVED_INTO_TECH_RE.finditer(text)]
    low = text.lower()
    if "turned" in low:
        found += [(m, True) for m in _TURNED_RE.finditer(text)]
    if "now" in low and ("former" in low or "ex-" in low):
        found += [(m, True) for m in _FORMER_NOW_RE.finditer(text)]
    for m, of_self in found:
        # (a blank line ends a sentence too: the one before a profile's first may be the contact lines, "gmail.com /
        # Tel: +81-90-7731-2048", whose "2048" is no year)
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n\n", 0, m.start())) + 1
        end = text.find(".", m.end())
        # Serving those who moved ("mentor to career changers who moved into tech in 2023") is said before the
        # phrase; what follows it is one's own story ("... whose product runs on AWS"), and so is all of it when
        # "I" moved ("After nine years of teaching chemistry I retrained as a developer in 2024").
        # ("I taught maths ... before retraining as"; not "I mentor restaurant staff who moved into tech")
        # ... and so is a sentence about one's former self ("Former maths teacher who moved into software testing
        # in 2025": the teacher is who moved, not whom one teaches).
        # ("Teacher-turned-developer", "Former teacher, now writing code": one's former self, never whom one teaches)
        own = of_self or (m.group(0)[0] in "Ii" and m.group(0)[1].isspace()) or (
            not m.group(0).lower().startswith("who") and bool(_I_OPENS_RE.search(text, start, m.start()))) or \
            bool(_FORMER_SELF_RE.match(text, max(start, text.rfind("\n", 0, m.start()) + 1), m.start()))
        if own or not _BOOTCAMP_SERVED_RE.search(text, start, m.start()):
            # the year the phrase itself names first ("Since 2008 I have worked in software"), else the sentence's
            year = _YEAR_RE.search(m.group(0)) or _YEAR_RE.search(text, start, end if end >= 0 else len(text))
            years.append(int(year.group(0)) if year else None)
    return years


# A sentence that opens with one's former occupation ("Former maths teacher who ...", "Ex-chef and ...").
_FORMER_SELF_RE = lazy(r"(?i)\s*(?:an?\s+)?(?:former|ex-|one-time|onetime)")


# One's own change of career into software, as a profile says it (not "mentor to women moving into engineering
# leadership", nor "a bootcamp for career changers").
# ("Since moving into IT in 2021 I have written requirements ...": the same, said with the gerund)
_FROM = r"(?:from\s+(?:[\w&/-]+\s+){1,4}?)?"  # "I switched from accounting to software in 2024"
_MOVED_INTO_TECH_RE = lazy(
    # (the pronoun left out at a sentence's start, as resumes do: "Moved from on-premise networking into public cloud
    # in 2024 after eleven years running hospital networks")
    r"(?i)\b(?:(?:i\s+|who\s+|and\s+|(?m:^)[ \t]*|(?<=[.!?] ))(?:(?:decided|chose)\s+to\s+)?"
    r"(?:(?:moved?|switched?|transitioned|pivoted|"
    rf"made\s+the\s+switch|changed\s+careers?)\s+{_FROM}(?:in)?to|retrained\s+(?:in|into|as\s+an?))|(?:since|after|before)\s+"
    rf"(?:(?:moving|switching|transitioning|pivoting|changing\s+careers?)\s+{_FROM}(?:in)?to|"
    r"retraining\s+(?:in|into|as\s+an?))|"
    # "Ten years maintaining aircraft ... Since 2021 I have worked in IT": the year opens the sentence
    r"since\s+(?:[a-z]+\s+)?(?:19|20)\d\d,?\s+i(?:'ve|’ve|\s+have)\s+(?:been\s+)?work(?:ed|ing)\s+(?:in|as\s+an?))\s+"
    r"(?:tech|technology|software|it|computing|devops|(?:public\s+)?cloud|qa|"
    r"testing|web\s+development|programming|developer|software\s+tester|application\s+support|it\s+support)\b")


# "Chartered accountant turned cloud engineer.", "Teacher-turned-developer with ...": the occupation after "turned"
# is the one moved into (not "turned developer feedback into ...": a sentence's words follow no role).
_TURNED_RE = lazy(
    r"(?i)(?<=\w)[ -]turned[ -](?:(?:cloud|software|devops|qa|test|data|web|backend|back-end|frontend|front-end|"
    r"full[ -]?stack|platform|site reliability|it|support|systems|network|security|automation|junior)[ -])?"
    r"(?:engineer|developer|tester|programmer|analyst|architect|sre|coder)s?"
    r"(?=\s*(?:[.,;:—–()|]|$)|\s+(?:with|who|since|in|at|based|and|focused|specialising|specializing)\b)", re.MULTILINE)


# "Former primary school teacher, now writing backend code", "Ex-chef, now a junior developer": one's own move, said
# without a verb of moving (what follows "now" names software work).
_FORMER_NOW_RE = lazy(
    r"(?i)(?:^|(?<=[.!?] ))[ \t]*(?:an?\s+)?(?:former|ex-)[^.!?\n]{2,80}?,\s*now\s+(?:[\w/-]+\s+){0,3}?"
    r"(?:code|coding|software|developer|engineer|programmer|tester|backend|back-end|frontend|front-end|services|"
    r"microservices|tech|it|qa|devops|cloud|support|apis?)\b", re.MULTILINE)


# A bootcamp one serves rather than attends: "Advisory board, a coding bootcamp for career changers", "Mentor at
# a women-in-tech bootcamp", or builds for one's employer ("Built the career ladder and a bootcamp with two
# universities that has hired 64 junior engineers").
_BOOTCAMP_SERVED_RE = lazy(r"(?i)\b(?:advis\w*|board|mentor\w*|coach\w*|instructor|teach\w*|taught|tutor\w*|"
                                 r"lectur\w*|volunteer\w*|speaker|judge|sponsor\w*|founded|organi[sz]\w*|runs|"
                                 r"built|created|launched|established|set\s+up)\b")


# A coding bootcamp, by that name or its others ("Software Engineering Immersive", "16-week immersive", "Example
# Code Academy").
_BOOTCAMP_RE = lazy(r"(?i)\bboot ?camp|\bimmersive\b|\bcod(?:e|ing) academy\b")


# One's own bootcamp, whatever else the line says of teaching ("I taught myself to code at night, finished a
# full-time bootcamp in 2024 ... the stuff they don't teach in bootcamp").
_OWN_BOOTCAMP_RE = lazy(r"(?i)\b(?:finished|completed|graduated from|attended|did|took)\s+(?:a|an|the|my)?\s*"
                              r"(?:[\w-]+\s+){0,3}(?:boot ?camp|immersive)")


# A postgraduate degree other than a master's (_MASTER_RE), which follows a first one.
_POSTGRADUATE_RE = lazy(r"\b(?:post-?graduate|postgrad|speciali[sz]ation|mba|ph\.?d|doctorate|"
                              r"p[óo]s-gradua[çc][ãa]o|especializa[çc][ãa]o)\b")


def _postgraduate(line: str) -> bool:
    """Whether a (lower-cased) line names a postgraduate degree: a master's, an MBA, a specialization, a PhD."""
    return bool(_MASTER_RE.search(line) or _POSTGRADUATE_RE.search(line))


_MASTER_RE = lazy(r"(?i)\b(?:master\w*|m\.?\s?sc|m\.\s?s\.|m\.?\s?eng|m\.?\s?tech|msc|meng|mtech)\b")


# "Platform" as the name of the group one leads: alone after a separator or at the start of the line
# ("Engineering Manager, Platform", "Platform Engineering Manager", "Head of Platform") or with a word that says it is
# the shared one ("Core Platform", "Internal Platform"), not a product's ("Commerce Platform", "Booking Platform").
_PLATFORM_GROUP_RE = lazy(r"(?i)(?:^\s*|[,|·:–—(-]\s*|\bof\s+|\b(?:core|shared|internal|infrastructure|"
                          r"backend|back-end|runtime|developer)\s+)platforms?\b")


_TITLE_CORE_RE = lazy(r"\s*[,|·:–—(]\s*|\s+-\s+")


def _platform_group(lines: list[str], ev: Evidence) -> str | None:
    """The platform group named in the latest title's line or in the headline's (see Evidence.platform_group)."""
    found: list[str] = []
    latest = max(ev.roles, key=lambda r: r.end, default=None)
    # The titles as read, and the lines they were read from (a title is read up to its first separator: the line
    # "Engineering Manager, Core Platform — Maplewood Health" gives "Engineering Manager").
    for title, where in ((latest.title if latest else "", latest.near.splitlines() if latest else []),
                         (ev.headline or "", lines[:8])):
        core = _TITLE_CORE_RE.split(title, 1)[0].strip().lower()
        if core:
            found += [title, *[ln for ln in where if core in ln.lower()][:1]]
    for line in found:
        m = _PLATFORM_GROUP_RE.search(line)
        if m:
            return line.strip()[:80]
    return None


def _executive_title(ev: Evidence) -> bool:
    latest = sorted(ev.titles, key=lambda t: (not t.present, -(t.end or 0), t.order))[:1]
    bands = [t.band for t in latest] + ([title_band(ev.headline)] if ev.headline else [])
    return any(b is not None and b >= 4.0 for b in bands)


def _dated_sentence(line: str, span: tuple[int, int]) -> str:
    """The line a date range is on, or in a paragraph of prose (over 25 words) the sentence it is in: "From 2014 to
    2019 I worked at Kestrel Travel Group" is work although the next sentence of the paragraph names the university
    IT department where the career began."""
    if line.count(" ") < 25:
        return line
    start = line.rfind(". ", 0, span[0]) + 1
    end = line.find(". ", span[1])
    return line[start: end if end >= 0 else len(line)]


def gather(text: str, today: date | None = None) -> Evidence:
    """All ladder-independent evidence in one resume text."""
    lines = [ln.rstrip() for ln in text.splitlines()]
    kinds = _section_kinds(lines)
    all_ranges = find_ranges(lines, today)
    work = [r for r in all_ranges
            if kinds[r.line] != "education" and not _is_education_line(_dated_sentence(lines[r.line], r.span))
            and not _NOT_PRACTISING_RE.search(lines[r.line])
            and not (r.line + 1 < len(lines) and _names_studies(lines[r.line + 1])
                     and not _title_part(lines[r.line], r.span) and not _job_title_above(lines, r.line))]
    ev = Evidence()
    months = merged_months(work)
    ev.years = round(months / 12.0, 1)
    ev.dated_roles = len(work)
    if work:
        ev.first_year = min(r.start for r in work) // 12
        ev.last_year = max(r.end for r in work) // 12
    low = text.lower()
    ev.practices = practices(low)
    claims = [years_number(m.group(1) or m.group(2)) for m in CLAIMED_RE.finditer(low) if m.group(1) or m.group(2)]
    claims += [years_number(m.group(1)) for m in CLAIMED_WITH_RE.finditer(low) if not word_char_at(low, m.start() - 1)]
    claims = [c for c in claims if 0 < c <= 50]
    if not work:  # no dates at all: the roles' own durations, added up, are the person's statement of years
        stated = _role_durations(lines, kinds)
        if stated > 0:
            claims.append(stated)
    if claims:
        ev.claimed_years = max(claims)
    ev.titles = _held_titles(lines, kinds, work, ev.roles)
    ev.graduated = _graduated(lines, kinds, all_ranges)
    ev.retrained = _retrained(lines, kinds, all_ranges)
    ev.moved_into_tech = ev.retrained is None and None in _moves_into_tech(lines)
    ev.profile_occupation = _profile_occupation(lines)
    ev.registration = _registration(lines)
    ev.headline = _headline(lines, ev.profile_occupation)
    if ev.profile_occupation and not occupation_nouns(ev.profile_occupation) and ev.headline \
            and is_technical_title(ev.headline) and not is_other_occupation(ev.headline):
        # A field's "professional" in the profile ("Human Resources professional with ...") under a technical
        # headline ("SOFTWARE ENGINEERING MANAGER") is boilerplate next to it: the headline decides
        ev.profile_occupation = None
    read_scope(text, ev)
    if "platform" in low:
        ev.platform_group = _platform_group(lines, ev)
    # The summary and the latest job (everything above the second dated role) say what the job is now: the
    # founder-CTO's "a team of five", "Reporting to the VP of Engineering".
    later = sorted(r.line for r in work if not _in_prose(lines[r.line], r.span))[1:2]
    recent = "\n".join(lines[: later[0]]) if later else text
    if ev.team_size and _executive_title(ev):
        ev.recent_team_size = largest_team(recent)
    if ev.budget_musd and later:
        # The budget one holds now: an older job's programme budget ("Led five architects on the claims programme
        # (budget EUR 48m)") says what that programme cost, when the summary and latest job state their own.
        # (never more: spend named there does not outrank a budget owned)
        ev.budget_musd = min(recent_budget(recent) or ev.budget_musd, ev.budget_musd)
    if "report" in recent.lower():
        below = reports_below_executive(recent)
        if below:
            ev.reports_below_executive = True
            ev.signals["reports to"] = below[:2]
    head = low[:600]
    ev.letter = bool(re.search(r"(?m)^\s*dear\b|to whom it may concern", head)) and bool(
        re.search(r"\b(?:sincerely|kind regards|best regards|yours faithfully|yours truly)\b", low[-1500:]))
    student_hits = sorted({m.group(0) for m in STUDENT_RE.finditer(low)})
    # No job with dates or a title, and a degree finished in the last two years (or still to come): a new
    # graduate, whatever words the resume uses for it ("Final degree project", "graduate roles").
    day = today or date.today()
    if not student_hits and not ev.years_known and not ev.titles and ev.graduated is not None \
            and ev.graduated >= day.year * 12 + day.month - 1 - 24:
        student_hits = [f"degree {ev.graduated // 12}, no jobs"]
    if student_hits:
        ev.signals["student or new graduate"] = student_hits[:4]
        ev.student = True
    now_matches = list(STUDENT_NOW_RE.finditer(low))
    now = sorted({m.group(0) for m in now_matches})
    if not now and ("progress" in low or "ongoing" in low or "pursuing" in low or "enrolled" in low):
        # A degree (bachelor's or postgraduate) whose line says it is in progress; not a professional diploma
        # ("BCS International Diploma in Business Analysis — in progress": the British Computer Society's)
        for line in lines:
            ll = line.lower()
            if _IN_PROGRESS_RE.search(ll) and (_is_bachelor(line) or _postgraduate(ll)) and not _DIPLOMA_RE.search(ll):
                m = _IN_PROGRESS_RE.search(low, low.find(ll))  # the same words, as a match in the whole text
                if m is not None:
                    now_matches.append(m)
                    now.append(f"degree {m.group(0)}")
    if now:
        ev.signals["still studying"] = now[:3]
        ev.studying = True
        expected = [int(y) for hit in now for y in _YEAR_RE.findall(hit)]
        # (after a bachelor's completed earlier, or a postgraduate degree, which follows a first one: "Postgraduate
        # (specialization) in Cloud Computing — in progress, conclusion expected 2027")
        ev.further_study = (ev.graduated is not None and bool(expected) and min(expected) > ev.graduated // 12) or \
            all(_postgraduate(line_at(low, m.start())) for m in now_matches)
    # Signals are terms and short phrases, never sentences of the resume (they appear in --explain).
    ev.signals = {k: list(dict.fromkeys(short(v) for v in vals)) for k, vals in ev.signals.items()}
    return ev
