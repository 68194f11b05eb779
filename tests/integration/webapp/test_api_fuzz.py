"""Schemathesis over every /api/v1 operation as a signed-in user, on SQLite and PostgreSQL:
no 5xx, every answer as the OpenAPI description documents it, and nothing of another user's
ever read or changed (issue 13).

User B's rows are seeded first, so theirs are the small ids the fuzzer tries first; every text
of theirs carries MARK. User A calls the API with an API token.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import select
from tests.conftest import Clock
from tests.support.mailbuild import mail, write_mbox

from offerwatch.service import Workspace, open_workspace
from offerwatch.store import tables as t
from offerwatch.web import WebSettings, create_app

MARK = "qxbmark"  # in every text of user B's: never in any answer to user A
PASSWORD = "correct horse battery"
# Examples per operation (valid and invalid ones mixed): bounds the file to about a minute
# here; OFFERWATCH_FUZZ_EXAMPLES=200 digs deeper by hand.
EXAMPLES = int(os.environ.get("OFFERWATCH_FUZZ_EXAMPLES", "12"))
# Which table an id belongs to, by the key that holds it (or the key above an "id").
TABLE_OF = {
    "application_id": "applications",
    "app_id": "applications",
    "application": "applications",
    "applications": "applications",
    "interview_id": "interviews",
    "interview": "interviews",
    "interviews": "interviews",
    "person_id": "people",
    "person": "people",
    "people": "people",
    "signals": "observations",
    "observations": "observations",
    "goal_id": "goals",
    "goal": "goals",
    "goals": "goals",
    "history": "status_changes",
}
# The table of each path parameter ({record_id}'s is its {collection}: the same names).
PARAM_TABLE = {
    "app_id": "applications",
    "person_id": "people",
    "interview_id": "interviews",
    "obs_id": "observations",
    "goal_id": "goals",
}


@dataclass
class Seeded:
    ws: Workspace
    a: int
    b: int
    token: str


def _seed_b(ws: Workspace, tmp_path: Path) -> None:
    """User B's data: an application with people, interviews, signs, mail, goals, settings."""
    wb = ws.for_user(ws.add_user("bo", PASSWORD))
    app = wb.add_application(
        f"{MARK} Corp", f"{MARK} role", url=f"https://{MARK}.example/job", notes=f"{MARK} notes"
    )
    wb.add_person(app, f"{MARK} Recruiter", role="recruiter", email=f"hr@{MARK}.example")
    wb.add_interview(
        app,
        stage="final",
        start=datetime(2026, 3, 2, 10, tzinfo=UTC),
        end=datetime(2026, 3, 2, 11, tzinfo=UTC),
        with_=[f"{MARK} Manager"],
        notes=f"{MARK} interview notes",
        timeline=f"{MARK} by Friday",
        signs=["personal_interest"],
    )
    wb.add_signal(app, "notice_period_asked", note=f"{MARK} asked when I could start")
    goal = wb.add_goal("skill", f"{MARK} goal", 120)
    wb.log_goal(goal, 30, f"{MARK} log")
    wb.set_settings({"name": f"{MARK} Name", "pitch": f"{MARK} pitch"})
    box = [
        mail(
            f"{MARK} next steps",
            f"Dear candidate, {MARK} would like to invite you to a final round.",
            sender=f"{MARK} Recruiter <hr@{MARK}.example>",
        )
    ]
    wb.import_mail(str(write_mbox(tmp_path / "b.mbox", box)))
    wb.create_api_token(f"{MARK} script")


def _seed_a(ws: Workspace) -> tuple[int, str]:
    """User A's own rows for the fuzzer to read and change; their API token."""
    a = ws.add_user("ana", PASSWORD)
    wa = ws.for_user(a)
    app = wa.add_application("Acme", "Data Engineer", source="referral")
    wa.add_person(app, "Ana Lopez", role="recruiter", email="ana@acme.example")
    wa.add_interview(
        app,
        stage="interview",
        start=datetime(2026, 3, 3, 10, tzinfo=UTC),
        end=datetime(2026, 3, 3, 11, tzinfo=UTC),
        with_=["Ana Lopez"],
    )
    wa.add_signal(app, "salary_discussed")
    wa.add_goal("rest", "walks", 90)
    return a, wa.create_api_token("fuzz")


@pytest.fixture
def seeded(migrated_db_url: str, clock: Clock, tmp_path: Path) -> Iterator[Seeded]:
    ws = open_workspace(migrated_db_url, clock=clock)
    _seed_b(ws, tmp_path)
    b = next(u.id for u in ws.list_users() if u.username == "bo")
    a, token = _seed_a(ws)
    yield Seeded(ws, a, b, token)
    ws.close()


def _b_rows(ws: Workspace, b: int) -> tuple[dict[str, set[int]], dict[str, tuple[int, str]]]:
    """User B's ids by table, and each of B's tables as (row count, hash of the rows)."""
    ids: dict[str, set[int]] = {}
    digest: dict[str, tuple[int, str]] = {}
    with ws.read() as conn:
        for table in t.metadata.sorted_tables:
            if "user_id" in table.c:
                where = table.c.user_id == b
            elif table.name == "users":
                where = table.c.id == b
            else:
                continue
            rows = [tuple(r) for r in conn.execute(select(table).where(where))]
            if "id" in table.c and table.name != "users":
                ids[table.name] = {r.id for r in conn.execute(select(table.c.id).where(where))}
            digest[table.name] = (len(rows), _hash(rows))
        for join, parent, key in (
            (t.application_people, "applications", "application_id"),
            (t.interview_people, "interviews", "interview_id"),
        ):
            rows = [
                tuple(r)
                for r in conn.execute(select(join).where(join.c[key].in_(ids[parent] or {-1})))
            ]
            digest[join.name] = (len(rows), _hash(rows))
    return ids, digest


