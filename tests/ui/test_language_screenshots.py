"""``--screenshot-dir DIR --screenshot-languages CODES`` (packaging/screenshots.py --languages): the case
list, People and Checks in each language asked, at 1024×600 less a title bar, switched live."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from parole_desktop.ui.screens import SMALL_SIZES
from tests.conftest import ROOT

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_language_screenshots_are_written_per_language_at_1024x600(tmp_path) -> None:
    """The app itself, in its own process (as packaging/screenshots.py runs it): a whole demo session in
    the test process would leave its windows' objects to later tests."""
    out = tmp_path / "shots"
    args = ["--data-dir", str(tmp_path / "data"), "--demo", "--screenshot-dir", str(out)]
    args += ["--screenshot-languages", "es,ps"]
    code = "import sys; from parole_desktop.app import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == sorted(
        f"{code}-{screen}.png"
        for code in ("es", "ps")
        for screen in ("case-list", "workspace-people", "checks")
    )
    for name in names:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == SMALL_SIZES["1024x600"], name
