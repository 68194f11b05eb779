"""A realistic sample search for `offerwatch demo`: a dozen applications at every stage,
with interviews, people, signs and outcomes, dated relative to now.

Everything goes through the public Workspace methods, with a clock that is moved to the
moment each fact happened, so the histories read like a real search.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from offerwatch.core.timeutil import local_zone


@dataclass
class MovableClock:
    """A clock the demo builder sets to each fact's moment."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


def _day(base: datetime, days_ago: int, hour: int = 10, minute: int = 0) -> datetime:
    zone = local_zone()
    day = (base.astimezone(zone) - timedelta(days=days_ago)).date()
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def fill(ws: Any, clock: MovableClock, real_now: datetime) -> list[int]:
    """Record the sample search in `ws` (whose clock is `clock`); returns the ids."""
    ids: list[int] = []

    def at(days_ago: int, hour: int = 10, minute: int = 0) -> datetime:
        clock.now = _day(real_now, days_ago, hour, minute)
        return clock.now

    def app(company: str, role: str, days_ago: int, **kw: Any) -> int:
        at(days_ago, 9)
        kw.setdefault("applied_on", clock.now.date())
        app_id: int = ws.add_application(company, role, **kw)
        ids.append(app_id)
        return app_id

    def interview(
        app_id: int, stage: str, days_ago: int, hour: int = 10, length: int = 60, **kw: Any
    ) -> int:
        start = at(days_ago, hour)
        end = start + timedelta(minutes=length)
        clock.now = end + timedelta(minutes=30)  # recorded just after it ended
        iid: int = ws.add_interview(app_id, stage=stage, start=start, end=end, **kw)
        _plan_as_of(ws, clock.now)
        return iid

    def sign(app_id: int, kind: str, days_ago: int, note: str | None = None, **kw: Any) -> None:
        ws.add_signal(app_id, kind, at=at(days_ago, 14), note=note, **kw)
        _plan_as_of(ws, clock.now)

    # 1. An offer after a strong final round.
    a = app("Northwind Analytics", "Senior Data Engineer", 34, source="referral",
            salary_min=78000, salary_max=90000)  # fmt: skip
    ws.add_person(a, "Maya Chen", role="recruiter", email="maya.chen@northwind.example")
    interview(a, "phone_screen", 28, with_=["maya.chen@northwind.example"],
              signs=["salary_discussed"])  # fmt: skip
    interview(a, "interview", 21, with_=["Jonas Weber"],
              signs=["attentive_interviewer", "personal_interest"])  # fmt: skip
    interview(a, "final", 12, length=90, with_=["Jonas Weber", "Priya Nair"],
              actual_end=_day(real_now, 12, 11, 55),
              signs=["next_steps_reviewed", "met_other_employees", "salary_discussed"],
              timeline="within a week")  # fmt: skip
    sign(a, "notice_period_asked", 10, "Asked when I could start and my notice period")
    sign(a, "references_contacted", 7, "Priya said they spoke to both referees")
    at(3, 16)
    ws.record_outcome(a, "offer")

    # 2. Waiting after a final interview with good signs and a stated timeline.
    b = app("Lumen Health", "Backend Developer", 26, source="LinkedIn")
    ws.add_person(b, "Sofia Rossi", role="hiring_manager", email="sofia.rossi@lumen.example")
    interview(b, "interview", 15, with_=["sofia.rossi@lumen.example"],
              signs=["positive_body_language", "attentive_interviewer"])  # fmt: skip
    interview(b, "final", 3, length=60, with_=["Sofia Rossi", "Tom Berg"],
              actual_end=_day(real_now, 3, 11, 20),
              signs=["next_steps_reviewed", "personal_interest", "ran_over_time"],
              timeline="we will let you know within a week",
              notes="Talked about the move to event sourcing and on-call rotas.")  # fmt: skip
    sign(b, "thank_you_quick_reply", 2, "Sofia answered my thank-you within the hour")

    # 3. Just interviewed yesterday: a thank-you note is due.
    c = app("Acme Robotics", "Platform Engineer", 18, source="company site")
    interview(c, "phone_screen", 10, with_=["Lea Novak"])
    interview(c, "interview", 1, with_=["Lea Novak", "Ravi Patel"],
              signs=["attentive_interviewer"], notes="Kubernetes; team of six.")  # fmt: skip

    # 4. Screening: phone screen three days ago.
    d = app("Harbor Bank", "Python Developer", 9, source="recruiter")
    ws.add_person(d, "Omar Haddad", role="recruiter", email="omar@harborbank.example")
    interview(d, "phone_screen", 3, length=30, with_=["omar@harborbank.example"],
              signs=["salary_discussed"])  # fmt: skip

    # 5-6. Applied, waiting for an answer.
    e = app("Kite Labs", "Machine Learning Engineer", 5, source="LinkedIn")
    sign(e, "application_received", 5, "Thanks for applying to Kite Labs")
    app("Greenfield Energy", "Data Analyst", 12, source="job board")

    # 7. Rejected after an interview that ended early.
    g = app("Orbit Media", "Software Engineer", 30)
    interview(g, "interview", 20, length=60, actual_end=_day(real_now, 20, 10, 35),
              signs=["negative_body_language", "ended_early"])  # fmt: skip
    at(14, 9)
    ws.record_outcome(g, "rejection")

    # 8. Ghosted.
    h = app("Pine & Co", "Analytics Engineer", 52)
    interview(h, "interview", 41, with_=["Erik Lund"])
    at(8, 9)
    ws.record_outcome(h, "ghosted")

    # 9. Withdrawn.
    i = app("Civic Data", "Data Scientist", 45)
    interview(i, "phone_screen", 38)
    at(30, 9)
    ws.record_outcome(i, "withdrawn")

    # 10. Interested, not applied yet.
    at(2, 9)
    ids.append(ws.add_application("Bluewave Logistics", "Backend Engineer", status="interested",
                                  url="https://bluewave.example/jobs/42"))  # fmt: skip

    # 11. An interview coming up in two days.
    k = app("Quanta Insurance", "Site Reliability Engineer", 14, source="referral")
    interview(k, "phone_screen", 7, length=30, signs=["next_steps_reviewed"])
    start = _day(real_now, -2, 14)
    at(1, 9)
    ws.add_interview(k, stage="interview", start=start, end=start + timedelta(hours=1),
                     with_=["Hana Sato"])  # fmt: skip

    # 12. A final round 16 days ago and silence since: time to follow up.
    m = app("Riverside University", "Research Software Engineer", 40, source="university site")
    ws.add_person(m, "Dr. Paul Grant", role="hiring_manager", email="p.grant@riverside.example")
    interview(m, "interview", 27, with_=["p.grant@riverside.example"])
    interview(m, "final", 16, length=120, with_=["Dr. Paul Grant", "Ines Duarte"],
              signs=["met_other_employees", "references_requested"])  # fmt: skip
    sign(m, "references_requested", 15, "Could you send two referees?")

    # 13. Rejected by mail after the first interview.
    n = app("Nova Games", "Tools Programmer", 24)
    interview(n, "interview", 17, signs=["positive_body_language"])
    at(11, 9)
    ws.record_outcome(n, "rejection")

    clock.now = real_now
    _as_if_kept_up(ws, real_now)
    return ids


def _plan_as_of(ws: Any, moment: datetime) -> None:
    """Let the planner see the search as it unfolded, so actions carry their natural due
    times (a thank-you 24 h after its interview) instead of all starting today."""
    ws.sync_actions(moment)


def _as_if_kept_up(ws: Any, now: datetime) -> None:
    """A user who has been using offerwatch sent the older thank-you notes on time, and set
    goals for the wait: mark those done, so that Today shows what a real morning would."""
    ws.add_goal("skill", "Finish the cloud architecture course", 180)
    ws.add_goal("rest", "Climbing with friends", 120)
    for item in ws.agenda(now).items:
        if item.kind != "thank_you":
            continue
        action = ws.action(item.id)
        old = now - timedelta(days=2)
        if action.interview_id is not None and ws.interview(action.interview_id).end < old:
            ws.mark_done(item.id)


def build(url: str, now: datetime, opener: Callable[..., Any]) -> list[int]:
    """Create the demo database at `url` (which must be new or empty) and fill it."""
    clock = MovableClock(now)
    ws = opener(url, clock=clock)
    try:
        return fill(ws, clock, now)
    finally:
        ws.close()
