"""Dated experience, titles held and scope: examples and properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from titlematch.dates import find_ranges, merged_months
from titlematch.evidence import gather
from titlematch.occupations import title_band

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("line", "months"), [
    ("Engineer | Acme | 2019–present", (2026 - 2019) * 12 + 10 - 5 + 1),
    ("Mar 2018 - Jun 2021", 40),
    ("March 2018 to June 2021", 40),
    ("2016 to 2019", 37),
    ("06/2015 – 08/2017", 27),
    ("Jan. 2020 – Present", 83),
    ("2018-03 - 2020-11", 33),
    ("since 2021", (2026 - 2021) * 12 + 10 - 5 + 1),
    ("Sept 2010 – current", 195),
    ("enero 2019 - marzo 2020", 15),
    ("QA Analyst — Example Bank, Campinas | Aug/2021 – Feb/2023", 19),
    ("Mar/2023 – present", (2026 - 2023) * 12 + 10 - 2 + 1),
    ("Cloud Engineer — Example Department, since mid-2024", (2026 - 2024) * 12 + 10 - 5 + 1),
    ("2019 – mid-2022", 37),
    # A line that opens with two years apart by spaces lost its dash in a conversion.
    ("2008  2022 Example Bank, financial company", 169),
    ("• 2016   2019 Example Co", 37),
    ("February 2017  Present", (2026 - 2017) * 12 + 10 - 1 + 1),
    ("March 2016  February 2017 / Web and mobile applications", 12),
    # A month and a year of two digits.
    ("Example Health — QA Automation Engineer, Mar '23 – present", (2026 - 2023) * 12 + 10 - 2 + 1),
    ("Jun ’22 – Feb ’23", 9),
    ("Sept.'99 - Jan.'01", 17),
    # Two months of one year: a summer internship; one that crosses New Year began the year before.
    ("Summer intern, Example Labs (Jun–Aug 2024)", 3),
    ("June - September 2021", 4),
    ("Nov–Feb 2024", 4),
    # A day's date: day first as most of the world writes it, month first when the second number is no month.
    ("15/06/2018 – 28/02/2022", 45),
    ("01.10.2020 – 31.08.2022", 23),
    ("Example Bank, Lyon   01/03/2022 – present", (2026 - 2022) * 12 + 10 - 2 + 1),
    ("15-06-2018 to 28-02-2022", 45),
    ("06/15/2018 - 02/28/2022", 45),
    # Japanese, Chinese and Korean year-month dates; a month and two digits with nothing between.
    ("2015年10月 ～ 2021年3月", 66),
    ("2021年4月 ～ 現在  Example株式会社", (2026 - 2021) * 12 + 10 - 3 + 1),
    ("2020년 3월 ~ 현재", (2026 - 2020) * 12 + 10 - 2 + 1),
    ("Duration     : Jul'23 – Till date", (2026 - 2023) * 12 + 10 - 6 + 1),
    ("Oct'19 - Mar'21 Analyst", 18),
    # Dutch months and "present" in the languages of European CVs.
    ("januari 2020 – augustus 2022", 32),
    ("sep 2023 – heden | Cloud Engineer | Example Energie", (2026 - 2023) * 12 + 11 - 9 + 1),
    ("Mar 2020 – présent", (2026 - 2020) * 12 + 11 - 3 + 1),
    ("03/2022 – attuale", (2026 - 2022) * 12 + 11 - 3 + 1),
    ("03.2022 – obecnie", (2026 - 2022) * 12 + 11 - 3 + 1),
    # a month joined to its year by a hyphen, and a day's date with the month in words
    ("Jun-2023 to Jun-2025", 25),
    ("Duration : 12-Jun-2023 to 30-Jun-2025", 25),
    ("5 May 2020 – 3 Jun 2021", 14),
    ("1st June 2019 - 3rd March 2021", 22),
    ("01-Jul-2025 to till date", (2026 - 2025) * 12 + 11 - 7 + 1),
    # Turkish months and "present" in more languages
    ("Ekim 2022 – Aralık 2023", 15),
    ("Mart 2025 – Halen", (2026 - 2025) * 12 + 11 - 3 + 1),
    ("01/03/2023 – in corso", (2026 - 2023) * 12 + 11 - 3 + 1),
    ("sept. 2022 – en cours", (2026 - 2022) * 12 + 11 - 9 + 1),
    # an apostrophe between the month and a four-digit year
    ("Worked as Technical Architect in Example Infotech Ltd., Pune from Jan'2020 to Mar'2023.", 39),
    # a range told in a sentence
    ("Between March 2014 and December 2017 I worked as a Senior Java Developer at Example", 46),
    ("entre 2014 y 2017 trabajé como desarrolladora", 37),
    ("zwischen 2019 und heute bei Example GmbH", (2026 - 2019) * 12 + 11 - 6 + 1),
])
def test_date_formats(line: str, months: int) -> None:
    ranges = find_ranges([line], TODAY)
    assert len(ranges) == 1
    assert ranges[0].months == months


@pytest.mark.parametrize("line", ["Phone 555-2019", "ZIP 20191", "GPA 3.8/4.0", "Built 2 services in 2019",
                                  "SQL Server 2008  2012", "Windows 2008  2012 servers", "2008 2022 versions",
                                  "2019  20 engineers",
                                  "Class '23 - '24", "Rock 'n' roll night '19", "Python to Rust 2024",
                                  "Version 1.2.2019 - 3.4", "Awards in 2018 and 2020"])
def test_not_date_ranges(line: str) -> None:
    assert find_ranges([line], TODAY) == []


def test_a_career_told_as_joining_and_leaving_events() -> None:
    """A Japanese rirekisho dates events, not ranges: each joining runs to the next leaving, the last to today; a
    university entered is no job."""
    lines = """2018/04  Entered Example University, Faculty of Engineering
2022/03  Graduated from Example University
WORK HISTORY
2022/04  Joined Example Systems Co., Ltd. (system integrator)
         Assigned to Quality Assurance Division as Test Engineer
2024/02  Resigned for career change
2024/03  Joined Example Link Inc. (e-commerce marketplace)
2021年4月  株式会社Example 入社""".splitlines()[:7]
    ranges = [(r.line, r.start, r.end, r.present) for r in find_ranges(lines, TODAY)]
    assert ranges == [(3, 2022 * 12 + 3, 2024 * 12 + 1, False), (6, 2024 * 12 + 2, 2026 * 12 + 10, True)]
    assert gather("\n".join(lines), TODAY).years == 4.7
    japanese = ["2016年4月  株式会社Example 入社", "2019年3月  株式会社Example 退社"]
    assert [(r.start, r.end) for r in find_ranges(japanese, TODAY)] == [(2016 * 12 + 3, 2019 * 12 + 2)]


def test_overlapping_jobs_are_counted_once() -> None:
    text = """Experience
Senior Engineer, A Corp, Jan 2015 - Dec 2020
Consultant (evenings), B Ltd, Jan 2018 - Dec 2019
Engineer, C Inc, Jan 2012 - Dec 2014
"""
    ev = gather(text, TODAY)
    assert ev.dated_roles == 3
    assert ev.years == 9.0


def test_education_dates_are_not_experience() -> None:
    text = """Experience
Developer, Acme, 2022 - present

Education
B.Sc. Computer Science, Example University, 2012 - 2016
"""
    ev = gather(text, TODAY)
    assert ev.dated_roles == 1 and 4 < ev.years < 5


def test_future_dates_are_clipped_to_today() -> None:
    assert find_ranges(["2025 - 2031"], TODAY)[0].end == 2026 * 12 + 10


@pytest.mark.parametrize(("title", "band"), [
    ("Software Engineering Intern", 0.0), ("Junior Developer", 0.3), ("Software Engineer II", 1.1),
    ("Senior Software Engineer", 2.0), ("Staff Engineer", 2.4), ("Principal Engineer", 2.6),
    ("Engineering Manager", 2.6), ("Director of Engineering", 3.0), ("VP Engineering", 4.0),
    ("Chief Technology Officer", 4.0), ("Software Engineer", None),
    ("Chief Cloud Officer", 4.0), ("Chief Engineer", 3.2), ("Directora Regional de Cloud", 3.0),
    ("Desarrollador Sênior", 2.0), ("Teamleiter Backend", 2.3), ("Werkstudent Softwareentwicklung", 0.0),
    # whom one reports to is not part of the title
    ("Head of Architecture (reports to the CIO)", 3.2), ("Engineering Manager, reporting to the CTO", 2.6),
    ("VP - Platform Engineering (reports to the CTO)", 4.0),
    # a trainee graded as junior is still a trainee; a graduate engineer is not
    ("Graduate Trainee, IT Operations", 0.0), ("Graduate Intern", 0.0), ("Junior Trainee Developer", 0.0),
    ("Graduate Engineer", 0.3), ("Intern Team Lead", 2.3),
])
def test_title_band(title: str, band: float | None) -> None:
    assert title_band(title) == band


def test_scope_signals() -> None:
    text = """Director of Engineering, Example Co, 2015 - present
- Lead 4 engineering managers and 38 engineers across payments and risk.
- Own a $6M annual budget; report to the CTO.
"""
    ev = gather(text, TODAY)
    assert ev.manages_managers and ev.team_size == 38 and ev.budget_musd == 6.0 and ev.executive_scope


def test_company_size_is_not_team_size() -> None:
    ev = gather("Engineering manager at Example Retail (2,500 employees), 2019 - present", TODAY)
    assert ev.team_size == 0


@pytest.mark.parametrize(("lines", "months"), [
    (["Junior Software Engineer - Example Co Mar 2025 -", "Present", "- Built the export endpoint"], 21),
    (["Apprentice Developer - Example Academy Sep", "2024 - Feb 2025", "- Full-stack programme"], 6),
    (["2021 –", "Present", "Data Scientist, Example Co"], 66),
])
def test_a_range_cut_by_a_line_wrap_is_read_once(lines: list[str], months: int) -> None:
    """PDF line wraps split ranges ("Mar 2025 -" | "Present"): the two lines are read together, once."""
    ranges = find_ranges(lines, TODAY)
    assert [r.months for r in ranges] == [months] and ranges[0].line == 0


def test_a_wrap_after_an_ordinary_word_is_not_a_date() -> None:
    ranges = find_ranges(["- Built the billing services", "2019 – 2021 Example Co, Engineer"], TODAY)
    assert [(r.line, r.span[0]) for r in ranges] == [(1, 0)]


@pytest.mark.parametrize("text", [
    "Staff Engineer, 2019 - present\n- Partner with the three engineering managers on technical direction.",
    "Senior Engineer, 2019 - present\n- Wrote the RFC, ran the review with four teams and drove the migration.",
])
def test_managers_one_works_beside_are_not_managers_one_manages(text: str) -> None:
    assert not gather(text, TODAY).manages_managers


def test_years_in_words_and_role_durations_are_stated_years() -> None:
    assert gather("Backend developer with four years of professional experience in C#.", TODAY).claimed_years == 4
    assert gather("Systems analyst with about four years at a logistics software company.", TODAY).claimed_years == 4
    assert gather("I test back-end services. Around four\nyears in software testing.", TODAY).claimed_years == 4
    no_dates = """Software Developer — Example Insurance, Cork (3 years)
