"""Synthetic two-page resume PDFs for the benchmarks: distinct, deterministic, varied in track, level, length.

Resume ``i`` is built from the shipped ladder (``corpus/microservices.toml``: every title's aliases, skills
and vocabulary) with ``random.Random(i)``, so it is the same on every run and on every machine. PDFs are
written with the tests' ``make_pdf`` (fpdf2) and cached under ``benchmarks/out/`` (git-ignored); the real
resumes in ``../shared`` are never copied here.

Not a script: imported by the benchmarks (``import _resumes``), which run from any directory.
"""

from __future__ import annotations

import functools
import json
import math
import random
import sys
import tomllib
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
CORPUS = ROOT / "corpus" / "microservices.toml"

#: Bump when the text or layout changes, so cached PDFs are written again.
GENERATOR_VERSION = 1

#: Helvetica 10 pt on A4 with fpdf2's default margins: about 120 characters a line, 54 lines a page.
_CHARS_PER_LINE = 120
_LINES_PER_PAGE = 54

_FIRST = ("Dana", "Sam", "Alex", "Priya", "Jonah", "Mei", "Carlos", "Fatima", "Liam", "Aisha", "Noah", "Olga",
          "Kenji", "Sofia", "Tomasz", "Grace", "Ravi", "Elena", "Marcus", "Ines", "Yusuf", "Hannah", "Diego",
          "Chloe", "Arjun", "Freya", "Kwame", "Lena", "Mateo", "Nadia")
_LAST = ("Okafor", "Whitfield", "Nguyen", "Kowalski", "Haddad", "Schmidt", "Tanaka", "Moreau", "Silva",
         "Johansson", "Patel", "Rossi", "Mensah", "Novak", "Fischer", "Kim", "Garcia", "Ivanova", "Brennan",
         "Larsen", "Costa", "Yilmaz", "Dubois", "Murphy", "Sato", "Andersen", "Lopez", "Berg", "Quinn",
         "Reyes")
_COMPANIES = ("Northwind Payments", "Contoso Retail", "Fabrikam Health", "Cellora Mobile", "Fieldnote",
              "Kestrel Consulting", "Bluefin Logistics", "Tailspin Travel", "Litware Insurance",
              "Adatum Energy",
              "Proseware Media", "Wingtip Games", "Lucerne Bank", "Margie's Freight", "Alpine Telecom",
              "Coho Analytics", "Humongous Foods", "Woodgrove Securities", "Trey Research", "Fourth Coffee",
              "Relecloud", "VanArsdel Studios", "Graphic Design Institute", "Southridge Video", "Datum Labs")
_DOMAINS = ("payments", "checkout", "claims", "billing", "search", "identity", "logistics", "booking",
            "streaming", "recommendations", "onboarding", "fraud detection", "pricing", "notifications",
            "patient records", "inventory", "order management", "reporting", "messaging", "customer portal")
_CITIES = ("Manchester, UK", "Austin, TX", "Berlin, Germany", "Toronto, ON", "Lisbon, Portugal",
           "Pune, India", "Warsaw, Poland", "Seattle, WA", "Dublin, Ireland", "Melbourne, Australia",
           "Nairobi, Kenya")
_SCHOOLS = ("Example University", "State College", "Pennine University", "Lakeside Institute of Technology",
            "Northern Polytechnic", "City University", "Riverside University")
_DEGREES = ("B.Sc. Computer Science", "B.Eng. Software Engineering", "M.Sc. Distributed Systems",
            "B.A. Mathematics", "B.Sc. Information Systems", "M.Eng. Computer Engineering")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LEVEL_YEARS = {"Entry": (0.5, 2.0), "Mid": (3.0, 6.0), "Senior": (6.0, 12.0), "Director": (10.0, 18.0),
                "VP": (14.0, 25.0)}
_LEVEL_ORDER = ("Entry", "Mid", "Senior", "Director", "VP")

