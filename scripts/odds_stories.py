"""Re-run issue 10's stories through the real CLI: `offerwatch score --json --now ...`.

Each story is entered with `offerwatch app add / interview add / signal add` into a fresh
SQLite database, then scored at the moments the issue names. Prints one line per moment:
probability, plausible range, and the words. Run it against any checkout to compare:

    .venv/bin/python scripts/odds_stories.py            # this checkout
    PYTHONPATH=/tmp/base/src .venv/bin/python scripts/odds_stories.py   # another one
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

T0 = datetime(2026, 3, 3, 10, 0)  # a Tuesday
SIX = ["positive_body_language", "attentive_interviewer", "personal_interest",
       "next_steps_reviewed", "met_other_employees", "salary_discussed"]  # fmt: skip


def stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M+00:00")


class Story:
    """One application in its own database, driven through the CLI."""

    def __init__(self, root: Path, name: str) -> None:
        self.db = f"sqlite:///{root / (name + '.db')}"
        self.name = name
        out = self.run("app", "add", "--company", "Acme", "--role", name, "--status",
                       "interviewing", "--applied", "2026-02-20", "--json")  # fmt: skip
        self.app = str(out["id"])

    def run(self, *args: str) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-m", "offerwatch", "--db", self.db, *args],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return json.loads(done.stdout) if "--json" in args else {}

    def interview(self, stage: str, start: datetime, minutes: int, actual: int,
                  timeline: str | None = None) -> str:  # fmt: skip
        extra = ["--timeline-date", timeline] if timeline else []
        out = self.run("interview", "add", self.app, "--stage", stage, "--start", stamp(start),
                       "--end", stamp(start + timedelta(minutes=minutes)), "--actual-end",
                       stamp(start + timedelta(minutes=actual)), *extra, "--json")  # fmt: skip
        return str(out["id"])

    def sign(self, kind: str, at: datetime, interview: str | None = None) -> None:
        where = ["--interview", interview] if interview else []
        self.run("signal", "add", self.app, kind, "--at", stamp(at), *where)

    def score(self, label: str, at: datetime) -> None:
        out = self.run("score", self.app, "--json", "--now", stamp(at))
        low, high = out["range"]  # type: ignore[misc]
        words = out.get("summary", "")
        print(f"  {label:<44} {out['probability']:>4.0%} [{low:.0%}-{high:.0%}]  {words}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        end = T0 + timedelta(minutes=85)
        print("1. strong final: ran 25 min over, six signs, quick reply, references, notice")
        s = Story(root, "strong")
        iv = s.interview("final", T0, 60, 85)
        for kind in SIX:
            s.sign(kind, T0 + timedelta(minutes=30), iv)
        s.score("after the interview", end + timedelta(hours=2))
        s.sign("thank_you_quick_reply", end + timedelta(days=1))
        s.score("quick reply to the thank-you", end + timedelta(days=1, hours=1))
        s.sign("references_requested", end + timedelta(days=2))
        s.score("references requested", end + timedelta(days=2, hours=1))
        s.sign("references_contacted", end + timedelta(days=4))
        s.score("references contacted", end + timedelta(days=4, hours=1))
        s.sign("notice_period_asked", end + timedelta(days=5))
        s.score("notice period asked", end + timedelta(days=5, hours=1))
        s.score("then 3 weeks of silence", end + timedelta(days=26))
        print("2. a first interview (not final), six mild signs, ran over")
        s = Story(root, "first")
        iv = s.interview("interview", T0, 60, 85)
        for kind in SIX:
            s.sign(kind, T0 + timedelta(minutes=30), iv)
        s.score("the day after", end + timedelta(days=1))
        print("3. a phone screen that ended early, then two months of silence")
        s = Story(root, "screen")
        s.interview("phone_screen", T0, 30, 15)
        for days in (1, 14, 30, 60):
            s.score(f"{days} days later", T0 + timedelta(days=days))
        print("4. references contacted at a first interview, then two months of silence")
        s = Story(root, "refs")
        s.interview("interview", T0, 60, 60)
        s.sign("references_contacted", T0 + timedelta(days=2))
        s.score("references contacted", T0 + timedelta(days=2, hours=1))
        s.score("two months later", T0 + timedelta(days=62))
        print("5. a final with a stated week, then three weeks past it")
        s = Story(root, "stated")
        s.interview("final", T0, 60, 60, timeline="2026-03-10")
        s.score("the day after the stated date", datetime(2026, 3, 11, 12))
        s.score("three weeks past it", datetime(2026, 3, 31, 12))


if __name__ == "__main__":
    main()
