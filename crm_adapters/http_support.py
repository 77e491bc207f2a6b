"""HTTP for CRM adapters: one careful client every HTTP adapter shares.

Why: every CRM fails in the same handful of ways (wrong password, rate limit, server error,
HTML instead of JSON, a company proxy with its own certificate authority). Handling them once
here means each adapter raises the same short, human :class:`AdapterError` reasons
("HTTP 500 from hubspot", "rate limited by zendesk, retry after 30 s") and the lookup chain,
the outbox and ``agent-console crm test`` can all rely on them.

- TLS verification is always on; ``ca_bundle`` adds a company CA file. Nothing turns it off.
- 429 and 503 are retried when the server's Retry-After is short; otherwise the error carries
  ``retry_after_s`` so the outbox waits as long as the CRM asked.
- Every request is reported to listeners as a :class:`RequestTrace` with secrets masked, so an
  administrator can see exactly what was sent (``crm test``); logs get even less: no numbers.
- Answers are read as a stream and stopped the moment they pass ``max_answer_bytes``, counted
  both as sent (compressed) and as unpacked, so a gzip bomb or an endless answer costs at most
  that much memory; a Content-Length above the limit is refused before reading. Each request
  has one overall deadline (``timeout_s``) for connecting, sending and reading the whole answer,
  so a server that drips one byte a second cannot hold a lookup or a write-back.
- A large JSON answer is parsed off the CRM event loop (:func:`crm_adapters.runtime.off_loop`).
"""
from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import re
import ssl
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from crm_adapters.privacy import mask_number
from crm_adapters.protocol import AdapterError
from crm_adapters.runtime import off_loop

log = logging.getLogger(__name__)

MAX_ANSWER_BYTES = 5_000_000  # a CRM answer larger than this is a mistake, not a customer
PARSE_OFF_LOOP_BYTES = 64_000  # JSON answers larger than this are parsed on a worker thread
_PIECE = 64 * 1024  # unpacked bytes made at a time, so one chunk of a bomb cannot balloon
SECRET_WORDS = ("authorization", "token", "key", "secret", "password", "passwd", "signature", "cookie",
                "session", "sig", "auth")
_LONG_DIGITS = re.compile(r"(?:%2B|\+)?\d[\d\-.%20]{4,}\d")


@dataclass
class RequestTrace:
    """One request as an administrator should see it: secrets already masked."""

    service: str
    method: str
    url: str
    status: int | None
    elapsed_ms: float
    request_headers: dict[str, str] = field(default_factory=dict)
    request_body: str = ""
    answer_preview: str = ""
    problem: str = ""  # why it failed, or "" when it worked

    def line(self) -> str:
        status = self.status if self.status is not None else "---"
        text = f"{self.method:6} {self.url}  -> {status}  {self.elapsed_ms:.0f} ms"
        return text + (f"  ({self.problem})" if self.problem else "")


TraceListener = Callable[[RequestTrace], None]


class Auth(Protocol):
    """Adds credentials to a request; ``refresh`` is called once after a 401."""

    async def apply(self, http: CrmHttp, headers: dict[str, str], params: dict[str, str]) -> None: ...

    async def refresh(self, http: CrmHttp) -> bool: ...

    def secret_values(self) -> list[str]: ...


class NoAuth:
    async def apply(self, http: CrmHttp, headers: dict[str, str], params: dict[str, str]) -> None:
        return None

    async def refresh(self, http: CrmHttp) -> bool:
        return False

    def secret_values(self) -> list[str]:
        return []


ErrorHook = Callable[[httpx.Response], "AdapterError | None"]


def is_secret_name(name: str) -> bool:
    low = name.lower()
    return any(word in low for word in SECRET_WORDS)


