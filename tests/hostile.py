"""Hostile and broken inputs, generated in memory: hand-made PDF bytes, DOCX zips, text and JSON.

Used by ``tests/test_hostile.py`` and ``benchmarks/fuzz.py``. Every generator returns ``bytes`` and is
deterministic (random ones take a seed), so a failing case can be rebuilt from its name. Nothing here writes
files.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
import zlib
from collections.abc import Callable, Sequence

__all__ = [
    "RESUME_LINES",
    "bad_directory_offset_docx",
    "bad_utf8_name_docx",
    "billion_laughs_docx",
    "broken_xref_pdf",
    "build_pdf",
    "corrupt_deflate_docx",
    "deflate_repeated",
    "document_part",
    "docx_bytes",
    "flate_bomb_pdf",
    "future_zip_version_docx",
    "garbage",
    "hex_flate_bomb_pdf",
    "huge_media_box_pdf",
    "image_only_pdf",
    "json_resume",
    "lying_zip_bomb_docx",
    "many_glyphs_pdf",
    "mutate",
    "not_a_zip_docx",
    "paragraph_xml",
    "stream_object",
    "text_pdf",
    "truncated",
    "zero_page_pdf",
    "zip_bomb_docx",
]

#: A short resume every hand-made document carries, so a readable one scores on the shipped ladder.
RESUME_LINES = (
    "Dana Example",
    "Senior DevOps Engineer",
    "Experience",
    "Senior DevOps Engineer | Northwind Payments | Mar 2019 - present",
    "- GitOps delivery with Argo CD and Helm for 40 services on EKS; Terraform modules for AWS accounts.",
    "- CI/CD pipelines in GitHub Actions; Prometheus and Grafana alerting; mentored junior engineers.",
    "DevOps Engineer | Contoso Retail | Jun 2015 - Feb 2019",
    "- Jenkins pipelines, Ansible playbooks, Docker images and Kubernetes clusters.",
    "Skills",
    "Kubernetes, Terraform, Helm, Docker, AWS, Jenkins, Ansible, Prometheus, Python",
)

# ------------------------------------------------------------------------------------------------ PDF


def _pdf_string(text: str) -> bytes:
    raw = text.encode("latin-1", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def stream_object(data: bytes, extra: bytes = b"") -> bytes:
    """A stream object's body: its dictionary (``/Length`` plus ``extra``) and the data."""
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def build_pdf(objects: Sequence[bytes], *, root: int = 1, xref_shift: int = 0, version: bytes = b"1.7") -> bytes:
    """A PDF from object bodies (object ``i + 1`` is ``objects[i]``) with a correct cross-reference table;
    ``xref_shift`` moves every offset in it (a broken table that readers must repair)."""
    out = io.BytesIO()
    out.write(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref_at = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % max(0, off + xref_shift))
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, root, xref_at + xref_shift))
    return out.getvalue()


def _page_content(lines: Sequence[str], font_size: float = 11, top: float = 760) -> bytes:
    leading = font_size * 1.3
    body = [b"BT /F1 %g Tf %g TL 50 %g Td" % (font_size, leading, top)]
    body += [_pdf_string(line) + b" '" for line in lines]
    body.append(b"ET")
    return b"\n".join(body)


def _pages_pdf(contents: Sequence[bytes], *, media_box: str = "0 0 612 792", compress: bool = False) -> bytes:
    """Catalog, page tree, a Helvetica font, then one page + content stream per entry of ``contents``."""
    n = len(contents)
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, content in enumerate(contents):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % (media_box.encode(), 5 + 2 * i))
        objects.append(stream_object(zlib.compress(content), b"/Filter /FlateDecode ") if compress
                       else stream_object(content))
    return build_pdf(objects)


def text_pdf(lines: Sequence[str] = RESUME_LINES, *, pages: int = 1, media_box: str = "0 0 612 792",
             compress: bool = False) -> bytes:
    """A plain, valid PDF with ``lines`` on every page (page numbers added after the first)."""
    contents = [_page_content(list(lines) if i == 0 else [f"Page {i + 1}", *lines]) for i in range(pages)]
    return _pages_pdf(contents, media_box=media_box, compress=compress)


def zero_page_pdf() -> bytes:
    return build_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def image_only_pdf() -> bytes:
    """A "scan": filled rectangles and no text layer."""
    rects = b"\n".join(b"0.1 g 40 %d %d 6 re f" % (760 - 12 * i, 200 + (i * 37) % 250) for i in range(50))
    return _pages_pdf([rects])


def broken_xref_pdf(lines: Sequence[str] = RESUME_LINES) -> bytes:
    """Every cross-reference offset and ``startxref`` is wrong by 37 bytes (readers rebuild the table)."""
    contents = [_page_content(lines)]
    good = _pages_pdf(contents)
    n = good.count(b" 0 obj\n")
    objects = [good.split(b"%d 0 obj\n" % i, 1)[1].split(b"\nendobj\n", 1)[0] for i in range(1, n + 1)]
    return build_pdf(objects, xref_shift=37)


