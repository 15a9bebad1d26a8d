"""What a job title or a piece of text says about occupation and technology, on the generic lexicon in
``data/signals.toml`` (no ladder involved): how senior a title is (``title_band``), whether it names technology
work or another occupation, its words without grades, the software and IT technologies a text names, and whether
it is written in another language than English.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lazy_re import lazy

__all__ = [
    "engineering_industry",
    "is_it_title",
    "is_operations_title",
    "is_other_occupation",
    "is_personal_data_line",
    "is_technical_title",
    "lexicon_patterns",
    "occupation_nouns",
    "other_language_share",
    "plural_noun",
    "practice_leader_kinds",
    "practice_title_words",
    "practices",
    "technologies",
    "title_band",
    "title_words",
    "without_seniority",
]

_CHIEF_OFFICER_RE = lazy(r"\bchief\s+(?:[\w&-]+\s+){0,2}officer\b")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    # A plain path beside the module (importlib.resources costs ~10 ms of start-up to import).
    data = (Path(__file__).parent / "data" / "signals.toml").read_bytes()
    return tomllib.loads(data.decode("utf-8"))


@lru_cache(maxsize=1)
def lexicon_patterns() -> dict[str, Any]:
    lex = _lexicon()
    words: dict[str, float] = lex["title_words"]
    tn = lex["title_nouns"]
    nouns = sorted(set(tn["words"]) | set(tn["other"]) | set(tn["tech"]), key=len, reverse=True)
    sections = lex["sections"]
    return {
        "bands": dict(words),
        "title_words_re": re.compile(r"(?<![\w-])(" + "|".join(
            re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])"),
        "multiword": [w for w in words if " " in w or "-" in w],
        "title_word_re": {w: re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])") for w in words if " " in w or "-" in w},
        # Occupation nouns as sets, not one alternation: compiling ~200 alternatives took 1.5 ms of start-up.
        "nouns": frozenset(n for n in nouns if " " not in n),
        "noun_phrases": tuple(n for n in nouns if " " in n),
        "other_re": re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in lex["title_nouns"]["other"])
                               + r")s?(?![\w-])(?!\s+(?:" + "|".join(map(re.escape, tn["other_modified"]))
                               + r")(?![\w-]))"),
        "other_nouns": frozenset(lex["title_nouns"]["other"]),
        "technical_phrases": tuple(tn["technical_phrases"]),
        "discipline_words": frozenset(tn["discipline_words"]),
        # The nouns a field makes another occupation ("Financial Adviser"); in the plural they name a firm
        # ("Fynbos Financial Advisers", "Example Consulting Engineers").
        "field_nouns": frozenset([*tn["other_field_nouns"], "engineer"]),
        "field_words": frozenset(w for f in tn["other_engineering"] + tn["other_fields"] + tn["other_engineering_after"]
                                 + tn["other_engineering_exact"] for w in f.split()),
        # Only the source: it is compiled (and cached by ``re``) for the rare titles that hold a field word.
        "field_pattern": (
            r"(?<![\w-])(?:(?:" + "|".join(re.escape(f) for f in tn["other_engineering"]) + r")\s+(?:[\w-]+\s+)?"
            r"engineer(?:s|ing)?|(?:" + "|".join(re.escape(f) for f in tn["other_engineering_exact"]) + r")s?"
            r"|(?:ingenier[oa]|ingénieure?|engenheir[oa]|ingegnere)\s+(?:(?:de|en)\s+)?(?:"
            + "|".join(re.escape(f) for f in tn["other_engineering_after"]) + r")"
            # (not a software engineer's domain: "Software Engineer (Powertrain)", "Software Engineer, Controls")
            r"|(?<!software\s)engineer\s*[(,–—-]\s*(?:" + "|".join(re.escape(f) for f in tn["other_engineering"])
            + r")|(?:" + "|".join(re.escape(f) for f in tn["other_fields"]) + r")\s+"
            # a second field joined to the first ("Treasury & Payments Analyst", "Sales and Marketing Manager"),
            # not a technical one ("Product & Engineering Director" leads engineers)
            r"(?:(?:&|and)\s+(?!(?:" + "|".join(re.escape(n) for n in lex["title_nouns"]["tech_context"])
            + r")\b)[\w-]+\s+|[\w-]+\s+)?"
            r"(?:" + "|".join(re.escape(n) for n in tn["other_field_nouns"]) + r")s?)(?![\w-])"),
        "tech_re": re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in lex["title_nouns"]["tech"])
                              + r")s?(?![\w-])"),
        "tech_context_re": re.compile(r"(?<![\w-])(?:" + "|".join(
            re.escape(n) for n in lex["title_nouns"]["tech_context"]) + r")s?(?![\w-])"),
        # A heading opens with one of its kind's words ("Work experience", "Professional experience"); a word
        # written "=work" is a heading only on its own ("Work", not the wrapped "work flows.").
        "heading": {
            kind: re.compile(r"^\W*(?:(?:" + "|".join(re.escape(h) for h in heads if not h.startswith("=")) +
                             r")\b[\w\s&/]{0,30}" + "".join("|" + re.escape(h[1:]) for h in heads if h.startswith("="))
                             + r")\W*$")
            for kind, heads in sections.items()
        },
        "edu_label_re": re.compile(r"^\W*(?:" + "|".join(re.escape(h) for h in sections["education"]
                                                          if not h.startswith("=")) + r")\s*:"),
        "edu_re": re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(w) for w in lex["education_words"]["words"]) + r")(?![\w])"
        ),
        "not_degree_re": re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(w) for w in lex["education_words"]["not_degrees"]) + r")(?![\w])"
        ),
        # "Education: CFGS Desarrollo de Aplicaciones Web, IES Maritim, 2023-2025": a section in one line.
        "institution_re": re.compile(
            r"(?<![\w])(?:" + "|".join(re.escape(w) for w in lex["education_words"]["institutions"]) + r")(?![\w])"
        ),
        "student_roles": frozenset(lex["education_words"]["student_roles"]),
    }


class Anchored:
    """A case-insensitive pattern tried only on text whose lower case holds one of its anchors: substrings every
    match contains. Phrases in several languages made PART_TIME_RE four times slower on each line it reads (the
    engine tries every alternative at every position); a substring scan of a short line costs almost nothing.
    tests/test_evidence.py checks the anchors against each pattern."""

    __slots__ = ("anchors", "pattern")

    def __init__(self, pattern: str, anchors: tuple[str, ...]) -> None:
        self.pattern, self.anchors = lazy(pattern, re.IGNORECASE), anchors

    def _gate(self, text: str) -> bool:
        low = text.lower()
        for anchor in self.anchors:  # noqa: SIM110 (no generator for any(): this runs on every role's lines)
            if anchor in low:
                return True
        return False

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._gate(text) else None

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self._gate(text) else None


# "Part-time", "Barista (weekends)": a job beside something else (one's studies), not the occupation one holds.
PART_TIME_RE = Anchored(
    r"\bpart[- ]time\b|\(\s*(?:weekends?|evenings?)\b[^()]{0,30}\)|"
    # the same in the languages of European CVs, and hours a week well under full time ("16 Std./Woche",
    # "20 hours/week")
    r"\bteilzeit\b|\btemps partiel\b|\btiempo parcial\b|\bmedia jornada\b|\bmeio per[íi]odo\b|"
    r"(?<!\d)(?:[1-9]|[12]\d)\s*(?:hours|hrs|h|std|stunden)\.?\s*(?:/|per|a|pro)\s*(?:week|wk|woche)\b"
    r"(?=\s*(?:[,;:()]|$|during|while|alongside|beside|während|neben|pendant|durante))",
    ("part", "weekend", "evening", "teilzeit", "parcial", "jornada", "meio per", "week", "wk", "woche"))

# A job beside one's studies ("Cashier, FreshWay Market, 2021 - 2026 (part-time during school)", "Student jobs:
# barista, 2020 to 2024", "Weekend job at a local supermarket, 2020 - 2023"); a part-time job on its own is work.
STUDENT_JOB_RE = Anchored(
    r"\b(?:during|while at|alongside) (?:my )?(?:high school|school|university|college|studies|degree)\b|"
    r"\bwhile studying\b|\b(?:summer|weekend) jobs?\b|\bstudent (?:jobs?|work|employment)\b|"
    # the same in the languages of European CVs: work-study, internships, working students ("en alternance",
    # "stagiaire", "Werkstudent", "Praktikum", "becario", "estágio")
    r"\bwork[- ]study\b|\b(?:en )?alternance\b|\bapprentie?\b|\bstagiaire\b|\bstage de\b|"
    r"\bwerkstudent(?:in)?\b|\bpraktikant(?:in)?\b|\bpraktikum\b|\bbecari[oa]\b|"
    r"\bestagi[áa]ri[oa]\b|\best[áa]gio\b|\btirocin(?:ante|io)\b|"
    # ("während des Studiums", "pendant mes études", "durante mis estudios")
    r"\b(?:während|neben) (?:des|dem|meines|meinem) (?:studiums?|bachelors?|masters?)\b|"
    r"\bstudienbegleitend\b|\bpendant (?:mes|les|ses) études\b|"
    r"\bdurante (?:mis|los|la|a|o|os|gli) (?:estudios|carrera|faculdade|gradua[çc][ãa]o|studi|universidad)\b",
    ("during", "while", "alongside", "job", "student", "study", "alternance", "apprenti", "stagiaire", "stage de",
     "praktik", "becari", "estagi", "estági", "tirocin", "während", "neben", "studienbeg", "pendant", "durante"))

# Volunteering ("Volunteer tutor", "volunteered at a coding club"): not the occupation one holds.
VOLUNTEER_RE = lazy(r"(?i)\bvolunteer(?:ed|ing)?\b")

# A guest's or visitor's turn ("Guest lecturer, ... one evening a term since 2021"): done beside one's occupation.
GUEST_RE = lazy(r"(?i)\s*(?:guest|visiting)\b")

_WORD_RE = lazy(r"[^\W_][\w-]*")


def occupation_nouns(low: str) -> list[str]:
    """The occupation nouns in lower-case text, as the lexicon spells them (a plural found as its singular):
    words first, then multi-word ones."""
    c = lexicon_patterns()
    single: frozenset[str] = c["nouns"]
    found = [w if w in single else w[:-1] for w in _WORD_RE.findall(low)
             if w in single or (w[-1:] == "s" and w[:-1] in single)]
    found += [p for p in c["noun_phrases"] if p in low and re.search(rf"(?<![\w-]){re.escape(p)}s?(?![\w-])", low)]
    return found


@lru_cache(maxsize=1)
def _industry_words() -> frozenset[str]:
    """The one-word engineering fields that also name an industry ("manufacturing", "water", "mining")."""
    fields = _lexicon()["title_nouns"]["other_engineering"]
    return frozenset(f for f in fields if " " not in f) - {"chartered", "registered", "licensed", "controls"}


def engineering_industry(engineer: str, after: str) -> str | None:
    """The occupation an ambiguous engineer's title names with the industry said after it ("reliability engineer"
    and "with 12 years in food and beverage manufacturing": "reliability engineer, manufacturing"), or None. Only
    for a title that names no software by itself: a site reliability or software engineer in manufacturing is
    still a software person."""
    low = engineer.lower()
    if not low.endswith("engineer") or is_it_title(low) or is_other_occupation(low) or \
            any(p in low for p in lexicon_patterns()["technical_phrases"]):
        return None
    m = _INDUSTRY_RE.match(after.lower())
    if m is None:
        return None
    field = next((w for w in _WORD_RE.findall(m.group(1)) if w in _industry_words()), None)
    return f"{low}, {field}" if field else None


# What follows an occupation in a profile's first words: "with 12 years in food and beverage manufacturing",
# "in water utilities": the industry, up to the end of the clause.
_INDUSTRY_RE = lazy(r"\s*(?:with\s+(?:over\s+|more than\s+|nearly\s+|almost\s+|about\s+)?[\w+]+\s+years?\s+)?"
                          r"(?:in|across)\s+(?:the\s+)?([^.,;:()\n]{3,60})")


# "Head of Architecture (reports to the CIO)": whom one reports to is not part of one's title.
_REPORTS_TO_RE = lazy(r"(?i)[(,;–—-]\s*(?:reporting|reports|reported|report)\s+(?:directly\s+)?to\b[^)]*\)?")


def title_band(text: str) -> float | None:
    """Seniority band the words of a job title say (highest wins; None when no seniority word)."""
    if "report" in text.lower():
        text = _REPORTS_TO_RE.sub(" ", text)
    low = " " + re.sub(r"[,/|()]", " ", text.lower()) + " "
    c = lexicon_patterns()
    found = {m.group(1) for m in c["title_words_re"].finditer(low)}
    # Overlapping phrases ("senior engineering manager" inside a longer one) are found by their own search.
    found |= {w for w in c["multiword"] if w in low and c["title_word_re"][w].search(low)}
    best: float | None = None
    trainee = False
    for word in found:
        # Roman numerals only count right after a title noun ("Engineer II").
        if word in ("i", "ii", "iii", "iv") and not re.search(rf"\w+er\s+{word}(?![\w])", low):
            continue
        band = c["bands"][word]
        trainee |= band == 0.0
        best = band if best is None else max(best, band)
    if _CHIEF_OFFICER_RE.search(low):  # "Chief Technology Officer", "Chief Cloud Officer"
        best = max(best or 0.0, 4.0)
    if trainee and best is not None and best < 1.0:
        return 0.0  # "Graduate Trainee", "Junior Intern": a trainee graded as junior is still a trainee
    return best


# Words that grade a job rather than name it ("Senior", "Lead", "II"); role nouns (manager, director, VP) stay.
_GRADES = frozenset(("senior", "sr", "junior", "jr", "lead", "principal", "staff", "associate", "graduate",
                     "trainee", "i", "ii", "iii", "iv", "v", "1", "2", "3"))


def title_words(title: str) -> str:
    """A title's words, lower-cased and joined by single spaces: "Director of Software Engineering
    (Microservices)" -> "director of software engineering microservices"."""
    return " ".join(_WORD_RE.findall(title.lower()))


