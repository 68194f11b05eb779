"""The admin's cohort calibration page: its first load (the fit) against the next loads (the
fit kept while the data is unchanged), on 250 consenting people's 2,000 finished
applications in a fresh SQLite file. Prints a Markdown section; the figure is the ratio of
the first load to the median of the next three, measured in the same run."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PEOPLE = int(sys.argv[1]) if len(sys.argv) > 1 else 250


def main() -> int:
    from tests.support.accounts import PASSWORD, Signed
    from tests.support.cohort_seed import PER_USER, seed_user
    from tests.support.webclient import app_client

    from offerwatch.service import open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(f"sqlite:///{Path(tmp) / 'bench.db'}")
        ws.add_user("root", PASSWORD, is_admin=True)
        for i in range(PEOPLE):
            seed_user(ws, f"user{i}", i)
        with app_client(ws, accounts=True, run_jobs=False) as client:
            root = Signed(client, "root")
            times = []
            for _ in range(4):
                start = time.perf_counter()
                assert root.get("/admin/calibration").status_code == 200
                times.append(time.perf_counter() - start)
        ws.close()
    later = statistics.median(times[1:])
    print("## Cohort calibration page\n")
    print(f"{PEOPLE * PER_USER} finished applications of {PEOPLE} people: first load (fit) "
          f"{times[0]:.2f} s, next loads (fit kept) median {later:.2f} s: "
          f"**{times[0] / later:.0f}x**.")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
