"""The declarative ``rest`` adapter: any JSON/HTTP CRM, described by a TOML template.

Configuration (``[crm.NAME]`` table)::

    [crm.acme]
    type = "rest"
    template = "acme.toml"          # a file (relative to the config file's folder) or a built-in name
    base_url = "https://acme.example.com/api"   # optional overrides of the template's [crm]
    ca_bundle = "/etc/ssl/company-ca.pem"       # optional: the company's certificate authority

Everything else in the table is available to the template as ``{settings.KEY}``; secrets
(tokens, passwords, keys) are refused there: they belong in the keyring or the environment.
See docs/rest-adapter.md for the template format.

A CRM may answer with thousands of records. Each answer is parsed and mapped on a worker thread
(:func:`crm_adapters.runtime.off_loop`), only its first ``RECORDS_READ`` records are read (a
note on the card says how many more there were), and duplicates are dropped by id in one pass.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from crm_adapters.answer_checks import note
from crm_adapters.http_support import CrmHttp, TtlCache
from crm_adapters.privacy import mask_number
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.rest import mapping
from crm_adapters.rest.auth import make_auth, secret_in_table
from crm_adapters.rest.render import RenderError, render_json_text, render_structure, render_text, render_url
from crm_adapters.rest.template import RequestSpec, Template, TemplateError, load_template
from crm_adapters.rest.variables import (
    call_variables,
    common_variables,
    customer_variables,
    note_variables,
    number_variables,
    task_variables,
)
from crm_adapters.runtime import off_loop
from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo

log = logging.getLogger(__name__)
RECORDS_KEPT = 200  # raw lookup records kept for {customer.record.x} in follow-up requests
RECORDS_READ = 200  # records of one answer that are mapped; the rest of a huge answer is not


class RestAdapter:
    """Implements the CrmAdapter protocol by sending the template's requests."""

    def __init__(self, name: str, template: Template, context: AdapterContext, settings: Mapping[str, Any]) -> None:
        self.name = name
        self.template = template
        self.settings = dict(settings)
        self.context = context
        if not template.base_url and not template.lookup.url.startswith("http"):
            raise TemplateError(f"{template.path}: [crm] base_url is not set (set it in the template or in the "
                                f"adapter settings)", code="template.no_base_url", params={"file": str(template.path)})
        self.http = CrmHttp(
            name, base_url=template.base_url, timeout_s=template.timeout_s, ca_bundle=settings.get("ca_bundle"),
            retries=template.retries, max_retry_wait_s=template.max_retry_wait_s,
            requests_per_second=template.requests_per_second, headers={"Accept": "application/json"},
            auth=make_auth(template.auth, context.secret, template.base_url),
        )
        self.cache = TtlCache(template.cache_s)
        self._records: dict[str, Any] = {}

    # -- requests -------------------------------------------------------------------------
    def _variables(self, **extra: Any) -> dict[str, Any]:
        return {**common_variables(self.settings, self.context.agent_id), **extra}

    async def _send(self, spec: RequestSpec, variables: Mapping[str, Any], headers: Mapping[str, str] | None = None,
                    expect: tuple[int, ...] | None = None):
        method, url, query, body, sent_headers = self._request_args(spec, variables, headers)
        response = await self.http.request(method, url, params=query, json_body=body, headers=sent_headers,
                                           expect=expect or spec.expect)
        return response, await self.http.parse_json_off_loop(response) if response.content.strip() else None

    async def _fetch_records(self, spec: RequestSpec, variables: Mapping[str, Any], convert: Any,
                             expect: tuple[int, ...] | None = None) -> tuple[Any, list[tuple[Any, Any]]]:
        """Send ``spec``; parse, pick and ``convert(record)`` the answer's first records off the loop.
        Returns the response and (converted, record) pairs, duplicates by id dropped."""
        method, url, query, body, sent_headers = self._request_args(spec, variables)
        response = await self.http.request(method, url, params=query, json_body=body, headers=sent_headers,
                                           expect=expect or spec.expect)
        if response.status_code in spec.empty_status:
            return response, []
        pairs, total = await off_loop(self._map, spec, response, convert)
        if total > RECORDS_READ:
            note(f"{self.name} sent {total} records for {spec.where}; only the first {RECORDS_READ} were read")
        return response, pairs

    def _map(self, spec: RequestSpec, response: Any, convert: Any) -> tuple[list[tuple[Any, Any]], int]:
        """Runs on a worker thread: JSON, the records, each converted once, no two with one id."""
        answer = self.http.parse_json(response) if response.content.strip() else None
        picked, total = mapping.records(spec, answer, RECORDS_READ)
        seen: dict[str, tuple[Any, Any]] = {}
        unnamed: list[tuple[Any, Any]] = []
        for record in picked:
            item = convert(record)
            if item is None:
                continue
            key = getattr(item, "id", "")
            if not key:
                unnamed.append((item, record))
            elif key not in seen:
                seen[key] = (item, record)
        return [*seen.values(), *unnamed], total

    def _request_args(self, spec: RequestSpec, variables: Mapping[str, Any],
                      headers: Mapping[str, str] | None = None) -> tuple[Any, ...]:
        try:
            url = render_url(spec.url, variables)
            query = {k: v for k, v in render_structure(spec.query, variables).items() if v not in (None, "")}
            sent_headers = {**{k: render_text(v, variables) for k, v in self.template.headers.items()},
                            **{k: render_text(v, variables) for k, v in spec.headers.items()}, **(headers or {})}
            body = None
            if isinstance(spec.body, str):
                body = render_json_text(spec.body, variables)
            elif spec.body is not None:
                body = render_structure(spec.body, variables)
        except RenderError as exc:
            raise AdapterError(f"template {spec.where}: {exc}", retryable=False, code="template.render_failed",
                               params={"where": spec.where, "detail": str(exc)}) from None
        return spec.method, url, query, body, sent_headers

    # -- lookup ---------------------------------------------------------------------------
    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        if not number.e164:
            return []
        cached = self.cache.get(number.e164)
        if cached is not None:
            return list(cached)
        spec = self.template.lookup
        tried: set[str] = set()
        found: list[Customer] = []
        for fmt in self.template.number_formats:
            numbers = number_variables(number, self.template.number_formats)
            variant = numbers.get(fmt) or ""
            if not variant or variant in tried:
                continue
            tried.add(variant)
            numbers["variant"] = variant
            variables = self._variables(number=numbers, limit=10)
            _, pairs = await self._fetch_records(
                spec, variables, lambda record, v=variables: mapping.to_customer(spec, record, self.name, v),
                expect=spec.expect + spec.empty_status)
            for customer, record in pairs:
                found.append(customer)
                self._keep(customer.id, record)
            if found:
                break
        log.debug("%s: %d match(es) for %s", self.name, len(found), mask_number(number.e164))
        self.cache.put(number.e164, list(found))
        return found

    def _keep(self, customer_id: str, record: Any) -> None:
        self._records.pop(customer_id, None)
        self._records[customer_id] = record
        while len(self._records) > RECORDS_KEPT:
            self._records.pop(next(iter(self._records)))

    async def _enrich(self, kind: str, customer: Customer, limit: int) -> list[Any]:
        specs = [s for s in self.template.enrich if s.kind == kind]
        if not specs:
            return []
        variables = self._variables(customer=customer_variables(customer, self._records.get(customer.id)),
                                    limit=limit)
        convert = mapping.to_interaction if kind == "history" else mapping.to_task

        def converter(spec: RequestSpec) -> Any:
            return lambda record: convert(spec, record, self.name, customer.id, variables)

        results = await asyncio.gather(*(self._fetch_records(s, variables, converter(s)) for s in specs),
                                       return_exceptions=True)
        items: list[Any] = []
        problems: list[BaseException] = []
        for spec, result in zip(specs, results):
            if isinstance(result, BaseException):
                if isinstance(result, asyncio.CancelledError):
                    raise result
                problems.append(result)
                log.warning("%s: %s request failed: %s", self.name, spec.where, getattr(result, "reason", result))
                continue
            items.extend(item for item, _ in result[1])
        if problems and len(problems) == len(specs):
            first = problems[0]
            raise first if isinstance(first, AdapterError) else AdapterError(str(first), code="crm.request_failed",
                                                                              params={"detail": str(first)})
        return items

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        items: list[Interaction] = await self._enrich("history", customer, limit)
        items.sort(key=lambda i: i.when, reverse=True)
        return items[:limit]

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        tasks: list[FollowUpTask] = [t for t in await self._enrich("tasks", customer, 20) if not t.done]
        far = mapping.when(253402214400)  # year 9999: tasks without a due date last
        tasks.sort(key=lambda t: t.due or far)
        return tasks

    # -- write-back -----------------------------------------------------------------------
    async def _write(self, key: str, variables: dict[str, Any], idempotency_key: str) -> str:
        spec = self.template.writes.get(key)
        if spec is None:
            raise AdapterError(f"the template {Path(self.template.path).name} has no [write.{key}] section",
                               retryable=False, code="template.no_write_section",
                               params={"template": Path(self.template.path).name, "section": f"write.{key}"})
        headers = {self.template.idempotency_header: idempotency_key} if self.template.idempotency_header else {}
        variables["idempotency_key"] = idempotency_key
        response, answer = await self._send(spec, variables, headers)
        return mapping.new_id(spec, answer, response.headers)

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        return await self._write("call_log", self._variables(call=call_variables(log)), idempotency_key)

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        return await self._write("note", self._variables(note=note_variables(customer_id, text, call_id)),
                                 idempotency_key)

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        return await self._write("task", self._variables(task=task_variables(task)), idempotency_key)

    async def close(self) -> None:
        await self.http.close()


def create(settings: dict[str, Any], context: AdapterContext) -> RestAdapter:
    """Entry point ``rest``: ``settings`` is the ``[crm.NAME]`` table."""
    name = str(context.extra.get("adapter_name") or "rest")
    refused = secret_in_table(name, settings, "rest")
    if refused:
        raise TemplateError(refused, code="settings.secret_in_config", params={"adapter": name})
    template_name = settings.get("template")
    if not isinstance(template_name, str) or not template_name.strip():
        raise TemplateError(f"[crm.{name}] needs template = \"path/to/template.toml\" (or a built-in template name)",
                            code="template.not_named", params={"adapter": name})
    base_dir = context.extra.get("config_dir")
    template = load_template(template_name.strip(), settings, Path(base_dir) if base_dir else None)
    return RestAdapter(name, template, context, settings)
