"""A real call rings a console on a real X display (Xvfb) while the agent works in another
window: the console's window comes forward with the keyboard, and a notice names the customer.

Before issue 13 nothing on the desktop said a call was ringing: the window stayed wherever it was.
"""
from __future__ import annotations

import subprocess
import sys
import time

from desktop_helpers import Lines

from crm_adapters.local import models as m
from crm_adapters.local.database import open_database

from harness.console_desk import result
from harness.consoles import free_udp_port, start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import Events

NUMBER = "+421905123456"
OTHER_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
window = QLabel("a spreadsheet the agent is working in")
window.setWindowTitle("Spreadsheet")
window.resize(600, 400)
window.show()
window.activateWindow()
def tell():
    print("active" if window.isActiveWindow() else "inactive", flush=True)
app.focusWindowChanged.connect(lambda _w: tell())
tell()
sys.exit(app.exec())
"""


def _wait(check, timeout_s: float = 60):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)  # (polling ctl status: the console has no event for "activated")
    raise AssertionError("not so in time")


def test_a_ringing_call_brings_the_window_forward_with_a_notice_naming_the_customer(tmp_path, x_display):
    db = open_database("", tmp_path / "data")
    with db.session() as s:
        customer = m.Customer(name="Ján Kováč", company="Kováč s.r.o.", segment="vip", value=12000, currency="EUR")
        s.add(customer)
        s.flush()
        s.add(m.CustomerPhone(customer_id=customer.id, raw="0905 123 456", e164=NUMBER))
    db.close()
    port = free_udp_port()
    env = {"DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    proc, ctl, _ = start_console_process(tmp_path, f'[sip]\nlisten = "127.0.0.1:{port}"\n'
                                                    '[desktop]\nstay_on_top_while_ringing = true\n', env=env)
    other = customer = None
    try:
        wait_for_ctl(ctl, proc, timeout_s=60)
        events = Events(ctl)
        events.start()
        assert result(ctl, "status")["desktop"]["tray"] is False  # Xvfb has no tray: said, not silent
        other = subprocess.Popen([sys.executable, "-c", OTHER_WINDOW], stdout=subprocess.PIPE, text=True,
                                 env={"PATH": "/usr/bin:/bin", "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb",
                                      "HOME": str(tmp_path)})
        Lines(other.stdout).wait_for(lambda line: line == "active", timeout_s=60)
        _wait(lambda: result(ctl, "status")["desktop"]["window_active"] is False)  # the agent is elsewhere

        customer = subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", f"sip:agent@127.0.0.1:{port}",
                                     "--from", NUMBER, "--tone", "440", "--duration", "5"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        rung = events.wait("call.ringing", direction="in")
        told = events.wait("desktop.notice", notice="ringing", key=rung["call_id"], title="Call from Ján Kováč")
        assert told["raised"] is True and "window" in told["shown_in"]
        assert "Kováč s.r.o." in told["text"] and "VIP" in told["text"]
        desktop = _wait(lambda: (d := result(ctl, "status")["desktop"])["window_active"] and d)
        assert desktop["notices"] == [rung["call_id"]] and desktop["stay_on_top_while_ringing"] is True
        result(ctl, "reject")
        events.wait("call.ended", call_id=rung["call_id"])
        _wait(lambda: result(ctl, "notice")["notices"] == [])  # the call went: so did its notice
        events.close()
    finally:
        for helper in (customer, other):
            if helper is not None:
                helper.kill()
                helper.wait()
        stop_console(ctl, proc)
