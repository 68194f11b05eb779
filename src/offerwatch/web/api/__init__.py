"""The JSON API under /api/v1 (OpenAPI at /api/v1/openapi.json)."""

from __future__ import annotations

from fastapi import APIRouter

from offerwatch.web.api import applications, goals, notes_signs, overview, people, tracking, trash

router = APIRouter(prefix="/api/v1")
# trash last: its /{collection}/{id} routes must not shadow the others.
for module in (overview, applications, people, tracking, notes_signs, goals, trash):
    router.include_router(module.router)

__all__ = ["router"]
