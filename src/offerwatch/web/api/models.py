"""Request bodies of the JSON API (pydantic): shapes only; the service validates meaning."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

from offerwatch.core.entities import Interview, PersonRole, Stage, Status
from offerwatch.core.goals import GoalKind
from offerwatch.core.signals import SignalKind

# The bounds the service checks too (service/_validate.py), so that OpenAPI shows them.
MAX_SALARY = 1_000_000_000
MAX_ID = 2_147_483_647
Outcome = Literal["offer", "rejection", "withdrawn", "ghosted", "accepted"]
# Times and dates a job search can hold. Python's own limits (years 1 to 9999) are no bound:
# "0001-01-01T00:00+00:01" cannot even be turned into UTC, and a date near either end
# overflows as soon as a day is added to it or it is shown in the user's zone.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def _day_in_range(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"a date between the years {FIRST_YEAR} and {LAST_YEAR}")
    return value


def _time_in_range(value: datetime) -> datetime:
    try:
        _day_in_range(value.astimezone(UTC).date())
    except OverflowError:
        raise ValueError(f"a time between the years {FIRST_YEAR} and {LAST_YEAR}") from None
    return value


Day = Annotated[date, AfterValidator(_day_in_range)]
When = Annotated[AwareDatetime, AfterValidator(_time_in_range)]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ApplicationIn(Body):
    company: str = Field(min_length=1, max_length=300)
    role: str = Field(min_length=1, max_length=300)
    status: Status = Status.APPLIED
    applied_on: Day | None = None
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
    applied_on: Day | None = None
    salary_min: int | None = Field(None, ge=0, le=MAX_SALARY)
    salary_max: int | None = Field(None, ge=0, le=MAX_SALARY)
    notes: str | None = Field(None, max_length=20_000)


class StatusIn(Body):
    status: Status
    at: When | None = None


class OutcomeIn(Body):
    outcome: Outcome
    at: When | None = None


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
    at: When | None = None
    note: str | None = Field(None, max_length=5000)
    interview_id: int | None = Field(None, ge=1, le=MAX_ID)
    expected_by: Day | None = None


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
    at: When | None = None


class SettingsPatch(Body):
    """Only the settings sent change; null restores the default."""

    weekly_target: int | None = Field(None, ge=0, le=100)
    timezone: str | None = Field(None, max_length=100, description="IANA name, e.g. Europe/Berlin")
    name: str | None = Field(None, max_length=2000, description="how drafts are signed")
    pitch: str | None = Field(None, max_length=2000, description="what you bring")
    signature: str | None = Field(None, max_length=2000, description="lines under the name")
    my_addresses: str | None = Field(
        None, max_length=2000, description="your own email addresses, comma-separated"
    )
    country: str | None = Field(
        None, max_length=10, description="ISO code (DE, US-CA): its public holidays"
    )
    cohort_consent: Literal["on", "off"] | None = Field(
        None, description="server mode: your finished applications join the centre's fit"
    )


class InterviewIn(Body):
    stage: Stage
    start: When
    end: When
    actual_end: When | None = None
    people: list[str] = Field(default_factory=list, max_length=50)
    signs: list[SignalKind] = Field(default_factory=list, max_length=40)
    notes: str | None = Field(None, max_length=20_000)
    timeline: str | None = Field(None, max_length=1000)
    timeline_date: Day | None = None


class InterviewPatch(Body):
    """Only the fields sent change; null clears actual_end, notes or timeline; `signs`
    replaces the signs ticked by hand for it."""

    stage: Stage | None = None
    start: When | None = None
    end: When | None = None
    actual_end: When | None = None
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
    at: When | None = None
    note: str | None = Field(None, max_length=5000)
    expected_by: Day | None = None


class SnoozeIn(Body):
    until: When


class Created(BaseModel):
    id: int


class BeforeApplying(BaseModel):
    """The interview is dated before the day its application says you applied: both are
    kept as given (that day is often a guess), but said, so a typo does not go unseen."""

    day: date = Field(description="the interview's day, in your time zone")
    applied: date = Field(description="the application's applied_on")
    message: str


class InterviewCreated(Created):
    before_applying: BeforeApplying | None = Field(
        None, description="set when the interview is dated before the day you applied"
    )


@dataclass(frozen=True, slots=True)
class SavedInterview(Interview):
    """An interview as saved, with the before-applying note when it applies."""

    before_applying: BeforeApplying | None = None

    @classmethod
    def of(cls, saved: Interview, note: BeforeApplying | None) -> SavedInterview:
        return cls(**{f.name: getattr(saved, f.name) for f in fields(saved)}, before_applying=note)


class Ok(BaseModel):
    ok: bool = True
