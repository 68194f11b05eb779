"""Passwords and tokens of reminder channels, kept outside the database.

They live in `notify-secrets.json` in the data directory, a file only its owner may read
(mode 0600, written whole or not at all). The database holds only a random reference to
each. (The system keyring was left out: no keyring exists on the servers this also runs on,
and the `keyring` package would be a dependency for desktops only; see docs/reminders.md.)
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

from offerwatch.config import data_dir
from offerwatch.errors import BadInput

FILE_NAME = "notify-secrets.json"


class SecretStore:
    """A small JSON file of reference -> secret, readable by the user only."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or data_dir()) / FILE_NAME

    def _load(self) -> dict[str, str]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise BadInput(f"cannot read {self.path}: {exc.strerror or exc}") from None
        try:
            found = json.loads(text)
        except ValueError:
            raise BadInput(f"{self.path} is damaged (not JSON): fix or remove it") from None
        return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}

    def _save(self, values: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{FILE_NAME}.")
        try:
            os.fchmod(fd, 0o600)  # mkstemp creates it 0600; said again, as it matters
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(values, out)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer at a time across processes (the workers of one server add and remove
        secrets at once: a sync's password, a channel's token): no change lost."""
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path.with_name(f".{FILE_NAME}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # releases the lock

    def put(self, value: str) -> str:
        """Keep `value`; returns the reference to store in its place."""
        ref = "s_" + secrets.token_urlsafe(16)
        with self._locked():
            values = self._load()
            values[ref] = value
            self._save(values)
        return ref

    def get(self, ref: str | None) -> str | None:
        return None if ref is None else self._load().get(ref)

    def delete(self, ref: str | None) -> None:
        if ref is None:
            return
        with self._locked():
            values = self._load()
            if values.pop(ref, None) is not None:
                self._save(values)
