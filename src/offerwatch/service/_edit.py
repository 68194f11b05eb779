"""Editing people, signs and goals: one validation shared with creating them."""

from __future__ import annotations

from datetime import date, datetime

from offerwatch.core.entities import Observation, Person, PersonRole
from offerwatch.core.goals import Goal, GoalKind
from offerwatch.core.signals import parse_kind
from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput, NotFound
from offerwatch.service._base import WorkspaceBase
from offerwatch.service._input import user_text
from offerwatch.service._tracking import KEEP, Keep, _enum, check_version
from offerwatch.service._validate import person_fields
from offerwatch.store import plan_queries as pq
from offerwatch.store import queries as q
from offerwatch.store import signs as qs

MAX_WEEKLY_MINUTES = 7 * 24 * 60
MAX_TITLE_CHARS = 2000


def goal_fields(
    kind: str | None, title: str | None, weekly_minutes: int | None
) -> dict[str, object]:
    """A goal's kind, title and weekly minutes checked (None: not given)."""
    out: dict[str, object] = {}
    if kind is not None:
        try:
            out["kind"] = GoalKind(kind).value
        except ValueError:
            raise BadInput(f"unknown goal kind {kind!r}; one of: skill, rest") from None
    if title is not None:
        name = user_text(title, "goal title", max_chars=MAX_TITLE_CHARS)
        if not name:
            raise BadInput("a goal needs a title")
        out["title"] = name
    if weekly_minutes is not None:
        if isinstance(weekly_minutes, bool) or not isinstance(weekly_minutes, int):
            raise BadInput("weekly minutes must be a whole number")
        if not 1 <= weekly_minutes <= MAX_WEEKLY_MINUTES:
            raise BadInput(f"weekly minutes must be between 1 and {MAX_WEEKLY_MINUTES}")
        out["weekly_minutes"] = weekly_minutes
    return out


class EditMixin(WorkspaceBase):
    """Change people, signs and goals after the fact."""

    def update_person(
        self,
        person_id: int,
        *,
        name: str | None = None,
        email: str | Keep | None = KEEP,
        role: str | PersonRole | None = None,
        expected_version: int | None = None,
    ) -> Person:
        """Change a person's name, email (None or "" clears it) and role; what is not given
        stays. "Mara Jensen <mara@kitelabs.example>" as the name sets both. Returns them."""
        with self.write() as conn:
            old = q.get_person(conn, self.user_id, person_id)
            if old is None:
                raise NotFound("person", person_id)
            check_version("person", person_id, old.version, expected_version)
            raw_name = name if name is not None else old.name
            if isinstance(email, Keep):
                new_name, final_email = person_fields(raw_name, None)
                final_email = final_email or old.email
            else:
                new_name, final_email = person_fields(raw_name, email or None)
            kind = _enum(PersonRole, role, "role") if role is not None else old.role
            q.update_person(conn, self.user_id, person_id, name=new_name, email=final_email,
                            role=kind)  # fmt: skip
            found = q.get_person(conn, self.user_id, person_id)
        assert found is not None
        return found

    def signal(self, obs_id: int) -> Observation:
        """One recorded sign."""
        with self.read() as conn:
            found = qs.get_observation(conn, self.user_id, obs_id)
        if found is None:
            raise NotFound("signal", obs_id)
        return found

    def update_signal(
        self,
        obs_id: int,
        *,
        kind: str | None = None,
        at: datetime | None = None,
        note: str | Keep | None = KEEP,
        interview_id: int | Keep | None = KEEP,
        expected: date | Keep | None = KEEP,
        expected_version: int | None = None,
    ) -> Observation:
        """Change a recorded sign: its kind, when it was seen, the note, the interview it
        belongs to (of the same application; None detaches it), the date they stated."""
        values: dict[str, object] = {}
        if kind is not None:
            try:
                values["kind"] = parse_kind(kind).value
            except ValueError as exc:
                raise BadInput(str(exc)) from None
        if at is not None:
            values["observed_at"] = ensure_aware(at)
        if not isinstance(note, Keep):
            values["evidence"] = user_text(note, "note")
        if not isinstance(expected, Keep):
            values["expected_by"] = expected
        with self.write() as conn:
            old = qs.get_observation(conn, self.user_id, obs_id)
            if old is None:
                raise NotFound("signal", obs_id)
            check_version("signal", obs_id, old.version, expected_version)
            if not isinstance(interview_id, Keep):
                if interview_id is not None and not q.interviews_of(
                    conn, self.user_id, [old.application_id], interview_id=interview_id
                ):
                    raise NotFound("interview", f"{interview_id} for application "
                                   f"{old.application_id}")  # fmt: skip
                values["interview_id"] = interview_id
            qs.update_observation(conn, self.user_id, obs_id, **values)
            found = qs.get_observation(conn, self.user_id, obs_id)
        assert found is not None
        return found

    def goal(self, goal_id: int) -> Goal:
        """One goal."""
        with self.read() as conn:
            found = pq.get_goal(conn, self.user_id, goal_id)
        if found is None:
            raise NotFound("goal", goal_id)
        return found

    def update_goal(
        self,
        goal_id: int,
        *,
        kind: str | None = None,
        title: str | None = None,
        weekly_minutes: int | None = None,
        expected_version: int | None = None,
    ) -> Goal:
        """Change a goal's kind, title or weekly minutes; returns it as stored."""
        values = goal_fields(kind, title, weekly_minutes)
        with self.write() as conn:
            old = pq.get_goal(conn, self.user_id, goal_id)
            if old is None:
                raise NotFound("goal", goal_id)
            check_version("goal", goal_id, old.version, expected_version)
            pq.update_goal(conn, self.user_id, goal_id, **values)
            found = pq.get_goal(conn, self.user_id, goal_id)
        assert found is not None
        return found
