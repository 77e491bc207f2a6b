"""`agent-console bench supervision`: what supervision costs, measured on running consoles.

Three console processes share a team store (a SQLite file of the bench's own): the agent
(jana, 880 Hz on her microphone, her ear recorded), a lead (petr, his ear recorded) and a
trainee (eva); the customer is a simulated customer whose "voice" is a 100 ms 440 Hz burst
every second. Measured:

- ``bridge_delay_ms``: how much later a customer's burst reaches the supervisor's ear than the
  agent's (the extra hop through the agent's conference bridge, RTP and the supervisor's jitter
  buffer). Both recordings are tied to wall-clock time by watching them grow (a WAV writer
  flushes in blocks: the earliest "now minus what is written" is when the file began).
- ``monitor_to_audio_ms``: from sending ``ctl monitor jana --mode listen`` to the first sound in
  the lead's ear.
- ``agent_cpu``: the agent console's CPU (share of one core) on the customer's call with 0, 1
  and 2 supervisors listening. Two is the cap per call: the agent's phone carries four calls
  (pjsua's wheel), one slot stays free for the agent's consultation (a transfer), so a third
  supervisor is refused (``monitor.too_many_calls``). The bench says so in its output.
"""
from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

from console.bench.measures import summary
from console.commands.demo import free_udp_port
from console.config import Config
from console.process import start_console_process, stop_console, wait_for_ctl

SECRET = "bench-supervision-secret"
RATE = 8000
BURST_HZ, AGENT_HZ = 440, 880


def run(args, config: Config) -> int:
    with tempfile.TemporaryDirectory(prefix="agent-console-bench-supervision-") as tmp:
        result = measure(Path(tmp), args.seconds)
    print(json.dumps({"bench": "supervision", **result}, indent=2))
    return 0


def measure(tmp: Path, seconds: float) -> dict:
    from cti.tones import write_tone

    bursts = _write_bursts(str(tmp / "bursts.wav"))
    agent_tone = write_tone(str(tmp / "agent.wav"), AGENT_HZ)
    url = f"sqlite:///{tmp / 'team.db'}"
    ears = {"agent": str(tmp / "agent_hears.wav"), "lead": str(tmp / "lead_hears.wav")}
    consoles = {}
    customer = None
    try:
        consoles["lead"] = _console(tmp, "petr", "lead", url, playback=f"file:{ears['lead']}")
        consoles["trainee"] = _console(tmp, "eva", "trainee", url)
        consoles["agent"] = _console(tmp, "jana", "agent", url, capture=f"file:{agent_tone}",
                                     playback=f"file:{ears['agent']}")
        jana = consoles["agent"]
        customer = subprocess.Popen([sys.executable, "-m", "cti.simulated_customer",
                                     f"sip:jana@127.0.0.1:{jana['port']}", "--from", "+421905123456", "--wav", bursts,
                                     "--duration", str(int(seconds * 4 + 60))],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp)
        call_id = _answer(jana["ctl"])
        _wait_team_call(consoles["lead"]["ctl"], "jana", call_id)
        _wait_team_call(consoles["trainee"]["ctl"], "jana", call_id)
        origins = _origins(ears, 3.0)
        cpu = {"0": _cpu_share(jana["proc"].pid, seconds)}
        sent = time.time()
        _request(consoles["lead"]["ctl"], "monitor", ["jana", "--mode", "listen"])
        cpu["1"] = _cpu_share(jana["proc"].pid, seconds)
        _request(consoles["trainee"]["ctl"], "monitor", ["jana", "--mode", "listen"])
        cpu["2"] = _cpu_share(jana["proc"].pid, seconds)
        delays = _burst_delays(ears["agent"], origins["agent"], ears["lead"], origins["lead"], since=sent + 0.5)
        first = _first_sound(ears["lead"], origins["lead"], sent)
        return {
            "bridge_delay_ms": summary(delays) if delays else None,
            "bursts_compared": len(delays),
            "monitor_to_audio_ms": round((first - sent) * 1000, 1) if first is not None else None,
            "agent_cpu_share_of_one_core": cpu,
            "supervisors_per_call_cap": 2,
            "why_not_3": "the agent's phone carries four calls (pjsua's wheel): the customer, one slot kept free for "
                         "the agent's consultation call, and two supervisors; a third is refused "
                         "(monitor.too_many_calls)",
            "seconds_per_cpu_sample": seconds,
        }
    finally:
        if customer is not None:
            customer.kill()
            customer.wait(10)
        for c in consoles.values():
            stop_console(c["ctl"], c["proc"])


# -- the parties --------------------------------------------------------------------------------------
def _console(tmp: Path, agent_id: str, role: str, url: str, capture: str = "null", playback: str = "null") -> dict:
    folder = tmp / agent_id
    folder.mkdir()
    port = free_udp_port()
    toml = (f'[agent]\nid = "{agent_id}"\nname = "{agent_id.title()}"\nrole = "{role}"\n'
            f'[sip]\nlisten = "127.0.0.1:{port}"\n[team]\nurl = "{url}"\n'
            f'[audio]\ncapture = "{capture}"\nplayback = "{playback}"\n')
    proc, ctl, _ = start_console_process(folder, toml, env={"AGENT_CONSOLE_SECRET_TEAM": SECRET})
    wait_for_ctl(ctl, proc)
    return {"proc": proc, "ctl": ctl, "port": port}


