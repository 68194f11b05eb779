"""Mail intake, decided: a batch of parsed messages and what is known in, the intake out.

Pure, like the planner: `take_batch(batch, known)` decides, for each message, whose mail it
is (the user's own or incoming), which application it belongs to and why, which signs it
carries, which company domain it teaches, which interview an invitation creates, moves or
cancels, and what goes to review. The service applies the result in one transaction per
batch. `known` is updated as the batch is read, so the next batch sees this one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta

from offerwatch.core.detection import Detection, detect
from offerwatch.core.detection._context import other_job_word
from offerwatch.core.entities import Direction, Stage
from offerwatch.core.intake_calendar import (
    interview_changes,
    invitation_match,
    invitation_requests,
)
from offerwatch.core.intake_language import unread_language
from offerwatch.core.intake_relevance import name_mentioned, relevant, search_names
from offerwatch.core.intake_values import (
    Filed,
    Intake,
    Known,
    LearnedDomain,
    NewObservation,
    PairTally,
    Parsed,
    ReplyRef,
    SentRef,
    StatusChange,
)
from offerwatch.core.mail_domains import (
    domain_of,
    is_ats_domain,
    is_free_mail,
    is_scheduling,
    registrable,
)
from offerwatch.core.mail_match import FORWARD, NAMED, Match, match_message, match_named
from offerwatch.core.mail_message import MailMessage
from offerwatch.core.signals import SignalKind, status_after

# An employer's reply to the candidate's thank-you within this long counts as quick
# (heuristic: no study gives a figure; two days leaves room for time zones and a busy day).
QUICK_REPLY = timedelta(hours=48)
# The address nearly every message is delivered to is the user's: at least this share of
# the messages read, and at least this many (heuristic: a recruiter is in far fewer).
OWNER_SHARE = 0.6
OWNER_MIN_MESSAGES = 8
# Two addresses are the user's when together they take part in this share of the messages
# and each alone receives mail, without the other, from at least OWNER_PAIR_SENDERS other
# people (mail reaches the user at one address or the other from many people; someone the
# user writes to hears from the user only, and a colleague is copied with the user) and in
# at least OWNER_PAIR_EACH of the messages. Heuristics, like the above.
OWNER_PAIR_COVER = 0.8
OWNER_PAIR_SENDERS = 3
OWNER_PAIR_EACH = 0.1
OWNER_SAMPLE = 5000  # messages kept to look for the user's addresses (it settles early)
TRUNCATED = "truncated: no conclusion drawn from it"  # the warning of a message cut off
_THANKS = re.compile(r"\bthank", re.IGNORECASE)
_STAGES_BEFORE_FOLLOW_UP = {Stage.FINAL, Stage.FOLLOW_UP}
_KINDS = frozenset(k.value for k in SignalKind)
_STRONG = frozenset({"thread", "person"})  # matches a domain may be learned from
# Matches whose thread teaches no domain: the other side is not the company.
_WEAK_ROOTS = frozenset({NAMED, FORWARD})


# "Many thanks," or "Thanks!" alone on a line closes a message; it thanks for nothing.
_SIGN_OFF = re.compile(
    r"(?im)^\s*(?:many |with |big )?thanks?(?: you)?(?: again| so much| in advance)?\s*[,.!]?\s*$"
)


def looks_like_thanks(subject: str, body: str) -> bool:
    """A sent message that thanks someone (subject, or the top of the text; a sign-off
    like "Many thanks," does not count)."""
    return bool(_THANKS.search(subject) or _THANKS.search(_SIGN_OFF.sub("", body[:1500])))


def take_batch(batch: Sequence[Parsed], known: Known) -> Intake:
    """Decide what a batch of parsed messages means (see the module docstring)."""
    intake = Intake()
    _learn_owner(batch, known, intake)
    names = search_names(known.ctx)
    for parsed in batch:
        if not parsed.draft:
            _take(parsed, known, intake, names)
    return intake


def _learn_owner(batch: Sequence[Parsed], known: Known, intake: Intake) -> None:
    """The user's addresses: From of Sent folders and drafts, the address nearly every
    message is delivered to, or two addresses that share the mail between them (counted
    across batches)."""
    for parsed in batch:
        msg = parsed.msg
        if (parsed.sent or parsed.draft) and msg.from_addr and msg.from_addr not in known.me:
            known.me.add(msg.from_addr)
            intake.me_added.add(msg.from_addr)
        if not parsed.draft and not msg.bulk:  # a list's own address is nobody's
            known.seen += 1
            known.delivered_to.update(set(msg.recipients))
            if len(known.my_mail_sample) < OWNER_SAMPLE:
                known.my_mail_sample.append((msg.from_addr, frozenset(msg.recipients)))
    if known.seen >= OWNER_MIN_MESSAGES:
        for address in _owner_addresses(known):
            if address not in known.me:
                known.me.add(address)
                intake.me_added.add(address)
    _learn_other_addresses(batch, known, intake)


def count_people(known: Known, people: Iterable[tuple[str, frozenset[str]]]) -> None:
    """Count (From, recipients) of mail intake never sees (screened out as no job mail, not
    bulk) towards the user's addresses, as `_learn_owner` counts the mail it sees."""
    for sender, recipients in people:
        known.seen += 1
        known.delivered_to.update(recipients)
        if len(known.my_mail_sample) < OWNER_SAMPLE:
            known.my_mail_sample.append((sender, recipients))


