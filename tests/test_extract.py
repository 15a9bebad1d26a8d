"""Bytes to text: PDF (both engines), DOCX, text in every common encoding, Markdown, JSON Resume, sniffing.

Every document is made here, by fpdf2, python-docx or by hand (``hostile.py``); none is read from disk.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from titlematch.api import Matcher, Options, load_matcher
from titlematch.errors import EmptyTextError, EncryptedError, ExtractError, InputError
from titlematch.extract import PDF_ENGINES, Limits, decode_text, extract, sniff

import hostile
from conftest import JUNIOR_QA, SENIOR_DEVOPS, make_docx, make_pdf


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The generated PDFs, made once for the module."""
    d = tmp_path_factory.mktemp("pdfs")
    return {
        "one-column": make_pdf(d / "one.pdf", SENIOR_DEVOPS).read_bytes(),
        "two-column": make_pdf(d / "two.pdf", SENIOR_DEVOPS, columns=2).read_bytes(),
        "three-pages": make_pdf(d / "three.pdf", SENIOR_DEVOPS, pages=3).read_bytes(),
        "owner-only": make_pdf(d / "owner.pdf", SENIOR_DEVOPS, owner_password="owner-secret").read_bytes(),
        "hand-made": hostile.text_pdf(compress=True),
        "qa": make_pdf(d / "qa.pdf", JUNIOR_QA).read_bytes(),
    }


def _with(matcher: Matcher, **options: object) -> Matcher:
    return Matcher(matcher.model, Options(**options))  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------------ PDF


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_one_column_pdf(pdfs: dict[str, bytes], engine: str) -> None:
    doc = extract(pdfs["one-column"], "cv.pdf", pdf_engine=engine)
    assert (doc.kind, doc.pages, doc.engine, doc.notes) == ("pdf", 1, engine, [])
    assert "Senior DevOps Engineer | Northwind Payments | Mar 2019 - present" in doc.text.splitlines()
    assert "Kubernetes, Terraform, Helm" in doc.text


def test_two_column_pdf_keeps_each_column_in_reading_order(pdfs: dict[str, bytes]) -> None:
    lines = extract(pdfs["two-column"], "cv.pdf").text.splitlines()
    # Left column (the first half of the resume) entirely before the right one, neither mixed into the other.
    left, right = lines.index("Experience"), lines.index("Education")
    assert left < lines.index("- Mentored three junior DevOps engineers; led the") < right
    assert not any("Contoso" in line and "Northwind" in line for line in lines)
    assert lines[0] == "Dana Example"


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_multi_page_pdf_reads_every_page(pdfs: dict[str, bytes], engine: str) -> None:
    doc = extract(pdfs["three-pages"], "cv.pdf", pdf_engine=engine)
    assert doc.pages == 3
    assert "Page 2" in doc.text and "Page 3" in doc.text
    assert doc.text.count("Northwind Payments") == 3


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_max_pages_stops_reading_and_says_so(pdfs: dict[str, bytes], engine: str) -> None:
    doc = extract(pdfs["three-pages"], "cv.pdf", pdf_engine=engine, limits=Limits(max_pages=2))
    assert doc.pages == 3 and "Page 2" in doc.text and "Page 3" not in doc.text
    assert doc.notes == ["read the first 2 of 3 pages (raise with --max-pages)"]


@pytest.fixture(scope="module")
def locked_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return make_pdf(tmp_path_factory.mktemp("locked") / "locked.pdf", SENIOR_DEVOPS, password="s3cret").read_bytes()


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_user_password_pdf_needs_the_password(locked_pdf: bytes, engine: str) -> None:
    with pytest.raises(EncryptedError) as err:
        extract(locked_pdf, "cv.pdf", pdf_engine=engine)
    assert err.value.kind == "encrypted"
    assert "--password" in err.value.message
    with pytest.raises(EncryptedError, match="password given is wrong"):
        extract(locked_pdf, "cv.pdf", pdf_engine=engine, password="wrong")
    assert "Northwind Payments" in extract(locked_pdf, "cv.pdf", pdf_engine=engine, password="s3cret").text


