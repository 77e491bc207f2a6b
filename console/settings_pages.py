"""What the settings dialog and the first-run assistant ask, page by page: each field names its
place in the config file (table and key) or the keyring entry of a secret, and each page how
its "Test" runs (a `doctor` area, or a CRM look-up). Plain data; the widgets are built from it
in console/settings_dialog.py, so a new key is one line here."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from .config import Config


def _tr(context: str, text: str) -> str:
    """A text of the settings, in the agent's language (lupdate reads it as QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class Field:
    table: str  # "sip", "crm.local"; "" for a secret
    key: str  # the config key, or the keyring entry's name for a secret
    label: str
    current: Callable[[Config], Any]
    kind: str = "text"  # text | choice | secret | list | device_in | device_out
    choices: tuple[str, ...] = ()
    hint: str = ""  # the placeholder: an example or what empty means

    @property
    def is_secret(self) -> bool:
        return self.kind == "secret"


@dataclass(frozen=True)
class Page:
    name: str
    title: str
    test: str  # a doctor area ("sip", "audio", "team", "crm"), "lookup", or "" (no Test button)
    fields: tuple[Field, ...] = field(default_factory=tuple)
    explain: str = ""


def pages() -> tuple[Page, ...]:
    return (
        Page("you", _tr("Settings", "You"), "", (
            Field("agent", "id", _tr("Settings", "Agent id"), lambda c: c.agent.id, hint="jana.novak"),
            Field("agent", "name", _tr("Settings", "Your name"), lambda c: c.agent.name, hint="Jana Nováková"),
            Field("agent", "role", _tr("Settings", "Role"), lambda c: c.agent.role, "choice", ("agent", "trainee", "lead")),
        ), _tr("Settings", "How colleagues and team leads see you.")),
        Page("window", _tr("Settings", "Window"), "", (
            Field("desktop", "theme", _tr("Settings", "Theme"), lambda c: c.theme, "choice", ("system", "light", "dark")),
            Field("desktop", "language", _tr("Settings", "Language"), lambda c: c.language, "choice",
                  ("auto", "en", "sk", "cs", "ro", "ru")),
            Field("desktop", "stay_on_top_while_ringing", _tr("Settings", "Stay on top while a call rings"),
                  lambda c: c.stay_on_top_while_ringing, "choice", ("false", "true")),
        ), _tr("Settings", "The theme changes at once; \"system\" follows the desktop's light or dark mode.")),
        Page("phone", _tr("Settings", "Phone (SIP)"), "sip", (
            Field("sip", "registrar", _tr("Settings", "Registrar"), lambda c: c.sip.registrar,
                  hint=_tr("Settings", "pbx.example.com:5060 — empty for direct calls between desks")),
            Field("sip", "user", _tr("Settings", "User"), lambda c: c.sip.user, hint="101"),
            Field("", "sip", _tr("Settings", "Password"), lambda c: "", "secret",
                  hint=_tr("Settings", "kept in the system keyring, never in the file")),
            Field("sip", "domain", _tr("Settings", "Domain"), lambda c: c.sip.domain, hint=_tr("Settings", "empty: the registrar's host")),
            Field("sip", "transport", _tr("Settings", "Transport"), lambda c: c.sip.transport, "choice", ("udp", "tcp", "tls")),
            Field("sip", "listen", _tr("Settings", "Listen on"), lambda c: c.sip.listen, hint="0.0.0.0:5060"),
            Field("sip", "display_name", _tr("Settings", "Name shown to callees"), lambda c: c.sip.display_name),
            Field("sip", "dial_domain", _tr("Settings", "Dial numbers at (without a registrar)"), lambda c: c.dial_domain,
                  hint="gateway.example.com:5060"),
        ), _tr("Settings", "Test registers with these settings and shows the registrar's answer.")),
        Page("sound", _tr("Settings", "Sound"), "audio", (
            Field("audio", "capture", _tr("Settings", "Microphone"), lambda c: c.audio.capture, "device_in",
                  hint=_tr("Settings", "default, null (silence) or a device name")),
            Field("audio", "playback", _tr("Settings", "Speaker"), lambda c: c.audio.playback, "device_out",
                  hint=_tr("Settings", "default, null (silence) or a device name")),
            Field("audio", "ring_tone", _tr("Settings", "Ring tone (WAV file)"), lambda c: c.audio.ring_tone),
        ), _tr("Settings", "Test plays a tone on the speaker and shows how loud the microphone is.")),
        Page("customers", _tr("Settings", "Customers (CRM)"), "lookup", (
            Field("crm", "adapters", _tr("Settings", "CRMs, in order"), lambda c: list(c.crm.adapters), "list",
                  hint="local, hubspot"),
            Field("crm.local", "url", _tr("Settings", "Local database"), lambda c: c.crm.local_url,
                  hint=_tr("Settings", "empty: the console's own database")),
            Field("crm", "timeout_ms", _tr("Settings", "Give up on a CRM after (ms)"), lambda c: c.crm.timeout_ms),
        ), _tr("Settings", "Test looks a number up in these CRMs and shows the card.")),
        Page("team", _tr("Settings", "Team"), "team", (
            Field("team", "url", _tr("Settings", "Team store"), lambda c: c.team_url,
                  hint="postgresql://console@db.example/team"),
            Field("", "team", _tr("Settings", "Team secret"), lambda c: "", "secret",
                  hint=_tr("Settings", "signs supervision requests; kept in the keyring")),
        ), _tr("Settings", "Test connects to the team store.")),
    )


def as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def from_text(f: Field, text: str, before: Any) -> Any:
    """What goes into the file for what the person typed (the same type as before)."""
    text = text.strip()
    if f.kind == "list":
        return [part.strip() for part in text.split(",") if part.strip()]
    if isinstance(before, bool):
        return text.lower() in ("1", "true", "yes", "on")
    if isinstance(before, int) and not isinstance(before, bool):
        try:
            return int(text)
        except ValueError:
            return text  # the config reader names the key and what it must be
    if isinstance(before, float):
        try:
            return float(text)
        except ValueError:
            return text
    return text
