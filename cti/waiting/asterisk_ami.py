"""The Asterisk queue as a waiting source, over the Asterisk Manager Interface (AMI).

One background thread keeps a TCP connection to AMI: it reads the banner
(``Asterisk Call Manager/…``), logs in (``Action: Login``, class ``agent`` events only), asks
``Action: QueueStatus`` for who is already waiting (``QueueEntry`` events, ``Wait`` in seconds,
then ``QueueStatusComplete``) and follows the queue: ``QueueCallerJoin`` (a customer waits),
``AgentConnect`` (a member answered), ``QueueCallerAbandon`` (the caller gave up),
``QueueCallerLeave`` (out of the queue). The customer's key is the channel's ``Uniqueid``.
After a dropped connection it connects again with a growing pause (0.5 s … 30 s), and the
next ``QueueStatus`` puts the list right: whoever is no longer in it left while we were away.

AMI is outside input: a packet is at most ``MAX_PACKET`` bytes (a longer one ends the
connection), values are plain text cut to ``MAX_VALUE`` characters, at most ``MAX_WAITING``
customers are followed. Nothing with a phone number, a name or the password goes to the log.
Formats: docs.asterisk.org, "AMI Events" (QueueCallerJoin, QueueEntry, AgentConnect …) and
"AMI Actions" (Login, QueueStatus).
"""
from __future__ import annotations

import logging
import re
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from cti.waiting.protocol import CustomerAnswered, CustomerGaveUp, CustomerLeft, CustomerWaiting, SourceProblem, WaitingChange

log = logging.getLogger(__name__)

NAME = "ami"
MAX_PACKET = 16_384  # bytes in one AMI packet (QueueEntry events are a few hundred)
MAX_VALUE = 200  # characters kept of one value
MAX_FIELDS = 64  # key: value lines kept of one packet
MAX_WAITING = 5_000  # customers followed at once
FIRST_PAUSE_S, LONGEST_PAUSE_S = 0.5, 30.0
PING_AFTER_S, GIVE_UP_AFTER_S = 30.0, 75.0  # silence before a Ping, and before connecting again
_JUNK = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_TERMINATOR = re.compile(rb"\r?\n\r?\n")


def clean(value: object, limit: int = MAX_VALUE) -> str:
    return _JUNK.sub("", str(value))[:limit].strip()


def parse_packet(raw: bytes) -> dict[str, str]:
    """One AMI packet (``Key: value`` lines) as a dict with lower-case keys. Lines without a
    colon, keys that are not words, and anything past ``MAX_FIELDS`` are dropped."""
    fields: dict[str, str] = {}
    for line in raw[:MAX_PACKET].decode("utf-8", errors="replace").splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not re.fullmatch(r"[a-z0-9_\-]{1,40}", key) or key in fields:
            continue
        fields[key] = clean(value)
        if len(fields) >= MAX_FIELDS:
            break
    return fields


class QueueTracker:
    """AMI packets to waiting changes; no I/O. ``queue`` ("" = every queue) filters events."""

    def __init__(self, queue: str = "", now: Callable[[], float] = time.time) -> None:
        self.queue = queue
        self.now = now
        self.waiting: OrderedDict[str, str] = OrderedDict()  # key -> queue
        self._seen: set[str] | None = None  # while a QueueStatus answer is coming in

    def begin_status(self) -> None:
        self._seen = set()

    def packet(self, p: dict[str, str]) -> list[WaitingChange]:
        event = p.get("event", "").lower()
        key = clean(p.get("uniqueid", ""), 150)
        queue = p.get("queue", "")
        if event == "queuestatuscomplete" and self._seen is not None:
            gone = [k for k in self.waiting if k not in self._seen]
            self._seen = None
            for k in gone:
                del self.waiting[k]
            return [CustomerLeft(k) for k in gone]
        if not key or (self.queue and queue and queue != self.queue):
            return []
        if event in ("queuecallerjoin", "queueentry"):
            if self._seen is not None:
                self._seen.add(key)
            if key not in self.waiting and len(self.waiting) >= MAX_WAITING:
                return []
            self.waiting[key] = queue
            since = None
            wait = p.get("wait", "")
            if event == "queueentry" and wait.isdigit() and len(wait) <= 7:
                since = self.now() - int(wait)
            return [CustomerWaiting(key=key, number=clean(p.get("calleridnum", ""), 64),
                                    name=_name(p.get("calleridname", "")), since=since,
                                    where=(f"queue:{clean(queue, 60)}",) if queue else ())]
        if event in ("agentconnect", "queuecallerabandon", "queuecallerleave"):
            if self._seen is not None:
                self._seen.discard(key)
            if self.waiting.pop(key, None) is None:
                return []  # not one we follow, or answered / given up already
            if event == "agentconnect":
                return [CustomerAnswered(key, clean(p.get("membername") or p.get("interface", ""), 100))]
            if event == "queuecallerabandon":
                return [CustomerGaveUp(key)]
            return [CustomerLeft(key)]
        return []


