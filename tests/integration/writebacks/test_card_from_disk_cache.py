"""A card from the disk cache (issue 15): the console saw the caller while the CRM answered; it is
restarted while the CRM is down, and the caller's card still names them — from the workstation
database, not from memory. `agent-console crm purge-cache` forgets it."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta

import pytest
from desk import Desk

from cti.sip_probe import SipProbe

pytestmark = pytest.mark.integration

CALLER = "+421905111333"


def ring_and_cancel(desk: Desk, number: str) -> dict:
    """The caller rings until the card is complete, then gives up; the first card naming someone
    (or the complete card when none does)."""
    with SipProbe("127.0.0.1") as probe:
        call = probe.invite(desk.uri, f'"Customer" <sip:{number}@127.0.0.1>')
        ring = desk.events.wait("call.ringing", number=number)
        complete = desk.events.wait("card.shown|card.updated", call_id=ring["call_id"], complete=True)
        probe.cancel(call)
        probe.wait_final(call, 10)
    desk.events.wait("call.ended", call_id=ring["call_id"])
    named = desk.events.all("card.shown|card.updated", call_id=ring["call_id"], known=True)
    return named[0] if named else complete


def two_hours_earlier(db) -> None:
    """As if the CRM had answered two hours ago (the saved answers and their row)."""
    with sqlite3.connect(db) as conn:
        for e164, text, stored_at in conn.execute("select e164, answers, stored_at from console_card_cache").fetchall():
            answers = json.loads(text)
            for answer in answers.values():
                answer["fetched_at"] -= 2 * 3600
            earlier = (datetime.fromisoformat(stored_at) - timedelta(hours=2)).isoformat(sep=" ")
            conn.execute("update console_card_cache set answers = ?, stored_at = ? where e164 = ?",
                         (json.dumps(answers), earlier, e164))


@pytest.fixture
def desk(tmp_path, tiny_crm):
    d = Desk(tmp_path / "console", tiny_crm.template(tmp_path))
    try:
        yield d
    finally:
        d.close()


def test_after_a_restart_with_the_crm_down_the_card_comes_from_disk(desk, tiny_crm, tmp_path):
    tiny_crm.add_contact("Ján Novák", CALLER)
    tiny_crm.up()
    desk.start()
    assert ring_and_cancel(desk, CALLER)["customer"] == "Ján Novák"  # the CRM answered
    desk.close()
    tiny_crm.down()
    two_hours_earlier(desk.folder / "data" / "console.db")
    desk.start()  # a fresh process: nothing in memory
    card = ring_and_cancel(desk, CALLER)
    assert card["customer"] == "Ján Novák", card
    assert "tiny" in card["sources_unavailable"] or not card["complete"], card  # the CRM did not say it now
    assert 2 * 3600 <= card["cache_age_s"] < 2 * 3600 + 300, card  # the window says "From cache, 2 h old"
    desk.close()

    env = {k: v for k, v in os.environ.items() if k not in ("AGENT_CONSOLE_DATA_DIR", "AGENT_CONSOLE_LOG_DIR")}
    purged = subprocess.run([sys.executable, "-m", "console", "--config", str(desk.folder / "config.toml"),
                             "crm", "purge-cache"], capture_output=True, text=True, timeout=60, env=env)
    assert purged.returncode == 0 and "Forgot 1 customer card" in purged.stdout, purged.stdout + purged.stderr
    desk.start()
    card = ring_and_cancel(desk, CALLER)
    assert card["customer"] is None and card["known"] is False, card
