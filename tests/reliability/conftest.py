"""Helpers for the fault, bad-input and tamper suite: summary lines and a small tmpfs."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SUMMARY_PREFIX = "RELIABILITY"


def summary(fault: str, iterations: int | str, result: str) -> str:
    """One line per fault for docs/reliability.md; shown with ``pytest -s``."""
    line = f"{SUMMARY_PREFIX} | {fault} | {iterations} | {result}"
    print(line)
    return line


def _can_mount() -> str:
    """Empty when this process can mount a tmpfs; else the reason it cannot."""
    if sys.platform != "linux":
        return "tmpfs mounts need Linux"
    if os.geteuid() != 0:
        return "mounting a tmpfs needs root"
    if not shutil.which("mount"):
        return "no mount command"
    return ""


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    """Mount a tmpfs of ``size`` (e.g. "2m") at ``where`` for the block; skip when impossible."""
    why = _can_mount()
    if why:
        pytest.skip(f"cannot mount a tmpfs: {why}")
    where.mkdir(parents=True, exist_ok=True)
    res = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if res.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (container without CAP_SYS_ADMIN?): {res.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` until at most ``leave`` bytes are free; returns the filler file."""
    filler = folder / "filler.bin"
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with open(filler, "wb") as fh:
        with contextlib.suppress(OSError):
            if free > leave:
                fh.write(b"\0" * (free - leave))
        # top up in small blocks (tmpfs rounds to pages)
        with contextlib.suppress(OSError):
            while os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize > leave:
                fh.write(b"\0" * 4096)
                fh.flush()
    return filler


def partials(folder: Path) -> list[Path]:
    """Leftovers of interrupted atomic writes anywhere under ``folder``."""
    if not folder.exists():
        return []
    return [p for p in folder.rglob("*") if ".partial-" in p.name or ".signing-" in p.name]
