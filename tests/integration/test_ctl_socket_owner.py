"""Another local user must not take over the control socket (issue 9, finding 2).

A throwaway system user plays the squatter: it makes folders and sockets where the console and
`agent-console ctl` look, and runs a small Unix-socket server that records everything it is
sent and answers with forged replies and events. The victim is the user running these tests
(root here, for whom the kernel's file permissions mean nothing, so everything below is held by
the console's own uid checks). Nothing may reach the squatter, the victim gets a clear sentence
naming it, and a real console refuses connections from the squatter's uid before reading them.
"""
from __future__ import annotations

import json
import os
import pwd
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from console.ctl_client import NotYourConsole

from harness.consoles import free_udp_port, stop_console, wait_for_ctl

SYSTEM_PYTHON = "/usr/bin/python3"  # the squatter cannot reach the project's virtualenv under /root

# Runs as the squatter: makes its folders, symlinks and sockets, records every connection and byte.
SQUATTER_SERVER = r'''
import json, os, selectors, signal, socket, sys
spec = json.loads(sys.argv[1])
for path, mode in spec.get("dirs", []):
    os.mkdir(path); os.chmod(path, int(mode, 8))
for target, link in spec.get("symlinks", []):
    os.symlink(target, link)
sel = selectors.DefaultSelector()
listeners, conns = [], []
for path in spec["sockets"]:
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(path); os.chmod(path, 0o777); s.listen(64); s.setblocking(False)
    sel.register(s, selectors.EVENT_READ, path); listeners.append((s, path))
FORGED = (b'{"ok": true, "result": {"forged": true, "pid": 1}}\n'
          b'{"type": "card.shown", "ts": 0, "call_id": "forged", "name": "forged"}\n')
def record(**what):
    print(json.dumps(what), flush=True)
def accept(s, path):
    while True:
        try:
            c, _ = s.accept()
        except (BlockingIOError, InterruptedError):
            return
        c.setblocking(False); conns.append((c, path)); record(connected=path)
        try:
            c.sendall(FORGED)
        except OSError:
            pass
        sel.register(c, selectors.EVENT_READ, None)
def drain(c, path):
    while True:
        try:
            data = c.recv(65536)
        except (BlockingIOError, InterruptedError):
            return True
        except OSError:
            data = b""
        if not data:
            return False
        record(received=path, data=data.decode("utf-8", "replace"))
class Stop(Exception):
    pass
def stop(*_):
    raise Stop
signal.signal(signal.SIGTERM, stop)
record(ready=True)
try:
    while True:
        for key, _ in sel.select():
            if key.data is not None:
                accept(key.fileobj, key.data)
            else:
                path = next(p for c, p in conns if c is key.fileobj)
                if not drain(key.fileobj, path):
                    sel.unregister(key.fileobj)
except Stop:
    for s, path in listeners:  # whatever the kernel still holds for us counts too
        accept(s, path)
    for c, path in conns:
        drain(c, path)
    record(stopped=True)
'''

# Runs as the squatter against the victim's real console: tries to drive it and listen in.
FOREIGN_CLIENT = r'''
import json, socket, sys
out = {"connected": False, "received": "", "closed_by_console": False}
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.settimeout(30)
try:
    s.connect(sys.argv[1]); out["connected"] = True
    for cmd, args in [("note", ["the other user wrote this"]), ("dial", ["+421900111222"]),
                      ("events", []), ("quit", [])]:
        try:
            s.sendall((json.dumps({"cmd": cmd, "args": args}) + "\n").encode())
        except OSError:
            break
    data = b""
    while True:
        try:
            chunk = s.recv(65536)
        except ConnectionResetError:
            chunk = b""
        if not chunk:
            out["closed_by_console"] = True
            break
        data += chunk
    out["received"] = data.decode("utf-8", "replace")
except OSError as exc:
    out["error"] = type(exc).__name__
print(json.dumps(out))
'''


_running: list[subprocess.Popen] = []  # the squatter's servers, stopped before its user goes
_consoles: list[subprocess.Popen] = []  # the victim's consoles, never left behind


