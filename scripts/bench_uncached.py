"""The plan and the odds behind Today and the board, uncached, at the web benchmark's size.

2,000 applications, 1,000 interviews and 20,000 observations in SQLite (the data of
scripts/bench_web.py). Baseline, measured in the same run: loading the facts in full
(applications, interviews with people, observations: what `ws.agenda()` used to read),
as in scripts/bench_agenda.py. No web layer and no cache: `ws.agenda()` and `ws.scores()`
as the service computes them.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_web import APPS, NOW, OBSERVATIONS, populate

from offerwatch.service import open_workspace
from offerwatch.store import queries as q

RUNS = 11


def timed(func: Callable[[], object]) -> float:
    began = time.perf_counter()
    func()
    return time.perf_counter() - began


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="offerwatch-bench-uncached-"))
    url = f"sqlite:///{folder / 'bench.db'}"
    populate(url)
    clock = [NOW]
    ws = open_workspace(url, clock=lambda: clock[0])

    def facts() -> None:
        with ws.read() as conn:
            q.list_applications(conn, ws.user_id)
            q.interviews_of(conn, ws.user_id)
            q.observations_of(conn, ws.user_id)

    board = ws.board(per_column=12, closed_per_column=4)
    cards = [c.application.id for col in board.values() for c in col.cards
             if c.application.status.is_open]  # fmt: skip
    toggled = cards[0]

    def changed_agenda() -> None:
        """A status change, then the agenda (what Today does right after a change)."""
        status = ws.application(toggled).status.value
        ws.set_status(toggled, "screening" if status != "screening" else "interviewing")
        ws.agenda()

    def change_only() -> None:
        status = ws.application(toggled).status.value
        ws.set_status(toggled, "screening" if status != "screening" else "interviewing")

    first = timed(ws.agenda)
    names = ("base", "agenda", "full", "changed", "change", "cards", "all")
    samples: dict[str, list[float]] = {k: [] for k in names}
    for n in range(RUNS):
        clock[0] = NOW + timedelta(minutes=n)
        samples["base"].append(timed(facts))
        samples["agenda"].append(timed(ws.agenda))
        samples["full"].append(timed(ws.sync_actions))
        samples["change"].append(timed(change_only))
        samples["changed"].append(timed(changed_agenda))
        samples["cards"].append(timed(lambda: ws.scores(cards)))
        samples["all"].append(timed(ws.scores))
    ws.close()
    med = {k: statistics.median(v) for k, v in samples.items()}
    b = med["base"]
    print("## The plan and the odds, uncached, at the web benchmark's size\n")
    print(f"{APPS:,} applications, {OBSERVATIONS:,} observations, SQLite "
          f"(`scripts/bench_uncached.py`); median of {RUNS} interleaved runs against loading "
          "the facts in full (applications, interviews with people, observations).\n")  # fmt: skip
    print("| measure | ratio to baseline (loading the facts) |")
    print("|---|---|")
    print(f"| `ws.agenda()`, nothing changed | {med['agenda'] / b:.2f}x |")
    print(f"| `ws.sync_actions()` (derives in full), nothing changed | {med['full'] / b:.2f}x |")
    print(f"| a status change, then `ws.agenda()` | {med['changed'] / b:.2f}x |")
    print(f"| the status change alone | {med['change'] / b:.2f}x |")
    print(f"| first `ws.agenda()` (creates every action) | {first / b:.2f}x |")
    print(f"| `ws.scores()` of the board's {len(cards)} open cards | {med['cards'] / b:.2f}x |")
    print(f"| `ws.scores()` of all {APPS:,} applications | {med['all'] / b:.2f}x |")
    print(f"\n(baseline median {b * 1000:.0f} ms on this machine, for reference only; "
          f"`ws.agenda()` {med['agenda'] * 1000:.0f} ms)")  # fmt: skip


if __name__ == "__main__":
    main()
