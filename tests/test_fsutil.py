"""fsutil.atomic_path: the one crash-safe write of the app (temp beside the target, fsync, rename)."""

from __future__ import annotations

import errno

import pytest

from parole_desktop.errors import StorageError
from parole_desktop.fsutil import atomic_path, atomic_write_bytes


def test_success_replaces_the_target_and_leaves_no_temp(tmp_path):
    target = tmp_path / "packet.pdf"
    target.write_bytes(b"old")
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".packet.pdf.partial-")
        tmp.write_bytes(b"new")
        assert target.read_bytes() == b"old"  # nothing under the final name until the block ends
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["packet.pdf"]


def test_an_error_in_the_block_keeps_the_old_file_and_removes_the_temp(tmp_path):
    target = tmp_path / "backup.zip"
    target.write_bytes(b"old")
    with pytest.raises(ValueError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise ValueError("cancelled")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.zip"]


def test_an_oserror_is_a_plain_storage_error(tmp_path):
    target = tmp_path / "case.json"
    with (
        pytest.raises(StorageError, match=r"Could not write case\.json: the disk is full") as info,
        atomic_path(target, "write case.json") as tmp,
    ):
        tmp.write_bytes(b"x")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert info.value.errno == errno.ENOSPC
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_storage_error(tmp_path):
    with pytest.raises(StorageError, match="the folder is gone"):
        atomic_write_bytes(tmp_path / "gone" / "vault.keys", b"{}")
