"""The agent console's softphone with real supervision (agent_phone.py) as a test party."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sip"))

from sip_parties import PY, ROOT, DeskPhone, _Lines, _parse_event, free_port  # noqa: E402

SECRET = "team-secret-for-tests"


class AgentPhone(DeskPhone):
    """The agent console's softphone with cti.supervision's MonitorDesk (agent_phone.py)."""

    def __init__(self, tmp: str, sip: dict | None = None, audio: dict | None = None,
                 supervision: dict | None = None) -> None:
        sip = dict(sip or {})
        sip.setdefault("listen", f"127.0.0.1:{free_port()}")
        cfg = {"sip": sip, "audio": audio or {"capture": "null", "playback": "null"},
               "supervision": {"secret": SECRET, "agent": "jana", **(supervision or {})}}
        self.stderr = open(os.path.join(tmp, f"agent-{time.monotonic_ns()}.err"), "w+")
        self.proc = subprocess.Popen([PY, os.path.join(HERE, "agent_phone.py"), json.dumps(cfg)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr,
                                     text=True, cwd=ROOT)
        self.lines = _Lines(self.proc, _parse_event)
        self.start_event = self.lines.wait_for(lambda e: e["type"] in ("ready", "start_failed"), 20)
        self.port = self.start_event.get("port", 0)
        self.uri = f"sip:127.0.0.1:{self.port}"
