"""Dialling that explains itself, in the real window: the dial box, "Call back" and the keypad.

Before issue 13 a number typed as people write it ("0905 123 456") went to the phone as it
was and, without a PBX, raised inside a Qt slot: the box was cleared, nothing showed on screen
and a traceback went to stderr. The phone here is a stand-in only at the Softphone boundary; it
checks each address with the real phone's own check (cti.sip_stack.make_target_uri).
"""
from __future__ import annotations

import time

import pytest

from PySide6.QtCore import Qt

from cti import events as ev
from cti.settings import SipSettings
from cti.sip_stack import SoftphoneError, make_target_uri


class PhoneAtTheBoundary:
    """What the console asks of cti.softphone.Softphone for dialling and key tones."""

    def __init__(self, refuse: SoftphoneError | None = None) -> None:
        self.dialled: list[str] = []
        self.tones: list[tuple[str, str]] = []
        self.refuse = refuse

    def dial(self, target: str, headers=None) -> str:
        if self.refuse is not None:
            raise self.refuse
        self.dialled.append(make_target_uri(target, SipSettings()))  # the real phone's own check
        return f"out{len(self.dialled)}"

    def dtmf(self, call_id: str, digits: str) -> None:
        self.tones.append((call_id, digits))

    def stop(self) -> None:
        pass


@pytest.fixture
def apps(console_apps):
    """Consoles in this process (tests/harness/console_apps.py): `apps(**config_fields)`."""
    return console_apps


def type_and_dial(qtbot, app, text: str) -> None:
    box = app.window.call_panel.dial_box
    box.setText(text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def failures(app) -> list[dict]:
    return [e for e in app.published if e["type"] == "call.failed"]


def test_a_number_as_people_write_it_is_dialled_through_the_dial_domain(apps, qtbot):
    app = apps(dial_domain="127.0.0.1:5080")
    app.desk.phone = phone = PhoneAtTheBoundary()
    type_and_dial(qtbot, app, "0905 123 456")
    assert phone.dialled == ["sip:+421905123456@127.0.0.1:5080"]
    assert app.window.call_panel.dial_box.text() == ""  # the call started: the box is free again
    type_and_dial(qtbot, app, "tel:+421905123456")
    assert phone.dialled[-1] == "sip:+421905123456@127.0.0.1:5080"


def test_a_number_goes_through_the_registrar_when_there_is_one(apps, qtbot):
    from dataclasses import replace

    app = apps()
    app.config = replace(app.config, sip=SipSettings(registrar="pbx.example.com:5060", user="jana"))
    app.desk.phone = phone = PhoneAtTheBoundary()
    type_and_dial(qtbot, app, "+421 905 123 456")
    assert phone.dialled == ["sip:+421905123456@pbx.example.com:5060"]


def test_without_a_pbx_a_number_gets_a_sentence_and_a_call_failed_event(apps, qtbot, capfd):
    app = apps()
    app.desk.phone = phone = PhoneAtTheBoundary()
    type_and_dial(qtbot, app, "0905 123 456")
    qtbot.waitUntil(lambda: len(failures(app)) == 1)
    failed = failures(app)[0]
    assert failed["code"] == "dial.no_route" and "[sip] dial_domain" in failed["reason"]
    shown = app.window.statusBar().currentMessage()
    assert "[sip] registrar" in shown and "[sip] dial_domain" in shown  # names what to fix
    assert app.window.call_panel.dial_box.text() == "0905 123 456"  # nothing lost: fix and press Enter again
    assert phone.dialled == []
    assert "Traceback" not in capfd.readouterr().err


def test_garbage_gets_a_sentence_not_an_exception(apps, qtbot, capfd):
    app = apps(dial_domain="127.0.0.1:5080")
    app.desk.phone = phone = PhoneAtTheBoundary()
    type_and_dial(qtbot, app, "abc;<x>")
    qtbot.waitUntil(lambda: len(failures(app)) == 1)
    assert failures(app)[0]["reason"].startswith('"abc;<x>" cannot be dialled')
    assert "cannot be dialled" in app.window.statusBar().currentMessage()
    assert phone.dialled == []
    assert "Traceback" not in capfd.readouterr().err


def test_a_phone_error_while_dialling_becomes_the_sentence(apps, qtbot, capfd):
    app = apps(dial_domain="127.0.0.1:5080")
    app.desk.phone = PhoneAtTheBoundary(SoftphoneError("call failed", code="sip.cannot_call",
                                                       params={"target": "sip:x", "reason": "no route to host"}))
    type_and_dial(qtbot, app, "0905 123 456")
    qtbot.waitUntil(lambda: len(failures(app)) == 1)
    assert failures(app)[0]["code"] == "sip.cannot_call"
    assert "could not be started: no route to host" in app.window.statusBar().currentMessage()
    assert "Traceback" not in capfd.readouterr().err


def test_call_back_goes_the_same_way(apps, qtbot):
    app = apps()
    app.desk.phone = phone = PhoneAtTheBoundary()
    app.after_call.views._dial("0905 123 456", "task-1")
    qtbot.waitUntil(lambda: len(failures(app)) == 1)
    assert failures(app)[0]["source"] == "call back" and "[sip] dial_domain" in app.window.statusBar().currentMessage()
    assert phone.dialled == []


def test_the_keypad_sends_each_pressed_key_as_a_tone(apps, qtbot):
    app = apps()
    app.desk.phone = phone = PhoneAtTheBoundary()
    app.desk.on_phone_event(ev.CallRinging(call_id="c1", direction="in", number="0905 123 456", display_name="",
                                           remote_uri="sip:0905123456@x", withheld=False, number_source="From",
                                           received_ns=time.perf_counter_ns()))
    app.desk.on_phone_event(ev.CallAnswered("c1"))
    panel = app.window.call_panel
    qtbot.waitUntil(lambda: panel.buttons["keypad"].isEnabled())
    qtbot.mouseClick(panel.buttons["keypad"], Qt.MouseButton.LeftButton)
    keypad = panel.keypad
    assert keypad is not None and keypad.isVisible()
    qtbot.mouseClick(keypad.buttons["1"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keypad.buttons["#"], Qt.MouseButton.LeftButton)
    keypad.line.setText("42")
    qtbot.keyClick(keypad.line, Qt.Key.Key_Return)  # the typed path still works
    assert phone.tones == [("c1", "1"), ("c1", "#"), ("c1", "42")]
    app.desk.on_phone_event(ev.CallEnded("c1", "Normal call clearing", 200, 3.0))
    qtbot.waitUntil(lambda: not keypad.isEnabled())  # no call in progress: no tones to send
    qtbot.mouseClick(keypad.buttons["5"], Qt.MouseButton.LeftButton)
    assert phone.tones[-1] == ("c1", "42")
