"""The reminder runner of `offerwatch serve`: every minute, in a thread of its own (never on
the event loop), the due reminders of every account that has a channel go out."""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from offerwatch.service import Workspace


class ReminderRunner(threading.Thread):
    """Runs `run_reminders_for_everyone` now and then every `every` seconds until stopped.

    A failing run (the database busy, a receiver down) is reported on stderr in one line
    and the next run tries again; the sent log keeps what already went out."""

    def __init__(self, ws: Workspace, web_url: str, every: float = 60.0) -> None:
        super().__init__(name="offerwatch-reminders", daemon=True)
        self.ws = ws
        self.web_url = web_url
        self.every = every
        self.runs = 0
        self._stop = threading.Event()

    def run(self) -> None:
        while not self._stop.is_set():
            self.run_once()
            self._stop.wait(self.every)

    def run_once(self) -> None:
        try:
            reports = self.ws.run_reminders_for_everyone(web_url=self.web_url)
        except Exception as exc:  # the server keeps serving; the next run tries again
            first = (str(exc).splitlines() or [type(exc).__name__])[0]
            print(f"offerwatch: reminders: {type(exc).__name__}: {first}", file=sys.stderr)
        else:
            for report in reports.values():
                for d in report.deliveries:
                    if not d.ok:
                        print(f"offerwatch: reminder on channel {d.channel_id} failed: "
                              f"{d.error}", file=sys.stderr)  # fmt: skip
        self.runs += 1

    def stop(self) -> None:
        self._stop.set()
