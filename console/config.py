"""The console's configuration: one TOML file, read once at start and handed out as plain values.

Found at ``--config FILE`` or in the platform's config directory. Secrets never live here:
they come from the OS keyring or environment variables (see :mod:`console.secrets`).

The file comes from outside, so it is read like anything else from outside: at most
``MAX_FILE_BYTES``, every number finite and inside the range in ``NUMBERS``, every text
free of control characters, and every problem a :class:`ConfigError` naming the file, the
line and the key — never a traceback.
"""
from __future__ import annotations

import math
import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from cti.settings import AudioSettings, SipSettings
from cti.supervision.pbx_codes import PbxCodeError, PbxCodes

APP_NAME = "agent-console"
MAX_FILE_BYTES = 1_000_000
MAX_TEXT = 4096  # characters in one text value
MAX_DEPTH = 8  # tables inside tables


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
    cache_ttl_hours: float = 72.0  # cards kept on disk for a restart during an outage; 0 = none kept

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
class SupervisionSettings:
    """[supervision]: what this site allows while a team lead or a trainee listens in."""

    dtmf_switch: bool = False  # plain SIP phones may switch modes by DTMF 1/2/3
    agent_sees_monitoring: bool = True  # the agent's window says who listens, in which mode
    barge_tone: bool = True  # the customer hears a short tone when a supervisor barges in
    roles_key: str = ""  # the team admin's Ed25519 public key: roles must be proven by its grants
    strategy: str = "console"  # "console" joins the agent's bridge; "pbx" dials [supervision.pbx]'s codes
    pbx: PbxCodes = field(default_factory=PbxCodes)  # [supervision.pbx] (docs/supervision-pbx.md)


RECORDING_POLICIES = ("always", "agent_decides", "never")


@dataclass(frozen=True)
class RecordingSettings:
    """[recording]: which calls are recorded (console/recording.py); call records for the team."""

    policy: str = ""  # always | agent_decides | never; "" = always when [sip] record_dir is set, else never
    start: str = "off"  # agent_decides: each call starts recorded ("on") or not ("off")
    folder: str = ""  # where recordings wait until stored in the team store; "" = <data_dir>/recordings
    retention_days: float = 90.0  # call records older than this are deleted; 0 = kept
    max_minutes: float = 120.0  # a recording stops after this long; 0 = no limit


@dataclass(frozen=True)
class KeySettings:
    """[keys]: the keys this site changed (action -> Qt key sequence, "" = no key; checked by
    console.shortcuts) and whether Tab types a tab in the notes."""

    keys: dict[str, str] = field(default_factory=dict)
    tab_in_notes: bool = False


@dataclass(frozen=True)
class Config:
    path: Path | None
    agent: AgentSettings = AgentSettings()
    sip: SipSettings = SipSettings()
    default_region: str = "SK"
    dial_domain: str = ""  # [sip] dial_domain: where numbers go without a registrar ("host[:port]")
    audio: AudioSettings = AudioSettings()
    crm: CrmSettings = CrmSettings()
    team_url: str = ""
    team_long_call_s: float = 600.0  # [team] long_call_s: a call longer than this stands out on the board
    team_service_target_s: float = 20.0  # [team] service_target_s: answered within this many seconds …
    team_service_target_share: float = 0.8  # [team] service_target_share: … for this share of customers
    team_waiting_sources: tuple[str, ...] = ("ring_group",)  # [team] waiting_sources (cti.waiting)
    team_source_settings: dict[str, dict[str, Any]] = field(default_factory=dict)  # [team.NAME] tables
    data_dir: Path = Path(platformdirs.user_data_dir(APP_NAME))
    log_dir: Path = Path(platformdirs.user_log_dir(APP_NAME))
    ctl_name: str = ""  # control-socket name; derived from the config path when empty
    after_call: AfterCallSettings = AfterCallSettings()
    away_reasons: tuple[str, ...] = ("break", "lunch", "training", "meeting", "back_office")  # [presence]
    stay_on_top_while_ringing: bool = False  # [desktop]: the window stays above others while a call rings
    theme: str = "system"  # [desktop] theme: system (follow the desktop) | light | dark (console/theme.py)
    language: str = "auto"  # [desktop] language: auto (the system's) | en | sk | cs | ro | ru (console/languages.py)
    supervision: SupervisionSettings = SupervisionSettings()
    keys: KeySettings = KeySettings()
    recording: RecordingSettings = RecordingSettings()

    @property
    def crm_local_url(self) -> str:
        return self.crm.local_url

    def with_changes(self, **changes: Any) -> Config:
        return replace(self, **changes)


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