def _owner_addresses(known: Known) -> list[str]:
    """The addresses the counted mail says are the user's (none when it is not clear)."""

    def eligible(address: str) -> bool:  # a known recruiter or referee is never the user
        return bool(address) and address not in known.ctx.people and address not in known.referees

    sample = known.my_mail_sample
    # Looked for again when the sample grew or a found address turned out to be someone else.
    if known.my_pair_at != len(sample) or not all(eligible(a) for a in known.my_pair):
        known.my_pair_at, known.my_pair = len(sample), _pair_of(known, eligible)
    if known.my_pair:
        return list(known.my_pair)
    return [
        address
        for address, times in known.delivered_to.most_common(3)
        if times >= OWNER_SHARE * known.seen and eligible(address)
    ]


def _pair_of(known: Known, eligible: Callable[[str], bool]) -> tuple[str, ...]:
    """Two addresses among those most often in the sample that share the mail, or ()."""
    sample = known.my_mail_sample
    # Counted as the sample grows (it only grows): the same counts, in the same first-seen
    # order (most_common's order among equals), as counting the whole sample again.
    known.taking_part.update(a for sender, to in sample[known.taking_part_at :]
                             for a in {sender, *to})  # fmt: skip
    known.taking_part_at = len(sample)
    ranked = [a for a, _ in known.taking_part.most_common(6) if eligible(a)]
    for i, first in enumerate(ranked):
        for second in ranked[i + 1 :]:
            tally = known.pair_tallies.setdefault((first, second), PairTally())
            if _share_the_mail(first, second, sample, tally):
                return (first, second)
    return ()


def _share_the_mail(
    a: str, b: str, sample: Sequence[tuple[str, frozenset[str]]], tally: PairTally
) -> bool:
    """Whether `a` and `b` together take part in nearly every message, and each receives
    mail of its own from several other people (see OWNER_PAIR_COVER). `tally` holds what
    the sample read so far showed (it only grows): only the messages added since are read."""
    alone, senders = tally.alone, tally.senders
    for sender, to in sample[tally.at :]:
        if a in to or b in to or sender in (a, b):
            tally.covered += 1
        if sender not in (a, b):
            if a in to and b not in to:
                alone[0] += 1
                senders[0].add(sender)
            elif b in to and a not in to:
                alone[1] += 1
                senders[1].add(sender)
    tally.at = n = len(sample)
    return tally.covered >= OWNER_PAIR_COVER * n and all(
        alone[i] >= OWNER_PAIR_EACH * n and len(senders[i]) >= OWNER_PAIR_SENDERS for i in (0, 1)
    )


def _name_key(name: str) -> str | None:
    """A display name as a key: two words or more (one first name tells nobody apart)."""
    words = name.replace('"', " ").casefold().split()
    return " ".join(words) if len(words) >= 2 else None


