"""The API's HTTP conventions in one place: ETag / If-Match, 201 + Location, paged lists."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TypeVar

from fastapi import HTTPException, Request, Response

from offerwatch.core.trash import TrashKind

PREFIX = "/api/v1"
_TAG = re.compile(r'^(?:W/)?"(?P<kind>[a-z]+)-(?P<id>\d+)-v(?P<version>\d+)"$')


class Collection(StrEnum):
    """The collections whose records can be deleted and restored."""

    APPLICATIONS = "applications"
    PEOPLE = "people"
    INTERVIEWS = "interviews"
    OBSERVATIONS = "observations"
    GOALS = "goals"


KIND_OF: dict[Collection, TrashKind] = {
    Collection.APPLICATIONS: TrashKind.APPLICATION,
    Collection.PEOPLE: TrashKind.PERSON,
    Collection.INTERVIEWS: TrashKind.INTERVIEW,
    Collection.OBSERVATIONS: TrashKind.SIGNAL,
    Collection.GOALS: TrashKind.GOAL,
}
COLLECTION_OF = {kind: collection for collection, kind in KIND_OF.items()}
R = TypeVar("R")


def etag(kind: TrashKind, ident: int, version: int) -> str:
    """The strong ETag of one version of a record, e.g. "application-3-v2"."""
    return f'"{kind.value}-{ident}-v{version}"'


def tagged(request: Request, response: Response, kind: TrashKind, ident: int, version: int) -> bool:
    """Set the ETag on `response`; True when the client's If-None-Match already holds it
    (the caller answers 304 Not Modified)."""
    tag = etag(kind, ident, version)
    response.headers["ETag"] = tag
    wanted = request.headers.get("if-none-match")
    return wanted is not None and tag in [t.strip() for t in wanted.split(",")]


def not_modified(tag: str) -> Response:
    """304 Not Modified, with the ETag the client holds."""
    return Response(status_code=304, headers={"ETag": tag})


def read_tagged(
    request: Request, response: Response, kind: TrashKind, ident: int, found: R, version: int
) -> R | Response:
    """A GET of one record: `found` with the ETag of its `version`, or 304 Not Modified
    when the client's If-None-Match already holds that version."""
    if tagged(request, response, kind, ident, version):
        return not_modified(response.headers["ETag"])
    return found


def expected_version(request: Request, kind: TrashKind, ident: int) -> int | None:
    """The version an If-Match header names (None without one, or with `*`). An ETag of
    another record, or none of ours, can never match: 412 Precondition Failed."""
    header = request.headers.get("if-match")
    if header is None or header.strip() == "*":
        return None
    for candidate in header.split(","):
        match = _TAG.match(candidate.strip())
        if match and match["kind"] == kind.value and int(match["id"]) == ident:
            return int(match["version"])
    raise HTTPException(412, f"If-Match does not name a version of {kind.value} {ident}")


def created(response: Response, collection: str, ident: int) -> None:
    """201's Location: where the new record is read."""
    response.headers["Location"] = f"{PREFIX}/{collection}/{ident}"


def paged(request: Request, response: Response, total: int, limit: int, offset: int) -> None:
    """X-Total-Count, and Link headers (first, prev, next, last) for a page of a list."""
    response.headers["X-Total-Count"] = str(total)
    last = max((total - 1) // limit * limit, 0)
    links = {"first": 0, "last": last}
    if offset > 0:
        links["prev"] = max(offset - limit, 0)
    if offset + limit < total:
        links["next"] = offset + limit
    response.headers["Link"] = ", ".join(
        f'<{request.url.include_query_params(limit=limit, offset=at)}>; rel="{rel}"'
        for rel, at in links.items()
    )
