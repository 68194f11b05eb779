"""The values a draft template sees, built from entities (pure: `tz` and no clock)."""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from typing import Any

from offerwatch.core.entities import Application, Interview, Person, PersonRole, Stage
from offerwatch.core.names import greeting_name
from offerwatch.core.talking_points import join_words, points_for, talking_points

ROLE_SENTENCES = {
    PersonRole.RECRUITER: "I also appreciate you guiding me through the process so smoothly.",
    PersonRole.HIRING_MANAGER: "It was great to hear first-hand how you see the team and the "
    "role developing.",
    PersonRole.INTERVIEWER: "I appreciated your thoughtful questions and the insight you gave "
    "me into the work.",
    PersonRole.TEAM_MEMBER: "It was great to hear what the day-to-day work in the team is like.",
    PersonRole.REFERENCE: "",
}
ROLE_LABELS = {
    PersonRole.RECRUITER: "recruiter",
    PersonRole.HIRING_MANAGER: "hiring manager",
    PersonRole.INTERVIEWER: "interviewer",
    PersonRole.TEAM_MEMBER: "team member",
    PersonRole.REFERENCE: "reference",
}
MEETINGS = {
    Stage.PHONE_SCREEN: "our call",
    Stage.INTERVIEW: "our interview",
    Stage.FINAL: "the final interview",
    Stage.FOLLOW_UP: "our follow-up conversation",
}
# A stated timeline that reads well after "you expected to decide": "within a week", "by
# Friday", "early next month". Anything else ("we will decide by 2026-03-10", "two weeks")
# is said with the date it implies instead.
_DECIDE_PHRASE = re.compile(
    r"^(within|by|in|before|after|next|this|early|end|around|over|later|soon)\b", re.IGNORECASE
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Points that are about the candidate are not what the company would be helped with.
_SELF = re.compile(r"\b(I|my|me|myself)\b", re.IGNORECASE)


def day_phrase(value: datetime | date, tz: tzinfo | None = None) -> str:
    """ "Tuesday, 3 March": the weekday and the date, in the user's zone."""
    day = value.astimezone(tz).date() if isinstance(value, datetime) and tz else value
    return f"{day:%A}, {day.day} {day:%B}"


def _person(person: Person | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {
        "name": person.name,
        "first_name": greeting_name(person.name),
        "email": person.email,
        "role": ROLE_LABELS[person.role],
        "role_sentence": ROLE_SENTENCES[person.role],
    }


def _impact_topic(points: list[str]) -> str | None:
    for point in points:
        if not _SELF.search(point):
            return point
    return None


def _common(app: Application, sender: str | None, pitch: str | None) -> dict[str, Any]:
    return {
        "company": app.company,
        "job_role": app.role,
        "sender": sender or "",
        "pitch": (pitch or "").strip().rstrip("."),
        "join_words": join_words,
    }


def thank_you_context(
    app: Application,
    interview: Interview,
    person: Person,
    tz: tzinfo,
    *,
    sender: str | None = None,
    pitch: str | None = None,
) -> dict[str, Any]:
    """What a thank-you template needs: the person, the meeting, what was discussed."""
    first = greeting_name(person.name)
    points = points_for(interview.notes, first, limit=3)
    others = [p.name for p in interview.people if p.id != person.id]
    # The first point (one that names the person, if any) is what was enjoyed; a later one
    # is where the candidate would make an impact. Each is said once.
    impact = _impact_topic(points[1:])
    enjoyed = points[:1] if impact else points
    return {
        **_common(app, sender, pitch),
        "person": _person(person),
        "meeting": MEETINGS[interview.stage],
        "day": day_phrase(interview.scheduled_start, tz),
        "points": enjoyed,
        "impact_topic": impact,
        "others": others,
        "final": interview.stage in (Stage.FINAL, Stage.FOLLOW_UP),
    }


def decide_phrase(timeline_text: str | None) -> str | None:
    """The user's own words for the timeline when they fit "you expected to decide ...",
    else None (the draft then gives the date)."""
    text = (timeline_text or "").strip().rstrip(".!")
    if not text or not _DECIDE_PHRASE.match(text) or _ISO_DATE.search(text):
        return None
    return text[0].lower() + text[1:]


def follow_up_context(
    app: Application,
    last: Interview | None,
    contact: Person | None,
    tz: tzinfo,
    *,
    timeline_date: date | None = None,
    attempt: int = 1,
    sender: str | None = None,
    pitch: str | None = None,
) -> dict[str, Any]:
    """What a follow-up template needs: the contact, the last meeting, the stated timeline."""
    points = talking_points(last.notes if last else None, limit=2)
    timeline_text = decide_phrase(last.timeline_text) if last else None
    return {
        **_common(app, sender, pitch),
        "person": _person(contact),
        "meeting": MEETINGS[last.stage] if last else None,
        "day": day_phrase(last.scheduled_start, tz) if last else None,
        "timeline_text": timeline_text,
        "timeline_day": day_phrase(timeline_date) if timeline_date else None,
        "impact_topic": _impact_topic(points),
        "attempt": attempt,
    }
