"""How the stranger-mail relevance test (core/intake_relevance.py) splits job mail from the rest.

(a) Of every labelled job message (a non-empty label list) in the dev corpora, the intake
scenario's incoming job mail, the spent held-out sets (heldout-2026-11-29, heldout-2026-11-30,
heldout-r3) and the real mail of ../shared/eval (read in place, never copied): the share the
test keeps, with every miss named. (b) Of each everyday generator's non-job mail: the share
the test keeps, and the share import would act on (kept and detect() finds a signal).

Usage: python scripts/measure_relevance.py [--count N] [--words]   (prints Markdown)
"""

from __future__ import annotations

import argparse
import csv
import json
import mailbox
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from offerwatch.core.detection import detect
from offerwatch.core.intake import relevance_text
from offerwatch.core.intake_relevance import _STRONG, _WEAK, relevant
from offerwatch.mail.message import MailMessage, ParseError
from offerwatch.mail.parse import parse_message

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "tests" / "data"
REAL_MAIL = next(
    (p / "shared" / "eval" / "real-application-mail.csv" for p in HERE.parents
     if (p / "shared" / "eval" / "real-application-mail.csv").exists()),
    HERE.parent.parent / "shared" / "eval" / "real-application-mail.csv",
)  # fmt: skip
_SPACE = re.compile(r"\s+")
HELD = ("heldout-2026-11-29", "heldout-2026-11-30", "heldout-r3")


def _parse(data: bytes) -> MailMessage | None:
    try:
        return parse_message(data)
    except ParseError:
        return None


def labelled(folder: Path) -> Iterator[tuple[str, MailMessage]]:
    """(file, message) of every message of `folder` with a non-empty label list."""
    labels = json.loads((folder / "labels.json").read_text())
    for name, entry in sorted(labels.items()):
        kinds = entry.get("labels") if isinstance(entry, dict) else entry
        if not kinds or not (folder / name).exists():
            continue
        msg = _parse((folder / name).read_bytes())
        if msg is not None:
            yield name, msg


def scenario_names(folder: Path) -> frozenset[str]:
    """The company names and role titles of a scenario's applications (the user has them)."""
    from offerwatch.core.intake_relevance import search_names
    from offerwatch.core.mail_match import AppRef, MatchContext

    expected = json.loads((folder / "expected.json").read_text())
    apps = expected.get("applications", []) if isinstance(expected, dict) else []
    refs = {
        i: AppRef(i, i, str(a.get("company", "")), True, role=str(a.get("role", "")))
        for i, a in enumerate(apps) if isinstance(a, dict)
    }  # fmt: skip
    return search_names(MatchContext(apps=refs))


def scenario(folder: Path) -> Iterator[tuple[str, MailMessage]]:
    """Incoming messages of a scenario mailbox that a person files (or sends to review)."""
    expected = json.loads((folder / "expected.json").read_text())
    table = expected.get("messages", expected)
    if isinstance(table, list):
        table = {m.get("message_id"): m for m in table}
    box = mailbox.mbox(str(folder / "mailbox.mbox"), create=False)
    for key in box.iterkeys():
        msg = _parse(box.get_bytes(key))
        if msg is None or msg.message_id not in table:
            continue
        entry = table[msg.message_id]
        app = entry.get("expect", entry.get("application"))
        mine = entry.get("direction") == "out" or entry.get("mine") or entry.get("hers")
        if app and not mine:
            yield msg.message_id or "?", msg


def real() -> Iterator[tuple[str, MailMessage]]:
    """Every row of the real mail (all of it is mail about job applications)."""
    from datetime import UTC, datetime

    if not REAL_MAIL.exists():
        return
    csv.field_size_limit(sys.maxsize)
    with REAL_MAIL.open(newline="", encoding="utf-8") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            yield f"row {index}", MailMessage(
                message_id=None, in_reply_to=None, references=(), from_addr="x@hr.example",
                from_name=row["sender"].split("<")[0].strip(' "'), to_addrs=(), cc_addrs=(),
                date=datetime(2026, 3, 4, tzinfo=UTC), subject=row["subject"],
                body=row["email_body"],
            )  # fmt: skip


JobSet = tuple[str, list[tuple[str, MailMessage]], frozenset[str]]


