"""A create form sent twice makes one record: the form's one-time token, checked on the server.

Each create form carries a random token (`once_field()` in _macros.html). The first post
with it takes the token (service/form_posts.py) and creates; the same form sent again (a
double click, or Back and submit, without JavaScript; or a retry after a lost answer) finds
it taken and is led where the first post went, with a banner saying so. A post the service
refuses gives its token back, so the corrected form may be sent."""

from __future__ import annotations

import functools
import inspect
import secrets
import time
from collections.abc import Callable
from typing import Annotated, Any, TypeVar, cast

from fastapi import Form
from fastapi.responses import Response

from offerwatch.errors import BadInput
from offerwatch.web.pages._render import after_post, flash, is_fetch

Handler = TypeVar("Handler", bound=Callable[..., Response])
FIELD = "once"  # the form field that carries the token
WAIT_SECONDS = 5.0  # how long after it began a repeat waits for the first post to end
Token = Annotated[str | None, Form(max_length=64)]


def new_token() -> str:
    """A fresh token for one rendering of a create form."""
    return secrets.token_urlsafe(16)


def once(default: str) -> Callable[[Handler], Handler]:
    """Make a create handler run at most once per form token. `default`: where a repeat
    leads when the first post's answer named no page (its own script's JSON)."""

    def wrap(handler: Handler) -> Handler:
        signature = inspect.signature(handler)
        token_param = inspect.Parameter(
            FIELD, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=Token
        )
        params = [p for p in signature.parameters.values() if p.name != FIELD]
        params.append(token_param)

        @functools.wraps(handler)
        def run(**given: Any) -> Response:
            token = given.pop(FIELD, None)
            request, ws = given["request"], given["ws"]
            if not token:  # an older form, or a script: as before
                return handler(**given)
            if not ws.claim_form_post(token):
                led = _first_answer(ws, token)
                if led is not None:  # the first post made it: there, not a second one
                    if not is_fetch(request):
                        flash(request, "That form was sent twice: it was saved once.")
                    return after_post(request, led, repeated=True)
                if not ws.claim_form_post(token):  # given back meanwhile: this one runs
                    raise BadInput(
                        "this form was sent already and that post has not finished: reload "
                        "the page to see what was saved"
                    )
            try:
                response = handler(**given)
            except BaseException:
                ws.release_form_post(token)
                raise
            if response.status_code >= 400:
                ws.release_form_post(token)
            else:
                ws.settle_form_post(token, response.headers.get("location") or default)
            return response

        run.__signature__ = signature.replace(parameters=params)  # type: ignore[attr-defined]
        return cast(Handler, run)

    return wrap


def _first_answer(ws: Any, token: str) -> str | None:
    """Where the first post with `token` led; None when it made nothing (it gave the token
    back) or has not ended. It is waited for only while it may still be running: until it is
    WAIT_SECONDS old (a double click's second post comes a moment after the first). A token
    taken longer ago and never settled was left by a post that never ended (its worker was
    stopped): waiting would change nothing, so the answer comes at once."""
    taken, result, age = ws.form_post_result(token)
    deadline = time.monotonic() + (WAIT_SECONDS - age.total_seconds())
    while taken and result is None and time.monotonic() < deadline:
        time.sleep(0.1)
        taken, result, _ = ws.form_post_result(token)
    return str(result) if result is not None else None
