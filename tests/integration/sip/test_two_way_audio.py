"""Two-way audio between a simulated customer (440 Hz) and the agent's desk phone (880 Hz),
proved by FFT of both recordings — including silence while held and while muted."""
from __future__ import annotations

import time

from audio_check import levels
from sip_parties import Customer

HEARD = -30.0  # a 0.3-amplitude tone through the codec measures about -13 dB
SILENT = -45.0


def test_customer_and_agent_hear_each_other_and_hold_and_mute_are_silent(phones, tones, tmp_path):
    desk_rec, cust_rec = str(tmp_path / "desk.wav"), str(tmp_path / "cust.wav")
    desk = phones(audio={"capture": f"file:{tones[880]}", "playback": f"file:{desk_rec}"})
    customer = Customer(desk.uri, "--from", "+421901234567", "--tone", "440",
                        "--record", cust_rec)
    cid = desk.wait("CallRinging")["call_id"]
    desk.send(f"answer {cid}")
    desk.wait("CallAnswered", call_id=cid)
    customer_answered = customer.wait("answered")[0]
    t0 = customer.wait("calling")[0]  # the customer's recording runs from its start

    def phase(command: str, event: str, seconds: float = 1.5, **match) -> float:
        desk.send(command)
        ts = desk.wait(event, call_id=cid, **match)["ts"] - t0
        time.sleep(seconds)
        return ts

    time.sleep(1.5)
    held = phase(f"hold {cid}", "CallHeld", held=True)
    resumed = phase(f"resume {cid}", "CallHeld", held=False)
    muted = phase(f"mute {cid} 1", "CallMuted", muted=True)
    unmuted = phase(f"mute {cid} 0", "CallMuted", muted=False, seconds=1.0)
    desk.send(f"hangup {cid}")
    desk.wait("CallEnded", call_id=cid)
    assert customer.finish() == 0
    desk.stop()

    talk = customer_answered - t0
    windows = {
        "talking": (talk + 0.3, held - 0.1),
        "held": (held + 0.5, resumed - 0.1),
        "resumed": (resumed + 0.5, muted - 0.1),
        "muted": (muted + 0.3, unmuted - 0.1),
        "unmuted": (unmuted + 0.3, unmuted + 0.9),
    }
    cust = {name: levels(cust_rec, a, b, (440, 880)) for name, (a, b) in windows.items()}
    # The desk phone's file "speaker" runs from its start, like a sound card.
    shift = t0 - desk.start_event["ts"]
    agent = {name: levels(desk_rec, a + shift, b + shift, (440, 880))
             for name, (a, b) in windows.items()}
    report = f"customer hears {cust}\nagent hears {agent}"
    # The customer hears the agent only while talking, never while held or muted,
    # and never its own tone.
    for name in ("talking", "resumed", "unmuted"):
        assert cust[name][880] > HEARD, report
    for name in ("held", "muted"):
        assert cust[name][880] < SILENT, report
    for name in windows:
        assert cust[name][440] < SILENT, report
    # The agent hears the customer except while holding; a muted agent still hears.
    for name in ("talking", "resumed", "muted", "unmuted"):
        assert agent[name][440] > HEARD, report
    assert agent["held"][440] < SILENT, report
    for name in windows:
        assert agent[name][880] < SILENT, report