def job_sets() -> list[JobSet]:
    """(name, messages, names of the user's applications) for each set of job mail."""
    none: frozenset[str] = frozenset()
    sets = [(name, list(labelled(DATA / name)), none) for name in ("mail-corpus", "mail-corpus-2")]
    folder = DATA / "intake-scenario"
    sets.append(("intake-scenario (incoming job mail)", list(scenario(folder)), none))
    for held in HELD:
        for part in ("en", "intl"):
            if (DATA / held / part / "labels.json").exists():
                sets.append((f"{held}/{part}", list(labelled(DATA / held / part)), none))
        folder = DATA / held / "scenario"
        if (folder / "expected.json").exists():
            sets.append((f"{held}/scenario", list(scenario(folder)), scenario_names(folder)))
    sets.append(("real mail (../shared/eval, every row)", list(real()), none))
    return sets


def everyday_sets(count: int) -> list[tuple[str, list[MailMessage]]]:
    """The non-job mail of each everyday generator (and mail.synth)."""
    sys.path.insert(0, str(HERE))
    import everyday_mail
    import gen_everyday_mailbox

    from offerwatch.mail import synth

    out: list[tuple[str, list[MailMessage]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for worst in (False, True):
            path = Path(tmp) / "box.mbox"
            n = count // 10 if worst else count
            manifest = gen_everyday_mailbox.generate(path, n, 0.0, 11, worst)
            jobs = {m["message_id"] for m in manifest if m["job"]}
            box = mailbox.mbox(str(path), create=False)
            msgs = [_parse(box.get_bytes(k)) for k in box.iterkeys()]
            out.append((
                f"gen_everyday_mailbox.py{' --worst' if worst else ''}",
                [m for m in msgs if m is not None and m.message_id not in jobs],
            ))  # fmt: skip
    msgs = [_parse(d) for job, d in everyday_mail.mailbox(count, 0.0, 13) if not job]
    out.append(("everyday_mail.py", [m for m in msgs if m is not None]))
    msgs = [_parse(d) for job, d in synth.mailbox(count, job_share=0.0, seed=12) if not job]
    out.append(("mail.synth", [m for m in msgs if m is not None]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--words", action="store_true", help="which words keep everyday mail")
    args = parser.parse_args()
    print("| job mail | messages | kept | share | detect() finds a signal (out of context) | "
          "of those kept | share |\n|---|---|---|---|---|---|---|")  # fmt: skip
    misses: list[str] = []
    sums = [0, 0, 0, 0]
    for name, items, names in job_sets():
        kept = fired = fired_kept = 0
        for key, msg in items:
            ok = relevant(relevance_text(msg), names) is not None
            fires = bool(detect(msg.subject, msg.body, msg.date, headers=msg.headers))
            kept += ok
            fired += fires
            fired_kept += fires and ok
            if not ok:
                misses.append(f"{name} {key}: {msg.subject[:70]!r}{' (signal)' if fires else ''}")
        row = [len(items), kept, fired, fired_kept]
        sums = [a + b for a, b in zip(sums, row, strict=True)]
        print(f"| {name} | {row[0]} | {kept} | {kept / max(1, row[0]):.3f} | {fired} | "
              f"{fired_kept} | {fired_kept / max(1, fired):.3f} |")  # fmt: skip
    print(f"| all | {sums[0]} | {sums[1]} | {sums[1] / max(1, sums[0]):.3f} | {sums[2]} | "
          f"{sums[3]} | {sums[3] / max(1, sums[2]):.3f} |\n")  # fmt: skip
    print("Missed:\n" + "\n".join(f"- {m}" for m in misses) + "\n")
    print("| everyday mail (no job mail) | messages | kept | share | acted on (kept and "
          "detect() finds a signal) | detect() alone |\n|---|---|---|---|---|---|")  # fmt: skip
    words: Counter[str] = Counter()
    for name, msgs in everyday_sets(args.count):
        kept = acted = fires = 0
        for msg in msgs:
            found = bool(detect(msg.subject, msg.body, msg.date, headers=msg.headers))
            fires += found
            text = relevance_text(msg)
            if relevant(text):
                kept += 1
                acted += found
                if args.words:
                    hit = _STRONG.search(text)
                    if hit:
                        words[f"{name}: strong {hit.group(0).lower()}"] += 1
                    else:
                        pair = sorted({m.group(0).lower() for m in _WEAK.finditer(text)})
                        words[f"{name}: weak {' + '.join(pair[:4])}"] += 1
        n = max(1, len(msgs))
        print(f"| {name} | {len(msgs)} | {kept} | {kept / n:.3f} | {acted / n:.3f} | "
              f"{fires / n:.3f} |")  # fmt: skip
    if args.words:
        print()
        for key, times in words.most_common(60):
            print(f"- {times} {_SPACE.sub(' ', key)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
