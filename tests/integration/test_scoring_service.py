"""Scoring through the Workspace on a real SQLite file: single, batch, mail, calibration."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, insert

from offerwatch.core.catalogue import CATALOGUE, PRIORS
from offerwatch.errors import BadInput, NotFound
from offerwatch.service import Workspace
from offerwatch.store import tables as t

START = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)
END = START + timedelta(hours=1)


def _final(ws: Workspace, company: str = "Acme", *, over: int = 0) -> tuple[int, int]:
    app_id = ws.add_application(company, "Data Engineer", applied_on=START.date())
    iid = ws.add_interview(
        app_id, stage="final", start=START, end=END,
        actual_end=END + timedelta(minutes=over) if over else None, with_=["ana@acme.example"],
    )  # fmt: skip
    return app_id, iid


@contextmanager
def _counting(ws: Workspace) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    engine = ws._reader
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_score_moves_with_recorded_signs(ws: Workspace) -> None:
    app_id, iid = _final(ws, over=30)
    first = ws.score(app_id, now=END + timedelta(hours=2))
    assert first.prior == PRIORS["final"].probability
    assert {f.signal for f in first.factors} == {"ran_over_time", "no_next_steps_in_final"}
    ws.add_signal(app_id, "next_steps_reviewed", interview_id=iid, at=END)
    second = ws.score(app_id, now=END + timedelta(hours=2))
    assert second.probability > first.probability
    ws.add_signal(app_id, "notice_period_asked", at=END + timedelta(days=1))
    third = ws.score(app_id, now=END + timedelta(days=1, hours=1))
    assert third.probability > second.probability
    assert third.factors[0].signal == "notice_period_asked"


def test_same_fact_from_a_note_and_an_email_counts_once(ws: Workspace) -> None:
    app_id, _ = _final(ws)
    ws.add_signal(app_id, "references_contacted", at=END + timedelta(days=1))
    once = ws.score(app_id, now=END + timedelta(days=2)).probability
    from offerwatch.core.entities import ObservationSource

    ws.add_signal(app_id, "references_contacted", at=END + timedelta(days=1, hours=3),
                  source=ObservationSource.EMAIL)  # fmt: skip
    assert ws.score(app_id, now=END + timedelta(days=2)).probability == once


def test_outcome_is_terminal(ws: Workspace) -> None:
    app_id, _ = _final(ws)
    ws.record_outcome(app_id, "offer", at=END + timedelta(days=3))
    result = ws.score(app_id)
    assert result.terminal and result.probability == 1.0
    # An outcome reads as one, not as "100%, likely between 100% and 100%".
    assert result.outcome == "Offer received on Fri 6 Mar" == result.summary


def test_batch_scores_equal_single_scores_with_few_queries(ws: Workspace) -> None:
    ids = []
    for n in range(12):
        app_id, _ = _final(ws, f"Company {n}", over=30 * (n % 2))
        if n % 3 == 0:
            ws.add_signal(app_id, "notice_period_asked", at=END + timedelta(days=1))
        ids.append(app_id)
    now = END + timedelta(days=20)
    with _counting(ws) as statements:
        batch = ws.scores(ids, now=now)
    # Applications, interviews and the people met, signs, mail, status histories (so that a
    # sign the application was moved back into play after does not count); not one per app.
    assert len(statements) <= 7
    assert set(batch) == set(ids)
    for app_id in ids[:4]:
        assert ws.score(app_id, now=now) == batch[app_id]
    assert ws.scores(now=now) == batch  # None: every application


def test_unknown_application_and_naive_now(ws: Workspace) -> None:
    with pytest.raises(NotFound):
        ws.score(999)
    app_id, _ = _final(ws)
    with pytest.raises(NotFound):
        ws.scores([app_id, 12345])
    with pytest.raises(BadInput):
        ws.score(app_id, now=datetime(2026, 3, 5, 12, 0))


def _message(ws: Workspace, app_id: int, **values: object) -> None:
    defaults: dict[str, object] = {
        "user_id": ws.user_id, "application_id": app_id, "from_addr": "", "to_addrs": "",
        "subject": "", "body": "", "review": "matched", "created_at": START,
    }  # fmt: skip
    with ws.write() as conn:
        conn.execute(insert(t.messages).values(**{**defaults, **values}))


def test_thank_you_quick_reply_read_from_stored_mail(ws: Workspace) -> None:
    app_id, _ = _final(ws)
    ws.add_signal(app_id, "next_steps_reviewed", at=END)
    now = END + timedelta(days=2)
    without = ws.score(app_id, now=now)
    _message(ws, app_id, message_id="<thanks@me>", direction="out", date=END + timedelta(hours=3),
             subject="Thank you for today", from_addr="me@example.org",
             to_addrs="ana@acme.example")  # fmt: skip
    _message(ws, app_id, message_id="<re@acme>", direction="in", date=END + timedelta(hours=5),
             subject="Re: Thank you for today", from_addr="ana@acme.example",
             to_addrs="me@example.org", in_reply_to="<thanks@me>")  # fmt: skip
    with_reply = ws.score(app_id, now=now)
    assert "thank_you_quick_reply" in {f.signal for f in with_reply.factors}
    ratio = CATALOGUE["thank_you_quick_reply"].likelihood_ratio
    # One more sign of a good conversation: it counts, with diminishing returns in its group.
    effect = {f.signal: f.likelihood_ratio for f in with_reply.factors}["thank_you_quick_reply"]
    assert 1 < effect < ratio
    assert with_reply.probability > without.probability


def test_calibration_needs_enough_finished_applications(ws: Workspace) -> None:
    for n in range(5):
        app_id, _ = _final(ws, f"Early {n}")
        ws.record_outcome(app_id, "rejection", at=END + timedelta(days=5))
    cal = ws.calibration(now=END + timedelta(days=30))
    assert cal.finished == 5 and not cal.ready and cal.brier_calibrated is None


def test_calibration_default_vs_calibrated(ws: Workspace) -> None:
    # Sixteen finished final rounds, four offers (the default starts finals at 40%), each
    # after the notice period was asked (asked in eight).
    for n in range(16):
        app_id, _ = _final(ws, f"Past {n}")
        if n % 2 == 0:
            ws.add_signal(app_id, "notice_period_asked", at=END + timedelta(days=1))
        ws.record_outcome(app_id, "offer" if n % 4 == 0 else "rejection",
                          at=END + timedelta(days=4))  # fmt: skip
    withdrawn, _ = _final(ws, "Withdrawn")
    ws.record_outcome(withdrawn, "withdrawn", at=END + timedelta(days=4))
    cal = ws.calibration(now=END + timedelta(days=30))
    assert cal.finished == 16 and cal.ready
    assert cal.brier_default is not None and cal.brier_calibrated is not None
    assert 0 <= cal.brier_calibrated < cal.brier_default <= 1  # leave-one-out
    assert cal.calibrated_ratios["prior@final"] < 1.0  # finals start lower for this person
    assert any(line.startswith("starting chance at final: 40% -> ") for line in cal.changes)
    # Outcomes not yet known at `now` are not used.
    assert ws.calibration(now=END + timedelta(days=2)).finished == 0
    # The calibrated ratios are used on request.
    open_app, _ = _final(ws, "Open")
    ws.add_signal(open_app, "notice_period_asked", at=END + timedelta(days=1))
    now = END + timedelta(days=30)
    default = ws.score(open_app, now=now)
    calibrated = ws.score(open_app, now=now, calibrated=True)
    assert calibrated.probability != default.probability
    assert "calibrated" in calibrated.basis
