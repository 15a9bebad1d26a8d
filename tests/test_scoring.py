"""Level, track, title and next steps on resumes written in the tests (plain text and generated PDFs)."""

from __future__ import annotations

from datetime import date

import pytest

from titlematch.api import Options, load_matcher

from conftest import JUNIOR_QA, PHARMACIST, SENIOR_DEVOPS

TODAY = date(2026, 11, 25)

VP = """Morgan Example
VP of Engineering | Example Fintech (900 employees) | 2019 - present
- Lead the engineering organisation: five directors, 22 teams, about 180 engineers.
- Member of the executive team; report to the CEO; own a $40M budget.
Director of Engineering | Other Co | 2013 - 2019
- Managed four engineering managers and 35 engineers building payment services.
Senior Software Engineer | Startup | 2008 - 2013
"""

STARTUP_CTO = """Alex Founder
Co-founder & CTO | Tiny Logistics (5 people) | 2022 - present
- Team: me and three engineers. Designed the route service in Go, Kafka and PostgreSQL.
Software Engineer | Example Agency | 2018 - 2022
- Built Node.js APIs and React screens for clients.
"""

MANAGER_OF_MANAGERS = """Jo Example
Engineering Manager | Example Retail | 2016 - present
- Lead three team leads and 28 engineers across the checkout, search and catalogue teams; each team lead
  reports to me. Hiring plan, performance reviews and the quarterly roadmap.
Senior Software Developer | Example Retail | 2011 - 2016
- Java and Spring Boot services for the web shop.
"""


CAREER_CHANGER = """Sam Example
Junior Software Developer | Example Travel Tech | Mar 2026 - present
- Built REST endpoints in Node.js and TypeScript for the booking API, with Jest tests and code reviews.
- Fixed bugs in the cancellation service; joined the on-call shadow rotation.
Restaurant General Manager | Example Bistro | 2017 - 2025
- Ran a 60-seat restaurant with 20 staff: hiring, rotas, stock and suppliers.
- Moved bookings to an online system; trained the floor team on it.
Skills: JavaScript, TypeScript, Node.js, Express, PostgreSQL, Git
"""

MARKETING = """Robin Example
Digital Marketing Manager | Example Retail Group | 2019 - present
- Led the brand's digital transformation programme: CRM platform, e-mail automation, paid search.
- Managed a team of 6 marketers and a $2M media budget; weekly dashboards for the leadership team.
Marketing Specialist | Example Agency | 2015 - 2019
- Campaigns, content calendars and analytics for retail clients.
"""


@pytest.fixture(scope="module")
def matcher():
    return load_matcher(None, Options(today=TODAY))


@pytest.mark.parametrize(("text", "level", "track"), [
    (SENIOR_DEVOPS, "Senior", "DevOps"),
    (JUNIOR_QA, "Entry", "QA"),
    (VP, "VP", None),
    (STARTUP_CTO, "Senior", None),
    (MANAGER_OF_MANAGERS, "Director", None),
])
def test_levels_follow_the_evidence(matcher, text: str, level: str, track: str | None) -> None:
    r = matcher.match_text(text)
    assert r.fit and r.level == level, r.explain
    if track:
        assert r.track == track


_COOP_JUNIOR = """Minh Example
Backend Developer | Example Freight | Jan 2026 - present
- Small features and bug fixes in Java and Spring Boot services; unit tests; pair programming with a mentor
Software Developer Co-op | Example Bank | Jan 2025 - Apr 2025
- Co-op term: documentation, bug fixes and unit tests in a Java service; onboarding and shadowed the team
Software Developer Co-op | Example Telecom | May 2024 - Aug 2024
- Summer internship: small features in Python, unit tests and GitHub pull requests
EDUCATION
BSc Computer Science, Example University, 2021 - 2025; capstone project, GPA 3.6
Skills: Java, Python, Git, SQL, HTML, CSS, JavaScript
"""
_PROJECTS = """Minh Example
PROJECTS
- Capstone project: a small order service in Java and Spring Boot; unit tests; documentation on GitHub
- Hackathon: a Python bot; personal projects in JavaScript, HTML and CSS
EDUCATION
BSc Computer Science, Example University, {years}; GPA 3.7; teaching assistant for Data Structures
Skills: Java, Python, Git, SQL, Docker, REST APIs
"""


@pytest.mark.parametrize(("text", "intern"), [
    # ten months in a job after two co-op terms: a junior developer, not an intern, whatever words the co-op
    # terms share with the intern's description
    (_COOP_JUNIOR, False),
    # a graduate with projects and no job yet applies for the junior jobs
    (_PROJECTS.format(years="2022 - 2026"), False),
    # still studying: an intern
    (_PROJECTS.format(years="2023 - present (expected graduation 2027)"), True),
    # a graduate whose internship has ended is no intern now
    ("Minh Example\nEXPERIENCE\nSoftware Engineering Intern\nExample Pay, Nairobi\nJan 2026 - Jun 2026\n"
     "- Small REST endpoints in Java and Spring Boot; unit tests; documentation; shadowed the on-call engineer\n"
     + _PROJECTS.format(years="2022 - 2026").split("\n", 1)[1], False),
])
def test_a_working_junior_or_a_graduate_is_no_intern(matcher, text: str, intern: bool) -> None:
    r = matcher.match_text(text)
    assert r.level == "Entry" and r.track == "Developer", r.explain
    assert (r.title == "Microservices Intern") is intern, r.title


def test_years_in_another_occupation_do_not_make_a_career_changer_senior(matcher) -> None:
    r = matcher.match_text(CAREER_CHANGER)
    assert r.fit and r.level == "Entry" and r.track == "Developer", r.explain


def test_a_career_changer_presenting_as_a_developer_is_judged_as_one(matcher) -> None:
    text = """FRONTEND DEVELOPER
Self-taught developer: JavaScript (ES6), TypeScript, React, Node.js; portfolio on github.com/example.
Store Floor Manager | Example Jewellery | Feb 2018 - present
- Ran the shop floor and the weekly rota for six staff.
Sales Associate | Example Outlet | 2016 - 2018
Education: BSc Business Informatics, 2015; Complete JavaScript Course (online), 2021
Skills: HTML, CSS, JavaScript, React, Node.js, REST APIs, Git
"""
    r = matcher.match_text(text)
    assert r.fit and r.level == "Entry" and r.track == "Developer", r.explain


def test_a_generic_title_inside_another_career_is_part_of_it(matcher) -> None:
    text = """Alex Example
Junior Software Developer | Example Tech | Sep 2025 - present
- Build REST endpoints in Python and Django with tests; pair with senior developers on code reviews.
Teacher of Mathematics | Example Academy | 2013 - 2025
- Taught maths to 11-18 year olds; wrote the department's scheme of work for A-level.
Head of Year 10 | Example Academy | 2019 - 2024
- Pastoral lead for 180 pupils and nine form tutors; parents' evenings and behaviour plans.
Skills: Python, Django, PostgreSQL, Git, Docker
"""
    r = matcher.match_text(text)
    assert r.level == "Entry" and r.track == "Developer", r.explain
    assert "Intern" not in (r.title or ""), r.title  # a working junior is not an intern


TEACHER = """Angela Example
Computer Science Teacher | Example High School | 2015 - present
- Teach AP Computer Science A (Java) and Principles; wrote the Python unit on APIs, JSON and Git.
- Run the robotics club; students built a small REST service and deployed it with Docker.
Mathematics Teacher | Example Middle School | 2010 - 2015
- Algebra and statistics; introduced spreadsheets and simple programming.
"""


def test_when_every_title_names_another_occupation_nothing_fits(matcher) -> None:
    """However much a computer science teacher's text shares with the ladder."""
    assert not matcher.match_text(TEACHER).fit


def test_a_ladder_keeps_its_own_occupations() -> None:
    """"Product Manager" is another occupation to an engineering ladder, not to a ladder that has it."""
    from dataclasses import replace

    from titlematch.corpus import load_ladder
    from titlematch.evidence import gather
    from titlematch.fit import no_fit_reason

    from conftest import ROOT

    ev = gather("Senior Product Manager | Example SaaS | 2018 - present\n- Roadmaps and discovery.\n"
                "Product Manager | Other Co | 2014 - 2018\n", TODAY)
    engineering = load_ladder(ROOT / "corpus" / "microservices.toml")
    assert no_fit_reason(0.4, ev, 0.6, engineering) is not None
    product = replace(engineering, titles=(replace(engineering.titles[0], name="Product Manager"),
                                           *engineering.titles[1:]))
    assert no_fit_reason(0.4, ev, 0.6, product) is None


@pytest.mark.parametrize(("earlier", "fit"), [
    ("Physics Teacher", False),  # another occupation: it decides
    ("Software Developer", True),  # a ladder occupation: it decides
    ("Technical Support Agent", True),  # an agent, but technical: it says nothing either way, nor does the latest
])
def test_a_title_of_no_particular_occupation_leaves_the_decision_to_the_others(earlier: str, fit: bool) -> None:
    """"Programme Coordinator" names no occupation: the titles held under it decide whether the resume fits."""
    from titlematch.corpus import load_ladder
    from titlematch.evidence import gather
    from titlematch.fit import no_fit_reason

    from conftest import ROOT

    ev = gather(f"Sam Example\nProgramme Coordinator | Example College | 2022 - present\n- Timetables.\n"
                f"{earlier} | Example College | 2016 - 2022\n- Classes of thirty.\n", TODAY)
    assert [t.text for t in ev.titles] == ["Programme Coordinator", earlier]
    reason = no_fit_reason(0.25, ev, 0.6, load_ladder(ROOT / "corpus" / "microservices.toml"))
    assert (reason is None) == fit, reason


def test_a_cpa_whose_profile_opens_with_the_credential_fits_no_title(matcher) -> None:
    """Content-only text (no titles): an accountant who allocates cloud spend is still an accountant."""
    text = """Alex Example, CPA
Summary: CPA with eight years in audit and corporate finance at software companies. Forecasting models,
variance reporting, and cloud cost allocation with the engineering leaders. SQL and Excel; some Python.
Experience
Example Software, Boston (2021 - present)
- Own the cloud operating budget; allocate AWS and Azure spend to product lines by resource tags.
- Monthly forecast and variance analysis for the CFO; headcount planning with engineering.
Example Audit LLP (2018 - 2021)
- Financial statement audits; SOX controls testing.
Skills: Excel, SQL, Python (pandas), FinOps cost allocation, US GAAP
"""
    r = matcher.match_text(text)
    assert not r.fit, (r.level, r.track, r.explain)


def test_an_internship_does_not_pick_the_track_of_a_working_engineer(matcher) -> None:
    text = """Sam Example
Engineer | Example Realtime | Sep 2022 - present
- Own the sharded presence service in Go: consistent hashing, rebalancing, backpressure, replication
  across two regions, p99 latency budgets, load tests and capacity planning.
- Kafka consumers for fan-out; gRPC between services; on-call for the platform.
Software Developer Intern | Example Apps | May 2021 - Aug 2021
- Built screens and REST endpoints for a mobile app.
"""
    assert matcher.match_text(text).track == "Engineer"


def test_a_job_beside_ones_studies_is_not_experience_but_part_time_work_is(matcher) -> None:
    student = """Jo Example
Aspiring Backend Developer
B.S. Computer Science, Example State University, 2022 - 2026
Projects: a REST API in Spring Boot with PostgreSQL and Docker; a React front end; CI with GitHub Actions.
Cashier / stock associate, Example Market, 2021 - 2026 (part-time during school)
"""
    assert matcher.match_text(student).level == "Entry"
    part_time = """Kim Example
2020 - present: Frontend developer (remote, part-time) at Example Studio
- React, TypeScript and REST APIs for e-commerce clients; component library and tests.
2016 - 2020: Frontend developer at Example Agency
- JavaScript, HTML and CSS for client sites; led two developers on the largest account.
"""
    r = matcher.match_text(part_time)
    assert r.evidence["years"] > 9 and r.level in ("Mid", "Senior")


def test_part_time_years_count_half(matcher) -> None:
    """Part-time freelancing before the first job does not make a year and a half of work two and a half."""
    text = """Alex Example
Full-Stack Developer
Example Agency, Feb 2026 - Present
- Express APIs and React front ends for client projects; PostgreSQL; Jest tests.
Example Startup, Jun 2025 - Jan 2026
- Built the MVP's Node.js API and React app with one other developer.
Freelance Web Developer (part-time), 2024 - 2025
- WordPress sites and small JavaScript widgets for local businesses.
Education
B.A. Communication Studies, Example State University, 2023
"""
    r = matcher.match_text(text)
    assert r.level == "Entry" and r.evidence["years"] > 2, r.explain


SYSADMIN_TO_DEVOPS = """Lee Example
DevOps Engineer

Experience
DevOps Engineer | Example Payments | Mar 2024 - present
- Terraform modules for AWS (VPC, EKS, RDS); GitHub Actions pipelines for 30 services; Argo CD and Helm.
- Blue/green deployments for the payments API; Prometheus alert rules; shared on-call.
Systems Administrator | Example Retail | Jan 2014 - Feb 2024
- Ran 250 Windows and Linux servers; VMware, Active Directory, Veeam backups; patching with Ansible.
IT Support Technician | Example Retail | Jan 2012 - Dec 2013
- Desktop support, printers, store tills.

Education
Diploma in Information Technology, Example College, 2011
"""


def test_years_of_it_operations_before_a_move_into_devops_count_half(matcher) -> None:
    """Twelve years of servers and desks, then two and a half of DevOps, no leadership: a mid-level DevOps
    engineer (the administration years count half). The same years under DevOps titles read Senior."""
    r = matcher.match_text(SYSADMIN_TO_DEVOPS)
    assert (r.level, r.track) == ("Mid", "DevOps"), r.explain
    assert r.evidence["years"] > 14 and 8 < r.evidence["relevant_years"] < 9.5
    same_years = SYSADMIN_TO_DEVOPS.replace("Systems Administrator |", "DevOps Engineer |").replace(
        "IT Support Technician |", "Junior DevOps Engineer |")
    r = matcher.match_text(same_years)
    assert r.level == "Senior" and r.evidence["relevant_years"] > 14, r.explain


_UNTITLED_MOVE = """Lee Example
Profile
{profile}

Experience
Example Payments | Mar 2024 - present
- Terraform modules for AWS (VPC, EKS, RDS); GitHub Actions pipelines for 30 services; Argo CD and Helm.
- Blue/green deployments for the payments API; Prometheus alert rules; shared on-call.
Example Retail | Jan 2014 - Feb 2024
- Ran 250 Windows and Linux servers; VMware, Active Directory, Veeam backups; patching with Ansible.
"""


def test_without_titles_the_technology_years_before_a_stated_move_count_half(matcher) -> None:
    """Content only: the titles are gone, but the profile says when the move into DevOps came; the administration
    years before it count half, as under their titles."""
    text = _UNTITLED_MOVE.format(
        profile="Ten years of running a retailer's servers and desks before moving into DevOps in 2024.")
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Mid", "DevOps"), r.explain
    assert 6.5 < r.evidence["relevant_years"] < 8, r.explain
    assert matcher.match_text(text.replace(" before moving into DevOps in 2024", "")).evidence["relevant_years"] > 12


@pytest.mark.parametrize(("profile", "moved"), [
    # the pronoun left out at the sentence's start, as resumes do
    ("Moved from retail IT into DevOps in 2024 after ten years of running a retailer's servers and desks.", True),
    ("Infrastructure person. Switched from on-premise servers into public cloud in 2024.", True),
    # a bullet about moving systems is no move of one's own
    ("- Moved from VMware to cloud in 2024: 250 servers, Active Directory and Veeam backups.", False),
])
def test_a_move_said_without_the_pronoun_is_still_ones_own(matcher, profile: str, moved: bool) -> None:
    relevant = matcher.match_text(_UNTITLED_MOVE.format(profile=profile)).evidence["relevant_years"]
    assert (relevant < 10) == moved, relevant


def test_an_administrators_years_count_in_full_when_administration_is_the_whole_career(matcher) -> None:
    """No move into another title: the administrator's years are the career, all of them counted."""
    text = SYSADMIN_TO_DEVOPS.replace("DevOps Engineer | Example Payments", "Systems Administrator | Example Payments")
    assert matcher.match_text(text).evidence["relevant_years"] > 14


@pytest.mark.parametrize("header", [
    "Sept. 2022 – aujourd'hui   Apprentie développeuse back-end (alternance, 3 semaines entreprise / 1 école)",
    "10/2022 – heute   Werkstudent Softwareentwicklung (20 h/Woche)",
    "09/2022 – atual   Estagiário de desenvolvimento back-end",
])
def test_work_study_and_internships_named_in_other_languages_are_no_years_of_work(matcher, header: str) -> None:
    """Four years of a work-study contract, an internship or a working student's job beside an engineering
    degree that ends next year are a student's: Entry. The same dates as a plain job read Mid."""
    text = f"""Camille Example
FORMATION
2022 – 2027   Diplôme d'ingénieur, Informatique, École d'Ingénieurs Example
EXPÉRIENCE PROFESSIONNELLE
{header}
Example Transports – Lyon
- Java 21 / Spring Boot microservice for bus arrival times (Kafka consumer); REST endpoints for the mobile app.
- Unit tests with JUnit and Testcontainers; Docker; GitLab CI.
"""
    assert matcher.match_text(text).level == "Entry"
    plain = text.replace(header, header.split("   ")[0] + "   Backend Developer")
    assert matcher.match_text(plain).level == "Mid"


@pytest.mark.parametrize("latest", ["Werkstudentin Softwareentwicklung (18 h/Woche)",
                                    "Praktikant Anwendungsentwicklung (Pflichtpraktikum)"])
def test_software_work_named_in_a_german_compound_is_technical(matcher, latest: str) -> None:
    """"Softwareentwicklung" names the field in one word: the working student's software job says it, and the
    student assistant's tutoring job before it (another occupation's noun) does not make the resume a tutor's.
    A tutor's alone fits nothing."""
    text = f"""Mara Example
Berufserfahrung
01.10.2024 – heute
{latest}
Example Energie GmbH, Karlsruhe
- Backend services in Java and Spring Boot, REST endpoints, unit tests with JUnit
01.04.2023 – 30.09.2023
Studentische Hilfskraft (Tutor "Mathematik 1")
Example Hochschule
- Exercise groups for first-year students
Ausbildung
10.2024 – voraussichtlich 09.2026  M.Sc. Informatik, Example Universität
"""
    result = matcher.match_text(text)
    assert result.fit and result.level == "Entry"
    tutor_only = text.replace(latest, "Nachhilfelehrerin (Tutorin)").replace(
        "- Backend services in Java and Spring Boot, REST endpoints, unit tests with JUnit", "- Maths lessons")
    assert not matcher.match_text(tutor_only).fit