def _name(value: str) -> str:
    """Asterisk writes ``<unknown>`` (or nothing) where there is no name."""
    value = clean(value)
    return "" if value.lower() in ("<unknown>", "unknown", "") else value


class AsteriskQueueSource:
    """The AMI connection on its own thread; ``report`` hears the changes (from that thread)."""

    name = NAME

    def __init__(self, host: str, port: int = 5038, user: str = "", secret: str = "", queue: str = "",
                 connect_timeout_s: float = 5.0) -> None:
        self.host, self.port, self.user, self.queue = host, int(port), user, queue
        self._secret = secret
        self.connect_timeout_s = connect_timeout_s
        self._report: Callable[[WaitingChange], None] | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self._problem = ""
        self.tracker = QueueTracker(queue)
        self.connected = threading.Event()  # logged in and following the queue

    def __repr__(self) -> str:  # (never the password)
        return f"AsteriskQueueSource({self.host}:{self.port}, user={self.user!r})"

    # -- the protocol -----------------------------------------------------------------------
    def start(self, report: Callable[[WaitingChange], None]) -> None:
        self._report = report
        self._thread = threading.Thread(target=self._run, name="asterisk-ami", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        sock = self._sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2)  # (a daemon thread: quitting never waits longer)

    # -- the connection -----------------------------------------------------------------------
    def _tell(self, change: WaitingChange) -> None:
        if self._report is not None and not self._stop.is_set():
            try:
                self._report(change)
            except Exception:  # noqa: BLE001 - the console's trouble must not end the connection
                log.exception("could not hand on a waiting change")

    def _trouble(self, sentence: str) -> None:
        if sentence != self._problem:
            self._problem = sentence
            if sentence:
                log.warning("Asterisk queue: %s", sentence)
            self._tell(SourceProblem(NAME, sentence))

    def _run(self) -> None:
        pause = FIRST_PAUSE_S
        while not self._stop.is_set():
            try:
                self._session()
            except _Refused as exc:
                self._trouble(str(exc))
                pause = LONGEST_PAUSE_S
            except _Broken as exc:
                if self.connected.is_set():
                    pause = FIRST_PAUSE_S  # it was logged in: try again soon
                if not self._stop.is_set():
                    self._trouble(f"The Asterisk queue at {self.host}:{self.port} {exc}; the customers waiting "
                                  "there may be out of date until it answers again.")
            except OSError as exc:
                if not self._stop.is_set():
                    self._trouble(f"The Asterisk queue at {self.host}:{self.port} is not reachable "
                                  f"({_why(exc)}); customers waiting there are not shown until it is. "
                                  "Check [team.ami] host and port.")
            finally:
                self.connected.clear()
                sock, self._sock = self._sock, None
                if sock is not None:
                    sock.close()
            if self._stop.wait(pause):
                return
            pause = min(pause * 2, LONGEST_PAUSE_S)

    def _session(self) -> None:
        sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout_s)
        self._sock = sock
        if self._stop.is_set():
            return
        sock.settimeout(1.0)
        reader = _Reader(sock, self._stop)
        banner = reader.line()
        if not banner.startswith(b"Asterisk Call Manager/"):
            raise _Refused(f"{self.host}:{self.port} does not answer as the Asterisk Manager Interface; check "
                           "[team.ami] host and port (AMI listens on 5038 by default).")
        self._send(sock, "Login", "login", Username=self.user, Secret=self._secret, Events="agent")
        while True:
            answer = parse_packet(reader.packet())
            if answer.get("actionid") == "login" and "response" in answer:
                break
        if answer["response"].lower() != "success":
            raise _Refused(f"Asterisk refused the AMI login of user \"{clean(self.user, 60)}\"; check [team.ami] "
                           "user and its password (AGENT_CONSOLE_SECRET_AMI or the keyring: agent-console / ami) "
                           "and the user's read permission for the agent class in manager.conf.")
        log.info("Asterisk queue: logged in at %s:%s", self.host, self.port)
        self.tracker.begin_status()
        extra = {"Queue": self.queue} if self.queue else {}
        self._send(sock, "QueueStatus", "status", **extra)
        self._trouble("")
        self.connected.set()
        while not self._stop.is_set():
            raw = reader.packet(idle=lambda quiet: self._idle(sock, reader, quiet))
            for change in self.tracker.packet(parse_packet(raw)):
                self._tell(change)

    def _idle(self, sock: socket.socket, reader: _Reader, quiet_s: float) -> None:
        if quiet_s > GIVE_UP_AFTER_S:
            raise _Broken("stopped answering")
        if quiet_s > PING_AFTER_S and reader.pinged != reader.heard:
            reader.pinged = reader.heard  # one ping per silence
            self._send(sock, "Ping", "ping")

    @staticmethod
    def _send(sock: socket.socket, action: str, action_id: str, **fields: str) -> None:
        lines = [f"Action: {action}", f"ActionID: {action_id}"]
        lines += [f"{k}: {clean(v, 1000)}" for k, v in fields.items()]
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())


