"""The story of one application as a list of dated entries, newest first (for display)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from offerwatch.core.day_words import short_day
from offerwatch.service.tracking import ApplicationDetail
from offerwatch.web.filters import words

STAGE_TITLES = {
    "phone_screen": "Phone screen",
    "interview": "Interview",
    "final": "Final interview",
    "follow_up": "Follow-up interview",
}


@dataclass(frozen=True, slots=True)
class Entry:
    at: datetime
    kind: str  # interview | signal | status | mail
    title: str
    detail: str | None = None
    link: str | None = None
    cancelled: bool = False  # an interview called off: shown, marked, struck from the plan
    message_id: int | None = None  # a mail entry: it can be moved to another application
    day_only: bool = False  # known to the day, not the hour (the day applied): no time shown


def timeline(
    detail: ApplicationDetail,
    messages: Sequence[Any] = (),
    *,
    zone: tzinfo,
    today: date | None = None,
    reasons: Mapping[str, str] | None = None,
) -> list[Entry]:
    """Interviews, signals, status changes and mail, newest first. Days read as everywhere
    (core/day_words, in `zone`, the year when not `today`'s); `reasons` has each mail's match
    reason in words (Workspace.match_reason_words), else the reason is shown as stored."""
    entries: list[Entry] = []
    seen_in: dict[int, list[str]] = {}
    for o in detail.observations:
        if o.interview_id is not None and o.source.value == "manual" and not o.evidence:
            seen_in.setdefault(o.interview_id, []).append(words(o.kind))
    for i in detail.interviews:
        met = ", ".join(p.name for p in i.people)
        title = STAGE_TITLES.get(i.stage.value, words(i.stage)) + (f" with {met}" if met else "")
        signs = seen_in.get(i.id)
        called_off = i.cancelled_at and "cancelled on " + short_day(
            i.cancelled_at.astimezone(zone).date(), today
        )
        extra = "; ".join(x for x in (called_off, signs and "signs: " + ", ".join(signs),
                                      i.timeline_text and f"timeline: {i.timeline_text}",
                                      i.notes) if x)  # fmt: skip
        link = f"/interviews/{i.id}/edit"
        entries.append(
            Entry(i.scheduled_start, "interview", title, extra or None, link, i.cancelled)
        )
    for o in detail.observations:
        if o.interview_id in seen_in and o.source.value == "manual" and not o.evidence:
            continue
        source = f" ({o.source.value})" if o.source.value != "manual" else ""
        extra = o.evidence or ""
        if o.expected_by:
            extra = f"{extra} — expected by {short_day(o.expected_by, today)}".strip(" —")
        link = f"/signals/{o.id}/edit"
        entries.append(Entry(o.observed_at, "signal", words(o.kind) + source, extra or None, link))
    applied = detail.application.applied_on
    # The day applied is kept as noon UTC of that day (store/queries.py): not a time anyone gave.
    applied_at = datetime.combine(applied, time(12), tzinfo=UTC) if applied else None
    for h in detail.history:
        entries.append(Entry(h.changed_at, "status", f"Status: {words(h.status)}",
                             day_only=h.changed_at == applied_at))  # fmt: skip
    for m in messages:
        arrow = "from" if getattr(m.direction, "value", m.direction) == "in" else "to"
        who = m.from_addr if arrow == "from" else ", ".join(m.to_addrs)
        reason = getattr(m, "match_reason", None)  # why import filed it here
        reason = (reasons or {}).get(reason, reason) if reason else reason
        said = f"{arrow} {who}" + (f"; filed here: {reason}" if reason else "")
        title = m.subject or "(no subject)"
        entries.append(Entry(m.date, "mail", title, said, message_id=m.id))
    # A day without its hour comes first of its day: the day applied is never shown after
    # a rejection that came at 11:00 that same day.
    entries.sort(key=lambda e: _start_of_day(e.at, zone) if e.day_only else e.at, reverse=True)
    return entries


def _start_of_day(moment: datetime, zone: tzinfo) -> datetime:
    """The first moment of `moment`'s day in `zone`."""
    return datetime.combine(moment.astimezone(zone).date(), time.min, tzinfo=zone)