@pytest.mark.parametrize(("start", "level"), [("Sep 2024", "Entry"), ("Aug 2023", "Mid")])
def test_about_two_years_of_work_is_still_entry_and_three_is_mid(matcher, start: str, level: str) -> None:
    """No titles to go by (content-only): two years and three months of building endpoints is still Entry
    ("under about two years" as people count it); three years and four months is Mid."""
    text = f"""Example Parcels, Manchester, {start} - present
- REST endpoints in Spring Boot for the parcel-tracking service; unit and integration tests; PostgreSQL.
- Fixed bugs from the support queue; pair-programmed with the senior developers; code reviews.
BSc Computer Science, Example University, 2020 - 2023
"""
    assert matcher.match_text(text).level == level


@pytest.mark.parametrize(("graduated", "counted"), [("June 2026", False), ("June 2024", True)])
def test_a_part_time_student_job_running_on_after_the_degree_is_still_no_experience(matcher, graduated,
                                                                                     counted) -> None:
    """Kept on for a few months after graduating, the campus job is still the student's (no years, Entry); kept
    on for two years after it, it is work (part-time since 2022: half of nearly five years)."""
    text = f"""Ren Example
Graduate looking for a first role in backend development.
Education
BSc Computer Science, Example University, graduated {graduated}
Experience
Software Engineering Intern, Example Payments, Jan 2023 - Jun 2023
- REST endpoints in Spring Boot; unit tests; PostgreSQL migrations.
IT Support Assistant (part-time), Example University IT desk
since 2022
- Accounts, Wi-Fi and laptop set-up for students and staff; scripts in PowerShell and Python.
"""
    r = matcher.match_text(text)
    if counted:
        assert r.evidence["relevant_years"] >= 2.0, r.explain
    else:
        assert r.level == "Entry" and r.evidence["relevant_years"] < 0.5, r.explain


def test_a_seller_is_another_occupation(matcher) -> None:
    """A salesperson who knows the buyer's words (Kubernetes, SLOs, CI/CD) fits no engineering title, titles or
    not."""
    text = """Alex Example
Quota-carrying enterprise seller with nine years in B2B SaaS, the last five selling observability and developer
platforms to engineering leaders. I speak the language of the buyer: Kubernetes, microservices, SLOs, CI/CD.
Example Observability Ltd | Jan 2021 - present
- Own 45 enterprise accounts; 131% of a EUR 2.4M new-business quota in 2025.
- Run proofs of value with the solutions engineers: agents deployed on customers' Kubernetes clusters, SLO
  dashboards, incident timelines; present the results to the economic buyer.
Example Support SaaS | 2017 - 2020
- New business in the UK and Ireland; top three of a team of twelve.
"""
    assert not matcher.match_text(text).fit


def test_a_mill_reliability_engineer_is_another_profession(matcher) -> None:
    """"Reliability Engineer" is also a plant's title: the profile that opens with the mechanical engineer says
    which one."""
    text = """Alex Example
Reliability Engineer, Process Industry
Summary
Mechanical engineer working on equipment reliability in pulp and paper: vibration analysis, root cause analysis
and maintenance strategy keep the board machine running.
Example Board Mill
Reliability Engineer, 2019 - present
- Criticality ranking of 2,300 assets; maintenance plans reworked with RCM; unplanned downtime from 3.1% to 1.7%.
- Root cause analysis for every breakdown over four hours; MTBF and MTTR followed in SAP PM.
Maintenance Planner, 2015 - 2019
- Weekly planning of mechanical maintenance, spare parts and contractors.
"""
    assert not matcher.match_text(text).fit


def test_a_lab_technicians_years_are_an_earlier_career(matcher) -> None:
    """Eight years as a food-testing lab technician, then four in DevOps: Mid, not Senior on twelve years."""
    text = """Alex Example
DevOps Engineer, Example Digital · 2024–present
- GitLab CI templates for 40 services; Terraform modules for AKS; Helm charts and Flux for GitOps.
- Cut deployment time from 40 to 9 minutes; on-call for the delivery platform.
Junior DevOps Engineer, Example Digital · Oct 2022 – Mar 2024
- Jenkins to GitLab CI migration; Ansible playbooks for the build agents.
Analytical Lab Technician, Example Food Testing B.V. · 2014 to 2022
- Sample preparation and HPLC/GC-MS analysis for pesticide residues; ISO 17025 quality records.
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Mid", "DevOps"), r.explain


def test_a_plant_reliability_engineer_without_titles_is_another_profession(matcher) -> None:
    """Content-only text: the profile names an ambiguous engineer and the industry after it; on-call and root
    cause analysis are a plant's too. The same profile in payments is a reliability engineer of software."""
    text = """Alex Example
Summary
Reliability engineer with 12 years in food and beverage manufacturing. I keep high-speed packaging lines
running: preventive and predictive maintenance, root cause analysis, time on the plant floor with the mechanics.
Experience
Example Snack Co., 2019 - present
- Responsible for reliability on 9 production lines (fryers, seasoning, bagging, case packing) running 24/5.
- Built the predictive maintenance program: vibration analysis routes, infrared thermography, oil analysis.
- Root cause failure analysis on every downtime event over 4 hours; weekend on-call rotation for breakdowns.
Example Beverages, 2014 - 2019
- Lubrication program, spare parts optimization, MTBF tracking; filler downtime down 35%.
Skills
SAP PM, vibration analysis, thermography, RCFA, FMEA, AutoCAD, Excel
"""
    assert not matcher.match_text(text).fit
    software = """Alex Example
Summary
Reliability engineer with 7 years in payments. I keep the card authorisation services up.
Experience
Example Payments, 2019 - present
- SLOs and error budgets for 40 services on Kubernetes; Prometheus, Grafana and PagerDuty.
- Incident command and blameless postmortems; on-call rotation for the payments platform.
- Terraform for the GCP projects; capacity planning for peak season.
"""
    r = matcher.match_text(software)
    assert r.fit and r.track == "SRE", r.explain


def test_the_title_of_the_career_before_this_one_says_nothing_of_the_present_one(matcher) -> None:
    """With the tester's own titles gone (content-only text), the one title left is the call-centre job under
    "Before IT": what one was, not what one is."""
    text = """Alex Example
Summary
Tester turned test automation engineer, almost five years in software quality on insurance platforms.
Experience
Example Insurance Tech, Jul. 2023 - Present
- API test suite with REST Assured and JUnit 5 (about 900 tests) in the GitLab pipeline.
- Consumer-driven contract tests with Pact; k6 performance tests; Testcontainers for Postgres and Kafka.
Example Insurance Online, Feb. 2022 - Jun. 2023
- Manual regression testing of the quote journey; test cases in Xray; defects in Jira.
Before IT
Customer service officer at an insurance call centre (2019-2021).
"""
    r = matcher.match_text(text)
    assert r.fit and r.track == "QA", r.explain


def test_a_civil_engineers_headline_in_sentence_case_names_the_profession(matcher) -> None:
    text = """Alex Example
Civil engineer | water distribution networks & asset reliability
Senior Distribution Network Engineer, Example Water Utility, since 2019
- Hydraulic performance of 2,300 km of mains; leakage down from 24% to 16%; pipe renewal plan.
- Integrated 600 new SCADA telemetry points with the control room; on the burst-main standby rota.
Hydraulic Modelling Engineer, Example Consultants, 2014 - 2019
- Network models for capacity and fire-flow studies; data migration of asset records to GIS.
"""
    assert not matcher.match_text(text).fit


@pytest.mark.parametrize("project", ["Home Lab Kubernetes Cluster (2024 - present)",
                                     "Meal-Train Scheduler (personal project, 2023 - present)"])
def test_ones_own_project_is_no_years_of_work(matcher, project: str) -> None:
    text = f"""Alex Example
Experience
Example Startup, Jul 2025 - Present
- Only ops person: GitHub Actions pipelines, Terraform for the staging EKS cluster, Helm charts.
Projects
{project}
- Kubernetes, Argo CD, Prometheus and Grafana on three mini PCs.
Education
B.Tech Information Technology, Example University, 2021 - 2025
"""
    assert matcher.match_text(text).level == "Entry"


def test_a_guest_lecturers_evenings_are_no_occupation(matcher) -> None:
    """A developer of nine years (titles removed, as in content-only text) who has given a guest lecture one
    evening a term since 2021 is a developer, not a lecturer."""
    text = """Alex Example
Experience
Example Payments, Toronto, 2020 - present
- Lead the backend team of five for the lending platform: Kotlin and Spring Boot services, Kafka, PostgreSQL.
- Designed the outbox-based event publishing; mentor two junior developers; run the design reviews.
Example Retail, 2017 - 2020
- Java services for the order pipeline; REST APIs; moved the monolith's checkout into its own service.
Skills
Kotlin, Java, Spring Boot, PostgreSQL, Kafka, Docker, Kubernetes, OpenTelemetry
Talks
- Guest lecturer, Example College Computer Programming programme, one evening a term since 2021.
"""
    r = matcher.match_text(text)
    assert r.fit and r.level == "Senior", r.explain


@pytest.mark.parametrize(("earlier", "years"), [
    (" - Example Agritech B.V. (graduation internship, see above)\n06/2023 - 12/2024\n"
     "- Sensor-reading REST service in Java/Spring Boot.", 1.9),
    # three part-time years count as one and a half
    (" (part-time, 12 h/week) - Example Studio, Eindhoven\n01/2022 - 12/2024\n- Bugs and small features in Laravel.",
     3.4),
    ("Weekend job at a local supermarket (shelf stacking, cashier), 2019 - 2024", 1.9),
    # ... or the first line under the dates: during one's studies, part-time hours (in the CV's language)
    ("01.10.2021 – 31.12.2024\nExample Studio GmbH, München\n- 16 Std./Woche während des Studiums\n"
     "- Bugs and small features in PHP.", 1.9),
    ("01/2022 - 12/2024\nExample Studio, Eindhoven\n- 20 hours/week: bugs and small features in PHP.", 3.4),
    # (not hours saved, nor someone else's part-time job)
    ("01/2022 - 12/2024\nExample Studio, Eindhoven\n- 15 hours per week saved with a PHP release script; hired a "
     "part-time designer.", 4.9),
])
def test_without_titles_the_employer_line_still_says_internship_part_time_or_weekend_job(matcher, earlier: str,
                                                                                          years: float) -> None:
    """Content-only text keeps what the titles lose: "(internship)" or "(part-time, 12 h/week)" beside the employer,
    and a weekend job."""
    text = f"""Alex Example
Experience
 - Example Logistics B.V., Eindhoven
01/2025 - present
- Spring Boot services for the shipment tracking API; PostgreSQL; Kafka consumers.
- JUnit and Testcontainers for the integration suite; on the team's support rota.
{earlier}
Skills
Java, Spring Boot, TypeScript, SQL, Git, Docker
"""
    r = matcher.match_text(text)
    counted = r.explain["level"][0]
    assert counted.evidence.startswith("years") and float(counted.value) == years, r.explain


@pytest.mark.parametrize("student_job", [
    "Part-time - Barista, Example Cafe, Cork\n2020 - 2023 (during college)",
    "Barista, Example Cafe (part-time), 2020 - 2023",
])
def test_a_student_job_beside_the_degree_is_no_occupation(matcher, student_job: str) -> None:
    """With the support analyst's own title removed (content-only text), the barista shifts during college are
    what is left of the titles: a student's job, not the occupation one holds."""
    text = f"""Alex Example
Profile
Computer Science graduate working in second-line application support at a SaaS company.
Experience
Example Software Ltd. (HR and payroll SaaS) - Cork
Jan. 2025 - Present
* Handle 30-45 L2 tickets a week; investigate failures in Kibana and Datadog; read-only SQL on the replica.
* Reproduce customer API problems with Postman; raise bugs in Jira with request IDs and log extracts.
{student_job}
Education
BSc Computer Science, Example University, 2024
"""
    r = matcher.match_text(text)
    assert r.fit and r.track == "Analyst", r.explain


@pytest.mark.parametrize(("volunteering", "level"), [
    ("Volunteer tutor with a Saturday coding club for high-school students (2019-2024).", "Entry"),
    ("Volunteer Software Developer, Example Food Bank (2019-2024): Django app for volunteer rotas.", "Mid"),
])
def test_volunteering_is_no_years_of_work_unless_it_was_the_work(matcher, volunteering, level) -> None:
    text = f"""Ali Example
Software Developer, Example Learning (Feb 2025 - Present)
- REST endpoints in the gradebook and attendance services (Node.js, NestJS, PostgreSQL); contract tests.
- Fix bugs from the support queue and pair with QA on reproducing them.
Education
B.Sc. Computer Science, Example University, 2024
Skills
TypeScript, Node.js, NestJS, PostgreSQL, Docker
{volunteering}
"""
    r = matcher.match_text(text)
    assert r.level == level, r.evidence


def test_an_intern_titles_student_words_do_not_decide_a_graduates_track(matcher) -> None:
    """The ladder's intern title sits on one track, but its words ("university", "intern", "learning") are
    every student's: a distributed-systems graduate is on the Engineer track."""
    text = """Example Graduate
Recent graduate looking for my first full-time role; at university I learned most from the distributed systems course.
Summer Intern, Example Streaming (Jun 2025 - Aug 2025)
- Added backpressure to a Kafka consumer group and measured p99 latency under load; gRPC between services.
- Wrote a chaos test that kills a replica and checks that the partition leader fails over.
EDUCATION
MSc Computer Science (Distributed Systems), Example University, 2026
- Thesis: leader election and log replication in a Raft key-value store written in Go.
- Coursework: distributed algorithms, consensus, storage engines, concurrency, networks.
Skills: Go, Java, Kafka, gRPC, Docker, Linux, Git
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Entry", "Engineer"), r.explain


@pytest.mark.parametrize("bootcamp", [
    "EDUCATION\nFull-Stack Web Development Bootcamp, Example Code Academy, Jan to Apr 2025",
    # listed like a job, its dates on the line below
    "Software Engineering Fellow (full-time bootcamp)\nJan 2025 - Apr 2025\n- JavaScript, React, Node.js, SQL",
    # in the same year as the end of the shop job: its months say it came after
    "EDUCATION\nFull-Stack Web Development Bootcamp, Example Code Academy | Aug 2024 - Dec 2024",
])
def test_what_came_before_a_bootcamp_and_names_no_technology_is_the_earlier_career(matcher, bootcamp) -> None:
    """A store's shift lead for five years, then a coding bootcamp, then a year and a half of web work: Entry."""
    text = """Sam Example
Web Developer, Example Tutoring (Jun 2025 - Present)
- Built the booking app in Next.js and a Node.js API with PostgreSQL; deploys on Vercel; Stripe payments.
- Wrote the integration tests and the CI workflow in GitHub Actions.
Shift Lead, Example Outfitters (2019 to 2024)
- Supervised a team of 6 associates per shift; opened and closed the store; handled cash reconciliation.
- Built a spreadsheet script for the weekly schedule that the district manager rolled out to four stores.
""" + bootcamp + "\n"
    r = matcher.match_text(text)
    assert r.level == "Entry", r.evidence
    # Without the bootcamp, the store years count (and its team of six). (A code academy is a bootcamp too.)
    r = matcher.match_text(text.replace("Full-Stack Web Development Bootcamp", "Certificate in Web Development")
                           .replace("Example Code Academy", "Example Community College")
                           .replace("(full-time bootcamp)", "(full-time course)"))
    assert r.level == "Senior", r.evidence


@pytest.mark.parametrize(("script", "level"), [
    ("Built a Python script for the weekly schedule", "Entry"),  # a script or two: still the earlier career
    # mostly technology: years that count, half (technology work before a change of career)
    ("Built the stores' reporting in SQL and Python on AWS", "Mid"),
])
def test_a_job_before_a_bootcamp_counts_only_when_mostly_technology(matcher, script: str, level: str) -> None:
    text = """Sam Example
Web Developer, Example Tutoring (Jun 2025 - Present)
- Built the booking app in Next.js and a Node.js API with PostgreSQL; deploys on Vercel; Stripe payments.
Shift Lead, Example Outfitters (2019 to 2024)
- Supervised a team of 6 associates per shift; opened and closed the store; handled cash reconciliation.
- SCRIPT that the district manager rolled out to four stores.
EDUCATION
Full-Stack Web Development Bootcamp, Example Code Academy, Jan to Apr 2025
""".replace("SCRIPT", script)
    assert matcher.match_text(text).level == level


def test_a_job_introduced_with_before_is_an_earlier_career(matcher) -> None:
    text = """Sam Example
Example Apps AS, Junior Backend Developer, Jan. 2025 – Present
- Node.js/TypeScript REST APIs for a food-delivery app
Example Coding Academy, full-stack bootcamp, 2024
Before: warehouse worker, 2019–2024
Skills: TypeScript, Node.js, Express, SQL, Docker, Git
"""
    assert matcher.match_text(text).level == "Entry"


@pytest.mark.parametrize(("profile", "level"), [
    ("In 2024 I decided to move into tech and finished an IT support certificate.", "Entry"),
    ("After ten years running restaurants I moved into tech in 2024.", "Entry"),
    # a word of service after the phrase is one's own story, not the people one serves
    ("I moved into tech in 2024 and support a booking product that runs on AWS.", "Entry"),
    ("After ten years running restaurants I retrained in IT in 2024.", "Entry"),
    ("After ten years running restaurants I moved into application support in 2024.", "Entry"),
    # one's own move, whatever one did before it ("teaching" is no service to career changers here)
    ("After ten years of teaching chemistry I retrained as a developer in 2024.", "Entry"),
    # the year opening the sentence ("Since 2021 I have worked in IT")
    ("Ten years running restaurants taught me to stay calm. Since February 2025 I have worked in application support.",
     "Entry"),
    # with where one came from between ("I switched from accounting to software")
    ("I switched from hospitality to software in 2024 through a bootcamp.", "Entry"),
    ("After ten years I moved from restaurant management into application support in 2025.", "Entry"),
    ("I mentor restaurant staff who moved into tech in 2021.", "Senior"),
    # Not one's own change: the years before count
    ("Mentor in a 2021 programme for restaurant staff moving into tech.", "Senior"),
    ("Ten years running restaurants taught me to stay calm.", "Senior"),
])
def test_a_move_into_tech_in_a_year_marks_the_earlier_career(matcher, profile: str, level: str) -> None:
    """The restaurant manager who moved into application support: the years before the move, in jobs without a
    technical title that name no technology, were the other career (as before a bootcamp)."""
    text = """Sam Example
PROFILE
""" + profile + """
EXPERIENCE
Application Support Analyst - Example Software (Feb 2025 - Present)
- Tier 2 support for the scheduling product; tickets in Zendesk and Jira, logs in Kibana, read-only SQL.
General Manager - Example Kitchen & Bar (2019 - 2024)
- Ran a 180-seat restaurant with 45 staff; hiring, training, scheduling and vendor management.
- Rolled out a new point-of-sale and online ordering system and trained all staff on it.
Assistant Manager - Example Kitchen & Bar (2016 - 2019)
Shift Supervisor - Example Diner (2014 - 2016)
"""
    assert matcher.match_text(text).level == level