@dataclass(frozen=True)
class Range:
    """Allowed values of a numeric key: low…high in unit; whole = integers only;
    zero_ok = 0 is also allowed (it means "off" or "automatic")."""

    low: float
    high: float
    unit: str
    whole: bool = False
    zero_ok: bool = False

    def describe(self) -> str:
        text = f"between {_num(self.low)} and {_num(self.high)} {self.unit}"
        return f"0 or {text}" if self.zero_ok else text


# Every numeric key, in one place. outbox.max_retry_s must also be ≥ first_retry_s.
NUMBERS: dict[tuple[str, str], Range] = {
    ("sip", "auto_answer_s"): Range(0, 600, "seconds"),
    ("sip", "rtp_port"): Range(1024, 65000, "(a UDP port)", whole=True, zero_ok=True),
    ("sip", "reregister_s"): Range(30, 86400, "seconds", whole=True),
    ("sip", "max_calls_per_source"): Range(1, 10000, "calls", whole=True),
    ("sip", "rate_window_s"): Range(1, 3600, "seconds"),
    ("crm", "timeout_ms"): Range(50, 60000, "milliseconds", whole=True),
    ("crm", "cache_ttl_hours"): Range(1, 8760, "hours", zero_ok=True),
    ("wrapup", "max_s"): Range(0, 86400, "seconds"),
    ("outbox", "timeout_s"): Range(1, 600, "seconds"),
    ("outbox", "first_retry_s"): Range(0.1, 3600, "seconds"),
    ("outbox", "max_retry_s"): Range(0.1, 86400, "seconds"),
    ("team", "long_call_s"): Range(10, 86400, "seconds"),
    ("team", "service_target_s"): Range(1, 3600, "seconds"),
    ("team", "service_target_share"): Range(0.01, 1, "(a share: 0.8 means 80 %)"),
    ("recording", "retention_days"): Range(1, 3650, "days", zero_ok=True),
    ("recording", "max_minutes"): Range(1, 1440, "minutes", zero_ok=True),
    ("team.ami", "port"): Range(1, 65535, "(a TCP port; Asterisk's AMI listens on 5038)", whole=True),
}

