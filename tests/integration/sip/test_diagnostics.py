"""`doctor`'s SIP and audio checks give verdicts that match reality."""
from __future__ import annotations

import socket

from sip_parties import free_port

from cti.diagnostics import check_audio, check_sip
from cti.settings import AudioSettings, SipSettings


def by_name(checks):
    return {c.name: c for c in checks}


def test_sip_checks_direct_and_with_registrar(kamailio):
    port = free_port()
    checks = by_name(check_sip(SipSettings(listen=f"127.0.0.1:{port}")))
    assert checks["SIP listen address"].ok and checks["SIP registrar"].ok
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as busy:
        busy.bind(("127.0.0.1", port))
        bad = by_name(check_sip(SipSettings(listen=f"127.0.0.1:{port}")))["SIP listen address"]
        assert not bad.ok and str(port) in bad.detail
    reg = f"127.0.0.1:{kamailio.port}"
    good = by_name(check_sip(SipSettings(listen=f"127.0.0.1:{port}", registrar=reg,
                                         user="jana", password="s3cret-jana")))
    assert good["SIP registrar reachable"].ok, good
    assert good["SIP registration"].ok, good
    wrong = by_name(check_sip(SipSettings(listen=f"127.0.0.1:{port}", registrar=reg,
                                          user="jana", password="nope")))
    assert not wrong["SIP registration"].ok and "password" in wrong["SIP registration"].detail
    gone = by_name(check_sip(SipSettings(listen=f"127.0.0.1:{port}",
                                         registrar=f"127.0.0.1:{free_port()}")))
    assert not gone["SIP registrar reachable"].ok


def test_audio_checks(tones, tmp_path):
    ok = by_name(check_audio(AudioSettings(capture=f"file:{tones[440]}",
                                           playback=f"file:{tmp_path}/out.wav")))
    assert ok["microphone"].ok and "8000 Hz" in ok["microphone"].detail and ok["speaker"].ok
    (tmp_path / "junk.wav").write_bytes(b"not a wav")
    bad = by_name(check_audio(AudioSettings(capture=f"file:{tmp_path}/junk.wav",
                                            playback=f"file:{tmp_path}/no/such/dir/x.wav")))
    assert not bad["microphone"].ok and not bad["speaker"].ok
    system = by_name(check_audio(AudioSettings()))  # "default" devices, checked in a child
    assert system["microphone"].detail  # a verdict either way; this machine may have no card