def test_user_password_pdf_through_the_matcher(matcher: Matcher, locked_pdf: bytes) -> None:
    refused = matcher.match(locked_pdf, name="locked.pdf")
    assert (refused.ok, refused.error_kind, refused.file) == (False, "encrypted", "locked.pdf")
    opened = _with(matcher, password="s3cret").match(locked_pdf, name="locked.pdf")
    assert opened.ok and opened.track == "DevOps" and opened.level == "Senior"


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_owner_only_encrypted_pdf_opens_without_a_password(pdfs: dict[str, bytes], engine: str) -> None:
    assert b"/Encrypt" in pdfs["owner-only"]
    assert "Northwind Payments" in extract(pdfs["owner-only"], "cv.pdf", pdf_engine=engine).text


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_image_only_pdf_suggests_ocr(tmp_path: Path, engine: str) -> None:
    scan = make_pdf(tmp_path / "scan.pdf", "", image_only=True).read_bytes()
    with pytest.raises(EmptyTextError) as err:
        extract(scan, "scan.pdf", pdf_engine=engine)
    assert err.value.kind == "no-text" and "OCR" in err.value.message


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("keep", [0.2, 0.5, 0.9])
def test_truncated_pdf_is_a_broken_file(pdfs: dict[str, bytes], engine: str, keep: float) -> None:
    data = hostile.truncated(pdfs["one-column"], keep)
    with pytest.raises(InputError) as err:
        extract(data, "cv.pdf", pdf_engine=engine)
    assert err.value.kind == "broken"
    assert "re-export it" in err.value.message


@pytest.mark.parametrize("name", ["one-column", "two-column", "three-pages", "owner-only", "hand-made"])
def test_both_engines_give_the_same_top_title(matcher: Matcher, pdfs: dict[str, bytes], name: str) -> None:
    results = [_with(matcher, pdf_engine=e).match(pdfs[name], name=f"{name}.pdf") for e in PDF_ENGINES]
    assert all(r.ok for r in results)
    assert results[0].title == results[1].title is not None
    assert results[0].track == "DevOps" and results[0].level == "Senior"


def test_engines_agree_on_a_different_resume(matcher: Matcher, pdfs: dict[str, bytes]) -> None:
    titles = {_with(matcher, pdf_engine=e).match(pdfs["qa"]).title for e in PDF_ENGINES}
    assert len(titles) == 1 and titles != {None}
    assert _with(matcher).match(pdfs["qa"]).track == "QA"


def test_unknown_pdf_engine_is_a_programming_error(pdfs: dict[str, bytes]) -> None:
    with pytest.raises(ValueError, match="unknown PDF engine 'pdfbox'"):
        extract(pdfs["one-column"], "cv.pdf", pdf_engine="pdfbox")


# ----------------------------------------------------------------------------------------------- DOCX

_TEXTBOX_RUN = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
  <mc:AlternateContent>
    <mc:Choice Requires="wps">
      <w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1"
          behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
        <wp:simplePos x="0" y="0"/><wp:extent cx="2000000" cy="500000"/><wp:docPr id="1" name="Text Box 1"/>
        <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
          <wps:wsp><wps:txbx><w:txbxContent>
            <w:p><w:r><w:t>Certified Kubernetes Administrator (CKA), 2021</w:t></w:r></w:p>
          </w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
        </a:graphicData></a:graphic>
      </wp:anchor></w:drawing>
    </mc:Choice>
    <mc:Fallback>
      <w:pict><v:shape><v:textbox><w:txbxContent>
        <w:p><w:r><w:t>Certified Kubernetes Administrator (CKA), 2021</w:t></w:r></w:p>
      </w:txbxContent></v:textbox></v:shape></w:pict>
    </mc:Fallback>
  </mc:AlternateContent>
</w:r>
"""


def _docx_with_textbox(path: Path) -> bytes:
    """A python-docx document (paragraphs, a table, a header) plus a text box in Word 2010's raw XML:
    python-docx has no API for text boxes."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Dana Example | dana@example.com"
    for line in SENIOR_DEVOPS.splitlines()[:12]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Skill", "Years"
    table.cell(1, 0).text, table.cell(1, 1).text = "Terraform", "8"
    anchor = document.add_paragraph("Certifications")
    anchor._p.append(parse_xml(_TEXTBOX_RUN))
    document.save(str(path))
    return path.read_bytes()


