"""The JSON API under /api/v1 (OpenAPI at /api/v1/openapi.json)."""

from __future__ import annotations

from fastapi import APIRouter

from offerwatch.web.api import applications, overview, tracking

router = APIRouter(prefix="/api/v1")
for module in (overview, applications, tracking):
    router.include_router(module.router)

__all__ = ["router"]
