"""Why a message was filed, in words a person reads: the message a reply answers is named
by its subject and day ("a reply to “Interview next steps” of Tue 3 Nov"), not by the
Message-ID stored in the reason ("reply in the thread of <CAF...@mail.gmail.com>")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from offerwatch.core.day_words import short_day
from offerwatch.core.mail_match import THREAD_REASON

# As core/mail_match.py words a thread match, with the "thread: " of the stored reason.
_THREAD = re.compile(rf"(?:thread: )?{re.escape(THREAD_REASON)} (\S+)")
_SUBJECT_SHOWN = 70  # a subject longer than a line is cut, with an ellipsis


@dataclass(frozen=True, slots=True)
class Replied:
    """A stored message a reply answers: its subject and its day in the user's zone."""

    subject: str
    day: date


def replied_to(reason: str) -> list[str]:
    """The Message-IDs a match reason names (those of the messages a reply answers)."""
    return _THREAD.findall(reason)


def reason_words(reason: str, replied: Mapping[str, Replied], today: date | None) -> str:
    """`reason` with each Message-ID it names said as that message's subject and day; a
    message no longer stored (deleted since) is said as such, its id left out."""

    def say(found: re.Match[str]) -> str:
        message = replied.get(found.group(1))
        if message is None:
            return "a reply in a thread of mail filed here before"
        subject = " ".join(message.subject.split()) or "(no subject)"
        if len(subject) > _SUBJECT_SHOWN:
            subject = subject[: _SUBJECT_SHOWN - 1].rstrip() + "…"
        return f"a reply to “{subject}” of {short_day(message.day, today)}"

    return _THREAD.sub(say, reason)


__all__ = ["Replied", "reason_words", "replied_to"]
