"""Every page, rendered in-process against a real SQLite workspace; forms, CSRF, bad input."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

import pytest
from sqlalchemy import update
from tests.support.webclient import Web

from offerwatch.core.entities import Status
from offerwatch.service import Workspace
from offerwatch.store import tables as t
from offerwatch.store.queries import count_rows

PAGES = ["/", "/pipeline", "/insights", "/applications/{a}", "/applications/{a}/interviews/new"]


def _count(ws: Workspace, table: Any) -> int:
    with ws.read() as conn:
        return count_rows(conn, table, ws.user_id)


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_the_users_data(web: Web, app_id: int, page: str) -> None:
    res = web.get(page.format(a=app_id))
    assert res.status_code == 200
    assert res.headers["content-type"].startswith("text/html")
    assert 'class="skip" href="#main"' in res.text
    if page not in ("/", "/insights"):
        assert "Acme" in res.text and "Data Engineer" in res.text


def test_today_lists_the_interviews_coming_up(web: Web, ws: Workspace, app_id: int) -> None:
    ws.add_interview(
        app_id,
        stage="interview",
        start=datetime(2026, 3, 6, 9, tzinfo=UTC),
        end=datetime(2026, 3, 6, 10, tzinfo=UTC),
        with_=["Zed Zhou"],
    )
    ws.add_interview(
        app_id,
        stage="interview",
        start=datetime(2026, 4, 6, 9, tzinfo=UTC),
        end=datetime(2026, 4, 6, 10, tzinfo=UTC),
        with_=["Far Future"],
    )
    text = web.get("/").text
    assert "Zed Zhou" in text and "Acme" in text
    assert "Far Future" not in text  # more than two weeks ahead


def test_application_page_shows_timeline_people_and_signs(web: Web, app_id: int) -> None:
    text = web.get(f"/applications/{app_id}").text
    assert "Final interview with Ana Lopez" in text
    assert "Personal interest" in text  # a sign ticked during the interview
    assert "Notice period asked" in text and "asked when I could start" in text
    assert "ana@acme.example" in text
    assert "timeline: by 2026-03-09" in text


def test_pipeline_shows_each_status_with_counts_and_days_waiting(
    web: Web, ws: Workspace, app_id: int
) -> None:
    other = ws.add_application("Globex", "Analyst", status="applied")
    text = web.get("/pipeline").text
    for status in Status:
        assert f'data-status="{status.value}"' in text
    assert f'data-id="{app_id}"' in text and f'data-id="{other}"' in text
    # Both heard of today: said in words, not as "0 d waiting".
    assert "news today" in text and "0 d waiting" not in text


def test_move_a_card_with_the_form(web: Web, ws: Workspace, app_id: int) -> None:
    res = web.post_form(f"/applications/{app_id}/status", {"status": "offer"})
    assert res.status_code == 303 and res.headers["location"] == "/pipeline"
    assert ws.application(app_id).status is Status.OFFER


def test_move_a_card_by_fetch_answers_json(web: Web, ws: Workspace, app_id: int) -> None:
    res = web.post_form(
        f"/applications/{app_id}/status",
        {"status": "screening"},
        headers={"X-Requested-With": "fetch"},
    )
    assert res.status_code == 200 and res.json() == {
        "ok": True,
        "id": app_id,
        "status": "screening",
    }
    assert ws.application(app_id).status is Status.SCREENING


def test_redirect_after_post_never_leaves_the_site(web: Web, app_id: int) -> None:
    res = web.post_form(
        f"/applications/{app_id}/status", {"status": "offer", "next": "//evil.example/x"}
    )
    assert res.headers["location"] == "/pipeline"


def test_form_post_without_csrf_token_is_refused(web: Web, ws: Workspace, app_id: int) -> None:
    res = web.client.post(f"/applications/{app_id}/status", data={"status": "offer"})
    assert res.status_code == 403
    assert ws.application(app_id).status is not Status.OFFER


def test_form_post_from_another_site_is_refused(web: Web, ws: Workspace, app_id: int) -> None:
    res = web.post_form(
        f"/applications/{app_id}/status",
        {"status": "offer"},
        headers={"Origin": "http://evil.example"},
    )
    assert res.status_code == 403
    assert ws.application(app_id).status is not Status.OFFER


def test_add_an_application_opens_its_page(web: Web, ws: Workspace) -> None:
    res = web.post_form("/applications", {"company": "Initech", "role": "SRE"})
    assert res.status_code == 303
    new_id = int(res.headers["location"].rsplit("/", 1)[1])
    assert ws.application(new_id).company == "Initech"


def test_record_an_interview_with_signs_in_one_go(web: Web, ws: Workspace, app_id: int) -> None:
    res = web.post_form(
        f"/applications/{app_id}/interviews",
        {
            "stage": "interview",
            "start": "2026-03-03T14:00",
            "end": "2026-03-03T15:00",
            "actual_end": "2026-03-03T15:20",
            "people": "Bo Berg, cy@acme.example",
            "signs": ["attentive_interviewer", "next_steps_reviewed"],
            "timeline": "we decide by 2026-03-12",
            "notes": "Talked about pipelines",
        },
    )
    assert res.status_code == 303
    interview = ws.interviews(app_id)[-1]
    assert {p.name for p in interview.people} == {"Bo Berg", "Cy"}
    assert interview.timeline_date is not None and interview.timeline_date.isoformat() == (
        "2026-03-12"
    )
    seen = {o.kind for o in ws.observations(app_id) if o.interview_id == interview.id}
    assert seen == {"attentive_interviewer", "next_steps_reviewed"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("start", "next tuesday"),
        ("end", "2026-13-45T10:00"),
        ("signs", "mind_reading"),
        ("stage", "dinner"),
    ],
)
def test_bad_interview_input_is_400_and_nothing_is_stored(
    web: Web, ws: Workspace, app_id: int, field: str, value: str
) -> None:
    form = {"stage": "final", "start": "2026-03-03T10:00", "end": "2026-03-03T11:00"}
    form[field] = value
    before = (_count(ws, t.interviews), _count(ws, t.observations))
    res = web.post_form(f"/applications/{app_id}/interviews", form)
    assert res.status_code == 400
    assert 'role="alert"' in res.text
    assert (_count(ws, t.interviews), _count(ws, t.observations)) == before


def test_unknown_and_malformed_ids(web: Web) -> None:
    assert web.get("/applications/424242").status_code == 404
    assert "No application with id 424242" in web.get("/applications/424242").text
    malformed = web.get("/applications/abc")  # no record has such an address: not found
    assert malformed.status_code == 404 and "Not found" in malformed.text
    assert "&#39;abc&#39; is not the number of a record" in malformed.text
    assert "Input should be" not in malformed.text  # the validator's words stay inside
    assert web.get("/applications/99999999999999999999999").status_code in (400, 404)
    assert web.post_form("/applications/424242/status", {"status": "offer"}).status_code == 404
    nowhere = web.get("/applicatons/1")  # a mistyped address: said in words, not "Not Found"
    assert nowhere.status_code == 404 and "no page at /applicatons/1" in nowhere.text.lower()
    assert web.get("/api/nowhere").json() == {"detail": "Not Found"}  # the API as before


def test_people_notes_signals_and_outcome_forms(web: Web, ws: Workspace, app_id: int) -> None:
    assert (
        web.post_form(
            f"/applications/{app_id}/people",
            {"name": "Dee", "role": "hiring_manager", "email": "dee@acme.example"},
        ).status_code
        == 303
    )
    assert "Dee" in {p.name for p in ws.people(app_id)}
    bad = web.post_form(
        f"/applications/{app_id}/people",
        {"name": "Eve", "role": "hiring_manager", "email": "not an email"},
    )
    assert bad.status_code == 400 and "Eve" not in {p.name for p in ws.people(app_id)}
    web.post_form(f"/applications/{app_id}/notes", {"notes": "  call back Friday "})
    assert ws.application(app_id).notes == "call back Friday"
    web.post_form(
        f"/applications/{app_id}/signals", {"kind": "references_requested", "note": "two referees"}
    )
    assert "references_requested" in {o.kind for o in ws.observations(app_id)}
    web.post_form(f"/applications/{app_id}/outcome", {"outcome": "rejection"})
    assert ws.application(app_id).status is Status.REJECTED


def test_insights_count_the_funnel(web: Web, ws: Workspace, app_id: int) -> None:
    ws.add_application("Globex", "Analyst")
    ws.record_outcome(app_id, "offer")
    data = ws.insights()
    counts = {s.name: s.count for s in data.funnel}
    assert counts == {"applied": 2, "screened": 1, "interviewed": 1, "final": 1, "offer": 1}
    text = web.get("/insights").text
    assert "Jobvite" in text and "glassdoor.com" in text  # benchmarks carry their source
    assert "<svg" in text


class _Fields(HTMLParser):
    """Collects form fields and the labels that name them."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "label":
            self.depth += 1
            if a.get("for"):
                self.label_for.add(a["for"] or "")
        elif tag in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit"):
            self.fields.append({**a, "_in_label": "1" if self.depth else None})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self.depth -= 1


