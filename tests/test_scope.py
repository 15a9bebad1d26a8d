"""The scope patterns' anchors: a gated pattern only runs on text holding one of its anchors, so every anchor
list must cover every branch of its pattern. Each branch has a phrase here that must still be found, and on
the whole labelled set the gated patterns find exactly what the bare ones find."""

from __future__ import annotations

from pathlib import Path

import pytest

from titlematch import scope
from titlematch.evidence import Evidence
from titlematch.scope import _Gated

ROOT = Path(__file__).resolve().parent.parent

# (pattern name, phrase every anchor list must let through): at least one per branch of each pattern.
BRANCHES = [
    ("_EXEC_RE", "presented to the board of directors"), ("_EXEC_RE", "sat on the executive committee"),
    ("_EXEC_REPORTING_RE", "reporting directly to the ceo"), ("_EXEC_REPORTING_RE", "reporting to the founders"),
    ("_EXEC_REPORTING_RE", "reports directly to the cio"), ("_EXEC_RE", "briefed the c-suite"),
    ("_EXEC_RE", "a company-wide programme"), ("_EXEC_RE", "enterprise-wide standards"),
    ("_EXEC_RE", "organisation-wide change"), ("_EXEC_RE", "rolled out across the enterprise"),
    ("_EXEC_RE", "pitched to investors"), ("_EXEC_RE", "prepared the ipo"), ("_EXEC_RE", "m&a integration"),
    ("_EXEC_RE", "technical due diligence"), ("_EXEC_RE", "owned the p&l"),
    ("_LEAD_RE", "mentored two juniors"), ("_LEAD_RE", "coaching new hires"), ("_LEAD_RE", "technical lead for"),
    ("_LEAD_RE", "led the migration"), ("_LEAD_RE", "set the technical direction"),
    ("_LEAD_RE", "ran design reviews"), ("_LEAD_RE", "code reviews for"), ("_LEAD_RE", "owned the roadmap"),
    ("_LEAD_RE", "drove adoption of"), ("_LEAD_RE", "onboarded new engineers"),
    ("_LEAD_RE", "the de facto reliability lead"),
    ("_CERT_RE", "aws certified"), ("_CERT_RE", "cka"), ("_CERT_RE", "ckad"), ("_CERT_RE", "pmp"),
    ("_CERT_RE", "istqb foundation"), ("_CERT_RE", "itil v4"), ("_CERT_RE", "togaf"), ("_CERT_RE", "cissp"),
    ("_CERT_RE", "scrum master"), ("_CERT_RE", "csm"), ("_CERT_RE", "safe agilist"),
    ("_COMMUNITY_RE", "open source"), ("_COMMUNITY_RE", "github.com/someone"), ("_COMMUNITY_RE", "maintainer of"),
    ("_COMMUNITY_RE", "committer"), ("_COMMUNITY_RE", "spoke at kubecon"), ("_COMMUNITY_RE", "talks at meetups"),
    ("_COMMUNITY_RE", "conference speaker"), ("_COMMUNITY_RE", "a blog"), ("_COMMUNITY_RE", "publications"),
    ("_COMMUNITY_RE", "published papers"), ("_COMMUNITY_RE", "two patents"), ("_COMMUNITY_RE", "contributor"),
    ("STUDENT_RE", "expected graduation"), ("STUDENT_RE", "gpa 3.8"), ("STUDENT_RE", "relevant coursework"),
    ("STUDENT_RE", "currently a student"), ("STUDENT_RE", "undergraduate"), ("STUDENT_RE", "final-year project"),
    ("STUDENT_RE", "capstone"), ("STUDENT_RE", "graduating in 2027"), ("STUDENT_RE", "class of 2026"),
    ("STUDENT_RE", "coding bootcamp"),
    ("STUDENT_NOW_RE", "expected may 2027"), ("STUDENT_NOW_RE", "currently enrolled"),
    ("STUDENT_NOW_RE", "final year student"), ("STUDENT_NOW_RE", "looking for a summer internship"),
    ("_MANAGERS_RE", "5 engineering managers"), ("_MANAGERS_RE", "a manager of managers"),
    ("_MANAGERS_RE", "through two directors"), ("_MANAGERS_RE", "managed three team leads"),
    ("_MANAGERS_RE", "team leads reporting directly to me"), ("_MANAGERS_RE", "each squad has its own lead"),
    ("_MANAGERS_RE", "ran four teams"), ("_MANAGERS_RE", "three heads of architecture"),
    ("_MANAGERS_RE", "through four heads of architecture"), ("_MANAGERS_RE", "each run by a head of data"),
    ("_MANAGERS_RE", "appraise the three lead architects"), ("_MANAGERS_RE", "4 lead engineers"),
    ("_MANAGERS_RE", "two lead developers"),
    ("_MANAGERS_RE", "heads of engineering reporting to me"),
    ("_MANAGERS_RE", "3 coordinators/leaders reporting to me"), ("_MANAGERS_RE", "each one with its own leader"),
    ("_MANAGERS_RE", "each led by a team lead"), ("_MANAGERS_RE", "four teams with their own engineering managers"),
    ("_NO_REPORTS_RE", "no hierarchical management"), ("_BUDGET_RE", "a budget of r$ 7,4 milhões"),
    ("_EXEC_REPORTING_RE", "reporting to the group cto"),
    ("_EXEC_REPORTING_RE", "report to the chief digital officer"),
    ("_EXEC_REPORTING_RE", "report directly to the ceo"),
    ("_REPORTS_BELOW_RE", "reporting to the head of infrastructure"), ("_REPORTS_BELOW_RE", "i report to the vp"),
    ("_BUDGET_RE", "a budget of $2m"), ("_BUDGET_RE", "$3.5m opex"), ("_BUDGET_RE", "cost base of €4 million"),
    ("_BUDGET_RE", "an annual budget of usd 21m"), ("_CODE_BUDGET_RE", "eur 3 million opex"),
    ("_BUDGET_RE", "a budget of r$ 14m"), ("_BUDGET_RE", "budget of ₹14 crore"), ("_BUDGET_RE", "budget of sek 48m"),
    ("_CODE_BUDGET_RE", "nok 55m annual budget"), ("_CODE_BUDGET_RE", "r 23m annual budget"),
    ("_SMALL_ORG_RE", "a seed-stage startup"), ("_SMALL_ORG_RE", "bootstrapped"),
    ("_SMALL_ORG_RE", "a 12-person startup"), ("_SMALL_ORG_RE", "(15 employees)"),
    ("_SMALL_ORG_RE", "we are six people in total"),
    ("_SMALL_ORG_RE", "7 people in total, 4 developers"), ("_SMALL_ORG_RE", "the company is 14 people"),
    ("_SMALL_ORG_RE", "seed + series a"), ("_SMALL_ORG_RE", "a small climate-tech startup"),
    ("_SMALL_ORG_RE", "(iot sensors; 6 people, 3 of them engineers)"), ("_SMALL_ORG_RE", "pre-series a"),
    ("_SMALL_ORG_RE", "a small healthcare scheduling\nstartup"),
    ("_SMALL_ORG_RE", "company of 6 people (3 engineers including me)"),
    ("_SMALL_ORG_RE", "jan 2023 – now · melbourne · 6 people (3 engineers including me, 2 commercial)"),
    ("_MANAGERS_RE", "three teams, each with its own manager"), ("_MANAGERS_RE", "each with a team lead"),
    ("_MANAGERS_RE", "through 3 team leaders"), ("_MANAGERS_RE", "team leaders report to me"),
    ("_ME_PLUS_RE", "me plus two engineers"),
    ("_NO_REPORTS_RE", "no direct reports"), ("_NO_REPORTS_RE", "i don't manage people"),
    ("_NO_REPORTS_RE", "i do not\nmanage anyone"), ("_NO_REPORTS_RE", "never managed people"),
    ("_NO_REPORTS_RE", "no line management"), ("_NO_REPORTS_RE", "no formal people management"),
    ("_NO_REPORTS_RE", "not a people manager"), ("_NO_REPORTS_RE", "without direct reports"),
    ("_NO_REPORTS_RE", "nobody reports to me"), ("_NO_REPORTS_RE", "i don't line-manage anyone"),
    ("_NO_REPORTS_RE", "i am not the team lead"), ("_NO_REPORTS_RE", "i'm not a tech lead"),
    ("_TITLE_GRADE_RE", "\"vice president\" is a corporate grade at my bank"),
    ("_TITLE_GRADE_RE", "vp is a seniority band"), ("_TITLE_GRADE_RE", "the corporate title of vice president"),
]
TEAM_BRANCHES = [
    (0, "led a team of 8"), (0, "managed the platform squad of 6"), (1, "ran a department of 40 staff"),
    (1, "led an org of 120 engineers"), (2, "managed 12 engineers"), (2, "supervised 4 contractors"),
    (3, "team of 9 developers"), (3, "team of five (two engineers"),
    (4, "engineering team of 5 (including me)"), (4, "a squad of six, me included"),
    (5, "a 15-person team"), (5, "a 30 strong department"), (5, "a three-developer squad"),
    (6, "7 direct reports"),
    (7, "responsible for hiring and growing 10 engineers"), (8, "headcount of 25"), (8, "team size 6"),
    (9, "grew the team from 3 to 12"), (9, "scaled the org from 10 to 40"),
    (9, "grew the practice from 6 architects to 17"), (9, "grew the group from 5 to 52 people"),
    (10, "run the engineering team: 4 developers plus me"), (10, "lead the payments squad (6 engineers)"),
    (11, "three engineers report to me"), (11, "5 backend developers reporting directly\nto me"),
]


