#!/usr/bin/env python3
"""Regenerate packaging/requirements.lock: every dependency pinned, with hashes, for every OS we ship.

    python3 packaging/lock.py            re-resolve from pyproject.toml (keeps current pins where they fit)
    python3 packaging/lock.py --upgrade  take the newest versions pyproject.toml allows

The lock is what `packaging/dev.py` (dev installs and `.ci/run`) and the release workflow install,
with `pip install --require-hashes`, so what users get is what the tests ran. It is resolved by uv
(installed in .venv from the dev extra) for all platforms at once (`--universal`), for Python 3.11.
After changing it, run the whole test command; a Qt binding upgrade must also pass
tests/ui/test_binding_leak.py and the 10,000-keystroke walk (tests/ui/test_keystrokes.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "packaging" / "requirements.lock"
BIN = ROOT / ".venv" / ("Scripts" if os.name == "nt" else "bin")


def main(argv: list[str]) -> int:
    uv = BIN / ("uv.exe" if os.name == "nt" else "uv")
    if not uv.exists():
        sys.stderr.write("uv is not in .venv: run `python3 packaging/dev.py venv` first\n")
        return 2
    cmd = [
        str(uv),
        "pip",
        "compile",
        "pyproject.toml",
        "--extra",
        "dev",
        "--extra",
        "package",
        "--universal",
        "--python-version",
        "3.11",
        "--generate-hashes",
        "--quiet",
        "--custom-compile-command",
        "python3 packaging/lock.py",
        "-o",
        str(LOCK.relative_to(ROOT)),
    ]
    if "--upgrade" in argv:
        cmd.append("--upgrade")
    env = dict(os.environ, UV_NO_CONFIG="1")
    return subprocess.call(cmd, cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
