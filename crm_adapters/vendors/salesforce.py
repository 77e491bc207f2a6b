"""Salesforce (REST API): contacts and accounts by SOSL phone search, Task history and open
Tasks by SOQL; calls, notes and follow-ups written as Tasks.

Why Tasks with ``CallObject``: Salesforce has no idempotency header, but Task.CallObject is
the standard field where telephony integrations keep their call identifier. We store the
idempotency key there and look it up before inserting, so a retried write-back stores once.

Settings (``[crm.NAME]`` with ``type = "salesforce"``)::

    base_url = "https://mycompany.my.salesforce.com"    # the instance URL (until the login names one)
    auth = "client_credentials"      # or "refresh_token", "jwt_bearer", or "token" (a session token)
    login_url = "https://mycompany.my.salesforce.com"    # where /services/oauth2/token is
    client_id = "3MVG9..."           client_secret_secret = "salesforce_client_secret"
    refresh_token_secret = "salesforce_refresh_token"    token_secret = "salesforce_token"
    username = "agent@mycompany.com"  private_key_secret = "salesforce_jwt_key"    # jwt_bearer
    api_version = "v60.0"

JWT bearer (``auth = "jwt_bearer"``, Salesforce's server-to-server flow for a connected app with a
certificate): each login is a JWT (iss = client_id, sub = username, aud = login_url, 3 minutes)
signed RS256 with the connected app's private key (a PEM, from the keyring or the environment,
never the file). ``login_url`` defaults to https://login.salesforce.com here (test.salesforce.com
for a sandbox). Every OAuth login's ``instance_url`` is honoured: the API calls go where Salesforce
says the org lives (a https address; http only when base_url is http, as for a test server).
"""
from __future__ import annotations

import re
from datetime import timezone
from typing import Any

import httpx

from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.rest.auth import BearerAuth, OAuth2Auth
from crm_adapters.rest.mapping import when
from crm_adapters.vendors.common import Settings, SettingsError, adapter_name, duration_words, items_of, make_http, variants
from crm_adapters.vocabulary import CallLog, Customer, FollowUpTask, Interaction, NumberInfo

KEYS = {"auth", "login_url", "client_id", "client_secret_secret", "refresh_token_secret", "token_secret",
        "api_version", "username", "private_key_secret"}
JWT_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer"
JWT_LIFETIME_S = 180  # Salesforce accepts an assertion for at most 3 minutes
SOSL_RESERVED = re.compile(r"([?&|!{}\[\]()^~*:\\\"'+\-])")
ID = re.compile(r"^[A-Za-z0-9]{15,18}$")
REQUEST_LIMIT_WAIT_S = 600.0  # Salesforce gives no Retry-After for its daily/rolling limit


def sosl_term(text: str) -> str:
    return SOSL_RESERVED.sub(r"\\\1", text)


