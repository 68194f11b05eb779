"""Use cases of the create forms' one-time tokens: a form sent twice makes one record.

Each create form of the web pages carries a random token. The first post with it takes the
token and creates; the same form sent again (a double click, or Back and submit, without
JavaScript) finds the token taken and is led to what the first post made."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from offerwatch.errors import BadInput
from offerwatch.store import form_posts as qf

if TYPE_CHECKING:
    from offerwatch.service.context import Context

KEEP = timedelta(days=1)  # a token is forgotten after this
MAX_TOKEN = 64


def _checked(token: str) -> str:
    if not token or len(token) > MAX_TOKEN or not token.isascii() or not token.isprintable():
        raise BadInput("the form's token is not one this site gives")
    return token


def claim_form_post(ctx: Context, token: str) -> bool:
    """Take `token` for this post; False when the same form was sent before."""
    now = ctx.clock()
    with ctx.write(derived=True) as conn:
        qf.purge(conn, before=now - KEEP)
        return qf.claim(conn, ctx.user_id, _checked(token), now=now)


def settle_form_post(ctx: Context, token: str, result: str) -> None:
    """Record where the post that took `token` led (for the same form sent again)."""
    with ctx.write(derived=True) as conn:
        qf.settle(conn, ctx.user_id, _checked(token), result[:500])


def release_form_post(ctx: Context, token: str) -> None:
    """Give `token` back: its post made nothing, so the form may be sent again."""
    with ctx.write(derived=True) as conn:
        qf.release(conn, ctx.user_id, _checked(token))


def form_post_result(ctx: Context, token: str) -> tuple[bool, str | None, timedelta]:
    """Whether `token` was taken, where its post led (None while that post runs), and how
    long ago it was taken (zero when it was not)."""
    with ctx.read() as conn:
        found = qf.taken(conn, ctx.user_id, _checked(token))
    if found is None:
        return False, None, timedelta(0)
    result, since = found
    return True, result, max(ctx.clock() - since, timedelta(0))
