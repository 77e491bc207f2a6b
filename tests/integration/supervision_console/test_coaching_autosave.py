"""The coaching notes box autosaves what the lead types (console/coaching_notes.py), on the team
lane of a real team store, with nobody pressing a save button; while the team store is not
there the text stays in the box, the box says it is not saved, and it is saved once the store
answers. A trainee's console has no box and cannot read the notes."""
from __future__ import annotations

import pytest

from crm_adapters.store.team.coaching import read_note
from crm_adapters.store.team.model import AgentEntry
from crm_adapters.store.team.store import TeamStore


@pytest.fixture
def link(qtbot, tmp_path):
    from console.bridge import Bridge
    from console.team_link import TeamLink

    link = TeamLink(Bridge(), f"sqlite:///{tmp_path / 'team.db'}", tmp_path / "lead",
                    AgentEntry("petr", "Petr Lead", "lead", "ready"))
    (tmp_path / "lead").mkdir()
    link.start()
    qtbot.waitUntil(lambda: link.store is not None, timeout=20_000)
    yield link
    link.close()


def stored(tmp_path, lead: str, agent: str) -> str:
    store = TeamStore(f"sqlite:///{tmp_path / 'team.db'}", tmp_path / "reader")
    try:
        return read_note(store.engine, lead, agent).text
    finally:
        store.close()


def test_what_the_lead_types_is_saved_without_asking_and_kept_while_the_store_is_away(qtbot, link, tmp_path):
    from console.coaching_notes import CoachingNotes

    store_there = {"yes": True}
    notes = CoachingNotes("petr", "lead", lambda: link.run if store_there["yes"] else None)
    box = notes.make_box()
    qtbot.addWidget(box)
    notes.open("jana", "Jana Nováková")
    qtbot.waitUntil(lambda: notes.loaded, timeout=10_000)
    assert "Jana Nováková" in box.title.text() and not box.text.isReadOnly()

    qtbot.keyClicks(box.text, "Praise the close.")
    qtbot.waitUntil(lambda: stored(tmp_path, "petr", "jana") == "Praise the close.", timeout=10_000)
    qtbot.waitUntil(lambda: box.state.text().startswith("Saved"), timeout=5_000)

    store_there["yes"] = False  # the team store goes away
    qtbot.keyClicks(box.text, " Slow down.")
    qtbot.waitUntil(lambda: box.state.text().startswith("Not saved"), timeout=5_000)
    assert box.text.toPlainText() == "Praise the close. Slow down."  # kept on screen
    assert stored(tmp_path, "petr", "jana") == "Praise the close."
    store_there["yes"] = True  # back: the retry saves it
    qtbot.waitUntil(lambda: stored(tmp_path, "petr", "jana") == "Praise the close. Slow down.", timeout=15_000)

    notes.close()  # the session ended: the notes stay for the next one
    notes.open("marek", "Marek")
    qtbot.waitUntil(lambda: notes.loaded and notes.agent == "marek", timeout=10_000)
    assert box.text.toPlainText() == ""
    notes.open("jana", "Jana Nováková")
    qtbot.waitUntil(lambda: notes.loaded and notes.agent == "jana", timeout=10_000)
    assert box.text.toPlainText() == "Praise the close. Slow down."


def test_a_trainee_has_no_box_and_cannot_read_the_notes(link):
    from console.coaching_notes import CoachingNotes
    from console.ctl_server import CtlError

    notes = CoachingNotes("eva", "trainee", lambda: link.run)
    assert notes.make_box() is None
    notes.open("jana", "Jana Nováková")
    assert notes.agent == ""  # nothing was read
    with pytest.raises(CtlError, match="Coaching notes are for team leads only"):
        notes.ctl(["jana"], "jana")
