"""What every vendor adapter needs: its settings checked, its HTTP client, number variants, text.

Why: the ``[crm.NAME]`` table is typed by an administrator; a wrong key or type should stop
that one adapter with a sentence naming the key, the same way for every vendor.
"""
from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from crm_adapters.answer_checks import first
from crm_adapters.http_support import Auth, CrmHttp, ErrorHook
from crm_adapters.problems import Problem
from crm_adapters.protocol import AdapterContext
from crm_adapters.rest.auth import secret_in_table
from crm_adapters.rest.variables import number_variants
from crm_adapters.vocabulary import NumberInfo

COMMON_KEYS = {"base_url", "ca_bundle", "timeout_s", "timeout_ms", "retries", "max_retry_wait_s",
               "requests_per_second", "number_formats"}


class SettingsError(Problem):
    """A [crm.NAME] key is wrong; the message names it."""

    code = "settings.invalid"


class Settings:
    def __init__(self, name: str, table: Mapping[str, Any], allowed: set[str]):
        self.name, self.table = name, dict(table)
        refused = secret_in_table(name, self.table)
        if refused:
            raise SettingsError(refused, code="settings.secret_in_config", params={"adapter": name})
        for key in self.table:
            if key not in allowed | COMMON_KEYS:
                raise SettingsError(f"[crm.{name}] has an unknown key '{key}' "
                                    f"(known: {', '.join(sorted(allowed | COMMON_KEYS))})", code="settings.unknown_key",
                                    params={"adapter": name, "key": key, "known": ", ".join(sorted(allowed | COMMON_KEYS))})

    def text(self, key: str, default: str = "", required: bool = False) -> str:
        value = self.table.get(key, default)
        if not isinstance(value, str):
            raise SettingsError(f"[crm.{self.name}] {key} must be text in quotes, not {value!r}", code="settings.not_text",
                                params={"adapter": self.name, "key": key})
        if required and not value.strip():
            raise SettingsError(f"[crm.{self.name}] needs {key} = \"...\"", code="settings.required",
                                params={"adapter": self.name, "key": key})
        return value.strip()

    def number(self, key: str, default: float) -> float:
        value = self.table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise SettingsError(f"[crm.{self.name}] {key} must be a positive number, not {value!r}", code="settings.not_number",
                                params={"adapter": self.name, "key": key})
        return float(value)

    def strings(self, key: str, default: list[str]) -> list[str]:
        value = self.table.get(key, default)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SettingsError(f"[crm.{self.name}] {key} must be a list of texts like [\"a\", \"b\"]", code="settings.not_list",
                                params={"adapter": self.name, "key": key})
        return list(value)

    def mapping(self, key: str) -> dict[str, str]:
        value = self.table.get(key, {})
        if not isinstance(value, Mapping):
            raise SettingsError(f"[crm.{self.name}] {key} must be a table", code="settings.not_table",
                                params={"adapter": self.name, "key": key})
        return {str(k): str(v) for k, v in value.items()}

    def formats(self, default: list[str]) -> list[str]:
        formats = self.strings("number_formats", default)
        known = set(number_variants(NumberInfo(raw="", e164=None)))
        bad = [f for f in formats if f not in known]
        if bad or not formats:
            raise SettingsError(f"[crm.{self.name}] number_formats {bad or formats!r}: use some of "
                                f"{', '.join(sorted(known))}", code="settings.bad_number_formats",
                                params={"adapter": self.name, "known": ", ".join(sorted(known))})
        return formats


def adapter_name(context: AdapterContext, default: str) -> str:
    return str(context.extra.get("adapter_name") or default)


def make_http(settings: Settings, service: str, base_url: str, auth: Auth | None, *,
              error_hook: ErrorHook | None = None, headers: dict[str, str] | None = None) -> CrmHttp:
    if not base_url.startswith(("https://", "http://")):
        raise SettingsError(f"[crm.{settings.name}] base_url '{base_url}' must start with https://", code="settings.not_https",
                            params={"adapter": settings.name, "key": "base_url"})
    return CrmHttp(
        service, base_url=base_url, timeout_s=settings.number("timeout_s", 5.0),
        ca_bundle=settings.text("ca_bundle") or None, retries=int(settings.number("retries", 2)),
        max_retry_wait_s=settings.number("max_retry_wait_s", 5.0),
        requests_per_second=settings.number("requests_per_second", 0) or None,
        headers={"Accept": "application/json", **(headers or {})}, auth=auth, error_hook=error_hook,
    )


def items_of(answer: Any, key: str | None, source: str) -> list[Any]:
    """The first records of ``answer[key]`` (or of ``answer`` itself when ``key`` is None) that are
    JSON objects; a huge list is cut (with a note on the card) and anything else is no records."""
    found = answer.get(key) if key is not None and isinstance(answer, Mapping) else answer if key is None else None
    return [r for r in first(found, key or "records", source) if isinstance(r, dict)]


def variants(number: NumberInfo, formats: list[str]) -> list[str]:
    """The number written each configured way, in order, without repeats or blanks."""
    values = number_variants(number)
    found: list[str] = []
    for name in formats:
        value = values.get(name, "")
        if value and value not in found:
            found.append(value)
    return found


_TAG = re.compile(r"<[^>]+>")


def plain_text(value: Any, limit: int = 300) -> str:
    """HTML bodies (HubSpot, Odoo) as one line of text for the card."""
    if not isinstance(value, str):
        return ""
    text = html.unescape(_TAG.sub(" ", value.replace("<br>", "\n")))
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def as_html(text: str) -> str:
    """Agent's plain text for a CRM that stores HTML: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def duration_words(seconds: int) -> str:
    minutes, rest = divmod(int(seconds or 0), 60)
    return f"{minutes} min {rest} s"
