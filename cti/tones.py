"""Test tones as WAV files (stdlib only): what the simulated customer and the audio tests
play into calls so that an FFT of the far end's recording can tell who was heard."""
from __future__ import annotations

import math
import struct
import wave


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
