"""The words of a reminder: a title, lines of text, and links to the action on the web."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo

from offerwatch.core.day_words import day_and_time
from offerwatch.core.reminders import Digest, Reminder, digest_lines

DRAFTED = ("thank_you", "follow_up")  # the kinds the web drafts an email for


@dataclass(frozen=True, slots=True)
class Message:
    """What every channel sends, each in its own form; `url` is the main link."""

    title: str
    body: str
    url: str | None = None
    links: dict[str, str] = field(default_factory=dict)  # label -> URL (open, draft, ...)
    kind: str = "reminder"  # reminder | digest | test
    priority: int | None = None  # ntfy: None keeps the channel's own


def action_links(base: str, action_id: int, kind: str) -> dict[str, str]:
    """Where the reminder leads: the action's page (done, snooze) and its draft."""
    root = base.rstrip("/")
    links = {"open": f"{root}/actions/{action_id}"}
    if kind in DRAFTED:
        links["draft"] = f"{root}/actions/{action_id}/draft"
    return links


def reminder_message(reminder: Reminder, tz: tzinfo, base: str) -> Message:
    action = reminder.action
    # Sent about when it is due: its year goes without saying.
    due = day_and_time(reminder.due_stamp, tz, reminder.due_stamp.astimezone(tz).date())
    links = action_links(base, action.id, action.kind)
    body = f"{action.title}\nDue {due}.\nOpen it to draft, mark done or snooze: {links['open']}"
    return Message(f"Due: {action.title}", body, links["open"], links)


def digest_message(digest: Digest, tz: tzinfo, base: str) -> Message:
    count = len(digest.overdue) + len(digest.due_today)
    title = f"offerwatch: {count} to do today" if count else "offerwatch: keep applying"
    lines = digest_lines(digest, tz)
    links = {}
    root = base.rstrip("/")
    for action in [*digest.overdue, *digest.due_today]:
        links[action.title[:60]] = f"{root}/actions/{action.id}"
    lines.append(f"Your day: {root}/")
    return Message(title, "\n".join(lines), f"{root}/", links, kind="digest", priority=3)


def trial_message(base: str) -> Message:
    root = base.rstrip("/")
    return Message(
        "offerwatch: test reminder",
        f"This channel works: reminders will arrive here.\n{root}/",
        f"{root}/",
        kind="test",
        priority=3,
    )
