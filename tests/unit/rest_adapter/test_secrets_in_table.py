"""No adapter takes a secret from the config file: a token, password or key in a [crm.NAME]
table is refused with a sentence saying where it goes instead (issue 9, finding 8)."""
from __future__ import annotations

from pathlib import Path

import pytest

from crm_adapters.protocol import AdapterContext
from crm_adapters.registry import AdapterProblem, create_adapters
from crm_adapters.vendors import hubspot, odoo, salesforce, zendesk
from crm_adapters.vendors.common import SettingsError

TEMPLATE = Path(__file__).parent / "phonebook_pro.toml"
SECRET = "pat-na1-0f9e8d7c-6b5a"
WORKING = {
    "rest": {"template": str(TEMPLATE), "base_url": "http://127.0.0.1:9"},
    "hubspot": {"portal_id": "1234567"},
    "zendesk": {"subdomain": "mycompany", "email": "agent@mycompany.com"},
    "salesforce": {"base_url": "https://mycompany.my.salesforce.com", "client_id": "3MVG9abc"},
    "odoo": {"base_url": "https://mycompany.odoo.com", "database": "mycompany"},
}
CONTEXT = AdapterContext(default_region="SK", secret=lambda name: None)


def _start(kind: str, **extra):
    table = {"type": kind, **WORKING[kind], **extra}
    [(_, adapter)] = create_adapters(["acme"], {"acme": table}, CONTEXT)
    return adapter


@pytest.mark.parametrize("kind", sorted(WORKING))
def test_each_adapter_starts_without_secrets_in_its_table(kind):
    adapter = _start(kind)
    assert not isinstance(adapter, AdapterProblem), adapter


@pytest.mark.parametrize("kind", sorted(WORKING))
@pytest.mark.parametrize("key", ["token", "api_key", "password", "client_secret", "access_token", "apiKey"])
def test_a_secret_in_the_table_is_refused_with_where_it_goes_instead(kind, key):
    problem = _start(kind, **{key: SECRET})
    assert isinstance(problem, AdapterProblem), f"{kind} accepted {key} in its [crm.acme] table"
    assert problem.reason.startswith(f"[crm.acme] {key}: secrets must not be in the config file.")
    assert 'keyring (service "agent-console"' in problem.reason
    assert "environment variable AGENT_CONSOLE_SECRET_ACME_" in problem.reason
    assert SECRET not in problem.reason


def test_a_secret_in_a_nested_table_is_refused_too():
    problem = _start("rest", headers={"Authorization": f"Bearer {SECRET}"})
    assert isinstance(problem, AdapterProblem)
    assert problem.reason.startswith("[crm.acme] headers.Authorization: secrets must not be in the config file.")
    assert "template's [auth] section" in problem.reason


def test_the_names_of_secrets_are_welcome():
    adapter = _start("hubspot", token_secret="acme_hubspot_token")
    assert not isinstance(adapter, AdapterProblem), adapter
    adapter = _start("salesforce", client_secret_secret="sf_secret", refresh_token_secret="sf_refresh")
    assert not isinstance(adapter, AdapterProblem), adapter


@pytest.mark.parametrize("module", [hubspot, zendesk, salesforce, odoo])
def test_vendor_factories_refuse_it_when_called_directly(module):
    kind = module.__name__.rsplit(".", 1)[1]
    context = AdapterContext(default_region="SK", secret=lambda name: None, extra={"adapter_name": "acme"})
    with pytest.raises(SettingsError) as refused:
        module.create({**WORKING[kind], "token": SECRET}, context)
    assert 'keyring (service "agent-console", name "acme_token")' in str(refused.value)
    assert 'token_secret = "acme_token"' in str(refused.value)
