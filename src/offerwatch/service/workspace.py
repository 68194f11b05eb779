"""The one facade the shells call: `Workspace`, each use case one line over its module.

The use cases are plain functions taking the plumbing (service/context.py), one module per
area: tracking.py, interviews.py, trash.py, agenda.py, mail_import.py... A Workspace is that
plumbing (engines, transactions, the user, the clock) with a method per use case, so the
shells call `ws.add_application(...)` and the functions take the workspace as their context.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

from offerwatch.core.entities import ObservationSource, Status
from offerwatch.service.context import Context
from offerwatch.service.validate import KEEP, REVIEW_PAGE, Keep

# Names the signatures mention only: the models, drafts and mail readers behind them load in
# their use cases, not when the service is imported.
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from datetime import date, datetime, timedelta, tzinfo
    from pathlib import Path

    from offerwatch.core.agenda import Agenda, AgendaItem
    from offerwatch.core.calibration import Calibration
    from offerwatch.core.coaching import SeekerSummary
    from offerwatch.core.cohort import CohortFit
    from offerwatch.core.entities import (
        Application,
        Interview,
        Message,
        Observation,
        Person,
        PersonRole,
        Stage,
        StatusChange,
    )
    from offerwatch.core.goals import Goal, GoalProgress
    from offerwatch.core.insights import Insights
    from offerwatch.core.odds import Score
    from offerwatch.core.trash import TrashItem, TrashKind
    from offerwatch.drafts import Draft
    from offerwatch.importers.model import Parsed
    from offerwatch.mail.imap_guard import TargetPolicy
    from offerwatch.service import (
        account_admin as _acc,
    )
    from offerwatch.service import (
        accounts,
        actions,
        after_offer,
        agenda,
        calendar_feed,
        check,
        cohort,
        drafts,
        edit,
        form_posts,
        goals,
        interviews,
        jobs,
        login_limits,
        mail_import,
        mail_records,
        mail_review,
        notes_signs,
        notify,
        overview,
        scoring,
        sessions,
        settings,
        tracker_import,
        tracking,
        transfer,
        trash,
    )
    from offerwatch.service import (
        coaching as _coach,
    )
    from offerwatch.service.agenda import SyncResult
    from offerwatch.service.check import CheckReport
    from offerwatch.service.cohort import KeptFit
    from offerwatch.service.interviews import BeforeApplying
    from offerwatch.service.jobs import Claimed
    from offerwatch.service.mail_reader import ImportSummary, Progress
    from offerwatch.service.mail_review import (
        Finding,
        MessageDraft,
        ReviewItem,
        ReviewPage,
        Unfiled,
    )
    from offerwatch.service.notes_signs import NotesSign, Recorded
    from offerwatch.service.overview import Column
    from offerwatch.service.tracker_import import ImportReport
    from offerwatch.service.tracking import ApplicationDetail
    from offerwatch.store import plan_queries as pq
    from offerwatch.store.accounts import Account, ApiToken
    from offerwatch.store.cohort import CohortWeights
    from offerwatch.store.shares import CoachView, Share


class _OnFirstUse(ModuleType):
    """A use-case module imported when one of its names is first looked up: a command
    loads what it runs (the planner, the mail rules, the importers), not the whole service."""

    def __init__(self, name: str) -> None:
        super().__init__(name)

    def __getattr__(self, attr: str) -> Any:
        # import_module takes the import lock (thread-safe) and is a dict lookup once loaded.
        return getattr(importlib.import_module(self.__name__), attr)


if not TYPE_CHECKING:
    accounts = _OnFirstUse("offerwatch.service.accounts")
    actions = _OnFirstUse("offerwatch.service.actions")
    after_offer = _OnFirstUse("offerwatch.service.after_offer")
    agenda = _OnFirstUse("offerwatch.service.agenda")
    calendar_feed = _OnFirstUse("offerwatch.service.calendar_feed")
    check = _OnFirstUse("offerwatch.service.check")
    cohort = _OnFirstUse("offerwatch.service.cohort")
    drafts = _OnFirstUse("offerwatch.service.drafts")
    edit = _OnFirstUse("offerwatch.service.edit")
    form_posts = _OnFirstUse("offerwatch.service.form_posts")
    goals = _OnFirstUse("offerwatch.service.goals")
    interviews = _OnFirstUse("offerwatch.service.interviews")
    mail_import = _OnFirstUse("offerwatch.service.mail_import")
    mail_records = _OnFirstUse("offerwatch.service.mail_records")
    mail_review = _OnFirstUse("offerwatch.service.mail_review")
    overview = _OnFirstUse("offerwatch.service.overview")
    scoring = _OnFirstUse("offerwatch.service.scoring")
    settings = _OnFirstUse("offerwatch.service.settings")
    tracker_import = _OnFirstUse("offerwatch.service.tracker_import")
    tracking = _OnFirstUse("offerwatch.service.tracking")
    transfer = _OnFirstUse("offerwatch.service.transfer")
    trash = _OnFirstUse("offerwatch.service.trash")
    _acc = _OnFirstUse("offerwatch.service.account_admin")
    _coach = _OnFirstUse("offerwatch.service.coaching")
    jobs = _OnFirstUse("offerwatch.service.jobs")
    login_limits = _OnFirstUse("offerwatch.service.login_limits")
    notify = _OnFirstUse("offerwatch.service.notify")
    notes_signs = _OnFirstUse("offerwatch.service.notes_signs")
    sessions = _OnFirstUse("offerwatch.service.sessions")


class Workspace(Context):
    """Everything offerwatch can do for one user of one database."""

    # Applications, people, signals, outcomes (tracking.py) ---------------------
    def add_application(
        self,
        company: str,
        role: str,
        *,
        status: str | Status = Status.APPLIED,
        applied_on: date | None = None,
        url: str | None = None,
        source: str | None = None,
        salary_min: int | None = None,
        salary_max: int | None = None,
        notes: str | None = None,
        location: str | None = None,
    ) -> int:
        """Record a new application and return its id."""
        return tracking.add_application(
            self,
            company,
            role,
            status=status,
            applied_on=applied_on,
            url=url,
            source=source,
            salary_min=salary_min,
            salary_max=salary_max,
            notes=notes,
            location=location,
        )

    def application(self, app_id: int) -> Application:
        """One application; NotFound when it is not the user's."""
        return tracking.application(self, app_id)

    def list_applications(self, statuses: Iterable[Status] | None = None) -> list[Application]:
        """The user's applications (those in `statuses`, when given)."""
        return tracking.list_applications(self, statuses)

    def set_status(self, app_id: int, status: str | Status, at: datetime | None = None) -> None:
        """Move an application to `status`, recording the change in its history."""
        return tracking.set_status(self, app_id, status, at)

    def update_application(
        self, app_id: int, *, expected_version: int | None = None, **values: Any
    ) -> Application:
        """Change an application's fields; returns it as stored."""
        return tracking.update_application(
            self, app_id, expected_version=expected_version, **values
        )

    def record_outcome(self, app_id: int, outcome: str, at: datetime | None = None) -> None:
        """Record an outcome (offer, rejection, withdrawn, ghosted, accepted)."""
        return tracking.record_outcome(self, app_id, outcome, at)

    def status_history(self, app_id: int) -> list[StatusChange]:
        """The status changes of one application, oldest first."""
        return tracking.status_history(self, app_id)

    def detail(self, app_id: int) -> ApplicationDetail:
        """The application with its people, interviews, signals and status history."""
        return tracking.detail(self, app_id)

    def add_person(
        self, app_id: int, name: str, *, role: str | PersonRole, email: str | None = None
    ) -> int:
        """Link a person (recruiter, interviewer...) to an application; returns their id."""
        return tracking.add_person(self, app_id, name, role=role, email=email)

    def people(self, app_id: int) -> list[Person]:
        """The people linked to one application."""
        return tracking.people(self, app_id)

    def person(self, person_id: int) -> Person:
        """One person; NotFound when they are not the user's."""
        return tracking.person(self, person_id)

    def add_signal(
        self,
        app_id: int,
        kind: str,
        *,
        interview_id: int | None = None,
        at: datetime | None = None,
        note: str | None = None,
        source: ObservationSource = ObservationSource.MANUAL,
        expected: date | None = None,
    ) -> int:
        """Record a sign seen (a kind from `offerwatch signals`); returns the observation id."""
        return tracking.add_signal(
            self,
            app_id,
            kind,
            interview_id=interview_id,
            at=at,
            note=note,
            source=source,
            expected=expected,
        )

    def observations(self, app_id: int | None = None) -> list[Observation]:
        """The signs recorded (of one application, or all)."""
        return tracking.observations(self, app_id)

    # Editing people and signs (edit.py) ----------------------------------------
    def update_person(
        self,
        person_id: int,
        *,
        name: str | None = None,
        email: str | Keep | None = KEEP,
        role: str | PersonRole | None = None,
        expected_version: int | None = None,
    ) -> Person:
        """Change a person's name, email or role; returns them as stored."""
        return edit.update_person(
            self, person_id, name=name, email=email, role=role, expected_version=expected_version
        )

    def signal(self, obs_id: int) -> Observation:
        """One recorded sign."""
        return edit.signal(self, obs_id)

    def update_signal(
        self,
        obs_id: int,
        *,
        kind: str | None = None,
        at: datetime | None = None,
        note: str | Keep | None = KEEP,
        interview_id: int | Keep | None = KEEP,
        expected: date | Keep | None = KEEP,
        expected_version: int | None = None,
    ) -> Observation:
        """Change a recorded sign (kind, time, note, interview, stated date)."""
        return edit.update_signal(
            self,
            obs_id,
            kind=kind,
            at=at,
            note=note,
            interview_id=interview_id,
            expected=expected,
            expected_version=expected_version,
        )

    # Interviews (interviews.py) ------------------------------------------------
    def add_interview(
        self,
        app_id: int,
        *,
        stage: str | Stage,
        start: datetime,
        end: datetime,
        actual_end: datetime | None = None,
        with_: Sequence[str] = (),
        notes: str | None = None,
        timeline: str | None = None,
        timeline_date: date | None = None,
        signs: Sequence[str] = (),
    ) -> int:
        """Record an interview with the people met and the signs seen; returns its id."""
        return interviews.add_interview(
            self,
            app_id,
            stage=stage,
            start=start,
            end=end,
            actual_end=actual_end,
            with_=with_,
            notes=notes,
            timeline=timeline,
            timeline_date=timeline_date,
            signs=signs,
        )

    def update_interview(
        self,
        interview_id: int,
        *,
        stage: str | Stage | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        actual_end: datetime | Keep | None = KEEP,
        with_: Sequence[str] | None = None,
        notes: str | Keep | None = KEEP,
        timeline: str | Keep | None = KEEP,
        signs: Sequence[str] | None = None,
        cancelled: bool | None = None,
        expected_version: int | None = None,
    ) -> Interview:
        """Change a recorded interview; what is not given stays. Returns it as saved."""
        return interviews.update_interview(
            self,
            interview_id,
            stage=stage,
            start=start,
            end=end,
            actual_end=actual_end,
            with_=with_,
            notes=notes,
            timeline=timeline,
            signs=signs,
            cancelled=cancelled,
            expected_version=expected_version,
        )

    def cancel_interview(
        self, interview_id: int, *, undo: bool = False, expected_version: int | None = None
    ) -> Interview:
        """Mark an interview cancelled (`undo`: not cancelled after all); returns it saved."""
        return interviews.cancel_interview(
            self, interview_id, undo=undo, expected_version=expected_version
        )

    def interviews(self, app_id: int | None = None) -> list[Interview]:
        """The interviews recorded (of one application, or all)."""
        return interviews.interviews(self, app_id)

    def interview(self, interview_id: int) -> Interview:
        """One interview; NotFound when it is not the user's."""
        return interviews.interview(self, interview_id)

    def dated_before_applying(self, interview_id: int) -> BeforeApplying | None:
        """Whether the interview is dated before the day applied (both days, and the
        application's id), or None."""
        return interviews.dated_before_applying(self, interview_id)

    # Signs read from an interview's notes (notes_signs.py) ---------------------
    def notes_signs(self, interview_id: int) -> list[NotesSign]:
        """The signs the notes of an interview suggest, each marked when already recorded."""
        return notes_signs.notes_signs(self, interview_id)

    def record_notes_signs(self, interview_id: int, kinds: Sequence[str] | None = None) -> Recorded:
        """Record the suggested signs named (all when None) as observations of the interview."""
        return notes_signs.record_notes_signs(self, interview_id, kinds)

    def unrecord_notes_signs(self, interview_id: int, ids: Sequence[int]) -> list[TrashItem]:
        """Move signs recorded from an interview's notes to the trash (an Undo)."""
        return notes_signs.unrecord_notes_signs(self, interview_id, ids)

    # Delete, the trash, restore (trash.py) -------------------------------------
    def delete(
        self, kind: str | TrashKind, record_id: int, *, expected_version: int | None = None
    ) -> TrashItem:
        """Move a record and everything hanging from it to the trash."""
        return trash.delete(self, kind, record_id, expected_version=expected_version)

    def restore(self, kind: str | TrashKind, record_id: int) -> TrashItem:
        """Bring a deleted record back with what was deleted with it."""
        return trash.restore(self, kind, record_id)

    def trash(self, now: datetime | None = None) -> list[TrashItem]:
        """What can still be restored, the latest deletion first."""
        return trash.trash(self, now)

    def purge_trash(self, now: datetime | None = None) -> int:
        """Forget deletions older than the keeping time; returns how many."""
        return trash.purge_trash(self, now)

    def delete_application(self, app_id: int, *, expected_version: int | None = None) -> TrashItem:
        """Move an application (and what hangs from it) to the trash."""
        return trash.delete_application(self, app_id, expected_version=expected_version)

    def delete_person(self, person_id: int, *, expected_version: int | None = None) -> TrashItem:
        """Move a person (and what hangs from it) to the trash."""
        return trash.delete_person(self, person_id, expected_version=expected_version)

    def delete_interview(
        self, interview_id: int, *, expected_version: int | None = None
    ) -> TrashItem:
        """Move an interview (and what hangs from it) to the trash."""
        return trash.delete_interview(self, interview_id, expected_version=expected_version)

    def delete_signal(self, obs_id: int, *, expected_version: int | None = None) -> TrashItem:
        """Move a sign (and what hangs from it) to the trash."""
        return trash.delete_signal(self, obs_id, expected_version=expected_version)

    def delete_goal(self, goal_id: int, *, expected_version: int | None = None) -> TrashItem:
        """Move a goal (and what hangs from it) to the trash."""
        return trash.delete_goal(self, goal_id, expected_version=expected_version)

    # After an accepted offer (after_offer.py) ----------------------------------
    def withdraw_others(self, accepted_id: int, at: datetime | None = None) -> list[int]:
        """Withdraw every other open application once an offer was accepted."""
        return after_offer.withdraw_others(self, accepted_id, at)

    # The odds (scoring.py) -----------------------------------------------------
    def score(self, app_id: int, now: datetime | None = None, *, calibrated: bool = False) -> Score:
        """The chance of an offer for one application, with its range and factors."""
        return scoring.score(self, app_id, now, calibrated=calibrated)

    def scores(
        self,
        app_ids: Sequence[int] | None = None,
        now: datetime | None = None,
        *,
        calibrated: bool = False,
    ) -> dict[int, Score]:
        """Scores for many applications (all when None) from a handful of queries."""
        return scoring.scores(self, app_ids, now, calibrated=calibrated)

    def calibration(self, now: datetime | None = None) -> Calibration:
        """The default against personally calibrated ratios, on finished applications."""
        return scoring.calibration(self, now)

    # Cohort calibration, server mode (cohort.py) --------------------------------
    def cohort_consent(self) -> bool:
        """True when the user agreed to join the server's cohort calibration."""
        return cohort.consent(self)

    def set_cohort_consent(self, agreed: bool) -> None:
        """Agree to join the cohort calibration, or withdraw."""
        cohort.set_consent(self, agreed)

    def cohort_fit(self, now: datetime | None = None) -> CohortFit:
        """The odds fitted on every consenting user's past, judged on held-out users."""
        return cohort.cohort_fit(self, now)

    def kept_cohort_fit(
        self, kept: KeptFit | None, now: datetime | None = None, *, refit: bool = False
    ) -> KeptFit:
        """The cohort fit as the data stands, `kept` while what it learns from is unchanged."""
        return cohort.kept_cohort_fit(self, kept, now, refit=refit)

    def adopt_cohort(self, now: datetime | None = None, *, force: bool = False) -> CohortWeights:
        """Make a fresh cohort fit this server's default weights (a new version)."""
        return cohort.adopt_cohort(self, now, force=force)

    def revert_cohort(self) -> CohortWeights | None:
        """Stop using the adopted cohort weights; returns what is in use now."""
        return cohort.revert_cohort(self)

    def cohort_weights(self) -> CohortWeights | None:
        """The cohort weights in use (None: the published defaults)."""
        return cohort.cohort_weights(self)

    def cohort_versions(self) -> list[CohortWeights]:
        """Every adopted version of the cohort weights, newest first."""
        return cohort.cohort_versions(self)

    # Settings (settings.py) ----------------------------------------------------
    def settings(self) -> dict[str, str | None]:
        """Every known setting with its value (the default where unset)."""
        return settings.settings(self)

    def set_setting(self, key: str, value: str | None) -> None:
        """Change a setting; None restores its default."""
        return settings.set_setting(self, key, value)

    def set_settings(self, values: dict[str, str | None]) -> dict[str, str | None]:
        """Change several settings at once (all or none); returns every setting."""
        return settings.set_settings(self, values)

    def weekly_target(self) -> int:
        """How many new applications a week the user aims for."""
        return settings.weekly_target(self)

    def set_weekly_target(self, target: int) -> None:
        """Change the weekly target of new applications."""
        return settings.set_weekly_target(self, target)

    def timezone(self) -> tzinfo:
        """The zone local due times are computed in: the setting, else the system's."""
        return settings.timezone(self)

    # The agenda (agenda.py) ----------------------------------------------------
    def sync_actions(self, now: datetime | None = None) -> SyncResult:
        """Re-derive the actions from the facts and store the differences."""
        return agenda.sync_actions(self, now)

    def agenda(self, now: datetime | None = None, days: int = 7) -> Agenda:
        """Overdue, today's and upcoming actions, the keep-applying check, goals."""
        return agenda.agenda(self, now, days)

    def open_actions(self, now: datetime | None = None) -> list[AgendaItem]:
        """Every open action (not done, dismissed or obsolete), re-derived first, by due."""
        return agenda.open_actions(self, now)

    # Marks on actions (actions.py) ---------------------------------------------
    def mark_done(self, action_id: int) -> None:
        """Mark an action done (kept when the plan is re-derived)."""
        return actions.mark_done(self, action_id)

    def reopen(self, action_id: int) -> None:
        """Undo done, dismiss and snooze on an action."""
        return actions.reopen(self, action_id)

    def dismiss(self, action_id: int) -> None:
        """Hide an action for good (kept when the plan is re-derived)."""
        return actions.dismiss(self, action_id)

    def snooze(self, action_id: int, until: datetime) -> None:
        """Move an action out of sight until `until` (it shows as due then)."""
        return actions.snooze(self, action_id, until)

    def action(self, action_id: int) -> pq.ActionRecord:
        """One planned action; NotFound when it is not the user's."""
        return actions.action(self, action_id)

    def undo_mark(self, action_id: int, mark: str) -> pq.ActionRecord:
        """Undo one mark on an action: "done", "dismiss" or "snooze"."""
        return actions.undo_mark(self, action_id, mark)

    def undo_done(self, action_id: int) -> pq.ActionRecord:
        """Undo Done: the action is open again."""
        return actions.undo_done(self, action_id)

    def undo_dismiss(self, action_id: int) -> pq.ActionRecord:
        """Undo Dismiss: the action shows again."""
        return actions.undo_dismiss(self, action_id)

    def undo_snooze(self, action_id: int) -> pq.ActionRecord:
        """Undo Snooze: the action is due when it was before."""
        return actions.undo_snooze(self, action_id)

    # Goals (goals.py) ----------------------------------------------------------
    def add_goal(self, kind: str, title: str, weekly_minutes: int) -> int:
        """A skill or rest goal with a weekly time target; returns its id."""
        return goals.add_goal(self, kind, title, weekly_minutes)

    def goals(self, now: datetime | None = None) -> list[GoalProgress]:
        """Each active goal with the minutes logged this week."""
        return goals.goals(self, now)

    def log_goal(
        self, goal_id: int, minutes: int, note: str | None = None, at: datetime | None = None
    ) -> int:
        """Record time spent on a goal; returns the log entry's id."""
        return goals.log_goal(self, goal_id, minutes, note, at)

    def goal(self, goal_id: int) -> Goal:
        """One goal."""
        return goals.goal(self, goal_id)

    def update_goal(
        self,
        goal_id: int,
        *,
        kind: str | None = None,
        title: str | None = None,
        weekly_minutes: int | None = None,
        expected_version: int | None = None,
    ) -> Goal:
        """Change a goal's kind, title or weekly minutes; returns it as stored."""
        return goals.update_goal(
            self,
            goal_id,
            kind=kind,
            title=title,
            weekly_minutes=weekly_minutes,
            expected_version=expected_version,
        )

    # Drafts (drafts.py) --------------------------------------------------------
    def draft_for_action(self, action_id: int) -> Draft:
        """The email an action calls for (a thank-you or a follow-up)."""
        return drafts.draft_for_action(self, action_id)

    def draft_thank_you(
        self, interview_id: int, person_email: str | None = None, *, pitch: str | None = None
    ) -> Draft:
        """A thank-you note to one person met at the interview. Nothing is sent."""
        return drafts.draft_thank_you(self, interview_id, person_email, pitch=pitch)

    def draft_follow_up(self, app_id: int, *, pitch: str | None = None) -> Draft:
        """A polite follow-up about timing to the main contact. Nothing is sent."""
        return drafts.draft_follow_up(self, app_id, pitch=pitch)

    # The calendar file (calendar_feed.py) --------------------------------------
    def calendar_ics(self, now: datetime | None = None) -> bytes:
        """An iCalendar file of every open action (with an alarm) and every interview."""
        return calendar_feed.calendar_ics(self, now)

    # Overviews and paged lists (overview.py) -----------------------------------
    def board(
        self,
        now: datetime | None = None,
        *,
        per_column: int = 25,
        status: Status | None = None,
        offset: int = 0,
        closed_per_column: int | None = None,
    ) -> dict[Status, Column]:
        """Applications by status, the longest untouched first (the pipeline board)."""
        return overview.board(
            self,
            now,
            per_column=per_column,
            status=status,
            offset=offset,
            closed_per_column=closed_per_column,
        )

    def ping(self) -> bool:
        """True when the database answers (a readiness check)."""
        return overview.ping(self)

    def insights(self, now: datetime | None = None) -> Insights:
        """The funnel, response times and time waiting of the whole search."""
        return overview.insights(self, now)

    def upcoming_interviews(
        self, now: datetime | None = None, days: int = 14
    ) -> list[tuple[Interview, Application]]:
        """Interviews starting within `days` days, with their application."""
        return overview.upcoming_interviews(self, now, days)

    def applications_by_id(self, ids: Iterable[int]) -> dict[int, Application]:
        """The user's applications among `ids` (others' and unknown ids are left out)."""
        return overview.applications_by_id(self, ids)

    def page_applications(
        self, statuses: Iterable[Status] | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[Application]:
        """One page of applications, oldest first."""
        return overview.page_applications(self, statuses, limit=limit, offset=offset)

    def page_observations(
        self, app_id: int | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[Observation]:
        """One page of signals (of one application, or all), in the order recorded."""
        return overview.page_observations(self, app_id, limit=limit, offset=offset)

    def page_interviews(
        self, app_id: int | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[Interview]:
        """One page of interviews (of one application, or all), earliest first."""
        return overview.page_interviews(self, app_id, limit=limit, offset=offset)

    def count_applications(self, statuses: Iterable[Status] | None = None) -> int:
        """How many applications (in `statuses`, when given) the user has."""
        return overview.count_applications(self, statuses)

    def count_interviews(self, app_id: int | None = None) -> int:
        """How many interviews (of one application, or all)."""
        return overview.count_interviews(self, app_id)

    def count_observations(self, app_id: int | None = None) -> int:
        """How many signs (of one application, or all)."""
        return overview.count_observations(self, app_id)

    # Accounts (server mode) and the calendar token (accounts.py) ---------------
    def add_user(
        self,
        username: str,
        password: str,
        *,
        display_name: str | None = None,
        is_admin: bool = False,
    ) -> int:
        """Create an account for server mode; returns its id."""
        return accounts.add_user(
            self, username, password, display_name=display_name, is_admin=is_admin
        )

    def set_password(self, username: str, password: str) -> None:
        """Change the password of an existing account."""
        return accounts.set_password(self, username, password)

    def authenticate(self, username: str, password: str) -> int | None:
        """The user id when the name and password match an account, else None."""
        return accounts.authenticate(self, username, password)

    def username(self) -> str:
        """The name of the current user."""
        return accounts.username(self)

    def calendar_token(self) -> str | None:
        """The current user's calendar subscription secret, if one is active."""
        return accounts.calendar_token(self)

    def new_calendar_token(self) -> str:
        """Create (or replace, revoking the old one) the calendar subscription secret."""
        return accounts.new_calendar_token(self)

    def revoke_calendar_token(self) -> None:
        """Stop the calendar subscription: the old URL answers 404 from now on."""
        return accounts.revoke_calendar_token(self)

    def user_for_calendar_token(self, token: str) -> int | None:
        """The user whose calendar secret is `token`, or None."""
        return accounts.user_for_calendar_token(self, token)

    # Mail import (mail_import.py) ----------------------------------------------
    def import_mail(
        self,
        source: str,
        *,
        since: date | None = None,
        password: str | None = None,
        progress: Progress | None = None,
        folders: Sequence[str] = (),
        starttls: bool = False,
        cafile: str | None = None,
        imap_policy: TargetPolicy | None = None,
    ) -> ImportSummary:
        """Import a mail file, folder or IMAP folder; safe to repeat."""
        return mail_import.import_mail(
            self,
            source,
            since=since,
            password=password,
            progress=progress,
            folders=folders,
            starttls=starttls,
            cafile=cafile,
            imap_policy=imap_policy,
        )

    # Mail review (mail_review.py) ----------------------------------------------
    def review_list(self, *, limit: int | None = None, offset: int = 0) -> list[ReviewItem]:
        """Job mail no application claims yet, with the reason it was not filed."""
        return mail_review.review_list(self, limit=limit, offset=offset)

    def review_page(self, page: int = 1, limit: int = REVIEW_PAGE) -> ReviewPage:
        """One page (numbered from 1) of the review list, with the total to page through."""
        return mail_review.review_page(self, page, limit)

    def assign_message(self, message_id: int, app_id: int) -> int:
        """File a stored message under an application; returns the signs added."""
        return mail_review.assign_message(self, message_id, app_id)

    def dismiss_message(self, message_id: int) -> None:
        """Take a message off the review list: it is not about any application."""
        return mail_review.dismiss_message(self, message_id)

    def import_findings(self, found: Sequence[tuple[str, str]]) -> list[Finding]:
        """What an import found, message by message, with application and signs."""
        return mail_review.import_findings(self, found)

    def unassign_message(self, message_id: int) -> Unfiled:
        """Send a filed message back to review: its signs removed, the interview its
        invitation created removed (or one it moved restored) unless edited since."""
        return mail_review.unassign_message(self, message_id)

    def move_message(self, message_id: int, app_id: int) -> tuple[Unfiled, int]:
        """File a filed message under another application (one transaction)."""
        return mail_review.move_message(self, message_id, app_id)

    def accept_message(self, message_id: int) -> None:
        """Confirm that a message is filed under the right application."""
        return mail_review.accept_message(self, message_id)

    def message_draft(self, message_id: int) -> MessageDraft:
        """Prefill for an application made from a message."""
        return mail_review.message_draft(self, message_id)

    def message_drafts(self, messages: Sequence[Message]) -> dict[int, MessageDraft]:
        """message_draft for messages already read (no I/O): id -> draft."""
        return mail_review.message_drafts(self, messages)

    def application_from_message(self, message_id: int, company: str, role: str) -> int:
        """Add an application for a message in review and file it there."""
        return mail_review.application_from_message(self, message_id, company, role)

    def add_sender(
        self, message_id: int, app_id: int, name: str = "", role: str = "recruiter"
    ) -> int:
        """Add a message's sender as a person of an application; returns the person's id."""
        return mail_review.add_sender(self, message_id, app_id, name, role)

    # Stored mail (mail_records.py) ---------------------------------------------
    def my_addresses(self) -> list[str]:
        """The user's own addresses: the setting and those import inferred."""
        return mail_records.my_addresses(self)

    def learned_domains(self) -> list[dict[str, Any]]:
        """The company domains import learned, each with the message it came from."""
        return mail_records.learned_domains(self)

    def undo_domain(self, learned_id: int) -> tuple[int, str]:
        """Forget a learned company domain; its mail goes back to review."""
        return mail_records.undo_domain(self, learned_id)

    def messages(self, app_id: int) -> list[Message]:
        """The mail linked to an application, oldest first."""
        return mail_records.messages(self, app_id)

    def match_reason_words(self, reasons: Iterable[str | None]) -> dict[str, str]:
        """Each match reason -> the same in words: a reply named by the subject and day of
        the message it answers, not its Message-ID."""
        return mail_records.match_reason_words(self, reasons)

    def message(self, message_id: int) -> Message:
        """One stored message; NotFound when it is not the user's."""
        return mail_records.message(self, message_id)

    # Another tracker's export (tracker_import.py) ------------------------------
    def import_rows(
        self, parsed: Parsed, *, stages: Mapping[str, Status] | None = None, dry_run: bool = False
    ) -> ImportReport:
        """Create the applications of another tracker's export, once."""
        return tracker_import.import_rows(self, parsed, stages=stages, dry_run=dry_run)

    # Export, backup, import (transfer.py) --------------------------------------
    def export_document(self) -> dict[str, Any]:
        """Everything of the user as one versioned document, the same for the same data."""
        return transfer.export_document(self)

    def export_csv(self) -> tuple[list[str], list[list[Any]]]:
        """Applications for spreadsheets: header and rows, formula cells neutralised."""
        return transfer.export_csv(self)

    def backup(self, target: Path | None = None) -> tuple[Path, int]:
        """A consistent copy of the whole database, while it is in use."""
        return transfer.backup(self, target)

    def import_document(self, document: dict[str, Any], *, dry_run: bool = False) -> dict[str, int]:
        """Write an export into this (empty) workspace in one transaction."""
        return transfer.import_document(self, document, dry_run=dry_run)

    # Checking the database (check.py) ------------------------------------------
    def check(self, *, repair: bool = False) -> CheckReport:
        """Check the database for damage; with `repair`, repair what can be."""
        return check.check(self, repair=repair)

    # Web sessions (server mode): plain functions in service/sessions.py.
    def start_session(self, user_id: int, max_age_seconds: int) -> str:
        """A new web session for the user; returns the token its cookie carries."""
        return sessions.start_session(self, user_id, max_age_seconds)

    def session_user(self, token: str | None) -> int | None:
        """The user of a live web session, or None."""
        return sessions.session_user(self, token)

    def end_session(self, token: str | None) -> None:
        """End one web session (logout)."""
        sessions.end_session(self, token)

    def end_all_sessions(self, username: str) -> int:
        """Sign a user out everywhere (admin); returns how many sessions ended."""
        return sessions.end_all_sessions(self, username)

    def end_my_sessions(self) -> int:
        """Sign the current user out on every browser."""
        return sessions.end_my_sessions(self)

    def facts_version(self) -> int | None:
        """The user's facts version in the database (bumped by each of their writes); the
        web's result cache is keyed by it. None before the first plan."""
        return sessions.facts_version(self)

    # The job queue: plain functions in service/jobs.py.
    def enqueue_job(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        unique_key: str | None = None,
        run_after: datetime | None = None,
    ) -> str | None:
        """Queue a job of this user (None: `unique_key` was queued before)."""
        return jobs.enqueue_job(self, kind, payload, unique_key=unique_key, run_after=run_after)

    def claim_job(self, worker: str, lease: timedelta) -> Claimed | None:
        """Take the next due job of any user for `worker`."""
        return jobs.claim_job(self, worker, lease)

    def renew_job(
        self,
        job_id: str,
        worker: str,
        lease: timedelta,
        progress: tuple[int, int | None] | None = None,
    ) -> bool:
        """Extend a running job's lease; False when it is no longer `worker`'s."""
        return jobs.renew_job(self, job_id, worker, lease, progress)

    def finish_job(
        self,
        job_id: str,
        worker: str,
        summary: dict[str, Any] | None,
        error: str | None,
        reason: str | None = None,
    ) -> bool:
        """Record how a job ended (a failure with its reason code, if it has one)."""
        return jobs.finish_job(self, job_id, worker, summary, error, reason)

    def requeue_job(
        self,
        job_id: str,
        worker: str,
        *,
        delay: float = 0.0,
        error: str | None = None,
        count_attempt: bool = True,
    ) -> bool:
        """Put a job back in the queue (to run after `delay` seconds)."""
        return jobs.requeue_job(self, job_id, worker, delay=delay, error=error,
                                count_attempt=count_attempt)  # fmt: skip

    def run_job(
        self, job: Claimed, progress: Progress, *, imap_policy: TargetPolicy | None = None
    ) -> dict[str, Any] | None:
        """Do a claimed job as its user; its summary."""
        return jobs.run_job(self, job, progress, imap_policy=imap_policy)

    def job_counts(self) -> dict[str, int]:
        """Jobs (of every user) per state."""
        return jobs.job_counts(self)

    def import_job(self, job_id: str) -> dict[str, Any] | None:
        """This user's job (the progress page), or None."""
        return jobs.import_job(self, job_id)

    def recent_imports(self) -> list[dict[str, Any]]:
        """This user's latest uploads, IMAP syncs and command-line imports still kept,
        newest first."""
        return jobs.recent_imports(self)

    def record_import(self, source: str, summary: ImportSummary) -> str:
        """Keep a command-line import's summary for the Mail page's Recent imports."""
        return mail_records.record_import(self, source, summary)

    def claim_form_post(self, token: str) -> bool:
        """Take a create form's one-time token; False when that form was sent before."""
        return form_posts.claim_form_post(self, token)

    def settle_form_post(self, token: str, result: str) -> None:
        """Record where the post that took `token` led."""
        form_posts.settle_form_post(self, token, result)

    def release_form_post(self, token: str) -> None:
        """Give a token back: its post made nothing."""
        form_posts.release_form_post(self, token)

    def form_post_result(self, token: str) -> tuple[bool, str | None, timedelta]:
        """Whether a token was taken, where its post led (None while it runs), how long ago."""
        return form_posts.form_post_result(self, token)

    def schedule_due(self, *, remind_every: float, web_url: str | None) -> int:
        """Queue the scheduled jobs due now (once per due time across workers)."""
        return jobs.schedule_due(self, remind_every=remind_every, web_url=web_url)

    def queue_imap_sync(self, url: str, password: str, since: date | None = None) -> str:
        """Queue one IMAP sync (the password in the secret file until it ends); its id."""
        return jobs.queue_imap_sync(self, url, password, since)

    def save_imap_schedule(self, url: str, password: str, minutes: int) -> None:
        """Keep an IMAP account and sync it every `minutes` on the server."""
        jobs.save_imap_schedule(self, url, password, minutes)

    def imap_schedule(self) -> dict[str, Any] | None:
        """The saved IMAP account (without its password), or None."""
        return jobs.imap_schedule(self)

    def forget_imap_schedule(self) -> None:
        """Stop the scheduled IMAP sync and remove its password."""
        jobs.forget_imap_schedule(self)

    # The sign-in limiter's counts: plain functions in service/login_limits.py.
    def reserve_login(
        self, keys: list[str], now: float, window: float
    ) -> list[tuple[str, int, float]]:
        """Count one sign-in attempt on each key; (key, attempts, window start) per key."""
        return login_limits.reserve_login(self, keys, now, window)

    def settle_login(
        self, *, release: list[str], clear: list[str], now: float, window: float
    ) -> None:
        """After an attempt that was not a failure: give back or forget its counts."""
        login_limits.settle_login(self, release=release, clear=clear, now=now, window=window)

    # Server mode: accounts (service/account_admin.py) --------------------------------------

    def is_admin(self) -> bool:
        return _acc.is_admin(self)

    def list_users(self) -> list[Account]:
        return _acc.list_users(self)

    def remove_user(self, username: str) -> int:
        return _acc.remove_user(self, username)

    def admin_reset_password(self, user_id: int, password: str) -> str:
        return _acc.admin_reset_password(self, user_id, password)

    def change_password(self, current: str, new: str) -> None:
        _acc.change_password(self, current, new)

    def signup_mode(self) -> str:
        return _acc.signup_mode(self)

    def set_signup_mode(self, mode: str) -> None:
        _acc.set_signup_mode(self, mode)

    def create_invitation(self, days: int | None = None) -> str:
        """A one-time sign-up link's secret (valid `days`, default a week)."""
        return _acc.create_invitation(self) if days is None else _acc.create_invitation(self, days)

    def invitation_open(self, secret: str | None) -> bool:
        return _acc.invitation_open(self, secret)

    def sign_up(self, username: str, password: str, invitation: str | None) -> int:
        return _acc.sign_up(self, username, password, invitation)

    def create_api_token(self, name: str) -> str:
        return _acc.create_api_token(self, name)

    def api_tokens(self) -> list[ApiToken]:
        return _acc.api_tokens(self)

    def revoke_api_token(self, token_id: int) -> None:
        _acc.revoke_api_token(self, token_id)

    def user_for_api_token(self, secret: str) -> int | None:
        return _acc.user_for_api_token(self, secret)

    def delete_account(self, password: str) -> None:
        _acc.delete_account(self, password)

    # Server mode: coaches (service/coaching.py) ---------------------------------------

    def share_with(self, coach: str) -> int:

        return _coach.share_with(self, coach)

    def revoke_share(self, coach_id: int) -> None:

        _coach.revoke_share(self, coach_id)

    def my_coaches(self) -> list[Share]:

        return _coach.my_coaches(self)

    def coach_views(self) -> list[CoachView]:

        return _coach.coach_views(self)

    def my_seekers(self) -> list[Share]:

        return _coach.my_seekers(self)

    def coach_dashboard(self) -> list[SeekerSummary]:

        return _coach.dashboard(self)

    def coach_seeker(self, seeker_id: int, what: str) -> Workspace:
        """The seeker's data, read only for their coach (the look is logged)."""

        return _coach.seeker_workspace(self, seeker_id, what)

    # Reminders (service/notify.py) --------------------------------------------------------

    def add_channel(self, kind: str, target: str | None = None, **options: Any) -> int:
        """A reminder channel (webhook, ntfy, email, desktop); returns its id."""

        return notify.add_channel(self, kind, target, **options)

    def channels(self) -> list[notify.ChannelView]:

        return notify.channels(self)

    def remove_channel(self, channel_id: int) -> None:

        notify.remove_channel(self, channel_id)

    def try_channels(
        self, channel_id: int | None = None, web_url: str | None = None
    ) -> list[notify.Delivery]:
        """Send a test message on one channel or on all."""

        return notify.try_channels(self, channel_id, web_url)

    def notify_settings(self) -> dict[str, str | None]:

        return notify.notify_settings(self)

    def set_notify_settings(self, **values: str | None) -> dict[str, str | None]:

        return notify.set_notify_settings(self, **values)

    def run_reminders(
        self, now: datetime | None = None, web_url: str | None = None
    ) -> notify.RunReport:
        """Send the reminders and the digest that are due, once each per channel."""

        return notify.run_reminders(self, now, web_url)

    def run_reminders_for_everyone(
        self, now: datetime | None = None, web_url: str | None = None
    ) -> dict[int, notify.RunReport]:

        return notify.run_for_everyone(self, now, web_url)
