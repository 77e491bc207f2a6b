"""The console in five languages: plural forms as each language counts, dates and money as it
writes them, the language chosen from the settings or the system, a switch that re-words the
window, and a pseudo-language run that finds every word on screen that bypassed tr().
"""
from __future__ import annotations

import gc
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from cti import events as ev

from console import format as fmt, languages
from console.config import Config
from console.languages import Languages, resolve

ROOT = Path(__file__).resolve().parents[2]
CALLER = "0905 123 456"


@pytest.fixture
def speak():
    """Switch the application's language for one test; English again afterwards."""
    chosen = Languages(QCoreApplication.instance())
    yield chosen.use
    chosen.remove()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def agents(n: int) -> str:
    return QCoreApplication.translate("TeamBoard", "%n agents", "", n)


PLURALS = {  # the team board's "N agents", as a native speaker counts
    "en": {1: "1 agent", 2: "2 agents", 5: "5 agents"},
    "sk": {1: "1 agent", 2: "2 agenti", 5: "5 agentov"},
    "cs": {1: "1 agent", 2: "2 agenti", 5: "5 agentů"},
    "ro": {1: "1 agent", 2: "2 agenți", 5: "5 agenți", 20: "20 de agenți"},
    "ru": {1: "1 агент", 2: "2 агента", 5: "5 агентов", 21: "21 агент", 22: "22 агента", 25: "25 агентов",
           11: "11 агентов"},
}


@pytest.mark.parametrize("lang", PLURALS)
def test_plural_forms_count_as_each_language_does(qapp, speak, lang):
    assert speak(lang) == lang
    assert {n: agents(n) for n in PLURALS[lang]} == PLURALS[lang]


def test_plural_forms_of_due_times_and_unsaved_notes(qapp, speak):
    now = datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc)
    speak("cs")
    assert [fmt.relative(now + timedelta(days=d, minutes=1), now) for d in (2, 5)] == ["za 2 dny", "za 5 dní"]
    speak("ru")
    assert [fmt.relative(now + timedelta(days=d, minutes=1), now) for d in (2, 5)] == ["через 2 дня", "через 5 дней"]
    assert QCoreApplication.translate("UnsavedDrafts", "%n note(s) are not saved.", "", 1) == "1 заметка не сохранена."
    speak("en")
    assert QCoreApplication.translate("UnsavedDrafts", "%n note(s) are not saved.", "", 1) == "1 note is not saved."
    assert fmt.relative(now + timedelta(days=3, minutes=1), now) == "in 3 days"


def test_dates_money_and_numbers_follow_the_chosen_language(qapp, speak):
    day = date(2026, 3, 7)
    speak("sk")
    assert fmt.date(day) == "7. 3. 2026"
    assert fmt.money(1234.5, "EUR").replace("\u00a0", " ") == "1 234,50 €"
    assert fmt.number(1234567).replace("\u00a0", " ") == "1 234 567"
    speak("ru")
    assert fmt.date(day) == "07.03.2026"
    speak("en")
    assert fmt.date(day) == "07/03/2026" and fmt.number(1234567) == "1,234,567"


def test_the_language_comes_from_the_settings_or_the_system():
    assert resolve("ro") == "ro"
    assert resolve("auto", "sk_SK") == "sk" and resolve("auto", "ru_MD") == "ru" and resolve("auto", "cs-CZ") == "cs"
    assert resolve("auto", "de_DE") == "en" and resolve("auto", "C") == "en"
    with pytest.raises(languages.UnknownLanguage):
        resolve("de")