@pytest.fixture
def squatter():
    """A throwaway system user; removed again whatever happens, after its processes."""
    name = f"agentconsole-squatter-{secrets.token_hex(3)}"
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
                   check=True, capture_output=True, timeout=60)
    try:
        yield pwd.getpwnam(name)
    finally:
        while _running:
            proc = _running.pop()
            if proc.poll() is None:
                proc.kill()
                proc.wait(30)
        subprocess.run(["userdel", name], capture_output=True, timeout=60)


@pytest.fixture(autouse=True)
def _no_console_left():
    yield
    while _consoles:
        proc = _consoles.pop()
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)


@pytest.fixture
def arena():
    """A shared folder like /tmp (world-writable, sticky) that both users can reach."""
    path = Path(tempfile.mkdtemp(prefix="ac-squat-", dir="/tmp"))
    path.chmod(0o1777)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


class Squatter:
    def __init__(self, user: pwd.struct_passwd, cwd: Path, **spec) -> None:
        self.user = user
        self.proc = subprocess.Popen([SYSTEM_PYTHON, "-c", SQUATTER_SERVER, json.dumps(spec)], cwd=cwd,
                                     user=user.pw_uid, group=user.pw_gid, extra_groups=[],
                                     env={"PATH": "/usr/bin:/bin"}, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        _running.append(self.proc)
        first = self.proc.stdout.readline()
        assert json.loads(first or "{}").get("ready"), self.proc.stderr.read()

    def records(self) -> list[dict]:
        """Stop it and return everything it saw (it reads what the kernel still holds first)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        out, err = self.proc.communicate(timeout=30)
        lines = [json.loads(line) for line in out.splitlines() if line.strip()]
        assert lines and lines[-1].get("stopped"), err
        return lines[:-1]


def as_user(user: pwd.struct_passwd, script: str, *args: str) -> dict:
    out = subprocess.run([SYSTEM_PYTHON, "-c", script, *args], user=user.pw_uid, group=user.pw_gid,
                         extra_groups=[], env={"PATH": "/usr/bin:/bin"}, cwd="/", capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def victim_env(tmpdir: Path, runtime: Path | None = None) -> dict:
    env = {**os.environ, "TMPDIR": str(tmpdir), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_RUNTIME_DIR", "AGENT_CONSOLE_CTL", "AGENT_CONSOLE_DATA_DIR", "AGENT_CONSOLE_LOG_DIR"):
        env.pop(name, None)
    if runtime is not None:
        env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def write_config(workdir: Path, ctl_name: str) -> Path:
    """A console's config; a plain socket name goes in [ctl] name (an absolute path: AGENT_CONSOLE_CTL)."""
    cfg = workdir / "config.toml"
    ctl = f'[ctl]\nname = "{ctl_name}"\n' if ctl_name else ""
    cfg.write_text(f'[paths]\ndata_dir = "{workdir / "data"}"\nlog_dir = "{workdir / "log"}"\n'
                   f'{ctl}[sip]\nlisten = "127.0.0.1:{free_udp_port()}"\n'
                   '[audio]\ncapture = "null"\nplayback = "null"\n', encoding="utf-8")
    return cfg


def start_console(cfg: Path, env: dict) -> subprocess.Popen:
    err_path = cfg.parent / "console.stderr"
    with open(err_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "console", "--config", str(cfg)], env=env,
                                stdout=subprocess.DEVNULL, stderr=err)
    proc.stderr_path = err_path  # type: ignore[attr-defined]
    _consoles.append(proc)
    return proc


def stop(path: Path, proc: subprocess.Popen) -> None:
    try:
        stop_console(str(path), proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)


def wait_for_own_console(path: Path, proc: subprocess.Popen) -> None:
    """Until the console has put its own socket where the planted one was."""
    for _ in range(6000):
        try:
            wait_for_ctl(str(path), proc, timeout_s=60)
            return
        except NotYourConsole:
            time.sleep(0.01)
    raise AssertionError("the console never replaced the planted socket")


def ctl(cfg: Path, env: dict, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "console", "--config", str(cfg), "ctl", *args],
                          env=env, capture_output=True, text=True, timeout=timeout)


