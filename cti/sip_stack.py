"""Endpoint, transports and account: the pjsua2 plumbing under the softphone.

Binds SIP and RTP to the address in `listen` (the machine's default address is often not the
one wanted), gives every process its own RTP port range derived from its SIP port so several
phones on one machine never fight over ports, and turns pjsua2 errors into sentences.
Runs on the SIP thread only.
"""
from __future__ import annotations

import logging
import os
import re
import socket
import ssl
import sys
from typing import Callable

import pjsua2 as pj

from .problems import Problem
from .settings import SipSettings

log = logging.getLogger(__name__)
pj_log = logging.getLogger("cti.pjsip")

RTP_PORTS_PER_PHONE = 64
MAX_CALLS = 4  # the wheel is built with PJSUA_MAX_CALLS 4; more is silently capped
_DIGITS = re.compile(r"\+?\d{6,}")  # phone numbers; ports (5 digits at most) stay readable


class SoftphoneError(Problem):
    """The softphone cannot start or cannot do what was asked; the message says why (``code`` and
    ``params`` say it for the console to word)."""

    code = "sip.problem"


class _LogWriter(pj.LogWriter):
    """pjsip's log into Python logging, with long digit runs (phone numbers) masked."""

    def write(self, entry: pj.LogEntry) -> None:
        try:
            msg = _DIGITS.sub(lambda m: m.group(0)[:4] + "***", str(entry.msg).rstrip())
            pj_log.log(logging.WARNING if entry.level <= 2 else logging.DEBUG, "%s", msg)
        except Exception:  # noqa: BLE001
            pass


def split_host_port(listen: str, default_port: int = 5060) -> tuple[str, int]:
    """'127.0.0.1:5070' -> ('127.0.0.1', 5070); '[::1]:5070' and bare hosts work too."""
    text = (listen or "").strip()
    m = re.fullmatch(r"\[([^\]]+)\](?::(\d+))?", text) or re.fullmatch(r"([^:]*)(?::(\d+))?", text)
    if not m:
        raise SoftphoneError(f"listen address {listen!r} is not HOST:PORT", code="sip.bad_listen_address",
                             params={"address": listen})
    host, port = m.group(1) or "0.0.0.0", int(m.group(2)) if m.group(2) else default_port
    if not 0 <= port <= 65535:
        raise SoftphoneError(f"port {port} in {listen!r} is out of range", code="sip.bad_port",
                             params={"port": port, "address": listen})
    try:
        socket.getaddrinfo(host, None)
    except socket.gaierror:
        raise SoftphoneError(f"listen address {host!r} is not an address of this machine",
                             code="sip.not_this_machine", params={"address": host}) from None
    return host, port


def rtp_start_port(sip: SipSettings, sip_port: int) -> int:
    """First RTP port: configured, or derived from the SIP port (even, in 16000..59999)."""
    if sip.rtp_port:
        return sip.rtp_port
    return 16000 + (sip_port * RTP_PORTS_PER_PHONE) % 44000 // 2 * 2


