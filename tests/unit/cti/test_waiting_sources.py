"""Waiting sources (cti.waiting): found by name, built-in or from an installed package's entry
point; an unknown name is refused with a sentence; the Asterisk AMI source's reading of what
the PBX sends survives hostile input (huge packets, missing fields, binary) and keeps going."""
from __future__ import annotations

import queue
import socket
import threading
import time

import pytest

from cti.waiting.asterisk_ami import MAX_PACKET, AsteriskQueueSource, QueueTracker, parse_packet
from cti.waiting.protocol import CustomerAnswered, CustomerGaveUp, CustomerLeft, CustomerWaiting, SourceProblem, WaitingSource
from cti.waiting.registry import SourceNotAvailable, available, create_source
from cti.waiting.ring_group import RingGroupSource

from harness.ami_server import FakeAsterisk

# -- the registry -------------------------------------------------------------------------------

def test_the_built_in_sources_are_found_by_name_and_speak_the_protocol():
    found = available()
    assert {"ring_group", "ami"} <= set(found)
    ring_group = create_source("ring_group")
    assert isinstance(ring_group, RingGroupSource) and isinstance(ring_group, WaitingSource)
    heard = []
    ring_group.start(heard.append)
    ring_group.rings("call-1@pbx", "+421905123456", "Eva", "jana")
    ring_group.answered("call-1@pbx", "jana")
    ring_group.stop()
    ring_group.gave_up("call-1@pbx")  # after stop: nobody hears it
    assert heard == [CustomerWaiting("call-1@pbx", "+421905123456", "Eva", None, ("jana",)),
                     CustomerAnswered("call-1@pbx", "jana")]
    assert isinstance(create_source("ami", {"host": "127.0.0.1", "port": 5038}), AsteriskQueueSource)


def test_a_source_from_an_installed_package_is_found_through_its_entry_point(tmp_path, monkeypatch):
    (tmp_path / "acme_queue.py").write_text(
        "class Source:\n"
        "    def __init__(self, settings): self.settings = settings\n"
        "    def start(self, report): report(('started', self.settings['site']))\n"
        "    def stop(self): pass\n"
        "def create(settings): return Source(settings)\n")
    dist = tmp_path / "acme_queue-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-queue\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[agent_console.waiting_sources]\nacme = acme_queue:create\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "acme" in available()
    heard = []
    source = create_source("acme", {"site": "brno"})
    source.start(heard.append)
    assert heard == [("started", "brno")]


def test_an_unknown_source_is_refused_with_a_sentence_naming_it_and_the_known_ones():
    with pytest.raises(SourceNotAvailable) as refused:
        create_source("freeswitch_callcenter")
    text = str(refused.value)
    assert "\"freeswitch_callcenter\"" in text and "[team] waiting_sources" in text
    assert "ami" in text and "ring_group" in text and text.endswith(".")


def test_a_source_that_fails_to_start_is_a_sentence_not_a_traceback():
    with pytest.raises(SourceNotAvailable) as refused:
        create_source("ami", {})  # no host
    assert "[team.ami] host" in str(refused.value)


# -- reading AMI --------------------------------------------------------------------------------

JOIN = (b"Event: QueueCallerJoin\r\nPrivilege: agent,all\r\nChannel: PJSIP/trunk-00000001\r\n"
        b"CallerIDNum: +421905123456\r\nCallerIDName: Eva Mal\xc3\xa1\r\nUniqueid: 1700000000.1\r\n"
        b"Queue: support\r\nPosition: 1\r\nCount: 1")


