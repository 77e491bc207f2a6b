"""The site's recording policy per call (issues 12 and 13), in real consoles with real calls.

- `never`: nothing is recorded (no file, no record), and `ctl record start` is refused with a
  sentence and a `phone.error`;
- `agent_decides` (start off): the agent starts the recording mid-call and stops it mid-call;
  the call record holds only that stretch (its length is what was recorded, seconds shorter than
  the call), and it holds the customer's tone;
- a console killed during a recorded call leaves a WAV whose header says "no sound"; the next
  start repairs it and stores it as a call record, with the call's sound.
"""
from __future__ import annotations

import wave

from audio_check import levels
from consoles import Recording
from recording_desks import AGENT_HZ, CUSTOMER_HZ, answered, customer_calls, heard_seconds, records_when

from crm_adapters.store.team import TeamStore
from crm_adapters.store.team.call_records import CallRecords
from cti.recording import closed

HEARD = -30.0


def _hang_up(desk, customer) -> None:
    desk.result("hangup")
    customer.kill()
    customer.wait()


def test_policy_never_records_nothing_and_refuses_to_start(desks, tones, sqlite_team, tmp_path):
    lead = desks(sqlite_team, "petr", "Petr Lead", "lead")
    jana = desks(sqlite_team, "jana", "Jana Nováková", "agent", recording='policy = "never"',
                 capture=f"file:{tones[AGENT_HZ]}")
    customer = customer_calls(jana, str(tmp_path / "customer_hears.wav"), tmp_path)
    try:
        call = answered(jana)
        heard_seconds(Recording(str(tmp_path / "customer_hears.wav")), 2.0)
        refused = jana.run("record", "start")
        assert refused.returncode != 0 and "does not record calls" in refused.stdout, refused.stdout
        error = jana.events.wait("phone.error", command="record")
        assert error["call_id"] == call and "does not record calls" in error["reason"]
        assert jana.result("record") == {"policy": "never", "recording": []}
    finally:
        _hang_up(jana, customer)
    jana.events.wait("call.ended", call_id=call)
    assert jana.recordings() == [] and not jana.record_folder.exists()
    assert "recording.started" not in jana.events.types()
    assert lead.result("records")["records"] == []


def test_agent_decides_the_record_holds_only_what_was_recorded(desks, tones, sqlite_team, tmp_path):
    lead = desks(sqlite_team, "petr", "Petr Lead", "lead")
    jana = desks(sqlite_team, "jana", "Jana Nováková", "agent", recording='policy = "agent_decides"',
                 capture=f"file:{tones[AGENT_HZ]}")
    heard = Recording(str(tmp_path / "customer_hears.wav"))
    customer = customer_calls(jana, heard.path, tmp_path)
    try:
        call = answered(jana)
        heard_seconds(heard, 1.5)
        assert jana.result("record") == {"policy": "agent_decides", "recording": []}  # start = "off"
        assert jana.result("record", "start")["asked"] == "start"
        assert jana.events.wait("recording.started", call_id=call)["reason"] == "ctl"
        heard_seconds(heard, 2.0)
        jana.result("record", "stop", call)
        assert jana.events.wait("recording.stopped", call_id=call)["reason"] == "ctl"
        stored = jana.events.wait("record.stored", call_id=call)
        after_stop = heard.now()
        heard_seconds(heard, 4.0)  # the call goes on for 4 s unrecorded
        call_s = (heard.now() - after_stop) / heard.rate()
    finally:
        _hang_up(jana, customer)
    jana.events.wait("call.ended", call_id=call)
    assert "record.stored" in jana.events.types() and len(jana.events.all("record.stored")) == 1
    record = records_when(lead, "--agent", "jana")[0]
    assert record["id"] == stored["record_id"]
    assert 1.5 <= record["duration_s"] < 6.0 and call_s >= 4.0  # the 4 s after the stop are not in it

    # what was recorded is the call's sound (the lead's console fetches it as it would to play it)
    store = TeamStore(sqlite_team, tmp_path / "reader")
    try:
        CallRecords(store.engine).audio_to(record["id"], str(tmp_path / "record.wav"))
    finally:
        store.close()
    with wave.open(str(tmp_path / "record.wav")) as w:
        assert w.getnframes() / w.getframerate() == record["duration_s"] or abs(
            w.getnframes() / w.getframerate() - record["duration_s"]) < 0.1
    tone = levels(str(tmp_path / "record.wav"), 0.3, record["duration_s"] - 0.2, (CUSTOMER_HZ, AGENT_HZ))
    assert tone[CUSTOMER_HZ] > HEARD and tone[AGENT_HZ] > HEARD, tone


def test_a_killed_console_s_recording_is_repaired_and_stored_on_the_next_start(desks, tones, sqlite_team, tmp_path):
    lead = desks(sqlite_team, "petr", "Petr Lead", "lead")
    # (agent_decides: the phone itself repairs only a folder it records every call to)
    jana = desks(sqlite_team, "jana", "Jana Nováková", "agent", recording='policy = "agent_decides"',
                 capture=f"file:{tones[AGENT_HZ]}")
    heard = Recording(str(tmp_path / "customer_hears.wav"))
    customer = customer_calls(jana, heard.path, tmp_path)
    try:
        call = answered(jana)
        jana.result("record", "start")
        jana.events.wait("recording.started", call_id=call)
        heard_seconds(heard, 3.0)
        jana.proc.kill()  # the console dies in the middle of the call
        jana.proc.wait()
    finally:
        customer.kill()
        customer.wait()
    [left] = jana.recordings()
    assert not closed(str(left)) and left.stat().st_size > 44 + 16000  # sound, but a header saying "none"

    again = desks(sqlite_team, "jana", "Jana Nováková", "agent", recording='policy = "agent_decides"', port=jana.port,
                  record_folder=jana.record_folder)
    stored = again.events.wait("record.stored")
    assert stored["leftover"] and stored["call_id"] == call
    assert again.recordings() == []
    record = records_when(lead, "--agent", "jana")[0]
    assert record["id"] == stored["record_id"] and record["duration_s"] >= 2.5

    store = TeamStore(sqlite_team, tmp_path / "reader")
    try:
        CallRecords(store.engine).audio_to(record["id"], str(tmp_path / "record.wav"))
    finally:
        store.close()
    tone = levels(str(tmp_path / "record.wav"), 0.5, record["duration_s"] - 0.5, (CUSTOMER_HZ, AGENT_HZ))
    assert tone[CUSTOMER_HZ] > HEARD and tone[AGENT_HZ] > HEARD, tone
