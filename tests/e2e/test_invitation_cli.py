"""Invitations and cancellations through the real `offerwatch` entry point: an invitation
in review creates its interview on `mail assign`, the organiser's CANCEL marks it cancelled
(matched by its calendar UID), and `interview cancel` marks and un-marks it by hand."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from tests.support.cli import offerwatch

DATA = Path(__file__).resolve().parents[1] / "data" / "invitations"
SHAPES = {
    "google-request.eml": ("Northwind", "Marcus Lee", "marcus.lee@northwind.io",
                           "2026-11-13T10:00:00+00:00", "2026-11-13T11:00:00+00:00"),
    "outlook-request.eml": ("Kranich Logistik", "Anna Berg", "anna.berg@kranich-logistik.de",
                            "2026-11-18T13:00:00+00:00", "2026-11-18T14:00:00+00:00"),
    "calendly-request.eml": ("Helio Health", "Lena Fischer", "lena.fischer@heliohealth.com",
                             "2026-11-17T15:00:00+00:00", "2026-11-17T15:30:00+00:00"),
}  # fmt: skip


def run(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return offerwatch("--db", db, *args)


def ok(db: str, *args: str) -> str:
    res = run(db, *args)
    assert res.returncode == 0, res.stderr
    return res.stdout


def _setup(db: str, company: str, name: str, email: str) -> str:
    app = ok(db, "app", "add", "--company", company, "--role", "Data Engineer").strip()
    ok(db, "person", "add", app, "--name", name, "--email", email, "--role", "hiring_manager")
    return app


@pytest.mark.parametrize("file", sorted(SHAPES))
def test_mail_assign_creates_the_interview_an_invitation_carries(tmp_path: Path, file: str):
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    company, name, email, start, end = SHAPES[file]
    app = _setup(db, company, name, email)
    ok(db, "mail", "import", str(DATA / file))
    assert json.loads(ok(db, "interview", "list", "--json")) == []
    [item] = json.loads(ok(db, "mail", "review", "--json"))
    assert "interview_request" in item["signals"]
    ok(db, "mail", "assign", str(item["message"]["id"]), app)
    [made] = json.loads(ok(db, "interview", "list", app, "--json"))
    assert (made["scheduled_start"], made["scheduled_end"]) == (start, end)
    assert [p["name"] for p in made["people"]] == [name]
    assert made["cancelled_at"] is None


CANCELS = {
    "outlook": ("Kranich Logistik", "Anna Berg", "anna.berg@kranich-logistik.de",
                "2026-11-09T08:12:00+00:00"),
    "calendly": ("Helio Health", "Lena Fischer", "lena.fischer@heliohealth.com",
                 "2026-11-10T12:05:04+00:00"),
}  # fmt: skip


@pytest.mark.parametrize("tool", sorted(CANCELS))
def test_the_organisers_cancel_marks_it_and_the_user_can_undo(tmp_path: Path, tool: str):
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    company, name, email, cancelled_at = CANCELS[tool]
    app = _setup(db, company, name, email)
    ok(db, "mail", "import", str(DATA / f"{tool}-request.eml"))
    [item] = json.loads(ok(db, "mail", "review", "--json"))
    ok(db, "mail", "assign", str(item["message"]["id"]), app)
    ok(db, "mail", "import", str(DATA / f"{tool}-cancel.eml"))
    assert json.loads(ok(db, "mail", "review", "--json")) == []  # filed, not in review
    [called_off] = json.loads(ok(db, "interview", "list", app, "--json"))
    assert called_off["cancelled_at"] == cancelled_at  # the CANCEL's date
    assert "cancelled" in ok(db, "interview", "list", app).splitlines()[1].split("\t")
    if tool == "calendly":
        # A scheduling tool's domain is never learned as the company's: the CANCEL is
        # filed by the calendar UID of the interview it cancels.
        assert json.loads(ok(db, "mail", "domains", "--json")) == []
        assert "calendar: an update of the calendar event" in ok(db, "mail", "list", app)

    iid = str(called_off["id"])
    again = run(db, "interview", "cancel", iid)
    assert again.returncode == 2 and "already cancelled" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    back = json.loads(ok(db, "interview", "cancel", iid, "--undo", "--json"))
    assert back["cancelled_at"] is None
    assert ok(db, "interview", "cancel", iid).strip() == f"interview {iid} cancelled"
    stale = run(db, "interview", "cancel", iid, "--undo", "--if-version", "1")
    assert stale.returncode == 2
    missing = run(db, "interview", "cancel", "999")
    assert missing.returncode == 2 and "999" in missing.stderr
    assert "STATUS:CANCELLED" in ok(db, "calendar")
