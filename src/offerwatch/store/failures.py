"""Name, in a few words, why the storage refused a write (disk full, read-only, permissions).

SQLite reports a full disk as "database or disk is full" and a file it may not write as
"attempt to write a readonly database"; a write past a file-size limit (or a failing disk) comes
back as "disk I/O error". The user needs the cause and the reassurance that nothing changed, not
the driver's wording.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

_BY_TEXT = (
    ("database or disk is full", "the disk is full"),
    ("no space left on device", "the disk is full"),
    ("disk quota exceeded", "the disk quota is used up"),
    ("readonly database", "the database file is read-only"),
    ("read-only file system", "the disk is mounted read-only"),
    ("disk i/o error", "the disk could not be written (it may be full or failing)"),
    ("unable to open database file", "the database file or its folder cannot be opened"),
    ("permission denied", "permission denied"),
)
_BY_ERRNO = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is mounted read-only",
    errno.EFBIG: "the file is larger than this system allows",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EIO: "the disk could not be written (it may be full or failing)",
}


def why(exc: BaseException) -> str:
    """The cause in one line: the storage's in plain words, else the driver's first line."""
    reason = storage_reason(exc)
    if reason is not None:
        return reason
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    return lines[0] if lines else type(cause).__name__


def storage_reason(exc: BaseException) -> str | None:
    """Why a write failed, in plain words, when the cause is the storage; None otherwise."""
    cause = getattr(exc, "orig", None) or exc
    code = getattr(cause, "errno", None)
    if isinstance(code, int) and code in _BY_ERRNO:
        return _BY_ERRNO[code]
    text = str(cause).lower()
    for needle, reason in _BY_TEXT:
        if needle in text:
            return reason
    return None


def sqlite_file_problem(database: str | None) -> str | None:
    """What stops a SQLite file from being opened for writing, told from the file system."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    path = Path(database).expanduser()
    folder = path.parent
    if not folder.is_dir():
        return f"the folder {folder} does not exist"
    if path.exists() and not os.access(path, os.W_OK):
        return "the database file is read-only; nothing was changed"
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is read-only (SQLite writes its journal beside the file)"
    return None
