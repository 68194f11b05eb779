"""The review list is paged in the store, the service, the web page and the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.support.mailbuild import mail, write_mbox
from tests.support.webclient import Web, app_client

from offerwatch.errors import BadInput
from offerwatch.service import Workspace


@pytest.fixture
def web(ws: Workspace) -> Iterator[Web]:
    with app_client(ws) as client:
        yield Web(client)


def _unmatched(ws: Workspace, tmp_path: Path, n: int) -> list[str]:
    """Import `n` job messages no application claims, a minute apart; their subjects."""
    subjects = [f"Role {i:03d}" for i in range(n)]
    mbox = write_mbox(tmp_path / "review.mbox", [
        mail(s, "What are your salary expectations?", sender=f"x{i}@agency{i}.example",
             date=f"Wed, 04 Mar 2026 10:{i // 60:02d}:{i % 60:02d} +0000")
        for i, s in enumerate(subjects)
    ])  # fmt: skip
    summary = ws.import_mail(str(mbox))
    assert summary.to_review == n
    return subjects


def test_service_pages_the_review_list(ws: Workspace, tmp_path: Path) -> None:
    subjects = _unmatched(ws, tmp_path, 7)
    seen = []
    for page in (1, 2, 3):
        found = ws.review_page(page, 3)
        assert (found.total, found.pages) == (7, 3)
        assert found.has_next is (page < 3) and found.has_previous is (page > 1)
        seen += [i.message.subject for i in found.items]
    assert seen == subjects
    assert ws.review_page(4, 3).items == ()
    assert [i.message.subject for i in ws.review_list(limit=2, offset=5)] == subjects[5:]
    for bad in ((0, 3), (1, 0), (1, 501)):
        with pytest.raises(BadInput):
            ws.review_page(*bad)


def test_web_review_page_has_fifty_and_next_previous(
    ws: Workspace, web: Web, tmp_path: Path
) -> None:
    subjects = _unmatched(ws, tmp_path, 53)
    first = web.get("/mail").text
    assert first.count('/assign" class="inline"') == 50
    assert subjects[49] in first and subjects[50] not in first
    assert 'rel="next" href="/mail?page=2"' in first and 'rel="prev"' not in first
    assert "Page 1 of 2" in first and ">53<" in first
    second = web.get("/mail?page=2").text
    assert all(s in second for s in subjects[50:]) and subjects[0] not in second
    assert 'rel="prev" href="/mail?page=1"' in second and 'rel="next"' not in second
    assert "back to the first page" in web.get("/mail?page=9").text
    assert web.client.get("/mail?page=0").status_code in (400, 422)
    assert web.client.get("/mail?page=abc").status_code in (400, 422)
