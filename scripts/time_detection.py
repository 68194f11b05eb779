"""Time detect() per message on both corpora, against another checkout's detect() in the same run.

    .venv/bin/python scripts/time_detection.py [--baseline PATH_TO_OTHER_SRC] [--rounds N]

Runs each implementation in its own interpreter, alternately, over the same messages (read
once as .eml, parsed outside the timed loop) and prints the median milliseconds per message
and the ratio new/baseline. Figures are ratios measured in one run, not absolute promises.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_WORKER = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from offerwatch.core.detection import detect
from offerwatch.core.detection.evaluation import read_eml
mails = []
for folder in ("mail-corpus", "mail-corpus-2"):
    for p in sorted(Path(sys.argv[2], folder).glob("*.eml")):
        mails.append(read_eml(p.read_bytes()))
for m in mails[:20]:
    detect(m.subject, m.body, m.sent)
start = time.perf_counter()
for m in mails:
    detect(m.subject, m.body, m.sent)
print(json.dumps({"ms": (time.perf_counter() - start) * 1000 / len(mails), "n": len(mails)}))
"""


def _run(src: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _WORKER, str(src), str(ROOT / "tests" / "data")],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="src/ of the other checkout")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    new, old = [], []
    for _ in range(args.rounds):
        old.append(_run(args.baseline)["ms"])
        new.append(_run(ROOT / "src")["ms"])
    n = int(_run(ROOT / "src")["n"])
    o, m = statistics.median(old), statistics.median(new)
    print(f"{n} messages, median of {args.rounds} rounds")
    print(f"baseline {o:.2f} ms/message, this checkout {m:.2f} ms/message, ratio {m / o:.2f}")


if __name__ == "__main__":
    main()
