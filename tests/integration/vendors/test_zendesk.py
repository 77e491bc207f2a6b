"""Zendesk Support adapter against a fake that follows Zendesk's published API."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from fake_zendesk import EMAIL, TOKEN, FakeZendesk
from vendor_http import ServerThread, using

from crm_adapters.numbers import normalise
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.registry import create_adapters
from crm_adapters.vocabulary import CallLog, FollowUpTask

pytestmark = pytest.mark.integration


@pytest.fixture
def zendesk():
    app = FakeZendesk()
    with ServerThread(app) as server:
        app.url = server.url
        yield app


def adapter_for(app, token=TOKEN, **extra):
    table = {"type": "zendesk", "base_url": app.url, "email": EMAIL, "max_retry_wait_s": 2, **extra}
    [(_, adapter)] = create_adapters(["zd"], {"zd": table}, AdapterContext(secret={"zendesk_token": token}.get))
    assert not hasattr(adapter, "reason"), getattr(adapter, "reason", "")
    return adapter


def test_end_user_found_by_phone_with_organization_agents_ignored(zendesk):
    [jan] = using(adapter_for(zendesk), lambda a: a.find_customers(normalise("0905 123 456")))
    assert (jan.id, jan.name, jan.company, jan.language) == ("1001", "Ján Novák", "Novák s.r.o.", "sk")
    assert jan.url == f"{zendesk.url}/agent/users/1001"


def test_history_is_latest_tickets_and_task_tickets_are_found_across_pages(zendesk):
    async def work(a):
        [jan] = await a.find_customers(normalise("+421905123456"))
        return await a.history(jan, limit=3), await a.open_tasks(jan)

    history, tasks = using(adapter_for(zendesk), work)
    assert history[0].summary.endswith("Invoice wrong (open)") and len(history) == 3
    assert [(t.title, t.due) for t in tasks] == [("Send the contract", datetime(2024, 5, 20, 9, tzinfo=timezone.utc))]
    pages = [q for m, p, q, b in zendesk.requests if p.endswith("requested.json")]
    assert any(q.get("page") == ["2"] for q in pages)  # the task was on page 2


def test_call_log_is_a_solved_ticket_with_private_comment_created_once_per_key(zendesk):
    log = CallLog("c1", "in", "+421905123456", datetime(2024, 5, 6, 9, 30, tzinfo=timezone.utc), 75, "1001", "", "Asked for a refund")

    async def work(a):
        return await a.write_call_log(log, "key-1"), await a.write_call_log(log, "key-1")

    first, again = using(adapter_for(zendesk), work)
    assert first == again
    ticket = zendesk.tickets[int(first)]
    assert ticket["status"] == "solved" and "phone_call" in ticket["tags"]
    [comment] = zendesk.comments[int(first)]
    assert not comment["public"] and comment["body"].endswith("Asked for a refund")


def test_note_is_a_private_comment_on_the_open_ticket_added_once(zendesk):
    async def work(a):
        return (await a.write_note("1001", "Prefers e-mail", "c1", "k1"),
                await a.write_note("1001", "Prefers e-mail", "c1", "k1"))

    first, again = using(adapter_for(zendesk), work)
    assert first == again
    added = [c for c in zendesk.comments.get(int(first), []) if c["body"] == "Prefers e-mail"]
    assert len(added) == 1 and added[0]["public"] is False


def test_follow_up_is_a_task_ticket_with_due_at(zendesk):
    due = datetime(2024, 6, 1, 10, 0, tzinfo=timezone.utc)
    tid = using(adapter_for(zendesk), lambda a: a.write_task(FollowUpTask("", "zd", "1001", "Call back", due=due), "k9"))
    assert zendesk.tickets[int(tid)]["type"] == "task" and zendesk.tickets[int(tid)]["due_at"] == "2024-06-01T10:00:00Z"


def test_rate_limit_retry_after_and_wrong_token(zendesk):
    zendesk.retry_after = ["1"]
    [jan] = using(adapter_for(zendesk), lambda a: a.find_customers(normalise("+421905123456")))
    assert jan.id == "1001"
    zendesk.retry_after = ["60"]
    with pytest.raises(AdapterError) as failed:
        using(adapter_for(zendesk), lambda a: a.find_customers(normalise("+421905123456")))
    assert failed.value.retry_after_s == 60 and "retry after 60 s" in failed.value.reason
    with pytest.raises(AdapterError, match=r"authentication failed \(401\)"):
        using(adapter_for(zendesk, token="bad"), lambda a: a.find_customers(normalise("+421905123456")))


def test_unknown_requester_is_reported_with_zendesks_reason(zendesk):
    with pytest.raises(AdapterError) as failed:
        using(adapter_for(zendesk), lambda a: a.write_task(FollowUpTask("", "zd", "999", "x"), "k"))
    assert "HTTP 422 from zendesk" in failed.value.reason and not failed.value.retryable
