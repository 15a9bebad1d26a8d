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
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .errors import (
    EmptyTextError,
    EncryptedError,
    ExtractError,
    InputError,
    LimitError,
    UnsupportedFormatError,
)

__all__ = ["PDF_ENGINES", "Document", "Limits", "extract", "sniff"]

PDF_ENGINES = ("pdfium", "pdfplumber")
_MB = 1024 * 1024


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
        raise LimitError(f"the file is {len(data) / _MB:.1f} MiB, over the {limits.max_bytes / _MB:g} MiB "
                         "limit (raise it with --max-bytes)")
    kind = sniff(data, name)
    handler = _HANDLERS.get(kind)
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


# ------------------------------------------------------------------------------------------------ PDF


def _pdf(data: bytes, *, name: str, pdf_engine: str, password: str | None, limits: Limits) -> Document:
    if pdf_engine not in PDF_ENGINES:
        raise ValueError(f"unknown PDF engine {pdf_engine!r}; choose one of {', '.join(PDF_ENGINES)}")
    _check_pdf_streams(data, limits)
    if pdf_engine == "pdfplumber":
        return _pdf_plumber(data, password, limits)
    return _pdf_pdfium(data, password, limits)


_STREAM_KEYWORD = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_INFLATE_STEP = 1 << 20


def _zlib_header(b: bytes | memoryview) -> bool:
    return len(b) >= 2 and b[0] & 0x0F == 8 and b[0] >> 4 <= 7 and ((b[0] << 8) | b[1]) % 31 == 0


_IMAGE_DICT = re.compile(rb"/Subtype\s*/Image\b")


def _check_pdf_streams(data: bytes, limits: Limits) -> None:
    """Refuse a decompression bomb before a parser sees it: both engines inflate a content stream whole, in
    memory (pdfium took 5 GB for a 4 MB PDF). Every Flate stream is inflated here in 1 MB steps, through nested
    Flate layers, and its output only counted. Images are not decoded to read text, so they get a budget four
    times larger: a bomb that merely calls itself an image still costs a bounded amount."""
    budgets = {False: limits.max_unzipped, True: 4 * limits.max_unzipped}
    view = memoryview(data)
    for m in _STREAM_KEYWORD.finditer(data):
        start = m.end()
        if not _zlib_header(view[start:start + 2]):
            continue
        head = data[max(0, m.start() - 1024): m.start()]
        image = bool(_IMAGE_DICT.search(head[head.rfind(b"obj"):] if b"obj" in head else head))
        budgets[image] -= _inflated_size(view, start, budgets[image])
        if budgets[image] < 0:
            raise LimitError(f"the PDF's compressed streams unpack to over {limits.max_unzipped / _MB:.0f} "
                             "MB (a decompression bomb?); re-export it from the original")


def _inflated_size(view: memoryview, start: int, cap: int) -> int:
    """Bytes the zlib stream at ``start`` inflates to, nested zlib layers included; stops past ``cap``.
    A layer whose first output starts like zlib data gets a nested layer; a nested layer that turns out not
    to be zlib is dropped, and the layers above it are still counted."""
    layers: list[Any] = [zlib.decompressobj()]  # None once a nested layer proved not to be zlib
    produced = [False]
    total = 0

    def push(level: int, chunk: bytes | memoryview) -> None:
        nonlocal total
        d = layers[level]
        while chunk and d is not None and not d.eof and total <= cap:
            try:
                out = d.decompress(chunk, _INFLATE_STEP)
            except zlib.error:
                if level == 0:
                    raise
                layers[level] = None
                return
            chunk = d.unconsumed_tail
            if not out:
                continue
            total += len(out)
            if not produced[level] and level < 3 and _zlib_header(out):
                layers.append(zlib.decompressobj())
                produced.append(False)
            produced[level] = True
            if level + 1 < len(layers):
                push(level + 1, out)

    pos = start
    try:
        while not layers[0].eof and total <= cap and pos < len(view):
            push(0, view[pos: pos + 65536])
            pos += 65536
    except zlib.error:
        pass  # damaged data: the parser will say so; only the size matters here
    return total


def _password_error(password: str | None) -> EncryptedError:
    if password:
        return EncryptedError("the PDF is encrypted and the password given is wrong; check --password")
    return EncryptedError("the PDF is encrypted with a password; pass it with --password")


