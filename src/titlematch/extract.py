"""Bytes to text: PDF, DOCX, plain text and Markdown in any common encoding, JSON Resume, HTML.

The type is sniffed from the bytes (magic numbers, then structure); the file name is only a hint. Each
format's reader lives in its own module (``read_pdf``, ``read_docx``, ``read_text``) and is imported only when
a file of that kind arrives, so a text resume never pays for the PDF or DOCX parsers.
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
from collections.abc import Callable

from .document import MIB, PDF_ENGINES, Document, Limits
from .errors import EmptyTextError, EncryptedError, LimitError, UnsupportedFormatError

__all__ = ["PDF_ENGINES", "Document", "Limits", "decode_text", "extract", "sniff"]

def sniff(data: bytes, name: str = "") -> str:
    """The kind of document the bytes hold: pdf, docx, json, html, text, or an unsupported kind."""
    head = data[:2048]
    lname = name.lower()
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if _zip_has(data, "word/document.xml"):
            return "docx"
        # A zip that names Word parts (or is called .docx) but does not open: a damaged DOCX, reported as one.
        if lname.endswith(".docx") or b"word/document.xml" in data:
            return "docx"
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # Word's "encrypt with password" wraps the DOCX in an OLE file with an EncryptedPackage stream.
        return "encrypted-office" if "EncryptedPackage".encode("utf-16-le") in data else "doc"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "image"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in (b"{", b"[") or lname.endswith(".json"):
        return "json"
    if re.match(rb"(?i)<!doctype html|<html|<\?xml[^>]*>\s*<html", stripped):
        return "html"
    return "text"


def _zip_has(data: bytes, member: str) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return member in zf.namelist()
    except Exception:  # a probe: zipfile raises many types on hostile bytes (NotImplementedError, ...)
        return False


def extract(data: bytes, name: str = "", *, pdf_engine: str = "pdfium", password: str | None = None,
            limits: Limits | None = None) -> Document:
    """Extract the text of one resume. Raises an :class:`~titlematch.errors.InputError` subclass."""
    limits = limits or Limits()
    if not data:
        raise EmptyTextError("the file is empty (0 bytes); check that it was saved or copied completely")
    if len(data) > limits.max_bytes:
        raise LimitError(f"the file is {len(data) / MIB:.1f} MiB, over the {limits.max_bytes / MIB:g} MiB "
                         "limit (raise it with --max-bytes)")
    kind = sniff(data, name)
    handler = _handler(kind)
    if kind == "encrypted-office":
        raise EncryptedError(_UNSUPPORTED[kind])
    if handler is None:
        raise UnsupportedFormatError(_UNSUPPORTED[kind])
    doc = handler(data, name=name, pdf_engine=pdf_engine, password=password, limits=limits)
    if len(doc.text) > limits.max_chars:
        doc.text = doc.text[: limits.max_chars]
        doc.notes.append(f"text cut at {limits.max_chars:,} characters")
    if not doc.text.strip():
        if doc.kind == "pdf":
            raise EmptyTextError("the PDF has no extractable text (a scan or images only); "
                                 "run it through OCR (for example ocrmypdf) and try again")
        raise EmptyTextError("the document has no text; check that it is the right file")
    return doc


_UNSUPPORTED = {
    "doc": "legacy Word .doc format is not supported; save it as DOCX or PDF",
    "rtf": "RTF is not supported; save it as DOCX, PDF or plain text",
    "image": "an image, not a document; run it through OCR and save it as PDF or text",
    "zip": "a zip archive that is not a DOCX; unpack it and pass the resumes inside",
    "encrypted-office": "the Word file is password-protected; remove the password in Word and save it again",
}


#: kind -> (module, function) of its reader
_HANDLERS: dict[str, tuple[str, str]] = {
    "pdf": ("read_pdf", "_pdf"),
    "docx": ("read_docx", "_docx"),
    "text": ("read_text", "_text"),
    "html": ("read_text", "_html"),
    "json": ("read_text", "_json_resume"),
}


def _handler(kind: str) -> Callable[..., Document] | None:
    where = _HANDLERS.get(kind)
    if where is None:
        return None
    module = importlib.import_module(f".{where[0]}", __package__)
    handler: Callable[..., Document] = getattr(module, where[1])
    return handler


def decode_text(data: bytes) -> str:
    """Decode text of unknown encoding (see :func:`titlematch.read_text.decode_text`)."""
    from .read_text import decode_text as _decode

    return _decode(data)
