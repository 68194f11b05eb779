"""The odds model on tables of scenarios: each row is a small story and what it should do."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest

from offerwatch.core.anchors import DECISION_DAYS, GHOSTED_SHARE, GROUPS, REFERENCE_PASS
from offerwatch.core.catalogue import CATALOGUE, PRIORS
from offerwatch.core.entities import (
    Application,
    Direction,
    Interview,
    Message,
    Observation,
    ObservationSource,
    Stage,
    Status,
)
from offerwatch.core.odds import Score, logit, score_application, sigmoid

from .facts import END, START, app, interview, mail, seen


@dataclass
class Story:
    name: str
    interviews: list[Interview]
    observations: list[Observation] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    now: datetime = END + timedelta(hours=6)
    application: Application = field(default_factory=app)

    def score(self) -> Score:
        return score_application(
            self.application, self.interviews, self.observations, self.messages, self.now
        )


def _lr(kind: str, stage: Stage | None = None) -> float:
    return CATALOGUE[kind].ratio(stage)


def _expected(prior: str, *ratios: float, group: str = "conversation") -> float:
    """The model's arithmetic written out for signs of one group: the starting chance over
    the reference anchor as q, the group's log-ratios bent towards its cap, times the anchor."""
    anchor = REFERENCE_PASS.central
    cap = GROUPS[group].cap_up
    down_cap = GROUPS[group].cap_down
    up = sum(math.log(r) for r in ratios if r > 1)
    down = -sum(math.log(r) for r in ratios if r < 1)
    bent = cap * math.tanh(up / cap) - (down_cap * math.tanh(down / down_cap) if down else 0.0)
    return anchor * sigmoid(logit(PRIORS[prior].probability / anchor) + bent)


FINAL = interview(Stage.FINAL)
NO_STEPS = _lr("no_next_steps_in_final")

