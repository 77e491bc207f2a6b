"""Odoo adapter against a fake Odoo 19 (JSON-2) and a fake older Odoo (JSON-RPC only)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from fake_odoo import API_KEY, DB, LOGIN, FakeOdoo
from vendor_http import ServerThread, using

from crm_adapters.numbers import normalise
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.registry import create_adapters
from crm_adapters.vocabulary import CallLog, FollowUpTask

pytestmark = pytest.mark.integration


@pytest.fixture(params=["json2", "jsonrpc"])
def odoo(request):
    app = FakeOdoo(json2=request.param == "json2")
    with ServerThread(app) as server:
        app.url = server.url
        yield app


def adapter_for(app, key=API_KEY, **extra):
    table = {"type": "odoo", "base_url": app.url, "database": DB, "login": LOGIN, **extra}
    [(_, adapter)] = create_adapters(["od"], {"od": table}, AdapterContext(secret={"odoo_api_key": key}.get))
    assert not hasattr(adapter, "reason"), getattr(adapter, "reason", "")
    return adapter


def test_partner_found_by_phone_or_mobile(odoo):
    async def work(a):
        return await a.find_customers(normalise("+421905123456")), await a.find_customers(normalise("+420 601 234 567"))

    [jan], [eva] = using(adapter_for(odoo), work)
    assert (jan.id, jan.name, jan.company, jan.language) == ("7", "Ján Novák", "Novák s.r.o.", "sk")
    assert eva.name == "Eva Malá" and eva.phones == ["+420601234567"]
    used = {p for m, p, q, b in odoo.requests}
    assert ("/jsonrpc" in used) == (not odoo.json2)  # fell back only where JSON-2 is missing


def test_chatter_history_and_activities(odoo):
    async def work(a):
        [jan] = await a.find_customers(normalise("+421905123456"))
        return await a.history(jan), await a.open_tasks(jan)

    history, tasks = using(adapter_for(odoo), work)
    assert [(h.summary, h.agent) for h in history] == [("Asked about invoice", "Jana")]  # no system notifications
    assert history[0].when == datetime(2024, 5, 2, 10, 0, tzinfo=timezone.utc)
    assert [(t.title, t.assignee) for t in tasks] == [("Send the offer", "Jana")]


def test_call_note_and_activity_are_written(odoo):
    async def work(a):
        return (await a.write_call_log(CallLog("c1", "in", "+421905123456", datetime(2024, 5, 6, tzinfo=timezone.utc),
                                               75, "7", "sold", "<script>x</script>"), "k1"),
                await a.write_note("7", "Prefers e-mail & phone", "c1", "k2"),
                await a.write_task(FollowUpTask("", "od", "7", "Call back",
                                                due=datetime(2024, 6, 1, 10, tzinfo=timezone.utc)), "k3"))

    call_id, note_id, task_id = using(adapter_for(odoo), work)
    bodies = {str(m["id"]): m for m in odoo.data["mail.message"]}
    assert "1 min 15 s (sold)" in bodies[call_id]["body"] and "&lt;script&gt;" in bodies[call_id]["body"]
    assert bodies[note_id]["body"] == "<p>Prefers e-mail &amp; phone</p>" and bodies[note_id]["subtype"] == "mail.mt_note"
    activity = next(x for x in odoo.data["mail.activity"] if str(x["id"]) == task_id)
    assert (activity["res_id"], activity["date_deadline"], activity["summary"]) == (7, "2024-06-01", "Call back")


def test_wrong_api_key_is_authentication_failed(odoo):
    with pytest.raises(AdapterError, match="authentication failed") as failed:
        using(adapter_for(odoo, key="wrong"), lambda a: a.find_customers(normalise("+421905123456")))
    assert not failed.value.retryable


def test_unknown_phone_field_is_reported_with_odoos_message(odoo):
    with pytest.raises(AdapterError, match="x_phone") as failed:
        using(adapter_for(odoo, phone_fields=["x_phone"]), lambda a: a.find_customers(normalise("+421905123456")))
    assert not failed.value.retryable
