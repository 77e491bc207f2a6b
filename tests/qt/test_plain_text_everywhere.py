"""Text from outside (a caller's SIP name, CRM fields, task titles) is shown literally everywhere,
never as rich text, and never makes the window bigger than the screen; a CRM record's link
opens only if it is a web address, and only after the agent saw it in full and said yes.

Issue 9, findings 1 and 3: ``<img src=/dev/zero>`` as a caller's name made the console
allocate until it aborted, ``<h1 style='color:red'>POLICE</h1>`` showed a huge red POLICE,
``<img width=60000 …>`` stretched the window for good, and ``file:///etc/passwd``,
``smb://…/evil.desktop`` and an injected ``javascript:`` anchor from a CRM record were handed
to the desktop with one click.
"""
from __future__ import annotations

import html
import sys
from datetime import datetime, timedelta, timezone

import pytest

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QSystemTrayIcon, QWidget

from crm_adapters.after_call_store import TaskItem
from crm_adapters.vocabulary import Customer, CustomerCard, FollowUpTask, Interaction, NumberInfo, SourceState, SourceStatus

from console.customer_card_view import CustomerCardView
from console.dispositions import Disposition, DispositionPicker
from console.main_window import MainWindow
from console.model.calls import Call
from console.notifications import DueTaskNotifier
from console.tasks_view import TasksView

NOW = datetime.now(timezone.utc)
NUMBER = NumberInfo(raw="0905 123 456", e164="+421905123456", national="0905 123 456",
                    international="+421 905 123 456", region="SK", line_type="mobile")

# short hostile texts: each must appear exactly as written
HOSTILE = [
    "<img src=/dev/zero>",
    "<h1 style='color:red'>POLICE</h1>",
    "<img width=60000 height=60000 src=x>",
    '<a href="file:///etc/passwd">x</a>',
    "<b>bold</b> & <i>",
    "Tom &amp; Jerry &lt;3 &#x41;",
    "<qt><table width=90000><tr><td>wide</td></tr></table>",
    "<style>*{font-size:900px}</style>BIG",
]
HUGE = "W" * 100_000  # a 100 KB name without a single space
RTL = "Invoice \u202egnp.exe"  # right-to-left override: would show "Invoice exe.png"
SANE_WIDTH = 1400  # the window is made 1280 wide; nothing from outside may push it further


def rendered(rich: str) -> str:
    """What a rich-text string shows on screen, as plain text."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def labels_showing(root: QWidget, fragment: str) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if fragment in label.text()]


def assert_literal(root: QWidget, literal: str) -> None:
    found = labels_showing(root, literal)
    assert found, f"{literal!r} is not shown literally"
    for label in found:
        assert label.textFormat() == Qt.TextFormat.PlainText, f"{label.objectName()} may read {literal!r} as HTML"


def hostile_card(name: str, company: str = "", task: str = "", summary: str = "", reason: str = "") -> CustomerCard:
    customer = Customer(id="7", source="local", name=name, company=company or name)
    return CustomerCard(
        number=NUMBER, customer=customer,
        history=[Interaction(id="h1", source="local", customer_id="7", kind="call", when=NOW - timedelta(days=1),
                             summary=summary or name)],
        open_tasks=[FollowUpTask(id="t1", source="local", customer_id="7", title=task or name,
                                 due=NOW - timedelta(hours=1), kind="callback")],
        sources={"local": SourceStatus("local", SourceState.OK),
                 "hubspot": SourceStatus("hubspot", SourceState.UNAVAILABLE, reason=reason or name)},
        complete=True)


def window_with(qtbot, names: list[str]) -> MainWindow:
    """A main window where every name is a caller, a customer's card, a tab and a notes header."""
    window = MainWindow("Jana")
    qtbot.addWidget(window)
    for i, name in enumerate(names):
        call_id = f"c{i}"
        window.book.add(Call(call_id, "in", caller=name))
        window.card_view(call_id).show_card(hostile_card(name))
        window.set_card_title(call_id, name)
    window.notes.set_context(f"{names[-1]} · call")
    QApplication.processEvents()  # the call panel redraws once per burst of call-book changes (not shown yet)
    return window


