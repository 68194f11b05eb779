"""Use cases of sharing with a coach: share and revoke (the seeker), the dashboard and a
seeker's page (the coach: read only, each look logged), the log of looks (the seeker)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from offerwatch.audit import audit
from offerwatch.core.coaching import SeekerSummary, summarise
from offerwatch.core.planner import plan
from offerwatch.errors import BadInput, NotFound
from offerwatch.service.agenda import plan_facts
from offerwatch.service.context import Context
from offerwatch.store import activity as qact
from offerwatch.store import plan_queries as pq
from offerwatch.store import queries as q
from offerwatch.store import shares as qs
from offerwatch.store import users as qu
from offerwatch.store.shares import CoachView, Share
from offerwatch.store.users import LOCAL_USERNAME

if TYPE_CHECKING:
    from offerwatch.service import Workspace


def share_with(ws: Context, coach: str) -> int:
    """Let the account called `coach` read the current user's data; returns its id."""
    name = coach.strip()
    with ws.write(derived=True) as conn:
        found = qu.find_user(conn, name)
        if found is None or name.lower() == LOCAL_USERNAME:
            raise BadInput(f"no user called {coach!r}")
        if found[0] == ws.user_id:
            raise BadInput("you cannot share with yourself")
        qs.insert_share(conn, ws.user_id, found[0], ws.clock())
    audit("share.created", seeker=ws.user_id, coach=found[0])
    return found[0]


def revoke_share(ws: Context, coach_id: int) -> None:
    """Stop sharing with a coach: their next request is refused."""
    with ws.write(derived=True) as conn:
        if not qs.delete_share(conn, ws.user_id, coach_id):
            raise NotFound("share with coach", coach_id)
    audit("share.revoked", seeker=ws.user_id, coach=coach_id)


def my_coaches(ws: Context) -> list[Share]:
    """The coaches the current user shares with."""
    with ws.read() as conn:
        return qs.coaches_of(conn, ws.user_id)


def coach_views(ws: Context) -> list[CoachView]:
    """What coaches looked at of the current user's data, newest first."""
    with ws.read() as conn:
        return qs.views_of(conn, ws.user_id)


def my_seekers(ws: Context) -> list[Share]:
    """The people who share with the current user (as their coach)."""
    with ws.read() as conn:
        return qs.seekers_of(conn, ws.user_id)


def seeker_workspace(ws: Workspace, seeker_id: int, what: str) -> Workspace:
    """The seeker's data for the coach to read, after checking the share and logging the
    look; NotFound (no hint whether the account exists) when it is not shared."""
    with ws.write(derived=True) as conn:
        if not qs.is_shared(conn, seeker_id, ws.user_id):
            raise NotFound("person sharing with you", seeker_id)
        qs.log_view(conn, seeker_id, ws.user_id, what, ws.clock())
    audit("coach.view", coach=ws.user_id, seeker=seeker_id, what=what)
    return ws.for_user(seeker_id)


def summary(seeker: Workspace, name: str) -> SeekerSummary:
    """What the dashboard says about one seeker, read without writing anything of theirs
    (the plan is derived in memory, not stored)."""
    now = seeker.clock()
    tz = seeker.timezone()
    with seeker.read() as conn:
        rows = pq.actions(conn, seeker.user_id)
        facts = plan_facts(seeker, conn, rows, now)
        apps = q.list_applications(conn, seeker.user_id)
        app_facts = qact.all_facts(conn, seeker.user_id, apps)
    closed = {r.key for r in rows if r.done_at is not None or r.dismissed_at is not None}
    return summarise(
        seeker.user_id,
        name,
        actions=plan(facts, now, tz).actions,
        closed_keys=closed,
        facts=app_facts,
        interviews=seeker.upcoming_interviews(now, days=21),
        now=now,
    )


def dashboard(ws: Workspace) -> list[SeekerSummary]:
    """One summary per person who shares with the current user; each look is logged."""
    found = []
    for share in my_seekers(ws):
        seeker = seeker_workspace(ws, share.user_id, "dashboard")
        found.append(summary(seeker, share.display_name or share.username))
    return found