_NUMBER = "number"
_SCHEMA: dict[str, dict[str, type | str]] = {
    "agent": {"id": str, "name": str, "role": str},
    "sip": {
        "listen": str, "registrar": str, "user": str, "transport": str, "default_region": str,
        "domain": str, "display_name": str, "auto_answer_s": _NUMBER, "rtp_port": _NUMBER,
        "reregister_s": _NUMBER, "tls_ca_file": str, "tls_cert_file": str, "tls_key_file": str,
        "srtp": bool, "record_dir": str, "trusted_hosts": list, "untrusted_missed_to_crm": bool,
        "max_calls_per_source": _NUMBER, "rate_window_s": _NUMBER, "dial_domain": str,
    },
    "audio": {"capture": str, "playback": str, "ring_tone": str},
    "crm": {"adapters": list, "timeout_ms": _NUMBER, "cache_ttl_hours": _NUMBER},
    "team": {"url": str, "long_call_s": _NUMBER, "service_target_s": _NUMBER, "service_target_share": _NUMBER,
             "waiting_sources": list},
    "paths": {"data_dir": str, "log_dir": str},
    "ctl": {"name": str},
    "wrapup": {"max_s": _NUMBER, "require_disposition": bool},
    "dispositions": {"file": str},
    "outbox": {"timeout_s": _NUMBER, "first_retry_s": _NUMBER, "max_retry_s": _NUMBER},
    "presence": {"away_reasons": list},
    "desktop": {"stay_on_top_while_ringing": bool, "language": str, "theme": str},
    "recording": {"policy": str, "start": str, "folder": str, "retention_days": _NUMBER, "max_minutes": _NUMBER},
    "keys": {},  # action -> key sequence, tab_in_notes: console.shortcuts checks them
    "supervision": {"dtmf_switch": bool, "agent_sees_monitoring": bool, "barge_tone": bool, "roles_key": str,
                    "strategy": str},
}
_TYPE_WORDS = {str: "text in quotes", bool: "true or false", list: "a list"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,63}")
_HOST = re.compile(r"[A-Za-z0-9_.\-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\]")
# Keys under [crm.NAME] that would hold a secret itself; secrets are named (token_secret = "NAME")
# and come from the keyring or the environment.
_SECRET_KEYS = {"token", "password", "passwd", "secret", "api_key", "apikey", "client_secret",
                "access_token", "refresh_token", "authorization", "private_key"}


def load_config(path: Path | None = None) -> Config:
    """Read the config; a missing default file means defaults, a missing ``--config`` is an error."""
    explicit = path is not None
    path = Path(path) if path is not None else default_config_path()
    if not path.exists():
        if explicit:
            raise ConfigError(f"{path}: no such config file")
        return _with_recording_folder(_apply_env(Config(path=None)))
    text = _read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: lists or tables are nested too deeply") from None
    except (ValueError, OverflowError):  # e.g. an integer of thousands of digits
        raise ConfigError(f"{path}: not valid TOML: a number in it is far too long") from None
    try:
        return _with_recording_folder(_apply_env(_build(path, text, data)))
    except RecursionError:
        raise ConfigError(f"{path}: lists or tables are nested too deeply") from None
    except (OverflowError, ValueError, TypeError) as exc:  # a check above missed something
        raise ConfigError(f"{path}: a value cannot be used: {exc}") from None


def _read_text(path: Path) -> str:
    if path.is_dir():
        raise ConfigError(f"{path}: is a folder; give the path of the config file (a .toml file)")
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ConfigError(f"{path}: the config file is larger than {MAX_FILE_BYTES // 1_000_000} MB; "
                          "is it the right file?")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}, line {line}: the config file is not UTF-8 text "
                          "(save it as UTF-8)") from None


def _line_of(text: str, section: str, key: str) -> str:
    in_section = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("["):
            in_section = stripped.strip("[] ") == section
        elif in_section and re.match(rf"[\"']?{re.escape(key)}[\"']?\s*=", stripped):
            return f"line {number}"
    return "line ?"


