"""What extraction works with: the limits on one file's cost, and the document it yields."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["MIB", "PDF_ENGINES", "Document", "Limits"]

MIB = 1024 * 1024
#: The PDF text extractors on offer; the first is the default (see benchmarks/pdf_engines.py).
PDF_ENGINES = ("pdfium", "pdfplumber")


@dataclass(frozen=True)
class Limits:
    """Bounds on what one file may cost."""

    #: Larger files are refused before they are parsed.
    max_bytes: int = 20 * 1024 * 1024
    #: Pages after this are not read (a note says so); resumes are rarely over five.
    max_pages: int = 30
    #: Uncompressed size a DOCX may claim in all (zip bombs claim gigabytes).
    max_unzipped: int = 100 * 1024 * 1024
    #: Characters of text kept for scoring (about 60 dense pages); the rest of a huge file is not read. Scoring
    #: cost grows with the text: 2,000,000 characters took 20 s, this takes about 2.
    max_chars: int = 200_000


@dataclass
class Document:
    text: str
    kind: str
    pages: int | None = None
    engine: str | None = None
    notes: list[str] = field(default_factory=list)
