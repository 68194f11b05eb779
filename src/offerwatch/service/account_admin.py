"""Use cases of server mode's account administration: the admin's list, removal and
resets, sign-up by invitation or open sign-up, a user's own password, API tokens, deleting
one's account."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from offerwatch.audit import audit
from offerwatch.errors import BadInput, Forbidden
from offerwatch.service.accounts import MIN_PASSWORD, USERNAME, hash_password, verify_password
from offerwatch.service.context import Context
from offerwatch.service.jobs import SYNC_SECRET_KEY
from offerwatch.store import accounts as qa
from offerwatch.store import sessions as qs
from offerwatch.store import users as qu
from offerwatch.store.accounts import Account, ApiToken
from offerwatch.store.users import LOCAL_USERNAME

SIGNUP_MODES = ("invite", "open")
INVITATION_DAYS = 7
TOKEN_PREFIX = "ow_"


def digest(secret: str) -> str:
    """How a token is kept at rest: sha256 of a random secret (no salt is needed: the secret
    has 256 bits of its own, so a table of guesses cannot exist)."""
    return hashlib.sha256(secret.encode()).hexdigest()


def is_admin(ws: Context) -> bool:
    """True when the current user is an administrator (server mode)."""
    with ws.read() as conn:
        found = qa.account(conn, ws.user_id)
    return found is not None and found.is_admin


def _need_admin(ws: Context) -> None:
    if not is_admin(ws):
        raise Forbidden("only an administrator may do this")


def list_users(ws: Context) -> list[Account]:
    """Every account (the implicit local user of local mode left out)."""
    with ws.read() as conn:
        return qa.accounts(conn, leave_out=LOCAL_USERNAME)


# Settings rows that hold a reference into the secret file.
_SECRET_SETTINGS = (SYNC_SECRET_KEY,)


def _forget_secrets(refs: list[str]) -> None:
    """Remove a deleted account's passwords and tokens from the secret file (after the rows
    are gone: a failed delete keeps them usable)."""
    if refs:
        from offerwatch.notify.secrets import SecretStore

        store = SecretStore()
        for ref in refs:
            store.delete(ref)


def remove_user(ws: Context, username: str) -> int:
    """Delete an account and everything of theirs; the last administrator stays."""
    with ws.write() as conn:
        found = qu.find_user(conn, username.strip())
        if found is None or username.strip().lower() == LOCAL_USERNAME:
            raise BadInput(f"no user called {username!r}")
        account = qa.account(conn, found[0])
        if account and account.is_admin and qa.count_admins(conn, leave_out=LOCAL_USERNAME) <= 1:
            raise BadInput(f"{account.username} is the last administrator: add another first")
        refs = qa.secret_refs(conn, found[0], _SECRET_SETTINGS)
        qa.delete_user(conn, found[0])
    _forget_secrets(refs)
    audit("user.removed", username=username.strip(), by=ws.user_id)
    return found[0]


def admin_reset_password(ws: Context, user_id: int, password: str) -> str:
    """An administrator sets another account's password; returns that account's name."""
    _need_admin(ws)
    if len(password) < MIN_PASSWORD:
        raise BadInput(f"the password must have at least {MIN_PASSWORD} characters")
    hashed = hash_password(password)
    with ws.write() as conn:
        account = qa.account(conn, user_id)
        if account is None or account.username == LOCAL_USERNAME:
            raise BadInput(f"no user with id {user_id}")
        qu.set_password_hash(conn, user_id, hashed)
        qs.end_all(conn, user_id)  # whoever was signed in with the old one is out
    audit("password.reset", user=account.username, by=ws.user_id)
    return account.username


def change_password(ws: Context, current: str, new: str) -> None:
    """The user changes their own password, giving the current one; every session of theirs
    ends (the caller starts a new one for the browser that asked)."""
    if len(new) < MIN_PASSWORD:
        raise BadInput(f"the password must have at least {MIN_PASSWORD} characters")
    with ws.read() as conn:
        stored = qa.password_hash(conn, ws.user_id)
    if not verify_password(current, stored):
        raise BadInput("the current password is not right")
    hashed = hash_password(new)
    with ws.write() as conn:
        qu.set_password_hash(conn, ws.user_id, hashed)
        qs.end_all(conn, ws.user_id)
    audit("password.changed", user_id=ws.user_id)


# --- sign-up -------------------------------------------------------------------------------


def signup_mode(ws: Context) -> str:
    """ "invite" (only with an admin's link, the default) or "open" (anyone may sign up)."""
    with ws.read() as conn:
        value = qa.site_setting(conn, "signup")
    return value if value in SIGNUP_MODES else "invite"


def set_signup_mode(ws: Context, mode: str) -> None:
    """The administrator opens or closes sign-up."""
    _need_admin(ws)
    if mode not in SIGNUP_MODES:
        raise BadInput(f"sign-up is one of {', '.join(SIGNUP_MODES)}, not {mode!r}")
    with ws.write() as conn:
        qa.set_site_setting(conn, "signup", mode)
    audit("signup.mode", mode=mode, by=ws.user_id)


def create_invitation(ws: Context, days: int = INVITATION_DAYS) -> str:
    """A one-time sign-up secret valid for `days` days (only its hash is stored)."""
    _need_admin(ws)
    if not 1 <= days <= 90:
        raise BadInput("an invitation lasts 1 to 90 days")
    secret = secrets.token_urlsafe(24)
    now = ws.clock()
    with ws.write() as conn:
        qa.insert_invitation(
            conn, digest(secret), created_by=ws.user_id, now=now, expires=now + timedelta(days)
        )
    audit("invitation.created", by=ws.user_id, days=days)
    return secret


def invitation_open(ws: Context, secret: str | None) -> bool:
    """True when `secret` is an invitation not used yet and not expired."""
    if not secret or len(secret) > 100:
        return False
    with ws.read() as conn:
        return qa.invitation_open(conn, digest(secret), now=ws.clock())


def sign_up(ws: Context, username: str, password: str, invitation: str | None) -> int:
    """Create an account through an invitation (used up) or open sign-up; returns its id.

    All in one transaction: a refused name does not use up the invitation."""

    name = username.strip()
    if not USERNAME.match(name) or name.lower() == LOCAL_USERNAME:
        raise BadInput(f"not a valid user name: {username!r} (letters, digits, . _ @ -)")
    if len(password) < MIN_PASSWORD:
        raise BadInput(f"the password must have at least {MIN_PASSWORD} characters")
    hashed = hash_password(password)
    now = ws.clock()
    with ws.write() as conn:
        if qu.find_user(conn, name) is not None:
            raise BadInput(f"a user called {name!r} already exists")
        token = digest(invitation) if invitation and len(invitation) <= 100 else None
        invited = token is not None and qa.use_invitation(conn, token, now=now)
        if not invited and qa.site_setting(conn, "signup") != "open":
            raise Forbidden("sign-up needs an invitation link that is not used or expired")
        user_id = qu.insert_user(
            conn, name, password_hash=hashed, display_name=None, is_admin=False, now=now
        )
        if invited and token is not None:
            qa.set_invitation_user(conn, token, user_id)
    audit("user.signed_up", username=name, invited=invited)
    return user_id


# --- API tokens ----------------------------------------------------------------------------


def create_api_token(ws: Context, name: str) -> str:
    """A new API token for the current user; the secret is returned once, never stored."""
    label = " ".join(name.split())[:100]
    if not label:
        raise BadInput("give the token a name (what script uses it)")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with ws.write() as conn:
        qa.insert_token(conn, ws.user_id, label, digest(secret), now=ws.clock())
    audit("token.created", user_id=ws.user_id, name=label)
    return secret


def api_tokens(ws: Context) -> list[ApiToken]:
    """The current user's API tokens (names and dates; the secrets are not kept)."""
    with ws.read() as conn:
        return qa.tokens_of(conn, ws.user_id)


def revoke_api_token(ws: Context, token_id: int) -> None:
    """Revoke one of the current user's tokens: it is refused from now on."""
    from offerwatch.errors import NotFound

    with ws.write() as conn:
        if not qa.delete_token(conn, ws.user_id, token_id):
            raise NotFound("API token", token_id)
    audit("token.revoked", user_id=ws.user_id, token_id=token_id)


def user_for_api_token(ws: Context, secret: str) -> int | None:
    """The user a bearer token belongs to, or None (its last use is recorded)."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    with ws.read() as conn:
        found = qa.user_for_token(conn, digest(secret))
    if found is None:
        return None
    user_id, token_id = found
    now = ws.clock()
    with ws.write(derived=True) as conn:  # derived: using a token changes no plan
        qa.touch_token(conn, token_id, now)
    return user_id


# --- leaving -------------------------------------------------------------------------------


def delete_account(ws: Context, password: str) -> None:
    """The user deletes their account and all its data, confirming with their password."""
    with ws.read() as conn:
        stored = qa.password_hash(conn, ws.user_id)
        account = qa.account(conn, ws.user_id)
    if account is None or not verify_password(password, stored):
        raise BadInput("the password is not right: nothing was deleted")
    with ws.write(derived=True) as conn:
        if account.is_admin and qa.count_admins(conn, leave_out=LOCAL_USERNAME) <= 1:
            raise BadInput("you are the last administrator: make another one first")
        refs = qa.secret_refs(conn, ws.user_id, _SECRET_SETTINGS)
        qa.delete_user(conn, ws.user_id)
    _forget_secrets(refs)
    audit("account.deleted", username=account.username)
