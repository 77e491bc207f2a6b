"""What the agent sees on the call (issue 13, "call controls that show what they do"): the real
call panel with the recording badges placed as the console places them. A recorded call says
"● Recording" in red, one that is not says "Not recorded" (and why, where the site never
records); a held call says ON HOLD in a bar of its own; the recording button is there only where
the agent decides, and it says what a click will do."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from console.call_panel import CallPanel
from console.model.calls import Call, CallBook
from console.recording_badges import RecordingBadges


@pytest.fixture
def panel(qtbot):
    def make(policy: str):
        book = CallBook()
        panel = CallPanel(book)
        clicks: list[str] = []
        feature = SimpleNamespace(api=SimpleNamespace(book=book), settings=SimpleNamespace(policy=policy),
                                  toggle=lambda: clicks.append("toggle"))
        badges = RecordingBadges(feature, panel)
        panel.layout().insertWidget(2, badges)
        qtbot.addWidget(panel)
        panel.show()
        book.add(Call("c1", number="+421905123456", caller="Acme s.r.o.", state="connected"))
        book.select("c1")
        return book, badges, clicks

    return make


def test_a_recorded_and_a_held_call_say_so_unmistakably(panel, qtbot):
    book, badges, clicks = panel("agent_decides")
    qtbot.waitUntil(badges.isVisible)
    assert badges.recorded.text() == "Not recorded" and not badges.held.isVisible()
    assert badges.button.isVisible() and badges.button.text() == "Start recording"

    book.update("c1", recording=True)
    qtbot.waitUntil(lambda: badges.recorded.text() == "● Recording")
    assert "#c62828" in badges.recorded.styleSheet()  # red
    assert badges.button.text() == "Stop recording"
    badges.button.click()
    assert clicks == ["toggle"]

    book.update("c1", state="held")
    qtbot.waitUntil(badges.held.isVisible)
    assert "ON HOLD" in badges.held.text()
    book.update("c1", state="connected")
    qtbot.waitUntil(lambda: not badges.held.isVisible())


def test_where_the_site_never_records_the_call_says_why_and_there_is_no_button(panel, qtbot):
    book, badges, _ = panel("never")
    qtbot.waitUntil(badges.isVisible)
    assert badges.recorded.text() == "Not recorded (this site does not record calls)"
    assert not badges.button.isVisible()


def test_with_no_call_on_the_line_nothing_is_shown(panel, qtbot):
    book, badges, _ = panel("always")
    qtbot.waitUntil(badges.isVisible)
    assert not badges.button.isVisible()  # "always": the agent cannot stop it
    book.update("c1", state="ended")
    qtbot.waitUntil(lambda: not badges.isVisible())
