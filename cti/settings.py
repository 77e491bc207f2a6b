"""Plain settings the console hands to the softphone (cti/ never reads config files)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SipSettings:
    listen: str = "127.0.0.1:5070"  # host:port to bind (UDP and TCP)
    registrar: str = ""  # "" = direct IP calls; else "host:port" or a sip: URI
    user: str = ""
    password: str = ""  # from keyring/env, filled in by the console
    domain: str = ""  # auth realm/domain; defaults to the registrar host
    transport: str = "udp"  # udp | tcp | tls
    display_name: str = ""
    auto_answer_s: float | None = None  # None = ring until the agent answers
    rtp_port: int = 0  # first RTP port; 0 = derived from the SIP port
    reregister_s: int = 300
    tls_ca_file: str = ""
    tls_cert_file: str = ""
    tls_key_file: str = ""
    srtp: bool = False  # SDES-SRTP, only with TLS
    record_dir: str = ""  # "" = recording off
    user_agent: str = "AgentConsole"


@dataclass(frozen=True)
class AudioSettings:
    capture: str = "default"  # device name, "default", "null", or "file:PATH.wav"
    playback: str = "default"  # device name, "default", "null", or "file:PATH.wav"
    ring_tone: str = ""  # WAV played on the playback device while a call rings
