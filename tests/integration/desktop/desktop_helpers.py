"""Reading a process's output line by line with a deadline (no sleeping), and its children."""
from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Callable


class Lines:
    """A process's stdout, line by line, from a reader thread; `wait_for` gives up at a deadline."""

    def __init__(self, stream) -> None:
        self.seen: list[str] = []
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def wait_for(self, wanted: Callable[[str], bool], timeout_s: float = 60) -> str:
        deadline = time.monotonic() + timeout_s
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                raise AssertionError(f"the output ended first: {self.seen}")
            self.seen.append(line)
            if wanted(line):
                return line
        raise AssertionError(f"not seen in time; output so far: {self.seen}")

    def rest(self, timeout_s: float = 30) -> list[str]:
        """Everything up to the end of the output."""
        self.wait_until_end(timeout_s)
        return self.seen

    def wait_until_end(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                return
            self.seen.append(line)
        raise AssertionError("the output did not end in time")


def children_of(pid: int) -> list[int]:
    """Processes whose parent is `pid` (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def running(pid: int) -> bool:
    """True while `pid` exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False
