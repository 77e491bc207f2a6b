"""baresip as a team lead's plain SIP phone: it joins with the signed request in the address
it dials and switches modes with its keypad (DTMF 1/2/3) where the site allows plain phones,
and is refused (the mode stays) where it does not. Customer 440 Hz, agent 880 Hz, baresip
1320 Hz; FFT of what the customer, the agent and baresip heard."""
from __future__ import annotations

import time

from audio_check import duration_s, levels
from baresip_phone import BaresipLead
from monitor_calls import AGENT_HZ, CUSTOMER_HZ, HEARD, PRIVACY_DB, SUP_HZ, TONES, Window, customer_calls, quieter_by, signed


def start(parties, tones, tmp_path, dtmf_switch: bool):
    recs = {n: str(tmp_path / f"{n}.wav") for n in ("agent", "cust")}
    agent = parties.agent(audio={"capture": f"file:{tones[AGENT_HZ]}", "playback": f"file:{recs['agent']}"},
                          dtmf_switch=dtmf_switch)
    customer, call = customer_calls(agent, recs["cust"])
    lead = BaresipLead(str(tmp_path), agent.port, signed("listen", call), SUP_HZ)
    started = agent.wait("MonitorStarted", timeout=15)
    assert (started["supervisor"], started["mode"]) == ("petra", "listen"), started
    return agent, customer, lead, recs, started


def finish(agent, customer, lead, recs):
    customer.proc.terminate()
    assert agent.wait("MonitorEnded")["reason"] == "customer call ended"
    assert customer.finish() == 0
    cust_origin = customer.wait("calling")[0]
    lead.stop()
    agent.stop()
    return lambda window: (window.heard(recs["cust"], cust_origin), window.heard(recs["agent"], agent.start_event["ts"]))


def test_a_plain_phone_switches_modes_by_keypad_where_allowed(parties, tones, tmp_path):
    agent, customer, lead, recs, started = start(parties, tones, tmp_path, dtmf_switch=True)
    windows = [("listen", Window(started["ts"]))]
    for key, mode in (("2", "whisper"), ("3", "barge"), ("1", "listen")):
        lead.press(key)
        changed = agent.wait("MonitorModeChanged", timeout=5)
        assert (changed["mode"], changed["via"]) == (mode, "dtmf"), changed
        windows.append((mode, Window(changed["ts"])))
    heard = finish(agent, customer, lead, recs)
    for mode, window in windows:
        c, a = heard(window)
        report = f"{mode}: customer hears {c}\nagent hears {a}\n{lead.output()[-1000:]}"
        if mode == "listen":
            assert quieter_by(c, SUP_HZ, AGENT_HZ) >= PRIVACY_DB and quieter_by(a, SUP_HZ, CUSTOMER_HZ) >= PRIVACY_DB, report
        elif mode == "whisper":
            assert a[SUP_HZ] > HEARD and quieter_by(c, SUP_HZ, AGENT_HZ) >= PRIVACY_DB, report
        else:
            assert a[SUP_HZ] > HEARD and c[SUP_HZ] > HEARD, report
    own = lead.heard()  # the lead heard the customer and the agent
    lead_heard = levels(own, 0.5, duration_s(own) - 0.3, TONES)
    assert lead_heard[CUSTOMER_HZ] > HEARD and lead_heard[AGENT_HZ] > HEARD, lead_heard


def test_a_plain_phone_cannot_switch_where_the_site_does_not_allow_it(parties, tones, tmp_path):
    agent, customer, lead, recs, started = start(parties, tones, tmp_path, dtmf_switch=False)
    time.sleep(0.5)  # a moment of listening before the key (nothing is asserted about time)
    lead.press("2")
    told = agent.wait("MonitorRefused", timeout=5)
    assert (told["reason"], told["via"], told["mode"]) == ("dtmf_not_allowed", "dtmf", "whisper"), told
    after = Window(told["ts"])
    heard = finish(agent, customer, lead, recs)
    assert not [e for e in agent.lines.seen if e["type"] == "MonitorModeChanged"]
    c, a = heard(after)
    report = f"customer hears {c}\nagent hears {a}"
    assert quieter_by(a, SUP_HZ, CUSTOMER_HZ) >= PRIVACY_DB and quieter_by(c, SUP_HZ, AGENT_HZ) >= PRIVACY_DB, report
