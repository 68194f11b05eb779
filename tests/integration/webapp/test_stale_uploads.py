"""Upload folders left by a server killed mid-import are removed; fresh ones are kept."""

from __future__ import annotations

import os
import time
from pathlib import Path

from offerwatch.web.pages.mail import STALE_UPLOAD_SECONDS, UPLOAD_PREFIX, remove_stale_uploads


def _folder(root: Path, name: str, age: float, now: float) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "upload.mbox").write_bytes(b"From x\nSubject: private\n\nmail\n")
    os.utime(folder, (now - age, now - age))
    return folder


def test_only_old_upload_folders_are_removed(tmp_path: Path) -> None:
    now = time.time()
    old = _folder(tmp_path, f"{UPLOAD_PREFIX}crashed", STALE_UPLOAD_SECONDS + 60, now)
    running = _folder(tmp_path, f"{UPLOAD_PREFIX}running", 60, now)
    other = _folder(tmp_path, "someone-else", STALE_UPLOAD_SECONDS * 2, now)
    assert remove_stale_uploads(now, tmp_path) == [old]
    assert not old.exists()
    assert running.exists() and other.exists()
