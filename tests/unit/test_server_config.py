"""`offerwatch serve` settings: flags over OFFERWATCH_* over the TOML file over defaults, and
one clear line for each bad value; the JSON-lines log formatter."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from offerwatch.errors import BadInput
from offerwatch.logs import JsonFormatter
from offerwatch.server_config import ServeConfig, resolve

NONE = {"workers": None, "port": None, "log_level": None, "accounts": None, "root_path": None}


def _file(tmp_path: Path, text: str) -> str:
    path = tmp_path / "offerwatch.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_defaults_without_file_or_environment() -> None:
    assert resolve(NONE, env={}) == ServeConfig()


def test_flag_beats_environment_beats_file(tmp_path: Path) -> None:
    config = _file(
        tmp_path,
        '[serve]\nworkers = 3\nport = 9000\nlog_level = "debug"\naccounts = true\n'
        'allowed_hosts = ["a.example", "b.example"]\nroot_path = "/ow"\n',
    )
    env = {
        "OFFERWATCH_WORKERS": "2",
        "OFFERWATCH_PORT": "9100",
        "OFFERWATCH_DB": "postgresql://x/y",
    }
    found = resolve({**NONE, "workers": 4}, config=config, env=env)
    assert found.workers == 4  # flag
    assert found.port == 9100  # environment over file
    assert found.db == "postgresql://x/y"
    assert (found.log_level, found.accounts, found.root_path) == ("debug", True, "/ow")  # file
    assert found.allowed_hosts == ("a.example", "b.example")


def test_config_file_from_the_environment_and_the_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    named = _file(tmp_path, "[serve]\nworkers = 5\n")
    assert resolve(NONE, env={"OFFERWATCH_CONFIG": named}).workers == 5
    home = tmp_path / "home"
    home.mkdir()
    (home / "offerwatch.toml").write_text("[serve]\nworkers = 6\n", encoding="utf-8")
    monkeypatch.setenv("OFFERWATCH_HOME", str(home))
    assert resolve(NONE, env={}).workers == 6


@pytest.mark.parametrize(
    ("text", "env", "message"),
    [
        ("[serve]\nworkrs = 2\n", {}, "unknown setting 'workrs'"),
        ("[serve]\nworkers = 'many'\n", {}, "workers cannot be 'many'"),
        ("[serve\n", {}, "cannot read the config file"),
        ("", {"OFFERWATCH_ACCOUNTS": "maybe"}, "OFFERWATCH_ACCOUNTS: accounts cannot be 'maybe'"),
        ("", {"OFFERWATCH_WORKERS": "0"}, "workers must be between 1 and 64"),
        ("", {"OFFERWATCH_LOG_LEVEL": "loud"}, "log_level is one of"),
        ("", {"OFFERWATCH_ROOT_PATH": "ow/"}, "root_path looks like /offerwatch"),
    ],
)
def test_bad_settings_are_one_clear_line(
    tmp_path: Path, text: str, env: dict[str, str], message: str
) -> None:
    with pytest.raises(BadInput, match=message) as caught:
        resolve(NONE, config=_file(tmp_path, text), env=env)
    assert "\n" not in str(caught.value)


def test_missing_config_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="no config file at"):
        resolve(NONE, config=str(tmp_path / "nope.toml"), env={})


def test_settings_travel_to_workers_unchanged() -> None:
    config = ServeConfig(db="postgresql://a/b", workers=4, allowed_hosts=("h",), port=1)
    assert ServeConfig.from_json(config.to_json()) == config


def test_json_lines_carry_the_event_fields() -> None:
    record = logging.LogRecord("offerwatch.audit", logging.INFO, __file__, 1, "share.created",
                               None, None)  # fmt: skip
    record.fields = {"event": "share.created", "seeker": 2, "coach": "x\ny"}
    line = JsonFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["logger"] == "offerwatch.audit" and data["level"] == "info"
    assert (data["event"], data["seeker"], data["coach"]) == ("share.created", 2, "x\ny")
    assert data["time"].endswith("+00:00")