def test_the_settings_refuse_a_language_the_console_does_not_speak(tmp_path):
    from console.config import ConfigError, load_config

    path = tmp_path / "console.toml"
    path.write_text('[desktop]\nlanguage = "ro"\n', encoding="utf-8")
    assert load_config(path).language == "ro"
    path.write_text('[desktop]\nlanguage = "klingon"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="language"):
        load_config(path)


def test_dispositions_and_away_reasons_are_translated(qapp, speak):
    from console.listed_words import away_reason, disposition_label

    speak("sk")
    assert (disposition_label("Wrong number"), away_reason("lunch")) == ("Nesprávne číslo", "obed")
    speak("ro")
    assert (disposition_label("Wrong number"), away_reason("lunch")) == ("Număr greșit", "prânz")
    assert disposition_label("Our own label") == "Our own label"  # a site's own words stay as written


# ---- the window, switched while a call rings ---------------------------------------------------
@pytest.fixture
def make_app(qtbot, tmp_path, monkeypatch):
    apps = []

    def make(language: str = "en"):
        from console.app import ConsoleApp

        config = Config(path=None, data_dir=tmp_path / "data", log_dir=tmp_path / "log",
                        ctl_name=f"agent-console-qt-{time.monotonic_ns()}", language=language)
        app = ConsoleApp(config, with_phone=False)
        app.start()
        qtbot.waitUntil(lambda: app.ready, timeout=15000)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.shutdown()
        app.languages.remove()
        app.window.close()
        app.window.deleteLater()
    qtbot.wait(20)
    gc.collect()


def ring(app, call_id: str, answer: bool = False) -> None:
    app.desk.on_phone_event(ev.CallRinging(call_id=call_id, direction="in", number=CALLER, display_name="",
                                           remote_uri=f"sip:{CALLER}@x", withheld=False, number_source="From",
                                           received_ns=time.perf_counter_ns()))
    if answer:
        app.desk.on_phone_event(ev.CallAnswered(call_id))


def test_a_switch_rewords_the_window_and_keeps_the_ringing_call(make_app, qtbot):
    app = make_app("en")
    ring(app, "c1")
    qtbot.waitUntil(lambda: app.window.call_panel.buttons["answer"].isEnabled(), timeout=5000)
    panel = app.window.call_panel
    assert (panel.buttons["answer"].text(), app.window.cards.accessibleName()) == ("Answer", "Customer cards")
    app.use_language("sk")
    qtbot.waitUntil(lambda: panel.buttons["answer"].text() == "Prijať", timeout=5000)
    assert panel.state.text() == "Prichádzajúci hovor — zvoní" and panel.dial_button.text() == "Volať"
    assert app.window.cards.accessibleName() == "Karty zákazníkov"
    assert app.window.windowTitle().startswith("Agent Console — ")
    assert app.status()["ui_language"] == "sk"
    assert [(c["call_id"], c["state"]) for c in app.status()["calls"]] == [("c1", "ringing")]
    assert panel.buttons["answer"].isEnabled()  # still the ringing call, still answerable
    # the views built before the switch word themselves again: notes, card, picker, docks, menu, key tips
    window = app.window
    assert window.notes.title.text() == "POZNÁMKY" and window.notes.wrapup_button.text() == "Dohra hotová"
    card_words = [label.text() for label in window.cards.currentWidget().findChildren(QLabel)]
    assert "ZÁKAZNÍK" in card_words and "CUSTOMER" not in card_words
    assert window.sections["disposition"].title.text() == "VÝSLEDOK HOVORU"
    assert window.docks["after_call"].windowTitle() == "Po hovore"
    assert window.hotkeys["answer"].text() == "Prijať"
    qtbot.waitUntil(lambda: panel.buttons["answer"].toolTip().startswith("Prijať zvoniaci hovor ("), timeout=5000)
    app.use_language("en")
    qtbot.waitUntil(lambda: panel.buttons["answer"].text() == "Answer", timeout=5000)
    qtbot.waitUntil(lambda: panel.buttons["answer"].toolTip().startswith("Answer the ringing call ("), timeout=5000)
    assert window.notes.title.text() == "NOTES" and window.docks["after_call"].windowTitle() == "After the call"


# ---- pseudo-language: every word on screen must have passed through tr() --------------------------
PLACEHOLDER = re.compile(r"(\{+[A-Za-z_]*\}+|%[1-9n]|&(?=\w))")
ACCENTS = str.maketrans("aceinosuyACEINOSUY", "àçéîñöšûýÀÇÉÎÑÖŠÛÝ")


def pseudo(text: str) -> str:
    """«Àççéñtéd» text, its placeholders untouched."""
    parts = PLACEHOLDER.split(text)
    return "«" + "".join(p if PLACEHOLDER.fullmatch(p) else p.translate(ACCENTS) for p in parts) + "»"


def make_pseudo_qm(folder: Path) -> Path:
    """A pseudo translation of every text the .ts files know, compiled like the real ones."""
    tree = ET.parse(ROOT / "resources" / "translations" / "agent_console_sk.ts")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(3):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease"), "-silent", str(ts),
                    "-qm", str(qm)], check=True, timeout=60)
    return qm


