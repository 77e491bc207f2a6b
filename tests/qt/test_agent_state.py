"""The agent's state follows the calls, in the real window: ringing, on a call, wrap-up with its
own clock, away with a reason, ready — in the status bar, the call header and `agent.state`.

Before issue 10 the status bar said "ready" during a call, and during wrap-up the header said
"Ready for calls" with the clock at 00:00.
"""
from __future__ import annotations

import gc
import time
from datetime import datetime

import pytest

from PySide6.QtWidgets import QApplication

from cti import events as ev

from console.config import AfterCallSettings, Config
from console.model.agent_state import StateRefused


@pytest.fixture
def app(qtbot, tmp_path):
    from console.app import ConsoleApp

    config = Config(path=None, data_dir=tmp_path / "data", log_dir=tmp_path / "log",
                    ctl_name=f"agent-console-qt-{time.monotonic_ns()}",
                    after_call=AfterCallSettings(wrapup_max_s=60), away_reasons=("break", "lunch"))
    app = ConsoleApp(config, with_phone=False)
    published: list[dict] = []
    app.hub.published.connect(lambda e: published.append(dict(e)))
    app.published = published
    app.start()
    qtbot.waitUntil(lambda: app.after_call.outbox is not None, timeout=10000)
    yield app
    app.shutdown()
    app.window.close()
    app.window.deleteLater()
    qtbot.wait(20)
    gc.collect()


def ring(app, call_id: str, number: str = "0905 123 456") -> None:
    app.desk.on_phone_event(ev.CallRinging(call_id=call_id, direction="in", number=number, display_name="",
                                           remote_uri=f"sip:{number}@x", withheld=False, number_source="From",
                                           received_ns=time.perf_counter_ns()))


def states(app) -> list[tuple[str, str, str]]:
    return [(e["state"], e["reason"], e.get("call_id", "")) for e in app.published if e["type"] == "agent.state"]


def bar(app) -> str:
    return app.window.agent_status.text()


def header(app) -> tuple[str, str, str]:
    QApplication.processEvents()  # the panel redraws once per burst of changes, in the next event-loop turn
    panel = app.window.call_panel
    return panel.caller.text(), panel.state.text(), panel.timer_label.text()


def test_ring_answer_wrap_up_away_and_back_to_ready(app, qtbot):
    assert bar(app) == "Agent · Ready" and header(app)[0] == "Ready for calls"

    ring(app, "c1")
    qtbot.waitUntil(lambda: states(app) == [("ringing", "", "c1")])
    assert bar(app).startswith("Agent · Ringing")
    assert header(app)[:2] == ("+421 905 123 456", "Incoming call — ringing")

    app.desk.on_phone_event(ev.CallAnswered("c1"))
    qtbot.waitUntil(lambda: states(app)[-1] == ("on_call", "", "c1"))
    assert bar(app).startswith("Agent · On a call 00:0")
    assert app.status()["agent"]["state"] == "on_call" and app.status()["agent_id"] == "agent"

    # the agent asks for lunch during the call: it waits for the call and its wrap-up
    fields = app.agent.choose("away", "lunch")
    assert fields["state"] == "on_call" and fields["next"] == "away"
    assert states(app)[-1][0] == "on_call"

    app.desk.on_phone_event(ev.CallEnded("c1", "Normal", 200, 30.0))
    qtbot.waitUntil(lambda: states(app)[-1] == ("wrap_up", "", "c1"))
    assert bar(app).startswith("Agent · Wrap-up 00:0") and bar(app).endswith("/ 01:00")
    title, line, clock = header(app)
    assert title == "Wrap-up" and line == "after the call with +421 905 123 456" and clock.endswith(" / 01:00")
    assert app.status()["calls"] == [] and app.status()["wrap_up"] == ["c1"]

    app.after_call.finish_wrapup("c1")
    qtbot.waitUntil(lambda: states(app)[-1] == ("away", "lunch", ""))
    assert bar(app).startswith("Agent · Away — lunch 00:0")
    assert header(app)[0] == "Away — lunch"

    app.agent.choose("ready")
    qtbot.waitUntil(lambda: states(app)[-1] == ("ready", "", ""))
    assert bar(app) == "Agent · Ready" and header(app)[0] == "Ready for calls"
    assert [s for s, _, _ in states(app)] == ["ringing", "on_call", "wrap_up", "away", "ready"]
    for event in (e for e in app.published if e["type"] == "agent.state"):
        datetime.fromisoformat(event["since"])  # ISO time


def test_a_missed_call_goes_back_to_ready_without_wrap_up(app, qtbot):
    ring(app, "m1", "0911 222 333")
    qtbot.waitUntil(lambda: states(app) == [("ringing", "", "m1")])
    app.desk.on_phone_event(ev.CallEnded("m1", "Request Terminated", 487, 0.0))
    qtbot.waitUntil(lambda: states(app)[-1] == ("ready", "", ""))
    assert [s for s, _, _ in states(app)] == ["ringing", "ready"]
    assert bar(app) == "Agent · Ready"
    qtbot.waitUntil(lambda: "m1" not in app.book)  # its call log is saved: nobody needs it, it left the book


def test_only_the_configured_away_reasons_can_be_chosen(app):
    with pytest.raises(StateRefused, match="choose one of break, lunch"):
        app.agent.choose("away", "nap")
    with pytest.raises(StateRefused, match="ready or away"):
        app.agent.choose("on_call")
    assert app.agent.state == "ready" and not states(app)


def test_a_call_lives_once_in_the_book_and_the_panel_only_shows_it(app, qtbot):
    ring(app, "c1")
    ring(app, "c2", "0911 222 333")
    app.desk.on_phone_event(ev.CallAnswered("c2"))
    qtbot.waitUntil(lambda: app.book.current == "c2")
    panel = app.window.call_panel
    assert not hasattr(panel, "calls") and not hasattr(app.desk, "calls") and not hasattr(app.after_call, "calls")
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert [c.call_id for c in app.book.live()] == ["c1", "c2"]
    assert [c["call_id"] for c in app.status()["calls"]] == ["c1", "c2"] and app.status()["current_call"] == "c2"
    app.desk.on_phone_event(ev.CallMuted("c2", True))
    assert app.book["c2"].muted
    qtbot.waitUntil(lambda: "muted" in panel.state.text())
