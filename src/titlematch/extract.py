"""Bytes to text: PDF, DOCX, plain text and Markdown in any common encoding, JSON Resume, HTML.

The type is sniffed from the bytes (magic numbers, then structure); the file name is only a hint. Parsers
with a real import cost (pypdfium2, pdfplumber, python-docx, charset-normalizer) are imported inside the
function that needs them.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import EmptyTextError, EncryptedError, ExtractError, LimitError, UnsupportedFormatError

__all__ = ["PDF_ENGINES", "Document", "Limits", "extract", "sniff"]

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
    #: Characters of text kept for scoring; the rest of a huge text file is not read.
    max_chars: int = 2_000_000


@dataclass
class Document:
    text: str
    kind: str
    pages: int | None = None
    engine: str | None = None
    notes: list[str] = field(default_factory=list)


def sniff(data: bytes, name: str = "") -> str:
    """The kind of document the bytes hold: pdf, docx, json, html, text, or an unsupported kind."""
    head = data[:2048]
    lname = name.lower()
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "docx" if _zip_has(data, "word/document.xml") else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
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
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return False


def extract(data: bytes, name: str = "", *, pdf_engine: str = "pdfium", password: str | None = None,
            limits: Limits | None = None) -> Document:
    """Extract the text of one resume. Raises an :class:`~titlematch.errors.InputError` subclass."""
    limits = limits or Limits()
    if not data:
        raise EmptyTextError("the file is empty")
    if len(data) > limits.max_bytes:
        raise LimitError(f"the file is {len(data) / 1e6:.1f} MB, over the {limits.max_bytes / 1e6:.0f} MB limit "
                         "(raise it with --max-bytes)")
    kind = sniff(data, name)
    handler = _HANDLERS.get(kind)
    if handler is None:
        raise UnsupportedFormatError(_UNSUPPORTED.get(kind, f"unsupported file type ({kind})"))
    doc = handler(data, pdf_engine=pdf_engine, password=password, limits=limits)
    if len(doc.text) > limits.max_chars:
        doc.text = doc.text[: limits.max_chars]
        doc.notes.append(f"text cut at {limits.max_chars:,} characters")
    if not doc.text.strip():
        if doc.kind == "pdf":
            raise EmptyTextError("the PDF has no extractable text (a scan or images only); "
                                 "run it through OCR (for example ocrmypdf) and try again")
        raise EmptyTextError("the document has no text")
    return doc


_UNSUPPORTED = {
    "doc": "legacy Word .doc format is not supported; save it as DOCX or PDF",
    "rtf": "RTF is not supported; save it as DOCX, PDF or plain text",
    "image": "an image, not a document; run it through OCR and save it as PDF or text",
    "zip": "a zip archive that is not a DOCX; unpack it and pass the resumes inside",
}


# ------------------------------------------------------------------------------------------------ PDF


def _pdf(data: bytes, *, pdf_engine: str, password: str | None, limits: Limits) -> Document:
    if pdf_engine == "pdfplumber":
        return _pdf_plumber(data, password, limits)
    if pdf_engine != "pdfium":
        raise ValueError(f"unknown PDF engine {pdf_engine!r}; choose one of {', '.join(PDF_ENGINES)}")
    return _pdf_pdfium(data, password, limits)


def _pdfium_error(exc: Exception, password: str | None) -> Exception:
    msg = str(exc)
    if "password" in msg.lower():
        if password:
            return EncryptedError("the PDF is encrypted and the password given is wrong")
        return EncryptedError("the PDF is encrypted with a password; pass it with --password")
    if "format" in msg.lower() or "file" in msg.lower():
        return ExtractError("not a readable PDF (damaged or truncated); re-export it from the original")
    return ExtractError(f"the PDF could not be read ({msg.split('(')[-1].rstrip(')') or 'unknown error'})")


def _pdf_pdfium(data: bytes, password: str | None, limits: Limits) -> Document:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise _pdfium_error(exc, password) from None
    notes: list[str] = []
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise EmptyTextError("the PDF has no pages")
        texts = []
        for i in range(min(n_pages, limits.max_pages)):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                try:
                    texts.append(textpage.get_text_range())
                finally:
                    textpage.close()
            finally:
                page.close()
        if n_pages > limits.max_pages:
            notes.append(f"read the first {limits.max_pages} of {n_pages} pages (raise with --max-pages)")
    except pdfium.PdfiumError as exc:
        raise _pdfium_error(exc, password) from None
    finally:
        pdf.close()
    text = "\n".join(texts).replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-")
    return Document(text=text, kind="pdf", pages=n_pages, engine="pdfium", notes=notes)


def _pdf_plumber(data: bytes, password: str | None, limits: Limits) -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    notes: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
            n_pages = len(pdf.pages)
            if n_pages == 0:
                raise EmptyTextError("the PDF has no pages")
            texts = [(p.extract_text() or "") for p in pdf.pages[: limits.max_pages]]
    except PDFPasswordIncorrect:
        raise EncryptedError("the PDF is encrypted with a password; pass it with --password"
                             if not password else "the PDF is encrypted and the password given is wrong") from None
    except PDFSyntaxError:
        raise ExtractError("not a readable PDF (damaged or truncated); re-export it from the original") from None
    except EmptyTextError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on hostile input
        if "password" in repr(exc).lower():
            raise EncryptedError("the PDF is encrypted with a password; pass it with --password") from None
        raise ExtractError(f"the PDF could not be read ({type(exc).__name__})") from None
    if n_pages > limits.max_pages:
        notes.append(f"read the first {limits.max_pages} of {n_pages} pages (raise with --max-pages)")
    return Document(text="\n".join(texts), kind="pdf", pages=n_pages, engine="pdfplumber", notes=notes)


# ----------------------------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _docx(data: bytes, *, pdf_engine: str, password: str | None, limits: Limits) -> Document:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            claimed = sum(i.file_size for i in infos)
            if claimed > limits.max_unzipped or len(infos) > 10_000:
                raise LimitError(f"the DOCX unpacks to {claimed / 1e6:,.0f} MB in {len(infos)} parts, over the "
                                 "limit (a zip bomb?); re-save it from Word")
            xml = zf.read("word/document.xml")
            if b"<!DOCTYPE" in xml[:4096] or b"<!ENTITY" in xml[:65536]:
                raise ExtractError("the DOCX holds XML entity declarations (not something Word writes); "
                                   "re-save it from Word")
    except zipfile.BadZipFile:
        raise ExtractError("not a readable DOCX (the zip is damaged); re-save it from Word") from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError) as exc:
        raise ExtractError(f"not a readable DOCX ({type(exc).__name__}); re-save it from Word") from None
    import docx
    from lxml import etree

    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        raise ExtractError(f"not a readable DOCX ({type(exc).__name__}); re-save it from Word") from None
    except Exception as exc:  # python-docx raises its own and lxml's types on broken parts
        raise ExtractError(f"not a readable DOCX ({type(exc).__name__}); re-save it from Word") from None
    lines: list[str] = []
    try:
        for section in document.sections:
            for part in (section.header, section.first_page_header):
                if part is not None and not part.is_linked_to_previous:
                    lines.extend(_paragraph_texts(part._element))
        lines.extend(_paragraph_texts(document.element.body))
        for section in document.sections:
            if not section.footer.is_linked_to_previous:
                lines.extend(_paragraph_texts(section.footer._element))
    except Exception as exc:
        raise ExtractError(f"not a readable DOCX ({type(exc).__name__}); re-save it from Word") from None
    return Document(text="\n".join(lines), kind="docx")


def _paragraph_texts(root: Any) -> list[str]:
    """Text of every paragraph under ``root``: body, tables, text boxes; Word's VML fallbacks skipped."""
    out: list[str] = []
    skip: set[Any] = set()
    for el in root.iter(_MC_FALLBACK):
        skip.update(el.iter())
    for p in root.iter(f"{_W}p"):
        if p in skip:
            continue
        parts = []
        for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
            if node in skip:
                continue
            if node.tag == f"{_W}t":
                parts.append(node.text or "")
            else:
                parts.append("\t" if node.tag == f"{_W}tab" else "\n")
        # Nested paragraphs (text boxes inside a paragraph) are visited on their own.
        nested = [q for q in p.iter(f"{_W}p") if q is not p]
        if nested:
            own = [t.text or "" for t in p.iter(f"{_W}t") if not any(t in set(q.iter()) for q in nested)]
            parts = own
        text = "".join(parts).strip()
        if text:
            out.append(text)
    return out