def _read(text: str) -> Evidence:
    """The scope evidence of a piece of resume text."""
    ev = Evidence()
    scope.read_scope(text, ev)
    return ev


@pytest.mark.parametrize(("name", "phrase"), BRANCHES)
def test_every_branch_passes_its_gate(name: str, phrase: str) -> None:
    gated = getattr(scope, name)
    assert gated.pattern.search(phrase), f"{name} no longer matches {phrase!r}: update this list"
    assert list(gated.finditer(phrase)), f"{name}'s anchors {gated.anchors} miss {phrase!r}"


@pytest.mark.parametrize(("index", "phrase"), TEAM_BRANCHES)
def test_every_team_pattern_passes_its_gate(index: int, phrase: str) -> None:
    gated = scope._TEAM_PATTERNS[index]
    assert gated.pattern.search(phrase), f"team pattern {index} no longer matches {phrase!r}"
    assert list(gated.finditer(phrase)), f"team pattern {index}'s anchors {gated.anchors} miss {phrase!r}"


def _gated_patterns() -> list[_Gated]:
    return [v for v in vars(scope).values() if isinstance(v, _Gated)] + list(scope._TEAM_PATTERNS)


def test_gates_change_nothing_on_the_labelled_set() -> None:
    texts = [p.read_text(encoding="utf-8").lower() for p in sorted((ROOT / "eval" / "resumes").glob("*.txt"))]
    assert len(texts) >= 80
    found = 0
    for gated in _gated_patterns():
        for text in texts:
            bare = [m.group(0) for m in gated.pattern.finditer(text)]
            assert [m.group(0) for m in gated.finditer(text)] == bare, gated.pattern.pattern[:60]
            found += len(bare)
    assert found > 200  # the set exercises the patterns (not a comparison of empty lists)


