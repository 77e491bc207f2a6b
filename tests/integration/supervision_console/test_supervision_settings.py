"""[supervision] in the configuration file: the three policy keys with their defaults, and a
wrong value named with its file, line and key."""
from __future__ import annotations

import pytest

from console.config import ConfigError, SupervisionSettings, load_config


def test_the_policy_keys_are_read_and_default_to_the_site_friendly_values(tmp_path):
    plain = tmp_path / "plain.toml"
    plain.write_text('[agent]\nid = "jana"\n', encoding="utf-8")
    assert load_config(plain).supervision == SupervisionSettings(False, True, True)
    site = tmp_path / "site.toml"
    site.write_text("[supervision]\ndtmf_switch = true\nagent_sees_monitoring = false\nbarge_tone = false\n",
                    encoding="utf-8")
    assert load_config(site).supervision == SupervisionSettings(True, False, False)


@pytest.mark.parametrize("line, words", [
    ('dtmf_switch = "yes"', "[supervision] dtmf_switch must be true or false"),
    ("listen_secretly = true", "[supervision] listen_secretly is not a known setting"),
])
def test_a_wrong_supervision_setting_names_the_file_line_and_key(tmp_path, line, words):
    cfg = tmp_path / "bad.toml"
    cfg.write_text(f"[supervision]\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_config(cfg)
    assert words in str(refused.value) and "bad.toml, line 2" in str(refused.value), str(refused.value)


def test_doctor_warns_when_the_team_secret_is_missing_and_is_content_when_it_is_there(tmp_path):
    import json
    import os
    import subprocess
    import sys

    cfg = tmp_path / "c.toml"
    cfg.write_text(f'[paths]\ndata_dir = "{tmp_path / "data"}"\nlog_dir = "{tmp_path / "log"}"\n'
                   '[audio]\ncapture = "null"\nplayback = "null"\n', encoding="utf-8")

    def team_secret(env: dict) -> dict:
        out = subprocess.run([sys.executable, "-m", "console", "--config", str(cfg), "doctor", "--json"],
                             capture_output=True, text=True, timeout=120, env=env)
        return next(v for v in json.loads(out.stdout) if (v["area"], v["name"]) == ("team", "team secret"))

    without = {k: v for k, v in os.environ.items() if k != "AGENT_CONSOLE_SECRET_TEAM"}
    missing = team_secret({**without, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert missing["verdict"] == "WARN" and "AGENT_CONSOLE_SECRET_TEAM" in missing["detail"]
    found = team_secret({**without, "AGENT_CONSOLE_SECRET_TEAM": "s3cret"})
    assert found["verdict"] == "OK" and "s3cret" not in json.dumps(found)