def show_and_grab(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    assert window.width() <= SANE_WIDTH and window.minimumSizeHint().width() <= SANE_WIDTH
    assert window.minimumSizeHint().height() <= 2000
    shot = window.grab()  # what `ctl screenshot` does
    assert not shot.isNull() and shot.width() <= SANE_WIDTH


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_name_is_shown_literally_on_the_card_the_call_the_tab_and_the_notes(qtbot, name):
    window = window_with(qtbot, [name])
    # checked before the window is laid out: laying out an interpreted <img src=/dev/zero> never ends
    assert_literal(window.call_panel, name)
    card = window.card_view("c0")
    for object_name in ("customerName", "company", "taskOverdue", "sourceBad"):
        label = card.findChild(QLabel, object_name)
        assert label is not None and label.textFormat() == Qt.TextFormat.PlainText, object_name
    assert card.findChild(QLabel, "customerName").text() == name
    assert card.findChild(QLabel, "company").text() == name
    assert name in card.findChild(QLabel, "taskOverdue").text()
    assert rendered(card.findChild(QLabel, "sourceBad").toolTip()) == name  # the CRM's reason, as a tooltip
    history = card.findChild(QLabel, "history")
    assert name in rendered(history.text())  # our own rich text around it; the name itself escaped
    assert window.notes.context.text() == f"{name} · call"
    assert window.notes.context.textFormat() == Qt.TextFormat.PlainText
    tab = window.cards.indexOf(card)
    title = window.cards.tabText(tab).replace("&&", "&")  # "&&" is how a tab shows one "&"
    assert title == name if len(name) <= 40 else (name.startswith(title[:-1]) and title.endswith("…"))
    assert rendered(window.cards.tabToolTip(tab)) == name
    show_and_grab(qtbot, window)
    caller = window.call_panel.caller
    assert caller.height() < 100, "an <h1> must not make the caller's line huge"


def test_all_hostile_names_at_once_keep_the_window_its_size(qtbot):
    window = window_with(qtbot, HOSTILE)
    assert window.cards.count() == len(HOSTILE)
    items = [window.call_panel.list.item(i).text() for i in range(window.call_panel.list.count())]
    assert all(any(name in item for item in items) for name in HOSTILE)
    show_and_grab(qtbot, window)


def test_a_100_kb_name_is_cut_and_cannot_stretch_the_window(qtbot):
    window = window_with(qtbot, [HUGE])
    card = window.card_view("c0")
    name = card.findChild(QLabel, "customerName")
    assert name.textFormat() == Qt.TextFormat.PlainText
    assert name.text().startswith("W" * 100) and len(name.text()) <= 1000  # bounded, and says so with "…"
    assert name.text().endswith("…")
    assert len(window.call_panel.caller.text()) <= 1000
    assert len(window.cards.tabText(window.cards.indexOf(card))) <= 40
    assert all(len(label.text()) <= 5000 for label in window.findChildren(QLabel))
    show_and_grab(qtbot, window)
    assert name.width() <= SANE_WIDTH


def test_a_right_to_left_override_cannot_reorder_what_the_agent_reads(qtbot):
    window = window_with(qtbot, [RTL])
    card = window.card_view("c0")
    assert card.findChild(QLabel, "customerName").text() == "Invoice gnp.exe"
    assert window.call_panel.caller.text() == "Invoice gnp.exe"
    assert "\u202e" not in window.cards.tabText(0) and "gnp.exe" in window.cards.tabText(0)
    assert window.notes.context.text() == "Invoice gnp.exe · call"
    show_and_grab(qtbot, window)


def test_the_task_list_the_disposition_picker_and_the_status_bar_show_text_literally(qtbot):
    tasks = [TaskItem(f"r{i}", name, NOW - timedelta(minutes=5), "jana", "callback", name, "+421905123456", "", False)
             for i, name in enumerate(HOSTILE + [HUGE])]
    view = TasksView(lambda: tasks)
    qtbot.addWidget(view)
    view.refresh()
    for row, name in enumerate(HOSTILE):
        assert view.table.item(row, 1).text() == name and view.table.item(row, 2).text() == name
    assert len(view.table.item(len(HOSTILE), 1).text()) <= 1000
    picker = DispositionPicker([Disposition("<b>x</b>", "<img src=/dev/zero>")])
    qtbot.addWidget(picker)
    picker.show_choice("<b>x</b>")
    assert picker.current.text() == "<img src=/dev/zero>  (<b>x</b>)"
    assert picker.current.textFormat() == Qt.TextFormat.PlainText
    assert rendered(picker.tree.topLevelItem(0).toolTip(0)) == "<b>x</b>"
    window = MainWindow("Jana")
    qtbot.addWidget(window)
    window.statusBar().showMessage("Task due: <img src=/dev/zero>")
    window.crm_status.setText("CRM: not available — <h1>POLICE</h1>")
    assert window.crm_status.textFormat() == Qt.TextFormat.PlainText
    view.show()
    picker.show()
    show_and_grab(qtbot, window)
    assert not view.grab().isNull() and not picker.grab().isNull()


def test_a_due_task_notification_is_not_read_as_markup(qtbot, monkeypatch):
    shown = []
    # the desktop's notification is the OS boundary: record what would be handed to it
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, text, *a: shown.append((title, text)))
    name = "<img src=/dev/zero>"
    item = TaskItem("r1", "<h1 style='color:red'>POLICE</h1>", NOW, "jana", "callback", name, "+421905123456", "", False)
    notifier = DueTaskNotifier(lambda: [item])
    notifier.check()
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Call-back due"
    if sys.platform.startswith("linux"):  # the freedesktop body is markup: escaped, shows literally
        assert "<" not in text and html.unescape(text) == f"{item.title} — {name}"
    else:
        assert text == f"{item.title} — {name}"