def assert_refused_naming(out: subprocess.CompletedProcess, user: pwd.struct_passwd) -> None:
    assert out.returncode != 0, out.stdout
    assert f"user '{user.pw_name}' (uid {user.pw_uid})" in out.stderr, out.stderr
    assert "Traceback" not in out.stderr and "forged" not in out.stdout + out.stderr


VICTIM_COMMANDS = [("note", "Customer", "asked", "for", "a", "refund"), ("dial", "+421900555666"), ("events",)]


@pytest.mark.parametrize("how", ["folder 0755", "folder 0700", "folder 0777", "symlink to its folder"])
def test_squatted_fallback_folder_is_refused_and_gets_nothing(squatter, arena, tmp_path, how):
    """The squatter made <tmp>/agent-console-<uid>/ first (and a socket where the old code looked)."""
    name = "front-desk"
    folder = arena / f"agent-console-{os.getuid()}"
    spec: dict = {"sockets": [str(arena / name)]}  # the old, predictable place
    if how.startswith("folder"):
        spec["dirs"] = [[str(folder), how.split()[1]]]
        spec["sockets"].append(str(folder / name))
    else:
        own = arena / "squatters-own"
        spec["dirs"] = [[str(own), "0755"]]
        spec["symlinks"] = [[str(own), str(folder)]]
        spec["sockets"].append(str(own / name))
    spy = Squatter(squatter, arena, **spec)
    env = victim_env(arena)
    cfg = write_config(tmp_path, name)
    try:
        for command in VICTIM_COMMANDS:
            out = ctl(cfg, env, *command)
            assert_refused_naming(out, squatter)
            assert "Nothing was sent" in out.stderr
        console = start_console(cfg, env)
        assert console.wait(60) != 0  # it cannot work from that folder, and says why
        err = Path(console.stderr_path).read_text(errors="replace")
        if how.startswith("symlink"):
            assert f"the folder {folder} for the control socket is a symbolic link" in err, err
        else:
            assert f"the folder {folder} for the control socket belongs to user '{squatter.pw_name}'" in err, err
        assert "XDG_RUNTIME_DIR" in err and "Traceback" not in err and "already running" not in err
    finally:
        seen = spy.records()
    assert seen == []  # not a connection, not a byte


def test_squatter_in_tmp_does_not_stop_a_console_with_a_private_runtime_folder(squatter, arena, tmp_path):
    runtime = arena / "runtime-victim"
    runtime.mkdir(mode=0o700)
    name = "front-desk"
    folder = arena / f"agent-console-{os.getuid()}"
    spy = Squatter(squatter, arena, dirs=[[str(folder), "0755"]],
                   sockets=[str(arena / name), str(folder / name)])
    env = victim_env(arena, runtime)
    cfg = write_config(tmp_path, name)
    console = start_console(cfg, env)
    path = runtime / "agent-console" / name
    try:
        wait_for_ctl(str(path), console, timeout_s=60)
        status = json.loads(ctl(cfg, env, "status", "--json").stdout)
        assert status["ok"] and status["result"]["pid"] == console.pid
        assert ctl(cfg, env, "note", "Customer", "asked", "for", "a", "refund").returncode == 0
        assert stat.S_IMODE(os.lstat(runtime / "agent-console").st_mode) == 0o700
    finally:
        stop(path, console)
        seen = spy.records()
    assert seen == []


@pytest.mark.parametrize("owner", ["squatter", "victim"])
def test_a_foreign_socket_in_the_private_folder_is_not_believed(squatter, arena, tmp_path, owner):
    """A socket file planted in the victim's own folder (only root could): by the squatter's file
    owner, or with the victim as file owner but the squatter's process listening behind it."""
    runtime = arena / "runtime-victim"
    (runtime / "agent-console").mkdir(mode=0o700, parents=True)
    runtime.chmod(0o700)
    name = "front-desk"
    squat_dir = arena / "squatters-own"
    spy = Squatter(squatter, arena, dirs=[[str(squat_dir), "0755"]], sockets=[str(squat_dir / "s")])
    planted = runtime / "agent-console" / name
    os.rename(squat_dir / "s", planted)  # the squatter's listening socket, now at the victim's path
    if owner == "victim":
        os.lchown(planted, os.getuid(), os.getgid())
    env = victim_env(arena, runtime)
    cfg = write_config(tmp_path, name)
    console = None
    try:
        out = ctl(cfg, env, "note", "Customer", "asked", "for", "a", "refund")
        assert_refused_naming(out, squatter)
        expected = "belongs to user" if owner == "squatter" else "runs as user"
        assert expected in out.stderr and "Nothing was sent" in out.stderr
        console = start_console(cfg, env)  # not fooled into "another console is already running"
        wait_for_own_console(planted, console)
        status = json.loads(ctl(cfg, env, "status", "--json").stdout)
        assert status["ok"] and status["result"]["pid"] == console.pid
    finally:
        if console is not None:
            stop(planted, console)
        seen = spy.records()
    assert not [r for r in seen if "received" in r]  # it may have seen a knock, never a byte


