"""The agenda use cases: re-deriving actions, marks, goals and settings.

The rules live in core/planner.py; this module gathers the facts and stores the marks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from offerwatch.core.agenda import Agenda, AgendaItem, PersonRef, split
from offerwatch.core.business_days import week_start
from offerwatch.core.entities import Interview, Person
from offerwatch.core.goals import GoalKind, GoalProgress, progress
from offerwatch.core.mail_domains import own_addresses
from offerwatch.core.planner import (
    DEFAULT_WEEKLY_TARGET,
    Mark,
    Plan,
    PlanFacts,
    main_contact,
    plan,
    stable_until,
)
from offerwatch.core.signals import still_standing
from offerwatch.core.timeutil import ensure_aware, local_zone
from offerwatch.errors import BadInput, NotFound
from offerwatch.service._base import WorkspaceBase
from offerwatch.service._edit import goal_fields
from offerwatch.service._input import user_text
from offerwatch.service.holidays import check_country, holiday_dates
from offerwatch.store import plan_facts as pf
from offerwatch.store import plan_queries as pq
from offerwatch.store import plan_stamps
from offerwatch.store import queries as q
from offerwatch.store import tables as t

# Settings the user can change, with their defaults (None: unset).
SETTINGS: dict[str, str | None] = {
    "weekly_target": str(DEFAULT_WEEKLY_TARGET),  # new applications a week (issue 4)
    "timezone": None,  # IANA name; default: $OFFERWATCH_TZ, $TZ, the system zone
    "name": None,  # how drafts are signed
    "signature": None,  # lines under the name in drafts (phone, profile link)
    "pitch": None,  # what you bring, e.g. "five years of building data pipelines"
    "my_addresses": None,  # your own email addresses, comma-separated (mail reading)
    "country": None,  # ISO code (DE, US-CA): business days skip its public holidays
}
MAX_TITLE_CHARS = 2000  # a goal's title, a log note, a setting: short texts
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What a re-derivation changed in the actions table."""

    plan: Plan
    created: int
    updated: int
    obsoleted: int
    rows: list[pq.ActionRecord] = field(default_factory=list)  # every stored action, as now
    people: dict[int, Person] = field(default_factory=dict)  # the people they may refer to
    stable_until: datetime | None = None  # the plan holds by itself until then (if stored)


def _check_setting(key: str, value: str) -> str:
    value = user_text(value, key, max_chars=MAX_TITLE_CHARS) or ""
    if key == "weekly_target":
        try:
            number = int(value)
        except ValueError:
            raise BadInput(f"weekly_target must be a whole number, not {value!r}") from None
        if not 0 <= number <= 100:
            raise BadInput("weekly_target must be between 0 and 100")
        return str(number)
    if key == "my_addresses":
        try:
            return ", ".join(own_addresses(value))
        except ValueError as exc:
            raise BadInput(f"my_addresses: {exc}") from None
    if key == "country":
        return check_country(value)
    if key == "timezone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise BadInput(f"unknown time zone {value!r} (use e.g. Europe/Berlin)") from None
    if key in ("name", "country", "my_addresses", "timezone") and "\n" in value:
        raise BadInput(f"{key} must be one line")
    return value.strip()


