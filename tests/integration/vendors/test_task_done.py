"""A task marked done in the console is marked done in the CRM that got it (issue 15): through the
real outbox (a workstation database) and its sender, against HubSpot and Odoo fakes that follow
their published APIs (HubSpot: PATCH the task's hs_task_status; Odoo: mail.activity action_done).
The "done" waits for the task itself to be in the CRM, and goes by the CRM's id for it."""
from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest
from fake_hubspot import TOKEN, FakeHubSpot
from fake_odoo import API_KEY, DB, LOGIN, FakeOdoo, OdooError
from vendor_http import ServerThread, json_body

from crm_adapters.outbox import Outbox
from crm_adapters.outbox_sender import OutboxSender, RetryPolicy, writes_taken
from crm_adapters.protocol import AdapterContext
from crm_adapters.registry import create_adapters
from crm_adapters.runtime import CrmRuntime
from crm_adapters.store.workstation import open_workstation
from crm_adapters.vocabulary import FollowUpTask

pytestmark = pytest.mark.integration

DUE = datetime(2030, 1, 2, 9, 0, tzinfo=timezone.utc)


class HubSpotWithUpdates(FakeHubSpot):
    """PATCH /crm/v3/objects/tasks/{id} {"properties": {...}}, as HubSpot's API updates an object."""

    def handle(self, method, path, query, headers, body):
        parts = path.strip("/").split("/")
        if method == "PATCH" and parts[:4] == ["crm", "v3", "objects", "tasks"] and len(parts) == 5:
            if headers.get("Authorization") != f"Bearer {TOKEN}":
                return 401, {"status": "error", "message": "Authentication credentials not found."}, {}
            task = self.objects["tasks"].get(parts[4])
            if task is None:
                return 404, {"status": "error", "message": "resource not found", "category": "OBJECT_NOT_FOUND"}, {}
            task["props"].update((json_body(body) or {}).get("properties") or {})
            return 200, {"id": parts[4], "properties": task["props"]}, {}
        return super().handle(method, path, query, headers, body)


class OdooWithMarkDone(FakeOdoo):
    """mail.activity action_done: the activity leaves the list (Odoo posts it to the chatter)."""

    def m_action_done(self, model, ids):
        if model != "mail.activity":
            raise OdooError(404, "builtins.AttributeError", f"The method 'action_done' does not exist on {model}")
        self.done = getattr(self, "done", []) + list(ids or [])
        self.data[model] = [a for a in self.data[model] if a["id"] not in (ids or [])]
        return True


def deliver_task_then_done(name: str, adapter, data_dir) -> None:
    """Save a task for the customer, let the sender deliver it, mark it done, let it deliver that."""
    runtime = CrmRuntime()
    runtime.start()
    synced: list[dict] = []
    arrived = threading.Condition()

    def on_event(kind: str, fields: dict) -> None:
        with arrived:
            synced.append({"type": kind, **fields})
            arrived.notify_all()

    def wait_for(kind: str) -> dict:
        with arrived:
            assert arrived.wait_for(lambda: any(e["type"] == "writeback.synced" and e["kind"] == kind for e in synced), 20), synced
            return next(e for e in synced if e["type"] == "writeback.synced" and e["kind"] == kind)

    db = open_workstation(data_dir)
    try:
        box = Outbox(db, [name], takes={name: writes_taken(adapter)})
        sender = OutboxSender(box, {name: adapter}, policy=RetryPolicy(first_s=0.1, cap_s=0.5), on_event=on_event)
        sender.start(runtime)
        saved = box.save_task(FollowUpTask("", "", "", "send the offer", due=DUE, assignee="jana"),
                              {name: CUSTOMER[name]})
        sender.wake()
        wait_for("task")
        done = box.save_task_done(saved.record_id)
        assert [a for _, a in done.entries] == [name]
        sender.wake()
        wait_for("task_done")
    finally:
        runtime.stop()
        db.close()


CUSTOMER = {"hs": "501", "od": "7"}  # the customers the fakes know


def test_hubspot_task_marked_done(tmp_path):
    fake = HubSpotWithUpdates()
    with ServerThread(fake) as server:
        table = {"type": "hubspot", "base_url": server.url, "retries": 0}
        [(_, adapter)] = create_adapters(["hs"], {"hs": table}, AdapterContext(secret={"hubspot_token": TOKEN}.get))
        assert "task_done" in writes_taken(adapter)
        deliver_task_then_done("hs", adapter, tmp_path)
    [(task_id, task)] = [(i, t) for i, t in fake.objects["tasks"].items() if t["props"].get("hs_task_subject") == "send the offer"]
    assert task["props"]["hs_task_status"] == "COMPLETED" and task["contact"] == "501"
    patched = [p for m, p, _q, _b in fake.requests if m == "PATCH"]
    assert patched == [f"/crm/v3/objects/tasks/{task_id}"]


def test_odoo_activity_marked_done(tmp_path):
    fake = OdooWithMarkDone(json2=True)
    with ServerThread(fake) as server:
        table = {"type": "odoo", "base_url": server.url, "database": DB, "login": LOGIN, "retries": 0}
        [(_, adapter)] = create_adapters(["od"], {"od": table}, AdapterContext(secret={"odoo_api_key": API_KEY}.get))
        deliver_task_then_done("od", adapter, tmp_path)
    assert len(fake.done) == 1
    assert all(a["id"] != fake.done[0] for a in fake.data["mail.activity"])  # no longer open in Odoo
