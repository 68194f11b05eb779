"""Creating the same company from many threads at once (as several workers do) gives one
company and no error, on SQLite and on PostgreSQL."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from offerwatch.service import Workspace

THREADS = 12


def test_concurrent_creates_of_one_company_share_it(any_ws: Workspace) -> None:
    for round_ in range(3):  # a few rounds: the race window is small
        name = f"Newco {round_}"
        barrier = threading.Barrier(THREADS)

        def create(i: int, name: str = name, barrier: threading.Barrier = barrier) -> int:
            barrier.wait()
            return any_ws.add_application(name, f"Role {i}")

        with ThreadPoolExecutor(THREADS) as pool:
            ids = list(pool.map(create, range(THREADS)))
        apps = [any_ws.application(a) for a in ids]
        assert len(set(ids)) == THREADS
        assert len({a.company_id for a in apps}) == 1
        assert {a.company for a in apps} == {name}
