"""`offerwatch user add/list/remove/passwd` on both databases, as a script runs them."""

from __future__ import annotations

import json
import subprocess

from tests.support.cli import offerwatch

from offerwatch.service import open_workspace


def _run(db_url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return offerwatch("--db", db_url, "user", *args, input=stdin)


def test_first_admin_list_reset_and_remove(db_url: str) -> None:
    assert (
        _run(
            db_url, "add", "root", "--admin", "--password-stdin", stdin="root secret 1\n"
        ).returncode
        == 0
    )
    assert _run(db_url, "add", "bo", "--password-stdin", stdin="bo secret 12\n").returncode == 0
    listed = json.loads(_run(db_url, "list", "--json").stdout)
    assert [(u["username"], u["admin"]) for u in listed] == [("bo", False), ("root", True)]
    assert _run(db_url, "passwd", "bo", "--password-stdin", stdin="new bo secret\n").returncode == 0
    ws = open_workspace(db_url)
    try:
        bo = ws.authenticate("bo", "new bo secret")
        assert bo is not None
        ws.for_user(bo).add_application("Globex", "Analyst")  # type: ignore[attr-defined]
    finally:
        ws.close()
    last = _run(db_url, "remove", "root", "--yes")
    assert last.returncode == 2
    assert (
        last.stderr.strip()
        == "offerwatch: error: root is the last administrator: add another first"
    )
    unknown = _run(db_url, "remove", "zed", "--yes")
    assert unknown.returncode == 2 and unknown.stderr.count("\n") == 1
    assert _run(db_url, "remove", "bo", "--yes").returncode == 0
    assert [u["username"] for u in json.loads(_run(db_url, "list", "--json").stdout)] == ["root"]
    ws = open_workspace(db_url)
    try:
        assert ws.for_user(bo).list_applications() == []  # type: ignore[attr-defined]
    finally:
        ws.close()
