"""SIP over TLS 1.2 with SDES-SRTP between two desk phones: the call connects, audio flows,
a TLS 1.0-only client is refused, and a server whose certificate no trusted authority signed
is refused unless tls_ca_file names that authority."""
from __future__ import annotations

import socket
import ssl
import time

import pytest
import trustme
from audio_check import levels
from sip_parties import DeskPhone


@pytest.fixture
def cert(tmp_path):
    """A private certificate authority (not in the system's trust store) and a certificate it
    issued for 127.0.0.1: (key, certificate, CA) file paths. RSA: the wheel's OpenSSL 1.0.2
    shares no cipher with an ECDSA key."""
    ca = trustme.CA(key_type=trustme.KeyType.RSA)
    leaf = ca.issue_cert("127.0.0.1", "localhost", key_type=trustme.KeyType.RSA)
    key, crt, ca_file = tmp_path / "key.pem", tmp_path / "cert.pem", tmp_path / "ca.pem"
    leaf.private_key_pem.write_to_path(str(key))
    leaf.cert_chain_pems[0].write_to_path(str(crt))
    ca.cert_pem.write_to_path(str(ca_file))
    return str(key), str(crt), str(ca_file)


def test_tls_and_srtp_call_carries_audio(phones, tones, tmp_path, cert):
    key, crt, ca = cert
    tls = {"transport": "tls", "srtp": True, "tls_cert_file": crt, "tls_key_file": key, "tls_ca_file": ca}
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


def test_a_server_certificate_from_an_untrusted_authority_is_refused(phones, tmp_path, cert):
    key, crt, ca = cert
    # the agent's own certificate chain must build from its CA list, so the agent names its CA
    agent = phones({"transport": "tls", "tls_cert_file": crt, "tls_key_file": key, "tls_ca_file": ca,
                    "auto_answer_s": 0})
    trusting_the_system = phones({"transport": "tls", "user": "customer"})  # no tls_ca_file
    cid = trusting_the_system.dial(f"agent@127.0.0.1:{agent.port}")
    ended = trusting_the_system.wait("CallEnded", call_id=cid, timeout=15)
    assert ended["status_code"] == 503 and "certificate" in ended["reason"].lower(), ended
    trusting_the_system.send("calls")
    trusting_the_system.wait("calls")
    agent.send("calls")
    assert agent.wait("calls")["calls"] == [], "the agent must never see the refused call"

    trusting_the_ca = phones({"transport": "tls", "user": "customer", "tls_ca_file": ca})
    cid = trusting_the_ca.dial(f"agent@127.0.0.1:{agent.port}")
    trusting_the_ca.wait("CallAnswered", call_id=cid, timeout=15)
    trusting_the_ca.send(f"hangup {cid}")
    trusting_the_ca.wait("CallEnded", call_id=cid)


@pytest.mark.parametrize("key", ["tls_ca_file", "tls_cert_file"])
def test_a_missing_tls_file_stops_the_phone_with_a_clear_reason(tmp_path, cert, key):
    files = dict(zip(("tls_key_file", "tls_cert_file", "tls_ca_file"), cert))
    files[key] = str(tmp_path / "gone.pem")
    phone = DeskPhone(str(tmp_path), {"transport": "tls", **files})
    try:
        assert phone.start_event["type"] == "start_failed", phone.start_event
        assert phone.start_event["reason"] == f"[sip] {key}: cannot read {tmp_path / 'gone.pem'}"
    finally:
        phone.stop()


def test_doctor_says_which_authorities_the_server_certificate_is_checked_against(cert):
    from sip_parties import free_port

    from cti.diagnostics import check_sip
    from cti.settings import SipSettings

    checks = {c.name: c for c in check_sip(SipSettings(listen=f"127.0.0.1:{free_port()}", transport="tls"))}
    assert checks["TLS CA list"].ok and "system's trust store" in checks["TLS CA list"].detail
    own = check_sip(SipSettings(listen=f"127.0.0.1:{free_port()}", transport="tls", tls_ca_file=cert[2]))
    assert [c.detail for c in own if c.name == "TLS CA list"] == [cert[2]]
