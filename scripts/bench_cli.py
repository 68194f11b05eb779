"""CLI start-up: `offerwatch --help` against `python -c pass`, interleaved, same run."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 30


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    baseline_cmd = [sys.executable, "-c", "pass"]
    help_cmd = [sys.executable, "-m", "offerwatch", "--help"]
    group_cmd = [sys.executable, "-m", "offerwatch", "app", "--help"]
    cmds = (baseline_cmd, help_cmd, group_cmd)
    for cmd in cmds:  # warm the file cache
        timed(cmd)
    samples: list[list[float]] = [[], [], []]
    for _ in range(RUNS):
        for i, cmd in enumerate(cmds):
            samples[i].append(timed(cmd))
    b, h, g = (statistics.median(s) for s in samples)
    print("## CLI start-up\n")
    print(f"Against `python -c pass`, median of {RUNS} interleaved runs each.\n")
    print("| measure | ratio to baseline | target |")
    print("|---|---|---|")
    print(f"| `offerwatch --help` | {h / b:.2f}x | 4x or less |")
    print(f"| `offerwatch app --help` (through click) | {g / b:.2f}x | none |")
    print(f"\n(baseline median {b * 1000:.1f} ms on this machine, for reference only)")


if __name__ == "__main__":
    main()
