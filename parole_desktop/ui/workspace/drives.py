"""Where to put an exported packet by default: a removable drive when one is mounted (else the user is asked)."""

from __future__ import annotations

import getpass
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")


def _windows_removable() -> list[Path]:
    import ctypes
    import string

    out: list[Path] = []
    try:
        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        mask = kernel.GetLogicalDrives()
        for i, letter in enumerate(string.ascii_uppercase):
            if mask & (1 << i):
                root = f"{letter}:\\"
                if kernel.GetDriveTypeW(root) == 2:  # DRIVE_REMOVABLE
                    out.append(Path(root))
    except (AttributeError, OSError):
        log.debug("removable drive lookup failed", exc_info=True)
    return out


def removable_drives() -> list[Path]:
    """Mounted removable drives, best effort (USB sticks under /media, /run/media, /Volumes, or A:-Z:)."""
    if sys.platform == "win32":
        return _windows_removable()
    user = _user()
    roots = [Path("/media") / user, Path("/run/media") / user, Path("/media")]
    if sys.platform == "darwin":
        roots = [Path("/Volumes")]
    found: list[Path] = []
    for root in roots:
        try:
            for entry in sorted(root.iterdir()):
                if entry.is_dir() and os.access(entry, os.W_OK) and entry not in found and entry.name != user:
                    if sys.platform == "darwin" and entry.name == "Macintosh HD":
                        continue
                    found.append(entry)
        except OSError:
            continue
    return found
