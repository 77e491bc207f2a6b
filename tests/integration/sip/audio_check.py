"""FFT helpers for the audio tests: how loud is a tone in a WAV, per time window."""
from __future__ import annotations

import wave

import numpy as np


def read_wav(path: str) -> tuple[np.ndarray, int]:
    with wave.open(path, "rb") as w:
        rate = w.getframerate()
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)
        if w.getnchannels() > 1:
            data = data.reshape(-1, w.getnchannels()).mean(axis=1)
    return data / 32768.0, rate


def tone_level_db(samples: np.ndarray, rate: int, hz: float, width: float = 25.0) -> float:
    """Energy in hz±width relative to full scale, in dB (about -10 dB for a 0.3 sine)."""
    if len(samples) < rate // 10:
        return -200.0
    window = np.hanning(len(samples))
    spectrum = np.abs(np.fft.rfft(samples * window)) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1.0 / rate)
    band = spectrum[(freqs > hz - width) & (freqs < hz + width)].sum()
    norm = (window ** 2).sum() * len(samples) / 2
    return float(10 * np.log10(band / norm + 1e-20))


def levels(path: str, start_s: float, end_s: float, tones: tuple[float, ...]) -> dict[float, float]:
    """Level of each tone in [start_s, end_s) of the recording."""
    samples, rate = read_wav(path)
    seg = samples[int(start_s * rate): int(end_s * rate)]
    return {hz: tone_level_db(seg, rate, hz) for hz in tones}


def duration_s(path: str) -> float:
    samples, rate = read_wav(path)
    return len(samples) / rate