@pytest.mark.parametrize("page", PAGES)
def test_every_field_has_a_label(web: Web, app_id: int, page: str) -> None:
    parser = _Fields()
    parser.feed(web.get(page.format(a=app_id)).text)
    for field in parser.fields:
        named = (
            field["_in_label"] or field.get("aria-label") or field.get("id") in (parser.label_for)
        )
        assert named, field


@pytest.mark.parametrize("page", PAGES)
def test_page_weight_is_small_and_nothing_comes_from_elsewhere(
    web: Web, app_id: int, page: str
) -> None:
    html = web.get(page.format(a=app_id)).content
    css = web.get("/static/app.css").content
    js = web.get("/static/app.js").content
    assert len(html) + len(css) + len(js) < 200 * 1024
    for marker in (b'src="http', b'href="http://', b"@import", b"//cdn"):
        assert marker not in html + css + js


def test_user_text_is_escaped_and_only_web_links_are_links(web: Web, ws: Workspace) -> None:
    refused = web.post_form(
        "/applications", {"company": "A", "role": "B", "url": "javascript:alert(1)"}
    )
    assert refused.status_code == 400  # such a link is not stored in the first place
    app = ws.add_application("<script>alert(1)</script>", "Dev")
    with ws.write() as conn:  # stored before urls were checked: the page still must not link it
        conn.execute(update(t.applications).values(url="javascript:alert(1)"))
    text = web.get(f"/applications/{app}").text + web.get("/pipeline").text
    assert "<script>alert(1)</script>" not in text and "&lt;script&gt;" in text
    assert 'href="javascript:' not in text


