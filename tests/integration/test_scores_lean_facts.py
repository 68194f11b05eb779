"""`ws.scores()` loads only what the scores read (store/evidence.py): the scores are those
computed from everything the store holds, for all applications or some, at several moments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from tests.support.varied_search import NOW, populate

from offerwatch.core.odds import score_application
from offerwatch.core.signals import still_standing
from offerwatch.service import Workspace, open_workspace
from offerwatch.store import evidence as ev
from offerwatch.store import queries as q


def scored_from_everything(ws: Workspace, ids: list[int] | None, now: object) -> dict[int, object]:
    """The scores from every fact of the applications (the loading before the trimming)."""
    with ws.read() as conn:
        apps = ev.applications_of(conn, ws.user_id, ids)
        observations = still_standing(
            q.observations_of(conn, ws.user_id, ids),
            q.status_changes_of(conn, ws.user_id, ids),
            {a.id: a.status for a in apps},
        )
        interviews = q.interviews_of(conn, ws.user_id, ids)
        messages = ev.messages_of(conn, ws.user_id, ids)
    return {
        a.id: score_application(
            a,
            [i for i in interviews if i.application_id == a.id],
            [o for o in observations if o.application_id == a.id],
            [m for m in messages if m.application_id == a.id],
            now,  # type: ignore[arg-type]
        )
        for a in apps
    }


@pytest.fixture
def search(migrated_db_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(migrated_db_url, clock=lambda: NOW)
    yield workspace
    workspace.close()


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_the_trimmed_facts_give_the_same_scores_as_everything(search: Workspace, seed: int) -> None:
    populate(search, seed)
    some = [a.id for a in search.list_applications()][::3]
    for moment in (NOW - timedelta(days=15), NOW, NOW + timedelta(days=40)):
        expected = scored_from_everything(search, None, moment)
        assert len({s.probability for s in expected.values()}) > 3  # the search varies
        assert search.scores(now=moment) == expected
        assert search.scores(some, now=moment) == {i: expected[i] for i in some}
