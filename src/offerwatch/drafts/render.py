"""Render a draft email from a template: plain text, an .eml file and a mailto: link.

Templates are looked up first in <data dir>/templates (the user's own copies), then in the
ones shipped in this package. A template's first line is "Subject: ...", then a blank line,
then the body.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any
from urllib.parse import quote

from offerwatch.errors import BadInput

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft email: where to, subject and body, and the same as a mailto: link and .eml."""

    to: str | None
    subject: str
    body: str
    mailto: str
    eml: bytes


def template_dirs(data_dir: Path | None = None) -> list[Path]:
    """Where templates are looked up, the user's folder first."""
    dirs = [data_dir / "templates"] if data_dir is not None else []
    return [*dirs, PACKAGE_TEMPLATES]


def mailto_link(to: str | None, subject: str, body: str) -> str:
    """A mailto: URI (RFC 6068): every reserved character percent-encoded, CRLF line ends."""
    address = quote(to or "", safe="@")
    query = "&".join(
        f"{name}={quote(value, safe='')}"
        for name, value in (("subject", subject), ("body", body.replace("\n", "\r\n")))
    )
    return f"mailto:{address}?{query}"


def eml_bytes(to: str | None, subject: str, body: str) -> bytes:
    """An unsent message (X-Unsent: 1) that mail clients open as a draft ready to send."""
    message = EmailMessage(policy=SMTP)
    if to:
        message["To"] = to
    message["Subject"] = subject
    message["X-Unsent"] = "1"
    message.set_content(body)
    return message.as_bytes()


def render_draft(
    template: str, context: Mapping[str, Any], to: str | None, data_dir: Path | None = None
) -> Draft:
    """Render `template` (e.g. "thank_you.txt.j2") with `context` into a Draft."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError

    env = Environment(
        loader=FileSystemLoader([str(d) for d in template_dirs(data_dir)]),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text email, not HTML
        keep_trailing_newline=True,
    )
    try:
        text = env.get_template(template).render(**context)
    except TemplateError as exc:
        where = getattr(exc, "filename", None) or template
        raise BadInput(f"draft template {where}: {exc}") from None
    head, _, body = text.lstrip().partition("\n")
    if not head.lower().startswith("subject:"):
        raise BadInput(f"draft template {template}: the first line must be 'Subject: ...'")
    subject = head.split(":", 1)[1].strip()
    body = _tidy(body)
    return Draft(
        to=to,
        subject=subject,
        body=body,
        mailto=mailto_link(to, subject, body),
        eml=eml_bytes(to, subject, body),
    )


def _tidy(body: str) -> str:
    """No leading blank lines, no runs of blank lines, no trailing spaces, one final newline."""
    lines = [line.rstrip() for line in body.strip("\n").splitlines()]
    tidy: list[str] = []
    for line in lines:
        if line or (tidy and tidy[-1]):
            tidy.append(line)
    return "\n".join(tidy).strip("\n") + "\n"
