"""What a supervisor hears across the agent's hold, and the customer's tone when a lead barges in
(issue 12). Consoles as separate processes on one team store; customer 440 Hz, agent 880 Hz,
lead 1320 Hz; what each one heard is read from their recordings (FFT) in the stretch after each
change, found by waiting for the consoles' events.

- hold: the agent puts the customer on hold while the lead listens → the lead hears nothing at
  all (neither the held customer nor the agent's microphone: what the agent says off the call is
  not the call), also after switching to whisper while held (the agent still hears the
  whispering lead), and the lead's window says the customer is on hold; back from hold the lead
  hears both again.
- barge tone: with `[supervision] barge_tone = true` (the default) the customer hears the barge
  tone (cti.tones.BARGE_TONE_HZ) once the lead barges in, and the lead does not; with
  `barge_tone = false` the customer hears no tone.
"""
from __future__ import annotations

import time

import pytest
from consoles import Recording
from monitor_calls import AGENT_HZ, CUSTOMER_HZ, HEARD, PRIVACY_DB, SUP_HZ, let_audio_flow
from test_console_supervision import answered_call, customer_calls

from cti.tones import BARGE_TONE_HZ

TONES = (CUSTOMER_HZ, AGENT_HZ, SUP_HZ, BARGE_TONE_HZ)


@pytest.fixture
def team_url(tmp_path) -> str:
    """One SQLite team store (the audio does not depend on the store; PostgreSQL runs elsewhere)."""
    return f"sqlite:///{tmp_path / 'team.db'}"


