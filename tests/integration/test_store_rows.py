"""Stored rows read back as the same entities through every query module (store/rows.py)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.support.mailbuild import mail

from offerwatch.service import Workspace
from offerwatch.store import evidence, plan_queries
from offerwatch.store import messages as qm


def test_a_message_reads_the_same_through_every_query(any_ws: Workspace, tmp_path: Path) -> None:
    app_id = any_ws.add_application("Acme", "Data Engineer")
    any_ws.add_person(app_id, "Ana Lopez", role="recruiter", email="ana@acme.example")
    eml = tmp_path / "reply.eml"
    eml.write_bytes(
        mail(
            "Next steps",
            "Could you tell us your notice period?",
            msgid="<n1@acme.example>",
            references="<a@x.example> <b@x.example>",
        )
    )
    assert any_ws.import_mail(str(eml)).matched == 1
    with any_ws.read() as conn:
        [full] = evidence.messages_of(conn, any_ws.user_id, [app_id])
        [light] = plan_queries.messages(conn, any_ws.user_id)
        stored = qm.get_message(conn, any_ws.user_id, full.id)
        people = plan_queries.people_by_application(conn, any_ws.user_id)[app_id]
    assert stored is not None and stored[0] == full
    assert "notice period" in full.body
    assert light.body == ""  # the planner's query leaves the body out
    assert light == dataclasses.replace(full, body="")
    assert full.references == ("<a@x.example>", "<b@x.example>")
    assert [p.name for p in people] == ["Ana Lopez"] == [p.name for p in any_ws.people(app_id)]
    assert people == any_ws.people(app_id)
