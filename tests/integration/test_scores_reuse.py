"""Scores stored in memory (service/_score_memo.py) are reused only while they are what scoring
again gives: Hypothesis draws a varied search and a story of writes (signs, interviews, status
moves, mail) and time moving on (minutes to days, sometimes back); after every step the scores
asked for are compared with those of a second workspace on the same database that stores
nothing (its memory dropped before each call)."""

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
from offerwatch.service import Workspace, open_workspace, score_memo
from offerwatch.store import tables as t


def _write(ws: Workspace, rng: random.Random, now: object, n: int) -> None:
    apps = [a.id for a in ws.list_applications()]
    when = now + timedelta(hours=rng.randint(-72, 72))  # type: ignore[operator]
    choice = rng.randrange(4)
    if choice == 0:
        stage = rng.choice([Stage.FINAL, Stage.INTERVIEW, Stage.FOLLOW_UP])
        ws.add_interview(rng.choice(apps), stage=stage, start=when, end=when + timedelta(hours=1))
    elif choice == 1:
        ws.set_status(rng.choice(apps), rng.choice(list(Status)))
    elif choice == 2:
        kind = rng.choice(["timeline_stated", "offer", "rejection", "salary_discussed"])
        expected = (when + timedelta(days=rng.randint(1, 10))).date()
        ws.add_signal(rng.choice(apps), kind, at=min(when, now),  # type: ignore[type-var]
                      expected=expected if kind == "timeline_stated" else None)  # fmt: skip
    else:
        with ws.write() as conn:
            conn.execute(insert(t.messages).values(
                user_id=ws.user_id, application_id=rng.choice(apps),
                message_id=f"<s-{n}@example>", direction=rng.choice(["in", "out"]),
                from_addr="x@example", to_addrs="x@example", date=min(when, now),  # type: ignore[type-var]
                subject="Thank you", body="thanks", created_at=now,
            ))  # fmt: skip


@settings(max_examples=8, deadline=None)
@given(seed=st.integers(0, 100_000), steps=st.integers(10, 30))
def test_reused_scores_are_always_fresh_scores(seed: int, steps: int) -> None:
    rng = random.Random(seed)
    clock = [NOW]
    with tempfile.TemporaryDirectory() as folder:
        url = migrated_sqlite(f"sqlite:///{Path(folder) / 's.db'}")
        ws = open_workspace(url, clock=lambda: clock[0])
        fresh = open_workspace(url, clock=lambda: clock[0])
        try:
            populate(ws, seed, apps=15)
            ws.agenda()  # the facts version exists from the first derivation of the plan
            open_ids = [a.id for a in ws.list_applications() if a.status.is_open]
            every = [a.id for a in ws.list_applications()]
            for n in range(steps):
                if rng.random() < 0.3:
                    _write(ws, rng, clock[0], n)
                step = rng.choice([0, 0, 1, 30, 60 * 7, 60 * 30, 60 * 24 * 3, -90])
                clock[0] += timedelta(minutes=step)
                for ids in (open_ids, every, None):
                    got = ws.scores(ids)
                    score_memo.forget(fresh._reader)
                    assert got == fresh.scores(ids), (n, ids)
            # Time standing still with no write: the stored scores are what is shown.
            assert ws.scores(open_ids) == ws.scores(open_ids)
            first, second = ws.scores(open_ids), ws.scores(open_ids)
            assert all(first[i] is second[i] for i in first)
        finally:
            ws.close()
            fresh.close()
