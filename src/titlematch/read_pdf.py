"""PDF to text: pypdfium2 (default) or pdfplumber, with decompression bombs refused before any parser sees
them. The parsers are imported inside the functions that need them."""

from __future__ import annotations

import io
import re
import zlib
from typing import Any

from .document import MIB as _MB
from .document import PDF_ENGINES, Document, Limits
from .errors import (
    EmptyTextError,
    EncryptedError,
    ExtractError,
    InputError,
    LimitError,
)


def _pdf(data: bytes, *, name: str, pdf_engine: str, password: str | None, limits: Limits) -> Document:
    if pdf_engine not in PDF_ENGINES:
        raise ValueError(f"unknown PDF engine {pdf_engine!r}; choose one of {', '.join(PDF_ENGINES)}")
    _check_pdf_streams(data, limits)
    if pdf_engine == "pdfplumber":
        return _pdf_plumber(data, password, limits)
    return _pdf_pdfium(data, password, limits)


_STREAM_KEYWORD = re.compile(rb"stream(?:\r\n|\n|\r)")  # "endstream" is skipped by hand: a look-behind
# here made the scan try every byte (1 ms on a 130 KB file) instead of jumping between literal matches.
_INFLATE_STEP = 1 << 20
#: Deflate's largest possible expansion (a 258-byte match per bit, about 1032:1; zlib's FAQ). One Flate layer
#: of n compressed bytes never inflates to more than this times n.
_DEFLATE_MAX_RATIO = 1032
_LENGTH = re.compile(rb"/Length\s+(\d+)\b(?!\s+\d+\s+R)")


def _zlib_header(b: bytes | memoryview) -> bool:
    return len(b) >= 2 and b[0] & 0x0F == 8 and b[0] >> 4 <= 7 and ((b[0] << 8) | b[1]) % 31 == 0


_IMAGE_DICT = re.compile(rb"/Subtype\s*/Image\b")


def _check_pdf_streams(data: bytes, limits: Limits) -> None:
    """Refuse a decompression bomb before a parser sees it: both engines inflate a content stream whole, in
    memory (pdfium took 5 GB for a 4 MB PDF). Images are not decoded to read text, so they get a budget four
    times larger: a bomb that merely calls itself an image still costs a bounded amount.

    A Flate stream of n bytes inflates to at most 1032 n, so streams are only inflated (in 1 MB steps, through
    nested Flate layers, the output counted and dropped) while those bounds add up to more than the budget:
    the largest first. An ordinary resume needs one or two of its font streams inflated, or none."""
    budgets = {False: limits.max_unzipped, True: 4 * limits.max_unzipped}
    bounded: dict[bool, list[tuple[int, int]]] = {False: [], True: []}
    view = memoryview(data)
    for m in _STREAM_KEYWORD.finditer(data):
        if data[max(0, m.start() - 3): m.start()] == b"end":
            continue
        start = m.end()
        if not _zlib_header(view[start:start + 2]):
            continue
        head = data[max(0, m.start() - 1024): m.start()]
        dictionary = head[head.rfind(b"obj"):] if b"obj" in head else None
        image = bool(_IMAGE_DICT.search(dictionary if dictionary is not None else head))
        if _nested(view, start):
            budgets[image] -= _inflated_size(view, start, budgets[image])
            _refuse_over(budgets[image], limits)
        else:
            bounded[image].append((_DEFLATE_MAX_RATIO * _extent(data, start, dictionary), start))
    for image, streams in bounded.items():
        bound = sum(b for b, _ in streams)
        for b, start in sorted(streams, reverse=True):
            if bound <= budgets[image]:
                break
            bound -= b
            budgets[image] -= _inflated_size(view, start, budgets[image])
            _refuse_over(budgets[image], limits)


def _refuse_over(budget_left: int, limits: Limits) -> None:
    if budget_left < 0:
        raise LimitError(f"the PDF's compressed streams unpack to over {limits.max_unzipped / _MB:.0f} "
                         "MB (a decompression bomb?); re-export it from the original")


def _nested(view: memoryview, start: int) -> bool:
    """Whether the Flate stream at ``start`` may hold another Flate layer (its output starts like zlib data,
    or its first 4 KB give no output to tell)."""
    try:
        d = zlib.decompressobj()
        out = d.decompress(view[start: start + 4096], 2)
    except zlib.error:
        return False  # damaged at once: the parsers inflate nothing from it
    return not d.eof and (len(out) < 2 or _zlib_header(out))


def _extent(data: bytes, start: int, dictionary: bytes | None) -> int:
    """The most compressed bytes a parser can take as the stream at ``start``: pdfium reads /Length bytes when
    "endstream" follows them and otherwise up to the first "endstream". Without the dictionary, or with an
    indirect /Length, the rest of the file."""
    end = data.find(b"endstream", start)
    first = (end if end >= 0 else len(data)) - start
    if dictionary is None:
        return len(data) - start
    lengths = [int(n) for n in _LENGTH.findall(dictionary)]
    if b"/Length" in dictionary and not lengths:
        return len(data) - start
    return max([first, *lengths])


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
