"""The settings page: name and signature sign the web's drafts; bad values change nothing."""

from __future__ import annotations

from tests.support.webclient import Web

from offerwatch.service import Workspace


def _thank_you(ws: Workspace) -> int:
    return next(i.id for i in ws.agenda().items if i.kind == "thank_you" and not i.done)


def test_settings_saved_from_the_page_sign_the_drafts(web: Web, ws: Workspace, app_id: int) -> None:
    page = web.get("/settings")
    assert page.status_code == 200 and 'name="my_addresses"' in page.text
    res = web.post_form(
        "/settings",
        {
            "name": "Sam Rivera",
            "signature": "+49 30 1234567\r\nlinkedin.com/in/samrivera",
            "pitch": "",
            "my_addresses": "Sam@Example.org, sam.rivera@work.example",
            "timezone": "America/New_York",
            "weekly_target": "7",
            "country": "de",
        },
    )
    assert res.status_code == 303 and res.headers["location"] == "/settings?saved=1"
    values = ws.settings()
    assert values["my_addresses"] == "sam@example.org, sam.rivera@work.example"
    assert values["country"] == "DE" and values["weekly_target"] == "7"
    assert str(ws.timezone()) == "America/New_York"
    assert "Settings saved" in web.get("/settings?saved=1").text
    draft = web.get(f"/actions/{_thank_you(ws)}/draft").text
    assert "Best regards,\nSam Rivera\n+49 30 1234567\nlinkedin.com/in/samrivera" in draft


def test_a_bad_setting_changes_nothing(web: Web, ws: Workspace) -> None:
    web.post_form("/settings", {"name": "Sam", "weekly_target": "5"})
    for bad in (
        {"name": "Kim", "weekly_target": "5", "timezone": "Mars/Olympus"},
        {"name": "Kim", "weekly_target": "500"},
        {"name": "Kim", "weekly_target": "5", "my_addresses": "me@x.org, not-an-address"},
        {"name": "Kim", "weekly_target": "5", "country": "Germany"},
        {"name": "Kim\nBcc: x@evil.example", "weekly_target": "5"},
    ):
        res = web.post_form("/settings", bad)
        assert res.status_code == 400, bad
        assert 'class="error"' in res.text
        assert ws.settings()["name"] == "Sam"  # the good fields of the form were not stored


def test_an_emptied_field_goes_back_to_its_default(web: Web, ws: Workspace) -> None:
    web.post_form("/settings", {"name": "Sam", "weekly_target": "9", "country": "FR"})
    web.post_form("/settings", {"name": "", "weekly_target": "", "country": ""})
    values = ws.settings()
    assert values["name"] is None and values["country"] is None
    assert ws.weekly_target() == 5
