"""The first-run assistant takes a new agent from no config file to a saved one: their name
(and an id made from it), the office phone system or direct calls, where customers come from
(an imported file, the demo customers, a vendor CRM); secrets to the keyring, never the file;
Finish hands over to the restart with a test call (issue 14)."""
from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from console.config import Config, load_config
from console.first_run_assistant import FirstRunAssistant, agent_id_for

from harness.memory_keyring import memory_keyring


@pytest.fixture
def assistant(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config-home"))
    done = []
    wizard = FirstRunAssistant(Config(path=None, data_dir=tmp_path / "data"), lambda c, t: done.append((c, t)))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.done_with = done
    return wizard


def next_page(qtbot, wizard):
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_ids_are_made_from_names_people_write():
    assert agent_id_for("Jana Nováková") == "jana.novakova"
    assert agent_id_for("Ștefan Popescu-Ionescu") == "stefan.popescu.ionescu"
    assert agent_id_for("Пётр") == "agent"  # nothing left in ASCII: the agent types one


def test_a_new_agent_with_a_pbx_and_hubspot_ends_with_a_config_the_console_starts_with(qtbot, assistant):
    assert not assistant.path.exists()
    assert not assistant.button(assistant.WizardButton.NextButton).isEnabled(), "a name is needed first"
    qtbot.keyClicks(assistant.you.name, "Jana Novak")
    assert assistant.you.agent_id.text() == "jana.novak"
    assistant.you.role.setCurrentIndex(assistant.you.role.findData("lead"))
    next_page(qtbot, assistant)
    assistant.phone.registrar.setText("pbx.example.com:5060")
    assistant.phone.user.setText("101")
    assistant.phone.password.setText("sip-pass-101")
    next_page(qtbot, assistant)
    assistant.customers.choice.setCurrentIndex(assistant.customers.choice.findData("hubspot"))
    assistant.customers.vendor_inputs["hubspot"]["token"].setText("pat-eu1-secret")
    next_page(qtbot, assistant)
    assert assistant.finish.test_call.isChecked()
    with memory_keyring() as ring:
        qtbot.mouseClick(assistant.button(assistant.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
        assert ring.kept[("agent-console", "sip")] == "sip-pass-101"
        assert ring.kept[("agent-console", "hubspot_token")] == "pat-eu1-secret"
    text = assistant.path.read_text()
    assert "sip-pass-101" not in text and "pat-eu1-secret" not in text
    config = load_config(assistant.path)
    assert (config.agent.name, config.agent.id, config.agent.role) == ("Jana Novak", "jana.novak", "lead")
    assert (config.sip.registrar, config.sip.user) == ("pbx.example.com:5060", "101")
    assert config.crm.adapters == ("hubspot", "local")
    assert config.crm.tables["hubspot"]["token_secret"] == "hubspot_token"
    [(saved, test_call)] = assistant.done_with
    assert test_call is True and saved.agent.id == "jana.novak"


def test_direct_calls_and_an_imported_customer_list(qtbot, assistant, tmp_path):
    csv = tmp_path / "customers.csv"
    csv.write_text("name,company,phone\nMária Dlhá,Dlhá & syn,0905 111 222\nno phone here,,\n", encoding="utf-8")
    qtbot.keyClicks(assistant.you.name, "Petr")
    next_page(qtbot, assistant)
    assistant.phone.direct.setChecked(True)
    assistant.phone.listen.setText("0.0.0.0:5062")
    next_page(qtbot, assistant)
    assistant.customers.file.setText(str(csv))
    qtbot.mouseClick(assistant.customers.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: assistant.customers.import_button.isEnabled(), timeout=60_000)
    report = assistant.customers.result.text()
    assert "1" in report and "line 3" in report, report  # one imported, the bad row named by its line
    next_page(qtbot, assistant)
    assistant.finish.test_call.setChecked(False)
    qtbot.mouseClick(assistant.button(assistant.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    config = load_config(assistant.path)
    assert (config.sip.registrar, config.sip.listen, config.agent.id) == ("", "0.0.0.0:5062", "petr")
    assert assistant.done_with[0][1] is False
