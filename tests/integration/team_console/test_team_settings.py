"""[team] long_call_s, service_target_s and service_target_share: read from the config file,
checked against their ranges with a sentence naming the key, and given to the lead's board."""
from __future__ import annotations

import pytest

from console.config import ConfigError, load_config


def test_the_team_settings_are_read_and_have_defaults(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[team]\nlong_call_s = 300\nservice_target_s = 15\nservice_target_share = 0.9\n", encoding="utf-8")
    config = load_config(path)
    assert (config.team_long_call_s, config.team_service_target_s, config.team_service_target_share) == (300, 15, 0.9)
    path.write_text("[team]\nurl = \"\"\n", encoding="utf-8")
    config = load_config(path)
    assert (config.team_long_call_s, config.team_service_target_s, config.team_service_target_share) == (600, 20, 0.8)


@pytest.mark.parametrize("line, words", [
    ("service_target_share = 80", "service_target_share"),
    ("service_target_s = 0", "service_target_s"),
    ("long_call_s = -5", "long_call_s"),
    ("long_call_s = \"ten minutes\"", "long_call_s"),
])
def test_a_team_setting_out_of_range_is_refused_with_the_key_and_the_line(tmp_path, line, words):
    path = tmp_path / "config.toml"
    path.write_text(f"[team]\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    assert words in str(refused.value) and "line 2" in str(refused.value)
