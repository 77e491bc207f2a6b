"""Finding adapters through entry points, and turning every way of failing into a clear sentence."""
from __future__ import annotations

import sys
import textwrap
import uuid
from pathlib import Path

import pytest
from lookup_fakes import NUMBER, run

from crm_adapters import registry
from crm_adapters.lookup_chain import LookupChain
from crm_adapters.protocol import AdapterContext
from crm_adapters.registry import AdapterProblem
from crm_adapters.vocabulary import SourceState

ADAPTER_MODULE = '''
from crm_adapters.vocabulary import Customer

class Adapter:
    def __init__(self, settings, context):
        self.name = "whatever"
        self.settings, self.context = settings, context
    async def find_customers(self, number):
        return [Customer(id="1", source=self.name, name=self.settings.get("greeting", "Jana"))]
    async def history(self, customer, limit=10):
        return []
    async def open_tasks(self, customer):
        return []
    async def close(self):
        pass

def create(settings, context):
    return Adapter(settings, context)

def explode(settings, context):
    raise ValueError("base_url is missing")

def not_an_adapter(settings, context):
    return {"find_customers": None}

async def async_factory(settings, context):
    return Adapter(settings, context)
'''


@pytest.fixture
def installed(tmp_path: Path, monkeypatch):
    """A package installed the way pip leaves it: a module plus a dist-info with entry points."""
    module = f"hc_crm_{uuid.uuid4().hex[:8]}"
    (tmp_path / f"{module}.py").write_text(ADAPTER_MODULE)
    (tmp_path / f"{module}_broken.py").write_text("import no_such_library_for_crm\n")
    dist = tmp_path / "fake_crm_adapters-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fake-crm-adapters\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(textwrap.dedent(f"""\
        [agent_console.crm_adapters]
        fakecrm = {module}:create
        exploding = {module}:explode
        notadapter = {module}:not_an_adapter
        asyncfactory = {module}:async_factory
        brokenimport = {module}_broken:create
        """))
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    for name in [m for m in sys.modules if m.startswith(module)]:
        del sys.modules[name]


def start(names, settings=None):
    return dict(registry.create_adapters(names, settings or {}, AdapterContext(agent_id="jana")))


def test_installed_packages_are_found(installed):
    found = registry.available()
    assert {"fakecrm", "exploding", "brokenimport"} <= set(found)
    assert found["fakecrm"].group == "agent_console.crm_adapters"


def test_the_built_in_adapters_are_ordinary_entry_points():
    pyproject = (Path(__file__).parents[3] / "pyproject.toml").read_text()
    assert '[project.entry-points."agent_console.crm_adapters"]' in pyproject
    assert "local" in registry.available()


def test_every_kind_of_broken_adapter_becomes_a_problem_not_a_crash(installed):
    started = start(["pipedrive", "exploding", "brokenimport", "notadapter", "asyncfactory", "fakecrm"])
    reasons = {n: a.reason for n, a in started.items() if isinstance(a, AdapterProblem)}
    assert reasons["pipedrive"].startswith("CRM adapter 'pipedrive' is not installed (known: ")
    assert "fakecrm" in reasons["pipedrive"] and "local" in reasons["pipedrive"]
    assert reasons["exploding"] == "CRM adapter 'exploding' failed to start: ValueError: base_url is missing"
    assert reasons["brokenimport"] == ("CRM adapter 'brokenimport' could not be loaded: "
                                       "ModuleNotFoundError: No module named 'no_such_library_for_crm'")
    assert reasons["notadapter"].startswith("CRM adapter 'notadapter' is installed wrongly")
    assert "find_customers, history, open_tasks" in reasons["notadapter"]
    assert "factory is async" in reasons["asyncfactory"]
    assert not isinstance(started["fakecrm"], AdapterProblem)
    assert list(started) == ["pipedrive", "exploding", "brokenimport", "notadapter", "asyncfactory", "fakecrm"]


def test_two_instances_of_one_type_under_different_names(installed):
    settings = {"eu": {"type": "fakecrm", "greeting": "Ahoj"}, "us": {"type": "fakecrm", "greeting": "Hi"}}
    started = start(["eu", "us", "asia"], settings | {"asia": {"type": "sugarcrm"}})
    eu, us = started["eu"], started["us"]
    assert eu.settings == {"greeting": "Ahoj"} and us.settings == {"greeting": "Hi"}, "type is not passed on"
    assert (eu.name, us.name) == ("eu", "us")
    assert eu.context.extra == {"adapter_name": "eu", "adapter_type": "fakecrm"} and eu.context.agent_id == "jana"
    assert started["asia"].reason.startswith("CRM adapter 'asia' has type 'sugarcrm', which is not installed (known:")


def test_configuration_mistakes_are_explained(installed):
    started = registry.create_adapters(["fakecrm", "fakecrm", "odd"], {"odd": "rest"}, AdapterContext())
    assert started[1][1].reason == "CRM adapter 'fakecrm' is listed twice in [crm] adapters"
    assert started[2][1].reason == "settings of CRM adapter 'odd' must be a table ([crm.odd]), not str"
    assert start(["x"], {"x": {"type": 5}})["x"].reason.startswith("CRM adapter 'x' has an invalid type 5")


def test_a_console_with_a_missing_adapter_still_shows_cards(installed):
    started = registry.create_adapters(["pipedrive", "fakecrm"], {}, AdapterContext())
    card = run(LookupChain(started, timeout_ms=1000).lookup(NUMBER))
    assert card.customer.name == "Jana" and card.customer.source == "fakecrm"
    assert card.sources["pipedrive"].state == SourceState.UNAVAILABLE
    assert "is not installed" in card.sources["pipedrive"].reason
    assert [n for n, _ in registry.working(started)] == ["fakecrm"]
    assert [p.name for p in registry.problems(started)] == ["pipedrive"]


def test_factories_can_be_given_directly_for_embedding():
    from http_test_adapter import create
    started = registry.create_adapters(["a", "b"], {"a": {"type": "http", "base_url": "http://127.0.0.1:9"}},
                                       AdapterContext(), known={"http": create})
    assert started[0][1].name == "a"
    assert started[1][1].reason == "CRM adapter 'b' is not installed (known: http)"
    run(started[0][1].close())


def test_per_adapter_timeouts_come_from_their_tables(caplog):
    settings = {"a": {"timeout_ms": 800}, "b": {"timeout_ms": "fast"}, "c": {}}
    assert registry.timeouts(["a", "b", "c"], settings) == {"a": 800}
    assert "[crm.b] timeout_ms = 'fast'" in caplog.text


def test_settings_to_a_ready_chain(installed):
    from crm_adapters.card_cache import CardCache
    settings = {"eu": {"type": "fakecrm", "greeting": "Ahoj", "timeout_ms": 700}, "pipedrive": {"token_name": "hs"}}
    chain, problems = registry.build_lookup_chain(["pipedrive", "eu", "pipedrive"], settings, AdapterContext(default_region="CZ"),
                                                  timeout_ms=1200, cache=CardCache())
    assert [p.reason for p in problems][1] == "CRM adapter 'pipedrive' is listed twice in [crm] adapters"
    assert chain.names == ["pipedrive", "eu"] and chain.default_region == "CZ"
    assert (chain.timeout_for("eu"), chain.timeout_for("pipedrive")) == (700, 1200)
    card = run(chain.lookup(NUMBER))
    assert card.customer.name == "Ahoj" and card.sources["pipedrive"].state == SourceState.UNAVAILABLE


def test_an_entry_point_of_the_importlib_metadata_backport_starts_like_any_other(installed):
    """keyring imports the importlib_metadata backport, after which entry_points() hands out the
    backport's EntryPoint objects; the local CRM then stopped starting ("not a function")."""
    import importlib_metadata

    found = registry.available()
    backport = {name: importlib_metadata.EntryPoint(ep.name, ep.value, ep.group) for name, ep in found.items()}
    started = dict(registry.create_adapters(["fakecrm"], {}, AdapterContext(), known=backport))
    assert not isinstance(started["fakecrm"], AdapterProblem), started["fakecrm"]
