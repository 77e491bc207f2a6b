"""A hostile CRM for the tests: it speaks PhoneBook Pro's API (``phonebook_pro.toml`` connects
it) but answers however a test tells it to: a gzip bomb, an answer that announces 50 MB, one
that never ends, one that drips a byte at a time, tens of thousands of records, names full of
terminal escape sequences, errors that repeat the caller's number.

Every streamed answer counts the bytes it really sent (``sent``), so a test can tell whether
the client stopped reading. Nothing here waits on the test's clock: streams stop by themselves
(bounded count) or when the client hangs up.
"""
from __future__ import annotations

import json
import threading
import time
import zlib
from collections.abc import Iterator
from typing import Any

MB = 1_000_000
EVIL = "Ev\x1b]0;owned title\x07il \x1b[31mRed\x1b[0m\x9b2J Na\x00me\x7f"


def gzip_bomb(unpacked_mb: int = 500) -> bytes:
    """About 0.5 KB of gzip per unpacked MB of zeros, made on the fly."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = bytes(1 << 20)
    parts = [packer.compress(zeros) for _ in range(unpacked_mb * MB // len(zeros))]
    return b"".join(parts) + packer.flush()


def people(count: int, number: str = "+421905123456") -> bytes:
    """``count`` matching records (ids repeat every 100, as a CRM with duplicate rows would);
    up to 100,000 of them fit under the 5 MB answer limit."""
    full = '{"pid":%d,"who":{"first":"Caller","last":"No %d"},"contact":{"tel":["%s"]},"lang":"sk"}'
    short = '{"pid":%d,"who":{"first":"Al","last":"%d"}}'
    hits = ",".join(full % (i % 100 + 1, i, number) if count <= 30_000 else short % (i % 100 + 1, i)
                    for i in range(count))
    return ('{"ok":true,"payload":{"count":%d,"hits":[%s]}}' % (count, hits)).encode()


class HostileCrm:
    def __init__(self) -> None:
        self.mode = "normal"
        self.count = 0
        self.sent = 0  # bytes of the last streamed answer that went out
        self.answered = threading.Event()  # set when a lookup answer has been handed to the socket
        self.requests: list[tuple] = []
        self._bomb: bytes | None = None
        self._many: bytes | None = None

    # -- answers ---------------------------------------------------------------------------
    def _counted(self, chunks: Iterator[bytes]) -> Iterator[bytes]:
        self.sent = 0
        for chunk in chunks:
            yield chunk
            self.sent += len(chunk)

    def _zeros(self, total: int, size: int = 64 * 1024) -> Iterator[bytes]:
        block = b"[" + b"0," * (size // 2 - 1)
        for _ in range(total // size):
            yield block

    @staticmethod
    def _drip(count: int = 600, every_s: float = 0.2) -> Iterator[bytes]:
        yield b'{"ok":true,"payload":{"hits":[ '
        for _ in range(count):  # at most two minutes, then it ends by itself
            time.sleep(every_s)
            yield b" "

    def handle(self, method: str, path: str, query: dict, headers: Any, body: bytes) -> tuple[int, Any, dict]:
        parts = [p for p in path.split("/") if p]
        if parts[-1:] in (["timeline"], ["todo"]):
            key = "events" if parts[-1] == "timeline" else "todo"
            if self.mode == "evil":
                item = {"ev_id": "e1", "ts": 1714982400000, "what": "phone", "txt": f"Talked to {EVIL}",
                        "tid": "t1", "label": f"Call {EVIL} back", "deadline": "2030-05-10", "state": "open"}
                return 200, {"ok": True, "payload": {key: [item]}}, {}
            return 200, {"ok": True, "payload": {key: []}}, {}
        if parts != ["v2", "people", "find"]:
            return 404, {"ok": False, "err": "no such thing"}, {}
        tel = query.get("tel", [""])[0]
        if self.mode == "bomb":
            if self._bomb is None:
                self._bomb = gzip_bomb()
            return 200, self._bomb, {"Content-Encoding": "gzip"}
        if self.mode == "huge_length":
            return 200, self._counted(self._zeros(50 * MB)), {"Content-Length": str(50 * MB)}
        if self.mode == "endless":
            return 200, self._counted(self._zeros(50 * MB)), {}
        if self.mode == "drip":
            return 200, self._counted(self._drip()), {}
        if self.mode == "many":
            if self._many is None or len(self._many) < self.count:
                self._many = people(self.count)
            return 200, self._answered(self._many), {}
        if self.mode == "evil":
            person = {"pid": 66, "who": {"first": EVIL, "last": "X"}, "org": {"title": f"Co\x1b[2J{EVIL}"},
                      "contact": {"mail": None, "tel": [tel]}, "lang": "sk", "tier": "Gold"}
            return 200, {"ok": True, "payload": {"hits": [person]}}, {}
        if self.mode == "error_with_number":
            return 400, {"ok": False, "message": f"no customer with phone {tel} (\x1b[5mblink\x1b[0m)"}, {}
        person = {"pid": 17, "who": {"first": "Ján", "last": "Novák"}, "org": {"title": "Novák s.r.o."},
                  "contact": {"mail": None, "tel": [tel]}, "lang": "sk", "tier": "Gold"}
        return 200, {"ok": True, "payload": {"hits": [person] if tel.startswith("+421905") else []}}, {}

    def _answered(self, data: bytes) -> Iterator[bytes]:
        step = 256 * 1024
        for start in range(0, len(data), step):
            yield data[start:start + step]
        self.answered.set()


def config_file(tmp_path, url: str, *, timeout_ms: int = 1500, request_timeout_s: float | None = None,
                local: bool = False) -> str:
    """A console config with the hostile CRM as adapter ``pb`` (and the local CRM first, if asked)."""
    from pathlib import Path

    template = Path(__file__).parent / "phonebook_pro.toml"
    adapters = '["local", "pb"]' if local else '["pb"]'
    extra = f"timeout_s = {request_timeout_s}\n" if request_timeout_s else ""
    path = tmp_path / "config.toml"
    path.write_text(f'[crm]\nadapters = {adapters}\ntimeout_ms = {timeout_ms}\n\n'
                    f'[crm.pb]\ntype = "rest"\ntemplate = {json.dumps(str(template))}\nbase_url = "{url}"\n{extra}',
                    encoding="utf-8")
    return str(path)