# (story, expected probability, signals expected among the factors)
EXACT: list[tuple[Story, float, set[str]]] = [
    (
        Story("applied only", [], application=app(Status.APPLIED)),
        PRIORS["applied"].probability,
        set(),
    ),
    (
        Story("phone screen, salary asked: routine", [interview(Stage.PHONE_SCREEN)],
              [seen("salary_discussed", interview_id=1)]),
        PRIORS["phone_screen"].probability,
        {"salary_discussed"},
    ),
    (
        Story("interview, salary discussed", [interview(Stage.INTERVIEW)],
              [seen("salary_discussed", interview_id=1)]),
        _expected("interview", _lr("salary_discussed", Stage.INTERVIEW)),
        {"salary_discussed"},
    ),
    (
        Story("final, salary discussed, no next steps", [FINAL],
              [seen("salary_discussed", interview_id=1)]),
        _expected("final", _lr("salary_discussed", Stage.FINAL), NO_STEPS),
        {"salary_discussed", "no_next_steps_in_final"},
    ),
    (
        Story("final ran 30 min over, next steps reviewed",
              [interview(Stage.FINAL, actual_minutes=90)],
              [seen("next_steps_reviewed", interview_id=1)]),
        _expected("final", _lr("ran_over_time"), _lr("next_steps_reviewed")),
        {"ran_over_time", "next_steps_reviewed"},
    ),
    (
        Story("five minutes over is within the tolerance",
              [interview(Stage.INTERVIEW, actual_minutes=65)]),
        PRIORS["interview"].probability,
        set(),
    ),
    (
        Story("ended 20 of 60 minutes early", [interview(Stage.INTERVIEW, actual_minutes=40)]),
        _expected("interview", _lr("ended_early")),
        {"ended_early"},
    ),
    (
        Story("ended 10 of 60 minutes early: within the tolerance",
              [interview(Stage.INTERVIEW, actual_minutes=50)]),
        PRIORS["interview"].probability,
        set(),
    ),
    (
        Story("notice period asked in a note and an email: one fact",
              [interview(Stage.INTERVIEW)],
              [seen("notice_period_asked", source=ObservationSource.NOTE, interview_id=1),
               seen("notice_period_asked", END + timedelta(hours=2),
                    source=ObservationSource.EMAIL)]),
        _expected("interview", _lr("notice_period_asked"), group="offer_coming"),
        {"notice_period_asked"},
    ),
    (
        Story("body language in two interviews counts per interview",
              [interview(Stage.INTERVIEW), interview(Stage.INTERVIEW, ident=2,
                                                     start=START + timedelta(days=2))],
              [seen("positive_body_language", interview_id=1),
               seen("positive_body_language", START + timedelta(days=2, minutes=30))],
              now=START + timedelta(days=3)),
        _expected("interview", _lr("positive_body_language"), _lr("positive_body_language")),
        {"positive_body_language"},
    ),
    (
        Story("a follow-up interview after the final", [FINAL, interview(
            Stage.FOLLOW_UP, ident=2, start=START + timedelta(days=5))],
              now=START + timedelta(days=6)),
        _expected("final", _lr("follow_up_interview"), group="process"),
        {"follow_up_interview"},
    ),
    (
        Story("rule 4: silence in the first days is not bad news", [interview(Stage.INTERVIEW)],
              now=END + timedelta(days=5)),
        PRIORS["interview"].probability,
        set(),
    ),
    (
        Story("signs recorded after `now` are not known yet", [interview(Stage.INTERVIEW)],
              [seen("notice_period_asked", END + timedelta(days=2))],
              now=END + timedelta(days=1)),
        PRIORS["interview"].probability,
        set(),
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("story", "expected", "signals"), EXACT, ids=lambda v: getattr(v, "name", "")
)
def test_exact_scenarios(story: Story, expected: float, signals: set[str]) -> None:
    result = story.score()
    assert result.probability == pytest.approx(expected)
    assert {f.signal for f in result.factors} == signals
    assert not result.terminal
    assert result.range[0] <= result.probability <= result.range[1]


@pytest.mark.parametrize(
    ("status", "observations", "probability"),
    [
        (Status.OFFER, [], 1.0),
        (Status.ACCEPTED, [], 1.0),
        (Status.REJECTED, [], 0.0),
        (Status.WITHDRAWN, [], 0.0),
        (Status.GHOSTED, [], 0.0),
        (Status.INTERVIEWING, ["offer"], 1.0),
        (Status.INTERVIEWING, ["rejection"], 0.0),
    ],
)
def test_outcomes_are_terminal(status: Status, observations: list[str], probability: float) -> None:
    story = Story("outcome", [FINAL], [seen(k) for k in observations], application=app(status))
    result = story.score()
    assert result.terminal
    assert result.probability == probability
    assert result.range == (probability, probability)
    assert result.factors == []


def _silence(result: Score) -> list[float]:
    return [
        f.likelihood_ratio
        for f in result.factors
        if f.signal in ("silence_past_timeline", "silence_since_contact")
    ]


@pytest.mark.parametrize(
    ("stage", "days", "expect_silence"),
    [(Stage.FINAL, 3, False), (Stage.FINAL, 7, False), (Stage.FINAL, 9, True),
     (Stage.INTERVIEW, 30, True), (Stage.PHONE_SCREEN, 60, True), (Stage.FINAL, 365, True)],
)  # fmt: skip
def test_silence_counts_after_every_interview_after_a_week(
    stage: Stage, days: int, expect_silence: bool
) -> None:
    story = Story("silence", [interview(stage)], [seen("next_steps_reviewed", interview_id=1)],
                  now=END + timedelta(days=days))  # fmt: skip
    found = _silence(story.score())
    assert bool(found) == expect_silence
    if found:
        assert 0 < found[0] < 1


def test_silence_grows_with_time_without_a_fixed_bound() -> None:
    ratios, chances = [], []
    for days in (9, 16, 30, 60, 120):
        result = Story("silence", [FINAL], now=END + timedelta(days=days)).score()
        ratios.append(_silence(result)[0])
        chances.append(result.probability)
    assert ratios == sorted(ratios, reverse=True)
    assert len(set(ratios)) == len(ratios)
    assert chances == sorted(chances, reverse=True)
    assert ratios[-1] < 0.05  # four months of silence: no cap keeps it at a third
    assert "gone quiet" in Story("s", [FINAL], now=END + timedelta(days=60)).score().summary


def test_silence_ratio_follows_the_decision_time_and_ghosting_share() -> None:
    # 21 days of silence beyond the week of grace: P(silence | offer) = exp(-21 / T),
    # P(silence | none) = g + (1 - g) exp(-21 / T) with T and g at the centre of their range.
    result = Story("s", [FINAL], now=END + timedelta(days=28)).score()
    stay = math.exp(-21 / DECISION_DAYS.central)
    share = GHOSTED_SHARE.central
    assert _silence(result)[0] == pytest.approx(stay / (share + (1 - share) * stay))


@pytest.mark.parametrize(
    ("days_after_deadline", "expect"),
    [(1, False), (3, False), (9, True), (20, True)],
)
def test_silence_past_a_stated_timeline(days_after_deadline: int, expect: bool) -> None:
    deadline = date(2026, 3, 20)  # a Friday, more than a week after the interview
    story = Story(
        "timeline",
        [interview(Stage.INTERVIEW, timeline_date=deadline)],
        now=datetime.combine(deadline, END.timetz()) + timedelta(days=days_after_deadline),
    )
    signals = {f.signal for f in story.score().factors}
    assert ("silence_past_timeline" in signals) == expect
    assert "silence_since_contact" not in signals  # silence is one fact


def test_timeline_from_an_observation_and_news_after_it() -> None:
    deadline = date(2026, 3, 13)
    stated = seen("timeline_stated", END + timedelta(days=1), expected_by=deadline)
    now = END + timedelta(days=24)
    quiet = Story("quiet", [interview(Stage.INTERVIEW)], [stated], now=now)
    assert "silence_past_timeline" in {f.signal for f in quiet.score().factors}
    news = seen("references_requested", datetime.combine(deadline, END.timetz()) + timedelta(2))
    heard = Story("heard", [interview(Stage.INTERVIEW)], [stated, news], now=now)
    signals = {f.signal for f in heard.score().factors}
    assert "silence_past_timeline" not in signals
    # Hand-entered news counts as contact: silence restarts from it.
    assert heard.score().probability > quiet.score().probability


def test_an_interview_ahead_means_no_silence() -> None:
    later = interview(Stage.FINAL, ident=2, start=END + timedelta(days=30))
    story = Story("ahead", [interview(Stage.INTERVIEW), later], now=END + timedelta(days=25))
    assert _silence(story.score()) == []


THANKS_AT = END + timedelta(hours=3)
REPLIES: list[tuple[str, Callable[[], list[Message]], bool]] = [
    ("quick reply in thread", lambda: [
        mail(Direction.OUT, THANKS_AT, message_id="<t1@me>"),
        mail(Direction.IN, THANKS_AT + timedelta(hours=2), subject="Re: Thank you",
             from_addr="someone@acme.example", to=("me@example.org",), in_reply_to="<t1@me>"),
    ], True),
    ("quick reply from the same person", lambda: [
        mail(Direction.OUT, THANKS_AT),
        mail(Direction.IN, THANKS_AT + timedelta(hours=20), from_addr="Ana@acme.example"),
    ], True),
    ("slow reply", lambda: [
        mail(Direction.OUT, THANKS_AT, message_id="<t1@me>"),
        mail(Direction.IN, THANKS_AT + timedelta(hours=30), in_reply_to="<t1@me>",
             from_addr="ana@acme.example"),
    ], False),
    ("no reply is neutral", lambda: [mail(Direction.OUT, THANKS_AT)], False),
    ("not a thank-you", lambda: [
        mail(Direction.OUT, THANKS_AT, subject="Question", body="About parking"),
        mail(Direction.IN, THANKS_AT + timedelta(hours=1), from_addr="ana@acme.example"),
    ], False),
    ("thank-you sent before the interview", lambda: [
        mail(Direction.OUT, START - timedelta(days=1)),
        mail(Direction.IN, START - timedelta(hours=20), from_addr="ana@acme.example"),
    ], False),
]  # fmt: skip


@pytest.mark.parametrize(("name", "messages", "expect"), REPLIES, ids=[r[0] for r in REPLIES])
def test_thank_you_quick_reply_from_mail(
    name: str, messages: Callable[[], list[Message]], expect: bool
) -> None:
    story = Story(name, [interview(Stage.INTERVIEW)], messages=messages(),
                  now=END + timedelta(days=3))  # fmt: skip
    signals = {f.signal for f in story.score().factors}
    assert ("thank_you_quick_reply" in signals) == expect


def test_factors_sorted_by_effect_with_reasons() -> None:
    story = Story(
        "many",
        [interview(Stage.FINAL, actual_minutes=90)],
        [seen("notice_period_asked"), seen("met_other_employees", interview_id=1),
         seen("negative_body_language", interview_id=1)],
    )  # fmt: skip
    factors = story.score().factors
    effects = [abs(math.log(f.likelihood_ratio)) for f in factors]
    assert effects == sorted(effects, reverse=True)
    assert factors[0].signal == "notice_period_asked"
    assert factors[0].reason.startswith("Asked about your notice period")
    assert all(f.reason for f in factors)


def test_more_heuristic_factors_widen_the_range() -> None:
    few = Story("few", [FINAL], [seen("next_steps_reviewed", interview_id=1)]).score()
    many = Story(
        "many",
        [FINAL],
        [seen("next_steps_reviewed", interview_id=1), seen("attentive_interviewer", interview_id=1),
         seen("negative_body_language", interview_id=1), seen("personal_interest", interview_id=1)],
    ).score()  # fmt: skip

    def width(s: Score) -> float:
        return logit(s.range[1]) - logit(s.range[0])

    assert width(many) > width(few)


def test_custom_ratios_replace_the_defaults() -> None:
    story = Story("notice", [interview(Stage.INTERVIEW)], [seen("notice_period_asked")])
    default = story.score()
    custom = score_application(
        story.application, story.interviews, story.observations, [], story.now,
        ratios={"notice_period_asked": 5.0},
    )  # fmt: skip
    assert custom.probability == pytest.approx(_expected("interview", 5.0, group="offer_coming"))
    assert custom.probability > default.probability
    assert "calibrated" in custom.basis


def test_salary_asked_by_mail_before_any_interview_is_routine() -> None:
    story = Story(
        "salary up front",
        [interview(Stage.FINAL, start=START + timedelta(days=7))],
        [seen("salary_discussed", START - timedelta(days=1), source=ObservationSource.EMAIL)],
        now=START,
    )
    factors = {f.signal: f.likelihood_ratio for f in story.score().factors}
    assert factors == {"salary_discussed": CATALOGUE["salary_discussed"].ratio(None)}
    assert factors["salary_discussed"] == 1.0