def _num(value: Any) -> str:
    text = repr(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        text = str(int(value))
    return text if len(text) <= 24 else text[:20] + "…"


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:56] + "…"


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
                _check_adapter_table(f"crm.{key}", value, fail)
                continue
            if section == "team" and isinstance(value, dict):  # [team.NAME]: a waiting source's settings
                _check_source_table(key, value, fail)
                continue
            if section == "supervision" and key == "pbx":  # [supervision.pbx]: checked by _pbx_codes
                continue
            if section == "keys":  # checked as a whole (two actions on one key): _keys
                continue
            expected = _SCHEMA[section].get(key)
            if expected is None:
                raise fail(section, key, f"is not a known setting (known: {', '.join(_SCHEMA[section])})")
            if expected == _NUMBER:
                _check_number(section, key, value, NUMBERS[(section, key)], fail)
            elif not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
                raise fail(section, key, f"must be {_TYPE_WORDS[expected]} (got {_shown(value)})")
            elif isinstance(value, str):
                _check_text(section, key, value, fail)

    agent = AgentSettings(**data.get("agent", {}))
    if agent.role not in ("agent", "trainee", "lead"):
        raise fail("agent", "role", f"must be agent, trainee or lead (got {_shown(agent.role)})")
    if not re.fullmatch(r"[\w.@+\-]{1,64}", agent.id):
        raise fail("agent", "id", f"must be 1 to 64 letters, digits or . @ + - _ (got {_shown(agent.id)})")
    sip, region = _sip(data.get("sip", {}), fail)
    audio = AudioSettings(**data.get("audio", {}))
    crm = _crm(data.get("crm", {}), fail)
    paths = data.get("paths", {})
    for key in ("data_dir", "log_dir"):
        if key in paths and not paths[key].strip():
            raise fail("paths", key, "must be a folder path (got \"\")")
    ctl_name = data.get("ctl", {}).get("name", "")
    if ctl_name and not re.fullmatch(r"[\w.\-]{1,80}", ctl_name):
        raise fail("ctl", "name", f"must be 1 to 80 letters, digits or . - _ (got {_shown(ctl_name)})")
    base = Config(path=path)
    return Config(
        path=path,
        agent=agent,
        sip=sip,
        default_region=region,
        dial_domain=_dial_domain(data.get("sip", {}), fail),
        audio=audio,
        crm=crm,
        team_url=data.get("team", {}).get("url", ""),
        team_long_call_s=float(data.get("team", {}).get("long_call_s", base.team_long_call_s)),
        team_service_target_s=float(data.get("team", {}).get("service_target_s", base.team_service_target_s)),
        team_service_target_share=float(data.get("team", {}).get("service_target_share",
                                                                  base.team_service_target_share)),
        team_waiting_sources=_waiting_sources(data.get("team", {}), fail) or base.team_waiting_sources,
        team_source_settings={k: v for k, v in data.get("team", {}).items() if isinstance(v, dict)},
        data_dir=Path(paths["data_dir"]).expanduser() if "data_dir" in paths else base.data_dir,
        log_dir=Path(paths["log_dir"]).expanduser() if "log_dir" in paths else base.log_dir,
        ctl_name=ctl_name,
        after_call=_after_call(data, fail),
        away_reasons=_away_reasons(data.get("presence", {}), fail) or base.away_reasons,
        stay_on_top_while_ringing=bool(data.get("desktop", {}).get("stay_on_top_while_ringing", False)),
        language=_language(data.get("desktop", {}), fail),
        theme=_theme(data.get("desktop", {}), fail),
        supervision=_supervision(data.get("supervision", {}), fail),
        keys=_keys(data.get("keys", {}), fail),
        recording=_recording(data.get("recording", {}), fail),
    )


def _keys(table: dict[str, Any], fail: Any) -> KeySettings:
    """[keys]: read as Qt reads key sequences (Qt is loaded only when the table is there)."""
    if not table:
        return KeySettings()
    from console.shortcuts import parse_keys

    keys, tab_in_notes = parse_keys(table, fail)
    return KeySettings(keys, tab_in_notes)


def _supervision(table: dict[str, Any], fail: Any) -> SupervisionSettings:
    """[supervision]; roles_key is a public key as `agent-console supervision admin-keygen` prints it."""
    key = table.get("roles_key", "")
    if key and not re.fullmatch(r"[A-Za-z0-9_\-]{43}", key):
        raise fail("supervision", "roles_key", "must be the team admin's public key as `agent-console supervision "
                                               f"admin-keygen` prints it: 43 letters, digits, - or _ (got {_shown(key)})")
    return SupervisionSettings(**{k: v for k, v in table.items() if k != "pbx"}, pbx=_pbx_codes(table, fail))


