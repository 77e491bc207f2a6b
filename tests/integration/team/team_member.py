"""One console's use of the team store, as a separate process: it keeps its agent's heartbeat
going (as the console does) and runs the commands it reads on stdin, one JSON object a line,
answering each with one JSON line. Run: python team_member.py URL DATA_DIR AGENT_ID"""
from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from crm_adapters.store.team import AgentEntry, TeamStore
from crm_adapters.store.team.model import HEARTBEAT_S


def main() -> None:
    url, data_dir, agent_id = sys.argv[1:4]
    store = TeamStore(url, Path(data_dir))
    presence = {"state": "ready", "reason": ""}
    lock = threading.Lock()

    def beat() -> None:
        with lock:
            store.heartbeat(AgentEntry(agent_id, agent_id.title(), "agent", presence["state"], presence["reason"]))

    def keep_beating() -> None:
        while True:
            time.sleep(HEARTBEAT_S)  # the console's own heartbeat rhythm
            beat()

    beat()
    threading.Thread(target=keep_beating, daemon=True).start()
    print(json.dumps({"ready": agent_id}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        reply: dict = {}
        if cmd.get("at"):  # a start gate shared with another process (a race)
            time.sleep(max(0.0, cmd["at"] - time.time()))
        if cmd["op"] == "state":
            presence.update(state=cmd["state"], reason=cmd.get("reason", ""))
            beat()
        elif cmd["op"] == "ring":
            store.ring_waiting(cmd["sip_call_id"], cmd["number"], cmd["name"], agent_id)
        elif cmd["op"] == "answer":
            reply["resolved"] = store.resolve_waiting(cmd["sip_call_id"], answered_by=agent_id)
        elif cmd["op"] == "take":
            handoff = store.take_handoff(agent_id, cmd["number"], cmd["call_id"])
            reply["handoff"] = handoff.id if handoff else None
        print(json.dumps(reply), flush=True)


if __name__ == "__main__":
    main()