_BULLETS = (
    "Built {a} and {b} for the {domain} platform, used by {n} teams.",
    "Cut {metric} by {pct}% by introducing {a} and tightening {b}.",
    "Migrated {n} services from the legacy monolith to {a}, with {b} and no downtime.",
    "Wrote runbooks and dashboards for {a}; shared the on-call rotation for the {domain} services.",
    "Worked with product managers and stakeholders on {a}, {b} and {c}.",
    "Designed {a} for the {domain} domain and documented it for {n} other teams.",
    "Automated {a} with {b}; releases went from weekly to several times a day.",
    "Improved {a} test coverage from {pct}% to {pct2}% and added {b} to the pipeline.",
    "Introduced {a} across the {domain} group, replacing ad-hoc {b}.",
    "Investigated production incidents in {domain}; fixed root causes in {a} and {b}.",
)
_SENIOR_BULLETS = (
    "Mentored {k} engineers on {a} and {b}; two were promoted.",
    "Led the design of {a} for the {domain} platform and reviewed every change to it.",
    "Set coding standards for {a} and ran design reviews for {n} teams.",
)
_LEAD_BULLETS = (
    "Managed a team of {k} engineers across {n} squads; owned hiring and performance reviews.",
    "Owned the {domain} roadmap and a budget of {m} million for {a} and {b}.",
    "Reported to the CTO on delivery metrics, {a} and {b}; grew the group from {k} to {k2} people.",
    "Set the engineering strategy for {a}; aligned stakeholders across product, security and finance.",
)
_GLUE = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
                   "with", "due", "multiple"})
_CERTIFICATIONS = ("AWS Certified Solutions Architect", "Certified Kubernetes Administrator (CKA)",
                   "ISTQB Foundation", "HashiCorp Terraform Associate", "Google Professional Cloud Architect")
_METRICS = ("p99 latency", "deployment time", "cloud spend", "error rates", "build times", "incident count",
            "time to restore", "onboarding time")


@dataclass(frozen=True)
class Resume:
    index: int
    title: str
    level: str
    track: str
    text: str


@functools.cache
def _titles() -> list[dict[str, object]]:
    return list(tomllib.loads(CORPUS.read_text(encoding="utf-8"))["title"])


def _wrapped_lines(lines: list[str]) -> int:
    return sum(max(1, math.ceil(len(line) / _CHARS_PER_LINE)) for line in lines)


def _phrases(title: dict[str, object], rng: random.Random) -> list[str]:
    """Skills, plus two- and three-word runs of the title's vocabulary ("spring boot", "code reviews")."""
    skills = [str(s) for s in title.get("skills", [])]
    words = str(title.get("vocabulary", "")).split()
    runs = []
    for _ in range(40):
        if len(words) > 3 and len(runs) < 12:
            start = rng.randrange(len(words) - 3)
            run = words[start:start + rng.choice((2, 3))]
            if run[0] not in _GLUE and run[-1] not in _GLUE:
                runs.append(" ".join(run))
    return list(dict.fromkeys(skills + runs))


def _fill(template: str, phrases: list[str], rng: random.Random) -> str:
    a, b, c = rng.sample(phrases, 3)
    return "- " + template.format(
        a=a, b=b, c=c, domain=rng.choice(_DOMAINS), n=rng.randint(2, 40), pct=rng.randint(12, 60),
        pct2=rng.randint(70, 95), metric=rng.choice(_METRICS), k=rng.randint(3, 12), k2=rng.randint(14, 60),
        m=rng.randint(2, 30))