def test_docx_paragraphs_table_header_and_text_box(tmp_path: Path) -> None:
    doc = extract(_docx_with_textbox(tmp_path / "cv.docx"), "cv.docx")
    lines = doc.text.splitlines()
    assert doc.kind == "docx"
    assert lines[0] == "Dana Example | dana@example.com"  # the header comes first
    assert "Senior DevOps Engineer | Northwind Payments | Mar 2019 - present" in lines
    assert {"Skill", "Years", "Terraform", "8"} <= set(lines)  # every table cell
    assert "Certifications" in lines
    # The text box once: Word's VML fallback copy of it is skipped.
    assert doc.text.count("Certified Kubernetes Administrator (CKA), 2021") == 1


def test_docx_from_conftest_table_layout_scores_like_the_pdf(matcher: Matcher, tmp_path: Path) -> None:
    as_table = make_docx(tmp_path / "t.docx", SENIOR_DEVOPS, table=True, header="Dana Example")
    result = matcher.match(as_table)
    assert result.ok and result.kind == "docx"
    assert (result.track, result.level) == ("DevOps", "Senior")


def test_docx_in_a_text_box_with_many_paragraphs_stays_fast() -> None:
    """One text box holding 5,000 paragraphs: the nested-paragraph walk must stay linear."""
    import time

    inner = "".join(hostile.paragraph_xml(f"Kubernetes line {i}") for i in range(5000))
    body = (f'<w:p><w:r><w:txbxContent xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"{inner}</w:txbxContent></w:r><w:r><w:t>Outside</w:t></w:r></w:p>")
    data = hostile.docx_bytes(document_xml=hostile.document_part(body))
    started = time.monotonic()
    doc = extract(data, "box.docx")
    assert time.monotonic() - started < 5
    assert doc.text.count("Kubernetes line") == 5000 and "Outside" in doc.text


def test_macro_enabled_docm_is_read_as_a_docx() -> None:
    data = hostile.docx_bytes()
    with_macro_type = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(with_macro_type, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml."
                                          b"document.main+xml", b"application/vnd.ms-word.document."
                                          b"macroEnabled.main+xml")
            dst.writestr(info, content)
    assert "Northwind Payments" in extract(with_macro_type.getvalue(), "cv.docm").text


# ----------------------------------------------------------------------------------------------- text

WESTERN = SENIOR_DEVOPS.replace("Dana Example", "Hélène Peña-Søren").replace(
    "Example University", "Université de Genève").replace("Contoso Retail", "Crème Brûlée Inc")


@pytest.mark.parametrize(("encoding", "prefix"), [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("cp1252", b""),
    ("latin-1", b""),
])
def test_text_in_every_common_encoding(encoding: str, prefix: bytes) -> None:
    text = WESTERN.replace("Mar 2019 - present", "Mar 2019 – present") if encoding != "latin-1" else WESTERN
    data = prefix + text.encode(encoding)
    doc = extract(data, "cv.txt")
    assert doc.kind == "text"
    assert doc.text == text  # exact: no BOM left, no mojibake ("Hélčne Peńa" was a cp1250 guess)


def test_cp1252_smart_punctuation() -> None:
    text = JUNIOR_QA.replace("Sam Tester", "Zoë “Sam” O’Brien")
    assert decode_text(text.encode("cp1252")) == text


def test_text_over_max_chars_is_cut_with_a_note() -> None:
    doc = extract(("Kubernetes engineer\n" * 1000).encode(), "cv.txt", limits=Limits(max_chars=1000))
    assert len(doc.text) == 1000
    assert doc.notes == ["text cut at 1,000 characters"]


def test_markdown_resume(matcher: Matcher) -> None:
    md = ("# Dana Example\n\n**Senior DevOps Engineer**\n\n## Experience\n\n"
          + "\n".join(f"* {line}" if line.startswith("-") else line for line in SENIOR_DEVOPS.splitlines()[4:]))
    result = matcher.match(md.encode(), name="cv.md")
    assert result.ok and result.kind == "text"
    assert (result.track, result.level) == ("DevOps", "Senior")
    assert result.evidence["dated_roles"] >= 2


# ----------------------------------------------------------------------------------------------- JSON


def test_json_resume_work_entries_become_dated_lines(matcher: Matcher) -> None:
    data = hostile.json_resume()
    lines = extract(data, "resume.json").text.splitlines()
    assert "Senior DevOps Engineer | Northwind Payments | 2019-03 - present" in lines
    assert "DevOps Engineer | Contoso Retail | 2015-06 - 2019-02" in lines
    assert "dana@example.com" not in "\n".join(lines)  # contact details are not evidence
    result = matcher.match(data, name="resume.json")
    assert result.ok and result.kind == "json"
    assert result.evidence["dated_roles"] == 2
    assert result.evidence["first_year"] == 2015
    assert "Senior DevOps Engineer" in result.evidence["titles_held"]
    assert (result.track, result.level) == ("DevOps", "Senior")


def test_json_resume_full_schema_sections() -> None:
    resume = {
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {"name": "Sam Tester", "label": "QA Analyst", "profiles": [{"network": "GitHub",
                                                                           "username": "samt"}]},
        "volunteer": [{"organization": "Code Club", "position": "Mentor", "startDate": "2020-01"}],
        "education": [{"institution": "State College", "area": "English", "studyType": "B.A.",
                       "startDate": "2019", "endDate": "2023"}],
        "certificates": [{"name": "ISTQB Foundation", "date": "2024-05-01", "issuer": "ISTQB"}],
        "projects": [{"name": "Test suite", "description": "Regression tests in Postman and SQL"}],
    }
    lines = extract(json.dumps(resume).encode(), "r.json").text.splitlines()
    assert "Mentor | Code Club | 2020-01 - present" in lines
    assert "ISTQB Foundation" in lines and "Regression tests in Postman and SQL" in lines
    assert "samt" not in lines and "GitHub" not in lines
    # a degree's dates on the line that names it, as a person writes it (alone on two lines they would read as
    # a job's range stacked over lines)
    assert "State College | English | B.A. | 2019 - 2023" in lines


def test_invalid_json_says_where() -> None:
    with pytest.raises(ExtractError) as err:
        extract(b'{\n  "basics": {"name": "Dana",}\n}', "resume.json")
    assert err.value.kind == "broken"
    assert "invalid JSON at line 2 column" in err.value.message and "fix the syntax" in err.value.message


# -------------------------------------------------------------------------------------------- sniffing


def test_content_decides_not_the_extension(pdfs: dict[str, bytes], tmp_path: Path) -> None:
    docx_bytes = make_docx(tmp_path / "cv.docx", SENIOR_DEVOPS).read_bytes()
    assert extract(pdfs["one-column"], "resume.txt").kind == "pdf"
    assert extract(docx_bytes, "resume.pdf").kind == "docx"
    assert extract(hostile.json_resume(), "resume.txt").kind == "json"
    assert extract(SENIOR_DEVOPS.encode(), "resume.pdf").kind == "text"


def test_a_pdf_named_txt_scores_through_the_cli(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = make_pdf(tmp_path / "x.pdf", SENIOR_DEVOPS).rename(tmp_path / "resume.txt")
    proc = run_cli([str(target), "--format", "json"])
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["file"] == str(target) and out["track"] == "DevOps"


@pytest.mark.parametrize(("data", "kind"), [
    (b"%PDF-1.7\n", "pdf"),
    (b"\n\n  %PDF-1.4 after some junk", "pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "doc"),
    (b"{\\rtf1\\ansi", "rtf"),
    (b"\x89PNG\r\n\x1a\n", "image"),
    (b"\xef\xbb\xbf  {\"basics\": {}}", "json"),
    (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
    (b"Plain words", "text"),
])
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


def test_html_resume_drops_scripts() -> None:
    html = (b"<html><head><style>p {color: red}</style><script>var x = 'Pharmacist';</script></head><body>"
            b"<h1>Dana Example</h1><p>Senior DevOps Engineer</p><ul><li>Terraform</li></ul></body></html>")
    doc = extract(html, "cv.html")
    assert doc.kind == "html"
    assert [line.strip() for line in doc.text.splitlines() if line.strip()] == [
        "Dana Example", "Senior DevOps Engineer", "Terraform"]
