"""A third-party CRM adapter for the write-back tests, written the way a real one is:
``httpx.AsyncClient``, the idempotency key in the ``Idempotency-Key`` header, 4xx = the CRM
refuses for good, 5xx/429 = try again (with the CRM's Retry-After).

Entry point (installed into the console process through a dist-info folder on sys.path):
``flaky_test_crm = flaky_crm_adapter:create``; settings ``url`` and ``timeout_s``.
"""
from __future__ import annotations

import dataclasses
from typing import Any

import httpx

from crm_adapters.http_support import retry_after_seconds
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo


def _jsonable(obj: Any) -> dict[str, Any]:
    data = dataclasses.asdict(obj)
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}


class FlakyCrmAdapter:
    def __init__(self, name: str, url: str, timeout_s: float = 5.0) -> None:
        self.name = name
        self.url = url.rstrip("/")
        self.client = httpx.AsyncClient(timeout=timeout_s)

    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        return []

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        return []

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        return []

    async def _post(self, path: str, body: dict[str, Any], key: str) -> str:
        response = await self.client.post(f"{self.url}/{path}", json=body, headers={"Idempotency-Key": key})
        if response.status_code >= 400:
            code = response.status_code
            try:
                message = response.json().get("message", "")
            except ValueError:
                message = ""
            raise AdapterError(f"HTTP {code}" + (f": {message}" if message else ""),
                               retryable=code >= 500 or code in (408, 429),
                               retry_after_s=retry_after_seconds(response))
        return str(response.json()["id"])

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        return await self._post("calls", _jsonable(log), idempotency_key)

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        return await self._post("notes", {"customer_id": customer_id, "text": text, "call_id": call_id}, idempotency_key)

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        return await self._post("tasks", _jsonable(task), idempotency_key)

    async def close(self) -> None:
        await self.client.aclose()


def create(settings: dict[str, Any], context: AdapterContext) -> FlakyCrmAdapter:
    name = (context.extra or {}).get("adapter_name", "flaky")
    return FlakyCrmAdapter(name, str(settings["url"]), float(settings.get("timeout_s", 5.0)))
