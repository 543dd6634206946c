"""Render every main screen of the app offscreen into PNGs: ``python packaging/screenshots.py [OUT]``.

``python packaging/screenshots.py --languages [OUT]`` renders, in each of the seven interface languages, the
case list, the workspace's People step and its Checks step at 1024×600 (default OUT:
docs/screenshots/languages; ``--languages=es,ar`` for some only). Uses a throwaway demo vault (synthetic
names only) in a temporary folder; writes nothing else.
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
    from parole_desktop.ui.i18n import LANGUAGES

    args = sys.argv[1:]
    langs = next((a for a in args if a.startswith("--languages")), None)
    rest = [a for a in args if a != langs]
    extra: list[str] = []
    if langs is not None:
        codes = langs.partition("=")[2] or ",".join(lang.code for lang in LANGUAGES)
        extra = ["--screenshot-languages", codes]
    default = ROOT / "docs" / "screenshots" / ("languages" if langs is not None else "")
    out = Path(rest[0]) if rest else default
    with tempfile.TemporaryDirectory(prefix="parole-demo-") as data:
        code = app_main(["--data-dir", data, "--demo", "--screenshot-dir", str(out), *extra])
    for png in sorted(out.glob("*.png")):
        print(png.relative_to(ROOT) if png.is_relative_to(ROOT) else png)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
