"""The secret file under several processes at once (the workers of one server keep a sync's
password or a channel's token while others remove theirs): no change is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from offerwatch.notify.secrets import SecretStore

SCRIPT = """
import sys
from offerwatch.notify.secrets import SecretStore
store = SecretStore()
refs = [store.put(f"{sys.argv[1]}-{i}") for i in range(25)]
for ref in refs[::2]:
    store.delete(ref)
print(" ".join(refs[1::2]))
"""


def test_concurrent_writers_lose_no_secret(tmp_path: Path) -> None:
    env = {**os.environ, "OFFERWATCH_HOME": str(tmp_path)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SCRIPT, f"p{n}"], env=env, stdout=subprocess.PIPE, text=True
        )
        for n in range(4)
    ]
    kept = []
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0
        kept += out.split()
    store = SecretStore(tmp_path)
    assert len(kept) == 4 * 12
    assert all(store.get(ref) is not None for ref in kept)  # every kept one is there
    assert len(store._load()) == len(kept)  # and every removed one is gone
    assert (store.path.stat().st_mode & 0o777) == 0o600