_PBX_KEYS = ("listen", "whisper", "barge", "switch_dtmf")
_PBX_PROBLEMS = {  # [supervision.pbx] KEY … (after the file and the line)
    "pbx.bad_code": "must be digits, * and # with {{ext}} (the agent's extension) exactly once, at most 32 "
                    "characters, like \"*222{{ext}}\", or \"\" when the PBX offers no {mode} (got {code!r})",
    "pbx.bad_keys": "must give 1 to 8 keys of 0-9, * and # per mode, like {{whisper = \"5\"}} (got {keys!r} for "
                    "{mode})",
    "pbx.unknown_mode": "names {mode!r}, which is not a mode: use listen, whisper and barge",
}


def _pbx_codes(table: dict[str, Any], fail: Any) -> PbxCodes:
    """[supervision] strategy and [supervision.pbx]: the feature codes (digits, *, # and {ext})
    and the switch keys, checked here so that a bad code stops the console at start, by line."""
    if table.get("strategy", "console") not in ("console", "pbx"):
        raise fail("supervision", "strategy", f"must be \"console\" or \"pbx\" (got {_shown(table['strategy'])})")
    pbx = table.get("pbx", {})
    for key in pbx:
        if key not in _PBX_KEYS:
            raise fail("supervision.pbx", key, f"is not a known setting (known: {', '.join(_PBX_KEYS)})")
    codes = dict(PbxCodes().codes)
    for mode in ("listen", "whisper", "barge"):
        if not isinstance(pbx.get(mode, ""), str):
            raise fail("supervision.pbx", mode, f"must be text in quotes like \"*222{{ext}}\" (got {_shown(pbx[mode])})")
        codes[mode] = pbx.get(mode, codes[mode])
    keys = pbx.get("switch_dtmf", {})
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise fail("supervision.pbx", "switch_dtmf", "must be a table of keys per mode like {listen = \"4\", "
                                                     f"whisper = \"5\", barge = \"6\"}} (got {_shown(keys)})")
    try:
        return PbxCodes(codes, dict(keys))
    except PbxCodeError as exc:
        key = exc.params["mode"] if exc.code == "pbx.bad_code" else "switch_dtmf"
        raise fail("supervision.pbx", key, _PBX_PROBLEMS[exc.code].format(**exc.params)) from None


def _theme(table: dict[str, Any], fail: Any) -> str:
    theme = table.get("theme", "system")
    if theme not in ("system", "light", "dark"):
        raise fail("desktop", "theme", f'must be "system" (follow the desktop), "light" or "dark" (got {_shown(theme)})')
    return theme


def _language(table: dict[str, Any], fail: Any) -> str:
    """[desktop] language: "auto" or one of the console's languages (console/languages.py)."""
    from console.languages import CHOICES

    value = str(table.get("language", "auto")).strip().lower()
    if value not in CHOICES:
        raise fail("desktop", "language", f"must be one of {', '.join(CHOICES)}")
    return value


def _away_reasons(table: dict[str, Any], fail: Any) -> tuple[str, ...]:
    """[presence] away_reasons: short plain names such as "lunch" (letters, digits, _ or -)."""
    reasons = table.get("away_reasons")
    if reasons is None:
        return ()
    if not reasons or len(reasons) > 30 or not all(
            isinstance(r, str) and re.fullmatch(r"[\w\-]{1,32}", r) for r in reasons):
        raise fail("presence", "away_reasons", "must be a list of 1 to 30 short names (letters, digits, _ or -, "
                                               f"at most 32 each) such as [\"break\", \"lunch\"] (got {_shown(reasons)})")
    return tuple(dict.fromkeys(reasons))


_AMI_KEYS = {"host": str, "port": _NUMBER, "user": str, "queue": str}