def without_seniority(title: str) -> str:
    """A title's words without the words that grade it, lower-cased: "Senior Software Engineer II" -> "software
    engineer"; "Engineering Manager" stays itself."""
    return " ".join(w for w in _WORD_RE.findall(title.lower()) if w not in _GRADES)


def is_technical_title(title: str) -> bool:
    """A title that names technology work ("Network Administrator", "IT Director", "Software Engineer")."""
    c = lexicon_patterns()
    low = title.lower()
    return bool(c["tech_re"].search(low) or c["tech_context_re"].search(low))


def plural_noun(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` is the plural of one of ``nouns`` (and not a noun of its own)."""
    return word.endswith("s") and word not in nouns and word[:-1] in nouns


def is_other_occupation(title: str) -> bool:
    """A title whose head noun (the last occupation noun in it) is outside technology: "Computer Science
    Teacher" is a teacher, "Software Sales Engineer" an engineer, "Civil Engineer" and "Marketing Manager"
    other occupations (a field outside software qualifies the noun)."""
    c = lexicon_patterns()
    low = title.lower()
    for phrase in c["technical_phrases"]:
        if phrase in low:
            low = low.replace(phrase, phrase.split(None, 1)[1])
    # "civil engineer": its noun is no tech noun (the pattern only runs, and is only compiled, for field words)
    has_field = c["field_words"] & set(_WORD_RE.findall(low))
    fields = [m.span() for m in re.finditer(c["field_pattern"], low)] if has_field else []
    # A plural occupation names a firm, not the person's job ("Southbank Insurance Brokers", "Example Chartered
    # Accountants", "Example Consulting Engineers"), as a content-only or run-together line may present it.
    other = [m.end() for m in c["other_re"].finditer(low) if not plural_noun(m.group(0), c["other_nouns"])] + [
        end for a, end in fields if not plural_noun(low[a:end].rsplit(None, 1)[-1], c["field_nouns"])]
    if not other:
        return False
    tech = [m.end() for m in c["tech_re"].finditer(low) if not any(a <= m.start() < b for a, b in fields)]
    if max(other) <= max(tech, default=-1):
        return False
    # "Chemical Engineer / IT Specialist": a technical title after the other occupation is the head.
    tail = low[max(other):]
    return not (occupation_nouns(tail) and is_technical_title(tail))


@lru_cache(maxsize=1)
def _technology_re() -> re.Pattern[str]:
    terms = sorted(_lexicon()["technology"]["terms"], key=len, reverse=True)
    # "Java/Python", "ITIL-based": a slash or hyphen does not end the word before it, a dot or a plus does.
    return re.compile(r"(?<![\w.+#])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![\w+#])")


@lru_cache(maxsize=4)
def _title_words_re(key: str) -> re.Pattern[str]:
    """One whole-word pattern of a [technology] list of job-title words ("title_words", "operations_title_words")."""
    words = sorted(_lexicon()["technology"][key], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def is_it_title(title: str) -> bool:
    """A job title that says by itself the work is software or IT ("IT Intern", "Web Developer")."""
    return _title_words_re("title_words").search(title.lower()) is not None


def is_operations_title(title: str) -> bool:
    """A job title of IT operations: servers, networks, desks ("Systems Administrator", "IT Support Technician")."""
    return _title_words_re("operations_title_words").search(title.lower()) is not None


# "API 579", "API RP 1173", "API 5L": an American Petroleum Institute standard, not a software interface ("booking
# API 99.9%" is one: a decimal follows).
_API_STANDARD_RE = lazy(r"\s+(?:rp\s+|std\s+|spec\s+)?\d{1,4}[a-z]{0,2}(?![\w%]|[.,]\d)")


def technologies(low: str, enough: int = 2) -> list[str]:
    """The first ``enough`` distinct software/IT technologies the (lower-cased) text names: whether it names
    any, or only one, is all the decision asks, and most resumes name two in their first lines."""
    found: list[str] = []
    same: dict[str, str] = _lexicon()["technology_spellings"]
    for m in _technology_re().finditer(low):
        if m.group(0) == "api" and _API_STANDARD_RE.match(low, m.end()):
            continue
        name = same.get(m.group(0), m.group(0))
        if name not in found:
            found.append(name)
            if len(found) >= enough:
                break
    return found


_LETTERS_RE = lazy(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(_lexicon()["languages"]["function_words"])


def other_language_share(low: str) -> float:
    """The share of the (lower-cased) text's words that are function words of another language ("und", "pour",
    "para", ...; [languages] in data/signals.toml): about a tenth or more in a text written in that language."""
    words = _LETTERS_RE.findall(low)
    other = _function_words()
    return sum(w in other for w in words) / len(words) if words else 0.0


# A line's label before its colon ("Domicilio:", "Date of birth:"): a short pattern, then a set look-up (an
# alternation of the ~100 labels took a millisecond of every start-up to compile).
_LABEL_RE = lazy(r"^\W*([^\W\d_][^:\n]{0,30}?)\s*:")


@lru_cache(maxsize=1)
def _personal_data_labels() -> frozenset[str]:
    return frozenset(_lexicon()["personal_data"]["labels"])


def is_personal_data_line(line: str) -> bool:
    """Whether the line opens with a personal-data label and its colon ("Domicilio: C/ Doctor Cerrada 21")."""
    m = _LABEL_RE.match(line)
    return m is not None and m.group(1).lower() in _personal_data_labels()


@lru_cache(maxsize=1)
def _practice_patterns() -> dict[str, tuple[tuple[str, ...], re.Pattern[str], dict[str, str]]]:
    """Per kind of practice ([practices] in data/signals.toml): the words of the work, one pattern of all its
    spellings, and each spelling's practice."""
    out: dict[str, tuple[tuple[str, ...], re.Pattern[str], dict[str, str]]] = {}
    for kind, table in _lexicon().get("practices", {}).items():
        spelling = {s: name for name, spellings in table["names"].items() for s in spellings}
        out[kind] = (tuple(table["work"]), re.compile(r"(?<![\w-])" + _trie(spelling) + r"(?![\w-])"), spelling)
    return out


def _trie(words: Iterable[str]) -> str:
    """One pattern of many literal words as a trie ("architecture (?:review|standards)"), longest match first: the
    engine follows one branch per character instead of trying forty alternatives at every position (half the
    time of a plain alternation)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + pattern(root) + ")"


def practices(low: str) -> dict[str, list[str]]:
    """The distinct practices of each kind the (lower-cased) text names, in order of first mention: "ADRs"
    and "architecture decision records" are one. Only in a text that names one of the words of the work."""
    found: dict[str, list[str]] = {}
    for kind, (work, pattern, spelling) in _practice_patterns().items():
        if not any(w in low for w in work):
            continue
        names = list(dict.fromkeys(spelling[m.group(0)] for m in pattern.finditer(low)))
        if names:
            found[kind] = names
    return found


@lru_cache(maxsize=1)
def practice_leader_kinds() -> frozenset[str]:
    """The kinds of practice that vote for a director's or VP's track too (``leaders = true``)."""
    return frozenset(kind for kind, table in _lexicon().get("practices", {}).items() if table.get("leaders"))


def practice_title_words() -> dict[str, str]:
    """Per kind of practice, the word of the work in job titles ("architect")."""
    return {kind: table["title_word"] for kind, table in _lexicon().get("practices", {}).items()}
