"""Whether the detection rules read a message's language (the one routing hook).

Intake sends a message in a language the rules do not read to review, marked with the
language, instead of silently drawing no conclusion from it. The identifier is
core/detection's (function-word profiles of en, de, fr, es, it, nl, pt).
"""

from __future__ import annotations

from offerwatch.core.detection import READ_LANGUAGES, message_language

__all__ = ["READ_LANGUAGES", "unread_language"]


def unread_language(subject: str, body: str, known: tuple[str | None] | None = None) -> str | None:
    """The language of the message's new text when the rules do not read it, else None
    (also None when the text is too short to tell: it is read as English). `known`: the
    message's message_language() as a 1-tuple, when the reader already found it."""
    lang = known[0] if known is not None else message_language(subject, body)
    return None if lang is None or lang in READ_LANGUAGES else lang
