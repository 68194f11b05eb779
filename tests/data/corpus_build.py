"""The writer the development corpora's build.py scripts share (mail-corpus-4 to -7).

Each corpus lists its messages as rows; this writes them as .eml files under en/ and intl/
with labels.json, and meta.json, the layout `scripts/eval_heldout.py --root` reads.
Standard library only; deterministic (the Message-ID is a hash of the row's key).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

POL = policy.default.clone(linesep="\n", max_line_length=200)


def message(
    key: str, frm: str, date: str, subject: str, body: str, *, me: str, me2: str = ""
) -> EmailMessage:
    """One message to the candidate `me` ("Name <address>"); a `frm` starting with "!" is
    her own mail, from `me2` (the address import is not told about), to the rest of it."""
    msg = EmailMessage(policy=POL)
    if frm.startswith("!"):
        msg["From"], msg["To"] = me2, frm[1:]
    else:
        msg["From"], msg["To"] = frm, me
    msg["Date"] = format_datetime(datetime.strptime(f"{date} +0000", "%Y-%m-%d %H:%M %z"))
    msg["Subject"] = subject
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<{digest}@{str(msg['From']).split('@')[-1].rstrip('>')}>"
    msg.set_content(body.strip("\n") + "\n")
    return msg


def write_corpus(
    here: Path,
    en: Sequence[Sequence[Any]],
    intl: Sequence[Sequence[Any]],
    *,
    me: str,
    address: str,
    me2: str = "",
) -> None:
    """Write en/ and intl/ with their labels.json, and meta.json, into `here`. `en` rows:
    (key, from, date, subject, body, labels, expected_by); `intl` rows the same with the
    language after the key. `me`: the candidate as "Name <address>"; `address` hers."""
    for folder, rows in (("en", [(k, None, *rest) for k, *rest in en]), ("intl", intl)):
        out = here / folder
        out.mkdir(exist_ok=True)
        labels: dict[str, dict[str, object]] = {}
        for key, language, frm, date, subject, body, kinds, when in rows:
            name = f"{key}.eml"
            made = message(key, frm, date, subject, body, me=me, me2=me2)
            (out / name).write_bytes(bytes(made))
            labels[name] = {"labels": kinds, "expected_by": when}
            if language:
                labels[name]["language"] = language
        (out / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    meta = {"en": {"my_addresses": [address]}, "intl": {"my_addresses": [address]},
            "scenario": {}}  # fmt: skip
    (here / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")
