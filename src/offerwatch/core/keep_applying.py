"""The weekly keep-applying check (domain.md rule 5): new applications against the target."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta, tzinfo

from offerwatch.core.business_days import add_local_days, local_at, week_start
from offerwatch.core.entities import Application, Interview, Stage, Status
from offerwatch.core.plan_types import KeepApplying, PlanFacts, PlannedAction

KEEP_APPLYING = "keep_applying"
MORNING = time(9, 0)
FINAL_STAGES = frozenset({Stage.FINAL, Stage.FOLLOW_UP})


def _applied_at(app: Application, tz: tzinfo) -> datetime | None:
    """When the application was sent, as a datetime (the applied-on date at 00:00 local)."""
    if app.status is Status.INTERESTED:
        return None
    if app.applied_on is not None:
        return local_at(app.applied_on, time(0, 0), tz)
    return app.created_at


def keep_applying(
    facts: PlanFacts, interviews: Sequence[Interview], now: datetime, tz: tzinfo
) -> tuple[KeepApplying, PlannedAction | None]:
    """The weekly keep-applying check (domain.md rule 5) and its action, if any."""
    start = week_start(now, tz)
    end = add_local_days(start, 7, tz)
    target = max(facts.weekly_target, 0)
    # An applied-on date more than a day outside the week cannot fall in it, whatever the
    # zone: skip the (costly) local time for it.
    lo, hi = start.date() - timedelta(days=1), end.date() + timedelta(days=1)
    applied = sorted(
        (a.created_at or at, a.id)
        for a in facts.applications
        if (a.applied_on is None or lo <= a.applied_on <= hi)
        and (at := _applied_at(a, tz)) is not None
        and start <= at < end
    )
    accepted = any(a.status is Status.ACCEPTED for a in facts.applications)
    open_apps = [a for a in facts.applications if a.status.is_open and a.status is not Status.OFFER]
    final_apps = {i.application_id for i in interviews if i.stage in FINAL_STAGES}
    urgent = all(a.id in final_apps for a in open_apps)
    if accepted:
        reason = "an offer was accepted: no need to keep applying"
    elif target == 0:
        reason = "no weekly target set"
    elif not open_apps:
        reason = "no application is open: the pipeline is empty"
    elif urgent:
        reason = "every open application is waiting on a final round"
    else:
        count = len(open_apps)
        reason = ("1 open application, at an earlier stage" if count == 1
                  else f"{count} open applications, some at earlier stages")  # fmt: skip
    summary = KeepApplying(
        active=not accepted and target > 0,
        week_start=start.date(),
        applied_this_week=len(applied),
        target=target,
        urgent=urgent and not accepted,
        reason=reason,
    )
    if not summary.active:
        return summary, None
    iso = start.date().isocalendar()
    # The check is due on Friday morning; when the pipeline is thin, at once (clamped to now).
    due_day = start.date() + timedelta(days=0 if summary.urgent else 4)
    done_at = None
    if len(applied) >= target:
        done_at = min(max(applied[target - 1][0], start), now)
    prefix = "Keep applying (urgent: " + reason + ")" if summary.urgent else "Keep applying"
    action = PlannedAction(
        key=f"{KEEP_APPLYING}:{iso.year}-W{iso.week:02d}",
        kind=KEEP_APPLYING,
        title=f"{prefix}: {len(applied)} of {target} new applications this week",
        due=local_at(due_day, MORNING, tz),
        cause=start,
        done_at=done_at,
    )
    return summary, action
