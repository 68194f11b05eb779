"""The intake scenario (tests/data/intake-scenario): six applications, no Sent folder, her
own replies, a referee, free-mail recruiters, German mail and a moved invitation. Import
must reach the conclusions a person reading the mailbox draws (expected.json)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from offerwatch.service import Workspace
from offerwatch.store import tables as t

DATA = Path(__file__).parents[2] / "data" / "intake-scenario"
EXPECTED: dict[str, dict[str, str | None]] = json.loads((DATA / "expected.json").read_text())
MAYA = "maya@okafor.dev"


def nov(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, tzinfo=UTC)


@pytest.fixture
def apps(any_ws: Workspace) -> dict[str, int]:
    """The six applications Maya tracks, with the people she has on file."""
    ws = any_ws
    nw = ws.add_application("Northwind Analytics", "Data Engineer", applied_on=date(2026, 10, 20))
    ws.add_person(nw, "Priya Shah", role="recruiter", email="priya.shah@northwind.io")
    ws.add_person(nw, "Helen Park", role="reference", email="h.park@uni-leeds.ac.uk")
    ws.add_interview(nw, stage="interview", start=nov(3, 10), end=nov(3, 11))
    bl = ws.add_application("Brightline Health", "Analytics Engineer", applied_on=date(2026, 11, 1))
    cr = ws.add_application("Castlerock Software", "Platform Engineer")
    ws.add_person(cr, "James Whitaker", role="recruiter", email="jwhitaker.talent@gmail.com")
    qs = ws.add_application("Quayside Bank", "Risk Data Analyst", applied_on=date(2026, 10, 25))
    ws.add_person(qs, "Leah Grant", role="recruiter", email="leah.grant@quayside.com")
    ws.add_interview(qs, stage="interview", start=nov(4, 14), end=nov(4, 15))
    fh = ws.add_application("Fernhill Energy", "Data Engineer", applied_on=date(2026, 10, 30))
    kr = ws.add_application("Kranich Logistik GmbH", "Data Engineer")
    ws.add_person(kr, "Jonas Weber", role="recruiter", email="j.weber@kranich-logistik.de")
    return {"northwind": nw, "brightline": bl, "castlerock": cr, "quayside": qs,
            "fernhill": fh, "kranich": kr}  # fmt: skip


def _import(ws: Workspace, tmp_path: Path) -> object:
    mbox = tmp_path / "inbox.mbox"  # a copy: nothing may write beside the test data
    shutil.copy(DATA / "mailbox.mbox", mbox)
    return ws.import_mail(str(mbox))


def _stored(ws: Workspace) -> dict[str, tuple[int | None, str, str, str | None]]:
    m = t.messages
    with ws.read() as conn:
        rows = conn.execute(
            select(m.c.message_id, m.c.application_id, m.c.direction, m.c.review,
                   m.c.match_reason)
        )  # fmt: skip
        return {r.message_id: (r.application_id, r.direction, r.review, r.match_reason)
                for r in rows}  # fmt: skip


@pytest.mark.parametrize("told", [False, True], ids=["inferred", "setting"])
def test_scenario_owner_matches_and_thank_yous(
    any_ws: Workspace, apps: dict[str, int], tmp_path: Path, told: bool
) -> None:
    ws = any_ws
    if told:
        ws.set_setting("my_addresses", f"{MAYA}, maya.okafor@gmail.com")
    summary = _import(ws, tmp_path)
    stored = _stored(ws)
    wrong = []
    for message_id, want in EXPECTED.items():
        got = stored.get(message_id)
        expect = want["expect"]
        if expect is None:
            if got is not None:
                wrong.append((message_id, "stored but should not be", got))
            continue
        if got is None:
            wrong.append((message_id, "not stored", expect))
            continue
        app_id, direction, review, _ = got
        if direction != want["direction"]:
            wrong.append((message_id, "direction", direction))
        if expect == "review":
            if review != "pending" or app_id is not None:
                wrong.append((message_id, "should be in review", got))
        elif app_id != apps[expect]:
            wrong.append((message_id, f"filed wrongly (want {expect})", got))
    assert wrong == []
    if not told:  # the owner was inferred from where nearly every message is delivered
        assert MAYA in summary.my_addresses  # type: ignore[attr-defined]
    # Never the user's own domain, free mail, or the referee's employer.
    learned = {d["domain"] for d in ws.learned_domains()}
    assert learned == {"northwind.io", "quayside.com", "kranich-logistik.de"}  # recruiters on file
    with ws.read() as conn:
        all_domains = " ".join(r.domains or "" for r in conn.execute(select(t.companies)))
    for never in ("okafor.dev", "gmail.com", "outlook.com", "uni-leeds.ac.uk"):
        assert never not in all_domains
    # One quick reply to a thank-you: Northwind's, after the interview; none at Quayside
    # (a reply within the hour came before the interview; the later one took four days).
    quick = {
        app: [o for o in ws.observations(app) if o.kind == "thank_you_quick_reply"]
        for app in apps.values()
    }
    assert [len(quick[apps[k]]) for k in apps] == [1, 0, 0, 0, 0, 0]
    [nw_quick] = quick[apps["northwind"]]
    assert nw_quick.message_id == _row(ws, "<nw-4@scenario.example>")
    # Signs that a person reads there.
    kinds = {k: {o.kind for o in ws.observations(a)} for k, a in apps.items()}
    assert {"references_requested", "offer"} <= kinds["northwind"]
    assert "rejection" in kinds["brightline"]
    assert "interview_request" in kinds["castlerock"]
    assert "interview_request" in kinds["fernhill"]
    assert "rejection" in kinds["kranich"]  # German, read by the German rules
    assert ws.application(apps["brightline"]).status.value == "rejected"
    assert ws.application(apps["northwind"]).status.value == "offer"
    # The invitation created Fernhill's interview, the update moved it.
    [fh_interview] = ws.interviews(apps["fernhill"])
    assert (fh_interview.scheduled_start, fh_interview.scheduled_end) == (
        nov(16, 14),
        nov(16, 15),
    )
    assert ws.application(apps["kranich"]).status.value == "rejected"
    # The timeline says why each message was filed.
    reasons = {m.message_id: m.match_reason for m in ws.messages(apps["northwind"])}
    assert reasons["<nw-5@scenario.example>"].startswith("domain: northwind.io")  # type: ignore[union-attr]
    assert reasons["<nw-4@scenario.example>"].startswith("thread:")  # type: ignore[union-attr]
    assert reasons["<nw-1@scenario.example>"].startswith("person:")  # type: ignore[union-attr]


def _row(ws: Workspace, message_id: str) -> int:
    m = t.messages
    with ws.read() as conn:
        return int(conn.execute(select(m.c.id).where(m.c.message_id == message_id)).scalar_one())


def test_scenario_import_twice_adds_nothing(
    any_ws: Workspace, apps: dict[str, int], tmp_path: Path
) -> None:
    _import(any_ws, tmp_path)
    before = _stored(any_ws)
    again = _import(any_ws, tmp_path)
    assert _stored(any_ws) == before
    assert again.job_mail == 0  # type: ignore[attr-defined]
