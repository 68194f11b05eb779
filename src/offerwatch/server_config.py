"""Settings of `offerwatch serve`, from four places. Precedence, highest first:

1. the command line (`--workers 4`);
2. OFFERWATCH_* environment variables (OFFERWATCH_WORKERS=4; OFFERWATCH_DB for the database);
3. the config file (TOML, table [serve]): --config FILE, else $OFFERWATCH_CONFIG, else
   offerwatch.toml in the data directory when it exists;
4. the defaults below.

docs/deploy.md shows a config file with every key."""

from __future__ import annotations

import dataclasses
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from offerwatch.config import data_dir
from offerwatch.errors import BadInput

LOG_LEVELS = ("debug", "info", "warning", "error")
LOOPBACK = ("127.0.0.1", "localhost", "::1")  # served here, the app is local only
# The resolved settings, handed from `serve` to its worker processes.
RESOLVED_ENV = "OFFERWATCH_SERVE_RESOLVED"


@dataclass(frozen=True)
class ServeConfig:
    """How `offerwatch serve` runs (see the module's docstring for where each comes from)."""

    db: str | None = None
    host: str = "127.0.0.1"
    port: int | None = None  # None: 8000, or the next free port
    workers: int = 1
    accounts: bool = False
    secure_cookies: bool = False
    cache_seconds: float | None = None
    root_path: str = ""
    log_level: str | None = None  # None: info with accounts, else warning
    allowed_hosts: tuple[str, ...] | None = None
    forwarded_allow_ips: str | None = None  # proxies whose X-Forwarded-For names the client
    imap_allowed_hosts: str | None = None  # private IMAP hosts the web's mail sync may reach
    remind_every: float = 60.0  # seconds between sending due reminders (0: off)

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self))

    @classmethod
    def from_json(cls, text: str) -> ServeConfig:
        data = json.loads(text)
        if data.get("allowed_hosts") is not None:
            data["allowed_hosts"] = tuple(data["allowed_hosts"])
        return cls(**data)


FIELDS = {f.name: f for f in dataclasses.fields(ServeConfig)}
ENV = {name: "OFFERWATCH_DB" if name == "db" else f"OFFERWATCH_{name.upper()}" for name in FIELDS}
_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def _convert(name: str, value: Any, where: str) -> Any:
    """`value` (text from the environment, or a TOML value) as the field's type."""
    kind = str(FIELDS[name].type)
    try:
        if kind.startswith("bool"):
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text not in _TRUE | _FALSE:
                raise ValueError
            return text in _TRUE
        if kind.startswith("int"):
            if isinstance(value, bool):
                raise ValueError
            return int(value)
        if kind.startswith("float"):
            return float(value)
        if kind.startswith("tuple"):
            items = value if isinstance(value, list) else str(value).split(",")
            return tuple(str(i).strip() for i in items if str(i).strip())
        if not isinstance(value, str):
            raise ValueError
        return value
    except ValueError:
        raise BadInput(f"{where}: {name} cannot be {value!r}") from None


def config_file(flag: str | None, env: Mapping[str, str]) -> Path | None:
    """The config file to read: --config, $OFFERWATCH_CONFIG, else the data directory's."""
    chosen = flag or env.get("OFFERWATCH_CONFIG")
    if chosen:
        path = Path(chosen).expanduser()
        if not path.is_file():
            raise BadInput(f"no config file at {path}")
        return path
    default = data_dir() / "offerwatch.toml"
    return default if default.is_file() else None


def read_file(path: Path) -> dict[str, Any]:
    """The [serve] table of a TOML file, checked: an unknown key is an error, not ignored."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise BadInput(f"cannot read the config file {path}: {exc}") from None
    table = document.get("serve", {})
    if not isinstance(table, dict):
        raise BadInput(f"{path}: [serve] must be a table")
    unknown = sorted(set(table) - set(FIELDS))
    if unknown:
        raise BadInput(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(FIELDS)})")
    return {name: _convert(name, value, str(path)) for name, value in table.items()}


def resolve(
    flags: Mapping[str, Any],
    *,
    config: str | None = None,
    env: Mapping[str, str] | None = None,
) -> ServeConfig:
    """The settings: flags (None: not given) over environment over file over defaults."""
    env = os.environ if env is None else env
    path = config_file(config, env)
    values: dict[str, Any] = read_file(path) if path else {}
    for name, var in ENV.items():
        if env.get(var, "") != "":
            values[name] = _convert(name, env[var], var)
    values.update({k: v for k, v in flags.items() if v is not None})
    found = ServeConfig(**values)
    return check(found)


def check(found: ServeConfig) -> ServeConfig:
    """Values that parse but make no sense are refused with one line."""
    if found.workers < 1 or found.workers > 64:
        raise BadInput("workers must be between 1 and 64")
    if found.port is not None and not 0 <= found.port <= 65535:
        raise BadInput("port must be between 0 and 65535")
    if found.log_level is not None and found.log_level not in LOG_LEVELS:
        raise BadInput(f"log_level is one of {', '.join(LOG_LEVELS)}, not {found.log_level!r}")
    root = found.root_path
    if root and (not root.startswith("/") or root.endswith("/") or "//" in root):
        raise BadInput(f"root_path looks like /offerwatch (no slash at the end), not {root!r}")
    if found.remind_every < 0:
        raise BadInput("remind_every must not be negative")
    if found.cache_seconds is not None and found.cache_seconds < 0:
        raise BadInput("cache_seconds must not be negative")
    return found


def effective_log_level(found: ServeConfig) -> str:
    return found.log_level or ("info" if found.accounts else "warning")