- Own the claims intake API
Graduate Developer — Example Retail (1 year 6 months)
- Loyalty points service
"""
    ev = gather(no_dates, TODAY)
    assert ev.years == 0 and ev.claimed_years == 4.5


def test_a_job_at_a_school_is_work_and_a_degree_is_not() -> None:
    job = gather("IT Administrator | Example Community College | 2015 - 2020\n- Ran the campus network.", TODAY)
    assert job.years == 5.1  # mid-2015 to mid-2020, both months counted
    degree = gather("B.S. Computer Science | Example State University | 2015 - 2019", TODAY)
    assert degree.years == 0.0
    assistant = gather("Teaching Assistant | Example University | 2017 - 2019", TODAY)
    assert assistant.years == 0.0  # a student's own job at the university stays with the studies


@pytest.mark.parametrize("line", [
    "Ing. en Sistemas Computacionales, 2020–2025", "B.Tech Computer Science, 2014 - 2018",
    "B.E. Electronics and Communication — 2012 to 2016", "Licenciatura en Informática (2015-2019)",
])
def test_a_degree_named_by_its_abbreviation_is_not_work(line: str) -> None:
    """Without an education heading, the degree's own words say what the line is."""
    assert gather(f"Dana Example\n{line}\n", TODAY).years == 0.0


@pytest.mark.parametrize(("text", "headline"), [
    ("Alex Example\nalex@example.com\n\nRegistered nurse with eleven years on an ICU.\n", "registered nurse"),
    ("Alex Example\n\nBackend developer who likes clean APIs and Go.\n", "backend developer"),
    ("Alex Example\n\nI was a mechanical engineer for five years, then moved to testing.\n", None),
    ("Alex Example\n\nRegistered nurse of eight years who moved into software testing in 2025.\n", None),
])
def test_a_profile_that_opens_with_an_occupation_is_a_headline(text: str, headline: str | None) -> None:
    assert gather(text, TODAY).headline == headline


@pytest.mark.parametrize(("text", "headline"), [
    # a profile labelled inline opens after its label
    ("Alex Example\n\nSummary: Registered nurse with nine years on surgical wards.\n", "registered nurse"),
    ("Alex Example\n\nProfile - Backend developer who likes clean APIs and Go.\n", "backend developer"),
    # a name with its letters after it is the name, and the line under it is the headline
    ("Alex Example, CPA\nBackend Developer | payments, Python\n", "Backend Developer"),
    ("Alex Example, MBA, PMP\nCloud Engineer | AWS, Terraform\n", "Cloud Engineer"),
    ("Alex Example, CPA\n\nCPA with seven years in audit and corporate FP&A.\n", "cpa"),
])
def test_a_profile_label_and_the_letters_after_a_name(text: str, headline: str | None) -> None:
    assert gather(text, TODAY).headline == headline


@pytest.mark.parametrize(("line", "headline"), [
    ("Civil engineer | water distribution networks & asset reliability", "Civil engineer"),
    ("Backend developer · Go, Kafka, PostgreSQL", "Backend developer"),
    ("Staff Software Engineer | distributed systems, payments", "Staff Software Engineer"),
    # a line of words with no job noun is no headline
    ("Valencia, Spain | open to relocation", None),
])
def test_a_headline_in_sentence_case_is_its_first_part(line: str, headline: str | None) -> None:
    assert gather(f"Alex Example\n{line}\n", TODAY).headline == headline


@pytest.mark.parametrize("line", [
    "Domicilio: C/ Doctor Cerrada 21, 3º B – 50005 Zaragoza",
    "Anschrift:   Lindenstraße 14, 04109 Leipzig",
    "Date of birth: 3 May 1994, Nurse Street",
    "Nacionalidad: española",
])
def test_a_personal_data_line_is_no_headline(line: str) -> None:
    """A CV's personal data ("Domicilio: C/ Doctor Cerrada 21") is never the headline, whatever its value says; the
    title line below it is."""
    text = f"CURRÍCULUM VITAE\n{line}\n\nAnalista de Sistemas | Integraciones\n"
    assert gather(text, TODAY).headline == "Analista de Sistemas"


@pytest.mark.parametrize(("text", "size"), [
    ("Platform engineer, part of a team of 8 engineers, 2019 - present", 0),
    ("Run the data group of a 300-person engineering organisation, 2019 - present", 0),
    ("Joined a 40-person startup as its second developer, 2021 - present", 0),
    ("Head of a 40-person department: platform, tooling and security, 2019 - present", 40),
    ("Led a team of 8 engineers building the billing services, 2019 - present", 8),
])
def test_a_team_one_belongs_to_is_not_a_team_one_leads(text: str, size: int) -> None:
    assert gather(text, TODAY).team_size == size


def test_an_owned_budget_outranks_spend_answered_for() -> None:
    both = gather("Head of Cloud, 2019 - present\n- Own the department budget ($3.4M) and am accountable for "
                  "$14M a year of AWS spend.\n", TODAY)
    assert both.budget_musd == 3.4
    spend_only = gather("VP of Infrastructure, 2019 - present\n- Accountable for $60M in annual cloud spend.\n",
                        TODAY)
    assert spend_only.budget_musd == 60


@pytest.mark.parametrize(("title", "other"), [
    ("Civil Engineer", True), ("Senior Structural Engineer", True), ("Electrical Design Engineer", True),
    ("Marketing Manager", True), ("Restaurant General Manager", True), ("Financial Analyst", True),
    ("Mechanical Engineering Intern", True), ("Account Manager", True),
    ("Software Engineer", False), ("Site Reliability Engineer", False), ("Software Sales Engineer", False),
    ("Engineering Manager", False), ("Systems Analyst", False), ("Product Engineer", False),
    ("Product Manager", True), ("UX/UI Designer", True), ("Senior Network Engineer (Water Distribution)", True),
    ("Station Operations Supervisor", True), ("Network Engineer", False), ("Cloud Engineer (Azure)", False),
    ("Ingeniero Industrial", True), ("Ingeniero de Software", False),
    ("Licensed electronics engineer", True), ("Embedded Software Engineer", False),
    ("Process Control Engineer", True), ("Instrumentation Engineer", True), ("Senior Engineer — Water", True),
    ("Customer Service Advisor", True), ("Financial Adviser", True), ("Technical Advisor", False),
    ("Chartered Engineer", True), ("Registered professional engineer (ECSA)", True), ("Professional Engineer", True),
    ("Licensed Professional Engineer", True), ("Professional Services Engineer", False),
    ("Contact Centre Team Leader", True), ("Contact Center Supervisor", True),
    ("Senior Controls Engineer", True), ("Electrical/controls engineer", True), ("Control Plane Engineer", False),
    ("Registered architect", True), ("Chartered Architect (RIBA)", True), ("Licensed Architect", True),
    ("Solutions Architect", False), ("Senior Software Architect", False),
    # "site" is a field ("Site Operations Manager"), but not in "Site Reliability"
    ("Site Reliability Lead", False), ("Site Reliability Manager", False), ("Site Operations Manager", True),
    ("Construction Site Lead", True), ("Mechanical Reliability Engineer", True),
    # "product" is a field ("Product Manager"), but not in "Product Engineering"
    ("Product Manager", True), ("Product engineering leader", False), ("Product Engineering Manager", False),
    ("Chartered building services engineer", True), ("MEP Engineer", True), ("Building Services Engineer", True),
    # radio networks in the field, not a telecom company's software
    ("Telecommunications Field Engineer", True), ("Telecom engineer", True), ("RF Engineer", True),
    ("Telecom Software Engineer", False), ("Senior Software Engineer, Telecom Billing", False),
    # laboratory and health-trade technicians; a student's lab assistant job and IT technicians are not
    ("Analytical Lab Technician", True), ("Senior Microbiology Laboratory Technician", True),
    ("Pharmacy Technician", True), ("Student Lab Assistant", False), ("IT Technician", False),
    ("Medical Laboratory Technologist", True), ("Radiologic Technologist", True), ("IT Technologist", False),
    # a laboratory's quality control; software testers' quality assurance is not
    ("Quality Control Analyst", True), ("Senior QC Analyst, Chromatography Lab", True), ("QA Analyst", False),
    ("Quality Assurance Analyst", False),
    # a vehicle's or a machine's own engineering, before the noun or in brackets after it
    ("Test Engineer (Powertrain)", True), ("Chassis Design Engineer", True), ("Materials Engineer", True),
    ("Software Engineer (Powertrain)", False), ("Embedded Software Engineer, Powertrain", False),
    ("Software Engineer – Controls", False), ("Test Engineer", False),
    # accounting, and the credentials that name an accountant
    ("Accounts Assistant", True), ("Accounting Manager", True), ("CPA", True), ("Accounting Software Developer", False),
    ("Pharmacy Manager", True), ("Pharmacy Software Developer", False),
])
def test_a_field_outside_software_makes_another_occupation(title: str, other: bool) -> None:
    from titlematch.occupations import is_other_occupation

    assert is_other_occupation(title) is other


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1960, 2026), st.integers(1, 12), st.integers(0, 200)), min_size=0,
                max_size=8))
def test_merged_months_is_bounded_and_order_free(spans: list[tuple[int, int, int]]) -> None:
    lines = []
    for y, m, length in spans:
        start = y * 12 + m - 1
        end = min(start + length, 2026 * 12 + 10)
        lines.append(f"{start % 12 + 1:02d}/{start // 12} - {end % 12 + 1:02d}/{end // 12}")
    ranges = find_ranges(lines, TODAY)
    total = merged_months(ranges)
    assert 0 <= total <= sum(r.months for r in ranges)
    if ranges:
        assert total >= max(r.months for r in ranges)
        assert total <= max(r.end for r in ranges) - min(r.start for r in ranges) + 1
    assert merged_months(list(reversed(ranges))) == total


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_gather_never_fails_on_any_text(text: str) -> None:
    ev = gather(text, TODAY)
    assert ev.years >= 0 and ev.team_size >= 0


