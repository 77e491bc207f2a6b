"""How much time the lookup chain itself adds, with an adapter that answers instantly.

    .venv/bin/python tests/unit/lookup/bench_lookup_chain.py [LOOKUPS]

Prints JSON: p50/p99 in microseconds for a lookup through one in-memory adapter (customer,
3 history items, 2 tasks), the same with the card cache on (saved card shown, then refreshed),
and a round trip through CrmRuntime.submit from another thread.
"""
from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from lookup_fakes import NUMBER, FakeCrm, call, customer, task  # noqa: E402

from crm_adapters.card_cache import CardCache  # noqa: E402
from crm_adapters.lookup_chain import LookupChain  # noqa: E402
from crm_adapters.runtime import CrmRuntime  # noqa: E402


def _summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    pick = lambda q: round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e6, 1)  # noqa: E731
    return {"p50_us": pick(0.50), "p99_us": pick(0.99), "mean_us": round(statistics.fmean(ordered) * 1e6, 1)}


def _adapter() -> FakeCrm:
    return FakeCrm("local", [customer("Jana")], history=[call(f"c{i}", i) for i in range(3)],
                   tasks=[task("a", -1), task("b", 2)])


async def _measure(chain: LookupChain, n: int) -> list[float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        await chain.lookup(NUMBER, lambda card: None)
        samples.append(time.perf_counter() - started)
    return samples


def main(n: int = 10_000) -> dict[str, object]:
    plain = asyncio.run(_measure(LookupChain([("local", _adapter())]), n))
    cached = asyncio.run(_measure(LookupChain([("local", _adapter())], cache=CardCache()), n))
    chain = LookupChain([("local", _adapter())])
    trips = []
    with CrmRuntime() as runtime:
        for _ in range(min(n, 2000)):
            started = time.perf_counter()
            runtime.submit(chain.lookup(NUMBER)).result(5)
            trips.append(time.perf_counter() - started)
    return {"lookups": n, "one_adapter": _summary(plain), "one_adapter_with_cache": _summary(cached),
            "via_runtime_submit": _summary(trips)}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000), indent=2))
