"""Real SIP calls into the real console process: the card while it rings, answer, audio, hang up.

The customer is a separate SIP process (simulate-call) playing 440 Hz; the console's microphone
is a WAV of 880 Hz and what the agent hears is recorded. The console is driven only through
`ctl`, as hotkey tools and CRMs drive it.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crm_adapters.local.database import open_database
from crm_adapters.local.demo_data import seed_demo
from cti.tones import write_tone

from harness.consoles import free_udp_port, start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import Events

sys.path.insert(0, str(Path(__file__).parent / "sip"))
from audio_check import duration_s, levels  # noqa: E402


@pytest.fixture
def desk(tmp_path):
    """A console with the demo CRM, listening for direct calls; yields (ctl name, port, events, folder, process)."""
    data = tmp_path / "data"
    db = open_database("", data)
    seed_demo(db)
    db.close()
    port = free_udp_port()
    mic = write_tone(str(tmp_path / "agent-880.wav"), 880, seconds=1.0)
    heard = tmp_path / "agent-hears.wav"
    toml = (f'[sip]\nlisten = "127.0.0.1:{port}"\n'
            f'[audio]\ncapture = "file:{mic}"\nplayback = "file:{heard}"\n')
    proc, ctl, _ = start_console_process(tmp_path, toml)
    try:
        wait_for_ctl(ctl, proc)
        events = Events(ctl)
        events.start()
        yield ctl, port, events, tmp_path, proc
    finally:
        stop_console(ctl, proc)
    assert proc.returncode == 0, "the console must shut down cleanly"


def ctl(name: str, *args: str) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "console", "ctl", *args], capture_output=True, text=True,
                          timeout=30, env={**os.environ, "AGENT_CONSOLE_CTL": name})


def customer(port: int, number: str, folder: Path, *, duration: float = 12, name: str = "") -> subprocess.Popen:
    args = [sys.executable, "-m", "cti.simulated_customer", f"sip:agent@127.0.0.1:{port}", "--from", number,
            "--tone", "440", "--duration", str(duration), "--record", str(folder / f"customer-{number[-3:]}.wav")]
    if name:
        args += ["--name", name]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def test_a_known_caller_is_on_screen_while_it_rings_and_the_call_carries_audio(desk):
    name, port, events, folder, process = desk
    caller = customer(port, "0905 123 456", folder, duration=6)
    try:
        ringing = events.wait("call.ringing")
        assert ringing["number"] == "+421905123456" and ringing["direction"] == "in"
        first = events.wait("card.shown", call_id=ringing["call_id"])
        assert first["latency_ms"] > 0  # measured; how fast is for `agent-console bench screenpop` to say
        shown = events.wait("card.shown|card.updated", call_id=ringing["call_id"], known=True)
        assert shown["customer"] == "Ján Kováč" and shown["latency_ms"] >= first["latency_ms"]
        status = ctl(name, "status", "--json")
        assert '"state": "ringing"' in status.stdout
        shot = folder / "ringing.png"
        assert ctl(name, "screenshot", str(shot)).returncode == 0 and shot.stat().st_size > 10_000

        assert ctl(name, "answer").returncode == 0, "answer through ctl"
        events.wait("call.answered", call_id=ringing["call_id"])
        time.sleep(2.5)
        assert ctl(name, "hangup").returncode == 0
        ended = events.wait("call.ended", call_id=ringing["call_id"])
        assert ended["duration_s"] >= 2
        caller.wait(15)
    finally:
        caller.kill()
    assert ctl(name, "quit").returncode == 0  # the agent's recording is complete once the phone stops
    process.wait(20)
    # two-way audio: the customer heard the agent's 880 Hz, the agent heard the customer's 440 Hz,
    # and neither heard their own tone come back
    # (measured over the last talking seconds: the recordings also hold the ringing)
    def talk(path: Path) -> dict[float, float]:
        end = duration_s(str(path))
        return levels(str(path), end - 2.0, end - 0.3, (440, 880))

    customer_heard, agent_heard = talk(folder / "customer-456.wav"), talk(folder / "agent-hears.wav")
    assert customer_heard[880] > -30 and customer_heard[880] - customer_heard[440] > 30, customer_heard
    assert agent_heard[440] > -30 and agent_heard[440] - agent_heard[880] > 30, agent_heard


def test_unknown_and_withheld_callers_get_a_card_that_says_so(desk):
    name, port, events, folder, process = desk
    caller = customer(port, "+420 777 000 111", folder, duration=4)
    try:
        ringing = events.wait("call.ringing")
        shown = events.wait("card.shown|card.updated", call_id=ringing["call_id"], complete=True)
        assert shown["known"] is False and shown["sources_answered"] == ["local"]
        assert ctl(name, "reject").returncode == 0
        events.wait("call.ended", call_id=ringing["call_id"])
    finally:
        caller.kill()
    anonymous = customer(port, "anonymous", folder, duration=4, name="Anonymous")
    try:
        ringing = events.wait("call.ringing", withheld=True)
        shown = events.wait("card.shown", call_id=ringing["call_id"])
        assert shown["known"] is False and ringing["number"] == ""
        assert ctl(name, "reject").returncode == 0
    finally:
        anonymous.kill()


def test_two_calls_ringing_at_once_each_have_their_own_card(desk):
    name, port, events, folder, process = desk
    first = customer(port, "0905 123 456", folder)
    try:
        events.wait("card.shown|card.updated", customer="Ján Kováč")
        second = customer(port, "+420 602 123 456", folder)
        try:
            shown = events.wait("card.shown|card.updated", customer="Jiří Dvořák")
            calls = json.loads(ctl(name, "status", "--json").stdout)["result"]["calls"]
            assert [c["state"] for c in calls] == ["ringing", "ringing"]
            jan = events.wait("card.shown|card.updated", customer="Ján Kováč")
            assert jan["call_id"] != shown["call_id"]
        finally:
            second.kill()
    finally:
        first.kill()
