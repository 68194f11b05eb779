"""Use cases for drafts: the thank-you and follow-up emails the planned actions call for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from offerwatch.config import data_dir
from offerwatch.core.entities import Interview, Person, PersonRole, not_cancelled
from offerwatch.core.planner import FOLLOW_UP, THANK_YOU, main_contact, stated_timeline
from offerwatch.errors import BadInput, NotFound
from offerwatch.service import actions, settings
from offerwatch.service.context import Context
from offerwatch.store import plan_queries as pq
from offerwatch.store import queries as q

# Drafts (templates, email headers) load in their use cases, not for every command that
# imports the service.
if TYPE_CHECKING:
    from offerwatch.drafts import Draft

THANK_YOU_TEMPLATE = "thank_you.txt.j2"
FOLLOW_UP_TEMPLATE = "follow_up.txt.j2"
# Who a thank-you goes to first when no one is named: the decision maker.
_THANK_FIRST = (PersonRole.HIRING_MANAGER, PersonRole.INTERVIEWER, PersonRole.TEAM_MEMBER)


def _met(people: Sequence[Person], typed: str, interview_id: int) -> Person:
    """The person met at the interview whom `typed` names: by email, by "Name <email>", or
    by name (case and spacing aside); a name two people share must be given as an email."""
    text = " ".join(typed.split())
    bracket = re.search(r"<([^<>]+)>\s*$", text)
    wanted = (bracket[1] if bracket else text).strip().casefold()
    found = [p for p in people if (p.email or "").casefold() == wanted]
    if not found:
        found = [p for p in people if " ".join(p.name.split()).casefold() == wanted]
    if len(found) > 1:
        raise BadInput(f"{len(found)} people called {text!r} were met: give the email instead")
    if not found:
        met = ", ".join(p.email or p.name for p in people)
        raise BadInput(f"{typed} was not met at interview {interview_id} ({met})")
    return found[0]


def _main_contact(ctx: Context, conn: Connection, app_id: int) -> Person | None:
    """Whom a follow-up goes to: the recruiter, else the hiring manager (core/planner)."""
    return main_contact(q.people_of_application(conn, ctx.user_id, app_id))


def _interview(ctx: Context, conn: Connection, interview_id: int) -> Interview:
    """The user's interview `interview_id`; NotFound otherwise."""
    found = q.interviews_of(conn, ctx.user_id, interview_id=interview_id)
    if not found:
        raise NotFound("interview", interview_id)
    return found[0]


def _signature(ctx: Context, pitch: str | None) -> tuple[str | None, str | None]:
    """Who signs a draft (the name, then the signature's lines) and the pitch."""
    stored = settings.settings(ctx)
    lines = [part for part in (stored["name"], stored["signature"]) if part]
    sender = "\n".join(lines) or None
    return sender, pitch if pitch is not None else stored["pitch"]


def draft_for_action(ctx: Context, action_id: int) -> Draft:
    """The email an action calls for: a thank-you to the person it names (else the one
    the interview ranks first), a follow-up to the main contact. BadInput for actions
    that send no email."""
    action = actions.action(ctx, action_id)
    if action.kind == THANK_YOU and action.interview_id is not None:
        email = None
        if action.person_id is not None:
            with ctx.read() as conn:
                person = q.get_person(conn, ctx.user_id, action.person_id)
            email = person.email if person is not None else None
        return draft_thank_you(ctx, action.interview_id, email)
    if action.kind == FOLLOW_UP and action.application_id is not None:
        return draft_follow_up(ctx, action.application_id)
    raise BadInput(f"there is no email to draft for a {action.kind.replace('_', ' ')} action")


def draft_thank_you(
    ctx: Context, interview_id: int, person_email: str | None = None, *, pitch: str | None = None
) -> Draft:
    """A personal thank-you note to one person met at the interview (by default the
    hiring manager, else the first person recorded): `person_email` may also be their
    name as the agenda shows it, or "Name <email>". Nothing is sent."""
    from offerwatch.drafts import render_draft
    from offerwatch.drafts.context import thank_you_context

    sender, pitch = _signature(ctx, pitch)
    with ctx.read() as conn:
        interview = _interview(ctx, conn, interview_id)
        app = q.get_application(conn, ctx.user_id, interview.application_id)
    assert app is not None
    if not interview.people:
        raise BadInput(
            f"nobody is recorded as met at interview {interview_id}: add who you met "
            f"(`offerwatch interview set {interview_id} --with NAME`, or the interview's Edit page)"
        )
    if person_email is not None:
        person = _met(interview.people, person_email, interview_id)
    else:
        ranked = sorted(
            interview.people,
            key=lambda p: _THANK_FIRST.index(p.role) if p.role in _THANK_FIRST else 9,
        )
        person = ranked[0]
    context = thank_you_context(
        app, interview, person, settings.timezone(ctx), sender=sender, pitch=pitch
    )
    return render_draft(THANK_YOU_TEMPLATE, context, person.email, data_dir())


def draft_follow_up(ctx: Context, app_id: int, *, pitch: str | None = None) -> Draft:
    """A polite follow-up about timing to the main contact (recruiter, else hiring
    manager); the second follow-up's wording once the first was sent. Nothing is sent."""
    from offerwatch.drafts import render_draft
    from offerwatch.drafts.context import follow_up_context

    sender, pitch = _signature(ctx, pitch)
    with ctx.read() as conn:
        app = q.get_application(conn, ctx.user_id, app_id)
        if app is None:
            raise NotFound("application", app_id)
        # The last interview that took place (a cancelled one is not "our interview").
        interviews = not_cancelled(q.interviews_of(conn, ctx.user_id, [app_id]))
        contact = _main_contact(ctx, conn, app_id)
        observations = q.observations_of(conn, ctx.user_id, [app_id])
        sent_before = [
            r
            for r in pq.actions(conn, ctx.user_id)
            if r.kind == FOLLOW_UP and r.application_id == app_id and r.done_at is not None
        ]
    last = max(interviews, key=lambda i: (i.scheduled_start, i.id)) if interviews else None
    stated = stated_timeline(last, observations) if last else None
    context = follow_up_context(
        app,
        last,
        contact,
        settings.timezone(ctx),
        timeline_date=stated[0] if stated else None,
        attempt=2 if any(r.key.endswith(":1") for r in sent_before) else 1,
        sender=sender,
        pitch=pitch,
    )
    return render_draft(FOLLOW_UP_TEMPLATE, context, contact.email if contact else None,
                        data_dir())  # fmt: skip
