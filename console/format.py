"""Dates, times, durations, money and numbers as the agent's language writes them.

One place, through ``QLocale`` (the system's locale unless a test passes one): Slovak writes
"7. 3. 2026 14:05" and "1 234,50 EUR", American English "3/7/26 2:05 PM" and "EUR 1,234.50".
Words ("in 2 h", "overdue") go through ``QCoreApplication.translate`` with plural forms.
"""
from __future__ import annotations

from datetime import date as _date, datetime, timezone

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

CONTEXT = "format"  # the translation context of the words below
_SHORT = QLocale.FormatType.ShortFormat


def system_locale() -> QLocale:
    """The agent's locale; a computer set to the bare "C" locale (servers, CI, some kiosks) gets
    British English: grouped numbers and day-first dates rather than "184500" and "1 12 2026"."""
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return loc


def _local(dt: datetime) -> datetime:
    """Aware times in this computer's zone; naive ones are taken as they are."""
    return dt.astimezone() if dt.tzinfo else dt


def _qdate(d: _date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _qdatetime(dt: datetime) -> QDateTime:
    local = _local(dt)
    return QDateTime(_qdate(local), QTime(local.hour, local.minute, local.second))


def date(value: datetime | _date, locale: QLocale | None = None) -> str:
    """The day, short: "7. 3. 2026", "3/7/26", "07.03.2026"."""
    d = _local(value).date() if isinstance(value, datetime) else value
    return (locale or system_locale()).toString(_qdate(d), _SHORT)


def time_of_day(value: datetime, locale: QLocale | None = None) -> str:
    """"14:05", "2:05 PM"."""
    local = _local(value)
    return (locale or system_locale()).toString(QTime(local.hour, local.minute, local.second), _SHORT)


def date_time(value: datetime, locale: QLocale | None = None) -> str:
    """Day and time, short: "7. 3. 2026 14:05", "3/7/26 2:05 PM"."""
    return (locale or system_locale()).toString(_qdatetime(value), _SHORT)


def clock(seconds: float) -> str:
    """A running clock: "00:12", "01:23", "1:02:03"."""
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def duration_words(seconds: float, locale: QLocale | None = None) -> str:
    """A duration in words: "45 s", "3 min 5 s", "1 h 2 min"."""
    loc = locale or system_locale()
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h and m:
        return QCoreApplication.translate("format", "{h} h {m} min").format(h=loc.toString(h), m=loc.toString(m))
    if h:
        return QCoreApplication.translate("format", "{h} h").format(h=loc.toString(h))
    if m and s:
        return QCoreApplication.translate("format", "{m} min {s} s").format(m=loc.toString(m), s=loc.toString(s))
    if m:
        return QCoreApplication.translate("format", "{m} min").format(m=loc.toString(m))
    return QCoreApplication.translate("format", "{s} s").format(s=loc.toString(s))


def relative(when: datetime, now: datetime | None = None) -> str:
    """How far a due time is: "overdue", "in 5 min", "in 2 h", "in 3 days"."""
    now = now or datetime.now(timezone.utc)
    when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    left = (when - now).total_seconds()
    if left < 0:
        return QCoreApplication.translate("format", "overdue")
    minutes = int(left // 60)
    if minutes < 60:
        return QCoreApplication.translate("format", "in %n min", None, max(1, minutes))
    hours = minutes // 60
    if hours < 48:
        return QCoreApplication.translate("format", "in %n h", None, hours)
    return QCoreApplication.translate("format", "in %n days", None, hours // 24)  # 2 days or more


def number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """"1 234 567" (sk), "1,234,567" (en); ``decimals`` digits after the locale's decimal mark."""
    loc = locale or system_locale()
    if decimals == 0:
        return loc.toString(int(round(value)))
    return loc.toString(float(value), "f", decimals)


def money(amount: float, currency: str = "", locale: QLocale | None = None, decimals: int | None = None) -> str:
    """An amount with its ISO currency: "1 234,50 EUR" (sk), "EUR 1,234.50" (en_US), "$1,234.50"
    when the currency is the locale's own. Whole amounts show no decimals unless asked."""
    loc = locale or system_locale()
    if decimals is None:
        decimals = 0 if float(amount).is_integer() else 2
    code = (currency or "").strip().upper()[:8]
    if not code:
        return number(amount, decimals, loc)
    own = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code
    symbol = loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol) if own else code
    text = loc.toCurrencyString(float(amount), symbol, decimals)
    if not own and text.startswith(code) and not text[len(code):len(code) + 1].isspace():
        text = f"{code}\u00a0{text[len(code):]}"  # "EUR1,234" reads badly: "EUR 1,234"
    return text