# ----------------------------------------------------------------------------------------------- text


def decode_text(data: bytes) -> str:
    """Decode text of unknown encoding: BOMs, then UTF-8, then charset-normalizer's best guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0:4:2] != b"\x00\x00":
        return data.decode("utf-16-le", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f") or c == "\ufffd")
    return bad / len(sample) > 0.05


def _text(data: bytes, *, pdf_engine: str, password: str | None, limits: Limits) -> Document:
    text = decode_text(data[: limits.max_chars * 4])
    if _looks_binary(text):
        raise UnsupportedFormatError("binary data, not a text document (wrong file extension?)")
    return Document(text=text, kind="text")


class _HTMLText:
    def __init__(self) -> None:
        from html.parser import HTMLParser

        parts: list[str] = []

        class P(HTMLParser):
            skip = 0

            def handle_starttag(self, tag: str, attrs: Any) -> None:
                if tag in ("script", "style"):
                    self.skip += 1
                elif tag in ("p", "br", "li", "div", "tr", "h1", "h2", "h3", "h4", "section"):
                    parts.append("\n")

            def handle_endtag(self, tag: str) -> None:
                if tag in ("script", "style") and self.skip:
                    self.skip -= 1

            def handle_data(self, d: str) -> None:
                if not self.skip:
                    parts.append(d)

        self.parser, self.parts = P(convert_charrefs=True), parts


def _html(data: bytes, *, pdf_engine: str, password: str | None, limits: Limits) -> Document:
    h = _HTMLText()
    h.parser.feed(decode_text(data))
    h.parser.close()
    return Document(text="".join(h.parts), kind="html")


# ----------------------------------------------------------------------------------------------- JSON

_SKIP_KEYS = {"email", "phone", "url", "website", "picture", "image", "photo", "profiles", "location", "address",
              "postalcode", "countrycode", "meta", "id", "$schema", "network", "username", "avatar", "theme",
              "metadata", "css", "typography", "layout", "page", "template", "visible", "columns", "hidden"}
_TITLE_KEYS = ("position", "title", "role", "label", "job", "jobtitle")
_ORG_KEYS = ("name", "company", "employer", "organization", "organisation", "institution", "network")
_START_KEYS = ("startdate", "start", "from", "begin")
_END_KEYS = ("enddate", "end", "to", "until")


def _json_resume(data: bytes, *, pdf_engine: str, password: str | None, limits: Limits) -> Document:
    raw = decode_text(data)
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ExtractError(f"invalid JSON at line {exc.lineno} column {exc.colno} ({exc.msg}); "
                           "fix the syntax or export the resume again") from None
    except RecursionError:
        raise ExtractError("JSON nested too deeply to be a resume") from None
    if not isinstance(obj, dict | list):
        raise UnsupportedFormatError("JSON that is not a resume object")
    lines: list[str] = []
    try:
        _flatten(obj, lines, depth=0)
    except RecursionError:
        raise ExtractError("JSON nested too deeply to be a resume") from None
    return Document(text="\n".join(lines), kind="json")


def _lower_keys(d: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower().replace("_", ""): v for k, v in d.items()}


def _flatten(obj: Any, out: list[str], depth: int) -> None:
    """Walk any resume-shaped JSON (JSON Resume, FRESH, Reactive Resume): a role's title, employer and dates
    go on one line, as a person would write them, so the evidence parser sees "Title | Company | 2019 - 2021"."""
    if depth > 40:
        return
    if isinstance(obj, str):
        s = re.sub(r"<[^>]{0,200}>", " ", obj).strip()
        if s:
            out.append(s)
    elif isinstance(obj, int | float) and not isinstance(obj, bool):
        return
    elif isinstance(obj, list):
        for item in obj:
            _flatten(item, out, depth + 1)
    elif isinstance(obj, dict):
        d = _lower_keys(obj)
        title = next((d[k] for k in _TITLE_KEYS if isinstance(d.get(k), str) and d[k].strip()), None)
        start = next((d[k] for k in _START_KEYS if isinstance(d.get(k), str | int) and str(d[k]).strip()), None)
        used: set[str] = set()
        if title and start is not None:
            org = next((d[k] for k in _ORG_KEYS if isinstance(d.get(k), str) and d[k].strip()), "")
            end = next((d[k] for k in _END_KEYS if isinstance(d.get(k), str | int) and str(d[k]).strip()),
                       "present")
            out.append(" | ".join(x for x in (title.strip(), str(org).strip(), f"{start} - {end}") if x))
            used = {*_TITLE_KEYS, *_ORG_KEYS, *_START_KEYS, *_END_KEYS}
        elif isinstance(d.get("date"), dict):
            _flatten({**obj, **d["date"]}, out, depth + 1)
            return
        for k, v in d.items():
            if k in used or k in _SKIP_KEYS:
                continue
            _flatten(v, out, depth + 1)


_HANDLERS: dict[str, Callable[..., Document]] = {
    "pdf": _pdf,
    "docx": _docx,
    "text": _text,
    "html": _html,
    "json": _json_resume,
}
