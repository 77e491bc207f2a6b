"""The settings dialog writes what the agent changed — and only that — into their config file:
their comments and order stay, a value the console could not start with is refused before the
file is touched, and a password goes to the keyring, never into the file (issue 14)."""
from __future__ import annotations

import stat

import keyring
import keyring.backends.fail
import pytest

from PySide6.QtCore import Qt

from console.config import load_config
from console.settings_dialog import SettingsDialog

from harness.memory_keyring import memory_keyring

CONFIG = """# Jana's desk, set up by IT on 2026-11-02
[agent]
id = "jana"   # the same id as in the team store
name = "Jana"

# the office PBX; ask Marek before changing it
[sip]
registrar = "10.0.0.5:5060"
user = "101"

[crm]
adapters = ["local"]
timeout_ms = 1500
"""


@pytest.fixture
def dialog(qtbot, tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    d = SettingsDialog(load_config(path))
    qtbot.addWidget(d)
    d.show()
    return d


def field(view, key):
    return next(f for f in view.page.fields if f.key == key)


def type_into(qtbot, view, key, text):
    widget = view.inputs[field(view, key)]
    line = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() is not None else widget
    line.selectAll()
    line.insert(text)  # as typed (QTest's key clicks cannot type "á")


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_save_keeps_comments_order_and_untouched_keys_and_puts_the_password_in_the_keyring(qtbot, dialog):
    path = dialog.path
    type_into(qtbot, dialog.view("you"), "name", "Jana Nováková")
    type_into(qtbot, dialog.view("phone"), "registrar", "pbx.example.com:5070")
    type_into(qtbot, dialog.view("phone"), "sip", "correct horse battery")
    with memory_keyring() as ring:
        save(qtbot, dialog)
        assert ring.kept[("agent-console", "sip")] == "correct horse battery"
    text = path.read_text()
    assert "correct horse battery" not in text
    for comment in ("# Jana's desk, set up by IT on 2026-11-02", "# the same id as in the team store",
                    "# the office PBX; ask Marek before changing it"):
        assert comment in text
    assert text.index("[agent]") < text.index("[sip]") < text.index("[crm]")
    assert 'name = "Jana Nováková"' in text and 'registrar = "pbx.example.com:5070"' in text
    assert 'user = "101"' in text and "timeout_ms = 1500" in text
    assert "[audio]" not in text and "listen" not in text, "keys the agent did not change stay out of the file"
    config = load_config(path)
    assert (config.agent.name, config.sip.registrar, config.agent.id) == ("Jana Nováková", "pbx.example.com:5070", "jana")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert str(path) in dialog.message.text()
    assert dialog.view("phone").text_of(field(dialog.view("phone"), "sip")) == "", "a typed password is not kept on screen"


def test_a_value_the_console_could_not_start_with_is_refused_and_the_file_left_alone(qtbot, dialog):
    before = dialog.path.read_text()
    type_into(qtbot, dialog.view("customers"), "timeout_ms", "fast")
    save(qtbot, dialog)
    assert dialog.path.read_text() == before
    assert dialog.message.text().startswith("Not saved:")
    assert "timeout_ms" in dialog.message.text()
    type_into(qtbot, dialog.view("customers"), "timeout_ms", "99999999")
    save(qtbot, dialog)
    assert dialog.path.read_text() == before and "timeout_ms" in dialog.message.text()
    type_into(qtbot, dialog.view("customers"), "timeout_ms", "2500")
    save(qtbot, dialog)
    assert "timeout_ms = 2500" in dialog.path.read_text()


def test_without_a_keyring_the_password_is_not_written_anywhere_and_the_agent_is_told_what_to_do(qtbot, dialog):
    type_into(qtbot, dialog.view("phone"), "sip", "s3cret")
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        save(qtbot, dialog)
    finally:
        keyring.set_keyring(before)
    assert "s3cret" not in dialog.path.read_text()
    assert "AGENT_CONSOLE_SECRET_SIP" in dialog.message.text()
    assert "not saved" in dialog.message.text()


def test_emptying_a_field_takes_the_key_out_so_the_default_applies_again(qtbot, dialog):
    type_into(qtbot, dialog.view("phone"), "registrar", "")
    save(qtbot, dialog)
    text = dialog.path.read_text()
    assert "registrar" not in text and "# the office PBX; ask Marek before changing it" in text
    assert load_config(dialog.path).sip.registrar == ""


def test_the_window_page_switches_theme_and_language_at_once_and_keeps_them(qtbot, console_apps):
    from console import theme

    app = console_apps(toml='[agent]\nid = "jana"\n')
    settings = next(f for f in app.installed if type(f).__name__ == "SettingsFeature")
    dialog = settings.open("window")
    window_page = dialog.view("window")
    window_page.set_text(field(window_page, "theme"), "dark")
    window_page.set_text(field(window_page, "language"), "sk")
    save(qtbot, dialog)
    assert theme.current().dark and app.languages.code == "sk"
    qtbot.waitUntil(lambda: app.window.call_panel.buttons["answer"].text() == "Prijať")  # re-worded on its next turn
    config = load_config(app.config.path)
    assert (config.theme, config.language) == ("dark", "sk")
    theme.current().choose("light")
