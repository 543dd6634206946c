"""``--screenshot-dir DIR --screenshot-languages CODES`` (packaging/screenshots.py --languages): the case
list, People and Checks in each language asked, at 1024×600 less a title bar, switched live."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from parole_desktop.app import main as app_main
from parole_desktop.ui import i18n
from parole_desktop.ui.screens import SMALL_SIZES

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_language_screenshots_are_written_per_language_at_1024x600(tmp_path) -> None:
    out = tmp_path / "shots"
    assert (
        app_main(
            [
                "--data-dir",
                str(tmp_path / "data"),
                "--demo",
                "--screenshot-dir",
                str(out),
                "--screenshot-languages",
                "es,ps",
            ]
        )
        == 0
    )
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == sorted(
        f"{code}-{screen}.png"
        for code in ("es", "ps")
        for screen in ("case-list", "workspace-people", "checks")
    )
    for name in names:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == SMALL_SIZES["1024x600"], name
    assert i18n.current_language() == "en"  # English is restored afterwards
