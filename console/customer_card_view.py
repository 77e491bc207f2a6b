"""The customer card: who is calling, what they are worth, what is open and what was said.

Shown while the phone still rings; fills in place as slower CRMs answer.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from crm_adapters.vocabulary import CustomerCard, SourceState

from console.crm_link import RecordLink
from console.format import date_time, money
from console.languages import follow_language
from console.plain_text import MAX_TEXT, PlainLabel, for_html, tooltip

MAX_HISTORY_SHOWN = 6
CRM_NOTES_SHOWN = 600  # characters of the customer's own CRM notes ("prefers calls before 10"); all in the tooltip
LINE_TYPES = {  # crm_adapters/numbers.py's names of phonenumbers' types, as the card says them
    "mobile": QT_TRANSLATE_NOOP("LineType", "mobile"),
    "fixed_line": QT_TRANSLATE_NOOP("LineType", "landline"),
    "fixed_line_or_mobile": QT_TRANSLATE_NOOP("LineType", "landline or mobile"),
    "toll_free": QT_TRANSLATE_NOOP("LineType", "toll-free"),
    "premium_rate": QT_TRANSLATE_NOOP("LineType", "premium rate"),
    "shared_cost": QT_TRANSLATE_NOOP("LineType", "shared cost"),
    "voip": QT_TRANSLATE_NOOP("LineType", "internet phone"),
    "personal_number": QT_TRANSLATE_NOOP("LineType", "personal number"),
    "pager": QT_TRANSLATE_NOOP("LineType", "pager"),
    "uan": QT_TRANSLATE_NOOP("LineType", "company number"),
    "voicemail": QT_TRANSLATE_NOOP("LineType", "voicemail"),
    "unknown": QT_TRANSLATE_NOOP("LineType", "unknown line type"),
}
HISTORY_KINDS = {  # crm_adapters/vocabulary.py Interaction.kind; a CRM's own kinds stay as written
    "call": QT_TRANSLATE_NOOP("HistoryKind", "call"),
    "note": QT_TRANSLATE_NOOP("HistoryKind", "note"),
    "email": QT_TRANSLATE_NOOP("HistoryKind", "e-mail"),
    "ticket": QT_TRANSLATE_NOOP("HistoryKind", "ticket"),
}


def cache_age_text(age_s: float) -> str:
    """"From cache, 2 h old": the card shows what a CRM said earlier, and how long ago."""
    from console.format import duration_words

    age = round(age_s / 60) * 60 if age_s >= 60 else age_s
    return QCoreApplication.translate("card", "From cache, {age} old").format(age=duration_words(age))


def country_name(region: str) -> str:
    if not region:
        return ""
    territory = QLocale.codeToTerritory(region)
    if territory == QLocale.Country.AnyCountry:
        return region
    english = QLocale.territoryToString(territory)
    agents = QLocale().language()  # Qt names countries in English only; CLDR knows each one's own name
    if agents in (QLocale.Language.English, QLocale.Language.C):
        return english
    here = QLocale(agents, territory)  # "Slovensko" for a Slovak agent, where CLDR has that pair
    if here.language() == agents and here.territory() == territory:
        return here.nativeTerritoryName() or english
    return QLocale(QLocale.Language.AnyLanguage, territory).nativeTerritoryName() or english


def language_name(code: str) -> str:
    """The customer's language: its English name for an English console, else its own ("slovenčina")."""
    if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
        return QLocale.languageToString(QLocale(code).language())
    return QLocale(code).nativeLanguageName() or code


def _label(text: str, name: str = "", wrap: bool = False) -> QLabel:
    """Every line of the card: plain text (names and fields come from outside), selectable."""
    label = PlainLabel(text, name, wrap=wrap, limit=MAX_TEXT if wrap else 200)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _when(dt: datetime) -> str:
    return date_time(dt)


