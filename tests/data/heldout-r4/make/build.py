"""Write the round-4 held-out files from the hand-written specs.

    python tests/data/heldout-r4/make/build.py

en/*.eml + en/labels.json, intl/*.eml + intl/labels.json, scenario/mailbox.mbox +
scenario/expected.json, and meta.json. Standard library only; the output is what is committed,
this script only keeps the MIME plumbing consistent.
"""

from __future__ import annotations

import email.utils
import importlib
import json
import mailbox
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from mk import ME, ME2, build  # noqa: E402


def write_set(name: str, modules: list[str]) -> None:
    """Write one labelled folder of .eml files and its labels.json."""
    out = ROOT / name
    out.mkdir(exist_ok=True)
    labels: dict[str, dict] = {}
    for mod in modules:
        try:
            specs = importlib.import_module(mod).M
        except ModuleNotFoundError:
            continue
        for spec in specs:
            assert spec["name"] not in labels, spec["name"]
            (out / spec["name"]).write_bytes(bytes(build(spec)))
            entry = {"labels": spec["labels"], "expected_by": spec["expected_by"],
                     "language": spec.get("language", "en")}
            if spec.get("note"):
                entry["note"] = spec["note"]
            labels[spec["name"]] = entry
    (out / "labels.json").write_text(json.dumps(labels, indent=1, sort_keys=True) + "\n")
    print(f"{name}: {len(labels)} messages")


def write_scenario() -> None:
    """Write scenario/mailbox.mbox and scenario/expected.json."""
    try:
        sc = importlib.import_module("scenario_mail")
    except ModuleNotFoundError:
        return
    out = ROOT / "scenario"
    out.mkdir(exist_ok=True)
    path = out / "mailbox.mbox"
    path.unlink(missing_ok=True)
    box = mailbox.mbox(str(path))
    box.lock()
    messages = []
    for spec in sc.M:
        m = build(spec)
        mm = mailbox.mboxMessage(bytes(m))
        stamp = time.gmtime(email.utils.mktime_tz(email.utils.parsedate_tz(m["Date"])))
        mm.set_from(email.utils.parseaddr(spec["from"])[1] or "MAILER-DAEMON", stamp)
        box.add(mm)
        messages.append({"name": spec["name"], "message_id": m["Message-ID"],
                         "subject": spec["subject"], "application": spec["app"],
                         "mine": spec["mine"], **({"unlinked_ok": True} if spec.get("unlinked_ok") else {})})
    box.flush()
    box.unlock()
    box.close()
    expected = {"story": sc.STORY, "applications": sc.APPS, "messages": messages,
                "signals": sc.SIGNALS, "statuses": sc.STATUSES}
    (out / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    print(f"scenario: {len(messages)} messages")


def main() -> None:
    write_set("en", ["en_1", "en_2", "en_3", "en_4"])
    write_set("intl", ["intl_de", "intl_fr", "intl_es", "intl_other"])
    write_scenario()
    meta = {"en": {"my_addresses": [a.split("<")[1].rstrip(">") for a in (ME, ME2)]},
            "intl": {"my_addresses": []}}
    try:
        sc = importlib.import_module("scenario_mail")
        meta["scenario"] = {"my_addresses": sc.MINE, "configured": False}
    except ModuleNotFoundError:
        pass
    (ROOT / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")


if __name__ == "__main__":
    main()
