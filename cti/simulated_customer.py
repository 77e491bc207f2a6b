"""A simulated customer: a SIP caller in its own process that rings an agent's phone.

It calls URI with From: "name" <sip:from_number@...>, extra headers, plays a tone or a WAV,
records what it hears (a real-time WAV from its start, silence included), follows a transfer,
hangs up after `duration_s` or when the agent hangs up, and prints one
line per state change ("<unix time> <state> <detail>"). Used by `agent-console simulate-call`,
the demo and the integration tests. Run as `python -m cti.simulated_customer URI --from N ...`.
"""
from __future__ import annotations

import argparse
import os
import queue
import re
import signal
import sys
import tempfile
import time

from .events import CallAnswered, CallEnded, CallHeld, CallRinging, PhoneError
from .settings import AudioSettings, SipSettings
from .tones import write_tone

_NUMBER = re.compile(r"^[0-9A-Za-z+*#._\-]{1,64}$")


def _say(state: str, detail: str = "") -> None:
    print(f"{time.time():.3f} {state} {detail}".rstrip(), flush=True)


def run(uri: str, from_number: str, name: str | None = None, tone_hz: float | None = None,
        wav: str | None = None, duration_s: float | None = None, record: str | None = None,
        headers: dict[str, str] | None = None, listen: str = "127.0.0.1:0") -> int:
    """Place one call. Exit code: 0 answered and ended, 1 not answered, 2 bad input/setup."""
    # the phone (pjsua2) is loaded only when a call is placed: `agent-console --help` stays light
    from .sip_stack import SoftphoneError
    from .softphone import Softphone

    # People write numbers with spaces and brackets ("0905 123 456", "+44 (0) 20 …"); a SIP user
    # part cannot hold them, so the caller sends the number as one word, as phones do.
    from_number = re.sub(r"[\s()/]", "", from_number or "")
    if not _NUMBER.match(from_number):
        print(f"error: --from {from_number!r} is not a phone number or SIP user", file=sys.stderr)
        return 2
    if tone_hz is not None and wav:
        print("error: give --tone or --wav, not both", file=sys.stderr)
        return 2
    if wav and not os.path.isfile(wav):
        print(f"error: WAV file not found: {wav}", file=sys.stderr)
        return 2
    tmpdir = tempfile.mkdtemp(prefix="customer-")
    if tone_hz is not None:
        if not 50 <= tone_hz <= 3900:
            print("error: --tone must be between 50 and 3900 Hz", file=sys.stderr)
            return 2
        wav = write_tone(os.path.join(tmpdir, "tone.wav"), tone_hz)
    transport = "tcp" if "transport=tcp" in uri.lower() else "udp"
    sip = SipSettings(listen=listen, user=from_number, display_name=name or "",
                      transport=transport, user_agent="AgentConsole-SimulatedCustomer")
    audio = AudioSettings(capture=f"file:{wav}" if wav else "null",
                          playback=f"file:{record}" if record else "null")
    events: queue.SimpleQueue = queue.SimpleQueue()
    phone = Softphone(sip, audio, events.put)
    try:
        phone.start()
    except SoftphoneError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stop_requested = []
    old = signal.signal(signal.SIGTERM, lambda *_: stop_requested.append(1))
    answered = False
    try:
        try:
            call_id = phone.dial(uri, headers)
        except SoftphoneError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        _say("calling", f"{uri} from {from_number} via {phone.listen_address}")
        deadline = None
        hung_up = False
        while True:
            if (stop_requested or (deadline and time.monotonic() > deadline)) and not hung_up:
                phone.hangup(call_id)
                hung_up = True
            try:
                ev = events.get(timeout=0.1)
            except queue.Empty:
                continue
            if isinstance(ev, CallRinging) and ev.call_id != call_id and ev.direction == "out":
                call_id = ev.call_id  # the agent transferred us (REFER): follow the new call
                _say("transferred", ev.remote_uri)
                continue
            if getattr(ev, "call_id", call_id) != call_id:
                continue
            if isinstance(ev, CallRinging):
                _say("ringing")
            elif isinstance(ev, CallAnswered):
                answered = True
                _say("answered")
                if duration_s is not None:
                    deadline = time.monotonic() + duration_s
            elif isinstance(ev, CallHeld):
                _say("held" if ev.held else "resumed")
            elif isinstance(ev, PhoneError):
                _say("error", ev.reason)
            elif isinstance(ev, CallEnded):
                _say("ended", f"{ev.status_code} {ev.reason} after {ev.duration_s:.1f}s")
                break
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, old)
        phone.stop()
    return 0 if answered else 1


def parse_header(text: str) -> tuple[str, str]:
    name, sep, value = text.partition(":")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"header {text!r} is not 'Name: value'")
    return name.strip(), value.strip()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("uri", metavar="URI", help="whom to call: sip:URI, user@host:port")
    parser.add_argument("--from", dest="from_number", required=True, metavar="NUMBER")
    parser.add_argument("--name", default=None, help="caller display name")
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--tone", type=float, default=None, metavar="HZ")
    src.add_argument("--wav", default=None, metavar="F")
    parser.add_argument("--duration", type=float, default=None, metavar="S")
    parser.add_argument("--record", default=None, metavar="F")
    parser.add_argument("--header", action="append", type=parse_header, default=[],
                        metavar='"Name: value"')
    parser.add_argument("--listen", default="127.0.0.1:0", metavar="HOST:PORT")


def run_args(args: argparse.Namespace) -> int:
    return run(args.uri, args.from_number, args.name, args.tone, args.wav, args.duration,
               args.record, dict(args.header), args.listen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="simulate-call", description=__doc__.split("\n")[0])
    add_arguments(parser)
    return run_args(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
