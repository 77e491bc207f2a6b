"""The desk puts the right card on the right call, even when the CRM answers instantly."""
from __future__ import annotations

import asyncio
import threading
import time
from types import SimpleNamespace

from PySide6.QtWidgets import QLabel

from crm_adapters.numbers import normalise
from crm_adapters.vocabulary import Customer, CustomerCard
from cti import events as ev

from console.bridge import Bridge
from console.call_desk import CallDesk
from console.event_hub import EventHub
from console.main_window import MainWindow
from console.public_events import PublicEvents


class InstantCrm:
    """A CRM side whose lookups finish inside submit(), like a cache hit on a fast machine."""

    def __init__(self) -> None:
        self.runtime = SimpleNamespace(submit=lambda coro: asyncio.run(coro))
        self.chain = SimpleNamespace(lookup=self.lookup)

    async def lookup(self, raw: str, on_update=None) -> CustomerCard:
        card = CustomerCard(number=normalise(raw, "SK"), complete=True,
                            customer=Customer(id="1", source="local", name="Ján Kováč"))
        on_update(card)
        return card


def ringing(call_id: str, number: str) -> ev.CallRinging:
    return ev.CallRinging(call_id, "in", number, "", f"sip:{number}@pbx", False, "From", time.perf_counter_ns())


def test_an_instant_crm_answer_from_the_sip_thread_is_not_lost(qtbot):
    window = MainWindow("Jana")
    qtbot.addWidget(window)
    window.show()
    hub = EventHub()
    bridge = Bridge()
    PublicEvents(bridge, hub, "SK")  # the `ctl events` stream, made from what the desk reports
    desk = CallDesk(window, hub, InstantCrm(), "SK", bridge)
    published = []
    hub.published.connect(published.append)
    sip_thread = threading.Thread(target=desk.on_phone_event, args=(ringing("c1", "+421905123456"),))
    sip_thread.start()
    sip_thread.join()

    def card_on_screen() -> bool:
        return any(label.text() == "Ján Kováč" for label in window.card_view("c1").findChildren(QLabel))

    qtbot.waitUntil(card_on_screen, timeout=3000)
    qtbot.waitUntil(lambda: any(e["type"] in ("card.shown", "card.updated") and e.get("known") for e in published),
                    timeout=3000)
    assert window.cards.tabText(window.cards.currentIndex()) == "Ján Kováč"


def test_a_call_button_the_phone_refuses_is_said_in_the_window_not_on_stderr(qtbot, capfd):
    """Key tones typed with a slip ("12x") on the keypad's text line: the phone refuses them at
    once. Before, the refusal escaped the button as a traceback on stderr and the agent saw nothing."""
    from cti.settings import AudioSettings, SipSettings
    from cti.softphone import Softphone

    from console.messages import sentence_for

    window = MainWindow("Jana")
    qtbot.addWidget(window)
    hub, bridge = EventHub(), Bridge()
    PublicEvents(bridge, hub, "SK")
    desk = CallDesk(window, hub, None, "SK", bridge)
    desk.phone = Softphone(SipSettings(), AudioSettings("null", "null"), desk.on_phone_event)  # not started
    published = []
    hub.published.connect(published.append)

    window.call_panel.dtmf.emit("c1", "12x")

    error = next(e for e in published if e["type"] == "phone.error")
    assert (error["command"], error["call_id"]) == ("dtmf", "c1") and "12x" in error["reason"]
    expected = sentence_for("sip.bad_dtmf", {"digits": "12x"}, "")
    assert expected and window.statusBar().currentMessage() == expected
    assert "Traceback" not in capfd.readouterr().err


def test_joined_calls_show_who_is_in_the_conference_and_stop_when_one_is_left(qtbot):
    """Before, two calls joined in a conference looked like any two calls: nothing said that the
    customer and the colleague now hear each other (issue 13)."""
    window = MainWindow("Jana")
    qtbot.addWidget(window)
    window.show()
    hub, bridge = EventHub(), Bridge()
    PublicEvents(bridge, hub, "SK")
    desk = CallDesk(window, hub, None, "SK", bridge)
    published = []
    hub.published.connect(published.append)
    for cid, number in (("c1", "+421905123456"), ("c2", "+421911234567")):
        desk.on_phone_event(ringing(cid, number))
        desk.on_phone_event(ev.CallAnswered(cid))
    desk.on_phone_event(ev.ConferenceChanged("g1", ("c1", "c2")))
    qtbot.waitUntil(lambda: "Conference with +421 905 123 456" in window.call_panel.state.text())  # c2 is shown
    assert any(e["type"] == "call.conference" and e["call_ids"] == ["c1", "c2"] for e in published)
    assert desk.book.get("c1").conference == ("c2",)
    desk.on_phone_event(ev.CallEnded("c1", "BYE", 200, 12.0))
    desk.on_phone_event(ev.ConferenceChanged("g1", ()))
    qtbot.waitUntil(lambda: "Conference" not in window.call_panel.state.text())
    assert desk.book.get("c2").conference == ()
