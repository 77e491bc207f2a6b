"""The last-resort copy of unsaved notes: private, found again, and read as hostile input."""
from __future__ import annotations

import json
import os
import stat

import pytest

from console.notes_rescue import MAX_FILE_BYTES, RescueCopy, RescuedDraft, RescueProblem

DRAFTS = [RescuedDraft("free", "Customer is moving to Brno"),
          RescuedDraft("c7", "Wants a discount ☺\n\tsecond line", {"call_id": "c7", "number": "+421905123456"})]


@pytest.fixture
def rescue(tmp_path):
    return RescueCopy(tmp_path / "data", [tmp_path / "config", tmp_path / "runtime"])


def test_the_copy_is_private_and_comes_back_whole(rescue, tmp_path):
    path = rescue.write(DRAFTS)
    assert path == tmp_path / "config" / rescue.name
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert rescue.read() == (path, DRAFTS)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    rescue.remove()
    assert rescue.read() == (None, [])


def test_a_folder_that_refuses_the_copy_is_skipped_and_the_data_folder_is_never_used(tmp_path):
    blocked = tmp_path / "config"
    blocked.write_text("not a folder")  # the config "folder" cannot take a file
    rescue = RescueCopy(tmp_path / "data", [blocked, tmp_path / "data", tmp_path / "runtime"])
    assert rescue.folders == [blocked, tmp_path / "runtime"]
    assert rescue.write(DRAFTS) == tmp_path / "runtime" / rescue.name
    nowhere = RescueCopy(tmp_path / "data", [blocked])
    assert nowhere.write(DRAFTS) is None


def test_two_data_folders_never_share_a_copy(tmp_path):
    one = RescueCopy(tmp_path / "a", [tmp_path / "config"])
    two = RescueCopy(tmp_path / "b", [tmp_path / "config"])
    one.write(DRAFTS)
    assert two.read() == (None, [])


HOSTILE = {
    "binary garbage": b"\x00\xff\xfe" * 1000,
    "not JSON": b"{drafts: [",
    "deep nesting": b"[" * 200_000,
    "a list, not an object": b"[]",
    "drafts not a list": json.dumps({"drafts": {"free": "x"}}).encode(),
    "a draft not an object": json.dumps({"drafts": ["x"]}).encode(),
    "key not text": json.dumps({"drafts": [{"key": 5, "text": "x"}]}).encode(),
    "empty key": json.dumps({"drafts": [{"key": "", "text": "x"}]}).encode(),
    "huge key": json.dumps({"drafts": [{"key": "k" * 5000, "text": "x"}]}).encode(),
    "text not text": json.dumps({"drafts": [{"key": "free", "text": ["x"]}]}).encode(),
    "context not an object": json.dumps({"drafts": [{"key": "free", "text": "x", "context": [1]}]}).encode(),
    "too many drafts": json.dumps({"drafts": [{"key": f"k{i}", "text": "x"} for i in range(5000)]}).encode(),
    "bad UTF-8": b'{"drafts": [{"key": "free", "text": "\xc3\x28"}]}',
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_damaged_copy_is_refused_with_a_sentence_and_left_in_place(rescue, name):
    path = rescue.paths()[0]
    path.parent.mkdir(parents=True)
    path.write_bytes(HOSTILE[name])
    with pytest.raises(RescueProblem) as caught:
        rescue.read()
    assert str(path) in caught.value.message and "left in place" in caught.value.message
    assert path.read_bytes() == HOSTILE[name]  # nothing lost: IT can still look at it


def test_an_oversized_copy_is_not_read(rescue):
    path = rescue.paths()[0]
    path.parent.mkdir(parents=True)
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(RescueProblem, match="larger than"):
        rescue.read()


def test_a_symlink_is_not_followed(rescue, tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"drafts": [{"key": "free", "text": "someone else's words"}]}))
    path = rescue.paths()[0]
    path.parent.mkdir(parents=True)
    path.symlink_to(secret)
    with pytest.raises(RescueProblem, match="cannot be opened"):
        rescue.read()


def test_a_copy_planted_by_another_user_is_not_read(rescue):
    path = rescue.paths()[0]
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"drafts": [{"key": "free", "text": "planted"}]}))
    os.chown(path, 65534, 65534)  # the tests run as root (as CI does): a throwaway owner
    with pytest.raises(RescueProblem, match="another user"):
        rescue.read()