def test_a_join_an_answer_and_an_abandon_become_waiting_changes():
    tracker = QueueTracker()
    assert tracker.packet(parse_packet(JOIN)) == [
        CustomerWaiting("1700000000.1", "+421905123456", "Eva Malá", None, ("queue:support",))]
    assert tracker.packet(parse_packet(b"Event: AgentConnect\r\nUniqueid: 1700000000.1\r\nMemberName: Jana\r\n"
                                       b"Queue: support")) == [CustomerAnswered("1700000000.1", "Jana")]
    assert tracker.packet(parse_packet(b"Event: QueueCallerLeave\r\nUniqueid: 1700000000.1\r\nQueue: support")) == []
    tracker.packet(parse_packet(JOIN.replace(b"1700000000.1", b"1700000000.2")))
    assert tracker.packet(parse_packet(b"Event: QueueCallerAbandon\r\nUniqueid: 1700000000.2\r\nQueue: support")) \
        == [CustomerGaveUp("1700000000.2")]


def test_queue_status_sets_the_wait_and_forgets_who_left_meanwhile():
    tracker = QueueTracker(now=lambda: 1000.0)
    tracker.packet(parse_packet(JOIN))
    tracker.begin_status()
    entry = tracker.packet(parse_packet(b"Event: QueueEntry\r\nQueue: support\r\nUniqueid: 9.9\r\n"
                                        b"CallerIDNum: 0905111222\r\nCallerIDName: <unknown>\r\nWait: 42"))
    assert entry == [CustomerWaiting("9.9", "0905111222", "", 958.0, ("queue:support",))]
    assert tracker.packet(parse_packet(b"Event: QueueStatusComplete\r\nEventList: Complete")) == \
        [CustomerLeft("1700000000.1")]


@pytest.mark.parametrize("raw", [
    b"",
    b"\x00\xff\xfe" * 5000,  # binary
    b"Event: QueueCallerJoin\r\nQueue: support",  # no Uniqueid
    b"Event: QueueCallerJoin",  # nothing but the event
    b"Event: QueueEntry\r\nUniqueid: 1.1\r\nWait: 99999999999999999999",  # absurd wait
    b"Event: QueueEntry\r\nUniqueid: 1.2\r\nWait: -5",
    b"no colon here\r\n: no key\r\n\xc3\x28: bad utf-8",
    b"Event: AgentConnect\r\nUniqueid: never-joined",
    b"Uniqueid: 1.3\r\nCallerIDNum: +421900000000",  # no event
])
def test_hostile_packets_are_ignored_or_read_safely(raw):
    tracker = QueueTracker(now=lambda: 1000.0)
    for change in tracker.packet(parse_packet(raw)):
        assert isinstance(change, CustomerWaiting)
        assert change.since is None or 0 <= change.since <= 1000.0


def test_values_are_plain_bounded_text_and_fields_are_bounded():
    raw = (b"Event: QueueCallerJoin\r\nUniqueid: 2.\x00\x1b[31m2\r\nCallerIDNum: " + b"9" * 5000 +
           b"\r\nCallerIDName: \xe2\x80\xaeEvil\x07\r\n" + b"".join(b"X%d: y\r\n" % i for i in range(500)))
    fields = parse_packet(raw)
    assert len(fields) <= 64
    (change,) = QueueTracker().packet(fields)
    assert change.key == "2.[31m2" and len(change.number) <= 64 and change.name == "Evil"


def _ami_script(server: socket.socket, script) -> None:  # noqa: ANN001
    def run() -> None:
        sock, _ = server.accept()
        with sock:
            script(sock)
    threading.Thread(target=run, daemon=True).start()


