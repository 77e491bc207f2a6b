"""The complete card in one round: the lookup asks the CRM to include history and open tasks,
and the card reads them from that answer — one request per ring (issue 15)."""
from __future__ import annotations

import asyncio
import tomllib

import pytest
from contoso_crm import PERSON
from test_templates_fit import NUMBER, closing, start

from crm_adapters.lookup_chain import LookupChain
from crm_adapters.rest.template import TemplateError, parse_template

SETTINGS = {"base_url": "https://crm.example.com/api"}
ONE_ROUND = '''
[crm]
base_url = "set in [crm.contoso]"

[auth]
type = "api_key"
key_secret = "contoso_key"
header = "X-Api-Key"

[lookup]
url = "/people/search"
query = { phone = "{number.e164}", include = "history" }
matches = "$.people[*]"
fields = { id = "$.uuid", name = "$.name" }

[[enrich]]
kind = "history"
from = "lookup"
items = "$.recent[*]"
fields = { id = "$.id", when = "$.at", summary = "$.subject" }

[[enrich]]
kind = "tasks"
from = "lookup"
items = "$.open[*]"
fields = { id = "$.id", title = "$.title", due = "$.due" }
'''


def check(text: str):
    return parse_template(tomllib.loads(text), "contoso.toml", SETTINGS)


def test_the_whole_card_comes_with_one_request_per_ring(contoso, tmp_path):
    adapter = start(contoso, ONE_ROUND, tmp_path)

    async def rings():
        chain = LookupChain([("contoso", adapter)], timeout_ms=5000)
        return [await chain.lookup(NUMBER) for _ in range(3)]

    cards = asyncio.run(closing(adapter, rings()))
    for card in cards:
        assert card.complete and card.customer.id == PERSON
        assert [i.summary for i in card.history] == ["Asked about invoice"]
        assert [t.title for t in card.open_tasks] == ["Send the offer"]
    assert [path for _, path, _, _ in contoso.requests] == ["/api/people/search"] * 3


@pytest.mark.parametrize("change, problem", [
    (('from = "lookup"\nitems = "$.recent[*]"', 'from = "contact"\nitems = "$.recent[*]"'),
     "'contact' is not the lookup or a [requests.NAME] section"),
    (('from = "lookup"\nitems = "$.open[*]"', 'from = "lookup"\nurl = "/x"\nitems = "$.open[*]"'), "unknown key 'url'"),
    (("[[enrich]]\nkind = \"history\"", "[requests.person]\nurl = \"/people/{customer.id}\"\n\n[[enrich]]\nkind = \"history\""),
     "[requests.person]: no [[enrich]] section reads it"),
    (('include = "history" }', 'include = "history" }\n[lookup.pages]\nstyle = "cursor"'), "unknown key 'pages'"),
    (("[[enrich]]\nkind = \"history\"\nfrom = \"lookup\"",
      "[[enrich]]\nkind = \"history\"\nurl = \"/h\"\npages = { style = \"next_link\" }\nfrom = \"lookup\""),
     "unknown key 'url'"),
    (('[crm]\n', '[crm]\ntime_zone = "Mars/Olympus"\n'), "'Mars/Olympus' is not a time zone"),
])
def test_mistakes_in_the_new_sections_are_named(change, problem):
    old, new = change
    assert old in ONE_ROUND
    with pytest.raises(TemplateError) as refused:
        check(ONE_ROUND.replace(old, new, 1))
    assert problem in str(refused.value)


def test_value_maps_and_pages_are_checked_when_the_template_loads():
    write = ONE_ROUND + '''
[write.call_log]
method = "POST"
url = "/calls"
body = { outcome = "{maps.outcome}" }
[write.call_log.maps.outcome]
from = "call.dispositon"
values = { sale = "won" }
'''
    with pytest.raises(TemplateError, match=r"maps.outcome from: 'call.dispositon': name one of this section's values"):
        check(write)
    with pytest.raises(TemplateError, match=r"\{maps.result\}: this section has no map 'result'"):
        check(write.replace("call.dispositon", "call.disposition").replace("{maps.outcome}", "{maps.result}"))
    paged = ONE_ROUND.replace('from = "lookup"\nitems = "$.open[*]"',
                              'url = "/t"\nitems = "$.open[*]"\npages = { style = "page_number", max_pages = 500 }')
    with pytest.raises(TemplateError, match="max_pages must be a whole number from 1 to 50"):
        check(paged)
