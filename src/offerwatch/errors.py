"""Errors that the shells turn into a one-line message (CLI exit 2, HTTP 4xx)."""

from __future__ import annotations


class OfferwatchError(Exception):
    """Base class: the message is shown to the user as it is."""


class BadInput(OfferwatchError, ValueError):
    """The user gave something we cannot use (bad date, unknown kind, bad value)."""


class NotFound(OfferwatchError, LookupError):
    """An id that does not exist (or belongs to somebody else)."""

    def __init__(self, what: str, ident: object) -> None:
        super().__init__(f"no {what} with id {ident}")
        self.what = what
        self.ident = ident


class DatabaseUnavailable(Exception):
    """The database cannot be opened or reached (not the user's input: CLI exit 1, HTTP 503).

    The message is one line, shown as it is."""


class StaleVersion(OfferwatchError):
    """The record changed since the caller read it (HTTP 412 with If-Match, CLI exit 2)."""

    def __init__(self, what: str, ident: object, current: int, expected: int) -> None:
        super().__init__(
            f"{what} {ident} was changed meanwhile (version {current}, you had {expected}); "
            "reload it and try again"
        )
        self.what = what
        self.ident = ident
        self.current = current
        self.expected = expected


class DatabaseBusy(DatabaseUnavailable):
    """Another writer (a long mail import, a second process) held the database's write lock
    longer than the busy timeout: try again shortly (CLI exit 1, HTTP 503 + Retry-After)."""

    retry_after = 5  # seconds: an import yields the lock between batches well within this


class Forbidden(OfferwatchError, PermissionError):
    """The signed-in user may not do this (not an admin, a coach writing): HTTP 403."""
