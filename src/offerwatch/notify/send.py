"""Sending one message on one channel: webhook, ntfy, email (SMTP) or the desktop.

Each adapter raises SendFailed with a one-line reason; nothing here touches the database.
"""

from __future__ import annotations

import json
import os
import shutil
import smtplib
import ssl
import subprocess
import urllib.error
import urllib.request
from base64 import b64encode
from email.message import EmailMessage
from typing import Any

from offerwatch.notify.messages import Message

BUTTONS = ("open", "draft")  # the links shown as ntfy action buttons
TIMEOUT = 15  # seconds for one send: a dead receiver must not hold the run for long
USER_AGENT = "offerwatch-reminders/1"


class SendFailed(Exception):
    """A message could not be delivered (the reason is one line)."""


def send(kind: str, target: str, options: dict[str, Any], secret: str | None,
         message: Message) -> None:  # fmt: skip
    """Deliver `message` on the channel described by kind/target/options/secret."""
    if kind == "webhook":
        _post(target, _webhook_body(message), "application/json", _auth(secret))
    elif kind == "ntfy":
        _ntfy(target, options, secret, message)
    elif kind == "email":
        _email(target, options, secret, message)
    elif kind == "desktop":
        desktop(message)
    else:
        raise SendFailed(f"unknown channel kind {kind!r}")


def _auth(secret: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"} if secret else {}


def _webhook_body(message: Message) -> bytes:
    # `text` is what Slack-compatible endpoints (Mattermost, Rocket.Chat) show; the other
    # fields are for Home Assistant, Gotify bridges and scripts.
    body = {
        "text": f"{message.title}\n{message.body}",
        "title": message.title,
        "message": message.body,
        "kind": message.kind,
        "url": message.url,
        "links": message.links,
    }
    return json.dumps(body, ensure_ascii=False).encode()


def _post(url: str, data: bytes, ctype: str, headers: dict[str, str]) -> None:
    request = urllib.request.Request(url, data=data, method="POST")
    request.add_header("Content-Type", ctype)
    request.add_header("User-Agent", USER_AGENT)
    for name, value in headers.items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as reply:
            reply.read(1024)
    except urllib.error.HTTPError as exc:
        raise SendFailed(f"{url} answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise SendFailed(f"cannot reach {url}: {reason}") from None


def _header(value: str) -> str:
    """A header value: one line; non-ASCII as RFC 2047 (ntfy decodes it)."""
    line = " ".join(value.split())[:250]
    if line.isascii():
        return line
    return f"=?UTF-8?B?{b64encode(line.encode()).decode()}?="


def _ntfy(url: str, options: dict[str, Any], secret: str | None, message: Message) -> None:
    """ntfy's publish API: the body is the text; title, priority and the click URL are
    headers, and each link becomes a "view" action button."""
    headers = {
        "Title": _header(message.title),
        "Priority": str(message.priority or options.get("priority", 4)),
        "Tags": "bell" if message.kind == "reminder" else "calendar",
        **_auth(secret),
    }
    if message.url:
        headers["Click"] = message.url
    # Buttons only for the fixed labels: a title in ntfy's "view, label, url; ..." syntax
    # could break it (commas, semicolons) or pass a header it does not decode.
    buttons = [f"view, {label}, {link}" for label, link in message.links.items()
               if label in BUTTONS]  # fmt: skip
    if buttons:
        headers["Actions"] = "; ".join(buttons)
    _post(url, message.body.encode(), "text/plain; charset=utf-8", headers)


def _email(to: str, options: dict[str, Any], secret: str | None, message: Message) -> None:
    mail = EmailMessage()
    mail["From"] = options.get("sender") or to
    mail["To"] = to
    mail["Subject"] = " ".join(message.title.split())
    links = "".join(f"\n{label}: {url}" for label, url in message.links.items())
    mail.set_content(message.body + ("\n" + links if links else "") + "\n")
    context = ssl.create_default_context(cafile=options.get("cafile"))
    host, port = str(options["host"]), int(options["port"])
    try:
        if options.get("tls") == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(host, port, timeout=TIMEOUT, context=context)
        else:
            client = smtplib.SMTP(host, port, timeout=TIMEOUT)
        with client:
            if options.get("tls") != "tls":
                try:
                    client.starttls(context=context)
                except smtplib.SMTPNotSupportedError:
                    raise SendFailed(
                        f"the mail server {host}:{port} offers no STARTTLS: use smtps://"
                    ) from None
            if options.get("username") and secret:
                client.login(str(options["username"]), secret)
            client.send_message(mail)
    except smtplib.SMTPAuthenticationError:
        raise SendFailed(f"the mail server {host} refused the user name or password") from None
    except (smtplib.SMTPException, OSError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise SendFailed(f"mail via {host}:{port} failed: {reason}") from None


NO_DESKTOP = (
    "no desktop session here (no notify-send and no D-Bus session bus): "
    "use an ntfy, webhook or email channel instead"
)


def desktop_available(env: dict[str, str] | None = None) -> bool:
    """A desktop notification can be shown: a session bus and a way to reach it."""
    env = dict(os.environ) if env is None else env
    if not env.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    return bool(shutil.which("notify-send") or shutil.which("gdbus"))


def desktop(message: Message, env: dict[str, str] | None = None) -> None:
    """A freedesktop notification through notify-send, else gdbus; SendFailed with a clear
    line where there is no desktop session (a server, a container, an SSH login)."""
    env = dict(os.environ) if env is None else env
    if not desktop_available(env):
        raise SendFailed(NO_DESKTOP)
    body = message.body + (f"\n{message.url}" if message.url else "")
    if shutil.which("notify-send"):
        command = ["notify-send", "--app-name=offerwatch", message.title, body]
    else:
        command = ["gdbus", "call", "--session", "--dest=org.freedesktop.Notifications",
                   "--object-path=/org/freedesktop/Notifications",
                   "--method=org.freedesktop.Notifications.Notify", "offerwatch", "0", "",
                   message.title, body, "[]", "{}", "-1"]  # fmt: skip
    try:
        done = subprocess.run(command, env=env, capture_output=True, timeout=TIMEOUT, text=True)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SendFailed(f"desktop notification failed: {exc}") from None
    if done.returncode != 0:
        lines = (done.stderr or "").strip().splitlines()
        raise SendFailed(f"desktop notification failed: {lines[0] if lines else done.returncode}")
