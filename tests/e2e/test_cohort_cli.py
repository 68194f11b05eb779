"""`offerwatch cohort ...` and the consent setting, as a script runs them, on both databases."""

from __future__ import annotations

import json
import subprocess

from tests.support.cli import offerwatch
from tests.support.cohort_seed import PER_USER, seed_cohort

from offerwatch.service import open_workspace


def _run(db_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return offerwatch("--db", db_url, *args)


def test_calibrate_adopt_versions_and_revert(db_url: str) -> None:
    ws = open_workspace(db_url)
    try:
        seed_cohort(ws, 6)
    finally:
        ws.close()
    shown = _run(db_url, "cohort", "calibrate")
    assert shown.returncode == 0, shown.stderr
    assert "Finished applications: 48 (needed: 30)" in shown.stdout
    assert "In use now: the published default weights." in shown.stdout
    found = _run(db_url, "cohort", "calibrate", "--json")
    data = json.loads(found.stdout)
    assert (data["users"], data["applications"], data["folds"]) == (6, 6 * PER_USER, 5)
    assert data["recommended"] is True and data["in_use"] is None
    assert "Corp" not in found.stdout and "Corp" not in shown.stdout
    adopted = json.loads(_run(db_url, "cohort", "adopt", "--json").stdout)
    assert adopted["applications"] == 48 and adopted["ratios"]["notice_period_asked"] > 2.5
    listed = _run(db_url, "cohort", "versions")
    assert "in use" in listed.stdout
    assert json.loads(_run(db_url, "cohort", "revert", "--json").stdout) == {"in_use": None}
    again = _run(db_url, "cohort", "revert")
    assert again.returncode == 2
    assert again.stderr.strip() == (
        "offerwatch: error: no cohort weights are in use: nothing to revert"
    )


def test_consent_by_the_settings_command(db_url: str) -> None:
    bad = _run(db_url, "settings", "--set", "cohort_consent=perhaps")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1
    assert "on or off" in bad.stderr
    assert json.loads(_run(db_url, "settings", "--json").stdout)["cohort_consent"] == "off"
    on = _run(db_url, "settings", "--set", "cohort_consent=on", "--json")
    assert json.loads(on.stdout)["cohort_consent"] == "on"
    short = _run(db_url, "cohort", "calibrate")
    assert short.returncode == 0 and "Not enough data to fit; nothing was fitted." in short.stdout
    assert "People who agreed: 1" in short.stdout
