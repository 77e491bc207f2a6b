"""What the agent sees on the card: known caller, unknown caller, withheld number, filling in."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QLabel, QPushButton

from crm_adapters.vocabulary import (
    Customer,
    CustomerCard,
    FollowUpTask,
    Interaction,
    NumberInfo,
    Segment,
    SourceState,
    SourceStatus,
)

from console.customer_card_view import CustomerCardView

NOW = datetime.now(timezone.utc)
NUMBER = NumberInfo(raw="0905 123 456", e164="+421905123456", national="0905 123 456",
                    international="+421 905 123 456", region="SK", line_type="mobile")


def texts(view) -> list[str]:
    return [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)]


def joined(view) -> str:
    return "\n".join(texts(view))


def known_card(**kw) -> CustomerCard:
    customer = Customer(id="7", source="local", name="Ján Kováč", company="Tatra Logistics s.r.o.", language="sk",
                        segment=Segment.VIP, value=125000, currency="EUR", url="agent-console://customer/7")
    return CustomerCard(
        number=NUMBER, customer=customer,
        history=[Interaction(id="h1", source="local", customer_id="7", kind="call", when=NOW - timedelta(days=2),
                             summary="Asked about the delayed pallet delivery to Žilina", agent="jana")],
        open_tasks=[
            FollowUpTask(id="t1", source="local", customer_id="7", title="Call back about the refund",
                         due=NOW - timedelta(hours=5), kind="callback"),
            FollowUpTask(id="t2", source="local", customer_id="7", title="Send the new price list",
                         due=NOW + timedelta(days=3)),
        ],
        sources={"local": SourceStatus("local", SourceState.OK, elapsed_ms=2.0)},
        complete=True, **kw,
    )


def test_known_caller_shows_who_they_are_and_what_is_open(qtbot):
    view = CustomerCardView("c1")
    qtbot.addWidget(view)
    view.show_card(known_card())
    text = joined(view)
    assert "Ján Kováč" in text and "Tatra Logistics s.r.o." in text
    assert "VIP" in texts(view)
    assert "Speaks Slovak" in text
    assert "+421 905 123 456" in text and "Slovakia" in text
    assert "OVERDUE: Call back about the refund" in text
    overdue = [l for l in view.findChildren(QLabel) if "OVERDUE" in l.text()]
    assert overdue and overdue[0].objectName() == "taskOverdue"
    assert "Send the new price list" in text and "OVERDUE: Send" not in text
    assert "delayed pallet delivery" in text
    assert any("this console's own CRM (record 7)" in t for t in texts(view))


def test_unknown_caller_gets_the_number_country_line_type_and_one_action(qtbot):
    view = CustomerCardView("c2")
    qtbot.addWidget(view)
    requested = []
    view.create_contact_requested.connect(requested.append)
    view.show_card(CustomerCard(number=NUMBER, sources={"local": SourceStatus("local", SourceState.NOT_FOUND)}, complete=True))
    text = joined(view)
    assert "Unknown caller" in text and "+421 905 123 456 · Slovakia · mobile" in text
    button = view.findChild(QPushButton, "createContact")
    assert button is not None
    button.click()
    assert requested == ["+421905123456"]


def test_withheld_number_says_so(qtbot):
    view = CustomerCardView("c3")
    qtbot.addWidget(view)
    view.show_card(CustomerCard(number=NumberInfo(raw="anonymous", e164=None, withheld=True), complete=True))
    assert "Number withheld" in joined(view)
    assert view.findChild(QPushButton, "createContact") is None


def test_card_fills_in_as_a_slow_source_answers_and_says_what_is_missing(qtbot):
    view = CustomerCardView("c4")
    qtbot.addWidget(view)
    view.show()
    first = known_card(also_known_as=[])
    first.complete = False
    first.sources["hubspot"] = SourceStatus("hubspot", SourceState.PENDING)
    with qtbot.waitSignal(view.painted, timeout=2000):
        view.show_card(first)
    assert "hubspot…" in texts(view)
    final = known_card()
    final.sources["hubspot"] = SourceStatus("hubspot", SourceState.UNAVAILABLE, reason="timed out after 1500 ms")
    final.history.append(Interaction(id="z9", source="hubspot", customer_id="7", kind="email",
                                     when=NOW - timedelta(days=9), summary="Quote sent"))
    with qtbot.waitSignal(view.painted, timeout=2000):
        view.show_card(final)
    bad = [l for l in view.findChildren(QLabel) if l.text() == "hubspot unavailable"]
    assert bad and bad[0].toolTip() == "timed out after 1500 ms"
    assert "Quote sent" in joined(view)


def test_a_source_confirming_what_is_shown_only_updates_its_chip(qtbot):
    view = CustomerCardView("c5")
    qtbot.addWidget(view)
    view.show()
    pending = known_card()
    pending.complete = False
    pending.sources["hubspot"] = SourceStatus("hubspot", SourceState.PENDING)
    with qtbot.waitSignal(view.painted, timeout=2000):
        view.show_card(pending)
    name_label = next(l for l in view.findChildren(QLabel) if l.text() == "Ján Kováč")
    confirmed = known_card()
    confirmed.complete = False
    confirmed.sources["hubspot"] = SourceStatus("hubspot", SourceState.OK)
    with qtbot.waitSignal(view.painted, timeout=2000):
        view.show_card(confirmed)
    assert "✓ hubspot" in texts(view) and "hubspot…" not in texts(view)
    assert name_label in view.findChildren(QLabel), "the rest of the card was not rebuilt"