class Stretch:
    """What each recording holds from now on (a little after the change, so the bridge settled)."""

    def __init__(self, recordings: dict[str, Recording], settle: bool = True) -> None:
        self.recordings = recordings
        self.start = {n: r.now() + (r.rate() // 2 if settle else 0) for n, r in recordings.items()}

    def levels(self, seconds: float = 2.0) -> dict[str, dict[int, float]]:
        let_audio_flow(seconds)
        self.end = {n: r.now() for n, r in self.recordings.items()}
        return {n: r.levels(self.start[n], self.end[n], TONES) for n, r in self.recordings.items()}

    def seconds(self, name: str) -> float:
        """How much of the stretch `name` recorded (silence is recorded too: nothing heard is not nothing written)."""
        return (self.end[name] - self.start[name]) / self.recordings[name].rate()


def whose(lead, held: bool, timeout_s: float = 20.0) -> str:
    """The lead's supervising view's line about the call, once it says (or no longer says) "on hold"."""
    deadline = time.monotonic() + timeout_s
    while True:
        line = (lead.result("status")["supervision"]["watching"] or {}).get("whose", "")
        if ("on hold" in line) == held or time.monotonic() > deadline:
            return line
        lead.events.wait_all("agent.state", 0, timeout=0.2)  # (a short pause between reads)


def three_parties(desks, tones, tmp_path, supervision: str = ""):
    rec = {n: str(tmp_path / f"{n}.wav") for n in ("jana_hears", "lead_hears", "customer_hears")}
    lead = desks("petr", "Petr Lead", "lead", capture=f"file:{tones[SUP_HZ]}", playback=f"file:{rec['lead_hears']}")
    jana = desks("jana", "Jana Nováková", "agent", capture=f"file:{tones[AGENT_HZ]}",
                 playback=f"file:{rec['jana_hears']}", supervision=supervision)
    lead.events.wait("team.agent", id="jana", state="ready")
    customer = customer_calls(jana, rec["customer_hears"], tmp_path)
    return lead, jana, customer, rec


def test_while_the_customer_is_held_the_lead_hears_nothing_and_hears_both_again_after(desks, tones, tmp_path):
    lead, jana, customer, rec = three_parties(desks, tones, tmp_path)
    try:
        call = answered_call(jana, lead)
        recordings = {n: Recording(p) for n, p in rec.items()}
        lead.result("monitor", "jana", "--mode", "listen")
        jana.events.wait("monitor.started", side="agent")
        before = Stretch(recordings).levels()
        report = f"before the hold: {before}"
        assert before["lead_hears"][CUSTOMER_HZ] > HEARD and before["lead_hears"][AGENT_HZ] > HEARD, report

        jana.result("hold")
        jana.events.wait("call.held", call_id=call)
        stretch = Stretch(recordings)
        held = stretch.levels()
        report += f"\nheld: {held}"
        assert stretch.seconds("lead_hears") >= 1.0, report  # the lead's line ran on: silence, not a gap
        assert "the customer is on hold: you hear nothing" in whose(lead, held=True)  # the window says why
        for hz in (CUSTOMER_HZ, AGENT_HZ):  # the agent's microphone is not heard while the customer is held
            assert before["lead_hears"][hz] - held["lead_hears"][hz] >= PRIVACY_DB, report

        assert lead.result("monitor", "--mode", "whisper")["previous"] == "listen"
        jana.events.wait("monitor.mode", side="agent", mode="whisper")
        whisper_held = Stretch(recordings).levels()
        report += f"\nwhisper while held: {whisper_held}"
        assert whisper_held["jana_hears"][SUP_HZ] > HEARD, report  # the lead coaches while the customer waits
        for hz in (CUSTOMER_HZ, AGENT_HZ):
            assert before["lead_hears"][hz] - whisper_held["lead_hears"][hz] >= PRIVACY_DB, report

        jana.result("resume")
        jana.events.wait("call.resumed", call_id=call)
        assert "on hold" not in whose(lead, held=False)
        after = Stretch(recordings).levels()
        report += f"\nafter the hold: {after}"
        assert after["lead_hears"][CUSTOMER_HZ] > HEARD and after["lead_hears"][AGENT_HZ] > HEARD, report
        assert after["customer_hears"][AGENT_HZ] - after["customer_hears"][SUP_HZ] >= PRIVACY_DB, report
        assert after["jana_hears"][SUP_HZ] > HEARD, report  # still whispering
    finally:
        customer.kill()
        customer.wait(10)


@pytest.mark.parametrize("barge_tone", [True, False])
def test_the_customer_hears_the_barge_tone_only_when_the_policy_says_so(desks, tones, tmp_path, barge_tone):
    lead, jana, customer, rec = three_parties(desks, tones, tmp_path,
                                              f"[supervision]\nbarge_tone = {str(barge_tone).lower()}\n")
    try:
        answered_call(jana, lead)
        recordings = {n: Recording(p) for n, p in rec.items()}
        lead.result("monitor", "jana", "--mode", "listen")
        jana.events.wait("monitor.started", side="agent")
        listen = Stretch(recordings).levels(1.5)
        report = f"listen: {listen}"
        assert listen["customer_hears"][AGENT_HZ] - listen["customer_hears"][BARGE_TONE_HZ] >= PRIVACY_DB, report

        barge = Stretch(recordings, settle=False)  # from before the switch: the tone is short and comes at once
        assert lead.result("monitor", "--mode", "barge")["previous"] == "listen"
        jana.events.wait("monitor.mode", side="agent", mode="barge")
        heard = barge.levels(2.5)
        report += f"\nbarge (barge_tone={barge_tone}): {heard}"
        assert heard["customer_hears"][SUP_HZ] > HEARD, report  # barged in
        if barge_tone:
            assert heard["customer_hears"][BARGE_TONE_HZ] > HEARD, report
            assert heard["jana_hears"][BARGE_TONE_HZ] > HEARD, report
        else:
            assert heard["customer_hears"][AGENT_HZ] - heard["customer_hears"][BARGE_TONE_HZ] >= PRIVACY_DB, report
        # the lead's own audio is what it was: the customer and jana, never the tone
        assert heard["lead_hears"][CUSTOMER_HZ] > HEARD and heard["lead_hears"][AGENT_HZ] > HEARD, report
        assert heard["lead_hears"][AGENT_HZ] - heard["lead_hears"][BARGE_TONE_HZ] >= PRIVACY_DB, report
    finally:
        customer.kill()
        customer.wait(10)
