"""Pagination for history, tasks and assigned tasks: how to ask a CRM for the next page.

Why bounded: a CRM decides how many pages there are, and a broken or hostile one can send an
endless chain of "next" links or a cursor that never changes. So a section reads at most
``max_pages`` pages (default 5, at most 50) and stops as soon as it has the items it needs, when
a page is empty, when a link or cursor repeats, or when a next link leaves the CRM's own site
(the login would go with it).

Three styles, as CRMs do it:
- ``next_link``: the answer (``next = "$.links.next"``) or the ``Link`` header (``next =
  "header:Link"``) gives the next page's URL;
- ``page_number``: ``param = "page"`` counts up from ``start`` (1); ``size_param``/``size`` ask for
  a page size, and a shorter page is the last one;
- ``cursor``: the answer has a cursor (``cursor = "$.meta.next_cursor"``) that goes back in ``param``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

PAGE_KEYS = {"style", "next", "param", "start", "size_param", "size", "cursor", "max_pages"}
STYLES = ("next_link", "page_number", "cursor")
MAX_PAGES = 50
_LINK_NEXT = re.compile(r'<([^>]*)>\s*;[^,]*\brel="?next"?', re.IGNORECASE)


@dataclass
class PageSpec:
    style: str
    next: Any = None  # next_link: compiled JSONPath, or "header:NAME"
    param: str = ""  # page_number, cursor: the query parameter
    start: int = 1
    size_param: str = ""
    size: int = 0
    cursor: Any = None  # compiled JSONPath
    max_pages: int = 5


def page_spec(table: Mapping[str, Any], jsonpath: Callable[[str, str], Any]) -> PageSpec:
    """Check a ``pages = {...}`` table; ValueError says what is wrong."""
    style = table.get("style")
    if style not in STYLES:
        raise ValueError(f"style = {style!r}: use one of {', '.join(STYLES)}")
    spec = PageSpec(style)
    max_pages = table.get("max_pages", 5)
    if not isinstance(max_pages, int) or isinstance(max_pages, bool) or not 1 <= max_pages <= MAX_PAGES:
        raise ValueError(f"max_pages must be a whole number from 1 to {MAX_PAGES}")
    spec.max_pages = max_pages
    if style == "next_link":
        where = table.get("next")
        if not isinstance(where, str) or not where:
            raise ValueError("style = \"next_link\" needs next = \"$.links.next\" (or \"header:Link\")")
        spec.next = where if where.startswith("header:") else jsonpath(where, "next")
        return spec
    spec.param = str(table.get("param") or ("page" if style == "page_number" else "cursor"))
    if style == "cursor":
        where = table.get("cursor")
        if not isinstance(where, str) or not where:
            raise ValueError("style = \"cursor\" needs cursor = \"$.meta.next_cursor\" (where the answer has it)")
        spec.cursor = jsonpath(where, "cursor")
        return spec
    start, size = table.get("start", 1), table.get("size", 0)
    if not isinstance(start, int) or isinstance(start, bool) or start < 0:
        raise ValueError("start must be a whole number (the first page's number, usually 0 or 1)")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= 1000:
        raise ValueError("size must be a whole number from 1 to 1000 (or left out)")
    spec.start, spec.size, spec.size_param = start, size, str(table.get("size_param") or "")
    if spec.size_param and not spec.size:
        raise ValueError("size_param needs size = N (how many items a page should have)")
    return spec


def first_query(spec: PageSpec | None, query: dict[str, Any]) -> dict[str, Any]:
    """The first page's query: the page number and size added where the style asks for them."""
    if spec is None or spec.style != "page_number":
        return query
    extra = {spec.param: spec.start, **({spec.size_param: spec.size} if spec.size_param else {})}
    return {**query, **extra}


def _first_value(path: Any, answer: Any) -> str:
    for match in path.find(answer):
        if match.value not in (None, "", [], {}) and not isinstance(match.value, (dict, list, bool)):
            return str(match.value)
    return ""


def next_page(spec: PageSpec, page: int, answer: Any, headers: Mapping[str, str], url: str,
              query: dict[str, Any], items_on_page: int, seen: set[str]) -> tuple[str, dict[str, Any]] | None:
    """(url, query) of the page after ``page`` (1 = the first), or None when there is none.
    ``seen``: the links and cursors already followed, so a loop ends."""
    if page >= spec.max_pages or items_on_page == 0:
        return None
    if spec.style == "page_number":
        if spec.size and items_on_page < spec.size:
            return None
        return url, {**query, spec.param: spec.start + page}
    if spec.style == "cursor":
        cursor = _first_value(spec.cursor, answer)
        if not cursor or cursor in seen:
            return None
        seen.add(cursor)
        return url, {**query, spec.param: cursor}
    if isinstance(spec.next, str):
        found = _LINK_NEXT.search(headers.get(spec.next.split(":", 1)[1].strip(), ""))
        link = found.group(1).strip() if found else ""
    else:
        link = _first_value(spec.next, answer)
    if not link:
        return None
    absolute = urljoin(url, link)
    if absolute in seen:
        return None
    seen.add(absolute)
    return absolute, {}


def same_site(url: str, other: str) -> bool:
    """Same scheme, host and port: the only place a next link may lead (the login goes along)."""
    a, b = urlsplit(url), urlsplit(other)
    return (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)
