"""A real HTTP server on 127.0.0.1 (free port, own thread) for the vendor fakes, and helpers.

Each fake is a plain object with ``handle(method, path, query, headers, body) -> (status,
answer, headers)``; ``answer`` is JSON-able (or bytes, sent as they are).
"""
from __future__ import annotations

import sys
from pathlib import Path

import asyncio
import json
from collections.abc import Callable
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/: the shared fake server
from http_fake_server import ServerThread  # noqa: E402,F401 - re-exported for the tests


def json_body(body: bytes) -> Any:
    try:
        return json.loads(body or b"null")
    except ValueError:
        return None


def using(adapter: Any, work: Callable[[Any], Any]) -> Any:
    """Run ``await work(adapter)`` on a fresh loop and close the adapter afterwards."""
    async def go():
        try:
            return await work(adapter)
        finally:
            await adapter.close()

    return asyncio.run(go())
