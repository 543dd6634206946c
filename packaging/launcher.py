"""Entry point of both frozen executables: ``parole-desktop`` (GUI) and ``parole-desktop-cli`` (console).

One script for both keeps one Analysis and one shared folder; the executable's own name picks the mode.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--untrusted-child":  # packet/child.py: reads one untrusted file
        from parole_desktop.packet.child import child_main

        return child_main()
    # On Linux/macOS the CLI may be a symlink to the GUI executable: argv[0] keeps the name it was called by.
    names = {Path(sys.executable).stem.lower(), Path(sys.argv[0]).stem.lower() if sys.argv else ""}
    if any(n.endswith("-cli") for n in names):
        from parole_desktop.cli import main
    else:
        from parole_desktop.app import main
    return int(main() or 0)


if __name__ == "__main__":
    raise SystemExit(_main())
