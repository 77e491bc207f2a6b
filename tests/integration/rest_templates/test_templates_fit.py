"""Templates that fit real CRMs (issue 15), against Contoso on a real local HTTP server:
field enrichment, one shared answer per ring, pages, a value map with labels, a write section
left out, dates in the right time zone."""
from __future__ import annotations

import asyncio
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from contoso_crm import API_KEY, PERSON

from crm_adapters.lookup_chain import LookupChain
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.registry import create_adapters
from crm_adapters.vocabulary import CallLog, FollowUpTask, Segment

TEMPLATE = Path(__file__).parent / "contoso.toml"
NUMBER = "+421905123456"


def start(contoso, template_text: str | None = None, tmp_path: Path | None = None, **settings):
    template = TEMPLATE
    if template_text is not None:
        template = tmp_path / "contoso.toml"
        template.write_text(template_text, encoding="utf-8")
    table = {"type": "rest", "template": str(template), "base_url": f"{contoso.url}/api", **settings}
    context = AdapterContext(default_region="SK", secret={"contoso_key": API_KEY}.get, agent_id="jana")
    [(name, adapter)] = create_adapters(["contoso"], {"contoso": table}, context)
    assert not hasattr(adapter, "reason"), getattr(adapter, "reason", "")
    return adapter


async def closing(adapter, work):
    try:
        return await work
    finally:
        await adapter.close()


def test_a_card_from_enrichment_a_shared_answer_and_pages(contoso):
    adapter = start(contoso)

    async def two_rings():
        chain = LookupChain([("contoso", adapter)], timeout_ms=5000)
        return await chain.lookup(NUMBER), await chain.lookup(NUMBER)

    first, second = asyncio.run(closing(adapter, two_rings()))
    for card in (first, second):
        assert card.complete and card.customer is not None, card.sources
        assert card.sources["contoso"].reason == ""
        # the search has no company: the person document filled it in, with value and segment
        assert (card.customer.name, card.customer.company) == ("Ján Novák", "Novák s.r.o.")
        assert (card.customer.value, card.customer.currency, card.customer.segment) == (1200.5, "EUR", Segment.VIP)
        # history: the document's visit and all five calls over three pages (2 + 2 + 1), newest first
        assert [i.id for i in card.history] == ["a1", "c5", "c4", "c3", "c2", "c1"]
        # tasks: the document's to-do and the three paged ones (next link followed once)
        assert [t.title for t in card.open_tasks] == ["Sign the contract", "Paged task 1", "Paged task 2",
                                                      "Paged task 3"]
    # one person document per ring although three sections read it
    assert contoso.hits(f"/api/people/{PERSON}") == 2
    assert [q.get("page") for _, path, q, _ in contoso.requests if path.endswith("/calls")] == [["1"], ["2"], ["3"]] * 2
    assert contoso.hits(f"/api/people/{PERSON}/tasks") == 4


def test_a_next_link_to_another_site_is_not_followed(contoso):
    contoso.next_link_host = "http://127.0.0.2:9"  # the key would go along: never
    adapter = start(contoso)
    card = asyncio.run(closing(adapter, LookupChain([("contoso", adapter)], timeout_ms=5000).lookup(NUMBER)))
    assert [t.title for t in card.open_tasks] == ["Sign the contract", "Paged task 1", "Paged task 2"]
    assert "another site" in card.sources["contoso"].reason
    assert contoso.hits(f"/api/people/{PERSON}/tasks") == 1


def test_tasks_of_an_owner_come_over_cursor_pages(contoso):
    adapter = start(contoso)
    tasks = asyncio.run(closing(adapter, adapter.assigned_tasks("jana", limit=10)))
    assert [(t.id, t.customer_id) for t in tasks] == [("o1", PERSON), ("o3", PERSON), ("o4", PERSON)]  # o2 is done
    assert [q.get("cursor") for _, path, q, _ in contoso.requests if path == "/api/tasks"] == [None, ["2"]]


