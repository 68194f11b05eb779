"""Cohort calibration through the Workspace on SQLite and PostgreSQL: consent, the pooled fit
judged on held-out people, adopting as the server's weights (every worker's scores change at
once) and reverting."""

from __future__ import annotations

import logging
import math
from datetime import timedelta
from typing import Any

import pytest
from tests.conftest import NOW
from tests.support.cohort_seed import PASSWORD, PER_USER, START, finished, seed_cohort

from offerwatch.core.catalogue import CATALOGUE
from offerwatch.errors import BadInput
from offerwatch.service import Workspace, open_workspace


def _open_app(root: Workspace, name: str) -> tuple[Any, int]:
    """A user without consent or a past, with one open application after a final."""
    ws: Any = root.for_user(root.add_user(name, PASSWORD))
    start = START + timedelta(days=30)
    app_id = ws.add_application("Initech", "Analyst")
    ws.add_interview(app_id, stage="final", start=start, end=start + timedelta(hours=1))
    ws.add_signal(app_id, "notice_period_asked", at=start + timedelta(hours=2))
    return ws, app_id


def test_the_pooled_fit_finds_the_sign_that_predicts_offers(any_ws: Workspace) -> None:
    seed_cohort(any_ws, 6)
    fit = any_ws.cohort_fit()
    assert (fit.consenting, fit.users, fit.applications) == (6, 6, 6 * PER_USER)
    assert fit.ready and fit.folds == 5 and fit.missing == []
    assert fit.brier_default is not None and fit.brier_fitted is not None
    assert fit.brier_fitted < fit.brier_default
    assert fit.diff_interval is not None and fit.diff_interval[1] < 0 and fit.recommended
    notice = next(r for r in fit.ratios if r.key == "notice_period_asked")
    assert notice.seen == 6 * PER_USER // 2
    assert notice.calibrated > CATALOGUE["notice_period_asked"].likelihood_ratio


def test_withdrawn_or_missing_consent_leaves_a_user_out(any_ws: Workspace) -> None:
    ids = seed_cohort(any_ws, 6)
    any_ws.for_user(any_ws.add_user("quiet", PASSWORD))  # agreed to nothing, has nothing
    before = any_ws.cohort_fit()
    bo: Any = any_ws.for_user(ids["bo"])
    assert bo.cohort_consent() is True
    bo.set_cohort_consent(False)
    assert bo.cohort_consent() is False and bo.settings()["cohort_consent"] == "off"
    after = any_ws.cohort_fit()
    assert (after.consenting, after.users) == (before.consenting - 1, before.users - 1)
    assert after.applications == before.applications - PER_USER
    bo.set_setting("cohort_consent", "on")
    assert any_ws.cohort_fit().applications == before.applications


def test_below_the_minimum_nothing_is_fitted_or_adopted(any_ws: Workspace) -> None:
    seed_cohort(any_ws, 4)  # 32 applications, but from 4 people
    fit = any_ws.cohort_fit()
    assert fit.applications == 4 * PER_USER and not fit.ready
    assert fit.brier_fitted is None and fit.ratios == [] and not fit.recommended
    assert len(fit.missing) == 1 and "1 more people" in fit.missing[0]
    with pytest.raises(BadInput, match="not enough data"):
        any_ws.adopt_cohort()
    assert any_ws.cohort_weights() is None


def test_a_bad_consent_value_is_refused(any_ws: Workspace) -> None:
    with pytest.raises(BadInput, match="on or off"):
        any_ws.set_setting("cohort_consent", "perhaps")
    assert any_ws.cohort_consent() is False


def test_adopting_changes_every_workers_scores_at_once_and_revert_restores(
    any_ws: Workspace, db_url: str
) -> None:
    seed_cohort(any_ws, 6)
    cy, app_id = _open_app(any_ws, "zed")
    # A second "worker": its own engines and its own score memo, on the same database.
    other = open_workspace(db_url, clock=any_ws.clock)
    try:
        worker: Any = other.for_user(cy.user_id)
        default = worker.score(app_id)
        assert worker.score(app_id) == default  # kept in the memo now
        assert "default ratios" in default.basis
        adopted = any_ws.adopt_cohort()
        assert adopted.users == 6 and adopted.applications == 6 * PER_USER
        default_ratio = CATALOGUE["notice_period_asked"].likelihood_ratio
        assert adopted.ratios["notice_period_asked"] > default_ratio
        now = worker.score(app_id)
        assert now.probability != default.probability

        def notice(score: Any) -> float:
            return next(
                f.likelihood_ratio for f in score.factors if f.signal == "notice_period_asked"
            )

        assert notice(now) > notice(default)  # the sign that predicted offers weighs more
        assert f"weights fitted on this centre's outcomes ({NOW.date()}, n=48)" in now.basis
        assert cy.score(app_id).probability == now.probability  # this worker too
        # Personal calibration not ready: the cohort weights stand in for it.
        assert cy.score(app_id, calibrated=True).probability == now.probability
        assert any_ws.revert_cohort() is None
        restored = worker.score(app_id)
        assert math.isclose(restored.probability, default.probability)
        assert restored.basis == default.basis
        with pytest.raises(BadInput, match="nothing to revert"):
            any_ws.revert_cohort()
    finally:
        other.close()