class _Broken(Exception):
    pass


class _Refused(Exception):
    """AMI answered, but no: wrong address, wrong login (the message is the sentence)."""


def _why(exc: BaseException) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.timeout):
        return "no answer"
    return type(exc).__name__


class _Reader:
    """Bounded reads from the AMI socket: a banner line, then blank-line-terminated packets."""

    def __init__(self, sock: socket.socket, stop: threading.Event) -> None:
        self.sock, self.stop = sock, stop
        self.buffer = b""
        self.heard = time.monotonic()
        self.pinged = 0.0

    def _more(self, idle: Callable[[float], None] | None = None) -> None:
        while True:
            if self.stop.is_set():
                raise _Broken("was left (the console is stopping)")
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                quiet = time.monotonic() - self.heard
                if idle is not None:
                    idle(quiet)
                elif quiet > GIVE_UP_AFTER_S:
                    raise _Broken("stopped answering") from None
                continue
            if not data:
                raise _Broken("closed the connection")
            self.heard = time.monotonic()
            self.buffer += data
            return

    def line(self) -> bytes:
        while b"\n" not in self.buffer:
            if len(self.buffer) > MAX_PACKET:
                raise _Broken(f"sent a line longer than {MAX_PACKET // 1024} KB")
            self._more()
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.rstrip(b"\r")

    def packet(self, idle: Callable[[float], None] | None = None) -> bytes:
        while True:
            self.buffer = self.buffer.lstrip(b"\r\n")
            m = _TERMINATOR.search(self.buffer, 0, MAX_PACKET + 4)
            if m is not None:
                packet, self.buffer = self.buffer[:m.start()], self.buffer[m.end():]
                return packet
            if len(self.buffer) > MAX_PACKET:
                raise _Broken(f"sent a packet larger than {MAX_PACKET // 1024} KB")
            self._more(idle)


def create(settings: dict[str, Any]) -> AsteriskQueueSource:
    host = str(settings.get("host", "")).strip()
    if not host:
        raise ValueError("[team.ami] host is not set: write the Asterisk server's address, e.g. host = \"10.0.0.2\"")
    return AsteriskQueueSource(host=host, port=int(settings.get("port", 5038)), user=str(settings.get("user", "")),
                               secret=str(settings.get("secret", "")), queue=str(settings.get("queue", "")))
