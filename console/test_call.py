"""A test call to yourself: a test customer (a separate SIP process) rings this console, the
agent answers as with any customer, and afterwards the console says what worked — it rang, it
was answered, the test customer heard the agent's microphone — and what to fix when not.

The first-run assistant offers it after the restart with the new settings; `ctl test-call`
starts one at any time. The customer plays a 440 Hz tone (the agent hears it) and records
what it hears, which is how "it heard you" is measured; the recording is deleted afterwards.
"""
from __future__ import annotations

import array
import math
import secrets
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, Signal

from cti import events as ev

from .settings_check import console_command


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


HEADER = "X-Agent-Console-Test-Call"
TEST_NUMBER = "+10000000000"  # a number no customer has: the card shows "unknown caller"
TALK_S = 6  # how long the test customer stays on after the agent answers
HEARD_ABOVE_DB = -70.0  # the agent's side louder than this at the customer: the microphone works (a quiet room is about -60)


@dataclass
class TestCallResult:
    rang: bool = False
    answered: bool = False
    heard_agent: bool | None = None  # None: not measured (never answered)
    agent_level_db: float = -200.0
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.rang and self.answered and bool(self.heard_agent) and not self.problem

    def lines(self) -> list[tuple[bool, str]]:
        out = [(self.rang, _tr("TestCall", "the test customer's call rang here") if self.rang else
                _tr("TestCall", "no call arrived: check [sip] listen (another program may use the port) and the firewall"))]
        if self.rang:
            out.append((self.answered, _tr("TestCall", "you answered it") if self.answered else _tr("TestCall", "it was not answered")))
        if self.heard_agent is not None:
            out.append((self.heard_agent, _tr("TestCall", "the test customer heard your microphone") if self.heard_agent else
                        _tr("TestCall", "the test customer heard only silence: check the microphone in Settings → Sound")))
        if self.problem:
            out.append((False, self.problem))
        return out


class TestCall(QObject):
    """One test call at a time. `finished(TestCallResult)` once it is over."""

    finished = Signal(object)
    started = Signal()

    def __init__(self, bridge: Any, listen: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listen = listen
        self.process: QProcess | None = None
        self.token = ""
        self.call_id = ""
        self.result = TestCallResult()
        self._folder: tempfile.TemporaryDirectory | None = None
        bridge.subscribe(ev.CallRinging, self._ringing, owner=self)
        bridge.subscribe(ev.CallAnswered, self._answered, owner=self)

    @property
    def running(self) -> bool:
        return self.process is not None

    def start(self) -> bool:
        if self.running:
            return False
        host, _, port = self.listen.rpartition(":")
        if host in ("0.0.0.0", "", "::", "[::]"):
            host = "127.0.0.1"
        self.token = secrets.token_hex(8)
        self.call_id = ""
        self.result = TestCallResult()
        self._folder = tempfile.TemporaryDirectory(prefix="agent-console-test-call-")
        self.recording = Path(self._folder.name) / "heard.wav"
        program, *args = console_command(
            "simulate-call", f"sip:agent@{host}:{port}", "--from", TEST_NUMBER, "--name", "Test call",
            "--tone", "440", "--duration", str(TALK_S), "--record", str(self.recording),
            "--header", f"{HEADER}: {self.token}")
        process = QProcess(self)
        process.finished.connect(self._over)
        process.errorOccurred.connect(self._failed)
        self.process = process
        process.start(program, args)
        self.started.emit()
        return True

    def _ringing(self, e: ev.CallRinging) -> None:
        if self.running and e.direction == "in" and e.headers.get(HEADER) == self.token:
            self.call_id = e.call_id
            self.result.rang = True

    def _answered(self, e: ev.CallAnswered) -> None:
        if self.running and e.call_id == self.call_id:
            self.result.answered = True

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.result.problem = _tr("TestCall", "the test customer could not start")
            self._over()

    def _over(self, *_args: object) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        if self.result.answered:
            self.result.agent_level_db = loudness_db(self.recording)
            self.result.heard_agent = self.result.agent_level_db > HEARD_ABOVE_DB
        process.deleteLater()
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None
        self.finished.emit(self.result)

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.waitForFinished(3000)


def loudness_db(path: Path) -> float:
    """RMS of a 16-bit WAV relative to full scale (-200 when missing or empty)."""
    try:
        with wave.open(str(path), "rb") as w:
            if w.getsampwidth() != 2:
                return -200.0
            samples = array.array("h", w.readframes(min(w.getnframes(), 16000 * 60)))
    except (OSError, EOFError, wave.Error):
        return -200.0
    if not samples:
        return -200.0
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768.0
    return 20 * math.log10(rms) if rms > 0 else -200.0
