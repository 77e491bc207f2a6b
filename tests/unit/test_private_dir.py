"""ensure_private_dir: a folder only this user may enter, or a clear refusal — never a folder
someone else prepared."""
from __future__ import annotations

import os
import stat

import pytest

from console.private_dir import NotPrivate, ensure_private_dir


def test_made_with_mode_0700_even_with_an_open_umask(tmp_path):
    old = os.umask(0)
    try:
        made = ensure_private_dir(tmp_path / "a" / "b", parents=True)
    finally:
        os.umask(old)
    st = os.lstat(made)
    assert stat.S_ISDIR(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o700 and st.st_uid == os.getuid()
    assert ensure_private_dir(made) == made  # a second time: the same folder, accepted


@pytest.mark.parametrize("mode", [0o755, 0o770, 0o707, 0o1777])
def test_an_open_folder_is_refused_with_the_fix(tmp_path, mode):
    folder = tmp_path / "open"
    folder.mkdir()
    folder.chmod(mode)
    with pytest.raises(NotPrivate, match=f"open to other users .*chmod 700 {folder}"):
        ensure_private_dir(folder)


def test_a_symlink_is_refused_even_to_a_private_folder(tmp_path):
    real = ensure_private_dir(tmp_path / "real")
    link = tmp_path / "link"
    link.symlink_to(real)
    with pytest.raises(NotPrivate, match="symbolic link"):
        ensure_private_dir(link)


def test_a_file_in_the_way_is_refused(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotPrivate, match="is not a folder"):
        ensure_private_dir(tmp_path / "file")


def test_someone_elses_folder_is_refused_naming_them(tmp_path):  # the tests run as root, who can chown
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)  # nobody
    with pytest.raises(NotPrivate, match=r"belongs to (user '\w+' \()?uid 65534\)?, not you; remove it"):
        ensure_private_dir(folder, hint="remove it")
