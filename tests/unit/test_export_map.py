"""The export document's pure parts: renumbering, action keys, CSV cells."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from offerwatch.core.export_map import (
    build_document,
    csv_rows,
    load_document,
    neutralise,
    remap_action_key,
)
from offerwatch.errors import BadInput


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+49 30 1234", "'+49 30 1234"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Acme", "Acme"),
        ("a=b", "a=b"),
        (-5, -5),
        (120000, 120000),
    ],
)
def test_formula_cells_are_neutralised(value: object, expected: object) -> None:
    assert neutralise(value) == expected


def test_action_keys_follow_the_new_ids() -> None:
    ids = {"applications": {7: 1}, "interviews": {12: 2}, "people": {30: 3}}
    assert remap_action_key("thank_you:12:30", ids) == "thank_you:2:3"
    assert remap_action_key("follow_up:7:12:2", ids) == "follow_up:1:2:2"
    assert remap_action_key("ask_timeline:12", ids) == "ask_timeline:2"
    assert remap_action_key("keep_applying:2026-W10", ids) == "keep_applying:2026-W10"
    assert remap_action_key("thank_you:99:30", ids) == "thank_you:99:30"  # unknown: kept


def test_document_renumbers_ids_and_references() -> None:
    tables = {
        "companies": [{"id": 40, "name": "Acme"}],
        "applications": [
            {"id": 9, "company_id": 40, "created_at": datetime(2026, 3, 1, tzinfo=UTC)},
            {"id": 3, "company_id": 40, "created_at": datetime(2026, 3, 2, tzinfo=UTC)},
        ],
        "application_people": [
            {"application_id": 3, "person_id": 5},
            {"application_id": 9, "person_id": 5},
        ],
        "people": [{"id": 5, "company_id": 40}],
    }
    refs = {
        "applications": {"company_id": "companies"},
        "people": {"company_id": "companies"},
        "application_people": {"application_id": "applications", "person_id": "people"},
    }
    doc = build_document(tables, refs)
    assert doc["format"] == "offerwatch-export" and doc["version"] == 1
    assert [a["id"] for a in doc["applications"]] == [1, 2]
    assert doc["applications"][1]["created_at"] == "2026-03-02T00:00:00+00:00"
    assert doc["application_people"] == [
        {"application_id": 1, "person_id": 1},
        {"application_id": 2, "person_id": 1},
    ]


def test_csv_rows_carry_the_first_day_of_each_status() -> None:
    apps = [
        {
            "id": 1,
            "company": "=Acme",
            "role": "Eng",
            "status": "offer",
            "applied_on": date(2026, 3, 1),
            "notes": "@me",
        }
    ]
    history = [
        {
            "application_id": 1,
            "status": "applied",
            "changed_at": datetime(2026, 3, 1, 12, tzinfo=UTC),
        },
        {"application_id": 1, "status": "offer", "changed_at": datetime(2026, 3, 9, 9, tzinfo=UTC)},
        {"application_id": 1, "status": "offer", "changed_at": datetime(2026, 3, 10, tzinfo=UTC)},
    ]
    header, rows = csv_rows(apps, history, ["applied", "offer", "rejected"])
    row = dict(zip(header, rows[0], strict=True))
    assert row["company"] == "'=Acme" and row["notes"] == "'@me"
    assert len(header) == len(set(header))
    assert (row["applied_on"], row["date_applied"], row["date_offer"], row["date_rejected"]) == (
        "2026-03-01",
        "2026-03-01",
        "2026-03-09",
        "",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format": "offerwatch-export", "version": 1, "appl', "truncated"),
        ("[1, 2]", "not an offerwatch export"),
        ('{"format": "offerwatch-export", "version": 2}', "version 2"),
        ('{"format": "offerwatch-export", "version": 1, "goals": {}}', "not a list of rows"),
    ],
)
def test_bad_documents(text: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        load_document(text)
