"""A real PostgreSQL server for the test session, started from the machine's binaries.

PostgreSQL refuses to run as root; as root the server runs as the `postgres` system user
(created by Debian's postgresql package).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

INSTALL_HINT = "apt-get install postgresql  (or run `make system` as root on Debian)"


def find_bindir() -> Path | None:
    """The directory holding initdb and pg_ctl, or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for found in candidates:
        if Path(found, "initdb").exists():
            return Path(found)
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    bindir: Path
    datadir: Path
    port: int
    run_as: str | None

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(a) for a in args]
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        """Stop the server and remove its files (a cluster grows to gigabytes in a run)."""
        with contextlib.suppress(subprocess.SubprocessError):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate",
                      "-w", "stop")  # fmt: skip
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def _alive(pid_file: Path) -> bool:
    """Whether the postmaster a postmaster.pid names still runs."""
    try:
        os.kill(int(pid_file.read_text().split()[0]), 0)
    except (OSError, ValueError, IndexError):
        return False
    return True


def sweep_stale(base: Path | None = None, older_than: float = 3600) -> None:
    """Remove clusters left by runs that were killed: no live server, untouched for an hour."""
    now = time.time()
    for root in Path(base or tempfile.gettempdir()).glob("offerwatch-pg-*"):
        with contextlib.suppress(OSError):
            if now - root.stat().st_mtime < older_than:
                continue
            if not _alive(root / "data" / "postmaster.pid"):
                shutil.rmtree(root, ignore_errors=True)


def start(base: Path | None = None) -> PostgresServer:
    """initdb a fresh cluster in a temp dir and start it on a free port on 127.0.0.1."""
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError(f"PostgreSQL server binaries not found: {INSTALL_HINT}")
    run_as = None
    sweep_stale(base)
    root = Path(tempfile.mkdtemp(prefix="offerwatch-pg-", dir=base))
    if os.geteuid() == 0:
        run_as = "postgres"
        user = pwd.getpwnam(run_as)
        os.chown(root, user.pw_uid, user.pw_gid)
    server = PostgresServer(bindir, root / "data", _free_port(), run_as)
    server._run(str(bindir / "initdb"), "-D", str(server.datadir), "-U", "postgres",
                "--auth=trust", "--encoding=UTF8", "--no-sync")  # fmt: skip
    opts = (
        f"-p {server.port} -h 127.0.0.1 -k {root} -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off -c max_connections=200 -c max_wal_size=128MB "
        "-c wal_level=minimal -c max_wal_senders=0"
    )
    server._run(str(bindir / "pg_ctl"), "-D", str(server.datadir), "-o", opts,
                "-l", str(root / "log"), "-w", "-t", "60", "start")  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", server.port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("PostgreSQL did not start listening in time")
