"""The import's results stay exactly as recorded: a mixed mailbox (the intake scenario's
threads, referee and learned domains; the labelled corpora; calendar invitations; a
duplicate; a NUL byte; a truncated last message; more than one batch) imported, then a
second mailbox continuing its threads, and every stored row, the review list, the signs and
the summaries compared with a snapshot recorded before the writer was made faster.

Record again (only when a change of results is intended and checked):
OFFERWATCH_RECORD_SNAPSHOT=1 pytest tests/integration/mail/test_import_snapshot.py -k sqlite
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from tests.support.mailbuild import invitation, mail, write_mbox

from offerwatch.service import Workspace
from offerwatch.store import tables as t

DATA = Path(__file__).parents[2] / "data"
SNAPSHOT = DATA / "intake-snapshot.json"
D = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
# Companies of the labelled corpora with one person on file each: their mail matches by
# person, teaches the domain, and the rest of it then matches by domain.
CORPUS_PEOPLE = {
    "Orbital": "orbital.example",
    "Lattice": "lattice.example",
    "Sprout": "sprout.example",
    "Stonebridge": "stonebridge.example",
    "Kestrel": "kestrel.example",
}


def _setup(ws: Workspace) -> None:
    """The scenario's six applications and five of the corpora's companies."""

    def nov(day: int, hour: int) -> datetime:
        return datetime(2026, 11, day, hour, tzinfo=UTC)

    nw = ws.add_application("Northwind Analytics", "Data Engineer", applied_on=date(2026, 10, 20))
    ws.add_person(nw, "Priya Shah", role="recruiter", email="priya.shah@northwind.io")
    ws.add_person(nw, "Helen Park", role="reference", email="h.park@uni-leeds.ac.uk")
    ws.add_interview(nw, stage="interview", start=nov(3, 10), end=nov(3, 11))
    ws.add_application("Brightline Health", "Analytics Engineer", applied_on=date(2026, 11, 1))
    cr = ws.add_application("Castlerock Software", "Platform Engineer")
    ws.add_person(cr, "James Whitaker", role="recruiter", email="jwhitaker.talent@gmail.com")
    qs = ws.add_application("Quayside Bank", "Risk Data Analyst", applied_on=date(2026, 10, 25))
    ws.add_person(qs, "Leah Grant", role="recruiter", email="leah.grant@quayside.com")
    ws.add_interview(qs, stage="interview", start=nov(4, 14), end=nov(4, 15))
    ws.add_application("Fernhill Energy", "Data Engineer", applied_on=date(2026, 10, 30))
    kr = ws.add_application("Kranich Logistik GmbH", "Data Engineer")
    ws.add_person(kr, "Jonas Weber", role="recruiter", email="j.weber@kranich-logistik.de")
    senders = _corpus_senders()
    for company, domain in CORPUS_PEOPLE.items():
        app = ws.add_application(company, "Data Engineer", applied_on=date(2026, 1, 5))
        ws.add_person(app, f"{company} Recruiter", role="recruiter", email=senders[domain])
        ws.add_interview(app, stage="interview", start=D - timedelta(days=30),
                         end=D - timedelta(days=30, hours=-1))  # fmt: skip
    acme = ws.add_application("Acme", "Data Engineer")
    ws.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")


def _corpus_files() -> list[Path]:
    return sorted((DATA / "mail-corpus").glob("*.eml")) + sorted(
        (DATA / "mail-corpus-2").glob("*.eml")
    )


def _corpus_senders() -> dict[str, str]:
    """The first sender address of each domain in CORPUS_PEOPLE, in file order."""
    from email import message_from_bytes, policy
    from email.utils import parseaddr

    found: dict[str, str] = {}
    for path in _corpus_files():
        sender = parseaddr(str(message_from_bytes(path.read_bytes(), policy=policy.default)
                               .get("From", "")))[1].lower()  # fmt: skip
        domain = sender.rpartition("@")[2]
        if domain in CORPUS_PEOPLE.values():
            found.setdefault(domain, sender)
    return found


def _first_mailbox(tmp_path: Path) -> Path:
    scenario = (DATA / "intake-scenario" / "mailbox.mbox").read_bytes()
    corpus = [p.read_bytes() for p in _corpus_files()]
    invites = [p.read_bytes() for p in sorted((DATA / "invitations").glob("*.eml"))]
    extra = [
        invitation("snap-1", D + timedelta(days=5), seq=0, method="REQUEST", sent=D),
        invitation("snap-1", D + timedelta(days=6), seq=1, method="REQUEST",
                   sent=D + timedelta(hours=3)),
        mail("Next steps", "Hi Sam,\x00 we would like to invite you to a second interview.",
             msgid="<nul@acme.example>", date=D + timedelta(hours=1)),
        mail("Your application", "Thank you, we have received your application.",
             msgid="<dup@acme.example>", date=D + timedelta(hours=2)),
    ]  # fmt: skip
    messages = corpus[:150] + invites + extra + corpus[150:] + [extra[-1]]  # a duplicate
    path = write_mbox(tmp_path / "first.mbox", messages)
    with path.open("ab") as out:  # the scenario's own mbox, then a message cut off
        out.write(scenario)
        out.write(b"From MAILER-DAEMON Wed Mar  4 10:00:00 2026\n")
        out.write(mail("Update", "Hi Sam, after careful thought we have decided not to",
                       msgid="<cut@acme.example>", date=D + timedelta(days=1))
                  .removesuffix(b"\n"))  # fmt: skip
    return path


def _second_mailbox(tmp_path: Path) -> Path:
    """Replies into the first import's threads, a cancel of its invitation, and repeats."""
    return write_mbox(tmp_path / "second.mbox", [
        mail("Re: Next steps", "Thanks Sam, we are pleased to offer you the position.",
             msgid="<offer@acme.example>", in_reply_to="<nul@acme.example>",
             references="<nul@acme.example>", date=D + timedelta(days=3)),
        invitation("snap-1", D + timedelta(days=6), seq=2, method="CANCEL",
                   sent=D + timedelta(days=2)),
        mail("Your application", "Thank you, we have received your application.",
             msgid="<dup@acme.example>", date=D + timedelta(hours=2)),
        (DATA / "mail-corpus" / _corpus_files()[0].name).read_bytes(),
    ])  # fmt: skip


