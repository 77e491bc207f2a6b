"""A large or hostile CRM answer is stopped at the size limit, packed or unpacked, and a big but
allowed answer neither stalls the other CRMs nor breaks the lookup (issue 9, finding 4)."""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hostile_crm import MB, config_file
from odd_crm_server import API_KEY

from crm_adapters.card_cache import CardCache
from crm_adapters.local.database import open_database
from crm_adapters.local.demo_data import seed_demo
from crm_adapters.lookup_chain import LookupChain
from crm_adapters.numbers import normalise
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.registry import create_adapters
from crm_adapters.runtime import CrmRuntime
from crm_adapters.vocabulary import SourceState

TEMPLATE = Path(__file__).parent / "phonebook_pro.toml"
NUMBER = "+421905123456"
LOCAL_NUMBER = "+421905123456"  # the demo CRM's Ján Kováč; a different adapter, so unrelated work


def _adapter(url: str, **settings):
    table = {"type": "rest", "template": str(TEMPLATE), "base_url": url, **settings}
    context = AdapterContext(default_region="SK", secret={"pb_key": API_KEY}.get)
    [(_, adapter)] = create_adapters(["pb"], {"pb": table}, context)
    assert not hasattr(adapter, "reason"), adapter
    return adapter


def _find(adapter, number: str = NUMBER):
    async def go():
        try:
            return await adapter.find_customers(normalise(number))
        finally:
            await adapter.close()
    return asyncio.run(go())


def test_a_gzip_bomb_is_refused_as_too_large(hostile):
    hostile.mode = "bomb"
    with pytest.raises(AdapterError) as failure:
        _find(_adapter(hostile.url))
    assert "too large" in failure.value.reason and "unpacked" in failure.value.reason
    assert failure.value.retryable is False


def test_an_answer_announcing_50_mb_is_not_read(hostile):
    hostile.mode = "huge_length"
    with pytest.raises(AdapterError) as failure:
        _find(_adapter(hostile.url))
    assert "too large" in failure.value.reason
    assert hostile.sent < 20 * MB  # the client hung up long before the 50 MB were sent


def test_an_answer_that_keeps_coming_is_cut_at_the_limit(hostile):
    hostile.mode = "endless"
    with pytest.raises(AdapterError) as failure:
        _find(_adapter(hostile.url))
    assert "too large" in failure.value.reason
    assert hostile.sent < 20 * MB


def _lookup_cli(tmp_path, url: str) -> tuple[subprocess.CompletedProcess, int]:
    """`agent-console lookup` as a user runs it, in its own process; also its peak memory (KB)."""
    config = config_file(tmp_path, url, timeout_ms=8000)
    # VmHWM is this process's own peak (ru_maxrss can carry the parent's peak over exec)
    probe = ("import sys\nfrom console.cli import main\ncode = main(sys.argv[1:])\n"
             "peak = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
             "print('MAXRSS', peak, file=sys.stderr)\nsys.exit(code)")
    env = {**os.environ, "AGENT_CONSOLE_SECRET_PB_KEY": API_KEY}
    out = subprocess.run([sys.executable, "-c", probe, "--config", config, "lookup", NUMBER],
                         capture_output=True, text=True, timeout=120, env=env)
    peak = int(out.stderr.rsplit("MAXRSS", 1)[1].split()[0])
    return out, peak


def test_the_lookup_command_does_not_balloon_on_a_gzip_bomb(hostile, tmp_path):
    normal, normal_peak = _lookup_cli(tmp_path, hostile.url)
    assert normal.returncode == 0 and "Ján Novák" in normal.stdout, normal.stderr
    hostile.mode = "bomb"
    bombed, bombed_peak = _lookup_cli(tmp_path, hostile.url)
    assert bombed.returncode == 1, bombed.stderr  # no match, and the card says why
    assert "pb unavailable: answer from pb too large" in bombed.stdout
    assert "Traceback" not in bombed.stderr
    assert bombed_peak - normal_peak < 60_000, f"memory grew by {(bombed_peak - normal_peak) // 1000} MB"


def _local_crm(data_dir: Path):
    db = open_database("", data_dir)
    seed_demo(db)
    db.close()
    context = AdapterContext(default_region="SK", data_dir=data_dir, secret=lambda _: None)
    [(_, local)] = create_adapters(["local"], {"local": {}}, context)
    return local


def test_an_unrelated_card_arrives_while_30000_records_are_processed(hostile, tmp_path):
    hostile.mode, hostile.count = "many", 30_000
    big = LookupChain([("pb", _adapter(hostile.url))], timeout_ms=8000, default_region="SK")
    local = LookupChain([("local", _local_crm(tmp_path))], timeout_ms=8000, default_region="SK", cache=CardCache())
    finished: list[str] = []
    lock = threading.Lock()

    def done(what):
        def record(_future):
            with lock:
                finished.append(what)
        return record

    with CrmRuntime() as runtime:
        runtime.run(local.warm_up(), 30)
        slow = runtime.submit(big.lookup(NUMBER))
        slow.add_done_callback(done("30,000 records"))
        assert hostile.answered.wait(60), "the CRM never sent its answer"
        quick = runtime.submit(local.lookup("0905 123 456"))
        quick.add_done_callback(done("local card"))
        local_card, big_card = quick.result(60), slow.result(60)
        runtime.run(big.close(), 10)
        runtime.run(local.close(), 10)
    assert finished[0] == "local card", finished  # not held up behind the big answer
    assert local_card.customer is not None and local_card.customer.name == "Ján Kováč"
    status = big_card.sources["pb"]
    assert status.state == SourceState.OK, status.reason
    assert "sent 30000 records" in status.reason and "only the first 200 were read" in status.reason
    assert big_card.customer is not None and big_card.customer.name.startswith("Caller No ")


def test_30000_records_are_read_up_to_the_limit_and_each_customer_once(hostile):
    hostile.mode, hostile.count = "many", 30_000
    found = _find(_adapter(hostile.url))
    ids = [c.id for c in found]
    assert len(ids) == len(set(ids)) == 100  # the first 200 records hold 100 customers, each twice


def test_100000_records_give_a_clear_bounded_card_without_a_traceback(hostile, tmp_path):
    hostile.mode, hostile.count = "many", 100_000
    out, _ = _lookup_cli(tmp_path, hostile.url)
    assert "Traceback" not in out.stderr, out.stderr
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("Al ")  # the first record, as the CRM ordered them
    env = {**os.environ, "AGENT_CONSOLE_SECRET_PB_KEY": API_KEY}
    as_json = subprocess.run([sys.executable, "-m", "console", "--config", str(tmp_path / "config.toml"),
                              "lookup", NUMBER, "--json"], capture_output=True, text=True, timeout=120, env=env)
    assert "Traceback" not in as_json.stderr, as_json.stderr
    card = json.loads(as_json.stdout)
    assert "sent 100000 records" in card["sources"]["pb"]["reason"]
    assert "only the first 200 were read" in card["sources"]["pb"]["reason"]
