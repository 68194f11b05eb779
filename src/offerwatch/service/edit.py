"""Editing people and signs after the fact: one validation shared with creating them."""

from __future__ import annotations

from datetime import date, datetime

from offerwatch.core.entities import Observation, Person, PersonRole
from offerwatch.core.signals import parse_kind
from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput, NotFound
from offerwatch.service.context import Context
from offerwatch.service.validate import (
    KEEP,
    Keep,
    check_version,
    enum_value,
    person_fields,
    user_text,
)
from offerwatch.store import queries as q
from offerwatch.store import signs as qs


def update_person(
    ctx: Context,
    person_id: int,
    *,
    name: str | None = None,
    email: str | Keep | None = KEEP,
    role: str | PersonRole | None = None,
    expected_version: int | None = None,
) -> Person:
    """Change a person's name, email (None or "" clears it) and role; what is not given
    stays. "Mara Jensen <mara@kitelabs.example>" as the name sets both. Returns them."""
    with ctx.write() as conn:
        old = q.get_person(conn, ctx.user_id, person_id)
        if old is None:
            raise NotFound("person", person_id)
        check_version("person", person_id, old.version, expected_version)
        raw_name = name if name is not None else old.name
        if isinstance(email, Keep):
            new_name, final_email = person_fields(raw_name, None)
            final_email = final_email or old.email
        else:
            new_name, final_email = person_fields(raw_name, email or None)
        kind = enum_value(PersonRole, role, "role") if role is not None else old.role
        q.update_person(conn, ctx.user_id, person_id, name=new_name, email=final_email,
                        role=kind)  # fmt: skip
        found = q.get_person(conn, ctx.user_id, person_id)
    assert found is not None
    return found


def signal(ctx: Context, obs_id: int) -> Observation:
    """One recorded sign."""
    with ctx.read() as conn:
        found = qs.get_observation(conn, ctx.user_id, obs_id)
    if found is None:
        raise NotFound("signal", obs_id)
    return found


def update_signal(
    ctx: Context,
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
    with ctx.write() as conn:
        old = qs.get_observation(conn, ctx.user_id, obs_id)
        if old is None:
            raise NotFound("signal", obs_id)
        check_version("signal", obs_id, old.version, expected_version)
        if not isinstance(interview_id, Keep):
            if interview_id is not None and not q.interviews_of(
                conn, ctx.user_id, [old.application_id], interview_id=interview_id
            ):
                raise NotFound("interview", f"{interview_id} for application "
                               f"{old.application_id}")  # fmt: skip
            values["interview_id"] = interview_id
        qs.update_observation(conn, ctx.user_id, obs_id, **values)
        found = qs.get_observation(conn, ctx.user_id, obs_id)
    assert found is not None
    return found
