"""Request bodies of the JSON API (pydantic): shapes only; the service validates meaning."""

from __future__ import annotations

from datetime import date

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ApplicationIn(Body):
    company: str = Field(min_length=1, max_length=300)
    role: str = Field(min_length=1, max_length=300)
    status: str = Field("applied", max_length=20)
    applied_on: date | None = None
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    salary_min: int | None = Field(None, ge=0)
    salary_max: int | None = Field(None, ge=0)
    notes: str | None = Field(None, max_length=20_000)


class ApplicationPatch(Body):
    role: str | None = Field(None, min_length=1, max_length=300)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)
    applied_on: date | None = None
    salary_min: int | None = Field(None, ge=0)
    salary_max: int | None = Field(None, ge=0)
    notes: str | None = Field(None, max_length=20_000)


class StatusIn(Body):
    status: str = Field(max_length=20)
    at: AwareDatetime | None = None


class OutcomeIn(Body):
    outcome: str = Field(max_length=20, description="offer|rejection|withdrawn|ghosted|accepted")
    at: AwareDatetime | None = None


class PersonIn(Body):
    name: str = Field(min_length=1, max_length=300)
    role: str = Field(max_length=20, description="recruiter|hiring_manager|interviewer|...")
    email: str | None = Field(None, max_length=320)


class InterviewIn(Body):
    stage: str = Field(max_length=20, description="phone_screen|interview|final|follow_up")
    start: AwareDatetime
    end: AwareDatetime
    actual_end: AwareDatetime | None = None
    people: list[str] = Field(default_factory=list, max_length=50)
    signs: list[str] = Field(default_factory=list, max_length=40)
    notes: str | None = Field(None, max_length=20_000)
    timeline: str | None = Field(None, max_length=1000)
    timeline_date: date | None = None


class InterviewPatch(Body):
    """Only the fields sent change; null clears actual_end, notes or timeline."""

    stage: str | None = Field(
        None, max_length=20, description="phone_screen|interview|final|follow_up"
    )
    start: AwareDatetime | None = None
    end: AwareDatetime | None = None
    actual_end: AwareDatetime | None = None
    people: list[str] | None = Field(None, max_length=50, description="replaces who was met")
    notes: str | None = Field(None, max_length=20_000)
    timeline: str | None = Field(None, max_length=1000)


class ObservationIn(Body):
    kind: str = Field(max_length=40)
    interview_id: int | None = Field(None, ge=1, le=2_147_483_647)
    at: AwareDatetime | None = None
    note: str | None = Field(None, max_length=5000)
    expected_by: date | None = None


class SnoozeIn(Body):
    until: AwareDatetime


class Created(BaseModel):
    id: int


class Ok(BaseModel):
    ok: bool = True
