"""Results to text: the one-resume report, JSON, JSON Lines, CSV/TSV rows and an aligned table.

Functions return strings (or yield lines); nothing here prints. Colour is ANSI, added only when asked for
(the CLI asks when stdout is a terminal and NO_COLOR is unset).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .result import Result

__all__ = ["BATCH_COLUMNS", "batch_row", "csv_lines", "json_line", "report", "table_lines"]

#: Columns of the batch formats (CSV, TSV, table) in order; JSON Lines rows carry the same keys.
BATCH_COLUMNS = ("file", "title", "level", "track", "score", "confidence", "close_call", "fit",
                 "runner_up", "runner_up_score", "years", "next_rung", "error")


def _style(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def batch_row(r: Result, target: tuple[str, float] | None = None) -> dict[str, Any]:
    """One flat row per resume (the batch schema)."""
    ru = r.runner_up
    next_rung = None
    if r.next_steps and r.next_steps.next:
        next_rung = "; ".join(n.title for n in r.next_steps.next)
    row: dict[str, Any] = {
        "file": r.file,
        "title": r.title,
        "level": r.level,
        "track": r.track,
        "score": r.score,
        "confidence": r.confidence,
        "close_call": r.close_call if r.ok else None,
        "fit": r.fit if r.ok else None,
        "runner_up": ru.title if ru and r.fit else None,
        "runner_up_score": ru.score if ru and r.fit else None,
        "years": r.evidence.get("years") if r.ok else None,
        "next_rung": next_rung,
        "error": r.error,
    }
    if target is not None:
        row = {"file": r.file, "for": target[0], "for_score": target[1], **{k: v for k, v in row.items()
                                                                              if k != "file"}}
    return row


def json_line(r: Result, *, explain: bool = False, flat: bool = False,
              target: tuple[str, float] | None = None) -> str:
    obj = batch_row(r, target) if flat else r.to_dict(explain=explain)
    if target is not None and not flat:
        obj = {**obj, "for": target[0], "for_score": target[1]}
    return _escape_surrogates(json.dumps(obj, ensure_ascii=False))


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _escape_surrogates(text: str) -> str:
    """File names with bytes that are not UTF-8 reach us as lone surrogates (surrogateescape); in JSON they are
    written as \\udcXX escapes, so the output stays valid UTF-8 and ``os.fsencode(json.loads(...))`` gives the
    exact bytes back."""
    return _SURROGATE_RE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return f"{v:g}"
    return str(v)


def _tsv_field(v: Any) -> str:
    # TSV as PostgreSQL's COPY writes it: no quoting; backslash, tab, newline and carriage return escaped.
    return _cell(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def csv_lines(rows: Iterable[dict[str, Any]], *, delimiter: str = ",", header: bool = True) -> Iterator[str]:
    """CSV (RFC 4180 quoting, CRLF) or TSV (no quoting, escapes) lines, header first; each ends with a newline."""
    if delimiter == "\t":
        first = True
        for row in rows:
            if first and header:
                yield "\t".join(_tsv_field(k) for k in row) + "\n"
            first = False
            yield "\t".join(_tsv_field(v) for v in row.values()) + "\n"
        return
    buf = io.StringIO()
    writer: Any = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buf, fieldnames=list(row), delimiter=delimiter, lineterminator="\r\n",
                                    quoting=csv.QUOTE_MINIMAL)
            if header:
                writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in row.items()})
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()


def table_lines(rows: Sequence[dict[str, Any]], columns: Sequence[str], color: bool = False,
                width: int | None = None) -> list[str]:
    """An aligned plain-text table (for a terminal). Rows that fit no title say so in the title column;
    with ``width``, columns are dropped from the right (the error column last) until the table fits."""
    rows = [{**r, "title": "(no fit)"} if r.get("fit") is False and not r.get("error") else r for r in rows]
    columns = [c for c in columns if c != "error" or any(r.get("error") for r in rows)]
    cells = [[_cell(r.get(c)).replace("\n", " ") for c in columns] for r in rows]
    widths = [min(48, max([len(c)] + [len(row[i]) for row in cells])) for i, c in enumerate(columns)]
    keep = list(range(len(columns)))
    while width and len(keep) > 2 and sum(widths[i] + 2 for i in keep) - 2 > width:
        droppable = [i for i in keep if columns[i] != "error"]
        keep.remove(droppable[-1] if len(droppable) > 2 else keep[-1])
    out = ["  ".join(_style(columns[i].upper().ljust(widths[i]), "1", color) for i in keep).rstrip()]
    for row in cells:
        out.append("  ".join((row[i] if len(row[i]) <= widths[i] else row[i][: widths[i] - 1] + "…")
                             .ljust(widths[i]) for i in keep).rstrip())
    return out


def report(r: Result, *, color: bool = False, explain: bool = False) -> str:
    """The one-resume text report."""
    def b(s: str) -> str:
        return _style(s, "1", color)

    def dim(s: str) -> str:
        return _style(s, "2", color)

    lines: list[str] = []
    head = [r.file]
    if r.pages:
        head.append(f"{r.pages} page{'s' if r.pages != 1 else ''}")
    if r.error:
        return f"{r.file}: error: {r.error}\n"
    ev = r.evidence
    if ev.get("years"):
        span = f" ({ev['first_year']} → {ev['last_year']})" if ev.get("first_year") else ""
        relevant = ev.get("relevant_years")
        # The level reads the years in roles that fit the ladder: say so when internships, a student's jobs, a
        # home lab or an earlier career make up part of the dated years.
        fitting = f", {relevant:g} in roles that fit the ladder" if relevant is not None and \
            relevant < ev["years"] - 0.5 else ""
        head.append(f"~{ev['years']:g} years of dated experience{span}{fitting}")
    elif ev.get("claimed_years"):
        head.append(f"{ev['claimed_years']:g} years of experience claimed (no dated roles)")
    else:
        head.append("no dated experience found")
    lines.append("  ·  ".join(head))
    lines.append("")
    if not r.fit:
        lines.append(f"  {b('No good fit')} on the {r.ladder} ladder (best similarity {r.score:.2f}, "
                     f"confidence {r.confidence:.2f} {r.confidence_label}).")
        lines.append("  This does not read like any title here: another profession, or not a resume?")
        if r.top:
            lines.append(dim(f"  Nearest, for what it is worth: {r.top[0].title} ({r.top[0].score:.2f})"))
        return "\n".join(lines) + "\n"
    assert r.title is not None
    wide = max(len(t.title) for t in r.top[:2]) if r.top else len(r.title)
    wide = max(wide, len(r.title))
    conf = f"confidence {r.confidence:.2f} {r.confidence_label}"
    chosen = next((t for t in r.top if t.title == r.title), None)
    lv_tr = f"{chosen.level} · {chosen.track}" if chosen else ""
    lv_w = max([len(f"{t.level} · {t.track}") for t in r.top[:2]] + [len(lv_tr)])
    lines.append(f"  Level      {b(str(r.level))} · Track {b(str(r.track))}   ({conf}"
                 + (", close call" if r.close_call else "") + ")")
    lines.append(f"  Best fit   {b(r.title.ljust(wide))}  {lv_tr.ljust(lv_w)}  similarity {r.score:.2f}")
    others = [t for t in r.top if t.title != r.title]
    if others:
        ru = others[0]
        why_not = ""
        if ru.level != r.level and ru.score >= (r.score or 0):
            why_not = f"  (closer in words, but a {ru.level} title; the evidence says {r.level})"
        elif ru.track != r.track and ru.score >= (r.score or 0):
            why_not = f"  (closer in words, but on the {ru.track} track)"
        lines.append(f"  Runner-up  {ru.title.ljust(wide)}  {f'{ru.level} · {ru.track}'.ljust(lv_w)}  "
                     f"similarity {ru.score:.2f}{why_not}")
    if len(others) > 1:
        lines.append("  Also       " + " · ".join(f"{t.title}  {t.score:.2f}" for t in others[1:]))
    lines.append("")
    lines.append(f"  Why {b(r.level or '')}")
    for c in r.explain.get("level", []):
        sign = "-" if c.weight < 0 else "+" if c.weight > 0 else "·"
        lines.append(f"    {sign} {c.evidence}: {c.value}" + (dim(f"  (moved the seniority band by {c.weight:+.2f})")
                                                             if explain else ""))
    if explain:
        lines.append(dim(f"    = seniority band {ev.get('seniority_band')} on the 0 (entry) to 4 (executive) scale"))
    if ev.get("titles_held"):
        lines.append(f"    · titles held: {'; '.join(ev['titles_held'][:4])}")
    lines.append(f"  Why {b(r.track or '')}")
    if ev.get("track_terms"):
        lines.append(f"    {', '.join(ev['track_terms'])}  (terms shared with the {r.track} titles)")
    if explain:
        for c in r.explain.get("track", []):
            lines.append(f"    · {c.evidence}: {c.value}" + dim(f"  (share of the track decision {c.weight:g})"))
        for name, hits in ev.get("signals", {}).items():
            lines.append(f"    · signal {name}: {', '.join(hits)}")
    if ev.get("top_terms"):
        lines.append(f"  Why {b(r.title)}")
        lines.append(f"    {', '.join(ev['top_terms'])}")
    ns = r.next_steps
    if ns is not None:
        lines.append("")
        lines.append(f"  {b('Next steps')}")
        if ns.top_of_track:
            lines.append(f"    ↑ {r.title} is the top of the {r.track} track on this ladder")
        elif ns.next and r.top and ns.next[0].title == r.title:
            lines.append(f"    (the evidence says {r.level}, below this {r.top[0].level} title: it is the next rung)")
        elif ns.next and r.top and r.level != r.top[0].level:
            lines.append(f"    (the ladder has no {r.level} title on the {r.track} track: steps from the {r.level} "
                         "titles of every track)")
        for rung in ns.next:
            lines.append(f"    ↑ {b(rung.title)}  ({rung.level} · {rung.track})")
            lines.append(f"        asks for: {', '.join(rung.asks_for)}")
            lines.append(f"        missing in this resume: {', '.join(rung.missing) if rung.missing else 'nothing'}")
        for a in ns.advice:
            lines.append(f"    advice: {a['name']}: {a['text'].split('. ')[0]}.")
        if ns.lateral:
            lines.append(f"    → lateral: {', '.join(ns.lateral)}")
    for note in r.notes:
        lines.append(dim(f"  note: {note}"))
    return "\n".join(lines) + "\n"
