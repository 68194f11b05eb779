"""A score stays what scoring again gives until `score_valid_until` (core/score_validity.py):
Hypothesis draws facts (interviews with stated timelines, signs, mail, before and after now),
a moment and a later one within the validity, in UTC and in a zone with daylight saving."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from offerwatch.core.entities import Direction, Stage, Status
from offerwatch.core.odds import score_application
from offerwatch.core.score_validity import score_valid_until

from .facts import START, app, interview, mail, seen

KINDS = ["timeline_stated", "next_steps_reviewed", "salary_discussed", "references_requested",
         "offer", "rejection", "interview_request", "positive_body_language"]  # fmt: skip
ZONES = [UTC, ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York")]
minutes = st.integers(-60 * 24 * 40, 60 * 24 * 40)


@st.composite
def facts(draw: st.DrawFn) -> tuple[object, list[object], list[object], list[object]]:
    n = draw(st.integers(0, 3))
    ivs = [
        interview(
            draw(st.sampled_from([Stage.INTERVIEW, Stage.FINAL, Stage.FOLLOW_UP])),
            ident=k + 1,
            start=START + timedelta(minutes=draw(minutes)),
            minutes=draw(st.integers(20, 120)),
            actual_minutes=draw(st.none() | st.integers(10, 150)),
            timeline_date=draw(st.none() | st.dates(START.date(), START.date() + timedelta(30))),
        )
        for k in range(n)
    ]
    obs = [
        seen(
            draw(st.sampled_from(KINDS)),
            START + timedelta(minutes=draw(minutes)),
            interview_id=draw(st.none() | st.sampled_from([i.id for i in ivs] or [1])),
            expected_by=draw(st.none() | st.dates(START.date(), START.date() + timedelta(30))),
        )
        for _ in range(draw(st.integers(0, 5)))
    ]
    sent = START + timedelta(minutes=draw(minutes))
    msgs = [mail(Direction.OUT, sent)] if draw(st.booleans()) else []
    if msgs and draw(st.booleans()):
        msgs.append(mail(Direction.IN, sent + timedelta(hours=draw(st.integers(1, 60))),
                         from_addr="ana@acme.example", to=("me@example.org",)))  # fmt: skip
    status = draw(st.sampled_from([Status.INTERVIEWING, Status.APPLIED, Status.OFFER]))
    return app(status), ivs, obs, msgs


@settings(max_examples=400, deadline=None)
@given(
    story=facts(),
    at=minutes,
    zone=st.sampled_from(ZONES),
    share=st.floats(0, 1, exclude_max=True) | st.just(0.0),
    near_end=st.booleans(),
)
def test_the_score_holds_until_valid_until(
    story: tuple, at: int, zone: object, share: float, near_end: bool
) -> None:
    application, ivs, obs, msgs = story
    now = (START + timedelta(minutes=at, seconds=17)).astimezone(zone)  # type: ignore[arg-type]
    until = score_valid_until(now, ivs, obs, msgs)
    assert until > now
    last = until - timedelta(microseconds=1)
    later = last if near_end else min(now + (until - now) * share, last)  # rounding: < until
    # The same clock, so the same zone: a day ("Offer received on ...") is told in `now`'s
    # zone, and `until` may come from a fact stored in UTC.
    later = later.astimezone(zone)  # type: ignore[arg-type]
    assert now <= later < until
    first = score_application(application, ivs, obs, msgs, now)
    assert score_application(application, ivs, obs, msgs, later) == first


def test_valid_until_is_not_later_than_the_next_day_nor_a_moment_ahead() -> None:
    now = START + timedelta(hours=3)
    ahead = interview(Stage.FINAL, start=now + timedelta(hours=2))
    assert score_valid_until(now, [], [], []) == datetime(2026, 3, 4, tzinfo=UTC)
    assert score_valid_until(now, [ahead], [], []) == ahead.scheduled_start
    # A final round long past: silence grows a step each whole day after its end.
    past = interview(Stage.FINAL, start=now - timedelta(days=9, hours=1))
    until = score_valid_until(now - timedelta(minutes=10), [past], [], [])
    assert until == past.end + timedelta(days=9)
