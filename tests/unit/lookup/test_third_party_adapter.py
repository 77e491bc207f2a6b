"""Installing a package is all it takes for the console to find and use a new CRM adapter."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).parent / "example_adapter"

SCRIPT = r'''
import asyncio, json
from crm_adapters import registry
from crm_adapters.lookup_chain import LookupChain
from crm_adapters.protocol import AdapterContext
from crm_adapters.vocabulary import NumberInfo

settings = {"phonebook": {"type": "example_phonebook",
                          "entries": {"+421905123456": {"name": "Ján Novák", "company": "Novák s.r.o."}}}}
started = registry.create_adapters(["phonebook"], settings, AdapterContext())
card = asyncio.run(LookupChain(started, timeout_ms=2000).lookup(
    NumberInfo(raw="0905 123 456", e164="+421905123456")))
print(json.dumps({"available": {n: ep.value for n, ep in registry.available().items()},
                  "card": card.to_json()}))
'''


def run_console_side(site: Path | None) -> dict:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if site is not None:
        env["PYTHONPATH"] = str(site)
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_pip_installing_the_example_package_makes_its_adapter_available(tmp_path):
    source = tmp_path / "src"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    site = tmp_path / "site"
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "--target", str(site), str(source)],
        capture_output=True, text=True, timeout=120)
    assert pip.returncode == 0, pip.stdout + pip.stderr

    before = run_console_side(None)
    assert "example_phonebook" not in before["available"]
    assert before["card"]["sources"]["phonebook"]["state"] == "unavailable"
    assert "is not installed" in before["card"]["sources"]["phonebook"]["reason"]

    after = run_console_side(site)
    assert after["available"]["example_phonebook"] == "agent_console_example_crm:create"
    card = after["card"]
    assert card["complete"] and card["customer"]["name"] == "Ján Novák"
    assert card["customer"]["source"] == "phonebook"
    assert card["sources"]["phonebook"]["state"] == "ok"
