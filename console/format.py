"""Dates, times, durations, money and numbers as the agent's language writes them.

One place, through ``QLocale`` (the system's locale unless a test passes one): Slovak writes
"7. 3. 2026 14:05" and "1 234,50 EUR", American English "3/7/26 2:05 PM" and "EUR 1,234.50".
Words ("in 2 h", "overdue") are translated (context "TimeWords"), with plural forms.
"""
from __future__ import annotations

from datetime import date as _date, datetime, timezone

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime

CONTEXT = "TimeWords"  # the translation context of the words below
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


class TimeWords(QObject):
    """The words of durations and due times (the translation context is the class name). (pyside6-lupdate
    finds plural forms only in a class's ``self.tr(text, "", n)``: hence a class.)"""

    def hours_minutes(self, h: str, m: str) -> str:
        return self.tr("{h} h {m} min").format(h=h, m=m)

    def hours(self, h: str) -> str:
        return self.tr("{h} h").format(h=h)

    def minutes_seconds(self, m: str, s: str) -> str:
        return self.tr("{m} min {s} s").format(m=m, s=s)

    def minutes(self, m: str) -> str:
        return self.tr("{m} min").format(m=m)

    def seconds(self, s: str) -> str:
        return self.tr("{s} s").format(s=s)

    def overdue(self) -> str:
        return self.tr("overdue")

    def in_minutes(self, n: int) -> str:
        return self.tr("in %n min", "", n)

    def in_hours(self, n: int) -> str:
        return self.tr("in %n h", "", n)

    def in_days(self, n: int) -> str:
        return self.tr("in %n days", "", n)


_words: TimeWords | None = None


def _w() -> TimeWords:
    global _words
    if _words is None:
        _words = TimeWords()
    return _words


def duration_words(seconds: float, locale: QLocale | None = None) -> str:
    """A duration in words: "45 s", "3 min 5 s", "1 h 2 min"."""
    loc = locale or system_locale()
    seconds = max(0, int(round(seconds)))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    if h and m:
        return _w().hours_minutes(loc.toString(h), loc.toString(m))
    if h:
        return _w().hours(loc.toString(h))
    if m and s:
        return _w().minutes_seconds(loc.toString(m), loc.toString(s))
    if m:
        return _w().minutes(loc.toString(m))
    return _w().seconds(loc.toString(s))


def relative(when: datetime, now: datetime | None = None) -> str:
    """How far a due time is: "overdue", "in 5 min", "in 2 h", "in 3 days"."""
    now = now or datetime.now(timezone.utc)
    when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    left = (when - now).total_seconds()
    if left < 0:
        return _w().overdue()
    minutes = int(left // 60)
    if minutes < 60:
        return _w().in_minutes(max(1, minutes))
    hours = minutes // 60
    if hours < 48:
        return _w().in_hours(hours)
    return _w().in_days(hours // 24)  # 2 days or more


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
