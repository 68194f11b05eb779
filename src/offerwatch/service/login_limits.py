"""Use cases for the sign-in limiter's counts (kept in the database, shared by workers)."""

from __future__ import annotations

from offerwatch.service.context import Context
from offerwatch.store import login_limits as ql


def reserve_login(
    ws: Context, keys: list[str], now: float, window: float
) -> list[tuple[str, int, float]]:
    """Count one attempt on each key; (key, attempts in window, window start) per key."""
    # derived=True: no user's facts change (their plans stay valid).
    with ws.write(derived=True) as conn:
        return ql.reserve(conn, keys, now=now, window=window)


def settle_login(
    ws: Context, *, release: list[str], clear: list[str], now: float, window: float
) -> None:
    """After an attempt that was not a failure: give back its reservation on `release`,
    forget the counts of `clear`, and drop counts whose window has passed."""
    with ws.write(derived=True) as conn:
        for key in release:
            ql.release(conn, key)
        for key in clear:
            ql.clear(conn, key)
        ql.purge(conn, now=now, window=window)
