"""The CRM event loop thread: the one bridge other threads use to run CRM work."""
from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time

import pytest
from lookup_fakes import NUMBER, FakeCrm, customer

from crm_adapters.lookup_chain import LookupChain
from crm_adapters.runtime import CrmRuntime


@pytest.fixture
def runtime():
    rt = CrmRuntime()
    rt.start()
    yield rt
    rt.stop()


def test_lookups_run_on_the_crm_thread_and_results_come_back_to_the_caller(runtime):
    crm = FakeCrm("crm", [customer("Jana")], delay_s=0.05)
    chain = LookupChain([("crm", crm)])
    update_threads = set()
    future = runtime.submit(chain.lookup(NUMBER, lambda card: update_threads.add(threading.current_thread().name)))
    card = future.result(5)
    assert card.customer.name == "Jana"
    assert update_threads == {"crm-runtime"}


def test_many_threads_can_submit_at_once(runtime):
    chain = LookupChain([("crm", FakeCrm("crm", [customer("Jana")], delay_s=0.1))])
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        started = time.perf_counter()
        futures = list(pool.map(lambda _: runtime.submit(chain.lookup(NUMBER)), range(40)))
        cards = [f.result(10) for f in futures]
    assert all(c.customer.name == "Jana" for c in cards)
    assert time.perf_counter() - started < 2.0, "40 lookups of 0.2 s each ran concurrently on one loop"


def test_call_soon_runs_on_the_loop_thread(runtime):
    ran = concurrent.futures.Future()
    runtime.call_soon(lambda x: ran.set_result((x, runtime.in_loop_thread())), 7)
    assert ran.result(2) == (7, True)
    assert not runtime.in_loop_thread()


def test_errors_in_submitted_work_reach_the_caller(runtime):
    async def fails():
        raise LookupError("nope")
    with pytest.raises(LookupError, match="nope"):
        runtime.submit(fails()).result(2)
    assert runtime.run(asyncio.sleep(0, result=5), timeout_s=2) == 5, "the loop survived"


def test_stop_closes_adapters_cancels_unfinished_work_and_ends_the_thread():
    runtime = CrmRuntime()
    runtime.start()
    crm_a, crm_b = FakeCrm("a", [customer("J")], delay_s=30), FakeCrm("b")
    chain = LookupChain([("a", crm_a)], timeout_ms=60_000)
    runtime.own(chain, crm_b)
    pending = runtime.submit(chain.lookup(NUMBER))
    thread = runtime._thread
    started = time.perf_counter()
    runtime.stop()
    assert time.perf_counter() - started < 3.0
    assert crm_a.closed and crm_b.closed
    assert pending.cancelled() or isinstance(pending.exception(1), asyncio.CancelledError)
    assert not thread.is_alive() and not runtime.running
    coro = asyncio.sleep(0)
    with pytest.raises(RuntimeError, match="not running"):
        runtime.submit(coro)
    runtime.stop()  # twice is harmless


def test_an_adapter_that_fails_to_close_does_not_stop_the_shutdown(caplog):
    class BadClose(FakeCrm):
        async def close(self):
            raise OSError("socket already gone")
    good = FakeCrm("good")
    with CrmRuntime() as runtime:
        runtime.own(good, BadClose("bad"))
    assert good.closed and "closing BadClose failed" in caplog.text


def test_the_runtime_can_be_started_again_after_stop():
    runtime = CrmRuntime()
    runtime.start()
    runtime.start()  # already running: nothing happens
    runtime.stop()
    runtime.start()
    assert runtime.run(asyncio.sleep(0, result="again"), 2) == "again"
    runtime.stop()


def test_cancelling_a_lookup_cancels_the_crm_calls(runtime):
    crm = FakeCrm("crm", [customer("Jana")], delay_s=10)
    future = runtime.submit(LookupChain([("crm", crm)], timeout_ms=60_000).lookup(NUMBER))
    time.sleep(0.1)
    assert crm.asked("find") == 0, "still waiting for the CRM"
    future.cancel()
    deadline = time.monotonic() + 2
    while crm.asked("find") == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert crm.asked("find") == 1, "the CRM call was cancelled (it recorded its end)"
    assert future.cancelled()
