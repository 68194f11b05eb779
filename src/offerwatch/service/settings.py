"""Use cases for the user's settings: name and signature, time zone, weekly target..."""

from __future__ import annotations

from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection

from offerwatch.core.mail_domains import own_addresses
from offerwatch.core.planner import DEFAULT_WEEKLY_TARGET
from offerwatch.core.timeutil import local_zone
from offerwatch.errors import BadInput
from offerwatch.service.context import Context
from offerwatch.service.holidays import check_country
from offerwatch.service.validate import MAX_TITLE_CHARS, user_text
from offerwatch.store import plan_queries as pq

# Settings the user can change, with their defaults (None: unset).
SETTINGS: dict[str, str | None] = {
    "weekly_target": str(DEFAULT_WEEKLY_TARGET),  # new applications a week (issue 4)
    "timezone": None,  # IANA name; default: $OFFERWATCH_TZ, $TZ, the system zone
    "name": None,  # how drafts are signed
    "signature": None,  # lines under the name in drafts (phone, profile link)
    "pitch": None,  # what you bring, e.g. "five years of building data pipelines"
    "my_addresses": None,  # your own email addresses, comma-separated (mail reading)
    "country": None,  # ISO code (DE, US-CA): business days skip its public holidays
    "cohort_consent": "off",  # on: finished applications join the server's cohort fit
}
_YES = {"on", "yes", "true", "1"}
_NO = {"off", "no", "false", "0"}


def _check_setting(key: str, value: str) -> str:
    value = user_text(value, key, max_chars=MAX_TITLE_CHARS) or ""
    if key == "weekly_target":
        try:
            number = int(value)
        except ValueError:
            raise BadInput(f"weekly_target must be a whole number, not {value!r}") from None
        if not 0 <= number <= 100:
            raise BadInput("weekly_target must be between 0 and 100")
        return str(number)
    if key == "my_addresses":
        try:
            return ", ".join(own_addresses(value))
        except ValueError as exc:
            raise BadInput(f"my_addresses: {exc}") from None
    if key == "country":
        return check_country(value)
    if key == "cohort_consent":
        if value.strip().lower() not in _YES | _NO:
            raise BadInput(f"cohort_consent must be on or off, not {value!r}")
        return "on" if value.strip().lower() in _YES else "off"
    if key == "timezone":
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise BadInput(f"unknown time zone {value!r} (use e.g. Europe/Berlin)") from None
    if key in ("name", "country", "my_addresses", "timezone") and "\n" in value:
        raise BadInput(f"{key} must be one line")
    return value.strip()


def settings(ctx: Context) -> dict[str, str | None]:
    """Every known setting with its value (the default where unset)."""
    with ctx.read() as conn:
        stored = pq.settings(conn, ctx.user_id)
    return {key: stored.get(key, default) for key, default in SETTINGS.items()}


def set_setting(ctx: Context, key: str, value: str | None) -> None:
    """Change a setting; None restores its default."""
    if key not in SETTINGS:
        raise BadInput(f"unknown setting {key!r}; one of: {', '.join(SETTINGS)}")
    clean = None if value is None else _check_setting(key, value)
    with ctx.write() as conn:
        _store_setting(ctx, conn, key, clean)


def _store_setting(ctx: Context, conn: Connection, key: str, clean: str | None) -> None:
    pq.set_setting(conn, ctx.user_id, key, clean or None)
    if key == "cohort_consent":
        from offerwatch.audit import audit
        from offerwatch.store import plan_stamps

        if clean == "on":  # the cohort fit is kept while no consenting user's version moves
            plan_stamps.ensure(conn, ctx.user_id)
        audit("cohort.consent", user=ctx.user_id, agreed=clean == "on")
    if key == "my_addresses" and clean:  # the user's own mail is outgoing, also stored
        from offerwatch.store.mail_addresses import refile_own_mail

        refile_own_mail(conn, ctx.user_id, clean.split(", "))


def set_settings(ctx: Context, values: dict[str, str | None]) -> dict[str, str | None]:
    """Change several settings at once (all or none: each is checked first); None
    restores a default. Returns every setting as now."""
    unknown = [key for key in values if key not in SETTINGS]
    if unknown:
        raise BadInput(f"unknown setting {unknown[0]!r}; one of: {', '.join(SETTINGS)}")
    clean = {k: None if v is None else _check_setting(k, v) for k, v in values.items()}
    with ctx.write() as conn:
        for key, value in clean.items():
            _store_setting(ctx, conn, key, value)
    return settings(ctx)


def weekly_target(ctx: Context) -> int:
    """How many new applications a week the user aims for."""
    return int(settings(ctx)["weekly_target"] or DEFAULT_WEEKLY_TARGET)


def set_weekly_target(ctx: Context, target: int) -> None:
    """Change the weekly target of new applications."""
    set_setting(ctx, "weekly_target", str(target))


def timezone(ctx: Context) -> tzinfo:
    """The zone local due times are computed in: the setting, else the system's."""
    name = settings(ctx)["timezone"]
    return ZoneInfo(name) if name else local_zone()