def _quietly(fn: Callable[[], None]) -> None:
    """pjlib prints its start-up lines to stdout before our log settings apply; send them to
    stderr so stdout stays clean for programs that speak through it (simulate-call, ctl)."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
    except (OSError, ValueError):
        fn()
        return
    try:
        os.dup2(2, 1)
        fn()
    finally:
        _flush_c_stdio()  # C's stdout buffer (full when stdout is a file) goes out while fd 1 is stderr
        os.dup2(saved, 1)
        os.close(saved)


def _flush_c_stdio() -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None) if os.name != "nt" else ctypes.cdll.msvcrt
        libc.fflush(None)
    except (OSError, AttributeError):
        pass


def create_endpoint(sip: SipSettings, endpoint_class: type = pj.Endpoint) -> tuple[pj.Endpoint, _LogWriter]:
    ep = endpoint_class()
    _quietly(ep.libCreate)
    cfg = pj.EpConfig()
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = False
    # Each call's RTP+RTCP sockets take 2 of the 64 handles of the wheel's select ioqueue,
    # and a closed socket's handle returns only after 500 ms; running out aborts the process.
    # Capping calls (pjsua answers 486 before creating media) keeps a flood from doing that.
    cfg.uaConfig.maxCalls = MAX_CALLS
    cfg.uaConfig.userAgent = sip.user_agent
    writer = _LogWriter()
    cfg.logConfig.writer = writer
    # Every line pjsip logs is a call into Python on the SIP thread, and each such call must
    # win the GIL back from the console's other threads: at level 3 (a dozen lines a call)
    # that was most of an auto-answer's time. Warnings and errors only, unless the
    # "cti.pjsip" logger is set to DEBUG.
    level = 3 if pj_log.isEnabledFor(logging.DEBUG) else 2
    cfg.logConfig.level = level
    cfg.logConfig.consoleLevel = level
    cfg.logConfig.decor = 0
    cfg.medConfig.noVad = True
    cfg.medConfig.ecTailLen = 0
    # Keep the (null) sound device open: pjmedia 2.14+ removes a finished call's bridge port
    # on the bridge's clock tick, and a closed device stops the clock, so ports pile up until
    # the bridge is full ("Too many objects") — measured: one port per call.
    cfg.medConfig.sndAutoCloseTime = -1
    try:
        ep.libInit(cfg)
    except pj.Error as exc:
        ep.libDestroy()
        raise SoftphoneError(f"the SIP library did not start: {exc.reason}", code="sip.library_failed",
                             params={"reason": exc.reason}) from None
    return ep, writer


def create_transports(ep: pj.Endpoint, sip: SipSettings, host: str, port: int) -> int:
    """Bind SIP transports; returns the bound port (useful when port was 0)."""
    kinds = {"udp": [pj.PJSIP_TRANSPORT_UDP, pj.PJSIP_TRANSPORT_TCP],
             "tcp": [pj.PJSIP_TRANSPORT_UDP, pj.PJSIP_TRANSPORT_TCP],
             "tls": [pj.PJSIP_TRANSPORT_TLS]}.get(sip.transport.lower())
    if kinds is None:
        raise SoftphoneError(f"transport {sip.transport!r} is not udp, tcp or tls", code="sip.bad_transport",
                             params={"transport": sip.transport})
    if ":" in host:  # IPv6 address
        six = {pj.PJSIP_TRANSPORT_UDP: pj.PJSIP_TRANSPORT_UDP6,
               pj.PJSIP_TRANSPORT_TCP: pj.PJSIP_TRANSPORT_TCP6,
               pj.PJSIP_TRANSPORT_TLS: pj.PJSIP_TRANSPORT_TLS6}
        kinds = [six[k] for k in kinds]
    bound = port
    for kind in kinds:
        tc = pj.TransportConfig()
        tc.port = bound
        if host not in ("0.0.0.0", "::"):
            tc.boundAddress = host
            tc.publicAddress = host
        if kind == pj.PJSIP_TRANSPORT_TLS:
            _tls(tc, sip)
        name = {pj.PJSIP_TRANSPORT_UDP: "UDP", pj.PJSIP_TRANSPORT_TCP: "TCP",
                pj.PJSIP_TRANSPORT_UDP6: "UDP", pj.PJSIP_TRANSPORT_TCP6: "TCP"}.get(kind, "TLS")
        try:
            tid = ep.transportCreate(kind, tc)
        except pj.Error as exc:
            reason = exc.reason or exc.info()
            hint = " (is another program using this port?)" if "in use" in reason.lower() else ""
            raise SoftphoneError(
                f"cannot listen for SIP on {host}:{bound}/{name}: {reason}{hint}",
                code="sip.port_in_use" if hint else "sip.cannot_listen",
                params={"host": host, "port": bound, "transport": name, "reason": reason}) from None
        if bound == 0:
            bound = int(ep.transportGetInfo(tid).localName.rsplit(":", 1)[1])
    return bound


def system_ca_file() -> str:
    """The system's trusted certificate authorities as one PEM file ("" if none is found).
    pjsua2's bundled OpenSSL does not find the system's store by itself."""
    paths = ssl.get_default_verify_paths()
    candidates = [os.environ.get("SSL_CERT_FILE"), paths.cafile, paths.openssl_cafile,
                  "/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
                  "/etc/ssl/cert.pem"]
    try:
        import certifi  # Windows and macOS keep their store out of files; certifi is Mozilla's

        candidates.append(certifi.where())
    except ImportError:
        pass
    return next((c for c in candidates if c and os.path.isfile(c) and os.access(c, os.R_OK)), "")


def tls_ca_file(sip: SipSettings) -> str:
    """The CA list the server's certificate is checked against: tls_ca_file, else the system's."""
    return sip.tls_ca_file or system_ca_file()


def _tls(tc: pj.TransportConfig, sip: SipSettings) -> None:
    for key in ("tls_ca_file", "tls_cert_file", "tls_key_file"):
        path = getattr(sip, key)
        if path and not (os.path.isfile(path) and os.access(path, os.R_OK)):
            raise SoftphoneError(f"[sip] {key}: cannot read {path}", code="sip.tls_file_unreadable",
                                 params={"key": key, "path": path})
    ca = tls_ca_file(sip)
    if not ca:
        raise SoftphoneError("SIP over TLS needs trusted certificate authorities and none were found "
                             "on this system: set [sip] tls_ca_file to a PEM file", code="sip.no_tls_authorities")
    tls = tc.tlsConfig
    tls.method = pj.PJSIP_TLSV1_2_METHOD
    tls.proto = pj.PJ_SSL_SOCK_PROTO_TLS1_2
    tls.CaListFile = ca
    tls.certFile = sip.tls_cert_file
    tls.privKeyFile = sip.tls_key_file
    tls.verifyServer = True  # a server whose certificate no trusted CA signed is refused


def registrar_uri(sip: SipSettings) -> str:
    reg = sip.registrar.strip()
    if not reg:
        return ""
    uri = reg if reg.lower().startswith(("sip:", "sips:")) else f"sip:{reg}"
    if sip.transport.lower() in ("tcp", "tls") and ";transport=" not in uri:
        uri += f";transport={sip.transport.lower()}"
    return uri


def registrar_host(sip: SipSettings) -> str:
    """'host:port' of the registrar without scheme or parameters."""
    reg = re.sub(r"^sips?:", "", sip.registrar.strip(), flags=re.I)
    return reg.split(";", 1)[0].split("@")[-1]


def account_config(sip: SipSettings, host: str, port: int) -> pj.AccountConfig:
    cfg = pj.AccountConfig()
    reg = registrar_uri(sip)
    if reg:
        ident = f"sip:{sip.user}@{sip.domain or registrar_host(sip)}"
        cfg.regConfig.registrarUri = reg
        cfg.regConfig.timeoutSec = max(5, int(sip.reregister_s))
        cfg.regConfig.retryIntervalSec = max(2, min(30, int(sip.reregister_s) // 2))
        cfg.regConfig.firstRetryIntervalSec = 1
        cfg.regConfig.randomRetryIntervalSec = 0
        cfg.regConfig.delayBeforeRefreshSec = min(5, max(1, int(sip.reregister_s) // 3))
        cfg.sipConfig.proxies.append(reg + ";lr" if ";lr" not in reg else reg)
        if sip.user:
            cfg.sipConfig.authCreds.append(
                pj.AuthCredInfo("digest", "*", sip.user, 0, sip.password))
    else:
        user = f"{sip.user}@" if sip.user else ""
        shown = host if host not in ("0.0.0.0", "::") else "127.0.0.1"
        shown = f"[{shown}]" if ":" in shown else shown
        ident = f"sip:{user}{shown}:{port}"
    if sip.transport.lower() == "tls":
        ident += ";transport=tls"
    if sip.display_name:
        name = sip.display_name.replace("\\", "").replace('"', "")
        ident = f'"{name}" <{ident}>'
    cfg.idUri = ident
    mt = cfg.mediaConfig.transportConfig
    mt.port = rtp_start_port(sip, port)
    mt.portRange = RTP_PORTS_PER_PHONE
    if host not in ("0.0.0.0", "::"):
        mt.boundAddress = host
        mt.publicAddress = host
    cfg.natConfig.sdpNatRewriteUse = 0
    cfg.natConfig.contactRewriteUse = 0
    cfg.natConfig.viaRewriteUse = 0
    if sip.srtp:
        cfg.mediaConfig.srtpUse = pj.PJMEDIA_SRTP_MANDATORY
        cfg.mediaConfig.srtpSecureSignaling = 1 if sip.transport.lower() == "tls" else 0
    return cfg


def make_target_uri(target: str, sip: SipSettings) -> str:
    """A number, user@host, host:port or sip: URI -> the URI to INVITE."""
    t = (target or "").strip()
    if not t or any(c in t for c in "\r\n<>\" "):
        raise SoftphoneError(f"cannot dial {t[:40]!r}: not a number, user@host or sip: URI",
                             code="sip.bad_target", params={"target": t[:40]})
    if t.lower().startswith(("sip:", "sips:")):
        uri = t
    elif "@" in t:
        uri = "sip:" + t
    elif sip.registrar and re.fullmatch(r"[\w+*#.\-]+", t):
        uri = f"sip:{t}@{registrar_host(sip)}"  # a number or extension, via the PBX
    elif re.fullmatch(r"[0-9+*#]+", t):
        raise SoftphoneError("no PBX configured: dial NUMBER@HOST:PORT or a sip: URI", code="sip.no_pbx")
    elif re.fullmatch(r"[\w.\-]+(:\d+)?", t):
        uri = "sip:" + t  # a host[:port]: direct IP call
    else:
        raise SoftphoneError(f"cannot dial {t[:40]!r}: not a number, user@host or sip: URI",
                             code="sip.bad_target", params={"target": t[:40]})
    tr = sip.transport.lower()
    if tr in ("tcp", "tls") and ";transport=" not in uri.lower():
        uri += f";transport={tr}"
    return uri
