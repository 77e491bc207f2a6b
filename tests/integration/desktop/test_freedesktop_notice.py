"""A due call-back as the desktop's own notification (freedesktop.org over D-Bus), answered there.

A real session bus (dbus-daemon) and a real notification server (dunst, on Xvfb); the console
sends the notice with its buttons as actions (libnotify's notify-send); the agent's click is
dunst's own `dunstctl action`, and the customer's phone (a SIP party on loopback) rings.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from harness.console_desk import ConsoleDesk
from harness.consoles import free_udp_port

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_dial_command import BusyParty  # noqa: E402  (the always-busy SIP party)

NUMBER = "+421905123456"


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is not installed: run scripts/setup.sh (Debian packages dbus, dunst, libnotify-bin)"
    return found


def _until(check, timeout_s: float = 30):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if value := check():
            return value
        time.sleep(0.05)  # (asking dunstctl: the server has no event stream for a test to wait on)
    raise AssertionError("not so in time")


@pytest.fixture
def session(tmp_path, x_display):
    """A D-Bus session bus with dunst serving notifications on the X display; yields its environment."""
    bus = subprocess.Popen([tool("dbus-daemon"), "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, text=True)
    address = bus.stdout.readline().strip()
    env = {"DBUS_SESSION_BUS_ADDRESS": address, "DISPLAY": x_display, "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    dunst = subprocess.Popen([tool("dunst")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _until(lambda: subprocess.run([tool("dunstctl"), "is-paused"], env=env, capture_output=True).returncode == 0)
        yield env
    finally:
        for proc in (dunst, bus):
            proc.terminate()
            proc.wait(10)


def dunstctl(env: dict, *args: str) -> str:
    return subprocess.run([tool("dunstctl"), *args], env=env, capture_output=True, text=True, timeout=30).stdout.strip()


def test_a_due_call_back_is_a_desktop_notification_whose_click_calls_the_customer(tmp_path, session):
    party = BusyParty()
    party.start()
    desk = ConsoleDesk(tmp_path / "desk", f'[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\n'
                                          f'dial_domain = "127.0.0.1:{party.port}"\n',
                       env={"DBUS_SESSION_BUS_ADDRESS": session["DBUS_SESSION_BUS_ADDRESS"]})
    try:
        due = (datetime.now(timezone.utc) - timedelta(minutes=1)).isoformat()
        record = desk.result("task", "Call back about the refund", "--due", due, "--callback", "--number",
                             NUMBER, "--customer", "1")["record_id"]
        told = desk.events.wait("desktop.notice", notice="task_due", key=record)
        assert told["shown_in"] == ["window", "dbus"]
        _until(lambda: dunstctl(session, "count", "displayed") == "1")  # on the desktop, from its own server
        dunstctl(session, "action", "0")  # the agent clicks it: its default action is "Call back now"
        dialled = desk.events.wait("task.dialled", record_id=record)
        assert party.next_invite() == f"INVITE sip:{NUMBER}@127.0.0.1:{party.port} SIP/2.0"
        assert desk.events.wait("call.ringing", call_id=dialled["call_id"])["number"] == NUMBER
        assert desk.result("notice")["notices"] == []  # answered on the desktop: gone from the window too
    finally:
        desk.close()
        party.close()
