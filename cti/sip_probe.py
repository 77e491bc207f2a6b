"""A tiny SIP caller over UDP in plain Python (no pjsua2).

Why it exists: measuring how fast a phone answers (INVITE sent -> 200 OK received) must not
include our own SIP stack's overhead, must work in a process that already runs a softphone
(pjsua2 allows one Endpoint per process), and tests need to send INVITEs that no well-behaved
stack would build (garbage From, 2 kB display names, odd bytes). It speaks just enough SIP
for that: INVITE with an SDP offer, ACK, BYE, CANCEL, and 200 OK to the callee's BYE.
"""
from __future__ import annotations

import random
import re
import socket
import time
from dataclasses import dataclass, field


@dataclass
class ProbeCall:
    call_id: str
    target: str
    from_header: bytes
    to_header: bytes
    branch: str
    status: int = 0
    reason: str = ""
    to_tag_header: bytes = b""
    invite_to_final_ms: float = 0.0
    provisional: list[int] = field(default_factory=list)


def _target_addr(uri: str) -> tuple[str, int]:
    m = re.match(r"^sips?:(?:[^@]*@)?([^:;>]+)(?::(\d+))?", uri.strip(), re.I)
    if not m:
        raise ValueError(f"not a sip: URI: {uri!r}")
    return m.group(1), int(m.group(2) or 5060)


def _rand() -> str:
    return "%016x" % random.getrandbits(64)


