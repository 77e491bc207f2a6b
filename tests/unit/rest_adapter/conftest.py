"""Fixtures for the declarative REST adapter: PhoneBook Pro, a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
if str(HERE) not in sys.path:  # odd_crm_server
    sys.path.insert(0, str(HERE))


@pytest.fixture
def phonebook():
    from odd_crm_server import PhoneBookPro, ServerThread

    app = PhoneBookPro()
    with ServerThread(app) as server:
        app.url = server.url
        yield app


@pytest.fixture
def hostile():
    """A CRM that answers with bombs, floods, drips and escape sequences (hostile_crm.py)."""
    from hostile_crm import HostileCrm
    from odd_crm_server import ServerThread

    app = HostileCrm()
    with ServerThread(app) as server:
        app.url = server.url
        yield app
