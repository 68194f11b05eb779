"""Link a message to the application it is about. Pure: plain values in, a decision out
(with its reason, shown in the review list and on the timeline).

In order: the thread (In-Reply-To / References to a stored message), the people known by
address, the company's domains (learned, or visibly the company's name; never free mail),
then applicant-tracking senders with the company named in the subject, sender name or body.
When two applications fit, nothing is guessed: the message goes to the review list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from offerwatch.core.entities import Direction
from offerwatch.core.mail_domains import (
    domain_names_company,
    domain_of,
    is_ats_domain,
    is_free_mail,
    parent_domains,
    registrable,
    short_name,
)
from offerwatch.core.mail_message import MailMessage
from offerwatch.core.quoting import forwarded_sender

# How a thread match names the message it answers (core/match_words.py says it in words).
THREAD_REASON = "reply in the thread of"
# A recruiter may write a few days before the application is recorded (heuristic).
STARTED_SLACK = timedelta(days=7)
_BODY_SCAN = 20_000  # the company is named near the top of tracking-system mail


@dataclass(frozen=True, slots=True)
class AppRef:
    """What matching needs to know about one application."""

    id: int
    company_id: int
    company: str
    is_open: bool
    since: date | None = None  # the day it began: applied on, else recorded
    role: str = ""  # the role title applied for


@dataclass
class MatchContext:
    """The user's applications, companies, people and stored threads."""

    apps: dict[int, AppRef] = field(default_factory=dict)
    company_domains: dict[int, set[str]] = field(default_factory=dict)
    people: dict[str, set[int]] = field(default_factory=dict)  # address -> application ids
    threads: dict[str, int | None] = field(default_factory=dict)  # Message-ID -> application
    # Message-IDs filed only by a name in the subject (match_named), and replies to them: a
    # reply in such a thread is filed with it but teaches no domain (a referee answering
    # "Reference for Acme?" is not Acme).
    weak: set[str] = field(default_factory=set)
    _names: dict[int, re.Pattern[str]] = field(default_factory=dict)

    def apps_of_company(self, company_id: int) -> set[int]:
        return {a.id for a in self.apps.values() if a.company_id == company_id}

    def companies(self) -> dict[int, str]:
        return {a.company_id: a.company for a in self.apps.values()}

    def name_pattern(self, company_id: int, name: str) -> re.Pattern[str]:
        found = self._names.get(company_id)
        if found is None:
            found = self._names[company_id] = whole_words([name, short_name(name)])
        return found

    def learn_domain(self, company_id: int, domain: str) -> None:
        self.company_domains.setdefault(company_id, set()).add(domain)


