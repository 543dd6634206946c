"""Pseudo-locales (#24 checks): every interface text 40 % longer, and every screen mirrored.

The catalogs are made here, from the committed Spanish sources (every message the interface has), with each
translation replaced by a pseudo text, and compiled with Qt's own lrelease into a temp folder:

* **long** (installed as ``es``): each text ~40 % longer, its letters accented and its ends bracketed
  (``⟦Ŝéţţîñĝš ẋẋẋ⟧``), placeholders (``%1``, ``%n``, ``{name}``), accelerators and markup kept — what a
  language longer than English (Spanish, Ukrainian, Haitian Creole) does to the layout;
* **mirrored** (installed as ``ar``): the English text, with the catalog's layout direction ``RTL`` — every
  screen must mirror, and the fields that hold Latin data stay left to right.

Both then go through every main screen at 1024×600 with the fit checks of ``test_i18n``: nothing needs more
than the screen, and no wrapped label is cut.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from parole_desktop.app import add_demo_banner
from parole_desktop.services.session import create_vault
from parole_desktop.ui import i18n, widgets
from parole_desktop.ui.settings import SettingsDialog
from parole_desktop.ui.workspace.fields import NameEdit, first_strong_is_rtl
from tests.conftest import PASSPHRASE, ROOT
from tests.ui.conftest import unlock
from tests.ui.test_i18n import _clipped, _cut_labels, settle

pytestmark = pytest.mark.gui

_KEEP = re.compile(r"(%L?\d+|%Ln|%n|%\w|\{[^{}]*\}|&&|&(?=\w)|<[^<>]*>|&\w+;|\\n|\n)")
_ACCENTS = str.maketrans(
    "AaCcEeGgIiLlNnOoSsTtUuYyZz", "ÅåÇçÉéĜĝÎîĻļÑñÖöŜšŢţÛûÝýŽž"
)  # same width class as the letters they replace, so only the padding makes a text longer


def pseudo_long(text: str) -> str:
    """``text`` accented, bracketed and ~40 % longer, with every placeholder, tag and accelerator kept."""
    if text in ("LTR", "RTL"):
        return "LTR"
    parts = _KEEP.split(text)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    letters = sum(len(p) for p in parts if not _KEEP.fullmatch(p))
    extra = max(2, round(letters * 0.4) - 2)  # the brackets count
    pad = " ".join("ẋ" * min(5, extra - i) for i in range(0, extra, 6)) if extra > 2 else "ẋ"
    return f"⟦{out} {pad}⟧" if letters else out


def _catalog(source: Path, dest: Path, language: str, make) -> Path:
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", language)
    for msg in root.iter("message"):
        src = msg.findtext("source") or ""
        old = msg.find("translation")
        if old is not None:
            msg.remove(old)
        tr = ET.SubElement(msg, "translation")
        if msg.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = make(src)
        else:
            tr.text = make(src)
    tree.write(dest, encoding="utf-8", xml_declaration=True)
    return dest


@pytest.fixture(scope="module")
def pseudo_catalogs(tmp_path_factory) -> Path:
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import i18n as tools  # packaging/i18n.py: where lrelease is
    finally:
        sys.path.pop(0)
    folder = tmp_path_factory.mktemp("pseudo")
    source = ROOT / "resources" / "i18n" / "es.ts"
    mirrored = lambda s: "RTL" if s in ("LTR", "RTL") else s  # noqa: E731
    for ts in (
        _catalog(source, folder / "es.ts", "es", pseudo_long),
        _catalog(source, folder / "ar.ts", "ar", mirrored),
    ):
        qm = ts.with_suffix(".qm")
        subprocess.run([str(tools.qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
        assert qm.stat().st_size > 10_000, qm
    return folder


@pytest.fixture(autouse=True)
def english_from_the_real_catalogs_afterwards(monkeypatch):
    """The window's language manager is the process's: once the pseudo folder is no longer patched in, English
    is applied again from the real catalogs (else the tests after these ran without English plural forms:
    "1 case(s)", "1 minute(s)")."""
    yield
    monkeypatch.undo()
    i18n.manager().apply("en")


def test_the_long_pseudo_text_keeps_placeholders_and_grows_by_about_40_percent():
    for text in ("Settings", "Open case %1 of %2", "&File", "<b>Locked</b> {name}", "%n case(s)"):
        made = pseudo_long(text)
        assert _KEEP.findall(made) == _KEEP.findall(text), (text, made)
        assert made.startswith("⟦") and made.endswith("⟧")
    long = "Nothing typed or attached is ever lost when the power is cut."
    assert 1.3 <= len(pseudo_long(long)) / len(long) <= 1.5


def _window(qtbot, make_window, paths, monkeypatch, pseudo_catalogs, code):
    small = QRect(0, 0, 1024, 600)
    monkeypatch.setattr(widgets, "available_geometry", lambda _w: small)
    session, _ = create_vault(paths, PASSPHRASE)
    case = session.new_case("Zumrad", "Testova")
    session.close()
    window = make_window()
    add_demo_banner(window)  # as in the demo window: the longest one-line text of every screen
    monkeypatch.setattr(window.languages, "_folder", pseudo_catalogs)
    window.languages.apply(code)
    settle(qtbot)
    window.resize(1024, 570)
    window.show()
    qtbot.waitExposed(window)
    return window, case.id


def _screens(qtbot, window, case_id):
    """Every main screen in turn: (name, the widget showing it)."""
    yield "unlock", window
    unlock(qtbot, window, PASSPHRASE)
    yield "case list", window
    window.open_case(case_id)
    ws = window.workspace
    for step in range(ws.stack.count()):
        ws.go_to_step(step)
        qtbot.wait(10)
        yield f"step {step + 1}", window
    dlg = SettingsDialog(window.settings, window.session, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    yield "settings", dlg
    dlg.reject()


def _fits(qtbot, name: str, widget: QWidget) -> None:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert hint.width() <= 1024 and hint.height() <= 570, (name, type(widget).__name__, hint)
    try:  # wrapped labels get their height once the layout has settled
        qtbot.waitUntil(lambda: not _cut_labels(widget) and not _clipped(widget), timeout=1500)
    except Exception:
        pytest.fail(f"{name}: cut at 1024x600: {_cut_labels(widget) + _clipped(widget)}")


@pytest.mark.slow
def test_every_screen_fits_1024x600_with_texts_40_percent_longer(
    qtbot, make_window, paths, monkeypatch, pseudo_catalogs
):
    window, case_id = _window(qtbot, make_window, paths, monkeypatch, pseudo_catalogs, "es")
    assert window.file_menu.title().startswith("⟦")  # the pseudo catalog is the one in use
    seen = 0
    for name, widget in _screens(qtbot, window, case_id):
        _fits(qtbot, name, widget)
        shown = [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.text().strip()]
        assert any("⟦" in t for t in shown), name  # the screen's own texts went through the catalog
        seen += 1
    assert seen >= 8


@pytest.mark.slow
def test_every_screen_mirrors_in_a_right_to_left_pseudo_locale(
    qtbot, make_window, paths, monkeypatch, pseudo_catalogs
):
    window, case_id = _window(qtbot, make_window, paths, monkeypatch, pseudo_catalogs, "ar")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for name, widget in _screens(qtbot, window, case_id):
        _fits(qtbot, name, widget)
        assert widget.isRightToLeft(), name
        # every visible widget follows the mirrored window, but fields that hold Latin data
        ltr = [
            f"{type(w).__name__}:{w.objectName()}"
            for w in widget.findChildren(QWidget)
            if w.isVisible() and not w.isRightToLeft() and not _latin(w)
        ]
        assert not ltr, (name, ltr[:10])
    window.languages.apply("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _latin(w: QWidget) -> bool:
    """A field that holds Latin data (or a part of one), or a name shown in its own script's direction
    (a Latin name in a name field or the case title stays left to right, an Arabic-script one right to
    left, in either window)."""
    text = getattr(w, "text", None)
    shown = text() if callable(text) else None
    follows_script = isinstance(w, NameEdit) or w.objectName() == "caseTitle"
    if follows_script and isinstance(shown, str) and shown and not first_strong_is_rtl(shown):
        return True
    node: QWidget | None = w
    while node is not None:
        if node.property("latinData") is True:
            return True
        node = node.parentWidget()
    return False
