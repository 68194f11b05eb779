"""`serve --root-path /ow` behind a proxy that strips the prefix: the app's links, forms,
redirects and cookie all carry the prefix (uvicorn serving as `serve` does)."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
from tests.support.accounts import PASSWORD
from tests.support.browser import served

from offerwatch.service import open_workspace

# A local path in a link or form that lacks the prefix.
UNPREFIXED = re.compile(r'\s(?:href|action|src|formaction)="/(?!/|ow/|ow")')


class StrippingProxy(httpx.HTTPTransport):
    """What nginx's `location /ow/ { proxy_pass http://app/; }` does: /ow/x reaches the app
    as /x (the client, like a browser, sees only /ow/... URLs and keeps cookies for them)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.raw_path.removeprefix(b"/ow") or b"/"
        request.url = request.url.copy_with(raw_path=path)
        return super().handle_request(request)


def test_links_redirects_and_cookie_carry_the_prefix(tmp_path: Path) -> None:
    ws = open_workspace(f"sqlite:///{tmp_path / 'x.db'}")
    ws.add_user("ana", PASSWORD)
    try:
        with served(ws, root_path="/ow", accounts=True) as base:
            proxy = StrippingProxy()
            with httpx.Client(base_url=base + "/ow", transport=proxy, timeout=20) as client:
                first = client.get("/pipeline", follow_redirects=False)
                assert first.status_code == 303
                assert first.headers["location"] == "/ow/login?next=/ow/pipeline"
                assert "Path=/ow/;" in first.headers["set-cookie"]
                login = client.get("/login")
                assert (
                    'action="/ow/login"' in login.text and 'href="/ow/static/app.css"' in login.text
                )
                assert UNPREFIXED.findall(login.text) == []
                assert int(login.headers["content-length"]) == len(login.content)
                csrf = re.search(r'name="csrf" value="([^"]+)"', login.text)
                assert csrf
                res = client.post("/login", data={"csrf": csrf.group(1), "username": "ana",
                                                  "password": PASSWORD, "next": "/ow/pipeline"},
                                  follow_redirects=False)  # fmt: skip
                assert res.status_code == 303 and res.headers["location"] == "/ow/pipeline"
                today = client.get("/")
                assert today.status_code == 200 and 'href="/ow/pipeline"' in today.text
                assert UNPREFIXED.findall(today.text) == []
                css = client.get("/static/app.css")
                assert css.status_code == 200 and "text/css" in css.headers["content-type"]
    finally:
        ws.close()
