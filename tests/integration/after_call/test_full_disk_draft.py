"""A note typed while the disk under the database is full is not lost (issue 9, finding 6).

The real console process runs with its data folder on a real 2 MB tmpfs; a filler file fills
it to the last byte. The note is typed through `ctl note` (it lands in the notes draft, as
typing does). The console must say it is not saved, keep retrying, save it by itself once the
filler is gone, and keep it over a SIGKILL; quitting while the disk is still full leaves a
private copy outside the full disk that the next start puts back.
"""
from __future__ import annotations

import sqlite3
import stat

import pytest
from console_driver import Console

from harness.ctl_events import Events
from harness.small_disk import SmallDisk

pytestmark = pytest.mark.integration

NOTE = "Customer is moving to Brno, new address Masarykova 12; wants the contract moved too"
FULL = "Not saved: the disk is full. The note is kept on screen and saved as soon as there is room."


@pytest.fixture
def console(tmp_path, disk, flaky_crm):
    c = Console(tmp_path, flaky_crm.url)
    try:
        yield c
    finally:
        if disk.filler.exists():
            disk.free()
        c.stop()


def drafts_on_disk(db_path) -> dict[str, str]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        return dict(conn.execute("select key, text from console_note_drafts"))


def type_on_a_full_disk(console: Console, disk: SmallDisk, events: Events | None = None) -> None:
    """Fill the disk, type a note over `ctl`, and see it reported unsaved (and not on disk)."""
    own = events is None
    if own:
        events = Events(console.ctl_name)
        events.start()
    try:
        disk.fill()
        reply = console.ctl("note", NOTE, check=False)
        # taken (a retrying client must not type it twice), and told in a plain sentence it is not on disk yet
        assert reply["ok"] and reply["result"]["draft_saved"] is False and reply["result"]["problem"] == FULL
        unsaved = events.wait("draft.unsaved", key="free")
        assert unsaved["message"] == FULL
        assert NOTE not in drafts_on_disk(console.db_path).get("free", "")  # really not on disk
    finally:
        if own:
            events.close()


def test_a_note_typed_on_a_full_disk_is_saved_when_room_returns_and_survives_a_kill(console, disk):
    console.start()
    events = Events(console.ctl_name)
    events.start()
    try:
        type_on_a_full_disk(console, disk, events)
        disk.free()
        saved = events.wait("draft.saved", key="free")  # by itself: nobody typed again
        assert saved["chars"] == len(NOTE)
        events.wait("storage.ok")
        assert drafts_on_disk(console.db_path)["free"] == NOTE
        assert events.types().count("draft.unsaved") == 1  # retries do not repeat the alarm
    finally:
        events.close()
    console.kill()
    console.start()
    again = console.result("note", "from next month")
    assert again["chars"] == len(NOTE + "\nfrom next month")  # the note came back, once


def test_quit_on_a_full_disk_keeps_a_private_copy_elsewhere_and_the_next_start_restores_it(console, disk, tmp_path):
    console.start()
    type_on_a_full_disk(console, disk)
    console.stop()  # `ctl quit`: nobody to ask
    assert console.proc.returncode == 0
    [copy] = tmp_path.glob("unsaved-notes-*.json")  # beside the config file, not on the full disk
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert NOTE in copy.read_text(encoding="utf-8")
    assert not list(disk.path.glob("unsaved-notes-*"))

    disk.free()
    console.start()
    again = console.result("note", "from next month")
    assert again["chars"] == len(NOTE + "\nfrom next month")  # restored once, not twice
    assert drafts_on_disk(console.db_path)["free"] == NOTE + "\nfrom next month"
    assert not copy.exists()  # in the database now: the copy is gone


def test_the_session_ending_on_a_full_disk_keeps_the_copy_too(console, disk, tmp_path):
    """SIGTERM (logout, shutdown, a service manager) stops the console the way `ctl quit` does."""
    console.start()
    type_on_a_full_disk(console, disk)
    assert console.terminate() == 0
    [copy] = tmp_path.glob("unsaved-notes-*.json")
    assert NOTE in copy.read_text(encoding="utf-8")

    disk.free()
    console.start()
    assert drafts_on_disk(console.db_path)["free"] == NOTE
    assert not copy.exists()


def test_a_restart_while_the_disk_is_still_full_keeps_the_copy_and_the_note(console, disk, tmp_path):
    console.start()
    type_on_a_full_disk(console, disk)
    console.stop()
    [copy] = tmp_path.glob("unsaved-notes-*.json")

    console.start()  # still full: the note is back on screen, unsaved, and the copy stays
    events = Events(console.ctl_name)
    events.start()
    try:
        reply = console.ctl("note", "from next month", check=False)
        assert reply["ok"] and reply["result"]["draft_saved"] is False and reply["result"]["problem"] == FULL
        assert copy.exists()
        disk.free()
        events.wait("draft.saved", key="free")
    finally:
        events.close()
    assert drafts_on_disk(console.db_path)["free"] == NOTE + "\nfrom next month"
    console.stop()
    assert not list(tmp_path.glob("unsaved-notes-*.json"))  # saved for good: no stale copy left