def _hash(rows: list[tuple[Any, ...]]) -> str:
    return hashlib.sha256(repr(sorted(rows, key=repr)).encode()).hexdigest()


def _ids_in(value: Any, table: str | None) -> Iterator[tuple[str, int]]:
    """(table, id) of every record id in a JSON answer whose table its key tells."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "id" and table and isinstance(item, int):
                yield table, item
            elif key in TABLE_OF and isinstance(item, int):
                yield TABLE_OF[key], item
            else:
                yield from _ids_in(item, TABLE_OF.get(key, table))
    elif isinstance(value, list):
        for item in value:
            yield from _ids_in(item, table)


def _table_of(path: str) -> str | None:
    """The table of the records an operation answers with, from its last named segment."""
    named = [part for part in path.split("/") if part and not part.startswith("{")]
    return TABLE_OF.get(named[-1]) if named else None


def no_trace_of_other_user(b_ids: dict[str, set[int]]) -> Any:
    """A schemathesis check: no answer to A holds B's texts (MARK) or ids."""

    def no_trace_of_other_user(ctx: Any, response: Any, case: Any) -> None:
        text = response.content.decode("utf-8", "replace")
        assert MARK not in text.lower(), f"user B's text in the answer: {text[:300]}"
        if not response.headers.get("content-type", [""])[0].startswith("application/json"):
            return
        body = response.json()
        for table, ident in _ids_in(body, _table_of(case.operation.path)):
            assert ident not in b_ids.get(table, set()), f"user B's {table} {ident}: {text[:300]}"
        if case.operation.path == "/api/v1/scores" and isinstance(body, dict):
            leaked = {int(k) for k in body if k.isdigit()} & b_ids["applications"]
            assert not leaked, f"user B's applications scored: {leaked}"

    return no_trace_of_other_user


def _names_record_of(case: Any, b_ids: dict[str, set[int]]) -> bool:
    """Whether a case's path names one of B's records (by the table its parameter is of)."""
    params = case.path_parameters or {}
    collection = params.get("collection")
    for name, value in params.items():
        table = PARAM_TABLE.get(name) or (collection if name == "record_id" else None)
        if isinstance(table, str) and value in b_ids.get(table, set()):
            return True
    return False


def _operations(app: Any) -> list[Any]:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    return [result.ok() for result in schema.get_all_operations()]


def test_fuzzing_the_api_finds_no_error_and_no_other_users_data(seeded: Seeded) -> None:
    ids_before, rows_before = _b_rows(seeded.ws, seeded.b)
    assert all(ids_before[name] for name in ("applications", "people", "interviews", "goals"))
    assert rows_before["messages"][0] >= 1  # B's mail was imported and is guarded too
    app = create_app(WebSettings(accounts=True), open_workspace=lambda: seeded.ws)
    checks = [
        not_a_server_error,
        status_code_conformance,
        response_schema_conformance,
        content_type_conformance,
        no_trace_of_other_user(ids_before),
    ]
    auth = {"Authorization": f"Bearer {seeded.token}"}
    operations = _operations(app)
    methods = {op.method.upper() for op in operations}
    assert {"GET", "POST", "PATCH", "DELETE"} <= methods
    seen: Counter[str] = Counter()
    for operation in operations:
        cases = st.one_of(
            operation.as_strategy(GenerationMode.POSITIVE),
            operation.as_strategy(GenerationMode.NEGATIVE),
        )

        @given(case=cases)
        @settings(
            max_examples=EXAMPLES,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        )
        def fuzz(case: Any) -> None:
            response = case.call_and_validate(headers=auth, checks=checks)
            seen[f"{response.status_code // 100}xx"] += 1
            if _names_record_of(case, ids_before):
                seen["B's id asked for"] += 1

        fuzz()
    # The run did read and write A's records, and asked for B's by id.
    assert seen["2xx"] > 0 and seen["4xx"] > 0 and seen["B's id asked for"] > 0, seen
    ids_after, rows_after = _b_rows(seeded.ws, seeded.b)
    assert ids_after == ids_before
    assert rows_after == rows_before


def test_the_check_sees_another_users_data_when_it_is_there(seeded: Seeded) -> None:
    """The cross-user check is no blind one: B's own answers fail it, A's pass."""
    ids, _rows = _b_rows(seeded.ws, seeded.b)
    app = create_app(WebSettings(accounts=True), open_workspace=lambda: seeded.ws)
    check = no_trace_of_other_user(ids)
    operation = {op.label: op for op in _operations(app)}["GET /api/v1/applications"]
    b_token = seeded.ws.for_user(seeded.b).create_api_token("b")
    for token, leaks in ((b_token, True), (seeded.token, False)):
        case = operation.Case()
        response = case.call(headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200
        if leaks:
            with pytest.raises(AssertionError, match="user B's text"):
                check(None, response, case)
        else:
            check(None, response, case)
    # An id alone (no text) is caught too: B's application id under "application_id".
    [b_app] = ids["applications"]
    assert list(_ids_in([{"application_id": b_app}], None)) == [("applications", b_app)]
    assert list(_ids_in({"history": [{"id": 7}]}, "applications")) == [("status_changes", 7)]