def test_versions_stack_and_revert_goes_back_one(
    any_ws: Workspace, caplog: pytest.LogCaptureFixture
) -> None:
    ids = seed_cohort(any_ws, 6)
    with caplog.at_level(logging.INFO, logger="offerwatch.audit"):
        first = any_ws.adopt_cohort()
    assert [r.getMessage() for r in caplog.records] == ["cohort.adopted"]
    any_ws.for_user(ids["fay"]).set_cohort_consent(False)  # type: ignore[attr-defined]
    second = any_ws.adopt_cohort()
    assert second.id > first.id and second.applications == 5 * PER_USER
    assert any_ws.cohort_weights() == second
    back = any_ws.revert_cohort()
    assert back is not None and back.id == first.id
    found = any_ws.cohort_versions()
    assert [v.id for v in found] == [second.id, first.id]
    assert found[0].reverted_at is not None and found[1].reverted_at is None


def test_a_fit_not_better_than_the_defaults_needs_force(any_ws: Workspace) -> None:
    from tests.support.cohort_seed import finished

    for u in range(5):
        ws: Any = any_ws.for_user(any_ws.add_user(f"p{u}", PASSWORD))
        for n in range(6):  # the sign says nothing: two offers in five, either way
            finished(ws, f"P{u} Co {n}", n, asked=n % 2 == 0, won=(n + u) % 5 < 2)
        ws.set_cohort_consent(True)
    fit = any_ws.cohort_fit()
    assert fit.ready and not fit.recommended
    with pytest.raises(BadInput, match="not do better"):
        any_ws.adopt_cohort()
    assert any_ws.adopt_cohort(force=True).applications == 30


def _data_version(ws: Workspace) -> str:
    """The words a fit made now is kept under (what it is made from)."""
    return ws.kept_cohort_fit(None).data_version


def test_only_a_consenting_users_new_data_makes_the_kept_fit_stale(
    any_ws: Workspace, clock: Any
) -> None:
    """The cohort fit is kept under its data version (the consenting users' facts versions,
    store/plan_stamps): a new finished application of one of them changes it; reads, a
    derived plan, the fit itself, time within the day and people who did not agree do not."""
    from sqlalchemy import delete

    from offerwatch.store import tables as t

    ids = seed_cohort(any_ws, 5)
    ana: Any = any_ws.for_user(ids["ana"])
    assert ana.facts_version() is not None  # agreeing gave them a version to count writes by
    zed, open_app = _open_app(any_ws, "zed")
    version = _data_version(any_ws)
    fitted = any_ws.cohort_fit()
    ana.agenda()  # a plan derived: the derivation's own write counts for nothing
    ana.scores()
    zed.score(open_app)
    finished(zed, "Zed Corp", 1, asked=False, won=False)  # zed did not agree
    clock.now += timedelta(hours=3)
    assert _data_version(any_ws) == version
    assert any_ws.cohort_fit() == fitted
    finished(ana, "Ana Corp new", 20, asked=True, won=True)
    stale = _data_version(any_ws)
    assert stale != version and _data_version(any_ws) == stale
    assert any_ws.cohort_fit().applications == fitted.applications + 1
    # A user who agreed before consent gave a version: none to go by, so never kept.
    with any_ws.writer_engine.begin() as conn:
        conn.execute(delete(t.plan_stamps).where(t.plan_stamps.c.user_id == ids["bo"]))
    assert _data_version(any_ws) != _data_version(any_ws)


def test_a_write_the_fit_does_not_learn_from_keeps_the_fit(any_ws: Workspace, clock: Any) -> None:
    """A consenting user's new open application, interview or sign changes their facts
    version but not one finished application: the kept fit is compared, not made again. A
    newly finished one, a withdrawn consent or `refit` make a new fit."""
    ids = seed_cohort(any_ws, 5)
    ana: Any = any_ws.for_user(ids["ana"])
    kept = any_ws.kept_cohort_fit(None)
    assert kept.fit.applications == 5 * PER_USER
    assert any_ws.kept_cohort_fit(kept) is kept  # nothing written: nothing read
    start = START + timedelta(days=40)
    open_app = ana.add_application("Open Corp", "Data Engineer")
    ana.add_interview(open_app, stage="final", start=start, end=start + timedelta(hours=1))
    ana.add_signal(open_app, "notice_period_asked", at=start + timedelta(hours=2))
    clock.now += timedelta(days=1)
    again = any_ws.kept_cohort_fit(kept)
    assert again.data_version != kept.data_version  # a write of theirs, and a new day
    assert again.fit is kept.fit and again.fitted_at == kept.fitted_at
    assert again.learned == kept.learned
    assert any_ws.kept_cohort_fit(again) is again
    ana.record_outcome(open_app, "offer", at=start + timedelta(days=3))
    clock.now = max(clock.now, start + timedelta(days=4))
    grown = any_ws.kept_cohort_fit(again)
    assert grown.fit is not kept.fit and grown.fit.applications == 5 * PER_USER + 1
    any_ws.for_user(ids["bo"]).set_cohort_consent(False)  # type: ignore[attr-defined]
    fewer = any_ws.kept_cohort_fit(grown)
    assert (fewer.fit.consenting, fewer.fit.applications) == (4, 4 * PER_USER + 1)
    forced = any_ws.kept_cohort_fit(fewer, refit=True)
    assert forced.fit is not fewer.fit and forced.fit == fewer.fit
