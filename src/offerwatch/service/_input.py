"""Checks on the text a user types, shared by every use case that stores it."""

from __future__ import annotations

import re

from offerwatch.errors import BadInput

# Control characters no text field takes (PostgreSQL refuses NUL; the rest are noise).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def user_text(
    value: str | None, what: str, *, required: bool = False, max_chars: int | None = None
) -> str | None:
    """`value` stripped, or None when empty. BadInput when required and missing, longer
    than `max_chars`, or not text (bytes that are not UTF-8, control characters)."""
    if value is None:
        if required:
            raise BadInput(f"{what} is required")
        return None
    value = value.strip()
    if required and not value:
        raise BadInput(f"{what} must not be empty")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadInput(f"{what} is not valid text (it holds bytes that are not UTF-8)") from None
    if _CONTROL.search(value):
        raise BadInput(f"{what} must not contain control characters")
    if max_chars is not None and len(value) > max_chars:
        raise BadInput(f"{what} is too long ({len(value)} characters; at most {max_chars})")
    return value or None
