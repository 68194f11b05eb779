"""The reminder use cases: channels (add, list, remove, test), settings, and a run that
sends what is due (core/reminders.py decides, notify/send.py delivers, the log remembers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from offerwatch.core.reminders import (
    CATCH_UP,
    ChannelRef,
    Digest,
    DueAction,
    QuietHours,
    Reminder,
    outbox,
    parse_quiet_hours,
)
from offerwatch.core.timeutil import ensure_aware
from offerwatch.errors import BadInput, NotFound
from offerwatch.notify import targets
from offerwatch.notify.messages import Message, digest_message, reminder_message, trial_message
from offerwatch.notify.secrets import SecretStore
from offerwatch.notify.send import SendFailed, send
from offerwatch.store import notify as sn
from offerwatch.store import plan_queries as pq

if TYPE_CHECKING:
    from offerwatch.service import Workspace

QUIET_KEY = "notify_quiet_hours"  # settings rows of their own (not in the settings form)
WEB_URL_KEY = "notify_web_url"
DEFAULT_WEB_URL = "http://127.0.0.1:8000"


@dataclass(frozen=True, slots=True)
class ChannelView:
    """A channel as lists show it: never its password or token, only whether it has one."""

    id: int
    kind: str
    target: str
    created_at: datetime
    has_secret: bool
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Delivery:
    """One message sent (ok) or not (error), on one channel."""

    channel_id: int
    what: str  # the title
    ok: bool
    error: str | None = None


@dataclass(frozen=True, slots=True)
class RunReport:
    deliveries: list[Delivery] = field(default_factory=list)
    quiet: bool = False  # nothing went out: it is quiet hours

    @property
    def sent(self) -> int:
        return sum(1 for d in self.deliveries if d.ok)

    @property
    def failed(self) -> int:
        return sum(1 for d in self.deliveries if not d.ok)


def _view(record: sn.ChannelRecord) -> ChannelView:
    detail = targets.smtp_shown(record.options) if record.kind == "email" else ""
    if record.kind == "ntfy":
        detail = f"priority {record.options.get('priority', 4)}"
    return ChannelView(record.id, record.kind, record.target, record.created_at,
                       record.secret_ref is not None, detail)  # fmt: skip


def add_channel(ws: Workspace, kind: str, target: str | None = None, *,
                smtp: str | None = None, token: str | None = None,
                priority: int = 4) -> int:  # fmt: skip
    """Check and store a channel; its password or token goes to the secret store."""
    checked = targets.parse(kind, target, smtp=smtp, token=token, priority=priority)
    store = SecretStore()
    ref = store.put(checked.secret) if checked.secret else None
    try:
        with ws.write(derived=True) as conn:
            return sn.insert_channel(conn, ws.user_id, kind=checked.kind, target=checked.target,
                                     options=checked.options, secret_ref=ref,
                                     now=ws.clock())  # fmt: skip
    except BaseException:
        store.delete(ref)  # not stored: its secret must not linger either
        raise


def channels(ws: Workspace) -> list[ChannelView]:
    with ws.read() as conn:
        return [_view(c) for c in sn.channels(conn, ws.user_id)]


def _channel(ws: Workspace, channel_id: int) -> sn.ChannelRecord:
    with ws.read() as conn:
        found = sn.get_channel(conn, ws.user_id, channel_id)
    if found is None:
        raise NotFound("channel", channel_id)
    return found


def remove_channel(ws: Workspace, channel_id: int) -> None:
    """Remove a channel, its sent log and its secret."""
    record = _channel(ws, channel_id)
    with ws.write(derived=True) as conn:
        sn.delete_channel(conn, ws.user_id, channel_id)
    SecretStore().delete(record.secret_ref)


def _deliver(record: sn.ChannelRecord, message: Message, store: SecretStore) -> Delivery:
    try:
        send(record.kind, record.target, record.options, store.get(record.secret_ref), message)
    except SendFailed as exc:
        return Delivery(record.id, message.title, False, str(exc))
    return Delivery(record.id, message.title, True)


def try_channels(ws: Workspace, channel_id: int | None = None,
                  web_url: str | None = None) -> list[Delivery]:  # fmt: skip
    """Send a test message on one channel, or on every channel."""
    records = [_channel(ws, channel_id)] if channel_id is not None else _records(ws)
    if not records:
        raise BadInput("no reminder channel yet: add one with `offerwatch notify add`")
    store = SecretStore()
    message = trial_message(notify_settings(ws)["web_url"] or web_url or DEFAULT_WEB_URL)
    return [_deliver(record, message, store) for record in records]


def _records(ws: Workspace) -> list[sn.ChannelRecord]:
    with ws.read() as conn:
        return sn.channels(conn, ws.user_id)


def notify_settings(ws: Workspace) -> dict[str, str | None]:
    """Quiet hours ("22:00-07:00" or None) and the web address reminders link to."""
    with ws.read() as conn:
        stored = pq.settings(conn, ws.user_id)
    return {"quiet_hours": stored.get(QUIET_KEY), "web_url": stored.get(WEB_URL_KEY)}


def set_notify_settings(ws: Workspace, *, quiet_hours: str | None = None,
                        web_url: str | None = None) -> dict[str, str | None]:  # fmt: skip
    """Change quiet hours and the link address; "" restores a default (None: unchanged)."""
    changes: dict[str, str | None] = {}
    if quiet_hours is not None:
        try:
            changes[QUIET_KEY] = (
                _quiet_text(parse_quiet_hours(quiet_hours)) if quiet_hours.strip() else None
            )
        except ValueError as exc:
            raise BadInput(str(exc)) from None
    if web_url is not None:
        changes[WEB_URL_KEY] = targets.web_url(web_url, "web address") if web_url.strip() else None
    with ws.write(derived=True) as conn:
        for key, value in changes.items():
            pq.set_setting(conn, ws.user_id, key, value)
    return notify_settings(ws)


def _quiet_text(quiet: QuietHours) -> str:
    return f"{quiet.start:%H:%M}-{quiet.end:%H:%M}"


def run_reminders(ws: Workspace, now: datetime | None = None,
                  web_url: str | None = None) -> RunReport:  # fmt: skip
    """Send what is due now and not sent yet, on every channel (links lead to the user's
    web address setting, else `web_url`); each item is claimed in the
    sent log first (so two runners never both send it) and released when sending fails, so
    the next run tries it again."""
    when = ensure_aware(now) if now is not None else ws.clock()
    records = _records(ws)
    if not records:
        return RunReport()
    tz = ws.timezone()
    config = notify_settings(ws)
    quiet = parse_quiet_hours(config["quiet_hours"]) if config["quiet_hours"] else None
    if quiet is not None and quiet.contains(when, tz):
        return RunReport(quiet=True)
    agenda = ws.agenda(when, days=1)
    due = [DueAction(i.id, i.title, i.kind, i.due, i.done, application_id=i.application_id)
           for i in agenda.items]  # fmt: skip
    with ws.read() as conn:
        log = sn.sent_log(conn, ws.user_id, when - CATCH_UP - timedelta(days=1))
    refs = [ChannelRef(r.id, r.created_at) for r in records]
    box = outbox(due, log, refs, when, tz, quiet=quiet, keep_applying=agenda.keep_applying)
    base = config["web_url"] or web_url or DEFAULT_WEB_URL  # the user's address comes first
    by_id = {r.id: r for r in records}
    store = SecretStore()
    items: list[tuple[Reminder | Digest, Message]] = [
        *((r, reminder_message(r, tz, base)) for r in box.reminders),
        *((d, digest_message(d, tz, base)) for d in box.digests),
    ]
    deliveries = []
    for item, message in items:
        action_id = item.action.id if isinstance(item, Reminder) else None
        with ws.write(derived=True) as conn:
            claim = sn.claim(conn, ws.user_id, channel_id=item.channel_id, key=item.key,
                             due_stamp=item.due_stamp, action_id=action_id, now=when)  # fmt: skip
        if claim is None:
            continue  # another runner sent it meanwhile
        delivery = _deliver(by_id[item.channel_id], message, store)
        if not delivery.ok:
            with ws.write(derived=True) as conn:
                sn.unclaim(conn, ws.user_id, claim)
        deliveries.append(delivery)
    return RunReport(deliveries)


def run_for_everyone(ws: Workspace, now: datetime | None = None,
                     web_url: str | None = None) -> dict[int, RunReport]:  # fmt: skip
    """Server mode: the run for each user who has a channel."""
    with ws.read() as conn:
        users = sn.users_with_channels(conn)
    return {user: run_reminders(_as(ws, user), now, web_url) for user in users}


def _as(ws: Workspace, user_id: int) -> Any:
    return ws if user_id == ws.user_id else ws.for_user(user_id)