def _pdfium_error(exc: Exception, password: str | None, data: bytes) -> InputError:
    """The error for a PDF pdfium refused. Its error code is global state and refusing a document without
    pages does not set it: the code may be an earlier file's, so the bytes decide what it can mean."""
    code = getattr(exc, "err_code", None)
    if re.search(rb"/Count\s+0\b", data) and not re.search(rb"/Type\s*/Page(?![a-zA-Z])", data):
        return EmptyTextError("the PDF has no pages (an empty or damaged export); re-export it from the original")
    if b"/Encrypt" in data and (code in (4, 5) or "password" in str(exc).lower()):
        if code == 5:  # FPDF_ERR_SECURITY
            return EncryptedError("the PDF uses an encryption scheme that cannot be opened; "
                                  "print it to a new PDF without protection")
        return _password_error(password)
    return ExtractError("not a readable PDF (damaged or truncated); re-export it from the original")


def _pdf_pdfium(data: bytes, password: str | None, limits: Limits) -> Document:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise _pdfium_error(exc, password, data) from None
    notes: list[str] = []
    try:
        n_pages = len(pdf)
        if n_pages == 0:
            raise EmptyTextError("the PDF has no pages (an empty or damaged export); "
                                 "re-export it from the original")
        texts = []
        damaged = []
        for i in range(min(n_pages, limits.max_pages)):
            try:
                page = pdf[i]
            except pdfium.PdfiumError:
                damaged.append(i + 1)  # one broken page must not cost the others
                continue
            try:
                textpage = page.get_textpage()
                try:
                    texts.append(textpage.get_text_range())
                finally:
                    textpage.close()
            finally:
                page.close()
        if damaged and not texts:
            raise ExtractError("not a readable PDF (no page could be read); re-export it from the original")
        if damaged:
            notes.append(f"page{'s' if len(damaged) > 1 else ''} {', '.join(map(str, damaged))} could not be "
                         "read (damaged)")
        if n_pages > limits.max_pages:
            notes.append(f"read the first {limits.max_pages} of {n_pages} pages (raise with --max-pages)")
    except pdfium.PdfiumError as exc:
        raise _pdfium_error(exc, password, data) from None
    finally:
        pdf.close()
    text = "\n".join(texts).replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-")
    return Document(text=text, kind="pdf", pages=n_pages, engine="pdfium", notes=notes)


def _pdf_plumber(data: bytes, password: str | None, limits: Limits) -> Document:
    import logging

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    # pdfminer logs a warning for every repair it makes; stderr is for our one-line messages. A level the
    # application set itself is kept.
    for logger_name in ("pdfminer", "pdfplumber"):
        logger = logging.getLogger(logger_name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.ERROR)
    notes: list[str] = []
    try:
        with pdfplumber.open(io.BytesIO(data), password=password or "") as pdf:
            n_pages = len(pdf.pages)
            if n_pages == 0:
                raise EmptyTextError("the PDF has no pages (an empty or damaged export); "
                                     "re-export it from the original")
            texts = [(p.extract_text() or "") for p in pdf.pages[: limits.max_pages]]
    except InputError:
        raise
    except MemoryError:
        raise LimitError("ran out of memory reading the PDF; try --pdf-engine pdfium") from None
    except Exception as exc:  # pdfminer raises many unrelated types on hostile input; pdfplumber wraps them
        cause = exc.args[0] if type(exc).__name__ == "PdfminerException" and exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect) or "password" in repr(cause).lower():
            raise _password_error(password) from None
        if isinstance(cause, PDFSyntaxError | PSException):
            raise ExtractError("not a readable PDF (damaged or truncated); "
                               "re-export it from the original") from None
        raise ExtractError(f"not a readable PDF ({type(cause).__name__}); re-export it from the original, "
                           "or try --pdf-engine pdfium") from None
    if n_pages > limits.max_pages:
        notes.append(f"read the first {limits.max_pages} of {n_pages} pages (raise with --max-pages)")
    return Document(text="\n".join(texts), kind="pdf", pages=n_pages, engine="pdfplumber", notes=notes)


