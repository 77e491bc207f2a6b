"""Call-backs and click-to-dial between real processes (issue 13).

A console process dials through `[sip] dial_domain` to a real SIP party on loopback (busy: every
call ends on its own). A due call-back's notice is pressed the way a hotkey tool presses it
(`ctl notice`); a tel: link is opened by the desktop's own `xdg-open` after `install-desktop`.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from harness.console_desk import ConsoleDesk

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_dial_command import BusyParty  # noqa: E402  (the always-busy SIP party)

NUMBER = "+421905123456"


@pytest.fixture
def party():
    busy = BusyParty()
    busy.start()
    yield busy
    busy.close()


@pytest.fixture
def desk(tmp_path, party):
    console = ConsoleDesk(tmp_path / "desk", f'[sip]\nlisten = "127.0.0.1:{_free_port()}"\n'
                                             f'dial_domain = "127.0.0.1:{party.port}"\n')
    yield console
    console.close()


def _free_port() -> int:
    from harness.consoles import free_udp_port

    return free_udp_port()


def _due_callback(desk: ConsoleDesk, minutes: int = -1) -> str:
    due = (datetime.now(timezone.utc) + timedelta(minutes=minutes)).isoformat()
    made = desk.result("task", "Call back about the refund", "--due", due, "--callback", "--number", "0905 123 456",
                       "--customer", "1")
    return made["record_id"]


def test_call_back_now_on_a_due_notice_dials_the_customer(desk, party):
    record = _due_callback(desk)
    told = desk.events.wait("desktop.notice", notice="task_due", key=record)
    assert told["buttons"] == ["Call back now", "Snooze"] and told["title"] == "Call-back due"
    assert [n["key"] for n in desk.result("notice")["notices"]] == [record]
    desk.result("notice", record, "Call back now")
    dialled = desk.events.wait("task.dialled", record_id=record)
    assert party.next_invite() == f"INVITE sip:{NUMBER}@127.0.0.1:{party.port} SIP/2.0"
    ringing = desk.events.wait("call.ringing", call_id=dialled["call_id"])
    assert ringing["direction"] == "out" and ringing["number"] == NUMBER
    assert desk.result("notice")["notices"] == []  # acted on: gone


def test_snooze_on_a_due_notice_moves_the_task_and_it_stays_moved(desk):
    record = _due_callback(desk)
    desk.events.wait("desktop.notice", notice="task_due", key=record)
    out = desk.run("notice", record, "Snooze", "2 h")  # not a choice: the answer names the choices
    assert out.returncode != 0 and "5 min, 15 min, 1 h" in out.stdout + out.stderr
    desk.result("notice", record, "Snooze", "1 h")
    moved = desk.events.wait("task.snoozed", record_id=record)
    assert moved["minutes"] == 60
    task = next(t for t in desk.result("tasks")["tasks"] if t["record_id"] == record)  # read from the database
    assert task["due"] == moved["due"] and not task["overdue"]
    assert datetime.fromisoformat(task["due"]) > datetime.now(timezone.utc) + timedelta(minutes=55)


def test_a_tel_link_opened_by_the_desktop_reaches_the_running_console(desk, party, tmp_path, x_display):
    xdg_open = shutil.which("xdg-open")
    assert xdg_open, "xdg-open is not installed: run scripts/setup.sh (Debian package xdg-utils)"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "QT_QPA_PLATFORM": "offscreen", "DISPLAY": x_display}  # xdg-open asks for a display
    for name in ("AGENT_CONSOLE_CTL", "AGENT_CONSOLE_DATA_DIR", "AGENT_CONSOLE_LOG_DIR", "WAYLAND_DISPLAY",
                 "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"):
        env.pop(name, None)
    config = desk.folder / "config.toml"
    installed = subprocess.run([sys.executable, "-m", "console", "--config", str(config), "install-desktop", "--json"],
                               capture_output=True, text=True, timeout=60, env=env)
    assert installed.returncode == 0, installed.stderr
    opened = subprocess.run([xdg_open, f"tel:{NUMBER}"], capture_output=True, text=True, timeout=120, env=env)
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert party.next_invite() == f"INVITE sip:{NUMBER}@127.0.0.1:{party.port} SIP/2.0"
    assert desk.events.wait("call.ringing", direction="out")["number"] == NUMBER
    assert json.loads(installed.stdout)["changed"]
