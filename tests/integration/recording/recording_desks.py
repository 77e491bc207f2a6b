"""A console process with a [recording] policy, and the simulated customer who calls it."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from harness.console_desk import ConsoleDesk
from harness.consoles import free_udp_port

CUSTOMER_HZ, AGENT_HZ = 440, 880
FROM = "+421905123456"


class RecordingDesk(ConsoleDesk):
    def __init__(self, folder: Path, agent_id: str, name: str, role: str, team_url: str, *, recording: str = "",
                 capture: str = "null", playback: str = "null", port: int = 0, record_folder: Path | None = None) -> None:
        self.id, self.port = agent_id, port or free_udp_port()
        self.record_folder = record_folder or folder.parent / f"{agent_id}-recordings"
        self.toml = (f'[agent]\nid = "{agent_id}"\nname = "{name}"\nrole = "{role}"\n'
                     f'[sip]\nlisten = "127.0.0.1:{self.port}"\n[team]\nurl = "{team_url}"\n'
                     f'[audio]\ncapture = "{capture}"\nplayback = "{playback}"\n'
                     f'[recording]\nfolder = "{self.record_folder}"\n{recording}\n')
        super().__init__(folder, self.toml)

    @property
    def uri(self) -> str:
        return f"sip:{self.id}@127.0.0.1:{self.port}"

    def recordings(self) -> list[Path]:
        return sorted(self.record_folder.glob("*.wav")) if self.record_folder.is_dir() else []


def customer_calls(desk: RecordingDesk, record: str, folder: Path, hz: int = CUSTOMER_HZ) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", desk.uri, "--from", FROM,
                             "--tone", str(hz), "--duration", "120", "--record", record],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=folder)


def answered(desk: RecordingDesk) -> str:
    ringing = desk.events.wait("call.ringing", direction="in")
    desk.result("answer")
    desk.events.wait("call.answered", call_id=ringing["call_id"])
    return ringing["call_id"]


def heard_seconds(recording, seconds: float, timeout_s: float = 60.0) -> int:
    """Wait until ``recording`` (a live WAV) holds ``seconds`` more of sound; its position then."""
    deadline = time.monotonic() + timeout_s
    while not _has_header(recording.path):  # the customer's phone writes it as its call starts
        assert time.monotonic() < deadline, f"{recording.path} never became a WAV file"
        time.sleep(0.1)
    rate = recording.rate()
    want = recording.now() + int(seconds * rate)
    while recording.now() < want:
        assert time.monotonic() < deadline, f"{recording.path} stopped growing"
        time.sleep(0.1)
    return recording.now()


def records_when(lead, *args: str, count: int = 1, timeout_s: float = 30.0) -> list[dict]:
    """`ctl records ARGS` once it lists ``count`` records (another console stores them)."""
    deadline = time.monotonic() + timeout_s
    while True:
        found = lead.result("records", *args)["records"]
        if len(found) >= count or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def _has_header(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return head[:4] == b"RIFF" and head[8:16] == b"WAVEfmt "
