"""The config file: defaults, real settings, and clear errors that name the line and key."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from console.config import ConfigError, load_config

GOOD = """
[agent]
id = "jana"
name = "Jana Nováková"
role = "lead"

[sip]
listen = "127.0.0.1:5072"
registrar = "127.0.0.1:5060"
user = "1001"
transport = "tcp"
default_region = "CZ"

[audio]
capture = "file:/tmp/in.wav"
playback = "null"

[crm]
adapters = ["local", "hubspot"]
timeout_ms = 900

[crm.hubspot]
token_secret = "hubspot"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_every_section(tmp_path):
    cfg = load_config(write(tmp_path, GOOD))
    assert cfg.agent.name == "Jana Nováková" and cfg.agent.role == "lead"
    assert cfg.sip.listen == "127.0.0.1:5072" and cfg.sip.transport == "tcp"
    assert cfg.default_region == "CZ"
    assert cfg.audio.capture == "file:/tmp/in.wav"
    assert cfg.crm.adapters == ("local", "hubspot") and cfg.crm.timeout_ms == 900
    assert cfg.crm.tables["hubspot"] == {"token_secret": "hubspot"}


def test_missing_default_file_means_defaults():
    cfg = load_config(None)
    assert cfg.path is None and cfg.sip.listen == "127.0.0.1:5070" and cfg.crm.adapters == ("local",)


def test_missing_explicit_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[sip]\nlisten = "127.0.0.1:5070"\ntransport = 5\n', r"line 3: \[sip\] transport must be text"),
        ('[sip]\nlisten = "no port"\n', r"line 2: \[sip\] listen must be host:port"),
        ('[sip]\ndefault_region = "Slovakia"\n', r"line 2: \[sip\] default_region must be a two-letter"),
        ('[agent]\nrole = "boss"\n', r"line 2: \[agent\] role must be agent, trainee or lead"),
        ('[agent]\n\nnmae = "x"\n', r"line 3: \[agent\] nmae is not a known setting"),
        ('[crm]\nadapters = "local"\n', r"\[crm\] adapters must be a list"),
        ('[telephony]\nx = 1\n', r"unknown section \[telephony\]"),
        ('[sip\nlisten = 1\n', r"not valid TOML.*line 1"),
        ('[sip]\npassword = "hunter2"\n', r"\[sip\] password is not a known setting"),
    ],
)
def test_bad_files_name_the_line_and_key(tmp_path, text, expected):
    with pytest.raises(ConfigError, match=expected):
        load_config(write(tmp_path, text))


def test_cli_reports_a_bad_config_without_a_traceback(tmp_path):
    path = write(tmp_path, '[sip]\ntransport = "carrier-pigeon"\n')
    out = subprocess.run([sys.executable, "-m", "console", "--config", str(path), "lookup", "0905123456"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2
    assert "line 2: [sip] transport must be udp, tcp or tls" in out.stderr
    assert "Traceback" not in out.stderr
