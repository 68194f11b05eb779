"""Request bodies of the JSON API (pydantic): shapes only; the service validates meaning."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from offerwatch.core.entities import PersonRole, Stage, Status
from offerwatch.core.goals import GoalKind
from offerwatch.core.signals import SignalKind

# The bounds the service checks too (service/_validate.py), so that OpenAPI shows them.
MAX_SALARY = 1_000_000_000
MAX_ID = 2_147_483_647
Outcome = Literal["offer", "rejection", "withdrawn", "ghosted", "accepted"]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ApplicationIn(Body):
    company: str = Field(min_length=1, max_length=300)
    role: str = Field(min_length=1, max_length=300)
    status: Status = Status.APPLIED
    applied_on: date | None = None
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    location: str | None = Field(None, max_length=300)
    salary_min: int | None = Field(None, ge=0, le=MAX_SALARY)
    salary_max: int | None = Field(None, ge=0, le=MAX_SALARY)
    notes: str | None = Field(None, max_length=20_000)


class ApplicationPatch(Body):
    """Only the fields sent change; null clears an optional field (company and role are
    required: null is refused)."""

    company: str | None = Field(None, max_length=300)
    role: str | None = Field(None, max_length=300)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    location: str | None = Field(None, max_length=300)
    applied_on: date | None = None
    salary_min: int | None = Field(None, ge=0, le=MAX_SALARY)
    salary_max: int | None = Field(None, ge=0, le=MAX_SALARY)
    notes: str | None = Field(None, max_length=20_000)


class StatusIn(Body):
    status: Status
    at: AwareDatetime | None = None


class OutcomeIn(Body):
    outcome: Outcome
    at: AwareDatetime | None = None


class PersonIn(Body):
    name: str = Field(
        min_length=1, max_length=400, description='"Mara Jensen <mara@kitelabs.example>" sets both'
    )
    role: PersonRole
    email: str | None = Field(None, max_length=320)


class PersonPatch(Body):
    """Only the fields sent change; "email": null clears it."""

    name: str | None = Field(None, max_length=400)
    email: str | None = Field(None, max_length=320)
    role: PersonRole | None = None


class ObservationPatch(Body):
    """Only the fields sent change; null clears note, interview_id or expected_by."""

    kind: SignalKind | None = None
    at: AwareDatetime | None = None
    note: str | None = Field(None, max_length=5000)
    interview_id: int | None = Field(None, ge=1, le=MAX_ID)
    expected_by: date | None = None


class GoalIn(Body):
    kind: GoalKind
    title: str = Field(min_length=1, max_length=2000)
    weekly_minutes: int = Field(ge=1, le=7 * 24 * 60)


class GoalPatch(Body):
    kind: GoalKind | None = None
    title: str | None = Field(None, max_length=2000)
    weekly_minutes: int | None = Field(None, ge=1, le=7 * 24 * 60)


class GoalLogIn(Body):
    minutes: int = Field(ge=1, le=24 * 60)
    note: str | None = Field(None, max_length=2000)
    at: AwareDatetime | None = None


class SettingsPatch(Body):
    """Only the settings sent change; null restores the default."""

    weekly_target: int | None = Field(None, ge=0, le=100)
    timezone: str | None = Field(None, max_length=100, description="IANA name, e.g. Europe/Berlin")
    name: str | None = Field(None, max_length=2000, description="how drafts are signed")
    pitch: str | None = Field(None, max_length=2000, description="what you bring")


class InterviewIn(Body):
    stage: Stage
    start: AwareDatetime
    end: AwareDatetime
    actual_end: AwareDatetime | None = None
    people: list[str] = Field(default_factory=list, max_length=50)
    signs: list[SignalKind] = Field(default_factory=list, max_length=40)
    notes: str | None = Field(None, max_length=20_000)
    timeline: str | None = Field(None, max_length=1000)
    timeline_date: date | None = None


class InterviewPatch(Body):
    """Only the fields sent change; null clears actual_end, notes or timeline; `signs`
    replaces the signs ticked by hand for it."""

    stage: Stage | None = None
    start: AwareDatetime | None = None
    end: AwareDatetime | None = None
    actual_end: AwareDatetime | None = None
    people: list[str] | None = Field(None, max_length=50, description="replaces who was met")
    notes: str | None = Field(None, max_length=20_000)
    timeline: str | None = Field(None, max_length=1000)
    signs: list[SignalKind] | None = Field(None, max_length=40)
    cancelled: bool | None = Field(
        None, description="true: called off (kept, left out of the plan and the odds)"
    )


class ObservationIn(Body):
    kind: SignalKind
    interview_id: int | None = Field(None, ge=1, le=MAX_ID)
    at: AwareDatetime | None = None
    note: str | None = Field(None, max_length=5000)
    expected_by: date | None = None


class SnoozeIn(Body):
    until: AwareDatetime


class Created(BaseModel):
    id: int


class Ok(BaseModel):
    ok: bool = True
