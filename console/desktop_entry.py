"""Registering the console for tel: and sip: links on a Linux desktop (freedesktop.org).

``install`` writes ``$XDG_DATA_HOME/applications/agent-console.desktop`` (from
resources/agent-console.desktop, with ``Exec`` set to the command that started this program and
its ``--config``, so a click finds the same console as ``ctl`` does), the icon into the hicolor
theme, and makes it the default for ``x-scheme-handler/tel`` and ``x-scheme-handler/sip``: with
``xdg-mime default`` when the desktop has it, else in ``$XDG_CONFIG_HOME/mimeapps.list``
directly. Running it again changes nothing; ``uninstall`` takes it all back (other programs'
defaults stay). No Qt here: it runs from the command line.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

DESKTOP_FILE = "agent-console.desktop"
SCHEMES = ("x-scheme-handler/tel", "x-scheme-handler/sip")
ICON = "agent-console"
DEFAULTS = "Default Applications"
TOOL_TIMEOUT_S = 20


@dataclass
class Report:
    """What was done, as lines for the person who ran it."""

    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def exec_line(command: list[str], config: Path | None) -> str:
    """The Exec value: the command, its --config (absolute), then ``dial %u``. Quoted as the
    Desktop Entry specification asks (a reserved character inside double quotes, escaped)."""
    words = [*command, *(["--config", str(config.resolve())] if config is not None else []), "dial"]
    return " ".join(_quoted(w) for w in words) + " %u"


def _quoted(word: str) -> str:
    if word and not any(c in word for c in ' \t\n"\'\\><~|&;$*?#()`%='):
        return word
    inner = word.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + inner.replace("%", "%%") + '"'


def entry_text(command: list[str], config: Path | None) -> str:
    template = resources.files("resources").joinpath(DESKTOP_FILE).read_text(encoding="utf-8")
    lines = [f"Exec={exec_line(command, config)}" if line.startswith("Exec=") else line
             for line in template.splitlines()]
    return "\n".join(lines) + "\n"


def install(command: list[str], config: Path | None, *, data: Path | None = None, conf: Path | None = None) -> Report:
    data, conf = data or data_home(), conf or config_home()
    report = Report()
    apps = data / "applications"
    _write(apps / DESKTOP_FILE, entry_text(command, config).encode("utf-8"), report)
    icons = resources.files("resources").joinpath("icons")
    for name, folder in (("agent-console.svg", "scalable"), ("agent-console.png", "256x256")):
        source = icons.joinpath(name)
        if source.is_file():
            _write(data / "icons" / "hicolor" / folder / "apps" / name, source.read_bytes(), report)
    for scheme in SCHEMES:
        if _default_of(conf, scheme) == DESKTOP_FILE:
            report.unchanged.append(f"{scheme} opens with {DESKTOP_FILE}")
            continue
        if not _run(["xdg-mime", "default", DESKTOP_FILE, scheme], data, conf):
            _set_default(conf, scheme, DESKTOP_FILE)
        report.changed.append(f"{scheme} opens with {DESKTOP_FILE}")
    if report.changed:
        _run(["update-desktop-database", str(apps)], data, conf)
    return report


def uninstall(*, data: Path | None = None, conf: Path | None = None) -> Report:
    data, conf = data or data_home(), conf or config_home()
    report = Report()
    for path in (data / "applications" / DESKTOP_FILE, data / "icons" / "hicolor" / "scalable" / "apps" /
                 "agent-console.svg", data / "icons" / "hicolor" / "256x256" / "apps" / "agent-console.png"):
        if path.exists():
            path.unlink()
            report.changed.append(f"removed {path}")
    for scheme in SCHEMES:
        if _default_of(conf, scheme) == DESKTOP_FILE:
            _set_default(conf, scheme, None)
            report.changed.append(f"{scheme} no longer opens with {DESKTOP_FILE}")
    if report.changed:
        _run(["update-desktop-database", str(data / "applications")], data, conf)
    else:
        report.unchanged.append("nothing of Agent Console was installed")
    return report


def _write(path: Path, content: bytes, report: Report) -> None:
    if path.is_file() and path.read_bytes() == content:
        report.unchanged.append(str(path))
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    temporary.write_bytes(content)
    temporary.chmod(0o644)  # the desktop (a launcher, a file manager) reads it
    temporary.replace(path)
    report.changed.append(f"wrote {path}")


def _run(args: list[str], data: Path, conf: Path) -> bool:
    """Run a desktop tool if it is there, with our XDG folders; True when it worked."""
    if shutil.which(args[0]) is None:
        return False
    env = {**os.environ, "XDG_DATA_HOME": str(data), "XDG_CONFIG_HOME": str(conf)}
    try:
        done = subprocess.run(args, env=env, capture_output=True, timeout=TOOL_TIMEOUT_S, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


# -- mimeapps.list: read and written as the specification lays it out, keeping every other line ----
def _mimeapps(conf: Path) -> Path:
    return conf / "mimeapps.list"


def _default_of(conf: Path, scheme: str) -> str | None:
    section = ""
    try:
        lines = _mimeapps(conf).read_text(encoding="utf-8", errors="replace").splitlines()[:5000]
    except OSError:
        return None
    for line in lines:
        text = line.strip()
        if text.startswith("["):
            section = text.strip("[]")
        elif section == DEFAULTS and text.split("=", 1)[0].strip() == scheme and "=" in text:
            return text.split("=", 1)[1].split(";")[0].strip() or None
    return None


def _set_default(conf: Path, scheme: str, app: str | None) -> None:
    """``scheme=app;`` under [Default Applications] (None: the line goes); other lines stay as they are."""
    path = _mimeapps(conf)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    out, section = [], ""
    for line in lines:
        text = line.strip()
        if text.startswith("["):
            section = text.strip("[]")
        elif section == DEFAULTS and "=" in text and text.split("=", 1)[0].strip() == scheme:
            continue
        out.append(line)
    if app is not None:
        header = f"[{DEFAULTS}]"
        at = next((i for i, line in enumerate(out) if line.strip() == header), None)
        if at is None:
            out += ([""] if out else []) + [header]
            at = len(out) - 1
        out.insert(at + 1, f"{scheme}={app};")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def this_program() -> list[str]:
    """How this program was started: its entry-point script, or ``python -m console``."""
    import sys

    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name.startswith("agent-console") and script.exists():
        return [str(script.resolve())]
    return [sys.executable, "-m", "console"]

