"""Audit events (sign-ins, lockouts, shares, exports, deletions) as structured log records.

Each event is one record on the "offerwatch.audit" logger whose message is the event name and
whose `fields` hold the details; `offerwatch serve` writes them as JSON lines (logs.py)."""

from __future__ import annotations

import logging
from typing import Any

LOGGER = logging.getLogger("offerwatch.audit")


def audit(event: str, **fields: Any) -> None:
    """Record `event` (a dotted name such as "share.created") with its details."""
    LOGGER.info(event, extra={"fields": {"event": event, **fields}})
