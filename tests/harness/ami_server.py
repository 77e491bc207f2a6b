"""A fake Asterisk Manager Interface (AMI) for the tests: Asterisk itself cannot run here.

It follows the AMI protocol as Asterisk documents it (docs.asterisk.org, Asterisk 18/20
"API Documentation": AMI Actions Login, Ping, QueueStatus, Logoff; AMI Events QueueParams,
QueueEntry, QueueStatusComplete, QueueCallerJoin, QueueCallerLeave, QueueCallerAbandon,
AgentConnect, FullyBooted):

- on connect the banner line ``Asterisk Call Manager/<version>`` (CRLF);
- then packets both ways: ``Key: value`` lines separated by CRLF, ended by a blank line;
- every response carries the action's ``ActionID``; ``Response: Success`` or ``Response: Error``
  with a ``Message``; nothing but ``Login`` is allowed before logging in ("Permission denied"),
  and a wrong login gets "Authentication failed" and the connection is closed;
- ``QueueStatus`` answers "Queue status will follow" (``EventList: start``), then per queue a
  ``QueueParams`` event, a ``QueueEntry`` per caller (``Wait`` in seconds) and finally
  ``QueueStatusComplete`` (``EventList: Complete``, ``ListItems``), each with the ActionID;
- queue events go to every logged-in connection as they happen.

The test drives the queue: :meth:`join`, :meth:`agent_connect`, :meth:`abandon`; and the
network: :meth:`drop_connections`, ``refuse`` (close new connections at once).
"""
from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass


@dataclass
class Caller:
    uniqueid: str
    number: str
    name: str
    queue: str
    joined: float  # monotonic


def packet(*pairs: tuple[str, str]) -> bytes:
    return ("".join(f"{k}: {v}\r\n" for k, v in pairs) + "\r\n").encode()


