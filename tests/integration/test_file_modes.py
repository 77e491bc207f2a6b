"""Customers' data stays with the agent's own user account: the database (with its WAL files),
the log and call recordings are 0600 in 0700 folders, even when the user's umask would make
them readable by everybody, and files left readable by older versions are closed on start."""
from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from harness.consoles import free_udp_port, start_console_process, stop_console, wait_for_ctl

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows has no file modes")


@pytest.fixture(autouse=True)
def permissive_umask():
    """What many desktops use: files 0644, folders 0755, unless the program takes care."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def modes(*folders: Path) -> dict[str, str]:
    """Every folder and file under the folders (the folders too), with its mode in octal."""
    found = {}
    for folder in folders:
        found[str(folder)] = f"{stat.S_IMODE(folder.stat().st_mode):04o}"
        for path in folder.rglob("*"):
            found[str(path)] = f"{stat.S_IMODE(path.lstat().st_mode):04o}"
    return found


def assert_private(*folders: Path) -> dict[str, str]:
    found = modes(*folders)
    loose = {p: m for p, m in found.items()
             if m != ("0700" if os.path.isdir(p) else "0600")}
    assert not loose, f"readable by others: {loose}"
    return found


def wait_until(check, what: str, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def run_cli(*args: str, config: Path | None = None, timeout: float = 90) -> subprocess.CompletedProcess:
    prefix = ["--config", str(config)] if config else []
    return subprocess.run([sys.executable, "-m", "console", *prefix, *args], capture_output=True,
                          text=True, timeout=timeout)


def test_a_console_taking_a_recorded_call_keeps_everything_private(tmp_path):
    port = free_udp_port()
    recordings = tmp_path / "recordings"  # missing: the console makes it
    toml = (f'[sip]\nlisten = "127.0.0.1:{port}"\nauto_answer_s = 0\nrecord_dir = "{recordings}"\n'
            '[audio]\ncapture = "null"\nplayback = "null"\n')
    proc, ctl, _ = start_console_process(tmp_path, toml)
    caller = None
    try:
        wait_for_ctl(ctl, proc, 60)
        caller = subprocess.Popen([sys.executable, "-m", "cti.simulated_customer", f"sip:agent@127.0.0.1:{port}",
                                   "--from", "+421905123456", "--tone", "440", "--duration", "8"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wav = wait_until(lambda: [p for p in recordings.glob("*.wav") if p.stat().st_size > 8000],
                         "a recording with audio in it")[0]
        data = tmp_path / "data"
        wait_until(lambda: (data / "console.db-wal").exists() and (data / "console.db-shm").exists(),
                   "the database's WAL files")
        running = assert_private(data, tmp_path / "log", recordings)
        for name in ("console.db", "console.db-wal", "console.db-shm"):
            assert running[str(data / name)] == "0600"
        assert running[str(tmp_path / "log" / "console.log")] == "0600"
        assert running[str(wav)] == "0600"
    finally:
        if caller is not None:
            caller.kill()
            caller.wait()
        stop_console(ctl, proc)
    assert proc.returncode == 0, proc.stderr_path.read_text(errors="replace")[-2000:]
    assert_private(tmp_path / "data", tmp_path / "log", recordings)


def test_crm_import_and_lookup_keep_the_database_and_log_private(tmp_path):
    data, logs = Path(os.environ["AGENT_CONSOLE_DATA_DIR"]), Path(os.environ["AGENT_CONSOLE_LOG_DIR"])
    csv = tmp_path / "customers.csv"
    csv.write_text("name,phone\nJán Kováč,0905 123 456\n", encoding="utf-8")
    run = run_cli("crm", "import", str(csv))
    assert run.returncode == 0, run.stderr
    found = assert_private(data, logs)
    assert str(data / "console.db") in found and str(logs / "console.log") in found
    run = run_cli("lookup", "0905123456")
    assert run.returncode == 0 and "Kováč" in run.stdout, run.stderr
    assert_private(data, logs)


def test_the_demo_keeps_its_crm_and_log_private(tmp_path):
    """Checked while the demo runs: when it ends it removes its CRM (tests/integration/desktop)."""
    import select

    logs = Path(os.environ["AGENT_CONSOLE_LOG_DIR"])
    shot = tmp_path / "demo.png"
    demo = subprocess.Popen([sys.executable, "-m", "console", "demo", "--keep", "--screenshot", str(shot)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    seen, deadline = "", time.monotonic() + 120
    try:
        while "Screenshot: " not in seen and demo.poll() is None and time.monotonic() < deadline:
            if select.select([demo.stdout], [], [], 1)[0]:  # unbuffered reads: no line waits in a buffer
                seen += os.read(demo.stdout.fileno(), 65536).decode(errors="replace")
        where = re.search(r"customers in (\S+)", seen)
        assert "Screenshot: " in seen and where, seen
        data = Path(where.group(1))
        found = assert_private(data.parent, logs)
        assert str(data / "console.db") in found
    finally:
        demo.terminate()
        demo.wait(60)


def test_files_left_readable_by_an_older_version_are_closed_on_start(tmp_path):
    data, logs = Path(os.environ["AGENT_CONSOLE_DATA_DIR"]), Path(os.environ["AGENT_CONSOLE_LOG_DIR"])
    recordings = tmp_path / "recordings"
    for folder in (data, logs, recordings):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    old_db = sqlite3.connect(data / "console.db")  # as an older version left it: 0644, WAL open
    old_db.execute("PRAGMA journal_mode = WAL")
    old_db.execute("CREATE TABLE leftover (note TEXT)")
    old_db.execute("INSERT INTO leftover VALUES ('customer said something private')")
    old_db.commit()
    try:
        for name in ("console.log", "console.log.1"):
            (logs / name).write_text("2024-01-01 INFO old line\n")
        (recordings / "20240101-120000-c1.wav").write_bytes(b"RIFF" + bytes(60))
        config = tmp_path / "config.toml"
        config.write_text(f'[sip]\nrecord_dir = "{recordings}"\n')
        before = modes(data, logs, recordings)
        assert before[str(data / "console.db")] == "0644" and before[str(data / "console.db-wal")] == "0644"
        assert before[str(data)] == "0755"
        run = run_cli("lookup", "0905123456", config=config)
        assert run.returncode in (0, 1), run.stderr  # the number is unknown here; the modes matter
        after = assert_private(data, logs, recordings)
        assert {str(data / n) for n in ("console.db", "console.db-wal", "console.db-shm")} <= set(after)
    finally:
        old_db.close()
    # nothing lost: the old row is still there
    with sqlite3.connect(data / "console.db") as again:
        assert again.execute("SELECT note FROM leftover").fetchall() == [("customer said something private",)]


def test_a_shared_folder_the_user_chose_is_left_open_but_our_files_in_it_are_closed(tmp_path):
    home = Path.home()
    home.chmod(0o755)
    documents = home / "Documents"
    documents.mkdir(parents=True, exist_ok=True)
    documents.chmod(0o755)
    (documents / "holiday.txt").write_text("not ours")
    (documents / "holiday.txt").chmod(0o644)
    config = tmp_path / "config.toml"
    config.write_text(f'[paths]\nlog_dir = "{documents}"\n')
    env = {k: v for k, v in os.environ.items() if k != "AGENT_CONSOLE_LOG_DIR"}
    run = subprocess.run([sys.executable, "-m", "console", "--config", str(config), "lookup", "0905123456"],
                         capture_output=True, text=True, timeout=90, env=env)
    assert run.returncode in (0, 1), run.stderr
    found = modes(documents)
    assert found[str(documents)] == "0755" and found[str(documents / "holiday.txt")] == "0644"
    assert found[str(documents / "console.log")] == "0600"
    assert stat.S_IMODE(home.stat().st_mode) == 0o755  # the home folder is never touched
