"""Cohort calibration on the web, on both databases: a user's consent on the settings page,
the administrator's page (aggregates only, never another user's rows), adopt and revert."""

from __future__ import annotations

import json
from typing import Any

from tests.support.accounts import PASSWORD, Signed
from tests.support.cohort_seed import PER_USER, seed_cohort

from offerwatch.core.day_words import short_day
from offerwatch.service import Workspace

PAGE = "/admin/calibration"


def test_only_an_admin_reaches_the_calibration_page(any_ws: Workspace, make_client: Any) -> None:
    any_ws.add_user("root", PASSWORD, is_admin=True)
    seed_cohort(any_ws, 5)
    ana = Signed(make_client(any_ws, accounts=True), "ana")
    for url in (PAGE, PAGE + ".json"):
        assert ana.get(url).status_code == 403
    assert ana.post(PAGE + "/adopt").status_code == 403
    assert ana.post(PAGE + "/revert").status_code == 403
    assert any_ws.cohort_weights() is None
    assert PAGE not in ana.get("/settings").text
    anonymous = make_client(any_ws, accounts=True)
    assert anonymous.get(PAGE, follow_redirects=False).status_code in (303, 401, 403)
    assert anonymous.get(PAGE + ".json", follow_redirects=False).status_code in (303, 401, 403)


def test_the_admin_sees_aggregates_only_adopts_and_reverts(
    any_ws: Workspace, make_client: Any
) -> None:
    any_ws.add_user("root", PASSWORD, is_admin=True)
    ids = seed_cohort(any_ws, 6)
    ana: Any = any_ws.for_user(ids["ana"])
    first = ana.list_applications()[0]
    ana.update_application(first.id, notes="secret note about Ana's interviewer")
    root = Signed(make_client(any_ws, accounts=True), "root")
    page = root.get(PAGE)
    assert page.status_code == 200
    assert 'data-testid="cohort-users">6<' in page.text
    assert f'data-testid="cohort-applications">{6 * PER_USER}<' in page.text
    assert "Recommended" in page.text and "notice_period_asked" in page.text
    data = root.get(PAGE + ".json").json()
    assert (data["users"], data["applications"], data["recommended"]) == (6, 48, True)
    everything = page.text + json.dumps(data)
    for name in ids:  # companies are named after their users: "Ana Corp 3"
        assert f"{name.title()} Corp" not in everything
    assert "secret note" not in everything and "Data Engineer" not in everything

    adopted = root.post(PAGE + "/adopt")
    assert adopted.status_code == 303
    found = any_ws.cohort_weights()
    assert found is not None and found.applications == 48
    shown = root.get(PAGE).text
    assert f"Cohort weights version {found.id}, fitted" in shown and "Undo" in shown
    assert root.post(PAGE + "/revert").status_code == 303
    assert any_ws.cohort_weights() is None
    assert "The published default weights." in root.get(PAGE).text


def test_below_the_minimum_the_page_says_what_is_missing(
    any_ws: Workspace, make_client: Any
) -> None:
    any_ws.add_user("root", PASSWORD, is_admin=True)
    seed_cohort(any_ws, 3)
    root = Signed(make_client(any_ws, accounts=True), "root")
    page = root.get(PAGE).text
    assert 'data-testid="cohort-missing"' in page and "2 more people" in page
    assert 'data-testid="cohort-fit"' not in page and "/admin/calibration/adopt" not in page
    assert root.post(PAGE + "/adopt").status_code == 400
    assert any_ws.cohort_weights() is None


def test_a_user_agrees_and_withdraws_on_the_settings_page(
    any_ws: Workspace, make_client: Any
) -> None:
    user_id = any_ws.add_user("ana", PASSWORD)
    ana = Signed(make_client(any_ws, accounts=True), "ana")
    me: Any = any_ws.for_user(user_id)
    page = ana.get("/settings").text
    assert "never names, companies or text" in page and "Take part" in page
    assert me.cohort_consent() is False  # off by default
    assert ana.post("/settings/cohort", {"agree": "yes"}).status_code == 303
    assert me.cohort_consent() is True and "Withdraw" in ana.get("/settings").text
    assert ana.post("/settings/cohort", {"agree": "no"}).status_code == 303
    assert me.cohort_consent() is False
    # The main settings form does not touch it.
    ana.post("/settings/cohort", {"agree": "yes"})
    ana.post("/settings", {"weekly_target": "5"})
    assert me.cohort_consent() is True


def test_local_mode_has_no_consent_or_calibration_page(ws: Workspace, make_client: Any) -> None:
    client = make_client(ws)
    assert "Take part" not in client.get("/settings").text
    assert client.get(PAGE).status_code == 404


def test_a_users_odds_say_they_use_the_centres_weights(any_ws: Workspace, make_client: Any) -> None:
    from datetime import timedelta

    from tests.support.cohort_seed import START

    seed_cohort(any_ws, 5)
    me: Any = any_ws.for_user(any_ws.add_user("zed", PASSWORD))
    app_id = me.add_application("Initech", "Analyst")
    start = START + timedelta(days=30)
    me.add_interview(app_id, stage="final", start=start, end=start + timedelta(hours=1))
    zed = Signed(make_client(any_ws, accounts=True), "zed")
    before = zed.get(f"/applications/{app_id}").text
    assert "at this centre" not in before
    adopted = any_ws.adopt_cohort(force=True)
    after = zed.get(f"/applications/{app_id}").text
    assert (
        f"weighed by how {adopted.applications} finished applications at this centre turned "
        f"out (weights fitted on {short_day(adopted.fitted_at.date())})"
    ) in after
