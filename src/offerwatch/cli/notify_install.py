"""`offerwatch notify install`: a systemd user timer (service + timer units), or the cron
line to add where systemd does not run."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

UNIT = "offerwatch-notify"


def _command(db: str | None) -> list[str]:
    """The command the timer runs: this Python and this offerwatch, the same database."""
    found = shutil.which("offerwatch")
    base = [found] if found else [sys.executable, "-m", "offerwatch"]
    return [*base, *(["--db", db] if db else []), "notify", "run"]


def _environment() -> dict[str, str]:
    """What the timer needs from this shell: where the data is, the time zone."""
    keep = ("OFFERWATCH_HOME", "OFFERWATCH_TZ", "OFFERWATCH_DB", "TZ")
    return {key: os.environ[key] for key in keep if os.environ.get(key)}


def units(db: str | None, every: int) -> dict[str, str]:
    """The service and timer unit files, by file name."""
    env = "".join(f"Environment={shlex.quote(f'{k}={v}')}\n" for k, v in _environment().items())
    service = (
        "[Unit]\nDescription=offerwatch: send the reminders that are due\n\n"
        f"[Service]\nType=oneshot\n{env}ExecStart={shlex.join(_command(db))}\n"
    )
    timer = (
        "[Unit]\nDescription=offerwatch reminders every few minutes\n\n"
        f"[Timer]\nOnBootSec=2min\nOnUnitActiveSec={every}min\nPersistent=true\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {f"{UNIT}.service": service, f"{UNIT}.timer": timer}


def cron_line(db: str | None, every: int) -> str:
    env = " ".join(shlex.quote(f"{k}={v}") for k, v in _environment().items())
    schedule = f"*/{every} * * * *" if every < 60 else f"0 */{max(1, every // 60)} * * *"
    command = shlex.join(_command(db))
    return f"{schedule} {env + ' ' if env else ''}{command} >/dev/null 2>&1"


def systemd_runs() -> bool:
    """systemd is the init system here (so a user timer would run)."""
    return Path("/run/systemd/system").is_dir() and shutil.which("systemctl") is not None


def _unit_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


def install_timer(db: str | None, every: int, scheduler: str, only_print: bool) -> Iterator[str]:
    """Lines to show: what was written (or would be), and what to do next."""
    use_systemd = scheduler == "systemd" or (scheduler == "auto" and systemd_runs())
    if not use_systemd:
        yield "# systemd is not running here: add this line with `crontab -e`:" if (
            scheduler == "auto") else "# add this line with `crontab -e`:"  # fmt: skip
        yield cron_line(db, every)
        return
    folder = _unit_dir()
    files = units(db, every)
    if only_print:
        for name, text in files.items():
            yield f"# {folder / name}"
            yield text
        return
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        yield f"wrote {folder / name}"
    enable = ["systemctl", "--user", "enable", "--now", f"{UNIT}.timer"]
    if not systemd_runs():
        yield f"systemd is not running here: enable it later with `{shlex.join(enable)}`"
        return
    for command in (["systemctl", "--user", "daemon-reload"], enable):
        done = subprocess.run(command, capture_output=True, text=True, timeout=30)
        if done.returncode != 0:
            reason = (done.stderr or "").strip().splitlines()
            yield f"could not run `{shlex.join(command)}`: {reason[0] if reason else '?'}"
            return
    yield f"the timer runs every {every} min (`systemctl --user list-timers {UNIT}.timer`)"
