"""Test-only runner: the agent's console phone with real supervision (cti.supervision) in its
own process. Same line protocol as tests/integration/sip/desk_phone.py (which it reuses);
argv[1] JSON also carries "supervision": {"secret": "...", "agent": "jana", "dtmf_switch": bool}.
"""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sip"))
sys.path.insert(0, os.path.abspath(os.path.join(HERE, "..", "..", "..")))

import desk_phone  # noqa: E402

from cti.supervision.session import MonitorDesk, MonitorPolicy  # noqa: E402


def main() -> int:
    cfg = json.loads(sys.argv[1]).get("supervision", {})
    desk = MonitorDesk(cfg["secret"].encode(), cfg.get("agent", "jana"),
                       MonitorPolicy(dtmf_switch=bool(cfg.get("dtmf_switch", False))))
    desk_phone._monitor_request = lambda _header: desk.request
    return desk_phone.main()


if __name__ == "__main__":
    raise SystemExit(main())
