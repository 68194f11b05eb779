"""Guesses that prefill forms from a stored message: a new application, a new person."""

from __future__ import annotations

import re

from offerwatch.core.mail_domains import domain_of, is_ats_domain, is_free_mail, registrable

# Subject prefixes that are not part of the role: replies, forwards, ATS boilerplate.
_PREFIX = re.compile(r"^\s*((re|fw|fwd|aw|wg|tr)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_ROLE_IN = re.compile(
    r"\b(?:application|applying|candidacy|interview|position|role|opening|job)\s*"
    r"(?:for\b|as\b|:|-|–)\s*(?:the\s+)?(?:position\s+of\s+|role\s+of\s+)?(?P<role>.+)$",
    re.IGNORECASE,
)
_TAIL = re.compile(r"\s+(?:at|with|@)\s+[^,;]+$|\s*[-–|(].*$", re.IGNORECASE)
# "Data Engineer role at Acme", "Research engineer post": the role is named before the word.
_ROLE_WORD = r"(?:role|position|post|opportunity|vacancy|opening)"
_ROLE_BEFORE = re.compile(rf"^(?:the\s+|a\s+|an\s+|new\s+)?(?P<role>.+?)\s+{_ROLE_WORD}\b", re.I)
_ROLE_WORD_END = re.compile(rf"\s+{_ROLE_WORD}$", re.IGNORECASE)
# Words that make the text before "role" a sentence, not a job title ("update on your role").
_NOT_A_TITLE = frozenset({"your", "our", "my", "their", "on", "about", "for", "to", "of", "this",
                          "that", "re", "update", "new", "is", "the"})  # fmt: skip
_NAME_PART = re.compile(r"[._-]+")
_NON_PERSON = frozenset(
    {"no-reply", "noreply", "no_reply", "donotreply", "do-not-reply", "jobs", "careers",
     "recruiting", "talent", "hr", "notifications", "notification", "mailer", "hello", "info",
     "team"}
)  # fmt: skip


def _clean(text: str) -> str:
    return " ".join(text.replace("\0", "").split())


def company_from_sender(from_addr: str, from_name: str = "") -> str:
    """The company a sender writes for: its mail domain ("acme-corp.co.uk" -> "Acme Corp"),
    or the display name when the domain is free mail or a tracking system; "" if neither."""
    domain = domain_of(from_addr)
    if domain and not is_free_mail(domain) and not is_ats_domain(domain):
        label = registrable(domain).split(".")[0]
        return " ".join(w.capitalize() for w in _NAME_PART.split(label) if w)[:300]
    name = _clean(from_name)
    for sep in (" at ", " via ", " @ ", " | ", " - "):  # "Ana at Acme", "Acme via Greenhouse"
        head, found, tail = name.partition(sep)
        if found:
            name = tail if sep in (" at ", " @ ") else head
    return name[:300]


def role_from_subject(subject: str) -> str:
    """The role a subject names ("Re: Your application for Data Engineer at Acme" ->
    "Data Engineer"); the cleaned subject when no phrase names it."""
    text = _PREFIX.sub("", _clean(subject))
    found = _ROLE_IN.search(text)
    if found:
        role = _TAIL.sub("", found.group("role")).strip(" .:!\"'")
        return _ROLE_WORD_END.sub("", role)[:300] or role[:300]
    before = _ROLE_BEFORE.search(text)
    if before and not _NOT_A_TITLE.intersection(before.group("role").lower().split()):
        return before.group("role").strip(" .:!\"'")[:300]
    return text[:300]


def person_from_address(from_addr: str, from_name: str = "") -> str:
    """A person's name for a sender: the display name, else the address's local part
    ("ana.lopez@x" -> "Ana Lopez"); "" for role mailboxes (jobs@, no-reply@)."""
    name = _clean(from_name)
    if name:
        return name[:200]
    local = from_addr.partition("@")[0].lower()
    if local in _NON_PERSON or not local:
        return ""
    return " ".join(w.capitalize() for w in _NAME_PART.split(local) if w)[:200]
