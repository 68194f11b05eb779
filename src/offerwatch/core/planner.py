"""The waiting-period planner: which actions the facts call for, and when each is due.

`plan(facts, now, tz)` is pure. It turns applications, interviews (with the people met),
observations, messages and the marks already on stored actions into `PlannedAction`s, each
with a stable `key` so that the store can upsert it. The rules are those of docs/domain.md
(timing rules 1-5) and docs/planner.md:

- ask_timeline:<interview>          a final-round interview not yet held: due at its start.
- thank_you:<interview>:<person>    each person met: due 24 h after the interview's end.
- follow_up:<app>:<interview>:<n>   no news after the last interview: to the main contact,
                                    3 business days after a stated timeline, else 14 days after
                                    the last interview; a second one 7 days after an unanswered
                                    first; then none.
- keep_applying:<YYYY>-W<ww>        weekly: new applications against the user's target.

Nothing is due in the past when it is created: see `schedule_due`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from offerwatch.core.anchors import GHOSTED_AFTER_DAYS
from offerwatch.core.business_days import (
    add_local_days,
    end_of_day,
    week_start,
)
from offerwatch.core.entities import (
    Application,
    Interview,
    Observation,
    Person,
    PersonRole,
    Stage,
    Status,
    not_cancelled,
)
from offerwatch.core.follow_ups import FOLLOW_UP as FOLLOW_UP
from offerwatch.core.follow_ups import THANK_YOU_WEEK, follow_ups
from offerwatch.core.keep_applying import keep_applying
from offerwatch.core.mail_index import MailIndex
from offerwatch.core.plan_outcomes import (
    ASK_FEEDBACK,
    FEEDBACK_WINDOW,
    MARK_GHOSTED,
    OFFER_DEADLINE,
    TELL_OFFER,
    WITHDRAW_OTHERS,
    Suggested,
    answer_by,
    ask_feedback,
    mark_ghosted,
    offer_deadline,
    outcome_moment,
    pending_offer,
    quiet_since,
    tell_offer,
    withdraw_others,
)
from offerwatch.core.plan_types import DEFAULT_TARGET
from offerwatch.core.plan_types import KeepApplying as KeepApplying
from offerwatch.core.plan_types import Mark as Mark
from offerwatch.core.plan_types import Plan as Plan
from offerwatch.core.plan_types import PlanFacts as PlanFacts
from offerwatch.core.plan_types import PlannedAction as PlannedAction
from offerwatch.core.signals import SignalKind

ASK_TIMELINE = "ask_timeline"
THANK_YOU = "thank_you"
# The actions that call for an email, which offerwatch drafts (service/drafts.py).
DRAFTED_KINDS = frozenset({THANK_YOU, FOLLOW_UP})
KEEP_APPLYING = "keep_applying"
KINDS = (ASK_TIMELINE, THANK_YOU, FOLLOW_UP, KEEP_APPLYING, TELL_OFFER, OFFER_DEADLINE,
         ASK_FEEDBACK, WITHDRAW_OTHERS, MARK_GHOSTED)  # fmt: skip

THANK_YOU_AFTER = timedelta(hours=24)  # domain.md timing rule 2
# Two days after its due time an unsent thank-you becomes "a late thank-you: still worth a
# short note?" (a new key, due at the end of that day) instead of staying overdue; a week after
# the interview it is no longer planned (unless done): a note that late helps nobody, and a
# wall of overdue notes would bury what matters now. (Heuristic: domain.md gives 24 h as the
# right time, nothing on "too late".)
THANK_YOU_LATE = timedelta(days=2)
THANK_YOU_TOO_LATE = THANK_YOU_WEEK  # follow_ups: a mail to the contact within it is the thank-you
MORNING = time(9, 0)  # date-only due times (a timeline date, a weekly check) are at 09:00 local
DEFAULT_WEEKLY_TARGET = DEFAULT_TARGET  # issue 4: "default 5 a week"
FINAL_STAGES = frozenset({Stage.FINAL, Stage.FOLLOW_UP})  # a follow-up round is still final
_ROUND = {Stage.FINAL: "final interview", Stage.FOLLOW_UP: "follow-up interview"}
# Statuses in which nothing more is planned for an application.
NO_MORE_ACTIONS = frozenset({Status.REJECTED, Status.WITHDRAWN, Status.GHOSTED})


def schedule_due(
    rule_due: datetime,
    cause: datetime,
    mark: Mark | None,
    now: datetime,
    day_end: tzinfo | None = None,
    known_at: datetime | None = None,
) -> datetime:
    """When an action is due: the rule's time, never before its cause, never in the past when
    it is created.

    A new action is clamped to `now` (with `day_end`, to the end of that local day: a
    thank-you entered late, or the weekly check found short, is due tonight, not "now" and
    red a minute later); with `known_at`, to when its facts were recorded instead (if
    earlier): a thank-you for an interview recorded before it took place is due 24 h after
    it and overdue from then, whenever the plan is first read. A stored action
    keeps its due time while the facts give the same time (clamped to its creation, as it was
    then), so an overdue action stays overdue; when the facts move it, the new time is clamped
    again, except that a stored time already past stays while the facts give a time no later
    than it (it is overdue either way). So a stored time never moves with the clock alone.
    """

    def clamp(due: datetime, moment: datetime) -> datetime:
        if due >= moment:
            return due
        return end_of_day(moment, day_end) if day_end is not None else moment

    due = max(rule_due, cause)
    if mark is None:
        return clamp(due, min(known_at, now) if known_at is not None else now)
    unchanged = clamp(due, mark.created_at)
    if unchanged == mark.due:
        return unchanged
    # The stored time is the clamp of an earlier move of the facts: while they still give a
    # time no later than it, it stays (re-clamping to every new `now` would never let the
    # action be overdue, and would rewrite it on every derivation).
    if due <= mark.due <= now:
        return mark.due
    return clamp(due, now)


def _after(value: datetime, delta: timedelta) -> datetime:
    """`value` + `delta` in elapsed time (in UTC: aware arithmetic in a zone is wall-clock)."""
    return value.astimezone(UTC) + delta


def _who(person: Person) -> str:
    return person.name


def _job(app: Application) -> str:
    return f"{app.role} at {app.company}"


def main_contact(people: Sequence[Person]) -> Person | None:
    """The recruiter, else the hiring manager (the first recorded of that role), else None."""
    for role in (PersonRole.RECRUITER, PersonRole.HIRING_MANAGER):
        for person in people:
            if person.role is role:
                return person
    return None


def _ask_timeline(app: Application, interview: Interview, now: datetime) -> PlannedAction | None:
    if interview.stage not in FINAL_STAGES or interview.scheduled_start <= now:
        return None
    return PlannedAction(
        key=f"{ASK_TIMELINE}:{interview.id}",
        kind=ASK_TIMELINE,
        title=f"Ask about next steps and the timeline at the {_ROUND[interview.stage]} "
        f"({_job(app)})",
        due=interview.scheduled_start,
        cause=interview.scheduled_start,
        application_id=app.id,
        interview_id=interview.id,
    )


def _thank_yous(
    app: Application, interview: Interview, mail: MailIndex, marks: Mapping[str, Mark],
    now: datetime, recorded: datetime | None = None,
) -> list[PlannedAction]:  # fmt: skip
    """One per person met, once the interview is over: due 24 h after its end; two days
    later, if not sent, "a late thank-you" instead; none a week after the interview.
    `recorded`: when the interview was entered (the clamp of a new one: `schedule_due`)."""
    end = interview.end
    if end > now:
        return []  # not offered for an interview that has not happened yet
    due = _after(end, THANK_YOU_AFTER)
    out = []
    for person in interview.people:
        key = f"{THANK_YOU}:{interview.id}:{person.id}"
        # "After the interview" counts from its start: an early end is often not recorded.
        sent = mail.sent_to(person.email, interview.scheduled_start)
        mark = marks.get(key)
        done = sent or (mark.done_at if mark else None)
        late = _after(due, THANK_YOU_LATE)
        if done is None and now - end > THANK_YOU_TOO_LATE:
            continue
        if done is None and now >= late:
            key, title = (
                f"{key}:late",
                (f"A late thank-you to {_who(person)} ({_job(app)}): still worth a short note?"),
            )
            when = late
        else:
            title, when = f"Send a thank-you note to {_who(person)} ({_job(app)})", due
        out.append(PlannedAction(
            key=key, kind=THANK_YOU, title=title, due=when, cause=end,
            application_id=app.id, person_id=person.id, interview_id=interview.id,
            done_at=sent, known_at=recorded,
        ))  # fmt: skip
    return out


def stated_timeline(
    last: Interview, observations: Sequence[Observation]
) -> tuple[date, datetime, int | None] | None:
    """The latest timeline stated at or after the last interview: (date, said at, message id)."""
    stated: list[tuple[datetime, date, int | None]] = []
    if last.timeline_date is not None:
        stated.append((last.end, last.timeline_date, None))
    for obs in observations:
        if (
            obs.kind == SignalKind.TIMELINE_STATED
            and obs.expected_by is not None
            and obs.observed_at >= last.scheduled_start
        ):
            stated.append((obs.observed_at, obs.expected_by, obs.message_id))
    if not stated:
        return None
    said_at, when, message_id = max(stated, key=lambda s: s[0])
    return when, said_at, message_id


def _follow_ups(
    app: Application,
    interviews: Sequence[Interview],
    facts: PlanFacts,
    observations: Sequence[Observation],
    mail: MailIndex,
    tz: tzinfo,
) -> list[PlannedAction]:
    if app.status is Status.OFFER or not interviews:
        return []
    last = max(interviews, key=lambda i: (i.scheduled_start, i.id))
    contact = main_contact(facts.people.get(app.id, ()))
    timeline = stated_timeline(last, observations)
    stated = (timeline[0], timeline[1]) if timeline is not None else None
    prefix = f"{FOLLOW_UP}:{app.id}:"
    marks = {k: m.done_at for k, m in facts.marks.items() if k.startswith(prefix)}
    found = follow_ups(app, last, contact, observations, stated, mail, marks, tz, facts.holidays)
    return [
        PlannedAction(
            key=f.key,
            kind=FOLLOW_UP,
            title=f.title,
            due=f.due,
            cause=f.cause,
            application_id=app.id,
            person_id=contact.id if contact else None,
            interview_id=last.id,
            done_at=f.done_at,
        )
        for f in found
    ]


def _suggested(
    s: Suggested, person: Person | None = None, done_at: datetime | None = None
) -> PlannedAction:
    return PlannedAction(
        key=s.key, kind=s.kind, title=s.title, due=s.due, cause=s.cause,
        application_id=s.application_id, person_id=person.id if person else None,
        done_at=done_at,
    )  # fmt: skip


def _held(facts: PlanFacts) -> PlanFacts:
    """The facts without cancelled interviews: no thank-you, no "ask for the timeline" and
    no follow-up counts from an interview that did not take place."""
    if not any(i.cancelled for i in facts.interviews):
        return facts
    return replace(facts, interviews=not_cancelled(facts.interviews))


def plan(facts: PlanFacts, now: datetime, tz: tzinfo) -> Plan:
    """The actions the facts call for at `now`, with due times clamped by `schedule_due`."""
    facts = _held(facts)
    by_app: dict[int, list[Interview]] = {}
    for interview in facts.interviews:
        by_app.setdefault(interview.application_id, []).append(interview)
    obs_by_app: dict[int, list[Observation]] = {}
    for obs in facts.observations:
        obs_by_app.setdefault(obs.application_id, []).append(obs)
    mail = MailIndex(facts.messages)
    offer = pending_offer(facts.applications, obs_by_app)
    accepted = [a for a in facts.applications if a.status is Status.ACCEPTED]
    raw: list[PlannedAction] = []
    for app in facts.applications:
        interviews = by_app.get(app.id, [])
        observations = obs_by_app.get(app.id, [])
        contact = main_contact(facts.people.get(app.id, ()))
        name = contact.name if contact else app.company
        if app.status is Status.REJECTED and interviews:
            feedback = ask_feedback(app, observations, name, now)
            if feedback is not None:
                sent = mail.sent_to(contact.email if contact else None, feedback.cause)
                raw.append(_suggested(feedback, contact, sent))
        if app.status in NO_MORE_ACTIONS:
            continue
        for interview in interviews:
            ask = _ask_timeline(app, interview, now)
            if ask is not None:
                raw.append(ask)
            recorded = facts.recorded.get(interview.id)
            raw.extend(_thank_yous(app, interview, mail, facts.marks, now, recorded))
        if not app.status.is_open or accepted:
            continue  # after an accepted offer: no more follow-ups (withdraw_others below)
        if app.status is Status.OFFER:
            deadline = offer_deadline(app, observations, tz, facts.holidays)
            if deadline is not None:
                raw.append(_suggested(deadline))
            continue
        if offer is not None and interviews:
            # An offer elsewhere: tell them (it speeds processes up) instead of a follow-up.
            by = answer_by(offer[0], obs_by_app.get(offer[0].id, []))
            tell = tell_offer(app, offer[0], offer[1], name, by[1] if by else None)
            raw.append(_suggested(tell, contact, mail.sent_to(contact.email if contact
                                                              else None, offer[1])))  # fmt: skip
            continue
        raw.extend(_follow_ups(app, interviews, facts, observations, mail, tz))
        quiet = quiet_since(interviews, observations, facts.messages_by_app(app.id), now)
        if quiet is not None and (ghost := mark_ghosted(app, quiet, now, tz)) is not None:
            raw.append(_suggested(ghost))
    if accepted:
        others = [a for a in facts.applications if a.status.is_open and a.id != accepted[0].id]
        withdraw = withdraw_others(accepted[0], others)
        if withdraw is not None:
            raw.append(_suggested(withdraw))
    summary, weekly = keep_applying(facts, facts.interviews, now, tz)
    if weekly is not None:
        raw.append(weekly)
    actions = []
    for a in raw:
        end_of_day_clamp = tz  # entered late: due today, not "now" and overdue a minute later
        mark = facts.marks.get(a.key)
        due = schedule_due(a.due, a.cause, mark, now, end_of_day_clamp, a.known_at)
        actions.append(a if due is a.due else replace(a, due=due))
    actions.sort(key=lambda a: (a.due, a.key))
    return Plan(actions=actions, keep_applying=summary)


def stable_until(facts: PlanFacts, now: datetime, tz: tzinfo) -> datetime:
    """Until when (exclusive) the plan at `now`, once stored, stays the plan with no fact
    changing: the next week (a new keep-applying check), the start of a final round still to
    come (its ask-timeline action ends then), the end of an interview (its thank-yous start),
    a thank-you turning late or too late, a rejection's feedback window closing, or a silence
    reaching the ghosted suggestion, whichever is first.

    Nothing else in `plan` depends on the time once its result is stored: new actions' due
    times are clamped only when created or moved, follow-ups count from facts, and the weekly
    check's done time is stored the first time it is set.
    """
    facts = _held(facts)
    until = add_local_days(week_start(now, tz), 7, tz)
    moments: list[datetime] = []
    skipped = {a.id for a in facts.applications if a.status in NO_MORE_ACTIONS}
    for interview in facts.interviews:
        if interview.application_id in skipped:
            continue
        if interview.stage in FINAL_STAGES:
            moments.append(interview.scheduled_start)
        due = _after(interview.end, THANK_YOU_AFTER)
        too_late = _after(interview.end, THANK_YOU_TOO_LATE + timedelta(microseconds=1))
        moments += [interview.end, _after(due, THANK_YOU_LATE), too_late]
    obs_by_app: dict[int, list[Observation]] = {}
    for obs in facts.observations:
        obs_by_app.setdefault(obs.application_id, []).append(obs)
    by_app: dict[int, list[Interview]] = {}
    for interview in facts.interviews:
        by_app.setdefault(interview.application_id, []).append(interview)
    for app in facts.applications:
        observations = obs_by_app.get(app.id, [])
        if app.status is Status.REJECTED:
            when = outcome_moment(app, observations, SignalKind.REJECTION)
            if when is not None:
                moments.append(when + FEEDBACK_WINDOW)
        elif app.status.is_open:
            interviews = by_app.get(app.id, [])
            quiet = quiet_since(interviews, observations, facts.messages_by_app(app.id), now)
            if quiet is not None:
                moments.append(quiet + timedelta(days=GHOSTED_AFTER_DAYS))
            ends = [i.end for i in interviews if i.end > now]
            moments += ends  # silence (and the ghosted suggestion) starts when they are over
    ahead = [m for m in moments if now < m < until]
    return min([until, *ahead])
