#!/usr/bin/env python3
"""Level and track agreement on real resumes kept outside the repository (never commit them).

1. Level: resumes whose own headline states the level unambiguously (VP / Vice President, Director, Intern;
   the first line of each text in a folder with a labels.csv such as ../shared/resumes/datasets/
   kaggle_livecareer_it). Agreement = the level titlematch reports equals the stated one. The plain baseline
   (the nearest title's level) is computed in the same run.
2. Track: job-board resumes labelled by category (a CSV with Category and Resume columns such as
   ../shared/resumes/datasets/updated_resume_dataset_it_dedup.csv): Testing and Automation Testing -> QA,
   DevOps Engineer -> DevOps, Java / Python / DotNet Developer -> Developer.

Run: python benchmarks/real_datasets.py [--livecareer DIR] [--jobboard CSV] [--show]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from titlematch.api import load_matcher  # noqa: E402

SHARED = ROOT.parent / "shared" / "resumes" / "datasets"
TRACKS = {"Testing": "QA", "Automation Testing": "QA", "DevOps Engineer": "DevOps", "Java Developer": "Developer",
          "Python Developer": "Developer", "DotNet Developer": "Developer"}


def stated_level(headline: str) -> str | None:
    h = headline.upper()
    if re.search(r"\b(?:VP|VICE[ -]PRESIDENT|SVP|EVP)\b", h):
        return "VP"
    if re.search(r"\bDIRECTOR\b", h) and not re.search(r"\b(?:ASSISTANT|DEPUTY|ASSOCIATE)\b", h):
        return "Director"
    if re.search(r"\bINTERN(?:SHIP)?\b", h):
        return "Entry"
    return None


def agreement(items: list[tuple[str, str, str]], attribute: str, show: bool) -> tuple[int, int, int, Counter[Any]]:
    """Score (name, text, wanted) items; count agreements of ``attribute`` (level or track) for titlematch and
    for the baseline (the nearest title's own level or track)."""
    matcher = load_matcher()
    ladder = matcher.model.ladder
    ok = base_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for name, text, want in items:
        r = matcher.match_text(text, name)
        got = (getattr(r, attribute) if r.fit else None) or "none"
        ok += got == want
        confusion[(want, got)] += 1
        if r.title_scores:
            best = max(range(len(r.title_scores)), key=r.title_scores.__getitem__)
            base_ok += getattr(ladder.titles[best], attribute) == want
        if show and got != want:
            print(f"  miss: {name[:50]!r}: want {want}, got {got} ({r.title}); {text[:60]!r}")
    return ok, base_ok, len(items), confusion


def levels(folder: Path, show: bool) -> None:
    items = []
    for row in csv.DictReader((folder / "labels.csv").open(encoding="utf-8")):
        want = stated_level(row["header_title"])
        if want is not None:
            items.append((row["header_title"], (folder / row["file"]).read_text(encoding="utf-8", errors="replace"),
                          want))
    ok, base_ok, n, confusion = agreement(items, "level", show)
    print(f"level agreement where the headline states it: {ok}/{n} = {ok / max(n, 1):.3f} "
          f"(baseline nearest title {base_ok / max(n, 1):.3f})")
    print("  (want, got): " + ", ".join(f"{k}: {v}" for k, v in sorted(confusion.items())))


def tracks(path: Path, show: bool) -> None:
    items = [(row["Category"], row["Resume"], TRACKS[row["Category"]])
             for row in csv.DictReader(path.open(encoding="utf-8")) if row["Category"] in TRACKS]
    ok, base_ok, n, confusion = agreement(items, "track", show)
    print(f"track agreement with the job-board category: {ok}/{n} = {ok / max(n, 1):.3f} "
          f"(baseline nearest title {base_ok / max(n, 1):.3f})")
    print("  (want, got): " + ", ".join(f"{k}: {v}" for k, v in sorted(confusion.items())))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--livecareer", type=Path, default=SHARED / "kaggle_livecareer_it")
    ap.add_argument("--jobboard", type=Path, default=SHARED / "updated_resume_dataset_it_dedup.csv")
    ap.add_argument("--show", action="store_true", help="print each disagreement")
    args = ap.parse_args()
    if (args.livecareer / "labels.csv").exists():
        levels(args.livecareer, args.show)
    else:
        print(f"skipped levels: {args.livecareer}/labels.csv not found")
    if args.jobboard.exists():
        tracks(args.jobboard, args.show)
    else:
        print(f"skipped tracks: {args.jobboard} not found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
