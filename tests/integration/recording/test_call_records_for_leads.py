"""Call records for quality control (issue 12), with real consoles, real calls and real audio.

The customer (a simulated customer, 440 Hz) calls jana (an agent console whose microphone is
880 Hz) with `[recording] policy = "always"`. When the call ends, its recording becomes a call
record in the team store (SQLite and PostgreSQL) and jana's local file is gone; petr, a lead on
another console, finds it by agent, customer and day, plays it through his console's phone and
hears both tones on his speaker (`[audio] playback = "file:…"`, FFT); the audit has the playback.
eva (an agent) may not list or play records: refused with a sentence, and audited.
"""
from __future__ import annotations

import datetime as dt
import json

from audio_check import tone_level_db  # noqa: F401 - (Recording.levels uses it)
from consoles import Recording
from recording_desks import AGENT_HZ, CUSTOMER_HZ, answered, customer_calls, heard_seconds, records_when

HEARD = -30.0  # a tone someone hears (about -10 dB when it is there)


def test_a_recorded_call_becomes_a_record_a_lead_on_another_console_finds_and_plays(desks, tones, team_url,
                                                                                     tmp_path):
    lead_ear = str(tmp_path / "petr_hears.wav")
    lead = desks(team_url, "petr", "Petr Lead", "lead", playback=f"file:{lead_ear}")
    eva = desks(team_url, "eva", "Eva Agent", "agent")
    jana = desks(team_url, "jana", "Jana Nováková", "agent", recording='policy = "always"',
                 capture=f"file:{tones[AGENT_HZ]}")
    customer = customer_calls(jana, str(tmp_path / "customer_hears.wav"), tmp_path)
    try:
        call = answered(jana)
        started = jana.events.wait("recording.started", call_id=call)
        assert started["reason"] == "policy"
        assert jana.result("status")  # (the console answers while it records)
        # the call runs a few seconds of real sound (read from what the customer hears)
        heard_seconds(Recording(str(tmp_path / "customer_hears.wav")), 3.0)
        refused = jana.run("record", "stop")  # policy "always": the agent cannot stop it
        assert refused.returncode != 0 and "records every call" in refused.stdout, refused.stdout
        assert jana.events.wait("phone.error", command="record")["call_id"] == call
        jana.result("hangup")
        assert jana.events.wait("recording.stopped", call_id=call)["reason"] == "call_ended"
        stored = jana.events.wait("record.stored", call_id=call)
    finally:
        customer.kill()
        customer.wait()
    assert stored["size_bytes"] > 44 + 3 * 16000 and stored["duration_s"] >= 3.0 and not stored["leftover"]
    assert jana.recordings() == []  # the local copy is gone once the team has it

    # petr finds it by agent, by customer (a part of the number) and by day
    found = records_when(lead, "--agent", "jana")
    assert [r["call_id"] for r in found] == [call]
    record = found[0]
    assert record["id"] == stored["record_id"] and record["agent_name"] == "Jana Nováková"
    assert record["direction"] == "in" and record["size_bytes"] == stored["size_bytes"] and len(record["sha256"]) == 64
    assert [r["id"] for r in lead.result("records", "--customer", "905 123 456")["records"]] == [record["id"]]
    today = dt.date.fromtimestamp(record["started"]).isoformat()
    assert [r["id"] for r in lead.result("records", "--day", today)["records"]] == [record["id"]]
    assert lead.result("records", "--agent", "eva")["records"] == []
    bad_day = lead.run("records", "--day", "yesterday")
    assert bad_day.returncode != 0 and "is not a date" in bad_day.stdout

    # ... and plays it: his speaker hears the customer and jana
    ear = Recording(lead_ear)
    before = ear.now()
    playing = lead.result("records", "play", str(record["id"]))
    assert playing["playing"] and playing["length_s"] >= 3.0
    try:
        assert lead.events.wait("record.playback", record_id=record["id"], state="playing")["length_s"] >= 3.0
    except AssertionError:
        raise AssertionError(f"no playback: {lead.events.all('phone.error')}") from None
    finished = lead.events.wait("record.playback", record_id=record["id"], state="finished", timeout=60)
    assert finished["position_s"] >= 3.0
    heard = ear.levels(before, ear.now(), (CUSTOMER_HZ, AGENT_HZ))
    assert heard[CUSTOMER_HZ] > HEARD and heard[AGENT_HZ] > HEARD, heard
    played = [e for e in lead.result("audit")["entries"] if e["outcome"] == "played"]
    assert [(e["supervisor"], e["agent"], e["customer_call"]) for e in played] == [("petr", "jana", call)]

    # eva is no lead: refused, in a sentence, and audited
    for args in (("records",), ("records", "play", str(record["id"]))):
        out = eva.run(*args)
        assert out.returncode != 0 and "Only a team lead" in out.stdout, out.stdout
    refusals = records_when_audited(lead, "refused", 2)
    assert {e["written_by"] for e in refusals} == {"eva"} and all("records.lead_only" in e["reason"] for e in refusals)


def records_when_audited(lead, outcome: str, count: int) -> list[dict]:
    import time

    deadline = time.monotonic() + 20
    while True:
        lines = [e for e in lead.result("audit")["entries"] if e["outcome"] == outcome]
        if len(lines) >= count or time.monotonic() > deadline:
            return lines
        time.sleep(0.2)


def test_ctl_records_json_is_one_object_with_the_records(desks, sqlite_team):
    lead = desks(sqlite_team, "petr", "Petr Lead", "lead")
    out = lead.run("records")
    assert out.returncode == 0
    assert json.loads(out.stdout)["result"] == {"records": []}
