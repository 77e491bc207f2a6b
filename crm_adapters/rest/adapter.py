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
import dataclasses
import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from crm_adapters.answer_checks import note
from crm_adapters.http_support import CrmHttp, TtlCache
from crm_adapters.privacy import mask_number
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.rest import mapping
from crm_adapters.rest.auth import make_auth, secret_in_table
from crm_adapters.rest.pages import first_query, next_page, same_site
from crm_adapters.rest.render import RenderError, render_json_text, render_structure, render_text, render_url, resolve
from crm_adapters.rest.template import FROM_LOOKUP, RequestSpec, Template, TemplateError, load_template
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
RECORDS_KEPT = 200  # rings (lookup records and shared answers) remembered, one per customer
RECORDS_READ = 200  # records of one answer that are mapped; the rest of a huge answer is not
NOT_TAKEN = "crm.not_taken"  # AdapterError code: this CRM does not take this kind of write-back
SectionListener = Callable[[str, str], None]  # (section, what happened), for `crm test`


class _Ring:
    """What one ring learnt about one customer: the lookup's record, and the answers of the
    template's [requests.NAME] sections, each fetched once and shared by the sections reading it."""

    def __init__(self, record: Any = None) -> None:
        self.record = record if record is not None else {}
        self.shared: dict[str, asyncio.Future[tuple[Any, Any]]] = {}


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
        self.zone = template.time_zone
        self._rings: dict[str, _Ring] = {}
        self.section_listeners: list[SectionListener] = []
        # The write-backs this CRM takes ("call_log", "note", "task"): its template's [write.*]
        # sections. The outbox need not queue the others; writing one raises ``crm.not_taken``.
        self.takes = frozenset(template.writes)

    def sections(self) -> list[tuple[str, str]]:
        """Every section of the template, in order, with what it is for (``crm test`` lists them,
        and says which ran, which were skipped and which are not there: "not taken here")."""
        t = self.template
        found = [("[lookup]", "finds the caller")]
        found += [(f"[requests.{name}]", "shared answer") for name in t.shared]
        found += [(s.where, f"{s.kind}" + (f", from {s.reads}" if s.reads else "")) for s in t.enrich]
        found.append(("[read.assigned_tasks]", "My tasks" if t.assigned_tasks else "not in the template"))
        found += [(f"[write.{key}]", "write-back" if key in t.writes else "not in the template")
                  for key in ("call_log", "note", "task")]
        return found

    def _said(self, section: str, what: str) -> None:
        for listener in self.section_listeners:
            listener(section, what)

    # -- requests -------------------------------------------------------------------------
    def _variables(self, **extra: Any) -> dict[str, Any]:
        return {**common_variables(self.settings, self.context.agent_id, self.zone), **extra}

    async def _send(self, spec: RequestSpec, variables: Mapping[str, Any], headers: Mapping[str, str] | None = None,
                    expect: tuple[int, ...] | None = None):
        method, url, query, body, sent_headers = self._request_args(spec, variables, headers)
        response = await self.http.request(method, url, params=query, json_body=body, headers=sent_headers,
                                           expect=expect or spec.expect)
        return response, await self.http.parse_json_off_loop(response) if response.content.strip() else None

    async def _fetch_records(self, spec: RequestSpec, variables: Mapping[str, Any], convert: Any,
                             expect: tuple[int, ...] | None = None, want: int = RECORDS_READ,
                             ) -> tuple[Any, list[tuple[Any, Any]]]:
        """Send ``spec`` (and, with ``pages``, ask for the next pages until ``want`` items are in);
        parse, pick and ``convert(record)`` the answers' first records off the loop.
        Returns the first response and (converted, record) pairs, duplicates by id dropped."""
        method, url, query, body, sent_headers = self._request_args(spec, variables)
        query = first_query(spec.pages, query)
        full_url = self.http.url(url)
        first_response = None
        pairs: list[tuple[Any, Any]] = []
        ids: set[str] = set()
        seen: set[str] = set()
        page = 0
        while True:
            page += 1
            response = await self.http.request(method, full_url, params=query, json_body=body, headers=sent_headers,
                                               expect=expect or spec.expect)
            first_response = first_response or response
            if response.status_code in spec.empty_status:
                break
            room = RECORDS_READ - len(pairs)
            found, total, answer = await off_loop(self._map, spec, response, convert, room)
            if total > room:
                note(f"{self.name} sent {total + len(pairs)} records for {spec.where}; only the first "
                     f"{RECORDS_READ} were read")
            for item, record in found:
                key = getattr(item, "id", "")
                if key and key in ids:
                    continue
                if key:
                    ids.add(key)
                pairs.append((item, record))
            if spec.pages is None or len(pairs) >= min(want, RECORDS_READ):
                break
            following = next_page(spec.pages, page, answer, response.headers, full_url, query, total, seen)
            if following is None:
                break
            if not same_site(following[0], full_url):
                note(f"{self.name}: {spec.where} pointed to a next page on another site; it was not followed")
                break
            full_url, query = following
            if spec.pages.style == "next_link":
                method, body = "GET", None
        return first_response, pairs

    def _map(self, spec: RequestSpec, response: Any, convert: Any,
             room: int = RECORDS_READ) -> tuple[list[tuple[Any, Any]], int, Any]:
        """Runs on a worker thread: JSON, the records, each converted once, no two with one id."""
        answer = self.http.parse_json(response) if response.content.strip() else None
        return (*self._pick(spec, answer, convert, room), answer)

    @staticmethod
    def _pick(spec: RequestSpec, answer: Any, convert: Any, room: int = RECORDS_READ) -> tuple[list[tuple[Any, Any]], int]:
        picked, total = mapping.records(spec, answer, room)
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
            for customer in cached:  # a new ring: the shared answers are asked again
                self._ring(customer.id).shared.clear()
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
            self._said("[lookup]", f"sent ({fmt})")
            for customer, record in pairs:
                found.append(customer)
                self._keep(customer.id, _Ring(record))
            if found:
                break
        log.debug("%s: %d match(es) for %s", self.name, len(found), mask_number(number.e164))
        self.cache.put(number.e164, list(found))
        return found

    def _keep(self, customer_id: str, ring: _Ring) -> _Ring:
        self._rings.pop(customer_id, None)
        self._rings[customer_id] = ring
        while len(self._rings) > RECORDS_KEPT:
            self._rings.pop(next(iter(self._rings)))
        return ring

    def _ring(self, customer_id: str) -> _Ring:
        ring = self._rings.get(customer_id)
        return ring if ring is not None else self._keep(customer_id, _Ring())

    async def _answer(self, spec: RequestSpec, customer: Customer, variables: Mapping[str, Any]) -> Any:
        """The answer ``spec`` reads: the lookup's record, a shared answer (fetched once per ring),
        or its own request's answer."""
        ring = self._ring(customer.id)
        if spec.reads == FROM_LOOKUP:
            self._said(spec.where, "read from the lookup's answer (no request)")
            return ring.record
        if spec.reads:
            shared = ring.shared.get(spec.reads)
            if shared is None:
                shared = ring.shared[spec.reads] = asyncio.ensure_future(
                    self._send(self.template.shared[spec.reads], variables))
                shared.add_done_callback(_retrieved)
                self._said(f"[requests.{spec.reads}]", "sent (once for this ring)")
            self._said(spec.where, f"read the shared answer of [requests.{spec.reads}]")
            _, answer = await asyncio.shield(shared)
            return answer
        self._said(spec.where, "sent")
        _, answer = await self._send(spec, variables)
        return answer

    async def _section_items(self, spec: RequestSpec, customer: Customer, variables: Mapping[str, Any],
                             convert: Any, want: int) -> list[Any]:
        if spec.reads:
            answer = await self._answer(spec, customer, variables)
            pairs, total = self._pick(spec, answer, convert)
            if total > RECORDS_READ:
                note(f"{self.name} sent {total} records for {spec.where}; only the first {RECORDS_READ} were read")
        else:
            self._said(spec.where, "sent" + (" (pages)" if spec.pages else ""))
            _, pairs = await self._fetch_records(spec, variables, convert, want=want)
        return [item for item, _ in pairs]

    async def _enrich(self, kind: str, customer: Customer, limit: int) -> list[Any]:
        specs = [s for s in self.template.enrich if s.kind == kind]
        if not specs:
            return []
        variables = self._variables(customer=customer_variables(customer, self._ring(customer.id).record),
                                    limit=limit)
        convert = mapping.to_interaction if kind == "history" else mapping.to_task

        def converter(spec: RequestSpec) -> Any:
            return lambda record: convert(spec, record, self.name, customer.id, variables)

        results = await asyncio.gather(*(self._section_items(s, customer, variables, converter(s), limit)
                                         for s in specs), return_exceptions=True)
        items: list[Any] = []
        for spec, result in _succeeded(self.name, specs, results):
            items.extend(result)
        return items

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        items: list[Interaction] = await self._enrich("history", customer, limit)
        items.sort(key=lambda i: i.when, reverse=True)
        return items[:limit]

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        return _open_sorted(await self._enrich("tasks", customer, 20))

    async def customer_details(self, customer: Customer) -> Customer:
        """The customer with the card fields the ``kind = "fields"`` sections found (company,
        value …); a field a section leaves empty keeps what the lookup said."""
        specs = [s for s in self.template.enrich if s.kind == "fields"]
        if not specs:
            return customer
        variables = self._variables(customer=customer_variables(customer, self._ring(customer.id).record), limit=10)
        results = await asyncio.gather(*(self._answer(s, customer, variables) for s in specs), return_exceptions=True)
        found: dict[str, Any] = {}
        for spec, answer in _succeeded(self.name, specs, results):
            found.update(mapping.more_fields(spec, answer, variables))
        return dataclasses.replace(customer, **found)

    async def assigned_tasks(self, assignee: str, limit: int = 50) -> list[FollowUpTask]:
        """Open tasks of ``assignee`` across customers, from ``[read.assigned_tasks]`` (pages
        followed as the template says); [] when the template has no such section."""
        spec = self.template.assigned_tasks
        if spec is None:
            return []
        limit = max(1, min(int(limit), RECORDS_READ))
        variables = self._variables(assignee=assignee, limit=limit)
        _, pairs = await self._fetch_records(
            spec, variables, lambda record: mapping.to_task(spec, record, self.name, "", variables), want=limit)
        self._said(spec.where, "sent")
        return _open_sorted([task for task, _ in pairs])[:limit]

    # -- write-back -----------------------------------------------------------------------
    def _not_taken(self, key: str) -> AdapterError:
        template = Path(self.template.path).name
        return AdapterError(f"{self.name} does not take {key.replace('_', ' ')}s: the template {template} has no "
                            f"[write.{key}] section", retryable=False, code="crm.not_taken",
                            params={"service": self.name, "template": template, "section": f"write.{key}"})

    async def _write(self, key: str, variables: dict[str, Any], idempotency_key: str) -> str:
        spec = self.template.writes.get(key)
        if spec is None:
            raise self._not_taken(key)
        headers = {self.template.idempotency_header: idempotency_key} if self.template.idempotency_header else {}
        variables["idempotency_key"] = idempotency_key
        try:
            variables["maps"] = {name: m.apply(resolve(variables, m.source)) for name, m in spec.maps.items()}
        except RenderError as exc:  # pragma: no cover - map sources are checked when the template loads
            raise AdapterError(f"template {spec.where}: {exc}", retryable=False, code="template.render_failed",
                               params={"where": spec.where, "detail": str(exc)}) from None
        response, answer = await self._send(spec, variables, headers)
        return mapping.new_id(spec, answer, response.headers)

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        """The call; the notes typed during it also go to [write.note] when the template has one
        (its key derived from the call's, so a retry stores it once)."""
        note_spec = self.template.writes.get("note")
        with_note = bool(note_spec and note_spec.call_notes and log.notes.strip() and log.customer_id)
        if "call_log" not in self.template.writes and not with_note:
            raise self._not_taken("call_log")
        remote_id = ""
        if "call_log" in self.template.writes:
            remote_id = await self._write("call_log", self._variables(call=call_variables(log, self.zone)),
                                          idempotency_key)
        if with_note:
            note_id = await self.write_note(log.customer_id, log.notes, log.call_id, f"{idempotency_key}:note")
            remote_id = remote_id or note_id
        return remote_id

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        return await self._write("note", self._variables(note=note_variables(customer_id, text, call_id, self.zone)),
                                 idempotency_key)

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        return await self._write("task", self._variables(task=task_variables(task, self.zone)), idempotency_key)

    async def close(self) -> None:
        await self.http.close()


def _retrieved(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()  # every reader sees it; asyncio need not log "never retrieved"


def _succeeded(name: str, specs: list[RequestSpec], results: list[Any]) -> list[tuple[RequestSpec, Any]]:
    """The sections that worked; when every one failed, the first failure is raised."""
    good: list[tuple[RequestSpec, Any]] = []
    problems: list[BaseException] = []
    for spec, result in zip(specs, results):
        if isinstance(result, asyncio.CancelledError):
            raise result
        if isinstance(result, BaseException):
            problems.append(result)
            log.warning("%s: %s request failed: %s", name, spec.where, getattr(result, "reason", result))
            continue
        good.append((spec, result))
    if problems and not good:
        first = problems[0]
        raise first if isinstance(first, AdapterError) else AdapterError(str(first), code="crm.request_failed",
                                                                          params={"detail": str(first)})
    return good


def _open_sorted(tasks: list[FollowUpTask]) -> list[FollowUpTask]:
    far = mapping.when(253402214400)  # year 9999: tasks without a due date last
    return sorted((t for t in tasks if not t.done), key=lambda t: t.due or far)


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
