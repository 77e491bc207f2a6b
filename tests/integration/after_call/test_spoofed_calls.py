"""Anyone who reaches the SIP port must not write into the CRM (issue 9, finding 5).

The real console process with the local CRM (demo customers) and a remote CRM (a real HTTP
server), driven over `ctl`. A prankster on 127.0.0.2 — not the PBX, not a trusted host —
sends INVITEs whose P-Asserted-Identity claims a real customer's number and cancels them:
each rings with the prankster's own From number (the console shows it) but leaves nothing in
the call log, the outbox, the local CRM or the remote CRM. A flood of 40 is cut off after the
limit at SIP level; the console stays up and a real customer's call still gets its card.
"""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from console_driver import Console, desk_console

from crm_adapters.local.database import open_database
from crm_adapters.local.demo_data import DEMO_CUSTOMER, DEMO_NUMBER, seed_demo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sip"))
from test_spoofed_caller_id import Probe  # noqa: E402  (a SipProbe that keeps the responses)

PRANKSTER = "+421900000666"
FROM = f'"Bank" <sip:{PRANKSTER}@evil.example>'
PAI = f'P-Asserted-Identity: "{DEMO_CUSTOMER}" <sip:{DEMO_NUMBER}@pbx>'


def rows(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def written(console: Console) -> dict[str, int]:
    """Everything a call can leave behind in this workstation's database."""
    return {"call_log": rows(console.db_path, "select count(*) from console_call_log"),
            "outbox": rows(console.db_path, "select count(*) from console_outbox"),
            "crm_interactions": rows(console.db_path, "select count(*) from crm_interactions")}


@pytest.fixture
def desk(tmp_path, flaky_crm):
    db = open_database("", tmp_path / "data")
    seed_demo(db)
    db.close()
    with desk_console(tmp_path, flaky_crm.url) as desk:
        yield desk


def test_a_spoofed_missed_call_shows_the_senders_number_and_writes_nothing(desk, flaky_crm):
    console, events, uri = desk
    before = written(console)
    with Probe("127.0.0.2") as prankster:
        call = prankster.invite(uri, FROM, PAI)
        ring = events.wait("call.ringing")
        assert ring["number"] == PRANKSTER and ring["trusted"] is False, ring  # not the customer's
        events.wait("card.shown", call_id=ring["call_id"])
        prankster.cancel(call)
        assert prankster.wait_final(call, 10).status == 487
    events.wait("call.not_logged", call_id=ring["call_id"])
    assert written(console) == before
    assert console.result("outbox")["entries"] == []

    # An answered call from the same untrusted host is a real conversation: it is logged, and
    # the remote CRM gets it — so the nothing above is not a broken CRM.
    with Probe("127.0.0.2") as caller:
        call = caller.invite(uri, FROM, PAI)
        ring = events.wait_all("call.ringing", count=2)[1]
        console.ctl("answer", "--call", ring["call_id"])
        assert caller.wait_final(call, 10).status == 200
        events.wait("call.answered", call_id=ring["call_id"])
        assert caller.bye(call) == 200
    events.wait("call.ended", call_id=ring["call_id"])
    console.ctl("wrapup-done", "--call", ring["call_id"])
    events.wait("writeback.synced")
    assert written(console)["call_log"] == before["call_log"] + 1
    assert [b["number"] for b in flaky_crm.bodies("calls")] == [PRANKSTER]


def test_forty_spoofed_calls_are_cut_off_and_never_reach_the_crm(desk, flaky_crm):
    console, events, uri = desk
    before = written(console)
    statuses = []
    with Probe("127.0.0.2") as flood:
        for _ in range(40):
            call = flood.invite(uri, FROM, PAI)
            flood.cancel(call)
            statuses.append(flood.wait_final(call, 10).status)
    rang, refused = statuses.count(487), statuses.count(503)
    assert (rang, refused) == (10, 30), statuses  # default: 10 new calls per 10 s per host
    assert len(events.wait_all("call.not_logged", count=rang)) == rang
    assert len(events.all("call.ringing")) == rang  # a refused call never rang
    burst = events.wait_all("calls.refused")
    assert len(burst) == 1 and burst[0]["source"] == "127.0.0.*"
    assert console.result("status")["calls_refused"] == refused
    assert written(console) == before  # no call-log rows, no outbox entries, no CRM activities
    assert flaky_crm.requests == 0
    log = "".join(p.read_text(errors="replace") for p in (console.workdir / "log").glob("*.log*"))
    assert log.count("refusing new calls from 127.0.0.*") == 1  # once per burst, host masked
    assert "127.0.0.2" not in log and PRANKSTER not in log and DEMO_NUMBER not in log

    # The console is still up, and a real customer (another host) still rings with the card.
    with Probe("127.0.0.3") as customer:
        call = customer.invite(uri, f'<sip:{DEMO_NUMBER}@customer.example>')
        ring = events.wait_all("call.ringing", count=rang + 1)[-1]
        assert ring["number"] == DEMO_NUMBER
        # Under load the number alone may be painted first (no CRM within 20 ms); the card follows.
        events.wait("card.shown|card.updated", call_id=ring["call_id"], customer=DEMO_CUSTOMER)
        console.ctl("reject", "--call", ring["call_id"])
        assert customer.wait_final(call, 10).status >= 400
    assert console.proc.poll() is None
