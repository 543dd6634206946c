"""The vault lock: one process at a time, on POSIX (flock) and on Windows (msvcrt byte lock at a fixed offset)."""

from __future__ import annotations

import os
import sys
import types

import pytest

from parole_desktop.errors import VaultInUse
from parole_desktop.store import lock as lock_module
from parole_desktop.store.lock import LOCK_OFFSET, VaultLock


class FakeMsvcrt(types.ModuleType):
    """Windows' mandatory byte-range locks, enforced per file (by inode) and byte, between file handles."""

    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int], int] = {}  # (inode, byte) -> fd

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        assert nbytes == 1
        key = (os.fstat(fd).st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        if mode == self.LK_UNLCK:
            assert self.held.pop(key) == fd
        elif key in self.held and self.held[key] != fd:
            raise PermissionError(13, "Permission denied")  # what msvcrt raises for a locked region
        else:
            self.held[key] = fd


@pytest.fixture
def windows(monkeypatch):
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(lock_module, "_WINDOWS", True)
    return fake


def test_second_holder_is_refused_on_posix(tmp_path):
    first, second = VaultLock(tmp_path / "vault.lock"), VaultLock(tmp_path / "vault.lock")
    first.acquire()
    with pytest.raises(VaultInUse, match="another Parole Desktop window"):
        second.acquire()
    first.release()
    second.acquire()  # free again after release
    assert second.owner()["pid"] == os.getpid()
    second.release()


def test_windows_lock_is_one_fixed_byte_past_the_owner_text(tmp_path, windows):
    path = tmp_path / "vault.lock"
    first = VaultLock(path)
    first.acquire()
    assert path.stat().st_size < LOCK_OFFSET  # the owner text is readable by others: not under the lock
    assert [byte for _, byte in windows.held] == [LOCK_OFFSET]
    # a second window opens the file whose end is now after the owner text: it must still hit the same byte
    with pytest.raises(VaultInUse, match="another Parole Desktop window"):
        VaultLock(path).acquire()
    assert first.owner()["pid"] == os.getpid()
    first.release()
    assert windows.held == {}  # unlocked before closing
    again = VaultLock(path)
    again.acquire()
    again.release()