def test_a_gate_skips_text_without_anchors() -> None:
    ev = Evidence()
    scope.read_scope("Plain text about gardening and cooking, nothing else.", ev)
    assert not ev.signals and ev.team_size == 0
    assert not scope._EXEC_RE.gate("gardening") and scope._EXEC_RE.gate("met the board")


def test_numbers_inside_words_or_codes_are_not_team_sizes() -> None:
    """"often engineers" is not ten engineers, and ISO 27001 is not 7001 managers."""
    ev = Evidence()
    scope.read_scope("Implemented ISO 27001 and managers signed off.\nWe often engineers reports.", ev)
    assert not ev.manages_managers and ev.team_size == 0


def test_a_team_counted_in_total_is_not_a_small_organisation() -> None:
    """"two lead architects, each with a group of architects: 14 people in total" is a team, not the company."""
    ev = Evidence()
    scope.read_scope("Head of Architecture: two lead architects, each with a group of architects, 14 people in total.",
                     ev)
    assert not ev.small_org


@pytest.mark.parametrize("line", [
    "(IoT sensors for refrigerated trucks; 6 people, 3 of them engineers including me; pre-Series A)",
    "Now I lead the engineering at Example Labs, a travel startup (9 people total, 5 of them engineers including me).",
])
def test_a_company_described_in_brackets_is_a_small_organisation(line: str) -> None:
    """The founder-CTO whose company line says "(6 people, 3 of them engineers; pre-Series A)", or "(9 people total,
    ...)", runs a startup."""
    ev = Evidence()
    scope.read_scope(f"Example GmbH | Co-founder & CTO | since 2023\n{line}", ev)
    assert ev.small_org


