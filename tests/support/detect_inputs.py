"""Every message detect() is checked on for speed changes: the dev corpora, the intake
scenario, the real mail of ../shared/eval (read in place, never copied) and both everyday
generators, as (set name, raw bytes) or as the (subject, body, date, headers) detect() reads."""

from __future__ import annotations

import csv
import importlib.util
import mailbox
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from offerwatch.mail.message import ParseError
from offerwatch.mail.parse import parse_message

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SCRIPTS = ROOT / "scripts"
REAL_MAIL = next(
    (p / "shared" / "eval" / "real-application-mail.csv" for p in ROOT.parents
     if (p / "shared" / "eval" / "real-application-mail.csv").exists()),
    ROOT.parent / "shared" / "eval" / "real-application-mail.csv",
)  # fmt: skip

Case = tuple[str, str, datetime, dict[str, str]]


def _script(name: str) -> ModuleType:
    """The module scripts/NAME.py, loaded by its path: scripts/ put on sys.path stayed there
    for every later test of the process."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # before it runs: its dataclasses look themselves up there
        spec.loader.exec_module(module)
    return sys.modules[name]


def corpus_mail() -> Iterator[tuple[str, bytes]]:
    """The two labelled corpora and the intake scenario's mailbox."""
    for name in ("mail-corpus", "mail-corpus-2"):
        for path in sorted((DATA / name).glob("*.eml")):
            yield name, path.read_bytes()
    box = mailbox.mbox(str(DATA / "intake-scenario" / "mailbox.mbox"), create=False)
    for key in box.iterkeys():
        yield "intake-scenario", box.get_bytes(key)


def generated_mail(count: int, seed: int = 11) -> Iterator[tuple[str, bytes]]:
    """`count` messages of each everyday generator: 2% and all job mail, and the worst case."""
    everyday_mail = _script("everyday_mail")
    gen_everyday_mailbox = _script("gen_everyday_mailbox")

    for share, worst, n in ((0.02, False, count), (1.0, False, count // 4),
                            (0.02, True, count // 10)):  # fmt: skip
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "box.mbox"
            gen_everyday_mailbox.generate(path, n, share, seed, worst)
            box = mailbox.mbox(str(path), create=False)
            for key in box.iterkeys():
                yield f"gen_everyday_mailbox {share} {worst}", box.get_bytes(key)
    for share, n in ((0.02, count), (1.0, count // 4)):
        for _, data in everyday_mail.mailbox(n, share, seed):
            yield f"everyday_mail {share}", data


def parsed_cases(messages: Iterator[tuple[str, bytes]]) -> Iterator[tuple[str, Case]]:
    """What detect() reads of each message that parses."""
    for name, data in messages:
        try:
            msg = parse_message(data)
        except ParseError:
            continue
        yield name, (msg.subject, msg.body, msg.date, dict(msg.headers))


def real_cases() -> Iterator[tuple[str, Case]]:
    """The real application mail of ../shared/eval, as subject and body (none when absent)."""
    if not REAL_MAIL.exists():
        return
    when = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
    with REAL_MAIL.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            yield "real mail", (row["subject"], row["email_body"], when, {})
