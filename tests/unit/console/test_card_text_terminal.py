"""`agent-console lookup` prints CRM fields to a terminal: escape sequences in them must not
recolour it or set its title, and a right-to-left override must not reorder the line."""
from __future__ import annotations

from crm_adapters.vocabulary import Customer, CustomerCard, NumberInfo, SourceState, SourceStatus

from console.card_text import card_as_text

NUMBER = NumberInfo(raw="0905 123 456", e164="+421905123456", national="0905 123 456",
                    international="+421 905 123 456", region="SK", line_type="mobile")


def test_crm_text_reaches_the_terminal_without_control_characters():
    customer = Customer(id="7", source="acme", name="\x1b[31mRED\x1b[0m \x1b]0;owned\x07Ján",
                        company="Firm\u202egnp.exe\r\nInjected: line", url="https://crm.example/7\x9b2J")
    card = CustomerCard(number=NUMBER, customer=customer, complete=True,
                        sources={"acme": SourceStatus("acme", SourceState.OK),
                                 "hub": SourceStatus("hub", SourceState.UNAVAILABLE, reason="\x1b[2Jbroken")})
    text = card_as_text(card)
    assert not any(ord(ch) < 32 and ch != "\n" or 0x7f <= ord(ch) < 0xa0 for ch in text)
    assert "\u202e" not in text
    assert "RED Ján" in text  # the letters stay; whole escape sequences go, no "[31m" or title left over
    assert "[31m" not in text and "owned" not in text
    assert "Company:  Firmgnp.exe Injected: line" in text  # one line: no forged "Injected:" line
    assert len(text.splitlines()) == len(card_as_text(CustomerCard(
        number=NUMBER, customer=Customer(id="7", source="acme", name="a", company="b", url="c"), complete=True,
        sources={"acme": SourceStatus("acme", SourceState.OK),
                 "hub": SourceStatus("hub", SourceState.UNAVAILABLE, reason="d")})).splitlines())