def _waiting_sources(table: dict[str, Any], fail: Any) -> tuple[str, ...]:
    """[team] waiting_sources: names of waiting sources (cti.waiting), such as ["ring_group", "ami"]."""
    names = table.get("waiting_sources")
    if names is None:
        return ()
    if not names or len(names) > 8 or not all(isinstance(n, str) and _NAME.fullmatch(n) for n in names) \
            or len(set(names)) != len(names):
        raise fail("team", "waiting_sources", "must be a list of 1 to 8 different source names such as "
                                              f"[\"ring_group\", \"ami\"] (got {_shown(names)})")
    if "ami" in names and not str(table.get("ami", {}).get("host", "")).strip():
        raise fail("team", "waiting_sources", "includes \"ami\" (an Asterisk queue), so [team.ami] needs "
                                              "host = \"the Asterisk server's address\" too")
    return tuple(names)


def _check_source_table(name: str, table: dict[str, Any], fail: Any) -> None:
    """[team.NAME]: no secrets (they come from the keyring or AGENT_CONSOLE_SECRET_NAME); [team.ami]
    has host, port, user and queue only."""
    section = f"team.{name}"
    for key, value in table.items():
        if key.lower() in _SECRET_KEYS:
            raise fail(section, key, "holds a secret, and secrets must not live in the config file: set the "
                                     f"environment variable AGENT_CONSOLE_SECRET_{name.upper()} or store it in the "
                                     f"keyring (service agent-console, name {name}) and remove this line")
    if name != "ami":
        _check_adapter_table(section, table, fail)
        return
    for key, value in table.items():
        expected = _AMI_KEYS.get(key)
        if expected is None:
            raise fail(section, key, f"is not a known setting (known: {', '.join(_AMI_KEYS)})")
        if expected == _NUMBER:
            _check_number(section, key, value, NUMBERS[(section, key)], fail)
        elif not isinstance(value, expected):
            raise fail(section, key, f"must be {_TYPE_WORDS[expected]} (got {_shown(value)})")
        else:
            _check_text(section, key, value, fail)
    if table.get("host") and not _HOST.fullmatch(table["host"]):
        raise fail(section, "host", f"must be a host name or address like \"10.0.0.2\" (got {_shown(table['host'])})")


def _check_number(section: str, key: str, value: Any, allowed: Range, fail: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        want = "a whole number" if allowed.whole else "a number"
        raise fail(section, key, f"must be {want} {allowed.describe()} (got {_shown(value)})")
    if isinstance(value, float) and not math.isfinite(value):
        raise fail(section, key, f"must be a finite number {allowed.describe()} (got {_num(value)})")
    if allowed.whole and not isinstance(value, int):
        raise fail(section, key, f"must be a whole number {allowed.describe()} (got {_num(value)})")
    if allowed.zero_ok and value == 0:
        return
    if not allowed.low <= value <= allowed.high:
        raise fail(section, key, f"must be {allowed.describe()} (got {_num(value)})")


def _check_text(section: str, key: str, value: str, fail: Any) -> None:
    if len(value) > MAX_TEXT:
        raise fail(section, key, f"is longer than {MAX_TEXT} characters")
    if _CONTROL.search(value):
        raise fail(section, key, "must not contain control characters such as line breaks or tabs")


def _check_adapter_table(where: str, table: dict[str, Any], fail: Any) -> None:
    """[crm.NAME] tables belong to their adapter, but what any file may hold is checked here:
    no secrets, finite numbers, no NUL characters, bounded nesting."""
    stack: list[tuple[str, dict[str, Any], int]] = [(where, table, 1)]
    while stack:
        section, current, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise fail(section, "", f"nests tables more than {MAX_DEPTH} deep")
        for key, value in current.items():
            if isinstance(value, dict):
                stack.append((f"{section}.{key}", value, depth + 1))
                continue
            if key.lower() in _SECRET_KEYS and isinstance(value, str) and value:
                raise fail(section, key, "holds a secret, and secrets must not live in the config "
                                         f"file: store it in the keyring and write {key}_secret = \"NAME\"")
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, float) and not math.isfinite(item):
                    raise fail(section, key, f"must be a finite number (got {_num(item)})")
                if isinstance(item, str) and "\x00" in item:
                    raise fail(section, key, "must not contain NUL characters")
    if where == "crm.local":
        url = table.get("url", "")
        if not isinstance(url, str):
            raise fail(where, "url", f"must be text in quotes (got {_shown(url)})")
    if "timeout_ms" in table:
        _check_number(where, "timeout_ms", table["timeout_ms"], NUMBERS[("crm", "timeout_ms")], fail)