@pytest.mark.parametrize(("text", "named"), [
    ("Skills: Java/Python, Docker", ["java", "python", "docker"]),
    ("Introduced ITIL-based operations and a help desk", ["itil", "help desk"]),
    ("C#, .NET and ASP.NET MVC", ["c#", ".net", "asp.net"]),
    ("Worked with the rest of the team at the helm of the plant", []),
    ("Planned yard moves for shipping containers; on-call for the berth", []),
    ("Software: AutoCAD, Revit; programming of PLCs; medical coding", []),
    # "API 579", "API RP 1173": American Petroleum Institute standards; "booking API 99.9%" is an interface.
    ("Fitness-for-service to API 579 and API RP 1173; Python for scripting", ["python"]),
    ("Line pipe to API 5L, tanks to API 650", []),
    ("Uptime of the booking API 99.9% and the search API", ["api"]),
    # Two spellings of one technology are one.
    ("Wrote UAT scenarios for the new terminal system; led user acceptance testing", ["user acceptance testing"]),
    ("Node.js and NodeJS services on K8s (Kubernetes)", ["node.js", "kubernetes"]),
    # IT operations: unambiguous names count; a data centre is also a building services engineer's project.
    ("Windows and RHEL servers; a private cloud on OpenStack; IP/MPLS core", ["rhel", "openstack", "mpls"]),
    ("Desktop and server support for the Faculty of Sciences", ["server support"]),
    ("Cooling and power design for two data centres", []),
    # an analyst's interface specs and log searches name their tools
    ("Interface specs (OpenAPI, sequence diagrams); root-cause analysis in Kibana and SQL", ["openapi", "kibana",
                                                                                            "sql"]),
    # software architecture named without a product
    ("Rebuilt the booking engine as event-driven services on Kafka; distributed caching and messaging",
     ["event-driven", "kafka", "caching"]),
    # distributed systems work named without a product; not words other fields use ("load balancing" of a
    # feeder's phases, a valve's "backpressure")
    ("Cooperative rebalancing for the consumer group; a consistent-hashing router; profiled with pprof",
     ["consistent-hashing", "pprof"]),
    ("Sharding the ledger by account; idempotency keys on retries; rate limiter per tenant",
     ["sharding", "idempotency", "rate limiter"]),
    ("Load balancing of the feeders' phases; backpressure valves on the dosing skid", []),
    # products only software names; "sharded" is "sharding"
    ("Sharded the ledger on CockroachDB (p99 220 ms -> 45 ms)", ["sharding", "cockroachdb", "p99"]),
    ("Envoy to the consul; the vault of the nave", []),
    # the monolith one splits into services; not a concrete structure's "monolithic"
    ("Led the move from a Rails monolith to ~90 services", ["monolith"]),
    ("Monolithic concrete walls poured on site", []),
])
def test_technologies_named(text: str, named: list[str]) -> None:
    from titlematch.occupations import technologies

    assert technologies(text.lower(), enough=5) == named


@pytest.mark.parametrize(("line", "musd"), [
    ("Own an annual budget of USD 21M (cloud, licences, people).", 21.0),
    ("Accountable for a EUR 3 million opex budget.", 3.0),
    ("Owned a budget of £4.5m.", 4.5),
    ("A budget of 300 user licences.", 0.0),
])
def test_budgets_in_symbols_and_currency_codes(line: str, musd: float) -> None:
    assert gather(line, date(2026, 11, 25)).budget_musd == musd


@pytest.mark.parametrize(("text", "year"), [
    ("EDUCATION\nB.S. Computer Science, Example State University, Dec. 2023", 2023),
    ("Education\nBachelor of Engineering (Software)\nExample University, 2012 - 2016", 2016),
    # A master's straight after the bachelor's ends one's studies; one years later does not.
    ("EDUCATION\nBSc (Hons) Computing, 2019\nMSc Data Science, 2021", 2021),
    ("EDUCATION\nBSc (Hons) Computing, 2012\nMSc Data Science, 2021", 2012),
    ("EDUCATION\nBA English Literature, Example College, 2008", 2008),
    # first degrees by their initials
    ("EDUCATION\nBCS, Computer Science (Co-op), Example University, 2021–2025", 2025),
    ("Education\nBCA, Example Institute of Management, 2016 - 2019", 2019),
    ("EDUCATION\nMSc Distributed Systems, 2020\nCertificates to be renewed in 2027", None),
    ("Experience\nWill be on call in 2024 for the payments team", None),
])
def test_the_end_of_ones_studies_is_dated(text: str, year: int | None) -> None:
    ev = gather(text, date(2026, 11, 25))
    assert ev.graduated == (None if year is None else year * 12 + 5)


@pytest.mark.parametrize(("text", "team", "musd"), [
    ("I lead the group that gets code from 600 engineers into players' hands.", 0, 0.0),
    ("Led the developer platform used by 300 developers across the company.", 0, 0.0),
    ("Responsible for 10 engineers in two squads.", 10, 0.0),
    # how they work, not whom one leads
    ("Now I am responsible for how 600 developers get their code into production.", 0, 0.0),
    ("Responsible for what 80 new engineers learn in their first month here.", 0, 0.0),
    ("Own the cloud operating budget (AUD 31M/yr consumption) and the platform team budget (AUD 9M).", 0, 9.0),
])
def test_people_served_and_consumption_budgets_are_not_scope(text: str, team: int, musd: float) -> None:
    """Engineers a platform serves are not a team led; a cloud consumption budget is a bill, not the
    organisation's budget, when an owned budget is stated beside it."""
    ev = gather(text, date(2026, 11, 25))
    assert (ev.team_size, ev.budget_musd) == (team, musd)


@pytest.mark.parametrize(("title", "other"), [
    ("Broker integration (Alpina, )", False), ("Driver app", False), ("Pilot project lead", False),
    ("Insurance Broker", True), ("Truck Driver", True), ("Nurse Practitioner", True), ("Travel Agent", True),
    # a bank's risk analysts are another occupation, whatever Python they write
    ("Senior Market Risk Analyst", True), ("Credit Risk Analyst", True), ("Senior Systems Analyst", False),
    # and a treasury's analysts and managers, whatever bank APIs they connect
    ("Senior Treasury Analyst", True), ("Treasury Manager", True),
    # two fields joined: still another occupation, unless the second is technical
    ("Treasury & Payments Analyst", True), ("Finance and Accounts Officer", True),
    ("Product & Engineering Director", False),
    # a marketplace's product area named by its users, left where the title was (content-only text)
    ("Buyer Experience", False), ("Senior Buyer", True),
    # an educator is a teacher, whatever subject ("Computer Science Teacher" stays a teacher too)
    ("Senior Educator – Information Technology", True),
])
def test_an_occupation_word_naming_a_software_thing_is_no_occupation(title: str, other: bool) -> None:
    """A project line in content-only text ("Broker integration (Alpina, 2013-2016)") names a piece of work: the
    occupation word only qualifies it."""
    from titlematch.occupations import is_other_occupation

    assert is_other_occupation(title) is other


@pytest.mark.parametrize(("title", "other"), [
    ("Southbank Insurance Brokers", False), ("Insurance Broker", True),
    ("Example Chartered Accountants", False), ("Chartered Accountant", True),
    ("Lomond Consulting Engineers", False), ("Civil Engineer", True),
    ("Fynbos Financial Advisers", False), ("Example Marketing Managers", False), ("Marketing Manager", True),
])
def test_a_plural_occupation_names_a_firm(title: str, other: bool) -> None:
    """Job titles are singular; "... Brokers" and "... Consulting Engineers" are employers (content-only text
    leaves them where the job title was)."""
    from titlematch.occupations import is_other_occupation

    assert is_other_occupation(title) is other


def test_a_list_in_brackets_is_not_a_title() -> None:
    """With the title line gone (content-only, or a layout that lost it), the bullet below the dates names the
    teams one runs, "(Ticketing, Journey Planner, Payments, ...)": no title, not a journey planner's job."""
    text = """Jo Example
Experience
Example Transit B.V. (ticketing and journey planning), Utrecht
Jan. 2019 - Present
- Grew the backend group from one team of 7 to four teams (Ticketing, Journey Planner, Payments,
  Partner APIs), 30 developers; hired and coach the four team leads.
"""
    assert [t.text for t in gather(text, TODAY).titles] == []
    ev = gather(text.replace("Jan. 2019", "Team Lead Backend, Jan. 2019"), TODAY)
    assert [t.text for t in ev.titles] == ["Team Lead Backend"]


@pytest.mark.parametrize("employer", ["Lomond Power Consulting Engineers (Pty) Ltd", "Example Test Engineers GmbH",
                                      "Northwind Software Developers Pvt. Ltd.", "Acme Engineers Inc"])
def test_the_employer_named_first_is_not_the_title(employer: str) -> None:
    """"Company — Title": a legal form (Ltd, GmbH, Pvt, Inc) marks the employer, even when its name holds job
    nouns; the title is the other part."""
    text = f"Jo Example\nExperience\n{employer} — Senior Electrical Engineer\nApril 2019 – present\n* Relay studies\n"
    assert [t.text for t in gather(text, TODAY).titles] == ["Senior Electrical Engineer"]
    alone = f"Jo Example\nExperience\n{employer}\nApril 2019 – present\n* Relay studies\n"
    assert len(gather(alone, TODAY).titles) <= 1  # with nothing else on the line, the old reading stands


@pytest.mark.parametrize(("line", "title"), [
    ("Sales Assistant (summer jobs) — Example Books, Lyon", "Sales Assistant (summer jobs)"),
    ("IT Helpdesk Assistant (part-time, while studying)", "IT Helpdesk Assistant (part-time, while studying)"),
    ("Customer Service Representative (part-time, during university)",
     "Customer Service Representative (part-time, during university)"),
    # Brackets that say something else keep counting: a lower-case aside is no title line
    ("Backend Developer (former science teacher)", None),
    ("Sep 2021 (summer internship)", None),
])
def test_how_a_job_was_held_in_brackets_leaves_its_title_a_title(line: str, title: str | None) -> None:
    """"Sales Assistant (summer jobs)": the lower-case words say how the job was held; the title is still read, so
    the years it covers can be judged (another occupation, a student's job)."""
    ev = gather(f"Jo Example\nExperience\n{line}\n2021 – 2023\n* Shifts\n", TODAY)
    assert [t.text for t in ev.titles] == ([title] if title else [])


def test_a_title_set_apart_from_its_dates_by_spaces_stays_whole() -> None:
    """Any word before a year may be a month name ("Acme, 2019"); a word that is not one is not part of the date."""
    line = "Chemistry and Science Teacher                                   2014 – 2023"
    (r,) = find_ranges([line], TODAY)
    assert line[r.span[0]:].startswith("2014")
    ev = gather("Jo Example\nExperience\n" + line + "\n* Taught chemistry to ~150 students a year\n", TODAY)
    assert [t.text for t in ev.titles] == ["Chemistry and Science Teacher"]


