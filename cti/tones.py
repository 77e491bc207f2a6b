"""Tones (stdlib only): test tones as WAV files, what the simulated customer and the audio tests
play into calls so that an FFT of the far end's recording can tell who was heard; and the
barge tone's shape (played by cti.supervision.session)."""
from __future__ import annotations

import math
import struct
import wave

# what a customer hears when a supervisor barges in: two short beeps (Hz, on ms, off ms). 1600 Hz
# is far from the test parties' tones (multiples of 440 Hz) and from what 8 kHz codecs fold their
# harmonics to (8000 - 440k: 960, 1400, 1840 Hz …), so an FFT tells it apart from any voice there
BARGE_TONE_HZ = 1600
BARGE_TONE = ((BARGE_TONE_HZ, 200, 120), (BARGE_TONE_HZ, 200, 0))


def write_tone(path: str, hz: float, seconds: float = 1.0, rate: int = 8000,
               amplitude: float = 0.3) -> str:
    """A mono 16-bit sine WAV. Whole cycles per file, so it loops without a click."""
    frames = int(rate * seconds)
    cycles = max(1, round(hz * frames / rate))
    step = 2 * math.pi * cycles / frames
    peak = int(32767 * amplitude)
    data = b"".join(struct.pack("<h", int(peak * math.sin(step * i))) for i in range(frames))
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data)
    return path
