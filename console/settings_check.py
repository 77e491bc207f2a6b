"""The settings' "Test" buttons: run the check for one page with the settings as typed — not yet
saved — in a child `agent-console` process (pjsua2 allows one phone per process, and a check
must never freeze the window), and turn its answer into lines a person reads.

The typed settings go to the child as a private temporary config file; typed secrets go in its
environment (AGENT_CONSOLE_SECRET_…), never into a file. The child's output is outside input:
bounded, parsed defensively, shown as plain text.
"""
from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

from .config_edit import Changes, proposed_file
from .outside_text import shown
from .secrets import env_name

MAX_OUTPUT = 256 * 1024


def one_line(text: str, limit: int) -> str:
    return " ".join(shown(text, limit).split())
TIME_LIMIT_MS = 45_000


@dataclass(frozen=True)
class Line:
    ok: bool
    text: str
    warning: bool = False


def console_command(*args: str) -> list[str]:
    """How to start this console's own command line (the bundle is its own interpreter)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "console", *args]


class SettingsCheck(QObject):
    """One Test run. `finished(lines)` comes once, on the GUI thread."""

    finished = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._file: Path | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="agent-console-check-")
        self._out = bytearray()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._too_slow)
        self._kind = ""

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(self, config_path: Path, changes: Changes, secrets: dict[str, str], test: str,
              number: str = "") -> None:
        """`test`: a doctor area ("sip", "audio", "team", "crm") or "lookup" (needs `number`)."""
        if self.running:
            return
        try:
            self._file = proposed_file(config_path, changes, Path(self._folder.name))
        except Exception as exc:  # ConfigError and friends: the sentence names the key to fix
            self.finished.emit([Line(False, str(exc))])
            return
        if test == "lookup":
            args = ["--config", str(self._file), "lookup", number, "--json"]
        else:
            args = ["--config", str(self._file), "doctor", "--only", test, "--json"]
            if test == "audio":
                args.append("--play-tone")
        self._kind = test
        program, *rest = console_command(*args)
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        for name, value in secrets.items():
            if value:
                env.insert(env_name(name), value)
        process.setProcessEnvironment(env)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._done)
        process.errorOccurred.connect(self._failed_to_start)
        self._out.clear()
        self._process = process
        self._timer.start(TIME_LIMIT_MS)
        process.start(program, rest)

    def _read(self) -> None:
        if self._process is None:
            return
        chunk = bytes(self._process.readAllStandardOutput())
        room = MAX_OUTPUT - len(self._out)
        self._out += chunk[:max(0, room)]

    def _failed_to_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._finish([Line(False, "the check could not start: " + one_line(str(self._process.errorString()), 200)
                               if self._process else "the check could not start")])

    def _too_slow(self) -> None:
        self._finish([Line(False, f"the check gave no answer within {TIME_LIMIT_MS // 1000} s")])

    def _done(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read()
        error = ""
        if self._process is not None:
            error = bytes(self._process.readAllStandardError()[:4000]).decode("utf-8", "replace")
        self._finish(self._lines(bytes(self._out).decode("utf-8", "replace"), error, code))

    def _lines(self, out: str, error: str, code: int) -> list[Line]:
        try:
            answer = json.loads(out) if out.strip() else None
        except ValueError:
            answer = None
        if self._kind == "lookup":
            return _card_lines(answer, error)
        if not isinstance(answer, list):
            last = [line for line in error.splitlines() if line.strip()][-1:] or [f"exit {code}"]
            return [Line(False, "the check failed: " + one_line(last[0], 300))]
        lines = []
        for item in answer[:40]:
            if not isinstance(item, dict) or item.get("area") == "config":
                continue
            text = f"{one_line(str(item.get('name', '')), 60)}: {one_line(str(item.get('detail', '')), 400)}"
            lines.append(Line(bool(item.get("ok")), text, bool(item.get("warning"))))
        return lines or [Line(False, "the check said nothing")]

    def _finish(self, lines: list[Line]) -> None:
        self._timer.stop()
        process, self._process = self._process, None
        if process is not None:
            for signal in (process.readyReadStandardOutput, process.finished, process.errorOccurred):
                signal.disconnect()
            if process.state() != QProcess.ProcessState.NotRunning:
                process.kill()
                process.waitForFinished(2000)
            process.deleteLater()
        if self._file is not None:
            self._file.unlink(missing_ok=True)
            self._file = None
        self.finished.emit(lines)

    def close(self) -> None:
        if self._process is not None:
            self._finish([Line(False, "the check was stopped")])
        self._folder.cleanup()


def _card_lines(card: object, error: str) -> list[Line]:
    if not isinstance(card, dict):
        last = [line for line in error.splitlines() if line.strip()][-1:] or ["no answer"]
        return [Line(False, one_line(last[0].removeprefix("error: "), 300))]
    lines: list[Line] = []
    customer = card.get("customer") if isinstance(card.get("customer"), dict) else None
    if customer:
        name = one_line(str(customer.get("name", "")), 120)
        company = one_line(str(customer.get("company", "")), 120)
        lines.append(Line(True, f"found: {name}" + (f", {company}" if company else "")
                          + f" (from {one_line(str(customer.get('source', '')), 40)})"))
    else:
        lines.append(Line(True, "no customer with this number", warning=True))
    sources = card.get("sources") if isinstance(card.get("sources"), dict) else {}
    for name, status in list(sources.items())[:12]:
        state = status.get("state", "") if isinstance(status, dict) else str(status)
        detail = status.get("reason", "") if isinstance(status, dict) else ""
        ok = str(state) in ("ok", "not_found")
        lines.append(Line(ok, f"{one_line(str(name), 40)}: {one_line(str(state), 40)}"
                          + (f" — {one_line(str(detail), 200)}" if detail else "")))
    return lines
