"""Planner outputs that leave offerwatch: draft emails and the iCalendar file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from offerwatch.config import data_dir
from offerwatch.core.entities import Person, PersonRole
from offerwatch.core.planner import FOLLOW_UP, stated_timeline
from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput, NotFound
from offerwatch.service._agenda import AgendaMixin
from offerwatch.store import plan_queries as pq
from offerwatch.store import queries as q

# Drafts (templates, email headers) and the calendar file load in their use cases, not for
# every command that imports the service.
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


class PlanExportsMixin(AgendaMixin):
    """Draft thank-you and follow-up emails; export the plan as an iCalendar file."""

    def _signature(self, pitch: str | None) -> tuple[str | None, str | None]:
        """Who signs a draft (the name, then the signature's lines) and the pitch."""
        settings = self.settings()
        lines = [part for part in (settings["name"], settings["signature"]) if part]
        sender = "\n".join(lines) or None
        return sender, pitch if pitch is not None else settings["pitch"]

    def draft_for_action(self, action_id: int) -> Draft:
        """The email an action calls for: a thank-you to the person it names (else the one
        the interview ranks first), a follow-up to the main contact. BadInput for actions
        that send no email."""
        action = self.action(action_id)
        if action.kind == "thank_you" and action.interview_id is not None:
            email = None
            if action.person_id is not None:
                with self.read() as conn:
                    person = q.get_person(conn, self.user_id, action.person_id)
                email = person.email if person is not None else None
            return self.draft_thank_you(action.interview_id, email)
        if action.kind == FOLLOW_UP and action.application_id is not None:
            return self.draft_follow_up(action.application_id)
        raise BadInput(f"there is no email to draft for a {action.kind.replace('_', ' ')} action")

    def draft_thank_you(
        self, interview_id: int, person_email: str | None = None, *, pitch: str | None = None
    ) -> Draft:
        """A personal thank-you note to one person met at the interview (by default the
        hiring manager, else the first person recorded): `person_email` may also be their
        name as the agenda shows it, or "Name <email>". Nothing is sent."""
        from offerwatch.drafts import render_draft
        from offerwatch.drafts.context import thank_you_context

        sender, pitch = self._signature(pitch)
        with self.read() as conn:
            interview = self._interview(conn, interview_id)
            app = q.get_application(conn, self.user_id, interview.application_id)
        assert app is not None
        if not interview.people:
            raise BadInput(
                f"nobody is recorded as met at interview {interview_id}: "
                "add the people with `offerwatch interview add ... --with NAME`"
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
            app, interview, person, self.timezone(), sender=sender, pitch=pitch
        )
        return render_draft(THANK_YOU_TEMPLATE, context, person.email, data_dir())

    def draft_follow_up(self, app_id: int, *, pitch: str | None = None) -> Draft:
        """A polite follow-up about timing to the main contact (recruiter, else hiring
        manager); the second follow-up's wording once the first was sent. Nothing is sent."""
        from offerwatch.drafts import render_draft
        from offerwatch.drafts.context import follow_up_context

        sender, pitch = self._signature(pitch)
        with self.read() as conn:
            app = q.get_application(conn, self.user_id, app_id)
            if app is None:
                raise NotFound("application", app_id)
            interviews = q.interviews_of(conn, self.user_id, [app_id])
            contact = self._main_contact(conn, app_id)
            observations = q.observations_of(conn, self.user_id, [app_id])
            sent_before = [
                r
                for r in pq.actions(conn, self.user_id)
                if r.kind == FOLLOW_UP and r.application_id == app_id and r.done_at is not None
            ]
        last = max(interviews, key=lambda i: (i.scheduled_start, i.id)) if interviews else None
        stated = stated_timeline(last, observations) if last else None
        context = follow_up_context(
            app,
            last,
            contact,
            self.timezone(),
            timeline_date=stated[0] if stated else None,
            attempt=2 if any(r.key.endswith(":1") for r in sent_before) else 1,
            sender=sender,
            pitch=pitch,
        )
        return render_draft(FOLLOW_UP_TEMPLATE, context, contact.email if contact else None,
                            data_dir())  # fmt: skip

    def calendar_ics(self, now: datetime | None = None) -> bytes:
        """An iCalendar file of every open action (with an alarm) and every interview."""
        from offerwatch.calendar import CalendarEvent, action_event, build_ics, interview_uid
        from offerwatch.drafts.context import MEETINGS

        when = ensure_aware(now) if now is not None else self.clock()
        events: list[CalendarEvent] = []
        for item in self.open_actions(when):
            who = (
                f"\nWith: {item.person.name} <{item.person.email or 'no email'}>"
                if item.person
                else ""
            )
            events.append(
                action_event(item.key, item.title, item.due, f"offerwatch action {item.id}{who}")
            )
        with self.read() as conn:
            apps = {a.id: a for a in q.list_applications(conn, self.user_id)}
            interviews = q.interviews_of(conn, self.user_id)
        for interview in interviews:
            app = apps[interview.application_id]
            people = ", ".join(p.name for p in interview.people)
            events.append(
                CalendarEvent(
                    uid=interview_uid(interview.id),
                    summary=f"{MEETINGS[interview.stage].split(' ', 1)[1].capitalize()}: "
                    f"{app.role} at {app.company}",
                    start=interview.scheduled_start,
                    end=interview.scheduled_end,
                    description=f"With: {people}" if people else "",
                    category="interview",
                )
            )
        return build_ics(events, when)
