"""Run every benchmark (scripts/bench_*.py) in turn; each prints its own Markdown section.

Figures are ratios against a baseline measured in the same run: the machines are shared and
noisy, so absolute times mean little. Copy the latest output into docs/benchmarks.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    failures = 0
    for script in sorted(Path(__file__).parent.glob("bench_*.py")):
        print(f"\n<!-- {script.name} -->", flush=True)
        proc = subprocess.run([sys.executable, str(script)], check=False)
        if proc.returncode != 0:
            print(f"{script.name} failed with exit code {proc.returncode}", file=sys.stderr)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
