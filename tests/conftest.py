"""Shared fixtures: documents made by the tests (never real resumes), and ways to run the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

SENIOR_DEVOPS = """Dana Example
Senior DevOps Engineer
dana@example.com | 555-0100

Experience
Senior DevOps Engineer | Northwind Payments | Mar 2019 - present
- Designed GitOps delivery with Argo CD and Helm for 40 services on EKS; Terraform modules for 12 AWS accounts.
- Built CI/CD pipelines in GitHub Actions; cut deployment time from 45 to 8 minutes.
- Mentored three junior DevOps engineers; led the migration from Jenkins to GitHub Actions.
- Prometheus, Grafana and PagerDuty alerting; on-call rotation for the platform.

DevOps Engineer | Contoso Retail | Jun 2015 - Feb 2019
- Jenkins pipelines, Ansible playbooks, Docker images and Kubernetes clusters for the web shop.
- Infrastructure as code with Terraform and CloudFormation.

Education
B.Sc. Computer Science, Example University, 2011 - 2015

Skills
Kubernetes, Terraform, Helm, Argo CD, Docker, AWS, GitHub Actions, Jenkins, Ansible, Prometheus, Bash, Python
"""

JUNIOR_QA = """Sam Tester
QA Tester

Experience
Junior QA Analyst, Fabrikam Health, 09/2024 – present
- Wrote and executed manual test cases for the patient portal; regression and smoke testing each release.
- Reported defects in Jira with steps to reproduce; verified fixes.
- API testing with Postman; SQL queries to check data.

Education
Certificate in Software Testing (ISTQB Foundation), 2024
B.A. English, State College, 2019 - 2023
"""

PHARMACIST = """Alex Pharmacist, PharmD
Clinical Pharmacist

Experience
Clinical Pharmacist, City General Hospital, 2015 - present
- Verified medication orders, counselled patients on anticoagulation therapy and drug interactions.
- Managed the antimicrobial stewardship program with infectious disease physicians.
- Compounded sterile preparations under USP 797; supervised pharmacy technicians.

Education
Doctor of Pharmacy, State University College of Pharmacy, 2011 - 2015
Licensed pharmacist; BCPS board certification.
"""


def make_pdf(path: Path, text: str, *, columns: int = 1, pages: int | None = None,
             password: str | None = None, owner_password: str | None = None, image_only: bool = False) -> Path:
    """Write a real PDF with fpdf2: one or two columns, optionally encrypted or with no text layer."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_font("Helvetica", size=10)
    safe = text.encode("latin-1", "replace").decode("latin-1")
    if image_only:
        pdf.add_page()
        pdf.set_fill_color(20, 20, 20)
        for i in range(30):  # a "scan": drawn rectangles, no text layer
            pdf.rect(15, 15 + i * 8, 120 + (i * 7) % 60, 4, style="F")
    elif columns == 2:
        lines = safe.splitlines()
        half = (len(lines) + 1) // 2
        pdf.add_page()
        y0 = pdf.get_y()
        pdf.multi_cell(90, 5, "\n".join(lines[:half]))
        pdf.set_xy(110, y0)
        pdf.multi_cell(90, 5, "\n".join(lines[half:]))
    else:
        for i in range(pages or 1):
            pdf.add_page()
            pdf.multi_cell(0, 5, safe if i == 0 else f"Page {i + 1}\n" + safe)
    if password or owner_password:
        pdf.set_encryption(owner_password=owner_password or "owner", user_password=password or "")
    pdf.output(str(path))
    return path


def make_docx(path: Path, text: str, *, table: bool = False, header: str | None = None) -> Path:
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    lines = text.splitlines()
    if table:
        t = document.add_table(rows=1, cols=2)
        half = len(lines) // 2
        t.cell(0, 0).text = "\n".join(lines[:half])
        t.cell(0, 1).text = "\n".join(lines[half:])
    else:
        for line in lines:
            document.add_paragraph(line)
    document.save(str(path))
    return path


@pytest.fixture
def senior_devops_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "dana.pdf", SENIOR_DEVOPS)


def titlematch_exe() -> list[str]:
    """The installed console script when there is one, else ``python -m titlematch``."""
    exe = Path(sys.executable).parent / "titlematch"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "titlematch"]


@pytest.fixture
def run_cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real command in a subprocess (stdout and stderr kept apart)."""

    def run(args: Sequence[str], *, input: str | bytes | None = None, env: dict[str, str] | None = None,
            timeout: float = 120, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
        text = not isinstance(input, bytes)
        return subprocess.run([*titlematch_exe(), *args], input=input, capture_output=True, text=text,
                              env=full_env, timeout=timeout, cwd=cwd)

    return run
