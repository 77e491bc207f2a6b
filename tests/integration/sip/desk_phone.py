"""Test-only runner: one Softphone in its own process, driven line by line.

argv[1] is JSON: {"sip": {...SipSettings fields}, "audio": {...AudioSettings fields}};
"sip" may also carry "test_monitor_header": calls with that header are monitoring legs.
stdin: one command per line ("answer ID", "hangup ID", "hold ID", "resume ID", "mute ID 1",
"dtmf ID 12#", "dial TARGET [JSON-headers]", "transfer ID TARGET", "attended ID ID2",
"conference ID ID2", "message ID TEXT", "record ID PATH", "unrecord ID", "reject ID CODE", "calls", "rss",
"raise-in-handler", "block-ringing" (the next CallRinging handler waits for "release"), "stop").
stdout: lines "EV {json}" — events with "type" and "ts" (time.time()); other lines (pjlib's
own start-up chatter) are ignored by the tests.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
import threading
import time

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..")))

from cti.incoming_policy import MonitorRequest  # noqa: E402
from cti.legs import MonitorMode  # noqa: E402
from cti.settings import AudioSettings, SipSettings  # noqa: E402
from cti.softphone import Softphone, SoftphoneError  # noqa: E402

_out = threading.Lock()
_crash_next = []


def emit(kind: str, **fields) -> None:
    with _out:
        sys.stdout.write("EV " + json.dumps({"type": kind, "ts": time.time(), **fields}) + "\n")
        sys.stdout.flush()


_block_ringing = []  # a threading.Event: the next CallRinging handler waits for it
_release = threading.Event()


def on_event(ev) -> None:
    if _crash_next:
        _crash_next.clear()
        raise RuntimeError("handler bug (on purpose)")
    if _block_ringing and type(ev).__name__ == "CallRinging":
        _block_ringing.clear()
        emit("handler_blocked", call_id=ev.call_id)
        _release.wait(30)  # a slow listener (a screen pop that takes its time)
    emit(type(ev).__name__, **dataclasses.asdict(ev))


def _monitor_request(header: str) -> MonitorRequest | None:
    """Test stand-in for supervision: a call carrying `header: listen|whisper|barge` is a
    supervisor's monitoring leg (the real check of a signed header comes with supervision)."""
    if not header:
        return None

    def check(call):
        mode = call.header(header)
        return (MonitorMode(mode), "") if mode else None

    return MonitorRequest(check)


def rss_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main() -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    cfg = json.loads(sys.argv[1])
    sip = dict(cfg.get("sip", {}))
    monitor = _monitor_request(sip.pop("test_monitor_header", ""))
    phone = Softphone(SipSettings(**sip), AudioSettings(**cfg.get("audio", {})), on_event,
                      monitor_request=monitor)
    try:
        phone.start()
    except SoftphoneError as exc:
        emit("start_failed", reason=str(exc))
        return 3
    emit("ready", listen=phone.listen_address, port=phone.bound_port)
    for line in sys.stdin:
        parts = line.strip().split(" ", 2)
        cmd, args = parts[0], parts[1:]
        try:
            if cmd == "stop":
                break
            elif cmd == "dial":
                headers = json.loads(args[1]) if len(args) > 1 else None
                emit("dialed", call_id=phone.dial(args[0], headers))
            elif cmd == "calls":
                emit("calls", calls=[dataclasses.asdict(c) for c in phone.calls()])
            elif cmd == "rss":
                emit("rss", kb=rss_kb())
            elif cmd == "block-ringing":
                _block_ringing.append(1)
                emit("ok")
            elif cmd == "release":
                _release.set()
            elif cmd == "raise-in-handler":
                _crash_next.append(1)
                emit("ok")
            elif cmd == "mute":
                phone.mute(args[0], args[1] == "1")
            elif cmd == "reject":
                phone.reject(args[0], int(args[1]) if len(args) > 1 else 486)
            elif cmd == "transfer":
                phone.transfer(args[0], args[1])
            elif cmd == "attended":
                phone.attended_transfer(args[0], args[1])
            elif cmd == "conference":
                phone.conference(args)
            elif cmd == "record":
                phone.start_recording(args[0], args[1])
            elif cmd == "unrecord":
                phone.stop_recording(args[0])
            elif cmd == "message":
                phone.send_message(args[0], args[1])
            elif cmd == "dtmf":
                phone.dtmf(args[0], args[1])
            elif cmd in ("answer", "hangup", "hold", "resume"):
                getattr(phone, cmd)(args[0])
            else:
                emit("bad_command", line=line.strip())
        except (SoftphoneError, ValueError, IndexError) as exc:
            emit("command_failed", command=cmd, reason=str(exc))
    phone.stop()
    emit("stopped", alive=phone.running)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
