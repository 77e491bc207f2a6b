"""Lookup time of each HTTP adapter against its local test server: p50/p99 over N lookups.

    .venv/bin/python tests/integration/vendors/bench_lookups.py [N]     (default 200)

One "lookup" is what a ringing call costs: find the caller, then history and open tasks in
parallel, on one adapter (one connection pool), as the console does. Prints JSON.
"""
from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1] / "unit" / "rest_adapter")]

from fake_hubspot import TOKEN as HS_TOKEN, FakeHubSpot  # noqa: E402
from fake_odoo import API_KEY as ODOO_KEY, DB, LOGIN, FakeOdoo  # noqa: E402
from fake_salesforce import CLIENT_ID, CLIENT_SECRET, FakeSalesforce  # noqa: E402
from fake_zendesk import EMAIL, TOKEN as ZD_TOKEN, FakeZendesk  # noqa: E402
from odd_crm_server import API_KEY as PB_KEY, PhoneBookPro  # noqa: E402
from vendor_http import ServerThread  # noqa: E402

from crm_adapters.numbers import normalise  # noqa: E402
from crm_adapters.protocol import AdapterContext  # noqa: E402
from crm_adapters.registry import create_adapters  # noqa: E402

CASES = {
    "rest (PhoneBook Pro template)": (PhoneBookPro, lambda url: {"type": "rest", "base_url": url,
                                      "template": str(HERE.parents[1] / "unit/rest_adapter/phonebook_pro.toml")},
                                      {"pb_key": PB_KEY}, "0905 123 456"),
    "hubspot": (FakeHubSpot, lambda url: {"type": "hubspot", "base_url": url}, {"hubspot_token": HS_TOKEN}, "+421905123456"),
    "salesforce": (FakeSalesforce, lambda url: {"type": "salesforce", "base_url": url, "client_id": CLIENT_ID},
                   {"salesforce_client_secret": CLIENT_SECRET}, "+421905123456"),
    "zendesk": (FakeZendesk, lambda url: {"type": "zendesk", "base_url": url, "email": EMAIL},
                {"zendesk_token": ZD_TOKEN}, "+421905123456"),
    "odoo (JSON-2)": (FakeOdoo, lambda url: {"type": "odoo", "base_url": url, "database": DB},
                      {"odoo_api_key": ODOO_KEY}, "+421905123456"),
    "odoo (JSON-RPC)": (lambda: FakeOdoo(json2=False), lambda url: {"type": "odoo", "base_url": url, "database": DB,
                                                                    "login": LOGIN, "protocol": "jsonrpc"},
                        {"odoo_api_key": ODOO_KEY}, "+421905123456"),
}


async def measure(adapter, number, n: int) -> list[float]:
    info = normalise(number)
    times = []
    try:
        for _ in range(n + 5):  # 5 warm-up lookups (token fetch, connection) not counted
            started = time.perf_counter()
            [customer, *_] = await adapter.find_customers(info)
            await asyncio.gather(adapter.history(customer), adapter.open_tasks(customer))
            times.append((time.perf_counter() - started) * 1000)
    finally:
        await adapter.close()
    return times[5:]


def main(n: int = 200) -> dict:
    results = {}
    for name, (make_app, table, secrets, number) in CASES.items():
        app = make_app()
        if not hasattr(app, "requests"):
            app.requests = []
        with ServerThread(app) as server:
            app.url = server.url
            [(_, adapter)] = create_adapters(["bench"], {"bench": table(server.url)}, AdapterContext(secret=secrets.get))
            times = sorted(asyncio.run(measure(adapter, number, n)))
        app.requests.clear()
        results[name] = {"lookups": n, "p50_ms": round(statistics.median(times), 2),
                         "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 2)}
    return results


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200), indent=2))
