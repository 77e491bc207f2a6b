"""Fill ``{number.e164}``-style placeholders into URLs and bodies, safely and without eval.

Why: a customer's note may contain quotes, braces, ``&`` or a line break; a number starts with
``+``. Each value is escaped for where it lands: URL-encoded in a URL, JSON-escaped inside a
JSON string, written as a JSON value (number, ``null``, list) outside one. A placeholder names
a variable by dotted path; ``{{`` and ``}}`` are literal braces. Nothing else is interpreted.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote

from crm_adapters.problems import Problem

PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_\-]+)*)\}")
# In JSON text the braces belong to JSON ("}}" closes two objects), so only placeholders count there.
JSON_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_\-]+)*)\}")
_MISSING = object()


class RenderError(Problem):
    """A placeholder that names nothing, or a body that is not JSON once filled in."""

    code = "template.render_failed"


def placeholders(template: str) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER.finditer(template) if m.group(1)]


def stray_brace(template: str) -> str | None:
    """A ``{`` or ``}`` that is not part of a placeholder (likely a typo), else None."""
    rest = PLACEHOLDER.sub("", template)
    for ch in "{}":
        if ch in rest:
            return ch
    return None


def resolve(variables: Mapping[str, Any], dotted: str) -> Any:
    value: Any = variables
    for part in dotted.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            raise RenderError(f"{{{dotted}}} names nothing known", code="template.unknown_placeholder",
                              params={"placeholder": dotted})
    return value


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, tuple)):
        return ",".join(as_text(v) for v in value)
    return str(value)


def as_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [as_json(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): as_json(v) for k, v in value.items()}
    return value


def _fill(template: str, variables: Mapping[str, Any], escape: Callable[[Any, int], str],
          pattern: re.Pattern[str] = PLACEHOLDER) -> str:
    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "{{":
            return "{"
        if token == "}}":
            return "}"
        return escape(resolve(variables, match.group(1)), match.start())

    return pattern.sub(one, template)


def render_text(template: str, variables: Mapping[str, Any]) -> str:
    """Plain text (headers, field templates such as a deep link)."""
    return _fill(template, variables, lambda v, _: as_text(v))


def render_url(template: str, variables: Mapping[str, Any]) -> str:
    """Every value URL-encoded, so ``+421…`` stays a plus and ``&`` cannot add a parameter."""
    return _fill(template, variables, lambda v, _: quote(as_text(v), safe=""))


def _string_positions(template: str) -> list[bool]:
    """For each character of a JSON text template: is it inside a JSON string?"""
    inside, escaped, marks = False, False, []
    for ch in template:
        marks.append(inside)
        if inside and escaped:
            escaped = False
        elif inside and ch == "\\":
            escaped = True
        elif ch == '"':
            inside = not inside
    return marks


def render_json_text(template: str, variables: Mapping[str, Any]) -> Any:
    """A JSON text body: inside strings values are JSON-escaped, outside they become JSON values.
    Returns the parsed JSON (so the caller sends exactly what was validated)."""
    marks = _string_positions(template)

    def escape(value: Any, pos: int) -> str:
        if marks[pos]:
            return json.dumps(as_text(value), ensure_ascii=False)[1:-1]
        return json.dumps(as_json(value), ensure_ascii=False)

    text = _fill(template, variables, escape, JSON_PLACEHOLDER)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RenderError(f"is not valid JSON once filled in ({exc.msg} at line {exc.lineno} column {exc.colno})",
                          code="template.body_not_json", params={"line": exc.lineno, "column": exc.colno}) from None


def render_structure(value: Any, variables: Mapping[str, Any]) -> Any:
    """A body written as a TOML table: each string filled in; a string that is exactly one
    placeholder keeps the value's own type (a number stays a number, a list a list)."""
    if isinstance(value, str):
        whole = PLACEHOLDER.fullmatch(value)
        if whole and whole.group(1):
            return as_json(resolve(variables, whole.group(1)))
        return render_text(value, variables)
    if isinstance(value, Mapping):
        return {k: render_structure(v, variables) for k, v in value.items()}
    if isinstance(value, list):
        return [render_structure(v, variables) for v in value]
    return value


def strings_in(value: Any) -> list[str]:
    """All template strings inside a body/query/headers value (for validation)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []
