"""A small JSON-over-HTTP CRM adapter and a real HTTP server on 127.0.0.1 that misbehaves.

The adapter is written the way a real one would be (``httpx.AsyncClient``, ``raise_for_status``,
``response.json()``) so the tests see the same exceptions a real REST CRM produces. The server
answers under ``/<mode>/...``; the mode decides how it misbehaves:

ok        correct answers          error500   HTTP 500 with an HTML error page
broken    200 with broken JSON     huge       200 with about 10 MB of JSON
slow      answers after 5 s        wrongtype  200 with a JSON object where a list belongs
"""
from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx

from crm_adapters.protocol import AdapterContext
from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo

KNOWN_NUMBER = "+421905123456"


def _ok_answer(what: str, query: dict[str, list[str]]) -> Any:
    now = datetime.now(timezone.utc)
    if what == "customers":
        if query.get("phone") != [KNOWN_NUMBER]:
            return []
        return [{"id": "42", "name": "Ján Novák", "company": "Novák s.r.o.", "language": "sk",
                 "segment": "vip", "value": 12500}]
    if what == "history":
        return [{"id": f"h{i}", "kind": "call", "when": (now - timedelta(days=i)).isoformat(),
                 "summary": f"call {i}"} for i in range(3)]
    return [{"id": "t1", "title": "Send the offer", "due": (now - timedelta(days=1)).isoformat()}]


_HUGE: dict[str, bytes] = {}


def _huge_answer(what: str) -> bytes:
    """About 10 MB in all: a 5 MB customer record and 5 MB of history."""
    if what not in _HUGE:
        if what == "customers":
            body: Any = [{"id": "1", "name": "N" * 3_000_000, "notes": "x" * 2_000_000}]
        elif what == "history":
            when = datetime(2024, 1, 1, tzinfo=timezone.utc).isoformat()
            body = [{"id": f"h{i}", "kind": "call", "when": when, "summary": "s" * 80} for i in range(40_000)]
        else:
            body = []
        _HUGE[what] = json.dumps(body).encode()
    return _HUGE[what]


class MisbehavingCrmServer:
    """``http.server`` in a thread on a free port; ``url`` is ready after ``start()``."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.release = threading.Event()  # set on stop: slow handlers give up waiting
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                url = urlparse(self.path)
                parts = url.path.strip("/").split("/")
                server.requests.append(url.path)
                mode, what = (parts + ["", ""])[:2]
                if mode == "error500":
                    return self._send(500, b"<html><body>Internal Server Error</body></html>", "text/html")
                if mode == "broken":
                    return self._send(200, '{"id": "42", "name": "Ján'.encode(), "application/json")
                if mode == "huge":
                    return self._send(200, _huge_answer(what), "application/json")
                if mode == "wrongtype":
                    return self._send(200, b'{"customers": "none of your business"}', "application/json")
                if mode == "slow":
                    server.release.wait(5.0)
                body = json.dumps(_ok_answer(what, parse_qs(url.query))).encode()
                self._send(200, body, "application/json")

            def _send(self, status: int, body: bytes, kind: str) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the adapter gave up waiting: that is the point of some tests

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), name="crm-test-http", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)


def _when(text: Any) -> datetime | None:
    return datetime.fromisoformat(text) if isinstance(text, str) else None


class HttpTestAdapter:
    """A REST CRM adapter: GET {base_url}/customers?phone=E164, /history?customer=ID, /tasks?customer=ID."""

    def __init__(self, name: str, base_url: str, timeout_s: float = 10.0) -> None:
        self.name = name
        self.client = httpx.AsyncClient(base_url=base_url, timeout=timeout_s, trust_env=False)

    async def _get(self, path: str, **params: str) -> Any:
        response = await self.client.get(path, params=params)
        response.raise_for_status()
        return response.json()

    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        rows = await self._get("/customers", phone=number.e164 or "")
        if not isinstance(rows, list):
            return rows  # passes the CRM's nonsense on, as a careless adapter would
        return [Customer(id=str(r.get("id", "")), source=self.name, name=r.get("name", ""),
                         company=r.get("company", ""), language=r.get("language", ""),
                         segment=r.get("segment", "standard"), value=r.get("value"),
                         notes=r.get("notes", "")) for r in rows]

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        rows = await self._get("/history", customer=customer.id)
        return [Interaction(id=str(r["id"]), source=self.name, customer_id=customer.id, kind=r.get("kind", "note"),
                            when=_when(r.get("when")), summary=r.get("summary", "")) for r in rows]  # type: ignore[arg-type]

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        rows = await self._get("/tasks", customer=customer.id)
        return [FollowUpTask(id=str(r["id"]), source=self.name, customer_id=customer.id, title=r.get("title", ""),
                             due=_when(r.get("due"))) for r in rows]

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        raise NotImplementedError("the test CRM is read-only")

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        raise NotImplementedError("the test CRM is read-only")

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        raise NotImplementedError("the test CRM is read-only")

    async def close(self) -> None:
        await self.client.aclose()


def create(settings: dict[str, Any], context: AdapterContext) -> HttpTestAdapter:
    """Factory in the entry-point style: ``base_url`` is required."""
    if not settings.get("base_url"):
        raise ValueError("base_url is missing")
    return HttpTestAdapter(context.extra.get("adapter_name", "http"), settings["base_url"],
                           float(settings.get("timeout_s", 10.0)))
