"""Retention of call records (issue 12): a console deletes the team's records older than
`[recording] retention_days` when it starts (and daily), and the recordings left on its disk that
long; `agent-console records purge` does the same without a console; a lead deletes one by hand.
Every deletion is in the supervision audit (`ctl audit`)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import wave

from crm_adapters.store.team import TeamStore
from crm_adapters.store.team.call_records import CallRecord, CallRecords

DAY = 86_400


def _wav(path, byte: int) -> str:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(bytes([byte, 0]) * 16000)
    return str(path)


def _seed(team_url: str, tmp_path, *records: tuple[str, float]) -> list[int]:
    """Records of jana's calls, stored as if days ago (call id, days ago)."""
    store = TeamStore(team_url, tmp_path / "seed")
    try:
        found = CallRecords(store.engine)
        return [found.add(CallRecord(call, "jana", "Jana", started=time.time() - days * DAY),
                          _wav(tmp_path / f"{call}.wav", i + 1), time.time()).id
                for i, (call, days) in enumerate(records)]
    finally:
        store.close()


def _deleted_in_audit(lead, count: int) -> list[tuple]:
    deadline = time.monotonic() + 20
    while True:
        lines = [(e["supervisor"], e["agent"], e["customer_call"], e["reason"], e["via"])
                 for e in lead.result("audit")["entries"] if e["outcome"] == "deleted"]
        if len(lines) >= count or time.monotonic() > deadline:
            return lines
        time.sleep(0.2)


def test_a_console_deletes_old_records_on_start_and_a_lead_deletes_one_by_hand(desks, sqlite_team, tmp_path):
    old, new = _seed(sqlite_team, tmp_path, ("c-old", 40), ("c-new", 1))
    folder = tmp_path / "petr-recordings"
    folder.mkdir(mode=0o700)
    left = _wav(folder / "20260101-090000-c-left.wav", 9)  # never stored, and now past the retention
    os.utime(left, (time.time() - 40 * DAY, time.time() - 40 * DAY))

    lead = desks(sqlite_team, "petr", "Petr Lead", "lead", recording="retention_days = 30", record_folder=folder)
    # (on start: before `ctl events` could be listening, so the audit tells)
    assert _deleted_in_audit(lead, 1) == [("petr", "jana", "c-old", "records.retention", "retention")]
    assert [r["id"] for r in lead.result("records")["records"]] == [new]
    assert not os.path.exists(left)

    gone = lead.result("records", "delete", str(new))
    assert gone == {"record_id": new, "deleted": True}
    assert lead.events.wait("record.deleted", reason="lead")["record_id"] == new
    assert lead.result("records")["records"] == []
    assert _deleted_in_audit(lead, 2)[1] == ("petr", "jana", "c-new", "records.by_lead", "ctl")
    again = lead.run("records", "delete", str(new))
    assert again.returncode != 0 and f"no call record {new}" in again.stdout


def test_records_purge_on_the_command_line_deletes_what_is_past_the_retention(desks, sqlite_team, tmp_path):
    old, new = _seed(sqlite_team, tmp_path, ("c-old", 100), ("c-new", 5))
    config = tmp_path / "purge.toml"
    config.write_text(f'[agent]\nid = "petr"\nrole = "lead"\n[team]\nurl = "{sqlite_team}"\n'
                      f'[paths]\ndata_dir = "{tmp_path / "purge-data"}"\nlog_dir = "{tmp_path / "purge-log"}"\n'
                      "[recording]\nretention_days = 60\n")
    out = subprocess.run([sys.executable, "-m", "console", "--config", str(config), "records", "purge", "--json"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"deleted": [old], "days": 60}
    store = TeamStore(sqlite_team, tmp_path / "reader")
    try:
        assert [r.id for r in CallRecords(store.engine).find()] == [new]
        assert [(e.outcome, e.customer_call, e.reason, e.written_by) for e in store.audit_log()] == [
            ("deleted", "c-old", "records.retention", "petr")]
    finally:
        store.close()
