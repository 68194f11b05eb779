"""/api/v1: DELETE any record into the trash, restore it, list the trash."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from offerwatch.core.trash import TrashItem
from offerwatch.web.api.conventions import (
    KIND_OF,
    PREFIX,
    Collection,
    expected_version,
    paged,
)
from offerwatch.web.deps import ApiWS, Id, Limit, Offset

router = APIRouter(tags=["trash"])


@router.delete("/{collection}/{record_id}", status_code=204, response_class=Response)
def delete(ws: ApiWS, collection: Collection, record_id: Id, request: Request) -> Response:
    """Move the record and everything that hangs from it to the trash (kept 30 days).
    If-Match with the ETag read refuses deleting a changed record (412)."""
    kind = KIND_OF[collection]
    ws.delete(kind, record_id, expected_version=expected_version(request, kind, record_id))
    return Response(status_code=204)


@router.post("/{collection}/{record_id}/restore", response_model=TrashItem)
def restore(ws: ApiWS, collection: Collection, record_id: Id, response: Response) -> TrashItem:
    """Bring a deleted record back with what was deleted with it. Location: where it is
    now (its id stays, unless a newer record took it)."""
    item = ws.restore(KIND_OF[collection], record_id)
    response.headers["Location"] = f"{PREFIX}/{collection.value}/{item.record_id}"
    return item


@router.get("/trash", response_model=list[TrashItem])
def trash(
    ws: ApiWS, request: Request, response: Response, limit: Limit = 50, offset: Offset = 0
) -> list[TrashItem]:
    """What can still be restored, the latest deletion first, paged."""
    items = ws.trash()
    paged(request, response, len(items), limit, offset)
    return items[offset : offset + limit]


__all__ = ["router"]