def _learn_other_addresses(batch: Sequence[Parsed], known: Known, intake: Intake) -> None:
    """The user's other addresses: mail from an unknown address under the very name the user
    writes under from a known one of theirs ("Nadia Rahman" at gmail and at her own domain),
    so that her second domain is never learned as an employer's."""
    for parsed in batch:
        msg = parsed.msg
        key = _name_key(msg.from_name)
        if key and msg.from_addr in known.me:
            known.my_names.add(key)
    if not known.my_names:
        return
    for parsed in batch:
        msg = parsed.msg
        address = msg.from_addr
        if not address or address in known.me or address in known.ctx.people:
            continue
        if _name_key(msg.from_name) in known.my_names:
            known.me.add(address)
            intake.me_added.add(address)


def my_domains(known: Known) -> set[str]:
    """The organisations of the user's own addresses (never a company's)."""
    return {registrable(domain_of(a)) for a in known.me if domain_of(a)}


def relevance_text(msg: MailMessage) -> str:
    """What the relevance test reads of a stranger's message: sender name, subject, body."""
    return f"{msg.from_name}\n{msg.subject}\n{msg.body}"


def _take(parsed: Parsed, known: Known, intake: Intake, names: frozenset[str]) -> None:
    msg = parsed.msg
    outgoing = parsed.sent or msg.from_addr in known.me
    direction = Direction.OUT if outgoing else Direction.IN
    language = unread_language(msg.subject, msg.body, parsed.language) if not outgoing else None
    match = match_message(msg, direction, known.ctx)
    if match.app_id is None and parsed.invitations and direction is Direction.IN:
        match = invitation_match(parsed, known) or match
    known_context = in_job_context(msg, match)
    # Mail in a language the rules do not read goes to review when it is job mail (job
    # context or a job word of its language), not every letter from a friend abroad.
    unread_job = language is not None and (
        known_context or other_job_word(f"{msg.subject}\n{msg.body}")
    )
    found: list[Detection] = []
    if direction is Direction.IN and language is None:
        text = relevance_text(msg)
        # A stranger's message naming one of the user's companies or role titles is read in
        # job context, as mail from the company would be.
        context = known_context or (bool(names) and name_mentioned(text, names))
        found = detect_in(msg, context, parsed.signs)
        if found and not (context or relevant(text)):
            found = []  # a stranger's mail that is not job mail: no review item
        if parsed.invitations and (context or _job_invitation(parsed, text, names)):
            found += invitation_requests(parsed)
    if match.how == "none" and not msg.bulk:  # the subject first: the cheap test
        named = match_named(msg, known.ctx, signs=bool(found))
        if named is not None and _may_be_named(msg, direction, found, known):
            match = named
    warning = "; ".join(parsed.warnings) or None
    if parsed.truncated:
        warning = "; ".join(filter(None, [warning, TRUNCATED]))
    if warning:  # reported whether or not the message is job mail
        intake.warnings.append((parsed.where, warning))
    review = _review_state(msg, direction, match, bool(found), language, unread_job)
    if review is None:
        _remember(parsed, direction, None, known)
        return
    app_id = match.app_id if review == "matched" else None
    reason = match.reason
    if language is not None:
        reason = f"written in {language}, which the rules do not read; {reason}"
    filed = Filed(
        parsed, direction, app_id, review, match.how, reason, match.candidates,
        tuple(dict.fromkeys(d.kind for d in found)), language, warning,
    )  # fmt: skip
    intake.filed.append(filed)
    _remember(parsed, direction, app_id, known)
    if app_id is None or parsed.truncated:
        return
    weak = known.ctx.weak
    if match.how in _WEAK_ROOTS or (match.how == "thread" and weak.intersection(msg.thread_ids)):
        weak.add(parsed.message_id)  # a reply in its thread teaches no domain either
    elif match.how in _STRONG and direction is Direction.IN:
        learn_domain(msg, parsed.message_id, app_id, known, intake)
    observe(parsed.message_id, msg.date, app_id, found, known, intake)
    interview_changes(parsed, app_id, known, intake)
    _quick_replies(parsed, direction, app_id, known, intake)


def _may_be_named(
    msg: MailMessage, direction: Direction, found: Sequence[Detection], known: Known
) -> bool:
    """Whether an unmatched message may be filed by the application its subject names: a
    stranger's job mail (an agency recruiter), or the user's own mail to someone at a
    business domain (her reply to that recruiter; never a friend's free mail)."""
    if direction is Direction.IN:
        return bool(found) or relevant(relevance_text(msg)) is not None
    mine = my_domains(known)
    domains = [domain_of(a) for a in msg.recipients]
    return bool(domains) and not any(is_free_mail(d) or registrable(d) in mine for d in domains)


