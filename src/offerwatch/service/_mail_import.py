"""One mail import run: screen, parse, detect, match, store; the MailMixin drives it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

from sqlalchemy import Connection

from offerwatch.core.detection import Detection, detect
from offerwatch.core.entities import Direction, Message, ObservationSource, Stage
from offerwatch.core.signals import SignalKind, status_after
from offerwatch.mail.match import Match, MatchContext, learnable_domain, match_message
from offerwatch.mail.message import MailMessage, ParseError, RawMail
from offerwatch.mail.parse import parse_message
from offerwatch.mail.prefilter import KnownMail, screen
from offerwatch.store import messages as qm
from offerwatch.store import queries as q

# An employer's reply to the candidate's thank-you within this long counts as quick
# (heuristic: no study gives a figure; two days leaves room for time zones and a busy day).
QUICK_REPLY = timedelta(hours=48)
_THANKS = re.compile(r"\bthank", re.IGNORECASE)
_STAGES_BEFORE_FOLLOW_UP = {Stage.FINAL, Stage.FOLLOW_UP}
_KINDS = frozenset(k.value for k in SignalKind)


@dataclass
class ImportSummary:
    """What an import did. `skipped` lists (where, reason) for messages that were not read."""

    read: int = 0
    job_mail: int = 0
    matched: int = 0
    new_observations: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    already_imported: int = 0
    to_review: int = 0
    parsed: int = 0  # messages the pre-filter let through to the full parse


def synthetic_id(data: bytes) -> str:
    """A stable Message-ID for a message that has none (so re-imports still find it)."""
    return f"<{hashlib.sha256(data).hexdigest()[:32]}@no-message-id.offerwatch>"


def detections_for(msg: MailMessage | Message, direction: Direction) -> list[Detection]:
    """The signals in an incoming message (the candidate's own mail carries none)."""
    if direction is not Direction.IN:
        return []
    return detect(msg.subject, msg.body, msg.date)


def _date_header(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed


def looks_like_thanks(msg: Message) -> bool:
    """A sent message that thanks someone (subject, or the top of the text)."""
    return bool(_THANKS.search(msg.subject) or _THANKS.search(msg.body[:1500]))


@dataclass
class Importer:
    """State of one run: what is known, what was learned, the running summary."""

    user_id: int
    now: datetime
    ctx: MatchContext
    known: KnownMail
    me: set[str]
    since: date | None = None
    summary: ImportSummary = field(default_factory=ImportSummary)
    me_changed: bool = False

    def take(self, conn: Connection, raw: RawMail) -> None:
        """Screen, parse, match and store one raw message (inside the caller's transaction)."""
        verdict = screen(raw.data, self.known)
        if self.since is not None:
            sent_on = _date_header(verdict.date_header) or raw.fallback()
            if sent_on is not None and sent_on.date() < self.since:
                return
        self.summary.read += 1
        if verdict.message_id and verdict.message_id in self.known.message_ids:
            self.summary.already_imported += 1
            return
        if not verdict.passed:
            return
        self.summary.parsed += 1
        try:
            msg = parse_message(raw.data, raw.fallback())
        except ParseError as exc:
            self.summary.skipped.append((raw.where, str(exc)))
            return
        message_id = msg.message_id or synthetic_id(raw.data)
        if message_id in self.known.message_ids:
            self.summary.already_imported += 1
            return
        outgoing = raw.sent or verdict.sent_label or msg.from_addr in self.me
        direction = Direction.OUT if outgoing else Direction.IN
        if raw.sent and msg.from_addr and msg.from_addr not in self.me:
            self.me.add(msg.from_addr)
            self.me_changed = True
        found = detections_for(msg, direction)
        match = match_message(msg, direction, self.ctx)
        review = self._review_state(msg, direction, match, bool(found))
        if review is None:
            return
        row = qm.insert_message(
            conn, self.user_id, msg, message_id=message_id, direction=direction,
            app_id=match.app_id, review=review, now=self.now,
        )  # fmt: skip
        self.known.message_ids.add(message_id)
        self.ctx.threads[message_id] = match.app_id
        self.summary.job_mail += 1
        if match.app_id is None:
            self.summary.to_review += 1
            return
        self.summary.matched += 1
        self.learn(conn, msg, direction, match.app_id)
        stored = qm.get_message(conn, self.user_id, row)
        assert stored is not None
        self.summary.new_observations += observe(conn, self.user_id, stored[0], found, now=self.now)

    def _review_state(
        self, msg: MailMessage, direction: Direction, match: Match, detected: bool
    ) -> str | None:
        """matched | pending (to review) | None (not job mail: not stored)."""
        if match.app_id is not None:
            weak = match.how in {"domain", "ats"}
            return None if weak and msg.bulk and not detected else "matched"
        if direction is Direction.OUT:
            return None
        if detected or (match.candidates and not msg.bulk):
            return "pending"
        return None

    def learn(self, conn: Connection, msg: MailMessage, direction: Direction, app_id: int) -> None:
        """Remember the company's mail domain from a message matched to one of its
        applications (unless another company already owns that domain)."""
        domain = learnable_domain(msg, direction)
        app = self.ctx.apps.get(app_id)
        if domain is None or app is None:
            return
        owners = {cid for cid, ds in self.ctx.company_domains.items() if domain in ds}
        if owners - {app.company_id}:
            return
        if qm.add_company_domain(conn, self.user_id, app.company_id, domain):
            self.ctx.learn_domain(app.company_id, domain)
            self.known.domains.add(domain)


def observe(
    conn: Connection,
    user_id: int,
    msg: Message,
    found: list[Detection],
    *,
    now: datetime,
) -> int:
    """Turn a matched message's detections into observations (one per kind per message),
    apply offers and rejections to the status, and pair thank-you notes with quick replies.
    Returns how many observations were added."""
    app_id = msg.application_id
    if app_id is None:
        return 0
    app = q.get_application(conn, user_id, app_id)
    if app is None:
        return 0
    have = qm.observation_kinds(conn, user_id, msg.id)
    earlier = [i for i in q.interviews_of(conn, user_id, [app_id]) if i.end <= msg.date]
    last = earlier[-1] if earlier else None
    added = 0
    status = app.status
    for detection in found:
        kind = detection.kind
        if kind == SignalKind.INTERVIEW_REQUEST and last and last.stage in _STAGES_BEFORE_FOLLOW_UP:
            kind = SignalKind.FOLLOW_UP_INTERVIEW.value
        if kind in have or kind not in _KINDS:
            continue
        have.add(kind)
        q.insert_observation(
            conn, user_id, app_id, kind=kind, at=msg.date, source=ObservationSource.EMAIL,
            evidence=detection.evidence or None, interview_id=last.id if last else None,
            message_id=msg.id, expected_by=detection.expected_by, now=now,
        )  # fmt: skip
        added += 1
        target = status_after(kind, status)
        if target is not None:
            q.update_status(conn, user_id, app_id, target, msg.date)
            status = target
    return added + quick_replies(conn, user_id, msg, now=now)


def quick_replies(conn: Connection, user_id: int, msg: Message, *, now: datetime) -> int:
    """Record thank_you_quick_reply when `msg` is the employer's quick reply to the
    candidate's thank-you, or the thank-you that an already stored reply answered."""
    pairs: list[tuple[Message, Message]] = []
    if msg.direction is Direction.IN:
        refs = [r for r in (msg.in_reply_to, *msg.references) if r]
        for sent in qm.messages_with_ids(conn, user_id, refs):
            pairs.append((sent, msg))
    elif looks_like_thanks(msg) and msg.message_id:
        for reply in qm.replies_to(conn, user_id, msg.message_id):
            pairs.append((msg, reply))
    added = 0
    for sent, reply in pairs:
        if (
            sent.direction is not Direction.OUT
            or reply.direction is not Direction.IN
            or not looks_like_thanks(sent)
            or reply.application_id is None
            or reply.application_id != sent.application_id
        ):
            continue
        latency = reply.date - sent.date
        if not timedelta(0) < latency <= QUICK_REPLY:
            continue
        kind = SignalKind.THANK_YOU_QUICK_REPLY.value
        if qm.observations_between(
            conn, user_id, reply.application_id, kind, sent.date, sent.date + QUICK_REPLY
        ):
            continue
        hours = latency.total_seconds() / 3600
        q.insert_observation(
            conn, user_id, reply.application_id, kind=kind, at=reply.date,
            source=ObservationSource.EMAIL,
            evidence=f"{reply.from_addr} replied {hours:.1f} h after your thank-you "
            f"({sent.subject!r})",
            interview_id=None, message_id=reply.id, now=now,
        )  # fmt: skip
        added += 1
    return added
