"""`offerwatch mail undo` through the real entry point: the interview the message's
calendar invitation created goes with it, and the command says so in one line."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import offerwatch

DATA = Path(__file__).resolve().parents[1] / "data" / "invitations"


def ok(db: str, *args: str) -> str:
    res = offerwatch("--db", db, *args)
    assert res.returncode == 0, res.stderr
    return res.stdout


def test_mail_undo_removes_the_interview_of_its_invitation(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    app = ok(db, "app", "add", "--company", "Northwind", "--role", "Data Engineer").strip()
    ok(db, "mail", "import", str(DATA / "google-request.eml"))
    [item] = json.loads(ok(db, "mail", "review", "--json"))
    mid = str(item["message"]["id"])
    ok(db, "mail", "assign", mid, app)
    [made] = json.loads(ok(db, "interview", "list", app, "--json"))
    out = ok(db, "mail", "undo", mid).splitlines()
    assert out[1:] == [f"interview {made['id']} (made by its invitation) removed"]
    assert json.loads(ok(db, "interview", "list", app, "--json")) == []
    ok(db, "mail", "assign", mid, app)
    [again] = json.loads(ok(db, "interview", "list", app, "--json"))
    ok(db, "interview", "set", str(again["id"]), "--notes", "asked about dbt")
    undone = json.loads(ok(db, "mail", "undo", mid, "--json"))
    assert undone["interviews"] == [{"id": again["id"], "outcome": "kept"}]
    assert [i["notes"] for i in json.loads(ok(db, "interview", "list", app, "--json"))] == [
        "asked about dbt"
    ]