def mask_url(url: str, secrets: Iterable[str] = ()) -> str:
    """Query parameters named like secrets become ****, and known secret values anywhere too."""
    parts = urlsplit(url)
    query = [(k, "****" if is_secret_name(k) else v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    masked = urlunsplit((parts.scheme, parts.netloc.rsplit("@", 1)[-1], parts.path, urlencode(query), parts.fragment))
    return mask_secrets(masked, secrets)


def mask_secrets(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "****")
    return text


def mask_headers(headers: dict[str, str], secrets: Iterable[str] = ()) -> dict[str, str]:
    shown = {}
    for name, value in headers.items():
        if is_secret_name(name):
            scheme = value.split(" ", 1)[0] if " " in value else ""
            shown[name] = f"{scheme} ****".strip()
        else:
            shown[name] = mask_secrets(value, secrets)
    return shown


def log_safe(url: str) -> str:
    """For log files: no query strings (they hold numbers and names) and long digit runs masked."""
    parts = urlsplit(url)
    return _LONG_DIGITS.sub(lambda m: mask_number(m.group(0).replace("%2B", "+")), f"{parts.netloc}{parts.path}")


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def error_message(response: httpx.Response) -> str:
    """The CRM's own short explanation from a JSON error body, if it gave one."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if isinstance(body, list) and body and isinstance(body[0], dict):
        body = body[0]
    if isinstance(body, dict):
        for key in ("message", "error_description", "description", "error", "detail", "title"):
            value = body.get(key)
            if isinstance(value, dict):
                value = value.get("message") or value.get("title")
            if isinstance(value, str) and value:
                return value[:160]
        fields = body.get("errors", body)  # field errors: {"errors": {"contact": ["must be a valid UUID"]}}
        if isinstance(fields, dict):
            said = "; ".join(f"{k}: {v[0] if isinstance(v, list) else v}" for k, v in list(fields.items())[:3]
                             if isinstance(v, str) or (isinstance(v, list) and v and isinstance(v[0], str)))
            if said:
                return said[:160]
    if isinstance(body, str):
        return body[:160]
    return ""


def _tls_problem(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def tls_context(ca_bundle: str | Path | None) -> ssl.SSLContext:
    """The system's trusted CAs, plus the company CA file when one is given. Always verifying."""
    context = ssl.create_default_context()
    if ca_bundle:
        path = Path(ca_bundle).expanduser()
        if not path.is_file():
            raise AdapterError(f"ca_bundle {path} does not exist", retryable=False, code="crm.ca_bundle_missing",
                               params={"path": str(path)})
        try:
            context.load_verify_locations(cafile=str(path))
        except (ssl.SSLError, OSError) as exc:
            raise AdapterError(f"ca_bundle {path} is not a PEM certificate file ({exc})", retryable=False,
                               code="crm.ca_bundle_invalid", params={"path": str(path)}) from exc
    return context


class CrmHttp:
    """An ``httpx.AsyncClient`` with the CRM rules above. Create on the CRM event loop's side,
    use from coroutines, ``await close()`` at the end."""

    def __init__(
        self,
        service: str,
        *,
        base_url: str = "",
        timeout_s: float = 5.0,
        ca_bundle: str | Path | None = None,
        retries: int = 2,
        max_retry_wait_s: float = 5.0,
        requests_per_second: float | None = None,
        headers: dict[str, str] | None = None,
        auth: Auth | None = None,
        error_hook: ErrorHook | None = None,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        self.service = service
        self.base_url = base_url.rstrip("/")
        self.retries = max(0, int(retries))
        self.max_retry_wait_s = float(max_retry_wait_s)
        self.min_interval_s = 1.0 / requests_per_second if requests_per_second else 0.0
        self.auth: Auth = auth or NoAuth()
        self.error_hook = error_hook
        self.max_answer_bytes = max_answer_bytes
        self.listeners: list[TraceListener] = []
        self._next_slot = 0.0
        self._slot_lock: asyncio.Lock | None = None
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout_s), verify=tls_context(ca_bundle),
            headers={"Accept-Encoding": "gzip, deflate", **(headers or {})},  # what _unpacker can bound
            follow_redirects=False, trust_env=False,
        )
        self.timeout_s = timeout_s

    def add_listener(self, listener: TraceListener) -> None:
        self.listeners.append(listener)

    def url(self, path_or_url: str) -> str:
        if re.match(r"^https?://", path_or_url):
            return path_or_url
        return self.base_url + ("" if path_or_url.startswith("/") or not path_or_url else "/") + path_or_url

    async def close(self) -> None:
        await self._client.aclose()

    async def json(self, method: str, url: str, **kwargs: Any) -> Any:
        """The answer's JSON (``None`` for an empty body); AdapterError for anything else.
        A large answer is parsed on a worker thread, so other lookups go on meanwhile."""
        response = await self.request(method, url, **kwargs)
        return await self.parse_json_off_loop(response)

    async def parse_json_off_loop(self, response: httpx.Response) -> Any:
        if len(response.content) > PARSE_OFF_LOOP_BYTES:
            return await off_loop(self.parse_json, response)
        return self.parse_json(response)

    def parse_json(self, response: httpx.Response) -> Any:
        if not response.content.strip():
            return None
        try:
            return response.json()
        except ValueError:
            raise AdapterError(f"invalid JSON from {self.service} (HTTP {response.status_code})", code="crm.invalid_json",
                               params={"service": self.service, "status": response.status_code}) from None

    async def request(
        self,
        method: str,
        url: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: Any = None,
        content: str | bytes | None = None,
        form: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        expect: Iterable[int] = (200, 201, 202, 204),
        authenticate: bool = True,
    ) -> httpx.Response:
        """Send one request with retries; returns the response when its status is expected."""
        expected = set(expect)
        full_url = self.url(url)
        refreshed = False
        attempt = 0
        while True:
            sent_headers = dict(headers or {})
            sent_params = {k: str(v) for k, v in (params or {}).items()}
            if authenticate:
                await self.auth.apply(self, sent_headers, sent_params)
            if json_body is not None:
                content, sent_headers["Content-Type"] = json.dumps(json_body, ensure_ascii=False), "application/json"
            response = await self._send(method, full_url, sent_params, content, form, sent_headers)
            status = response.status_code
            if status in expected:
                return response
            if status == 401 and authenticate and not refreshed and await self.auth.refresh(self):
                refreshed = True
                continue
            error = self._error_for(response)
            wait = error.retry_after_s
            if error.retryable and status in (429, 503) and attempt < self.retries:
                wait = 0.5 * (attempt + 1) if wait is None else wait
                if wait <= self.max_retry_wait_s:
                    attempt += 1
                    log.info("%s answered %s; retry %d in %.1f s", self.service, status, attempt, wait)
                    await asyncio.sleep(wait)
                    continue
            raise error

    def _error_for(self, response: httpx.Response) -> AdapterError:
        if self.error_hook is not None:
            special = self.error_hook(response)
            if special is not None:
                return special
        status = response.status_code
        detail = error_message(response)
        if status in (429, 503):
            after = retry_after_seconds(response)
            what = "rate limited by" if status == 429 else "temporarily unavailable:"
            hint = f", retry after {after:.0f} s" if after is not None else ""
            return AdapterError(f"{what} {self.service}{hint}", retryable=True, retry_after_s=after,
                                code="crm.rate_limited" if status == 429 else "crm.unavailable",
                                params={"service": self.service, "seconds": round(after) if after is not None else None})
        if status == 401:
            return AdapterError(f"authentication failed (401) at {self.service}", retryable=False, code="crm.auth_failed",
                                params={"service": self.service})
        if status == 403:
            return AdapterError(f"access denied (403) by {self.service}" + (f": {detail}" if detail else ""),
                                retryable=False, code="crm.access_denied", params={"service": self.service, "detail": detail})
        if status >= 500:
            return AdapterError(f"HTTP {status} from {self.service}", retryable=True, code="crm.server_error",
                                params={"service": self.service, "status": status})
        if 300 <= status < 400:
            return AdapterError(f"HTTP {status} from {self.service}: redirected to "
                                f"{mask_url(response.headers.get('Location', '?'))}; check base_url", retryable=False,
                                code="crm.redirected", params={"service": self.service, "status": status,
                                                               "location": mask_url(response.headers.get("Location", "?"))})
        return AdapterError(f"HTTP {status} from {self.service}" + (f": {detail}" if detail else ""),
                            retryable=status in (408, 409, 425), code="crm.http_status",
                            params={"service": self.service, "status": status, "detail": detail})

    async def _wait_for_slot(self) -> None:
        if not self.min_interval_s:
            return
        if self._slot_lock is None:
            self._slot_lock = asyncio.Lock()
        async with self._slot_lock:
            now = time.monotonic()
            if self._next_slot > now:
                await asyncio.sleep(self._next_slot - now)
            self._next_slot = max(now, self._next_slot) + self.min_interval_s

    async def _send(self, method: str, url: str, params: dict[str, str], content: str | bytes | None,
                    form: dict[str, str] | None, headers: dict[str, str]) -> httpx.Response:
        await self._wait_for_slot()
        secrets = self.auth.secret_values()
        started = time.perf_counter()
        request = self._client.build_request(method, url, params=params or None, content=content, data=form,
                                             headers=headers)
        trace = RequestTrace(self.service, method, mask_url(str(request.url), secrets), None, 0.0,
                             mask_headers({k: v for k, v in headers.items()}, secrets),
                             _preview(content if content is not None else urlencode(form or {}), secrets))
        try:
            async with asyncio.timeout(self.timeout_s):  # the whole exchange, not each read
                response = await self._client.send(request, stream=True)
                try:
                    trace.status = response.status_code
                    body = await self._read_answer(response)
                finally:
                    await response.aclose()
        except (httpx.TimeoutException, TimeoutError):
            trace.problem = f"{self.service} did not answer within {self.timeout_s:g} s"
            raise AdapterError(trace.problem, code="crm.timeout",
                               params={"service": self.service, "seconds": self.timeout_s}) from None
        except AdapterError as exc:
            trace.problem = exc.reason
            raise
        except httpx.HTTPError as exc:
            if _tls_problem(exc):
                trace.problem = (f"the TLS certificate of {request.url.host} is not trusted; if your company uses "
                                 f"its own certificate authority, set ca_bundle to its PEM file")
                raise AdapterError(trace.problem, retryable=False, code="crm.tls_untrusted",
                                   params={"host": request.url.host}) from None
            trace.problem = f"cannot connect to {self.service} at {request.url.host}:{request.url.port or ''} " \
                            f"({type(exc).__name__})"
            raise AdapterError(trace.problem, code="crm.cannot_connect",
                               params={"service": self.service, "host": request.url.host, "port": request.url.port or ""}) from None
        finally:
            trace.elapsed_ms = (time.perf_counter() - started) * 1000
            if trace.problem:
                self._report(trace)
        kept = [(k, v) for k, v in response.headers.multi_items()
                if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
        answer = httpx.Response(response.status_code, headers=kept, content=body, request=request)
        trace.answer_preview = _preview(body[:8000], secrets)
        self._report(trace)
        log.debug("%s %s -> %s in %.0f ms", method, log_safe(url), response.status_code, trace.elapsed_ms)
        return answer

    def _too_large(self, what: str) -> AdapterError:
        limit_mb = self.max_answer_bytes / 1_000_000
        return AdapterError(f"answer from {self.service} too large ({what} more than {limit_mb:g} MB); "
                            f"the rest was not read", retryable=False, code="crm.answer_too_large",
                            params={"service": self.service, "megabytes": limit_mb})

    async def _read_answer(self, response: httpx.Response) -> bytes:
        """The body, unpacked, read piece by piece and stopped as soon as it passes the limit
        either as sent or as unpacked (a Content-Length above the limit is not read at all)."""
        limit = self.max_answer_bytes
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > limit:
            raise self._too_large(f"it announced {int(declared) // 1_000_000} MB,")
        unpack = _unpacker(response.headers.get("Content-Encoding", ""), self.service)
        parts: list[bytes] = []
        sent = unpacked = 0
        async for raw in response.aiter_raw():
            sent += len(raw)
            if sent > limit:
                raise self._too_large("sent")
            for piece in unpack(raw):
                unpacked += len(piece)
                if unpacked > limit:
                    raise self._too_large("unpacked")
                parts.append(piece)
        for piece in unpack(None):
            unpacked += len(piece)
            if unpacked > limit:
                raise self._too_large("unpacked")
            parts.append(piece)
        return b"".join(parts)

    def _report(self, trace: RequestTrace) -> None:
        for listener in list(self.listeners):
            try:
                listener(trace)
            except Exception:  # noqa: BLE001 - a broken listener must not break the lookup
                log.exception("request listener failed")


def _unpacker(encoding: str, service: str) -> Callable[[bytes | None], Iterator[bytes]]:
    """A function that unpacks the next raw chunk (``None`` = the end) into pieces of at most
    ``_PIECE`` bytes, so a small compressed chunk never becomes one huge block in memory."""
    codings = [c.strip().lower() for c in encoding.split(",") if c.strip() and c.strip().lower() != "identity"]
    if not codings:
        return lambda raw: iter(() if raw is None else (raw,))
    if len(codings) > 1 or codings[0] not in ("gzip", "x-gzip", "deflate"):
        raise AdapterError(f"{service} answered with compression '{encoding[:40]}', which is not supported "
                           f"(gzip and deflate are)", retryable=False, code="crm.bad_compression",
                           params={"service": service, "encoding": encoding[:40]})
    state: dict[str, Any] = {"z": None, "first": b""}
    gzip = codings[0] != "deflate"

    def pieces(z: Any, data: bytes) -> Iterator[bytes]:
        out = z.decompress(data, _PIECE)
        while True:
            if out:
                yield out
            if not z.unconsumed_tail and len(out) < _PIECE:
                return
            out = z.decompress(z.unconsumed_tail, _PIECE)

    def unpack(raw: bytes | None) -> Iterator[bytes]:
        try:
            if state["z"] is None:
                if raw is not None and not gzip and len(state["first"]) < 2:
                    state["first"] += raw  # deflate: a zlib header, or raw deflate as some servers send
                    if len(state["first"]) < 2:
                        return
                    raw = b""
                data = state["first"] if not gzip else b""
                if not gzip:
                    zlib_header = len(data) >= 2 and (data[0] & 0x0F) == 8 and int.from_bytes(data[:2], "big") % 31 == 0
                    state["z"] = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)
                else:
                    state["z"] = zlib.decompressobj(zlib.MAX_WBITS | 16)
                if data:
                    yield from pieces(state["z"], data)
            if raw is None:
                yield from pieces(state["z"], b"")
                return
            if raw:
                yield from pieces(state["z"], raw)
        except zlib.error:
            raise AdapterError(f"the answer from {service} is not valid {codings[0]} data", retryable=False,
                               code="crm.bad_compressed_data", params={"service": service, "encoding": codings[0]}) from None

    return unpack


def _preview(text: str | bytes | None, secrets: Iterable[str], limit: int = 2000) -> str:
    if not text:
        return ""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = mask_secrets(text, secrets)
    text = re.sub(r'("(?:access_token|refresh_token|client_secret|password|api_key|token)"\s*:\s*")[^"]*"',
                  r'\1****"', text)
    text = re.sub(r"((?:client_secret|refresh_token|password|access_token)=)[^&]*", r"\1****", text)
    return text if len(text) <= limit else text[:limit] + "…"


class TtlCache:
    """Answers remembered for ``lifetime_s`` seconds (0 = not at all), at most ``size`` of them."""

    def __init__(self, lifetime_s: float, size: int = 500) -> None:
        self.lifetime_s = lifetime_s
        self.size = size
        self._items: dict[Any, tuple[float, Any]] = {}

    def get(self, key: Any) -> Any:
        found = self._items.get(key)
        if found is None or found[0] < time.monotonic():
            self._items.pop(key, None)
            return None
        return found[1]

    def put(self, key: Any, value: Any) -> None:
        if self.lifetime_s <= 0:
            return
        if len(self._items) >= self.size:
            self._items.pop(next(iter(self._items)))
        self._items[key] = (time.monotonic() + self.lifetime_s, value)
