"""CRMs reached over real HTTP (a server on 127.0.0.1) that fail the ways real ones do."""
from __future__ import annotations

import time

from http_test_adapter import HttpTestAdapter
from lookup_fakes import NUMBER, run

from crm_adapters.lookup_chain import LookupChain
from crm_adapters.vocabulary import SourceState


def lookup_all(server, modes, timeout_ms=1500, per_adapter=None):
    async def go():
        adapters = [(m, HttpTestAdapter(m, f"{server.url}/{m}")) for m in modes]
        chain = LookupChain(adapters, timeout_ms=timeout_ms, per_adapter_timeout_ms=per_adapter)
        updates = []
        try:
            return await chain.lookup(NUMBER, updates.append), updates
        finally:
            await chain.close()
    started = time.perf_counter()
    card, updates = run(go())
    return card, updates, time.perf_counter() - started


def test_a_working_rest_crm_gives_the_full_card(crm_server):
    card, _, _ = lookup_all(crm_server, ["ok"])
    assert card.customer.name == "Ján Novák" and card.customer.is_vip and card.customer.language == "sk"
    assert [h.summary for h in card.history] == ["call 0", "call 1", "call 2"]
    assert [t.title for t in card.open_tasks] == ["Send the offer"]
    assert card.sources["ok"].state == SourceState.OK and card.sources["ok"].reason == ""


def test_every_broken_crm_is_named_with_its_reason_and_the_card_still_appears(crm_server):
    modes = ["error500", "broken", "slow", "wrongtype", "ok"]
    card, updates, took = lookup_all(crm_server, modes, timeout_ms=800)
    assert took < 3.0
    assert card.complete and updates[-1] is card
    assert card.customer.name == "Ján Novák" and card.customer.source == "ok"
    reasons = {name: (s.state.value, s.reason) for name, s in card.sources.items()}
    assert reasons == {
        "error500": ("unavailable", "HTTP 500"),
        "broken": ("unavailable", "invalid JSON"),
        "slow": ("unavailable", "timed out after 800 ms"),
        "wrongtype": ("unavailable", "returned dict instead of a list of customers"),
        "ok": ("ok", ""),
    }
    # the working CRM's customer was shown while the slow one was still pending
    early = next(u for u in updates if u.customer is not None)
    assert early.sources["slow"].state == SourceState.PENDING


def test_ten_megabytes_of_json_is_trimmed_to_a_sane_card(crm_server):
    card, _, took = lookup_all(crm_server, ["huge", "ok"], timeout_ms=10_000)
    assert card.complete and took < 8.0
    huge = card.sources["huge"]
    assert huge.state == SourceState.OK, huge.reason
    assert card.customer.source == "huge" and len(card.customer.name) <= 200 and len(card.customer.notes) <= 4000
    assert len(card.history) == 20
    assert any(h.source == "ok" for h in card.history), "newer items from the other CRM are kept"
    assert len(str(card.to_json())) < 100_000


def test_an_unknown_number_is_not_found(crm_server):
    from crm_adapters.vocabulary import NumberInfo

    async def go():
        adapter = HttpTestAdapter("ok", f"{crm_server.url}/ok")
        try:
            return await LookupChain([("ok", adapter)]).lookup(NumberInfo(raw="x", e164="+421200000000"))
        finally:
            await adapter.close()
    card = run(go())
    assert card.customer is None and card.sources["ok"].state == SourceState.NOT_FOUND
    assert not any(p.endswith("/history") for p in crm_server.requests)
