"""Compare titlematch's PDF engines, pypdfium2 ("pdfium", the default) and pdfplumber: speed and text quality.

For every PDF under FOLDER (default ``../shared/resumes/pdf`` beside the repository: real resumes, read in
place and never copied) and for generated two-page resumes (``benchmarks/out/engines/``), each engine runs
``titlematch.extract.extract`` REPEAT times, alternating engines, and the script prints per file:

- median extraction ms (the baseline is pdfium; the ratio is pdfplumber / pdfium);
- characters extracted;
- word-like %: of the tokens with letters and no digits (split at white space, hyphens and slashes), the
  share that look like dictionary words: 2 to 15 letters with no case change after the first, an acronym of
  2 to 10 capitals, or "a"/"I". Words glued together ("SoftwareEngineer", "experienceinjava"), letters
  spaced apart ("S o f t") and ``(cid:12)`` garbage all lower it. Files where one engine is more than 5
  points ahead are counted in the summary;
- for generated resumes only, source words %: the share of the distinct words of the text the PDF was written
  from that come back out;
- the top title ``Matcher.match_bytes`` gives with each engine, and whether the two agree.

Encrypted, image-only and broken files are counted as errors per engine, by kind. A summary per group (real,
generated) and one line saying which engine should be the default, and why, close the output.

Run from anywhere:  /work/venv/bin/python benchmarks/pdf_engines.py [FOLDER] [--generated 20] [--repeat 3]
"""

from __future__ import annotations

import argparse
import logging
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import _resumes

from titlematch.api import Matcher, Options, load_matcher
from titlematch.errors import InputError
from titlematch.extract import extract

ENGINES = ("pdfium", "pdfplumber")
DEFAULT_FOLDER = _resumes.ROOT.parent / "shared" / "resumes" / "pdf"
_STRIP = "\"'.,;:!?()[]{}<>|/\\*-–—•·●▪◦■►➢✓✔“”‘’"
_WORD = re.compile(r"[^\W\d_][^\W\d_A-Z]{1,14}|[A-Z]{2,10}s?")
_SOURCE_WORD = re.compile(r"[A-Za-z]{2,}")
_SPLIT = re.compile(r"[\s\-/\xad\ufffe]+")  # white space, hyphens, slashes; soft hyphens as PDFs encode them
_CLEARLY = 0.05  # word-like points by which one engine's text must lead to count as clearly better


@dataclass
class Run:
    """One engine on one file."""

    ms: float | None = None
    chars: int = 0
    wordlike: float | None = None
    source_words: float | None = None
    title: str = ""
    error: str | None = None


@dataclass
class FileRow:
    name: str
    group: str
    runs: dict[str, Run] = field(default_factory=dict)


def wordlike_share(text: str) -> float | None:
    """Share of the letter-only tokens that look like dictionary words (None when there are none)."""
    tokens = [t.strip(_STRIP) for t in _SPLIT.split(text)]
    tokens = [t for t in tokens if any(c.isalpha() for c in t) and not any(c.isdigit() for c in t)]
    if not tokens:
        return None
    return sum(1 for t in tokens if t in ("a", "A", "I") or _WORD.fullmatch(t)) / len(tokens)


def source_share(source: str, text: str) -> float:
    """Share of the source's distinct words found among the extracted text's words (case-folded)."""
    want = {w.lower() for w in _SOURCE_WORD.findall(source)}
    got = {w.lower() for w in _SOURCE_WORD.findall(text)}
    return len(want & got) / max(1, len(want))


def top_title(matcher: Matcher, data: bytes, name: str) -> str:
    result = matcher.match_bytes(data, name)
    if result.error:
        return f"error: {result.error_kind}"
    if result.title:
        return result.title
    return f"(no fit; nearest {result.top[0].title})" if result.top else "(no fit)"