def _port_ok(text: str | None, low: int = 1) -> bool:
    return text is not None and text.isdigit() and low <= int(text) <= 65535


def _sip(table: dict[str, Any], fail: Any) -> tuple[SipSettings, str]:
    table = dict(table)
    region = str(table.pop("default_region", "SK")).upper()
    if not re.fullmatch(r"[A-Z]{2}", region):
        raise fail("sip", "default_region", f"must be a two-letter country code like \"SK\" (got {_shown(region)})")
    listen = table.get("listen", SipSettings.listen)
    m = re.fullmatch(r"(.+):(\d{1,5})", listen)
    if not m or not _HOST.fullmatch(m.group(1)) or not _port_ok(m.group(2)):
        raise fail("sip", "listen", f"must be host:port with a port from 1 to 65535, like \"127.0.0.1:5070\" "
                                    f"(got {_shown(listen)})")
    registrar = table.get("registrar", "")
    if registrar:
        m = re.fullmatch(r"(?:sips?:)?(?:[^@\s<>\"]+@)?(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.\-]+)(?::(\d{1,5}))?(;[^\s<>\"]*)?",
                         registrar, re.IGNORECASE)
        if not m or (m.group(2) is not None and not _port_ok(m.group(2))):
            raise fail("sip", "registrar", "must be host, host:port (port 1 to 65535) or a sip: URI, like "
                                           f"\"pbx.example.com:5060\" (got {_shown(registrar)})")
    for key in ("user", "domain"):
        if re.search(r"[\s<>\"]", table.get(key, "")):
            raise fail("sip", key, f"must not contain spaces, quotes or < > (got {_shown(table[key])})")
    transport = table.get("transport", "udp").lower()
    if transport not in ("udp", "tcp", "tls"):
        raise fail("sip", "transport", f"must be udp, tcp or tls (got {_shown(transport)})")
    table["transport"] = transport
    for key in ("tls_ca_file", "tls_cert_file", "tls_key_file"):
        if table.get(key):
            file = os.path.expanduser(table[key])
            if not os.path.isfile(file):
                raise fail("sip", key, f"names a file that does not exist: {file}")
            if not os.access(file, os.R_OK):
                raise fail("sip", key, f"names a file this user cannot read: {file}")
            table[key] = file
    if bool(table.get("tls_cert_file")) != bool(table.get("tls_key_file")):
        key = "tls_key_file" if table.get("tls_cert_file") else "tls_cert_file"
        raise fail("sip", key, "must be set too: tls_cert_file and tls_key_file go together")
    if table.get("record_dir"):
        table["record_dir"] = os.path.expanduser(table["record_dir"])
    if "trusted_hosts" in table:
        hosts = table["trusted_hosts"]
        if len(hosts) > 100 or not all(isinstance(h, str) and re.fullmatch(r"[^\s<>\"]{1,255}", h) for h in hosts):
            raise fail("sip", "trusted_hosts", "must be a list of host names or addresses like "
                                               f"[\"10.0.0.5\", \"pbx.example.com\"] (got {_shown(hosts)})")
        table["trusted_hosts"] = tuple(hosts)
    if "auto_answer_s" in table:
        table["auto_answer_s"] = float(table["auto_answer_s"])
    if "rate_window_s" in table:
        table["rate_window_s"] = float(table["rate_window_s"])
    known = {f.name for f in fields(SipSettings)}  # keys another part adds later pass through then
    return SipSettings(**{k: v for k, v in table.items() if k in known}), region


