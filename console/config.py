"""The console's configuration: one TOML file, read once at start and handed out as plain values.

Found at ``--config FILE`` or in the platform's config directory. Secrets never live here:
they come from the OS keyring or environment variables (see :mod:`console.secrets`).
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from cti.settings import AudioSettings, SipSettings

APP_NAME = "agent-console"


class ConfigError(Exception):
    """A problem the user can fix in the config file; the message names the file, line and key."""


@dataclass(frozen=True)
class AgentSettings:
    id: str = "agent"
    name: str = "Agent"
    role: str = "agent"  # agent | trainee | lead


@dataclass(frozen=True)
class CrmSettings:
    adapters: tuple[str, ...] = ("local",)
    timeout_ms: int = 1500
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)  # [crm.NAME] tables

    @property
    def local_url(self) -> str:
        return str(self.tables.get("local", {}).get("url", ""))


@dataclass(frozen=True)
class AfterCallSettings:
    """[wrapup], [dispositions] and [outbox]: how after-call work runs at this site."""

    wrapup_max_s: float = 0.0  # 0 = wrap-up lasts until the agent ends it
    require_disposition: bool = False  # wrap-up cannot end without a disposition code
    dispositions_file: str = ""  # "" = the built-in tree (resources/dispositions.toml)
    outbox_timeout_s: float = 30.0  # one write-back request may take this long
    outbox_first_retry_s: float = 1.0  # backoff after the first temporary failure
    outbox_max_retry_s: float = 300.0  # backoff cap


@dataclass(frozen=True)
class Config:
    path: Path | None
    agent: AgentSettings = AgentSettings()
    sip: SipSettings = SipSettings()
    default_region: str = "SK"
    audio: AudioSettings = AudioSettings()
    crm: CrmSettings = CrmSettings()
    team_url: str = ""
    data_dir: Path = Path(platformdirs.user_data_dir(APP_NAME))
    log_dir: Path = Path(platformdirs.user_log_dir(APP_NAME))
    ctl_name: str = ""  # control-socket name; derived from the config path when empty
    after_call: AfterCallSettings = AfterCallSettings()

    @property
    def crm_local_url(self) -> str:
        return self.crm.local_url

    def with_changes(self, **changes: Any) -> Config:
        return replace(self, **changes)


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "agent": {"id": str, "name": str, "role": str},
    "sip": {
        "listen": str, "registrar": str, "user": str, "transport": str, "default_region": str,
        "domain": str, "display_name": str, "auto_answer_s": (int, float), "rtp_port": int,
        "reregister_s": int, "tls_ca_file": str, "tls_cert_file": str, "tls_key_file": str,
        "srtp": bool, "record_dir": str,
    },
    "audio": {"capture": str, "playback": str, "ring_tone": str},
    "crm": {"adapters": list, "timeout_ms": int},
    "team": {"url": str},
    "paths": {"data_dir": str, "log_dir": str},
    "ctl": {"name": str},
    "wrapup": {"max_s": (int, float), "require_disposition": bool},
    "dispositions": {"file": str},
    "outbox": {"timeout_s": (int, float), "first_retry_s": (int, float), "max_retry_s": (int, float)},
}
_TYPE_WORDS = {str: "text in quotes", int: "a whole number", bool: "true or false", list: "a list"}


def load_config(path: Path | None = None) -> Config:
    """Read the config; a missing default file means defaults, a missing ``--config`` is an error."""
    explicit = path is not None
    path = Path(path) if path is not None else default_config_path()
    if not path.exists():
        if explicit:
            raise ConfigError(f"{path}: no such config file")
        return _apply_env(Config(path=None))
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return _apply_env(_build(path, text, data))


def _line_of(text: str, section: str, key: str) -> str:
    in_section = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            in_section = stripped.strip("[] ") == section
        elif in_section and re.match(rf"{re.escape(key)}\s*=", stripped):
            return f"line {number}"
    return "line ?"


def _build(path: Path, text: str, data: dict[str, Any]) -> Config:
    def fail(section: str, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{path}, {_line_of(text, section, key)}: [{section}] {key} {problem}")

    for section, table in data.items():
        if section not in _SCHEMA:
            raise ConfigError(f"{path}: unknown section [{section}] (known: {', '.join(_SCHEMA)})")
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: {section} must be a [section]")
        for key, value in table.items():
            if section == "crm" and isinstance(value, dict):
                continue  # [crm.NAME] adapter tables are the adapter's business
            expected = _SCHEMA[section].get(key)
            if expected is None:
                raise fail(section, key, f"is not a known setting (known: {', '.join(_SCHEMA[section])})")
            types = expected if isinstance(expected, tuple) else (expected,)
            if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
                want = " or ".join(_TYPE_WORDS.get(t, "a number") for t in types)
                raise fail(section, key, f"must be {want} (got {value!r})")

    agent = AgentSettings(**data.get("agent", {}))
    if agent.role not in ("agent", "trainee", "lead"):
        raise fail("agent", "role", f"must be agent, trainee or lead (got {agent.role!r})")

    sip_table = dict(data.get("sip", {}))
    region = str(sip_table.pop("default_region", "SK")).upper()
    if not re.fullmatch(r"[A-Z]{2}", region):
        raise fail("sip", "default_region", f"must be a two-letter country code like \"SK\" (got {region!r})")
    listen = sip_table.get("listen", SipSettings.listen)
    if not re.fullmatch(r"[^\s:]+:\d{1,5}|\[[0-9a-fA-F:]+\]:\d{1,5}", listen):
        raise fail("sip", "listen", f"must be host:port like \"127.0.0.1:5070\" (got {listen!r})")
    transport = sip_table.get("transport", "udp").lower()
    if transport not in ("udp", "tcp", "tls"):
        raise fail("sip", "transport", f"must be udp, tcp or tls (got {transport!r})")
    sip_table["transport"] = transport
    sip = SipSettings(**sip_table)

    audio = AudioSettings(**data.get("audio", {}))
    crm_table = data.get("crm", {})
    adapters = crm_table.get("adapters", ["local"])
    if not all(isinstance(a, str) and a for a in adapters):
        raise fail("crm", "adapters", f"must be a list of adapter names like [\"local\"] (got {adapters!r})")
    crm = CrmSettings(
        adapters=tuple(adapters),
        timeout_ms=int(crm_table.get("timeout_ms", 1500)),
        tables={k: v for k, v in crm_table.items() if isinstance(v, dict)},
    )
    paths = data.get("paths", {})
    base = Config(path=path)
    return Config(
        path=path,
        agent=agent,
        sip=sip,
        default_region=region,
        audio=audio,
        crm=crm,
        team_url=data.get("team", {}).get("url", ""),
        data_dir=Path(paths["data_dir"]).expanduser() if "data_dir" in paths else base.data_dir,
        log_dir=Path(paths["log_dir"]).expanduser() if "log_dir" in paths else base.log_dir,
        ctl_name=data.get("ctl", {}).get("name", ""),
        after_call=_after_call(data, fail),
    )


def _after_call(data: dict[str, Any], fail: Any) -> AfterCallSettings:
    wrapup, outbox = data.get("wrapup", {}), data.get("outbox", {})
    for section, table in (("wrapup", wrapup), ("outbox", outbox)):
        for key, value in table.items():
            if not isinstance(value, bool) and isinstance(value, (int, float)) and value < 0:
                raise fail(section, key, f"must be zero or more seconds (got {value!r})")
    if outbox.get("timeout_s", 1) == 0:
        raise fail("outbox", "timeout_s", "must be more than 0 seconds")
    return AfterCallSettings(
        wrapup_max_s=float(wrapup.get("max_s", 0)),
        require_disposition=bool(wrapup.get("require_disposition", False)),
        dispositions_file=str(data.get("dispositions", {}).get("file", "")),
        outbox_timeout_s=float(outbox.get("timeout_s", 30.0)),
        outbox_first_retry_s=float(outbox.get("first_retry_s", 1.0)),
        outbox_max_retry_s=float(outbox.get("max_retry_s", 300.0)),
    )


def _apply_env(config: Config) -> Config:
    """Environment overrides that tests, demos and kiosks use without touching the file."""
    changes: dict[str, Any] = {}
    if os.environ.get("AGENT_CONSOLE_DATA_DIR"):
        changes["data_dir"] = Path(os.environ["AGENT_CONSOLE_DATA_DIR"])
    if os.environ.get("AGENT_CONSOLE_LOG_DIR"):
        changes["log_dir"] = Path(os.environ["AGENT_CONSOLE_LOG_DIR"])
    if os.environ.get("AGENT_CONSOLE_CTL"):
        changes["ctl_name"] = os.environ["AGENT_CONSOLE_CTL"]
    return replace(config, **changes) if changes else config
