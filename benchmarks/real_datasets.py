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


def levels(folder: Path, show: bool) -> None:
    matcher = load_matcher()
    ladder = matcher.model.ladder
    rows = list(csv.DictReader((folder / "labels.csv").open(encoding="utf-8")))
    n = ok = base_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        want = stated_level(row["header_title"])
        if want is None:
            continue
        text = (folder / row["file"]).read_text(encoding="utf-8", errors="replace")
        r = matcher.match_text(text, row["file"])
        got = r.level if r.fit else "none"
        n += 1
        ok += got == want
        confusion[(want, got or "none")] += 1
        if r.title_scores:
            best = max(range(len(r.title_scores)), key=r.title_scores.__getitem__)
            base_ok += ladder.titles[best].level == want
        if show and got != want:
            print(f"  miss: {row['header_title'][:50]!r}: want {want}, got {got} ({r.title})")
    print(f"level agreement where the headline states it: {ok}/{n} = {ok / max(n, 1):.3f} "
          f"(baseline nearest title {base_ok / max(n, 1):.3f})")
    print("  (want, got): " + ", ".join(f"{k}: {v}" for k, v in sorted(confusion.items())))


def tracks(path: Path, show: bool) -> None:
    matcher = load_matcher()
    ladder = matcher.model.ladder
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if r["Category"] in TRACKS]
    n = ok = base_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for row in rows:
        want = TRACKS[row["Category"]]
        r = matcher.match_text(row["Resume"], row.get("row_id", ""))
        got = r.track if r.fit else "none"
        n += 1
        ok += got == want
        confusion[(want, got or "none")] += 1
        if r.title_scores:
            best = max(range(len(r.title_scores)), key=r.title_scores.__getitem__)
            base_ok += ladder.titles[best].track == want
        if show and got != want:
            print(f"  miss: {row['Category']}: want {want}, got {got} ({r.title}); {row['Resume'][:80]!r}")
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
