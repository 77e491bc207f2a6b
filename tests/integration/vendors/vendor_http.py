"""A real HTTP server on 127.0.0.1 (free port, own thread) for the vendor fakes, and helpers.

Each fake is a plain object with ``handle(method, path, query, headers, body) -> (status,
answer, headers)``; ``answer`` is JSON-able (or bytes, sent as they are).
"""
from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, also when a bench script imports this
from harness.http_fake_server import ServerThread  # noqa: E402,F401 - re-exported for the tests


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
