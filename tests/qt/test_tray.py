"""The console on the desktop (issue 13): the tray's menu sets the agent's state, a desktop
without a tray is said so, and a real call that rings is a notice and brings the window forward.

The offscreen platform has no system tray (as many Linux desktops): the tray's menu and state
logic run all the same, and the window says there is no tray icon.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from crm_adapters.local import models as m
from crm_adapters.local.adapter import create as create_local
from crm_adapters.protocol import AdapterContext
from crm_adapters.store.workstation import open_workstation

from console.features import CtlCommand

from harness.consoles import free_udp_port

NUMBER = "+421905123456"


@pytest.fixture
def apps(console_apps):
    """Consoles in this process started from a config file's text (tests/harness/console_apps.py)."""
    def make(toml: str = "", with_phone: bool = False, before=None):
        return console_apps(toml=toml, with_phone=with_phone, before=before)
    return make


def tray_of(app):
    return next(f for f in app.installed if type(f).__name__ == "Tray")


def ctl_status(qtbot, app) -> dict:
    """`agent-console ctl status --json`, a real client process, while the console keeps running."""
    proc = subprocess.Popen([sys.executable, "-m", "console", "ctl", "status", "--json"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "AGENT_CONSOLE_CTL": app.ctl.name})
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    out, err = proc.communicate()
    assert proc.returncode == 0, out + err
    return json.loads(out)["result"]


def test_the_tray_menu_sets_ready_and_away_with_the_sites_reasons(apps, qtbot):
    app = apps('[presence]\naway_reasons = ["lunch", "coaching"]\n')
    tray = tray_of(app)
    qtbot.waitUntil(lambda: "quit" in tray.actions)  # the menu is built once every feature added its entries
    away = tray.menu.findChild(type(tray.menu), "trayAway")
    assert [a.text() for a in away.actions()] == ["lunch", "coaching"]
    assert [a.text() for a in tray.menu.actions() if a.text()][:2] == ["Ready", "Away"]
    assert [a.text() for a in tray.menu.actions() if a.text()][-2:] == ["Show window", "Quit"]

    tray.actions["away.coaching"].trigger()
    status = ctl_status(qtbot, app)
    assert (status["agent"]["state"], status["agent"]["reason"]) == ("away", "coaching")
    assert "Away — coaching" in tray.tip and tray.actions["away.coaching"].isChecked()
    tray.actions["ready"].trigger()
    assert ctl_status(qtbot, app)["agent"]["state"] == "ready"
    assert tray.tip.endswith(": Ready") and tray.actions["ready"].isChecked()
    assert not tray.actions["away.coaching"].isChecked()


def test_a_desktop_without_a_tray_is_said_so_in_the_window_and_in_ctl_status(apps, qtbot):
    app = apps()
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # the offscreen platform, as many Linux desktops
    tray = tray_of(app)
    qtbot.waitUntil(lambda: tray.no_tray is not None)
    assert tray.no_tray.isVisible() and tray.no_tray.text() == "No tray icon"
    assert "no system tray" in tray.no_tray.toolTip()
    desktop = ctl_status(qtbot, app)["desktop"]
    assert desktop["tray"] is False and desktop["problem"].startswith("No tray icon: this desktop has no system tray")


def seed_vip(data_dir: Path) -> None:
    db = open_workstation(data_dir)
    create_local({}, AdapterContext(data_dir=data_dir, extra={"database": db}))
    with db.session() as s:
        customer = m.Customer(name="Ján Kováč", company="Kováč s.r.o.", segment="vip", value=12000, currency="EUR")
        s.add(customer)
        s.flush()
        s.add(m.CustomerPhone(customer_id=customer.id, raw="0905 123 456", e164=NUMBER))
    db.close()


def test_a_real_call_that_rings_is_a_notice_with_the_customer_and_brings_the_window_forward(apps, qtbot, tmp_path):
    port = free_udp_port()
    app = apps(f'[sip]\nlisten = "127.0.0.1:{port}"\n[audio]\ncapture = "null"\nplayback = "null"\n'
               '[desktop]\nstay_on_top_while_ringing = true\n', with_phone=True,
               before=lambda config: seed_vip(config.data_dir))
    qtbot.waitUntil(lambda: app.desk.phone is not None, timeout=20000)
    other = QWidget()  # the agent is working in another window
    other.setWindowTitle("Spreadsheet")
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    assert not app.window.isActiveWindow()
    customer = subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", f"sip:agent@127.0.0.1:{port}",
                                 "--from", NUMBER, "--tone", "440", "--duration", "3"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def ringing_notices():
            return [e for e in app.published if e["type"] == "desktop.notice" and e["notice"] == "ringing"]
        qtbot.waitUntil(lambda: any("Kováč s.r.o." in e["text"] for e in ringing_notices()), timeout=30000)
        first, named = ringing_notices()[0], ringing_notices()[-1]
        assert first["raised"] is True and named["raised"] is True
        qtbot.waitUntil(app.window.isActiveWindow)  # forward, with the keyboard (the window system's next turn)
        assert not other.isActiveWindow()
        assert named["title"] == "Call from Ján Kováč" and "VIP" in named["text"] and "12" in named["text"]
        call_id = named["key"]
        card = app.window.desktop_notices.notices.cards[call_id]
        assert card.isVisible() and card.title.text() == "Call from Ján Kováč"
        assert app.window.windowFlags() & app.window.windowFlags().WindowStaysOnTopHint  # [desktop] stay on top
        app.features.get(CtlCommand, "reject").handler([])  # as `ctl reject`: the call goes
        qtbot.waitUntil(lambda: call_id not in app.window.desktop_notices.notices.cards, timeout=30000)
        assert not app.window.windowFlags() & app.window.windowFlags().WindowStaysOnTopHint
    finally:
        customer.kill()
        customer.wait()
        other.close()


def test_the_window_menu_bar_has_the_same_entries_settings_and_the_assistant_too(apps, qtbot):
    """On a desktop without a tray the entries (ready/away, settings, the set-up assistant, quit)
    must still be reachable: the window's menu bar has them, and they work from there."""
    app = apps()
    bar = app.window.menuBar()
    console_menu = next(a.menu() for a in bar.actions() if a.menu() is not None and a.menu().objectName() == "trayMenu")
    qtbot.waitUntil(lambda: bool(console_menu.actions()))
    texts = [a.text() for a in console_menu.actions()]
    assert "Settings…" in texts and "Set-up assistant…" in texts and "Quit" in texts, texts
    next(a for a in console_menu.actions() if a.text() == "Set-up assistant…").trigger()
    qtbot.waitUntil(lambda: any(w.objectName() == "firstRunAssistant" and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
