"""Scoring: `ws.scores()` for every application against one `ws.score()` call per application,
and against `ws.list_applications()` alone (the cheapest read of the same rows)."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from offerwatch.service import Workspace, open_workspace

APPS = 200
RUNS = 5
NOW = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
KINDS = ["positive_body_language", "attentive_interviewer", "notice_period_asked",
         "references_requested", "salary_discussed"]  # fmt: skip


def populate(ws: Workspace) -> None:
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    for n in range(APPS):
        app_id = ws.add_application(f"Company {n}", "Engineer", applied_on=start.date())
        for k, stage in enumerate(("phone_screen", "interview", "final")):
            at = start + timedelta(days=3 * k + n % 7)
            end = at + timedelta(hours=1)
            actual = at + timedelta(minutes=50 + 10 * (n % 4))
            iid = ws.add_interview(app_id, stage=stage, start=at, end=end, actual_end=actual)
            ws.add_signal(app_id, KINDS[(n + k) % len(KINDS)], interview_id=iid, at=at)


def timed(func: Callable[[], object]) -> float:
    began = time.perf_counter()
    func()
    return time.perf_counter() - began


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(f"sqlite:///{Path(tmp) / 'bench.db'}", clock=lambda: NOW)
        populate(ws)
        ids = [a.id for a in ws.list_applications()]

        def batch() -> object:
            return ws.scores(now=NOW)

        def one_by_one() -> object:
            return [ws.score(i, now=NOW) for i in ids]

        def baseline() -> object:
            return ws.list_applications()

        samples: dict[str, list[float]] = {"base": [], "batch": [], "loop": []}
        for func in (baseline, batch, one_by_one):
            func()  # warm up
        for _ in range(RUNS):
            samples["base"].append(timed(baseline))
            samples["batch"].append(timed(batch))
            samples["loop"].append(timed(one_by_one))
        ws.close()
    base, bat, loop = (statistics.median(samples[k]) for k in ("base", "batch", "loop"))
    print("## Scoring\n")
    print(f"{APPS} applications, 3 interviews and 3 signs each, SQLite; median of {RUNS} runs.\n")
    print("| measure | ratio | target |")
    print("|---|---|---|")
    print(f"| `ws.scores()` (all) against `ws.list_applications()` | {bat / base:.1f}x | none |")
    print(f"| one `ws.score(id)` per application against `ws.scores()` | {loop / bat:.1f}x "
          "| batch faster |")  # fmt: skip
    print(f"\n(`ws.scores()` median {bat * 1000:.0f} ms for {APPS}, for reference only)")


if __name__ == "__main__":
    main()