def measure(name: str, group: str, data: bytes, source: str | None, matchers: dict[str, Matcher],
            repeat: int) -> FileRow:
    row = FileRow(name, group, {e: Run() for e in ENGINES})
    times: dict[str, list[float]] = {e: [] for e in ENGINES}
    for _ in range(repeat):
        for engine in ENGINES:  # alternate, so drift on a busy machine hits both engines alike
            run = row.runs[engine]
            if run.error:
                continue
            started = time.perf_counter()
            try:
                doc = extract(data, name, pdf_engine=engine)
            except InputError as exc:
                run.error = exc.kind
                continue
            except Exception as exc:  # a parser crash is an error of that engine, not of the benchmark
                run.error = f"crash ({type(exc).__name__})"
                continue
            times[engine].append((time.perf_counter() - started) * 1000)
            run.chars = len(doc.text)
            run.wordlike = wordlike_share(doc.text)
            if source is not None:
                run.source_words = source_share(source, doc.text)
    for engine, run in row.runs.items():
        if not run.error:
            run.ms = statistics.median(times[engine])
            run.title = top_title(matchers[engine], data, name)
    return row


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.0f}%"


def print_rows(rows: list[FileRow], show_source: bool) -> None:
    head = f"{'file':44} {'pdfium ms':>9} {'plumber ms':>10} {'ratio':>6} {'chars':>13} {'word-like':>11}"
    if show_source:
        head += f" {'source words':>13}"
    print(head + "  same title  title (pdfium)")
    for r in rows:
        a, b = r.runs["pdfium"], r.runs["pdfplumber"]
        ms_a = f"{a.ms:.1f}" if a.ms is not None else a.error or "-"
        ms_b = f"{b.ms:.1f}" if b.ms is not None else b.error or "-"
        ratio = f"{b.ms / a.ms:.1f}x" if a.ms and b.ms else "-"
        line = (f"{r.name[:44]:44} {ms_a:>9} {ms_b:>10} {ratio:>6} {f'{a.chars}/{b.chars}':>13} "
                f"{f'{_pct(a.wordlike)}/{_pct(b.wordlike)}':>11}")
        if show_source:
            line += f" {f'{_pct(a.source_words)}/{_pct(b.source_words)}':>13}"
        same = "-" if a.error or b.error else ("yes" if a.title == b.title else "NO")
        line += f"  {same:10}  {a.title or a.error}"
        if same == "NO":
            line += f"  |  pdfplumber: {b.title}"
        print(line)


@dataclass
class Summary:
    group: str
    files: int
    median_ms: dict[str, float]
    total_ms: dict[str, float]
    wordlike: dict[str, float]
    source_words: dict[str, float | None]
    errors: dict[str, Counter[str]]
    clearer: dict[str, int]
    agree: int
    compared: int

    @property
    def ratio(self) -> float:
        return self.median_ms["pdfplumber"] / self.median_ms["pdfium"]


def _lead(row: FileRow, engine: str) -> float:
    """How far ``engine``'s text is more word-like than the best other engine's on this file."""
    return (row.runs[engine].wordlike or 0.0) - max(run.wordlike or 0.0 for e, run in row.runs.items()
                                                    if e != engine)


def summarise(group: str, rows: list[FileRow]) -> Summary | None:
    """Medians over the files that both engines read (so neither is timed on files the other skipped)."""
    both = [r for r in rows if all(run.ms is not None for run in r.runs.values())]
    if not both:
        return None

    def mean(values: list[float | None]) -> float | None:
        vals = [v for v in values if v is not None]
        return statistics.fmean(vals) if vals else None

    wordlike = {e: mean([r.runs[e].wordlike for r in both]) or 0.0 for e in ENGINES}
    return Summary(
        group=group, files=len(rows),
        median_ms={e: statistics.median(r.runs[e].ms or 0.0 for r in both) for e in ENGINES},
        total_ms={e: sum(r.runs[e].ms or 0.0 for r in both) for e in ENGINES},
        wordlike=wordlike,
        source_words={e: mean([r.runs[e].source_words for r in both]) for e in ENGINES},
        errors={e: Counter(r.runs[e].error for r in rows if r.runs[e].error) for e in ENGINES},
        clearer={e: sum(1 for r in both if _lead(r, e) > _CLEARLY) for e in ENGINES},
        agree=sum(1 for r in both if r.runs["pdfium"].title == r.runs["pdfplumber"].title),
        compared=len(both),
    )


