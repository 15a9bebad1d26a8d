#!/usr/bin/env python3
"""Accuracy of level, track and title on the labelled set in eval/, beside the plain baseline.

Prints, for the full text and the content-only text (headline and job titles removed), level accuracy,
within-one-level accuracy, track accuracy and title accuracy (title in the acceptable set; "no fit" is the
right answer for resumes of other professions), with confusion matrices, and the same figures for the plain
baseline (nearest title by TF-IDF, that title's level and track) computed in the same run. With --renderings
it also scores the resumes rendered as PDF, two-column PDF and DOCX (made here with fpdf2 and python-docx)
to show extraction does not cost accuracy.

Run:  python benchmarks/evaluate.py [--renderings] [--misses] [--labels eval] [--model DIR]
      python benchmarks/evaluate.py --cv 5     # cross-validated check of the chosen weights (see below)
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from titlematch.api import Options, load_matcher  # noqa: E402
from titlematch.evaluation import Item, evaluate_items, format_report, load_items  # noqa: E402

# The labels were written with this date as "today" ("2021 - present" counts to it).
LABEL_DATE = date(2026, 11, 25)


def _latin1(text: str) -> str:
    return text.translate({0x2013: "-", 0x2014: "-", 0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"',
                           0x2022: "*", 0x25AA: "*", 0x25B8: ">", 0x2192: "->", 0x2026: "..."}
                          ).encode("latin-1", "replace").decode("latin-1")


def render_pdf(item: Item, text: str, columns: int = 1) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    pdf.set_font("Helvetica", size=9)
    pdf.add_page()
    safe = _latin1(text)
    if columns == 1:
        pdf.multi_cell(0, 4.5, safe)
    else:
        # A sidebar layout: the first fifth of the lines (name, contact, skills-like header) in a narrow left
        # column, the rest in the main column, as two-column templates place them.
        lines = safe.splitlines()
        cut = max(3, len(lines) // 5)
        y0 = pdf.get_y()
        pdf.multi_cell(55, 4.5, "\n".join(lines[:cut]))
        pdf.set_xy(72, y0)
        pdf.multi_cell(125, 4.5, "\n".join(lines[cut:]))
    return bytes(pdf.output())


def render_docx(item: Item, text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# The weights --cv re-chooses, and the values it tries for each (the shipped value is among them).
CV_GRID = {
    "track_background": [0.0, 0.5, 1.0],
    "track_titles_share": [0.15, 0.3, 0.45],
    "title_level_penalty": [0.25, 0.6, 1.0],
    "senior_min_years": [5.0, 6.0],
}


def cross_validate(matcher, items: list[Item], folds: int) -> None:  # type: ignore[no-untyped-def]
    """k-fold: on each training split pick the grid point with the best mean of level, track and title
    accuracy (full and content-only), score the held-out split with it; compare with the shipped weights."""
    import itertools
    import random

    from titlematch import scoring
    from titlematch.evaluation import content_only

    keys = list(CV_GRID)
    shipped = {k: scoring.WEIGHTS[k] for k in keys}
    grid = list(itertools.product(*(CV_GRID[k] for k in keys)))
    texts = [(it, it.text) for it in items] + [(it, content_only(it)) for it in items]

    def correct(point: tuple[float, ...]) -> list[float]:
        scoring.WEIGHTS.update(dict(zip(keys, point, strict=True)))
        out = []
        for it, text in texts:
            r = matcher.match_text(text, it.id)
            lv, tr, ti = (r.level, r.track, r.title) if r.fit else ("none", "none", None)
            ok_title = (ti is None) if it.level == "none" else (ti in it.titles)
            out.append(((lv == it.level) + (tr == it.track) + ok_title) / 3)
        return out

    t0 = time.perf_counter()
    table = {p: correct(p) for p in grid}
    scoring.WEIGHTS.update(shipped)
    n = len(items)
    order = list(range(n))
    random.Random(7).shuffle(order)
    fold_of = {i: k % folds for k, i in enumerate(order)}
    cv_scores, picks = [], []
    for f in range(folds):
        train = [j for i in range(n) if fold_of[i] != f for j in (i, i + n)]
        test = [j for i in range(n) if fold_of[i] == f for j in (i, i + n)]
        best = max(grid, key=lambda p: sum(table[p][j] for j in train))
        picks.append(best)
        cv_scores.append(sum(table[best][j] for j in test) / len(test))
    in_sample = max(sum(v) / len(v) for v in table.values())
    shipped_point = tuple(shipped[k] for k in keys)
    shipped_score = sum(table[shipped_point]) / len(texts) if shipped_point in table else float("nan")
    print(f"cross-validation ({folds} folds, {len(grid)} grid points, {time.perf_counter() - t0:.0f} s); "
          "score = mean of level, track and title accuracy over full and content-only text")
    print(f"  shipped weights, whole set:        {shipped_score:.3f}  ({dict(shipped)})")
    print(f"  best grid point, whole set:        {in_sample:.3f}  (optimistic: chosen and scored on the same set)")
    print(f"  cross-validated (held-out folds):  {sum(cv_scores) / folds:.3f}  "
          f"(per fold: {', '.join(f'{s:.3f}' for s in cv_scores)})")
    for k_i, k in enumerate(keys):
        print(f"  {k}: picked per fold {[p[k_i] for p in picks]}, shipped {shipped[k]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=str(ROOT / "eval"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--renderings", action="store_true", help="also score PDF, two-column PDF and DOCX renderings")
    ap.add_argument("--misses", action="store_true", help="list the resumes each variant got wrong")
    ap.add_argument("--no-matrices", action="store_true")
    ap.add_argument("--cv", type=int, default=0, metavar="K", help="k-fold cross-validation of the main weights")
    args = ap.parse_args()
    matcher = load_matcher(args.model, Options(today=LABEL_DATE))
    items = load_items(args.labels)
    if args.cv:
        cross_validate(matcher, items, args.cv)
        return 0
    variants = [("full text", False, None), ("content-only", True, None)]
    if args.renderings:
        variants += [("PDF", False, render_pdf), ("two-column PDF", False, lambda i, t: render_pdf(i, t, 2)),
                     ("DOCX", False, render_docx)]
    summary = []
    for name, content_only, render in variants:
        t0 = time.perf_counter()
        rep = evaluate_items(matcher, items, content_only=content_only, render=render, variant=name)
        dt = time.perf_counter() - t0
        print(format_report(rep, matrices=not args.no_matrices and render is None, misses=args.misses))
        summary.append((name, rep.ours.rates(), rep.baseline.rates(), dt))
    print("summary (titlematch / baseline)")
    print(f"  {'variant':<16}{'level':>14}{'within one':>14}{'track':>14}{'title':>14}{'seconds':>9}")
    for name, ours, base, dt in summary:
        cells = "".join(f"{ours[k]:>8.3f}/{base[k]:.2f}" for k in ("level", "within_one", "track", "title"))
        print(f"  {name:<16}{cells}{dt:>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
