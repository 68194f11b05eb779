"""A seeded cohort for cohort calibration tests: people whose finished applications had the
notice-period question mostly exactly where an offer followed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from offerwatch.service import Workspace

PASSWORD = "correct horse battery"
START = datetime(2026, 1, 12, 10, 0, tzinfo=UTC)
PER_USER = 8
NOISE = 0  # every NOISE-th application the sign misleads (0: never)


def finished(ws: Any, company: str, n: int, *, asked: bool, won: bool) -> int:
    """One application with a final interview, the sign or not, and its outcome."""
    start = START + timedelta(days=n)
    app_id = int(ws.add_application(company, "Data Engineer", applied_on=start.date()))
    ws.add_interview(app_id, stage="final", start=start, end=start + timedelta(hours=1))
    if asked:
        ws.add_signal(app_id, "notice_period_asked", at=start + timedelta(days=1))
    ws.record_outcome(app_id, "offer" if won else "rejection", at=start + timedelta(days=4))
    return app_id


def seed_user(root: Workspace, name: str, index: int, *, consent: bool = True) -> int:
    """A user with PER_USER finished applications at companies named after them."""
    user_id = root.add_user(name, PASSWORD)
    ws: Any = root.for_user(user_id)
    for n in range(PER_USER):
        asked = n % 2 == 0
        noisy = (n + index) % NOISE == 0 if NOISE else False  # now and then the sign misleads
        finished(ws, f"{name.title()} Corp {n}", n, asked=asked, won=asked != noisy)
    if consent:
        ws.set_cohort_consent(True)
    return user_id


def seed_cohort(root: Workspace, people: int = 6) -> dict[str, int]:
    """`people` consenting users with finished applications; returns their ids by name."""
    names = ["ana", "bo", "cy", "dee", "eli", "fay", "gus", "hal"][:people]
    return {name: seed_user(root, name, i) for i, name in enumerate(names)}
