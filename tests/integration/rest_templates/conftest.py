"""A real HTTP CRM (Contoso, contoso_crm.py) on 127.0.0.1 for the template tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
for folder in (HERE, HERE.parents[1]):  # contoso_crm; harness
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


@pytest.fixture
def contoso():
    from contoso_crm import ContosoCrm

    from harness.http_fake_server import ServerThread

    app = ContosoCrm()
    with ServerThread(app) as server:
        app.url = server.url
        yield app
