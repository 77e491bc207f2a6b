"""`agent-console crm test` says which template sections ran, which were skipped, which are not
there, and how many requests it took."""
from __future__ import annotations

import argparse

from contoso_crm import API_KEY
from test_templates_fit import TEMPLATE

from console.commands import crm_test
from console.config import Config, CrmSettings


def crm_test_output(capsys, monkeypatch, contoso, number: str) -> tuple[int, list[str]]:
    monkeypatch.setenv("AGENT_CONSOLE_SECRET_CONTOSO_KEY", API_KEY)
    table = {"type": "rest", "template": str(TEMPLATE), "base_url": f"{contoso.url}/api"}
    config = Config(path=None, default_region="SK", crm=CrmSettings(adapters=("contoso",), tables={"contoso": table}))
    parser = argparse.ArgumentParser()
    crm_test.add_subcommand(parser.add_subparsers())
    args = parser.parse_args(["test", "contoso", number])
    code = args.func(args, config)
    out = capsys.readouterr().out
    return code, [" ".join(line.split()) for line in out.splitlines()]


def section(lines: list[str], where: str) -> str:
    return next(line for line in lines if line.startswith(where))


def test_each_section_says_what_it_did(capsys, monkeypatch, contoso):
    code, lines = crm_test_output(capsys, monkeypatch, contoso, "+421905123456")
    assert code == crm_test.EXIT_MATCH
    assert "Novák s.r.o." in " ".join(lines)  # the card shows the field the enrichment found
    # lookup 1, person document 1 (read by three sections), calls 3 pages, tasks 2 pages
    assert any(line.startswith("Total:") and line.endswith("7 request(s)") for line in lines), lines
    assert section(lines, "[requests.person]").endswith("sent (once for this ring)")
    assert section(lines, "[[enrich]] #1 fields, from person").endswith("read the shared answer of [requests.person]")
    assert section(lines, "[[enrich]] #4 history").endswith("sent (pages)")
    assert section(lines, "[read.assigned_tasks]").endswith("not run here (My tasks asks it)")
    assert section(lines, "[write.call_log]").endswith("not run: crm test never writes")
    assert section(lines, "[write.task]").endswith("not in the template skipped: not taken here")


def test_sections_after_a_lookup_without_a_match_are_skipped(capsys, monkeypatch, contoso):
    code, lines = crm_test_output(capsys, monkeypatch, contoso, "+421911000111")
    assert code == crm_test.EXIT_NO_MATCH
    assert section(lines, "[lookup]").endswith("sent (e164)")
    assert section(lines, "[requests.person]").endswith("skipped: no customer found")
    assert section(lines, "[[enrich]] #5 tasks").endswith("skipped: no customer found")
    assert any(line.startswith("Total:") and line.endswith("1 request(s)") for line in lines)
