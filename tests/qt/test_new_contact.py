"""An unknown caller becomes a contact in one step, with the number already filled in."""
from __future__ import annotations

import asyncio

from crm_adapters.local.adapter import LocalCrmAdapter
from crm_adapters.local.database import open_database
from crm_adapters.numbers import normalise

from console.new_contact import NewContactDialog, create_contact


def test_the_dialog_needs_a_name_before_it_saves(qtbot):
    dialog = NewContactDialog("+421 905 999 888")
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.name.setText("Mária Horváthová")
    assert dialog.save_button.isEnabled()


def test_the_new_contact_is_found_when_the_same_number_calls_again(tmp_path):
    db = open_database("", tmp_path)
    assert create_contact(db, "+421905999888", "Mária Horváthová", "Horváth s.r.o.", "SK") == ""
    found = asyncio.run(LocalCrmAdapter(db, owns_db=False).find_customers(normalise("0905 999 888", "SK")))
    assert [c.name for c in found] == ["Mária Horváthová"] and found[0].company == "Horváth s.r.o."
    assert "name" in create_contact(db, "+421905999777", "   ", "", "SK")  # the reason, not a crash
    db.close()
