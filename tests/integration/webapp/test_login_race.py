"""The sign-in limit holds under concurrent guesses across two app instances (two workers)
over one database: each guess reserves its place before its password is checked."""

from __future__ import annotations

import base64
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack

import httpx
from tests.support.served import serving

from offerwatch.service import open_workspace
from offerwatch.web import WebSettings, create_app
from offerwatch.web.throttle import FAILURES

PASSWORD = "correct horse battery"


def _basic(name: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()}


def test_forty_concurrent_wrong_passwords_get_at_most_five_checks(db_url: str) -> None:
    admin = open_workspace(db_url)
    admin.add_user("ana", PASSWORD)
    with ExitStack() as stack:
        urls = []
        for _ in range(2):  # two workers: separate apps, separate engines, one database
            ws = stack.enter_context(open_workspace(db_url))
            app = create_app(
                WebSettings(db_url=db_url, accounts=True), open_workspace=lambda w=ws: w
            )
            url = stack.enter_context(serving(app))
            # One request first: FastAPI builds its routes lazily on the first request, and
            # under pytest's warnings-as-errors 40 threads doing that at once trip over each
            # other's warning filters (a test artefact, not the limiter's).
            assert httpx.get(f"{url}/api/v1/health", timeout=60).status_code == 200
            assert httpx.get(f"{url}/api/v1/applications", timeout=60).status_code == 401
            urls.append(url)

        def guess(i: int) -> int:
            url = f"{urls[i % 2]}/api/v1/applications"
            return httpx.get(url, headers=_basic("ana", f"guess {i}"), timeout=60).status_code

        with ThreadPoolExecutor(40) as pool:
            statuses = list(pool.map(guess, range(40)))
        checked = statuses.count(401)  # a password was checked and was wrong
        assert 1 <= checked <= FAILURES, statuses
        assert statuses.count(429) == 40 - checked, statuses
        # Locked for every worker, even with the right password.
        for url in urls:
            res = httpx.get(f"{url}/api/v1/applications", headers=_basic("ana", PASSWORD))
            assert res.status_code == 429
    admin.close()
