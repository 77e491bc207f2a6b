"""How long an unrelated local card takes while a CRM's 30,000-record answer is processed.

    python -m crm_adapters.rest.big_answer_bench [--records 30000] [--rounds 5]

Everything is real and on this machine: a REST CRM on 127.0.0.1 answering ``--records``
matches (about 3 MB of JSON), the local CRM in a temporary SQLite file with the demo
customers, both on one :class:`~crm_adapters.runtime.CrmRuntime` as in the console. Each round
asks the REST CRM first and, once its answer has gone out, the local CRM for another number.
Prints JSON: the local card's time alone and under that load, and the big lookup's time (the
issue asks for the local card in under 100 ms).
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from crm_adapters.local.database import open_database
from crm_adapters.local.demo_data import seed_demo
from crm_adapters.lookup_chain import LookupChain
from crm_adapters.protocol import AdapterContext
from crm_adapters.registry import create_adapters
from crm_adapters.runtime import CrmRuntime

TEMPLATE = """
[crm]
base_url = "{url}"
timeout_s = 30
[lookup]
url = "/people"
query = {{ tel = "{{number.e164}}" }}
matches = "$.hits[*]"
fields = {{ id = "$.id", name = "$.name" }}
"""


def _server(records: int) -> tuple[ThreadingHTTPServer, threading.Event]:
    body = json.dumps({"hits": [{"id": i % 1000, "name": f"Caller {i}", "tel": "+421905123456"}
                                for i in range(records)]}).encode()
    sent = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            sent.set()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, sent


def measure(records: int, rounds: int) -> dict[str, object]:
    server, sent = _server(records)
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "big.toml"
        template.write_text(TEMPLATE.format(url=f"http://127.0.0.1:{server.server_address[1]}"), encoding="utf-8")
        db = open_database("", Path(folder))
        seed_demo(db)
        db.close()
        context = AdapterContext(default_region="SK", data_dir=Path(folder), secret=lambda _: None)
        started = dict(create_adapters(["big", "local"], {"big": {"type": "rest", "template": str(template)},
                                                         "local": {}}, context))
        big = LookupChain([("big", started["big"])], timeout_ms=30_000, default_region="SK")
        local = LookupChain([("local", started["local"])], timeout_ms=30_000, default_region="SK")
        alone, loaded, big_ms = [], [], []
        with CrmRuntime() as runtime:
            runtime.run(local.warm_up(), 30)
            for _ in range(rounds):
                t0 = time.perf_counter()
                runtime.run(local.lookup("0905 123 456"), 30)
                alone.append((time.perf_counter() - t0) * 1000)
            for _ in range(rounds):
                sent.clear()
                t0 = time.perf_counter()
                slow = runtime.submit(big.lookup("+421905123456"))
                sent.wait(30)
                t1 = time.perf_counter()
                runtime.run(local.lookup("0905 123 456"), 30)
                loaded.append((time.perf_counter() - t1) * 1000)
                card = slow.result(60)
                big_ms.append((time.perf_counter() - t0) * 1000)
            runtime.run(big.close(), 10)
            runtime.run(local.close(), 10)
    server.shutdown()
    server.server_close()
    return {
        "records": records, "rounds": rounds,
        "local_card_alone_ms": {"median": round(statistics.median(alone), 1), "max": round(max(alone), 1)},
        "local_card_under_load_ms": {"median": round(statistics.median(loaded), 1), "max": round(max(loaded), 1)},
        "big_lookup_ms": {"median": round(statistics.median(big_ms), 1), "max": round(max(big_ms), 1)},
        "big_lookup_note": card.sources["big"].reason,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.records, args.rounds), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