@pytest.mark.parametrize(("text", "small"), [
    # the company's size said as a total, in digits or words
    ("Six people in total; three engineers report to me.", True), ("7 people in total, 4 developers.", True),
    ("Technical co-founder of a small proptech company.", True), ("Backend developer at a small web agency.", True),
    ("Partner at a small consulting firm.", True), ("Co-founder of a small start-up.", True),
    # a word for whom one works with, not where
    ("Built small integrations for agency clients.", False), ("Sold software to small companies.", False),
])
def test_a_small_company_firm_or_agency_is_a_small_organisation(text: str, small: bool) -> None:
    assert _read(text).small_org is small


def test_teams_that_run_a_system_are_not_teams_one_runs() -> None:
    ev = Evidence()
    scope.read_scope("Designed the order platform run by 14 product teams; reviewed their designs.", ev)
    assert not ev.manages_managers


@pytest.mark.parametrize(("text", "manages_directors", "executive", "below"), [
    ("I lead three heads of architecture and 31 architects.", True, False, False),
    ("An organisation of 64 people through four Heads of Architecture; report directly to the Group CTO.", True,
     True, False),
    ("Three team leads report to me, 28 people. I report to the Head of IT Infrastructure, who reports to the CIO.",
     False, False, True),
    ("Present the quarterly cloud report to the CIO.", False, False, False),
    ("Member of the Technology Executive Committee; report to the Chief Architect.", False, True, True),
    ("Member of the technology leadership committee (CTO + 4 directors).", False, False, False),
    ("Member of the Technology Leadership Team (CTO plus 8 heads of department).", False, False, False),
    ("Report to the CTO; member of the technology leadership team (CTO and 6 directors).", False, True, False),
    ("Report to the CTO and manage 6 directors across the platform group.", True, True, False),
    ("I head a group of four teams through their team leads.", False, False, False),
    # Peers at the end of a list after "with" are colleagues, not people one manages
    ("Chair of the cloud steering group with Finance, Security and the two engineering directors.", False, False,
     False),
    ("I manage the two engineering directors and their eight teams.", True, False, False),
    # ... and so are "the other" ones of one's kind
    ("Co-wrote the engineering strategy with the CTO and the other two heads of department.", False, False, False),
    ("Promoted two engineers into team lead roles and hired the other two heads of QA.", True, False, False),
    # ... and "one of" them
    ("One of six heads of function reporting to the CIO.", False, False, False),
    ("I am one of the four engineering directors under the CTO.", False, False, False),
    # Reporting to the executive team is what directors and VPs alike do (28 and 27 of the labelled set): no
    # executive scope of one's own; sitting on it is.
    ("Quarterly quality reporting to the executive team.", False, False, False),
    ("Member of the executive team; company-wide engineering strategy.", False, True, False),
])
def test_whom_one_leads_and_whom_one_reports_to(text: str, manages_directors: bool, executive: bool,
                                              below: bool) -> None:
    """Directors and heads managed make an organisation of organisations; one's own reporting line counts, a
    colleague's ("who reports to the CIO") and a document's ("a report to the CIO") do not."""
    ev = _read(text)
    assert (ev.manages_directors, ev.executive_scope, bool(scope.reports_below_executive(text))) == (
        manages_directors, executive, below)


def test_largest_team_in_a_piece_of_text() -> None:
    assert scope.largest_team("Lead a team of 5 engineers.\nJoined a company of 400 employees.") == 5
    assert scope.largest_team("Responsible for the designs of 55 engineers in 7 squads; no direct reports.") == 0
    assert scope.largest_team("Wrote the API guidelines.") == 0
    # a team one is a member of, said so ("I am not the team lead"): no team led
    assert scope.largest_team("- I am not the team lead, we are three cloud engineers and we report to the "
                              "infrastructure manager.") == 0


