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
    # Caller identity (P-Asserted-Identity, Remote-Party-ID) is believed only from the
    # registrar's host and these: IP addresses, CIDR networks ("10.1.0.0/16") or host names.
    trusted_hosts: tuple[str, ...] = ()
    untrusted_missed_to_crm: bool = False  # log missed calls from untrusted hosts in the CRM too
    max_calls_per_source: int = 10  # new calls one host (or, via a trusted host, one number) may
    rate_window_s: float = 10.0  # start in this many seconds; more are refused with 503


@dataclass(frozen=True)
class AudioSettings:
    capture: str = "default"  # device name, "default", "null", or "file:PATH.wav"
    playback: str = "default"  # device name, "default", "null", or "file:PATH.wav"
    ring_tone: str = ""  # WAV played on the playback device while a call rings
