"""`ctl language` on a real console process with a real SIP call: the window changes its
language while a customer rings and while they talk, and the call goes on as if nothing happened.

`[desktop] language` chooses the language at start; `ctl status --json` says which one it speaks
(`ui_language`), and the status bar's own words (`ctl status`'s "sip" line) are in it.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from harness.console_desk import ConsoleDesk
from harness.consoles import free_udp_port


@pytest.fixture
def desk(tmp_path):
    port = free_udp_port()
    desk = ConsoleDesk(tmp_path / "agent", f'[sip]\nlisten = "127.0.0.1:{port}"\n[desktop]\nlanguage = "cs"\n')
    desk.port = port
    try:
        yield desk
    finally:
        desk.close()
    assert desk.proc.returncode == 0, "the console must shut down cleanly"


def customer(port: int, folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", f"sip:agent@127.0.0.1:{port}",
                             "--from", "0905 123 456", "--tone", "440", "--duration", "60"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder)


def test_switching_the_language_keeps_the_ringing_and_the_answered_call(desk, tmp_path):
    status = desk.result("status")  # (ConsoleDesk waits until the phone has started)
    assert status["ui_language"] == "cs"  # from [desktop] language
    assert status["sip"].startswith("SIP: přímé hovory na 127.0.0.1:"), status["sip"]

    caller = customer(desk.port, tmp_path)
    try:
        ringing = desk.events.wait("call.ringing", direction="in")
        call_id = ringing["call_id"]
        assert desk.result("language", "sk") == {"ui_language": "sk"}
        status = desk.result("status")
        assert status["ui_language"] == "sk"
        assert status["sip"].startswith("SIP: priame hovory na 127.0.0.1:"), status["sip"]
        assert [(c["call_id"], c["state"]) for c in status["calls"]] == [(call_id, "ringing")]

        desk.result("answer")
        desk.events.wait("call.answered", call_id=call_id)
        assert desk.result("language", "ru") == {"ui_language": "ru"}
        status = desk.result("status")
        assert status["sip"].startswith("SIP: прямые звонки на 127.0.0.1:"), status["sip"]
        assert [(c["call_id"], c["state"]) for c in status["calls"]] == [(call_id, "connected")]
        assert status["agent"]["state"] == "on_call"

        assert desk.result("language", "en") == {"ui_language": "en"}
        assert desk.result("status")["sip"].startswith("SIP: direct calls on 127.0.0.1:")
        refused = desk.run("language", "de")
        assert refused.returncode != 0 and "auto|en|sk|cs|ro|ru" in (refused.stdout + refused.stderr).replace(
            ", ", "|")
        assert desk.result("status")["ui_language"] == "en"

        desk.result("hangup")
        ended = desk.events.wait("call.ended", call_id=call_id)
        assert ended["call_id"] == call_id  # the call that rang before the switches is the one that ended
    finally:
        caller.kill()
        caller.wait(10)