def huge_media_box_pdf(lines: Sequence[str] = RESUME_LINES) -> bytes:
    """A page one billion points wide and high (the spec allows 14,400)."""
    return text_pdf(lines, media_box="0 0 1000000000 1000000000")


def many_glyphs_pdf(glyphs: int = 300_000) -> bytes:
    """One page holding ``glyphs`` tiny characters (0.2 pt), in rows of 1,000; the stream is compressed."""
    rows = []
    row = ("devops " * 143)[:1000]
    for _ in range(glyphs // 1000):
        rows.append(_pdf_string(row) + b" '")
    content = b"BT /F1 0.2 Tf 0.25 TL 10 780 Td\n" + b"\n".join(rows) + b"\nET"
    return _pages_pdf([content], compress=True)


def deflate_repeated(byte: bytes, total: int, block: int = 1 << 20, prefix: bytes = b"") -> bytes:
    """A valid zlib stream that inflates to ``prefix`` then ``total`` copies of ``byte``, built in
    milliseconds: after a sync flush, every further block of identical input compresses to the same bytes, so
    they are repeated instead of compressed."""
    assert len(byte) == 1 and total % block == 0 and total >= 3 * block
    c = zlib.compressobj(9)
    chunk = byte * block
    head = c.compress(prefix) + c.flush(zlib.Z_SYNC_FLUSH) if prefix else b""
    first = c.compress(chunk) + c.flush(zlib.Z_SYNC_FLUSH)
    second = c.compress(chunk) + c.flush(zlib.Z_SYNC_FLUSH)
    third = c.compress(chunk) + c.flush(zlib.Z_SYNC_FLUSH)
    assert second == third
    final_empty_block = b"\x03\x00"  # BFINAL=1, fixed Huffman, end-of-block
    adler = _adler32_repeated(zlib.adler32(prefix), byte[0], total)
    return head + first + second * (total // block - 1) + final_empty_block + adler.to_bytes(4, "big")


def _adler32_repeated(adler: int, value: int, count: int) -> int:
    """Adler-32 continued over ``count`` bytes equal to ``value``, in closed form (a += v each byte; b += a)."""
    mod = 65521
    a, b = adler & 0xFFFF, adler >> 16
    b = (b + count * a + value * (count * (count + 1) // 2)) % mod
    a = (a + count * value) % mod
    return (b << 16) | a


def flate_bomb_pdf(inflated: int = 4 << 30, *, stream: bytes | None = None,
                   dictionary: bytes = b"/Filter /FlateDecode ") -> bytes:
    """A one-page PDF whose first content stream is a few MB of Flate data inflating to ``inflated`` spaces
    (default 4 GiB), followed by readable text in a second, small stream. ``stream`` and ``dictionary``
    replace the bomb and its stream dictionary (other filters, nested layers, a disguise)."""
    bomb = deflate_repeated(b" ", inflated) if stream is None else stream
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
        b"/Contents [5 0 R 6 0 R] >>",
        stream_object(bomb, dictionary),
        stream_object(_page_content(RESUME_LINES)),
    ]
    return build_pdf(objects)


def hex_flate_bomb_pdf(inflated: int = 4 << 30) -> bytes:
    """The flate bomb behind an ASCIIHex layer (``/Filter [/ASCIIHexDecode /FlateDecode]``): a size check
    that only inflates streams starting as zlib data does not see it; a reader's memory limit must."""
    return flate_bomb_pdf(stream=deflate_repeated(b" ", inflated).hex().encode() + b">",
                          dictionary=b"/Filter [/ASCIIHexDecode /FlateDecode] ")


def truncated(data: bytes, keep: float = 0.5) -> bytes:
    return data[: max(1, int(len(data) * keep))]


# ----------------------------------------------------------------------------------------------- DOCX

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.header+xml"/>'
    "</Types>"
)
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
    'Target="header1.xml"/></Relationships>'
)


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraph_xml(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{_xml_escape(text)}</w:t></w:r></w:p>'


def document_part(body: str, *, prolog: str = "") -> str:
    """word/document.xml around ``body`` (paragraph XML), with a section that uses the header."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f'<w:document xmlns:w="{_W_NS}" xmlns:r="{_R_NS}"><w:body>{body}'
            '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/></w:sectPr></w:body></w:document>')


def docx_bytes(lines: Sequence[str] = RESUME_LINES, *, header: str = "Dana Example - resume",
               document_xml: str | bytes | None = None, header_xml: str | bytes | None = None,
               extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal DOCX written by hand (document, one header), so any part can be replaced by hostile XML."""
    body = "".join(paragraph_xml(line) for line in lines)
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _PACKAGE_RELS,
        "word/_rels/document.xml.rels": _DOCUMENT_RELS,
        "word/document.xml": document_xml if document_xml is not None else document_part(body),
        "word/header1.xml": header_xml if header_xml is not None else (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="{_W_NS}">'
            f"{paragraph_xml(header)}</w:hdr>"),
        **(extra or {}),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return buf.getvalue()


_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                     for i in range(1, 10))
           + "]>\n")