def test_a_count_before_a_preposition_is_not_a_count_of_managers() -> None:
    """"around 4,200 [tests run] with engineering managers" is not 4,200 managers."""
    ev = Evidence()
    scope.read_scope("automation now used by all squads; around 4,200\n  with engineering managers; defects fell", ev)
    assert not ev.manages_managers


@pytest.mark.parametrize(("text", "team", "managers"), [
    ("Lead the architecture department (11 architects: domain architecture for policy and claims).", 11, False),
    ("Lead a department of 14: three lead architects, nine solution architects and two analysts.", 14, True),
    ("I run a department of eleven solution and domain architects in two groups, each with a group lead.", 11, True),
    ("Led the payments department (2019-2021) through its first audit.", 0, False),
    # managers who report to one are managed, whatever word comes before them
    ("Run the platform group: three teams, 27 engineers in total, with three team leads reporting to me.", 0, True),
    ("Partnered with the three engineering managers on hiring.", 0, False),
    # the managers of other teams one sets priorities with; managing several teams oneself
    ("Lead a group of 5 DevOps engineers; set priorities with engineering managers of 14 product squads.", 5,
     False),
    ("Managing four squads through their leads.", 0, True),
    # the organisation's people after a relative clause; the last of a list one mentors
    ("I am the technical lead for delivery tooling at an energy retailer, where ~70 developers in 11 teams ship "
     "about 190 services.", 0, False),
    ("Wrote 40+ architecture decision records; mentor two junior architects and several tech leads.", 0, False),
    # an organisation described, not led
    ("The last five years spent designing how a 400-person IT department at an insurer builds its systems.", 0,
     False),
    # software's own managers
    ("Sliding windows of 1.1 billion keys at steady state on 12 task managers.", 0, False),
    # one's reports listed: managers among them, or not
    ("Direct reports: two engineering managers and a staff engineer.", 0, True),
    ("Direct reports: six backend engineers and a tester.", 0, False),
    # HTTP headers are no verb of leading
    ("Wrote the shared library for structured logging and trace headers that 9 teams later adopted.", 0, False),
    ("Head three platform teams through their leads.", 0, True),
    # the organisation one's work serves, as the subject of a relative clause
    ("I look after the cloud foundations that a 400-person technology group builds on.", 0, False),
    # one's own former bosses, as references
    ("Available on request. Two former managers and a former direct mentee have agreed to speak with you.", 0,
     False),
    # lead architects one hires and appraises are leads one manages, like team leads
    ("I hire, appraise and set goals for the three lead architects, who each run a domain.", 0, True),
    ("Partnered with the two lead architects of the payments domain.", 0, False),
    ("Certificate in leadership, 2021\nManagers' offsite speaker", 0, False),
    # saying one manages nobody takes the counts around it
    ("I do not manage people, but around 70 engineers in nine squads build against the blueprints I maintain.",
     0, False),
    ("Architect for Claims (7 squads, ~55 engineers). No direct reports; I work\nthrough the tech leads.", 0, False),
    ("Not a people manager: I set the test strategy for 12 teams.", 0, False),
    ("I lead through design reviews; I have never been a people manager.\nResponsible for 3 teams' data "
     "platform.", 0, False),
    # A statement about one role leaves the others' teams alone.
    ("Led a group of 9 engineers as tech lead (no line management).\n\n\nEarlier:\nManaged a team of 6 "
     "developers.", 6, False),
    # "Individual contributor" is where careers start, not a statement about the present.
    ("I came up as an individual contributor.\nLead 40 engineers through four engineering managers.", 40, True),
    # work done for teams is no running them
    ("Lead the core ledger platform. Led the move to multi-region; run design reviews for six teams.", 0, False),
    ("Ran four teams through their leads during the reorganisation.", 0, True),
    # team leaders, as British, European and Asian English often say it, are team leads
    ("Lead the office of three teams through 3 team leaders; 19 architects.", 0, True),
    ("Manage four team leaders and the operations budget.", 0, True),
    ("Worked with the team leaders of the billing and CRM squads.", 0, False),
    # a team's people named in brackets after its size (a start-up's whole team: the founders among them)
    ("Team of five (two engineers, one designer, two founders).", 5, False),
    # ... or said to include the one who writes; one who was part of it led none of it
    ("Engineering team of 5 (including me); hired the other four.", 5, False),
    ("I was part of a team of 5 (including me).", 0, False),
    # managers said to be absent
    ("Manage the Jobs & Quoting team: 7 engineers, all direct reports. No managers report to me.", 7, False),
    # leaders and coordinators (as Brazilian and Spanish resumes translate "coordenador") reporting to one; teams
    # each led by a lead of their own
    ("Today I am responsible for the area, with 3 coordinators/leaders reporting to me.", 0, True),
    ("Built the area in 3 teams, each one with its own leader.", 0, True),
    ("I run the platform department: three teams, each led by a team lead, 19 people in total.", 19, True),
    ("I run the online services group: four teams with their own engineering managers, about 38 engineers.", 0,
     True),
    # "no hierarchical management" (the European word for line management) takes the counts around it
    ("No hierarchical management, but functional leadership over about 60 developers.", 0, False),
    # the department one's work is used across is no team one leads; "managers" is no verb of leading
    ("Introduced a career ladder for engineers and managers, used since 2024 across the whole technology "
     "department of 220 people.", 0, False),
])
def test_the_team_and_the_managers_a_text_states(text: str, team: int, managers: bool) -> None:
    """Departments counted in brackets or after a colon, managers one leads or works beside, and what saying one
    manages nobody takes away."""
    ev = _read(text)
    assert (ev.team_size, ev.manages_managers) == (team, managers)


