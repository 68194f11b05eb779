"""Reading other trackers' exports: formats, encodings, dates, salaries, stage names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from offerwatch import importers
from offerwatch.core.entities import Status
from offerwatch.core.stages import map_stage
from offerwatch.errors import BadInput
from offerwatch.importers.text import decode, parse_day, parse_salary, slash_order

DATA = Path(__file__).parent.parent / "data" / "importers"


def parsed(name: str) -> importers.Parsed:
    text = importers.read_text(DATA / name)
    return importers.parse_text(text, importers.sniff(text))


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("jobsync-2026-11-01.csv", "jobsync"),
        ("jobsync-2026-06-01.csv", "jobsync"),
        ("huntr-board.csv", "huntr"),
        ("rxresume-tracker.csv", "csv"),
        ("spreadsheet-cp1252-semicolon.csv", "csv"),
        ("spreadsheet-bom.csv", "csv"),
        ("career-ops-applications.md", "career-ops"),
    ],
)
def test_format_is_recognised(name: str, fmt: str) -> None:
    text = importers.read_text(DATA / name)
    assert importers.sniff(text) == fmt


def test_jobsync_rows_errors_and_missing_values() -> None:
    result = parsed("jobsync-2026-11-01.csv")
    by_company = {r.company: r for r in result.rows}
    assert [r.line for r in result.rows] == [2, 3, 4, 5, 6, 8]
    assert [(e.line, e.reason) for e in result.errors] == [
        (7, "not a date: 'not a date'"),
        (9, "no company"),
    ]
    assert by_company["Globex"].applied_on == date(2026, 9, 6)
    assert by_company["Initech"].applied_on is None  # "N/A"
    assert by_company["Umbrella"].role == "Platform Engineer, Data"
    assert "workplaceType: Remote" in (by_company["Umbrella"].notes or "")
    assert by_company["Stark Industries"].stage == "Coffee chat"


def test_jobsync_before_july_2026_has_no_workplace_type() -> None:
    result = parsed("jobsync-2026-06-01.csv")
    assert not result.errors
    wayne = result.rows[1]
    assert wayne.stage == "draft"  # Status N/A, applied "No"
    assert "workplaceType" not in (wayne.notes or "")


def test_huntr_salary_text_domains_and_keys() -> None:
    result = parsed("huntr-board.csv")
    rows = {r.company: r for r in result.rows}
    acme = rows["Acme Analytics"]
    assert (acme.salary_min, acme.salary_max, acme.salary_currency) == (120000, 140000, "USD")
    assert acme.domains == ("acme.com",)  # companyDomain; the greenhouse link is a job board
    assert (rows["Globex"].salary_min, rows["Globex"].salary_currency) == (70000, "EUR")
    assert rows["Globex"].domains == ("globex.com",)  # jobs.globex.com names the company
    assert rows["Hooli"].domains == ()  # gmail.com is nobody's company
    assert rows["Hooli"].salary_min is None and "Salary: $60/hr" in (rows["Hooli"].notes or "")
    assert rows["Initech"].notes and "Salary: competitive" in rows["Initech"].notes
    assert len({r.key for r in result.rows}) == len(result.rows)
    again = parsed("huntr-board.csv")
    assert [r.key for r in again.rows] == [r.key for r in result.rows]


def test_windows_1252_semicolons_and_german_dates() -> None:
    rows = parsed("spreadsheet-cp1252-semicolon.csv").rows
    assert [r.company for r in rows] == ["Müller GmbH", "Café Crème"]
    assert rows[0].applied_on == date(2026, 10, 15)
    assert (rows[0].salary_min, rows[0].salary_currency) == (55000, "EUR")
    assert rows[0].notes == "Gespräch am Montag"


def test_career_ops_markdown_table() -> None:
    result = parsed("career-ops-applications.md")
    assert [r.line for r in result.rows] == [5, 6, 7, 8]
    hooli = result.rows[3]
    assert hooli.stage == "Evaluated" and hooli.source == "Referral"
    assert hooli.notes and hooli.notes.startswith("Uses a | in notes")
    assert "Score: 4.5/5" in hooli.notes


def test_rxresume_and_csv_share_keys() -> None:
    text = importers.read_text(DATA / "rxresume-tracker.csv")
    as_rx = importers.parse_text(text, "rxresume")
    as_csv = importers.parse_text(text, "csv")
    assert as_rx.key_source == as_csv.key_source
    assert [r.key for r in as_rx.rows] == [r.key for r in as_csv.rows]


def test_column_corrections() -> None:
    text = "Firm,Job,Sent\nAcme,Engineer,2026-01-02\n"
    with pytest.raises(BadInput, match="no column for the company"):
        importers.parse_text(text, "csv")
    rows = importers.parse_text(
        text, "csv", {"company": "Firm", "role": "Job", "applied_on": "sent"}
    ).rows
    assert (rows[0].company, rows[0].role, rows[0].applied_on) == (
        "Acme",
        "Engineer",
        date(2026, 1, 2),
    )
    with pytest.raises(BadInput, match="no column 'Nope'"):
        importers.parse_text(text, "csv", {"company": "Nope"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$120k - $140k", (120000, 140000, "USD")),
        ("120-140k", (120000, 140000, None)),
        ("€70,000 - €85,000", (70000, 85000, "EUR")),
        ("85000 GBP", (85000, 85000, "GBP")),
        ("CHF 110'000", (110000, 110000, "CHF")),
        ("55.000 €", (55000, 55000, "EUR")),
        ("$1.2M", (1200000, 1200000, "USD")),
        ("$60/hr", None),
        ("4000 per month", None),
        ("competitive", None),
        ("-", None),
        ("", None),
    ],
)
def test_salary_free_text(text: str, expected: object) -> None:
    assert parse_salary(text) == expected


def test_slash_dates_are_decided_per_column() -> None:
    assert slash_order(["04/03/2026", "25/03/2026"]) == "dmy"
    assert slash_order(["04/03/2026", "03/25/2026"]) == "mdy"
    assert slash_order(["04/03/2026"]) == "ambiguous"
    assert parse_day("04/03/2026", "dmy") == date(2026, 3, 4)
    assert parse_day("04/03/2026", "mdy") == date(2026, 4, 3)
    with pytest.raises(ValueError, match="ambiguous"):
        parse_day("04/03/2026")
    assert parse_day("Mar 4, 2026") == date(2026, 3, 4)


def test_encodings() -> None:
    assert decode("Café".encode("utf-8-sig")) == "Café"
    assert decode("Café".encode("cp1252")) == "Café"
    assert decode("Café".encode("utf-16")) == "Café"
    with pytest.raises(BadInput, match="binary"):
        decode("Café".encode("utf-16-le"))  # UTF-16 without its BOM: NUL bytes
    with pytest.raises(BadInput, match="neither UTF-8 nor Windows-1252"):
        decode(b"caf\x81")


def test_not_a_tracker_file() -> None:
    with pytest.raises(BadInput, match="cannot tell what this file is"):
        importers.sniff("just some words\nand more\n")
    with pytest.raises(BadInput, match="lacks the column"):
        importers.parse_text("id,title\n1,x\n", "huntr")


def test_stage_names() -> None:
    assert map_stage("  Phone-Screen ") is Status.SCREENING
    assert map_stage("Wishlist") is Status.INTERESTED
    assert map_stage("🎉 Offer") is Status.OFFER
    assert map_stage("Declined") is None  # whose decision? asked, not guessed
    assert map_stage("coffee chat", {"Coffee Chat": Status.SCREENING}) is Status.SCREENING
