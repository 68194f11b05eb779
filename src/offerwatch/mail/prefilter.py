"""Decide cheaply, before any MIME parse, whether a message can be job mail.

Most of a real inbox is not job mail: newsletters, receipts, personal mail. A full parse of
each costs far more than a look at a few headers and a byte search of the decoded text parts.
The screen only ever lets through too much, never too little: a message passes when it is in a
known thread, involves a known person, a known company domain or an applicant-tracking
system, or when it may carry an update of a calendar event on file. Mail from a stranger is
acted on only when it is job mail by intake's relevance test (core.intake_relevance), so the
rest passes only when its raw text meets that test and then may carry a calendar invitation
or holds the words some detection rule needs (offerwatch.mail.jobwords), or when it holds a
job word of a language the rules do not read. Tests prove no message import acts on is
screened out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from email.utils import getaddresses, parseaddr
from functools import lru_cache

from offerwatch.core.mail_domains import (
    domain_may_name_company,
    domain_of,
    is_ats_domain,
    parent_domains,
)
from offerwatch.mail.decode import decode_header_value
from offerwatch.mail.invitations import may_hold_invitation
from offerwatch.mail.jobwords import (
    could_be_job_mail,
    names_in,
    other_job_words,
    relevant_bytes,
)
from offerwatch.mail.quickscan import (
    addresses,
    headers,
    is_list_mail,
    message_ids,
    split_head,
    text_for_scan,
)

SCREEN_HEADERS = frozenset(
    {
        "from", "to", "cc", "subject", "date", "message-id", "in-reply-to", "references",
        "content-type", "content-transfer-encoding", "content-disposition", "x-gmail-labels",
        "list-id", "list-unsubscribe", "precedence",
    }
)  # fmt: skip


@dataclass
class KnownMail:
    """What the user's data says about their job mail, kept up to date during an import.

    `companies` holds company names: mail from a domain that spells one (acme.com for Acme)
    is matched to it by domain, so it must reach the full parse. `names` are the company
    names and role titles a stranger's job mail may mention, lower case
    (core.intake_relevance.search_names)."""

    message_ids: set[str] = field(default_factory=set)
    addresses: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)
    companies: set[str] = field(default_factory=set)
    names: frozenset[str] = frozenset()
    uids: set[str] = field(default_factory=set)  # calendar events on file (lower case)
    # domain -> what `companies` and the tracking systems say of it (neither changes during an
    # import; a mailbox has few domains and many messages from each)
    spelled: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    def copy(self) -> KnownMail:
        """A copy to hand to worker processes: every set copied, nothing worked out yet."""
        return KnownMail(
            set(self.message_ids), set(self.addresses), set(self.domains),
            set(self.companies), self.names, set(self.uids),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Screen:
    """The screen's verdict on one raw message, with the headers it read on the way.

    `thread` (the Message-IDs it answers) and `people` (its From, To and Cc addresses) let
    `recheck` look again with what an import has learned since."""

    passed: bool
    reason: str
    message_id: str | None
    date_header: str
    sent_label: bool
    thread: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    calendar_uids: int = -1  # with a calendar part: how many events were on file, else -1
    # Who wrote it, to whom, and whether it is list or bulk mail: import counts every
    # message's people, screened out or not, to find the user's own addresses (core.intake).
    sender: str = ""
    recipients: tuple[str, ...] = ()
    bulk: bool = False


def known_reason(thread: tuple[str, ...], people: tuple[str, ...], known: KnownMail) -> str | None:
    """Why headers alone may make a message job mail (a known thread, person, company
    domain or a tracking system: every way matching files mail), else None."""
    if any(i in known.message_ids for i in thread):
        return "thread"
    for address in people:
        if address in known.addresses:
            return "person"
        domain = domain_of(address)
        if domain not in known.spelled:
            known.spelled[domain] = (
                "applicant tracking" if is_ats_domain(domain)
                else "company domain" if any(
                    domain_may_name_company(domain, name) for name in known.companies
                )
                else None
            )  # fmt: skip
        if known.spelled[domain] == "applicant tracking":
            return "applicant tracking"
        if any(d in known.domains for d in parent_domains(domain)):
            return "company domain"
        if known.spelled[domain] is not None:
            return "company domain"
    return None


def recheck(verdict: Screen, known: KnownMail) -> Screen:
    """The verdict again with `known` as it is now: an import learns threads and domains as
    it goes, while worker processes screened with what was known when they started."""
    if verdict.passed:
        return verdict
    if 0 <= verdict.calendar_uids < len(known.uids):  # it may update an event learned since
        return replace(verdict, passed=True, reason="calendar event learned since")
    reason = known_reason(verdict.thread, verdict.people, known)
    return verdict if reason is None else replace(verdict, passed=True, reason=reason)


_UPDATE = re.compile(rb"^(?:method:\s*cancel|status:\s*cancelled|sequence:\s*0*[1-9])", re.M)


def _calendar_reason(haystack: bytes, known: KnownMail) -> str | None:
    """Why a message with a calendar part may be acted on whatever its words: intake
    updates an interview on file from anyone, so an event on file, a cancellation or a new
    version of an event pass."""
    if _UPDATE.search(haystack):
        return "calendar update or cancellation"
    if known.uids and any(uid.encode("utf-8", "replace") in haystack for uid in known.uids):
        return "calendar event on file"
    return None


@lru_cache(maxsize=4096)
def _people(
    from_field: str, to_field: str, cc_field: str
) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    """The addresses of From, To and Cc (for the known-people test), and the sender and
    recipients as intake reads them ('"ana@x.org via Docs" <noreply@docs.example>' is from
    noreply). Worked out once per set of headers: a mailbox holds the same few over and over,
    and reading addresses is a quarter of the screen."""
    people = tuple(addresses(" ".join((from_field, to_field, cc_field))))
    from_addr = parseaddr(from_field)[1].lower()
    to = tuple(a.lower() for _, a in getaddresses([to_field, cc_field]) if a)
    return people, from_addr, to


def screen(data: bytes, known: KnownMail) -> Screen:
    """Whether `data` may be job mail (then it gets the full parse), and why."""
    head, _ = split_head(data)
    fields = headers(head, SCREEN_HEADERS)
    ids = message_ids(fields.get("message-id", ""))
    message_id = ids[0] if ids else None
    sent = "sent" in fields.get("x-gmail-labels", "").lower()

    thread = tuple(message_ids(fields.get("in-reply-to", "") + " " + fields.get("references", "")))
    from_field, to_field, cc_field = (
        fields.get("from", ""),
        fields.get("to", ""),
        fields.get("cc", ""),
    )
    people, from_addr, to = _people(from_field, to_field, cc_field)

    calendar = may_hold_invitation(data)  # the byte check the reader makes first

    def verdict(passed: bool, reason: str) -> Screen:
        uids = len(known.uids) if calendar else -1
        return Screen(
            passed, reason, message_id, fields.get("date", ""), sent, thread, people, uids,
            from_addr, to, is_list_mail(fields.get),
        )  # fmt: skip

    reason = known_reason(thread, people, known)
    if reason is not None:
        return verdict(True, reason)
    subject = fields.get("subject", "")
    if "=?" in subject:
        subject = decode_header_value(subject)
    sender = fields.get("from", "")
    if "=?" in sender:
        sender = decode_header_value(sender)
    text = text_for_scan(data, fields)
    if text is None:
        return verdict(True, "text not scannable cheaply")
    haystack = f"{sender}\n{subject}".lower().encode("utf-8", "replace") + b"\n" + text
    if calendar:
        reason = _calendar_reason(haystack, known)
        if reason is not None:
            return verdict(True, reason)
    if known.names and names_in(haystack, known.names):
        # Intake reads it in job context, as mail from the company.
        return verdict(True, "a company or role of the user's applications")
    if not relevant_bytes(haystack):
        # Only mail in a language the rules do not read may still go to review.
        if other_job_words(haystack):
            return verdict(True, "job word in a language the rules do not read")
        return verdict(False, "not job mail (relevance test)")
    if calendar:  # a stranger's invitation that is job mail is an interview request
        return verdict(True, "calendar invitation, job mail")
    condition = could_be_job_mail(haystack)
    if condition is not None:
        return verdict(True, f"words: {condition[:60]}")
    return verdict(False, "no job words")
