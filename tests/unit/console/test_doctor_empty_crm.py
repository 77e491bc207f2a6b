"""`agent-console doctor` on a fresh workstation: an empty local CRM is a warning with what to do."""
from __future__ import annotations

import json
import subprocess
import sys

from console.commands.demo import free_udp_port


def doctor(config) -> tuple[int, list[dict], str]:
    run = subprocess.run([sys.executable, "-m", "console", "--config", str(config), "doctor", "--json"],
                         capture_output=True, text=True, timeout=120)
    return run.returncode, json.loads(run.stdout), run.stderr


def test_an_empty_local_crm_is_a_warning_that_says_how_to_import(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\n'
                      '[audio]\ncapture = "null"\nplayback = "null"\n', encoding="utf-8")
    code, verdicts, err = doctor(config)
    (empty,) = [v for v in verdicts if v["area"] == "crm" and v["name"] == "local customers"]
    assert empty["verdict"] == "WARN", verdicts
    assert "empty" in empty["detail"] and "agent-console crm import FILE" in empty["detail"]
    assert code == 0, err  # a warning is not a failure

    people = tmp_path / "customers.csv"
    people.write_text("name,phone\nJán Kováč,0905 123 456\n", encoding="utf-8")
    imported = subprocess.run([sys.executable, "-m", "console", "--config", str(config), "crm", "import", str(people)],
                              capture_output=True, text=True, timeout=120)
    assert imported.returncode == 0, imported.stderr
    code, verdicts, err = doctor(config)
    (filled,) = [v for v in verdicts if v["area"] == "crm" and v["name"] == "local customers"]
    assert (filled["verdict"], filled["detail"]) == ("OK", "1 customer to recognise")
    assert code == 0, err


def test_the_text_report_shows_the_warning(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(f'[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\n'
                      '[audio]\ncapture = "null"\nplayback = "null"\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "console", "--config", str(config), "doctor"],
                         capture_output=True, text=True, timeout=120)
    (line,) = [ln for ln in run.stdout.splitlines() if "local customers" in ln]
    assert line.startswith("WARN") and "agent-console crm import FILE" in line
