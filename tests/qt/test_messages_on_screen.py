"""The card and the task list write dates and money as the agent's language does (QLocale), not
in one fixed English format."""
from __future__ import annotations

from datetime import datetime

import pytest

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from crm_adapters.after_call_store import TaskItem
from crm_adapters.vocabulary import Customer, CustomerCard, FollowUpTask, Interaction, NumberInfo

from console.customer_card_view import CustomerCardView
from console.tasks_view import TasksView

NUMBER = NumberInfo(raw="0905 123 456", e164="+421905123456", national="0905 123 456",
                    international="+421 905 123 456", region="SK", line_type="mobile")
LAST_CALL = datetime(2026, 3, 7, 14, 5).astimezone()  # this computer's 14:05, whatever its zone
DUE = datetime(2031, 3, 9, 9, 30).astimezone()


@pytest.fixture
def locale():
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def _card() -> CustomerCard:
    customer = Customer(id="7", source="local", name="Ján Kováč", value=125000.5, currency="EUR")
    return CustomerCard(
        number=NUMBER, customer=customer,
        history=[Interaction(id="h1", source="local", customer_id="7", kind="call", when=LAST_CALL, summary="pallets")],
        open_tasks=[FollowUpTask(id="t1", source="local", customer_id="7", title="Send the price list", due=DUE)],
    )


def _screen_text(view) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel)).replace("\u00a0", " ")


@pytest.mark.parametrize("name, last_call, due, value", [
    ("sk_SK", "7. 3. 2026 14:05", "9. 3. 2031 9:30", "Value 125 000,50 €"),
    ("ru_RU", "07.03.2026 14:05", "09.03.2031 09:30", "Value 125 000,50 EUR"),
    ("en_US", "3/7/26 2:05", "3/9/31 9:30", "Value EUR 125,000.50"),
])
def test_the_card_writes_dates_and_value_in_the_agents_locale(qtbot, locale, name, last_call, due, value):
    locale(QLocale(name))
    view = CustomerCardView("c1")
    qtbot.addWidget(view)
    view.show_card(_card())
    text = _screen_text(view)
    assert last_call in text and due in text and value in text, text


def test_the_task_list_writes_due_times_in_the_agents_locale(qtbot, locale):
    locale(QLocale("ru_RU"))
    item = TaskItem("r1", "Send the price list", DUE, "jana", "task", "Ján Kováč", "+421905123456", "", False)
    view = TasksView(lambda: [item])
    qtbot.addWidget(view)
    view.refresh()
    assert view.table.item(0, 0).text() == "09.03.2031 09:30"
    locale(QLocale("sk_SK"))
    view.refresh()
    assert view.table.item(0, 0).text() == "9. 3. 2031 9:30"
