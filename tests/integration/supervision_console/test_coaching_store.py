"""Coaching notes in the team store (crm_adapters/store/team/coaching.py, migration 0005), on
SQLite and on a real PostgreSQL: one note per lead and agent, replaced by each save, kept across
the store being opened again; what comes back is plain and bounded whatever was written."""
from __future__ import annotations

import pytest

from crm_adapters.store.team.coaching import MAX_CHARS, read_note, write_note
from crm_adapters.store.team.store import TeamStore


def test_a_note_per_lead_and_agent_replaced_by_each_save_and_kept(team_url, tmp_path):
    store = TeamStore(team_url, tmp_path)
    try:
        assert read_note(store.engine, "petr", "jana").text == ""  # none yet: an empty note
        write_note(store.engine, "petr", "jana", "Greets warmly.", 100.0)
        write_note(store.engine, "petr", "jana", "Greets warmly.\nForgets the disposition.", 200.0)
        write_note(store.engine, "olga", "jana", "Olga's own view.", 150.0)
        write_note(store.engine, "petr", "marek", "Too fast.", 120.0)
    finally:
        store.close()
    store = TeamStore(team_url, tmp_path)  # opened again (another start of the console)
    try:
        note = read_note(store.engine, "petr", "jana")
        assert (note.text, note.updated) == ("Greets warmly.\nForgets the disposition.", 200.0)
        assert read_note(store.engine, "olga", "jana").text == "Olga's own view."  # each lead their own
        assert read_note(store.engine, "petr", "marek").text == "Too fast."
    finally:
        store.close()


def test_hostile_text_comes_back_plain_and_bounded(team_url, tmp_path):
    store = TeamStore(team_url, tmp_path)
    try:
        stored = write_note(store.engine, "petr", "jana", "ok\x00\x1b[31m\u202eevil\r\nnext" + "x" * (MAX_CHARS * 2), 1.0)
        back = read_note(store.engine, "petr", "jana")
        assert back.text == stored.text and len(back.text) == MAX_CHARS and back.text.endswith("…")
        assert back.text.startswith("ok[31mevil\nnext")  # no control characters, no bidi override
        with pytest.raises(ValueError):
            write_note(store.engine, "", "jana", "whose?", 1.0)
    finally:
        store.close()
