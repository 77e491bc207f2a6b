"""Playing a call record (issue 12): a lead stops it half-way (`record.playback` stopped, with
where it was), plays it again and quits the console while it plays: the console ends cleanly (a
player left at exit would abort it) and the fetched copy of the audio is gone."""
from __future__ import annotations

import time

from crm_adapters.store.team import TeamStore
from crm_adapters.store.team.call_records import CallRecord, CallRecords
from cti.tones import write_tone


def test_a_lead_stops_a_record_and_quits_while_one_plays(desks, sqlite_team, tmp_path):
    tone = write_tone(str(tmp_path / "long.wav"), 440, seconds=20.0)
    store = TeamStore(sqlite_team, tmp_path / "seed")
    try:
        record = CallRecords(store.engine).add(CallRecord("c1", "jana", "Jana", started=time.time() - 60), tone,
                                               time.time())
    finally:
        store.close()
    lead = desks(sqlite_team, "petr", "Petr Lead", "lead")
    lead.result("records", "play", str(record.id))
    lead.events.wait("record.playback", record_id=record.id, state="playing")
    assert lead.result("records", "stop") == {"record_id": record.id, "stopped": True}
    stopped = lead.events.wait("record.playback", record_id=record.id, state="stopped")
    assert 0 <= stopped["position_s"] < 20.0 and stopped["length_s"] == 20.0

    lead.result("records", "play", str(record.id))
    assert len(lead.events.wait_all("record.playback", 2, record_id=record.id, state="playing")) == 2
    assert list((lead.folder / "data" / "playback").glob("*.wav"))  # the fetched copy, while it plays
    lead.run("quit")
    assert lead.proc.wait(timeout=60) == 0
    assert not list((lead.folder / "data" / "playback").glob("*.wav"))