def resume_text(index: int, titles: list[dict[str, object]] | None = None, attempt: int = 0) -> Resume:
    """The text of synthetic resume ``index``: about two pages once wrapped; another ``attempt`` redraws."""
    titles = titles or _titles()
    rng = random.Random(index if attempt == 0 else f"{index}/{attempt}")
    title = titles[index % len(titles)]  # every title, in turn: all tracks and levels
    level, track = str(title["level"]), str(title["track"])
    same_track = [t for t in titles if t["track"] == track]
    phrases = _phrases(title, rng)
    aliases = [str(a) for a in title.get("aliases", [])] or [str(title["name"])]
    lo, hi = _LEVEL_YEARS.get(level, (2.0, 8.0))
    years = rng.uniform(lo, hi)
    target_lines = rng.randint(64, 96)  # two A4 pages hold 55 to 108 lines: vary the length inside that

    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    email = f"{name.lower().replace(' ', '.')}@example.com"
    head = [name, rng.choice(aliases), f"{rng.choice(_CITIES)} | {email} | +1 555 01{rng.randint(10, 99)}",
            "", "Summary",
            f"{rng.choice(aliases)} with {years:.0f} years of experience in {rng.choice(_DOMAINS)} and "
            f"{rng.choice(_DOMAINS)}. Strong in {', '.join(rng.sample(phrases, 3))}. Looking for a team that "
            "cares about {} and {}.".format(*rng.sample(phrases, 2)), "", "Experience"]

    # Roles, newest first; earlier roles carry a title from one level down the same track.
    n_roles = max(1, min(6, 1 + int(years // 3)))
    end_year, end_month = 2025, rng.randint(1, 12)
    months_left = max(6, int(years * 12))
    roles: list[list[str]] = []
    for r in range(n_roles):
        share = months_left if r == n_roles - 1 else months_left // (n_roles - r) + rng.randint(-6, 6)
        length = max(6, share)
        months_left -= length
        start_total = end_year * 12 + end_month - 1 - length
        start = f"{_MONTHS[start_total % 12]} {start_total // 12}"
        end = "present" if r == 0 else f"{_MONTHS[end_month - 1]} {end_year}"
        held_level = _LEVEL_ORDER[max(0, _LEVEL_ORDER.index(level) - (r + 1) // 2)] if level in _LEVEL_ORDER \
            else level
        pool = [t for t in same_track if t["level"] == held_level] or [title]
        held = rng.choice([str(a) for t in pool for a in t.get("aliases", [t["name"]])])
        roles.append([f"{held} | {rng.choice(_COMPANIES)} | {start} - {end}"])
        end_year, end_month = start_total // 12, start_total % 12 + 1

    templates = list(_BULLETS)
    if level in ("Senior", "Director", "VP"):
        templates += _SENIOR_BULLETS
    if level in ("Director", "VP"):
        templates += _LEAD_BULLETS
    tail = ["", "Education", f"{rng.choice(_DEGREES)}, {rng.choice(_SCHOOLS)}, {end_year - 4} - {end_year}",
            "", "Certifications", rng.choice(_CERTIFICATIONS),
            "", "Skills", ", ".join(rng.sample(phrases, min(len(phrases), rng.randint(8, 14)))),
            "", "Languages", rng.choice(("English (native), Spanish (B2)", "English, German, Polish",
                                         "English (C1), Portuguese (native)", "English, Hindi, Marathi"))]
    # Add bullets to the roles (the newest get more) until the resume is as long as this one should be.
    r = 0
    while _wrapped_lines(head + [line for role in roles for line in role] + tail) < target_lines:
        roles[r].append(_fill(rng.choice(templates), phrases, rng))
        r = (r + 1) % len(roles) if len(roles[r]) > 3 + (len(roles) - r) else r
    body = [line for role in roles for line in ["", *role]]
    return Resume(index, str(title["name"]), level, track, "\n".join(head + body + tail).strip() + "\n")


def source_path(pdf: Path) -> Path:
    """Where the text a generated PDF was written from is kept (beside the folder, so a batch run over the
    folder sees PDFs only)."""
    return pdf.parent.parent / f"{pdf.parent.name}-text" / pdf.with_suffix(".txt").name


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _write_one(args: tuple[int, str]) -> None:
    index, folder = args
    if str(ROOT / "tests") not in sys.path:
        sys.path.insert(0, str(ROOT / "tests"))
    from conftest import make_pdf  # the tests' fpdf2 writer: one source for generated PDFs

    path = Path(folder) / f"resume-{index:05d}.pdf"
    for attempt in range(5):  # the line estimate is rough: draw again until the PDF has exactly two pages
        text = resume_text(index, attempt=attempt).text
        make_pdf(path, text)
        pages = _pages(path)
        if pages == 2:
            source_path(path).write_text(text, encoding="utf-8")
            return
    raise RuntimeError(f"{path.name}: {pages} pages, expected 2; adjust _CHARS_PER_LINE in {__file__}")


def generate(folder: Path, n: int, *, jobs: int = 2) -> list[Path]:
    """Write resumes 0..n-1 as two-page PDFs in ``folder`` (kept between runs); return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    source_path(folder / "x.pdf").parent.mkdir(exist_ok=True)
    stamp = folder.parent / f"{folder.name}.json"
    wanted = {"generator": GENERATOR_VERSION, "n": n}
    paths = [folder / f"resume-{i:05d}.pdf" for i in range(n)]
    try:
        cached = json.loads(stamp.read_text()) == wanted
    except (OSError, ValueError):
        cached = False
    if not cached:
        for old in folder.glob("*.pdf"):
            old.unlink()
    missing = [i for i, p in enumerate(paths) if not (p.exists() and source_path(p).exists())]
    if missing:
        print(f"generating {len(missing)} resume PDFs in {folder} ...", file=sys.stderr, flush=True)
        if len(missing) < 8 or jobs <= 1:
            for i in missing:
                _write_one((i, str(folder)))
        else:
            with get_context("fork").Pool(jobs) as pool:
                pool.map(_write_one, [(i, str(folder)) for i in missing], chunksize=16)
        stamp.write_text(json.dumps(wanted))
    return paths


def titlematch_cmd() -> list[str]:
    """The console script beside this interpreter (as users run it), else ``python -m titlematch``."""
    exe = Path(sys.executable).parent / "titlematch"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "titlematch"]