def _job_invitation(parsed: Parsed, text: str, names: frozenset[str]) -> bool:
    """Whether a stranger's invitation is a step in the job search: job mail by the relevance
    test on its `text` and event titles. A stranger's team meeting or a dentist's booking is
    no interview request (it would flood the review list)."""
    titles = "\n".join(inv.summary for inv in parsed.invitations)
    return relevant(f"{text}\n{titles}", names) is not None


def in_job_context(msg: MailMessage, match: Match) -> bool:
    """Whether what import knows puts a message in a job search: it is filed or could be
    (thread, person, company domain), or it comes from an applicant-tracking system."""
    return match.how != "none" or bool(match.candidates) or is_ats_domain(domain_of(msg.from_addr))


def detect_in(
    msg: MailMessage,
    context: bool,
    signs: tuple[tuple[Detection, ...], tuple[Detection, ...]] | None = None,
) -> list[Detection]:
    """detect() on an incoming message, with its auto-reply headers, in job `context` or
    not; `signs` are detect_both()'s findings when the reader already ran it."""
    if signs is not None:
        return list(signs[1] if context else signs[0])
    return detect(msg.subject, msg.body, msg.date, headers=msg.headers, job_context=context)


def _review_state(
    msg: MailMessage,
    direction: Direction,
    match: Match,
    detected: bool,
    language: str | None,
    unread_job: bool = False,
) -> str | None:
    """matched | pending (to review) | None (not job mail: not stored)."""
    if language is not None:
        return None if msg.bulk or not unread_job else "pending"
    if match.app_id is not None:
        weak = match.how in {"domain", "ats", NAMED, FORWARD}
        return None if weak and msg.bulk and not detected else "matched"
    if direction is Direction.OUT:
        return None
    if detected or (match.candidates and not msg.bulk):
        return "pending"
    return None


def _remember(parsed: Parsed, direction: Direction, app_id: int | None, known: Known) -> None:
    """Keep the batch's own messages known: threads, the user's sent mail, replies."""
    msg = parsed.msg
    known.ctx.threads[parsed.message_id] = app_id
    if direction is Direction.OUT:
        thanks = looks_like_thanks(msg.subject, msg.body)
        known.sent[parsed.message_id] = SentRef(
            parsed.message_id, app_id, msg.date, thanks, msg.subject
        )
        return
    reply = ReplyRef(parsed.message_id, app_id, msg.date, msg.from_addr)
    for ref in msg.thread_ids:
        known.replies.setdefault(ref, []).append(reply)


def never_learned(known: Known) -> set[str]:
    """Domains never learned as a company's: the user's own and referees' organisations."""
    return my_domains(known) | known.referee_domains


def learn_domain(
    msg: MailMessage, message_id: str, app_id: int, known: Known, intake: Intake
) -> None:
    """Remember the sender's organisation as the company's (never free mail, a tracking
    system, a scheduling tool, the user's own or a referee's domain, one undone, or one
    another company has)."""
    domain = domain_of(msg.from_addr)
    app = known.ctx.apps.get(app_id)
    if app is None or not domain or is_free_mail(domain) or is_ats_domain(domain):
        return
    if is_scheduling(domain):
        return
    domain = registrable(domain)
    if domain in never_learned(known) or (app.company_id, domain) in known.undone:
        return
    owners = {cid for cid, ds in known.ctx.company_domains.items() if domain in ds}
    if owners or _people_elsewhere(domain, app.company_id, known):
        return
    known.ctx.learn_domain(app.company_id, domain)
    intake.domains.append(LearnedDomain(app.company_id, domain, message_id))


def _people_elsewhere(domain: str, company_id: int, known: Known) -> bool:
    """Whether someone on file for another company writes from `domain` (registrable): it
    is that company's, even if no mail taught it yet."""
    apps = known.ctx.apps
    for address, app_ids in known.ctx.people.items():
        if registrable(domain_of(address) or "") != domain:
            continue
        if any(a in apps and apps[a].company_id != company_id for a in app_ids):
            return True
    return False


