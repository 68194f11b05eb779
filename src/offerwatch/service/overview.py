"""Use cases for overviews: the pipeline board, insights, upcoming interviews, paged lists."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from offerwatch.core.entities import Application, Interview, Observation, Status
from offerwatch.service.context import Context
from offerwatch.store import activity as qa
from offerwatch.store import paging as qp
from offerwatch.store import queries as q
from offerwatch.store import tables as t

if TYPE_CHECKING:
    from offerwatch.core.insights import Insights


@dataclass(frozen=True, slots=True)
class BoardCard:
    """One application on the pipeline board."""

    application: Application
    last_news: datetime | None
    days_waiting: int | None  # whole days since the last news, for open applications


@dataclass(frozen=True, slots=True)
class Column:
    """One status on the board: how many in total, and the cards shown."""

    status: Status
    total: int
    offset: int
    cards: list[BoardCard]


def board(
    ctx: Context,
    now: datetime | None = None,
    *,
    per_column: int = 25,
    status: Status | None = None,
    offset: int = 0,
    closed_per_column: int | None = None,
) -> dict[Status, Column]:
    """Applications by status (every status present, in process order): in each column
    up to `per_column` cards (`closed_per_column` for closed statuses), those untouched
    longest first, with the days waiting since the last news. With `status`, that
    column alone, from `offset`."""
    now = now or ctx.clock()
    with ctx.read() as conn:
        counts = qa.status_counts(conn, ctx.user_id)
        apps = qa.stalest_by_status(
            conn, ctx.user_id, per_column, status, offset, closed_per_column
        )
        latest = qa.last_activity(conn, ctx.user_id, [a.id for a in apps])
    cards: dict[Status, list[BoardCard]] = {s: [] for s in Status}
    for app in apps:
        news = latest.get(app.id) or app.updated_at
        days = None
        if news is not None and app.status.is_open and app.status is not Status.INTERESTED:
            days = max(0, (now - news).days)
        cards[app.status].append(BoardCard(app, news, days))
    shown = [status] if status is not None else list(Status)
    return {s: Column(s, counts.get(s, 0), offset if status else 0, cards[s]) for s in shown}


def ping(ctx: Context) -> bool:
    """True when the database answers (a readiness check)."""
    with ctx.read() as conn:
        return qa.ping(conn)


def insights(ctx: Context, now: datetime | None = None) -> Insights:
    """The funnel, response times and time waiting of the whole search."""
    from offerwatch.core.insights import insights

    now = now or ctx.clock()
    with ctx.read() as conn:
        apps = q.list_applications(conn, ctx.user_id)
        facts = qa.all_facts(conn, ctx.user_id, apps)
    return insights(facts, now)


def upcoming_interviews(
    ctx: Context, now: datetime | None = None, days: int = 14
) -> list[tuple[Interview, Application]]:
    """Interviews that have not ended yet and start within `days` days, with their
    application, soonest first."""
    now = now or ctx.clock()
    horizon = now + timedelta(days=days)
    with ctx.read() as conn:
        app_ids = qa.apps_with_interviews_between(conn, ctx.user_id, now, horizon)
        found = q.interviews_of(conn, ctx.user_id, app_ids) if app_ids else []
        apps = {a.id: a for a in qp.applications_by_id(conn, ctx.user_id, app_ids)}
    return [
        (i, apps[i.application_id])
        for i in found
        if i.end >= now
        and i.scheduled_start <= horizon
        and i.application_id in apps
        and not i.cancelled
    ]


def applications_by_id(ctx: Context, ids: Iterable[int]) -> dict[int, Application]:
    """The user's applications among `ids` (others' and unknown ids are left out)."""
    with ctx.read() as conn:
        return {a.id: a for a in qp.applications_by_id(conn, ctx.user_id, ids)}


def page_applications(
    ctx: Context, statuses: Iterable[Status] | None = None, *, limit: int = 50, offset: int = 0
) -> list[Application]:
    """One page of applications, oldest first."""
    with ctx.read() as conn:
        return qp.applications_page(conn, ctx.user_id, statuses, limit, offset)


def page_observations(
    ctx: Context, app_id: int | None = None, *, limit: int = 50, offset: int = 0
) -> list[Observation]:
    """One page of signals (of one application, or all), in the order recorded."""
    with ctx.read() as conn:
        if app_id is not None:
            ctx.require(conn, t.applications, app_id, "application")
        return qp.observations_page(conn, ctx.user_id, app_id, limit, offset)


def page_interviews(
    ctx: Context, app_id: int | None = None, *, limit: int = 50, offset: int = 0
) -> list[Interview]:
    """One page of interviews (of one application, or all), earliest first."""
    with ctx.read() as conn:
        if app_id is not None:
            ctx.require(conn, t.applications, app_id, "application")
        page = qp.interview_ids_page(conn, ctx.user_id, app_id, limit, offset)
        apps = sorted({a for _, a in page})
        found = {i.id: i for i in q.interviews_of(conn, ctx.user_id, apps)} if page else {}
    return [found[i] for i, _ in page if i in found]


def count_applications(ctx: Context, statuses: Iterable[Status] | None = None) -> int:
    """How many applications (in `statuses`, when given) the user has."""
    with ctx.read() as conn:
        return qp.count_applications(conn, ctx.user_id, statuses)


def count_interviews(ctx: Context, app_id: int | None = None) -> int:
    """How many interviews (of one application, or all)."""
    with ctx.read() as conn:
        return qp.count_of_application(conn, t.interviews, ctx.user_id, app_id)


def count_observations(ctx: Context, app_id: int | None = None) -> int:
    """How many signs (of one application, or all)."""
    with ctx.read() as conn:
        return qp.count_of_application(conn, t.observations, ctx.user_id, app_id)
