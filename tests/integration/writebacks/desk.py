"""A console process on a REST CRM that can be SIGKILLed and started again on the same data
folder, and a customer who calls it (a SIP peer on 127.0.0.1, a trusted host here)."""
from __future__ import annotations

import os
import signal
from pathlib import Path

from cti.sip_probe import SipProbe

from harness.console_desk import ctl, result
from harness.consoles import free_udp_port, start_console_process, stop_console, wait_for_ctl
from harness.ctl_events import Events


def console_toml(template: Path, port: int, extra: str = "") -> str:
    return (f'[agent]\nid = "jana"\nname = "Jana Nováková"\n'
            f'[sip]\nlisten = "127.0.0.1:{port}"\ntrusted_hosts = ["127.0.0.1"]\n'
            f'[crm]\nadapters = ["tiny"]\ntimeout_ms = 1500\n'
            f'[crm.tiny]\ntype = "rest"\ntemplate = "{template}"\n'
            f'[outbox]\ntimeout_s = 3\nfirst_retry_s = 0.2\nmax_retry_s = 1\n' + extra)


class Desk:
    """``start()`` again after ``kill()``: the same folder, so the same workstation database."""

    def __init__(self, folder: Path, template: Path, extra: str = "") -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.port = folder, free_udp_port()
        self.toml = console_toml(template, self.port, extra)
        self.proc = None
        self.ctl = ""
        self.events: Events | None = None

    @property
    def uri(self) -> str:
        return f"sip:agent@127.0.0.1:{self.port}"

    def start(self) -> Desk:
        self.proc, self.ctl, _ = start_console_process(self.folder, self.toml)
        wait_for_ctl(self.ctl, self.proc, timeout_s=60)
        self.events = Events(self.ctl)
        self.events.start()
        return self

    def result(self, *args: str) -> dict:
        return result(self.ctl, *args)

    def run(self, *args: str):
        return ctl(self.ctl, *args)

    def kill(self) -> None:
        """SIGKILL: none of the console's clean-up runs."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self._forget_events()

    def close(self) -> None:
        self._forget_events()
        if self.proc is not None and self.proc.poll() is None:
            stop_console(self.ctl, self.proc)

    def _forget_events(self) -> None:
        if self.events is not None:
            try:
                self.events.close()
            except OSError:
                pass
            self.events = None


def answered_call(desk: Desk, number: str) -> tuple[SipProbe, object, str]:
    """A customer rings from ``number``; the agent answers. Returns (probe, its call, call id)."""
    probe = SipProbe("127.0.0.1").__enter__()
    call = probe.invite(desk.uri, f'"Customer" <sip:{number}@127.0.0.1>')
    ring = desk.events.wait("call.ringing")
    desk.events.wait("card.shown", call_id=ring["call_id"])
    desk.result("answer", "--call", ring["call_id"])
    assert probe.wait_final(call, 10).status == 200
    desk.events.wait("call.answered", call_id=ring["call_id"])
    return probe, call, ring["call_id"]