@pytest.mark.parametrize(("text", "directors"), [
    ("Lead the architecture organisation of 34 people: three heads (Business, Solution and Integration).", True),
    ("My organisation of 46 architects, organised under three heads: business, integration and security.", True),
    ("Added 5 heads to the team this year; lead a team of 8.", False),
    # one's reports listed by their titles
    ("Reporting to the Group CTO. Direct reports: Director of Enterprise Architecture, Director of Solution "
     "Architecture, Head of Data Architecture.", True),
])
def test_heads_named_as_people_are_heads_managed(text: str, directors: bool) -> None:
    ev = _read(text)
    assert (ev.manages_managers, ev.manages_directors) == (directors, directors)


@pytest.mark.parametrize(("text", "team", "small"), [
    ("Incident commander rotation lead: rewrote the process, trained 30 engineers as ICs.", 0, False),
    ("Led the rollout and mentored 12 developers on the new pipeline.", 0, False),
    ("Responsible for 14 engineers across two squads.", 14, False),
    ("Company of 6 people (3 engineers including me, 1 designer, 2 on the business side).", 0, True),
    ("A company of 600 people across Europe.", 0, False),
    ("Jan 2023 - now · Melbourne · 6 people (3 engineers including me, 1 hardware, 2 commercial)", 0, True),
    ("Led a team of 12 people (4 backend engineers, 3 frontend, 2 QA).", 12, False),
    ("Input loans for smallholder farmers. 7 people in total, 4 developers including me.", 0, True),
    ("Our platform serves 400 people in total across the group.", 0, False),
    # groups served, in the plural, are not a team: on-call led for them is no organisation led
    ("I have led on-call for organisations of 150+ engineers, and mentored a few SREs.", 0, False),
    ("Leading the reliability programme for departments of about 200 engineers.", 0, False),
    ("Led the SRE group of 9 engineers for two product tribes.", 9, False),
    ("From 2012 technical lead for teams of 5-8 developers in customer projects.", 8, False),
])
def test_people_trained_are_not_led_and_a_company_of_six_is_small(text: str, team: int, small: bool) -> None:
    ev = _read(text)
    assert (ev.team_size, ev.small_org) == (team, small)


