"""Who hears whom, for every combination of legs: the media plan as a truth table.

Keys: "mic" = the agent's microphone, "ear" = the agent's speaker, "call:X" = leg X,
"rec:X" = leg X's recorder. (a, b) in the plan means b hears a. c = customer, k = consult,
s/t = supervisors (monitoring legs).
"""
from __future__ import annotations

import itertools

import pytest

from cti.legs import LegRole, MonitorMode
from cti.media_plan import LegAudio, plan_links

C, K, S, T = "call:c", "call:k", "call:s", "call:t"
MIC, EAR, RING = "mic", "ear", "ring"


def customer(state="connected", **kw):
    return LegAudio("c", LegRole.CUSTOMER, state, **kw)


def consult(state="connected", **kw):
    return LegAudio("k", LegRole.CONSULT, state, **kw)


def monitor(mode, leg_id="s", **kw):
    return LegAudio(leg_id, LegRole.MONITOR, "connected", mode=mode, **kw)


def hears(plan, sink):
    return {src for src, dst in plan if dst == sink}


# ---------------------------------------------------------------- one customer, agent
def test_a_talking_customer_and_the_agent_hear_each_other():
    assert plan_links([customer()]) == {(C, EAR), (MIC, C), (MIC, "rec:c")}


def test_mute_cuts_the_agents_microphone_but_the_agent_still_hears_the_customer():
    assert plan_links([customer(muted=True)]) == {(C, EAR)}


def test_a_held_customer_hears_nothing_and_sends_nothing():
    assert plan_links([customer("held")]) == set()


def test_a_ringing_incoming_call_plays_the_ring_tone_and_nothing_else():
    assert plan_links([customer("ringing", ringing_in=True)]) == {(RING, EAR)}


def test_no_ring_tone_while_the_agent_talks_to_someone_else():
    plan = plan_links([customer(), consult("ringing", ringing_in=True)])
    assert (RING, EAR) not in plan and (C, EAR) in plan


def test_a_call_without_audio_yet_gets_no_links():
    assert plan_links([customer(has_audio=False)]) == set()


def test_a_recorded_call_records_both_sides_and_a_held_one_keeps_its_own_audio():
    assert plan_links([customer(recording=True)]) == {(C, EAR), (MIC, C), (C, "rec:c"), (MIC, "rec:c")}
    assert plan_links([customer("held", recording=True)]) == {(C, "rec:c")}


# ---------------------------------------------------------------- consult and conference
def test_consulting_a_colleague_while_the_customer_is_held():
    plan = plan_links([customer("held"), consult()])
    assert hears(plan, EAR) == {K} and hears(plan, K) == {MIC} and hears(plan, C) == set()


def test_a_conference_joins_customer_consult_and_agent():
    plan = plan_links([customer(conference="g"), consult(conference="g")])
    assert hears(plan, C) == {MIC, K}
    assert hears(plan, K) == {MIC, C}
    assert hears(plan, EAR) == {C, K}


def test_two_talking_calls_outside_a_conference_do_not_hear_each_other():
    plan = plan_links([customer(), consult()])
    assert K not in hears(plan, C) and C not in hears(plan, K)


# ---------------------------------------------------------------- supervision
def test_listen_the_supervisor_hears_customer_and_agent_and_nobody_hears_the_supervisor():
    plan = plan_links([customer(), monitor(MonitorMode.LISTEN)])
    assert hears(plan, S) == {C, MIC}
    assert all(src != S for src, _ in plan)
    assert hears(plan, C) == {MIC} and hears(plan, EAR) == {C}


def test_whisper_adds_the_supervisor_to_the_agents_ear_only():
    plan = plan_links([customer(), monitor(MonitorMode.WHISPER)])
    assert hears(plan, S) == {C, MIC}
    assert hears(plan, EAR) == {C, S}
    assert hears(plan, C) == {MIC}  # the customer never hears a whisper


def test_barge_adds_the_supervisor_to_the_customer_too():
    plan = plan_links([customer(), monitor(MonitorMode.BARGE)])
    assert hears(plan, S) == {C, MIC}
    assert hears(plan, EAR) == {C, S}
    assert hears(plan, C) == {MIC, S}


def test_a_held_customer_is_not_heard_by_the_supervisor_and_does_not_hear_a_barge():
    plan = plan_links([customer("held"), monitor(MonitorMode.BARGE)])
    assert hears(plan, S) == set() and hears(plan, C) == set()  # not the agent's microphone either
    assert hears(plan, EAR) == {S}  # the agent still hears a barging (or whispering) lead


