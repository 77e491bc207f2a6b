"""Salesforce adapter against a fake that follows Salesforce's published REST API."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from fake_salesforce import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, FakeSalesforce
from vendor_http import ServerThread, using

from crm_adapters.numbers import normalise
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.registry import create_adapters
from crm_adapters.vendors.salesforce import sosl_term
from crm_adapters.vocabulary import CallLog, FollowUpTask

pytestmark = pytest.mark.integration
SECRETS = {"salesforce_client_secret": CLIENT_SECRET, "salesforce_refresh_token": REFRESH_TOKEN}


@pytest.fixture
def salesforce():
    app = FakeSalesforce()
    with ServerThread(app) as server:
        app.url = server.url
        yield app


def adapter_for(app, secrets=SECRETS, **extra):
    table = {"type": "salesforce", "base_url": app.url, "client_id": CLIENT_ID, **extra}
    [(_, adapter)] = create_adapters(["sf"], {"sf": table}, AdapterContext(secret=secrets.get))
    assert not hasattr(adapter, "reason"), getattr(adapter, "reason", "")
    return adapter


def test_sosl_phone_search_finds_contact_and_account(salesforce):
    async def work(a):
        return await a.find_customers(normalise("+421905123456")), await a.find_customers(normalise("02/1234 5678"))

    [jan], [company] = using(adapter_for(salesforce), work)
    assert (jan.id, jan.name, jan.company, jan.value) == ("003000000000001AAA", "Ján Novák", "Novák s.r.o.", 250000.0)
    assert jan.url == f"{salesforce.url}/lightning/r/Contact/003000000000001AAA/view"
    assert company.id.startswith("001") and company.name == "Novák s.r.o."
    q = next(q["q"][0] for m, p, q, b in salesforce.requests if p.endswith("/search/"))
    assert q.startswith('FIND {"\\+421905123456" OR "0905123456" OR "905123456"} IN PHONE FIELDS')


def test_sosl_escapes_every_reserved_character():
    assert sosl_term('+1-2?"x\'') == '\\+1\\-2\\?\\"x\\\''


def test_history_and_open_tasks_by_soql(salesforce):
    async def work(a):
        [jan] = await a.find_customers(normalise("+421905123456"))
        return await a.history(jan), await a.open_tasks(jan)

    history, tasks = using(adapter_for(salesforce), work)
    assert [(h.kind, h.direction, h.duration_s) for h in history] == [("call", "in", 120)]
    assert [(t.title, t.due) for t in tasks] == [("Send the contract", datetime(2024, 5, 20, tzinfo=timezone.utc))]


def test_call_log_note_and_follow_up_are_tasks_stored_once_per_key(salesforce):
    started = datetime(2024, 5, 6, 9, 30, tzinfo=timezone.utc)
    log = CallLog("c1", "out", "+421905123456", started, 75, "003000000000001AAA", "Left voicemail", "Will call back")

    async def work(a):
        first = await a.write_call_log(log, "key-1")
        again = await a.write_call_log(log, "key-1")
        note = await a.write_note("003000000000001AAA", "Prefers e-mail\nafter 5 pm", "c1", "key-2")
        task = await a.write_task(FollowUpTask("", "sf", "003000000000001AAA", "Call back",
                                               due=datetime(2024, 6, 1, 8, 0, tzinfo=timezone.utc)), "key-3")
        return first, again, note, task

    first, again, note, task = using(adapter_for(salesforce), work)
    assert first == again
    call = salesforce.tasks[first]
    assert (call["CallType"], call["CallDurationInSeconds"], call["CallDisposition"]) == ("Outbound", 75, "Left voicemail")
    assert call["TaskSubtype"] == "Call" and call["ActivityDate"] == "2024-05-06" and call["WhoId"].startswith("003")
    assert salesforce.tasks[note]["Description"] == "Prefers e-mail\nafter 5 pm"
    assert (salesforce.tasks[task]["ActivityDate"], salesforce.tasks[task]["Status"]) == ("2024-06-01", "Not Started")
    assert sum(1 for t in salesforce.tasks.values() if t.get("CallObject") == "key-1") == 1


def test_expired_session_is_renewed_once_with_the_refresh_token(salesforce):
    async def work(a):
        await a.find_customers(normalise("+421905123456"))
        salesforce.expire_tokens()
        return await a.find_customers(normalise("+421905123456"))

    [jan] = using(adapter_for(salesforce, auth="refresh_token"), work)
    assert jan.name == "Ján Novák"
    assert sum(1 for m, p, q, b in salesforce.requests if p == "/services/oauth2/token") == 2


def test_request_limit_and_bad_credentials_are_explained(salesforce):
    salesforce.limit_exceeded = True
    with pytest.raises(AdapterError) as failed:
        using(adapter_for(salesforce), lambda a: a.find_customers(normalise("+421905123456")))
    assert "REQUEST_LIMIT_EXCEEDED" in failed.value.reason and failed.value.retryable
    assert failed.value.retry_after_s and failed.value.retry_after_s >= 60
    salesforce.limit_exceeded = False
    with pytest.raises(AdapterError) as failed:
        using(adapter_for(salesforce, secrets={"salesforce_client_secret": "wrong"}),
              lambda a: a.find_customers(normalise("+421905123456")))
    assert "OAuth2 token request failed" in failed.value.reason and "invalid client credentials" in failed.value.reason
