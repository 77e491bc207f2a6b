"""Supervision through the PBX (issue 12, the PBX strategy), with real parts: Kamailio as the
registrar, a pjsua2 phone registered as ``pbx`` standing in for the PBX's ChanSpy (it answers
every call and reports the Request-URI and the DTMF it got), console processes registered at
Kamailio sharing one team store, and a simulated customer calling the agent through Kamailio.

Kamailio's route (feature_code_route): a request whose user starts with '*' goes to the
registered ``pbx`` with its Request-URI untouched (as a proxy in front of an Asterisk would send
it); everything else is looked up as usual, so an unknown code ('#…') gets 404."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sip"))

from sip_parties import KAMAILIO_CFG, PY, ROOT, Kamailio, _Lines, _parse_event, free_port  # noqa: E402

from harness.console_desk import ConsoleDesk, result  # noqa: E402
from harness.consoles import free_udp_port  # noqa: E402

PASSWORDS = {"101": "s3cret-jana", "900": "s3cret-petr", "901": "s3cret-eva", "pbx": "s3cret-pbx"}

FEATURE_CODE_ROUTE = """if ($(rU{s.substr,0,1}) == "*") {
        $var(ruri) = $ru;
        if (!lookup("location", "sip:pbx@127.0.0.1")) { sl_send_reply("480", "The PBX is not registered"); exit; }
        $du = $ru;
        $ru = $var(ruri);
        t_relay();
        exit;
    }"""


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(HERE):
            item.add_marker(pytest.mark.integration)


class FeatureCodeKamailio(Kamailio):
    """tests/integration/sip's Kamailio, with the feature-code route in front of the lookup."""

    def __init__(self, tmp: str, users: dict[str, str]) -> None:
        super().__init__(tmp, users)
        checks = " ".join(f'if ($au == "{u}") $var(pw) = "{p}";' for u, p in users.items())
        with open(self.cfg, "w") as f:
            f.write(KAMAILIO_CFG.format(port=self.port, passwords='$var(pw) = "-"; ' + checks,
                                        ring_groups=FEATURE_CODE_ROUTE))


class PbxPeer:
    """pbx_peer.py in its own process: what the PBX saw (``wait("invite")`` …)."""

    def __init__(self, tmp: str, registrar_port: int) -> None:
        self.stderr = open(os.path.join(tmp, "pbx-peer.err"), "w+")
        cfg = {"port": free_port(), "registrar": f"127.0.0.1:{registrar_port}", "password": PASSWORDS["pbx"]}
        self.proc = subprocess.Popen([PY, os.path.join(HERE, "pbx_peer.py"), json.dumps(cfg)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.stderr, text=True, cwd=ROOT)
        self.lines = _Lines(self.proc, _parse_event)
        self.lines.wait_for(lambda e: e["type"] == "ready", 20)

    def wait(self, kind: str, timeout: float = 30.0, **match) -> dict:
        return self.lines.wait_for(lambda e: e["type"] == kind and all(e.get(k) == v for k, v in match.items()),
                                   timeout)

    def errors(self) -> list[dict]:
        return [e for e in self.lines.seen if e["type"] == "error"]

    def stop(self) -> int:
        try:
            self.proc.stdin.write("stop\n")
            self.proc.stdin.close()
        except (BrokenPipeError, ValueError):
            pass
        try:
            return self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


class PbxDesk(ConsoleDesk):
    """A console registered at Kamailio as `extension`; no team secret (the PBX needs none)."""

    def __init__(self, folder: Path, agent_id: str, name: str, role: str, extension: str, registrar_port: int,
                 team_url: str, supervision: str = "") -> None:
        self.id = agent_id
        toml = (f'[agent]\nid = "{agent_id}"\nname = "{name}"\nrole = "{role}"\n'
                f'[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\nregistrar = "127.0.0.1:{registrar_port}"\n'
                f'user = "{extension}"\n[team]\nurl = "{team_url}"\n' + supervision)
        super().__init__(folder, toml, env={"AGENT_CONSOLE_SECRET_SIP": PASSWORDS[extension],
                                            "AGENT_CONSOLE_SECRET_TEAM": ""})
        deadline = time.monotonic() + 30
        while not result(self.ctl, "status")["sip"].startswith("SIP: registered"):
            assert time.monotonic() < deadline, f"{agent_id} never registered at Kamailio"
            time.sleep(0.1)


@pytest.fixture
def kamailio(tmp_path):
    if not shutil.which("kamailio"):
        pytest.fail("kamailio is not installed (scripts/setup.sh installs it)")
    k = FeatureCodeKamailio(str(tmp_path), PASSWORDS)
    k.start()
    yield k
    k.kill()


@pytest.fixture
def pbx_peer(kamailio, tmp_path):
    peer = PbxPeer(str(tmp_path), kamailio.port)
    yield peer
    code = peer.stop()
    peer.stderr.seek(0)
    assert code == 0, f"the PBX stand-in exited with {code}: {peer.stderr.read()[-2000:]}"
    assert not peer.errors(), peer.errors()


@pytest.fixture
def consoles(kamailio, tmp_path):
    """consoles(agent_id, name, role, extension, supervision=TOML): running, registered, one team store."""
    started: list[PbxDesk] = []
    url = f"sqlite:///{tmp_path / 'team.db'}"

    def start(agent_id: str, name: str, role: str, extension: str, supervision: str = "") -> PbxDesk:
        desk = PbxDesk(tmp_path / agent_id, agent_id, name, role, extension, kamailio.port, url, supervision)
        started.append(desk)
        return desk

    yield start
    for desk in started:
        desk.close()
