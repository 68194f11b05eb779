"""Use cases of cohort calibration (server mode): a user's consent, and an administrator's fit
of the odds on every consenting user's finished applications, adopted as this server's
defaults (versioned, with a revert).

Individual data never leaves the database: each user's facts are read through the usual
per-user queries into calibration examples (signs and outcomes: no names, companies or
text), and only aggregates come out (counts, Brier scores, one value per key). Who may call
what is the shells' business, as for the rest of account administration (the web's admin
pages; the CLI is run by whoever holds the database)."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from offerwatch.audit import audit
from offerwatch.errors import BadInput
from offerwatch.service.context import Context
from offerwatch.service.scoring import _now, examples_of, past_facts
from offerwatch.store import cohort as qc
from offerwatch.store import plan_queries as pq
from offerwatch.store import plan_stamps
from offerwatch.store.cohort import CONSENT_KEY, CohortWeights

if TYPE_CHECKING:
    from offerwatch.core.calibration import Example
    from offerwatch.core.cohort import CohortFit

# What taking part shares, in one sentence (the settings page and the CLI's help say it).
CONSENT_WORDS = (
    "Your finished applications' signs and outcomes (never names, companies or text) are "
    "used only inside this server to fit shared odds weights for everyone here."
)


def consent(ctx: Context) -> bool:
    """True when the user agreed that their finished applications join the cohort fit."""
    with ctx.read() as conn:
        return pq.settings(conn, ctx.user_id).get(CONSENT_KEY) == "on"


def set_consent(ctx: Context, agreed: bool) -> None:
    """Agree to take part, or withdraw (the next fit leaves the user out); the setting
    "cohort_consent" (service/settings.py), which audits the change."""
    from offerwatch.service.settings import set_setting

    set_setting(ctx, CONSENT_KEY, "on" if agreed else "off")


def _pooled_examples(ctx: Context, at: datetime) -> tuple[int, dict[int, list[Example]]]:
    """(consenting users, their examples by user id), read in one snapshot."""
    with ctx.read() as conn:
        users = qc.consenting_users(conn)
        facts = {u: past_facts(conn, u) for u in users}
    return len(users), {u: examples_of(f, at) for u, f in facts.items()}


def cohort_fit(ctx: Context, now: datetime | None = None) -> CohortFit:
    """Fit the odds on every consenting user's finished applications and judge the fit on
    held-out users against the published defaults (see core/cohort.py)."""
    from offerwatch.core.cohort import pooled

    at = _now(ctx, now)
    consenting, by_user = _pooled_examples(ctx, at)
    return pooled(by_user, consenting=consenting)


def _version_words(day: date, users: Sequence[int], versions: Mapping[int, int]) -> str:
    """What the cohort fit is made from, in a few words: the day (an outcome dated ahead
    counts from its day), who agreed, and each one's facts version (store/plan_stamps: any
    write of theirs changes it). A fit made under the same words is the same fit; they are
    read before the facts, so that a fit is never kept under words older than its data.

    A consenting user without a stamp (agreed before consent made one, and no plan derived
    since) has no version: then the words are new on every call, and the fit is made again."""
    if len(versions) < len(users):
        return f"{day.isoformat()};unversioned;{secrets.token_hex(8)}"
    return f"{day.isoformat()};" + ",".join(f"{u}:{versions[u]}" for u in users)


@dataclass(frozen=True, slots=True)
class KeptFit:
    """A cohort fit and what it was made from: the data version it was checked under
    (`_version_words`), a digest of the examples it learned from, and each consenting
    user's examples with the (facts version, day) they were read at, to reuse while those
    hold."""

    data_version: str
    learned: str
    fit: CohortFit
    fitted_at: datetime
    examples: Mapping[int, tuple[tuple[int, date], tuple[Example, ...]]] = field(
        default_factory=dict, repr=False, compare=False
    )


def _learned(consenting: int, by_user: Mapping[int, Sequence[Example]]) -> str:
    """A digest of everything a fit learns from: how many agreed, and each one's examples
    (evidence and outcome of each finished application) in a fixed order."""
    digest = hashlib.sha256(str(consenting).encode())
    for user in sorted(by_user):
        for e in sorted(by_user[user], key=lambda e: e.application_id):
            digest.update(repr((user, e.application_id, e.evidence, e.outcome)).encode())
    return digest.hexdigest()


def kept_cohort_fit(
    ctx: Context, kept: KeptFit | None, now: datetime | None = None, *, refit: bool = False
) -> KeptFit:
    """The cohort fit of the data as it stands, reusing `kept` while what it learns from is
    unchanged. No consenting user wrote since: nothing more is read. Some did: only their
    facts are read again (the others' examples are kept under their facts version), and the
    fit is made again only when the examples differ; a new open application, a goal, a note
    change none. `refit` fits in any case."""
    from offerwatch.core.cohort import pooled

    at = _now(ctx, now)
    day = at.date()
    reuse = kept.examples if kept is not None else {}
    with ctx.read() as conn:
        users = qc.consenting_users(conn)
        versions = plan_stamps.facts_versions(conn, users)
        version = _version_words(day, users, versions)
        if kept is not None and not refit and kept.data_version == version:
            return kept
        examples: dict[int, tuple[tuple[int, date], tuple[Example, ...]]] = {}
        for user in users:
            stamp = (versions.get(user, -1), day)
            old = reuse.get(user)
            if old is None or old[0] != stamp or stamp[0] < 0:
                old = (stamp, tuple(examples_of(past_facts(conn, user), at)))
            examples[user] = old
    by_user = {user: list(found) for user, (_, found) in examples.items()}
    learned = _learned(len(users), by_user)
    if kept is not None and not refit and kept.learned == learned:
        return replace(kept, data_version=version, examples=examples)
    fit = pooled(by_user, consenting=len(users))
    return KeptFit(version, learned, fit, ctx.clock(), examples)


def adopt_cohort(
    ctx: Context, now: datetime | None = None, *, force: bool = False
) -> CohortWeights:
    """Fit again and make the fitted weights this server's defaults (a new version).

    Refused below the minimum of data, and when the fit is not recommended unless `force`."""
    fitted = cohort_fit(ctx, now)
    if not fitted.ready:
        raise BadInput("not enough data to fit: " + "; ".join(fitted.missing))
    if not fitted.recommended and not force:
        raise BadInput(
            "the fitted weights did not do better than the defaults beyond noise on held-out "
            "users: nothing adopted (force it to adopt anyway)"
        )
    assert fitted.brier_default is not None and fitted.brier_fitted is not None
    assert fitted.diff_interval is not None
    with ctx.write() as conn:
        version = qc.insert_weights(
            conn,
            fitted_at=_now(ctx, now),
            adopted_by=ctx.user_id,
            users=fitted.users,
            applications=fitted.applications,
            brier_default=fitted.brier_default,
            brier_fitted=fitted.brier_fitted,
            diff_interval=fitted.diff_interval,
            ratios=fitted.fitted_ratios,
        )
        qc.touch_everyone(conn)
        adopted = qc.current(conn)
    assert adopted is not None and adopted.id == version
    audit("cohort.adopted", version=version, by=ctx.user_id, users=fitted.users,
          applications=fitted.applications)  # fmt: skip
    return adopted


def revert_cohort(ctx: Context) -> CohortWeights | None:
    """Stop using the adopted weights: the version before them (or the published defaults)
    is in use again. Returns what is in use now."""
    with ctx.write() as conn:
        found = qc.current(conn)
        if found is None:
            raise BadInput("no cohort weights are in use: nothing to revert")
        qc.mark_reverted(conn, found.id, at=ctx.clock(), by=ctx.user_id)
        qc.touch_everyone(conn)
        now_in_use = qc.current(conn)
    audit("cohort.reverted", version=found.id, by=ctx.user_id)
    return now_in_use


def cohort_weights(ctx: Context) -> CohortWeights | None:
    """The cohort weights in use on this server (None: the published defaults)."""
    with ctx.read() as conn:
        return qc.current(conn)


def cohort_versions(ctx: Context) -> list[CohortWeights]:
    """Every adopted version, newest first."""
    with ctx.read() as conn:
        return qc.versions(conn)
