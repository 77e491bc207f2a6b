"""Dates, times, durations, money and numbers come out as the agent's language writes them
(console/format.py, through QLocale): Slovak, American English and Russian differ, and the
card, the terminal card and the task list follow the locale."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from PySide6.QtCore import QLocale

from crm_adapters.vocabulary import Customer, CustomerCard, FollowUpTask, Interaction, NumberInfo

from console import format as fmt
from console.card_text import card_as_text

SK, US, RU = QLocale("sk_SK"), QLocale("en_US"), QLocale("ru_RU")
WHEN = datetime(2026, 3, 7, 14, 5)  # naive: taken as it is, whatever this machine's zone


@pytest.fixture
def default_locale():
    """Set the process's default locale (what QLocale() returns) for one test."""
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def test_dates_follow_the_locale_order():
    assert fmt.date(WHEN, SK) == "7. 3. 2026"
    assert fmt.date(WHEN, US) == "3/7/26"
    assert fmt.date(WHEN, RU) == "07.03.2026"
    assert fmt.date(WHEN.date(), SK) == "7. 3. 2026"


def test_times_use_24_hours_or_am_pm_as_the_locale_does():
    assert fmt.time_of_day(WHEN, SK) == "14:05"
    assert fmt.time_of_day(WHEN, US) == "2:05\u202fPM" or fmt.time_of_day(WHEN, US) == "2:05 PM"
    assert fmt.date_time(WHEN, RU) == "07.03.2026 14:05"
    assert fmt.date_time(WHEN, SK) == "7. 3. 2026 14:05"


def test_aware_times_are_shown_in_this_computers_zone():
    aware = datetime(2026, 3, 7, 14, 5, tzinfo=timezone.utc)
    assert fmt.date_time(aware, RU) == fmt.date_time(aware.astimezone().replace(tzinfo=None), RU)


def test_numbers_and_money_use_the_locales_separators_and_currency():
    assert fmt.number(1234.5, 2, US) == "1,234.50"
    assert fmt.number(1234.5, 2, SK).replace("\u00a0", " ") == "1 234,50"
    assert fmt.number(1234567, locale=RU).replace("\u00a0", " ") == "1 234 567"
    assert fmt.money(1234.5, "EUR", SK).replace("\u00a0", " ") == "1 234,50 €"  # Slovakia's own currency
    assert fmt.money(1234.5, "EUR", US).replace("\u00a0", " ") == "EUR 1,234.50"
    assert fmt.money(1234.5, "USD", US) == "$1,234.50"
    assert fmt.money(1234.5, "EUR", RU).replace("\u00a0", " ") == "1 234,50 EUR"
    assert fmt.money(2500, "czk", SK).replace("\u00a0", " ") == "2 500 CZK"  # whole amounts: no decimals
    assert fmt.money(99, "", US) == "99"


def test_clocks_and_durations():
    assert [fmt.clock(s) for s in (-3, 12, 83, 3723)] == ["00:00", "00:12", "01:23", "1:02:03"]
    assert fmt.duration_words(45, US) == "45 s"
    assert fmt.duration_words(185, US) == "3 min 5 s"
    assert fmt.duration_words(3720, US) == "1 h 2 min"
    assert fmt.duration_words(7200, US) == "2 h"


def test_relative_due_times():
    now = datetime(2026, 3, 7, 12, 0, tzinfo=timezone.utc)
    assert fmt.relative(now - timedelta(minutes=1), now) == "overdue"
    assert fmt.relative(now + timedelta(seconds=20), now) == "in 1 min"
    assert fmt.relative(now + timedelta(minutes=25), now) == "in 25 min"
    assert fmt.relative(now + timedelta(hours=2, minutes=10), now) == "in 2 h"
    assert fmt.relative(now + timedelta(days=3, hours=1), now) == "in 3 days"


def test_the_default_is_the_systems_locale(default_locale):
    default_locale(QLocale("ru_RU"))
    assert fmt.date(WHEN) == "07.03.2026"
    default_locale(QLocale("en_US"))
    assert fmt.date(WHEN) == "3/7/26"
    default_locale(QLocale.c())  # a bare "C" system (servers, CI): British English, not "7 3 2026"
    assert fmt.date(WHEN) == "07/03/2026" and fmt.money(184500, "EUR") == "EUR\u00a0184,500"


def _card() -> CustomerCard:
    customer = Customer(id="1", source="local", name="Ivana Malá", value=1234567.0, currency="EUR")
    due = datetime(2031, 3, 7, 14, 5).astimezone()  # the future: not overdue
    return CustomerCard(
        number=NumberInfo(raw="+421901234567", e164="+421901234567", international="+421 901 234 567",
                          region="SK", line_type="mobile"),
        customer=customer,
        open_tasks=[FollowUpTask(id="t1", source="local", customer_id="1", title="Call back", due=due)],
        history=[Interaction(id="i1", source="local", customer_id="1", kind="call",
                             when=datetime(2026, 3, 7, 9, 30).astimezone(), summary="asked")],
    )


def test_the_terminal_card_writes_value_and_dates_in_the_locale(default_locale):
    default_locale(QLocale("sk_SK"))
    text = card_as_text(_card()).replace("\u00a0", " ")
    assert "Value:    1 234 567 €" in text
    assert "(due 7. 3. 2031 14:05)" in text
    assert "- 7. 3. 2026 call: asked" in text
    default_locale(QLocale("en_US"))
    text = card_as_text(_card()).replace("\u00a0", " ")
    assert "Value:    EUR 1,234,567" in text and "- 3/7/26 call: asked" in text
