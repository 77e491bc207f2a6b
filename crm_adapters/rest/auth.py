"""How an HTTP adapter proves who it is: none, basic, bearer token, API key, OAuth2.

Why here: templates and vendor adapters name their secrets (``token_secret = "acme_token"``)
and the console's keyring/environment lookup (``context.secret``) supplies the values, so no
password ever sits in a template or a config file. A missing secret is a clear, non-retryable
error naming the secret, not a mysterious 401.
"""
from __future__ import annotations

import base64
import time
from collections.abc import Callable, Mapping
from typing import Any

from crm_adapters.http_support import CrmHttp, NoAuth
from crm_adapters.protocol import AdapterError
from crm_adapters.secret_rule import KEYRING_SERVICE, is_secret_key, secret_env_name, secret_in_table  # noqa: F401

SecretLookup = Callable[[str], "str | None"]
AUTH_TYPES = ("none", "basic", "bearer", "api_key", "oauth2_client_credentials", "oauth2_refresh_token")


def need_secret(secret: SecretLookup, name: str) -> str:
    value = secret(name) if name else None
    if not value:
        raise AdapterError(f"secret '{name}' is not set (store it in the keyring or the environment)",
                           retryable=False, code="crm.secret_missing", params={"secret": name})
    return value


class _SecretAuth:
    def __init__(self, secret: SecretLookup) -> None:
        self._secret = secret
        self._used: list[str] = []

    def _get(self, name: str) -> str:
        return self._remember(need_secret(self._secret, name))

    def _remember(self, value: str) -> str:
        if value not in self._used:
            self._used.append(value)
        return value

    async def refresh(self, http: CrmHttp) -> bool:
        return False

    def secret_values(self) -> list[str]:
        return list(self._used)


class BasicAuth(_SecretAuth):
    def __init__(self, secret: SecretLookup, username: str, password_secret: str, username_secret: str = "") -> None:
        super().__init__(secret)
        self.username, self.password_secret, self.username_secret = username, password_secret, username_secret

    async def apply(self, http: CrmHttp, headers: dict[str, str], params: dict[str, str]) -> None:
        user = self._get(self.username_secret) if self.username_secret else self.username
        pair = f"{user}:{self._get(self.password_secret)}".encode()
        token = self._remember(base64.b64encode(pair).decode())
        headers["Authorization"] = f"Basic {token}"


class BearerAuth(_SecretAuth):
    def __init__(self, secret: SecretLookup, token_secret: str, scheme: str = "Bearer") -> None:
        super().__init__(secret)
        self.token_secret, self.scheme = token_secret, scheme

    async def apply(self, http: CrmHttp, headers: dict[str, str], params: dict[str, str]) -> None:
        headers["Authorization"] = f"{self.scheme} {self._get(self.token_secret)}"


class ApiKeyAuth(_SecretAuth):
    """``header = "X-Api-Key"`` or ``query = "api_key"`` (a key in the URL is masked in traces)."""

    def __init__(self, secret: SecretLookup, key_secret: str, header: str = "", query: str = "", prefix: str = "") -> None:
        super().__init__(secret)
        self.key_secret, self.header, self.query, self.prefix = key_secret, header, query, prefix

    async def apply(self, http: CrmHttp, headers: dict[str, str], params: dict[str, str]) -> None:
        key = self._get(self.key_secret)
        if self.query:
            params[self.query] = key
        else:
            headers[self.header or "X-Api-Key"] = f"{self.prefix}{key}"


