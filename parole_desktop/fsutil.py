"""Crash-safe file writes (temp file + fsync + rename), owner-only files and folders, and OSError ->
StorageError translation.

The one atomic-write helper of the app, below every layer: the store (key file, attachments, backups,
pre-migration copies), services (exports, roster) and the packet build all write through :func:`atomic_path`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from glob import escape as glob_escape
from pathlib import Path

from parole_desktop.errors import StorageError

_PLAIN = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the drive is read-only",
    errno.EIO: "the drive could not be read or written (was it removed?)",
    errno.ENOENT: "the folder is gone (was the drive removed?)",
    errno.ENODEV: "the drive is gone (was it removed?)",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EFBIG: "the file is too large for this drive (FAT32 drives hold at most 4 GB per file)",
}


def storage_error(exc: OSError, what: str) -> StorageError:
    """A StorageError that says what failed and why, in words a volunteer understands."""
    why = _PLAIN.get(exc.errno or 0, exc.strerror or str(exc))
    err = StorageError(f"Could not {what}: {why}. Nothing was lost; try again when the problem is fixed.")
    err.errno = exc.errno  # type: ignore[attr-defined]
    return err


PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private(path: Path) -> None:
    """Owner-only permissions (0600 files, 0700 folders) on POSIX; a no-op where chmod means nothing."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = PRIVATE_DIR if path.is_dir() and not path.is_symlink() else PRIVATE_FILE
        if not path.is_symlink():
            os.chmod(path, mode)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) owner-only; an existing folder is narrowed to 0700."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    make_private(path)
    return path


def real_dir(path: Path) -> Path:
    """``path`` as a real folder of ours: a symlink (or a file) in its place is removed, never followed,
    and the folder is (re)created owner-only. Cleaning code calls this before emptying a folder."""
    with contextlib.suppress(FileNotFoundError):
        st = os.lstat(path)
        import stat as _stat

        if not _stat.S_ISDIR(st.st_mode):  # a symlink (to anything) or a file: not our folder
            path.unlink()
    return private_dir(path)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def temp_name(final: Path) -> Path:
    return final.with_name(f".{final.name}.partial-{secrets.token_hex(4)}")


def fsync_file(path: Path) -> None:
    """Flush a file's data to the disk (opened for writing: Windows refuses to flush a read-only handle)."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


@contextlib.contextmanager
def atomic_path(final: Path, what: str = "write the file") -> Iterator[Path]:
    """Yield a temp path beside ``final`` (``.NAME.partial-XXXX``); when the block ends without an exception,
    make it owner-only, fsync it and rename it over ``final``. On any exception the temp file is removed and
    ``final`` is left as it was; an OSError becomes a StorageError saying what failed and why."""
    tmp = temp_name(final)
    try:
        yield tmp
        make_private(tmp)
        fsync_file(tmp)
        os.replace(tmp, final)
        fsync_dir(final.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(exc, what) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def atomic_write_bytes(final: Path, data: bytes, what: str = "write the file") -> None:
    with atomic_path(final, what) as tmp:
        tmp.write_bytes(data)


def remove_partials(folder: Path, name: str | None = None, kinds: tuple[str, ...] = ("partial",)) -> int:
    """Delete leftovers of interrupted atomic writes (``.NAME.partial-XXXX``); only those of ``name``
    when given (in a folder the user chose, other files are not ours to touch)."""
    n = 0
    stem = f".{glob_escape(name)}" if name else ".*"
    with contextlib.suppress(OSError):
        for p in (q for kind in kinds for q in folder.glob(f"{stem}.{kind}-*")):
            with contextlib.suppress(OSError):
                p.unlink()
                n += 1
    return n
