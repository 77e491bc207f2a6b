"""`agent-console crm test NAME NUMBER` shows each request, masks secrets, prints the card."""
from __future__ import annotations

import argparse

from odd_crm_server import API_KEY
from test_odd_crm import TEMPLATE

from crm_adapters.http_support import mask_headers, mask_url

from console.commands import crm_test
from console.config import Config, CrmSettings


def _run(capsys, phonebook, monkeypatch, number="+421905123456", name="pb", bodies=True, key=API_KEY):
    monkeypatch.setenv("AGENT_CONSOLE_SECRET_PB_KEY", key)
    config = Config(path=None, default_region="SK",
                    crm=CrmSettings(adapters=("pb",), tables={"pb": {"type": "rest", "template": str(TEMPLATE),
                                                                     "base_url": phonebook.url}}))
    parser = argparse.ArgumentParser()
    crm_test.add_subcommand(parser.add_subparsers())
    args = parser.parse_args(["test", name, number] + (["--bodies"] if bodies else []))
    code = args.func(args, config)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_shows_requests_with_secrets_masked_and_the_card(capsys, phonebook, monkeypatch):
    code, out, err = _run(capsys, phonebook, monkeypatch)
    assert code == crm_test.EXIT_MATCH, err
    assert f"GET    {phonebook.url}/v2/people/find?tel=%2B421905123456  -> 200" in out
    assert "tel=0905+123+456" in out or "tel=0905%20123%20456" in out
    assert "/v2/people/17/timeline" in out and "/v2/people/17/todo" in out
    assert "X-PB-Key: ****" in out and API_KEY not in out + err
    assert "Ján Novák [VIP]" in out and "Call back about the offer" in out


def test_failures_and_bad_input_have_their_own_exit_codes(capsys, phonebook, monkeypatch):
    code, out, err = _run(capsys, phonebook, monkeypatch, key="wrong-key-999")
    assert code == crm_test.EXIT_FAILED and "authentication failed (401)" in err and "-> 401" in out
    assert "wrong-key-999" not in out + err
    code, _, err = _run(capsys, phonebook, monkeypatch, number="hello")
    assert code == crm_test.EXIT_BAD_INPUT and "not a phone number" in err
    code, _, err = _run(capsys, phonebook, monkeypatch, name="nope")
    assert code == crm_test.EXIT_BAD_INPUT and "no CRM adapter 'nope'" in err
    code, out, _ = _run(capsys, phonebook, monkeypatch, number="+421911000111", bodies=False)
    assert code == crm_test.EXIT_NO_MATCH and "No match" in out


def test_masking_rules():
    assert mask_url("https://crm.example.com/x?api_key=s3cr3t&tel=%2B421") == "https://crm.example.com/x?api_key=%2A%2A%2A%2A&tel=%2B421"
    assert mask_url("https://user:pw@crm.example.com/t/abcd1234/x", ["abcd1234"]) == "https://crm.example.com/t/****/x"
    assert mask_headers({"Authorization": "Bearer abc.def", "X-Api-Key": "k", "Accept": "json"}) == \
        {"Authorization": "Bearer ****", "X-Api-Key": "****", "Accept": "json"}
