"""The calibration page keeps its last fit while no consenting user's facts changed (a fit
takes seconds on thousands of applications), fits again as soon as one did (never stale
after a new finished application), and on "Refit now". Both databases."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.support.accounts import PASSWORD, Signed
from tests.support.cohort_seed import PER_USER, finished, seed_cohort

from offerwatch.service import Workspace

PAGE = "/admin/calibration"


def _fitted(root: Signed) -> tuple[str, int]:
    """When the page's fit was made, and how many applications it saw (the JSON's words)."""
    data = root.get(PAGE + ".json").json()
    return data["fitted_at"], data["applications"]


def test_the_fit_is_kept_until_the_data_changes(
    any_ws: Workspace, make_client: Any, clock: Any
) -> None:
    any_ws.add_user("root", PASSWORD, is_admin=True)
    ids = seed_cohort(any_ws, 6)
    root = Signed(make_client(any_ws, accounts=True), "root")
    first = root.get(PAGE)
    assert first.status_code == 200 and 'data-testid="cohort-fitted"' in first.text
    made, seen = _fitted(root)
    assert seen == 6 * PER_USER
    clock.now += timedelta(minutes=5)
    assert _fitted(root) == (made, seen)  # nothing changed: the same fit, not made again
    # A consenting user records a finished application: the next page fits again.
    ana: Any = any_ws.for_user(ids["ana"])
    finished(ana, "Ana Corp new", 20, asked=True, won=True)
    clock.now += timedelta(minutes=5)
    remade, seen = _fitted(root)
    assert remade > made and seen == 6 * PER_USER + 1
    # Someone who has not agreed changes nothing the fit reads: kept.
    other: Any = any_ws.for_user(any_ws.add_user("zed", PASSWORD))
    clock.now += timedelta(minutes=5)
    finished(other, "Zed Corp", 1, asked=False, won=False)
    assert _fitted(root) == (remade, seen)
    # "Refit now" fits at once.
    clock.now += timedelta(minutes=5)
    assert root.post(PAGE + "/refit").status_code == 303
    again, seen_again = _fitted(root)
    assert again > remade and seen_again == seen
    # Withdrawing is a change too: the fit leaves that user out.
    ana.set_cohort_consent(False)
    assert _fitted(root)[1] == seen - PER_USER - 1