def billion_laughs_docx(part: str = "word/document.xml") -> bytes:
    """A DOCX whose ``part`` (document, header or styles) declares nested entities expanding to 10^9
    "lol"s, referenced from a paragraph."""
    if part == "word/document.xml":
        return docx_bytes(document_xml=document_part(paragraph_xml("Dana") + "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>",
                                                     prolog=_LAUGHS))
    if part == "word/header1.xml":
        return docx_bytes(header_xml=(f'<?xml version="1.0" encoding="UTF-8"?>\n{_LAUGHS}<w:hdr xmlns:w="{_W_NS}">'
                                      "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:hdr>"))
    raise ValueError(part)


def zip_bomb_docx(inflated: int = 1 << 30) -> bytes:
    """A DOCX whose document.xml honestly claims, and inflates to, ``inflated`` bytes (1 GiB by default)
    of spaces: the zip entry is hand-written around :func:`deflate_repeated` output."""
    raw = deflate_repeated(b" ", inflated)[2:-4]  # raw deflate: no zlib header, no Adler-32
    crc, chunk = 0, b" " * (1 << 20)
    for _ in range(inflated // len(chunk)):
        crc = zlib.crc32(chunk, crc)
    return _append_member(_docx_without_document(), "word/document.xml", raw, crc, inflated)


def _docx_without_document() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf, zipfile.ZipFile(io.BytesIO(docx_bytes())) as src:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                zf.writestr(info, src.read(info.filename))
    return out.getvalue()


def _append_member(archive: bytes, name: str, deflated: bytes, crc: int, size: int) -> bytes:
    """Add a deflated member to a zip (no ZIP64: ``size`` must stay under 4 GiB)."""
    import struct

    with zipfile.ZipFile(io.BytesIO(archive)) as zf:
        infos = zf.infolist()
        cd_offset = zf.start_dir
    body = archive[:cd_offset]
    central = archive[cd_offset:]
    end = central.rfind(b"PK\x05\x06")
    central_entries = central[:end]
    fname = name.encode()
    local_offset = len(body)
    local = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(deflated), size,
                        len(fname), 0) + fname
    entry = struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0x21, crc, len(deflated),
                        size, len(fname), 0, 0, 0, 0, 0, local_offset) + fname
    new_body = body + local + deflated
    new_central = central_entries + entry
    eocd = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(infos) + 1, len(infos) + 1, len(new_central),
                       len(new_body), 0)
    return new_body + new_central + eocd


def lying_zip_bomb_docx(inflated: int = 1 << 30) -> bytes:
    """Like :func:`zip_bomb_docx`, but the headers claim document.xml is 1 KB, with the CRC of those first
    1,024 spaces: a reader that trusts the claim and stops there is fine; zipfile's ``read()`` inflates the
    whole gigabyte before it cuts."""
    raw = deflate_repeated(b" ", inflated)[2:-4]
    return _append_member(_docx_without_document(), "word/document.xml", raw, zlib.crc32(b" " * 1024), 1024)


def not_a_zip_docx() -> bytes:
    """Starts like a zip (local header magic) but nothing after it is one."""
    return b"PK\x03\x04" + bytes(random.Random(7).randrange(256) for _ in range(4000))


def _member_offsets(data: bytes, name: str) -> tuple[int, int]:
    """(local header offset, central directory entry offset) of member ``name``."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        local = zf.getinfo(name).header_offset
        central = data.index(b"PK\x01\x02", zf.start_dir)
        while data[central + 46: central + 46 + len(name)] != name.encode():
            central = data.index(b"PK\x01\x02", central + 4)
    return local, central


# Regressions found by benchmarks/fuzz.py: each raised something other than an InputError out of extract().


def corrupt_deflate_docx() -> bytes:
    """document.xml's deflate data starts with a reserved block type: zipfile raises zlib.error."""
    data = bytearray(docx_bytes())
    local, _ = _member_offsets(bytes(data), "word/document.xml")
    name_len, extra_len = int.from_bytes(data[local + 26: local + 28], "little"), \
        int.from_bytes(data[local + 28: local + 30], "little")
    data[local + 30 + name_len + extra_len] = 0xFF
    return bytes(data)