def print_summary(s: Summary) -> None:
    print(f"\n{s.group}: {s.files} files, {s.compared} read by both engines")
    for e in ENGINES:
        errs = ", ".join(f"{n} {kind}" for kind, n in sorted(s.errors[e].items())) or "none"
        src = f", source words {_pct(s.source_words[e])}" if s.source_words[e] is not None else ""
        print(f"  {e:10} median {s.median_ms[e]:7.1f} ms/file, total {s.total_ms[e]:8.1f} ms, "
              f"word-like {_pct(s.wordlike[e])}{src}, clearly more word-like on {s.clearer[e]} files, "
              f"errors: {errs}")
    print(f"  ratio pdfplumber / pdfium (median ms): {s.ratio:.1f}x; "
          f"same top title on {s.agree}/{s.compared} files")


def verdict(summaries: list[Summary]) -> str:
    """Which engine should be the default, from the figures of this run."""
    if not summaries:
        return "no PDF was read by both engines: no verdict"
    ratio = statistics.median(s.ratio for s in summaries)
    # Text quality: a point or two of word-like share is noise; more than that is a real difference.
    quality_gap = max(s.wordlike["pdfplumber"] - s.wordlike["pdfium"] for s in summaries)
    errs = {e: sum(s.errors[e].total() for s in summaries) for e in ENGINES}
    agree = sum(s.agree for s in summaries)
    compared = sum(s.compared for s in summaries)
    quality = ", ".join(f"{_pct(s.wordlike['pdfium'])} vs {_pct(s.wordlike['pdfplumber'])} "
                        f"({s.group.split()[0]})" for s in summaries)
    clearer = {e: sum(s.clearer[e] for s in summaries) for e in ENGINES}
    facts = (f"pdfium is {ratio:.1f}x {'faster' if ratio >= 1 else 'slower'} per file (median over groups); "
             f"word-like text {quality}; clearly more word-like text on {clearer['pdfium']} files with "
             f"pdfium, {clearer['pdfplumber']} with pdfplumber; same top title on {agree}/{compared} files; "
             f"errors {errs['pdfium']} vs {errs['pdfplumber']}")
    if ratio >= 1.5 and quality_gap <= 0.02 and errs["pdfium"] <= errs["pdfplumber"]:
        return f"default: pdfium. {facts}. pdfplumber's text is no better overall, at {ratio:.0f}x the time."
    if ratio <= 1 and quality_gap >= 0:
        return f"default: pdfplumber. {facts}."
    return (f"default: pdfium for speed, but check the text: {facts}; pdfplumber's text is "
            f"{100 * quality_gap:.0f} points more word-like on one group.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER,
                        help="folder of real PDF resumes, searched recursively (read in place, never copied)")
    parser.add_argument("--generated", type=int, default=20, help="generated two-page resumes (default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="extractions per file and engine (default 3)")
    args = parser.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its font warnings would drown the table

    base = load_matcher()
    matchers = {e: Matcher(base.model, Options(pdf_engine=e)) for e in ENGINES}
    generated = _resumes.generate(_resumes.OUT / "engines", args.generated) if args.generated else []
    real = sorted(args.folder.rglob("*.pdf")) if args.folder.is_dir() else []
    if not real:
        print(f"no PDFs under {args.folder}: real resumes skipped", file=sys.stderr)
    for engine in ENGINES:  # import each engine before timing it
        for sample in (generated + real)[:1]:
            extract(sample.read_bytes(), sample.name, pdf_engine=engine)

    groups: list[tuple[str, list[FileRow], bool]] = []
    if real:
        rows = [measure(p.name, "real", p.read_bytes(), None, matchers, args.repeat) for p in real]
        groups.append((f"real resumes ({args.folder})", rows, False))
    if generated:
        rows = [measure(p.name, "generated", p.read_bytes(),
                        _resumes.source_path(p).read_text(encoding="utf-8"), matchers, args.repeat)
                for p in generated]
        groups.append(("generated 2-page resumes", rows, True))

    summaries = []
    for title, rows, show_source in groups:
        print(f"\n== {title}: median of {args.repeat} extractions; pdfium/pdfplumber in paired columns")
        print_rows(rows, show_source)
        s = summarise(title, rows)
        if s is not None:
            summaries.append(s)
    for s in summaries:
        print_summary(s)
    print(f"\nSUMMARY: {verdict(summaries)}")


if __name__ == "__main__":
    main()
