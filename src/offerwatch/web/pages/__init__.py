"""The server-rendered pages, one router per page."""

from __future__ import annotations

from fastapi import APIRouter

from offerwatch.web.pages import (
    account,
    admin,
    application,
    auth,
    calendar,
    coach,
    cohort,
    data,
    edit,
    insights,
    interview,
    mail,
    notify,
    pipeline,
    settings,
    signup,
    today,
    trash,
)

router = APIRouter(include_in_schema=False)
for module in (
    today,
    pipeline,
    application,
    interview,
    insights,
    mail,
    calendar,
    settings,
    notify,
    trash,
    edit,
    data,
    auth,
    account,
    admin,
    cohort,
    coach,
    signup,
):
    router.include_router(module.router)

__all__ = ["router"]
