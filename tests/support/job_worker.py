"""A job loop alone in a process, as in one worker of `offerwatch serve`, for the tests that
stop or kill it: `python -m tests.support.job_worker DB_URL LEASE_SECONDS`. It prints its
worker name, then runs jobs until SIGTERM."""

from __future__ import annotations

import signal
import sys
import threading

from offerwatch.service import open_workspace
from offerwatch.web.jobs import JobWorker


def main() -> None:
    url, lease = sys.argv[1], float(sys.argv[2])
    ws = open_workspace(url)
    worker = JobWorker(lambda: ws, lease=lease, poll=0.2)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    print(worker.name, flush=True)
    worker.start()
    while not stopped.wait(0.1):
        pass
    worker.stop(10.0)
    ws.close()


if __name__ == "__main__":
    main()
