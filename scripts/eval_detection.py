"""Print how well detect() finds the mail signals: per label precision/recall/F1, macro F1.

Three sets: our own corpus (tests/data/mail-corpus, "dev" files that the rules were tuned
on, "test" files written afterwards and never tuned on), and the real application mail in
../shared/eval/real-application-mail.csv (read at run time, never copied into the repo),
labelled by row index in tests/data/real-mail-labels.json. Also the share of detected
timelines whose date is exactly right.

    .venv/bin/python scripts/eval_detection.py [--misses dev|real] [--no-context]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from offerwatch.core.detection import KINDS, Detection, detect
from offerwatch.core.detection.evaluation import Gold, Report, parse_gold, read_eml, score

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "mail-corpus"
CORPUS2 = ROOT / "tests" / "data" / "mail-corpus-2"
# The shared data sit beside the main checkout (/work/shared), also seen from a worktree.
REAL_CSV = next(
    (
        p / "shared" / "eval" / "real-application-mail.csv"
        for p in (ROOT.parent, ROOT.parent.parent)
        if (p / "shared" / "eval" / "real-application-mail.csv").exists()
    ),
    ROOT.parent / "shared" / "eval" / "real-application-mail.csv",
)
REAL_LABELS = ROOT / "tests" / "data" / "real-mail-labels.json"
# The corpora and the real mail are mail of the candidate's applications: import reads them
# in job context (thread, person or company domain known) unless --no-context.
CONTEXT = [True]
CANDIDATE = "ana.lopez@example.net"  # the corpus owner: her own sent mail is skipped


def corpus(
    split: str, folder: Path = CORPUS, group: str = ""
) -> Iterator[tuple[str, Sequence[Gold], Sequence[Detection]]]:
    """(file, gold, predicted) for each corpus message of `split`, as the caller would run it."""
    labels = json.loads((folder / "labels.json").read_text())
    for name in sorted(labels):
        if not name.startswith(f"{split}-{group}"):
            continue
        mail = read_eml((folder / name).read_bytes())
        predicted = (
            []
            if mail.sender == CANDIDATE
            else detect(
                mail.subject, mail.body, mail.sent, headers=mail.headers, job_context=CONTEXT[0]
            )
        )
        yield name, parse_gold(labels[name]), predicted


def real() -> Iterator[tuple[str, Sequence[Gold], Sequence[Detection]]]:
    """(row, gold, predicted) for each labelled row of the real mail."""
    labels = json.loads(REAL_LABELS.read_text())["labels"]
    csv.field_size_limit(sys.maxsize)
    with REAL_CSV.open(newline="", encoding="utf-8") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            if str(index) not in labels:
                continue
            sent = datetime.fromisoformat(row["parsed_datetime"]).replace(tzinfo=UTC)
            predicted = detect(row["subject"], row["email_body"], sent, job_context=CONTEXT[0])
            yield f"row {index}", parse_gold(labels[str(index)]), predicted


_OTHER = re.compile(r"-(?:lang|fresh)-")
_FRESH_OTHER = re.compile(r"-fr1-(?:de|fr|es)-")


def _ratio(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def print_report(title: str, report: Report) -> None:
    print(f"\n## {title} ({report.messages} messages)")
    print(f"{'label':22} {'support':>7} {'prec':>5} {'recall':>6} {'F1':>5}")
    for kind in KINDS:
        s = report.labels[kind]
        if s.tp + s.fp + s.fn == 0:
            continue
        print(
            f"{kind:22} {s.tp + s.fn:7d} {_ratio(s.precision):>5} {_ratio(s.recall):>6} "
            f"{_ratio(s.f1):>5}"
        )
    print(f"{'macro F1':22} {'':7} {'':5} {'':6} {_ratio(report.macro_f1):>5}")
    print(
        f"{'macro F1, gold labels':22} {'':7} {'':5} {'':6} {_ratio(report.macro_f1_supported):>5}"
    )
    print(
        f"timeline dates exact: {report.dates_exact}/{report.dates_detected} detected "
        f"({_ratio(report.date_exact_rate)}); {report.dates_gold} labelled with a date"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", choices=["dev", "real", "c2dev"], help="list the errors of a set"
    )
    parser.add_argument(
        "--no-context",
        action="store_true",
        help="read every message out of job context (as mail from an unknown sender)",
    )
    args = parser.parse_args()
    CONTEXT[0] = not args.no_context
    reports = {"dev": score(corpus("dev")), "test": score(corpus("test"))}
    print_report("own corpus, dev split (rules tuned on it)", reports["dev"])
    print_report("own corpus, held-out test split (unseen mail)", reports["test"])
    # Second corpus: English (everything but the lang group) and other languages apart; the
    # fresh group was written after the rules were frozen and is reported on its own.
    english = [t for t in corpus("dev", CORPUS2) if not _OTHER.search(t[0])]
    reports["c2dev"] = score(english)
    print_report("corpus 2, dev split, English (rules tuned on it)", reports["c2dev"])
    check = [t for t in corpus("check", CORPUS2) if not _OTHER.search(t[0])]
    print_report("corpus 2, check split, English (errors never listed)", score(check))
    languages = [*corpus("dev", CORPUS2, "lang-"), *corpus("check", CORPUS2, "lang-")]
    print_report("corpus 2, German/French/Spanish/Italian (both splits)", score(languages))
    fresh = [*corpus("dev", CORPUS2, "fresh-"), *corpus("check", CORPUS2, "fresh-")]
    reports["fresh"] = score(t for t in fresh if not _FRESH_OTHER.search(t[0]))
    print_report("corpus 2, fresh, English (written after the freeze)", reports["fresh"])
    fresh_other = score(t for t in fresh if _FRESH_OTHER.search(t[0]))
    print_report("corpus 2, fresh, German/French/Spanish (after the freeze)", fresh_other)
    if REAL_CSV.exists():
        reports["real"] = score(real())
        print_report("real application mail (../shared/eval)", reports["real"])
    else:
        print(f"\n(real mail not found at {REAL_CSV}; skipped)")
    if args.misses and args.misses in reports:
        print(f"\n## errors on {args.misses}")
        for item, kind, what in reports[args.misses].misses:
            print(f"{what:4} {kind:22} {item}")


if __name__ == "__main__":
    main()