def test_a_move_into_tech_without_a_year_came_with_the_first_technical_job(matcher) -> None:
    """"I moved into IT" and no year: a generic title held after a job of another occupation ("Team Leader" after
    "Call Centre Agent") and before the first technical one was still the earlier career."""
    text = """Sam Example
PROFILE
After seven years in customer service I moved into IT through application support.
EXPERIENCE
Application Support Analyst - Example Telecom (Apr 2023 - Present)
- L2 support for the self-service app; incidents investigated in Kibana and Grafana; SQL data fixes.
Team Leader - Example Bank contact centre (Mar 2019 - Mar 2023)
- Led 14 agents: quality scores, rosters, escalations, coaching
Call Centre Agent - Example Bank contact centre (Feb 2016 - Feb 2019)
"""
    r = matcher.match_text(text)
    counted = r.explain["level"][0]
    assert counted.evidence == "years in roles that fit the ladder" and float(counted.value) < 4, r.explain


@pytest.mark.parametrize(("profile", "relevant"), [
    ("With a background in hotel operations. I moved into IT because I liked fixing the booking system.", False),
    # no move stated: the hotel years count as experience, as before
    ("With a background in hotel operations and a love of fixing the booking system.", True),
])
def test_a_move_into_tech_without_a_year_begins_with_the_first_job_naming_technology(
        matcher, profile: str, relevant: bool) -> None:
    """Content-only text of a hotel supervisor who "moved into IT" and says not when: the untitled hotel years,
    naming no technology, came before the first job that names one and were the earlier career."""
    text = f"""Jordan Example
{profile}
Work history

Example Rx Online — Feb 2025 to present
- Level 2 support for the ordering platform; trace problems in Kibana, read-only SQL on PostgreSQL
- Wrote runbook pages for common issues; join the weekly problem-management call

Example Health — May 2024 to Aug 2024
- Desktop and account support, laptop imaging, ServiceNow tickets

Example Lodge Hotel — 2017 to 2023
- Supervised a front-desk team of 8 across shifts; scheduling, training and guest complaints
- Super-user for the property management system; first contact for the vendor's support line
- Wrote the shift hand-over checklist the team still uses

Example Market Inn — 2015 to 2017
"""
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    ev = gather(text, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.relevant_years is not None and (ev.relevant_years > 8) is relevant, ev.relevant_years


@pytest.mark.parametrize("earlier", [
    "Sales Assistant (summer jobs) — Example Books, Lyon\n2021 – 2023",
    "IT Helpdesk Assistant (part-time, while studying) — Example College\nSep 2021 – May 2023",
])
def test_a_job_held_on_the_side_adds_no_years(matcher, earlier: str) -> None:
    """The support analyst a year into the job, before it an apprenticeship and summer jobs in a bookshop (or a
    part-time helpdesk while studying): Entry, not two years more of experience."""
    text = f"""Emma Example
Application Support Analyst (L2) — Example Payroll SAS, Lyon
September 2025 – present
* Handle escalated tickets for the payroll and time-tracking modules; trace failing requests in Kibana.
* Run read-only SQL queries on PostgreSQL and prepare fix scripts for developers to review.
Support Analyst Apprentice (work-study) — Example Payroll SAS, Lyon
September 2024 – August 2025
* First-line support on the customer portal; ticket triage in Zendesk.
{earlier}
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Entry", "Analyst"), r.explain


@pytest.mark.parametrize(("education", "level"), [
    # an evening MBA after a bachelor's and four years of work: a professional who studies
    ("Bacharelado em Sistemas de Informação — Example University, 2016–2020\n"
     "MBA in Cloud Computing (in progress, evenings) — Example School, expected 2027", "Mid"),
    # the first degree still to come: a student, whatever the years of part-time work
    ("B.Sc. Information Systems (part-time) — Example University, expected 2027", "Entry"),
])
def test_a_degree_in_progress_after_a_career(matcher, education: str, level: str) -> None:
    text = f"""Ana Example
Cloud Infrastructure Engineer
Example Retail S.A. — São Paulo                  Jan. 2024 – Present
* Built the AWS landing zone with Control Tower and Terraform: 40 accounts, SCP guardrails, central logging.
* Migrated 120 VMs to AWS in three waves; monthly cost reviews, Savings Plans and rightsizing.
Cloud Analyst
Example Services Ltda. — Campinas                Jul. 2022 – Dec. 2023
* Supported 15 customer environments on AWS and Azure: VPCs, VPNs, backups, patching.
EDUCATION
{education}
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == (level, "Cloud"), r.explain


def test_a_students_union_job_during_the_degree_is_a_students(matcher) -> None:
    """An untitled job at the students' union while studying (content-only text: "Web volunteer" went with the
    title) adds no years to a graduate's first job."""
    text = """Tom Example
EDUCATION
BSc (Hons) Computer Science, University of Example — 2021 to 2025
EXPERIENCE
Example Bank
 | Jul 2025 – Present
• Built the statement download endpoint for the customer servicing API (Java 17, Spring Boot), with paging.
• Added retries with backoff to the sanctions-screening client; wrote unit and WireMock tests for it.
Example Students' Union
 | 2022 – 2024
• Built and ran the union's events site and its ticketing REST API (Python, Django, PostgreSQL).
• Rebuilt the ticket form and wrote the API's unit tests; deployed it with Docker.
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Entry", "Developer"), r.explain


@pytest.mark.parametrize(("earlier", "level"), [
    # an engineering title of the career before the change, naming a script or two: that career
    ("Design Engineer – Mechanical, Example Auto Components, Pune\nJul 2013 - Mar 2022\n"
     "- 3D modelling and drawings (CATIA V5) for brake brackets; DFMEA and tolerance stack-up analysis.\n"
     "- Wrote VBA and Python scripts to automate BOM exports.", "Mid"),
    # a software title before it still counts
    ("Software Engineer, Example Auto Components, Pune\nJul 2013 - Mar 2022\n"
     "- Built the plant's order tracking services in Java and PostgreSQL; Jenkins pipelines.", "Senior"),
])
def test_an_engineering_title_before_a_change_of_career(matcher, earlier: str, level: str) -> None:
    """"I spent nine years designing brake components before I switched to software delivery in 2022": the
    "Design Engineer" years before the change are the earlier career, unless the title says software."""
    text = f"""Arun Example
Summary
I spent nine years designing brake and suspension components before I switched to software delivery in 2022.
Experience
DevOps Engineer – Example Health Technologies, Pune
Sep 2023 - Present
- Maintain CI/CD for 35 services: GitHub Actions reusable workflows, Terraform modules for AWS, Argo CD and Helm.
- On-call for the platform one week in five; wrote postmortems for deployment incidents.
Associate DevOps Engineer – Example Health Technologies, Pune
Jun 2022 - Aug 2023
- Jenkins maintenance, Bash and Python scripts; containerised six legacy services with Docker.
{earlier}
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == (level, "DevOps"), r.explain


def test_a_bootcamp_one_advises_is_no_change_of_career(matcher) -> None:
    """"Advisory board, a coding bootcamp" or "Mentor at a bootcamp" is service, not one's own retraining: the
    years before it still count."""
    text = """Kim Example
Example Retail (2019 - Present)
- Lead two teams (11 developers) building the store and checkout services in Java and Kotlin.
Example Retail (2013 - 2019)
- Built the order APIs in Java; mentored juniors.
Example Bank (2009 - 2013)
- Java services for payments.
Community
LINE (2021-present)
"""  # content-only: the job titles removed
    for line in ("Advisory board, a coding bootcamp for career changers", "Mentor at a women-in-tech bootcamp"):
        r = matcher.match_text(text.replace("LINE", line))
        assert r.level in ("Senior", "Director"), r.explain


def test_jobs_introduced_as_a_students_are_not_experience(matcher) -> None:
    text = """Ro Example
Application Support Analyst, Example Payments (Jan. 2025 - Present)
- First and second-line support for the merchant platform: tickets in Jira Service Management, log tracing in
  Kibana, SQL checks against read replicas, knowledge-base articles.
Student jobs: IT helpdesk and weekend desktop support at a college in the city centre, 2019 to 2024.
EDUCATION
BSc Business Information Systems, Example University, 2024
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Entry", "Analyst"), r.evidence
    # the same years in IT without the student's label count
    r = matcher.match_text(text.replace("Student jobs:", "Jobs:"))
    assert r.level == "Mid", r.evidence
    # a cafe's barista and supervisor in those years held another occupation: not years of this work either
    r = matcher.match_text(text.replace("Student jobs: IT helpdesk and weekend desktop support at a college",
                                        "Jobs: barista and weekend supervisor at a cafe"))
    assert r.level == "Entry", r.evidence


@pytest.mark.parametrize(("degree", "level"), [("2020 - 2024", "Entry"), ("2012 - 2016", "Mid")])
def test_an_untitled_job_during_the_degree_is_a_students(matcher, degree: str, level: str) -> None:
    """With the job titles gone (content-only text), a job held inside the years of one's degree and ending with
    it was a student's job; after an older degree the same years count."""
    text = f"""Ro Example
Example Telematics, Leeds - January 2025 - present
- Second-line support for the fleet-tracking app: around 35 tickets a week in Jira Service Management, log
  tracing in Kibana, SQL checks against read replicas, knowledge-base articles.
Example Supermarkets, Leeds - 2020 - 2024
EDUCATION
BSc Information Systems, Example University, {degree}
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == (level, "Analyst"), r.explain


def test_a_developer_in_another_specialty_still_fits(matcher) -> None:
    """Few of a game developer's words are the ladder's, but a developer is a developer (with low confidence)."""
    text = """Chris Example
Game Developer | Example Studios | Jun 2022 - present
- Gameplay systems in Unity and C#: character controllers, animation state machines, shaders, physics.
- Profiling frame times on consoles; asset bundles, addressables, level streaming.
Junior Game Developer | Pixel Example | Aug 2020 - May 2022
- Unity UI, input handling, save games, localisation.
"""
    r = matcher.match_text(text)
    assert r.fit and r.track == "Developer" and r.confidence_label != "high", (r.notes, r.confidence)


SRE_DIRECTOR = """Sam Example
Director, Site Reliability Engineering | Example Streaming | 2019 - present
- Lead three SRE managers and 28 engineers; own the reliability budget and the on-call programme.
- SLOs and error budgets for 400 services; incident command; postmortems reviewed with the CTO.
Senior Site Reliability Engineer | Example Cloud | 2012 - 2019
- Kubernetes, Prometheus, chaos testing, capacity planning; led the on-call rotation.
"""
SRE_VP = """Sam Example
VP, Site Reliability Engineering | Example Payments | 2020 - present
- Report to the CTO; run reliability for the company through three directors: 160 engineers, a $30M budget.
- SLOs and error budgets for every customer-facing service; incident command; the on-call programme.
Director, Site Reliability Engineering | Example Streaming | 2014 - 2020
- Led four SRE managers and 40 engineers; Kubernetes, Prometheus, capacity planning.
Senior Site Reliability Engineer | Example Cloud | 2008 - 2014
"""


@pytest.mark.parametrize(("text", "level"), [(SRE_DIRECTOR, "Director"), (SRE_VP, "VP")])
def test_a_leader_on_a_track_that_stops_below_gets_the_rung_it_leads_to(matcher, text: str, level: str) -> None:
    """The SRE track has one (senior) title. It leads to a DevOps director, and that to a DevOps VP: a director
    or VP of reliability is offered the title at their level up that chain."""
    r = matcher.match_text(text)
    assert (r.level, r.track) == (level, "SRE")
    title = matcher.model.ladder.find_title(r.title or "")
    assert title is not None and title.level == level, r.title


def test_a_leaders_track_is_the_track_of_the_work_they_lead(matcher) -> None:
    """Every director title shares the leadership words; the work words decide the track."""
    text = """Robin Example
Head of Delivery Engineering | Example Telecom | 2018 - present
- Run the delivery engineering department: three managers, 30 engineers, the budget, hiring and performance
  reviews; set the engineering strategy with the CTO and report delivery metrics to the executive team.
- Our teams own CI/CD for the whole company: pipelines, release management, deployment automation.
Engineering Manager | Example Bank | 2013 - 2018
- Managed the build and release team; stakeholder management and roadmap planning with product.
Build Engineer | Example Soft | 2009 - 2013
- Jenkins jobs, release scripts, Terraform and Ansible for test environments.
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Director", "DevOps"), r.explain


def test_a_marketing_manager_fits_no_title(matcher) -> None:
    assert not matcher.match_text(MARKETING).fit


def test_a_short_executive_resume_without_titles_fits_by_its_software_architecture(matcher) -> None:
    """Content-only text of a very short VP resume names one product (Kafka), but event-driven services and
    distributed caching are software work: it fits, at VP."""
    text = """Sam Example
Example Travel (2021-present)
Report to the CEO. Four directors, ~140 engineers, US$19M budget. Set engineering strategy; rebuilt the booking
engine as event-driven services on Kafka (9k req/s peak).
Example Payments (2017-2021)
Three managers, 35 engineers; payments processing platform, 99.99% availability.
Example Systems (2010-2017)
Distributed caching and messaging.
B.Eng. Computer Engineering, 2010.
"""
    r = matcher.match_text(text)
    assert (r.fit, r.level) == (True, "VP"), r.explain


def test_a_final_year_project_under_a_degree_is_no_student_against_technical_leadership(matcher) -> None:
    """No dates and no titles (content-only text): "Final-year project on failure detectors" under the degree
    made a technical lead who mentors four engineers a student, Entry. Without the leadership it still does."""
    text = """Sam Example
What I do
I design and build replicated data stores, queues and the RPC layer between services.
Experience
  — Example Ledger (payments infrastructure)
  - Technical lead for the ledger platform group; led the migration of the account ledger to a sharded service.
  - Mentor four engineers; review most designs that touch storage.
  — Example Analytics
  - Owned the event ingestion tier: Kafka, a batching producer and a deduplication service.
Education
MEng Computer Science, Example University
Final-year project on failure detectors for large clusters.
Skills
Go, gRPC, Kafka, PostgreSQL, Kubernetes, Prometheus
"""
    lead = matcher.match_text(text)
    assert lead.fit and lead.level in ("Mid", "Senior"), lead.explain.get("level")
    plain = text.replace("  - Technical lead for the ledger platform group; led the migration of the account ledger "
                         "to a sharded service.\n  - Mentor four engineers; review most designs that touch storage.\n",
                         "  - Built the account ledger service in Go.\n")
    assert matcher.match_text(plain).level == "Entry"


def test_no_fit_for_another_profession(matcher) -> None:
    r = matcher.match_text(PHARMACIST)
    assert not r.fit and r.title is None and r.confidence < 0.35
    reason = r.explain["fit"][0].value
    assert any(w in reason for w in ("occupation", "vocabulary", "similarity")), reason


@pytest.mark.parametrize(("line", "fit"), [
    ("Three architecture directors report to me; I report to the Group CTO.", True),
    ("Three department managers report to me; I report to the General Manager.", False),
])
def test_an_executive_without_titles_is_vouched_for_by_a_line_to_the_cto(matcher, line: str, fit: bool) -> None:
    """Content-only text of an architecture executive names one technology at most (executives write about
    organisations): managers run through and one's own line to the CTO say it is a technology organisation."""
    text = """Sam Example
PROFILE
Twenty years in financial services. LINE The function is 31 people in total.
Example Mutual — 2021 to present
* Built the practice from a loose guild of designers into three domains, each led by a director.
* Authored the group strategy adopted by the executive committee; chair the review board.
* Published the standards (API guidelines, governance, ownership model) used by 70 delivery teams.
Example Bank — 2012 to 2021
* Standards and governance for the retail bank; led the review of 40 programmes a year.
Example Insurance — 2006 to 2012
* Designs for policy administration and claims.
""".replace("LINE", line)
    assert matcher.match_text(text).fit is fit


def test_another_occupation_named_by_oneself_outweighs_the_tools_one_scripts_with(matcher) -> None:
    """A chartered electrical engineer who writes Python, Git, Docker and Flask tooling for protection studies is
    still an electrical engineer: the profile says so and the text is barely like any title."""
    text = """Sam Example
Senior Protection Engineer — Transmission & Substations
PROFILE
Chartered electrical engineer with nine years in power system protection and control. I design and review
protection schemes for 110-275 kV substations, lead commissioning teams and investigate faults.
EXPERIENCE
Senior Protection Engineer — Example Grid Services, Brisbane
Mar 2021 - present
- Lead protection design for substation upgrades and new renewable connections; settings and design reports.
- Fault investigation after trips: analyse COMTRADE records, write incident reports for the network operator.
- Wrote Python scripts (pandas, numpy) to batch-check relay settings; kept in Git, run from a Docker container.
- Built a small Flask app with a REST endpoint that pulls disturbance records from the SCADA historian.
Protection & Control Engineer — Example Energy, Townsville
Feb 2017 - Feb 2021
- Protection settings and testing for 66 kV and 11 kV networks; relay commissioning with Omicron test sets.
"""
    r = matcher.match_text(text)
    assert not r.fit, r.explain
    assert "another occupation" in r.explain["fit"][0].value
    # The same tools and years under a software profile fit.
    r = matcher.match_text(text.replace("Chartered electrical engineer", "Backend developer"))
    assert r.fit


def test_cover_letter_is_not_a_resume(matcher) -> None:
    letter = ("Dear Hiring Manager,\n\nI am writing to apply for the Backend Engineer role. I have built Java "
              "services with Spring Boot and Kafka for four years.\n\nKind regards,\nSam")
    r = matcher.match_text(letter)
    assert not r.fit and "cover letter" in r.explain["fit"][0].value


def test_level_and_track_need_not_be_one_ladder_title(matcher) -> None:
    """A Director of QA is Director on the QA track; the nearest title is reported separately."""
    text = """Director of Quality Engineering | Example Health | 2016 - present
- Lead four QA managers and 40 test engineers; test strategy, automation with Selenium and Playwright,
  performance testing with JMeter, release sign-off for 60 services. Budget of $3M.
QA Lead | Example Health | 2010 - 2016
- Test plans, regression suites, defect triage, test automation frameworks.
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Director", "QA")
    assert r.title is not None and "QA" in r.title
    # Above the QA track's top rung: the next steps start from the person's level, not the title's.
    assert r.next_steps is not None and r.next_steps.next
    assert {n.level for n in r.next_steps.next} == {"VP"}
    assert all(name.startswith("Director") for name in r.next_steps.lateral)


def test_below_the_nearest_title_its_rung_is_the_next_step(matcher) -> None:
    text = """Graduate Site Reliability Engineer | Example Payments | Jun 2025 - present
- On-call shadowing, Prometheus alerts and Grafana dashboards, first SLOs for the payments API.
- Automated runbooks in Python; postmortem write-ups; Kubernetes basics.
B.Sc. Computer Science, Example University, 2021 - 2025
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Entry", "SRE")
    assert r.next_steps is not None and [n.title for n in r.next_steps.next] == [r.title]


def test_next_steps_name_missing_skills_and_top_of_track(matcher) -> None:
    r = matcher.match_text(SENIOR_DEVOPS)
    assert r.next_steps is not None
    rung = r.next_steps.next[0]
    assert rung.title == "Director of DevOps and Microservices"
    assert "budget ownership" in rung.missing and "DevOps strategy" not in rung.missing
    assert any(a["gap"] == "leadership" for a in r.next_steps.advice)
    vp = matcher.match_text(VP)
    assert vp.next_steps is not None and vp.next_steps.top_of_track and not vp.next_steps.next


def test_confidence_and_close_call_are_consistent(matcher) -> None:
    for text in (SENIOR_DEVOPS, JUNIOR_QA, VP):
        r = matcher.match_text(text)
        assert 0 <= r.confidence <= 1
        assert r.confidence_label in ("low", "medium", "high")
        assert r.top[0].title == r.title


def test_same_answer_from_pdf_two_column_pdf_and_docx(matcher, tmp_path) -> None:
    from conftest import make_docx, make_pdf

    plain = matcher.match_text(SENIOR_DEVOPS)
    for path in (make_pdf(tmp_path / "a.pdf", SENIOR_DEVOPS), make_pdf(tmp_path / "b.pdf", SENIOR_DEVOPS, columns=2),
                 make_docx(tmp_path / "c.docx", SENIOR_DEVOPS)):
        r = matcher.match(str(path))
        assert (r.title, r.level, r.track) == (plain.title, plain.level, plain.track), path.name


COMMISSIONING = """Lee Example
Senior Commissioning Engineer | Example Wind Services | 2018 - present
- Lead commissioning of offshore wind farms: 60 turbines a year, systems integration tests, fault finding,
  design reviews with the manufacturer, handover packs and the platform's safety case.
- Run a team of six technicians; plan vessel windows and access; report progress to the project director.
Commissioning Engineer | Example Power Systems | 2012 - 2018
- Substation and cable systems: testing, protection settings, reliability reports for the client.
Education: B.Eng. Electrical and Electronic Engineering, Example University, 2011
"""


def test_an_engineer_who_names_no_software_fits_no_title_on_asoftware_ladder(matcher) -> None:
    """"Systems", "design reviews", "reliability", "platform": the words match; the tools would not, and there
    are none. The job title names no occupation the lexicon knows, so only the missing technology tells."""
    r = matcher.match_text(COMMISSIONING)
    assert not r.fit, (r.level, r.track)
    assert "technology" in r.explain["fit"][0].value
    # The same career in software names its tools, and fits.
    software = COMMISSIONING.replace("offshore wind farms: 60 turbines a year",
                                     "payment services on Kubernetes and Kafka: 60 releases a year")
    assert matcher.match_text(software).fit


def test_a_title_that_says_software_or_it_vouches_without_tool_names(matcher) -> None:
    intern = """Jo Example
IT Intern | Example County Council | Jun 2026 - present
- Set up laptops for new starters, answered staff questions, kept the asset register up to date.
B.Sc. Information Systems (expected 2027), Example University
"""
    r = matcher.match_text(intern)
    assert r.fit and r.level == "Entry", r.explain.get("fit")
    # Executives write about organisations, not tools: a VP of Engineering who names none still fits.
    vp = matcher.match_text(VP)
    assert vp.fit and vp.level == "VP"


def test_the_technology_rule_applies_only_to_asoftware_ladder() -> None:
    from test_ladder_format import _quick_start
    from titlematch.corpus import load_ladder, parse_ladder
    from titlematch.fit import software_ladder

    from conftest import ROOT

    assert software_ladder(load_ladder(ROOT / "corpus" / "microservices.toml").titles)
    assert software_ladder(load_ladder(ROOT / "examples" / "ladders" / "data-engineering.toml").titles)
    assert not software_ladder(parse_ladder(_quick_start().encode(), source="support.toml").titles)


def test_jobs_that_ended_by_graduation_were_a_students(matcher) -> None:
    """Content-only text has no "Intern" in its titles: the degree's date tells the student jobs apart."""
    graduate = """Kim Example
Example Payments | Sep 2025 - present
- On the platform team: Grafana dashboards, SLO burn-rate alerts, a Python tool that checks runbooks.
Example Hosting | Jun 2024 - Sep 2024
- Automated VM patch reports with Python and Ansible; Prometheus exporters for two services.
City library service, weekend IT helpdesk (part-time) | 2021 - 2023
EDUCATION
BSc (Hons) Computer Science, Example University, 2025
"""
    r = matcher.match_text(graduate)
    assert r.level == "Entry", r.explain.get("level")
    # A manager who finished a degree beside the job keeps the job's years.
    manager = """Lee Example
Director of Information Technology | Example Foods | Jan 2019 - present
- Run IT for three warehouses: ERP, WMS, SQL Server reporting, a team of 9.
IT and Analytics Manager | Example Foods | Jan 2014 - Jan 2017
- Led the helpdesk and reporting team of 4; Power BI, SQL, vendor contracts.
Bachelor of Science, Management Information Systems, 2017
"""
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    ev = gather(manager, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.graduated == 2017 * 12 + 5 and ev.relevant_years is not None and ev.relevant_years >= 10


def test_whom_one_leads_and_reports_to_separates_directors_from_vps(matcher) -> None:
    """A VP runs an organisation through directors or heads; whoever reports to a head or a VP is not one."""
    vp = """Sam Example
Chief Architect | Example Insurance | 2016 - present
- Reporting to the Group CTO; an architecture function of 34 people in three teams, each run by a head of
  architecture. Own the technology target state and the design authority; budget of about £6m.
Lead Solution Architect | Example Bank | 2005 - 2016
- Led a team of 12 solution architects; API-first design standards, event-driven integration.
"""
    r = matcher.match_text(vp)
    assert r.level == "VP", r.explain.get("level")
    director = """Robin Example
Cloud Platform Manager | Example Pensions | 2019 - present
- Three team leads report to me, 28 people in total; I own the cloud budget (€11M) and the headcount plan.
- I report to the Head of IT Infrastructure, who reports to the CIO; present the cloud roadmap to the board.
- Azure landing zones, migration factory, FinOps and tagging policies.
Team Lead Cloud & Hosting | Example Pensions | 2012 - 2019
Senior System Engineer | Example Hosting | 2006 - 2012
"""
    r = matcher.match_text(director)
    assert r.level == "Director", r.explain.get("level")


def test_a_departments_budget_with_managers_and_a_board_audience_is_still_a_director(matcher) -> None:
    """Managers of managers and executive exposure make a VP with an organisation behind them, not with a
    department's budget: a head of cloud with $12M of spend and 30 people is a director."""
    head = """Ari Example
Cloud Platforms | Example Grocers | 2018 - present
- Lead 30 engineers through three team managers: landing zones, Kubernetes platform, FinOps.
- Own the cloud budget of $12M a year; present the cloud strategy to the executive committee each quarter.
Infrastructure Team Lead | Example Grocers | 2012 - 2018
- Ran the hosting team of 8: VMware, network, backups, the first AWS accounts.
Systems Administrator | Example Freight | 2007 - 2012
"""
    r = matcher.match_text(head)
    assert r.level == "Director", r.explain.get("level")
    # The same person with an organisation of 60 behind those managers, on the executive committee, reads as a
    # VP; presenting to that committee is what directors do too.
    bigger = head.replace("Lead 30 engineers", "Lead 60 engineers")
    r = matcher.match_text(bigger)
    assert r.level == "Director", r.explain.get("level")
    r = matcher.match_text(bigger.replace("present the cloud strategy to the executive committee each quarter",
                                          "member of the executive committee"))
    assert r.level == "VP", r.explain.get("level")


def test_the_head_of_a_small_function_with_a_budget_and_an_executive_line_is_a_director(matcher) -> None:
    """Few people, but a budget and a line to the top: the head of architecture is a director; the same resume
    without the budget is a senior architect who leads a small team."""
    head = """Alex Example
Enterprise architecture | Example Mutual | 2015 - present
- I lead a team of five solution architects; run the design authority and own the target state.
- Own the practice's budget of GBP 1.8M (tools, contractors, training); report to the CTO.
- Event-driven integration standards, API guidelines, the move from the mainframe to services.
Solution architecture | Example Bank | 2008 - 2015
- Designed payment integrations; Java and messaging.
Development | Example Software House | 2004 - 2008
"""
    r = matcher.match_text(head)
    assert (r.level, r.track) == ("Director", "Architect"), r.explain.get("level")
    r = matcher.match_text(head.replace("- Own the practice's budget of GBP 1.8M (tools, contractors, training); ",
                                        "- "))
    assert (r.level, r.track) == ("Senior", "Architect"), r.explain.get("level")


def test_an_executive_title_over_a_small_team_is_senior_but_an_old_small_team_is_not(matcher) -> None:
    """The founder-CTO who leads five is a senior engineer by the labelling rules; a VP whose earlier job
    mentions a team of seven is still a VP."""
    cto = """Sam Example
Co-founder & CTO | Example Health | 2021 - present
- I set the technical direction for a team of five and write most of the platform code (Go, Kubernetes).
- Represent tech in investor due diligence; SOC 2 preparation.
Senior Backend Engineer | Example Pay | 2016 - 2021
- Tech lead for the ledger service (Java, Kafka); mentored three engineers.
Software Engineer | Example Mobility | 2013 - 2016
"""
    r = matcher.match_text(cto)
    assert r.level == "Senior", r.explain.get("level")
    vp = """Robin Example
VP of Engineering | Example Retail | 2019 - present
- Run engineering for the group: product, platform and data; the engineering strategy with the CEO.
Engineering Manager | Other Retail | 2012 - 2019
- Managed a team of 7 engineers on the Java checkout services; hiring and performance reviews.
Software Engineer | Example Agency | 2008 - 2012
"""
    assert matcher.match_text(vp).level == "VP"


def test_a_date_inside_the_summary_story_does_not_hide_the_latest_job(matcher) -> None:
    """"Since 2022 I lead the small engineering team" in the summary is no role's line: the latest job below it,
    with its team of five, is still what the founder-CTO does now (Senior, not VP)."""
    text = """Sam Example
Co-founder & CTO, Example Pay
Summary
Backend developer turned startup CTO. For nine years I have been building payment APIs for mobile-first users
in East Africa. Since 2022 I lead the small engineering team at Example Pay and still write code every day.
Experience
Co-founder & CTO - Example Pay, Nairobi                                         since 2022
- Lead a team of 5 engineers; hands-on in most of the backend code (Python, FastAPI, PostgreSQL).
- Take part in investor due diligence and hiring.
Senior Software Developer - Example Fintech, Nairobi                            2019 to 2022
- Tech lead for the merchant-payments API; mentored three junior developers.
Software Developer - Example Fintech, Nairobi                                   2016 to 2019
- Built REST endpoints for merchant onboarding and statements.
"""
    r = matcher.match_text(text)
    assert r.level == "Senior", r.explain.get("level")
    # the same resume without the summary's date read the same before this rule
    assert matcher.match_text(text.replace("Since 2022 I lead", "Now I lead")).level == "Senior"


def test_jobs_under_a_heading_naming_an_earlier_career_are_that_career(matcher) -> None:
    """A "BEFORE TECH" heading over a school and two teaching jobs: neither is years of the developer's work, and
    the bootcamp under "Learning" is education, not part of the head of department's job."""
    text = """Sam Example
Backend developer (TypeScript / Node.js)
Nine years teaching maths, then a bootcamp in 2021; since 2022 I build backend services for a ticketing company.

WHAT I DO NOW

Example Events (online ticketing)
Software Developer, Apr 2023 to now
Junior Developer, Feb 2022 to Mar 2023
  - We look after five Node.js/TypeScript services on AWS (ECS, RDS Postgres, SQS).
  - Built the reservations API used by our partner box offices: API keys, rate limits, webhooks.
  - Pair with the two juniors in the team most weeks.

BEFORE TECH

Example High School
Mathematics Teacher, 2012 - 2018
Head of Mathematics Department, 2018 - 2021
  - Taught Grades 8-12; as head of department set the assessment programme.
  - Built the school's first online marks spreadsheet (the thing that made me want to code).

LEARNING

Example Code Bootcamp - full-stack web development, 2021 (16 weeks, JavaScript, Node.js, React, SQL)
BSc Mathematics, Example University, 2007-2011
"""
    r = matcher.match_text(text)
    assert r.level == "Mid", r.explain.get("level")
    years = {c.evidence: c.value for c in r.explain["level"]}
    assert years.get("years in roles that fit the ladder") == "4.8", r.explain["level"]


def test_a_career_introduced_as_before_tech_is_not_years_of_experience(matcher) -> None:
    text = """Jo Example - Junior QA Tester
Junior QA Tester, Example Ticketing (2025-present)
- Manual and exploratory testing of the booking APIs with Postman; test cases and bug reports in Jira.
Before tech: five years as a shift coordinator at a city theatre, 2019-2024
Education: Software Testing certificate, 2024; ISTQB Foundation Level
"""
    r = matcher.match_text(text)
    assert r.level == "Entry", r.explain.get("level")


def test_what_came_before_a_change_of_career_is_that_career(matcher) -> None:
    """Content-only text of a chef turned developer: no titles, so only the descriptions tell. The bistro's
    description is plainly another field; the hotel jobs before it name no technology either."""
    text = """Sam Example
Example Travel Tech, Denver CO  -  Jan. 2026 - Present
- Build booking and itinerary services in TypeScript and Node.js; REST APIs, PostgreSQL, Jest tests.
Example Code School  -  Aug 2025 - Dec 2025
- Full-stack bootcamp: JavaScript, React, Node.js, SQL; a final team project deployed on AWS.
The Copper Pot Bistro, Denver CO  -  2019 to 2025
- Ran the kitchen of a 60-cover bistro: menus, food cost, ordering, a brigade of six cooks.
- Cut food waste by a fifth with prep lists and stock rotation.
- Hired and trained the cooks; ran the health inspections.
Alpine Lodge Hotel, Breckenridge CO  -  2014 to 2019
- Front office supervisor: team schedules, customer requests, daily reporting and the check-in process.
- Led the front desk team through peak season; improved handover and escalation steps.
"""
    r = matcher.match_text(text)
    assert r.level == "Entry", r.explain.get("level")
    # A developer whose older job names its technology keeps those years.
    old_job = "- Led the front desk team through peak season; improved handover and escalation steps."
    new_job = "- Built the hotel's booking site in PHP and MySQL; ran its Linux server."
    r = matcher.match_text(text.replace(old_job, new_job))
    assert r.level != "Entry", r.explain.get("level")


def test_a_team_leader_in_another_field_is_that_field(matcher) -> None:
    """"Team Leader" is a title like "Team Lead"; in customer service it is another career."""
    text = """Hemi Example
Application Support Analyst (L2)  |  Example Payroll  |  July 2025 - now
- Second-line support: failed pay runs, log searches in Datadog, read-only SQL; reproduction steps for the devs.
Customer Service Team Leader  |  Example Bank  |  2021 - 2025
- Led a team of 12 phone agents; rosters, coaching, call quality reviews.
Customer Service Representative  |  Example Bank  |  2018 - 2021
"""
    from titlematch.evidence import gather

    assert [t.text for t in gather(text, TODAY).titles][:2] == ["Application Support Analyst (L2)",
                                                                  "Customer Service Team Leader"]
    r = matcher.match_text(text)
    assert r.level == "Entry", r.explain.get("level")


def test_an_old_internship_title_is_not_the_latest_title(matcher) -> None:
    """Titles lost (content-only text): the only title left is the internship four years ago, which later,
    untitled roles followed. It says how the person started, not what they do now."""
    text = """Linh Example
Example Travel Tech        2024.01 - now
- API test automation for booking microservices (REST Assured, Pact contract tests); CI in GitLab.
- Own the regression suite for payments; mentor two new testers.
Example Bank        2022.08 - 2023.12
- Manual and automated testing of the card services; Postman collections, Jira defects.
Internship - Example Bank Solutions       2022.03 - 2022.07
- Test cases for the mobile app.
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Mid", "QA"), r.explain.get("level")


def test_an_untitled_role_barely_like_any_title_and_naming_no_technology_is_another_career(matcher) -> None:
    """Content-only text of a teacher turned developer: the teaching years mention a spreadsheet tool and
    programming, so their words are not all foreign to the ladder, but they name no technology and are barely
    like any title."""
    text = """Sam Example
Jan 2025 - present
- Building features in Node.js/TypeScript services behind a REST API; a webhook delivery service on SQS.
Feb 2024 - Aug 2024
- Full-time course: JavaScript, TypeScript, Node.js, SQL, React, testing, Git and Docker.
2012 to 2023
- Taught science to years 7-12 and chemistry to the seniors; head of the department for two years.
- Built a spreadsheet tool for tracking lab equipment bookings that the whole faculty used; this is what got
  me interested in programming.
- Coordinated the school's science fair and its STEM club.
"""
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    ev = gather(text, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.relevant_years is not None and ev.relevant_years < 3, ev.relevant_years
    assert matcher.match_text(text).level in ("Entry", "Mid")


def test_a_university_job_during_a_masters_straight_after_the_bachelors_is_a_students(matcher) -> None:
    """Content-only text of a 2025 MSc graduate: the teaching assistant job (20 months, at the university,
    during the master's) is not years of experience; studies end with a master's that follows the bachelor's."""
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    text = """Ola Example
Example Media, Wroclaw
10/2025 - present
- Event streaming platform team: retries with a dead-letter topic in our Go Kafka client, used by 14 services.
Example University of Technology
10/2023 - 06/2025
- Lab classes for the Distributed Systems course (Raft, vector clocks, gRPC exercises).
EDUCATION
M.Sc. Computer Science, Example University of Technology, 2023 - 2025
B.Sc. Computer Science, Example University of Technology, 2019 - 2023
"""
    ev = gather(text, TODAY)
    assert ev.graduated == 2025 * 12 + 5
    _role_relevance(matcher.model, ev)
    assert ev.relevant_years is not None and ev.relevant_years < 1.5, ev.relevant_years
    assert matcher.match_text(text).level == "Entry"
    # A master's ten years after the bachelor's is not the end of one's first studies.
    later = gather(text.replace("2019 - 2023", "2011 - 2015"), TODAY)
    assert later.graduated == 2015 * 12 + 5


def test_a_graduate_traineeship_is_no_years_of_experience(matcher) -> None:
    """A rotational graduate trainee programme after the degree is training, as an internship is: the support
    analyst who joined it in 2024 has about 1.6 years in the job, not 2.3."""
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    text = """Ama Example
Application Support Analyst

Experience
Application Support Analyst, Example Telecom, Apr 2025 - present
- Second-line support for the payments platform: trace failed transactions in Kibana, run SQL checks.
- Keep the knowledge base current; write up incident patterns for the development teams.
Graduate Trainee, IT Operations, Example Telecom, Aug 2024 - Mar 2025
- Rotation through the service desk, the network operations centre and application support.

Education
BSc Information Technology, Example University, 2024
"""
    ev = gather(text, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.years is not None and ev.years > 2, ev.years
    assert ev.relevant_years is not None and ev.relevant_years < 2, ev.relevant_years
    assert matcher.match_text(text).level == "Entry"


def test_the_occupation_a_profile_says_one_holds_since_a_year_votes_on_the_track(matcher) -> None:
    """Content-only text (no headline, no job titles) of an architect who was a developer first: the profile's
    "since 2019 as architect" says which track, where a developer's words outweigh an architect's."""
    text = """Jana Example
Profile
I am working since 2010 in software for banks, first as developer, since 2019 as architect. I cut the old
core systems into services with clear domain borders and help the teams build them on their own.

04/2021 - present
Example Bank Digital GmbH, Frankfurt
- Target architecture of the payments domain: 18 services, event-driven with Kafka, 30 partner APIs
- Wrote the REST API guideline (versioning, errors, pagination), now the standard for all teams
- Run the architecture board and review the teams' decision records
01/2019 - 03/2021
Example Bank Digital GmbH, Frankfurt
- Backend architecture of the online banking portal (Spring Boot, Keycloak, PostgreSQL)
09/2010 - 12/2018
Example IT Consulting, Mainz
- Java developer in customer projects for banks; Spring, JSF, Oracle, REST services, unit tests
- From 2015 tech lead of a team of four developers building a broker portal with Angular and Spring

Skills
Java, Spring Boot, Kafka, Kubernetes, OpenAPI, PostgreSQL, Angular, Git, Maven, JUnit
"""
    assert matcher.match_text(text).track == "Architect"


def test_distributed_systems_work_named_without_a_product_is_years_in_a_role_that_fits(matcher) -> None:
    """Content-only text: the latest role names its work (a consistent-hashing router, sharding, pprof) but
    almost no product the ladder's text names; it is no other career, and its years count."""
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    text = """Piotr Example
Example Streaming (live video) · 03/2023 – present
- One of 7 engineers on the ingest platform team, which moves 600k events/s of viewer telemetry
- Reworked partition assignment in our Go ingest workers; pauses during deploys dropped from 40 s to 2 s
- Built a consistent-hashing router for session affinity across 48 shards, with live resharding
- Profiling with pprof cut CPU per event by a third, which let us retire 20 nodes
- Write design docs and run the team's chaos experiments (pod kills, network partitions)
Example Systems (B2B SaaS) · 09/2021 – 02/2023
- Worked on the internal gRPC framework used by 60 services: retries, deadlines, client-side balancing
- On-call for the shared platform libraries
EDUCATION
MSc Computer Science, Example University of Technology, 2021
"""
    ev = gather(text, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.relevant_years is not None and ev.relevant_years > 5, ev.relevant_years


def test_an_untitled_job_at_a_cafe_with_no_description_is_another_career(matcher) -> None:
    """Content-only text: "Harbour Café, , 2022-2025" has lost its title ("Barista") and says nothing more; the
    employer's name says the years were not on the ladder. A software house's name with no description is no
    such evidence."""
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    text = """Aoife Example
Example Gaming Labs, , since Jan 2026
- Manual testing of the player accounts and wallet backend before each release
- Write test cases in TestRail, log bugs in Jira
Harbour Café, , 2022–2025

Education
Higher Certificate in Computing, Example Technological College, 2025
"""
    ev = gather(text, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.years is not None and ev.years > 3
    assert ev.relevant_years is not None and ev.relevant_years < 1.5, ev.relevant_years
    software = gather(text.replace("Harbour Café", "Harbour Software"), TODAY)
    _role_relevance(matcher.model, software)
    assert software.relevant_years is not None and software.relevant_years > 3, software.relevant_years


def test_freelancing_through_the_degree_is_a_students_job(matcher) -> None:
    """"Freelance web developer, 2022 – 2024" during a BSc finished in 2024 is what a student did beside the degree,
    as a part-time job is: the 2024 graduate titled "Lead Backend Developer" since 2025 is Entry. Freelancing that
    went on two years after the degree is work."""
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    text = """Sam Example
Lead Backend Developer                                   Feb 2025 – Present
Example Startup (7 people), Nairobi
- Django and FastAPI services for a school-payments product; code reviews for the other two developers
Freelance web developer                                  2022 – 2024
- WordPress and small Django sites for churches and a hardware shop

EDUCATION
BSc Computer Science, Example University — 2020 – 2024
"""
    ev = gather(text, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.relevant_years is not None and ev.relevant_years < 2, ev.relevant_years
    assert matcher.match_text(text).level == "Entry"
    later = gather(text.replace("2022 – 2024", "2022 – 2026"), TODAY)
    _role_relevance(matcher.model, later)
    assert later.relevant_years is not None and later.relevant_years > 4, later.relevant_years


def test_an_inflated_architect_title_before_the_latest_says_little_about_the_track(matcher) -> None:
    """A bootcamp graduate who calls himself founder and CTO now, and was a "Lead Microservices Architect
    (Freelance)" before: with under two years of work, neither title says the work is an architect's; the
    work (building a Node.js product) says developer."""
    text = """Sam Example
Founder & Chief Technology Officer — Example Labs (we are two people)            Jan 2026 – present
- Building our first product, a booking app: Node.js and TypeScript API, React front end, PostgreSQL
- Set up GitHub Actions, wrote the API tests, deploy to a small VPS
Lead Microservices Architect (Freelance) — Example clients                       Mar 2025 – Dec 2025
- Built REST APIs and small React sites for two local shops and a gym; designed their "microservices
  architecture", building scalable, event-driven systems with domain-driven design
Assistant Store Manager — Example Retail                                         2019 – 2024
- Rotas, stock and a team of eight

EDUCATION
Full-stack web development bootcamp, Example Academy, 2024 – 2025
"""
    result = matcher.match_text(text)
    assert (result.level, result.track) == ("Entry", "Developer"), (result.level, result.track, result.explain)


def test_a_part_time_job_in_another_field_is_not_the_occupation_one_holds(matcher) -> None:
    """Content-only text of a cloud graduate: the only title left is the student's part-time job."""
    text = """Riley Example
Example Insurance, Halifax NS | May 2025 - present
- AWS account vending and tagging policies with Terraform; cost reports by team in Cost Explorer.
- On the cloud operations rota: CloudWatch alarms, patching with Systems Manager, IAM access reviews.
Part-time Customer Service Representative, grocery store | 2021 - 2024
- Weekend shifts at the tills and the customer desk while studying.
EDUCATION
BSc Computer Science, Example University, 2025 - capstone: a serverless booking API on AWS Lambda
AWS Certified Solutions Architect - Associate
"""
    r = matcher.match_text(text)
    assert r.fit and r.track == "Cloud", r.explain


def test_the_title_is_at_the_decided_level_when_the_track_has_one(matcher) -> None:
    """An entry-level distributed-systems engineer is offered the track's entry title, not the mid-level title
    whose words are closer ("Software Engineer (Distributed Systems)")."""
    text = """Ola Example
Platform Engineer | Example Media | 10/2025 - present
- Replication and partitioning tests for our Raft-based metadata store; fault tolerance and p99 latency work.
- Bug fixes and small services in Go.
Storage Engineering Intern | Example Media | 07/2025 - 09/2025
- Consensus experiments on etcd; stream processing with Flink.
EDUCATION
MSc Computer Science (Distributed Systems), Example University of Technology, 2025
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Entry", "Engineer"), r.explain
    assert r.title == "Associate Microservices Engineer", [t.title for t in r.top]


_GERMAN_DEVELOPER = """LEBENSLAUF

Persönliche Daten
Anschrift:            Musterweg 3, 04109 Leipzig
Staatsangehörigkeit:  deutsch

Softwareentwickler – Java / Spring Boot

Berufserfahrung

seit 03/2021          Softwareentwickler (Backend), Beispiel Energie-IT GmbH, Leipzig
                      - Entwicklung von fünf Spring-Boot-Services für das Kundenportal mit REST-APIs
                      - Asynchrone Kommunikation der Services über Apache Kafka, Schnittstellen mit OpenAPI
                      - Tests mit JUnit und Testcontainers; Deployment über GitLab CI auf Kubernetes

09/2018 – 02/2021     Softwareentwickler, Beispiel Logistik GmbH, Halle
                      - Weiterentwicklung einer Java-Anwendung für die Sendungsverfolgung und deren API
                      - Anbindung von Partnern über REST und Pflege der Datenbank (PostgreSQL)
                      - Abstimmung der fachlichen Anforderungen mit den Fachabteilungen und Dokumentation

Ausbildung
2014 – 2018           B.Sc. Informatik, Universität Leipzig

Sprachen              Deutsch (Muttersprache), Englisch (verhandlungssicher)
Interessen            Radfahren, Fotografie, Ehrenamt im Sportverein
"""

_GERMAN_NURSE = """LEBENSLAUF

Persönliche Daten
Anschrift:            Musterweg 3, 04109 Leipzig

Gesundheits- und Krankenpflegerin

Berufserfahrung

seit 03/2019          Gesundheits- und Krankenpflegerin, Beispiel Klinikum, Leipzig
                      - Pflege und Betreuung der Patienten auf der Intensivstation, Dokumentation der Pflege
                      - Anleitung von Auszubildenden und Mitarbeit bei der Dienstplanung des Teams

09/2016 – 02/2019     Pflegefachkraft, Beispiel Seniorenzentrum, Halle
                      - Grundpflege und Behandlungspflege, Gespräche mit den Angehörigen und den Ärzten

Ausbildung
2013 – 2016           Ausbildung zur Gesundheits- und Krankenpflegerin, Beispiel Pflegeschule
"""


def test_a_resume_in_another_language_is_judged_on_its_evidence_not_its_share_of_english(matcher) -> None:
    """Few of a German CV's words are in the English ladder's vocabulary: its technologies, dates and similarity
    decide, as for any resume. A German nurse's CV still fits no title."""
    r = matcher.match_text(_GERMAN_DEVELOPER)
    assert r.fit and (r.level, r.track) == ("Mid", "Developer"), (r.level, r.track, r.explain.get("fit"))
    assert not matcher.match_text(_GERMAN_NURSE).fit


def test_only_a_text_in_another_language_is_spared_the_vocabulary_share_test(matcher) -> None:
    """The same evidence and similarity with 15% of the words in the ladder's vocabulary: another field in English,
    for the similarity and the other tests to judge in another language."""
    from titlematch.evidence import gather
    from titlematch.fit import no_fit_reason

    ev = gather(_GERMAN_DEVELOPER, TODAY)
    ev.titles = []  # no title vouches for the text
    english = no_fit_reason(0.2, ev, 0.15, matcher.model.ladder)
    assert english is not None and "vocabulary" in english
    ev.other_language = True
    assert no_fit_reason(0.2, ev, 0.15, matcher.model.ladder) is None


_TERSE_DUTCH_SRE = """Example Persoon
Amersfoort, NL · persoon@example.nl · +31 6 0000 0000

Profiel
Tien jaar beheer, waarvan vijf jaar SRE. Ik zorg dat de winkel online blijft.

Werk
04-2022 – nu     Voorbeeld B.V. (webshop, 80 services op Kubernetes)
                SLOs en error budgets voor alle tier-1 services, incident commander, on-call rotatie, blameless \
postmortems, chaos engineering.
01-2019 – 03-2022   Voorbeeld B.V.
                Prometheus, Thanos, alert hygiene, toil, capaciteitsplanning.
06-2016 – 12-2018   Hosting Voorbeeld

Opleiding
HBO Informatica, Hogeschool Voorbeeld (2016)

Talen: Nederlands, English
"""


def test_a_text_this_close_to_a_title_is_spared_the_vocabulary_share_test(matcher) -> None:
    """A terse Dutch CV without job titles, half in English: a fifth of its words are in the ladder's vocabulary
    and too few are Dutch function words to call it Dutch, but it is 0.35 like the SRE title: that work, not
    another field. Under no_fit_coverage_max_similarity the share test still applies."""
    from titlematch.evidence import gather
    from titlematch.fit import no_fit_reason
    from titlematch.scoring import WEIGHTS

    vec = matcher.model.vectorize(_TERSE_DUTCH_SRE)
    best = max(matcher.model.similarities(vec))
    assert vec.coverage < WEIGHTS["no_fit_coverage"] <= WEIGHTS["no_fit_coverage_max_similarity"] <= best
    r = matcher.match_text(_TERSE_DUTCH_SRE)
    assert r.fit and (r.level, r.track) == ("Senior", "SRE"), (r.level, r.track, r.explain.get("fit"))
    ev = gather(_TERSE_DUTCH_SRE, TODAY)
    assert not ev.other_language
    reason = no_fit_reason(WEIGHTS["no_fit_coverage_max_similarity"] - 0.01, ev, vec.coverage, matcher.model.ladder)
    assert reason is not None and "vocabulary" in reason


_DATA_SCIENTIST = """Example Person
Data Scientist | Forecasting
Summary
Data scientist with six years in retail: demand forecasts, pricing models and A/B test analyses.
Experience
Data Scientist II, Example Retail          Jan 2023 – Present
- Demand forecast for 40k products with LightGBM; the ML platform team serves it behind a REST endpoint.
- Feature pipelines in Airflow, jobs on Spark; SQL on Snowflake; Docker images for the models.
Data Scientist, Example Group          Sep 2020 – Dec 2022
- Customer lifetime value model; store clustering; Tableau dashboards for the trading teams.
"""


def test_a_scientist_is_another_occupation(matcher) -> None:
    """A data scientist who hands models to a platform team, as a biomedical scientist, fits no title of a software
    ladder; the years a developer spent as one are not years in roles that fit it."""
    assert not matcher.match_text(_DATA_SCIENTIST).fit
    changer = """Example Person
Backend Developer
Experience
Backend Developer, Example Payments          Jan 2024 – Present
- Java and Spring Boot services for refunds; REST APIs, Kafka events, PostgreSQL, Kubernetes deployments.
Data Scientist, Example Retail          Jan 2018 – Dec 2023
- Forecasting models in Python; A/B test analyses; dashboards for the trading teams.
"""
    r = matcher.match_text(changer)
    assert r.fit and r.evidence["relevant_years"] is not None and r.evidence["relevant_years"] < 3.5, r.evidence


_CHIEF_ARCHITECT = """Example Person
Chief Architect
Experience
Chief Architect, Example Retail Group          Mar 2021 – Present
- Own the target architecture for order, pricing and fulfilment services; chair the design reviews.
- Set the technical standards for event-driven integration (Kafka, AsyncAPI) used by the product teams.
- Individual contributor: I work through the teams' tech leads and have no direct reports.
Solution Architect, Example Retail Group          Jan 2017 – Feb 2021
- Designed the move from the monolith to domain services; architecture decision records.
Senior Software Engineer, Example Bank          Sep 2012 – Dec 2016
- Java services for payments; led the design of the card authorisation API.
"""


def test_a_chief_architect_without_people_or_budget_is_senior(matcher) -> None:
    """"Chief Architect" names the top of an individual contributor's ladder unless managers or a budget come with
    it: fourteen years and design reviews read Senior; the same title with seven architects and a $2.1M budget
    reads Director."""
    r = matcher.match_text(_CHIEF_ARCHITECT)
    assert (r.level, r.track) == ("Senior", "Architect"), (r.level, r.track)
    led = _CHIEF_ARCHITECT.replace(
        "- Individual contributor: I work through the teams' tech leads and have no direct reports.",
        "- Lead a team of 7 architects and own the architecture budget of $2.1M (tools, training, consultants).")
    assert matcher.match_text(led).level == "Director"


_BANK_VP = """Example Person
Vice President, Software Engineering
Java developer with nine years at an investment bank. NOTE
Experience
Vice President, Software Engineering, Example Bank          Feb 2022 – Present
- Senior developer on the client reporting team (7 developers); lead design reviews and mentor two associates.
- Built the trade confirmation service (Java, Spring Boot, Kafka) and the team's REST API guidelines.
Associate, Software Engineering, Example Bank          Sep 2017 – Jan 2022
- Position-snapshot and P&L APIs for the trading desk; moved three services to OpenShift.
"""


def test_an_executive_title_the_resume_calls_a_grade_is_senior(matcher) -> None:
    """The bank's "Vice President" who says it is a corporate grade, not a management role, reads Senior; without
    that sentence the title is taken at its word."""
    note = '"Vice President" is a corporate grade at my bank, not a management role.'
    assert matcher.match_text(_BANK_VP.replace("NOTE", note)).level == "Senior"
    assert matcher.match_text(_BANK_VP.replace("NOTE", "")).level == "VP"


_SMALL_DIRECTOR = """Example Person
Director of Engineering
Backend engineer turned leader; nine years of distributed systems on Kafka and Kubernetes.
Experience
Director of Engineering, Example Payroll SaaS          Jun 2024 – Present
- Manage TEAM backend engineers directly; I report to the CTO.
- Designed the event-driven payroll sync platform: 14 services on EKS, Kafka, the outbox pattern, PostgreSQL.
- Brought p99 latency of timesheet ingestion from 2.4 s to 310 ms by partitioning topics per employer.
Senior Software Engineer, Example Health          Mar 2020 – May 2024
- Tech lead on the appointment-scheduling platform (Java, Spring Boot, Kafka Streams); Istio for mTLS.
Software Engineer, Example Telematics          START – Feb 2020
- Backend services in Java and Go; a Cassandra-backed time-series store.
"""


def test_a_director_of_a_small_team_is_senior(matcher) -> None:
    """A director's title over five engineers, with no managers, no budget and nine years, is a team lead's job:
    Senior. Twelve engineers, or twenty years of experience (the director of IT who names the three people beside
    him), keep the title's Director."""
    five = _SMALL_DIRECTOR.replace("TEAM", "5").replace("START", "Jul 2017")
    assert (matcher.match_text(five).level, matcher.match_text(five).track) == ("Senior", "Engineer")
    assert matcher.match_text(_SMALL_DIRECTOR.replace("TEAM", "12").replace("START", "Jul 2017")).level == "Director"
    assert matcher.match_text(_SMALL_DIRECTOR.replace("TEAM", "5").replace("START", "Jul 2005")).level == "Director"


_SCALEUP_VP = """Example Person
VP Engineering
Experience
VP Engineering, Example Insurtech          Jan 2023 – Present
- Run engineering for the claims and policy products: LEADS report to me, 16 engineers in all.
- Own hiring and the engineering roadmap with the CEO; Java and Kotlin services on Kubernetes, Kafka events.
Engineering Lead, Example Insurtech          Mar 2020 – Dec 2022
- Led the policy squad (6 engineers); moved the monolith's quoting to services.
Senior Software Engineer, Example Bank          START – Feb 2020
- Payment services in Java and Spring Boot; PostgreSQL, REST APIs.
"""


def test_an_executive_title_over_a_directors_scope_is_director(matcher) -> None:
    """"VP Engineering" over two tech leads and sixteen engineers, with twelve years, is a director's organisation;
    with directors below, or twenty years, the title is taken at its word."""
    leads = _SCALEUP_VP.replace("LEADS", "two tech leads")
    assert matcher.match_text(leads.replace("START", "Sep 2014")).level == "Director"
    assert matcher.match_text(leads.replace("START", "Sep 2006")).level == "VP"
    directors = _SCALEUP_VP.replace("LEADS", "two directors").replace("START", "Sep 2014")
    assert matcher.match_text(directors).level == "VP"


def test_a_headline_naming_another_occupation_outweighs_a_generic_title(matcher) -> None:
    """"Senior Engineer" would vouch for a resume that names no software; not under "Chartered Civil Engineer"."""
    text = """Aoife Example
Chartered Civil Engineer
Senior Engineer - Example Consulting Engineers, Cork (2020 - present)
- Lead designer for water supply and drainage schemes: hydraulic models, pipe network design, planning reports.
- Site supervision of contractors; budgets and programmes for three treatment plant upgrades.
Design Engineer - Example Civil Partnership (2015 - 2020)
- Road drainage and flood relief design; calculations to the national standards; client meetings.
"""
    r = matcher.match_text(text)
    assert not r.fit, (r.level, r.track)
    r = matcher.match_text(text.replace("Chartered Civil Engineer\n", ""))
    assert r.fit


@pytest.mark.parametrize("tools", [
    "SAP PM, vibration analysers, Excel",  # no software named
    "SAP PM, vibration analysers, Excel, Python for failure statistics, SQL on the maintenance database",
])
def test_a_profile_opening_with_another_occupation_outweighs_a_title_the_ladder_shares(matcher, tools) -> None:
    """"Reliability Engineer" is a ladder alias and would vouch for the resume; the profile opens by naming the
    person's occupation, a mechanical engineer, who may script a little."""
    text = f"""Example Person
Senior Reliability Engineer
Profile
Mechanical engineer with eleven years in food processing plants. I run the maintenance and reliability
programme for two production lines: failure analysis, condition monitoring and planned shutdowns.
Experience
Senior Reliability Engineer, Example Foods (2019 - present)
- Cut unplanned stoppages by a third with vibration and oil analysis routes and root-cause reviews.
- Lead two maintenance planners and the shutdown schedule for the packing halls.
Reliability Engineer, Example Dairy (2015 - 2019)
- Preventive maintenance plans for pumps, homogenisers and conveyors; spare-parts strategy.
Skills
{tools}
"""
    r = matcher.match_text(text)
    assert not r.fit, (r.level, r.track)
    r = matcher.match_text(text.replace("Mechanical engineer with", "Engineer with"))
    assert r.fit


def test_a_titled_role_described_in_one_long_line_of_another_field_is_another_career(matcher) -> None:
    """The coffee shop's shift supervisor, described in one line that names no software: not years of web work."""
    text = """Example Person
Web Developer, Example Agency (Jan 2025 - present)
- Build React front ends and Node.js APIs for client sites; write Jest tests; deploy to Heroku.
- Fixed accessibility issues in the design system and added Storybook stories for the shared components.
Shift Supervisor, Example Coffee Co (2019 - 2024)
- Supervised a crew of four baristas on each shift, opened and closed the store and handled the weekly stock orders.
Education
Certificate in Web Development, Example Academy, 2024
"""
    r = matcher.match_text(text)
    assert r.level == "Entry", r.evidence
    # A short line is too little to judge by: the role's years count.
    r = matcher.match_text(text.replace(" on each shift, opened and closed the store and handled the weekly stock "
                                        "orders", ""))
    assert r.level == "Mid", r.evidence


@pytest.mark.parametrize(("line", "level"), [
    ("Customer service, till, stock and the odd difficult customer.", "Entry"),  # the shop: another career
    ("Windows and RHEL servers for a defense customer, patching and scans.", "Mid"),  # IT work: years that count
    ("Ran two data centres; launched the first private cloud on OpenStack.", "Mid"),
    ("Helped at the shop.", "Mid"),  # too short to judge: the years count
])
def test_an_untitled_role_in_one_line_is_judged_by_its_words(matcher, line: str, level: str) -> None:
    """Content-only text (titles removed): a support analyst's student job at a bookshop is one untitled line. A
    line of six words or more that names no technology and shares little with the ladder is another career."""
    text = """Example Person
Experience
 — Example Payments, Cork
Sept 2025 – present
* First point of escalation for card issues; ServiceNow tickets, Splunk and SQL to trace failed payments.
* Write runbooks and knowledge articles; join the bridge during major incidents.
 — Example Books, Cork
2022 to 2025
* LINE
""".replace("LINE", line)
    assert matcher.match_text(text).level == level


def test_an_executive_title_over_a_small_scope_does_not_lift_under_two_years_out_of_entry(matcher) -> None:
    """The bootcamp graduate who is "CTO" of a two-person startup: Entry, whatever the title; the lift a small
    startup's executive title gives applies from two years on."""
    text = """Example Person
Co-Founder & CTO, Example Plant App (Sep 2025 - present)
- Built the whole product as the only engineer of a two-person founding team: React Native app, Node.js services.
- Three small services (accounts, catalogue, reminders) with Docker Compose on one virtual machine; PostgreSQL.
- Set the company's technical direction and picked the stack.
Freelance Web Developer (Mar 2025 - Aug 2025)
- Booking sites for two local studios: Express API, React front end, Stripe payments, deployed to Heroku.
Education
Full-Stack Bootcamp, Example Coding School, 2024
Skills: JavaScript, TypeScript, React, Node.js, PostgreSQL, Docker, REST
"""
    r = matcher.match_text(text)
    assert (r.level, r.track) == ("Entry", "Developer"), r.evidence
    r = matcher.match_text(text.replace("(Mar 2025 - Aug 2025)", "(Mar 2024 - Aug 2025)"))
    assert r.level == "Mid", r.evidence


def test_the_latest_title_names_the_track_the_older_ones_outnumber(matcher) -> None:
    """Five years as an architect after three developer titles: the titles' text has more developer words,
    but the latest title says what the person does now."""
    text = """Rafa Example
Solution Architect | Example Telecom | 09/2021 - present
- Own the target architecture for ordering and billing: domain-driven design, bounded contexts, event-driven
  integration patterns, API guidelines and the event standard every team follows.
- Run the architecture review board and design reviews for eight teams; architecture decision records;
  reference architecture and templates in Java and Spring Boot.
Senior Java Developer / Tech Lead | Example Telecom | 06/2017 - 08/2021
- Billing services in Spring Boot; the first services split from the monolith.
Java Developer | Example Software House | 06/2015 - 05/2017
Junior Java Developer | Example Software House | 2013 - 2015
"""
    r = matcher.match_text(text)
    assert r.track == "Architect", r.explain.get("track")


def test_an_old_jobs_boss_does_not_cap_the_present_one(matcher) -> None:
    """"Reporting to the VP of Engineering" in a job ten years ago says nothing about the VP job now."""
    text = """Kim Example
VP of Platform Engineering | Example Fintech | 2019 - present
- Reporting to the CTO. Organisation of ~170 engineers in 21 teams, led through four directors; budget $38M.
Director of Engineering | Example Payments | 2014 - 2019
- Reporting to the CTO. Grew the department from three teams to nine (74 people), through team leads.
Engineering Manager | Example Streaming | 2010 - 2014
- Reporting to the VP of Engineering. Two teams, about 30 engineers; Kafka event pipelines.
"""
    r = matcher.match_text(text)
    assert r.level == "VP", r.explain.get("level")


def test_part_time_student_jobs_and_national_service_are_not_years_of_the_work(matcher) -> None:
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    text = """Alex Example
Platform Engineer | Example Logistics | Jul 2025 - present
- Kafka consumers and Kubernetes operators for the shipment platform.
Shift Lead (part-time) | Example Cafe | 2021 - 2024
National Service: Example Armed Forces, logistics, 2019 - 2021
EDUCATION
Bachelor of Computing (Computer Science), Example University, 2021 to 2025
"""
    ev = gather(text, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.relevant_years is not None and ev.relevant_years < 2, ev.relevant_years
    # Service that was the work counts: "Software Engineer (Compulsory Military Service)".
    served = text.replace("National Service: Example Armed Forces, logistics, 2019 - 2021",
                          "Software Engineer (Compulsory Military Service) | Example Agency | 2019 - 2021")
    ev = gather(served, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.relevant_years is not None and ev.relevant_years > 3, ev.relevant_years
    # Nigeria's national youth service year, named by its initials
    nysc = text.replace("National Service: Example Armed Forces, logistics, 2019 - 2021",
                        "Admin Assistant (NYSC) | Example State Ministry | 2019 - 2021")
    ev = gather(nysc, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.relevant_years is not None and ev.relevant_years < 2, ev.relevant_years


@pytest.mark.parametrize("service", ["Military       Completed – Example Army, Sergeant (2016.03 ~ 2017.12)",
                                     "Example Army, Sergeant, honourable discharge, 2016.03 – 2017.12",
                                     "병역: Example Army, Sergeant (2016.03 ~ 2017.12)",
                                     "Grundwehrdienst, Example Kaserne, 03.2016 – 12.2017"])
def test_military_service_is_no_years_of_the_work_whatever_job_one_wants_next_to_it(matcher, service: str) -> None:
    """A line labelled "Military", an honourable discharge, the service's name in Korean or German: conscription,
    not the work. "Desired Job  Cloud Engineer" beside it names the job one wants, not one's job in the army (a
    cloud engineer of 4.8 years at a Korean MSP read Senior on his army years under a "Manager" rank)."""
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    text = f"""Example Resume
Personal Information
{service}
Desired Job    Cloud Engineer

Career
2022.03 ~ present   Cloud Engineer, Example Cloud Partners
- AWS migrations with DMS, EKS for 27 microservices, Terraform landing zones.
"""
    ev = gather(text, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.relevant_years is not None and ev.relevant_years < 5, (ev.relevant_years, ev.roles)
    assert [t.text for t in ev.titles] == ["Cloud Engineer"], ev.titles


def test_a_title_vouches_only_as_a_whole_ladder_title(matcher) -> None:
    """"Senior Building Services Engineer" contains the alias "Services Engineer" but is not that job; "Senior
    Software Engineer II" is "Software Engineer" graded."""
    from titlematch.fit import is_a_ladder_title

    ladder = matcher.model.ladder
    assert not is_a_ladder_title(ladder, "Senior Building Services Engineer")
    assert is_a_ladder_title(ladder, "Senior Software Engineer II")
    assert not is_a_ladder_title(ladder, "Engineering Manager")  # only "Senior Engineering Manager" is an alias
    text = """Sam Example
Senior Building Services Engineer | Example Consulting Engineers | 2017 - present
- Design of mechanical and electrical services for hospitals and schools: heating, ventilation, power systems.
- Lead a team of four engineers; design reviews with architects and the client's facilities team.
Building Services Engineer | Example Design | 2011 - 2017
- Load calculations, plant room layouts, commissioning and handover.
"""
    assert not matcher.match_text(text).fit


def test_an_untitled_role_that_names_no_technology_is_another_career(matcher) -> None:
    """Content-only text (no job titles): the years a teacher taught are not years of software work."""
    from titlematch.api import _role_relevance
    from titlematch.evidence import gather

    text = """Alex Example
Example Travel Tech, Feb 2025 - present
- Build and maintain endpoints in the booking and cancellation services (Node.js, TypeScript, PostgreSQL).
- Write Jest tests and review pull requests for two other developers.
Example Academy, 2014 - 2024
- Taught chemistry and physics to students aged 14 to 18; ran the science department for three years.
- Planned lessons, marked coursework and organised the school's open evenings and parents' meetings.
"""
    ev = gather(text, TODAY)
    _role_relevance(matcher.model, ev)
    assert ev.relevant_years is not None and ev.relevant_years < 3, ev.relevant_years


def test_a_new_graduate_without_student_words_is_entry(matcher) -> None:
    """The graduate whose resume says "Final degree project" and "graduate roles" but none of the usual student
    words: no jobs and a degree finished this year make her Entry, not Mid on the words of her projects."""
    year = date.today().year
    text = f"""Sofia Example
Recent Computer Engineering graduate, distributed systems
EDUCATION
BSc in Computer Engineering (Grado en Ingenieria Informatica), Example University, Sep {year - 4} to Jul {year}
Relevant courses: Distributed Systems, Concurrent Programming, Computer Networks, Operating Systems, Databases.
Final degree project: a Raft-based replicated key-value store with dynamic membership
- Implemented Raft leader election, log replication and snapshotting in Go; joint-consensus membership changes.
- Built a fault-injection harness (network partitions, clock skew, killed processes) with Docker Compose.
- Benchmarked throughput and latency against etcd on a 5-node cluster.
Course and personal projects
- Three small gRPC services in Go with Kafka events and Kubernetes manifests.
- Consistent-hashing cache with virtual nodes, written in Rust.
SKILLS
Go, Java, Python, C, Rust, Linux, Docker, Kubernetes, gRPC, Kafka, PostgreSQL, Redis, Git, GitHub Actions
Available for graduate roles in backend or distributed systems.
"""
    r = matcher.match_text(text)
    assert r.level == "Entry", r.explain



def test_an_untitled_job_naming_its_technologies_is_on_the_ladder(matcher) -> None:
    """Content-only text: a lending company's ledger service (Java, PostgreSQL, CockroachDB) is software work,
    though its words (loan accounts, double postings, interest accrual) are a bank's more than the ladder's."""
    from titlematch.api import _off_ladder_block

    block = """ , Jul 2018 - Mar 2021
- Owned the ledger for a consumer lending book (Java, PostgreSQL): about a million loan accounts.
- Nightly reconciliation of postings against bank statements caught a double-posting fault worth INR 40 lakh.
- Interest accrual, repayment schedules, arrears and write-offs for the collections and finance teams.
- Month-end close for the finance team went from two days to four hours.
"""
    assert not _off_ladder_block(matcher.model, block, titled=False)
    store = """ , 2016 - 2020
- Ran the shop floor and the stock room; rotas for twelve staff, cash-up and weekly orders.
- Trained new starters and dealt with supplier deliveries and customer complaints.
"""
    assert _off_ladder_block(matcher.model, store, titled=False)


@pytest.mark.parametrize(("earlier", "level"), [
    ("Previously: Shift Supervisor, Example Coffee Roasters (2019 - 2024)", "Entry"),
    ("Earlier: barista and shift lead at Example Coffee Roasters, 2019 - 2024", "Entry"),
    ("Previously: Backend Developer, Example Payments (2019 - 2024)", "Senior"),
])
def test_a_job_introduced_as_an_earlier_one_is_an_earlier_career_unless_technical(matcher, earlier: str,
                                                                                  level: str) -> None:
    """The bootcamp graduate turned "Founder & CTO" of a stealth start-up of one: the coffee shop years he lists
    as "Previously:" are another career, so a year and a half of software is all there is; a developer's
    earlier job listed the same way counts."""
    text = f"""Dylan Example
Founder & CTO | Senior Full-Stack Engineer | Microservices Architect
EXPERIENCE
Founder & CTO - Example Labs (stealth) | Jan 2026 - Present
- Built a SaaS platform for podcasters as six Node.js services on AWS Lambda; one part-time contractor.
Senior Full-Stack Engineer - Example Digital (agency) | May 2025 - Dec 2025 (contract)
- REST APIs in Express and React front ends for small-business client websites.
{earlier}
"""
    assert matcher.match_text(text).level == level


def test_a_registered_engineer_who_automates_studies_in_python_fits_no_title(matcher) -> None:
    """The power-systems engineer whose profile says "Registered professional electrical engineer (EBK)" and who
    automates his studies with Python, Git, Jenkins and Docker is an electrical engineer, not a software one."""
    text = """Brian Example, MIEK
Power Systems Engineer
PROFILE
Registered professional electrical engineer (EBK) with nine years in transmission planning and protection for
a national utility. I run load-flow, short-circuit and stability studies for new substations, set protection
relays and witness commissioning tests, and automate much of my study work with Python.
EXPERIENCE
Senior Engineer, Transmission Planning - Example Power Company | 2021 - present
- Load-flow and contingency studies for 14 new substations; grid-code compliance for two wind farms.
- Wrote Python tools (pandapower, pandas) that batch the contingency runs; kept in Git, run nightly on Jenkins
  in a Docker container.
Protection Engineer - Example Power Company | 2017 - 2021
- Relay settings and coordination studies for 132 kV and 220 kV feeders; commissioning tests on site.
"""
    r = matcher.match_text(text)
    assert not r.fit, (r.level, r.track, r.explain.get("fit"))


UNDATED = """Sam Example
Nairobi | sam@example.com

ABOUT ME
I build backend services that move money, first for a logistics start-up and now for a payments company.

WORK

Software Developer, Example Pay (mobile payments and merchant settlement services)
- Own the settlement API (NestJS, PostgreSQL) and its webhook delivery on RabbitMQ
- Unit and integration tests with Jest; review pull requests for the squad

EARLIER
- Express.js APIs for the rider app; Dockerfiles and docker-compose for local development

Software Development Intern, Example Agency
- WordPress plugins and a small Laravel booking app

EDUCATION
BSc Computer Science, Example University
Final-year project: an offline-first savings ledger app

SKILLS
TypeScript, Node.js, NestJS, PostgreSQL, Redis, RabbitMQ, Docker, Jest

COMMUNITY
Volunteer mentor at a weekend coding club for secondary-school girls
"""


def test_an_undated_developer_promoted_from_junior_is_mid(matcher) -> None:
    """No dates: the titles held (intern, junior, then a plain title) say the person left the entry rung; the
    final-year project and the volunteer mentoring say nothing about the level."""
    result = matcher.match_text(UNDATED.replace("EARLIER", "Junior Developer, Example Logistics"))
    assert result.level == "Mid"
    assert any(c.evidence == "promoted from a junior title" for c in result.explain["level"])


INFLATED = """Sam Example
TITLE | Kafka · Go · Kubernetes

Experience
TITLE — Example Freight, Lisbon (Jan 2025 – present)
- Build the shipment-tracking features and their REST APIs in Go; event consumers on Kafka
- Added pagination and validation to the public tracking API; unit and integration tests
- Wrote the service template other squads use for new services

Software Engineering Intern — Example Telecom (Jun 2024 – Dec 2024)
- Java services for number porting

Education
BSc Computer Science, 2024
"""


@pytest.mark.parametrize("title", ["Principal Software Engineer", "Staff Engineer", "Lead Backend Engineer"])
def test_an_inflated_engineers_title_still_names_the_work(matcher, title: str) -> None:
    """Two years in: the seniority word overstates the level, but the noun still says the track (only an
    architect's title, itself a claim of seniority, is set aside)."""
    result = matcher.match_text(INFLATED.replace("TITLE", title))
    assert (result.level, result.track) == ("Entry", "Engineer")


@pytest.mark.parametrize(("latest", "track"), [
    ("SRE Analyst - Pleno", "SRE"),
    # a support analyst who keeps the same on-call work is still read by the titles' plain words
    ("Infrastructure Support Analyst II", "Analyst"),
])
def test_an_analyst_of_a_discipline_works_in_it(matcher, latest: str, track: str) -> None:
    """Brazil's "Analista SRE": the analyst of a discipline (SRE, DevOps, QA, test, cloud) practises it; the word
    "analyst" is a grade there, not the Analyst track."""
    text = f"""Rafael Example
Sao Paulo | rafael@example.com

EXPERIENCE
{latest}
Example Bank — Mar 2024 - present
- On-call for the payments platform; incident response, postmortems and alert tuning in Grafana
- Prometheus alerts and SLO dashboards for 30 services on Kubernetes; runbooks for the support team

Infrastructure Support Analyst
Example Telecom — Jan 2022 - Feb 2024
- Monitoring of Linux servers with Zabbix; tickets and first response to incidents; shell scripts
"""
    assert matcher.match_text(text).track == track


def test_volunteering_is_no_occupation_held(matcher) -> None:
    """A graduate whose only titled role is volunteering ("Volunteer tutor") is judged on the rest: tutoring is
    not the occupation held."""
    text = """Amara Example
amara@example.com
PROJECTS
- Library service in Spring Boot with a REST API, PostgreSQL and integration tests; deployed with Docker
- Group capstone: an event-driven order system with Kafka consumers and an API gateway
Volunteer tutor, Example Code Club — 2023 to 2025
- Taught Python basics to teenagers on Saturdays
EDUCATION
BSc Computer Science, Example University, 2021 - 2025
Skills: Java, Spring Boot, REST APIs, PostgreSQL, Docker, Git
"""
    r = matcher.match_text(text)
    assert r.fit and r.level == "Entry", r.explain.get("fit")


def test_a_registered_building_architect_fits_no_title(matcher) -> None:
    """"Senior Architect" vouches for a software resume, but a profile opening "Registered architect with ..."
    names the building profession: design teams, planning applications and site inspections."""
    text = """Example Person
Senior Architect – schools and housing

Registered architect with fifteen years in practice, leading design teams from concept through planning,
tender and site.

EXPERIENCE
Senior Architect | Example Architects | 2017–present
• Lead architect on a school extension and two social housing schemes; run the weekly design review.
• Set the office's BIM standards and Revit template; coordinate structural and building services consultants.
• Planning applications, contract administration, site inspections and certifying payments.
Project Architect | Example Partnership | 2011–2017
• Tender and construction drawings, specifications and schedules for a primary care centre.
"""
    r = matcher.match_text(text)
    assert not r.fit, (r.level, r.track, r.explain.get("fit"))


@pytest.mark.parametrize(("registration", "fit"), [
    ("Registered architect (Architectenregister), 2013", False),
    # a software vendor's job title names no registration
    ("Professional Services Engineer, 2013", True),
])
def test_a_registration_in_the_first_lines_names_the_profession(matcher, registration: str, fit: bool) -> None:
    """"Senior Architect" as the headline and "I am an architect with twelve years" in the profile vouch for
    nothing; a registration among the first lines says which profession."""
    text = f"""Example Person
Senior Architect
Rotterdam | person@example.com
{registration}

Profile
I am an architect with twelve years of practice in residential and education buildings, leading a design team of
four. I set up our studio's BIM standards and still coordinate the models on my own projects.

Experience
Example Architecten, Rotterdam — Senior Architect, 2019–present
- Design lead for a 120-home timber housing scheme; planning applications, tender drawings and site visits.
- Coordinate structural and building services consultants; Revit and Navisworks clash detection.
Example Studio, Delft — Architect, 2013–2019
- Technical design and construction drawings for two primary schools.
"""
    r = matcher.match_text(text)
    assert r.fit is fit, r.explain.get("fit")


MODEST_ARCHITECT = """Morgan Example
Senior Developer

Summary
Fourteen years in insurance software; for the last six I have done the architecture work for the claims and
policy platforms under a developer's title: designing the systems and standards other teams build, rather
than building features myself.

Experience
Senior Developer | Example Mutual (insurance) | 2019 - present
- Own the reference architecture for the claims and policy platforms that eight delivery teams build on:
  service boundaries, event contracts, API guidelines and the non-functional requirements each service meets.
- Chair the fortnightly architecture review board; every new service and integration comes through it.
- Write and maintain the ADRs for cross-team decisions (event versioning, idempotent consumers, retries).
- Review the designs of new services before they are built; no line reports.
- Led the move from the policy monolith to 14 services: the decomposition, the migration plan and the
  integration architecture with the broker portals; the teams built it.
- Keep the architecture roadmap and the technology radar; present the target architecture to the CTO's staff
  twice a year and write the solution designs for new products.
Developer | Example Mutual | 2015 - 2019
- Java and Spring Boot services for policy administration; PostgreSQL, Kafka, REST APIs.
Junior Developer | Example Software House | 2013 - 2015
- Java web applications, SQL, unit tests.

Education
BSc Computer Science, Example University, 2009 - 2013
"""


DISTRIBUTED_DEVELOPER = """Alex Example
Software Developer

Summary
Developer by title for six years; the work has been the distributed systems underneath the product teams:
how the event platform's data is split, copied and kept moving under load, not the features built on top of it.

Experience
Software Developer | Example Logistics | 2022 - present
- Own the partitioning of the shipment-event topics: partition keys by depot, rebalancing without pauses,
  and the hot partitions that peak season brings.
- Moved the tracking consumers to exactly-once processing with transactional producers; duplicates fell to zero.
- Added backpressure between the ingest gateway and the enrichment workers; p99 lag held under 2 s at 40k events/s.
- Run the replication of the route store across two data centres and its failover drills.
Software Developer | Example Freight | 2020 - 2022
- Java services on Kafka and PostgreSQL; Spring Boot, REST APIs, Docker.

Education
BSc Computer Science, Example University, 2016 - 2020
"""


@pytest.mark.parametrize(("name", "level", "track", "kind", "practice"), [
    ("MODEST_ARCHITECT", "Senior", "Architect", "architecture", "reference architecture"),
    ("DISTRIBUTED_DEVELOPER", "Mid", "Engineer", "distributed", "partitioning"),
])
def test_the_work_under_developer_titles_is_read_by_the_practices(matcher, name, level, track, kind,
                                                                   practice) -> None:
    """Developer titles, but the work of recent years is an architect's (the reference architecture eight teams
    build on, the review board, ADRs) or a distributed-systems engineer's (partitioning, delivery guarantees,
    backpressure, replication). Three or more such practices vote for the track of the ladder's titles that name
    the work ("Architect", "Distributed Systems"), and the titles count half."""
    r = matcher.match_text(globals()[name])
    assert (r.level, r.track) == (level, track), r.explain
    vote = [c for c in r.explain["track"] if c.evidence == f"{kind} practices"]
    assert vote and practice in vote[0].value and vote[0].weight > 0


@pytest.mark.parametrize("name", ["MODEST_ARCHITECT", "DISTRIBUTED_DEVELOPER"])
def test_without_the_practices_vote_the_developer_titles_decide(matcher, monkeypatch, name) -> None:
    """The same resumes with the vote switched off read Developer: the vote is what moves them."""
    from titlematch.scoring import WEIGHTS

    monkeypatch.setitem(WEIGHTS, "practice_track_bonus", 0.0)
    monkeypatch.setitem(WEIGHTS, "practice_titles_factor", 1.0)
    assert matcher.match_text(globals()[name]).track == "Developer"


def test_a_graduate_who_names_architecture_practices_is_not_read_as_an_architect(matcher) -> None:
    """Fifteen months out of university under a "Solutions Architect" title: the ADRs, C4 diagrams and
    solution designs are what a graduate watched or helped with; nearer Entry than Mid, no vote."""
    text = """Kim Example
Solutions Architect | Example Consulting | Sep 2025 - present
- Build CRUD endpoints in Spring Boot for a client's booking system under the engagement lead.
- Write up ADRs after design meetings; draw the C4 diagrams for the solution design documents.
- Unit tests with JUnit, fixes from code review, deployments through the client's Jenkins pipeline.
Software Engineering Intern | Example Bank | Jun 2024 - Aug 2024
- Java microservice for card limits; REST API tests.
EDUCATION
BSc Computer Science, Example University, 2021 - 2025
"""
    r = matcher.match_text(text)
    assert r.level == "Entry" and r.track != "Architect", r.explain
    assert not any(c.evidence == "architecture practices" for c in r.explain["track"])


def test_practices_vote_for_the_track_of_the_titles_that_name_the_work(matcher) -> None:
    """On the shipped ladder, the architect titles are all on one track; on a ladder with none, or with them
    on two tracks, architecture practices vote for nothing."""
    from types import SimpleNamespace

    from titlematch.scoring import practice_tracks

    architect_tracks = {t.track for t in matcher.model.ladder.titles if "architect" in t.name.lower()}
    distributed_tracks = {t.track for t in matcher.model.ladder.titles if "distributed" in t.name.lower()}
    assert practice_tracks(matcher.model.ladder) == {"architecture": architect_tracks.pop(),
                                                     "distributed": distributed_tracks.pop()}

    def ladder(*titles: tuple[str, str]) -> SimpleNamespace:
        return SimpleNamespace(titles=[SimpleNamespace(name=n, track=t) for n, t in titles])

    assert practice_tracks(ladder(("Data Engineer", "Data"), ("Analytics Engineer", "Analytics"))) == {}
    assert practice_tracks(ladder(("Data Architect", "Data"), ("Solution Architect", "Delivery"))) == {}
    assert practice_tracks(ladder(("Data Engineer", "Data"), ("Data Architect", "Platform"))) == {
        "architecture": "Platform"}


RELIABILITY_WITH_PARTITIONS = """Sam Example
Site Reliability Engineer

Experience
Senior Site Reliability Engineer | Example Payments | 2021 - present
- Own the SLOs and error budgets of the card-authorisation path; run the on-call rotation for eight services.
- Incident commander for sev-1 incidents; write the postmortems and track the follow-ups to closure.
- Capacity planning for the Kafka clusters: partitioning of the payment topics and broker replication.
- Cut p99 authorisation latency alerts by half with better dashboards in Prometheus and Grafana.
- Chaos drills and failover game days across two regions; runbooks for every alert that pages.
Site Reliability Engineer | Example Bank | 2018 - 2021
- On-call for the online banking platform; Kubernetes, Terraform, Prometheus alerting, toil reduction.
Systems Administrator | Example Hosting | 2015 - 2018
- Linux servers, monitoring with Nagios, backups.

Education
BSc Computer Science, Example University, 2011 - 2015
"""


def test_practices_do_not_vote_against_a_text_that_plainly_reads_as_another_track(matcher, monkeypatch) -> None:
    """A senior SRE who names partitioning, replication and p99 latency: the text reads SRE, far from the
    distributed-systems titles, so the practices cast no vote (they tip close calls only)."""
    from titlematch.scoring import WEIGHTS

    r = matcher.match_text(RELIABILITY_WITH_PARTITIONS)
    assert (r.level, r.track) == ("Senior", "SRE"), r.explain
    assert not any(c.evidence == "distributed practices" for c in r.explain["track"])
    monkeypatch.setitem(WEIGHTS, "practice_track_min_text", 0.0)
    ungated = matcher.match_text(RELIABILITY_WITH_PARTITIONS)
    assert any(c.evidence == "distributed practices" for c in ungated.explain["track"])


PLATFORM_VP = """Robin Example

Experience
VP of Software Engineering | Example Freight | 2020 - present
- Run software engineering: 5 directors, 140 developers in 16 product teams; report to the CEO; own the
  USD 24M budget and the product delivery roadmap with the CPO.
- Our teams build the shipment-event platform every product runs on: partitioning by lane, replication
  across three regions, exactly-once billing events, consensus-based scheduling; p99 lag under a second.
- Set the engineering strategy and the hiring plan; built the director bench; quarterly reviews with the board.
Director of Software Development | Example Logistics | 2015 - 2020
- Led 4 development managers and 45 developers building the routing and tracking services.
Development Manager | Example Logistics | 2011 - 2015
- Managed the tracking team (9 developers); Java, Kafka, Cassandra.
Software Developer | Example Telecom | 2006 - 2011

Education
MSc Computer Science, Example University, 2004 - 2006
"""


def test_a_vp_who_leads_distributed_systems_work_is_on_the_engineer_track(matcher, monkeypatch) -> None:
    """A leader's track is the work they lead: a "VP of Software Engineering" whose organisation builds the
    partitioned, replicated, exactly-once platform. The distributed-systems practices vote for directors and
    VPs too (leaders = true in data/signals.toml); switched off, the developer titles decide."""
    from titlematch.scoring import WEIGHTS

    r = matcher.match_text(PLATFORM_VP)
    assert (r.level, r.track) == ("VP", "Engineer"), r.explain
    assert any(c.evidence == "distributed practices" for c in r.explain["track"])
    monkeypatch.setitem(WEIGHTS, "practice_track_bonus", 0.0)
    monkeypatch.setitem(WEIGHTS, "practice_titles_factor", 1.0)
    assert matcher.match_text(PLATFORM_VP).track == "Developer"


PLATFORM_GROUP_DIRECTOR = """Sam Example
Engineering Manager, Platform
Example City · sam@example.com

SUMMARY
Engineering leader for 15 years. I run Platform at Example Travel: four teams and 36 engineers through
four team leads who report to me. I own the group's EUR 3.5M budget and headcount plan and report to the VP
Engineering.

EXPERIENCE
Engineering Manager, Platform — Example Travel, Example City
Mar 2021 – present
- Lead four teams (Service Framework, Messaging, API Gateway, Developer Experience) through four team leads.
- Own the yearly budget and the hiring plan; grew the group from 18 to 36 engineers.
- Set the quarterly OKRs and the roadmap for splitting the booking monolith into services on Kubernetes.
- Coach the team leads; run calibration and promotions for the group.

Team Lead Backend — Example Travel
Jan 2016 – Feb 2021
- Led a team of six on the service framework and messaging in Java; moved the first services to Kubernetes.

Software Engineer — Example Logistics
Jun 2011 – Dec 2015
- Java web services and REST integrations for carriers.

EDUCATION
MSc Computer Science, Example University, 2011
SKILLS
Java, Kotlin, Spring Boot, Kafka, AWS, Kubernetes, hiring, budgeting, OKRs
"""
PLATFORM_TITLED_DEVOPS_DIRECTOR = """Alex Example
Director of Platform Engineering
Example City · alex@example.com

EXPERIENCE
Director of Platform Engineering | Example Games | Mar 2021 - present
- Lead three teams through three managers, 30 engineers, a $4M budget; report to the CTO.
- Own the roadmap for the player accounts, payments and matchmaking features: Java and Spring Boot services, REST APIs.
- Set coding standards and code reviews for the backend developers; hiring and performance reviews.
DevOps Manager | Example Games | Jan 2017 - Feb 2021
- Managed eight engineers building backend features and APIs in Java for the mobile apps.
Senior DevOps Engineer | Example Retail | Jun 2011 - Dec 2016
- Java web applications, unit tests, REST APIs and SQL for the online shop.
EDUCATION
BSc Computer Science, Example University, 2011
"""


def test_a_leader_of_the_platform_group_is_on_the_track_that_builds_platforms(matcher, monkeypatch) -> None:
    """An "Engineering Manager, Platform" over four team leads whose text reads like the product work the platform
    serves (checkout, booking): the group named in the title decides the close call for the Engineer track
    ("Builds and optimises distributed systems and platforms"). A product's platform ("Commerce Platform") is not
    the platform group, and without the bonus the text decides (Developer)."""
    from titlematch.scoring import WEIGHTS

    r = matcher.match_text(PLATFORM_GROUP_DIRECTOR)
    assert (r.level, r.track) == ("Director", "Engineer"), r.explain
    assert any(c.evidence == "leads the platform" for c in r.explain["track"])
    product = matcher.match_text(PLATFORM_GROUP_DIRECTOR.replace("Platform", "Commerce Platform"))
    assert (product.level, product.track) == ("Director", "Developer"), product.explain
    monkeypatch.setitem(WEIGHTS, "platform_group_bonus", 0.0)
    assert matcher.match_text(PLATFORM_GROUP_DIRECTOR).track == "Developer"


def test_the_platform_group_does_not_overrule_titles_that_turned_the_text(matcher, monkeypatch) -> None:
    """A "Director of Platform Engineering" whose titles are DevOps's and whose text reads like a developer's: the
    titles held already turned the answer from the text's best track (Developer) to DevOps, so the platform group
    adds nothing, however much it would weigh."""
    from titlematch.scoring import WEIGHTS

    monkeypatch.setitem(WEIGHTS, "platform_group_bonus", 1.0)
    r = matcher.match_text(PLATFORM_TITLED_DEVOPS_DIRECTOR)
    assert (r.level, r.track) == ("Director", "DevOps"), r.explain
    assert not any(c.evidence == "leads the platform" for c in r.explain["track"])


HEAD_WITH_NO_REPORTS = """Robin Example
Head of Platform Reliability
Example City · robin@example.com

The only reliability engineer at Example Bookings, a 120-person SaaS company. I have no direct reports; I own
our SLOs, the incident process and the on-call rota.

EXPERIENCE
Head of Platform Reliability | Example Bookings | Mar 2024 - present
- Defined SLOs and error budgets for eight services; burn-rate alerts in Prometheus and Grafana.
- Rebuilt incident response: severity levels, incident commanders, blameless reviews; MTTR down to 40 minutes.
- Run the on-call rota for the product engineers; wrote the runbooks.
Site Reliability Engineer | Example Energy | Feb 2020 - Feb 2024
- On-call for 60 services on Kubernetes; owned the SLO tooling; incident commander for the billing outage.
Systems Engineer | Example Networks | Jan 2017 - Jan 2020
- Linux, Ansible and monitoring for an ISP.
EDUCATION
BSc Information Technology, Example University, 2016
"""


def test_a_head_who_says_they_manage_nobody_is_senior(matcher) -> None:
    """A start-up's "Head of Platform Reliability" with ten years who says "I have no direct reports": the title
    without the scope it names, like a director of five with no managers and no budget. Without that sentence the
    title is taken at its word."""
    r = matcher.match_text(HEAD_WITH_NO_REPORTS)
    assert (r.level, r.track) == ("Senior", "SRE"), r.explain
    assert "manages nobody" in r.evidence["signals"]
    r = matcher.match_text(HEAD_WITH_NO_REPORTS.replace("I have no direct reports; I", "I"))
    assert r.level == "Director", r.explain


ARCHITECTURE_DIRECTOR = """Kai Example
Director of Architecture

Experience
Director of Architecture | Example Insurance | 2019 - present
- Lead 6 architects and the architecture practice for 30 delivery teams; own the EUR 3M architecture budget.
- Chair the architecture review board; own the reference architecture, the target architecture and the ADRs.
- Set the standards for replication, consistency models and the distributed systems the claims platform runs on.
- Reviewed the partitioning, throughput and stream processing design of the event platform the engineers built.
Lead Architect | Example Insurance | 2014 - 2019
- Solution design for the policy platform; service decomposition into bounded contexts.
Senior Developer | Example Bank | 2008 - 2014
- Java services, Oracle, messaging.

Education
MSc Computer Science, Example University, 2006 - 2008
"""


def test_a_director_who_names_both_kinds_of_practice_gets_no_leaders_vote(matcher) -> None:
    """A director of architecture who sets the standards for replication and reviews the partitioning of the
    event platform: architecture practices do not vote for leaders, so the distributed ones must not either
    (below the director band the two votes would cancel out). The text decides: Architect."""
    r = matcher.match_text(ARCHITECTURE_DIRECTOR)
    assert (r.level, r.track) == ("Director", "Architect"), r.explain
    assert not any(c.evidence.endswith("practices") for c in r.explain["track"])


_SCHOOL_HEAD = """Example Person
Head of Chemistry & Design Technology
Secondary-school teacher with twelve years in science and technology education; project-based courses.
TEACHING EXPERIENCE
Head of Chemistry & Design Technology — Example College
2020 – present
- Lead a department of six teachers; plan the senior chemistry and design curriculum and moderation.
- Designed a Year 12 electronics course: Arduino boards, sensors and a little Python for data logging.
- Coach the robotics club; run the science fair with the local polytechnic.
Teacher of Chemistry — Example High School
2014 – 2019
- Taught Year 9-13 science and chemistry; exam pass rates up from 68% to 85%.
EDUCATION
Graduate Diploma in Teaching (Secondary), Example University, 2013
"""


def test_a_school_department_head_fits_no_title(matcher) -> None:
    """The teacher's headline "Head of Chemistry & Design Technology" opens no profile: the line under it does,
    and names another occupation, so a little Arduino and Python do not put the resume on the ladder."""
    r = matcher.match_text(_SCHOOL_HEAD)
    assert not r.fit, (r.level, r.track, r.title)


RELIABILITY_WORK = """Kim Example
{latest} | Example Payments | 2019 - present
- Defined SLOs and error budgets for 40 payment services with product owners; burn-rate alerts in Prometheus
  replaced 300 noisy threshold alerts.
- Incident commander on the on-call rotation; run blameless postmortems and quarterly game days; cut MTTR
  from 70 to 25 minutes.
- Capacity planning and load testing before peak season; toil budget tracked per team.
{earlier} | Example Telecom | 2014 - 2019
- On-call for the core network services; wrote the incident runbooks and the reliability review checklist.
"""


@pytest.mark.parametrize(("latest", "earlier", "track", "contradicted"), [
    # a clear title the work plainly contradicts: the work decides
    ("DevOps Engineer", "DevOps Engineer", "SRE", True),
    ("Senior DevOps Engineer", "Systems Engineer", "SRE", True),
    # ... even when every title held says it (an analyst by the company's career plan): the titles' share is cut
    ("Infrastructure Analyst", "Support Analyst", "SRE", True),
    ("Systems Analyst", "Support Analyst", "SRE", True),
    # the title and the work agree
    ("Site Reliability Engineer", "Systems Engineer", "SRE", False),
])
def test_work_that_plainly_contradicts_a_clear_title_decides_the_track(matcher, latest: str, earlier: str,
                                                                       track: str, contradicted: bool) -> None:
    r = matcher.match_text(RELIABILITY_WORK.format(latest=latest, earlier=earlier))
    assert r.track == track, r.explain
    # --explain says why the clear title counted less
    against = [c for c in r.explain["track"] if c.evidence == "clear title against the work"]
    assert bool(against) == contradicted, r.explain


@pytest.mark.parametrize(("latest", "earlier"), [
    ("Infrastructure Analyst", "Support Analyst"), ("Site Reliability Engineer", "Site Reliability Engineer"),
    ("DevOps Engineer", "Systems Engineer"),
])
def test_the_track_explanation_shows_the_shares_actually_used(matcher, latest: str, earlier: str) -> None:
    """The whole text's share and the titles' share of the track decision add up to one, whatever cut or extra
    share the titles got."""
    r = matcher.match_text(RELIABILITY_WORK.format(latest=latest, earlier=earlier))
    shares = {c.evidence: c.weight for c in r.explain["track"]}
    assert shares["whole text"] + shares["job titles held"] == pytest.approx(1.0, abs=0.011), r.explain["track"]


def test_a_leaders_title_still_names_the_field_they_lead(matcher) -> None:
    """A leader's whole text is read from the working titles only, and reads like a help desk's here; their titles
    name the field they lead, and keep their weight against it."""
    text = """Lee Example
VP of Infrastructure Operations | Example Health (3,000 employees) | 2016 - present
- Lead four directors and 90 staff across infrastructure operations, data centres, networks and the service desk;
  report to the CEO; own a $30M budget; company-wide IT policy and vendor management.
- Moved 400 servers to a cloud hosting provider; disaster recovery planning; help desk support for 40 hospitals.
Director of Infrastructure | Example Insurance | 2009 - 2016
- Managed three managers and 35 staff: servers, storage, LAN/WAN, firewalls and the help desk.
"""
    r = matcher.match_text(text)
    assert r.level == "VP" and r.track in ("DevOps", "Cloud"), r.explain


FIRST_LINE_SUPPORT = """Dana Example
Application Support | Example Payments | Jan 2023 - present
- First-line support for merchants: answer tickets in Zendesk, reproduce errors with Postman, check logs in Kibana
  and escalate to the development teams with clear tickets.
- Keep the known-issues list and the help desk articles up to date; password resets and account questions.
Customer Service Advisor | Example Mobile | Sep 2022 - Dec 2022
Education: Higher Certificate in Computing, 2022
"""

MID_DEVELOPER_WORK = """Dana Example
Software Developer | Example Payments | Jan 2023 - present
- Build and own the refund and payout services (Java, Spring Boot, PostgreSQL, Kafka); design the REST APIs and
  their contracts with the mobile team.
- Split the settlement module out of the monolith into two services; cut the nightly batch from 3 hours to 20 min.
- Review pull requests, write the integration tests and run releases for the team's five services.
Education: BSc Computer Science, 2022
"""


@pytest.mark.parametrize(("text", "level"), [
    # about four years of first-line support reads like the entry titles: entry work, whatever the years say
    (FIRST_LINE_SUPPORT, "Entry"),
    # as many years of a developer's own services: mid
    (MID_DEVELOPER_WORK, "Mid"),
])
def test_under_four_years_entry_work_is_entry(matcher, text: str, level: str) -> None:
    r = matcher.match_text(text)
    assert r.level == level, r.explain


@pytest.mark.parametrize(("profile", "level"), [
    ("For the past six years I have been the de facto platform lead, though our ladder is flat and my title has not "
     "changed.", "Senior"),
    ("I enjoy reliability work.", "Mid"),
])
def test_the_lead_in_fact_behind_a_flat_ladders_grade_is_senior(matcher, profile: str, level: str) -> None:
    """"Software Engineer II" on a flat ladder, ten years in: the grade pulls the level down, and saying one has
    been the de facto lead is technical leadership, which lifts it back (as "de facto tech lead" always did)."""
    text = f"""Kim Example
Software Engineer II

Ten years in backend and operations work. {profile}

EXPERIENCE
Software Engineer II | Example Payments | June 2019 – present
- Designed the SLO programme: SLIs and error budgets for 30 services; incident commander for major incidents.
- Built the observability stack (Prometheus, Grafana, OpenTelemetry) and the on-call rotation.
- Kubernetes upgrades, capacity planning for peak sales, Go tooling for runbook automation.
Systems Engineer | Example Hosting | January 2016 – May 2019
- Linux administration for 200 servers, Puppet, Nagios monitoring, on-call.
"""
    assert matcher.match_text(text).level == level


@pytest.mark.parametrize(("titles", "fit"), [
    (("Supply Chain Data Analyst", "Logistics Coordinator"), False),
    (("Systems Analyst", "Support Analyst"), True),
])
def test_supply_chain_and_logistics_titles_are_another_occupation(matcher, titles: tuple[str, str],
                                                                    fit: bool) -> None:
    """A supply-chain data analyst's SQL and Python pipelines are not the ladder's work: "supply chain" and
    "logistics" are fields that make the analyst and the coordinator another occupation. The same text under
    IT analysts' titles still fits."""
    text = f"""Noor Example
{titles[0]}

{titles[0]}, Example Medical Devices, Galway (Mar 2022 - Present)
- Power BI dashboards for inventory, supplier delivery and backorders across two plants.
- SQL and Python data pipelines from SAP and a carrier tracking API into Azure SQL; demand forecasts in Python.
{titles[1]}, Example Freight, Cork (Sep 2019 - Feb 2022)
- Inbound and outbound shipments, customs paperwork and carrier bookings; an Excel/VBA tracking tool.
BSc Business Studies, Example University, 2015 - 2019
"""
    assert matcher.match_text(text).fit is fit


@pytest.mark.parametrize(("headline", "fit"), [("", False), ("Software Engineering Manager\n", True)])
def test_a_fields_professional_in_the_profile_is_that_fields_occupation(matcher, headline: str, fit: bool) -> None:
    """"Finance professional with 8 years in FP&A", no titles (content-only text): cloud spend, SQL and Python
    do not make the ladder's work. Under a technical headline the same opening is boilerplate: the headline
    decides."""
    text = f"""Jo Example
{headline}SUMMARY
Finance professional with 8 years in corporate FP&A at SaaS companies. I build forecasting models, partner with
engineering leaders on cloud spend, and automate reporting with SQL and Python.
EXPERIENCE
Example Cloudworks, Charlotte | June 2021 – Present
- Own the forecast and operating plan for the R&D and Cloud Operations cost centres.
- Built the cloud cost allocation model for AWS and Azure invoices; Python (pandas) and API data feeds from NetSuite.
Example Health, Raleigh | August 2018 – May 2021
- Budgeting and variance analysis for 12 clinics; Tableau dashboards.
"""
    assert matcher.match_text(text).fit is fit


@pytest.mark.parametrize(("title", "level"), [
    ("Executive Officer, General Manager of Cloud Platform Division", "VP"),
    ("General Manager of Cloud Platform Division", "Director"),
])
def test_an_executive_officer_is_an_executive(matcher, title: str, level: str) -> None:
    """The Japanese 執行役員, written "Executive Officer": an officer of the company below its board, a VP. The
    same career as a division's general manager, with department managers reporting, is a director's."""
    text = f"""Taro Example
Career history
2021年4月 – Present  Example Holdings Co., Ltd.
Position: {title}
- Three department managers report to me; 120 engineers in Cloud Foundation, Container Platform and FinOps.
- Group cloud strategy: migration of 900 services to AWS; landing zone standard for 15 group companies.
2012年4月 – 2021年3月  Example Holdings Co., Ltd.
Position: Manager, Infrastructure Department
- Led 2 sections with 2 section managers and 40 members; private cloud on OpenStack, first AWS accounts.
2003年4月 – 2012年3月  Example Net Inc.
Position: Infrastructure Engineer
- Linux servers, network operations, automation of provisioning.
"""
    assert matcher.match_text(text).level == level


_UNTITLED_RECRUITER = """Sam Example
Dublin, Ireland | sam@example.ie

{profile} I speak the language well enough to screen for Kubernetes, Kafka, service mesh and Terraform
experience and to tell a real distributed-systems engineer from a keyword list.

EXPERIENCE
Example Talent Partners, Dublin | Jan 2021 - present
- Full-cycle recruitment for 9 retained clients; 61 hires in 2025 (microservices developers, platform engineers,
  cloud architects, SREs).
- Built a technical screening guide with two client CTOs covering API design, event-driven architecture and
  on-call expectations.
Example Payments, Dublin | Mar 2018 - Dec 2020
- Hired 48 engineers during the company's move to microservices on AWS; partnered with engineering managers on
  role scorecards.
EDUCATION
BA Psychology, Example University, 2016
"""


@pytest.mark.parametrize("profile", [
    "I hire backend, platform and SRE engineers for product companies across Ireland and the UK.",
    "I help scale-ups and enterprise clients hire backend, platform, DevOps and SRE talent.",
    "Specialist in hiring for cloud-native engineering teams: microservices developers and SREs.",
])
def test_a_profile_that_opens_with_hiring_for_others_is_a_recruiters(matcher, profile: str) -> None:
    """Content only (no job titles): the profile's opening says what the person does, hiring for other
    organisations, and the screening vocabulary does not put a recruiter on the ladder."""
    r = matcher.match_text(_UNTITLED_RECRUITER.format(profile=profile))
    assert not r.fit, (r.level, r.track, r.explain)


def test_a_leaders_own_hiring_is_no_recruiters(matcher) -> None:
    text = """Sam Example
I hire directors who are better than me at something important and then get out of their way.
EXPERIENCE
Example Retail Group | 2015 - present
- Lead four directors and 160 engineers across the cloud platform, DevOps and SRE; report to the CEO; own a $30M
  budget; moved 400 services to AWS with Terraform landing zones and Kubernetes.
Example Bank | 2008 - 2015
- Managed three managers and 30 engineers building the bank's CI/CD pipelines and infrastructure automation.
"""
    r = matcher.match_text(text)
    assert r.fit and r.level == "VP", r.explain


_TECH_LEAD_WORK = """Sam Example
Backend engineer in payments. I set the technical direction for our squad and own our services in production.
EXPERIENCE
Example Pay | {start} - present
- Technical lead for seven Java/Spring Boot services for card refunds and mandates; wrote the design docs and led
  the implementation of the retry and outbox patterns; run the squad's weekly design reviews.
- Mentor two engineers; interview panelist for backend hiring.
Example Commerce | Jan 2019 - {end}
- Built the refunds service and reconciliation APIs (Spring Boot, PostgreSQL, Redis, Kafka).
"""


@pytest.mark.parametrize(("first", "level"), [("Jun 2019", "Senior"), ("Jun 2021", "Mid")])
def test_technical_leadership_with_seven_years_reads_senior(matcher, first: str, level: str) -> None:
    """No titles (content only): seven and a half years with technical leadership is a senior's resume; under six
    it is not yet."""
    text = _TECH_LEAD_WORK.format(start="Mar 2023", end="Feb 2023").replace("Jan 2019", first)
    r = matcher.match_text(text)
    assert r.level == level, (r.evidence["years"], r.explain["level"])


@pytest.mark.parametrize(("first_job", "counted"), [("DevOps Apprentice", True), ("DevOps Intern", False),
                                                    ("Graduate Trainee", False)])
def test_an_apprenticeship_is_years_of_work_an_internship_is_not(matcher, first_job: str, counted: bool) -> None:
    """A (UK, German) apprenticeship is a job with training: its years count; an internship's do not."""
    text = f"""Sam Example
EXPERIENCE
DevOps Engineer — Example SaaS Ltd, Leeds | March 2025 – present
- GitHub Actions builds, Docker images, Terraform for AWS (ECS Fargate, RDS); blue/green deploys; on-call.
{first_job} — Example Digital, Bradford | September 2023 – February 2025
- Maintained Jenkins pipelines for ~20 client sites; Ansible playbooks for Ubuntu web servers.
EDUCATION
A Levels: Computer Science, Maths, Physics — Example College, 2023
"""
    relevant = matcher.match_text(text).evidence["relevant_years"]
    assert (relevant > 3.0) == counted, relevant


def test_a_profiles_since_a_year_is_the_careers_summary_not_a_job(matcher) -> None:
    """"I am working in IT since 2012" spans the jobs listed below it: their own rules decide how their years count
    (the help desk and network years before the move into cloud at half weight), not one fourteen-year role."""
    text = """Sam Example
Valencia, Spain · +34 600 000 000 · sam@example.com

ABOUT ME
I am working in IT since 2012. First years in helpdesk and after as network administrator in a hospital group.
In 2023 I make the change to cloud. Now I prepare the AWS accounts and networks where the teams deploy.

PROFESSIONAL EXPERIENCE

Cloud Engineer — Example Retail, Valencia
April 2023 – present
- AWS landing zone with Control Tower and Terraform: 26 accounts, SCPs, Transit Gateway, Direct Connect.
- Migrated 40 virtual machines from VMware to EC2 and RDS; EKS clusters with Karpenter for 30 microservices.
Network Administrator — Example Hospitals, Valencia
June 2014 – March 2023
- LAN/WAN for 3 hospitals: Cisco switching, Fortinet firewalls, site-to-site VPNs.
Helpdesk Technician — Example Services, Valencia
September 2012 – May 2014
- Level 1 support: Windows, Active Directory, printers.
"""
    r = matcher.match_text(text)
    assert r.evidence["years"] > 14 and 8 < r.evidence["relevant_years"] < 10, r.evidence