def test_a_dated_bullet_inside_a_role_is_part_of_it() -> None:
    text = """Jo Example
Experience
Example Ticketing | Feb 2025 - present
- Build booking endpoints in Node.js and TypeScript; Jest tests.
Science Teacher | Example Academy Trust | 2014 - 2023
* Taught chemistry and general science to ~150 students a year
* Department coordinator for science fairs (2019-2023)
* Ran the lab and its safety training
"""
    ev = gather(text, TODAY)
    assert [(r.start // 12, r.end // 12) for r in ev.roles] == [(2025, 2026), (2014, 2023)]
    assert "Ran the lab" in ev.roles[1].text


def test_leads_one_mentors_are_not_leads_one_manages() -> None:
    mentor = gather("Solutions Architect | 2020 - present\n* Mentor four tech leads; run the design review board\n",
                    TODAY)
    assert not mentor.manages_managers
    assert not gather("Architect | 2020 - present\n* Mentor of 4 tech leads that want to become architects\n",
                      TODAY).manages_managers
    manager = gather("Engineering Manager | 2020 - present\n* Manage four tech leads and 30 engineers\n", TODAY)
    assert manager.manages_managers


def test_the_wrapped_end_of_a_sentence_is_not_a_title() -> None:
    """A resume whose titles were all removed: the fallback for undated titles must not take a sentence's tail."""
    text = """Sam Example
Experience
Example Retail, 2019-present
  * Own the engineering budget and hiring plan; present quarterly to the CTO
    and the Chief Digital Officer
"""
    assert [t.text for t in gather(text, TODAY).titles] == []


def test_an_education_line_labelled_inline_is_not_work() -> None:
    text = """Tomas Example
Application Support Analyst | Example Payments | Sep 2025 - present
Education: CFGS Desarrollo de Aplicaciones Web, IES Example, 2023-2025
"""
    ev = gather(text, TODAY)
    assert ev.dated_roles == 1 and ev.years < 1.5


def test_a_reporting_line_is_not_a_title() -> None:
    text = "Sam Example\nProject Manager | Example Group | Apr 2013 - present\nReporting to Vice President\n"
    assert [t.text for t in gather(text, TODAY).titles] == ["Project Manager"]


@pytest.mark.parametrize("far", [
    "Key skills: C#, ASP.NET, SQL Server, Managing Vendor QA Activities, Release Planning, Budget Tracking, "
    "Stakeholder Reporting, Crystal Reports, SharePoint Administration, Team Building and Mentoring, Time "
    "Management",
    "- Since 2021: in charge of the data area. Grew it by hiring three analysts and moving two engineers into "
    "analytics. Teams: Data Platform, Reporting Services, Developer Experience, Search Infrastructure",
])
def test_a_title_stands_beside_its_dates_on_a_long_pasted_line(far: str) -> None:
    """Job boards export a resume as one paragraph: a skill or a team named far from a date on the same line is not
    the job's title."""
    languages = "Languages: English, Hindi, Marathi and Tulu; onsite visits to Sweden and the United States"
    text = f"Sam Example\n{far} {languages} Career timeline 2012-2016 2016-2026 at Example Bank.\n"
    assert [t.text for t in gather(text, TODAY).titles] == []
    near = f"Sam Example\n{far} {languages} | Release Manager | 2016-2026 | Example Bank.\n"
    assert [t.text for t in gather(near, TODAY).titles] == ["Release Manager"]


def test_a_title_set_a_page_width_from_its_dates_is_still_beside_them() -> None:
    """A PDF's layout may put the title at the left margin and the dates at the right: the spaces between are one."""
    text = ("Sam Example\nSenior Software Engineer, Example Corporation" + " " * 240 + "Jan 2019 – Present\n"
            "- Payments services in Go.\nSoftware Engineer | Example Ltd | 2015 - 2019\n")
    assert [t.text for t in gather(text, TODAY).titles] == ["Senior Software Engineer", "Software Engineer"]


@pytest.mark.parametrize(("heading", "office"), [
    ("ACTIVITIES", "President, University Cloud Club (2025-2026): ran monthly hands-on labs."),
    # Indian resumes list clubs and societies under this heading; "positions" alone heads work experience.
    ("POSITIONS OF RESPONSIBILITY", "Technical Secretary, Algorithms Club, Example Institute (2024 - 2025)"),
    ("Co-curricular Activities", "Treasurer, Robotics Society | 2024 - 2025"),
])
def test_a_students_club_office_is_not_a_job(heading: str, office: str) -> None:
    text = f"""Jordan Example
EXPERIENCE
Cloud Operations Intern - Example Insurance - May 2025 - Aug 2025
- Tagged EC2 and EBS resources; Cost Explorer reports by cost center.
{heading}
{office}
"""
    ev = gather(text, TODAY)
    assert [t.text for t in ev.titles] == ["Cloud Operations Intern"]
    assert ev.dated_roles == 1


@pytest.mark.parametrize(("text", "team", "musd"), [
    # The organisation one is part of is no team one leads.
    ("Introduced a tech radar that the wider 200-person engineering org adopted; lead a team of 8.", 8, 0.0),
    # What a change started from is no team one leads.
    ("Redesigned on-call: from one 30-person pager group to six rotations. Tech lead for a team of five.", 5, 0.0),
    # A cloud budget is spend: the team's own budget is the organisation's.
    ("Own the cloud run budget (AUD 28M a year across AWS and Azure), plus a team budget of AUD 9.5M.", 0, 9.5),
])
def test_an_org_one_belongs_to_and_a_cloud_budget(text: str, team: int, musd: float) -> None:
    ev = gather(text, TODAY)
    assert (ev.team_size, round(ev.budget_musd, 1)) == (team, musd)


def test_a_certificate_is_not_a_title_held() -> None:
    """Undated resumes take their titles from short title-like lines; a certificate's level word is none."""
    text = """Sam Example
Cloud Engineer - Example Retail
- AWS landing zone, Transit Gateway networking, VM migration, cost reports.
Certifications:
- AWS Certified Solutions Architect - Associate
- HashiCorp Certified: Terraform Associate
"""
    assert [t.text for t in gather(text, TODAY).titles] == ["Cloud Engineer"]


@pytest.mark.parametrize(("phrase", "studying"), [
    ("MSc student, distributed systems — graduating December 2026", True),
    ("BSc Informatics; graduating in 2027", True),
    ("PhD candidate in distributed systems", True),
    ("After graduating from university in 2015, I joined Example Systems", False),
    ("Guest lecture on distributed transactions for master's students, 2019", False),
])
def test_still_a_student(phrase: str, studying: bool) -> None:
    assert gather(f"Jo Example\n{phrase}\n", TODAY).studying is studying


@pytest.mark.parametrize(("education", "further"), [
    # a degree in progress after a bachelor's completed years before: study beside a career
    ("Bacharelado em Sistemas de Informação — Example University, 2018–2022\n"
     "MBA in Cloud Computing (in progress, evenings) — Example School, expected 2027", True),
    ("B.Sc. Computer Science, Example University, 2016 - 2019\nM.Sc. Data Science (part-time), expected 2027", True),
    # a postgraduate degree follows a first one, whatever that was called
    ("Technologist in Computer Networks — Example Faculty of Technology (2019 - 2021)\n"
     "Postgraduate (specialization) in Cloud Computing — in progress, conclusion expected 2027", True),
    # the bachelor's itself still in progress: a student
    ("B.S. Computer Science, Example University, expected May 2027", False),
    ("Part-time B.Sc. Business Informatics, Example University (in progress, expected 2027)", False),
])
def test_further_study_after_a_bachelors(education: str, further: bool) -> None:
    ev = gather(f"Jo Example\nEDUCATION\n{education}\n", TODAY)
    assert ev.studying and ev.further_study is further


def test_a_dated_job_line_is_no_profile_opening() -> None:
    """"Teacher of Mathematics | Example Academy | 2013 - 2025" is a job held, not a profile that opens with an
    occupation ("Registered nurse with eleven years ...")."""
    job = "Alex Example\nJunior Software Developer | Example Tech | Sep 2025 - present\n" \
          "Teacher of Mathematics | Example Academy | 2013 - 2025\n"
    assert gather(job, TODAY).profile_occupation is None
    profile = "Alex Example\nRegistered nurse with eleven years on surgical wards.\n"
    assert gather(profile, TODAY).profile_occupation == "registered nurse"


@pytest.mark.parametrize(("profile", "occupation"), [
    # the middle of a wrapped sentence is no opening
    ("I report to the CTO and own everything sellers touch: the seller portal and the public APIs our\n"
     "larger sellers integrate with. My organisation is 140 people.", None),
    ("Seven years of building web products, the last three as the\nmanagers of two teams.", None),
    ("I care about platforms that product teams actually want to use,\nabout managers who can grow their people.",
     None),
    ("Quota-carrying enterprise seller with nine years in B2B SaaS.", "quota-carrying enterprise seller"),
    ("Mechanical engineer working on equipment reliability in pulp and paper.", "mechanical engineer"),
    # what one does, not what one is
    ("I manage the engineers who build the systems that move parcels across 14 countries.", None),
    # an ambiguous engineer is named by the industry after it
    ("Reliability engineer with 12 years in food and beverage manufacturing. I keep packaging lines running.",
     "reliability engineer, manufacturing"),
    ("Maintenance engineer with nine years in water utilities, pumps and treatment works.",
     "maintenance engineer, water"),
    # the industry of a software person's employer does not change the occupation
    ("Site reliability engineer with 6 years in manufacturing IT.", "site reliability engineer"),
    ("Software engineer with 8 years in manufacturing.", "software engineer"),
    ("Reliability engineer with 7 years in payments.", "reliability engineer"),
    # the occupation held since a year, said later in the profile, wins over its opening
    ("I am working since 2012 in software for banks, first as developer, since 2019 as architect. I write the "
     "guidelines.", "architect"),
    ("I am engineer with 6 years in infrastructure and since 2022 I work as SRE in a logistics company.", "sre"),
    ("Career changer: I have been working as a junior DevOps engineer since March 2025.",
     "junior devops engineer"),
    # not an occupation: a place in a rota
    ("Backend developer with 3 years in payments; since 2025 as secondary on-call.", "backend developer"),
    # "of" before a duration opens a profile; before anything else it is part of a title, which opens none, and
    # the profile below it says what the person is
    ("Nurse of eight years in intensive care and theatre recovery.", "nurse"),
    ("Head of Chemistry & Design Technology\nSecondary-school teacher with twelve years in science education.",
     "secondary-school teacher"),
    ("Director of Engineering\nPlatform leader with 14 years in payments.", "platform leader"),
])
def test_the_occupation_a_profile_opens_with(profile: str, occupation: str | None) -> None:
    assert gather(f"Alex Example\nSummary\n{profile}\n", TODAY).profile_occupation == occupation


@pytest.mark.parametrize("dates", ["01.10.2020 – 30.09.2025", "10/2020 - 09/2025", "Oct 2020 – Sep 2025"])
def test_a_degree_whose_dates_are_set_above_it(dates: str) -> None:
    """CVs that put the dates first set a degree's range on the line above it: the degree ends with that range
    (so a job held beside it, its title gone in content-only text, can be seen as a student's job)."""
    text = f"""Jonas Example
PROFESSIONAL EXPERIENCE
01.10.2025 – today

Example Logistics GmbH, Leipzig
- REST services for shipment tracking in Java and Spring Boot; Kafka, PostgreSQL.
01.04.2023 – 30.09.2025
 , 20 h/week, during my studies
Example Energy AG, Leipzig
- Unit tests and small REST endpoints for the meter-reading import.
EDUCATION
{dates}
Bachelor of Science Informatik, Example University
Final grade: 1,9
"""
    ev = gather(text, TODAY)
    assert ev.graduated is not None and divmod(ev.graduated, 12) == (2025, 5)


@pytest.mark.parametrize(("finished", "new_graduate"), [(2026, True), (2025, True), (2021, False)])
def test_a_recent_degree_and_no_jobs_is_a_new_graduate(finished: int, new_graduate: bool) -> None:
    """No dated job and no title held, and a degree finished in the last two years: a new graduate, whatever the
    words ("Final degree project", "graduate roles"); an older degree and no jobs says nothing about the level."""
    text = f"""Sofia Example
Computer Engineering graduate, distributed systems
EDUCATION
BSc in Computer Engineering, Example University, Sep {finished - 4} to Jul {finished}
Final degree project: a Raft-based replicated key-value store in Go
SKILLS
Go, Java, Docker, Kubernetes, Kafka
"""
    ev = gather(text, TODAY)
    assert ev.student is new_graduate, ev.signals


def test_a_profile_opening_with_a_registration_in_brackets_names_the_occupation() -> None:
    """"Registered professional electrical engineer (EBK) with nine years in transmission planning": the profile
    names another occupation, registration and all."""
    text = """Brian Example
Power Systems Engineer
PROFILE
Registered professional electrical engineer (EBK) with nine years in transmission planning and protection.
"""
    assert gather(text, TODAY).profile_occupation == "registered professional electrical engineer (ebk)"


@pytest.mark.parametrize(("opening", "occupation"), [
    ("Electrical engineer (P.Eng., APEGA) with nine years in substation protection.",
     "electrical engineer (p.eng., apega)"),
    ("Licensed professional engineer (Texas, Louisiana) with 14 years of drainage design.",
     "licensed professional engineer (texas, louisiana)"),
])
def test_a_registration_in_brackets_may_hold_commas(opening: str, occupation: str) -> None:
    text = f"Alex Example\nalex@example.com\nPROFILE\n{opening}\n"
    assert gather(text, TODAY).profile_occupation == occupation


@pytest.mark.parametrize(("line", "experience"), [
    ("WORK", True), ("Work:", True), ("Work experience", True),
    # a wrapped sentence that starts with the word is no heading
    ("work flows.", False), ("Work authorization", False),
])
def test_work_alone_is_a_heading(line: str, experience: bool) -> None:
    from titlematch.evidence import _section_kinds

    assert (_section_kinds(["Sam Example", line, "Software Developer, Example Co"])[2] == "experience") is experience


@pytest.mark.parametrize(("line", "education"), [
    ("Training", True), ("TRAINING", True), ("Education:", True),
    # the end of a wrapped sentence is no heading
    ("training them.", False), ("courses they ran", False),
])
def test_the_end_of_a_wrapped_sentence_is_no_heading(line: str, education: bool) -> None:
    from titlematch.evidence import _section_kinds

    lines = ["Lead Architect · 2022 to present", "Took the practice from nine to nineteen people, mostly by hiring and",
             line, "Principal Architect · 2018 to 2022"]
    assert (_section_kinds(lines)[3] == "education") is education


def test_an_undated_jobs_line_may_be_long_when_its_title_opens_it() -> None:
    text = """Sam Example

WORK
Software Developer, Example Pay (mobile payments and merchant settlement services)
- Own the settlement API
Junior Developer, Example Logistics
- Express.js APIs for the rider app
- Kept the order service, the rider app and the Director of Operations dashboard in sync
"""
    assert [t.text for t in gather(text, TODAY).titles] == ["Software Developer", "Junior Developer"]


@pytest.mark.parametrize(("title", "part_time"), [
    ("Barista (weekends)", True), ("Sales Assistant (evenings, during my degree)", True),
    ("Shift Supervisor (part-time)", True), ("Weekend Operations Engineer", False), ("Barista", False),
])
def test_a_weekend_or_evening_job_is_part_time(title: str, part_time: bool) -> None:
    from titlematch.occupations import PART_TIME_RE

    assert bool(PART_TIME_RE.search(title)) is part_time


def test_role_durations_in_words_add_up_and_their_lines_hold_titles() -> None:
    text = """Sam Example

Work
Infrastructure Automation Engineer — Example Health, Pune (current role, about two years)
* Maintain the Terraform modules used by nine product teams
Build & Release Engineer — Example Payments, Bengaluru (previous role, about a year and a half)
* Administered Jenkins and Nexus

Skills
Java (5 years), Terraform (3 years)
"""
    ev = gather(text, TODAY)
    assert ev.claimed_years == 3.5
    assert [t.text for t in ev.titles] == ["Infrastructure Automation Engineer", "Build & Release Engineer"]


@pytest.mark.parametrize(("profile", "moved"), [
    ("I moved into IT because I liked fixing the booking system.", True),
    ("Former chef who retrained into tech through evening classes.", True),
    # a year dates the move itself (ev.retrained); serving those who moved is no move of one's own
    ("I moved into IT in 2023 after ten years in hotels.", False),
    ("I mentor restaurant staff who moved into tech.", False),
    ("I like IT because I liked fixing the booking system.", False),
    # "X turned Y": the role after "turned" is the one moved into
    ("Chartered accountant turned cloud engineer. Nine years in audit.", True),
    ("Teacher-turned-developer with a love of tidy data.", True),
    ("Nurse turned QA tester in 2023.", False),  # (dated: ev.retrained)
    ("Backend developer turned startup CTO.", False),
    ("We turned developer feedback into tickets.", False),
    # "Former X, now Y": a move when what follows "now" is software work
    ("Former primary school teacher, now writing backend code.", True),
    ("Ex-chef, now a junior developer.", True),
    ("Former store manager, now head of regional operations.", False),
])
def test_a_move_into_tech_without_a_year(profile: str, moved: bool) -> None:
    text = f"Sam Example\nPROFILE\n{profile}\nEXPERIENCE\nExample Ltd, 2024 - present\n"
    assert gather(text, TODAY).moved_into_tech is moved


def test_a_bullet_sentence_under_the_dates_holds_no_title() -> None:
    """Content-only text: the role's title line is gone, and the bullet under its dates lists tools ("Jenkins,
    Chef, Perforce"); Chef is configuration management there, not the person's job."""
    text = """Sam Example
EXPERIENCE
 — Example Studio, Boulder, CO
Jun 2014 - Feb 2018
- Owned build and release for the studio's backend services and launcher; Jenkins, Chef, Perforce, Python tooling.
- Cut the release process from a two-day manual checklist to a one-click pipeline.
"""
    assert [t.text for t in gather(text, TODAY).titles] == []


def test_the_end_of_a_wrapped_bullet_is_no_title_without_titled_dates() -> None:
    """Content-only text: no dated line has a title, so short lines are read as titles; "Chief Technology Officer"
    ends a bullet that wrapped after "report to the", and is whom one reports to."""
    text = """Career
 | Example Retail Group | Feb 2021 – present
• Lead a department of 42 through three team leads
• Accountable for AUD 18M annual cloud spend and an AUD 5M infrastructure run budget; report to the
  Chief Technology Officer
• Led the data centre exit: 430 workloads migrated to AWS and Azure
"""
    assert [t.text for t in gather(text, TODAY).titles] == []


def test_a_short_bullet_with_the_employer_still_holds_the_title() -> None:
    text = """Sam Example
PROFESSIONAL EXPERIENCE
* Example Marketplace (e-commerce marketplace) — Senior DevOps Engineer
  Since 2021
  - Responsible for the CI/CD of more than 140 services and the shared pipeline templates
"""
    assert [t.text for t in gather(text, TODAY).titles] == ["Senior DevOps Engineer"]


@pytest.mark.parametrize(("line", "title"), [
    ("Since Oct 2025: Application Support Analyst, Example Envios", "Application Support Analyst"),
    # sentence case on a job's dated line, ending in its job noun
    ("2024–2025: Service desk intern, Example Digital", "Service desk intern"),
    # a sentence there is no title
    ("2019 - 2021: I lead the commerce engineering group", None),
])
def test_a_title_after_the_dates_and_a_colon(line: str, title: str | None) -> None:
    held = [t.text for t in gather(f"Dana Example\n{line}\n", TODAY).titles]
    assert held == ([title] if title else []), held


@pytest.mark.parametrize(("about", "year"), [
    # one's former self moved: the teacher, not whom one teaches
    ("Former maths teacher who moved into software testing in 2025. I test payment APIs.", 2025),
    ("Ex-chef who moved into tech in 2024.", 2024),
    # serving those who moved is still no move of one's own
    ("Mentor to career changers who moved into tech in 2023.", None),
])
def test_a_move_told_of_ones_former_self(about: str, year: int | None) -> None:
    ev = gather(f"Sam Example\nAbout\n{about}\nExperience\nQA Engineer — Example Pay, March 2025 – present\n", TODAY)
    assert (ev.retrained[0] // 12 if ev.retrained else None) == year


@pytest.mark.parametrize(("profile", "year"), [
    # the year the phrase names, not one in the contact lines above the profile
    ("Since 2008 I have worked in software development.", 2008),
    # no year in the sentence: none from the phone number either
    ("After ten years as a chef I moved into tech.", None),
])
def test_the_year_of_a_move_is_the_sentences_not_the_contact_lines(profile: str, year: int | None) -> None:
    """The sentence before a profile's first may be the contact lines ("gmail.com / Tel: +81-90-7731-2048"): its
    "2048" made a Japanese division manager's whole career, which began in 2008, come before a move into tech."""
    text = f"""Kenji Example
Email: k.example@mail.example / Tel: +81-90-7731-2048

SUMMARY
{profile} I manage a platform division of 41 engineers through four team leaders.
WORK HISTORY
2013/04 – present  Example Online Co., Ltd.
  - Order platform: Kafka, Kubernetes, 52 services.
"""
    ev = gather(text, TODAY)
    assert (ev.retrained[0] // 12 if ev.retrained else None) == year, ev.retrained


def test_a_move_and_a_bootcamp_that_start_together_end_with_the_bootcamp() -> None:
    """"Moved into tech in 2024" and a bootcamp from January 2024 to July 2025: the change ran until the bootcamp
    ended, so a teaching job that wound down in July 2025 was the earlier career."""
    text = """Sam Example
Summary
Former chemistry teacher who moved into tech in 2024.
Training
Part-time DevOps bootcamp, Example Code Academy, Jan 2024 – Jul 2025
Experience
DevOps Engineer — Example Retail, Sep 2025 – present
"""
    ev = gather(text, TODAY)
    assert ev.retrained == (2024 * 12, 2025 * 12 + 6), ev.retrained


@pytest.mark.parametrize(("about", "year"), [
    ("I taught myself to code at night, finished a full-time bootcamp in 2024 and landed my first developer job "
     "in spring 2025. I bring the stuff they don't teach in bootcamp.", 2024),
    # serving a bootcamp is no retraining of one's own
    ("Mentor at a women-in-tech bootcamp since 2021; I teach the Git module.", None),
    # nor is building one for one's employer
    ("Built the career ladder and, in 2023, a bootcamp with two universities that has hired 64 junior engineers.",
     None),
])
def test_ones_own_bootcamp_whatever_the_line_says_of_teaching(about: str, year: int | None) -> None:
    ev = gather(f"Gabe Example\nAbout\n{about}\nExperience\nBackend Developer — Example Inc, April 2025 – present\n",
                TODAY)
    assert (ev.retrained[0] // 12 if ev.retrained else None) == year


@pytest.mark.parametrize(("education", "start"), [
    # a bootcamp by another name, its dates on its line
    ("Full-Stack Web Development Certificate — Example Code Academy (16-week immersive), Apr 2025 – Jul 2025",
     2025 * 12 + 3),
    # its year on its own line: the next line's dates are another entry's
    ("Example Coding Bootcamp — Certificate, Full-Stack Software Engineering, 2025\n"
     "Example Community College — coursework in Business Administration, 2018–2019", 2025 * 12),
])
def test_a_bootcamp_by_another_name_and_its_own_dates(education: str, start: int) -> None:
    ev = gather(f"Tyler Example\nEXPERIENCE\nDeveloper | Example Agency | Nov 2025 – Present\nEDUCATION\n{education}\n",
                TODAY)
    assert ev.retrained is not None and ev.retrained[0] == start, ev.retrained


@pytest.mark.parametrize(("latest", "musd"), [
    # the budget held now, not an older programme's
    ("- Own the architecture function's annual budget of EUR 3.4m; hiring and vendor contracts.", 3.4),
    # the latest job states none: the older one's counts
    ("- Own the target architecture and the group's API standards.", 48.0),
])
def test_the_budget_held_now_outranks_an_older_programmes(latest: str, musd: float) -> None:
    text = f"""Katrin Example
EXPERIENCE
Head of Architecture — Example Versicherung, 04/2021 – present
{latest}
Lead Solution Architect, Claims Transformation — 09/2017 – 03/2021
- Led a team of five solution architects on the claims modernisation programme (budget EUR 48m).
"""
    assert gather(text, TODAY).budget_musd == pytest.approx(musd, rel=0.05)


def test_roles_under_a_heading_that_names_an_earlier_career_are_that_career() -> None:
    """Every job under "BEFORE TECH" (or "Previous career:") is the earlier career, however far below the
    heading; the jobs under "WHAT I DO NOW" are not."""
    text = """Sam Example
WHAT I DO NOW
Example Events (online ticketing)
Software Developer, Apr 2023 to now
  - Node.js services on AWS.

BEFORE TECH

Example High School, Cape Town
Mathematics Teacher, 2012 - 2018
Head of Mathematics Department, 2018 - 2021
  - Set the assessment programme.

Previous career:
Example Hotel
Front Office Supervisor, 2009 - 2012
"""
    past = {r.title: r.past_career for r in gather(text, today=TODAY).roles}
    assert past == {"Software Developer": False, "Mathematics Teacher": True,
                    "Head of Mathematics Department": True, "Front Office Supervisor": True}
    # in sentence case too; and a section heading between ("Experience") ends the earlier career's reach
    text = """Sam Example
Before tech
Example Foods Ltd, Newport
Management Accountant, Mar 2018 - Jun 2021
- Month-end close, budgeting and variance reporting.
Example & Lowe LLP, Cardiff
Auditor, 2014 to 2018

Experience
Example Insurance Technology
Software Developer, Jan 2022 - present
"""
    past = {r.title: r.past_career for r in gather(text, today=TODAY).roles}
    assert past == {"Management Accountant": True, "Auditor": True, "Software Developer": False}
    # a heading naming another field's career ("Teaching career"), not one's own ("Professional career")
    for heading, earlier in (("Teaching career", True), ("Professional career", False)):
        text = f"Sam Example\n{heading}\nExample Academy, Bristol\nMaths Teacher, 2018 to 2025\n"
        assert [r.past_career for r in gather(text, today=TODAY).roles] == [earlier]
    # "Before IT" names the earlier career; "before it reaches production", in a role's sentence, does not
    for line, earlier in (("Before IT: Chef de Partie, Example Bistro, 2015 to 2019", True),
                          ("From 2018 to 2022 I was Lead Solutions Architect at Example Payments; every service was "
                           "reviewed before it reached production.", False)):
        assert [r.past_career for r in gather(f"Sam Example\n\n{line}\n", today=TODAY).roles] == [earlier]


def test_learning_alone_is_an_education_heading() -> None:
    """A bootcamp under "LEARNING" is education: it is not part of the description of the job above it."""
    text = """Sam Example
EXPERIENCE
Head of Mathematics Department, 2018 - 2021
  - Set the assessment programme.

LEARNING
Example Bootcamp - full-stack web development, 2021 (JavaScript, Node.js, React, SQL)
"""
    role = gather(text, today=TODAY).roles[0]
    assert "Bootcamp" not in role.text and "Node.js" not in role.text


@pytest.mark.parametrize("heading", ["TOOLS", "Tools I use most", "Toolbox", "Tech stack", "CERTS", "Licences"])
def test_tools_and_certificates_headings_end_the_job_above(heading: str) -> None:
    """The tools a career changer lists under "TOOLS" after the old job are not that job's: a warehouse job does
    not become a technical one by the list below it."""
    text = f"""Sam Example
EXPERIENCE
Example Cold Chain, 2015 to 2023
  - Ran night shifts of 12-18 pick and pack staff.

{heading}
GitHub Actions, Docker, Helm, Kubernetes, Terraform, AWS
"""
    role = gather(text, today=TODAY).roles[0]
    assert "Docker" not in role.text and "Terraform" not in role.text


def test_a_title_in_the_prose_below_a_jobs_dates_is_not_the_jobs() -> None:
    """With its title gone, a VP's dates are followed by prose naming the directors who report to the VP: those
    are their titles, not this job's. A short company line with "Pvt. Ltd." is no prose."""
    text = """Sam Example
Experience
                                   Apr 2021 - Present
Report to the CTO. Direct reports: Director of Cloud Platform, Director of Network & Connectivity, Director of
Infrastructure Operations. Total organisation ~160 FTE; $71M opex.
Solution Architect - Example Digital Services Pvt. Ltd., Pune (client: a general insurance company)
2016 - 2021
"""
    ev = gather(text, today=TODAY)
    assert [r.title for r in ev.roles] == ["", "Solution Architect"]


@pytest.mark.parametrize("bullet", [
    "- Lead analyst for the core banking move (accounts, payments, customer master data); coordinate three analysts.",
    "- Scrum Master for two teams; ran planning and retrospectives.",
])
def test_master_data_and_scrum_masters_are_no_degrees(bullet: str) -> None:
    """A job's first bullet naming "customer master data" or a "Scrum Master" is no education line: the job's
    dates above it still count (a master's degree below its dates still does not)."""
    text = f"""Sam Example
Example Bank, Graz  |  Jan. 2019 - Present
{bullet}
Example Leasing, Linz  |  2014 to 2018
- Requirements for the contract system.
"""
    assert gather(text, today=TODAY).years == pytest.approx(12.0, abs=0.1)  # (2014 to 2018: four years)
    degree = text.replace(bullet, "Master of Science in Computer Science, thesis on event sourcing")
    assert gather(degree, today=TODAY).years < 5


def test_a_remark_in_brackets_after_a_title_leaves_the_title() -> None:
    """"Chief Architect (member of the technology executive team)" holds the title "Chief Architect"; an employer
    named by its people ("Meridian Health Partners (private hospitals)") holds none."""
    text = """Sam Example
Example Telecom plc — Chief Architect (member of the technology executive team)
since 2021
- Lead the architecture organisation of 42 people.
Example Health Partners (private hospitals, 11 sites) — 2016 - 2021
Cloud Infrastructure Engineer
- Landing zones and migrations.
"""
    assert [t.text for t in gather(text, today=TODAY).titles] == ["Chief Architect", "Cloud Infrastructure Engineer"]


def test_a_wrapped_bullet_holds_no_title_nor_profile_occupation() -> None:
    """The end of a bullet wrapped onto the next line ("... the team reports to the" over "Head of
    Infrastructure)") is neither the job's title nor the occupation a profile opens with; a smiley is no bracket."""
    text = """Sam Example
Experience
Example Health (private hospital group)
2022 – present
- Technical lead for a 5-person cloud team (I don't have line management; the team reports to the
  Head of Infrastructure)
- Designed the AWS landing zone.
"""
    ev = gather(text, today=TODAY)
    assert ev.headline is None and [t.text for t in ev.titles] == []
    smiley = gather("Sam Example\nI am QA engineer with 5 years of experience. I find bugs first :)\n", today=TODAY)
    assert smiley.profile_occupation == "qa engineer"
    # a wrapped line that opens with a lower-case word, where the line above stops mid-sentence
    wrapped = """Sam Example
Experience
Example Bank, Warsaw
Jan 2020 - present
  - Incident commander; run the monthly reliability
    review with the Head of Digital Channels
  - Game days on the OpenShift clusters
"""
    assert [t.text for t in gather(wrapped, today=TODAY).titles] == []
    # ("iOS Developer" opens with a lower-case letter, not a lower-case word)
    ios = "Sam Example\nExperience\nExample Apps, Lagos\niOS Developer\n- SwiftUI screens\n"
    assert [t.text for t in gather(ios, today=TODAY).titles] == ["iOS Developer"]


def test_a_school_in_the_first_bullet_under_a_job_leaves_its_dates_a_job() -> None:
    """"Software Developer — Example Digital Ltd" over "Sep 2023 – Dec 2024" and "- REST APIs for client projects
    (school fees, a pharmacy app)": the dates are the job's, not a course's; bare dates over a degree stay a
    course's."""
    job = """Sam Example
EXPERIENCE
Software Developer — Example Digital Ltd
Sep 2023 – Dec 2024
- REST APIs in Laravel and Node.js for five client projects (school fees, a pharmacy ordering app)
"""
    assert gather(job, today=TODAY).years == pytest.approx(1.3, abs=0.1)
    course = """Sam Example
EXPERIENCE
Sep 2019 – Jun 2023
BSc Computer Science, Example University
"""
    assert gather(course, today=TODAY).years == 0
    # with no title (content-only text): a bullet's sentence about work that names a school is no course
    untitled = """Sam Example
Example Software House —   — Jun. 2019 – Dec. 2020
* Built REST APIs for client projects: a school fees portal, an SME invoicing tool, a logistics booking app
* Mostly Python/Django and some Node.js
"""
    assert gather(untitled, today=TODAY).years == pytest.approx(1.6, abs=0.1)
    # ... but one that says what was studied is: "- 24-week full-time bootcamp: JavaScript, Node, React, SQL"
    bootcamp = """Sam Example
Sept 2024 - Feb 2025
- 24-week full-time bootcamp at Example Academy: JavaScript, Node, React, SQL, data structures basics
"""
    assert gather(bootcamp, today=TODAY).years == 0


def test_moving_into_tech_said_with_the_gerund_dates_the_change() -> None:
    """"Since moving into IT in 2021 I have written requirements ...": the change of career came in 2021, like "I
    moved into IT in 2021"."""
    text = """Sam Example
Systems analyst. Before IT I spent seven years as a laboratory technologist. Since moving into IT in 2021 I have
written requirements and interface specifications.
Experience
Clinical Systems Analyst (since 2022)
Laboratory Technologist — Example Hospital
2013 to 2020
"""
    ev = gather(text, today=TODAY)
    assert ev.retrained == (2021 * 12, 2021 * 12 + 11)
    # and the dates' brackets leave no trace in the title
    assert [t.text for t in ev.titles][:1] == ["Clinical Systems Analyst"]
    # "before retraining in computing", with no year: a move into tech all the same
    retrained = gather("Sam Example\nI spent seven years running night shifts in a distribution centre before "
                       "retraining in computing.\n", today=TODAY)
    assert retrained.moved_into_tech
    # an "I" sentence about the earlier job is one's own story, not teaching others who moved
    taught = gather("Sam Example\nI taught maths in secondary schools for ten years before retraining as a developer "
                    "in 2024.\n", today=TODAY)
    assert taught.retrained == (2024 * 12, 2024 * 12 + 11)


@pytest.mark.parametrize(("line", "title"), [
    ("Associate Engineer – Build & Release", "Associate Engineer – Build & Release"),
    ("Lead Consultant – Enterprise Architecture  |  Example Infotech Services Ltd.", "Lead Consultant – Enterprise "
                                                                                      "Architecture"),
    ("Director, Platform Engineering", "Director – Platform Engineering"),
    # an employer, a place or a business domain after the title is not its discipline
    ("Software Engineer – Payments", "Software Engineer"),
    ("Senior Developer - Example Corp", "Senior Developer"),
    ("DevOps Engineer, Example Cloud Services Ltd", "DevOps Engineer"),
])
def test_the_discipline_after_a_title_is_part_of_it(line: str, title: str) -> None:
    """"Associate Engineer – Build & Release" is a build and release job (DevOps), "Director, Platform
    Engineering" a director of the platform (Engineer): the discipline after the separator stays with the title."""
    from titlematch.evidence import _title_part

    assert _title_part(line, None) == title


def test_a_course_under_a_study_heading_is_no_job() -> None:
    """"Study" and "Professional development" head courses and certificates: a part-time course's months are no
    work (a career changer's DevOps course before the first DevOps job)."""
    for heading in ("Study", "Professional development"):
        text = (f"Experience\nExample Co — Aug 2025 - Present\n* Terraform and GitHub Actions for 14 services.\n\n"
                f"{heading}\n* \"DevOps Foundations\" part-time course, Example Tech Academy (Feb - Oct 2024): Linux, "
                "Bash, Git, Docker\n")
        ev = gather(text, TODAY)
        assert ev.years == 1.3, (heading, ev.years)
        assert gather(text.replace(heading, "Other work"), TODAY).years > 2  # the same line as a job counts


@pytest.mark.parametrize(("line", "title"), [
    # a company named with an occupation's noun, described in brackets: the employer, not a pilot's job
    ("Pallet Pilot (warehouse scheduling SaaS, 6 people, seed-funded) — Toronto, since 2022", None),
    ("Data Doctor (analytics consultancy, 12 employees) — 2019 - 2022", None),
    # a pilot's job, and a title with a remark in brackets, stay titles
    ("Airline Pilot (A320), Example Air — 2019 - 2022", "Airline Pilot (A320)"),
    ("Airline Pilot, Example Air (regional carrier, 40 aircraft) — 2019 - 2022", "Airline Pilot"),
    ("Chief Architect (member of the technology executive team) — 2019 - 2022", "Chief Architect"),
])
def test_a_company_named_like_an_occupation_is_no_title(line: str, title: str | None) -> None:
    ev = gather(f"Experience\n{line}\n- Built the booking API and the carrier portal in TypeScript.\n", TODAY)
    assert [t.text for t in ev.titles] == ([title] if title else [])


def test_a_registration_kept_without_practising_is_no_job() -> None:
    """"Registered Professional Engineer (RPEQ), civil — non-practising since 2021": a career changer's
    registration, not a civil engineer's job since 2021."""
    text = """Experience
 — Example Freight Systems, Brisbane
Feb 2023 – present
- Replaced a single-leader scheduler with a lease-based, sharded design (etcd leases, consistent hashing).
Other
Registered Professional Engineer (RPEQ), civil — non-practising since 2021
"""
    ev = gather(text, TODAY)
    assert [t.text for t in ev.titles] == [] and len(ev.roles) == 1 and ev.years == 3.8
    practising = gather(text.replace("non-practising since 2021", "since 2021"), TODAY)
    assert [t.text for t in practising.titles] == ["Registered Professional Engineer (RPEQ), civil"]


@pytest.mark.parametrize(("bullet", "work"), [
    # a sentence that names the studies as what came before: the job after them
    ("– Joined the payments squad straight from bootcamp. Built small features in the direct-debit service.", True),
    ("• Joined the servicing squad (7 people) after the graduate bootcamp; I pick up tickets like everyone else.",
     True),
    # one that says what was studied: the studies themselves
    ("– 16-week full-time bootcamp: JavaScript, Node.js, React, SQL and a final group project.", False),
    ("– Graduated from college with honours after a final project on scheduling algorithms and queues.", False),
    # a paragraph of prose about the work: "expected" there is no graduation
    ("I lead quality for the checkout area: four QA engineers report to me. Before Black Friday we found a "
     "connection-pool limit in the inventory service that would have capped us at half of the expected peak.", True),
    ("Full-time coding bootcamp, expected to finish in March: JavaScript, Node.js, React, SQL, testing, pair "
     "programming every day and a final group project for a local charity's volunteer rota.", False),
    # a team's business analyst, counted, is no Bachelor of Arts; a BA with its subject is
    ("Technical lead, Claims Platform squad (5 developers, 1 tester, 1 BA)", True),
    ("BA (Hons) Economics, Example University", False),
])
def test_studies_named_before_the_work(bullet: str, work: bool) -> None:
    """Untitled dates (content-only text) whose first bullet names a bootcamp: work when the bootcamp is what came
    before it, a course when the bullet describes the bootcamp."""
    text = f"Jo Example\nEXPERIENCE\n — Example Energy Ltd, Bristol      Oct 2022 – Mar 2024\n{bullet}\n"
    assert (gather(text, TODAY).years > 1.0) is work


@pytest.mark.parametrize(("employer", "titles"), [
    # a firm named by its people, every job noun plural: no title
    ("Northgate Advisory Partners", []),
    ("Dijkstra & Partners IT Consultancy", []),
    ("Example Consulting Engineers", []),
    # a title keeps its plural noun beside a singular one
    ("Manager of Platform Engineers", ["Manager of Platform Engineers"]),
    ("Head of Engineers", ["Head of Engineers"]),
])
def test_a_firm_named_by_its_people_is_no_title(employer: str, titles: list[str]) -> None:
    """Content-only text keeps the employer's line above the dates: "Northgate Advisory Partners" is no job."""
    text = f"Jo Example\nEXPERIENCE\n{employer}\nMar 2021 – present\n- Designed the claims platform's services.\n"
    assert [t.text for t in gather(text, TODAY).titles] == titles


def test_practices_count_each_practice_once_whatever_its_spelling() -> None:
    """"ADRs" and "architecture decision records" are one practice; "C4" and "TOGAF" are whole words only."""
    text = """Wrote ADRs for every service boundary; the architecture decision records live in the repo.
Drew the target architecture in C4 and ran the architecture review board; TOGAF certified.
Ticket C45, MADRID office, Arc420 printer."""
    found = gather(text).practices["architecture"]
    assert found == ["architecture decision records", "target architecture", "architecture notations",
                     "architecture review"]


def test_practices_are_looked_for_only_where_the_work_is_named() -> None:
    """A text with none of the words of the work ("architect", "ADR", "C4", "TOGAF") names no practices,
    however many words of the spellings it holds in other senses."""
    assert gather("Solution design of a kitchen; integration patterns for the stock system").practices == {}
    assert gather("Solution architecture and solution design for the payments domain").practices == {
        "architecture": ["solution design"]}


def test_distributed_practices_count_each_practice_once_whatever_its_spelling() -> None:
    """"Sharding" and "partition keys" are one practice, "p99" and "tail latency" another; "raft" is a whole
    word only ("craft", "aircraft")."""
    text = """Sharding of the ledger store by account, partition keys by region, consistent hashing for caches.
Raft-based consensus for the config service; p99 and tail latency budgets; craftsmanship."""
    assert gather(text).practices["distributed"] == ["partitioning", "consensus", "tail latency"]
    assert gather("Craft brewing; aircraft parts; drafted the quality manual").practices == {}


@pytest.mark.parametrize("heading", ["AUSBILDUNG (Education)", "FORMACIÓN / EDUCATION", "Éducation | Education"])
def test_a_heading_glossed_in_another_language_opens_its_section(heading: str) -> None:
    """A bilingual CV glosses its headings: either half names the section, so the school years below the
    education heading are no job (the Abitur's 2006-2014 made a developer of five years a senior)."""
    text = f"""Jonas Example
BERUFSERFAHRUNG (Professional Experience)
01.07.2021 – heute
Softwareentwickler, Example GmbH
- Spring Boot services for claims.
{heading}
08.2006 – 06.2014
Abitur, Example Gymnasium
"""
    ev = gather(text, TODAY)
    assert [r.start // 12 for r in ev.roles] == [2021], ev.roles


@pytest.mark.parametrize("heading", ["EDUCACIÓN", "ISTRUZIONE E FORMAZIONE", "Opleiding", "Wykształcenie", "ÉTUDES"])
def test_the_education_heading_of_a_european_cv_opens_its_section(heading: str) -> None:
    """"EDUCACIÓN" over "Ingeniería en Sistemas ..." and "(2016 – 2022)": the years of study are no job (they made a
    cloud engineer of under five years a senior)."""
    text = f"""Martín Example
EXPERIENCIA LABORAL
Ingeniero Cloud — desde 04/2023
- AWS landing zone and migrations.
{heading}
Ingeniería en Sistemas de Información — Universidad Example
(2016 – 2022)
"""
    ev = gather(text, TODAY)
    assert [r.start // 12 for r in ev.roles] == [2023], ev.roles


@pytest.mark.parametrize("heading", ["경력사항 (Career) — 총 13년 10개월", "WORK EXPERIENCE — 11 years",
                                     "Professional Experience (11+ yrs)", "Berufserfahrung: 11 Jahre", "경력사항",
                                     "職務経歴"])
def test_a_work_heading_that_states_the_total_or_is_korean_or_japanese_opens_its_section(heading: str) -> None:
    """A heading may state the years in all ("경력사항 (Career) — 총 13년 10개월": Korean, "career, in all 13 years
    10 months") or be written in Korean or Japanese: it still closes the education section above it, so the jobs
    below count (a Korean platform director with three part leaders read Entry on his military service alone)."""
    text = f"""Example Resume
학력사항 (Education)
2007.03 – 2013.02  B.S. Computer Science, Example University
{heading}
2019.07 – 현재  Part Leader, Order Platform
- Led 9 engineers; split the order monolith into 17 services.
2013.01 – 2019.06  Backend Developer, Example Soft
- Java backend for public sector portals.
"""
    ev = gather(text, TODAY)
    assert sorted(r.start // 12 for r in ev.roles) == [2013, 2019], ev.roles


def test_a_stated_total_is_cut_only_from_the_end_of_a_heading() -> None:
    """Years inside a line's words ("Skills — 5 years Python") or a range ("Experience 2019-2024") are no total:
    the line is left as it is, and no heading."""
    from titlematch.evidence import _section_kinds

    lines = ["Education", "BSc, Example University, 2015 - 2018", "Skills — 5 years Python and Go",
             "Experience 2019-2024"]
    assert _section_kinds(lines) == ["education"] * 4


def test_a_dated_job_line_with_a_slash_is_no_glossed_heading() -> None:
    """"Volunteer Math Tutor 09/2015 to Current" holds a slash and a heading word ("volunteer"), but a line with
    dates is no glossed heading: the section it sits in goes on."""
    from titlematch.evidence import _section_kinds

    lines = ["Experience", "Volunteer Math Tutor 09/2015 to Current Example School", "- Tutored algebra.",
             "Training / Formation", "Kubernetes course 2021"]
    assert _section_kinds(lines) == ["experience", "experience", "experience", "education", "education"]


def test_a_section_heading_is_not_a_title_held() -> None:
    """"EXECUTIVE SUMMARY" above a dated sentence holds a job noun but is a heading; the title is the role's."""
    text = """Camille Example

EXECUTIVE SUMMARY
Technology executive; since 2022 I have led the cloud organisation of an energy group.

Vice President – Cloud Platforms
01/03/2022 – present
- Four directors, 150 people.
"""
    assert [t.text for t in gather(text, TODAY).titles] == ["Vice President – Cloud Platforms"]


def test_a_degree_in_progress_is_studying_and_its_enrolment_year_no_graduation() -> None:
    """"B.S. ... - in progress (fourth year, enrolled Aug 2023)": still studying, and 2023 is when it began."""
    text = """Ada Example
EDUCATION
B.S. Computer Science, Example State University - in progress (fourth year, enrolled Aug 2023)
EXPERIENCE
Software Engineering Intern, Example Insurance          May 2026 - Aug 2026
- Built two Spring Boot REST endpoints for the claims service.
"""
    ev = gather(text, TODAY)
    assert ev.studying and ev.graduated is None
    assert ev.signals["still studying"] == ["degree in progress"]


def test_a_professional_diploma_in_progress_is_not_a_degree_being_studied() -> None:
    """The British Computer Society's diploma beside a completed BSc: a professional qualification."""
    text = """Sam Example
Business Analyst, Example Health          2022 - present
EDUCATION
BSc (Hons) Business Information Systems, Example University, 2020
BCS International Diploma in Business Analysis — in progress
"""
    ev = gather(text, TODAY)
    assert not ev.studying and ev.graduated == 2020 * 12 + 5


@pytest.mark.parametrize(("lines", "months"), [
    (["Head of DevOps", "Example Insurance, Dublin", "2021-04", "to", "present"], (2026 - 2021) * 12 + 10 - 3 + 1),
    (["Head of Architecture", "04.2022", "today"], (2026 - 2022) * 12 + 10 - 3 + 1),
    (["09.2018", "03.2022"], 43),
    (["2019年4月", "～", "2021年3月"], 24),
])
def test_a_range_stacked_over_lines_of_its_own(lines: list[str], months: int) -> None:
    """Start and end each alone on a line (a dash or "to" alone between them): one range."""
    ranges = find_ranges(lines, TODAY)
    assert [r.months for r in ranges] == [months]


@pytest.mark.parametrize("lines", [["2016-08-24", "2016-08-24"], ["2021-03", "2014-02"], ["2019", "Senior Engineer"],
                                   ["Oct 2019", "-", "Kubernetes"]])
def test_lines_of_dates_that_are_no_range(lines: list[str]) -> None:
    """One date twice is an event's; an end before the start, or no second date, is no range."""
    assert find_ranges(lines, TODAY) == []


@pytest.mark.parametrize("text", [
    "Barista (part-time)", "PART TIME", "Waiter (Weekends only)", "(evenings, 10 h)", "TEILZEIT", "Temps partiel",
    "tiempo parcial", "Media jornada", "meio período", "Meio Periodo", "16 Std./Woche während des Studiums",
    "20 HOURS/WEEK", "12 h per week, during my master's", "8 hrs a wk)",
    "part-time during school", "while at university", "While studying", "Summer jobs", "STUDENT WORK", "Work-study",
    "en alternance", "Apprentie", "stagiaire", "Stage de fin d'études", "Werkstudentin", "Praktikant",
    "Praktikum", "Becaria", "Estagiária", "Estágio", "Tirocinante", "WÄHREND DES STUDIUMS", "neben dem Studium",
    "studienbegleitend", "pendant mes études", "durante la carrera", "durante a graduação", "durante gli studi",
])
def test_the_part_time_and_student_job_patterns_hold_one_of_their_anchors(text: str) -> None:
    """Each of the two patterns is tried only on text holding one of its anchors: every match must hold one."""
    import re

    from titlematch.occupations import PART_TIME_RE, STUDENT_JOB_RE

    found = False
    for anchored in (PART_TIME_RE, STUDENT_JOB_RE):
        m = re.compile(anchored.pattern.pattern, re.IGNORECASE).search(text)
        if m is not None:
            found = True
            assert any(a in m.group(0).lower() for a in anchored.anchors), (m.group(0), anchored.anchors)
            assert anchored.search(text) is not None
    assert found, text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab -", max_size=400), st.integers(0, 400), st.integers(0, 30))
@example("x " * 20 + "a" * 150 + "2019-2021" + " tail" * 60, 190, 9)  # no space to cut at before the dates
def test_the_reach_beside_the_dates_keeps_the_dates_whole(line: str, at: int, width: int) -> None:
    from titlematch.evidence import _near_dates

    start = min(at, len(line))
    span = (start, min(start + width, len(line)))
    near, (a, b) = _near_dates(line, span)
    assert 0 <= a <= b <= len(near) and near[a:b] == line[span[0]:span[1]] and near in line


@pytest.mark.parametrize(("headline", "latest", "group"), [
    ("Engineering Manager, Core Platform", "Engineering Manager, Core Platform — Example Health | 2021 - now", True),
    ("Engineering leader", "Head of Platform Engineering | Example Bank | 2020 - present", True),
    ("Engineering leader", "Platform Engineering Manager | Example Bank | 2020 - present", True),
    ("Engineering leader", "Director of Engineering, Commerce Platform | Example Shop | 2020 - present", False),
    ("Engineering leader", "Engineering Manager, Booking Platform | Example Travel | 2020 - present", False),
    ("Engineering leader", "Director of Engineering | Example Platforms Ltd | 2020 - present", False),
])
def test_the_platform_group_a_leader_runs(headline: str, latest: str, group: bool) -> None:
    """The platform itself as the group one leads, in the headline or the latest title's line; a product's platform
    ("Commerce Platform") or an employer's name is not it."""
    text = f"Sam Example\n{headline}\n\nEXPERIENCE\n{latest}\n- Lead four teams through four team leads.\n" \
           "Software Engineer | Example Co | 2010 - 2020\n- Java services.\n"
    ev = gather(text, TODAY)
    assert (ev.platform_group is not None) == group, ev.platform_group


def test_a_title_one_aspires_to_is_not_held() -> None:
    """An undated graduate's headline names the job wanted: no title held, so the student signals decide."""
    text = """Sam Example
Computer Engineering Graduate | Aspiring Backend Developer
Objective: a first role building backend services.
Education
B.Tech, Computer Engineering, Example Institute
Academic Projects
- Capstone: split a shop into Spring Boot services.
"""
    assert gather(text, TODAY).titles == []
    assert [t.text for t in gather(text.replace("Aspiring ", ""), TODAY).titles] == ["Backend Developer"]


_PROSE_CAREER = """Sam Example
About me
I lead the delivery engineering department at Example Mutual, a member-owned bank, where I manage three engineering
managers and 31 engineers, and I own the department's budget and hiring plan for build, release and the platform.

From 2014 to 2019 I worked at Example Travel Group in Sydney, where I automated environment provisioning with \
Ansible and CloudFormation and built Jenkins pipelines for about sixty services. \
I began my career in a university IT department in Wollongong from 2010 to 2014, looking after Linux servers, \
backups and shell scripts.

Education
Bachelor of Information Technology, Example University, 2009
"""


def test_a_paragraph_naming_a_university_keeps_the_work_its_other_sentences_date() -> None:
    """In prose a whole paragraph is one line: the university one sentence names (where the career began, or a
    base station controller's "BSC" read as a degree) does not make the dates of the paragraph's other sentences
    a course's."""
    ev = gather(_PROSE_CAREER, TODAY)
    assert ev.first_year == 2014 and ev.years >= 5.0, (ev.first_year, ev.years)


@pytest.mark.parametrize("before", ["Before changing careers", "Before I changed careers", "Before switching careers",
                                    "Before I switched careers"])
def test_a_sentence_that_dates_the_career_before_a_change_is_that_career(before: str) -> None:
    text = f"""Sam Example
Since April 2024 I have worked at Example Pay, a fintech, on the invoicing and tax services: Kotlin, Spring Boot \
and Kafka on Kubernetes, with my own tests in JUnit and Testcontainers, and on-call for my services.

{before} I worked from 2016 to 2022 at Example Supermarkets, a regional chain, where I handled supplier \
payments, tax withholdings and the month-end close, and automated my own spreadsheets with VBA and Python.
"""
    roles = gather(text, today=TODAY).roles
    assert [(r.start // 12, r.past_career) for r in sorted(roles, key=lambda r: r.start)] == [(2016, True),
                                                                                               (2024, False)]


def test_a_profiles_dates_take_no_title_from_the_next_section() -> None:
    """"I am working in IT since 2012" two lines above "Cloud Engineer — Example Retail" under the experience
    heading: the title is that job's, not the profile's range's (which left the job untitled)."""
    text = """Sam Example
ABOUT ME
I am working in IT since 2012. First years in helpdesk and after as network administrator in a hospital group.
PROFESSIONAL EXPERIENCE
Cloud Engineer — Example Retail, Valencia
April 2023 – present
- AWS landing zone with Control Tower and Terraform.
Network Administrator — Example Hospitals, Valencia
June 2014 – March 2023
"""
    titles = {r.start // 12: r.title for r in gather(text, today=TODAY).roles}
    assert titles == {2012: "", 2023: "Cloud Engineer", 2014: "Network Administrator"}
