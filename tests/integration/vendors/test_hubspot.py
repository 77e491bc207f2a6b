"""HubSpot adapter against a fake that follows HubSpot's published CRM v3 API."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from fake_hubspot import TOKEN, FakeHubSpot
from vendor_http import ServerThread, json_body, using

from crm_adapters.numbers import normalise
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.registry import create_adapters
from crm_adapters.vocabulary import CallLog, FollowUpTask, Segment

pytestmark = pytest.mark.integration


@pytest.fixture
def hubspot():
    app = FakeHubSpot()
    with ServerThread(app) as server:
        app.url = server.url
        yield app


def adapter_for(app, token=TOKEN, **extra):
    table = {"type": "hubspot", "base_url": app.url, "portal_id": "777", "segment_property": "hs_lead_status",
             "segments": {"VIP": "vip"}, "max_retry_wait_s": 2, **extra}
    [(_, adapter)] = create_adapters(["hs"], {"hs": table}, AdapterContext(secret={"hubspot_token": token}.get))
    assert not hasattr(adapter, "reason"), getattr(adapter, "reason", "")
    return adapter


def test_number_variants_are_tried_because_hubspot_matches_exact_text(hubspot):
    [jan] = using(adapter_for(hubspot), lambda a: a.find_customers(normalise("+421905123456")))
    assert (jan.id, jan.name, jan.company, jan.language) == ("501", "Ján Novák", "Novák s.r.o.", "sk")
    assert jan.segment == Segment.VIP and jan.value == 12500
    assert jan.url == "https://app.hubspot.com/contacts/777/record/0-1/501"
    searches = [json_body(b) for m, p, q, b in hubspot.requests if p.endswith("/contacts/search")]
    assert all(len(s["filterGroups"]) <= 5 for s in searches)
    tried = [f["value"] for s in searches for g in s["filterGroups"] for f in g["filters"]]
    assert tried[:2] == ["+421905123456", "+421905123456"]  # phone and mobilephone, E.164 first
    assert "0905 123 456" in tried  # the way it was stored


def test_mobile_phone_matches_and_unknown_number_is_no_match(hubspot):
    async def work(a):
        return await a.find_customers(normalise("+420 601 234 567")), await a.find_customers(normalise("+421911000111"))

    [eva], nobody = using(adapter_for(hubspot), work)
    assert eva.name == "Eva Malá" and nobody == []


def test_history_and_open_tasks(hubspot):
    async def work(a):
        [jan] = await a.find_customers(normalise("0905123456"))
        return await a.history(jan), await a.open_tasks(jan)

    history, tasks = using(adapter_for(hubspot), work)
    assert [(h.kind, h.summary) for h in history] == [("note", "Wants a discount"), ("call", "Asked about invoice")]
    assert history[1].direction == "in" and history[1].duration_s == 95
    assert [t.title for t in tasks] == ["Send contract"]
    assert tasks[0].due == datetime(2024, 5, 20, 9, 0, tzinfo=timezone.utc)


def test_write_backs_create_engagements_associated_with_the_contact(hubspot):
    started = datetime(2024, 5, 6, 9, 30, tzinfo=timezone.utc)

    async def work(a):
        return (await a.write_call_log(CallLog("c1", "in", "+421905123456", started, 75, "501", "", 'Said "hi" <3'), "k1"),
                await a.write_note("501", "Wants <b>more</b>\nsoon", "c1", "k2"),
                await a.write_task(FollowUpTask("", "hs", "501", "Call back", due=started, kind="callback"), "k3"))

    call_id, note_id, task_id = using(adapter_for(hubspot), work)
    call = hubspot.objects["calls"][call_id]
    assert call["contact"] == "501" and call["props"]["hs_call_duration"] == "75000"
    assert call["props"]["hs_call_direction"] == "INBOUND" and call["props"]["hs_call_body"] == "Said &quot;hi&quot; &lt;3"
    assert hubspot.objects["notes"][note_id]["props"]["hs_note_body"] == "Wants &lt;b&gt;more&lt;/b&gt;<br>soon"
    task = hubspot.objects["tasks"][task_id]
    assert task["contact"] == "501" and task["props"]["hs_task_type"] == "CALL"
    assert task["props"]["hs_timestamp"] == "2024-05-06T09:30:00+00:00"


def test_writing_to_a_contact_that_does_not_exist_is_not_retried(hubspot):
    with pytest.raises(AdapterError) as failed:
        using(adapter_for(hubspot), lambda a: a.write_note("999", "x", "c", "k"))
    assert "HTTP 400 from hubspot" in failed.value.reason and "999 does not exist" in failed.value.reason
    assert not failed.value.retryable


def test_bad_token_and_rate_limit(hubspot):
    with pytest.raises(AdapterError, match=r"authentication failed \(401\)"):
        using(adapter_for(hubspot, token="pat-wrong"), lambda a: a.find_customers(normalise("+421905123456")))
    hubspot.rate_limited = 1  # one 429 without Retry-After: retried after a short pause
    [jan] = using(adapter_for(hubspot), lambda a: a.find_customers(normalise("+421905123456")))
    assert jan.id == "501"
    hubspot.rate_limited = 10
    with pytest.raises(AdapterError, match="rate limited by hubspot") as failed:
        using(adapter_for(hubspot, retries=1), lambda a: a.find_customers(normalise("+421905123456")))
    assert failed.value.retryable