class OAuth2Auth(_SecretAuth):
    """Client credentials or refresh token grant; the access token is kept until shortly before
    it expires, and fetched again once when the CRM says 401."""

    def __init__(self, secret: SecretLookup, *, grant: str, token_url: str, client_id: str = "",
                 client_id_secret: str = "", client_secret_secret: str = "", refresh_token_secret: str = "",
                 scope: str = "", client_auth: str = "body", extra: Mapping[str, str] | None = None) -> None:
        super().__init__(secret)
        self.grant, self.token_url, self.client_id, self.client_id_secret = grant, token_url, client_id, client_id_secret
        self.client_secret_secret, self.refresh_token_secret = client_secret_secret, refresh_token_secret
        self.scope, self.client_auth, self.extra = scope, client_auth, dict(extra or {})
        self.token: str | None = None
        self.expires_at = 0.0
        self.answer: dict[str, Any] = {}  # the token endpoint's last answer (Salesforce: instance_url)

    async def apply(self, http: CrmHttp, headers: dict[str, str], params: dict[str, str]) -> None:
        if not self.token or time.monotonic() > self.expires_at:
            await self._fetch(http)
        headers["Authorization"] = f"Bearer {self.token}"

    async def refresh(self, http: CrmHttp) -> bool:
        self.token = None
        await self._fetch(http)
        return True

    async def _fetch(self, http: CrmHttp) -> None:
        client_id = self._get(self.client_id_secret) if self.client_id_secret else self.client_id
        form = {"grant_type": "client_credentials" if self.grant == "client_credentials" else "refresh_token",
                **self.extra}
        if self.grant != "client_credentials":
            form["refresh_token"] = self._get(self.refresh_token_secret)
        if self.scope:
            form["scope"] = self.scope
        headers: dict[str, str] = {"Accept": "application/json"}
        client_secret = self._get(self.client_secret_secret) if self.client_secret_secret else ""
        if self.client_auth == "basic":
            pair = self._remember(base64.b64encode(f"{client_id}:{client_secret}".encode()).decode())
            headers["Authorization"] = f"Basic {pair}"
        else:
            form["client_id"] = client_id
            if client_secret:
                form["client_secret"] = client_secret
        try:
            response = await http.request("POST", self.token_url, form=form, headers=headers, expect=(200,),
                                          authenticate=False)
        except AdapterError as exc:
            raise AdapterError(f"OAuth2 token request failed: {exc.reason}", retryable=exc.retryable,
                               retry_after_s=exc.retry_after_s, code="crm.token_request_failed",
                               params={"cause_code": exc.code, "cause_params": exc.params, "detail": exc.reason}) from None
        answer = http.parse_json(response)
        if not isinstance(answer, dict) or not isinstance(answer.get("access_token"), str):
            raise AdapterError(f"OAuth2 token answer from {http.service} has no access_token", retryable=False,
                               code="crm.no_access_token", params={"service": http.service})
        self.answer = answer
        self.token = self._remember(answer["access_token"])
        expires = answer.get("expires_in")
        lifetime = float(expires) if isinstance(expires, (int, float)) else 3600.0
        self.expires_at = time.monotonic() + max(10.0, lifetime - 30.0)


def make_auth(table: Mapping[str, Any], secret: SecretLookup, base_url: str = ""):
    """Build the auth object from a template's (already validated) ``[auth]`` table."""
    kind = table.get("type", "none")
    if kind == "none":
        return NoAuth()
    if kind == "basic":
        return BasicAuth(secret, table.get("username", ""), table.get("password_secret", ""),
                         table.get("username_secret", ""))
    if kind == "bearer":
        return BearerAuth(secret, table.get("token_secret", ""), table.get("scheme", "Bearer"))
    if kind == "api_key":
        return ApiKeyAuth(secret, table.get("key_secret", ""), table.get("header", ""), table.get("query", ""),
                          table.get("prefix", ""))
    grant = "client_credentials" if kind == "oauth2_client_credentials" else "refresh_token"
    return OAuth2Auth(secret, grant=grant, token_url=table.get("token_url", ""), client_id=table.get("client_id", ""),
                      client_id_secret=table.get("client_id_secret", ""),
                      client_secret_secret=table.get("client_secret_secret", ""),
                      refresh_token_secret=table.get("refresh_token_secret", ""), scope=table.get("scope", ""),
                      client_auth=table.get("client_auth", "body"))
