"""Export, import into an empty database, export again: the same document (Hypothesis over
random workspaces built through the service), on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.support.mailbuild import mail, write_mbox
from tests.support.templates import migrated_postgres, migrated_sqlite

from offerwatch.core.entities import PersonRole, Stage, Status
from offerwatch.errors import BadInput
from offerwatch.service import Workspace, open_workspace

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
_names = itertools.count(1)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def new_url(request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """Makes a fresh database with no rows each call (Hypothesis runs many examples per
    test), at the newest schema: a copy of one migrated once per run, as opening would make."""
    if request.param == "sqlite":
        folder = tempfile.TemporaryDirectory()

        def sqlite() -> str:
            return migrated_sqlite(f"sqlite:///{folder.name}/{next(_names)}.db")

        yield sqlite
        folder.cleanup()
        return
    server = request.getfixturevalue("postgres_server")
    yield lambda: migrated_postgres(server)


text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), max_codepoint=0x1F600),
    min_size=1,
    max_size=12,
).filter(lambda s: s.strip() != "")
person = st.tuples(text, st.sampled_from(list(PersonRole)), st.booleans())
interview = st.tuples(st.sampled_from(list(Stage)), st.integers(-400, 200), st.booleans())
signal = st.sampled_from(
    ["notice_period_asked", "next_steps_reviewed", "references_requested", "salary_discussed"]
)
application = st.fixed_dictionaries(
    {
        "company": st.sampled_from(["Acme", "Globex", "Müller GmbH", "Café 東京", "=cmd"]),
        "role": text,
        "status": st.sampled_from(list(Status)),
        "applied": st.one_of(st.none(), st.dates(date(2025, 6, 1), date(2026, 3, 4))),
        "salary": st.one_of(st.none(), st.tuples(st.integers(1, 9), st.integers(0, 9))),
        "notes": st.one_of(st.none(), text),
        "people": st.lists(person, max_size=2),
        "interviews": st.lists(interview, max_size=2),
        "signals": st.lists(signal, max_size=2),
        "outcome": st.one_of(st.none(), st.sampled_from(["offer", "rejection", "ghosted"])),
    }
)
workspace_spec = st.fixed_dictionaries(
    {
        "apps": st.lists(application, min_size=1, max_size=3),
        "goals": st.lists(
            st.tuples(st.sampled_from(["skill", "rest"]), text, st.integers(0, 2)), max_size=2
        ),
        "name": st.one_of(st.none(), text),
        "marks": st.lists(st.sampled_from(["done", "dismiss", "snooze"]), max_size=3),
        "mail": st.booleans(),
    }
)


def build(ws: Workspace, spec: dict[str, Any], folder: Path) -> None:
    """A workspace filled through the service as a user would."""
    emails: list[str] = []
    for n, a in enumerate(spec["apps"]):
        salary = a["salary"] and (
            a["salary"][0] * 10_000,
            (a["salary"][0] + a["salary"][1]) * 10_000,
        )
        app_id = ws.add_application(
            a["company"], a["role"], status=a["status"], applied_on=a["applied"],
            notes=a["notes"], salary_min=salary[0] if salary else None,
            salary_max=salary[1] if salary else None,
        )  # fmt: skip
        for m, (name, role, with_email) in enumerate(a["people"]):
            email = f"p{n}{m}@acme.example" if with_email else None
            ws.add_person(app_id, name, role=role, email=email)
            if email:
                emails.append(email)
        for stage, hours, signs in a["interviews"]:
            start = NOW + timedelta(hours=hours)
            people = [p.name for p in ws.people(app_id)][:1]
            ws.add_interview(
                app_id, stage=stage, start=start, end=start + timedelta(hours=1),
                with_=people, signs=["positive_body_language"] if signs else [],
                timeline="by 2026-03-20" if signs else None,
            )  # fmt: skip
        for kind in a["signals"]:
            ws.add_signal(app_id, kind, note="seen")
        if a["outcome"]:
            ws.record_outcome(app_id, a["outcome"], at=NOW - timedelta(days=1))
    for kind, title, logs in spec["goals"]:
        goal_id = ws.add_goal(kind, title, 60)
        for i in range(logs):
            ws.log_goal(goal_id, 30 + i, note=title, at=NOW - timedelta(days=i))
    if spec["name"]:
        ws.set_setting("name", spec["name"])
    if spec["mail"] and emails:
        box = write_mbox(
            folder / f"in{next(_names)}.mbox",
            [mail("Next steps", "What is your notice period?", sender=emails[0],
                  date="Tue, 03 Mar 2026 10:00:00 +0000")],
        )  # fmt: skip
        ws.import_mail(str(box))
    items = ws.open_actions(NOW)
    for mark, item in zip(spec["marks"], items, strict=False):
        action_id = item.id
        if mark == "done":
            ws.mark_done(action_id)
        elif mark == "dismiss":
            ws.dismiss(action_id)
        else:
            ws.snooze(action_id, NOW + timedelta(days=2))


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=workspace_spec)
def test_export_import_export_is_the_same_document(
    new_url: Callable[[], str], tmp_path: Path, spec: dict[str, Any]
) -> None:
    with open_workspace(new_url(), clock=lambda: NOW) as original:
        build(original, spec, tmp_path)
        first = original.export_document()
        original.agenda(NOW + timedelta(days=3))
        later_original = original.export_document()
    assert len(first["applications"]) == len(spec["apps"])
    with open_workspace(new_url(), clock=lambda: NOW) as copy:
        counts = copy.import_document(first)
        assert counts["applications"] == len(spec["apps"])
        assert copy.export_document() == first
        # The plan derived again from the copy keeps every mark: the action keys follow
        # the new ids.
        copy.agenda(NOW + timedelta(days=3))
        assert copy.export_document() == later_original
        again = copy.import_document(first)
        assert not any(again.values())


def test_an_export_goes_into_an_empty_database_only(ws: Workspace, sqlite_url: str) -> None:
    ws.add_application("Acme", "Engineer")
    document = ws.export_document()
    other = ws.export_document()
    other["applications"][0]["role"] = "Other"
    with pytest.raises(BadInput, match="empty database"):
        ws.import_document(other)
    assert len(ws.list_applications()) == 1
    assert document["applications"][0]["role"] == "Engineer"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["applications"][0].update(company_id=99), "names no row of companies"),
        (lambda d: d["applications"][0].update(applied_on="yesterday"), "applied_on"),
        (lambda d: d["applications"][0].update(colour="red"), "unknown"),
        (lambda d: d.update(version=7), "version 7"),
        (lambda d: d.update(secrets=[]), "unknown part"),
        (lambda d: d["applications"][0].update(created_at="2026-03-01T10:00:00"), "offset"),
    ],
)
def test_broken_exports_change_nothing(
    ws: Workspace, sqlite_url: str, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    import json

    from offerwatch.core.export_map import load_document

    ws.add_application("Acme", "Engineer", applied_on=date(2026, 3, 1))
    ws.add_goal("skill", "dbt", 60)
    document = ws.export_document()
    change(document)
    with open_workspace(sqlite_url.replace("offerwatch.db", "empty.db")) as empty:
        with pytest.raises(BadInput, match=message):
            empty.import_document(load_document(json.dumps(document)))
        assert empty.export_document()["applications"] == []
        assert empty.export_document()["goals"] == []
