"""Use case: check the database and the user's data for damage, and repair what can be."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from offerwatch.service._base import WorkspaceBase
from offerwatch.store import check as qc


@dataclass(slots=True)
class CheckReport:
    """What `check` found, and whether the repairs were applied."""

    findings: list[qc.Finding] = field(default_factory=list)
    repaired: bool = False

    @property
    def ok(self) -> bool:
        return not self.findings


class CheckMixin(WorkspaceBase):
    """`offerwatch check [--repair]`."""

    def check(self, *, repair: bool = False) -> CheckReport:
        """Integrity (SQLite), references that point nowhere, facts that disagree. With
        `repair`, the repairable findings are repaired in one transaction, then the plan
        is derived again."""
        with self.read() as conn:
            findings = [
                *qc.integrity(conn),
                *qc.orphans(conn, self.user_id),
                *qc.disagreements(conn, self.user_id),
            ]
        report = CheckReport(findings)
        if not repair or not any(f.repair for f in findings):
            return report
        with self.write() as conn:
            for finding in findings:
                finding.apply(conn)
        if any(f.kind == "plan" for f in findings):
            from offerwatch.service._agenda import AgendaMixin

            cast(AgendaMixin, self).sync_actions()
        report.repaired = True
        return report