def test_the_outcome_is_mapped_and_the_disposition_written_with_its_label(contoso):
    adapter = start(contoso)
    started = datetime(2026, 12, 1, 23, 30, tzinfo=timezone.utc)  # 00:30 on 2 December in Bratislava

    def call(i: int, code: str, label: str, notes: str = "") -> CallLog:
        return CallLog(f"call-{i}", "in", NUMBER, started, 75, PERSON, code, notes, disposition_label=label)

    async def write():
        await adapter.write_call_log(call(1, "followup.callback", "Call-back promised", "Wants a call on Friday"), "k1")
        await adapter.write_call_log(call(2, "sale.new", "New contract"), "k2")  # its parent "sale" is mapped
        await adapter.write_call_log(call(3, "resolved.info", "Information given"), "k3")  # the default
        await adapter.write_call_log(call(1, "followup.callback", "Call-back promised", "Wants a call on Friday"), "k1")

    asyncio.run(closing(adapter, write()))
    calls = [s["body"] for s in contoso.stored if s["what"] == "calls"]
    assert [c["outcome"] for c in calls] == ["callback_scheduled", "won", "connected"]
    assert calls[0]["disposition"] == "Call-back promised" and "followup.callback" not in calls[0]["summary"]
    assert calls[0]["summary"] == "Inbound call, 1 min 15 s (Call-back promised)"
    assert calls[0]["day"] == "2026-12-02"
    # the notes typed during the call also went to [write.note], once although the call was sent twice
    notes = [s for s in contoso.stored if s["what"] == "notes"]
    assert [(n["body"], n["key"]) for n in notes] == [({"person": PERSON, "text": "Wants a call on Friday"}, "k1:note")]


def test_a_write_section_left_out_means_not_taken_here(contoso):
    adapter = start(contoso)
    assert adapter.takes == {"call_log", "note"}
    task = FollowUpTask("", "contoso", PERSON, "Send the offer", due=datetime(2026, 12, 3, 9, 0, tzinfo=timezone.utc))
    with pytest.raises(AdapterError) as refused:
        asyncio.run(closing(adapter, adapter.write_task(task, "k-task")))
    assert refused.value.code == "crm.not_taken" and not refused.value.retryable
    assert refused.value.params["section"] == "write.task"
    assert not [r for r in contoso.requests if r[0] == "POST"]  # nothing was sent


TASK_SECTION = '''
[write.task]
method = "POST"
url = "/tasks"
body = { person = "{task.customer_id}", title = "{task.title}", due_date = "{task.due_date}", at = "{task.due_time}" }
expect = [201]
'''


@pytest.mark.parametrize("zone_line, agent_zone, day, at", [
    ('time_zone = "Europe/Bratislava"', "UTC", "2026-12-02", "00:30"),  # declared in the template
    ("", "Europe/Bratislava", "2026-12-02", "00:30"),  # none declared: the agent's own zone
    ('time_zone = "UTC"', "Europe/Bratislava", "2026-12-01", "23:30"),
])
def test_due_dates_are_the_day_in_the_right_time_zone(contoso, tmp_path, monkeypatch, zone_line, agent_zone, day, at):
    monkeypatch.setenv("TZ", agent_zone)
    time.tzset()
    try:
        text = TEMPLATE.read_text(encoding="utf-8").replace('time_zone = "Europe/Bratislava"', zone_line)
        adapter = start(contoso, text + TASK_SECTION, tmp_path)
        due = datetime(2026, 12, 1, 23, 30, tzinfo=timezone.utc)  # due 00:30 +01:00 on 2 December
        task = FollowUpTask("", "contoso", PERSON, "Call back", due=due)
        asyncio.run(closing(adapter, adapter.write_task(task, f"k-{day}-{at}")))
    finally:
        monkeypatch.undo()
        time.tzset()
    [stored] = [s["body"] for s in contoso.stored if s["what"] == "tasks"]
    assert (stored["due_date"], stored["at"]) == (day, at)


def test_the_outbox_skips_what_a_crm_does_not_take_instead_of_failing_it(contoso):
    from crm_adapters.outbox import Delivery
    from crm_adapters.outbox_sender import deliver

    adapter = start(contoso)
    entry = Delivery(1, "contoso", "task", "r-1", "r-1:contoso",
                     {"id": "", "source": "contoso", "customer_id": PERSON, "title": "Send the offer",
                      "due": "2026-12-03T09:00:00+00:00"}, 0, datetime.now(timezone.utc))
    outcome = asyncio.run(closing(adapter, deliver(adapter, entry, 5.0)))
    assert outcome.ok and outcome.remote_id == "" and "no [write.task] section" in outcome.reason
    assert not [r for r in contoso.requests if r[0] == "POST"]