class FakeAsterisk:
    def __init__(self, user: str = "console", secret: str = "ami-s3cret", version: str = "9.0.0") -> None:
        self.user, self.secret, self.version = user, secret, version
        self.queue: list[Caller] = []
        self.refuse = False
        self.logins: list[dict[str, str]] = []  # every Login packet received (the test checks them)
        self.status_requests = 0
        self._clients: list[socket.socket] = []
        self._logged_in: set[socket.socket] = set()
        self._cond = threading.Condition()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    # -- the queue, as the test makes it happen ---------------------------------------------
    def join(self, uniqueid: str, number: str, name: str, queue: str = "support", waited_s: float = 0.0,
             quietly: bool = False) -> None:
        """A caller enters the queue (``quietly``: while nobody is connected to hear it)."""
        with self._cond:
            caller = Caller(uniqueid, number, name, queue, time.monotonic() - waited_s)
            self.queue.append(caller)
            position, count = len([c for c in self.queue if c.queue == queue]), len(self.queue)
        if not quietly:
            self._event(("Event", "QueueCallerJoin"), ("Privilege", "agent,all"), ("Channel", f"PJSIP/trunk-{uniqueid}"),
                        ("ChannelState", "6"), ("ChannelStateDesc", "Up"), ("CallerIDNum", number),
                        ("CallerIDName", name or "<unknown>"), ("ConnectedLineNum", "<unknown>"),
                        ("ConnectedLineName", "<unknown>"), ("Language", "en"), ("AccountCode", ""),
                        ("Context", "from-trunk"), ("Exten", "100"), ("Priority", "2"), ("Uniqueid", uniqueid),
                        ("Linkedid", uniqueid), ("Queue", queue), ("Position", str(position)), ("Count", str(count)))

    def _leave(self, uniqueid: str) -> Caller:
        with self._cond:
            caller = next(c for c in self.queue if c.uniqueid == uniqueid)
            self.queue.remove(caller)
            return caller

    def _leave_event(self, caller: Caller, position: int = 1) -> None:
        self._event(("Event", "QueueCallerLeave"), ("Privilege", "agent,all"), ("Channel", f"PJSIP/trunk-{caller.uniqueid}"),
                    ("CallerIDNum", caller.number), ("CallerIDName", caller.name or "<unknown>"),
                    ("Uniqueid", caller.uniqueid), ("Linkedid", caller.uniqueid), ("Queue", caller.queue),
                    ("Position", str(position)), ("Count", str(len(self.queue))))

    def agent_connect(self, uniqueid: str, member: str = "Jana", interface: str = "PJSIP/jana") -> None:
        """A queue member answers the caller: AgentConnect, then the caller leaves the queue."""
        caller = self._leave(uniqueid)
        held = str(int(time.monotonic() - caller.joined))
        self._event(("Event", "AgentConnect"), ("Privilege", "agent,all"), ("Channel", f"PJSIP/trunk-{uniqueid}"),
                    ("CallerIDNum", caller.number), ("CallerIDName", caller.name or "<unknown>"),
                    ("Uniqueid", uniqueid), ("Linkedid", uniqueid), ("DestChannel", f"{interface}-0001"),
                    ("DestUniqueid", f"{uniqueid}.9"), ("Queue", caller.queue), ("MemberName", member),
                    ("Interface", interface), ("HoldTime", held), ("RingTime", "1"))
        self._leave_event(caller)

    def abandon(self, uniqueid: str) -> None:
        """The caller hangs up while waiting: QueueCallerAbandon, then the caller leaves the queue."""
        caller = self._leave(uniqueid)
        self._event(("Event", "QueueCallerAbandon"), ("Privilege", "agent,all"),
                    ("Channel", f"PJSIP/trunk-{uniqueid}"), ("CallerIDNum", caller.number),
                    ("CallerIDName", caller.name or "<unknown>"), ("Uniqueid", uniqueid), ("Linkedid", uniqueid),
                    ("Queue", caller.queue), ("Position", "1"), ("OriginalPosition", "1"),
                    ("HoldTime", str(int(time.monotonic() - caller.joined))))
        self._leave_event(caller)

    def leave_quietly(self, uniqueid: str) -> None:
        """The caller leaves while nobody is connected to hear it."""
        self._leave(uniqueid)

    # -- the network --------------------------------------------------------------------------
    def drop_connections(self) -> None:
        with self._cond:
            clients, self._clients = self._clients, []
            self._logged_in.clear()
        for sock in clients:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def wait_logged_in(self, count: int = 1, timeout: float = 30) -> None:
        """Until ``count`` successful logins have happened in all (and one is connected now)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while sum(1 for p in self.logins if p.get("secret") == self.secret) < count or not self._logged_in:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no AMI login #{count}; logins: {len(self.logins)}")
                self._cond.wait(left)

    def stop(self) -> None:
        self._stopped = True
        self.drop_connections()
        self._server.close()

    def _accept(self) -> None:
        while not self._stopped:
            try:
                sock, _ = self._server.accept()
            except OSError:
                return
            if self.refuse:
                sock.close()
                continue
            with self._cond:
                self._clients.append(sock)
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _event(self, *pairs: tuple[str, str]) -> None:
        data = packet(*pairs)
        with self._cond:
            targets = list(self._logged_in)
        for sock in targets:
            try:
                sock.sendall(data)
            except OSError:
                pass

    def _serve(self, sock: socket.socket) -> None:
        try:
            sock.sendall(f"Asterisk Call Manager/{self.version}\r\n".encode())
            buffer = b""
            while True:
                while b"\r\n\r\n" not in buffer:
                    data = sock.recv(4096)
                    if not data:
                        return
                    buffer += data
                raw, _, buffer = buffer.partition(b"\r\n\r\n")
                fields = {}
                for line in raw.decode("utf-8", "replace").split("\r\n"):
                    key, _, value = line.partition(":")
                    fields[key.strip().lower()] = value.strip()
                if not self._answer(sock, fields):
                    return
        except OSError:
            return
        finally:
            with self._cond:
                self._logged_in.discard(sock)
                self._cond.notify_all()
            sock.close()

    def _answer(self, sock: socket.socket, action: dict[str, str]) -> bool:
        name, action_id = action.get("action", "").lower(), action.get("actionid", "")
        ident = (("ActionID", action_id),) if action_id else ()
        if name == "login":
            ok = action.get("username") == self.user and action.get("secret") == self.secret
            with self._cond:
                self.logins.append(action)
                if ok:
                    self._logged_in.add(sock)
                self._cond.notify_all()
            if not ok:
                sock.sendall(packet(("Response", "Error"), *ident, ("Message", "Authentication failed")))
                return False
            sock.sendall(packet(("Response", "Success"), *ident, ("Message", "Authentication accepted")))
            sock.sendall(packet(("Event", "FullyBooted"), ("Privilege", "system,all"), ("Uptime", "100"),
                                ("LastReload", "100"), ("Status", "Fully Booted")))
            return True
        if sock not in self._logged_in:
            sock.sendall(packet(("Response", "Error"), *ident, ("Message", "Permission denied")))
            return True
        if name == "ping":
            sock.sendall(packet(("Response", "Success"), *ident, ("Ping", "Pong"),
                                ("Timestamp", f"{time.time():.6f}")))
        elif name == "logoff":
            sock.sendall(packet(("Response", "Goodbye"), *ident, ("Message", "Thanks for all the fish.")))
            return False
        elif name == "queuestatus":
            self._queue_status(sock, ident, action.get("queue", ""))
        else:
            sock.sendall(packet(("Response", "Error"), *ident, ("Message", "Invalid/unknown command")))
        return True

    def _queue_status(self, sock: socket.socket, ident: tuple, only: str) -> None:
        with self._cond:
            self.status_requests += 1
            callers = [c for c in self.queue if not only or c.queue == only]
            self._cond.notify_all()
        out = [packet(("Response", "Success"), *ident, ("EventList", "start"), ("Message", "Queue status will follow"))]
        queues = sorted({c.queue for c in callers} | ({only} if only else {"support"}))
        items = 0
        for queue in queues:
            mine = [c for c in callers if c.queue == queue]
            out.append(packet(("Event", "QueueParams"), ("Queue", queue), ("Max", "0"), ("Strategy", "ringall"),
                              ("Calls", str(len(mine))), ("Holdtime", "0"), ("TalkTime", "0"), ("Completed", "0"),
                              ("Abandoned", "0"), ("ServiceLevel", "20"), ("ServicelevelPerf", "0.0"),
                              ("Weight", "0"), *ident))
            items += 1
            for position, c in enumerate(mine, start=1):
                out.append(packet(("Event", "QueueEntry"), ("Queue", queue), ("Position", str(position)),
                                  ("Channel", f"PJSIP/trunk-{c.uniqueid}"), ("Uniqueid", c.uniqueid),
                                  ("CallerIDNum", c.number), ("CallerIDName", c.name or "<unknown>"),
                                  ("ConnectedLineNum", "<unknown>"), ("ConnectedLineName", "<unknown>"),
                                  ("Wait", str(int(time.monotonic() - c.joined))), ("Priority", "0"), *ident))
                items += 1
        out.append(packet(("Event", "QueueStatusComplete"), *ident, ("EventList", "Complete"),
                          ("ListItems", str(items))))
        sock.sendall(b"".join(out))