def whole_words(names: Iterable[str]) -> re.Pattern[str]:
    """Any of `names` (at least one) as a whole name in any case: not inside a longer word
    or name ("Acme" is not in "Acme-Labs" or "AcmeSoft")."""
    alternatives = "|".join(re.escape(n) for n in dict.fromkeys(names))
    return re.compile(rf"(?<![\w&-])(?:{alternatives})(?![\w&-])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Match:
    """The application a message belongs to, or (when None) why none was chosen."""

    app_id: int | None
    # thread | person | domain | forward | ats | named | calendar (core/intake_calendar.py) | none
    how: str
    candidates: tuple[int, ...] = ()
    reason: str = ""


def counterparts(msg: MailMessage, direction: Direction) -> list[str]:
    """The other side's addresses: the sender of incoming mail, the recipients of sent mail."""
    return [msg.from_addr] if direction is Direction.IN else list(msg.recipients)


def _decide(
    app_ids: Iterable[int], how: str, ctx: MatchContext, why: str, sent: date | None = None
) -> Match:
    ids = sorted(set(app_ids))
    if len(ids) > 1 and sent is not None:
        # A message cannot be about an application that began after it was sent: an old
        # rejection from a company applied to again belongs to the first application.
        began = [i for i in ids if (ctx.apps[i].since or sent) <= sent + STARTED_SLACK]
        ids = began or ids
    open_ids = [i for i in ids if ctx.apps[i].is_open]
    pool = open_ids or ids
    if len(pool) == 1:
        return Match(pool[0], how, tuple(pool), why)
    return Match(None, how, tuple(pool), f"{len(pool)} applications fit ({why})")


def companies_for_domain(domain: str, ctx: MatchContext) -> set[int]:
    """Companies whose stored domains cover `domain`, else whose name the domain spells."""
    if not domain or is_free_mail(domain) or is_ats_domain(domain):
        return set()
    parents = set(parent_domains(domain))
    found = {cid for cid, domains in ctx.company_domains.items() if parents & domains}
    if found:
        return found
    return {cid for cid, name in ctx.companies().items() if domain_names_company(domain, name)}


def companies_named(texts: Iterable[str], ctx: MatchContext) -> set[int]:
    """Companies named in the first text that names any (subject, sender name, body)."""
    companies = ctx.companies()
    for text in texts:
        named = {
            cid
            for cid, name in companies.items()
            if name and ctx.name_pattern(cid, name).search(text)
        }
        if named:
            return named
    return set()


def match_message(msg: MailMessage, direction: Direction, ctx: MatchContext) -> Match:
    """The application `msg` is about (see the module docstring for the rules)."""
    for ref in msg.thread_ids:
        app_id = ctx.threads.get(ref)
        if app_id is not None and app_id in ctx.apps:
            return Match(app_id, "thread", (app_id,), f"{THREAD_REASON} {ref}")
    sent = msg.date.date()
    others = counterparts(msg, direction)
    by_person = set().union(*(ctx.people.get(a, set()) for a in others))
    by_person &= set(ctx.apps)
    if by_person:
        who = ", ".join(a for a in others if ctx.people.get(a))
        return _decide(by_person, "person", ctx, f"a known person's address ({who})", sent)
    by_domain: set[int] = set()
    domains: list[str] = []
    for address in others:
        cids = companies_for_domain(domain_of(address), ctx)
        if cids:
            domains.append(domain_of(address))
        for cid in cids:
            by_domain |= ctx.apps_of_company(cid)
    if by_domain:
        names = ", ".join(sorted({ctx.apps[i].company for i in by_domain}))
        why = f"{', '.join(dict.fromkeys(domains))} is the mail domain of {names}"
        return _decide(by_domain, "domain", ctx, why, sent)
    forwarded = _forwarded_match(msg, ctx, sent)
    if forwarded is not None:
        return forwarded
    ats = domain_of(msg.from_addr)
    if direction is Direction.IN and is_ats_domain(ats):
        named = companies_named((msg.subject, msg.from_name, msg.body[:_BODY_SCAN]), ctx)
        apps = set().union(*(ctx.apps_of_company(cid) for cid in named)) if named else set()
        if apps:
            names = ", ".join(sorted({ctx.apps[i].company for i in apps}))
            why = f"a tracking system ({ats}) naming {names}"
            return _decide(apps, "ats", ctx, why, sent)
        return Match(None, "none", (), "tracking-system mail naming none of your companies")
    return Match(None, "none", (), "no application fits")


FORWARD = "forward"  # Match.how of a forward of a known person's or company's mail


def _forwarded_match(msg: MailMessage, ctx: MatchContext, sent: date) -> Match | None:
    """A forward (the user's to herself, a colleague's to her) of mail from a person on file
    or a company's domain: filed by the original sender. Weak: it teaches no domain, since
    the forwarder is not the company."""
    original = forwarded_sender(msg.body)
    if original is None:
        return None
    apps = ctx.people.get(original, set()) & set(ctx.apps)
    if not apps:
        for cid in companies_for_domain(domain_of(original), ctx):
            apps |= ctx.apps_of_company(cid)
    if not apps:
        return None
    return _decide(apps, FORWARD, ctx, f"forwards mail from {original}", sent)


def match_named(msg: MailMessage, ctx: MatchContext, *, signs: bool) -> Match | None:
    """The application a stranger's message names in its subject (an agency recruiter's
    "Quayside Bank - Operations Analyst", the user's reply to one), or None. With job
    `signs`, also a company's distinctive first word as written ("Quayside - final round").
    A role title alone is not enough: an agency pitches the same title for other clients.
    Weak, like a domain: it teaches no domain, and two fitting applications go to review."""
    subject = msg.subject
    named = companies_named((subject,), ctx)
    apps: set[int] = set().union(*(ctx.apps_of_company(cid) for cid in named))
    if not apps and signs:
        apps = {a.id for a in ctx.apps.values() if _first_word(a.company).search(subject)}
    if not apps:
        return None
    names = ", ".join(sorted({ctx.apps[i].company for i in apps}))
    return _decide(apps, NAMED, ctx, f"the subject names {names}", msg.date.date())


_FIRST_WORD_MIN = 5  # shorter first words ("Blue", "The") are too common to name a company


@lru_cache(maxsize=256)
def _first_word(company: str) -> re.Pattern[str]:
    """The company's first word as written, capitalised, as a whole word ("Quayside" of
    Quayside Bank); a pattern that never matches when the word is short or lower case."""
    first = (short_name(company).split() or [""])[0].strip(",.")
    if len(first) < _FIRST_WORD_MIN or not first[:1].isupper():
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w&-]){re.escape(first)}(?![\w&-])")


def learnable_domain(msg: MailMessage, direction: Direction) -> str | None:
    """The company domain this matched message teaches (never free mail or a tracking
    system); None when there is nothing to learn or the recipients disagree."""
    found = {
        registrable(d)
        for d in (domain_of(a) for a in counterparts(msg, direction))
        if d and not is_free_mail(d) and not is_ats_domain(d)
    }
    return found.pop() if len(found) == 1 else None


def thread_map(pairs: Iterable[tuple[str | None, int | None]]) -> dict[str, int | None]:
    """Message-ID -> application id, from stored (message_id, application_id) rows."""
    return {mid: app for mid, app in pairs if mid}


NAMED = "named"  # Match.how of a message filed by a name in its subject (match_named)


def weak_threads(pairs: Iterable[tuple[str | None, str | None]]) -> set[str]:
    """The Message-IDs filed by a name or a forward only, from stored (message_id,
    match_reason) rows (a filing the user confirmed is not weak: "confirmed by you ...")."""
    weak = (f"{NAMED}:", f"{FORWARD}:")
    return {mid for mid, reason in pairs if mid and (reason or "").startswith(weak)}


def people_map(rows: Iterable[tuple[str | None, int]]) -> dict[str, set[int]]:
    """address -> application ids, from (email, application_id) rows."""
    out: dict[str, set[int]] = {}
    for email, app_id in rows:
        if email:
            out.setdefault(email.lower(), set()).add(app_id)
    return out


def domains_map(rows: Mapping[int, str]) -> dict[int, set[str]]:
    """company id -> domains, from the space-separated `companies.domains` column."""
    return {cid: set(text.split()) for cid, text in rows.items() if text.strip()}