def _value(value: Any) -> Any:
    """A stored value as the snapshot keeps it (long text by its digest)."""
    if isinstance(value, datetime | date):
        if isinstance(value, datetime) and value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, str) and len(value) > 120:
        return "sha256:" + hashlib.sha256(value.encode()).hexdigest()[:16]
    if isinstance(value, list | tuple):
        return [_value(v) for v in value]
    return value


def _tables(ws: Workspace) -> dict[str, list[dict[str, Any]]]:
    """Every row the import can write, in id order (the plan's stamps aside)."""
    out: dict[str, list[dict[str, Any]]] = {}
    names = ("companies", "applications", "people", "application_people", "interviews",
             "interview_people", "messages", "observations", "learned_domains",
             "calendar_invitations", "status_changes", "settings")  # fmt: skip
    with ws.read() as conn:
        for name in names:
            table = t.metadata.tables[name]
            keys = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(select(table).order_by(*keys))
            out[name] = [{k: _value(v) for k, v in r._mapping.items()} for r in rows]
    return out


def _summary(summary: Any, folder: Path) -> dict[str, Any]:
    """The summary's fields, each message's place named by file name and number."""
    text = json.dumps({k: _value(v) for k, v in sorted(vars(summary).items())})
    return dict(json.loads(text.replace(f"{folder}/", "")))


def _snapshot(ws: Workspace, tmp_path: Path) -> dict[str, Any]:
    _setup(ws)
    first = _first_mailbox(tmp_path)
    summaries = [_summary(ws.import_mail(str(first)), tmp_path)]
    summaries.append(_summary(ws.import_mail(str(first)), tmp_path))  # again: nothing new
    summaries.append(_summary(ws.import_mail(str(_second_mailbox(tmp_path))), tmp_path))
    review = [[i.message.message_id, i.message.subject, list(i.signals), list(i.candidates),
               i.reason, i.language, i.truncated] for i in ws.review_list()]  # fmt: skip
    return {"summaries": summaries, "review": _value(review), "tables": _tables(ws)}


def test_import_stores_exactly_the_recorded_rows(any_ws: Workspace, tmp_path: Path) -> None:
    got = json.loads(json.dumps(_snapshot(any_ws, tmp_path), default=str))
    if os.environ.get("OFFERWATCH_RECORD_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n")
    want = json.loads(SNAPSHOT.read_text())
    assert got["summaries"] == want["summaries"]
    assert got["review"] == want["review"]
    for name, rows in want["tables"].items():
        assert got["tables"][name] == rows, name
    assert len(got["tables"]["messages"]) > 300  # the mailbox spans more than one batch
    assert any(r["kind"] == "offer" for r in got["tables"]["observations"])
    assert got["tables"]["learned_domains"]
