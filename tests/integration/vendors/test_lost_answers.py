"""Idempotent create (issue 15): the CRM stores a call, note or task and then the connection drops
before its answer arrives; the outbox's retry (same idempotency key) must not store it twice.
HubSpot and Odoo, against fakes that follow their published APIs, through the outbox's own
delivery step (crm_adapters.outbox_sender.deliver), so the lost answer is classified as it is in
the console: try again."""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone

import pytest
from fake_hubspot import TOKEN, FakeHubSpot
from fake_odoo import API_KEY, DB, LOGIN, FakeOdoo
from vendor_http import ServerThread, json_body

from crm_adapters.outbox import Delivery
from crm_adapters.outbox_sender import deliver
from crm_adapters.protocol import AdapterContext
from crm_adapters.registry import create_adapters

pytestmark = pytest.mark.integration

WHEN = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)


class _Hangup:
    """The answer that never arrives: headers promise a body, then the server hangs up."""

    def __iter__(self):
        return self

    def __next__(self) -> bytes:
        raise StopIteration


def losing_the_next_answer(fake_class, is_create):
    class Losing(fake_class):
        lose_next = False

        def handle(self, method, path, query, headers, body):
            status, answer, extra = super().handle(method, path, query, headers, body)
            if self.lose_next and status in (200, 201) and is_create(path, json_body(body)):
                self.lose_next = False  # stored; the answer is lost on the way back
                return status, _Hangup(), {"Content-Length": "1000"}
            return status, answer, extra
    return Losing


def hubspot_create(path: str, _body) -> bool:
    parts = path.strip("/").split("/")
    return len(parts) == 4 and parts[:3] == ["crm", "v3", "objects"]


def odoo_create(path: str, body) -> bool:
    if path.startswith("/json/2/"):
        return path.endswith(("/message_post", "/create"))
    args = ((body or {}).get("params") or {}).get("args") or []
    return len(args) > 4 and args[4] in ("message_post", "create")


ENTRIES = [
    ("call_log", {"call_id": "c1", "direction": "in", "number": "+421905123456", "started": WHEN.isoformat(),
                  "duration_s": 75, "disposition": "sale", "notes": "wants the offer", "recording": "", "agent": "jana"}),
    ("note", {"text": "prefers e-mail", "call_id": "c1"}),
    ("task", {"id": "", "source": "x", "title": "send the offer", "due": WHEN.isoformat(), "assignee": "jana",
              "kind": "task", "done": False, "call_id": "c1", "url": "", "number": ""}),
]


def twice_with_the_first_answer_lost(adapter, fake, customer: str) -> list[str]:
    """Each record sent; the first try's answer is lost; the retry (same key) answers. The ids."""
    async def go():
        ids = []
        try:
            for n, (kind, payload) in enumerate(ENTRIES):
                d = Delivery(n + 1, "crm", kind, f"rec-{n}", f"rec-{n}:crm", {**payload, "customer_id": customer}, 0, WHEN)
                fake.lose_next = True
                first = await deliver(adapter, d, 10)
                assert not first.ok and first.retryable, first  # a lost answer: try again
                again = await deliver(adapter, d, 10)
                assert again.ok, again
                ids.append(again.remote_id)
        finally:
            await adapter.close()
        return ids
    return asyncio.run(go())


def test_hubspot_stores_each_record_once(tmp_path):
    fake = losing_the_next_answer(FakeHubSpot, hubspot_create)()
    before = {kind: len(objs) for kind, objs in fake.objects.items()}
    with ServerThread(fake) as server:
        table = {"type": "hubspot", "base_url": server.url, "max_retry_wait_s": 2, "retries": 0}
        [(_, adapter)] = create_adapters(["hs"], {"hs": table}, AdapterContext(secret={"hubspot_token": TOKEN}.get))
        ids = twice_with_the_first_answer_lost(adapter, fake, "501")
    for kind, remote_id in zip(("calls", "notes", "tasks"), ids):
        assert len(fake.objects[kind]) == before[kind] + 1, kind  # stored once, not twice
        stored = fake.objects[kind][remote_id]
        assert stored["contact"] == "501" and stored["props"]["agent_console_key"].endswith(":crm")


@pytest.mark.parametrize("dialect", ["json2", "jsonrpc"])
def test_odoo_stores_each_record_once(dialect):
    fake = losing_the_next_answer(FakeOdoo, odoo_create)(json2=dialect == "json2")
    messages, activities = len(fake.data["mail.message"]), len(fake.data["mail.activity"])
    with ServerThread(fake) as server:
        table = {"type": "odoo", "base_url": server.url, "database": DB, "login": LOGIN, "retries": 0,
                 "protocol": dialect}
        [(_, adapter)] = create_adapters(["od"], {"od": table}, AdapterContext(secret={"odoo_api_key": API_KEY}.get))
        call_id, note_id, task_id = twice_with_the_first_answer_lost(adapter, fake, "7")
    assert len(fake.data["mail.message"]) == messages + 2  # the call and the note, once each
    assert len(fake.data["mail.activity"]) == activities + 1
    assert {str(m["id"]) for m in fake.data["mail.message"][-2:]} == {call_id, note_id}
    assert str(fake.data["mail.activity"][-1]["id"]) == task_id
