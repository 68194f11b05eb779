"""The agenda reuses the stored actions when nothing was written since they were derived and
the plan holds by itself (store/plan_stamps.py, core.planner.stable_until): it must never show
anything but what deriving in full would.

Hypothesis draws a story: applications, interviews (final rounds ahead or behind, people met),
signs (stated timelines, offers, rejections), mail, status changes, actions marked done,
dismissed or snoozed, settings changed, and time moving on, across weeks and interview starts.
After every step the agenda (reused or not) is compared with a derivation in full at the same
moment, which must then find nothing to change.
"""

from __future__ import annotations

import random
import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import insert
from tests.support.templates import migrated_sqlite
from tests.support.varied_search import NOW, populate

from offerwatch.core.entities import Stage, Status
from offerwatch.service import Workspace, open_workspace
from offerwatch.store import tables as t


def _step(ws: Workspace, rng: random.Random, now: object, n: int) -> None:
    """One thing the user (or the mail) does."""
    apps = [a.id for a in ws.list_applications()]
    choice = rng.randrange(9)
    when = now + timedelta(hours=rng.randint(-72, 72))  # type: ignore[operator]
    if choice == 0 or not apps:
        ws.add_application(f"New {n}", "Engineer", status=rng.choice(list(Status)))
    elif choice == 1:
        stage = rng.choice([Stage.FINAL, Stage.FINAL, Stage.INTERVIEW, Stage.FOLLOW_UP])
        ws.add_interview(
            rng.choice(apps), stage=stage, start=when, end=when + timedelta(hours=1),
            with_=[f"met{n}@x.example", f"Person {n}"][: rng.randint(0, 2)],
        )  # fmt: skip
    elif choice == 2:
        ws.set_status(rng.choice(apps), rng.choice(list(Status)))
    elif choice == 3:
        kind = rng.choice(["timeline_stated", "offer", "rejection", "salary_discussed"])
        expected = (when + timedelta(days=rng.randint(1, 10))).date()
        ws.add_signal(rng.choice(apps), kind, at=min(when, now),  # type: ignore[type-var]
                      expected=expected if kind == "timeline_stated" else None)  # fmt: skip
    elif choice in (4, 5):
        actions = ws.open_actions(now)  # type: ignore[arg-type]
        if actions:
            action = rng.choice(actions)
            if choice == 4:
                ws.mark_done(action.id)
            elif rng.random() < 0.5:
                ws.dismiss(action.id)
            else:
                ws.snooze(action.id, now + timedelta(days=2))  # type: ignore[operator]
    elif choice == 6:
        with ws.write() as conn:
            out = rng.random() < 0.5
            conn.execute(insert(t.messages).values(
                user_id=ws.user_id, application_id=rng.choice(apps),
                message_id=f"<story-{n}@example>", direction="out" if out else "in",
                from_addr="x@example", to_addrs=f"met{rng.randint(0, n)}@x.example",
                date=min(when, now), subject="Thank you", body="thanks", created_at=now,
            ))  # type: ignore[type-var]  # fmt: skip
    elif choice == 7:
        ws.set_setting("weekly_target", str(rng.randint(0, 6)))
    else:
        ws.set_setting("timezone", rng.choice(["Europe/Berlin", "America/New_York", "UTC"]))


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(0, 100_000), steps=st.integers(5, 25))
def test_a_reused_agenda_is_always_what_deriving_in_full_gives(seed: int, steps: int) -> None:
    rng = random.Random(seed)
    clock = [NOW]
    with tempfile.TemporaryDirectory() as folder:
        url = migrated_sqlite(f"sqlite:///{Path(folder) / 's.db'}")
        ws = open_workspace(url, clock=lambda: clock[0])
        try:
            populate(ws, seed, apps=12)
            ws.agenda()
            for n in range(steps):
                if rng.random() < 0.5:
                    _step(ws, rng, clock[0], n)
                # Time moves on: minutes, hours, or days (past final rounds and week ends).
                clock[0] += timedelta(minutes=rng.choice([0, 1, 30, 60 * 7, 60 * 30, 60 * 80]))
                seen = ws.agenda()
                full = ws.sync_actions()
                assert (full.created, full.updated, full.obsoleted) == (0, 0, 0), n
                assert ws.agenda() == seen, n
        finally:
            ws.close()
