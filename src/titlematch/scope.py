"""Scope of leadership in resume language: team sizes, managers of managers, budgets, executive reporting,
small organisations, and the signals advice uses (certifications, community, a track record). Generic
English patterns; no ladder involved."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .lazy_re import lazy
from .prefixes import PrefixSearch

if TYPE_CHECKING:
    from .evidence import Evidence

__all__ = ["CLAIMED_RE", "CLAIMED_WITH_RE", "ROLE_DURATION_RE", "STUDENT_NOW_RE", "STUDENT_RE", "line_at", "read_scope",
           "short", "word_char_at", "years_number"]


class _Gated:
    """A pattern tried only on text that holds one of its anchors: substrings every match of it contains.

    Most of these patterns start with an alternation (of verbs, numbers, phrases) that the regex engine tries at
    every position of the text, about 0.1 ms each on a two-page resume, while most resumes hold no match; a
    substring test is a C-speed scan. tests/test_scope.py checks every anchor list against every match.

    From its fourth use on, a pattern whose matches all open with a few literal strings is then tried only where
    one of them occurs (:class:`~titlematch.prefixes.PrefixSearch`): the same matches, at half the cost or less
    for the patterns read over a whole resume. Reading those strings off the pattern costs about as much as
    compiling it, which a one-resume report, using each pattern once or twice, would not win back.
    """

    def __init__(self, pattern: str, anchors: tuple[str, ...]) -> None:
        self.source, self.anchors = pattern, anchors
        # compiled on first use: most resumes never pass most gates (compiling them all took ~5 ms of start-up)
        self.pattern = lazy(pattern)
        self.search = PrefixSearch(self.pattern, pattern, after=3)

    def gate(self, text: str) -> bool:
        for anchor in self.anchors:  # noqa: SIM110 (no generator for any(): this runs ~30 times a resume)
            if anchor in text:
                return True
        return False

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.search.finditer(text) if self.gate(text) else iter(())


_NUM_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
              "fifty": 50, "several": 3, "multiple": 3, "a dozen": 12, "dozens of": 24, "hundreds of": 200}
_NUM = r"(\d{1,4}(?:,\d{3})?\+?|" + "|".join(_NUM_WORDS) + r")"
_PEOPLE = r"(?:engineers|developers|people|staff|employees|fte|ftes|headcount|members|testers|architects|" \
          r"analysts|sres|reports|direct reports|contractors|consultants|specialists|person|persons)"
# People led, for the broad "responsible for ... N engineers" pattern (no "employees": that is company size).
_TEAM_PEOPLE = r"(?:engineers|developers|testers|architects|analysts|sres|direct reports|reports|people)"
# "head", "heads", "heading" a group; not "trace headers", "headquarters", "headless" or "headlines"
_HEAD = r"head(?!ers?\b|quarters|less|line|room)\w*"
_LEAD_VERB = r"(?:led|lead|leading|manag\w*|ran|run|running|" + _HEAD + r"|built|build|building|grew|grow|growing|" \
             r"scaled|scaling|oversaw|oversee\w*|direct\w*|supervis\w*|responsible for)"
_PEOPLE_ANCHORS = ("engineer", "developer", "people", "staff", "employee", "fte", "headcount", "member", "tester",
                   "architect", "analyst", "sre", "report", "contractor", "consultant", "specialist", "person")
# "responsible for / leading ... N engineers", words between; the counts it finds are checked for people served
# ("the pipeline that gets code from 600 engineers") in _team_sizes.
# ("management" in brackets with the count describes the employer: "(freight management SaaS, ~250 people)")
_BROAD_TEAM = _Gated(
    rf"(?:responsible for|leading|lead|led|manag(?!ement[^()\n]*\d[^()\n]*\)|ers\b)\w*|{_HEAD}|running|"
    rf"oversee\w*|oversaw)\b[^.\n(;]{{0,60}}?\b{_NUM}\s+(?:\w+\s+)?{_TEAM_PEOPLE}\b",
    ("engineer", "developer", "tester", "architect", "analyst", "sre", "report", "people"),
)
_TEAM_PATTERNS = [
    _Gated(rf"{_LEAD_VERB}\s+(?:a|an|the|my|our)?\s*(?:\w+\s+){{0,3}}(?:team|teams|squad|squads)\s+(?:of|with)\s+"
           rf"(?:about\s+|over\s+|~)?{_NUM}(?!\s+(?:students|pupils|customers|clients|users|patients))",
           ("team", "squad")),
    # "Lead the architecture department (11 architects: ...)", "lead a department of 14: three lead architects"
    _Gated(rf"{_LEAD_VERB}\s+(?:a|an|the|my|our)?\s*(?:\w+\s+){{0,3}}(?:group|org|organi[sz]ation|department|"
           rf"division|function|practice|unit)s?(?:\s+(?:of|with)\s+|\s*\(\s*)(?:about\s+|over\s+|~)?{_NUM}(?:\s+"
           rf"(?:[\w,&/-]+\s+){{0,2}}{_PEOPLE}|\s*:)",
           ("group", "org", "department", "division", "function", "practice", "unit")),
    _Gated(rf"{_LEAD_VERB}\s+(?:a\s+|an\s+|the\s+)?(?:team\s+of\s+|group\s+of\s+)?(?:about\s+|over\s+|~)?"
           rf"{_NUM}\s+(?:[\w,&/-]+\s+){{0,4}}{_PEOPLE}", _PEOPLE_ANCHORS),
    # (its people may follow in brackets: "Team of five (two engineers, one designer, two founders)")
    _Gated(rf"(?:team|org|organi[sz]ation|department|group)\s+of\s+(?:about\s+|over\s+|~)?{_NUM}\s+(?:\(\s*)?"
           rf"(?:\w+\s+){{0,3}}{_PEOPLE}", ("team", "org", "department", "group")),
    # ... or say the one who writes is in it: "Engineering team of 5 (including me)", "a squad of six, me included"
    _Gated(rf"(?:team|squad)\s+of\s+(?:about\s+|~)?{_NUM}\s*[(,]?\s*(?:(?:including|incl\.?)\s+(?:me|myself)|"
           rf"me\s+included)\b", ("includ", "incl")),
    # ("a three-developer squad"; not "6 people across squads", spread over teams, nor "3 developer squads")
    # ("40 people from app teams" come to it from teams; not a team of 40)
    _Gated(rf"\b{_NUM}[\s-]+(?:person|people|member|engineer|developer|strong)\s+(?:(?:(?!from\b|at\b|with\b)"
           rf"\w+\s+){{0,2}}(?:team|org|organi[sz]ation|department|group)|squad\b)",
           ("person", "people", "member", "engineer", "developer", "strong")),
    _Gated(rf"\b{_NUM}\s+(?:direct\s+)?reports", ("reports",)),
    _BROAD_TEAM,
    _Gated(rf"(?:headcount|team size)\s+(?:of\s+|from\s+\d+\s+to\s+)?{_NUM}", ("headcount", "team size")),
    # "grew the practice from 6 architects to 17"
    _Gated(rf"(?:grew|scaled|growing|scaling|built)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){{0,3}}(?:team|org|"
           rf"organi[sz]ation|department|group|function|practice)\s+from\s+\d+\s+(?:{_PEOPLE}\s+)?to\s+{_NUM}",
           ("grew", "scal", "growing", "built")),
    # "Run the engineering team: 4 developers plus me", "lead the payments squad (6 engineers)": the size after a
    # colon or a bracket, with a word for people (a year in brackets is no size).
    _Gated(rf"{_LEAD_VERB}\s+(?:a|an|the|my|our)?\s*(?:\w+\s+){{0,3}}(?:team|squad)\s*[:(]\s*(?:about\s+|over\s+|~)?"
           rf"{_NUM}\s+(?:[\w/-]+\s+){{0,2}}?{_PEOPLE}\b", ("team:", "team (", "team(", "team :", "squad:", "squad (",
                                                          "squad(", "squad :")),
    # "three engineers report to me", "5 developers reporting directly to me" (a match may cross a line break)
    _Gated(rf"\b{_NUM}\s+(?:[\w-]+\s+)?{_TEAM_PEOPLE}\s+report(?:s|ed|ing)?\s+(?:directly\s+)?to\s+me\b",
           ("report",)),
]
_MANAGERS_RE = _Gated(
    # (not software's own managers: "12 task managers", "package managers"; nor one's own former bosses: "Two former
    # managers ... have agreed to speak with prospective employers")
    rf"(?:\b{_NUM}\s+(?:(?!with\b|and\b|to\b|for\b|of\b|by\b|from\b|across\b|task\b|package\b|resource\b|"
    r"former\b|previous\b|past\b|cluster\b|secrets?\b|password\b|window\b|node\b|connection\b|session\b|state\b)\w+\s+)?"
    r"(?:engineering\s+|development\s+|qa\s+|team\s+|line\s+)?(?:managers|team leads|team leaders|"
    r"directors|leads|tech leads|supervisors|heads of|heads(?=\s*[(:])|lead (?:architects|engineers|developers))\b"
    r"|managers of managers|manager of managers|through (?:\w+ ){0,2}(?:managers|team leads|team leaders|leads|"
    r"directors|heads)"
    r"|(?:managed|manage|managing|leading|led|oversaw|oversee\w*)\s+(?:\w+\s+){0,3}(?:managers|team leads|"
    r"team leaders|directors|heads of)\b|(?:managers|directors|heads|team leads|team leaders|leaders|coordinators|"
    r"leads|lead)\s+"
    r"(?:\w+\s+){0,3}?report(?:ing|ed|s)?\s+"
    r"(?:directly\s+)?to\s+me|each (?:(?:team|squad|group|one) )?(?:with|has|had) (?:(?:its|their) own|an?) "
    r"(?:team |group |squad )?(?:lead|manager)"
    # "four teams with their own engineering managers"
    r"|(?:teams|squads|groups)\s+(?:each\s+)?(?:with|having)\s+(?:their|its)\s+own\s+(?:[\w-]+\s+)?"
    r"(?:managers?|leads?|leaders?|heads?)\b"
    # "three teams ..., each led by a team lead", "each run by its own head"
    r"|each (?:run|led|headed) by (?:an?|its own) (?:[\w-]+ ){0,2}?(?:head|manager|director|lead)"
    # a list of one's reports by their titles: "Direct reports: Director of Enterprise Architecture, Director of ..."
    r"|direct reports\s*(?:\(\d+\)\s*)?:[^\n.;]{0,80}?\b(?:directors?|heads? of|(?:\w+ )?managers?|team leads?|"
    r"team leaders?)\b"
    # (one manages them; not "engineering managers of 14 product squads", whom one works with)
    r"|(?:manag(?!ers\b)\w*|" + _HEAD + r"|oversee\w*|oversaw|run|ran|running|responsible for)\s+"
    # "ran the review with four teams", "run design reviews for six teams": work done with or for teams
    r"(?:(?!with\b|across\b|between\b|among\b|alongside\b|by\b|for\b)[\w,&-]+\s+){0,3}?"
    r"(?:three|four|five|six|seven|eight|several|multiple|[3-9]|1\d)\s+(?:\w+\s+)?(?:teams|squads|groups))",
    ("managers", "leads", "team leader", "directors", "supervisors", "report", " own ", "teams", "squads", "groups",
     "heads", " by a ", " by its ", "each ", "lead architects", "lead engineers", "lead developers"),
)
# Whom the managers one manages are: directors and heads of functions make an organisation of organisations.
# ("head" alone is the verb: "head a group of four teams")
_DIRECTORS_RE = lazy(r"director|\bheads\b|\bhead of\b|\bby (?:a|its own) head\b|\bvps?\b|vice president")
# A currency as a symbol or an ISO code ("$4M", "€2.5m", "USD 21M", "EUR 3 million", "R$ 14M", "₹14 crore",
# "SEK 410M", "R 23M": the rand).
# (no \b before the codes: every alternative starting with a literal lets the engine skip ahead to candidates)
_CODES = ("usd", "eur", "gbp", "chf", "aud", "cad", "sgd", "nzd", "inr", "brl", "mxn", "zar", "pln", "sek", "nok",
          "dkk", "jpy", "kes", "ngn", "aed", "hkd", "cny", "rmb", "czk", "huf", "myr", "idr", "uah", "pkr", "krw")
_MONEY = rf"(?:[$€£₹¥₦₩]|\br\s?(?=\d)|\b(?:rs|kr)\.?\s?|(?:{'|'.join(_CODES)})\s)"
# (millions in Portuguese, Spanish and Italian too: "R$ 7,4 milhões/year", "USD 2,5 millones", "EUR 3 milioni")
_AMOUNT = r"\s?(\d+(?:[.,]\d+)?)\s*(k|m|mm|mn|mln|millions?|milhões|milhão|millones|millón|milioni|milione|b|bn|" \
          r"billion|crores?|cr|lakhs?)\b"
# The amount before its currency, as continental Europe writes it ("budget of 3,2 Mio. EUR", "about 9 mln PLN",
# "2.4 millions d'euros", "1,5 M€"): "Mio." and "Mrd." are the German million and billion.
_AFTER_CODES = ("eur", "euro", "euros", "chf", "pln", "zł", "usd", "gbp", "sek", "nok", "dkk", "czk", "huf")
_AMOUNT_FIRST = (r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(mio|mrd|mln|mn|m|k|millions?|millionen|millones|milh[õo]es)"
                 rf"\.?\s*(?:d[e'’]\s*)?(?=(?:{'|'.join(_AFTER_CODES)})\b|€)")
_CURRENCY_AFTER_RE = lazy(rf"\.?\s*(?:d[e'’]\s*)?({'|'.join(_AFTER_CODES)}|€)")
_BUDGET_RE = _Gated(
    # (the amount may wrap onto the next line: "an annual budget of about\nEUR 3.4m"; not past a gap's NUL line,
    # nor into the next bullet: "kept cloud spend under USD 1,200/month\n- Processed KES 2.1bn in payouts")
    # ("budget (approx. €3.4m": the dot of an abbreviation ends no sentence)
    rf"(?:budget|p&l|spend|opex|capex|cost base|portfolio)(?:[^.\n]|\.(?:(?<=approx\.)|(?<=\bca\.)|(?<=\bc\.))|"
    rf"\n(?!\0|[ \t]*[-•*·▪◦–][ \t])){{0,60}}?"
    rf"(?:{_MONEY}{_AMOUNT}|{_AMOUNT_FIRST})"
    rf"|[$€£₹¥₦₩]{_AMOUNT}[^.\n]{{0,40}}?(?:budget|p&l|spend|opex|capex)",
    ("budget", "p&l", "spend", "opex", "capex", "cost base", "portfolio"),
)
# The amount first with a currency code ("USD 21M annual budget", "R 23M budget"): a pattern of its own, so the one
# above keeps the rare currency symbols as the only way in and skips quickly through text without them.
_CODE_BUDGET_RE = _Gated(
    rf"\b(?:{'|'.join(_CODES)}|r)\s{_AMOUNT}[^.\n]{{0,40}}?(?:budget|p&l|spend|opex|capex)",
    ("budget", "p&l", "spend", "opex", "capex"),  # rarer than "r " and the codes, and fewer to look for
)
# US dollars per unit of the currencies far from the dollar, roughly (a budget's size is read to within a factor
# of two, so the euro, pound, franc and the Canadian, Australian, Singapore and New Zealand dollars count as
# dollars): a "SEK 410M" or "₹38 crore" budget is a department's, not a company's.
_USD_PER_UNIT = {"inr": 0.012, "₹": 0.012, "rs": 0.012, "brl": 0.18, "r$": 0.18, "mxn": 0.055, "mx$": 0.055,
                 "zar": 0.055, "r": 0.055, "pln": 0.25, "zł": 0.25, "sek": 0.095, "nok": 0.093, "kr": 0.1, "dkk": 0.145,
                 "jpy": 0.0067, "¥": 0.0067, "kes": 0.0077, "ngn": 0.00065, "₦": 0.00065, "aed": 0.27,
                 "hkd": 0.128, "hk$": 0.128, "cny": 0.14, "rmb": 0.14, "czk": 0.043, "huf": 0.0027, "myr": 0.22,
                 "idr": 0.000063, "uah": 0.024, "pkr": 0.0036, "krw": 0.00072, "₩": 0.00072}
_CURRENCY_BEFORE_RE = lazy(r"(r\$|mx\$|hk\$|[$€£₹¥₦₩]|\b[a-z]{1,3})\.?\s*~?$")
_OWNED_BUDGET_RE = lazy(r"budget|p&l|opex|capex|cost base|portfolio")
# A consumption budget is a bill the platform runs up (cloud consumption, usage), spend rather than an
# organisation's budget: it says little about how large the organisation is.
# So is a cloud budget ("the cloud run budget (AUD 28M a year across AWS and Azure)"), read with the words just
# before the budget phrase.
# And a programme's budget over several years ("programme budget £34m over four years"): what the programme
# costs, not the budget of the organisation one runs.
_CONSUMPTION_RE = lazy(r"consumption|usage|cloud bill|cloud spend|hosting cost|"
                             r"cloud (?:run |run-rate |hosting |infrastructure |platform )?budget|run(?:-rate)? budget|"
                             r"\bprogram(?:me)? \(?budget|\bproject \(?budget|"
                             r"\bover (?:two|three|four|five|six|\d+) years")
# One's own reporting line, not a colleague's ("..., who reports to the CIO") nor a document ("a quarterly report
# to the CIO"): "Reporting to the CTO", "I report to", "and reported directly to", at a line or clause start.
# The patterns start with the word itself (fast to find); _own_start checks what comes before.
_CLAUSE_MARKS = frozenset("\n;:,•*(·|—–-")


def word_char_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` exists and is a word character (what ``\\b`` looks at)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _own_start(low: str, p: int) -> bool:
    """Whether "report..." at ``p`` opens a clause of one's own: at the start, after a line break or a clause mark
    (and up to two spaces; a line's indent of three or four), or after "I" or "and"."""
    if p == 0 or low[p - 1] in _CLAUSE_MARKS:
        return True
    if p >= 2 and low[p - 1] == " " and low[p - 2] in _CLAUSE_MARKS:
        return True
    if p >= 3 and low[p - 2: p] == "  " and low[p - 3] in _CLAUSE_MARKS:
        return True
    if low[max(0, p - 4): p] == "\n   " or low[max(0, p - 5): p] == "\n    ":
        return True
    for word in ("i ", "and "):
        q = p - len(word)
        if q >= 0 and low[q: p] == word and not word_char_at(low, q - 1):
            return True
    return False


# Reporting or presenting to the executive team is what directors and VPs alike do (the phrase is in 28 Director
# and 27 VP resumes of the labelled set); being on it, or reporting to one of its members, is executive scope.
_TO_EXEC_RE = lazy(r"\bto the $")
_EXEC_REPORTING_RE = _Gated(
    r"report(?:ing|ed|s)?\s+(?:directly\s+)?to\s+(?:the )?(?:group |global )?(?:ceo|cto|coo|cio|president|founders?|"
    r"chief \w+ officer)\b",
    ("report",),
)
_TECHNOLOGY_CHIEF_RE = lazy(r"\b(?:cto|cio|chief (?:technology|information|digital) officer)\b")
# An executive title said to be a grade or rank at the employer: 'Vice President" is a corporate grade at my bank',
# "Bank grades: VP is a seniority band", "the corporate title of Vice President".
_TITLE_GRADE_RE = _Gated(
    r"\b(?:vice president|vp|avp|svp|director|managing director)[\"'”’]?\s+(?:is|was)\s+(?:a|the|just a|only a|"
    r"simply a)\s+(?:[\w-]+\s+){0,2}(?:grade|rank|band)\b|\bcorporate (?:title|grade|rank)\b",
    ("grade", "rank", "band", "corporate"),
)
_EXEC_RE = _Gated(
    r"\b(?:board of directors|the board|executive (?:team|committee|leadership team|staff)|"
    r"c-suite|c-level|company-wide|company wide|enterprise-wide|"
    r"organi[sz]ation-wide|across the (?:company|enterprise|organi[sz]ation)|investors?|ipo|m&a|"
    r"due diligence|p&l)\b",
    ("board", "executive", "c-suite", "c-level", "company-wide", "company wide", "enterprise-wide",
     "organisation-wide", "organization-wide", "across the", "investor", "ipo", "m&a", "diligence", "p&l"),
)
_LEAD_RE = _Gated(
    r"\b(?:mentor\w*|coach\w*|tech(?:nical)? lead|led (?:the )?(?:design|architecture|migration|development|"
    r"implementation|team|effort|initiative|rollout|adoption)|set (?:the )?(?:technical )?(?:direction|"
    r"standards)|design reviews?|code reviews? for|owned the (?:architecture|design|roadmap)|"
    r"drove (?:the )?adoption|onboard\w* (?:new )?(?:engineers|developers|hires)|"
    # the lead in fact, not in title ("the de facto reliability lead ... my title has not changed")
    r"de facto (?:[\w-]+ )?lead)\b",
    ("mentor", "coach", "tech lead", "technical lead", "led ", "set ", "design review", "code review", "owned the",
     "drove", "onboard", "de facto"),
)
STUDENT_RE = _Gated(
    r"\b(?:expected (?:graduation|to graduate)|gpa|coursework|current(?:ly)? (?:a )?student|undergraduate|"
    r"final[- ]year|capstone|graduat(?:e|ing) in \d{4}|class of \d{4}|bootcamp)\b",
    ("expected", "gpa", "coursework", "student", "undergraduate", "final", "capstone", "graduat", "class of",
     "bootcamp"),
)
_YEAR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
               "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_YEARS_NUM = r"(\d{1,2}(?:\.\d)?|" + "|".join(_YEAR_WORDS) + r")"
CLAIMED_RE = _Gated(
    rf"\b{_YEARS_NUM}\s*\+?\s*(?:years|yrs|year)['’]?\s+(?:(?:of\s+)?(?:\w+\s+){{0,3}}?experience|in\s+(?:the\s+)?"
    r"(?:software|it|tech|technology|industry|testing|development|engineering|devops|cloud|qa)\b)"
    r"|experience\s+(?:of\s+)?(\d{1,2})\+?\s*(?:years|yrs)",
    ("year", "yrs"),
)
# "Systems analyst with about four years at a logistics software company". A pattern of its own that starts with
# the word itself, so the engine skips ahead to it (0.004 ms against 0.07 ms as a branch of the one above); the
# caller checks that "with" starts a word.
CLAIMED_WITH_RE = lazy(
    rf"with\s+(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+|~)?{_YEARS_NUM}\+?\s*(?:years|yrs)\b")
# A role's own duration, in a resume without dates: "Software Developer, Example Co (3 years)", "(2 yrs 6 mos)",
# "(current role, about two years)", "(previous role, about a year and a half)". Groups: years as a number,
# "a year", "and a half", months after years, months alone.
ROLE_DURATION_RE = lazy(
    rf"\(\s*(?:[^(),]{{0,30}},\s*)?(?:about\s+|around\s+|almost\s+|~)?(?:{_YEARS_NUM}\+?\s*(?:years?|yrs?)|"
    r"(a|one)\s+year(\s+and\s+a\s+half)?)(?:,?\s*(?:and\s+)?(\d{1,2})\s*(?:months?|mos?))?\s*\)"
    r"|\(\s*(\d{1,2})\s*(?:months?|mos?)\s*\)",
    re.IGNORECASE,
)

_CERT_RE = _Gated(
    r"\b(?:certified|certification|certificate|cka|ckad|cks|aws certified|azure certified|gcp certified|"
    r"pmp|istqb|itil|togaf|cissp|scrum master|csm|safe)\b",
    ("certif", "cka", "cks", "pmp", "istqb", "itil", "togaf", "cissp", "scrum master", "csm", "safe"),
)
_COMMUNITY_RE = _Gated(
    r"\b(?:open[- ]source|github\.com|contributor|maintainer|committer|speaker|spoke at|talks? at|conference|"
    r"meetup|blog|published|publications?|patents?)\b",
    ("open source", "open-source", "github.com", "contributor", "maintainer", "committer", "speaker", "spoke at",
     "talk", "conference", "meetup", "blog", "publish", "publication", "patent"),
)
_RECORD_RE = _Gated(r"\d\s?%|[$€£]\s?\d|\b(?:\d+x|reduced|increased|improved|cut|saved|delivered|launched)\b",
                    ("%", "$", "€", "£", "x", "reduced", "increased", "improved", "cut", "saved", "delivered",
                     "launched"))


_SMALL_WORDS_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_SMALL_ORG_RE = _Gated(
    r"\b(?:pre-seed|seed[- ]stage|seed round|seed-funded|bootstrapped)\b"
    r"|\b(?P<n1>\d{1,3}|" + "|".join(_SMALL_WORDS_NUM) + r")[- ](?:person|people|employee|member)\s+(?:[\w-]+\s+){0,2}"
    r"(?:startup|start-up|company|agency|business|firm|shop)"
    r"|\b(?P<n2>\d{1,3})\s+(?:people|employees|staff|persons)(?:\s+(?:in\s+)?total)?\s*(?:\)|[,;][^()\n]{0,60}\))"
    # "7 people in total, 4 developers including me": the company's size, said as a total
    r"|\b(?P<n6>\d{1,3}|" + "|".join(_SMALL_WORDS_NUM) + r")\s+(?:people|employees|staff|persons)\s+in\s+total\b"
    # "· 6 people (3 engineers including me, 1 hardware, 2 commercial)" on the company's line: its size, then who
    # (after a line start or a separator: read_scope checks; a look-behind here tripled the pattern's time)
    r"|\b(?P<n5>\d{1,3})\s+(?:people|employees|staff)\s*\(\s*\d{1,3}\s+(?:engineers|developers)"
    r"|\b(?:we (?:are|were)|the company (?:is|was)) (?:a team of |a company of |about |around )?"
    r"(?P<n3>\d{1,3}|" + "|".join(_SMALL_WORDS_NUM) + r") (?:people|employees)\b"
    # "Company of 6 people (3 engineers including me, ...)"
    r"|\b(?:company|startup|start-up|business|firm|agency) of (?P<n4>\d{1,3}|" + "|".join(_SMALL_WORDS_NUM) +
    r") (?:people|employees|staff|persons)\b"
    r"|\bseed\s*(?:\+|and|&)\s*series a\b|\bpre-series a\b|\bsmall\s+(?:(?!for\b|of\b|to\b|with\b|at\b|in\b|"
    r"and\b)[\w-]+\s+){0,2}(?:startup|start-up|company|firm|agency)\b",
    ("seed", "pre-series", "bootstrapped", "person", "people", "employee", "member", "staff", "small"),
)
_ME_PLUS_RE = _Gated(r"\bme\s*(?:\+|plus|and|,)\s*(\d{1,2}|" + "|".join(_SMALL_WORDS_NUM) +
                     r")\s+(?:other\s+)?(?:engineers|developers|people)", ("engineers", "developers", "people"))
# A size introduced as the organisation one belongs to, not one led: "part of a team of 8", "the architecture
# group of a 400-person organisation", "joined a 40-person startup", "in a 12-person squad", "in our 6-person
# squad", "one of a three-person cloud team"; nor one described
# ("designing how a 400-person IT department ... builds").
_MEMBER_OF_RE = lazy(r"(?:\b(?:at|in|within|for|joined|across|part of|member of|one of|how)|"
                           r"\b(?:group|team|function|department|unit|practice|arm|division) of)\s+(?:a|an|the)\s*$"
                           # "review most pull requests in our 6-person squad": the squad one is in
                           r"|\b(?:in|within|across|of)\s+our\s*$"
                           # "counterpart for an offshore vendor team of about 25 developers", "joined the
                           # payments team of 8": a team named after the article is one's own only when led
                           # (and what one's work reaches across: "used ... across the whole technology department
                           # of 220 people")
                           r"|\b(?:at|in|within|for|joined|part of|member of|across|throughout)\s+(?:a|an|the)\s+"
                           r"(?:[\w-]+\s+){1,2}$"
                           # "Worked in Scrum team of 7 people", as English without articles writes it
                           r"|\b(?:worked|working|work|was|been)\s+(?:in|on|within)\s+(?:(?:a|an|the|our|my)\s+)?"
                           r"(?:[\w-]+\s+){0,2}$"
                           # "the wider 200-person engineering org adopted it": the organisation one is part of
                           r"|\bthe\s+(?:wider|whole|entire|broader|overall)\s*(?:[\w-]+\s+){0,2}$"
                           # "redesigned on-call: from one 30-person pager group to six rotations": what was before
                           r"|\bfrom\s+(?:a\s+|an\s+|one\s+|the\s+)?$"
                           # "the cloud foundations that a 400-person technology group builds on": the subject of a
                           # relative clause, whom one's work serves
                           r"|\b(?:that|which|whom)\s+(?:a|an|the|our)\s*$")
# Managers one works beside or reports to, not managers one manages: "partner with the three engineering
# managers", "reported to two directors".
# ... or the peers on a committee one sits on ("the leadership committee (CTO + 4 directors)").
_ALONGSIDE_RE = lazy(r"(?:\b(?:with|to|alongside|among|between|beside)\s+(?:the\s+|my\s+|our\s+|its\s+)?|"
                           r"\+\s*|\bplus\s+"
                           # the last of a list of peers: "a steering group with Finance, Security and the two
                           # engineering directors"
                           r"|\b(?:with|alongside)\s+[^.;:\n()]{1,40}?\band\s+(?:the\s+|my\s+|our\s+|its\s+)?"
                           # the others of one's own kind: "co-wrote the strategy with the CTO and the other two
                           # heads of department" (not "hired the other two leads")
                           r"|\b(?:and|with|alongside|among)\s+(?:the\s+)?other\s+"
                           # one of a number of peers: "One of six heads of function reporting to the CIO"
                           r"|\bone\s+of\s+(?:the\s+|my\s+|our\s+|its\s+)?"
                           # a committee of peers in brackets, its chief first: "the technology leadership team
                           # (CTO and 6 directors)" (not "report to the CTO and manage 6 directors")
                           r"|\(\s*(?:the\s+)?(?:ceo|cto|cio|coo|cfo|cpo|ciso|founders?)\s+(?:and|&)\s+(?:the\s+)?)$")
# Managers who report to one are one's own, whatever comes before them ("27 engineers in total, with three team
# leads reporting to me").
_TO_ME_RE = lazy(r"\s+(?:who\s+|that\s+)?(?:all\s+|both\s+)?(?:report|reporting|reported)\s+(?:directly\s+)?"
                       r"to\s+me\b")
# Leads one mentors, coaches or trains are not leads one manages ("Mentor four tech leads", "Mentor of 4 tech
# leads").
# (and the last of a list: "mentor two junior architects and several tech leads")
_MENTORS_RE = lazy(r"\b(?:mentor\w*|coach\w*|train\w*|advis\w*|support\w*)\s+(?:(?:of|to|for)\s+)?"
                         r"(?:the\s+|my\s+|our\s+)?(?:[^.;:\n]{1,40}?\band\s+)?$")
# A relative clause between the verb and the count: the people are the organisation's, not the ones led.
_RELATIVE_RE = lazy(r"\b(?:where|whose|which)\b")
# "Lead" as the person one works under, not a verb: "work under the platform lead in a team of three", "report to
# the tech lead of a squad of 6". The team is theirs (or one's own team as a member), not led by the writer.
# ("I report to the CTO and lead four directors": a verb again after "and")
_UNDER_A_LEAD_RE = lazy(r"\b(?:under|to)\s+(?:the|my|our|a|an)\s+(?:(?!and\b|or\b|then\b|also\b|now\b)"
                              r"[\w-]+\s+){0,2}$")
# Reporting now to someone below the executive team: whoever reports to a director, a head or a VP is not one.
_REPORTS_BELOW_RE = _Gated(
    r"(?:report|reporting|reports)\s+(?:directly\s+)?to\s+"
    r"(?:the\s+|our\s+|a\s+)?(?:\w+\s+)?(?:vp|vice president|svp|head of|director|senior director|"
    # (the chief architect answers to the CTO or CIO: whoever reports to one is not an executive)
    r"engineering manager|chief architect)\b",
    ("report",),
)
# A count introduced by a preposition after some words names people served ("tooling used by 300 developers",
# "the pipeline that gets code from 600 engineers"), not people led ("responsible for 10 engineers" is led); nor
# does a count after "how" or "what" ("responsible for how 600 developers get their code into production").
_SERVED_RE = lazy(r"\s\S[^\n]*?\b(?:from|for|by|across|to|serving|supporting|with|how|what)\s+"
                        r"(?:about\s+|over\s+|~)?$")
# Organisations served, in the plural, before the count: "led on-call for organisations of 150+ engineers",
# "leading the reliability programme for departments of about 200 engineers" (whatever pattern found the count).
# Not teams: "technical lead for teams of 5-8 developers" leads them.
_GROUPS_SERVED_RE = lazy(r"\b(?:for|across|serving|supporting)\s+(?:\w+\s+)?(?:organi[sz]ations|orgs|"
                               r"departments|divisions|tribes)\s+of\s+(?:about\s+|over\s+|~)?$")
# People one trains, coaches or interviews are not people one leads ("rotation lead: ... trained 30 engineers as
# incident commanders").
# ... nor are the people who use what one runs ("the internal developer platform that 300+ engineers use", "the
# platform that 300+ product engineers deploy onto").
_USED_BY_RE = lazy(r"\s+(?:use|uses|used|rely|relies|relied|depend|depends|depended|"
                         r"(?:build|ship|run|deploy)s? (?:with|through|on|onto|to|into))\b")
_TRAINED_RE = lazy(r"\b(?:trained|taught|mentored|coached|onboarded|interviewed|upskilled|certified)\s+"
                         r"(?:about\s+|over\s+|~)?$")
_COMPANY_SIZE_RE = lazy(r"\b(?:company|companies|employees|employer|firm|customers|users|clients|"
                              r"students|patients|members of the public)\b")
STUDENT_NOW_RE = _Gated(
    r"\b(?:expected (?:graduation|to graduate|(?:in )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d{4}|"
    r"\d{4})|current(?:ly)? (?:a |an )?(?:student|undergraduate|enrolled)|(?:sophomore|junior|senior|final)[- ]year "
    r"(?:student|undergraduate)|looking for (?:a |an )?(?:summer )?internship"
    # "MSc student, distributed systems — graduating December 2026"
    r"|graduating (?:in |by )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? )?\d{4}"
    r"|(?:b\.?sc|m\.?sc|ph\.?d|master'?s|bachelor'?s|mba) (?:student|candidate))\b",
    ("expected", "student", "undergraduate", "enrolled", "internship", "graduating", "candidate"),
)


def years_number(text: str) -> float:
    """A number of years as written: "4", "4.5" or "four"."""
    return float(_YEAR_WORDS.get(text.lower(), 0) or text)


def short(phrase: str, words: int = 5) -> str:
    parts = re.sub(r"\s+", " ", phrase).strip(" ,;:()").split(" ")
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _num(s: str) -> int:
    s = s.lower().strip().rstrip("+").replace(",", "")
    if s in _NUM_WORDS:
        return _NUM_WORDS[s]
    try:
        return int(s)
    except ValueError:
        return 0


def _budget_musd(m: re.Match[str]) -> float:
    """The amount of a budget match in millions of US dollars (roughly: see _USD_PER_UNIT)."""
    groups = m.groups()  # (amount, unit) pairs, one per alternative
    index = next((i for i in range(0, len(groups), 2) if groups[i]), None)
    if index is None:
        return 0.0
    amount, unit = groups[index], groups[index + 1].lower()
    try:
        value = float(amount.replace(",", "."))
    except ValueError:
        return 0.0
    if unit == "k":
        value /= 1000
    else:
        value *= {"b": 1000.0, "bn": 1000.0, "billion": 1000.0, "mrd": 1000.0, "crore": 10.0, "crores": 10.0,
                  "cr": 10.0, "lakh": 0.1, "lakhs": 0.1}.get(unit, 1.0)
    start = m.start(index + 1)
    before = _CURRENCY_BEFORE_RE.search(m.string, max(0, start - 8), start)
    after = _CURRENCY_AFTER_RE.match(m.string, m.end(index + 2)) if before is None else None
    currency = before.group(1) if before else after.group(1) if after else ""
    rate = _USD_PER_UNIT.get(currency, 1.0)
    return value if rate == 1.0 else float(f"{value * rate:.2g}")


# Cheap pre-filters: the scope patterns only run on the lines that could match them (a number for team sizes,
# a word about managers for managers of managers), which keeps evidence at about a millisecond per resume.
_HAS_NUMBER_RE = lazy(r"\d|\b(?:" + "|".join(_NUM_WORDS) + r")\b")
_HAS_PEOPLE_RE = lazy(r"team|squad|group|org|department|division|function|practice|unit|report|headcount|"
                            r"engineer|developer|people|staff|member|tester|architect|analyst|sre|contractor|"
                            r"consultant|specialist|person|fte|me\b")
# Managers said to be absent: "no managers report to me", "with zero team leads".
_NEGATED_RE = lazy(r"\b(?:no|not|zero|without)\s+$")
_HAS_MANAGERS_RE = lazy(r"manag|lead|director|supervis|teams|squads|groups|report|head")


# Mentoring or coaching outside work ("Volunteer mentor at a weekend coding club", "coach an under-12s team"):
# not technical leadership.
_VOLUNTEERING_RE = lazy(r"volunteer|\bclub\b|meetup|hackathon|bootcamp|\bschools?\b|\bstudents\b|\bgirls\b|"
                              r"\bkids\b|\bchildren\b|charity|non-?profit|\bngo\b|women[- ]in[- ]tech|returners|"
                              r"under-\d+s?\b|community")


# Mentoring or coaching one receives ("Mentored by the QA lead", "pair programming with a mentor", "my coach"): not
# technical leadership either. _RECEIVED_RE follows the word, _RECEIVER_RE ends just before it.
_RECEIVED_RE = lazy(r"\s+(?:by|from)\b")
_RECEIVER_RE = lazy(r"\b(?:my|our|with\s+a|under\s+a|had\s+a|assigned\s+a|got\s+a)\s+$")


def line_at(text: str, p: int) -> str:
    """The whole line of ``text`` that position ``p`` is on."""
    start = text.rfind("\n", 0, p) + 1
    end = text.find("\n", p)
    return text[start: end if end >= 0 else len(text)]


def _lines_matching(low: str, pre: re.Pattern[str]) -> str:
    """The lines that match ``pre``; where lines were left out between two of them, a line of one NUL, which
    no pattern crosses: lines that were apart stay apart ("... business school, 2022" and, two lines down,
    "People leadership, hiring" are not "2022 people")."""
    kept: list[str] = []
    gap = False
    for line in low.split("\n"):
        if pre.search(line):
            if gap and kept:
                kept.append("\0")
            kept.append(line)
            gap = False
        else:
            gap = True
    return "\n".join(kept)


# Saying one manages nobody: "No direct reports; I work through the tech leads", "I don't manage people, but
# around 70 engineers in nine squads build against the blueprints I maintain". Not "individual contributor",
# which resumes use for the start of a career ("I came up as an individual contributor").
_NO_REPORTS_RE = _Gated(
    r"\bno\s+(?:direct\s+)?reports\b|\b(?:don't|do\s+not|didn't|did\s+not|never)\s+(?:directly\s+|formally\s+)?"
    r"(?:manage|managed|line[- ]manage\w*)\s+(?:people|anyone|staff|a\s+team)\b|\bno\s+(?:formal\s+)?(?:line|people|"
    r"hierarchical)\s+management\b|\b(?:not|never)\s+(?:been\s+)?(?:a\s+|as\s+a\s+)?(?:people|line)\s+manager\b|"
    r"\bwithout\s+(?:any\s+)?(?:direct\s+)?"
    r"reports\b|\b(?:no\s+one|nobody)\s+reports\s+to\s+me\b|"
    # "I am not the team lead, we are three cloud engineers and we report to the infrastructure manager"
    r"\b(?:i'm|i’m|i\s+am)\s+not\s+(?:the|a)\s+(?:team\s+|tech\s+|technical\s+)?lead\b",
    ("report", "manage", "not the", "not a "),
)


def _without_unmanaged(low: str, said: list[re.Match[str]] | None = None) -> str:
    """The text without the lines around a statement that one manages nobody (the line before, its own lines
    and the line after): the team sizes and leads there are people one works with, not people one leads.
    ``said``: those statements, when the caller has found them already."""
    spans = [(m.start(), m.end()) for m in (_NO_REPORTS_RE.finditer(low) if said is None else said)]
    if not spans:
        return low
    lines = low.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    drop: set[int] = set()
    for a, b in spans:
        first = bisect.bisect_right(starts, a) - 1
        last = bisect.bisect_right(starts, b) - 1
        drop.update(range(first - 1, last + 2))
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


# A group of peers one belongs to or convenes, named just before the count ("Co-founder of the Cloud Leaders
# roundtable (~40 heads of cloud)"): its heads and managers are no reports.
_PEER_GROUP_RE = lazy(r"\b(?:round ?tables?|meetups?|peer (?:group|network)s?|forums?|councils?|associations?)\b")


_COMMUNITY_OF_RE = lazy(r"\bcommunit(?:y|ies) of practice\b|\bguilds?\b")


def _year_ending_line(text: str, m: re.Match[str]) -> bool:
    """Whether the count of a match is a year that ends its line ("Management Development Programme, 2022" over
    "People leadership, hiring"): a date, not a number of people."""
    count = m.group(1)
    return bool(count) and count.isdigit() and 1950 <= int(count) <= 2039 and \
        text[m.end(1): m.end(1) + 8].lstrip(" \t").startswith("\n")


def _team_sizes(people: str) -> tuple[list[int], list[int]]:
    """Sizes of teams led in the (pre-filtered, lower-cased) lines: by the team patterns, and "me plus N"."""
    led: list[int] = []
    for pat in _TEAM_PATTERNS:
        for m in pat.finditer(people):
            if _COMPANY_SIZE_RE.search(m.group(0)) or _MEMBER_OF_RE.search(people, max(0, m.start() - 40), m.start()) \
                    or people[m.end(): m.end() + 1] in ("'", "’") or _COMMUNITY_OF_RE.search(m.group(0)) \
                    or (m.group(1) and _GROUPS_SERVED_RE.search(people, m.start(), m.start(1))):
                # ... nor "1,900 engineers' worth of systems" (systems counted), nor "the architecture community of
                # practice (60+ engineers)" (people who join in, not people led)
                continue
            if pat is _BROAD_TEAM and (_SERVED_RE.search(people, m.start(), m.start(1))
                                       or _TRAINED_RE.search(people, m.start(), m.start(1))
                                       or _RELATIVE_RE.search(people, m.start(), m.start(1))
                                       or _USED_BY_RE.match(people, m.end())):
                # "the group that gets code from 600 engineers", "trained 30 engineers", "technical lead for
                # delivery tooling at an energy retailer, where ~70 developers in 11 teams ship ...": not led
                continue
            if m.group(0).startswith("lead") and _UNDER_A_LEAD_RE.search(people, max(0, m.start() - 40), m.start()):
                continue
            n = _num(m.group(1))
            if 2 <= n <= 100_000 and not _year_ending_line(people, m):
                led.append(n)
    me_plus = []
    for m in _ME_PLUS_RE.finditer(people):
        n = _SMALL_WORDS_NUM.get(m.group(1), 0) or _num(m.group(1))
        if n:
            me_plus.append(n + 1)
    return led, me_plus


def _leftmost(patterns: tuple[_Gated, ...], text: str) -> list[re.Match[str]]:
    """The matches of several patterns as one alternation of them would find them: leftmost first, none
    overlapping an earlier one."""
    found: list[re.Match[str]] = []
    end = -1
    for m in sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start()):
        if m.start() >= end:
            found.append(m)
            end = m.end()
    return found


