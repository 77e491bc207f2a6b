"""Helpers for the supervision tests: signed requests, a customer on the agent's phone, and
what each party heard in a time window (FFT, tests/integration/sip/audio_check.py)."""
from __future__ import annotations

import time

from audio_check import read_wav, tone_level_db
from sip_parties import Customer
from supervision_parties import SECRET

from cti.supervision.header import HEADER, make_header

CUSTOMER_HZ, AGENT_HZ, SUP_HZ, SUP2_HZ = 440, 880, 1320, 1760
TONES = (CUSTOMER_HZ, AGENT_HZ, SUP_HZ, SUP2_HZ)
HEARD = -30.0  # a tone someone hears (about -10 dB when it is there)
PRIVACY_DB = 50.0  # what must not be heard: at least this far below the speaking parties


def signed(mode: str, call: str, sup: str = "petra", role: str = "lead", valid_s: float = 60.0) -> str:
    return make_header(SECRET.encode(), mode, call, sup, role, time.time() + valid_s)


def let_audio_flow(seconds: float = 1.2) -> None:
    """The FFT windows need this much sound: time passes, nothing is asserted about it."""
    time.sleep(seconds)


def customer_calls(agent, record: str) -> tuple[Customer, str]:
    """A customer (440 Hz) calls the agent, who answers at once; returns it and the call id."""
    customer = Customer(agent.uri, "--from", "+421901234567", "--tone", str(CUSTOMER_HZ),
                        "--record", record, "--duration", "120")
    call_id = agent.wait("CallRinging", timeout=20)["call_id"]
    agent.wait("CallAnswered", call_id=call_id)
    customer.wait("answered")
    return customer, call_id


def monitor(supervisor, agent, header: str | None, uri: str | None = None) -> str:
    """The supervisor dials the agent's console with `header`; returns the supervisor's call id."""
    return supervisor.dial(uri or agent.uri, {HEADER: header} if header is not None else None)


class Window:
    """A stretch of the call, in UNIX time, starting a little after a change (bridge changes
    take 15-50 ms to be heard) and ending before the next."""

    def __init__(self, start: float) -> None:
        self.start = start + 0.3
        let_audio_flow()
        self.end = time.time() - 0.1

    def heard(self, recording: str, origin: float) -> dict[float, float]:
        """Each tone's level in this window of `recording` (which started at `origin`). The band
        is ±3 Hz: the codec's own noise spreads over the whole spectrum, a leaked tone does not,
        so a narrow band measures a leak down to 60-70 dB below the speakers."""
        samples, rate = read_wav(recording)
        seg = samples[int((self.start - origin) * rate): int((self.end - origin) * rate)]
        return {hz: tone_level_db(seg, rate, hz, width=3.0) for hz in TONES}


def quieter_by(heard: dict[float, float], leak_hz: int, *speakers: int) -> float:
    """How far `leak_hz` stays below the quietest of the speaking parties, in dB."""
    return min(heard[hz] for hz in speakers) - heard[leak_hz]
