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


# ---------------------------------------------------------------- hostile values (issue 9)
NUMERIC_KEYS = [("sip", "auto_answer_s"), ("sip", "rtp_port"), ("sip", "reregister_s"),
                ("sip", "max_calls_per_source"), ("sip", "rate_window_s"), ("crm", "timeout_ms"),
                ("wrapup", "max_s"), ("outbox", "timeout_s"), ("outbox", "first_retry_s"),
                ("outbox", "max_retry_s")]
ZERO_MEANINGLESS = {("sip", "reregister_s"), ("sip", "max_calls_per_source"), ("sip", "rate_window_s"),
                    ("crm", "timeout_ms"), ("outbox", "timeout_s"), ("outbox", "first_retry_s"),
                    ("outbox", "max_retry_s")}
BAD_NUMBERS = ["nan", "+nan", "inf", "-inf", "-1", "-0.5", "1e308", str(10**30), "true", '"5"']


@pytest.mark.parametrize(("section", "key"), NUMERIC_KEYS)
@pytest.mark.parametrize("value", BAD_NUMBERS)
def test_bad_numbers_are_refused_with_line_key_and_range(tmp_path, section, key, value):
    path = write(tmp_path, f'# a comment\n[{section}]\n{key} = {value}\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    message = str(err.value)
    assert f"line 3: [{section}] {key} must be" in message, message
    assert "between" in message, message  # the allowed range is named
    assert str(path) in message


@pytest.mark.parametrize(("section", "key"), sorted(ZERO_MEANINGLESS))
def test_zero_is_refused_where_it_means_nothing(tmp_path, section, key):
    with pytest.raises(ConfigError, match=rf"line 2: \[{section}\] {key} must be .*between"):
        load_config(write(tmp_path, f"[{section}]\n{key} = 0\n"))


def test_sensible_numbers_are_kept(tmp_path):
    cfg = load_config(write(tmp_path, (
        "[sip]\nauto_answer_s = 0\nrtp_port = 0\nreregister_s = 60\nmax_calls_per_source = 5\n"
        "rate_window_s = 30\n[crm]\ntimeout_ms = 800\n[wrapup]\nmax_s = 0\n"
        "[outbox]\ntimeout_s = 1\nfirst_retry_s = 0.1\nmax_retry_s = 1\n")))
    assert cfg.sip.auto_answer_s == 0.0 and cfg.sip.rtp_port == 0 and cfg.sip.reregister_s == 60
    assert cfg.crm.timeout_ms == 800
    assert (cfg.after_call.outbox_timeout_s, cfg.after_call.outbox_first_retry_s,
            cfg.after_call.outbox_max_retry_s) == (1.0, 0.1, 1.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[sip]\nrtp_port = 80\n", r"line 2: \[sip\] rtp_port must be 0 or between 1024 and 65000"),
        ("[sip]\nrtp_port = 5000.5\n", r"line 2: \[sip\] rtp_port must be a whole number"),
        ("[crm]\ntimeout_ms = 1500.0\n", r"line 2: \[crm\] timeout_ms must be a whole number"),
        ("[outbox]\nfirst_retry_s = 10\nmax_retry_s = 5\n",
         r"line 3: \[outbox\] max_retry_s must be at least first_retry_s \(10 seconds\)"),
        ('[sip]\nlisten = "127.0.0.1:0"\n', r"line 2: \[sip\] listen must be host:port with a port from 1 to 65535"),
        ('[sip]\nlisten = "127.0.0.1:70000"\n', r"line 2: \[sip\] listen must be host:port"),
        ('[sip]\nregistrar = "pbx:99999"\n', r"line 2: \[sip\] registrar must be host"),
        ('[sip]\ntrusted_hosts = ["ok", ""]\n', r"line 2: \[sip\] trusted_hosts must be a list of host"),
        ('[sip]\ntrusted_hosts = "10.0.0.1"\n', r"line 2: \[sip\] trusted_hosts must be a list"),
        ('[sip]\nuntrusted_missed_to_crm = 1\n', r"line 2: \[sip\] untrusted_missed_to_crm must be true or false"),
        ('[sip]\nsrtp = "yes"\n', r"line 2: \[sip\] srtp must be true or false"),
        ('[sip]\ndisplay_name = "Jana\\r\\nX-Evil: 1"\n', r"line 2: \[sip\] display_name must not contain control"),
        ('[sip]\nuser = "a b"\n', r"line 2: \[sip\] user must not contain spaces"),
        ('[crm]\nadapters = ["local", "../evil"]\n', r"line 2: \[crm\] adapters must be a list of adapter names"),
        ('[crm]\nadapters = []\n', r"line 2: \[crm\] adapters must be a list of adapter names"),
        ('[crm.acme]\ntype = "rest"\ntoken = "abc123"\n', r"line 3: \[crm.acme\] token holds a secret"),
        ('[crm.acme]\ntype = "rest"\n[crm.acme.auth]\npassword = "x"\n', r"line 4: \[crm.acme.auth\] password holds a secret"),
        ('[crm.acme]\ntimeout_ms = nan\n', r"line 2: \[crm.acme\] timeout_ms must be a finite number"),
        ('[crm.acme]\nrate = inf\n', r"line 2: \[crm.acme\] rate must be a finite number"),
        ('[agent]\nid = ""\n', r"line 2: \[agent\] id must be 1 to 64"),
        ('[ctl]\nname = "../../tmp/x"\n', r"line 2: \[ctl\] name must be"),
        ('[paths]\ndata_dir = ""\n', r"line 2: \[paths\] data_dir must be a folder path"),
        ('[agent]\nname = "' + "x" * 5000 + '"\n', r"line 2: \[agent\] name is longer than 4096"),
    ],
)
def test_bad_text_and_lists_name_the_line_and_key(tmp_path, text, expected):
    with pytest.raises(ConfigError, match=expected):
        load_config(write(tmp_path, text))