@pytest.mark.parametrize(("line", "size"), [
    # a team named after an article is one's own only when led
    ("Technical counterpart for an offshore vendor team of about 25 developers.", 0),
    ("Joined the payments platform team of 8 engineers in 2021.", 0),
    ("Responsible for the platform team of 6 engineers.", 6),
    ("Led the offshore vendor team of 25 developers.", 25),
    # a group grown to a size is led at that size
    ("* Grew the practice from 6 architects to 17; introduced the domain-lead model", 17),
    ("- Built the platform group from 4 engineers to 30 over two years", 30),
    ("- Grew the team from 3 to 12", 12),
    # people who use what one runs are not led
    ("Own release management and the internal developer platform that 300+ engineers use every day.", 0),
    ("Responsible for the storage layer that about 400 product engineers rely on.", 0),
    ("Responsible for 12 engineers who use Go and Kafka.", 12),
    ("Today I run the Platform area at a travel marketplace: four teams, each with its own team lead, building the "
     "service platform that 300+ product engineers deploy onto.", 0),
    # a team one worked in is not led, article or not
    ("- Worked in Scrum team of 7 people, contact with client in English and German", 0),
    ("- Was working in team of 6 people on the route planning services", 0),
    ("- Led the payments team of 8 engineers", 8),
    # lines kept apart by a line left out stay apart; a year that ends its line is a date
    ("Management Development Programme, a business school, 2022\nSkills and interests\nPeople leadership, hiring "
     "and org design; coach an under-12s team", 0),
    ("Management Development Programme, a business school, 2022\nPeople leadership, hiring and org design; "
     "coach an under-12s team", 0),
    ("- Led a team of 12\n  engineers building the routing services", 12),
    # a size after a colon or a bracket, with a word for people
    ("- Run the engineering team: 4 developers plus me, still writing code most days", 4),
    ("- Lead the payments squad (6 engineers, 1 QA)", 6),
    ("- Led the payments team (2019 - 2021) through PCI certification", 0),
    # the people who join a community of practice or a guild are not led
    ("- Run the architecture community of practice (60+ engineers and architects)", 0),
    ("- Led the QA guild of 6 people across squads", 0),
    # a count of people in the possessive measures something else
    ("Responsible for the target architecture of roughly 1,900 engineers' worth of systems.", 0),
    # "management" in the brackets with the employer's size is no managing of them
    ("06/2020 – now    Lead DevOps Engineer, Example Systems (freight management SaaS, ~250 people)", 0),
    # ... but a function one leads, named before the count, is
    ("Lead the department: three SRE teams plus the incident management function, 26 people through three "
     "engineering managers.", 26),
    # a team counted in developers, and "me, N developers": led; "our N-person squad": the squad one is in
    ("- Led the technical side of a three-developer squad; designed the idempotent disbursement flow", 3),
    ("Our tech team is me, two developers and a part-time designer.", 3),
    ("- Pair with the QA engineer on test data; review most pull requests in our 6-person squad", 0),
    ("• One of a three-person cloud team reporting to the Head of Infrastructure.", 0),
    ("Tech lead of a five-person squad: I set the technical direction.", 5),
    ("QA for the e-prescription domain (9 services, 3 developer squads)", 0),
    ("The whole department: 118 people across four departments, each led by a director.", 118),
    ("- Run the fortnightly cloud community of practice (about 40 people from app teams).", 0),
    ("- Built the SRE function from zero to 26 people in three teams.", 26),
    # "lead" as the person one works under or reports to is no verb: their team, not one led
    ("- Work under the platform lead in a team of three.", 0),
    ("- Report to the tech lead of a squad of 6 engineers.", 0),
    ("I report to the CTO and lead four directors and roughly 170 engineers.", 170),
    ("As the platform lead in a team of three, I set the backlog.", 3),
    # people who report to one, counted before
    ("Six people in total; three engineers report to me.", 3),
    ("- 5 backend developers reporting directly to me; hiring two more.", 5),
])
def test_the_team_size_a_line_states(line: str, size: int) -> None:
    assert _read(line).team_size == size


