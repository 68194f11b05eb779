"""Screen, parse and detect a stream of raw messages, in worker processes, in order.

`prepare_many(mails, known, since=...)` yields `(raw, Prepared)` for every raw message, in
the order read: the screen's verdict and, for mail that passed it (or is the user's own),
the parsed message with what detect() finds in it. With more than one worker the work is
done by that many forked processes while the caller (the one writer) stores what comes
back; only a few batches are ever in flight, so memory stays flat whatever the size of the
mailbox. The first `inline_first` messages (fewer once INLINE_PARSED of them needed parsing)
are done in the caller's process, so a small import never starts a process. Workers screen
with what was known when they started: the caller rechecks each verdict (prefilter.recheck)
and parses in place the rare message that passes only now.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from itertools import islice

from offerwatch.core.detection import Detection, detect_both, message_language, prepare_rules
from offerwatch.core.intake_values import Invitation
from offerwatch.core.mail_message import MailMessage
from offerwatch.mail.invitations import invitations_of, may_hold_invitation
from offerwatch.mail.message import ParseError, RawMail
from offerwatch.mail.parse import parse_tree
from offerwatch.mail.prefilter import KnownMail, Screen, screen

BATCH_MESSAGES = 64  # messages per task: enough to amortise a round trip to a worker
BATCH_BYTES = 4 << 20  # ...or fewer, when they are large (attachments)
IN_FLIGHT = 2  # batches queued per worker: keeps workers busy, bounds memory
INLINE_FIRST = 64  # messages done in-process before any worker is started (a fork is cheap;
# 300 kept one core idle for the first 300 messages, 40% of a 750-message box)
INLINE_PARSED = 8  # ...or fewer, once this many of them were parsed: job mail is the costly
# kind, and 64 of it in-process kept one core idle for about 0.15 s
WORKERS_ENV = "OFFERWATCH_MAIL_WORKERS"

Signs = tuple[tuple[Detection, ...], tuple[Detection, ...]]


@dataclass(frozen=True, slots=True)
class Prepared:
    """What was done to one raw message before intake.

    `old`: sent before `since` (nothing else done). `message` / `error`: the parse, when it
    was tried (`parsed`), with the calendar `invitations` read from the same parse.
    `signs`: detect_both() of the message and `language` its message_language(), when a
    worker ran them (`language` is then a 1-tuple)."""

    verdict: Screen | None
    old: bool = False
    parsed: bool = False
    message: MailMessage | None = None
    error: str = ""
    signs: Signs | None = None
    invitations: tuple[Invitation, ...] = ()
    language: tuple[str | None] | None = None


def sent_on(verdict: Screen, raw: RawMail) -> datetime | None:
    """When a message was sent, from its Date header or its source's fallback date."""
    try:
        return parsedate_to_datetime(verdict.date_header)
    except (TypeError, ValueError, IndexError, OverflowError):
        return raw.fallback()


def parse_one(raw: RawMail, verdict: Screen | None, signs: bool = False) -> Prepared:
    """Parse one message once, for its text and its calendar invitations (and run
    detect_both() and language identification on it when `signs`)."""
    try:
        msg, tree = parse_tree(raw.data, raw.fallback)
    except ParseError as exc:
        return Prepared(verdict, parsed=True, error=str(exc))
    # The screen made the same byte check (it counts events on file only for such mail).
    calendar = verdict.calendar_uids >= 0 if verdict is not None else may_hold_invitation(raw.data)
    invitations = invitations_of(tree) if calendar else ()
    found: Signs | None = None
    language: tuple[str | None] | None = None
    if signs:
        try:
            bare, known = detect_both(msg.subject, msg.body, msg.date, headers=msg.headers)
            found = (tuple(bare), tuple(known))
            language = (message_language(msg.subject, msg.body),)
        except Exception:  # a detector bug: leave it to intake, which runs detect() itself
            found = language = None
    return Prepared(
        verdict, parsed=True, message=msg, signs=found, invitations=invitations,
        language=language,
    )  # fmt: skip


