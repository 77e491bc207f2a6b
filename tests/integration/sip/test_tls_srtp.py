"""SIP over TLS 1.2 with SDES-SRTP between two desk phones: the call connects, audio flows,
and a TLS 1.0-only client is refused."""
from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import time

import pytest

from audio_check import levels

pytestmark = pytest.mark.skipif(not shutil.which("openssl"), reason="openssl CLI missing")


@pytest.fixture
def cert(tmp_path):
    key, crt = str(tmp_path / "key.pem"), str(tmp_path / "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                    "-out", crt, "-days", "2", "-subj", "/CN=127.0.0.1"],
                   check=True, capture_output=True)
    return key, crt


def test_tls_and_srtp_call_carries_audio(phones, tones, tmp_path, cert):
    key, crt = cert
    tls = {"transport": "tls", "srtp": True, "tls_cert_file": crt, "tls_key_file": key}
    rec = str(tmp_path / "agent.wav")
    agent = phones({**tls, "auto_answer_s": 0}, {"capture": "null", "playback": f"file:{rec}"})
    customer = phones({**tls, "user": "customer"}, {"capture": f"file:{tones[440]}", "playback": "null"})
    cid = customer.dial(f"agent@127.0.0.1:{agent.port}")
    answered = agent.wait("CallAnswered", timeout=10)
    customer.wait("CallAnswered", call_id=cid)
    time.sleep(1.5)
    customer.send(f"hangup {cid}")
    agent.wait("CallEnded", call_id=answered["call_id"])
    agent.stop()
    start = answered["ts"] - agent.start_event["ts"]
    heard = levels(rec, start + 0.3, start + 1.3, (440,))
    assert heard[440] > -35, heard
    # TLS 1.2 only: a TLS 1.2 client gets a session, a client offering only TLS 1.0 does not.
    other = phones(tls)

    def handshake(version: ssl.TLSVersion) -> str:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
        ctx.minimum_version = ctx.maximum_version = version
        with socket.create_connection(("127.0.0.1", other.port), timeout=3) as raw:
            with ctx.wrap_socket(raw) as conn:
                return conn.version()

    assert handshake(ssl.TLSVersion.TLSv1_2) == "TLSv1.2"
    with pytest.raises((ssl.SSLError, ConnectionError, OSError)):
        handshake(ssl.TLSVersion.TLSv1)
