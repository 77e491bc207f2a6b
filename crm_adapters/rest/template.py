"""Read and check a REST template (TOML) before any request is sent.

Why: an administrator writes these by hand. Every mistake should be caught when the console
starts, with the file, the key and the problem in one sentence
("acme.toml: [lookup] fields.name: '$.[name' is not a valid JSONPath"), instead of a lookup
that silently never matches. The format is documented in docs/rest-adapter.md.
"""
from __future__ import annotations

import tomllib
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any

from jsonpath_ng.exceptions import JsonPathLexerError, JsonPathParserError
from jsonpath_ng.ext import parse as parse_jsonpath

from crm_adapters.problems import Problem
from crm_adapters.rest.auth import AUTH_TYPES
from crm_adapters.rest.pages import PAGE_KEYS, PageSpec, page_spec
from crm_adapters.rest.render import RenderError, placeholders, render_json_text, stray_brace, strings_in
from crm_adapters.rest.variables import sample_variables

BUILT_IN = Path(__file__).parent / "templates"
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
NUMBER_FORMATS = ("e164", "e164_digits", "zero_zero", "international", "national", "national_digits",
                  "significant", "raw")
VARIABLES = {
    "number": set(NUMBER_FORMATS) | {"variant", "variants", "region"},
    "customer": {"id", "name", "company", "email", "phones", "url", "language", "record"},
    "call": {"id", "direction", "direction_word", "number", "started", "started_utc", "started_date",
             "started_epoch", "started_epoch_ms", "duration_s", "duration_ms", "disposition", "disposition_label",
             "notes", "recording", "agent", "customer_id", "summary"},
    "note": {"text", "customer_id", "call_id", "created", "created_utc", "created_epoch_ms"},
    "task": {"title", "due", "due_utc", "due_date", "due_time", "due_epoch_ms", "customer_id", "kind", "call_id",
             "assignee"},
    "agent": {"id"},
    "limit": None, "idempotency_key": None, "now": None, "assignee": None,
    "settings": "settings", "record": "any", "maps": "maps",
}
CUSTOMER_FIELDS = ("id", "name", "company", "email", "language", "value", "currency", "segment", "url",
                   "phones", "notes")
HISTORY_FIELDS = ("id", "when", "kind", "summary", "direction", "agent", "disposition", "duration_s", "url")
TASK_FIELDS = ("id", "title", "due", "assignee", "kind", "done", "url")
ASSIGNED_TASK_FIELDS = TASK_FIELDS + ("customer_id", "number")
SEGMENTS = ("vip", "high", "standard", "low")
WRITES = {"call_log": "call", "note": "note", "task": "task"}
ENRICH_KINDS = ("history", "tasks", "fields")
FROM_LOOKUP = "lookup"  # [[enrich]] from = "lookup": read the lookup's own answer, no request


class TemplateError(Problem):
    """Names the file, the key and the problem."""

    code = "template.invalid"


@dataclass
class FieldSpec:
    """How one card field is read from a record: JSONPath(s), a text template, or a constant."""

    kind: str  # "path" | "first" | "template" | "const"
    source: Any
    compiled: list[Any] = field(default_factory=list)


@dataclass
class RequestSpec:
    where: str
    method: str = "GET"
    url: str = ""
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None  # None, JSON text (str) or a TOML table/list
    expect: tuple[int, ...] = (200, 201, 202, 204)
    # lookup / enrich
    items: Any = None  # compiled JSONPath of the list of records
    fields: dict[str, FieldSpec] = field(default_factory=dict)
    empty_status: tuple[int, ...] = ()  # statuses that mean "nothing found" (e.g. 404)
    kind: str = ""  # enrich: "history" | "tasks" | "fields"
    done_values: tuple[str, ...] = ()
    segments: dict[str, str] = field(default_factory=dict)
    reads: str = ""  # enrich: "" = its own request; "lookup" = the lookup's record; else a [requests.NAME]
    record: Any = None  # enrich kind "fields": compiled JSONPath of the record in the answer
    pages: PageSpec | None = None  # history, tasks, assigned tasks: how to ask for the next page
    # write-back
    id_path: Any = None  # compiled JSONPath, or "header:NAME"
    maps: dict[str, ValueMap] = field(default_factory=dict)  # {maps.NAME}
    call_notes: bool = True  # [write.note]: notes typed during a call are written here too


