"""Stream messages out of .eml files, mbox files and Maildir folders, one at a time.

Memory stays flat: an mbox is read in chunks and split on its "From " lines by hand, so only
the current message is ever held (plus one chunk).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from offerwatch.mail.message import RawMail

CHUNK = 1 << 20
# A From_ line: "From sender Wed Mar  4 10:00:00 2026" (a time and a year somewhere after).
_FROM_LINE = re.compile(rb"From \S*.*\d{1,2}:\d\d.*\d{4}")
_ESCAPED_FROM = re.compile(rb"(?m)^>(>*From )")
_SENT_NAMES = re.compile(r"(^|[./\\])(sent|sent[ _-]?(items|mail|messages))$", re.IGNORECASE)


class SourceError(OSError):
    """A path that cannot be read as mail at all (missing, unreadable, not a mailbox)."""


def is_sent_folder(name: str) -> bool:
    """True for folder names that hold the user's own sent mail (Sent, .Sent, Sent Items...)."""
    return bool(_SENT_NAMES.search(name.rstrip("/\\")))


def _mtime(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError:
        return None


def kind_of(path: Path) -> str:
    """'maildir', 'mbox' or 'eml' for a path; SourceError when it is none of them."""
    if path.is_dir():
        if (path / "cur").is_dir() or (path / "new").is_dir():
            return "maildir"
        raise SourceError(f"{path}: a folder but not a Maildir (no cur/ or new/ inside)")
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from None
    return "mbox" if head == b"From " else "eml"


# Headers one of which a mail file starts with (an upload that has none is not mail).
_MAIL_HEADERS = (b"from", b"to", b"date", b"subject", b"message-id", b"received",
                 b"return-path", b"mime-version", b"delivered-to", b"reply-to", b"cc")  # fmt: skip


def kind_of_head(head: bytes) -> str | None:
    """'.mbox' or '.eml' when the start of the file looks like one, else None: header
    lines up to the first blank line (or the end of `head`), one of them a mail header."""
    kind = ".eml"
    if head.startswith(b"From "):
        kind, head = ".mbox", head.split(b"\n", 1)[-1]
    names = []
    for line in head.replace(b"\r\n", b"\n").split(b"\n")[:-1]:
        if not line:
            break
        if line[:1] in (b" ", b"\t"):
            continue  # a folded header continues
        name, colon, _ = line.partition(b":")
        if not colon or not name or not all(33 <= c <= 126 for c in name):
            return None
        names.append(name.lower())
    return kind if any(n in _MAIL_HEADERS for n in names) else None


def check_mail_file(path: Path) -> None:
    """SourceError when `path`, read as one .eml file, does not start like mail (a text
    file, a picture): import would otherwise count it as a message and say nothing else."""
    if kind_of(path) != "eml":
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from None
    if kind_of_head(head) is None:
        raise SourceError(f"{path}: not an .eml message or an mbox mailbox (no mail headers)")


def count(path: Path) -> int | None:
    """How many messages `path` holds, when that is cheap to know (Maildir, .eml)."""
    kind = kind_of(path)
    if kind == "maildir":
        return len(_maildir_files(path))
    return 1 if kind == "eml" else None


def read_path(path: Path, label: str | None = None) -> Iterator[RawMail]:
    """Every message in `path` (.eml, mbox or Maildir), in a stable order.

    `label` names the source in `where` (default: the path as given); mbox and Maildir
    messages get `#N` (0-based) appended.
    """
    name = label if label is not None else str(path)
    kind = kind_of(path)
    if kind == "maildir":
        yield from read_maildir(path, name)
    elif kind == "mbox":
        yield from read_mbox(path, name)
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceError(f"{path}: cannot read ({exc.strerror})") from None
        yield RawMail(name, data, _mtime(path), sent=is_sent_folder(path.parent.name))


def _maildir_files(path: Path) -> list[Path]:
    files: list[Path] = []
    for sub in ("new", "cur"):
        folder = path / sub
        if folder.is_dir():
            files.extend(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    return sorted(files, key=lambda p: (p.name.split(":", 1)[0], p.parent.name))


def read_maildir(path: Path, name: str) -> Iterator[RawMail]:
    """The messages of one Maildir folder (new/ and cur/), ordered by their unique names."""
    sent = is_sent_folder(path.resolve().name)
    for index, file in enumerate(_maildir_files(path)):
        where = f"{name}#{index}"
        try:
            data = file.read_bytes()
        except FileNotFoundError:  # delivered and moved away while we read: skip it
            continue
        except OSError as exc:  # unreadable: the import lists it as skipped, with the reason
            yield RawMail(where, b"", sent=sent, error=f"cannot read {file.name}: {exc.strerror}")
            continue
        yield RawMail(where, data, _mtime(file), sent=sent)


def from_line_date(line: bytes) -> datetime | None:
    """The date in an mbox From_ line ("From sender Wed Mar  4 10:00:00 2026"), as UTC."""
    parts = line.decode("ascii", "replace").split()
    for start in range(2, min(len(parts), 4)):
        text = " ".join(parts[start : start + 5])
        try:
            return datetime.strptime(text, "%a %b %d %H:%M:%S %Y").replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _message(from_line: bytes, body: bytes, where: str, sent: bool) -> RawMail:
    if b"\n>" in body and b"From " in body:
        body = _ESCAPED_FROM.sub(rb"\1", body)
    if body.endswith(b"\n\n"):  # the blank line that separates mbox messages
        body = body[:-1]
    return RawMail(where, body, None, sent=sent, from_line=from_line)


def split_mbox(chunks: Iterator[bytes]) -> Iterator[tuple[bytes, bytes]]:
    """(From_ line, message bytes) pairs from the chunks of an mbox file.

    A separator is a line starting "From " at the very start of the file, or after a line
    break when it looks like a From_ line (a time and a year follow). Body lines starting
    "From " are escaped by writers (">From "); `read_mbox` undoes the escape (mboxrd).
    """
    buf = bytearray()
    from_line = b""
    msg_start = -1  # where the current message's bytes begin in buf (-1: none yet)
    scan = 0  # where to look for the next separator
    at_file_start = True
    eof = False
    while True:
        while True:
            if at_file_start:
                if len(buf) < 5 and not eof:
                    break
                at_file_start = False
                hit = 0 if buf.startswith(b"From ") else -1
                if hit < 0:
                    continue
            else:
                found = buf.find(b"\nFrom ", scan)
                if found < 0:
                    scan = max(scan, len(buf) - 5)
                    break
                hit = found + 1
            line_end = buf.find(b"\n", hit)
            if line_end < 0 and not eof:
                scan = max(hit - 1, 0)
                at_file_start = hit == 0
                break
            stop = line_end if line_end >= 0 else len(buf)
            line = bytes(buf[hit:stop])
            if hit == 0 or _FROM_LINE.match(line):
                if msg_start >= 0:
                    yield from_line, bytes(buf[msg_start:hit])
                from_line = line.rstrip(b"\r")
                msg_start = stop + 1
            scan = hit
        if eof:
            if msg_start >= 0:
                yield from_line, bytes(buf[msg_start:])
            return
        keep = min(msg_start, scan) if msg_start >= 0 else scan
        if keep > 0 and not at_file_start:
            del buf[:keep]
            scan -= keep
            if msg_start >= 0:
                msg_start -= keep
        chunk = next(chunks, b"")
        if chunk:
            buf += chunk
        else:
            eof = True


def _chunks(path: Path) -> Iterator[bytes]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def read_mbox(path: Path, name: str) -> Iterator[RawMail]:
    """The messages of an mbox file, streamed."""
    sent = is_sent_folder(path.stem) or is_sent_folder(path.name)
    for index, (from_line, data) in enumerate(split_mbox(_chunks(path))):
        yield _message(from_line, data, f"{name}#{index}", sent)


def walk_sources(paths: list[str]) -> Iterator[tuple[str, Path]]:
    """(label, path) for each PATH argument, expanding ~."""
    for label in paths:
        yield label, Path(os.path.expanduser(label))
