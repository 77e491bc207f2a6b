"""The settings dialog's "Test" buttons try the settings as typed — before they are saved —
against the real thing: the registrar answers a REGISTER (Kamailio with digest passwords), the
speaker gets a tone and the microphone's level is measured, the CRM finds a customer, the team
store opens (issue 14). Nothing is written to the config file by a test."""
from __future__ import annotations

import subprocess
import sys

import pytest
from audio_check import levels
from sip_parties import free_port

from PySide6.QtCore import Qt

from cti.tones import write_tone

from console.config import load_config
from console.settings_dialog import SettingsDialog


@pytest.fixture
def open_dialog(qtbot, tmp_path):
    def make(text: str = "") -> SettingsDialog:
        path = tmp_path / "config.toml"
        path.write_text(text or '[agent]\nid = "jana"\n')
        dialog = SettingsDialog(load_config(path))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def put(view, key, text):
    f = next(f for f in view.page.fields if f.key == key)
    view.set_text(f, text)


def press_test(qtbot, dialog, page: str) -> str:
    view = dialog.view(page)
    dialog.show_page(page)
    qtbot.mouseClick(view.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.test_button.isEnabled(), timeout=90_000)
    return view.results.text()


def test_sip_test_registers_with_the_typed_password_and_reports_the_registrar_answer(qtbot, open_dialog, kamailio):
    dialog = open_dialog()
    before = dialog.path.read_text()
    phone = dialog.view("phone")
    put(phone, "registrar", f"127.0.0.1:{kamailio.port}")
    put(phone, "user", "jana")
    put(phone, "listen", f"127.0.0.1:{free_port()}")
    put(phone, "sip", "wrong-password")
    answer = press_test(qtbot, dialog, "phone")
    assert "✗ SIP registration: registrar answered 401" in answer or "✗ SIP registration: registrar answered 403" in answer
    assert "check user and password" in answer
    put(phone, "sip", "s3cret-jana")
    answer = press_test(qtbot, dialog, "phone")
    assert "✓ SIP registration: registered as jana at 127.0.0.1" in answer, answer
    assert dialog.path.read_text() == before, "a test never writes the config file"
    assert "s3cret-jana" not in answer


def test_sip_test_of_a_registrar_nobody_runs_says_so(qtbot, open_dialog):
    dialog = open_dialog()
    phone = dialog.view("phone")
    put(phone, "registrar", f"127.0.0.1:{free_port()}")
    put(phone, "user", "jana")
    put(phone, "transport", "tcp")
    put(phone, "listen", f"127.0.0.1:{free_port()}")
    answer = press_test(qtbot, dialog, "phone")
    assert "✗" in answer and "registrar" in answer.lower()


def test_audio_test_plays_a_tone_on_the_chosen_speaker_and_measures_the_microphone(qtbot, open_dialog, tmp_path):
    mic = write_tone(str(tmp_path / "voice.wav"), 1000, 1.0)
    ear = tmp_path / "speaker.wav"
    dialog = open_dialog()
    sound = dialog.view("sound")
    put(sound, "capture", f"file:{mic}")
    put(sound, "playback", f"file:{ear}")
    answer = press_test(qtbot, dialog, "sound")
    assert "✓ test tone: a 440 Hz tone played" in answer, answer
    assert "✓ microphone level: the microphone's loudest moment reached" in answer, answer
    heard = levels(str(ear), 0.2, 1.2, (440, 1000))
    assert heard[440] > -30, heard
    assert heard[440] - heard[1000] > 30, "the microphone is not played back into the speaker"


def test_audio_test_with_a_silent_microphone_says_it_stayed_silent(qtbot, open_dialog, tmp_path):
    silence = write_tone(str(tmp_path / "silence.wav"), 1000, 1.0, amplitude=0.0)
    dialog = open_dialog()
    sound = dialog.view("sound")
    put(sound, "capture", f"file:{silence}")
    put(sound, "playback", "null")
    answer = press_test(qtbot, dialog, "sound")
    assert "✗ microphone level: the microphone stayed silent" in answer, answer


def test_crm_test_looks_the_number_up_and_shows_the_card(qtbot, open_dialog, tmp_path):
    csv = tmp_path / "customers.csv"
    csv.write_text("name,company,phone\nMária Dlhá,Dlhá & syn s.r.o.,0905 111 222\n", encoding="utf-8")
    db = tmp_path / "crm.db"
    config = tmp_path / "import.toml"
    config.write_text(f'[crm.local]\nurl = "sqlite:///{db}"\n')
    subprocess.run([sys.executable, "-m", "console", "--config", str(config), "crm", "import", str(csv)],
                   check=True, capture_output=True)
    dialog = open_dialog()
    customers = dialog.view("customers")
    put(customers, "url", f"sqlite:///{db}")
    customers.number.setText("+421 905 111 222")
    answer = press_test(qtbot, dialog, "customers")
    assert "✓ found: Mária Dlhá, Dlhá & syn s.r.o. (from local)" in answer, answer
    customers.number.setText("0944 000 000")
    assert "no customer with this number" in press_test(qtbot, dialog, "customers")


def test_team_test_connects_or_says_why_not(qtbot, open_dialog, tmp_path):
    dialog = open_dialog()
    team = dialog.view("team")
    put(team, "url", f"sqlite:///{tmp_path / 'team.db'}")
    assert "✓ team store: connected (SQLite)" in press_test(qtbot, dialog, "team")
    put(team, "url", f"postgresql://nobody@127.0.0.1:{free_port()}/team")
    answer = press_test(qtbot, dialog, "team")
    assert "✗ team store: cannot open the team store (PostgreSQL)" in answer, answer