@dataclass
class ValueMap:
    """``{maps.NAME}``: the value of ``source`` (``call.disposition``) in the CRM's words.
    A dotted code falls back to its parents ("followup.callback", then "followup"), then ``default``."""

    source: str
    values: dict[str, Any]
    default: Any = None  # None = the value itself

    def apply(self, value: Any) -> Any:
        text = "" if value is None else str(value)
        while True:
            if text in self.values:
                return self.values[text]
            if "." not in text:
                break
            text = text.rsplit(".", 1)[0]
        return value if self.default is None else self.default


@dataclass
class Template:
    path: str
    name: str
    base_url: str
    timeout_s: float = 5.0
    retries: int = 2
    max_retry_wait_s: float = 5.0
    requests_per_second: float | None = None
    cache_s: float = 0.0
    idempotency_header: str = "Idempotency-Key"
    headers: dict[str, str] = field(default_factory=dict)
    auth: dict[str, Any] = field(default_factory=dict)
    number_formats: tuple[str, ...] = ("e164",)
    time_zone: tzinfo | None = None  # None = the agent's (this computer's) time zone
    lookup: RequestSpec = field(default_factory=lambda: RequestSpec("[lookup]"))
    enrich: list[RequestSpec] = field(default_factory=list)
    shared: dict[str, RequestSpec] = field(default_factory=dict)  # [requests.NAME], fetched once per ring
    assigned_tasks: RequestSpec | None = None  # [read.assigned_tasks]
    writes: dict[str, RequestSpec] = field(default_factory=dict)

    def takes(self, kind: str) -> bool:
        """Does this CRM take write-backs of ``kind`` ("call_log", "note", "task")?"""
        return kind in self.writes


