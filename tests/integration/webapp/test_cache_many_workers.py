"""Many workers, one truth: the result cache is keyed by the user's facts version in the
database, so a write through one app instance shows at once through another (whose cache
would otherwise keep the old plan for 30 s); on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from offerwatch.service import Workspace, open_workspace

KEEP = re.compile(r"Keep applying: (\d+) of")


@pytest.fixture
def second_ws(db_url: str, clock: Any, any_ws: Workspace) -> Iterator[Workspace]:
    """Another worker's own engines on the same database."""
    ws = open_workspace(db_url, clock=clock)
    yield ws
    ws.close()


def _applied_this_week(client: Any) -> int:
    page = client.get("/")
    assert page.status_code == 200
    found = KEEP.search(page.text)
    assert found, page.text[:500]
    return int(found.group(1))


def test_a_write_through_one_worker_is_seen_at_once_through_another(
    any_ws: Workspace, second_ws: Workspace, make_client: Any
) -> None:
    any_ws.add_application("Acme", "Data Engineer")
    one = make_client(any_ws, cache_seconds=30)
    two = make_client(second_ws, cache_seconds=30)
    assert _applied_this_week(two) == 1
    assert _applied_this_week(two) == 1  # now cached in worker two
    res = one.post("/api/v1/applications", json={"company": "Globex", "role": "Analyst"})
    assert res.status_code == 201, res.text
    assert _applied_this_week(two) == 2
    assert _applied_this_week(one) == 2
    # The CLI (no worker at all) writes the same way.
    any_ws.add_application("Initech", "Engineer")
    assert _applied_this_week(two) == 3
