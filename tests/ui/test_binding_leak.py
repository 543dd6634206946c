"""The installed Qt binding must not leak references to None.

PySide6-Essentials 6.12.0 drops one reference to ``None`` on every Qt call that returns nothing; the app
makes ~8 such calls per keystroke and aborted with ``Fatal Python error: none_dealloc`` after about
2,000 keystrokes. pyproject.toml excludes 6.12 and packaging/requirements.lock pins the tested release;
this test fails on any binding with the leak, so an upgrade of the lock cannot bring it back unnoticed.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit

CALLS = 1000


def _none_refs_after(fn: object, calls: int = CALLS) -> int:
    before = sys.getrefcount(None)
    for i in range(calls):
        fn(i)  # type: ignore[operator]
    return sys.getrefcount(None) - before


def test_void_qt_calls_keep_the_refcount_of_none(qtbot):
    label = QLabel()
    edit = QLineEdit()
    box = QCheckBox()
    qtbot.addWidget(label)
    qtbot.addWidget(edit)
    qtbot.addWidget(box)
    drift = {
        "QLabel.setText": _none_refs_after(lambda i: label.setText(str(i))),
        "QLineEdit.setText": _none_refs_after(lambda i: edit.setText(str(i))),
        "QWidget.setToolTip": _none_refs_after(lambda i: edit.setToolTip(str(i))),
        "QCheckBox.setChecked": _none_refs_after(lambda i: box.setChecked(bool(i % 2))),
    }
    # a leak is one reference per call (-1,000 here); a few references either way are ordinary noise
    leaking = {name: d for name, d in drift.items() if abs(d) > CALLS // 10}
    assert not leaking, f"PySide6 {PySide6.__version__} leaks references to None: {leaking}"


def test_installed_binding_is_not_an_excluded_release():
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (major, minor) != (6, 12), f"PySide6 {PySide6.__version__} is excluded (None refcount leak)"
