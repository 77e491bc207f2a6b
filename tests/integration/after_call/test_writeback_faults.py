"""Write-back through the outbox to a real HTTP CRM that refuses, fails, hangs and lies."""
from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest
from flaky_crm_adapter import FlakyCrmAdapter

from crm_adapters.outbox import Outbox
from crm_adapters.outbox_sender import OutboxSender, RetryPolicy
from crm_adapters.runtime import CrmRuntime
from crm_adapters.vocabulary import CallLog, FollowUpTask

FAST = RetryPolicy(first_s=0.05, factor=2.0, cap_s=0.4, timeout_s=0.8, idle_poll_s=0.5)


def wait_until(check, timeout_s: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def sending(workstation_db, flaky_crm):
    events: list[tuple[str, dict]] = []
    outbox = Outbox(workstation_db, ["flaky"])
    with CrmRuntime() as runtime:
        adapter = FlakyCrmAdapter("flaky", flaky_crm.url, timeout_s=5.0)
        sender = OutboxSender(outbox, {"flaky": adapter}, policy=FAST, on_event=lambda t, f: events.append((t, f)))
        sender.start(runtime)
        runtime.own(adapter)
        yield outbox, sender, events


def save_mix(outbox: Outbox, n: int, tag: str) -> set[str]:
    """n records of each kind; returns the texts that identify them at the CRM."""
    made = set()
    for i in range(n):
        outbox.save_note(f"{tag} note {i}", {"*": "c-7"})
        outbox.save_call_log(CallLog(call_id=f"{tag}-call-{i}", direction="in", number="+421905123456",
                                     started=datetime.now(timezone.utc), duration_s=30 + i, notes="asked about invoice",
                                     disposition="sale", agent="jana"), {"*": "c-7"}, customer_name="Ján Novák")
        outbox.save_task(FollowUpTask(id="", source="", customer_id="", title=f"{tag} task {i}",
                                      due=datetime.now(timezone.utc) + timedelta(days=1), assignee="jana",
                                      kind="callback", number="+421905123456"), {"*": "c-7"})
        made |= {f"{tag} note {i}", f"{tag}-call-{i}", f"{tag} task {i}"}
    return made


def test_every_record_arrives_exactly_once_through_all_kinds_of_failure(sending, flaky_crm):
    outbox, sender, events = sending
    flaky_crm.faults.extend(["500", "503", "hang", "close", "500", "close", "hang", "503"])
    made = save_mix(outbox, 4, "a")
    sender.wake()
    flaky_crm_refused_at = wait_until(lambda: flaky_crm.faults_injected() >= 4 and time.monotonic(), what="faults")
    flaky_crm.refuse()  # the CRM goes away altogether for a while
    retried_before = sum(1 for t, _ in list(events) if t == "writeback.retrying")
    made |= save_mix(outbox, 3, "b")
    sender.wake()
    # The sender has tried the refusing CRM and backed off: it is really down for it now.
    wait_until(lambda: sum(1 for t, _ in list(events) if t == "writeback.retrying") > retried_before,
               what="a retry against the refusing CRM")
    assert outbox.counts()["pending"] > 0  # nothing was lost while it was down …
    flaky_crm.recover()
    sender.wake(hurry=True)
    wait_until(lambda: outbox.counts()["pending"] == 0, what="all delivered")

    arrived = flaky_crm.texts()
    assert set(arrived) == made  # … and everything arrived
    assert flaky_crm.duplicates() == 0  # exactly once, although hang/close made us send again
    assert flaky_crm.replays >= 2  # the stored-but-unanswered ones were re-sent with the same key
    assert outbox.counts() == {"pending": 0, "delivered": len(made), "failed": 0}
    # The event for the last delivery follows its database update: wait for it, do not race it.
    wait_until(lambda: [t for t, _ in list(events)].count("writeback.synced") >= len(made), what="synced events")
    types = [t for t, _ in events]
    assert types.count("writeback.synced") == len(made) and "writeback.retrying" in types
    assert flaky_crm_refused_at


def test_a_400_marks_the_entry_failed_with_the_reason_and_retry_delivers_it(sending, flaky_crm):
    outbox, sender, events = sending
    flaky_crm.faults.append("400")
    outbox.save_note("the CRM will not take this one", {"*": "c-1"})
    sender.wake()
    wait_until(lambda: outbox.counts()["failed"] == 1, what="failed entry")
    [entry] = outbox.entries(["failed"])
    assert "HTTP 400" in entry["last_error"] and "subject" in entry["last_error"]
    failed = [f for t, f in events if t == "writeback.failed"]
    assert failed and "HTTP 400" in failed[0]["reason"]
    assert flaky_crm.texts() == {}

    outbox.save_note("a later note is not blocked", {"*": "c-1"})
    sender.wake()
    wait_until(lambda: outbox.counts()["delivered"] == 1, what="later note")

    assert outbox.retry(entry["entry_id"]) == 1  # the retry button
    sender.wake(hurry=True)
    wait_until(lambda: outbox.counts()["delivered"] == 2, what="retried note")
    assert flaky_crm.texts() == {"the CRM will not take this one": 1, "a later note is not blocked": 1}


def test_retry_after_is_honoured(sending, flaky_crm):
    outbox, sender, events = sending
    flaky_crm.faults.append("503")  # Retry-After: 1 although our own backoff would retry in 0.05 s
    outbox.save_note("after maintenance", {"*": "c-1"})
    sender.wake()
    wait_until(lambda: outbox.counts()["delivered"] == 1, what="delivery")
    retrying = [f for t, f in events if t == "writeback.retrying"]
    assert retrying[0]["retry_in_s"] == 1.0 and "503" in retrying[0]["reason"]
    # the retry was planned a second after the refusal, and the CRM heard nothing before then
    (entry,) = outbox.entries(states=("delivered",))
    planned = datetime.fromisoformat(entry["next_attempt_at"])
    refused, delivered = flaky_crm.arrivals
    assert planned - refused >= timedelta(seconds=1) and delivered >= planned


def test_backoff_grows_and_is_capped():
    policy = RetryPolicy(first_s=1, factor=2, cap_s=60, jitter=0.2)
    delays = [policy.delay(n, None) for n in range(1, 10)]
    assert 0.8 <= delays[0] <= 1.2 and 1.6 <= delays[1] <= 2.4 and 3.2 <= delays[2] <= 4.8
    assert all(d <= 72 for d in delays) and delays[-1] >= 48
    assert policy.delay(3, 17.0) == 17.0  # the CRM's Retry-After wins
