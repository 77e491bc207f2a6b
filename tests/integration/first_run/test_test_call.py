"""The test call to yourself (issue 14, first run): a test customer — a separate SIP process —
rings the console, the agent answers, and the console says what worked. After the set-up
assistant's restart it comes by itself; `ctl test-call` starts one at any time. "The customer
heard you" is measured on what the test customer recorded, so a dead microphone is caught."""
from __future__ import annotations

import json
import time

import pytest

from cti.tones import write_tone

from console.first_run import MARKER

from harness.console_desk import ConsoleDesk, result
from harness.consoles import start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import Events

pytestmark = pytest.mark.integration


def ringing_call(ctl: str, timeout: float = 60) -> dict:
    """The console's ringing call, once it has one (asked again until then)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        calls = [c for c in result(ctl, "status").get("calls", []) if c.get("state") == "ringing"]
        if calls:
            return calls[0]
        time.sleep(0.1)
    raise AssertionError("no call rang")


def test_after_the_assistant_restarts_the_console_the_test_call_rings_and_reports_what_worked(tmp_path):
    mic = write_tone(str(tmp_path / "agent-voice.wav"), 1000, 1.0)
    work = tmp_path / "desk"
    (work / "data").mkdir(parents=True)
    (work / "data" / MARKER).write_text(json.dumps({"test_call": True}))
    proc, ctl, _cfg = start_console_process(work, f'[audio]\ncapture = "file:{mic}"\nplayback = "null"\n')
    try:
        wait_for_ctl(ctl, proc)
        events = Events(ctl)
        events.start()
        call = ringing_call(ctl)
        assert call["direction"] == "in"
        result(ctl, "answer")
        finished = events.wait("test_call.finished", timeout=120)
        assert finished["rang"] and finished["answered"], finished
        assert finished["heard_agent"] is True and finished["ok"] is True, finished
        assert not (work / "data" / MARKER).exists(), "the test call is offered once, not at every start"
        events.close()
    finally:
        stop_console(ctl, proc)


def test_a_silent_microphone_is_reported_by_the_test_call(tmp_path):
    desk = ConsoleDesk(tmp_path / "desk", "")  # capture = "null": the agent's microphone is silence
    try:
        assert desk.result("test-call") == {"started": True}
        assert desk.run("test-call").returncode != 0, "one test call at a time"
        assert ringing_call(desk.ctl)["direction"] == "in"
        desk.result("answer")
        finished = desk.events.wait("test_call.finished", timeout=120)
        assert finished["rang"] and finished["answered"]
        assert finished["heard_agent"] is False and finished["ok"] is False, finished
        assert finished["agent_level_db"] < -70
    finally:
        desk.close()