def test_another_uid_is_disconnected_before_any_command(squatter, arena, tmp_path):
    """The socket is made reachable on purpose (absolute path in a 0755 folder, socket 0777)."""
    folder = arena / "victims-sockets"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    path = folder / "desk.sock"
    env = {**victim_env(arena), "AGENT_CONSOLE_CTL": str(path)}
    cfg = write_config(tmp_path, "")
    console = start_console(cfg, env)
    try:
        wait_for_ctl(str(path), console, timeout_s=60)
        path.chmod(0o777)  # the kernel would let the squatter in: only the console's check stands
        tried = as_user(squatter, FOREIGN_CLIENT, str(path))
        assert tried["connected"] and tried["closed_by_console"], tried
        assert tried["received"] == ""  # no reply, no event
        status = json.loads(ctl(cfg, env, "status", "--json").stdout)  # "quit" was not obeyed
        assert status["ok"] and status["result"]["pid"] == console.pid and status["result"]["calls"] == []
        mine = json.loads(ctl(cfg, env, "note", "x", "--json").stdout)
        assert mine["ok"] and mine["result"]["chars"] == 1  # the other user's note never landed
        log = (tmp_path / "log" / "console.log").read_text(errors="replace")
        assert f"refused a connection from uid {squatter.pw_uid}" in log
    finally:
        stop(path, console)


def test_absolute_path_in_a_folder_others_can_write_is_refused(squatter, arena, tmp_path):
    path = arena / "desk.sock"  # arena is like /tmp: anyone may put a socket there
    spy = Squatter(squatter, arena, sockets=[str(path)])
    env = {**victim_env(arena), "AGENT_CONSOLE_CTL": str(path)}
    cfg = write_config(tmp_path, "")
    try:
        out = ctl(cfg, env, "note", "Customer", "asked", "for", "a", "refund")
        assert out.returncode == 2 and "can be written by other users" in out.stderr, out.stderr
        assert "Traceback" not in out.stderr and "forged" not in out.stdout
        console = start_console(cfg, env)
        assert console.wait(60) != 0
        err = Path(console.stderr_path).read_text(errors="replace")
        assert "can be written by other users" in err and "already running" not in err, err
    finally:
        seen = spy.records()
    assert seen == []


def test_default_socket_is_in_a_private_folder_others_cannot_reach(squatter, arena, tmp_path):
    """No XDG_RUNTIME_DIR of ours (the one set is the squatter's): <tmp>/agent-console-<uid>/, 0700."""
    theirs = arena / "runtime-squatter"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, squatter.pw_uid, squatter.pw_gid)
    env = victim_env(arena, theirs)
    cfg = write_config(tmp_path, "front-desk")
    console = start_console(cfg, env)
    folder = arena / f"agent-console-{os.getuid()}"
    path = folder / "front-desk"
    try:
        wait_for_ctl(str(path), console, timeout_s=60)
        st = os.lstat(folder)
        assert stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) == 0o700
        assert stat.S_ISSOCK(os.lstat(path).st_mode) and os.lstat(path).st_uid == os.getuid()
        assert list(theirs.iterdir()) == []  # nothing of ours in the other user's runtime folder
        tried = as_user(squatter, FOREIGN_CLIENT, str(path))
        assert not tried["connected"] and tried.get("error") == "PermissionError", tried
        assert json.loads(ctl(cfg, env, "status", "--json").stdout)["result"]["pid"] == console.pid
    finally:
        stop(path, console)
