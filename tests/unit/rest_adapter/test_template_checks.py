"""Template mistakes are caught at load time, naming the file, the key and the problem;
values are escaped for where they land, so no note or number can break a request."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from crm_adapters.rest.render import RenderError, render_json_text, render_structure, render_url
from crm_adapters.rest.template import BUILT_IN, TemplateError, load_template, parse_template

REPO = Path(__file__).resolve().parents[3]
GOOD = tomllib.loads((Path(__file__).parent / "phonebook_pro.toml").read_text())


def _broken(tmp_path: Path, old: str, new: str) -> str:
    text = (Path(__file__).parent / "phonebook_pro.toml").read_text()
    assert old in text
    path = tmp_path / "acme.toml"
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(TemplateError) as failed:
        load_template(str(path))
    return str(failed.value)


@pytest.mark.parametrize("old, new, expected", [
    ('id = "$.pid"', 'id = "$.[pid"', r"acme\.toml: \[lookup\] fields\.id: '\$\.\[pid' is not a valid JSONPath"),
    ('name = "PhoneBook Pro"', 'nmae = "x"', r"acme\.toml: \[crm\]: unknown key 'nmae'"),
    ('key_secret = "pb_key"', 'api_key = "hunter2"', r"\[auth\] api_key: secrets never go into a template"),
    ('type = "api_key"', 'type = "kerberos"', r"\[auth\] type: 'kerberos' is not one of"),
    ('url = "/v2/people/{customer.id}/timeline"', 'url = "/v2/people/{customer.idd}/timeline"',
     r"\[\[enrich\]\] #1 url: \{customer\.idd\}: 'customer' has no 'idd'"),
    ('"secs": {call.duration_s},', '"secs": {call.duration_s}', r"\[write\.call_log\] body: is not valid JSON once filled in"),
    ('query = { tel = "{number.variant}" }', 'query = { tel = "{note.text}" }',
     r"\[lookup\] query: \{note\.text\} is not available here"),
    ('formats = ["e164", "international", "national"]', 'formats = ["e.164"]', r"\[number\] formats"),
    ('expect = [201]', 'expect = ["created"]', r"\[write\.call_log\]: 'expect' must be an HTTP status"),
    ('url = "/v2/people/{customer.id}/todo"', 'url = "/v2/people/{customer.id/todo"',
     r"\[\[enrich\]\] #2 url: .* has a stray '\{'"),
    ('base_url = "http://127.0.0.1:1"', 'base_url = "ftp://x"', r"\[crm\] base_url: 'ftp://x' must start with https://"),
    ('kind = "history"', 'kind = "past"', r"\[\[enrich\]\] #1: kind = 'past'"),
    ('[lookup]', '[lookupp]', r"top level: unknown key 'lookupp'"),
])
def test_mistakes_are_named_with_file_key_and_problem(tmp_path, old, new, expected):
    assert re.search(expected, _broken(tmp_path, old, new)), _broken(tmp_path, old, new)


def test_toml_syntax_error_names_file_and_line(tmp_path):
    message = _broken(tmp_path, 'timeout_s = 3', 'timeout_s = ')
    assert "acme.toml" in message and "not valid TOML" in message and "line" in message


def test_settings_can_be_used_and_unknown_settings_are_caught():
    data = {**GOOD, "crm": {**GOOD["crm"], "headers": {"X-Tenant": "{settings.tenant}"}}}
    assert parse_template(data, "t.toml", {"tenant": "eu-1"}).headers == {"X-Tenant": "{settings.tenant}"}
    with pytest.raises(TemplateError, match=r"settings have no 'tenant'"):
        parse_template(data, "t.toml", {})


def test_settings_override_the_templates_base_url_and_timeouts():
    t = parse_template(GOOD, "t.toml", {"base_url": "https://crm.example.org", "timeout_s": 1.5})
    assert (t.base_url, t.timeout_s) == ("https://crm.example.org", 1.5)


def test_values_are_escaped_for_where_they_land():
    v = {"number": {"e164": "+421905123456"}, "note": {"text": 'a "b" & c=d\n{x}'}, "n": 7, "none": None}
    assert render_url("/find?tel={number.e164}&q={note.text}", v) == \
        "/find?tel=%2B421905123456&q=a%20%22b%22%20%26%20c%3Dd%0A%7Bx%7D"
    assert render_json_text('{"t": "<{note.text}>", "n": {n}, "x": {none}, "s": {note.text}}', v) == \
        {"t": '<a "b" & c=d\n{x}>', "n": 7, "x": None, "s": 'a "b" & c=d\n{x}'}
    assert render_structure({"n": "{n}", "t": "N{n}", "l": ["{number.e164}"]}, v) == \
        {"n": 7, "t": "N7", "l": ["+421905123456"]}
    with pytest.raises(RenderError):
        render_url("/{__class__.__init__}", v)


def test_built_in_templates_and_the_docs_example_are_valid():
    names = [p.stem for p in BUILT_IN.glob("*.toml")]
    assert names, "at least the documented example ships as a built-in template"
    for name in names:
        load_template(name, {"base_url": "https://crm.example.com"})
    docs = (REPO / "docs" / "rest-adapter.md").read_text()
    blocks = re.findall(r"```toml\n(.*?)```", docs, re.S)
    complete = [b for b in blocks if "[lookup]" in b and "[write.note]" in b]
    assert complete, "docs/rest-adapter.md has a complete worked example"
    parse_template(tomllib.loads(complete[0]), "docs example", {})
