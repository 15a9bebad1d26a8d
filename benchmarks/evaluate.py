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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", default=str(ROOT / "eval"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--renderings", action="store_true", help="also score PDF, two-column PDF and DOCX renderings")
    ap.add_argument("--misses", action="store_true", help="list the resumes each variant got wrong")
    ap.add_argument("--no-matrices", action="store_true")
    args = ap.parse_args()
    matcher = load_matcher(args.model, Options(today=LABEL_DATE))
    items = load_items(args.labels)
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
