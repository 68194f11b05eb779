"""Reading .eml files, mbox files and Maildir folders, streamed."""

from __future__ import annotations

import tracemalloc
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from tests.support.mailbuild import mail, write_maildir, write_mbox

from offerwatch.mail import readers
from offerwatch.mail.readers import SourceError, is_sent_folder, read_path

BODIES = [
    "From the desk of the hiring manager:\nwe liked you.\n",
    ">From a quoted line\n>>From a doubly quoted line\n",
    "From now on\n\nFrom me Wed Mar  4 10:00:00 2026 looks like a separator\n",
    "ends without newline",
    "",
]


@pytest.mark.parametrize("chunk", [7, 64, 1000, 1 << 20])
def test_mbox_round_trip_at_any_chunk_size(
    tmp_path: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "CHUNK", chunk)
    originals = [mail(f"s{i}", body) for i, body in enumerate(BODIES * 3)]
    path = write_mbox(tmp_path / "inbox.mbox", originals)
    got = list(read_path(path, "inbox.mbox"))
    assert [r.where for r in got] == [f"inbox.mbox#{i}" for i in range(len(originals))]
    for raw, original in zip(got, originals, strict=True):
        assert raw.data.rstrip(b"\n") == original.rstrip(b"\n")
        parsed = message_from_bytes(raw.data, policy=policy.default)
        assert (
            parsed.get_content()
            == message_from_bytes(original, policy=policy.default).get_content()
        )


def test_mbox_from_line_date_is_the_fallback(tmp_path: Path) -> None:
    path = write_mbox(tmp_path / "x.mbox", [b"Subject: no date\n\nhello\n"])
    [raw] = list(read_path(path))
    fallback = raw.fallback()
    assert fallback is not None and (fallback.year, fallback.month, fallback.day) == (2026, 3, 4)


def test_maildir_reads_new_and_cur_in_a_stable_order(tmp_path: Path) -> None:
    messages = [mail(f"m{i}", "hello", msgid=f"<m{i}@x>") for i in range(5)]
    path = write_maildir(tmp_path / "Maildir", messages, flags="S")
    (path / "tmp" / "half-delivered").write_bytes(b"partial")
    got = list(read_path(path, "Maildir"))
    assert [r.where for r in got] == [f"Maildir#{i}" for i in range(5)]
    assert [message_from_bytes(r.data)["Message-ID"] for r in got] == [
        f"<m{i}@x>" for i in range(5)
    ]
    assert readers.count(path) == 5


def test_sent_folders_are_recognised(tmp_path: Path) -> None:
    sent = write_maildir(tmp_path / ".Sent", [mail("Thank you", "thanks")])
    assert all(r.sent for r in read_path(sent))
    inbox = write_maildir(tmp_path / "INBOX", [mail("hi", "x")])
    assert not any(r.sent for r in read_path(inbox))
    assert is_sent_folder("Sent Items") and is_sent_folder("[Gmail]/Sent Mail")
    assert not is_sent_folder("Consent forms")


def test_single_eml(tmp_path: Path) -> None:
    path = tmp_path / "offer.eml"
    path.write_bytes(mail("Offer", "We are delighted to offer you the role."))
    [raw] = list(read_path(path, "offer.eml"))
    assert raw.where == "offer.eml" and raw.data == path.read_bytes()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.mbox", "no such file"),
        (lambda p: p, "not a Maildir"),
    ],
)
def test_unreadable_sources(tmp_path: Path, make: object, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        list(read_path(make(tmp_path)))  # type: ignore[operator]


def test_memory_stays_flat_while_streaming_a_large_mbox(tmp_path: Path) -> None:
    filler = "x" * 2000 + "\n"
    path = write_mbox(tmp_path / "big.mbox", (mail(f"m{i}", filler * 20) for i in range(600)))
    assert path.stat().st_size > 20_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_path(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 600
    assert peak < 6_000_000  # a chunk and a message or two, never the file
