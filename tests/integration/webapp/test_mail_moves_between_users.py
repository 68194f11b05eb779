"""Server mode, on both databases: what this work added answers another person's ids with
404 (as if they did not exist) and changes nothing of theirs: moving a message, sending it
back to review, the recent imports, an interview's before-applying note."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from tests.support.accounts import PASSWORD, Signed

from offerwatch.service import Workspace

EML = (
    b"From: Ana Lopez <ana@acme.example>\r\nTo: me@example.org\r\nSubject: Next steps\r\n"
    b"Message-ID: <users-1@acme.example>\r\nDate: Tue, 03 Mar 2026 10:00:00 +0000\r\n\r\n"
    b"Could you tell us your notice period and when you could start?\r\n"
)


def test_another_persons_mail_and_imports_are_not_found(
    any_ws: Workspace, make_client: Any, tmp_path: Path
) -> None:
    ana_id, bo_id = any_ws.add_user("ana", PASSWORD), any_ws.add_user("bo", PASSWORD)
    ana, bo = any_ws.for_user(ana_id), any_ws.for_user(bo_id)  # type: ignore[attr-defined]
    acme = ana.add_application("Acme", "Engineer", applied_on=date(2026, 3, 10))
    ana_other = ana.add_application("Initech", "Engineer")
    ana.add_person(acme, "Ana Lopez", role="recruiter", email="ana@acme.example")
    (tmp_path / "next.eml").write_bytes(EML)
    ana.import_mail(str(tmp_path / "next.eml"))
    message = ana.messages(acme)[0].id
    job = ana.enqueue_job("import", {"path": str(tmp_path / "gone.mbox")})
    bo_app = bo.add_application("Globex", "Analyst")

    as_bo = Signed(make_client(any_ws, accounts=True, run_jobs=False), "bo")
    assert as_bo.post(f"/mail/messages/{message}/move", {"app_id": bo_app}).status_code == 404
    assert as_bo.post(f"/mail/messages/{message}/undo", {}).status_code == 404
    assert job not in as_bo.get("/mail").text and "Recent imports" not in as_bo.get("/mail").text
    assert as_bo.get(f"/mail?job={job}").status_code == 200  # no such import for bo
    assert as_bo.get(f"/mail/jobs/{job}").status_code == 404
    res = as_bo.client.post(f"/api/v1/applications/{acme}/interviews",
                            json={"stage": "interview", "start": "2026-03-02T10:00Z",
                                  "end": "2026-03-02T11:00Z"})  # fmt: skip
    assert res.status_code == 404
    assert [m.subject for m in ana.messages(acme)] == ["Next steps"]
    assert ana.interviews(acme) == []

    as_ana = Signed(make_client(any_ws, accounts=True, run_jobs=False), "ana")
    assert as_ana.post(f"/mail/messages/{message}/move", {"app_id": bo_app}).status_code == 404
    assert [m.subject for m in ana.messages(acme)] == ["Next steps"]
    assert as_ana.post(f"/mail/messages/{message}/move", {"app_id": ana_other}).status_code == 303
    assert [m.subject for m in ana.messages(ana_other)] == ["Next steps"]
    assert job in as_ana.get("/mail").text
