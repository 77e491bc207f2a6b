"""A CRM that drips its answer cannot hold a request, a lookup or `crm test` past its deadline;
what a CRM sends is printed without its escape sequences and numbers in errors are masked
(issue 9, findings 4 and 9)."""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys

import pytest
from hostile_crm import config_file
from odd_crm_server import API_KEY
from test_big_answers import NUMBER, _adapter

from crm_adapters.http_support import CrmHttp
from crm_adapters.lookup_chain import LookupChain
from crm_adapters.protocol import AdapterError
from crm_adapters.vocabulary import SourceState

from console.commands import crm_test
from console.config import load_config

CONTROL = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]


def _env() -> dict[str, str]:
    return {**os.environ, "AGENT_CONSOLE_SECRET_PB_KEY": API_KEY}


def _name_line(out: str) -> str:
    """The card's first line: the customer's name as the terminal shows it."""
    return next(line for line in out.splitlines() if line.endswith(" X [VIP]"))


def _no_control(text: str) -> None:
    found = sorted({repr(c) for c in text if c in CONTROL})
    assert not found, f"control characters reached the terminal: {found}"


@pytest.mark.timeout(60)
def test_a_request_to_a_dripping_server_ends_at_its_deadline(hostile):
    hostile.mode = "drip"

    async def go():
        http = CrmHttp("pb", base_url=hostile.url, timeout_s=1.0)
        try:
            return await http.json("GET", "/v2/people/find", params={"tel": NUMBER})
        finally:
            await http.close()

    with pytest.raises(AdapterError) as failure:
        asyncio.run(go())
    assert failure.value.reason == "pb did not answer within 1 s"


@pytest.mark.timeout(60)
def test_a_lookup_from_a_dripping_crm_says_timed_out_at_its_deadline(hostile):
    hostile.mode = "drip"
    chain = LookupChain([("pb", _adapter(hostile.url, timeout_s=30))], timeout_ms=1500, default_region="SK")

    async def go():
        try:
            return await chain.lookup(NUMBER)
        finally:
            await chain.close()

    card = asyncio.run(go())
    assert card.sources["pb"].state == SourceState.UNAVAILABLE
    assert card.sources["pb"].reason == "timed out after 1500 ms"


def test_crm_test_stops_at_its_overall_deadline_with_a_clear_message(hostile, tmp_path):
    hostile.mode = "drip"
    config = config_file(tmp_path, hostile.url, timeout_ms=500, request_timeout_s=30)  # deadline: 4 x 0.5 s
    out = subprocess.run([sys.executable, "-m", "console", "--config", config, "crm", "test", "pb", NUMBER],
                         capture_output=True, text=True, timeout=60, env=_env())
    assert out.returncode == crm_test.EXIT_FAILED
    assert "error: the test of 'pb' was stopped after 2 s: the CRM had not finished answering" in out.stderr
    assert "--timeout SECONDS" in out.stderr and "Traceback" not in out.stderr
    explicit = subprocess.run([sys.executable, "-m", "console", "--config", config, "crm", "test", "pb", NUMBER,
                               "--timeout", "1"], capture_output=True, text=True, timeout=60, env=_env())
    assert "was stopped after 1 s" in explicit.stderr


def _crm_test(capsys, tmp_path, url: str, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setenv("AGENT_CONSOLE_SECRET_PB_KEY", API_KEY)
    config = load_config(config_file(tmp_path, url))
    parser = argparse.ArgumentParser()
    crm_test.add_subcommand(parser.add_subparsers())
    args = parser.parse_args(["test", "pb", NUMBER, "--bodies"])
    code = args.func(args, config)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_crm_test_prints_crm_text_without_escape_sequences(capsys, tmp_path, hostile, monkeypatch):
    hostile.mode = "evil"
    code, out, err = _crm_test(capsys, tmp_path, hostile.url, monkeypatch)
    assert code == crm_test.EXIT_MATCH, err
    _no_control(out + err)
    assert "Red" in _name_line(out) and "me X [VIP]" in _name_line(out)  # shown, minus the escapes
    assert any(line.strip().startswith("- Call Ev") for line in out.splitlines())  # the task title too


def test_crm_test_masks_the_number_in_error_texts(capsys, tmp_path, hostile, monkeypatch):
    hostile.mode = "error_with_number"
    code, out, err = _crm_test(capsys, tmp_path, hostile.url, monkeypatch)
    assert code == crm_test.EXIT_FAILED
    assert "error: lookup: HTTP 400 from pb: no customer with phone +421*******56" in err
    assert "+421905123456" not in err and "905123456" not in err
    _no_control(out + err)


def test_lookup_prints_crm_text_without_escape_sequences(tmp_path, hostile):
    hostile.mode = "evil"
    config = config_file(tmp_path, hostile.url)
    text = subprocess.run([sys.executable, "-m", "console", "--config", config, "lookup", NUMBER],
                          capture_output=True, text=True, timeout=60, env=_env())
    assert text.returncode == 0, text.stderr
    _no_control(text.stdout + text.stderr)
    assert "Red" in _name_line(text.stdout) and "  Company:  Co" in text.stdout
    as_json = subprocess.run([sys.executable, "-m", "console", "--config", config, "lookup", NUMBER, "--json"],
                             capture_output=True, text=True, timeout=60, env=_env())
    _no_control(as_json.stdout)
    card = json.loads(as_json.stdout)  # escaped, not lost: the JSON still carries the CRM's exact text
    assert card["customer"]["name"].startswith("Ev\x1b]0;owned title\x07il \x1b[31mRed")