class SipProbe:
    """One UDP socket for SIP and one for RTP (received and dropped)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((host, 0))
        self.port = self.sock.getsockname()[1]
        self.rtp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.rtp.bind((host, 0))
        self.rtp.setblocking(False)

    def close(self) -> None:
        self.sock.close()
        self.rtp.close()

    def __enter__(self) -> "SipProbe":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- messages
    def _send(self, data: bytes, target: str) -> None:
        self.sock.sendto(data, _target_addr(target))

    def _sdp(self) -> bytes:
        port = self.rtp.getsockname()[1]
        return (f"v=0\r\no=- 1 1 IN IP4 {self.host}\r\ns=-\r\nc=IN IP4 {self.host}\r\nt=0 0\r\n"
                f"m=audio {port} RTP/AVP 0 101\r\na=rtpmap:0 PCMU/8000\r\n"
                f"a=rtpmap:101 telephone-event/8000\r\na=sendrecv\r\n").encode()

    def _request(self, method: str, call: ProbeCall, cseq: int, branch: str,
                 extra: bytes = b"", body: bytes = b"", to: bytes | None = None) -> bytes:
        head = (f"{method} {call.target} SIP/2.0\r\n"
                f"Via: SIP/2.0/UDP {self.host}:{self.port};branch={branch};rport\r\n"
                f"Max-Forwards: 70\r\n").encode()
        head += b"From: " + call.from_header + b"\r\nTo: " + (to or call.to_header) + b"\r\n"
        head += (f"Call-ID: {call.call_id}\r\nCSeq: {cseq} {method}\r\n"
                 f"Contact: <sip:probe@{self.host}:{self.port}>\r\n").encode()
        head += extra
        if body:
            head += b"Content-Type: application/sdp\r\n"
        return head + f"Content-Length: {len(body)}\r\n\r\n".encode() + body

    def invite(self, target: str, from_header: bytes | str | None = None,
               extra_headers: bytes | str = b"") -> ProbeCall:
        """Send an INVITE; returns at once (use wait_final)."""
        if isinstance(from_header, str):
            from_header = from_header.encode()
        if isinstance(extra_headers, str):
            extra_headers = extra_headers.encode()
        from_header = (from_header or b"<sip:probe@" + self.host.encode() + b">")
        from_header += b";tag=" + _rand()[:10].encode()
        extra = b"".join(line.rstrip(b"\r\n") + b"\r\n" for line in extra_headers.splitlines()
                         if line.strip())
        call = ProbeCall(_rand() + "@probe", target, from_header, f"<{target}>".encode(),
                         "z9hG4bK" + _rand())
        call._invite = self._request("INVITE", call, 1, call.branch, extra, self._sdp())  # type: ignore[attr-defined]
        call._sent = time.perf_counter()  # type: ignore[attr-defined]
        self._send(call._invite, target)  # type: ignore[attr-defined]
        return call

    def wait_final(self, call: ProbeCall, timeout: float = 10.0) -> ProbeCall:
        """Wait for the final response; ACK it (non-2xx ACK is part of the transaction)."""
        deadline = time.monotonic() + timeout
        resend, interval = time.monotonic() + 0.5, 0.5
        while time.monotonic() < deadline:
            if not call.provisional and time.monotonic() > resend:
                self._send(call._invite, call.target)  # type: ignore[attr-defined]
                interval = min(interval * 2, 4.0)
                resend = time.monotonic() + interval
            msg = self._recv(min(0.2, max(0.01, deadline - time.monotonic())))
            if msg is None or not self._is_for(msg, call):
                continue
            status, reason = self._status(msg)
            if status == 0 or b"INVITE" not in self._header(msg, b"cseq"):
                continue
            if status < 200:
                call.provisional.append(status)
                continue
            if not call.status:
                call.invite_to_final_ms = (time.perf_counter() - call._sent) * 1000  # type: ignore[attr-defined]
            call.status, call.reason = status, reason
            call.to_tag_header = self._header(msg, b"to") or call.to_header
            branch = call.branch if status >= 300 else "z9hG4bK" + _rand()
            self._send(self._request("ACK", call, 1, branch, to=call.to_tag_header), call.target)
            return call
        raise TimeoutError(f"no final response to INVITE {call.call_id}")

    def bye(self, call: ProbeCall, timeout: float = 5.0) -> int:
        """Hang up an answered call; returns the BYE's final status."""
        branch = "z9hG4bK" + _rand()
        req = self._request("BYE", call, 2, branch, to=call.to_tag_header)
        self._send(req, call.target)
        deadline, resend = time.monotonic() + timeout, time.monotonic() + 0.5
        while time.monotonic() < deadline:
            if time.monotonic() > resend:
                self._send(req, call.target)
                resend = time.monotonic() + 1.0
            msg = self._recv(0.1)
            if msg and self._is_for(msg, call) and b"BYE" in self._header(msg, b"cseq"):
                status, _ = self._status(msg)
                if status >= 200:
                    return status
        return 0

    def cancel(self, call: ProbeCall) -> None:
        self._send(self._request("CANCEL", call, 1, call.branch), call.target)

    # ---------------------------------------------------------------- parsing
    def _recv(self, timeout: float) -> bytes | None:
        try:
            while True:
                self.rtp.recv(2048)  # drop audio so the socket buffer never fills
        except (BlockingIOError, OSError):
            pass
        self.sock.settimeout(timeout)
        try:
            data, addr = self.sock.recvfrom(65535)
        except (socket.timeout, OSError):
            return None
        if not data.startswith(b"SIP/2.0"):
            self._answer_request(data, addr)
            return None
        return data

    def _answer_request(self, data: bytes, addr: tuple[str, int]) -> None:
        """200 OK to the callee's BYE (or anything else but ACK)."""
        method = data.split(b" ", 1)[0]
        if method in (b"ACK", b""):
            return
        keep = b"".join(
            line + b"\r\n" for line in data.split(b"\r\n\r\n")[0].split(b"\r\n")[1:]
            if line.split(b":")[0].strip().lower() in (b"via", b"from", b"to", b"call-id", b"cseq"))
        self.sock.sendto(b"SIP/2.0 200 OK\r\n" + keep + b"Content-Length: 0\r\n\r\n", addr)

    @staticmethod
    def _status(msg: bytes) -> tuple[int, str]:
        m = re.match(rb"SIP/2\.0 (\d{3}) ?([^\r\n]*)", msg)
        return (int(m.group(1)), m.group(2).decode("utf-8", "replace")) if m else (0, "")

    @staticmethod
    def _header(msg: bytes, name: bytes) -> bytes:
        compact = {b"to": b"t", b"from": b"f", b"call-id": b"i"}.get(name, name)
        for line in msg.split(b"\r\n\r\n")[0].split(b"\r\n")[1:]:
            key, _, value = line.partition(b":")
            if key.strip().lower() in (name, compact):
                return value.strip()
        return b""

    def _is_for(self, msg: bytes, call: ProbeCall) -> bool:
        return self._header(msg, b"call-id") == call.call_id.encode()