def test_the_agents_mute_also_cuts_the_microphone_to_the_supervisor():
    plan = plan_links([customer(muted=True), monitor(MonitorMode.LISTEN)])
    assert hears(plan, S) == {C}


def test_a_muted_supervisor_is_heard_by_nobody_even_in_barge():
    plan = plan_links([customer(), monitor(MonitorMode.BARGE, muted=True)])
    assert all(src != S for src, _ in plan)


def test_a_ringing_monitor_leg_gets_nothing_and_plays_no_ring_tone():
    plan = plan_links([customer(), LegAudio("s", LegRole.MONITOR, "ringing", mode=MonitorMode.BARGE)])
    assert plan == {(C, EAR), (MIC, C), (MIC, "rec:c")}


def test_the_supervisor_hears_the_consult_and_the_conference():
    plan = plan_links([customer(conference="g"), consult(conference="g"), monitor(MonitorMode.LISTEN)])
    assert hears(plan, S) == {C, K, MIC}


def test_a_supervisor_watching_one_call_hears_only_that_call():
    plan = plan_links([customer("held"), consult(), monitor(MonitorMode.BARGE, watched_call="c")])
    assert hears(plan, S) == set() and hears(plan, K) == {MIC}


def test_two_supervisors_listening_do_not_hear_each_other_and_a_barging_one_is_heard_by_all():
    listen = plan_links([customer(), monitor(MonitorMode.LISTEN), monitor(MonitorMode.LISTEN, "t")])
    assert hears(listen, S) == {C, MIC} and hears(listen, T) == {C, MIC}
    barge = plan_links([customer(), monitor(MonitorMode.BARGE), monitor(MonitorMode.LISTEN, "t")])
    assert hears(barge, T) == {C, MIC, S} and hears(barge, C) == {MIC, S}
    assert T not in hears(barge, S)


def test_a_supervisor_alone_hears_nothing_and_a_ringing_customer_still_rings():
    plan = plan_links([customer("ringing", ringing_in=True), monitor(MonitorMode.LISTEN)])
    assert plan == {(RING, EAR)}


# ---------------------------------------------------------------- every combination
STATES = ["ringing", "connected", "held"]
MODES = list(MonitorMode)


@pytest.mark.parametrize("c_state,k_state,mode,muted,joined", list(itertools.product(
    STATES + [None], STATES + [None], MODES + [None], [False, True], [False, True])))
def test_every_combination_keeps_the_rules(c_state, k_state, mode, muted, joined):
    legs = []
    if c_state:
        legs.append(customer(c_state, muted=muted, conference="g" if joined else "",
                             ringing_in=c_state == "ringing"))
    if k_state:
        legs.append(consult(k_state, conference="g" if joined else ""))
    if mode:
        legs.append(monitor(mode))
    plan = plan_links(legs)
    by_key = {leg.key: leg for leg in legs}
    for src, dst in plan:
        assert src != dst
        for end in (src, dst):
            leg = by_key.get(end)
            if leg is not None:  # held and ringing legs hear and send nothing
                assert leg.state == "connected", (src, dst)
    sup = by_key.get(S)
    if sup:
        senders = {dst for src, dst in plan if src == S}
        expected = {"listen": set(), "whisper": {EAR}, "barge": {EAR}}[mode.value]
        if mode is MonitorMode.BARGE:
            expected |= {leg.key for leg in legs if leg.role is not LegRole.MONITOR
                         and leg.state == "connected"}
        assert senders == expected
        talking = "connected" in (c_state, k_state)  # held or ringing only: the supervisor hears nothing
        assert (MIC in hears(plan, S)) == (talking and not (muted and c_state == "connected"))
    if c_state == "connected":
        assert (C, EAR) in plan and ((MIC, C) in plan) == (not muted)
    if c_state == "connected" and k_state == "connected":
        assert ((C, K) in plan) == joined and ((K, C) in plan) == joined
    ringing = c_state == "ringing"
    assert ((RING, EAR) in plan) == (ringing and not hears(plan, EAR) - {RING})


def test_a_whispering_lead_is_heard_by_the_agent_only_not_by_a_listening_trainee():
    plan = plan_links([customer(), monitor(MonitorMode.WHISPER, "s", watched_call="c"),
                       monitor(MonitorMode.LISTEN, "t", watched_call="c")])
    assert hears(plan, EAR) == {C, S}
    assert hears(plan, C) == {MIC}
    assert hears(plan, T) == {C, MIC} and hears(plan, S) == {C, MIC}
