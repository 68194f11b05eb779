"""How often detect() finds a signal in everyday mail that is not job mail, per label.

Reads an mbox written by scripts/gen_everyday_mailbox.py (or everyday_mail2.py) with its
--manifest (which messages are job mail), parses every message as import does and runs
detect() on the non-job ones, with the headers import passes.

    python scripts/everyday_fires.py MBOX MANIFEST [--show LABEL]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from offerwatch.core.detection import detect
from offerwatch.mail.message import ParseError
from offerwatch.mail.parse import parse_message
from offerwatch.mail.readers import read_mbox


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mbox", type=Path)
    ap.add_argument("manifest", type=Path)
    ap.add_argument("--show", help="print the evidence of this label (up to 15)")
    args = ap.parse_args()
    job = {row["message_id"]: row["job"] for row in json.loads(args.manifest.read_text())}
    everyday = fired = 0
    labels: Counter[str] = Counter()
    job_total = job_fired = 0
    shown = 0
    for raw in read_mbox(args.mbox, "fires"):
        try:
            msg = parse_message(raw.data, raw.fallback())
        except ParseError:
            continue
        found = detect(msg.subject, msg.body, msg.date, headers=msg.headers)
        if job.get(msg.message_id or "", False):
            job_total += 1
            job_fired += bool(found)
            continue
        everyday += 1
        fired += bool(found)
        labels.update(d.kind for d in found)
        for d in found:
            if args.show == d.kind and shown < 15:
                shown += 1
                print(f"  {msg.subject[:50]!r}: {d.evidence[:110]!r}")
    share = fired / everyday if everyday else 0.0
    print(f"everyday (non-job) messages: {everyday}; detect() fires on {fired} ({share:.1%})")
    print("by label:", ", ".join(f"{k} {v}" for k, v in labels.most_common()) or "none")
    print(f"job messages: {job_total}; detect() fires on {job_fired}")


if __name__ == "__main__":
    main()
