"""The commands typed every day: `offerwatch agenda` and `offerwatch app list` on a fresh
one-application database, against importing the stack they need (`python -c "import
sqlalchemy, click, rich.table"`), paired runs in the same process, the ratio taken pair by
pair. Both where the output goes: a pipe (tab-separated rows) and a terminal (a pseudo-
terminal: Rich draws the table).

    python scripts/bench_everyday.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import pty
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

FLOOR = [sys.executable, "-c", "import sqlalchemy, click, rich.table"]
COMMANDS = {
    "`offerwatch agenda`": [sys.executable, "-m", "offerwatch", "agenda"],
    "`offerwatch app list`": [sys.executable, "-m", "offerwatch", "app", "list"],
}
TARGET = "1.3x or less"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: Sequence[str], env: dict[str, str], terminal: bool) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run, its output read and thrown away."""
    cpu, wall = _children_cpu(), time.perf_counter()
    if terminal:
        leader, follower = pty.openpty()
        try:
            proc = subprocess.run(cmd, env=env, stdout=follower, stderr=subprocess.DEVNULL)
        finally:
            os.close(follower)
            os.close(leader)  # what was drawn is not needed; the table is small
    else:
        proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    return _children_cpu() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        # Compiled bytecode, as an installed package has it (a sandbox may turn writing off).
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(OFFERWATCH_HOME=home, COLUMNS="100")
        env.pop("OFFERWATCH_DB", None)
        add = [sys.executable, "-m", "offerwatch", "app", "add", "--company", "Acme", "--role",
               "Data Engineer"]  # fmt: skip
        subprocess.run(add, env=env, check=True, stdout=subprocess.DEVNULL)
        assert (Path(home) / "offerwatch.db").exists()
        rows = []
        for label, cmd in COMMANDS.items():
            for terminal in (False, True):
                for _ in range(2):  # warm-up: file cache, bytecode, the stored plan
                    timed(cmd, env, terminal)
                    timed(FLOOR, env, terminal)
                cpu_ratios, wall_ratios = [], []
                for _ in range(args.runs):
                    floor_cpu, floor_wall = timed(FLOOR, env, terminal)
                    cmd_cpu, cmd_wall = timed(cmd, env, terminal)
                    cpu_ratios.append(cmd_cpu / floor_cpu)
                    wall_ratios.append(cmd_wall / floor_wall)
                rows.append(
                    (label, "terminal" if terminal else "pipe",
                     statistics.median(cpu_ratios), statistics.median(wall_ratios),
                     min(cpu_ratios), max(cpu_ratios))
                )  # fmt: skip
    print("## Everyday commands\n")
    print(
        f"One-application SQLite database; median of {args.runs} pairs (the floor, then the "
        "command), ratio per pair. CPU is user + system time of the process.\n"
    )
    print("| command | output to | CPU ratio to the floor | wall ratio | CPU spread | target |")
    print("|---|---|---|---|---|---|")
    for label, where, cpu, wall, low, high in rows:
        print(f"| {label} | {where} | {cpu:.2f}x | {wall:.2f}x | {low:.2f}-{high:.2f} | {TARGET} |")
    print('\n(floor: `python -c "import sqlalchemy, click, rich.table"`, same output and run)')


if __name__ == "__main__":
    main()