# ----------------------------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _docx(data: bytes, *, name: str, pdf_engine: str, password: str | None, limits: Limits) -> Document:
    parts = _unzip_bounded(data, limits)
    if "word/document.xml" not in parts:
        raise ExtractError("not a readable DOCX (it has no word/document.xml); re-save it from Word")
    for part_name, content in parts.items():
        if part_name.endswith((".xml", ".rels")) and _declares_entities(content):
            raise ExtractError(f"the DOCX part {part_name} declares XML entities (not something Word writes; "
                               "an entity bomb?); re-save it from Word")
    # python-docx reads members with zipfile's unbounded read(): hand it a stored copy of what was checked,
    # with macro-enabled documents and templates (.docm, .dotx) relabelled as the documents they also are.
    types = parts.get("[Content_Types].xml", b"")
    for other in _WORD_MAIN_TYPES:
        types = types.replace(other, _WORD_MAIN_TYPE)
    parts["[Content_Types].xml"] = types
    clean = io.BytesIO()
    with zipfile.ZipFile(clean, "w", zipfile.ZIP_STORED) as zf:
        for part_name, content in parts.items():
            zf.writestr(part_name, content)
    clean.seek(0)
    import docx

    try:
        document = docx.Document(clean)
    except Exception as exc:  # python-docx raises its own, KeyError and lxml's types on broken parts
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


def _unzip_bounded(data: bytes, limits: Limits) -> dict[str, bytes]:
    """Every member of a DOCX, checked against ``limits.max_unzipped`` by the sizes the zip claims, then read
    in 1 MB steps, which stop at the claimed size. zipfile's own ``read()`` inflates a member whole before it
    cuts it to that size: a 1 MB member that claims 1 KB and inflates to 1 GB would cost the gigabyte."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            claimed = sum(i.file_size for i in infos)
            if claimed > limits.max_unzipped or len(infos) > 10_000:
                raise LimitError(f"the DOCX unpacks to {claimed / _MB:,.0f} MB in {len(infos)} parts, over "
                                 "the limit (a zip bomb?); re-save it from Word")
            parts: dict[str, bytes] = {}
            for info in infos:
                if not info.is_dir():
                    with zf.open(info) as fh:
                        parts[info.filename] = b"".join(iter(lambda: fh.read(1 << 20), b""))
            return parts
    except InputError:
        raise
    except Exception as exc:  # zipfile raises many types on hostile bytes (zlib.error, NotImplementedError...)
        if isinstance(exc, RuntimeError) and "encrypted" in str(exc):
            raise EncryptedError("the DOCX is encrypted; remove the password in Word and save it again") from None
        raise ExtractError("not a readable DOCX (the zip is damaged); re-save it from Word") from None


_WORD_MAIN_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_WORD_MAIN_TYPES = (b"application/vnd.ms-word.document.macroEnabled.main+xml",
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
_DOCTYPE_MARKS = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"),
                  "<!ENTITY".encode("utf-16-le"), "<!ENTITY".encode("utf-16-be"))


def _declares_entities(xml: bytes) -> bool:
    """A DOCTYPE or entity declaration, in UTF-8 or UTF-16 (Word writes neither)."""
    return any(mark in xml for mark in _DOCTYPE_MARKS)


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
            inner: set[Any] = set()
            for q in nested:  # one set for all of them: a text box of 20,000 paragraphs stays linear
                inner.update(q.iter())
            parts = [t.text or "" for t in p.iter(f"{_W}t") if t not in inner and t not in skip]
        text = "".join(parts).strip()
        if text:
            out.append(text)
    return out


# ----------------------------------------------------------------------------------------------- text


def decode_text(data: bytes) -> str:
    """Decode text of unknown encoding: BOMs, then UTF-8, then charset-normalizer's best guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8_with_stray_bytes(data[3:])
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0:4:2] != b"\x00\x00":
        return data.decode("utf-16-le", errors="replace")
    if len(data) >= 4 and data[0:4:2] == b"\x00\x00" and data[1:4:2] != b"\x00\x00":
        return data.decode("utf-16-be", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(map(len, _STRAY.findall(text)))
    if len(_NON_ASCII.findall(text)) - stray >= stray:
        # Mostly UTF-8 with a few bytes that are not (a file pasted together from two sources): keep the UTF-8
        # and read each stray run as cp1252, instead of guessing one code page for all of it.
        return _STRAY.sub(_cp1252_run, text)
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:200_000])
    best = matches.best()
    encoding = best.encoding if best is not None else "cp1252"
    # An English resume with a few accented names fits many code pages equally well, and the language guess on
    # a few names is noise: when cp1252 (the most common) reads the bytes about as cleanly as the best guess,
    # take it, or "Hélène Peña" comes out as "Hélčne Peńa" (cp1250) and "Zoë" as "Zoė" (cp1257).
    if best is not None and any("cp1252" in m.could_be_from_charset and m.chaos <= best.chaos + 0.01
                                for m in matches):
        encoding = "cp1252"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")


_STRAY = re.compile("[\udc80-\udcff]+")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _cp1252_run(m: re.Match[str]) -> str:
    raw = bytes(ord(c) - 0xDC00 for c in m.group())
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return raw.decode("latin-1")


