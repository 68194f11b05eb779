"""The agenda re-derives the plan on every read: its cost against reading the facts alone.

A realistic heavy user (200 applications, 400 interviews with 2-3 people each, 1,000 mails)
on SQLite. Baseline: the queries that load the facts the planner needs (applications,
interviews with people, signals), measured in the same run.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from offerwatch.service import Workspace, open_workspace
from offerwatch.store import queries as q
from offerwatch.store import tables as t

APPS, INTERVIEWS_PER_APP, MAILS = 200, 2, 1000
RUNS = 15
NOW = datetime(2026, 3, 4, 12, tzinfo=UTC)


def seed(ws: Workspace) -> None:
    base = NOW - timedelta(days=60)
    for n in range(APPS):
        app_id = ws.add_application(f"Company {n}", "Data Engineer")
        ws.add_person(app_id, f"Recruiter {n}", role="recruiter", email=f"r{n}@c{n}.example")
        for k in range(INTERVIEWS_PER_APP):
            start = base + timedelta(days=(n % 50) + 7 * k, hours=9)
            ws.add_interview(
                app_id, stage="final" if k else "interview", start=start,
                end=start + timedelta(hours=1), notes="Discussed the data platform",
                with_=[f"a{n}@c{n}.example", f"b{n}@c{n}.example", f"Person {n}-{k}"][: 2 + k],
            )  # fmt: skip
    with ws.write() as conn:
        for m in range(MAILS):
            conn.execute(
                insert(t.messages).values(
                    user_id=ws.user_id, application_id=1 + m % APPS, message_id=f"<{m}@x>",
                    direction="in" if m % 3 else "out", from_addr="x@example",
                    to_addrs=f"a{m % APPS}@c{m % APPS}.example",
                    date=base + timedelta(hours=m), subject="Re", body="text " * 200,
                    created_at=NOW,
                )
            )  # fmt: skip


def timed(fn: object) -> float:
    start = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    ws = open_workspace(f"sqlite:///{folder / 'bench.db'}", clock=lambda: NOW)
    seed(ws)

    def facts() -> None:
        with ws.read() as conn:
            q.list_applications(conn, ws.user_id)
            q.interviews_of(conn, ws.user_id)
            q.observations_of(conn, ws.user_id)

    first = timed(ws.agenda)
    facts()
    base: list[float] = []
    agenda: list[float] = []
    for _ in range(RUNS):
        base.append(timed(facts))
        agenda.append(timed(ws.agenda))
    b, a = statistics.median(base), statistics.median(agenda)
    actions = len(ws.open_actions())
    print("## Agenda re-derivation\n")
    print(f"{APPS} applications, {APPS * INTERVIEWS_PER_APP} interviews, {MAILS} mails, "
          f"{actions} open actions, SQLite; median of {RUNS} interleaved runs.\n")  # fmt: skip
    print("| measure | ratio to baseline (loading the facts) | target |")
    print("|---|---|---|")
    print(f"| `ws.agenda()`, nothing changed | {a / b:.2f}x | 5x or less |")
    print(f"| first `ws.agenda()` (creates every action) | {first / b:.2f}x | none |")
    print(f"\n(baseline median {b * 1000:.1f} ms on this machine, for reference only)")
    ws.close()


if __name__ == "__main__":
    sys.exit(main())