class CustomerCardView(QFrame):
    """One call's card. ``painted`` fires once per new card content, after it is on screen."""

    painted = Signal(str, object)  # call_id, perf_counter_ns when painted (too big for a C int)
    create_contact_requested = Signal(str)  # E.164

    def __init__(self, call_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.call_id = call_id
        self.card: CustomerCard | None = None
        self._sources_row: QHBoxLayout | None = None
        self._paint_pending = False
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll = scroll
        self._body = QWidget()
        self._body.setObjectName("cardBody")
        self._layout = QVBoxLayout(self._body)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll.setWidget(self._body)
        # a transferred call: who sent it and their notes, above the card (kept as the card fills in)
        self.transferred = PlainLabel("", "transferredBy", wrap=True, limit=MAX_TEXT)
        self.transferred.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.transferred.hide()
        outer.addWidget(self.transferred)
        outer.addWidget(scroll)
        self.show_idle()
        follow_language(self, self.retranslate)

    def retranslate(self) -> None:
        """The card again in the language now chosen (not a new card: nothing is reported painted)."""
        self._scroll.setAccessibleName(self.tr("Customer card"))
        if not hasattr(self, "_shown_language"):  # (the card was just built in this language)
            self._shown_language = True
            return
        card, self.card = self.card, None
        if card is None:
            self.show_idle()
        else:
            transferred = self.transferred.text()
            self.show_card(card)
            self.show_transfer(transferred)
            self._paint_pending = False

    # -- content -------------------------------------------------------------
    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
            elif item.layout():
                _delete_layout(item.layout())

    def show_transfer(self, text: str) -> None:
        """'Transferred by Jana: …' over the card ("" hides it)."""
        self.transferred.setText(text)
        self.transferred.setVisible(bool(text))

    def show_idle(self) -> None:
        self.show_transfer("")
        self.card, self._sources_row = None, None
        self._clear()
        self._layout.addWidget(_label(self.tr("CUSTOMER"), "panelTitle"))
        self._layout.addWidget(_label(self.tr("No call. The caller's card appears here as soon as the phone rings."),
                                      "emptyHint", wrap=True))

    def show_card(self, card: CustomerCard) -> None:
        if self.card is not None and self._sources_row is not None and _same_content(self.card, card):
            # only the CRMs' states changed: redraw the chips, not the whole card (a slower CRM
            # confirming what is already on screen must not cost a full rebuild while it rings)
            self.card = card
            _delete_layout(self._sources_row)
            self._fill_sources(card)
            self._paint_pending = True
            self.update()
            return
        self.card = card
        self._sources_row = None
        self._clear()
        add = self._layout.addWidget
        add(_label(self.tr("CUSTOMER"), "panelTitle"))
        number = card.number
        if number.withheld:
            add(_label(self.tr("Number withheld"), "customerName"))
            add(_label(self.tr("The caller hides their number. Ask who is calling."), "numberLine", wrap=True))
        elif card.customer is None:
            add(_label(self.tr("Unknown caller") if card.complete else self.tr("Looking up caller…"), "customerName"))
            add(_label(self._number_line(), "numberLine", wrap=True))
            if number.e164 and card.complete:
                create = QPushButton(self.tr("Create contact with this number"))
                create.setObjectName("createContact")
                create.setAccessibleName(create.text())
                create.clicked.connect(lambda: self.create_contact_requested.emit(number.e164 or ""))
                add(create)
        else:
            self._add_customer(card)
        if card.from_cache and card.cache_age_s is not None:  # a CRM could not say it now (issue 15)
            add(_label(cache_age_text(card.cache_age_s), "fromCache"))
        self._add_sources(card)
        if card.customer is not None:
            self._add_tasks(card)
            self._add_history(card)
        self._paint_pending = True
        self.update()

    def _number_line(self) -> str:
        assert self.card is not None
        n = self.card.number
        if not n.e164:
            return self.tr("%1 — not a phone number we can look up").replace("%1", n.raw or self.tr("no number"))
        kind = QCoreApplication.translate("LineType", LINE_TYPES[n.line_type]) if n.line_type in LINE_TYPES \
            else n.line_type.replace("_", " ")
        parts = [n.international or n.e164, country_name(n.region), kind]
        return " · ".join(p for p in parts if p)

    def _add_customer(self, card: CustomerCard) -> None:
        c = card.customer
        assert c is not None
        row = QHBoxLayout()
        row.addWidget(_label(c.name, "customerName"))
        if c.is_vip:
            row.addWidget(_label("VIP", "badgeVip"))
        elif c.segment.value != "standard":
            row.addWidget(_label(c.segment.value.upper(), "badgeSegment"))
        row.addStretch(1)
        self._layout.addLayout(row)
        if c.company:
            self._layout.addWidget(_label(c.company, "company"))
        chips = QHBoxLayout()
        if c.language:
            chips.addWidget(_label(self.tr("Speaks %1").replace("%1", language_name(c.language)), "chip"))
        if c.value is not None:
            chips.addWidget(_label(self.tr("Value %1").replace("%1", money(c.value, c.currency)), "chip"))
        chips.addStretch(1)
        self._layout.addLayout(chips)
        self._layout.addWidget(_label(self._number_line(), "numberLine", wrap=True))
        if c.email:
            self._layout.addWidget(_label(f"✉ {c.email}", "emailLine"))
        if c.notes.strip():
            notes = PlainLabel(c.notes.strip(), "crmNotes", wrap=True, limit=CRM_NOTES_SHOWN)
            notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            notes.setToolTip(tooltip(c.notes.strip()))
            self._layout.addWidget(notes)
        if c.url:
            self._layout.addWidget(RecordLink(c.url, c.source))

    def _add_sources(self, card: CustomerCard) -> None:
        if not card.sources:
            return
        self._sources_row = QHBoxLayout()
        self._layout.addLayout(self._sources_row)
        self._fill_sources(card)

    def _fill_sources(self, card: CustomerCard) -> None:
        row = self._sources_row
        for status in card.sources.values():
            if status.state == SourceState.OK:
                chip = _label(f"✓ {status.source}", "sourceOk")
            elif status.state == SourceState.NOT_FOUND:
                chip = _label(self.tr("%1: no match").replace("%1", status.source), "sourcePending")
            elif status.state == SourceState.PENDING:
                chip = _label(f"{status.source}…", "sourcePending")
            else:
                chip = _label(self.tr("%1 unavailable").replace("%1", status.source), "sourceBad")
                chip.setToolTip(tooltip(status.reason))
            row.addWidget(chip)
        row.addStretch(1)

    def _add_tasks(self, card: CustomerCard) -> None:
        self._layout.addWidget(_label(self.tr("Open tasks"), "sectionTitle"))
        if not card.open_tasks:
            self._layout.addWidget(_label(self.tr("Nothing open."), "history"))
        now = datetime.now(timezone.utc)
        for task in card.open_tasks[:8]:
            due = task.due if task.due is None or task.due.tzinfo else task.due.replace(tzinfo=timezone.utc)
            overdue = due is not None and due < now and not task.done
            icon = "☎" if task.kind == "callback" else "•"
            when = " — " + self.tr("due %1").replace("%1", _when(due)) if due else ""
            flag = self.tr("OVERDUE: ") if overdue else ""
            text = f"{icon} {flag}{task.title}{when}"
            self._layout.addWidget(_label(text, "taskOverdue" if overdue else "task", wrap=True))

    def _add_history(self, card: CustomerCard) -> None:
        self._layout.addWidget(_label(self.tr("Last interactions"), "sectionTitle"))
        if not card.history:
            self._layout.addWidget(_label(self.tr("No earlier contact."), "history"))
            return
        items = []
        for item in card.history[:MAX_HISTORY_SHOWN]:
            who = f" · {item.agent}" if item.agent else ""
            kind = QCoreApplication.translate("HistoryKind", HISTORY_KINDS[item.kind]) if item.kind in HISTORY_KINDS \
                else item.kind
            head = f"{_when(item.when)} · {kind}{who} · {item.source}"
            items.append(f"<p style='margin:0 0 6px 0'><b>{for_html(head)}</b><br>{for_html(item.summary)}</p>")
        # one rich-text label for the whole list (a widget per item costs more on the ringing
        # path); every piece of outside text in it is escaped
        label = QLabel("".join(items))
        label.setObjectName("history")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setMinimumWidth(1)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(label)

    # -- paint timing ----------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        if self._paint_pending:
            self._paint_pending = False
            # the card's children paint after the frame in this same pass; report once the whole
            # pass (and the flush to the screen) is over, when the event loop comes back
            call_id = self.call_id
            # (tied to this card: a card closed meanwhile reports nothing)
            QTimer.singleShot(0, self, lambda: self.painted.emit(call_id, time.perf_counter_ns()))


def _same_content(a: CustomerCard, b: CustomerCard) -> bool:
    """Everything the card shows, except the CRMs' state chips, is unchanged."""
    return (a.number == b.number and a.customer == b.customer and a.history == b.history
            and a.open_tasks == b.open_tasks and a.complete == b.complete and list(a.sources) == list(b.sources)
            and a.from_cache == b.from_cache)  # ("From cache, 2 h old" goes once the CRM answers)


def _delete_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
        elif item.layout():
            _delete_layout(item.layout())