def test_tls_files_must_exist_and_be_readable(tmp_path):
    missing = tmp_path / "nowhere" / "ca.pem"
    with pytest.raises(ConfigError, match=r"line 3: \[sip\] tls_ca_file names a file that does not exist"):
        load_config(write(tmp_path, f'[sip]\ntransport = "tls"\ntls_ca_file = "{missing}"\n'))
    with pytest.raises(ConfigError, match=r"line 2: \[sip\] tls_ca_file names a file that does not exist"):
        load_config(write(tmp_path, f'[sip]\ntls_ca_file = "{tmp_path}"\n'))  # a folder
    cert = tmp_path / "cert.pem"
    cert.write_text("-----BEGIN CERTIFICATE-----\n")
    with pytest.raises(ConfigError, match=r"\[sip\] tls_key_file must be set too"):
        load_config(write(tmp_path, f'[sip]\ntls_cert_file = "{cert}"\n'))
    cfg = load_config(write(tmp_path, f'[sip]\ntransport = "tls"\ntls_ca_file = "{cert}"\n'))
    assert cfg.sip.tls_ca_file == str(cert)


def test_trusted_hosts_become_a_tuple_when_the_softphone_knows_them(tmp_path):
    cfg = load_config(write(tmp_path, '[sip]\ntrusted_hosts = ["10.0.0.5", "pbx.example.com"]\n'
                                      'untrusted_missed_to_crm = true\n'))
    if hasattr(cfg.sip, "trusted_hosts"):
        assert cfg.sip.trusted_hosts == ("10.0.0.5", "pbx.example.com")
        assert cfg.sip.untrusted_missed_to_crm is True


def _hostile_files(tmp_path: Path) -> dict[str, Path]:
    files = {}
    for name, content in {
        "nested_lists": b"[sip]\nx = " + b"[" * 5000 + b"\n",
        "nested_tables": b"x = " + b"{a=" * 5000 + b"\n",
        "dotted_keys": b"[crm.acme]\n" + b"a." * 5000 + b"b = 1\n",
        "binary": bytes(range(256)) * 40,
        "latin1": '[agent]\nname = "Nov\u00e1kov\u00e1"\n'.encode("latin-1"),
        "nul": b'[agent]\nname = "a\x00b"\n',
        "huge": b"# padding\n" * 1_000_000 + b"[agent]\nid = \"x\"\n",
        "huge_int": b"[crm]\ntimeout_ms = " + b"9" * 5000 + b"\n",
    }.items():
        files[name] = tmp_path / f"{name}.toml"
        files[name].write_bytes(content)
    files["folder"] = tmp_path / "a-folder.toml"
    files["folder"].mkdir()
    return files


EXPECTED_MESSAGE = {
    "nested_lists": "nested too deeply", "nested_tables": "nested too deeply",
    "dotted_keys": "nests tables more than", "binary": "not UTF-8 text", "latin1": "line 2: the config file is not UTF-8",
    "nul": "not valid TOML", "huge": "larger than 1 MB", "huge_int": "a number in it is far too long",
    "folder": "is a folder",
}


def test_hostile_files_give_one_clear_message(tmp_path):
    for name, path in _hostile_files(tmp_path).items():
        with pytest.raises(ConfigError) as err:
            load_config(path)
        assert EXPECTED_MESSAGE[name] in str(err.value), (name, str(err.value)[:300])
        assert len(str(err.value)) < 600, name


@pytest.mark.parametrize("command", [["doctor"], ["lookup", "0905123456"]])
def test_cli_reports_hostile_configs_in_one_line_without_a_traceback(tmp_path, command):
    files = _hostile_files(tmp_path)
    files["nan_timeout"] = write(tmp_path, "[outbox]\ntimeout_s = nan\n")
    files["inf_answer"] = tmp_path / "inf.toml"
    files["inf_answer"].write_text("[sip]\nauto_answer_s = inf\n")
    for name in ("nested_lists", "binary", "huge", "folder", "nan_timeout", "inf_answer", "huge_int"):
        out = subprocess.run([sys.executable, "-m", "console", "--config", str(files[name]), *command],
                             capture_output=True, text=True, timeout=60)
        assert out.returncode == 2, (name, out.stderr[-500:])
        assert "Traceback" not in out.stderr, (name, out.stderr[-2000:])
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), (name, out.stderr[-500:])