@pytest.mark.parametrize(("line", "leads"), [
    ("Mentor two new developers on the squad.", True),
    ("Coached the team through the move to trunk-based development.", True),
    # mentoring and coaching outside work is no technical leadership
    ("Volunteer mentor at a weekend coding club for secondary-school girls.", False),
    ("Mentor with a women-in-tech returners programme; coach an under-12s hurling team.", False),
    # nor is mentoring one receives
    ("Mentored by the QA lead; working towards ISTQB Advanced Test Analyst.", False),
    ("Small features and bug fixes; pair programming with a mentor.", False),
    ("Weekly sessions with my coach on system design.", False),
    ("Mentored by a staff engineer, and now mentor two interns myself.", True),
])
def test_mentoring_outside_work_is_no_technical_leadership(line: str, leads: bool) -> None:
    assert _read(line).leads is leads


@pytest.mark.parametrize(("text", "budget"), [
    # spend named before an owned budget does not make the budget spend
    ("I manage a CAD 31M annual cloud spend and a CAD 6.5M team budget, and report to the CIO.", 6.5),
    ("Own a £3.4m budget; accountable for £14m of cloud spend.", 3.4),
    ("I own a cloud run-rate budget of CAD 31M and an internal operating budget of CAD 9.5M.", 9.5),
    ("Budget (AUD 31M/yr consumption) for the cloud platform.", 31.0),
    # the amount wrapped onto the next line, as PDF text and narrow layouts break it
    ("I run the architecture function: 22 architects in three chapters, an annual budget of about\n"
     "EUR 3.4m, and the target architecture for 30 teams.", 3.4),
    # a programme's budget over several years is what the programme costs, beside the budget one owns
    ("Own a £2.1m annual budget and the headcount plan.\nLead architect for the core platform; programme budget "
     "£34m over four years.", 2.1),
    # currencies far from the dollar, in millions of dollars (roughly); those near it count as dollars
    ("Responsible for the area budget (around R$ 38 million/year including headcount).", 6.8),
    ("Own the SEK 410M annual budget for engineering.", 39.0),
    ("Hold a budget of about ₹11 crore for the platform teams.", 1.3),
    ("Run the testing practice: R 23M annual budget, 40 engineers.", 1.3),
    ("Annual budget of about INR 48 crore.", 5.8),
    ("Own a CHF 4M budget.", 4.0),
    # millions in Portuguese and Spanish
    ("I take care of the budget of the area (around R$ 7,4 milhões/year including cloud).", 1.3),
    ("Presupuesto anual: budget of USD 2,5 millones.", 2.5),
    # an abbreviation's dot ends no sentence; a programme's budget in brackets is the programme's
    ("Own the department budget (approx. €3.4m including external architects) and the hiring plan.\n"
     "- Lead architect for the claims programme (budget €28m): bounded contexts, Kafka.", 3.4),
    ("Hold a budget of c. £3m for tooling and contractors.", 3.0),
    # the next bullet is no wrapped amount
    ("- Kept cloud spend under USD 1,200/month\n- Processed KES 2.1bn in payouts to 48,000 farmers", 0.0),
    # the amount before its currency, as continental Europe writes it; "Mio." and "Mrd." are million and billion
    ("Responsible for department budget 3.1 Mio. EUR and for hiring plan", 3.1),
    ("Own the quality budget (about 9 mln PLN per year: tooling, devices cloud, contractors)", 2.2),
    ("Budget de 2,5 M€ pour l'outillage et les prestataires.", 2.5),
    ("Owned an opex budget of 1,2 Mrd. EUR across the group.", 1200.0),
    # a saving is no budget; a count of messages is no amount
    ("Cloud cost per year reduced by about 1.9 Mio. EUR versus the forecast", 0.0),
    ("Budget owner for the event backbone (Kafka, ~1,8 Mio. msg/s at peak)", 0.0),
])
def test_the_budget_a_line_states(text: str, budget: float) -> None:
    assert _read(text).budget_musd == budget


@pytest.mark.parametrize(("text", "managers"), [
    ("Co-founder of the Brisbane Cloud Leaders roundtable (quarterly, ~40 heads of cloud and infrastructure)", False),
    ("Chair of the regional CTO forum: 25 engineering directors meet monthly", False),
    # a forum named after the count is no group of the people counted
    ("Promoted three engineering managers to director; ran a quarterly managers' forum", True),
])
def test_heads_in_a_group_of_peers_are_no_reports(text: str, managers: bool) -> None:
    assert _read(text).manages_managers is managers