def _wait_for(heard: queue.Queue, kind: type, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while True:
        item = heard.get(timeout=max(0.01, deadline - time.monotonic()))
        if isinstance(item, kind):
            return item


def test_a_huge_packet_ends_the_connection_with_a_sentence_and_the_source_connects_again():
    server = socket.create_server(("127.0.0.1", 0))
    connections = queue.Queue()

    def flood(sock: socket.socket) -> None:
        connections.put(1)
        try:
            sock.sendall(b"Asterisk Call Manager/9.0.0\r\n")
            sock.recv(4096)  # the login
            sock.sendall(b"Response: Success\r\nActionID: login\r\nMessage: Authentication accepted\r\n\r\n")
            sock.sendall(b"Event: QueueCallerJoin\r\nCallerIDName: " + b"A" * (MAX_PACKET * 8))
            sock.recv(4096)
        except OSError:
            pass  # the source hung up on the flood, as it should

    for _ in range(2):
        _ami_script(server, flood)
    heard: queue.Queue = queue.Queue()
    source = AsteriskQueueSource("127.0.0.1", server.getsockname()[1], "console", "pw")
    source.start(heard.put)
    try:
        problem = _wait_for(heard, SourceProblem)
        assert "larger than 16 KB" in problem.sentence and "127.0.0.1" in problem.sentence
        assert "pw" not in problem.sentence
        connections.get(timeout=30)
        connections.get(timeout=30)  # it connected again
    finally:
        source.stop()
        server.close()


def test_a_wrong_password_is_a_sentence_naming_what_to_fix_and_never_the_password():
    ami = FakeAsterisk(secret="right-one")
    heard: queue.Queue = queue.Queue()
    source = AsteriskQueueSource("127.0.0.1", ami.port, "console", "wrong-one")
    source.start(heard.put)
    try:
        problem = _wait_for(heard, SourceProblem)
        assert "refused the AMI login" in problem.sentence and "[team.ami] user" in problem.sentence
        assert "wrong-one" not in problem.sentence and "wrong-one" not in repr(source)
    finally:
        source.stop()
        ami.stop()


def test_something_that_is_not_asterisk_is_refused_with_a_sentence():
    server = socket.create_server(("127.0.0.1", 0))
    _ami_script(server, lambda sock: (sock.sendall(b"SSH-2.0-OpenSSH_9.2\r\n"), sock.recv(10)))
    heard: queue.Queue = queue.Queue()
    source = AsteriskQueueSource("127.0.0.1", server.getsockname()[1], "console", "pw")
    source.start(heard.put)
    try:
        assert "does not answer as the Asterisk Manager Interface" in _wait_for(heard, SourceProblem).sentence
    finally:
        source.stop()
        server.close()


# -- the settings ---------------------------------------------------------------------------------

def _config(tmp_path, text: str):
    from console.config import load_config

    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def test_the_ring_group_is_the_default_and_the_ami_settings_are_read(tmp_path):
    assert _config(tmp_path, "").team_waiting_sources == ("ring_group",)
    cfg = _config(tmp_path, '[team]\nwaiting_sources = ["ami", "ring_group"]\n'
                            '[team.ami]\nhost = "10.0.0.2"\nport = 5038\nuser = "console"\nqueue = "support"\n')
    assert cfg.team_waiting_sources == ("ami", "ring_group")
    assert cfg.team_source_settings["ami"] == {"host": "10.0.0.2", "port": 5038, "user": "console", "queue": "support"}


@pytest.mark.parametrize("text, words", [
    ('[team]\nwaiting_sources = ["ami"]\n[team.ami]\nhost = "10.0.0.2"\nsecret = "hunter2-pw"\n',
     ["[team.ami] secret", "AGENT_CONSOLE_SECRET_AMI", "keyring"]),
    ('[team]\nwaiting_sources = ["ami"]\n', ["[team.ami]", "host"]),
    ('[team]\nwaiting_sources = []\n', ["waiting_sources", "ring_group"]),
    ('[team]\nwaiting_sources = ["ami", "ami"]\n[team.ami]\nhost = "h"\n', ["different"]),
    ('[team]\nwaiting_sources = ["ami"]\n[team.ami]\nhost = "h"\nport = 99999\n', ["[team.ami] port", "65535"]),
    ('[team]\nwaiting_sources = ["ami"]\n[team.ami]\nhost = "h"\nsecrets_file = "/x"\n', ["not a known setting"]),
])
def test_wrong_waiting_settings_are_refused_with_a_sentence_and_a_secret_is_never_echoed(tmp_path, text, words):
    from console.config import ConfigError

    with pytest.raises(ConfigError) as refused:
        _config(tmp_path, text)
    message = str(refused.value)
    assert all(word in message for word in words), message
    assert "hunter2-pw" not in message
