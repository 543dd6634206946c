"""Start-up shared by the GUI and the CLI: a writable data folder, and the portable build's private temp."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from parole_desktop import APP_NAME
from parole_desktop.paths import AppPaths

log = logging.getLogger(__name__)


def prepare_data_folder(paths: AppPaths) -> str:
    """Create the data folders and prove they are writable. Returns an empty string, or a message
    saying what is wrong and what to do (for a dialog or stderr) instead of crashing later."""
    try:
        paths.ensure()
        probe = paths.data / f".write-test-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        where = "beside the program (portable build)" if paths.portable else "for the vault"
        reason = exc.strerror or exc.__class__.__name__
        return (
            f"{APP_NAME} cannot write to its data folder {paths.data} {where}: {reason}.\n"
            "If it runs from a read-only place (a locked USB stick, a CD, a protected folder), copy the "
            "whole folder to a writable USB stick or folder, or start it with --data-dir FOLDER."
        )
    return ""


def harden_process() -> list[str]:
    """Before any key exists: files and folders owner-only (umask 077), no core dumps, and on Linux not
    dumpable (no core file, no ptrace attach by other processes of the same user, /proc/PID/mem closed).
    Returns what could not be set (logged; never fatal)."""
    missed: list[str] = []
    if os.name == "posix":
        os.umask(0o077)
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        except (ImportError, ValueError, OSError):
            missed.append("core dumps")
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_dumpable = 4
            if libc.prctl(pr_set_dumpable, 0, 0, 0, 0) != 0:
                missed.append("not dumpable")
        except (OSError, AttributeError):
            missed.append("not dumpable")
    if missed:
        log.warning("process hardening incomplete: %s", ", ".join(missed))
    return missed


def is_dumpable() -> bool | None:
    """Linux only: whether the process may dump core / be attached to (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    pr_get_dumpable = 3
    return bool(ctypes.CDLL(None).prctl(pr_get_dumpable, 0, 0, 0, 0))


def _empty_folder(folder: Path) -> None:
    """Empty a temporary folder of ours; a symlink in its place is removed, never followed."""
    if folder.is_symlink():
        folder.unlink()
        folder.mkdir(mode=0o700)
        return
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        try:
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink()
        except OSError:
            log.warning("could not remove %s from the temporary folder", child)


def use_private_temp(paths: AppPaths) -> None:
    """Portable build: every temporary file goes to ``data/tmp`` (emptied now and at exit), and Qt's and
    fontconfig's per-user caches/configs go under ``data/`` too, so nothing is written to the host."""
    if not paths.portable:
        return
    tmp = paths.tmp
    tmp.mkdir(parents=True, exist_ok=True)
    _empty_folder(tmp)
    for var in ("TMPDIR", "TEMP", "TMP"):
        os.environ[var] = str(tmp)
    tempfile.tempdir = str(tmp)
    if sys.platform.startswith("linux"):
        for var, sub in (
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "share"),
            ("XDG_STATE_HOME", "state"),
        ):
            os.environ[var] = str(paths.data / "host" / sub)
    atexit.register(_empty_folder, tmp)
