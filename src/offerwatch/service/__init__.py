"""The service: the use cases the shells (CLI, web) call, behind one facade.

`open_workspace` gives a `Workspace` (service/workspace.py): one method per use case, each
delegating to a plain function in a use-case module (tracking.py, agenda.py, mail_import.py...)
that takes the plumbing, a `Context` (service/context.py). Queries live in store/.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from offerwatch.core.timeutil import utcnow
from offerwatch.service.context import open_engines
from offerwatch.service.workspace import Workspace


def open_workspace(
    url: str | None = None,
    *,
    user_id: int | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> Workspace:
    """Open (creating and migrating as needed) the database at `url`, for one user.

    `url` defaults to --db / $OFFERWATCH_DB / the SQLite file in the data directory.
    Without `user_id`, the implicit local user is used (created on first open).
    `clock` returns the current aware datetime (tests pass a fixed one).
    """
    writer, reader = open_engines(url)
    return Workspace(writer, reader, user_id=user_id, clock=clock)


__all__ = ["Workspace", "open_workspace"]