def prepare(
    raw: RawMail, known: KnownMail, since: date | None, wanted: bool, signs: bool = False
) -> Prepared:
    """Screen one message; parse it when it passes, or `wanted` says the caller needs it
    anyway (the user's own mail), unless it is known already or older than `since`."""
    if raw.error is not None:
        return Prepared(None)
    verdict = screen(raw.data, known)
    if since is not None:
        when = sent_on(verdict, raw)
        if when is not None and when.date() < since:
            return Prepared(verdict, old=True)
    if verdict.message_id and verdict.message_id in known.message_ids:
        return Prepared(verdict)
    if not verdict.passed and not wanted:
        return Prepared(verdict)
    return parse_one(raw, verdict, signs)


def default_workers() -> int:
    """Processes to use: $OFFERWATCH_MAIL_WORKERS if set (1: none), else the processors this
    process may run on, at most two (one writer keeps up with two parsers)."""
    setting = os.environ.get(WORKERS_ENV, "").strip()
    if setting.isdigit():
        return max(1, int(setting))
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(2, cpus))


# Worker state, set once per process by _start.
_KNOWN = KnownMail()
_SINCE: date | None = None


def _start(known: KnownMail, since: date | None) -> None:
    global _KNOWN, _SINCE
    _KNOWN, _SINCE = known, since
    # What the worker inherited (the compiled rules, the caller's modules) lives as long as
    # it does: kept out of its collections, which would otherwise walk it again and again
    # (and copy the pages they touch, shared with the caller since the fork).
    gc.freeze()


def _prepare_batch(batch: list[tuple[RawMail, bool]]) -> list[Prepared]:
    return [prepare(raw, _KNOWN, _SINCE, wanted, signs=True) for raw, wanted in batch]


def _batches(items: Iterator[tuple[RawMail, bool]]) -> Iterator[list[tuple[RawMail, bool]]]:
    batch: list[tuple[RawMail, bool]] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item[0].data)
        if len(batch) >= BATCH_MESSAGES or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def prepare_many(
    mails: Iterable[tuple[RawMail, bool]],
    known: KnownMail,
    *,
    since: date | None = None,
    workers: int | None = None,
    inline_first: int | None = None,
) -> Iterator[tuple[RawMail, Prepared]]:
    """`(raw, Prepared)` for every `(raw, wanted)` of `mails`, in order (see the module
    docstring). Stopping the iteration early stops the workers."""
    items = iter(mails)
    inline_first = INLINE_FIRST if inline_first is None else inline_first
    count = default_workers() if workers is None else workers
    if threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        # Forking while other threads run (a web server) can copy a held lock into the
        # child; the other start methods import the caller's main module again. Stay inline.
        count = 1
    if count <= 1:
        for raw, wanted in items:
            yield raw, prepare(raw, known, since, wanted)
        return
    parsed = 0
    for raw, wanted in islice(items, inline_first):
        done = prepare(raw, known, since, wanted)
        yield raw, done
        parsed += done.parsed
        if parsed >= INLINE_PARSED:
            break
    first = next(items, None)
    if first is None:
        return
    snapshot = known.copy()  # the workers screen with what is known now
    prepare_rules()  # compiled once here, not once per worker
    pending: deque[tuple[list[tuple[RawMail, bool]], Future[list[Prepared]]]] = deque()
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        count, context, initializer=_start, initargs=(snapshot, since)
    ) as pool:
        try:
            for batch in _batches(_chain(first, items)):
                pending.append((batch, pool.submit(_prepare_batch, batch)))
                if len(pending) >= count * IN_FLIGHT:
                    yield from _joined(*pending.popleft())
            while pending:
                yield from _joined(*pending.popleft())
        finally:
            for _, future in pending:
                future.cancel()


def _chain(
    first: tuple[RawMail, bool], rest: Iterator[tuple[RawMail, bool]]
) -> Iterator[tuple[RawMail, bool]]:
    yield first
    yield from rest


def _joined(
    batch: list[tuple[RawMail, bool]], future: Future[list[Prepared]]
) -> Iterator[tuple[RawMail, Prepared]]:
    for (raw, _), prepared in zip(batch, future.result(), strict=True):
        yield raw, prepared
