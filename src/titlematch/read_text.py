"""Plain text and Markdown in any common encoding, HTML, and resume-shaped JSON (JSON Resume, FRESH,
Reactive Resume) to text."""

from __future__ import annotations

import json
import re
from typing import Any

from .document import Document, Limits
from .errors import (
    ExtractError,
    UnsupportedFormatError,
)


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


def _first_date(d: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first of ``keys`` with a non-empty date (a string or a bare year), or None."""
    return next((d[k] for k in keys if isinstance(d.get(k), str | int) and str(d[k]).strip()), None)


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
        start = _first_date(d, _START_KEYS)
        used: set[str] = set()
        if title and start is not None:
            org = next((d[k] for k in _ORG_KEYS if isinstance(d.get(k), str) and d[k].strip()), "")
            end = _first_date(d, _END_KEYS) or "present"
            out.append(" | ".join(x for x in (title.strip(), str(org).strip(),
                                              f"{_role_date(start)} - {_role_date(end)}") if x))
            used = {*_TITLE_KEYS, *_ORG_KEYS, *_START_KEYS, *_END_KEYS}
        elif start is not None:
            # A dated entry without a job title (a degree: institution, area, study type): its dates on the line
            # that names it ("Example University | Computer Science | Bachelor | 2011-06 - 2014-01"), not alone
            # on lines of their own, where they would read as a job's range stacked over two lines.
            named = [str(d[k]).strip() for k in (*_ORG_KEYS, "area", "studytype", "degree")
                     if isinstance(d.get(k), str) and d[k].strip()]
            end = _first_date(d, _END_KEYS)
            dates = f"{_role_date(start)} - {_role_date(end)}" if end is not None else _role_date(start)
            out.append(" | ".join([*named, dates]))
            used = {*_ORG_KEYS, "area", "studytype", "degree", *_START_KEYS, *_END_KEYS}
        elif isinstance(d.get("date"), dict):
            _flatten({**obj, **d["date"]}, out, depth + 1)
            return
        for k, v in d.items():
            if k in used or k in _SKIP_KEYS:
                continue
            _flatten(v, out, depth + 1)
