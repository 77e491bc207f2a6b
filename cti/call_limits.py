"""How many new calls one caller may start in a short time.

A burst of INVITEs from one place (a scanner, a prankster, a loop in somebody's dial plan)
must not turn into a burst of CRM look-ups and call-log rows. The softphone asks `admit()`
for every new incoming call before anything else happens; a refused call is answered at SIP
level (503 with Retry-After) and never rings.

Sliding window, one small deque per caller: the times of the last `max_calls` attempts. A new
attempt is let through when the oldest of them is older than the window. Refused attempts count
too, so a flood that never stops stays refused, while a caller who tries again after a quiet
window gets through. Memory is bounded: at most `max_callers` callers are remembered.
"""
from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    burst_started: bool = False  # the first refusal of a burst: log it (once)
    refused_in_burst: int = 0  # how many of this caller's calls this burst has refused so far


class CallLimiter:
    """Per-caller sliding-window limit. Not thread-safe: the SIP thread alone uses it."""

    def __init__(self, max_calls: int = 10, window_s: float = 10.0, max_callers: int = 4096,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if max_calls < 1 or not window_s > 0:
            raise ValueError("a call limit needs max_calls >= 1 and a window longer than 0 s")
        self.max_calls = int(max_calls)
        self.window_s = float(window_s)
        self.max_callers = max(1, int(max_callers))
        self._clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._bursts: dict[str, int] = {}  # caller -> calls refused in the current burst
        self.refused = 0  # all refusals since start (for the operator's status)

    def admit(self, caller: str) -> Verdict:
        now = self._clock()
        times = self._seen.pop(caller, None)
        if times is None:
            self._make_room(now)
            times = deque(maxlen=self.max_calls)
        self._seen[caller] = times  # re-inserted: the dict stays ordered by last attempt
        full = len(times) == self.max_calls and now - times[0] < self.window_s
        times.append(now)
        if not full:
            self._bursts.pop(caller, None)
            return Verdict(True)
        self.refused += 1
        count = self._bursts.get(caller, 0) + 1
        self._bursts[caller] = count
        return Verdict(False, burst_started=count == 1, refused_in_burst=count)

    def callers(self) -> int:
        return len(self._seen)

    def _make_room(self, now: float) -> None:
        if len(self._seen) < self.max_callers:
            return
        # The dict is ordered by last attempt: the quiet callers are at its front.
        while self._seen:
            oldest = next(iter(self._seen))
            if now - self._seen[oldest][-1] < self.window_s and len(self._seen) < self.max_callers:
                break
            self._forget(oldest)

    def _forget(self, caller: str) -> None:
        self._seen.pop(caller, None)
        self._bursts.pop(caller, None)


class SetupPacer:
    """At most `calls` call set-ups in any `span_s` seconds, by waiting rather than refusing.

    pjsua opens two media sockets for every INVITE before the application hears of it, the
    wheel's ioqueue has 64 handles and a closed socket's handle comes back only 500 ms later:
    about 30 set-ups in half a second abort the process. `delay()` says how long to wait
    before the next set-up may start (0 most of the time); the SIP thread waits that long."""

    def __init__(self, calls: int = 12, span_s: float = 0.6,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.span_s = span_s
        self._clock = clock
        self._starts: deque[float] = deque(maxlen=max(1, calls))
        self.slowed = 0  # set-ups that had to wait

    def delay(self) -> float:
        """Seconds to wait now; the set-up counts as started when that wait is over."""
        now = self._clock()
        wait = 0.0
        if len(self._starts) == self._starts.maxlen:
            wait = max(0.0, min(self.span_s, self._starts[0] + self.span_s - now))
        self._starts.append(now + wait)
        self.slowed += wait > 0
        return wait
