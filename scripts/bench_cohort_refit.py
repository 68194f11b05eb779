"""The cohort fit after a write it does not learn from, on PostgreSQL: 50 consenting people
with 8 finished applications each; one of them adds an open application with an interview
and a sign (their facts version changes, not one finished application). Before, the page
fitted again (`cohort_fit`); now it reads the examples and keeps the fit (`kept_cohort_fit`).
Both are timed in the same run, alternately; the figure is the ratio of the medians.

Usage: scripts/bench_cohort_refit.py [POSTGRES_URL] [PEOPLE]  (no URL: a PostgreSQL is
started from the machine's binaries, as the test suite does, and removed after)."""

from __future__ import annotations

import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ROUNDS = 5


def _unrelated_write(ws: Any, n: int) -> None:
    """An open application with a final interview and a sign: nothing the fit learns from."""
    from tests.support.cohort_seed import START

    start = START + timedelta(days=60 + n)
    app_id = ws.add_application(f"Open Corp {n}", "Data Engineer")
    ws.add_interview(app_id, stage="final", start=start, end=start + timedelta(hours=1))
    ws.add_signal(app_id, "notice_period_asked", at=start + timedelta(hours=2))


def run(url: str, people: int) -> None:
    from tests.support.cohort_seed import PER_USER, seed_user

    from offerwatch.service import open_workspace

    root = open_workspace(url)
    ids = [seed_user(root, f"user{i}", i) for i in range(people)]
    writer: Any = root.for_user(ids[0])
    kept = root.kept_cohort_fit(None)
    before, after = [], []
    for n in range(ROUNDS):
        _unrelated_write(writer, 2 * n)
        start = time.perf_counter()
        root.cohort_data_version()  # what the page did: the version changed, so fit again
        fitted = root.cohort_fit()
        before.append(time.perf_counter() - start)
        _unrelated_write(writer, 2 * n + 1)
        start = time.perf_counter()
        now = root.kept_cohort_fit(kept)
        after.append(time.perf_counter() - start)
        assert now.fit is kept.fit and fitted == kept.fit
        kept = now
    root.close()
    old, new = statistics.median(before), statistics.median(after)
    print("## Cohort fit after a write it does not learn from (PostgreSQL)\n")
    print(f"{people * PER_USER} finished applications of {people} people, {ROUNDS} rounds: "
          f"fitted again (before) median {old:.2f} s, examples compared and fit kept (now) "
          f"median {new:.2f} s: **{old / new:.1f}x**.")  # fmt: skip


def main() -> int:
    people = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    if len(sys.argv) > 1 and sys.argv[1] != "-":
        run(sys.argv[1], people)
        return 0
    from tests.support.postgres import start
    from tests.support.templates import migrated_postgres

    server = start()
    try:
        run(migrated_postgres(server), people)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