def test_responses_carry_security_headers(web: Web) -> None:
    headers = web.get("/pipeline").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert 'style="' not in web.get("/").text  # no inline styles for the policy to block


def test_pages_read_and_show_times_in_the_users_timezone_setting(
    web: Web, ws: Workspace, app_id: int
) -> None:
    ws.set_setting("timezone", "America/New_York")
    res = web.post_form(
        f"/applications/{app_id}/interviews",
        {"stage": "interview", "start": "2026-03-03T10:00", "end": "2026-03-03T11:00"},
    )
    assert res.status_code == 303
    interview = ws.interviews(app_id)[-1]
    assert interview.scheduled_start == datetime(2026, 3, 3, 15, tzinfo=UTC)  # 10:00 EST
    assert "Tue 3 Mar, 10:00" in web.get(f"/applications/{app_id}").text


def test_an_unknown_status_filter_is_refused_in_one_line(web: Web, ws: Workspace) -> None:
    ws.add_application("Acme", "Data Engineer", status="applied")
    res = web.get("/pipeline?status=bogus")
    assert res.status_code == 400
    alert = re.search(r'role="alert" data-testid="error">([^<]*)<', res.text)
    assert alert and alert.group(1).startswith("Unknown status &#39;bogus&#39;; one of: ")
    assert "Input should be" not in res.text and "applied" in alert.group(1)
    res = web.get("/pipeline?status=applied")
    assert res.status_code == 200 and "Acme" in res.text
    assert web.get("/pipeline?status=").status_code == 200  # an empty filter: the board
