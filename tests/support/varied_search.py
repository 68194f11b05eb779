"""A varied search for tests that compare a shortcut with the full computation: every status,
applications moved back into play, interviews with people at every stage, every sign kind
(stated timelines with dates, offers, rejections), mail both ways, pending and dismissed."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from offerwatch.core.entities import ObservationSource, PersonRole, Stage, Status
from offerwatch.core.signals import SignalKind
from offerwatch.service import Workspace
from offerwatch.store import queries as q
from offerwatch.store import tables as t

NOW = datetime(2026, 3, 4, 12, tzinfo=UTC)


def populate(ws: Workspace, seed: int, apps: int = 60) -> None:
    """A varied search, drawn from `seed`."""
    rng = random.Random(seed)
    kinds = [k.value for k in SignalKind]
    with ws.write() as conn:
        for n in range(apps):
            created = NOW - timedelta(days=rng.randint(-5, 90), hours=rng.randint(0, 23))
            applied = created.date() if rng.random() < 0.8 else None
            app_id = q.insert_application(
                conn, ws.user_id, company=f"Company {n % 17}", role=f"Role {n}",
                status=Status.APPLIED, now=created, applied_on=applied,
                notes="some notes" if n % 3 else None,
            )  # fmt: skip
            app = q.get_application(conn, ws.user_id, app_id)
            assert app is not None
            people = [
                q.insert_person(
                    conn,
                    ws.user_id,
                    app,
                    name=f"Person {n}-{k}",
                    email=f"p{n}-{k}@c{n % 17}.example" if rng.random() < 0.8 else None,
                    role=rng.choice(list(PersonRole)),
                )
                for k in range(rng.randint(0, 3))
            ]
            interviews = []
            for _ in range(rng.randint(0, 3)):
                start = NOW - timedelta(days=rng.randint(-10, 60), hours=rng.randint(0, 9))
                end = start + timedelta(hours=1)
                interviews.append(
                    q.insert_interview(
                        conn,
                        ws.user_id,
                        app_id,
                        stage=rng.choice(list(Stage)),
                        start=start,
                        end=end,
                        actual_end=end - timedelta(minutes=rng.randint(0, 20))
                        if rng.random() < 0.3
                        else None,
                        notes="notes",
                        timeline_text=None,
                        timeline_date=(end + timedelta(days=rng.randint(1, 14))).date()
                        if rng.random() < 0.3
                        else None,
                        person_ids=rng.sample(people, rng.randint(0, len(people))),
                        now=start,
                    )
                )
            for _ in range(rng.randint(0, 8)):
                at = NOW - timedelta(days=rng.randint(-5, 60), minutes=rng.randint(0, 600))
                kind = rng.choice(kinds + ["timeline_stated"] * 4 + ["offer", "rejection"])
                q.insert_observation(
                    conn, ws.user_id, app_id, kind=kind, at=at,
                    source=rng.choice(list(ObservationSource)), evidence="seen",
                    interview_id=rng.choice(interviews) if interviews and rng.random() < 0.5
                    else None,
                    expected_by=(at + timedelta(days=rng.randint(1, 20))).date()
                    if kind == "timeline_stated" and rng.random() < 0.8 else None,
                    now=at,
                )  # fmt: skip
            for _ in range(rng.randint(0, 3)):  # moved on, or back into play
                q.update_status(
                    conn, ws.user_id, app_id, rng.choice(list(Status)),
                    NOW - timedelta(days=rng.randint(-3, 40)),
                )  # fmt: skip
            for m in range(rng.randint(0, 4)):
                out = rng.random() < 0.5
                conn.execute(
                    insert(t.messages).values(
                        user_id=ws.user_id,
                        application_id=app_id if rng.random() < 0.7 else None,
                        message_id=f"<{seed}-{n}-{m}@example>", direction="out" if out else "in",
                        from_addr="x@example", to_addrs=f"p{n}-0@c{n % 17}.example" if out else "",
                        date=NOW - timedelta(days=rng.randint(-3, 50), hours=rng.randint(0, 23)),
                        subject="Re", body="text",
                        review=rng.choice(["matched", "matched", "pending", "dismissed"]),
                        created_at=NOW,
                    )
                )  # fmt: skip
