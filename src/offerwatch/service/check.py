"""Use case: check the database and the user's data for damage, and repair what can be."""

from __future__ import annotations

from dataclasses import dataclass, field

from offerwatch.service.context import Context
from offerwatch.store import check as qc


@dataclass(slots=True)
class CheckReport:
    """What `check` found, and whether the repairs were applied."""

    findings: list[qc.Finding] = field(default_factory=list)
    repaired: bool = False

    @property
    def ok(self) -> bool:
        return not self.findings


def check(ctx: Context, *, repair: bool = False) -> CheckReport:
    """Integrity (SQLite), references that point nowhere, facts that disagree. With
    `repair`, the repairable findings are repaired in one transaction, then the plan
    is derived again."""
    with ctx.read() as conn:
        findings = [
            *qc.integrity(conn),
            *qc.orphans(conn, ctx.user_id),
            *qc.disagreements(conn, ctx.user_id),
        ]
    report = CheckReport(findings)
    if not repair or not any(f.repair for f in findings):
        return report
    with ctx.write() as conn:
        for finding in findings:
            finding.apply(conn)
    if any(f.kind == "plan" for f in findings):
        from offerwatch.service import agenda  # the planner loads when the plan is repaired

        agenda.sync_actions(ctx)
    report.repaired = True
    return report
