"""Importing the service does no work the everyday commands do not use: no password hash, no
mail pattern compiled, no mail reader, draft template or calendar loaded."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

from offerwatch.service.accounts import _DUMMY_HASH, hash_password, verify_password

# Modules the agenda and the application list never need.
NOT_FOR_EVERYDAY = (
    "offerwatch.core.detection",
    "offerwatch.core.timeline",
    "offerwatch.core.insights",
    "offerwatch.core.calibration",
    "offerwatch.mail.imap",
    "offerwatch.mail.match",
    "offerwatch.mail.message",
    "offerwatch.service.mail_reader",
    # The use cases of the rarer commands load when one of them runs (service/workspace.py).
    "offerwatch.service.mail_import",
    "offerwatch.service.mail_review",
    "offerwatch.service.tracker_import",
    "offerwatch.service.transfer",
    "offerwatch.service.trash",
    "offerwatch.service.check",
    "offerwatch.importers",
    "offerwatch.store.check",
    "offerwatch.store.backup",
    "offerwatch.drafts",
    "offerwatch.calendar",
    "jinja2",
    "icalendar",
    "alembic",
    "fastapi",
    "argon2",
)

PROBE = """
import hashlib, json, sys
calls = []
real = hashlib.scrypt
hashlib.scrypt = lambda *a, **k: calls.append(1) or real(*a, **k)
from offerwatch.service import open_workspace
ws = open_workspace(sys.argv[1])
{work}
ws.close()
print(json.dumps({{"scrypt": len(calls), "loaded": sorted(sys.modules)}}))
"""


def probe(db: str, work: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(work=work), db],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout.splitlines()[-1])
    return result


def loaded_of(result: dict[str, object], prefixes: tuple[str, ...]) -> list[str]:
    names = result["loaded"]
    assert isinstance(names, list)
    return [n for n in names if any(n == p or n.startswith(p + ".") for p in prefixes)]


def test_agenda_and_list_load_nothing_they_do_not_use(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    setup = probe(db, "ws.add_application('Acme', 'Analyst')")
    assert setup["scrypt"] == 0
    agenda = probe(db, "ws.agenda()")
    assert agenda["scrypt"] == 0
    # The planner uses the model's silence clock (core.derive, small), not the model itself.
    scoring = ("offerwatch.core.odds", "offerwatch.store.evidence")
    assert loaded_of(agenda, (*NOT_FOR_EVERYDAY, *scoring)) == []
    listed = probe(db, "ws.scores([a.id for a in ws.list_applications()])")
    assert listed["scrypt"] == 0
    assert loaded_of(listed, NOT_FOR_EVERYDAY) == []
    assert set(loaded_of(listed, scoring)) == set(scoring)  # the list does score
    # Nor the planner: the list neither derives nor shows the plan.
    assert loaded_of(listed, ("offerwatch.core.planner", "offerwatch.service.agenda")) == []


def test_the_use_cases_still_load_what_they_need(tmp_path: Path) -> None:
    # The laziness must not break the rare use cases: each loads its own modules.
    db = f"sqlite:///{tmp_path / 'offerwatch.db'}"
    work = (
        "a = ws.add_application('Acme', 'Analyst')\n"
        "ws.add_signal(a, 'timeline_stated', note='we will decide by next friday')\n"
        "ws.insights(); ws.review_list(); ws.calendar_ics()\n"
        "ws.score(a, calibrated=True)"
    )
    result = probe(db, work)
    assert set(loaded_of(result, NOT_FOR_EVERYDAY)) >= {
        "offerwatch.core.timeline", "offerwatch.core.insights", "offerwatch.core.calibration",
        "offerwatch.core.detection", "offerwatch.calendar",
    }  # fmt: skip


def test_the_dummy_login_hash_costs_what_a_real_one_does() -> None:
    real = hash_password("correct horse battery")
    real_parts, dummy_parts = real.split("$"), _DUMMY_HASH.split("$")
    assert dummy_parts[:4] == real_parts[:4]  # Argon2id with the same cost parameters
    for dummy, genuine in zip(dummy_parts[4:], real_parts[4:], strict=True):
        assert len(base64.b64decode(dummy + "==")) == len(base64.b64decode(genuine + "=="))
    assert not verify_password("", _DUMMY_HASH)
    assert not verify_password("correct horse battery", _DUMMY_HASH)
