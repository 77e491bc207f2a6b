"""`agent-console lookup`: the same customer however the number is written; clean no-match and errors."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crm_adapters.local.database import open_database
from crm_adapters.local.demo_data import seed_demo


@pytest.fixture
def demo_crm():
    data_dir = Path(os.environ["AGENT_CONSOLE_DATA_DIR"])
    db = open_database("", data_dir)
    seed_demo(db)
    db.close()
    return data_dir


def lookup(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "console", "lookup", *args], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("written", [
    "0905 123 456", "0905123456", "+421 905 123 456", "00421 905 123 456", "+421-905-123-456",
    "(0905) 123-456", "tel:+421905123456", "sip:+421905123456@pbx.example.sk;user=phone",
    "<sip:0905123456@10.0.0.1>",
])
def test_every_way_of_writing_the_number_finds_the_same_customer(demo_crm, written):
    out = lookup(written, "--json")
    assert out.returncode == 0, out.stderr
    card = json.loads(out.stdout)
    assert card["customer"]["name"] == "Ján Kováč"
    assert card["number"]["e164"] == "+421905123456"


def test_text_card_shows_what_the_agent_needs(demo_crm):
    out = lookup("0905 123 456")
    assert out.returncode == 0
    assert "Ján Kováč [VIP]" in out.stdout and "Tatra Logistics" in out.stdout
    assert "OVERDUE" in out.stdout  # the promised call-back that did not happen


def test_unknown_number_says_no_match(demo_crm):
    out = lookup("+421 2 5555 0199")
    assert out.returncode == 1
    assert out.stdout.startswith("No match for +421 2/5555 0199") or "No match for" in out.stdout
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("garbage", ["hello", "12", "+" + "9" * 40, "anonymous"])
def test_garbage_gives_a_clean_error(demo_crm, garbage):
    out = lookup(garbage)
    assert out.returncode == 2
    assert out.stderr.startswith("error: ") and "Traceback" not in out.stderr