class _Checker:
    def __init__(self, path: str, settings: Mapping[str, Any]):
        self.path, self.settings = Path(path).name, settings
        self._sample: dict[str, Any] | None = None
        self.maps: dict[str, ValueMap] = {}  # the maps of the write section being checked

    def sample(self) -> dict[str, Any]:
        if self._sample is None:
            self._sample = sample_variables(self.settings)
        return {**self._sample, "maps": {name: "sample" for name in self.maps}}

    def fail(self, where: str, problem: str) -> TemplateError:
        return TemplateError(f"{self.path}: {where}: {problem}", code="template.invalid",
                             params={"file": str(self.path), "where": where, "detail": problem})

    def table(self, data: Mapping[str, Any], key: str, where: str, required: bool = False) -> dict[str, Any]:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(where, f"the [{key}] section is missing")
            return {}
        if not isinstance(value, Mapping):
            raise self.fail(where, f"'{key}' must be a table, not {type(value).__name__}")
        return dict(value)

    def unknown(self, data: Mapping[str, Any], allowed: set[str] | tuple[str, ...], where: str) -> None:
        for key in data:
            if key not in allowed:
                raise self.fail(where, f"unknown key '{key}' (allowed: {', '.join(sorted(allowed))})")

    def typed(self, data: Mapping[str, Any], key: str, kinds: type | tuple[type, ...], where: str, default: Any) -> Any:
        value = data.get(key, default)
        if value is default:
            return value
        if isinstance(value, bool) and bool not in (kinds if isinstance(kinds, tuple) else (kinds,)):
            raise self.fail(where, f"'{key}' must be {_kind_name(kinds)}, not {value!r}")
        if not isinstance(value, kinds):
            raise self.fail(where, f"'{key}' must be {_kind_name(kinds)}, not {value!r}")
        return value

    def jsonpath(self, text: Any, where: str) -> Any:
        if not isinstance(text, str) or not text.startswith(("$", "@")):
            raise self.fail(where, f"{text!r} must be a JSONPath starting with '$' (e.g. \"$.data[*]\")")
        try:
            return parse_jsonpath(text)
        except (JsonPathLexerError, JsonPathParserError, Exception) as exc:  # noqa: BLE001 - lexer raises plain Exception
            raise self.fail(where, f"'{text}' is not a valid JSONPath ({exc})") from None

    def strings(self, value: Any, where: str, allowed: set[str]) -> None:
        json_text = isinstance(value, str) and where.endswith(" body")
        for text in strings_in(value):
            brace = None if json_text else stray_brace(text)
            if brace:
                raise self.fail(where, f"'{text}' has a stray '{brace}' (write {brace}{brace} for a literal brace)")
            for name in placeholders(text):
                self.variable(name, where, allowed)

    def variable(self, name: str, where: str, allowed: set[str]) -> None:
        head, _, rest = name.partition(".")
        if head not in allowed:
            raise self.fail(where, f"{{{name}}} is not available here (use: {', '.join(sorted(allowed))})")
        known = VARIABLES[head]
        if known is None:
            if rest:
                raise self.fail(where, f"{{{name}}}: '{head}' has no parts")
        elif known == "maps":
            if rest not in self.maps:
                raise self.fail(where, f"{{{name}}}: this section has no map '{rest}' "
                                       f"(known: {', '.join(sorted(self.maps)) or 'none'})")
        elif known == "settings":
            if rest.split(".")[0] not in self.settings:
                raise self.fail(where, f"{{{name}}}: the adapter settings have no '{rest}' "
                                       f"(add it to the [crm.NAME] table)")
        elif known != "any":
            part = rest.split(".")[0]
            if part not in known:
                raise self.fail(where, f"{{{name}}}: '{head}' has no '{part}' (known: {', '.join(sorted(known))})")
            if part != "record" and "." in rest:
                raise self.fail(where, f"{{{name}}}: '{head}.{part}' has no parts")


