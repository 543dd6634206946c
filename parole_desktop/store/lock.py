"""An exclusive lock on a vault folder that works between processes and between laptops sharing a stick."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import socket
from pathlib import Path
from typing import IO, Any

from parole_desktop.errors import VaultInUse
from parole_desktop.fsutil import storage_error
from parole_desktop.l10n import _

log = logging.getLogger(__name__)

_WINDOWS = os.name == "nt"
# Windows locks byte ranges (msvcrt.locking, from the current position), and those locks are mandatory: every
# process must lock the same byte, and it must not be one that others read (the owner text at the start).
# A fixed byte far past the owner text; locking past the end of a file is allowed and does not grow it.
LOCK_OFFSET = 1 << 30


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _os_lock(fh: IO[str]) -> bool:
    """Non-blocking OS lock; False when another process holds it."""
    try:
        if _WINDOWS:
            import msvcrt

            os.lseek(fh.fileno(), LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _os_unlock(fh: IO[str]) -> None:
    """Windows may release a lock some time after the file is closed: unlock first. (flock goes with close.)"""
    if _WINDOWS:
        import msvcrt

        os.lseek(fh.fileno(), LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]


class VaultLock:
    """``vault.lock`` holds the owner (host, pid, since) and an OS lock while the vault is open.

    A lock left by a crashed process on this host is taken over; a lock from another laptop is refused
    unless ``force`` (the user confirmed that laptop no longer has the vault open).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    @staticmethod
    def _me() -> dict[str, Any]:
        return {
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }

    def owner(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8") or "{}")
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) and data.get("host") else None

    def acquire(self, *, force: bool = False) -> None:
        try:
            fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held while the vault is open
        except OSError as exc:
            raise storage_error(exc, "lock the vault") from exc
        if not _os_lock(fh):
            fh.close()
            raise VaultInUse(_("The vault is in use by another Parole Desktop window on this computer."))
        owner = self.owner()
        me = self._me()
        if owner and not force and not (owner.get("host") == me["host"] and owner.get("pid") == me["pid"]):
            same_host = owner.get("host") == me["host"]
            if not same_host or _pid_alive(int(owner.get("pid", 0))):
                with contextlib.suppress(OSError):
                    _os_unlock(fh)
                fh.close()
                where = (
                    _("this computer")
                    if same_host
                    else _("the computer “{host}”").format(host=owner.get("host"))
                )
                raise VaultInUse(
                    _(
                        "The vault is in use on {where} since {since}. Close it there first. If that computer crashed or the stick was pulled out, open the vault with “Unlock anyway” (--force-unlock)."
                    ).format(where=where, since=owner.get("since", "?"))
                )
            log.info("taking over a stale vault lock from pid %s", owner.get("pid"))
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(json.dumps(me))
            fh.flush()
            os.fsync(fh.fileno())
        except OSError as exc:
            fh.close()
            raise storage_error(exc, "lock the vault") from exc
        self._fh = fh

    def release(self) -> None:
        if self._fh is None:
            return
        with contextlib.suppress(OSError):
            self._fh.seek(0)
            self._fh.truncate()
            self._fh.flush()
        with contextlib.suppress(OSError):
            _os_unlock(self._fh)
        with contextlib.suppress(OSError):
            self._fh.close()
        self._fh = None
        with contextlib.suppress(OSError):
            self.path.unlink()