def soql_text(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _salesforce_errors(response: httpx.Response) -> AdapterError | None:
    try:
        body = response.json()
    except ValueError:
        return None
    first = body[0] if isinstance(body, list) and body and isinstance(body[0], dict) else {}
    code, message = first.get("errorCode", ""), first.get("message", "")
    if code == "REQUEST_LIMIT_EXCEEDED":
        return AdapterError("Salesforce API request limit exceeded (REQUEST_LIMIT_EXCEEDED); retry later",
                            retryable=True, retry_after_s=REQUEST_LIMIT_WAIT_S, code="crm.rate_limited",
                            params={"service": "Salesforce", "seconds": REQUEST_LIMIT_WAIT_S})
    if code == "INVALID_SESSION_ID":
        return AdapterError("authentication failed (401) at salesforce: session expired or invalid", retryable=False,
                            code="crm.auth_failed", params={"service": "Salesforce"})
    if code:
        return AdapterError(f"HTTP {response.status_code} from salesforce: {code}: {message}"[:200],
                            retryable=response.status_code >= 500, code="crm.http_status",
                            params={"service": "Salesforce", "status": response.status_code, "detail": f"{code}: {message}"[:160]})
    return None


def _b64(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt_assertion(private_key_pem: str, client_id: str, username: str, audience: str, now: float | None = None) -> str:
    """An RS256-signed JWT for Salesforce's OAuth 2.0 JWT bearer flow."""
    import json
    import time

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    try:
        key = serialization.load_pem_private_key(private_key_pem.encode(), password=None)
    except (ValueError, TypeError) as exc:
        raise AdapterError("the Salesforce JWT key is not an unencrypted PEM private key", retryable=False,
                           code="crm.auth_failed", params={"service": "Salesforce"}) from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise AdapterError("the Salesforce JWT key must be an RSA key (RS256)", retryable=False,
                           code="crm.auth_failed", params={"service": "Salesforce"})
    claims = {"iss": client_id, "sub": username, "aud": audience, "exp": int((now or time.time()) + JWT_LIFETIME_S)}
    signing_input = f"{_b64(json.dumps({'alg': 'RS256'}).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input}.{_b64(signature)}"


class SalesforceLogin(OAuth2Auth):
    """OAuth2 for Salesforce: the JWT bearer flow too, and the org's ``instance_url`` honoured."""

    def __init__(self, secret: Any, *, jwt: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(secret, **kwargs)
        self.jwt = jwt  # {"username", "private_key_secret", "audience"} for auth = "jwt_bearer"

    async def _fetch(self, http: Any) -> None:
        if self.jwt is not None:
            assertion = jwt_assertion(self._get(self.jwt["private_key_secret"]), self.client_id, self.jwt["username"],
                                      self.jwt["audience"])
            self.extra = {"grant_type": JWT_GRANT, "assertion": self._remember(assertion)}
        await super()._fetch(http)
        instance = str(self.answer.get("instance_url") or "").rstrip("/")
        if instance and instance != http.base_url and _usable_instance(instance, http.base_url):
            http.base_url = instance


def _usable_instance(url: str, configured: str) -> bool:
    parsed = httpx.URL(url)
    schemes = ("https", "http") if configured.startswith("http://") else ("https",)
    return parsed.scheme in schemes and bool(parsed.host) and not parsed.userinfo and parsed.path in ("", "/")


class SalesforceAdapter:
    def __init__(self, settings: Settings, context: AdapterContext) -> None:
        self.name = settings.name
        base_url = settings.text("base_url", required=True).rstrip("/")
        self.api = f"/services/data/{settings.text('api_version', 'v60.0')}"
        self.formats = settings.formats(["e164", "national_digits", "significant"])
        kind = settings.text("auth", "client_credentials")
        if kind == "token":
            auth: Any = BearerAuth(context.secret, settings.text("token_secret", "salesforce_token"))
        elif kind in ("client_credentials", "refresh_token"):
            login = settings.text("login_url", base_url).rstrip("/")
            auth = SalesforceLogin(context.secret, grant=kind, token_url=f"{login}/services/oauth2/token",
                                   client_id=settings.text("client_id", required=True),
                                   client_secret_secret=settings.text("client_secret_secret", "salesforce_client_secret"),
                                   refresh_token_secret=settings.text("refresh_token_secret", "salesforce_refresh_token"))
        elif kind == "jwt_bearer":
            login = settings.text("login_url", "https://login.salesforce.com").rstrip("/")
            jwt = {"username": settings.text("username", required=True), "audience": login,
                   "private_key_secret": settings.text("private_key_secret", "salesforce_jwt_key")}
            auth = SalesforceLogin(context.secret, grant="client_credentials", token_url=f"{login}/services/oauth2/token",
                                   client_id=settings.text("client_id", required=True), jwt=jwt)
        else:
            raise SettingsError(f"[crm.{self.name}] auth = '{kind}': use client_credentials, refresh_token, jwt_bearer "
                                "or token", code="settings.bad_choice",
                                params={"adapter": self.name, "key": "auth",
                                        "choices": "client_credentials, refresh_token, jwt_bearer, token"})
        self.auth = auth
        self.base_url = base_url
        self.http = make_http(settings, "salesforce", base_url, auth, error_hook=_salesforce_errors)

    async def _api(self, method: str, path: str, **kwargs: Any) -> Any:
        """An API call at the org's instance: logged in first, so ``instance_url`` is known."""
        if isinstance(self.auth, SalesforceLogin) and not self.auth.token:
            await self.auth.apply(self.http, {}, {})
        return await self.http.json(method, path, **kwargs)

    def _link(self, kind: str, record_id: str) -> str:
        return f"{self.http.base_url}/lightning/r/{kind}/{record_id}/view"  # the org's instance, once known

    async def find_customers(self, number: NumberInfo) -> list[Customer]:
        if not number.e164:
            return []
        terms = " OR ".join(f'"{sosl_term(v)}"' for v in variants(number, self.formats))
        query = (f"FIND {{{terms}}} IN PHONE FIELDS RETURNING "
                 "Contact(Id, Name, Email, Phone, MobilePhone, Account.Name, Account.AnnualRevenue), "
                 "Account(Id, Name, Phone, AnnualRevenue) LIMIT 10")
        answer = await self._api("GET", f"{self.api}/search/", params={"q": query}, expect=(200,))
        found = []
        for r in items_of(answer, "searchRecords", self.name):
            kind = (r.get("attributes") or {}).get("type")
            account = r.get("Account") or {}
            if kind == "Contact":
                found.append(Customer(id=r["Id"], source=self.name, name=r.get("Name") or "", email=r.get("Email") or "",
                                      company=account.get("Name") or "", value=account.get("AnnualRevenue"),
                                      phones=[p for p in (r.get("Phone"), r.get("MobilePhone")) if p],
                                      url=self._link("Contact", r["Id"])))
            elif kind == "Account":
                found.append(Customer(id=r["Id"], source=self.name, name=r.get("Name") or "", company=r.get("Name") or "",
                                      value=r.get("AnnualRevenue"), phones=[p for p in (r.get("Phone"),) if p],
                                      url=self._link("Account", r["Id"])))
        return found

    async def _query(self, soql: str) -> list[dict[str, Any]]:
        answer = await self._api("GET", f"{self.api}/query/", params={"q": soql}, expect=(200,))
        return items_of(answer, "records", self.name)

    @staticmethod
    def _who(customer_id: str) -> str:
        if not ID.match(customer_id):
            raise AdapterError(f"'{customer_id[:20]}' is not a Salesforce id", retryable=False, code="crm.bad_customer_id",
                               params={"service": "Salesforce", "id": customer_id[:20]})
        field = "WhatId" if customer_id.startswith("001") else "WhoId"  # 001 = Account, 003 = Contact
        return field

    async def history(self, customer: Customer, limit: int = 10) -> list[Interaction]:
        field = self._who(customer.id)
        rows = await self._query(
            "SELECT Id, Subject, Description, TaskSubtype, CallType, CallDurationInSeconds, CallDisposition, "
            f"CreatedDate FROM Task WHERE {field} = {soql_text(customer.id)} AND IsClosed = true "
            f"ORDER BY CreatedDate DESC LIMIT {int(limit)}")
        return [Interaction(id=r["Id"], source=self.name, customer_id=customer.id,
                            kind="call" if r.get("TaskSubtype") == "Call" or r.get("CallType") else "note",
                            when=when(r.get("CreatedDate")) or when(0), summary=r.get("Subject") or "",
                            direction={"Inbound": "in", "Outbound": "out"}.get(r.get("CallType") or "", ""),
                            disposition=r.get("CallDisposition") or "", duration_s=r.get("CallDurationInSeconds"),
                            url=self._link("Task", r["Id"])) for r in rows]

    async def open_tasks(self, customer: Customer) -> list[FollowUpTask]:
        field = self._who(customer.id)
        rows = await self._query(
            f"SELECT Id, Subject, ActivityDate, Status, OwnerId FROM Task WHERE {field} = {soql_text(customer.id)} "
            "AND IsClosed = false ORDER BY ActivityDate ASC NULLS LAST LIMIT 20")
        return [FollowUpTask(id=r["Id"], source=self.name, customer_id=customer.id, title=r.get("Subject") or "",
                             due=when(r.get("ActivityDate")), assignee=r.get("OwnerId") or "",
                             url=self._link("Task", r["Id"])) for r in rows]

    async def _insert_task(self, fields: dict[str, Any], customer_id: str, key: str) -> str:
        """Insert a Task once per idempotency key (kept in CallObject)."""
        existing = await self._query(f"SELECT Id FROM Task WHERE CallObject = {soql_text(key)} LIMIT 1")
        if existing:
            return existing[0]["Id"]
        if customer_id:
            fields[self._who(customer_id)] = customer_id
        answer = await self._api("POST", f"{self.api}/sobjects/Task/", json_body={**fields, "CallObject": key},
                                      expect=(201,))
        if not isinstance(answer, dict) or not answer.get("success", True):
            raise AdapterError(f"Salesforce did not store the task: {answer!r}"[:200], retryable=False, code="crm.not_stored",
                               params={"service": "Salesforce", "what": "task"})
        return str(answer.get("id", ""))

    async def write_call_log(self, log: CallLog, idempotency_key: str) -> str:
        started = log.started if log.started.tzinfo else log.started.replace(tzinfo=timezone.utc)
        word = "Inbound" if log.direction == "in" else "Outbound"
        fields = {"Subject": f"{word} call, {duration_words(log.duration_s)}", "TaskSubtype": "Call",
                  "CallType": word, "CallDurationInSeconds": int(log.duration_s or 0), "Status": "Completed",
                  "ActivityDate": started.date().isoformat(), "Description": log.notes, "Priority": "Normal"}
        if log.disposition:
            fields["CallDisposition"] = log.disposition
        return await self._insert_task(fields, log.customer_id, idempotency_key)

    async def write_note(self, customer_id: str, text: str, call_id: str, idempotency_key: str) -> str:
        first_line = (text.strip().splitlines() or [""])[0]
        fields = {"Subject": f"Note: {first_line[:60]}", "TaskSubtype": "Task", "Status": "Completed",
                  "Description": text, "Priority": "Normal"}
        return await self._insert_task(fields, customer_id, idempotency_key)

    async def write_task(self, task: FollowUpTask, idempotency_key: str) -> str:
        fields: dict[str, Any] = {"Subject": task.title[:255], "Status": "Not Started", "Priority": "Normal",
                                  "TaskSubtype": "Call" if task.kind == "callback" else "Task"}
        if task.due is not None:
            due = task.due if task.due.tzinfo else task.due.replace(tzinfo=timezone.utc)
            fields.update(ActivityDate=due.date().isoformat(), IsReminderSet=True, ReminderDateTime=due.isoformat())
        return await self._insert_task(fields, task.customer_id, idempotency_key)

    async def complete_task(self, task_id: str, idempotency_key: str) -> str:
        """The agent marked the task done: Status = Completed (the same again changes nothing)."""
        if not ID.match(task_id):
            raise AdapterError(f"'{task_id[:20]}' is not a Salesforce id", retryable=False, code="crm.bad_customer_id",
                               params={"service": "Salesforce", "id": task_id[:20]})
        if isinstance(self.auth, SalesforceLogin) and not self.auth.token:
            await self.auth.apply(self.http, {}, {})
        await self.http.request("PATCH", f"{self.api}/sobjects/Task/{task_id}", json_body={"Status": "Completed"},
                                expect=(204, 200))
        return task_id

    async def close(self) -> None:
        await self.http.close()


def create(settings: dict[str, Any], context: AdapterContext) -> SalesforceAdapter:
    return SalesforceAdapter(Settings(adapter_name(context, "salesforce"), settings, KEYS), context)

