"""The API's error answers in its OpenAPI description: every status it sends, one shape.

Every error of /api/v1 is `{"detail": "<one line>"}` (app.py's handlers), but FastAPI
describes only the 2xx answer and a 422 shaped as its own list of validation errors. A client
generated from the description (or schemathesis) would then meet undocumented 404s and 422s
that do not match their schema. This writes the statuses each operation really answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

REF = "#/components/schemas/Problem"
PROBLEM = {
    "title": "Problem",
    "description": "Every error of the API: one plain line saying what was wrong.",
    "type": "object",
    "properties": {"detail": {"type": "string", "title": "Detail"}},
    "required": ["detail"],
}
REASONS = {
    400: "The body is not JSON",
    401: "Not signed in (server mode): a session, HTTP Basic or an API token is needed",
    403: "Refused: a cross-site write, or a coach writing into a seeker's data",
    404: "No such record of the caller's (another user's records do not exist for them)",
    412: "If-Match names a version the record no longer has",
    415: "An unsafe request that is neither JSON nor carries the CSRF header",
    422: "Bad input: the one line says which field and why",
    429: "Too many failed sign-ins (HTTP Basic): wait Retry-After seconds",
    503: "The database is busy: retry after Retry-After seconds",
}
HEALTH = "/api/v1/health"
UNSAFE = {"post", "put", "patch", "delete"}


def statuses(path: str, method: str, operation: dict[str, Any]) -> list[int]:
    """The error statuses an operation can answer, besides its success."""
    if path == HEALTH:
        return [503]
    found = [401, 422, 429, 503]
    names = [p.get("name", "") for p in operation.get("parameters", [])]
    if "{" in path or any(name.endswith("_id") for name in names):
        found.append(404)  # a record named in the path, or a filter (?application_id=)
    if method in UNSAFE:
        found.append(403)  # cross-site, or a coach's write
    if "requestBody" in operation:
        found.append(400)
    if method in {"post", "put", "patch"}:
        found.append(415)
    if method in {"patch", "delete"}:
        found.append(412)  # If-Match
    return sorted(found)


def describe_errors(spec: dict[str, Any]) -> dict[str, Any]:
    """Write every operation's error statuses into `spec` (in place), all of them as a
    Problem, and a 304 for the reads of one record that answer If-None-Match."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = PROBLEM
    # FastAPI's own 422 shape is never sent (app.py answers every error as a Problem).
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for code in statuses(path, method, operation):
                responses[str(code)] = {
                    "description": REASONS[code],
                    "content": {"application/json": {"schema": {"$ref": REF}}},
                }
            if method == "get" and path.endswith("}"):
                responses["304"] = {"description": "Not Modified: If-None-Match holds the ETag"}
    return spec


def document_errors(app: FastAPI) -> None:
    """Make the app's OpenAPI description (built once, on first request) name its errors."""
    plain: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            describe_errors(plain())  # plain() keeps what it built in app.openapi_schema
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]
