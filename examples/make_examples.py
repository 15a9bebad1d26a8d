#!/usr/bin/env python3
"""Regenerate examples/dana-okafor.pdf (two pages) from examples/dana-okafor.txt (needs fpdf2).

The example resume is fictional and written for titlematch; the PDF is committed so the README's first
command works without fpdf2.
"""

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent


def main() -> None:
    lines = (HERE / "dana-okafor.txt").read_text(encoding="utf-8").splitlines()
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    split = lines.index("Projects")
    for i, line in enumerate(lines):
        if i == split:
            pdf.add_page()  # two pages, as most resumes are
        if i == 0:
            pdf.set_font("Helvetica", "B", 16)
        elif line in ("Summary", "Experience", "Projects", "Education", "Certifications", "Skills"):
            pdf.set_font("Helvetica", "B", 12)
        else:
            pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 5.5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(HERE / "dana-okafor.pdf"))


if __name__ == "__main__":
    main()
