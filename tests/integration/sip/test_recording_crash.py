"""A call recording survives the phone process being killed: the next start repairs it."""
from __future__ import annotations

import os
import time
import wave

import pytest
from audio_check import levels
from sip_parties import Customer, DeskPhone


def test_recording_of_a_killed_phone_is_repaired_on_next_start(phones, tones, tmp_path):
    folder = tmp_path / "recordings"
    folder.mkdir()
    desk = DeskPhone(str(tmp_path), {"auto_answer_s": 0, "record_dir": str(folder)},
                     {"capture": f"file:{tones[880]}", "playback": "null"})
    customer = Customer(desk.uri, "--from", "+421901234567", "--tone", "440")
    desk.wait("CallAnswered")
    path = desk.wait("RecordingChanged", recording=True)["path"]
    time.sleep(2.5)
    desk.proc.kill()  # no goodbye: the WAV header still says 0 bytes
    desk.proc.wait()
    customer.proc.kill()
    customer.proc.wait()
    assert os.path.getsize(path) > 16000
    with pytest.raises((wave.Error, EOFError)):  # header still says "0 bytes"
        with wave.open(path) as w:
            assert w.getnframes() > 0
    again = phones({"record_dir": str(folder)})
    again.send("calls")
    again.wait("calls")
    with wave.open(path) as w:
        seconds = w.getnframes() / w.getframerate()
    assert seconds > 1.0, seconds
    heard = levels(path, 0.2, seconds - 0.2, (440, 880))
    assert heard[440] > -35 and heard[880] > -35, heard