def reports_below_executive(text: str) -> list[str]:
    """"Reporting to the VP of Engineering", "I report to the Head of IT": one's own line to someone below the
    executive team, in a piece of resume text (the summary and latest job: older jobs had other bosses)."""
    low = text.lower()
    return [m.group(0) for m in _REPORTS_BELOW_RE.finditer(low) if _own_start(low, m.start())]


def _people_lines(led_text: str, low: str, numbered: str | None = None) -> str:
    """The lines of ``led_text`` (``low`` without what one says one does not manage) that hold a number and a
    word for people: where team sizes are; ``numbered`` is ``low``'s numbered lines when already at hand."""
    if numbered is None or led_text is not low:
        numbered = _lines_matching(led_text, _HAS_NUMBER_RE)
    return _lines_matching(numbered, _HAS_PEOPLE_RE)


def budgets_stated(numbered: str) -> list[tuple[str, float]]:
    """The budgets in (lower-cased, numbered-line) text, as (phrase, millions of USD): the owned ones when any."""
    matches = _leftmost((_BUDGET_RE, _CODE_BUDGET_RE), numbered)
    budgets = [(m.group(0), _budget_musd(m)) for m in matches]
    # An amount someone owns as a budget outranks spend they answer for ("own a £3.4m budget; accountable for
    # £14m of cloud spend"): spend counts only when no budget is stated. A consumption budget is spend too; the
    # words just after the phrase may say so ("budget (AUD 31M/yr consumption)").
    # The words before reach back no further than the budget before it ("a CAD 31M annual cloud spend and a CAD
    # 6.5M team budget": the team budget is owned).
    before = ([0] + [m.end() for m in matches])[: len(matches)]
    owned = [b for b, m, prev in zip(budgets, matches, before, strict=True) if _OWNED_BUDGET_RE.search(b[0])
             and not _CONSUMPTION_RE.search(numbered, max(prev, m.start() - 20), m.end() + 25)]
    return owned or budgets


