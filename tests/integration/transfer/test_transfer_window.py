"""What the agent sees of a transfer, in the real console window (offscreen), with a real team
store (SQLite file) in which a colleague's console (a second TeamStore) leaves the context:

- the receiving card says "Transferred by Jana: …" with the notes while the call still rings,
  the notes box starts with them, and `transfer.context` goes out — before any answer;
- the transfer dialog finds a colleague by part of the name, shows their state, and still takes
  a number; during a consultation the call panel offers "Complete transfer" and "Cancel".
"""
from __future__ import annotations

import gc
import time

import pytest

from crm_adapters.store.team import TeamStore
from crm_adapters.store.team.model import AgentEntry, Handoff
from cti import events as ev

import console.app as console_app
from console.config import AgentSettings, Config
from console.transfer_dialog import TransferDialog

NOTES = "Wants a refund for order 1234.\nAlready checked the address."


@pytest.fixture
def petr(qtbot, tmp_path):
    cfg = Config(path=None, data_dir=tmp_path / "petr" / "data", log_dir=tmp_path / "petr" / "log",
                 ctl_name=f"agent-console-qt-{time.monotonic_ns()}", agent=AgentSettings("petr", "Petr Horák", "agent"),
                 team_url=f"sqlite:///{tmp_path / 'team.db'}")
    app = console_app.ConsoleApp(cfg, with_phone=False)
    app.start()
    published: list[tuple[str, dict]] = []
    app.hub.published.connect(lambda *args: published.append(args))
    jana = TeamStore(f"sqlite:///{tmp_path / 'team.db'}", tmp_path / "jana")
    qtbot.waitUntil(lambda: app.transfers.team() is not None and app.transfers.team().store is not None,
                    timeout=10_000)
    yield app, jana, published
    jana.close()
    app.shutdown()
    app.window.close()
    app.window.deleteLater()
    qtbot.wait(20)
    gc.collect()


def _event_types(published) -> list[str]:
    return [str(p[0]) if not isinstance(p[0], dict) else p[0].get("type", "") for p in published]


def test_the_ringing_card_and_the_notes_box_carry_the_colleagues_notes(petr, qtbot):
    app, jana, published = petr
    jana.put_handoff(Handoff(id="", from_agent="jana", from_name="Jana Nováková", to_agent="petr",
                             number="+421905123456", customer={"name": "Ján Kováč", "number": "+421905123456"},
                             notes=NOTES, disposition="billing/refund"))
    app.bridge.post(ev.CallRinging("c1", "in", "0905123456", "", "sip:0905123456@127.0.0.1", False, "From",
                                   time.perf_counter_ns(), {}))
    view = lambda: app.window.card_view("c1")  # noqa: E731
    qtbot.waitUntil(lambda: view().transferred.isVisible(), timeout=10_000)
    banner = view().transferred.text()
    assert banner.startswith("Transferred by Jana Nováková: Ján Kováč") and NOTES in banner
    assert "billing/refund" in banner
    assert app.after_call.texts["c1"] == NOTES
    assert app.window.notes.text() == NOTES  # the ringing call has the notes box
    assert app.book["c1"].state == "ringing" and app.book["c1"].disposition == "billing/refund"
    assert any("transfer.context" in repr(p) and "Wants a refund" in repr(p) for p in published), published
    view().show_idle()  # the tab goes back to idle (and serves the next call): no stale banner
    assert not view().transferred.isVisible()


def test_a_call_from_someone_else_brings_no_context(petr, qtbot):
    app, jana, published = petr
    jana.put_handoff(Handoff(id="", from_agent="jana", from_name="Jana", to_agent="petr", number="+421905123456",
                             notes=NOTES))
    app.bridge.post(ev.CallRinging("c3", "in", "+420602123456", "", "sip:x@127.0.0.1", False, "From",
                                   time.perf_counter_ns(), {}))
    qtbot.waitUntil(lambda: app.window.card_view("c3").card is not None, timeout=10_000)
    qtbot.waitUntil(lambda: app.transfers.team().lane.idle(), timeout=5_000)
    assert not app.window.card_view("c3").transferred.isVisible()
    assert app.after_call.texts.get("c3", "") == ""


def test_the_dialog_finds_a_colleague_by_part_of_the_name_and_still_takes_a_number(qtbot):
    colleagues = [AgentEntry("petr", "Petr Horák", "agent", "ready", sip_uri="sip:petr@127.0.0.1:5071"),
                  AgentEntry("eva", "Eva Malá", "agent", "away", reason="lunch", sip_uri="sip:eva@127.0.0.1:5072")]
    dialog = TransferDialog(colleagues)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.target, "hor")
    completer = dialog.completer
    assert completer.completionCount() == 1 and completer.currentCompletion() == "Petr Horák · ready"
    dialog.target.setText(completer.currentCompletion())  # the agent picks it from the list
    dialog.consult.setChecked(True)
    choice = dialog.choice()
    assert (choice.target, choice.attended, choice.colleague) == ("petr", True, True)
    dialog.target.setText("")
    qtbot.keyClicks(dialog.target, "mal")
    assert completer.currentCompletion() == "Eva Malá · away (lunch)"
    dialog.target.setText("0905 123 456")
    dialog.blind.setChecked(True)
    choice = dialog.choice()
    assert (choice.target, choice.attended, choice.colleague) == ("0905 123 456", False, False)


def test_consult_buttons_show_while_consulting_and_name_the_customers_call(petr, qtbot):
    app, _jana, _published = petr
    panel = app.window.call_panel
    assert not panel.consult_row.isVisibleTo(panel)
    app.bridge.post(ev.ConsultChanged("cust", "cons"))
    qtbot.waitUntil(lambda: panel.consult_row.isVisibleTo(panel), timeout=5_000)
    with qtbot.waitSignal(panel.complete_transfer) as completed:
        panel.buttons["completeTransfer"].click()
    assert completed.args == ["cust"]
    with qtbot.waitSignal(panel.cancel_transfer) as cancelled:
        panel.buttons["cancelTransfer"].click()
    assert cancelled.args == ["cust"]
    app.bridge.post(ev.ConsultChanged("cust", "cons", ended=True))
    qtbot.waitUntil(lambda: not panel.consult_row.isVisibleTo(panel), timeout=5_000)
