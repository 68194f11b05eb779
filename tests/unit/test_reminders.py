"""The reminder step (core/reminders.py): never the same reminder twice per action and
channel, nothing in quiet hours, no done or snoozed action, one digest a day."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offerwatch.core.plan_types import KeepApplying
from offerwatch.core.reminders import (
    CATCH_UP,
    DIGEST,
    ChannelRef,
    DueAction,
    Outbox,
    QuietHours,
    Sent,
    digest_lines,
    lead,
    outbox,
    parse_quiet_hours,
)

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = [BERLIN, ZoneInfo("America/New_York"), ZoneInfo("Australia/Sydney"), UTC]
START = datetime(2026, 3, 1, tzinfo=UTC)
moments = st.integers(0, 20 * 24 * 60).map(lambda m: START + timedelta(minutes=m))
clock_times = st.integers(0, 24 * 60 - 1).map(lambda m: time(m // 60, m % 60))


@st.composite
def actions(draw: st.DrawFn) -> list[DueAction]:
    found = []
    for n in range(draw(st.integers(0, 6))):
        snooze = draw(st.none() | moments)
        found.append(
            DueAction(n + 1, f"action {n + 1}", "follow_up", draw(moments),
                      done=draw(st.booleans()), snoozed_until=snooze)
        )  # fmt: skip
    return found


def _log(box: Outbox) -> list[Sent]:
    """What the service records after sending `box`."""
    return [Sent(r.channel_id, r.key, r.due_stamp) for r in box.reminders] + [
        Sent(d.channel_id, DIGEST, d.due_stamp) for d in box.digests
    ]


@settings(max_examples=150, deadline=None)
@given(
    acts=actions(),
    runs=st.lists(moments, min_size=1, max_size=25),
    tz=st.sampled_from(ZONES),
    quiet=st.none() | st.builds(QuietHours, clock_times, clock_times),
)
def test_never_the_same_reminder_twice(
    acts: list[DueAction], runs: list[datetime], tz: ZoneInfo, quiet: QuietHours | None
) -> None:
    channels = [ChannelRef(1, START - timedelta(days=30)), ChannelRef(2, START + timedelta(days=3))]
    log: list[Sent] = []
    for now in sorted(runs):
        box = outbox(acts, log, channels, now, tz, quiet=quiet)
        for r in box.reminders:
            assert not r.action.done
            assert r.due_stamp <= now + lead(r.action.kind)
            assert r.action.effective_due == r.due_stamp  # a snoozed one only once it ends
        log += _log(box)
    # Each action at one due time on one channel: once; and a digest once a day per channel.
    reminders = [(s.channel_id, s.key) for s in log if s.key != DIGEST]
    assert len(reminders) == len(set(reminders))
    digests = [(s.channel_id, s.due_stamp) for s in log if s.key == DIGEST]
    assert len(digests) == len(set(digests))


@settings(max_examples=150, deadline=None)
@given(acts=actions(), now=moments, tz=st.sampled_from(ZONES),
       quiet=st.builds(QuietHours, clock_times, clock_times))  # fmt: skip
def test_nothing_is_sent_in_quiet_hours(
    acts: list[DueAction], now: datetime, tz: ZoneInfo, quiet: QuietHours
) -> None:
    box = outbox(acts, [], [ChannelRef(1, START - timedelta(days=30))], now, tz, quiet=quiet)
    if quiet.contains(now, tz):
        assert not box
    else:  # outside them, every due open action within the catch-up window is sent
        wanted = {a.id for a in acts
                  if not a.done and now - CATCH_UP <= a.effective_due <= now}  # fmt: skip
        assert {r.action.id for r in box.reminders} == wanted


def test_held_in_quiet_hours_then_sent_when_they_end() -> None:
    quiet = parse_quiet_hours("22:00-07:00")
    due = datetime(2026, 3, 4, 23, 30, tzinfo=BERLIN)
    act = DueAction(7, "Thank Ana", "thank_you", due)
    channel = [ChannelRef(1, START)]
    assert not outbox([act], [], channel, due + timedelta(minutes=5), BERLIN, quiet=quiet)
    morning = datetime(2026, 3, 5, 7, 0, tzinfo=BERLIN)
    box = outbox([act], [], channel, morning, BERLIN, quiet=quiet)
    assert [r.action.id for r in box.reminders] == [7]


def test_snoozed_action_is_reminded_again_when_the_snooze_ends() -> None:
    due = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
    channel = [ChannelRef(1, START)]
    first = outbox([DueAction(1, "Follow up", "follow_up", due)], [], channel,
                   due + timedelta(minutes=1), UTC)  # fmt: skip
    log = _log(first)
    snoozed = DueAction(1, "Follow up", "follow_up", due, snoozed_until=due + timedelta(days=1))
    assert not outbox([snoozed], log, channel, due + timedelta(hours=5), UTC).reminders
    again = outbox([snoozed], log, channel, due + timedelta(days=1, minutes=1), UTC)
    assert [r.due_stamp for r in again.reminders] == [due + timedelta(days=1)]


def test_old_overdue_actions_go_to_the_digest_not_a_burst_of_pings() -> None:
    now = datetime(2026, 3, 10, 8, 30, tzinfo=BERLIN)
    old = DueAction(1, "Follow up with Acme", "follow_up", now - timedelta(days=5))
    today = DueAction(2, "Thank Bo", "thank_you", now + timedelta(hours=3))
    done = DueAction(3, "Done already", "thank_you", now - timedelta(hours=1), done=True)
    ka = KeepApplying(True, now.date(), 1, 5, False, "")
    box = outbox([old, today, done], [], [ChannelRef(4, START)], now, BERLIN, keep_applying=ka)
    assert box.reminders == []
    [digest] = box.digests
    assert [a.id for a in digest.overdue] == [1] and [a.id for a in digest.due_today] == [2]
    text = "\n".join(digest_lines(digest, BERLIN))
    assert "Follow up with Acme (was due Thu 5 Mar, 08:30)" in text  # days as pages say them
    assert "Thank Bo (11:30)" in text
    assert "1 of 5 new applications" in text and "Done already" not in text
    # The same morning again: no second digest.
    assert not outbox([old, today], _log(box), [ChannelRef(4, START)], now, BERLIN).digests


def test_no_digest_before_the_morning_nor_when_there_is_nothing_to_say() -> None:
    early = datetime(2026, 3, 10, 7, 59, tzinfo=BERLIN)
    act = DueAction(1, "x", "follow_up", early + timedelta(hours=5))
    assert not outbox([act], [], [ChannelRef(1, START)], early, BERLIN).digests
    later = early + timedelta(minutes=2)
    assert not outbox([], [], [ChannelRef(1, START)], later, BERLIN).digests


def test_a_channel_is_not_sent_what_was_due_before_it_existed() -> None:
    now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    act = DueAction(1, "x", "follow_up", now - timedelta(hours=2))
    assert not outbox([act], [], [ChannelRef(1, now - timedelta(hours=1))], now, UTC).reminders
    assert outbox([act], [], [ChannelRef(1, now - timedelta(hours=3))], now, UTC).reminders


@pytest.mark.parametrize("text", ["22:00", "25:00-07:00", "late-early", ""])
def test_bad_quiet_hours_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="HH:MM-HH:MM"):
        parse_quiet_hours(text)


def test_ask_timeline_is_reminded_an_hour_before_the_interview() -> None:
    start = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
    act = DueAction(1, "Ask about the timeline", "ask_timeline", start)
    channel = [ChannelRef(1, START)]
    assert not outbox([act], [], channel, start - timedelta(minutes=61), UTC).reminders
    [r] = outbox([act], [], channel, start - timedelta(minutes=59), UTC).reminders
    assert r.due_stamp == start