def _utf8_with_stray_bytes(data: bytes) -> str:
    return _STRAY.sub(_cp1252_run, data.decode("utf-8", errors="surrogateescape"))


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return False
    bad = sum(1 for c in sample if (c < " " and c not in "\t\n\r\f") or c == "\ufffd")
    return bad / len(sample) > 0.05


def _text(data: bytes, *, name: str, pdf_engine: str, password: str | None, limits: Limits) -> Document:
    text = decode_text(data[: limits.max_chars * 4])
    if _looks_binary(text):
        raise UnsupportedFormatError(_binary_message(name))
    return Document(text=text, kind="text")


_CLAIMED_KINDS = {".pdf": "PDF", ".docx": "DOCX", ".doc": "Word document", ".json": "JSON", ".txt": "text file",
                  ".md": "Markdown file"}


def _binary_message(name: str) -> str:
    suffix = name[name.rfind("."):].lower() if "." in name else ""
    claimed = _CLAIMED_KINDS.get(suffix)
    if claimed:
        return (f"named {suffix} but holds binary data that is not a {claimed} (damaged, or the wrong "
                "extension); open it in the program that wrote it and save again")
    return "binary data, not a document titlematch reads (PDF, DOCX, text, JSON Resume); check the file type"


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


def _html(data: bytes, *, name: str, pdf_engine: str, password: str | None, limits: Limits) -> Document:
    h = _HTMLText()
    h.parser.feed(decode_text(data))
    h.parser.close()
    return Document(text="".join(h.parts), kind="html")


# ----------------------------------------------------------------------------------------------- JSON

_SKIP_KEYS = {"email", "phone", "url", "website", "picture", "image", "photo", "profiles", "location",
              "address", "postalcode", "countrycode", "meta", "id", "$schema", "network", "username", "avatar", "theme",
              "metadata", "css", "typography", "layout", "page", "template", "visible", "columns", "hidden"}
_TITLE_KEYS = ("position", "title", "role", "label", "job", "jobtitle")
_ORG_KEYS = ("name", "company", "employer", "organization", "organisation", "institution", "network")
_START_KEYS = ("startdate", "start", "from", "begin")
_END_KEYS = ("enddate", "end", "to", "until")


_TOO_DEEP = "JSON nested too deeply to be a resume; export the resume as JSON Resume (jsonresume.org)"


def _json_resume(data: bytes, *, name: str, pdf_engine: str, password: str | None,
                 limits: Limits) -> Document:
    raw = decode_text(data)
    if _looks_binary(raw):
        raise UnsupportedFormatError(_binary_message(name))
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ExtractError(f"invalid JSON at line {exc.lineno} column {exc.colno} ({exc.msg}); "
                           "fix the syntax or export the resume again") from None
    except RecursionError:
        raise ExtractError(_TOO_DEEP) from None
    if not isinstance(obj, dict | list):
        raise UnsupportedFormatError("JSON that is not a resume (a bare value, not an object); export the "
                                     "resume as JSON Resume (jsonresume.org)")
    lines: list[str] = []
    try:
        _flatten(obj, lines, depth=0)
    except RecursionError:
        raise ExtractError(_TOO_DEEP) from None
    return Document(text="\n".join(lines), kind="json")


def _lower_keys(d: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower().replace("_", ""): v for k, v in d.items()}


def _role_date(value: Any) -> str:
    """JSON Resume dates are ISO 8601 ("2019-03-01"); the evidence parser reads months ("2019-03")."""
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?(?:[T ][\d:.+\-Z]*)?", text)
    return f"{m[1]}-{int(m[2]):02d}" if m else text


def _flatten(obj: Any, out: list[str], depth: int) -> None:
    """Walk any resume-shaped JSON (JSON Resume, FRESH, Reactive Resume): a role's title, employer and dates
    go on one line, as a person would write them, so the evidence parser sees
    "Title | Company | 2019 - 2021"."""
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
        start = next((d[k] for k in _START_KEYS if isinstance(d.get(k), str | int) and str(d[k]).strip()),
                     None)
        used: set[str] = set()
        if title and start is not None:
            org = next((d[k] for k in _ORG_KEYS if isinstance(d.get(k), str) and d[k].strip()), "")
            end = next((d[k] for k in _END_KEYS if isinstance(d.get(k), str | int) and str(d[k]).strip()),
                       "present")
            out.append(" | ".join(x for x in (title.strip(), str(org).strip(),
                                              f"{_role_date(start)} - {_role_date(end)}") if x))
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
