"""The registry of what features add: one name per kind, owners named, mistakes refused with a
sentence that says what to fix (console/features.py). Before issue 10 a second `ctl note`
silently replaced the first."""
from __future__ import annotations

import sys

import pytest

from console.features import CtlCommand, Dock, DuplicateName, FeatureError, Features, Hotkey, NotesSection


def widget(window):
    return object()


def test_a_second_command_of_the_same_name_is_refused_and_both_features_are_named():
    features = Features()
    first = features.by("console.after_call").add_ctl_command("note", lambda args: {"kept": 1})
    with pytest.raises(DuplicateName) as refused:
        features.by("acme.notes").add_ctl_command("note", lambda args: {"kept": 2})
    message = str(refused.value)
    assert "console.after_call" in message and "acme.notes" in message and '"note"' in message
    assert "ctl command" in message
    assert features.get(CtlCommand, "note") is first and first.handler([]) == {"kept": 1}  # the first stays
    assert first.owner == "console.after_call"  # each point knows who added it


def test_one_feature_adding_a_name_twice_is_told_so():
    mine = Features().by("console.team")
    mine.add_dock("team", "Team", widget)
    with pytest.raises(DuplicateName, match=r'console\.team adds the dock "team" twice'):
        mine.add_dock("team", "The team again", widget)


def test_the_same_name_in_different_kinds_is_fine_and_the_order_is_kept():
    features = Features()
    owned = features.by("console.calls")
    owned.add_ctl_command("hold", lambda args: None)
    owned.add_hotkey("hold", "Ctrl+Shift+H", lambda: None, "Hold the call")
    owned.add_ctl_command("answer", lambda args: None)
    assert features.names(CtlCommand) == ["hold", "answer"]
    assert [h.name for h in features.all(Hotkey)] == ["hold"]


@pytest.mark.parametrize(("point", "words"), [
    (Dock("team", "Team", widget, area="middle"), "left, right, top, bottom"),
    (Dock("team", "Team", widget, shown_for=frozenset({"leads"})), "unknown roles leads"),
    (Dock("Team Board", "Team", widget), "lower-case"),
    (Dock("team", "Team", "not a function"), "cannot be called"),
    (Hotkey("answer", " ", lambda: None), "has no keys"),
])
def test_a_point_that_cannot_work_is_refused_with_what_to_fix(point, words):
    with pytest.raises(FeatureError, match=words):
        Features().by("acme.board").add(point)


def test_a_point_added_after_the_window_placed_its_kind_is_refused_not_lost():
    features = Features()
    features.placed(NotesSection, "main window")
    with pytest.raises(FeatureError, match="after the main window placed them"):
        features.by("acme.late").add_notes_section("late", widget)
    features.by("acme.late").add_ctl_command("late", lambda args: None)  # commands are looked up per request


def test_the_registry_loads_no_qt():
    import subprocess

    code = "import sys, console.features; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