def recent_budget(text: str) -> float:
    """The largest budget a piece of resume text (the summary and the latest job) states; 0 when none."""
    low = text.lower()
    return max((b for _, b in budgets_stated(_lines_matching(low, _HAS_NUMBER_RE))), default=0.0)


def largest_team(text: str) -> int:
    """The largest team a piece of resume text (one role's lines) says one leads; 0 when it states none."""
    low = text.lower()
    led, me_plus = _team_sizes(_people_lines(_without_unmanaged(low), low))
    return max(led + me_plus, default=0)


def read_scope(text: str, ev: Evidence) -> None:
    """Fill ``ev``'s scope fields (team size, managers of managers, budget, executive scope, technical
    leadership, small organisation) and the advice signals (certifications, community, track record)."""
    low = text.lower()
    numbered = _lines_matching(low, _HAS_NUMBER_RE)
    nobody = list(_NO_REPORTS_RE.finditer(low))
    if nobody:
        ev.manages_nobody = True
        ev.signals["manages nobody"] = sorted({m.group(0) for m in nobody})[:2]
    led_text = _without_unmanaged(low, nobody)
    led, me_plus = _team_sizes(_people_lines(led_text, low, numbered))
    if led:
        ev.signals["team size"] = sorted({f"{n} people" for n in led}, key=lambda h: -int(h.split()[0]))[:4]
    ev.team_size = max(led + me_plus, default=0)
    small = []
    for m in _SMALL_ORG_RE.finditer(low[:4000]):  # the latest employer is near the top
        if m.group("n5") and low[:m.start()].rstrip(" ")[-1:] not in ("", "\n", "·", "|", "•", ",", ";"):
            continue  # "a team of 12 people (4 backend engineers ...)": a team, not the company's line
        if m.group("n6") and low[:m.start()].rstrip(" ")[-1:] not in ("", "\n", ".", "·", "|", "•"):
            continue  # "two lead architects, each with a group, 14 people in total": a team; a sentence of its own
            # ("... through M-Pesa. 7 people in total, 4 developers including me") sizes the company
        n_txt = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6")
        n = (_SMALL_WORDS_NUM.get(n_txt, 0) or _num(n_txt)) if n_txt else 0
        if n_txt is None or 0 < n <= 30:
            small.append(m.group(0))
    if small:
        ev.small_org = True
        ev.signals["small organisation"] = small[:3]
    lines = _lines_matching(led_text, _HAS_MANAGERS_RE)
    mgr = [m.group(0) for m in _MANAGERS_RE.finditer(lines)
           if not _year_ending_line(lines, m) and not _NEGATED_RE.search(lines, max(0, m.start() - 12), m.start())
           and not _PEER_GROUP_RE.search(lines, max(lines.rfind("\n", 0, m.start()) + 1, m.start() - 60), m.start())
           and (_TO_ME_RE.match(lines, m.end())
                or not (_ALONGSIDE_RE.search(lines, max(0, m.start() - 60), m.start())
                        or _MENTORS_RE.search(lines, max(0, m.start() - 70), m.start())))]
    if mgr:
        ev.manages_managers = True
        ev.signals["manages managers or leads"] = mgr[:3]
        ev.manages_directors = any(_DIRECTORS_RE.search(m) for m in mgr)
    budgets = budgets_stated(numbered)
    if budgets:
        ev.budget_musd = max(b for _, b in budgets)
        ev.signals["budget"] = sorted({f"${b:g}M" for _, b in budgets}, key=lambda b: -float(b[1:-1]))[:3]
    reporting = [m.group(0) for m in _EXEC_REPORTING_RE.finditer(low) if _own_start(low, m.start())]
    ev.reports_to_technology_chief = any(_TECHNOLOGY_CHIEF_RE.search(r) for r in reporting)
    execs = [m.group(0) for m in _EXEC_RE.finditer(low)
             if not _TO_EXEC_RE.search(low, max(0, m.start() - 8), m.start())] + reporting
    if execs:
        ev.executive_scope = True
        ev.signals["executive scope"] = sorted(set(execs))[:4]
    leads = [m.group(0) for m in _LEAD_RE.finditer(low) if not (m.group(0).startswith(("mentor", "coach")) and (
        _VOLUNTEERING_RE.search(line_at(low, m.start())) or _RECEIVED_RE.match(low, m.end())
        or _RECEIVER_RE.search(low, max(0, m.start() - 12), m.start())))]
    if leads:
        ev.leads = True
        ev.signals["technical leadership"] = sorted(set(leads))[:4]
    grade = [m.group(0) for m in _TITLE_GRADE_RE.finditer(low)]
    if grade:
        ev.title_is_grade = True
        ev.signals["title is a grade"] = grade[:2]
    for name, pat in (("certifications", _CERT_RE), ("community", _COMMUNITY_RE)):
        hits = sorted({m.group(0) for m in pat.finditer(low)})
        if hits:
            ev.signals[name] = hits[:4]
    record = sum(1 for _ in _RECORD_RE.finditer(low))
    if record >= 3:
        ev.signals["track record"] = [f"{record} quantified results"]
