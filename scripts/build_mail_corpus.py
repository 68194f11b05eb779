"""Build tests/data/mail-corpus/*.eml and labels.json from the hand-written message sources.

The sources (tests/data/mail-corpus-src/dev.txt and test.txt) hold one message per block:
header lines (name, date, from, subject, form, charset, labels, optional to/in-reply-to),
a "---" line, then the body. `form` picks the MIME shape so that the corpus exercises the
readers: plain, qp (quoted-printable), b64 (base64), html (HTML only), alt (text and HTML
alternatives), mixed (text plus an attachment). Labels are "kind" or "timeline_stated
YYYY-MM-DD", separated by ";". Run: .venv/bin/python scripts/build_mail_corpus.py
"""

from __future__ import annotations

import html
import json
from email.charset import BASE64, QP, Charset
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tests" / "data" / "mail-corpus-src"
TARGET = ROOT / "tests" / "data" / "mail-corpus"
CANDIDATE = "Ana Lopez <ana.lopez@example.net>"


def _blocks(text: str) -> list[tuple[dict[str, str], str]]:
    found = []
    for block in text.split("\n=====\n"):
        if not block.strip():
            continue
        head, _, body = block.strip("\n").partition("\n---\n")
        fields = {}
        for line in head.splitlines():
            key, _, value = line.partition(":")
            fields[key.strip().lower()] = value.strip()
        found.append((fields, body.rstrip("\n") + "\n"))
    return found


def _html(body: str) -> str:
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    inner = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in paragraphs)
    return (
        "<html><head><style>p{margin:0 0 1em}</style></head><body>"
        f'<div class="content">\n{inner}</div></body></html>\n'
    )


def _text_part(body: str, charset: str, encoding: str | None) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(encoding or "")
    return MIMEText(body, "plain", cs)  # type: ignore[arg-type]


def _address(text: str) -> str:
    """A From/To value with only the display name encoded when it is not ASCII."""
    name, addr = parseaddr(text)
    return formataddr((name, addr), charset="utf-8")


def _message(fields: dict[str, str], body: str) -> bytes:
    form = fields.get("form", "plain")
    charset = fields.get("charset", "utf-8")
    msg: MIMEMultipart | MIMEText
    if form in ("plain", "qp", "b64"):
        msg = _text_part(body, charset, None if form == "plain" else form)
    elif form == "html":
        msg = MIMEText(_html(body), "html", charset)
    elif form == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(_text_part(body, charset, "qp"))
        msg.attach(MIMEText(_html(body), "html", charset))
    elif form == "mixed":
        msg = MIMEMultipart("mixed")
        msg.attach(_text_part(body, charset, None))
        attachment = MIMEApplication(b"%PDF-1.4\n% not a real document\n", "pdf")
        attachment.add_header("Content-Disposition", "attachment", filename="details.pdf")
        msg.attach(attachment)
    else:
        raise SystemExit(f"unknown form {form!r} in {fields['name']}")
    msg["From"] = _address(fields["from"])
    msg["To"] = _address(fields.get("to", CANDIDATE))
    msg["Subject"] = fields["subject"]
    msg["Date"] = fields["date"]
    domain = fields["from"].rsplit("@", 1)[-1].rstrip(">") or "example.com"
    msg["Message-ID"] = f"<{fields['name']}.{fields['date'][5:16].replace(' ', '')}@{domain}>"
    if "in-reply-to" in fields:
        msg["In-Reply-To"] = fields["in-reply-to"]
        msg["References"] = fields["in-reply-to"]
    return msg.as_bytes()


def _labels(text: str) -> list[dict[str, str | None]]:
    found: list[dict[str, str | None]] = []
    for item in text.split(";"):
        item = item.strip()
        if not item:
            continue
        kind, _, when = item.partition(" ")
        found.append({"kind": kind, "expected_by": when.strip() or None})
    return found


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    for old in TARGET.glob("*.eml"):
        old.unlink()
    labels: dict[str, list[dict[str, str | None]]] = {}
    for split in ("dev", "test"):
        source = SOURCES / f"{split}.txt"
        for number, (fields, body) in enumerate(_blocks(source.read_text("utf-8")), 1):
            name = f"{split}-{number:03d}-{fields['name']}.eml"
            (TARGET / name).write_bytes(_message(fields, body))
            labels[name] = _labels(fields.get("labels", ""))
    (TARGET / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n")
    print(f"{len(labels)} messages written to {TARGET}")


if __name__ == "__main__":
    main()