def _kind_name(kinds: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", float: "a number", bool: "true or false", list: "a list",
             dict: "a table"}
    kinds = kinds if isinstance(kinds, tuple) else (kinds,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


REQUEST_KEYS = {"method", "url", "query", "headers", "body", "expect"}


def _request(c: _Checker, data: Mapping[str, Any], where: str, allowed: set[str], extra_keys: set[str]) -> RequestSpec:
    c.unknown(data, REQUEST_KEYS | extra_keys, where)
    spec = RequestSpec(where)
    spec.method = str(c.typed(data, "method", str, where, "GET")).upper()
    if spec.method not in METHODS:
        raise c.fail(where, f"method '{spec.method}' is not one of {', '.join(METHODS)}")
    url = data.get("url")
    if not isinstance(url, str) or not url.strip():
        raise c.fail(where, "'url' is missing (a path like \"/contacts\" below base_url, or a full https:// URL)")
    spec.url = url.strip()
    spec.query = c.typed(data, "query", dict, where, {})
    spec.headers = c.typed(data, "headers", dict, where, {})
    spec.body = data.get("body")
    if spec.body is not None and not isinstance(spec.body, (str, dict, list)):
        raise c.fail(where, "'body' must be JSON text ('''{...}''') or a table")
    if spec.body is not None and spec.method == "GET":
        raise c.fail(where, "a GET request cannot have a body; use query = { ... } or method = \"POST\"")
    expect = data.get("expect", list(spec.expect))
    expect = [expect] if isinstance(expect, int) else expect
    if not isinstance(expect, list) or not expect or not all(isinstance(s, int) and 100 <= s <= 599 for s in expect):
        raise c.fail(where, f"'expect' must be an HTTP status or a list of them, like [200, 201] (got {expect!r})")
    spec.expect = tuple(expect)
    for key, value in (("url", spec.url), ("query", spec.query), ("headers", spec.headers), ("body", spec.body)):
        c.strings(value, f"{where} {key}", allowed)
    if isinstance(spec.body, str):
        try:
            render_json_text(spec.body, c.sample())
        except RenderError as exc:
            raise c.fail(f"{where} body", f"{exc} (check quotes and commas; values are filled in for you, "
                                          f"so write \"{{note.text}}\" inside quotes for text)") from None
    return spec


def _fields(c: _Checker, data: Any, where: str, names: tuple[str, ...], required: tuple[str, ...],
            allowed: set[str]) -> dict[str, FieldSpec]:
    if not isinstance(data, Mapping):
        raise c.fail(where, "the fields table is missing (fields = { id = \"$.id\", name = \"$.name\" })")
    c.unknown(data, names, where)
    for key in required:
        if key not in data:
            raise c.fail(where, f"'{key}' is required (where the record's {key} is, e.g. {key} = \"$.{key}\")")
    specs = {}
    for key, value in data.items():
        specs[key] = _field(c, value, f"{where}.{key}", allowed | {"record"})
    return specs


def _field(c: _Checker, value: Any, where: str, allowed: set[str]) -> FieldSpec:
    if isinstance(value, list):
        if not value:
            raise c.fail(where, "an empty list; give one or more JSONPaths")
        return FieldSpec("first", value, [_field(c, v, where, allowed) for v in value])
    if isinstance(value, str) and value.startswith("$"):
        return FieldSpec("path", value, [c.jsonpath(value, where)])
    if isinstance(value, str) and "{" in value:
        c.strings(value, where, allowed)
        return FieldSpec("template", value)
    if isinstance(value, (str, int, float, bool)):
        return FieldSpec("const", value)
    raise c.fail(where, f"{value!r} must be a JSONPath (\"$.name\"), a text with {{record.x}} or a constant")


def parse_template(data: Mapping[str, Any], path: str, settings: Mapping[str, Any] | None = None) -> Template:
    """Check a parsed TOML template; ``settings`` (the [crm.NAME] table) can be referenced as
    ``{settings.x}`` and overrides base_url, timeout_s, cache_s, ...."""
    settings = dict(settings or {})
    c = _Checker(path, settings)
    c.unknown(data, {"crm", "auth", "number", "lookup", "enrich", "requests", "read", "write"}, "top level")
    crm = c.table(data, "crm", "[crm]")
    c.unknown(crm, {"name", "base_url", "timeout_s", "retries", "max_retry_wait_s", "requests_per_second",
                    "cache_s", "idempotency_header", "headers", "time_zone"}, "[crm]")
    merged = {**crm, **{k: v for k, v in settings.items() if k in crm or k in ("base_url", "timeout_s", "cache_s",
                                                                                "retries", "max_retry_wait_s",
                                                                                "requests_per_second", "time_zone")}}
    base_url = c.typed(merged, "base_url", str, "[crm]", "")
    if base_url and not base_url.startswith(("https://", "http://")):
        raise c.fail("[crm] base_url", f"'{base_url}' must start with https://")
    t = Template(path=path, name=str(c.typed(crm, "name", str, "[crm]", Path(path).stem)), base_url=base_url)
    t.timeout_s = float(c.typed(merged, "timeout_s", (int, float), "[crm]", 5.0))
    t.retries = int(c.typed(merged, "retries", int, "[crm]", 2))
    t.max_retry_wait_s = float(c.typed(merged, "max_retry_wait_s", (int, float), "[crm]", 5.0))
    rps = c.typed(merged, "requests_per_second", (int, float), "[crm]", None)
    t.requests_per_second = float(rps) if rps else None
    t.cache_s = float(c.typed(merged, "cache_s", (int, float), "[crm]", 0.0))
    t.idempotency_header = str(c.typed(crm, "idempotency_header", str, "[crm]", "Idempotency-Key"))
    t.headers = c.typed(crm, "headers", dict, "[crm]", {})
    c.strings(t.headers, "[crm] headers", {"settings", "agent"})
    if t.timeout_s <= 0:
        raise c.fail("[crm] timeout_s", "must be more than 0 seconds")
    t.auth = _auth(c, c.table(data, "auth", "[auth]"))
    number = c.table(data, "number", "[number]")
    c.unknown(number, {"formats"}, "[number]")
    formats = c.typed(number, "formats", list, "[number]", ["e164"])
    bad = [f for f in formats if f not in NUMBER_FORMATS]
    if not formats or bad:
        raise c.fail("[number] formats", f"{bad or formats!r}: use some of {', '.join(NUMBER_FORMATS)}")
    t.number_formats = tuple(formats)
    t.time_zone = _zone(c, merged)
    common = {"settings", "agent", "now"}
    lookup = c.table(data, "lookup", "[lookup]", required=True)
    t.lookup = _request(c, lookup, "[lookup]", common | {"number", "limit"}, {"matches", "fields", "segments", "empty_status"})
    t.lookup.items = c.jsonpath(lookup.get("matches"), "[lookup] matches")
    t.lookup.fields = _fields(c, lookup.get("fields"), "[lookup] fields", CUSTOMER_FIELDS, ("id", "name"), common | {"number"})
    t.lookup.empty_status = tuple(c.typed(lookup, "empty_status", list, "[lookup]", []))
    segments = c.typed(lookup, "segments", dict, "[lookup]", {})
    for crm_value, ours in segments.items():
        if ours not in SEGMENTS:
            raise c.fail(f"[lookup] segments.{crm_value}", f"'{ours}' is not one of {', '.join(SEGMENTS)}")
    t.lookup.segments = {str(k).lower(): v for k, v in segments.items()}
    shared = c.table(data, "requests", "[requests]")
    for name, table in shared.items():
        where = f"[requests.{name}]"
        if not isinstance(table, Mapping):
            raise c.fail(where, "must be a table (url = \"/contacts/{customer.id}\" ...)")
        t.shared[name] = _request(c, table, where, common | {"customer", "limit"}, set())
    enrich = data.get("enrich", [])
    if not isinstance(enrich, list):
        raise c.fail("[[enrich]]", "write each follow-up request as its own [[enrich]] section")
    for i, item in enumerate(enrich, 1):
        t.enrich.append(_enrich(c, item, f"[[enrich]] #{i}", common, t))
    unread = sorted(set(t.shared) - {e.reads for e in t.enrich})
    if unread:
        raise c.fail(f"[requests.{unread[0]}]", "no [[enrich]] section reads it (add from = \"" + unread[0] + "\")")
    read = c.table(data, "read", "[read]")
    c.unknown(read, {"assigned_tasks"}, "[read]")
    if "assigned_tasks" in read:
        where = "[read.assigned_tasks]"
        table = c.table(read, "assigned_tasks", where)
        spec = _request(c, table, where, common | {"assignee", "limit"}, {"items", "fields", "done_values", "pages"})
        spec.kind = "tasks"
        spec.items = c.jsonpath(table.get("items"), f"{where} items")
        spec.fields = _fields(c, table.get("fields"), f"{where} fields", ASSIGNED_TASK_FIELDS, ("title",), common)
        spec.done_values = tuple(str(v).lower() for v in c.typed(table, "done_values", list, where, []))
        spec.pages = _pages(c, table, where)
        t.assigned_tasks = spec
    writes = c.table(data, "write", "[write]")
    c.unknown(writes, set(WRITES), "[write]")
    for key, variable in WRITES.items():
        if key in writes:
            where = f"[write.{key}]"
            table = c.table(writes, key, where)
            c.maps = _maps(c, table, where, VARIABLES[variable], variable)
            extra = {"id", "maps"} | ({"call_notes"} if key == "note" else set())
            allowed = common | {variable, "idempotency_key"} | ({"maps"} if c.maps else set())
            spec = _request(c, table, where, allowed, extra)
            spec.maps, c.maps = c.maps, {}
            if spec.method == "GET":
                raise c.fail(where, "a write-back must use POST, PUT or PATCH")
            id_text = table.get("id", "")
            if isinstance(id_text, str) and id_text.startswith("header:"):
                spec.id_path = id_text
            elif id_text:
                spec.id_path = c.jsonpath(id_text, f"{where} id")
            spec.call_notes = bool(c.typed(table, "call_notes", bool, where, True))
            t.writes[key] = spec
    return t


def _enrich(c: _Checker, item: Any, where: str, common: set[str], t: Template) -> RequestSpec:
    """One [[enrich]] section: its own request, or ``from`` the lookup's record or a shared answer."""
    if not isinstance(item, Mapping):
        raise c.fail(where, "must be a table")
    kind = item.get("kind")
    if kind not in ENRICH_KINDS:
        raise c.fail(where, f"kind = {kind!r}: use \"history\" (calls, notes, tickets), \"tasks\" (open "
                            f"follow-ups) or \"fields\" (more card fields, such as the company)")
    reads = item.get("from", "")
    own = {"kind", "items", "fields", "done_values", "record", "pages"}
    if reads:
        if reads != FROM_LOOKUP and reads not in t.shared:
            known = ", ".join([FROM_LOOKUP, *sorted(t.shared)])
            raise c.fail(f"{where} from", f"'{reads}' is not the lookup or a [requests.NAME] section (known: {known})")
        c.unknown(item, (own | {"from"}) - {"pages"}, where)
        spec = RequestSpec(where)
        spec.reads = str(reads)
    else:
        spec = _request(c, item, where, common | {"customer", "limit"}, own)
    spec.kind = kind
    if kind == "fields":
        if "items" in item or "done_values" in item:
            raise c.fail(where, "kind = \"fields\" reads one record: use record = \"$.data\" (not items)")
        spec.record = c.jsonpath(item.get("record", "$"), f"{where} record")
        names = tuple(n for n in CUSTOMER_FIELDS if n != "id")
        spec.fields = _fields(c, item.get("fields"), f"{where} fields", names, (), common | {"customer"})
        spec.segments = t.lookup.segments
        return spec
    spec.items = c.jsonpath(item.get("items"), f"{where} items")
    names, required = (HISTORY_FIELDS, ("when",)) if kind == "history" else (TASK_FIELDS, ("title",))
    spec.fields = _fields(c, item.get("fields"), f"{where} fields", names, required, common | {"customer"})
    spec.done_values = tuple(str(v).lower() for v in c.typed(item, "done_values", list, where, []))
    spec.pages = _pages(c, item, where) if not reads else None
    return spec


def _pages(c: _Checker, data: Mapping[str, Any], where: str) -> PageSpec | None:
    table = data.get("pages")
    if table is None:
        return None
    if not isinstance(table, Mapping):
        raise c.fail(f"{where} pages", "must be a table, e.g. pages = { style = \"next_link\", next = \"$.links.next\" }")
    c.unknown(table, PAGE_KEYS, f"{where} pages")
    try:
        return page_spec(table, lambda text, key: c.jsonpath(text, f"{where} pages.{key}"))
    except ValueError as exc:
        raise c.fail(f"{where} pages", str(exc)) from None


def _maps(c: _Checker, table: Mapping[str, Any], where: str, known: set[str], variable: str) -> dict[str, ValueMap]:
    maps = table.get("maps", {})
    if not isinstance(maps, Mapping):
        raise c.fail(f"{where} maps", "must be a table of maps: [write.call_log.maps.outcome]")
    found = {}
    for name, spec in maps.items():
        at = f"{where} maps.{name}"
        if not isinstance(spec, Mapping):
            raise c.fail(at, "must be a table with from = \"call.disposition\" and values = { ... }")
        c.unknown(spec, {"from", "values", "default"}, at)
        source = spec.get("from")
        head, _, part = str(source or "").partition(".")
        if head != variable or part not in known:
            raise c.fail(f"{at} from", f"{source!r}: name one of this section's values, e.g. "
                                       f"\"{variable}.{sorted(known)[0]}\" (known: {', '.join(sorted(known))})")
        values = spec.get("values")
        if not isinstance(values, Mapping) or not values:
            raise c.fail(f"{at} values", "a table of your value = the CRM's value, e.g. { \"sale\" = \"won\" }")
        found[str(name)] = ValueMap(str(source), {str(k): v for k, v in values.items()}, spec.get("default"))
    return found


def _zone(c: _Checker, crm: Mapping[str, Any]) -> tzinfo | None:
    name = c.typed(crm, "time_zone", str, "[crm]", "")
    if not name or name == "local":
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise c.fail("[crm] time_zone", f"'{name}' is not a time zone; use a name like \"Europe/Bratislava\", "
                                        f"\"UTC\", or leave it out for the agent's own time zone") from None


def _auth(c: _Checker, auth: dict[str, Any]) -> dict[str, Any]:
    kind = auth.get("type", "none")
    if kind not in AUTH_TYPES:
        raise c.fail("[auth] type", f"'{kind}' is not one of {', '.join(AUTH_TYPES)}")
    needs = {"basic": ("password_secret",), "bearer": ("token_secret",), "api_key": ("key_secret",),
             "oauth2_client_credentials": ("token_url", "client_secret_secret"),
             "oauth2_refresh_token": ("token_url", "refresh_token_secret")}.get(kind, ())
    c.unknown(auth, {"type", "username", "username_secret", "password_secret", "token_secret", "scheme",
                     "key_secret", "header", "query", "prefix", "token_url", "client_id", "client_id_secret",
                     "client_secret_secret", "refresh_token_secret", "scope", "client_auth", "password", "token",
                     "api_key", "client_secret", "refresh_token"}, "[auth]")
    for key in ("password", "token", "api_key", "client_secret", "refresh_token"):
        if key in auth:
            raise c.fail(f"[auth] {key}", f"secrets never go into a template: use {key}_secret = \"NAME\" and "
                                          f"store the value in the keyring or the environment under NAME")
    for key in needs:
        if not isinstance(auth.get(key), str) or not auth[key]:
            raise c.fail("[auth]", f"type = \"{kind}\" needs {key} = \"...\"")
    if kind == "api_key" and auth.get("header") and auth.get("query"):
        raise c.fail("[auth]", "give either header or query for the API key, not both")
    return auth


def find_template(name_or_path: str, base_dir: Path | None = None) -> Path:
    """A file path (absolute, or relative to ``base_dir``/the current folder) or a built-in name."""
    candidate = Path(name_or_path).expanduser()
    for path in ([candidate] if candidate.is_absolute() else [*(([base_dir / candidate]) if base_dir else []), candidate]):
        if path.is_file():
            return path
    built_in = BUILT_IN / f"{name_or_path}.toml"
    if built_in.is_file():
        return built_in
    names = ", ".join(sorted(p.stem for p in BUILT_IN.glob("*.toml"))) or "none"
    raise TemplateError(f"template '{name_or_path}' not found (not a file; built-in templates: {names})",
                        code="template.not_found", params={"template": name_or_path, "known": names})


def load_template(name_or_path: str, settings: Mapping[str, Any] | None = None, base_dir: Path | None = None) -> Template:
    path = find_template(name_or_path, base_dir)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path}: not valid TOML: {exc}", code="template.not_toml",
                            params={"file": str(path), "detail": str(exc)}) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{path}: cannot be read: {exc}", code="template.unreadable",
                            params={"file": str(path), "detail": str(exc)}) from None
    try:
        return parse_template(data, str(path), settings)
    except RenderError as exc:  # pragma: no cover - placeholders are checked above
        raise TemplateError(f"{path}: {exc}", code="template.invalid",
                            params={"file": str(path), "where": "", "detail": str(exc)}) from None