class AgendaMixin(WorkspaceBase):
    """The agenda of thank-you notes, follow-ups and keep-applying checks, and the goals."""

    # Settings ---------------------------------------------------------------------------

    def settings(self) -> dict[str, str | None]:
        """Every known setting with its value (the default where unset)."""
        with self.read() as conn:
            stored = pq.settings(conn, self.user_id)
        return {key: stored.get(key, default) for key, default in SETTINGS.items()}

    def set_setting(self, key: str, value: str | None) -> None:
        """Change a setting; None restores its default."""
        if key not in SETTINGS:
            raise BadInput(f"unknown setting {key!r}; one of: {', '.join(SETTINGS)}")
        clean = None if value is None else _check_setting(key, value)
        with self.write() as conn:
            self._store_setting(conn, key, clean)

    def _store_setting(self, conn: Connection, key: str, clean: str | None) -> None:
        pq.set_setting(conn, self.user_id, key, clean or None)
        if key == "my_addresses" and clean:  # the user's own mail is outgoing, also stored
            from offerwatch.store.intake import refile_own_mail  # loads the mail rules

            refile_own_mail(conn, self.user_id, clean.split(", "))

    def set_settings(self, values: dict[str, str | None]) -> dict[str, str | None]:
        """Change several settings at once (all or none: each is checked first); None
        restores a default. Returns every setting as now."""
        unknown = [key for key in values if key not in SETTINGS]
        if unknown:
            raise BadInput(f"unknown setting {unknown[0]!r}; one of: {', '.join(SETTINGS)}")
        clean = {k: None if v is None else _check_setting(k, v) for k, v in values.items()}
        with self.write() as conn:
            for key, value in clean.items():
                self._store_setting(conn, key, value)
        return self.settings()

    def weekly_target(self) -> int:
        return int(self.settings()["weekly_target"] or DEFAULT_WEEKLY_TARGET)

    def set_weekly_target(self, target: int) -> None:
        self.set_setting("weekly_target", str(target))

    def timezone(self) -> tzinfo:
        """The zone local due times are computed in: the setting, else the system's."""
        name = self.settings()["timezone"]
        return ZoneInfo(name) if name else local_zone()

    # Deriving actions -------------------------------------------------------------------

    def sync_actions(self, now: datetime | None = None) -> SyncResult:
        """Re-derive the actions from the facts and upsert them by key: new ones are added,
        changed ones updated, ones no longer called for marked obsolete (never deleted).
        Done, dismissed and snoozed marks are kept."""
        when = ensure_aware(now) if now is not None else self.clock()
        tz = self.timezone()
        return self._synced(when, tz, lambda conn, synced: synced, reuse=False)

    def _synced(
        self,
        now: datetime,
        tz: tzinfo,
        use: Callable[[Connection, SyncResult], T],
        *,
        reuse: bool = True,
    ) -> T:
        """Re-derive in a write transaction, then `use` the result in the same transaction.
        With `reuse`, the stored actions are used as they are when nothing was written since
        they were derived and the plan holds by itself at `now` (store/plan_stamps.py).

        Two syncs racing on PostgreSQL may insert the same new key; the loser's transaction
        fails on the unique key and is simply run again (it then finds the row).
        """
        for attempt in range(2):
            try:
                with self.write(derived=True) as conn:
                    return use(conn, self._derive(conn, now, tz, reuse))
            except IntegrityError:
                if attempt:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _derive(self, conn: Connection, now: datetime, tz: tzinfo, reuse: bool) -> SyncResult:
        """The stored actions, derived again unless the stamp says they still hold."""
        zone = str(getattr(tz, "key", "") or tz)
        stamp = plan_stamps.get(conn, self.user_id)  # read before the facts (see touch())
        if reuse and stamp is not None and stamp.holds(now, zone):
            rows = pq.actions(conn, self.user_id)
            wanted = {r.person_id for r in rows if r.person_id is not None and _listed(r)}
            people = pq.people_by_id(conn, self.user_id, wanted)
            return SyncResult(Plan([], stamp.keep_applying), 0, 0, 0, rows, people)
        synced = self._sync(conn, now, tz)
        assert synced.stable_until is not None
        plan_stamps.save(
            conn,
            self.user_id,
            version=stamp.facts_version if stamp is not None else None,
            synced_at=now,
            valid_until=synced.stable_until,
            zone=zone,
            keep_applying=synced.plan.keep_applying,
        )
        return synced

    def _facts(
        self, conn: Connection, rows: list[pq.ActionRecord], now: datetime | None = None
    ) -> PlanFacts:
        """What the planner reads, and no more (store/plan_facts.py says what is left out)."""
        stored = pq.settings(conn, self.user_id)
        target = stored.get("weekly_target")
        year = (now or self.clock()).year
        observations = pf.observations(conn, self.user_id)
        reopened = pf.with_outcome_signs(observations)
        return PlanFacts(
            applications=pf.applications(conn, self.user_id),
            interviews=pf.interviews(conn, self.user_id),
            people=pq.people_by_application(conn, self.user_id),
            observations=still_standing(
                observations, q.status_changes_of(conn, self.user_id, reopened) if reopened else []
            ),
            messages=pf.messages(conn, self.user_id),
            marks={r.key: Mark(r.created_at, r.due, r.done_at) for r in rows},
            weekly_target=int(target) if target is not None else DEFAULT_WEEKLY_TARGET,
            # Rules look a few months back and ahead: the years around now are enough.
            holidays=holiday_dates(stored.get("country"), range(year - 1, year + 2)),
        )

    def _sync(self, conn: Connection, now: datetime, tz: tzinfo) -> SyncResult:
        """Derive the plan and write the differences only: new actions in one insert, changed
        ones in one update per set of changed columns, vanished ones marked obsolete."""
        rows = {r.key: r for r in pq.actions(conn, self.user_id)}
        facts = self._facts(conn, list(rows.values()), now)
        result = plan(facts, now, tz)
        new: list[dict[str, Any]] = []
        changed: list[tuple[int, dict[str, Any]]] = []
        stored: list[pq.ActionRecord | str] = []  # a key stands for a row inserted below
        for action in result.actions:
            fields: dict[str, Any] = {
                "kind": action.kind,
                "title": action.title,
                "due": action.due,
                "application_id": action.application_id,
                "person_id": action.person_id,
                "interview_id": action.interview_id,
            }
            row = rows.pop(action.key, None)
            if row is None:
                new.append({"key": action.key, "done_at": action.done_at, "created_at": now,
                            **fields})  # fmt: skip
                stored.append(action.key)
                continue
            changes = {k: v for k, v in fields.items() if getattr(row, k) != v}
            if row.obsolete_at is not None:
                changes["obsolete_at"] = None
            if row.done_at is None and action.done_at is not None:
                changes["done_at"] = action.done_at
            if changes:
                changed.append((row.id, changes))
                row = replace(row, **changes)
            stored.append(row)
        updated = len(changed)
        for row in rows.values():
            if row.obsolete_at is None:
                changed.append((row.id, {"obsolete_at": now}))
                row = replace(row, obsolete_at=now)
            stored.append(row)
        ids = pq.insert_actions(conn, self.user_id, new)
        pq.update_actions(conn, self.user_id, changed)
        inserted = {
            values["key"]: pq.ActionRecord(id=ids[values["key"]], **values) for values in new
        }
        people = {p.id: p for group in facts.people.values() for p in group}
        for interview in facts.interviews:
            people.update((p.id, p) for p in interview.people)
        return SyncResult(
            result,
            created=len(new),
            updated=updated,
            obsoleted=len(changed) - updated,
            rows=[inserted[r] if isinstance(r, str) else r for r in stored],
            people=people,
            stable_until=stable_until(facts, now, tz),
        )

    # The agenda -------------------------------------------------------------------------

    def agenda(self, now: datetime | None = None, days: int = 7) -> Agenda:
        """Overdue, today's and upcoming actions (re-derived first), the weekly keep-applying
        check and the goals' progress this week."""
        if days < 0:
            raise BadInput("days must not be negative")
        when = ensure_aware(now) if now is not None else self.clock()
        tz = self.timezone()

        def use(conn: Connection, synced: SyncResult) -> tuple[SyncResult, list[AgendaItem], Any]:
            rows = [r for r in synced.rows if _listed(r)]
            items = self._items(conn, rows, synced.people, tz)
            return synced, items, self._goal_progress(conn, when, tz)

        synced, items, goals = self._synced(when, tz, use)
        overdue, today, upcoming = split(items, when, tz, days)
        return Agenda(overdue, today, upcoming, synced.plan.keep_applying, goals)

    def _items(
        self,
        conn: Connection,
        rows: list[pq.ActionRecord],
        people: dict[int, Person],
        tz: tzinfo,
    ) -> list[AgendaItem]:
        items = []
        for r in rows:
            person = people.get(r.person_id) if r.person_id is not None else None
            if person is None and r.person_id is not None:
                person = q.get_person(conn, self.user_id, r.person_id)
            due = r.snoozed_until if r.snoozed_until and r.snoozed_until > r.due else r.due
            items.append(
                AgendaItem(
                    id=r.id,
                    kind=r.kind,
                    application_id=r.application_id,
                    person=PersonRef(person.name, person.email) if person else None,
                    due=due.astimezone(tz),
                    done=r.done_at is not None,
                    title=r.title,
                    key=r.key,
                )
            )
        return items

    def open_actions(self, now: datetime | None = None) -> list[AgendaItem]:
        """Every open action (not done, dismissed or obsolete), re-derived first, by due."""
        when = ensure_aware(now) if now is not None else self.clock()
        tz = self.timezone()
        items = self._synced(
            when,
            tz,
            lambda conn, synced: self._items(
                conn, [r for r in synced.rows if r.is_open], synced.people, tz
            ),
        )
        return sorted(items, key=lambda i: (i.due, i.id))

    # Marks ------------------------------------------------------------------------------

    def _action(self, conn: Connection, action_id: int) -> pq.ActionRecord:
        found = pq.get_action(conn, self.user_id, action_id)
        if found is None:
            raise NotFound("action", action_id)
        return found

    def mark_done(self, action_id: int) -> None:
        """Mark an action done (kept when the plan is re-derived)."""
        with self.write() as conn:
            row = self._action(conn, action_id)
            if row.done_at is None:
                pq.update_action(conn, self.user_id, action_id, done_at=self.clock())

    def reopen(self, action_id: int) -> None:
        """Undo done, dismiss and snooze on an action."""
        with self.write() as conn:
            self._action(conn, action_id)
            pq.update_action(
                conn, self.user_id, action_id, done_at=None, dismissed_at=None, snoozed_until=None
            )

    def dismiss(self, action_id: int) -> None:
        """Hide an action for good (kept when the plan is re-derived)."""
        with self.write() as conn:
            row = self._action(conn, action_id)
            if row.dismissed_at is None:
                pq.update_action(conn, self.user_id, action_id, dismissed_at=self.clock())

    def snooze(self, action_id: int, until: datetime) -> None:
        """Move an action out of sight until `until` (it shows as due then)."""
        until = ensure_aware(until)
        if until <= self.clock():
            raise BadInput("snooze until a time in the future")
        with self.write() as conn:
            self._action(conn, action_id)
            pq.update_action(conn, self.user_id, action_id, snoozed_until=until)

    def action(self, action_id: int) -> pq.ActionRecord:
        with self.read() as conn:
            return self._action(conn, action_id)

    # Goals (the waiting plan) -----------------------------------------------------------

    def add_goal(self, kind: str, title: str, weekly_minutes: int) -> int:
        """A skill or rest goal with a weekly time target; returns its id."""
        values = goal_fields(kind, title if title is not None else "", weekly_minutes)
        with self.write() as conn:
            return pq.insert_goal(
                conn,
                self.user_id,
                kind=GoalKind(str(values["kind"])),
                title=str(values["title"]),
                weekly_minutes=weekly_minutes,
                now=self.clock(),
            )

    def goals(self, now: datetime | None = None) -> list[GoalProgress]:
        """Each active goal with the minutes logged this week."""
        when = ensure_aware(now) if now is not None else self.clock()
        with self.read() as conn:
            return self._goal_progress(conn, when, self.timezone())

    def _goal_progress(self, conn: Connection, now: datetime, tz: tzinfo) -> list[GoalProgress]:
        since = week_start(now, tz)
        return progress(
            pq.goals(conn, self.user_id), pq.goal_logs(conn, self.user_id, since), now, tz
        )

    def log_goal(
        self, goal_id: int, minutes: int, note: str | None = None, at: datetime | None = None
    ) -> int:
        """Record time spent on a goal; returns the log entry's id."""
        if not 1 <= minutes <= 24 * 60:
            raise BadInput("minutes must be between 1 and 1440")
        when = ensure_aware(at) if at is not None else self.clock()
        with self.write() as conn:
            self._require(conn, t.goals, goal_id, "goal")
            return pq.insert_goal_log(
                conn, self.user_id, goal_id, at=when, minutes=minutes,
                note=user_text(note, "note", max_chars=MAX_TITLE_CHARS),
            )  # fmt: skip

    # Helpers for drafts and the calendar ------------------------------------------------

    def _main_contact(self, conn: Connection, app_id: int) -> Person | None:
        return main_contact(q.people_of_application(conn, self.user_id, app_id))

    def _interview(self, conn: Connection, interview_id: int) -> Interview:
        found = q.interviews_of(conn, self.user_id, interview_id=interview_id)
        if not found:
            raise NotFound("interview", interview_id)
        return found[0]


def _listed(row: pq.ActionRecord) -> bool:
    """Shown in the agenda: not dismissed, not obsolete (done ones show as done)."""
    return row.dismissed_at is None and row.obsolete_at is None
