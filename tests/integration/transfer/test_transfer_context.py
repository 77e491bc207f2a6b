"""Transfers between two real consoles (jana, petr) sharing a team store (SQLite file), with a
simulated customer as a separate SIP process, calling directly between desks and through
Kamailio as registrar/proxy: the context reaches petr before he answers, an attended transfer
completes into a connected call (no stuck "ringing"), a cancelled one gives the customer back
to jana. Driven only through `ctl`, as hotkey tools do."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from harness.consoles import free_udp_port, start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import Events

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sip"))
from sip_parties import Kamailio  # noqa: E402

pytestmark = pytest.mark.integration
NOTES = "Wants a refund for order 1234.\nAlready checked the address."


class Desk:
    def __init__(self, folder: Path, agent_id: str, name: str, team_url: str, pbx: Kamailio | None = None,
                 user: str = "", password: str = "") -> None:
        folder.mkdir()
        self.id, self.port = agent_id, free_udp_port()
        toml = (f'[agent]\nid = "{agent_id}"\nname = "{name}"\n[team]\nurl = "{team_url}"\n'
                f'[sip]\nlisten = "127.0.0.1:{self.port}"\n')
        if pbx is not None:
            toml += f'registrar = "127.0.0.1:{pbx.port}"\nuser = "{user}"\n'
        self.proc, self.ctl_name, _ = start_console_process(
            folder, toml, env={"AGENT_CONSOLE_SECRET_SIP": password} if password else None)
        wait_for_ctl(self.ctl_name, self.proc)
        self.events = Events(self.ctl_name)
        self.events.start()
        if pbx is not None and "SIP: registered at" not in self.ctl("status")["sip"]:
            self.events.wait("sip.registration", registered=True, timeout=30)

    def ctl(self, *args: str) -> dict:
        done = subprocess.run([sys.executable, "-m", "console", "ctl", *args, "--json"], capture_output=True,
                              text=True, timeout=30, env={**os.environ, "AGENT_CONSOLE_CTL": self.ctl_name})
        assert done.returncode == 0, f"{self.id}: ctl {' '.join(args)}: {done.stdout} {done.stderr}"
        return json.loads(done.stdout)["result"]

    def sees(self, colleague: str) -> None:
        """Waits until the colleague is on this console's team: listed by `ctl team` already (read
        before the test subscribed to the events), or their team.agent event comes."""
        if not any(a["id"] == colleague and a["state"] != "offline" for a in self.ctl("team")["agents"]):
            self.events.wait("team.agent", id=colleague, timeout=30)

    def calls(self) -> list[dict]:
        return self.ctl("status")["calls"]

    def stop(self) -> None:
        self.events.close()
        stop_console(self.ctl_name, self.proc)


class Customer:
    """`python -m cti.simulated_customer`, its state lines collected as they come."""

    def __init__(self, port: int, number: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", f"sip:jana@127.0.0.1:{port}",
                                      "--from", number, "--tone", "440", "--duration", "60"],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines: list[str] = []
        self.cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            with self.cond:
                self.lines.append(line.strip())
                self.cond.notify_all()

    def wait(self, state: str, count: int = 1, timeout: float = 30) -> None:
        with self.cond:
            ok = self.cond.wait_for(lambda: sum(1 for x in self.lines if x.split(" ")[1:2] == [state]) >= count,
                                    timeout)
        assert ok, f"the customer never got {count}× {state!r}: {self.lines}"

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait(10)


@pytest.fixture(params=["direct", "kamailio"])
def team(request, tmp_path):
    """(jana, petr, call_in): two consoles on one team store; call_in() makes the customer call
    jana (directly, or through Kamailio where both consoles are registered)."""
    url = f"sqlite:///{tmp_path / 'team.db'}"
    pbx = None
    if request.param == "kamailio":
        if not shutil.which("kamailio"):
            pytest.fail("kamailio is not installed (scripts/setup.sh installs it)")
        pbx = Kamailio(str(tmp_path), {"jana": "s3cret-jana", "petra": "s3cret-petra"})
        pbx.start()
    desks: list[Desk] = []
    customers: list[Customer] = []
    try:
        desks.append(Desk(tmp_path / "jana", "jana", "Jana Nováková", url, pbx, "jana", "s3cret-jana"))
        desks.append(Desk(tmp_path / "petr", "petr", "Petr Horák", url, pbx, "petra", "s3cret-petra"))
        jana, petr = desks
        for desk, other in ((jana, "petr"), (petr, "jana")):  # each sees the other on the team
            desk.sees(other)
        port = pbx.port if pbx is not None else jana.port
        yield jana, petr, lambda: customers.append(Customer(port, "0905 123 456")) or customers[-1]
    finally:
        for c in customers:
            c.stop()
        for desk in desks:
            desk.stop()
        if pbx is not None:
            pbx.kill()
    assert [d.proc.returncode for d in desks] == [0, 0], "the consoles must shut down cleanly"


def _jana_talks_to_the_customer(jana: Desk, customer: Customer) -> str:
    ringing = jana.events.wait("call.ringing", direction="in")
    jana.ctl("answer")
    jana.events.wait("call.answered", call_id=ringing["call_id"])
    customer.wait("answered")
    for line in NOTES.split("\n"):
        jana.ctl("note", line)
    return ringing["call_id"]


def test_blind_transfer_brings_the_notes_to_the_colleague_before_he_answers(team):
    jana, petr, call_in = team
    customer = call_in()
    jana_call = _jana_talks_to_the_customer(jana, customer)

    started = jana.ctl("transfer", "Petr")  # by name, as the agent types it
    assert started["colleague"] == "petr" and started["context"] == "sent", started

    ringing = petr.events.wait("call.ringing", direction="in")
    context = petr.events.wait("transfer.context", call_id=ringing["call_id"])
    assert (context["from_agent"], context["from_name"], context["notes"]) == ("jana", "Jana Nováková", NOTES)
    assert context["customer"]["number"] == "+421905123456"
    assert not petr.events.all("call.answered", call_id=ringing["call_id"]), "the context came after the answer"
    assert [c["state"] for c in petr.calls()] == ["ringing"]

    petr.ctl("answer")
    petr.events.wait("call.answered", call_id=ringing["call_id"])
    # the customer stays on jana's line until petr has them: then her call ends
    assert jana.events.wait("call.transferred", call_id=jana_call)["ok"]
    jana.events.wait("call.ended", call_id=jana_call)
    petr.ctl("hangup")
    petr.events.wait("call.ended", call_id=ringing["call_id"])
    petr.ctl("wrapup-done", "--call", ringing["call_id"])
    saved = petr.events.wait("note.saved", call_id=ringing["call_id"])  # his notes box started with hers
    assert saved["chars"] == len(NOTES)


def test_attended_transfer_completed_leaves_the_customer_connected_to_the_colleague(team):
    jana, petr, call_in = team
    customer = call_in()
    jana_call = _jana_talks_to_the_customer(jana, customer)

    started = jana.ctl("transfer", "petr", "--attended")
    consult = started["consult_id"]
    jana.events.wait("call.held", call_id=jana_call)  # the customer waits on hold meanwhile
    petr_consult = petr.events.wait("call.ringing", direction="in")["call_id"]
    context = petr.events.wait("transfer.context", call_id=petr_consult)  # while the consultation rings
    assert context["notes"] == NOTES and context["customer"]["number"] == "+421905123456"
    petr.ctl("answer")
    jana.events.wait("call.answered", call_id=consult)

    jana.ctl("transfer", "--complete")
    assert jana.events.wait("call.transferred", call_id=jana_call)["ok"]
    jana.events.wait("call.ended", call_id=jana_call)
    jana.events.wait("call.ended", call_id=consult)
    petr.events.wait("call.ended", call_id=petr_consult)
    customer.wait("transferred")
    customer.wait("answered", count=2)
    replacing = petr.events.wait("call.ringing", direction="in", number="+421905123456")
    petr.events.wait("call.answered", call_id=replacing["call_id"])
    assert [(c["call_id"], c["state"]) for c in petr.calls()] == [(replacing["call_id"], "connected")]
    assert jana.calls() == []

    petr.ctl("hangup")
    petr.events.wait("call.ended", call_id=replacing["call_id"])
    petr.ctl("wrapup-done", "--call", replacing["call_id"])
    assert petr.events.wait("note.saved", call_id=replacing["call_id"])["chars"] == len(NOTES)


def test_attended_transfer_cancelled_gives_the_customer_back_to_the_first_agent(team):
    jana, petr, call_in = team
    customer = call_in()
    jana_call = _jana_talks_to_the_customer(jana, customer)

    consult = jana.ctl("transfer", "petr", "--attended")["consult_id"]
    jana.events.wait("call.held", call_id=jana_call)  # the customer waits on hold meanwhile
    petr_consult = petr.events.wait("call.ringing", direction="in")["call_id"]
    petr.ctl("answer")
    jana.events.wait("call.answered", call_id=consult)

    assert jana.ctl("transfer", "--cancel")["cancelled"]
    jana.events.wait("call.ended", call_id=consult)
    petr.events.wait("call.ended", call_id=petr_consult)
    jana.events.wait("call.resumed", call_id=jana_call)
    assert [(c["call_id"], c["state"]) for c in jana.calls()] == [(jana_call, "connected")]
    assert petr.calls() == []
    assert not customer_was_transferred(customer)


def customer_was_transferred(customer: Customer) -> bool:
    with customer.cond:
        return any(x.split(" ")[1:2] == ["transferred"] for x in customer.lines)
