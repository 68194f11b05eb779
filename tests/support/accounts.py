"""Signed-in test clients for server mode (accounts)."""

from __future__ import annotations

from typing import Any

from tests.support.webclient import CSRF

PASSWORD = "correct horse battery"


class Signed:
    """A client signed in as one user, knowing that session's CSRF token."""

    def __init__(self, client: Any, name: str, password: str = PASSWORD) -> None:
        self.client = client
        page = client.get("/login")
        token = CSRF.search(page.text)
        assert token, page.text[:300]
        res = client.post(
            "/login",
            data={"csrf": token.group(1), "username": name, "password": password},
            follow_redirects=False,
        )
        assert res.status_code == 303, res.text[:300]
        self.refresh()

    def refresh(self) -> None:
        page = self.client.get("/account")
        found = CSRF.search(page.text)
        assert found, page.text[:300]
        self.csrf = found.group(1)

    def get(self, url: str, **kw: Any) -> Any:
        return self.client.get(url, **kw)

    def post(self, url: str, data: dict[str, Any] | None = None, **kw: Any) -> Any:
        kw.setdefault("follow_redirects", False)
        return self.client.post(url, data={"csrf": self.csrf, **(data or {})}, **kw)
