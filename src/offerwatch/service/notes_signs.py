"""Use cases for the signs read from an interview's notes: list them, record the chosen ones.

Nothing is recorded silently: `notes_signs` only suggests; `record_notes_signs` records the
kinds the user picked as observations of that interview (source "note", the quoted words as
evidence), and `unrecord_notes_signs` moves them to the trash again (the web's Undo).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from sqlalchemy import Connection

from offerwatch.core.entities import Interview, Observation, ObservationSource
from offerwatch.core.notes_signs import NoteSign, signs_in_notes
from offerwatch.core.signals import parse_kind
from offerwatch.core.trash import TrashItem
from offerwatch.errors import BadInput, NotFound
from offerwatch.service import trash
from offerwatch.service.context import Context
from offerwatch.service.settings import timezone
from offerwatch.store import queries as q


@dataclass(frozen=True, slots=True)
class NotesSign:
    """A sign the notes of an interview suggest, and whether it is recorded already."""

    kind: str
    quote: str
    expected_by: date | None
    recorded: bool  # a sign of this kind is recorded for the interview (from any source)
    observation_id: int | None = None  # the one recorded, if any


@dataclass(frozen=True, slots=True)
class Recorded:
    """What `record_notes_signs` did: the observations it added, the kinds already there."""

    interview_id: int
    added: dict[str, int]  # kind -> observation id
    already: list[str]


def _suggest(interview: Interview, zone: tzinfo) -> list[NoteSign]:
    """The signs the interview's notes suggest, dates counted from the day (in the user's
    zone) it took place."""
    return signs_in_notes(interview.notes or "", interview.scheduled_start.astimezone(zone).date())


def _interview(ctx: Context, conn: Connection, interview_id: int) -> Interview:
    found = q.interviews_of(conn, ctx.user_id, interview_id=interview_id)
    if not found:
        raise NotFound("interview", interview_id)
    return found[0]


def _recorded(ctx: Context, conn: Connection, interview: Interview) -> list[Observation]:
    """The signs recorded for the interview, from any source."""
    found = q.observations_of(conn, ctx.user_id, [interview.application_id])
    return [o for o in found if o.interview_id == interview.id]


def notes_signs(ctx: Context, interview_id: int) -> list[NotesSign]:
    """The signs the notes of an interview suggest, each marked when already recorded."""
    zone = timezone(ctx)
    with ctx.read() as conn:
        interview = _interview(ctx, conn, interview_id)
        seen = {o.kind: o.id for o in _recorded(ctx, conn, interview)}
    return [NotesSign(s.kind, s.quote, s.expected_by, s.kind in seen, seen.get(s.kind))
            for s in _suggest(interview, zone)]  # fmt: skip


def record_notes_signs(
    ctx: Context, interview_id: int, kinds: Sequence[str] | None = None
) -> Recorded:
    """Record the suggested signs named in `kinds` (all of them when None) as observations of
    the interview, in one transaction. A kind the notes do not suggest is refused (BadInput,
    nothing recorded); one recorded for the interview already is left as it is."""
    try:
        wanted = None if kinds is None else [parse_kind(k).value for k in kinds]
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    if wanted is not None and not wanted:
        raise BadInput("name at least one sign to record (or record them all)")
    now, zone = ctx.clock(), timezone(ctx)
    with ctx.write() as conn:
        interview = _interview(ctx, conn, interview_id)
        suggested = {s.kind: s for s in _suggest(interview, zone)}
        missing = [k for k in wanted or [] if k not in suggested]
        if missing:
            offered = ", ".join(suggested) or "none"
            raise BadInput(f"the notes of interview {interview_id} do not suggest "
                           f"{', '.join(missing)} (they suggest: {offered})")  # fmt: skip
        app_id = interview.application_id
        have = {o.kind for o in _recorded(ctx, conn, interview)}
        added: dict[str, int] = {}
        already: list[str] = []
        for kind in dict.fromkeys(wanted if wanted is not None else list(suggested)):
            if kind in have:
                already.append(kind)
                continue
            sign = suggested[kind]
            added[kind] = q.insert_observation(
                conn, ctx.user_id, app_id, kind=kind, at=min(interview.end, now),
                source=ObservationSource.NOTE, evidence=sign.quote, interview_id=interview_id,
                expected_by=sign.expected_by, now=now,
            )  # fmt: skip
    return Recorded(interview_id, added, already)


def unrecord_notes_signs(
    ctx: Context, interview_id: int, observation_ids: Sequence[int]
) -> list[TrashItem]:
    """Move signs recorded from the notes of an interview to the trash (restorable there).
    Ids that are not such a sign of this interview are refused before anything moves."""
    with ctx.read() as conn:
        interview = _interview(ctx, conn, interview_id)
        ours = {o.id for o in _recorded(ctx, conn, interview) if o.source is ObservationSource.NOTE}
    strangers = [i for i in observation_ids if i not in ours]
    if strangers:
        raise NotFound("sign from the notes", ", ".join(str(i) for i in strangers))
    return [trash.delete(ctx, "signal", obs_id) for obs_id in dict.fromkeys(observation_ids)]
