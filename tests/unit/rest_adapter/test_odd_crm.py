"""A CRM the project has never seen, connected with nothing but a template written from the docs."""
from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from pathlib import Path

import pytest
from odd_crm_server import API_KEY

from crm_adapters.numbers import normalise
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.registry import create_adapters
from crm_adapters.vocabulary import CallLog, FollowUpTask, Segment

TEMPLATE = Path(__file__).parent / "phonebook_pro.toml"


def _context(secrets: dict[str, str] | None = None) -> AdapterContext:
    values = {"pb_key": API_KEY} if secrets is None else secrets
    return AdapterContext(default_region="SK", secret=values.get, agent_id="jana")


def _start(phonebook, secrets=None, **settings):
    table = {"type": "rest", "template": str(TEMPLATE), "base_url": phonebook.url, **settings}
    [(name, adapter)] = create_adapters(["pb"], {"pb": table}, _context(secrets))
    assert not hasattr(adapter, "reason"), getattr(adapter, "reason", "")
    return adapter


def run(coro):
    return asyncio.run(coro)


def test_lookup_tries_number_formats_until_the_crm_matches_and_maps_the_card(phonebook):
    adapter = _start(phonebook)

    async def go():
        try:
            return await adapter.find_customers(normalise("+421905123456"))
        finally:
            await adapter.close()

    [jan] = run(go())
    assert (jan.id, jan.name, jan.company, jan.email) == ("17", "Ján Novák", "Novák s.r.o.", "jan@novak.sk")
    assert jan.segment == Segment.VIP and jan.language == "sk"
    assert jan.value == 12500.5 and jan.currency == "EUR"
    assert jan.url == "https://pb.example.com/people/17" and jan.source == "pb"
    # the CRM matches exact text: E.164 and international were tried first, national matched
    finds = [p for m, p, *_ in phonebook.requests if p.endswith("/find")]
    assert len(finds) == 3


def test_unknown_number_gives_no_match_not_an_error(phonebook):
    adapter = _start(phonebook)

    async def go():
        try:
            return await adapter.find_customers(normalise("+421911999888"))
        finally:
            await adapter.close()

    assert run(go()) == []


def test_history_and_open_tasks_come_from_the_follow_up_requests(phonebook):
    adapter = _start(phonebook)

    async def go():
        try:
            [jan] = await adapter.find_customers(normalise("0905 123 456"))
            return await asyncio.gather(adapter.history(jan), adapter.open_tasks(jan))
        finally:
            await adapter.close()

    history, tasks = run(go())
    assert [h.summary for h in history] == ["Sent the offer", "Asked about the invoice"]  # newest first
    assert history[1].direction == "in" and history[1].kind == "phone"
    assert history[1].when == datetime(2024, 5, 6, 8, 0, tzinfo=timezone.utc)
    assert [t.title for t in tasks] == ["Call back about the offer"]  # the finished one is not open
    assert tasks[0].due == datetime(2024, 5, 10, tzinfo=timezone.utc)


def test_write_backs_arrive_intact_and_the_same_key_stores_once(phonebook):
    adapter = _start(phonebook)
    tricky = 'Customer said "call me {tomorrow}" \\ & back\nSecond line: ľščťžýáíé'
    started = datetime(2024, 5, 6, 9, 30, tzinfo=timezone.utc)

    async def go():
        try:
            note_id = await adapter.write_note("17", tricky, "call-9", "key-note-1")
            again = await adapter.write_note("17", tricky, "call-9", "key-note-1")
            call_id = await adapter.write_call_log(
                CallLog("call-9", "in", "+421905123456", started, 75, "17", "sold", tricky), "key-call-1")
            task_id = await adapter.write_task(
                FollowUpTask("", "pb", "17", "Send the contract", due=datetime(2024, 6, 1, 10, 0, tzinfo=timezone.utc)),
                "key-task-1")
            return note_id, again, call_id, task_id
        finally:
            await adapter.close()

    note_id, again, call_id, task_id = run(go())
    assert note_id == again == "R-1" and call_id == "R-2" and task_id == "R-4"
    assert len(phonebook.stored) == 4  # the call's notes also went to [write.note]
    note, call, call_note, task = (s["body"] for s in phonebook.stored)
    assert note == call_note == {"text": tricky, "call": "call-9"}
    assert call["secs"] == 75 and call["memo"] == f"Inbound call, 1 min 15 s (sold): {tricky}"
    assert call["when"] == "2024-05-06T09:30:00+00:00"
    assert task == {"person": "17", "label": "Send the contract", "deadline": "2024-06-01"}
    assert [s["key"] for s in phonebook.stored] == ["key-note-1", "key-call-1", "key-call-1:note", "key-task-1"]


def test_wrong_key_and_missing_secret_say_so(phonebook):
    wrong = _start(phonebook, secrets={"pb_key": "nope"})
    missing = _start(phonebook, secrets={})

    async def go(adapter):
        try:
            await adapter.find_customers(normalise("+421905123456"))
        finally:
            await adapter.close()

    with pytest.raises(AdapterError) as failed:
        run(go(wrong))
    assert "authentication failed (401)" in failed.value.reason and not failed.value.retryable
    with pytest.raises(AdapterError) as failed:
        run(go(missing))
    assert "secret 'pb_key' is not set" in failed.value.reason


def test_rate_limit_short_retry_after_is_waited_for_long_one_is_reported(phonebook):
    adapter = _start(phonebook)
    phonebook.busy_left, phonebook.busy_retry_after = 1, "1"

    async def go():
        return await adapter.find_customers(normalise("+421905123456"))

    loop = asyncio.new_event_loop()
    try:
        started = loop.time()
        [jan] = loop.run_until_complete(go())
        assert jan.id == "17" and loop.time() - started >= 0.9  # waited as the CRM asked
        phonebook.busy_left, phonebook.busy_retry_after = 5, "120"
        with pytest.raises(AdapterError) as failed:
            loop.run_until_complete(adapter.write_note("17", "x", "c", "k-rl"))
        assert failed.value.retry_after_s == 120 and failed.value.retryable
        assert "rate limited" in failed.value.reason and "120 s" in failed.value.reason
        assert phonebook.stored == []
    finally:
        loop.run_until_complete(adapter.close())
        loop.close()


def test_missing_template_or_bad_template_is_an_adapter_problem_naming_the_file(phonebook, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(TEMPLATE.read_text().replace('matches = "$.payload.hits[*]"', 'matches = "$.payload.hits[*"'))
    started = create_adapters(["a", "b"], {"a": {"type": "rest", "template": str(bad)},
                                           "b": {"type": "rest", "template": "no-such-template"}}, _context())
    (_, a), (_, b) = started
    assert "bad.toml" in a.reason and "[lookup] matches" in a.reason and "JSONPath" in a.reason
    assert "template 'no-such-template' not found" in b.reason