def future_zip_version_docx() -> bytes:
    """The central directory says document.xml needs zip version 8.4: zipfile raises NotImplementedError."""
    data = bytearray(docx_bytes())
    _, central = _member_offsets(bytes(data), "word/document.xml")
    data[central + 6: central + 8] = (84).to_bytes(2, "little")
    return bytes(data)


def bad_directory_offset_docx() -> bytes:
    """The end record puts the central directory 100 bytes too far: the first member's offset turns
    negative and zipfile raises ValueError (negative seek) reading it."""
    data = bytearray(docx_bytes())
    eocd = data.rindex(b"PK\x05\x06")
    offset = int.from_bytes(data[eocd + 16: eocd + 20], "little")
    data[eocd + 16: eocd + 20] = (offset + 100).to_bytes(4, "little")
    return bytes(data)


def bad_utf8_name_docx() -> bytes:
    """document.xml's local header sets the UTF-8 name flag on a name that is not UTF-8: zipfile raises
    UnicodeDecodeError."""
    data = bytearray(docx_bytes())
    local, _ = _member_offsets(bytes(data), "word/document.xml")
    flags = int.from_bytes(data[local + 6: local + 8], "little") | 0x800
    data[local + 6: local + 8] = flags.to_bytes(2, "little")
    data[local + 30 + len("word/document.xm")] = 0xAD
    return bytes(data)


# ----------------------------------------------------------------------------------------------- misc


def garbage(size: int = 64 * 1024, seed: int = 0) -> bytes:
    """Random bytes (deterministic per seed)."""
    return random.Random(seed).randbytes(size)


def json_resume(lines: Sequence[str] = RESUME_LINES) -> bytes:
    """A small JSON Resume (jsonresume.org schema)."""
    doc = {
        "basics": {"name": "Dana Example", "label": "Senior DevOps Engineer", "email": "dana@example.com",
                   "summary": " ".join(lines[4:6])},
        "work": [
            {"name": "Northwind Payments", "position": "Senior DevOps Engineer", "startDate": "2019-03-01",
             "highlights": ["GitOps delivery with Argo CD and Helm", "Terraform modules for AWS"]},
            {"name": "Contoso Retail", "position": "DevOps Engineer", "startDate": "2015-06-01",
             "endDate": "2019-02-28", "highlights": ["Jenkins pipelines, Ansible playbooks, Docker, Kubernetes"]},
        ],
        "skills": [{"name": "DevOps", "keywords": ["Kubernetes", "Terraform", "Helm", "Prometheus"]}],
    }
    return json.dumps(doc, indent=2).encode()


# -------------------------------------------------------------------------------------------- mutation


def _rezip_with(data: bytes, rng: random.Random, inner: Callable[[bytes, random.Random], bytes]) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = [(i, zf.read(i.filename)) for i in zf.infolist()]
    victim = rng.randrange(len(members))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for j, (info, content) in enumerate(members):
            zf.writestr(info.filename, inner(content, rng) if j == victim else content)
    return out.getvalue()


def _flip(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        if buf:
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    return bytes(buf)


def _splice(data: bytes, rng: random.Random) -> bytes:
    if len(data) < 2:
        return data * 2
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, 4096))
    at = rng.randrange(len(data))
    return data[:at] + data[a:b] * rng.randint(1, 8) + data[at:]


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(max(1, len(data)))]


def _magic(data: bytes, rng: random.Random) -> bytes:
    """Overwrite a spot with a token parsers care about."""
    tokens = [b"obj", b"endobj", b"stream", b"endstream", b"xref", b"trailer", b"<<", b">>", b"[", b"]",
              b"/Length 999999999", b"-1", b"0 0 R", b"/FlateDecode", b"\x00", b"\xff\xfe", b"{", b"}", b'"',
              b"<w:p>", b"</w:t>", b"<!ENTITY a 'b'>", b"PK\x03\x04", b"99999999999999999999"]
    tok = rng.choice(tokens)
    at = rng.randrange(max(1, len(data)))
    return data[:at] + tok + data[at + (len(tok) if rng.random() < 0.5 else 0):]


MUTATORS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "flip": _flip, "splice": _splice, "truncate": _truncate, "magic": _magic,
}


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One to three mutations of ``data``; zips (DOCX) may get one member's content mutated instead.
    Returns the new bytes and a short description of what was done."""
    if data[:4] == b"PK\x03\x04" and rng.random() < 0.5:
        name = rng.choice(list(MUTATORS))
        try:
            return _rezip_with(data, rng, MUTATORS[name]), f"zip-member-{name}"
        except Exception:  # a mutant of a mutant may not unzip any more: mutate its bytes instead
            pass
    names = [rng.choice(list(MUTATORS)) for _ in range(rng.randint(1, 3))]
    for name in names:
        data = MUTATORS[name](data, rng)
    return data, "+".join(names)

