"""TLS is always verified; a company CA is trusted only when ca_bundle names its file."""
from __future__ import annotations

import asyncio
import ssl

import pytest
import trustme
from odd_crm_server import API_KEY, PhoneBookPro, ServerThread
from test_odd_crm import TEMPLATE

from crm_adapters.numbers import normalise
from crm_adapters.protocol import AdapterContext, AdapterError
from crm_adapters.registry import create_adapters


@pytest.fixture
def https_phonebook(tmp_path):
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)
    bundle = tmp_path / "company-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    with ServerThread(PhoneBookPro(), ssl_context=server_context) as server:
        yield server.url, bundle


def _lookup(url: str, **extra):
    table = {"type": "rest", "template": str(TEMPLATE), "base_url": url, **extra}
    context = AdapterContext(secret={"pb_key": API_KEY}.get)
    [(_, adapter)] = create_adapters(["pb"], {"pb": table}, context)
    if hasattr(adapter, "reason"):
        raise AssertionError(adapter.reason)

    async def go():
        try:
            return await adapter.find_customers(normalise("+421905123456"))
        finally:
            await adapter.close()

    return asyncio.run(go())


def test_self_signed_company_ca_fails_clearly_without_the_bundle(https_phonebook):
    url, _ = https_phonebook
    with pytest.raises(AdapterError) as failed:
        _lookup(url)
    assert "TLS certificate of 127.0.0.1 is not trusted" in failed.value.reason
    assert "ca_bundle" in failed.value.reason and not failed.value.retryable


def test_company_ca_bundle_makes_it_work(https_phonebook):
    url, bundle = https_phonebook
    [jan] = _lookup(url, ca_bundle=str(bundle))
    assert jan.name == "Ján Novák"


def test_no_setting_turns_verification_off(https_phonebook):
    url, _ = https_phonebook
    for attempt in ({"verify": False}, {"ca_bundle": ""}, {"insecure": True}):
        with pytest.raises(AdapterError, match="not trusted"):
            _lookup(url, **attempt)


def test_a_missing_ca_bundle_file_is_reported(https_phonebook, tmp_path):
    url, _ = https_phonebook
    table = {"type": "rest", "template": str(TEMPLATE), "base_url": url, "ca_bundle": str(tmp_path / "nope.pem")}
    [(_, problem)] = create_adapters(["pb"], {"pb": table}, AdapterContext())
    assert "ca_bundle" in problem.reason and "nope.pem does not exist" in problem.reason