def _dial_domain(table: dict[str, Any], fail: Any) -> str:
    """[sip] dial_domain: the host[:port] that numbers are sent to when there is no registrar."""
    domain = table.get("dial_domain", "").strip()
    m = re.fullmatch(r"(\[[0-9A-Fa-f:.]{2,45}\]|[A-Za-z0-9_.\-]{1,253})(?::(\d{1,5}))?", domain)
    if domain and (not m or (m.group(2) is not None and not _port_ok(m.group(2)))):
        raise fail("sip", "dial_domain", "must be host or host:port (port 1 to 65535) where numbers are sent "
                                         f"without a registrar, like \"sip.example.com:5060\" (got {_shown(domain)})")
    return domain


def _crm(table: dict[str, Any], fail: Any) -> CrmSettings:
    adapters = table.get("adapters", ["local"])
    if not adapters or len(adapters) > 32 or not all(isinstance(a, str) and _NAME.fullmatch(a) for a in adapters):
        raise fail("crm", "adapters", "must be a list of adapter names like [\"local\"] "
                                      f"(letters, digits, . - _) (got {_shown(adapters)})")
    return CrmSettings(
        adapters=tuple(adapters),
        timeout_ms=int(table.get("timeout_ms", 1500)),
        tables={k: v for k, v in table.items() if isinstance(v, dict)},
        cache_ttl_hours=float(table.get("cache_ttl_hours", 72.0)),
    )


def _after_call(data: dict[str, Any], fail: Any) -> AfterCallSettings:
    wrapup, outbox = data.get("wrapup", {}), data.get("outbox", {})
    first = float(outbox.get("first_retry_s", 1.0))
    longest = float(outbox.get("max_retry_s", max(300.0, first)))
    if longest < first:
        raise fail("outbox", "max_retry_s", f"must be at least first_retry_s ({_num(first)} seconds) "
                                            f"and at most 86400 seconds (got {_num(longest)})")
    return AfterCallSettings(
        wrapup_max_s=float(wrapup.get("max_s", 0)),
        require_disposition=bool(wrapup.get("require_disposition", False)),
        dispositions_file=str(data.get("dispositions", {}).get("file", "")),
        outbox_timeout_s=float(outbox.get("timeout_s", 30.0)),
        outbox_first_retry_s=first,
        outbox_max_retry_s=longest,
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


def _recording(table: dict[str, Any], fail: Any) -> RecordingSettings:
    if table.get("policy", "always") not in RECORDING_POLICIES:
        raise fail("recording", "policy", f"must be always, agent_decides or never (got {_shown(table['policy'])})")
    if table.get("start", "off") not in ("on", "off"):
        raise fail("recording", "start", f"must be on or off (got {_shown(table['start'])})")
    table = {**table, **{k: float(table[k]) for k in ("retention_days", "max_minutes") if k in table}}
    if table.get("folder"):
        table["folder"] = os.path.expanduser(table["folder"])
    return RecordingSettings(**table)


def _with_recording_folder(config: Config) -> Config:
    """[recording] decides what [sip] record_dir means to the phone: the folder where calls are
    recorded from their start (policy always, or agent_decides with start on), else ""."""
    rec, sip = config.recording, config.sip
    policy = rec.policy or ("always" if sip.record_dir else "never")
    folder = rec.folder or sip.record_dir or (str(config.data_dir / "recordings") if policy != "never" else "")
    from_start = policy == "always" or (policy == "agent_decides" and rec.start == "on")
    return replace(config, recording=replace(rec, policy=policy, folder=folder),
                   sip=replace(sip, record_dir=folder if from_start else ""))
