"""A real console on Contoso: what the agent types during a call and the disposition they choose
reach the CRM as the template says — the notes also as a note, the disposition by its label and
mapped to the CRM's outcome (issue 15)."""
from __future__ import annotations

import pytest
from contoso_crm import API_KEY, PERSON
from test_templates_fit import NUMBER, TEMPLATE

from cti.sip_probe import SipProbe

from harness.console_desk import ConsoleDesk
from harness.consoles import free_udp_port

pytestmark = pytest.mark.integration


def test_call_notes_and_the_labelled_disposition_reach_the_crm(tmp_path, contoso):
    port = free_udp_port()
    toml = (f'[agent]\nid = "jana"\nname = "Jana Nováková"\n'
            f'[sip]\nlisten = "127.0.0.1:{port}"\ntrusted_hosts = ["127.0.0.1"]\n'
            f'[crm]\nadapters = ["contoso"]\ntimeout_ms = 3000\n'
            f'[crm.contoso]\ntype = "rest"\ntemplate = "{TEMPLATE}"\nbase_url = "{contoso.url}/api"\n'
            f'[outbox]\ntimeout_s = 5\nfirst_retry_s = 0.2\nmax_retry_s = 1\n')
    desk = ConsoleDesk(tmp_path / "console", toml, env={"AGENT_CONSOLE_SECRET_CONTOSO_KEY": API_KEY})
    try:
        with SipProbe("127.0.0.1") as probe:
            call = probe.invite(f"sip:agent@127.0.0.1:{port}", f'"Customer" <sip:{NUMBER}@127.0.0.1>')
            call_id = desk.events.wait("call.ringing")["call_id"]
            desk.events.wait("card.shown", call_id=call_id)
            desk.result("answer", "--call", call_id)
            assert probe.wait_final(call, 10).status == 200
            desk.events.wait("call.answered", call_id=call_id)
            desk.result("note", "Wants the offer by Friday", "--call", call_id)
            desk.result("disposition", "followup.callback", "--call", call_id)
            assert probe.bye(call) == 200
        desk.events.wait("call.ended", call_id=call_id)
        desk.result("wrapup-done", "--call", call_id)
        synced = desk.events.wait("writeback.synced|writeback.failed|writeback.needs_customer")
        assert synced["type"] == "writeback.synced", synced
    finally:
        desk.close()
    [logged] = [s["body"] for s in contoso.stored if s["what"] == "calls"]
    assert logged["person"] == PERSON and logged["outcome"] == "callback_scheduled"
    assert logged["disposition"] == "Call-back promised" and "(Call-back promised)" in logged["summary"]
    assert [s["body"] for s in contoso.stored if s["what"] == "notes"] == [
        {"person": PERSON, "text": "Wants the offer by Friday"}]
