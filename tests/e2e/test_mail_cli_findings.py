"""`offerwatch mail import` lists what it found per message; `mail undo`; `mail review` pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from tests.support import cli as in_process
from tests.support.mailbuild import mail, write_mbox

from offerwatch.cli.main import cli


def run(db: str, *args: str) -> Any:
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_import_summary_per_message_undo_and_paging(db_url: str, tmp_path: Path) -> None:
    acme = int(run(db_url, "app", "add", "--company", "Acme", "--role", "Data Engineer"))
    run(db_url, "person", "add", str(acme), "--name", "Ana", "--email", "ana@acme.example",
        "--role", "recruiter")  # fmt: skip
    mbox = write_mbox(tmp_path / "inbox.mbox", [
        mail("Decision", "Unfortunately we decided not to proceed with your application."),
        *(mail(f"Role {i}", "What are your salary expectations?", sender=f"x@agency{i}.example",
               date=f"Wed, 04 Mar 2026 10:0{i}:00 +0000") for i in range(3)),
    ])  # fmt: skip
    out = run(db_url, "mail", "import", str(mbox))
    lines = [line for line in out.splitlines() if line.startswith("message ")]
    assert len(lines) == 4
    assert "inbox.mbox#0: 'Decision': rejection -> application" in lines[0]
    assert "(Acme · Data Engineer) [person:" in lines[0]
    assert "'Role 0': salary_discussed -> to review" in lines[1]

    mbox2 = write_mbox(tmp_path / "more.mbox", [
        mail("Role 9", "What are your salary expectations?", sender="y@agency9.example"),
    ])  # fmt: skip
    found = json.loads(run(db_url, "mail", "import", str(mbox2), "--json"))
    [msg] = found["messages"]
    assert msg["file"].endswith("more.mbox#0") and msg["review"] == "pending"
    assert (msg["signs"], msg["application"]) == (["salary_discussed"], None)
    assert found["read"] == 1  # the summary's own fields stay

    decision = int(lines[0].split()[1])
    before = json.loads(run(db_url, "app", "show", str(acme), "--json"))
    assert before["application"]["status"] == "rejected"
    undone = json.loads(run(db_url, "mail", "undo", str(decision), "--json"))
    assert undone == {"message": decision, "review": "pending", "removed_signs": 1,
                      "interviews": []}  # fmt: skip
    shown = json.loads(run(db_url, "app", "show", str(acme), "--json"))
    assert "rejection" not in json.dumps(shown.get("observations", shown))
    assert shown["application"]["status"] == "applied"  # the rejection's status undone
    assert json.loads(run(db_url, "mail", "list", str(acme), "--json")) == []

    first = json.loads(run(db_url, "mail", "review", "--json", "--limit", "2"))
    second = json.loads(run(db_url, "mail", "review", "--json", "--limit", "2", "--page", "2"))
    third = json.loads(run(db_url, "mail", "review", "--json", "--limit", "2", "--page", "3"))
    subjects = [r["message"]["subject"] for r in first + second + third]
    assert sorted(subjects) == ["Decision", "Role 0", "Role 1", "Role 2", "Role 9"]
    assert len(first) == len(second) == 2 and len(third) == 1
    assert "--page 2 --limit 2" in run(db_url, "mail", "review", "--limit", "2")


def test_undo_and_review_bad_input_is_one_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'x.db'}"
    for args, expected in (
        (["mail", "undo", "5"], "no message with id 5"),
        (["mail", "review", "--page", "0"], "--page"),
        (["mail", "review", "--limit", "9999"], "--limit"),
    ):
        proc = in_process.run(db, *args, ok=False)
        assert proc.returncode == 2, proc.stderr
        assert expected in proc.stderr
