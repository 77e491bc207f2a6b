"""Customers waiting through a real ring group (issue 11): Kamailio forks one INVITE to "sales"
to the consoles of jana (a lead) and petr, two console processes registered through it and
sharing one team store (a SQLite file). A customer (`python -m cti.simulated_customer`) calls
sales.

- the customer shows once (by the INVITE's SIP Call-ID) on both consoles' waiting lists, with
  the time waited; past the 1 s service target the lead's board header turns red; petr answers:
  the customer leaves both lists, jana's ringing call ends as answered elsewhere (Kamailio's
  CANCEL says `Reason: SIP;cause=200`) and is not a missed call for her; petr has handled 1;
- the customer gives up before anyone answers: the customer leaves both lists and counts as
  abandoned once for the team (though it rang at two desks), not as missed calls.

Every step waits for an event (or a state the console reports), never for time.
"""
from __future__ import annotations

import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from harness.console_desk import ConsoleDesk, result
from harness.consoles import free_udp_port

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sip"))
from sip_parties import Customer, Kamailio  # noqa: E402

pytestmark = pytest.mark.integration

PASSWORDS = {"jana": "s3cret-jana", "petr": "s3cret-petr"}
NUMBER = "+421905123456"


def until(what: str, check, timeout: float = 30.0):
    """Ask the console again until ``check()`` gives something (a state it reports, not a timing)."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"never saw {what}")
        time.sleep(0.1)


class GroupDesk(ConsoleDesk):
    """A console process registered at Kamailio as ``agent_id`` (a member of the ring group)."""

    def __init__(self, folder: Path, agent_id: str, name: str, role: str, pbx_port: int, team_url: str) -> None:
        self.agent_id = agent_id
        toml = (f'[agent]\nid = "{agent_id}"\nname = "{name}"\nrole = "{role}"\n'
                f'[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\nregistrar = "127.0.0.1:{pbx_port}"\n'
                f'user = "{agent_id}"\n'
                f'[team]\nurl = "{team_url}"\nservice_target_s = 1\n')
        super().__init__(folder, toml, env={"AGENT_CONSOLE_SECRET_SIP": PASSWORDS[agent_id]})
        until(f"{agent_id} registered at Kamailio",
              lambda: result(self.ctl, "status")["sip"].startswith("SIP: registered"))

    def waiting(self, predicate, timeout: float = 30.0) -> list[dict]:
        """The first team.waiting list that ``predicate`` accepts."""
        deadline = time.monotonic() + timeout
        with self.events.cond:
            while True:
                for event in self.events.items:
                    if event["type"] == "team.waiting" and predicate(event["waiting"]):
                        return event["waiting"]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{self.agent_id}: no such team.waiting; saw "
                                         f"{[e['waiting'] for e in self.events.all('team.waiting')]}")
                self.events.cond.wait(left)

    def figures(self) -> dict:
        return result(self.ctl, "team")["figures"]

    def log(self) -> str:
        path = self.folder / "log" / "console.log"
        return path.read_text(errors="replace") if path.exists() else ""


@pytest.fixture
def pbx(tmp_path):
    if not shutil.which("kamailio"):
        pytest.fail("kamailio is not installed (scripts/setup.sh installs it)")
    kamailio = Kamailio(str(tmp_path), PASSWORDS, ring_groups={"sales": ["jana", "petr"]})
    kamailio.start()
    yield kamailio
    kamailio.kill()


@pytest.fixture
def group(pbx, tmp_path):
    url = f"sqlite:///{tmp_path / 'team.db'}"
    desks: list[GroupDesk] = []
    try:
        desks.append(GroupDesk(tmp_path / "jana", "jana", "Jana Nováková", "lead", pbx.port, url))
        desks.append(GroupDesk(tmp_path / "petr", "petr", "Petr Malý", "agent", pbx.port, url))
        yield desks
    finally:
        for desk in desks:
            desk.close()


def one_customer_at_both(waiting: list[dict]) -> bool:
    return len(waiting) == 1 and sorted(waiting[0]["ringing_at"]) == ["jana", "petr"]


def call_sales(pbx: Kamailio) -> Customer:
    return Customer(f"sip:sales@127.0.0.1:{pbx.port}", "--from", "0905 123 456", "--name", "Bob Novak",
                    "--tone", "440", "--duration", "60")


def test_a_ring_group_customer_waits_once_on_both_boards_and_leaves_when_petr_answers(group, pbx):
    jana, petr = group
    customer = call_sales(pbx)
    try:
        rings = {desk.agent_id: desk.events.wait("call.ringing", direction="in", timeout=30) for desk in group}
        on_jana = jana.waiting(one_customer_at_both)
        on_petr = petr.waiting(one_customer_at_both)
        # one customer, keyed by the INVITE's Call-ID: the same on both, not either console's call id
        key = on_jana[0]["sip_call_id"]
        assert key and key == on_petr[0]["sip_call_id"]
        assert key not in (rings["jana"]["call_id"], rings["petr"]["call_id"])
        assert on_jana[0]["number"] == NUMBER and on_petr[0]["number"] == "+•••••••••456"  # masked: not a lead
        team = result(jana.ctl, "team")
        assert len(team["waiting"]) == 1 and team["waiting"][0]["waited_s"] >= 0
        # past the 1 s target the lead's board header turns red (and she is told)
        until("the lead's board red", lambda: result(jana.ctl, "team").get("service_level") == "red")

        assert result(petr.ctl, "answer")["call_id"] == rings["petr"]["call_id"]
        customer.wait("answered", 30)
        for desk in group:
            desk.waiting(lambda waiting: waiting == [])
        ended = jana.events.wait("call.ended", call_id=rings["jana"]["call_id"], timeout=30)
        assert ended["completed_elsewhere"] is True, ended
        assert "cause=200" in jana.log()  # what Kamailio's CANCEL said (the console logs the Reason)

        assert result(petr.ctl, "hangup")["call_id"] == rings["petr"]["call_id"]
        petr.events.wait("call.ended", call_id=rings["petr"]["call_id"], timeout=30)
        result(petr.ctl, "wrapup-done")
        figures = until("petr's handled call in the figures",
                        lambda: (f := jana.figures())["agents"].get("petr", {}).get("handled") == 1 and f)
        assert figures["agents"].get("jana", {"missed": 0})["missed"] == 0  # rang at jana, answered by petr
        assert (figures["team"]["handled"], figures["team"]["missed"], figures["team"]["abandoned"]) == (1, 0, 0)
        assert figures["answered_within_target"] is not None
    finally:
        customer.proc.terminate()
        customer.finish()


def test_a_customer_who_gives_up_leaves_both_boards_and_counts_as_abandoned_once(group, pbx):
    jana, petr = group
    customer = call_sales(pbx)
    try:
        rings = {desk.agent_id: desk.events.wait("call.ringing", direction="in", timeout=30) for desk in group}
        for desk in group:
            desk.waiting(one_customer_at_both)
        customer.proc.send_signal(signal.SIGTERM)  # the customer hangs up while it rings: a CANCEL
        for desk in group:
            ended = desk.events.wait("call.ended", call_id=rings[desk.agent_id]["call_id"], timeout=30)
            assert ended["completed_elsewhere"] is False and ended["status_code"] == 487, ended
            desk.waiting(lambda waiting: waiting == [])
        figures = until("the abandoned customer in the figures",
                        lambda: (f := petr.figures())["team"]["abandoned"] and f)
        assert (figures["team"]["abandoned"], figures["team"]["missed"], figures["team"]["handled"]) == (1, 0, 0)
        for agent_id in ("jana", "petr"):
            assert figures["agents"][agent_id]["missed"] == 0
    finally:
        customer.finish()


# -- reading the CANCEL (no processes: what arrives from outside is hostile) ------------------

def _cancel(*reasons: str, padding: int = 0) -> str:
    lines = ["CANCEL sip:jana@127.0.0.1:5070 SIP/2.0", "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1",
             "Call-ID: a84b4c76e66710@pbx", "CSeq: 1 CANCEL", *(f"Reason: {r}" for r in reasons),
             "X-Padding: " + "x" * padding, "Content-Length: 0"]
    return "\r\n".join(lines) + "\r\n\r\n"


def test_only_a_sip_cause_200_reason_means_answered_elsewhere():
    from cti.leg_events import answered_elsewhere, cancel_reasons

    kamailio = _cancel('SIP;cause=200;text="Call completed elsewhere"')  # what Kamailio 5.6 sends
    assert cancel_reasons(kamailio) == ['SIP;cause=200;text="Call completed elsewhere"']
    assert answered_elsewhere(cancel_reasons(kamailio))
    assert answered_elsewhere(cancel_reasons(_cancel("Q.850;cause=16", "sip ; cause = 200")))
    for not_elsewhere in (_cancel(), _cancel("Q.850;cause=200"), _cancel("SIP;cause=2000"),
                          _cancel("SIP;cause=487;text=\"cause=200\""), _cancel("SIP"), "", "garbage\x00\r\n\r\n"):
        assert not answered_elsewhere(cancel_reasons(not_elsewhere)), not_elsewhere


def test_a_hostile_cancel_is_read_only_so_far():
    from cti.leg_events import MAX_REASONS, answered_elsewhere, cancel_reasons

    many = cancel_reasons(_cancel(*["Q.850;cause=16"] * 50, "SIP;cause=200"))
    assert len(many) == MAX_REASONS and not answered_elsewhere(many)  # the 51st value is never read
    assert cancel_reasons(_cancel("SIP;cause=200", padding=100_000)) == ["SIP;cause=200"]
    late = _cancel(padding=100_000).replace("Content-Length", "Reason: SIP;cause=200\r\nContent-Length")
    assert cancel_reasons(late) == []  # past the first 16 KB
    long_text = cancel_reasons(_cancel("SIP;cause=200;text=\"" + "\x07" * 10 + "y" * 5000 + "\""))
    assert len(long_text[0]) <= 200 and "\x07" not in long_text[0]