def words_on_screen(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a visible widget shows or says: texts, tooltips, accessible
    names, placeholders, tab and header labels, window and dock titles, menus."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, kind: str, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__}#{widget.objectName() or '-'}.{kind}", text))

    widgets = [window, *[w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]]
    for w in widgets:
        add(w, "toolTip", w.toolTip())
        add(w, "accessibleName", w.accessibleName())
        if w.isWindow() or isinstance(w, QDockWidget):
            add(w, "windowTitle", w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(w, "text", w.text())
        if isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, QGroupBox):
            add(w, "title", w.title())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, f"item{i}", w.itemText(i))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, f"tab{i}", w.tabText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for column in range(model.columnCount()):
                add(w, f"header{column}", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for menu in window.menuBar().findChildren(QWidget):
        if hasattr(menu, "title"):
            add(menu, "title", menu.title())
            for action in menu.actions():
                add(menu, "action", action.text())
    return found


def outside_text(text: str) -> bool:
    """Numbers, clocks, the caller's number: not words the console writes."""
    return not re.search(r"[^\W\d_]", text) or CALLER in text


# Texts of views other engineers are changing now, by the file that shows them; the second pass
# wraps them in tr() and takes them out of here (the report of issue 14 lists the files). Every
# other text on screen without the pseudo markers fails this test.
SECOND_PASS: set[str] = set()
MENU: set[str] = set()  # shortcuts.py


def second_pass(where: str, text: str) -> bool:
    if where.startswith("QAbstractButton#qt_dockwidget_"):
        return True  # Qt's own parts (a dock's close button): Qt's words
    return text in (MENU if where.startswith("QMenu#callMenu.action") else SECOND_PASS)


def test_every_word_on_screen_went_through_tr(make_app, qtbot, tmp_path, monkeypatch):
    qm = make_pseudo_qm(tmp_path)
    monkeypatch.setattr(languages, "translation_file", lambda code: qm)
    app = make_app("sk")  # built in the pseudo-language from the start
    ring(app, "c1", answer=True)
    app.desk.on_phone_event(ev.CallEnded("c1", "Normal call clearing", 200, 3.0))  # the after-call views
    ring(app, "c2")  # and a customer ringing
    qtbot.waitUntil(lambda: app.window.call_panel.buttons["answer"].isEnabled(), timeout=5000)
    qtbot.wait(100)
    app.window.show()
    bypassed = sorted({f"{where}: {text!r}" for where, text in words_on_screen(app.window)
                       if "«" not in text and not outside_text(text) and not second_pass(where, text)})
    assert not bypassed, f"{len(bypassed)} texts on screen bypassed tr():\n" + "\n".join(bypassed)


@pytest.mark.parametrize("lang, cancel", [("sk", "Zrušiť"), ("cs", "Zrušit"), ("ro", "Anulează"), ("ru", "Отмена"),
                                          ("en", "Cancel")])
def test_standard_dialog_buttons_speak_the_language_too(qapp, speak, lang, cancel):
    from PySide6.QtWidgets import QDialogButtonBox

    speak(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
