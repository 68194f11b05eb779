"""What the user gives for a new channel, checked: a web address, an email address and its
SMTP server. A password found in a URL is taken out (it goes to the secret store)."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import parseaddr
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit, urlunsplit

from offerwatch.errors import BadInput

KINDS = ("webhook", "ntfy", "email", "desktop")
MAX_URL = 2000


@dataclass(frozen=True, slots=True)
class Target:
    """A channel ready to store: `secret` goes to the secret store, never the database."""

    kind: str
    target: str
    options: dict[str, Any] = field(default_factory=dict)
    secret: str | None = None


def _clean(value: str, what: str) -> str:
    text = value.strip()
    if not text or len(text) > MAX_URL or any(ord(c) < 32 or c == " " for c in text):
        raise BadInput(f"not a usable {what}: {value[:80]!r}")
    return text


def web_url(value: str, what: str = "URL") -> str:
    """An http(s) URL with a host, without user:password (refused: use --token)."""
    text = _clean(value, what)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInput(f"not a {what}: {text[:80]!r} (e.g. https://ntfy.sh/my-topic)")
    if parts.username or parts.password:
        raise BadInput(f"put no password in the {what}: give it with --token instead")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise BadInput(f"not a {what}: bad port in {text[:80]!r}") from None
    return text


def webhook(url: str, token: str | None = None) -> Target:
    return Target("webhook", web_url(url), {}, token or None)


def ntfy(url: str, token: str | None = None, priority: int = 4) -> Target:
    """An ntfy topic URL (https://ntfy.sh/TOPIC or your own server's)."""
    checked = web_url(url, "ntfy topic URL")
    if not urlsplit(checked).path.strip("/"):
        raise BadInput(f"the ntfy URL needs a topic: {checked}/your-topic")
    if not 1 <= priority <= 5:
        raise BadInput("ntfy priority is 1 (min) to 5 (max)")
    return Target("ntfy", checked, {"priority": priority}, token or None)


def email_address(value: str) -> str:
    text = _clean(value, "email address")
    _, address = parseaddr(text)
    local, at, domain = address.rpartition("@")
    if address != text or not at or not local or "." not in domain:
        raise BadInput(f"not an email address: {text[:80]!r}")
    return address


def email(address: str, smtp: str | None) -> Target:
    """Mail to `address` through `smtp`: smtp://USER:PASSWORD@HOST:587 (STARTTLS) or
    smtps://USER:PASSWORD@HOST:465 (TLS); ?cafile=PATH trusts your own server's certificate."""
    to = email_address(address)
    if not smtp:
        raise BadInput("give the mail server: --smtp smtp://user:password@smtp.example.org:587")
    text = _clean(smtp, "SMTP URL")
    parts = urlsplit(text)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise BadInput(
            f"not an SMTP URL: {parts.scheme or text[:40]}:// (use smtp://user:password@host:587"
            " for STARTTLS or smtps://...:465 for TLS)"
        )
    try:
        port = parts.port or (465 if parts.scheme == "smtps" else 587)
    except ValueError:
        raise BadInput(f"not an SMTP URL: bad port in {parts.netloc[-40:]!r}") from None
    query = parse_qs(parts.query)
    options: dict[str, Any] = {
        "host": parts.hostname,
        "port": port,
        "tls": "tls" if parts.scheme == "smtps" else "starttls",
        "username": unquote(parts.username) if parts.username else None,
        "sender": query.get("from", [to])[0],
    }
    if "cafile" in query:
        options["cafile"] = query["cafile"][0]
    password = unquote(parts.password) if parts.password else None
    return Target("email", to, options, password)


def with_password(smtp: str, password: str) -> str:
    """The SMTP URL with `password` put in (quoted) after its user name (a password typed at
    a prompt or in its own form field, not in the URL)."""
    parts = urlsplit(_clean(smtp, "SMTP URL"))
    if not parts.username or not parts.hostname:
        raise BadInput("the SMTP URL needs the user name: smtp://USER@HOST:587")
    host = parts.netloc.rpartition("@")[2]
    netloc = f"{quote(parts.username, safe='@')}:{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc))


def smtp_shown(options: dict[str, Any]) -> str:
    """The SMTP server as shown in lists: no password (it is not known here anyway)."""
    scheme = "smtps" if options.get("tls") == "tls" else "smtp"
    user = f"{quote(str(options['username']))}@" if options.get("username") else ""
    return f"{scheme}://{user}{options.get('host')}:{options.get('port')}"


def parse(kind: str, target: str | None, *, smtp: str | None = None,
          token: str | None = None, priority: int = 4) -> Target:  # fmt: skip
    """The channel `kind` with `target` (its URL or address), checked."""
    if kind not in KINDS:
        raise BadInput(f"unknown channel kind {kind!r}; one of: {', '.join(KINDS)}")
    if kind == "desktop":
        return Target("desktop", "desktop")
    if not target:
        raise BadInput(f"a {kind} channel needs its {'address' if kind == 'email' else 'URL'}")
    if kind == "webhook":
        return webhook(target, token)
    if kind == "ntfy":
        return ntfy(target, token, priority)
    return email(target, smtp)
