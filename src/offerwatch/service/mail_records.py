"""Use cases on stored mail: an application's messages, the user's own addresses, the
company domains import learned."""

from __future__ import annotations

from typing import Any

from offerwatch.core.entities import Message
from offerwatch.errors import NotFound
from offerwatch.service.context import Context
from offerwatch.store import mail_addresses as qa
from offerwatch.store import messages as qm
from offerwatch.store import tables as t


def my_addresses(ctx: Context) -> list[str]:
    """The user's own addresses: the my_addresses setting and those import inferred
    (Sent folders, drafts, the address nearly every message is delivered to)."""

    with ctx.read() as conn:
        return sorted(qa.my_addresses(conn, ctx.user_id))


def learned_domains(ctx: Context) -> list[dict[str, Any]]:
    """The company domains import learned, each with the message it came from."""

    with ctx.read() as conn:
        return qa.learned_domains(conn, ctx.user_id)


def undo_domain(ctx: Context, learned_id: int) -> tuple[int, str]:
    """Forget a learned domain (never learned again for that company); the mail it
    filed goes back to review. Returns (company id, domain)."""

    with ctx.write() as conn:
        done = qa.undo_domain(conn, ctx.user_id, learned_id)
    if done is None:
        raise NotFound("learned domain", learned_id)
    return done


def messages(ctx: Context, app_id: int) -> list[Message]:
    """The mail linked to an application, oldest first."""
    with ctx.read() as conn:
        ctx.require(conn, t.applications, app_id, "application")
        return qm.messages_of(conn, ctx.user_id, app_id)


def message(ctx: Context, message_id: int) -> Message:
    """One stored message; NotFound when it is not the user's."""
    with ctx.read() as conn:
        found = qm.get_message(conn, ctx.user_id, message_id)
    if found is None:
        raise NotFound("message", message_id)
    return found[0]
