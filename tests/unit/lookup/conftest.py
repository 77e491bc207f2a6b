"""Fixtures for the CRM lookup tests: a real HTTP server on 127.0.0.1 that misbehaves on demand."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
if str(HERE) not in sys.path:  # lookup_fakes, http_test_adapter
    sys.path.insert(0, str(HERE))


@pytest.fixture
def crm_server():
    from http_test_adapter import MisbehavingCrmServer

    server = MisbehavingCrmServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
