"""[supervision] strategy and [supervision.pbx] as a site writes them: read with ChanSpy-style
defaults; a code that is not digits, *, # and {ext} stops the console at start and doctor with
the file, line and key; doctor shows what the codes dial and fails without a registrar."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from console.config import ConfigError, load_config


def write(tmp_path, body: str):
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[paths]\ndata_dir = "{tmp_path / "data"}"\nlog_dir = "{tmp_path / "log"}"\n'
                   '[audio]\ncapture = "null"\nplayback = "null"\n' + body, encoding="utf-8")
    return cfg


def run(cfg, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "console", "--config", str(cfg), *args], capture_output=True,
                          text=True, timeout=120, env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
                                                       "AGENT_CONSOLE_SECRET_SIP": "x"})


def test_the_codes_are_read_with_chanspy_style_defaults(tmp_path):
    settings = load_config(write(tmp_path, "")).supervision
    assert settings.strategy == "console" and settings.pbx.codes["listen"] == "*222{ext}"
    site = load_config(write(tmp_path, '[supervision]\nstrategy = "pbx"\n[supervision.pbx]\nwhisper = "#7{ext}#"\n'
                                       'barge = ""\nswitch_dtmf = {listen = "4", whisper = "5"}\n')).supervision
    assert site.strategy == "pbx"
    assert dict(site.pbx.codes) == {"listen": "*222{ext}", "whisper": "#7{ext}#", "barge": ""}
    assert dict(site.pbx.switch_keys) == {"listen": "4", "whisper": "5"}


@pytest.mark.parametrize("lines, words", [
    ('[supervision]\nstrategy = "chanspy"', '[supervision] strategy must be "console" or "pbx"'),
    ('[supervision.pbx]\nlisten = "*222{ext};transport=tcp"', "[supervision.pbx] listen must be digits, * and #"),
    ('[supervision.pbx]\nwhisper = "*223"', "[supervision.pbx] whisper must be digits, * and # with {ext}"),
    ('[supervision.pbx]\nbarge = 224', '[supervision.pbx] barge must be text in quotes'),
    ('[supervision.pbx]\nswitch_dtmf = {whisper = "5 "}', "[supervision.pbx] switch_dtmf must give 1 to 8 keys"),
    ('[supervision.pbx]\nswitch_dtmf = {spy = "4"}', "[supervision.pbx] switch_dtmf names 'spy', which is not a mode"),
    ('[supervision.pbx]\nmonitor = "*222{ext}"', "[supervision.pbx] monitor is not a known setting"),
])
def test_a_bad_code_is_named_with_its_line_at_start_and_in_doctor(tmp_path, lines, words):
    cfg = write(tmp_path, lines + "\n")
    with pytest.raises(ConfigError) as refused:
        load_config(cfg)
    assert words in str(refused.value) and "c.toml, line 8" in str(refused.value), str(refused.value)
    doctor = run(cfg, "doctor", "--only", "team")
    assert doctor.returncode == 2 and words in doctor.stderr, doctor.stderr
    console = run(cfg)  # the console itself does not start
    assert console.returncode == 2 and words in console.stderr, console.stderr


def test_doctor_shows_what_the_codes_dial_and_fails_without_a_registrar(tmp_path):
    body = ('[agent]\nid = "petr"\nrole = "lead"\n[sip]\nregistrar = "pbx.example.com:5060"\nuser = "900"\n'
            '[supervision]\nstrategy = "pbx"\n[supervision.pbx]\nbarge = ""\nswitch_dtmf = {whisper = "5"}\n')
    out = run(write(tmp_path, body), "doctor", "--only", "team", "--json")
    verdict = next(v for v in json.loads(out.stdout) if v["name"] == "supervision by PBX")
    assert verdict["verdict"] == "OK"
    assert "listen sip:*222900@pbx.example.com:5060; whisper sip:*223900@pbx.example.com:5060;" in verdict["detail"]
    assert "barge" not in verdict["detail"].split("switch keys")[0] and "switch keys: whisper 5" in verdict["detail"]
    assert "checks no roles" in verdict["detail"]

    (tmp_path / "c.toml").unlink()
    out = run(write(tmp_path, body.replace('registrar = "pbx.example.com:5060"\n', "")), "doctor", "--only", "team",
              "--json")
    verdict = next(v for v in json.loads(out.stdout) if v["name"] == "supervision by PBX")
    assert out.returncode == 1 and verdict["verdict"] == "FAIL"
    assert verdict["detail"].startswith("Supervision through the PBX needs the PBX: set [sip] registrar")
