"""DOCX to text with python-docx: paragraphs, tables, headers, footers and text boxes; zip bombs and XML
entity declarations refused before the parser sees them."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from .document import MIB as _MB
from .document import Document, Limits
from .errors import (
    EncryptedError,
    ExtractError,
    InputError,
    LimitError,
)

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
