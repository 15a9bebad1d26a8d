"""Dated experience: find date ranges in resume text and add them up, overlaps counted once.

Understands "2019–present", "Mar 2018 - Jun 2021", "Mar/2018 – Jun/2021", "March 2018 to June 2021",
"2016 to 2019", "06/2015 – 08/2017", "2018-03 - 2020-11", "Jan. 2020 – Present", "Mar '23 – present",
"Jun–Aug 2024", "since 2019", "15/06/2018 – 28/02/2022", "01.10.2020 – 31.08.2022", "2021年4月 ～ 現在",
"Jul'23 – Till date", "12-Jun-2023 to 30-Jun-2025", "5 May 2020 – 3 Jun 2021", "between 2014 and 2017",
"Jan'2020 to Mar'2023", ranges spread over a line ("2019 - 2021" beside a title) and stacked over lines of their
own ("2021-04" / "to" / "present"), and a career told as events ("2022/04  Joined ..." ... "2024/02  Resigned").
Ranges inside an education section, or on a line that names a degree or a school, are not work experience.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .lazy_re import lazy

__all__ = ["DateRange", "find_ranges", "merged_months"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "january": 1, "february": 2, "march": 3, "april": 4, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    # Common non-English month names (Spanish, French, German, Portuguese, Italian, Dutch, Polish short).
    "ene": 1, "enero": 1, "janv": 1, "janvier": 1, "januar": 1, "janeiro": 1, "gennaio": 1, "januari": 1,
    "febrero": 2, "févr": 2, "fevrier": 2, "février": 2, "februar": 2, "fev": 2, "feb.": 2, "februari": 2,
    "augustus": 8,
    "marzo": 3, "mars": 3, "märz": 3, "marz": 3, "março": 3, "maart": 3,
    "abr": 4, "abril": 4, "avr": 4, "avril": 4, "aprile": 4,
    "mayo": 5, "mai": 5, "maio": 5, "maggio": 5, "mei": 5,
    "junio": 6, "juin": 6, "juni": 6, "junho": 6, "giugno": 6,
    "julio": 7, "juil": 7, "juillet": 7, "juli": 7, "julho": 7, "luglio": 7,
    "ago": 8, "agosto": 8, "août": 8, "aout": 8,
    "set": 9, "septiembre": 9, "septembre": 9, "setembro": 9, "settembre": 9,
    "octubre": 10, "octobre": 10, "oktober": 10, "outubro": 10, "ottobre": 10, "okt": 10,
    "noviembre": 11, "novembre": 11, "novembro": 11, "dic": 12, "diciembre": 12, "décembre": 12,
    "dezember": 12, "dezembro": 12, "dicembre": 12, "dez": 12, "déc": 12,
    # Turkish ("Ekim 2022 – Aralık 2023"), with and without its letters (capitals lowered: "ARALIK" -> "aralik")
    "ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12,
    "aralik": 12,
}
# Any word of letters is a month candidate; the code checks it against _MONTHS (a short pattern compiles in
# a fraction of the time an alternation of ~150 month names takes, which matters for start-up).
_MONTH_RE = r"(?<![^\W\d_])[^\W\d_]{{3,10}}"  # braces doubled: _DATE is str.format()ed
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
# One date: "Mar 2018", "March, 2018", "Mar/2018", "Jun-2023", "Jan'2020", "12-Jun-2023",
# "1st June 2023" (the day is dropped), "03/2018", "3.2018", "2018-03", "2018/03", "2018", "mid-2018",
# and a day's date: "15/06/2018", "01.03.2022" (day first, as most of the world writes it, when the first number
# could be either), "06/15/2018" (month first, when the second number is no month).
_DATE = (
    rf"(?:(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[\s./\-]\s*)?(?P<{{p}}mon>{_MONTH_RE})\.?[,/\-'’]?\s*(?P<{{p}}y1>{_YEAR})"
    rf"|(?P<{{p}}mm>0?[1-9]|1[0-2])\s*[/.\-]\s*(?P<{{p}}y2>{_YEAR})"
    rf"|(?P<{{p}}y3>{_YEAR})\s*[/\-.]\s*(?P<{{p}}mm2>0[1-9]|1[0-2])(?:[/\-.](?:0[1-9]|[12]\d|3[01]))?(?![\d])"
    # "2021年4月" (Japanese, Chinese, and Korean "2021년 4월"; before the bare year, which would take "2021")
    rf"|(?P<{{p}}y7>{_YEAR})\s*[年년]\s*(?P<{{p}}mm5>0?[1-9]|1[0-2])\s*[月월]"
    rf"|(?:(?:early|mid|late)[\s-]?)?(?P<{{p}}y4>{_YEAR})"  # "since mid-2024": the year, mid-year
    rf"|(?P<{{p}}dd>0?[1-9]|[12]\d|3[01])(?P<{{p}}ds>[/.\-])(?P<{{p}}mm3>0?[1-9]|1[0-2])(?P={{p}}ds)(?P<{{p}}y5>{_YEAR})"
    rf"|(?P<{{p}}mm4>0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?P<{{p}}y6>{_YEAR}))"
)
_PRESENT = (r"(?P<present>present|current(?:ly)?|now|today|ongoing|to date|till date|till now|date|"
            r"actual|presente|actualidad|heute|aujourd'hui|hoy|atual|oggi|至今|现在|現在|현재|"
            # ("sep 2023 – heden", "2021 – obecnie", "dal 2019 ad oggi", "2022 – attuale", "2020 – jetzt")
            r"présent|heden|nu|obecnie|attuale|actualmente|atualmente|aktuell|jetzt|"
            # ("01/03/2023 – in corso", "2022 – en cours", "Mart 2025 – Halen", "2021 – günümüz")
            r"in corso|en cours|en curso|em curso|halen|günümüz|gunumuz)")
_SEP = r"\s*(?:-|–|—|−|‐|‑|\xad|\ufffe|~|～|〜|to|until|till|through|thru|bis|à|a|hasta|→|>|\.\.)\s*"
_RANGE_RE = lazy(
    rf"(?<![\d/])(?:(?:from|since|desde|seit|depuis)\s+)?{_DATE.format(p='s_')}{_SEP}"
    rf"(?:{_DATE.format(p='e_')}|{_PRESENT})(?![\d])",
    re.IGNORECASE,
)
# "Jun–Aug 2024", "June - September 2021": two months of one year (a summer internship, a short contract). Tried
# only on the few characters before each year: a pattern that starts with a word would be tried at every position.
_SAME_YEAR_RE = lazy(r"(?<![^\W\d_])(?P<m1>[^\W\d_]{3,10})\.?\s*(?:-|–|—|−|to|until|till|through)\s*"
                           r"(?P<m2>[^\W\d_]{3,10})\.?,?\s*$", re.IGNORECASE)
_YEAR_AT_RE = lazy(rf"(?<!\d){_YEAR}(?!\d)")
_SINCE_RE = lazy(rf"(?:since|desde|seit|depuis)\s+{_DATE.format(p='s_')}(?![\d])", re.IGNORECASE)
# "Between March 2014 and December 2017 I worked as ...", "entre 2014 y 2017", "zwischen 2014 und 2017": a range
# told in a sentence ("and" alone joins two years that need not be a range: "in 2018 and 2020").
_BETWEEN_RE = lazy(rf"(?<![^\W\d_])(?:between|entre|zwischen)\s+{_DATE.format(p='s_')}\s+(?:and|y|e|et|und)\s+"
                   rf"(?:{_DATE.format(p='e_')}|{_PRESENT})(?![\d])", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    start: int  # months since year 0 (year * 12 + month - 1)
    end: int
    line: int  # line number in the text
    span: tuple[int, int]  # character span within that line
    present: bool

    @property
    def months(self) -> int:
        return self.end - self.start + 1


def _month_index(m: re.Match[str], prefix: str, *, is_end: bool) -> int | None:
    g = m.groupdict()
    mon = g.get(f"{prefix}mon")
    if mon and g.get(f"{prefix}y1"):
        month = _MONTHS.get(mon.lower().rstrip("."))
        if month is None:  # a word that is not a month ("Acme, 2019"): the year alone, mid-year
            return int(g[f"{prefix}y1"]) * 12 + 5
        return int(g[f"{prefix}y1"]) * 12 + month - 1
    if g.get(f"{prefix}y5"):
        return int(g[f"{prefix}y5"]) * 12 + int(g[f"{prefix}mm3"]) - 1
    if g.get(f"{prefix}y6"):
        return int(g[f"{prefix}y6"]) * 12 + int(g[f"{prefix}mm4"]) - 1
    if g.get(f"{prefix}y7"):
        return int(g[f"{prefix}y7"]) * 12 + int(g[f"{prefix}mm5"]) - 1
    if g.get(f"{prefix}y2"):
        return int(g[f"{prefix}y2"]) * 12 + int(g[f"{prefix}mm"]) - 1
    if g.get(f"{prefix}y3"):
        return int(g[f"{prefix}y3"]) * 12 + int(g[f"{prefix}mm2"]) - 1
    if g.get(f"{prefix}y4"):
        # A bare year: mid-year on both ends, the unbiased guess ("2016 to 2019" is about three years).
        return int(g[f"{prefix}y4"]) * 12 + 5
    return None


def _span(m: re.Match[str]) -> tuple[int, int]:
    """Where a range sits in its line. A word that is not a month ("Teacher      2014 - 2023") is not part of the
    date: the range starts at the year, so the title beside it stays whole."""
    mon = m.group("s_mon")
    if mon and mon.lower().rstrip(".") not in _MONTHS:
        return m.start("s_y1"), m.end()
    return m.span()


def _range(m: re.Match[str], now: int, line: int, span: tuple[int, int]) -> DateRange | None:
    start = _month_index(m, "s_", is_end=False)
    present = bool(m.group("present"))
    end = now if present else _month_index(m, "e_", is_end=True)
    if start is None or end is None:
        return None
    end = min(end, now)
    if end < start or end - start > 50 * 12 or start > now:
        return None
    return DateRange(start, end, line, span, present)


_FOUR_DIGITS = lazy(r"\d{4}")
# A month and a year of two digits: "Mar '23", "Jun ’22", "Sept.'19".
_SHORT_YEAR_RE = lazy(r"(?<![^\W\d_])([^\W\d_]{3,10})(\.|\s)['’‘](\d\d)(?![\d'’])")
# ... with nothing between: "Jul'23", " Oct'23" (the space before, if any, taken too: see _numeric_year).
_SHORT_YEAR_JOINED_RE = lazy(r"(\s?)(?<![^\W\d_\s])([^\W\d_]{3,10})['’‘](\d\d)(?![\d'’])(\s?)")


def _full_year(m: re.Match[str]) -> str:
    """"Mar '23" as "Mar2023": the same number of characters, so what is found keeps its place in the line. Only
    after a month ("Class '23" is no date)."""
    if m.group(1).lower() not in _MONTHS:
        return m.group(0)
    yy = int(m.group(3))
    return f"{m.group(1)}{2000 + yy if yy < 50 else 1900 + yy}"


def _numeric_year(m: re.Match[str]) -> str:
    """"Jul'23" as "7/2023" and "Oct'23 " as "10/2023": the month as a number in the same number of characters.
    A three-letter month from October on takes the space after it, else the one before; with neither
    ("-Dec'21" at a line's end) it stays as it is."""
    month = _MONTHS.get(m.group(2).lower())
    if month is None:
        return m.group(0)
    yy = int(m.group(3))
    text = f"{month}/{2000 + yy if yy < 50 else 1900 + yy}"
    before, after = m.group(1), m.group(4)
    core = len(m.group(0)) - len(before) - len(after)
    if len(text) <= core:
        return before + text.ljust(core) + after
    if len(text) <= core + len(after):
        return before + text.ljust(core + len(after))
    return text.rjust(len(m.group(0))) if len(text) <= len(m.group(0)) else m.group(0)


# A range stacked over lines, each part on its own: "2021-04" / "to" / "present", "04.2022" / "today",
# "09.2018" / "03.2022".
_ALONE_SEP = r"(?:-|–|—|to|until|till|bis|～|~)"
_ALONE_START_RE = lazy(rf"\s*{_DATE.format(p='s_')}\s*{_ALONE_SEP}?\s*", re.IGNORECASE)
_ALONE_SEP_RE = lazy(rf"\s*{_ALONE_SEP}\s*", re.IGNORECASE)
_ALONE_END_RE = lazy(rf"\s*(?:{_DATE.format(p='e_')}|{_PRESENT})\s*", re.IGNORECASE)


def _stacked(lines: list[str], i: int, now: int) -> tuple[DateRange, int] | None:
    """A range whose start date is line ``i`` alone and whose end is alone on the next line (or the one after a
    line holding only "to" or a dash), and the index of its last line."""
    start = _ALONE_START_RE.fullmatch(lines[i])
    if start is None:
        return None
    j = i + 1
    if j < len(lines) and _ALONE_SEP_RE.fullmatch(lines[j]):
        j += 1
    end = _ALONE_END_RE.fullmatch(lines[j]) if j < len(lines) else None
    if end is None:
        return None
    m = _RANGE_RE.fullmatch(f"{start.group(0).strip(' -–—~～')} - {end.group(0).strip()}")
    if m is None:
        return None
    r = _range(m, now, i, (0, len(lines[i])))
    # (one date twice, "2016-08-24" over "2016-08-24", is an event's date, not a range)
    return (r, j) if r is not None and r.end > r.start else None


_NEXT_LINE_DATE_RE = lazy(r"\s*(?:\d|(?:present|current|now|today|heute|presente)\b)", re.IGNORECASE)
_LINE_END_DATE_RE = lazy(r"(?:\d|[^\W\d_]{3,10}\.?)\s*(?:-|–|—|to|until|till)?\s*$")


def _wrapped(line: str, following: str) -> bool:
    """Whether a date range may run from the end of ``line`` into ``following`` (a cheap test first)."""
    return bool(_NEXT_LINE_DATE_RE.match(following)) and bool(_LINE_END_DATE_RE.search(line[-24:]))


def _starts_a_date(part: str) -> bool:
    """The line's part of a wrapped range begins with a date: a digit or a month name, not any word."""
    words = part.split(None, 1)
    return bool(words) and (words[0][0].isdecimal() or words[0].lower().rstrip(".,") in _MONTHS)


# "2008  2022 GPB, financial company", "February 2017  Present", "March 2016  February 2017": a line that opens
# with two dates (or a date and "present") apart by spaces alone lost the dash between them in a conversion (an
# en dash from a symbol font). The dash is put back in the same number of characters.
_LOST_DASH_RE = lazy(rf"\W{{0,3}}(?:(?P<m1>[^\W\d_]{{3,10}})\.?\s+)?(?P<y>{_YEAR})[ \t]{{2,}}"
                           rf"(?=(?:(?P<m2>[^\W\d_]{{3,10}})\.?\s+)?{_YEAR}(?!\d)|(?:present|current|now)\b)",
                           re.IGNORECASE)


# A career told as dated events, as a Japanese rirekisho does: "2022/04  Joined Example Co., Ltd." ... "2024/02
# Resigned", "2021年4月 株式会社Example 入社" ... "退社". Each joining runs to the next leaving (or the next joining),
# else to the present.
_EVENT_RE = lazy(rf"\s*(?P<when>{_DATE.format(p='s_')})\s+(?:(?P<join>joined)|resigned|left|retired|"
                 rf"(?=.*?(?:(?P<join_ja>入社)|退社|退職)))", re.IGNORECASE)


def _event_ranges(events: list[tuple[int, int, bool, tuple[int, int]]], now: int) -> list[DateRange]:
    """Ranges from (line, month, joined, span) events in the order of the lines."""
    out: list[DateRange] = []
    for k, (line, start, joined, span) in enumerate(events):
        if not joined or start > now:
            continue
        following = events[k + 1] if k + 1 < len(events) else None
        end = now if following is None else following[1] - (1 if following[2] else 0)
        if start <= end <= now:
            out.append(DateRange(start, end, line, span, following is None))
    return out


def find_ranges(lines: list[str], today: date | None = None) -> list[DateRange]:
    """Every plausible date range in the lines (no education filtering here; see evidence)."""
    today = today or date.today()
    now = today.year * 12 + today.month - 1
    out: list[DateRange] = []
    carried = 0  # characters at the start of this line that a range begun on the line above used
    stacked_end = -1  # the last line of a range stacked over lines (see _stacked)
    events: list[tuple[int, int, bool, tuple[int, int]]] = []  # see _EVENT_RE
    for i, line in enumerate(lines):
        if "'" in line or "’" in line or "‘" in line:
            line = _SHORT_YEAR_JOINED_RE.sub(_numeric_year, _SHORT_YEAR_RE.sub(_full_year, line))
        # (two spaces or a tab, which the lost dash leaves, before the pattern: most lines have neither)
        lost = _LOST_DASH_RE.match(line) if "  " in line or "\t" in line else None
        if lost and all(m is None or m.lower() in _MONTHS for m in (lost.group("m1"), lost.group("m2"))):
            line = line[: lost.end("y")] + "-" + line[lost.end("y") + 1:]
        taken: list[tuple[int, int]] = []
        skip, carried = carried, 0
        if i + 1 < len(lines) and _wrapped(line, lines[i + 1]):
            # A range the PDF's line wrap cut in two ("Sep" | "2024 - Feb 2025", "Mar 2025 -" | "Present").
            joined = f"{line} {lines[i + 1]}"
            for m in _RANGE_RE.finditer(joined):
                if m.start() < len(line) < m.end() and _starts_a_date(line[m.start():]):
                    r = _range(m, now, i, (m.start(), len(line)))
                    if r is not None:
                        out.append(r)
                        taken.append(r.span)
                        carried = m.end() - len(line) - 1
        if not _FOUR_DIGITS.search(line) or i <= stacked_end:
            continue
        if not taken and len(line) <= 24 and (stacked := _stacked(lines, i, now)) is not None:
            out.append(stacked[0])
            stacked_end = stacked[1]
            continue
        for m in _RANGE_RE.finditer(line):
            if m.start() < skip:
                continue
            r = _range(m, now, i, _span(m))
            if r is not None:
                out.append(r)
                taken.append(m.span())
        for y in _YEAR_AT_RE.finditer(line):
            pair = _SAME_YEAR_RE.search(line, max(0, y.start() - 32), y.start())
            if pair is None:
                continue
            first, last = _MONTHS.get(pair.group("m1").lower()), _MONTHS.get(pair.group("m2").lower())
            if first is None or last is None or any(a < y.end() and pair.start() < b for a, b in taken):
                continue
            year = int(y.group())
            begun = (year - (first > last)) * 12 + first - 1  # "Nov–Feb 2024" began the year before
            ended = min(year * 12 + last - 1, now)
            if begun <= ended:
                out.append(DateRange(begun, ended, i, (pair.start(), y.end()), False))
                taken.append((pair.start(), y.end()))
        for m in _BETWEEN_RE.finditer(line):
            r = _range(m, now, i, m.span())
            if r is not None and not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(r)
                taken.append(m.span())
        for m in _SINCE_RE.finditer(line):
            if any(a <= m.start() < b for a, b in taken):
                continue
            start = _month_index(m, "s_", is_end=False)
            if start is not None and start <= now:
                out.append(DateRange(start, now, i, m.span(), True))
        if not taken and (event := _EVENT_RE.match(line)) is not None:
            month = _month_index(event, "s_", is_end=False)
            if month is not None:
                events.append((i, month, bool(event.group("join") or event.group("join_ja")), event.span("when")))
    if any(joined for _, _, joined, _ in events):
        out += _event_ranges(events, now)
    return out


def merged_months(ranges: list[DateRange]) -> int:
    """Total months covered by the ranges, overlapping periods counted once."""
    total, cur_start, cur_end = 0, None, None
    for r in sorted(ranges, key=lambda r: (r.start, r.end)):
        if cur_end is None or r.start > cur_end + 1:
            if cur_end is not None and cur_start is not None:
                total += cur_end - cur_start + 1
            cur_start, cur_end = r.start, r.end
        else:
            cur_end = max(cur_end, r.end)
    if cur_end is not None and cur_start is not None:
        total += cur_end - cur_start + 1
    return total
