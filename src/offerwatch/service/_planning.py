"""The planning facade: the agenda, marks, goals and settings, drafts and the calendar."""

from __future__ import annotations

from offerwatch.service._plan_exports import PlanExportsMixin


class PlanningMixin(PlanExportsMixin):
    """Everything the waiting-period planner offers (see docs/planner.md)."""


__all__ = ["PlanningMixin"]
