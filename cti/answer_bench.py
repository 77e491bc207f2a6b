"""How fast does a phone answer? INVITE sent -> 200 OK received, over many real calls.

Uses the plain-Python SIP caller in cti/sip_probe.py, so the number is the answering phone's
time (not our stack's) and the function is safe in a process that already runs a softphone.
The target must answer automatically. Each call is answered, ACKed and hung up with BYE;
a short pause between calls keeps the target's ioqueue healthy (PJSUA2-NOTES.md).
Run alone: `python -m cti.answer_bench sip:127.0.0.1:5070 --calls 100`.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time

from .sip_probe import SipProbe


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def measure_answer_times(target_uri: str, calls: int, pause_s: float = 0.05,
                         timeout_s: float = 5.0, host: str = "127.0.0.1") -> dict:
    """Place `calls` calls at an auto-answering `target_uri`; times in milliseconds."""
    if calls < 1:
        raise ValueError("calls must be at least 1")
    times: list[float] = []
    failures: dict[str, int] = {}
    with SipProbe(host) as probe:
        for _ in range(calls):
            try:
                call = probe.wait_final(probe.invite(target_uri), timeout_s)
            except TimeoutError:
                failures["timeout"] = failures.get("timeout", 0) + 1
                continue
            if 200 <= call.status < 300:
                times.append(call.invite_to_final_ms)
                probe.bye(call)
            else:
                key = f"{call.status} {call.reason}"
                failures[key] = failures.get(key, 0) + 1
            time.sleep(pause_s)
    result: dict = {"target": target_uri, "calls": calls, "answered": len(times),
                    "failures": failures}
    if times:
        result.update(
            median_ms=round(statistics.median(times), 3),
            p99_ms=round(_percentile(times, 99), 3),
            max_ms=round(max(times), 3),
            min_ms=round(min(times), 3),
        )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="INVITE-to-200 OK of an auto-answering phone")
    parser.add_argument("target")
    parser.add_argument("--calls", type=int, default=100)
    parser.add_argument("--pause", type=float, default=0.05)
    args = parser.parse_args(argv)
    result = measure_answer_times(args.target, args.calls, args.pause)
    print(json.dumps(result))
    return 0 if result["answered"] == args.calls else 1


if __name__ == "__main__":
    raise SystemExit(main())