def observe(
    message_id: str,
    at: datetime,
    app_id: int,
    found: Sequence[Detection],
    known: Known,
    intake: Intake,
    have: set[str] | None = None,
) -> None:
    """Turn a matched message's detections into observations (one per kind per message)
    and apply offers and rejections to the status."""
    earlier = [i for i in known.interviews.get(app_id, []) if i.end <= at and not i.cancelled]
    last = earlier[-1] if earlier else None
    kinds = set(have or ())
    for detection in found:
        kind = detection.kind
        if kind == SignalKind.INTERVIEW_REQUEST and last and last.stage in _STAGES_BEFORE_FOLLOW_UP:
            kind = SignalKind.FOLLOW_UP_INTERVIEW.value
        if kind in kinds or kind not in _KINDS:
            continue
        kinds.add(kind)
        intake.observations.append(
            NewObservation(
                app_id, kind, at, message_id, detection.evidence or None,
                detection.expected_by, last.key if last else None,
            )
        )  # fmt: skip
        status = known.status.get(app_id)
        target = status_after(kind, status) if status is not None else None
        if target is not None:
            known.status[app_id] = target
            intake.statuses.append(StatusChange(app_id, target, at))


def take_assigned(parsed: Parsed, app_id: int, known: Known, have: set[str]) -> Intake:
    """What filing a message from the review list under `app_id` means, as if it had
    matched at import: its signs (an invitation is an interview request), the company
    domain it teaches, the interview its invitation creates, moves or cancels, and a quick
    reply to a thank-you. `have`: the kinds already recorded from it. A truncated message
    is filed and draws no conclusion."""
    intake = Intake()
    msg = parsed.msg
    if parsed.truncated or msg.from_addr in known.me:
        return intake
    found: list[Detection] = []
    if unread_language(msg.subject, msg.body) is None:  # as import reads it
        found = detect(msg.subject, msg.body, msg.date, headers=msg.headers, job_context=True)
        found += invitation_requests(parsed)
    learn_domain(msg, parsed.message_id, app_id, known, intake)
    observe(parsed.message_id, msg.date, app_id, found, known, intake, have)
    interview_changes(parsed, app_id, known, intake)
    _quick_replies(parsed, Direction.IN, app_id, known, intake)
    return intake


def _after_interview(sent: SentRef, known: Known) -> bool:
    """True when the user sent it after an interview of its application had ended."""
    if sent.app_id is None:
        return False
    return any(
        i.end <= sent.date and not i.cancelled for i in known.interviews.get(sent.app_id, [])
    )


def _quick_replies(
    parsed: Parsed, direction: Direction, app_id: int, known: Known, intake: Intake
) -> None:
    """thank_you_quick_reply: the employer answered, within QUICK_REPLY, a thank-you the
    user sent after an interview of the same application (either may arrive first)."""
    msg = parsed.msg
    pairs: list[tuple[SentRef, ReplyRef]] = []
    if direction is Direction.IN:
        reply = ReplyRef(parsed.message_id, app_id, msg.date, msg.from_addr)
        pairs = [(known.sent[r], reply) for r in msg.thread_ids if r in known.sent]
    else:
        sent = known.sent.get(parsed.message_id)
        if sent is not None:
            pairs = [(sent, r) for r in known.replies.get(parsed.message_id, [])]
    for sent, reply in pairs:
        if not sent.thanks or sent.app_id != app_id or reply.app_id != app_id:
            continue
        if reply.from_addr in known.referees:  # a referee is not the employer
            continue
        if not _after_interview(sent, known):
            continue
        latency = reply.date - sent.date
        if not timedelta(0) < latency <= QUICK_REPLY:
            continue
        window = known.quick_replies.setdefault(app_id, [])
        if any(sent.date <= at <= sent.date + QUICK_REPLY for at in window):
            continue
        window.append(reply.date)
        hours = latency.total_seconds() / 3600
        intake.observations.append(
            NewObservation(
                app_id, SignalKind.THANK_YOU_QUICK_REPLY.value, reply.date, reply.message_id,
                f"{reply.from_addr} replied {hours:.1f} h after your thank-you "
                f"({sent.subject!r})",
            )
        )  # fmt: skip
