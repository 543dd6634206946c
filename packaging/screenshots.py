"""Render every main screen of the app offscreen into PNGs: ``python packaging/screenshots.py [OUT]``.

Uses a throwaway demo vault (synthetic names only) in a temporary folder; writes nothing else.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from parole_desktop.app import main as app_main

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory(prefix="parole-demo-") as data:
        code = app_main(["--data-dir", data, "--demo", "--screenshot-dir", str(out)])
    for png in sorted(out.glob("*.png")):
        print(png.relative_to(ROOT) if png.is_relative_to(ROOT) else png)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