def _request(ctl: str, cmd: str, args: list[str], timeout_ms: int = 30_000) -> dict:
    from console.ctl_client import CtlClient

    client = CtlClient(ctl, timeout_ms)
    try:
        client.connect()
        answer = client.request(cmd, args)
    finally:
        client.close()
    if not answer.get("ok"):
        raise RuntimeError(f"ctl {cmd} {' '.join(args)}: {answer.get('error')}")
    return answer.get("result") or {}


def _until(what: str, check, timeout_s: float = 30.0):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.05)
    raise TimeoutError(f"{what} did not happen within {timeout_s:.0f} s")


def _answer(ctl: str) -> str:
    def ringing():
        calls = _request(ctl, "status", []).get("calls", [])
        return calls[0]["call_id"] if calls else ""

    call_id = _until("the customer's call ringing", ringing)
    _request(ctl, "answer", [])
    return call_id


def _wait_team_call(ctl: str, agent_id: str, call_id: str) -> None:
    def seen():
        team = _request(ctl, "team", [])
        agent = next((a for a in team.get("agents", []) if a["id"] == agent_id), None)
        return agent is not None and (agent.get("call") or {}).get("call_id") == call_id \
            and agent.get("state") == "on_call"

    _until(f"{agent_id}'s call on the team board", seen)


# -- measuring ----------------------------------------------------------------------------------------
def _write_bursts(path: str) -> str:
    t = np.arange(RATE) / RATE
    samples = np.where(t < 0.1, 0.3 * np.sin(2 * np.pi * BURST_HZ * t), 0.0)
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes((samples * 32767).astype("<i2").tobytes())
    return path


def _rate(path: str) -> int:
    with open(path, "rb") as f:
        return struct.unpack_from("<I", f.read(44), 24)[0]


def _written(path: str) -> int:
    return max(0, (os.path.getsize(path) - 44) // 2)


def _origins(paths: dict[str, str], seconds: float) -> dict[str, float]:
    """Each recording's first sample in wall-clock time: the earliest (now − written/rate)."""
    rates = {n: _rate(p) for n, p in paths.items()}
    best = {n: float("inf") for n in paths}
    end = time.time() + seconds
    while (now := time.time()) < end:
        for n, p in paths.items():
            best[n] = min(best[n], now - _written(p) / rates[n])
        time.sleep(0.001)
    return best


def _samples(path: str) -> tuple[np.ndarray, int]:
    rate = _rate(path)
    raw = Path(path).read_bytes()[44:]
    return np.frombuffer(raw[: len(raw) // 2 * 2], dtype="<i2").astype(np.float64) / 32768.0, rate


def _envelope(samples: np.ndarray, rate: int, hz: float) -> np.ndarray:
    """The tone's amplitude over time (20 ms moving window: other tones cancel out)."""
    n = max(1, int(rate * 0.02))
    mixed = samples * np.exp(-2j * np.pi * hz * np.arange(len(samples)) / rate)
    return np.abs(np.convolve(mixed, np.ones(n) / n, mode="same")) * 2


def _onsets(path: str, origin: float, since: float) -> list[float]:
    samples, rate = _samples(path)
    env = _envelope(samples, rate, BURST_HZ)
    start = max(0, int((since - origin) * rate))
    if start >= len(env) or env[start:].max() < 0.01:
        return []
    above = env > env[start:].max() * 0.5
    edges = np.flatnonzero(above[1:] & ~above[:-1]) + 1
    return [origin + e / rate for e in edges if e >= start]


def _burst_delays(agent_path: str, agent_origin: float, lead_path: str, lead_origin: float, since: float) -> list[float]:
    heard_by_agent = _onsets(agent_path, agent_origin, since)
    heard_by_lead = _onsets(lead_path, lead_origin, since)
    delays = []
    for t in heard_by_agent:
        later = [x - t for x in heard_by_lead if -0.1 <= x - t < 0.5]
        if later:
            delays.append(round(min(later) * 1000, 1))
    return delays


def _first_sound(path: str, origin: float, since: float) -> float | None:
    samples, rate = _samples(path)
    frame = max(1, rate // 100)  # 10 ms
    start = max(0, int((since - origin) * rate))
    for i in range(start, len(samples) - frame, frame):
        if np.sqrt(np.mean(samples[i:i + frame] ** 2)) > 0.01:  # -40 dBFS
            return origin + i / rate
    return None


def _cpu_share(pid: int, seconds: float) -> float | None:
    """CPU seconds per second of the process over `seconds` (Linux /proc; None elsewhere)."""
    def cpu() -> float | None:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return None

    before, t0 = cpu(), time.monotonic()
    time.sleep(seconds)
    after = cpu()
    if before is None or after is None:
        return None
    return round((after - before) / (time.monotonic() - t0), 3)