# -- CRM links -----------------------------------------------------------------------------------

class Desktop(QObject):
    """Stands in for the desktop (browser, file manager) for the schemes a link could name."""

    SCHEMES = ("http", "https", "file", "smb", "javascript", "ftp", "agent-console")

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def desktop():
    """Everything QDesktopServices.openUrl would hand to the desktop, recorded instead. (A URL
    handler catches Qt's own calls too — a label with open external links calls it from C++.)"""
    desk = Desktop()
    for scheme in Desktop.SCHEMES:
        QDesktopServices.setUrlHandler(scheme, desk, "handle")
    yield desk
    for scheme in Desktop.SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


def card_with_link(qtbot, url: str) -> CustomerCardView:
    view = CustomerCardView("c1")
    qtbot.addWidget(view)
    view.show_card(CustomerCard(number=NUMBER, complete=True, sources={"acme": SourceStatus("acme", SourceState.OK)},
                                customer=Customer(id="7", source="acme", name="Ján Kováč", url=url)))
    view.resize(600, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def click_link(qtbot, view: CustomerCardView) -> None:
    """Click where the agent would: on the record's line of the card (it is the last line)."""
    label = view.findChild(QLabel, "crmLink")
    assert label is not None
    QTest.mouseClick(label, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, label.height() // 2))
    QApplication.processEvents()


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def dialog_text(dialog: QDialog) -> str:
    from PySide6.QtWidgets import QPlainTextEdit

    parts = [label.text() for label in dialog.findChildren(QLabel)]
    parts += [edit.toPlainText() for edit in dialog.findChildren(QPlainTextEdit)]
    return "\n".join(parts)


BAD_LINKS = [
    "file:///etc/passwd",
    "smb://evil.example/share/evil.desktop",
    "javascript:alert(document.cookie)",
    'https://x" onclick="alert(1)',
    'x"></a><a href="javascript:alert(1)">Open in acme CRM</a><a href="',
    "https://user:secret@bank.example/login",
    "ftp://files.example/readme",
]


@pytest.mark.parametrize("url", BAD_LINKS)
def test_a_link_that_is_not_a_web_address_is_shown_as_text_and_never_opened(qtbot, desktop, url, caplog):
    view = card_with_link(qtbot, url)
    click_link(qtbot, view)  # the desktop is called synchronously: whatever it would open is recorded now
    assert [u.toString() for u in desktop.opened] == [] and open_dialogs() == []
    label = view.findChild(QLabel, "crmLink")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert url in label.text() and "not opened" in label.text()
    assert "not offered" in caplog.text and url not in caplog.text and "Ján" not in caplog.text


SAFE_LINKS = ["https://ok.example/path?q=<b>", "https://crm.example/contacts/7?tab=calls&x=\"y\""]


@pytest.mark.parametrize("url", SAFE_LINKS)
def test_a_web_link_opens_only_after_the_agent_saw_the_whole_address_and_said_yes(qtbot, desktop, url):
    view = card_with_link(qtbot, url)
    label = view.findChild(QLabel, "crmLink")
    assert rendered(label.text()) == "Open in acme CRM"  # the address cannot break out of its href
    click_link(qtbot, view)
    assert desktop.opened == [], "one click must not open anything"
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=3000)
    dialog = open_dialogs()[0]
    assert "Open this address in your browser?" in dialog_text(dialog) and url in dialog_text(dialog)
    assert all(l.textFormat() == Qt.TextFormat.PlainText for l in dialog.findChildren(QLabel))
    cancel = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Cancel"][0]
    cancel.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert desktop.opened == [], "cancelled: nothing opens"

    click_link(qtbot, view)
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=3000)
    dialog = open_dialogs()[0]
    yes = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Open"][0]
    yes.click()
    qtbot.waitUntil(lambda: len(desktop.opened) == 1, timeout=3000)
    assert desktop.opened[0] == QUrl(url) and desktop.opened[0].scheme() == "https"
