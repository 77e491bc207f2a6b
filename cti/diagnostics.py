"""Checks behind `agent-console doctor`: can this desk make calls, and will it hear them?

Each check is a verdict with a sentence an agent or admin can act on. Whatever needs pjsua2
(sound devices, a real REGISTER) runs in a child process, because pjsua2 allows one Endpoint
per process and the console may already have one: calling these is always safe.
"""
from __future__ import annotations

import dataclasses
import json
import os
import socket
import subprocess
import sys
import time
import wave
from dataclasses import dataclass

from .settings import AudioSettings, SipSettings
from .sip_stack import SoftphoneError, registrar_host, split_host_port, system_ca_file


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _child(args: list[str], stdin: str = "", timeout: float = 20.0) -> dict:
    """Run `python -m cti.diagnostics ...` and read its one JSON line (secrets go via stdin)."""
    try:
        out = subprocess.run([sys.executable, "-m", "cti.diagnostics", *args], timeout=timeout,
                             capture_output=True, text=True, input=stdin,
                             cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    except subprocess.TimeoutExpired:
        return {"error": "the check did not finish in time"}
    for line in reversed(out.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    return {"error": f"the check crashed (exit {out.returncode}): {out.stderr.strip()[-300:]}"}


# ---------------------------------------------------------------------------- SIP
def check_sip(sip: SipSettings) -> list[Check]:
    checks: list[Check] = []
    try:
        host, port = split_host_port(sip.listen)
    except SoftphoneError as exc:
        return [Check("SIP listen address", False, str(exc))]
    checks.append(_check_port(host, port, sip.transport))
    if sip.transport.lower() == "tls":
        for label, path in (("TLS certificate", sip.tls_cert_file), ("TLS key", sip.tls_key_file),
                            ("TLS CA list", sip.tls_ca_file)):
            if path:
                ok = os.path.isfile(path) and os.access(path, os.R_OK)
                checks.append(Check(label, ok, path if ok else f"cannot read {path}"))
        if not sip.tls_ca_file:
            system = system_ca_file()
            checks.append(Check("TLS CA list", bool(system),
                                f"the server's certificate is checked against the system's trust store ({system})"
                                if system else "no system trust store found: set [sip] tls_ca_file to a PEM file"))
    if not sip.registrar:
        checks.append(Check("SIP registrar", True, "none configured: direct IP calls"))
        return checks
    checks.append(_check_registrar_reachable(sip))
    if sip.user:
        result = _child(["register"], stdin=json.dumps(dataclasses.asdict(sip)))
        if "error" in result:
            checks.append(Check("SIP registration", False, result["error"]))
        else:
            ok = bool(result.get("registered"))
            detail = (f"registered as {sip.user} at {registrar_host(sip)}" if ok else
                      f"registrar answered {result.get('status_code')} {result.get('reason')}"
                      + (" (check user and password)" if result.get("status_code") in (401, 403)
                         else ""))
            checks.append(Check("SIP registration", ok, detail))
    return checks


def _check_port(host: str, port: int, transport: str) -> Check:
    kind = socket.SOCK_STREAM if transport.lower() in ("tcp", "tls") else socket.SOCK_DGRAM
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, kind) as s:
            s.bind((host, port))
    except OSError as exc:
        hint = " (is the console already running, or another softphone?)" if port else ""
        return Check("SIP listen address", False, f"cannot use {host}:{port}: {exc.strerror}{hint}")
    return Check("SIP listen address", True, f"{host}:{port} is free")


def _check_registrar_reachable(sip: SipSettings) -> Check:
    """An OPTIONS request; any SIP answer (even 404/405) proves the registrar is there."""
    target = registrar_host(sip)
    host, _, port_text = target.partition(":")
    port = int(port_text or (5061 if sip.transport.lower() == "tls" else 5060))
    if sip.transport.lower() in ("tcp", "tls"):
        try:
            socket.create_connection((host, port), timeout=2).close()
            return Check("SIP registrar reachable", True, f"{host}:{port} accepts connections")
        except OSError as exc:
            return Check("SIP registrar reachable", False, f"{host}:{port}: {exc.strerror or exc}")
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(2)
            s.connect((host, port))
            me = s.getsockname()
            msg = (f"OPTIONS sip:{host}:{port} SIP/2.0\r\n"
                   f"Via: SIP/2.0/UDP {me[0]}:{me[1]};branch=z9hG4bK{time.time_ns()}\r\n"
                   f"Max-Forwards: 70\r\nFrom: <sip:doctor@{me[0]}>;tag=d\r\n"
                   f"To: <sip:{host}:{port}>\r\nCall-ID: {time.time_ns()}@doctor\r\n"
                   f"CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n")
            start = time.perf_counter()
            s.send(msg.encode())
            reply = s.recv(4096)
            ms = (time.perf_counter() - start) * 1000
            status = reply.split(b"\r\n", 1)[0].decode("utf-8", "replace")
            return Check("SIP registrar reachable", True, f"{host}:{port} answered '{status}' in {ms:.0f} ms")
    except OSError as exc:
        reason = "no answer within 2 s" if isinstance(exc, socket.timeout) else str(exc)
        return Check("SIP registrar reachable", False, f"{host}:{port}: {reason}")


# ---------------------------------------------------------------------------- audio
def check_audio(audio: AudioSettings) -> list[Check]:
    checks: list[Check] = []
    devices: dict | None = None
    for label, spec, want_input in (("microphone", audio.capture, True),
                                    ("speaker", audio.playback, False)):
        if spec == "null":
            checks.append(Check(label, True, "silence (null device) as configured"))
        elif spec.startswith("file:"):
            checks.append(_check_wav(label, spec[5:]) if want_input else _check_writable(label, spec[5:]))
        else:
            if devices is None:
                devices = _child(["devices"])
            checks.append(_check_device(label, spec, want_input, devices))
    if audio.ring_tone:
        checks.append(_check_wav("ring tone", audio.ring_tone))
    return checks


def play_test_tone(audio: AudioSettings, seconds: float = 1.5) -> list[Check]:
    """The settings dialog's audio "Test": a 440 Hz tone on the chosen speaker, and how loud the
    chosen microphone is meanwhile (so the agent sees it moves when they speak)."""
    result = _child(["tone"], stdin=json.dumps({**dataclasses.asdict(audio), "seconds": seconds}))
    if "error" in result:
        return [Check("test tone", False, result["error"])]
    checks = [Check("test tone", True, f"a {TEST_TONE_HZ} Hz tone played for {seconds:.1f} s on "
                    + ("silence (null device)" if audio.playback == "null" else audio.playback))]
    level = int(result.get("mic_level_percent", 0))
    if audio.capture == "null":
        checks.append(Check("microphone level", True, "silence (null device) as configured"))
    else:
        checks.append(Check("microphone level", level > 0,
                            f"the microphone's loudest moment reached {level} %" if level > 0 else
                            "the microphone stayed silent: check that it is plugged in, not muted, and chosen"))
    checks.extend(Check("audio", False, w) for w in result.get("warnings", []))
    return checks


TEST_TONE_HZ = 440


def _child_tone(audio_json: str) -> dict:
    import tempfile

    import pjsua2 as pj

    from .audio_devices import open_audio
    from .tones import write_tone

    fields = json.loads(audio_json)
    seconds = min(5.0, max(0.2, float(fields.pop("seconds", 1.5))))
    audio = AudioSettings(**{k: v for k, v in fields.items() if k in {f.name for f in dataclasses.fields(AudioSettings)}})
    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.logConfig.level = 0
    cfg.logConfig.consoleLevel = 0
    ep.libInit(cfg)
    ep.libStart()
    with tempfile.TemporaryDirectory() as folder:
        ports = open_audio(ep, audio)
        player = listener = None
        try:
            player = pj.AudioMediaPlayer()
            player.createPlayer(write_tone(os.path.join(folder, "tone.wav"), TEST_TONE_HZ, 1.0), 0)
            if ports.ear is not None:
                player.startTransmit(ports.ear)
            listener = None
            if ports.mic is not None:  # the bridge measures a port's level only while it sends somewhere
                listener = pj.AudioMediaRecorder()
                listener.createRecorder(os.path.join(folder, "mic.wav"))
                ports.mic.startTransmit(listener)
            loudest = 0
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                if ports.mic is not None:
                    loudest = max(loudest, ports.mic.getTxLevel())
                time.sleep(0.05)
            return {"played": True, "mic_level_percent": round(loudest * 100 / 255), "warnings": ports.warnings}
        finally:
            player = listener = None
            ports.destroy()
            ep.libDestroy()


def _check_wav(label: str, path: str) -> Check:
    try:
        with wave.open(path, "rb") as w:
            rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
            seconds = w.getnframes() / rate
    except FileNotFoundError:
        return Check(label, False, f"file not found: {path}")
    except (wave.Error, EOFError, OSError) as exc:
        return Check(label, False, f"{path} is not a usable WAV file: {exc}")
    ok = width == 2 and channels in (1, 2)
    detail = f"{path}: {rate} Hz, {channels} channel(s), {seconds:.1f} s"
    return Check(label, ok, detail if ok else detail + " — needs 16-bit PCM")


def _check_writable(label: str, path: str) -> Check:
    folder = os.path.dirname(os.path.abspath(path))
    ok = os.path.isdir(folder) and os.access(folder, os.W_OK)
    return Check(label, ok, f"records to {path}" if ok else f"cannot write to folder {folder}")


def _check_device(label: str, spec: str, want_input: bool, devices: dict) -> Check:
    if "error" in devices:
        return Check(label, False, devices["error"])
    key = "inputs" if want_input else "outputs"
    names: list[str] = devices.get(key, [])
    if not names:
        return Check(label, False, "no sound device found: calls will be silent (null device)")
    if spec == "default":
        return Check(label, True, f"system default; available: {', '.join(names[:5])}")
    match = [n for n in names if n == spec] or [n for n in names if spec.lower() in n.lower()]
    if match:
        return Check(label, True, f"using {match[0]}")
    return Check(label, False, f"no device named {spec!r}; available: {', '.join(names[:5])}")


# ---------------------------------------------------------------------------- child side
def _child_devices() -> dict:
    import pjsua2 as pj

    ep = pj.Endpoint()
    ep.libCreate()
    cfg = pj.EpConfig()
    cfg.logConfig.level = 0
    cfg.logConfig.consoleLevel = 0
    ep.libInit(cfg)
    try:
        devs = ep.audDevManager().enumDev2()
        return {"inputs": [d.name for d in devs if d.inputCount > 0],
                "outputs": [d.name for d in devs if d.outputCount > 0]}
    finally:
        ep.libDestroy()


def _child_register(sip_json: str) -> dict:
    import queue

    from .events import RegistrationChanged
    from .softphone import Softphone

    fields = json.loads(sip_json)
    host = fields.get("listen", "127.0.0.1:0").rsplit(":", 1)[0].strip("[]")
    sip = SipSettings(**{**fields, "listen": f"{host}:0", "auto_answer_s": None})
    events: queue.SimpleQueue = queue.SimpleQueue()
    phone = Softphone(sip, AudioSettings("null", "null"), events.put)
    try:
        phone.start()
    except SoftphoneError as exc:
        return {"error": str(exc)}
    try:
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline:
            try:
                ev = events.get(timeout=0.2)
            except queue.Empty:
                continue
            if isinstance(ev, RegistrationChanged):
                return dataclasses.asdict(ev)
        return {"error": "no answer from the registrar within 8 s"}
    finally:
        phone.stop()


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    try:
        if command == "devices":
            result = _child_devices()
        elif command == "register":
            result = _child_register(sys.stdin.read())
        elif command == "tone":
            result = _child_tone(sys.stdin.read())
        else:
            result = {"error": f"unknown check {command!r}"}
    except Exception as exc:  # noqa: BLE001 - reported as a failed check
        result = {"error": f"{type(exc).__name__}: {exc}"}
    print(json.dumps(result), flush=True)
