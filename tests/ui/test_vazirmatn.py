"""Vazirmatn, the Dari and Pashto interface font (#24 item 2): bundled with its licence, registered after the
lock screen is painted, the application font while Dari or Pashto is in use, and every Pashto letter drawn
in every kind of widget — never the empty box of a missing glyph."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetrics,
    QGlyphRun,
    QImage,
    QPainter,
    QRawFont,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from parole_desktop.app import register_bundled_fonts
from parole_desktop.ui import fonts, i18n
from tests.conftest import ROOT

pytestmark = pytest.mark.gui

PASHTO = "ګ ځ ړ ښ ۍ ڼ ټ ډ"
LETTERS = PASHTO.replace(" ", "")
FONTS = ROOT / "resources" / "fonts"
#: A code point no font has (plane 16 private use): what the missing-glyph box looks like in a font.
NO_GLYPH = "\U0010fffd"


def test_the_fonts_are_the_official_release_with_their_licence() -> None:
    readme = (FONTS / "README.md").read_text(encoding="utf-8")
    for name in ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf", "Vazirmatn-OFL.txt"):
        digest = hashlib.sha256((FONTS / name).read_bytes()).hexdigest()
        assert digest in readme, f"{name}: its SHA-256 is recorded in resources/fonts/README.md"
    licence = (FONTS / "Vazirmatn-OFL.txt").read_text(encoding="utf-8")
    assert licence.startswith("Copyright 2015 The Vazirmatn Project Authors")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "npm release" in readme and "33.0.3" in readme
    for name, style in (("Vazirmatn-Regular.ttf", "Regular"), ("Vazirmatn-Bold.ttf", "Bold")):
        raw = QRawFont(str(FONTS / name), 14)
        assert raw.isValid() and raw.familyName() == "Vazirmatn" and raw.styleName() == style
        assert [c for c in LETTERS + "ږېۀی۰۱۹٠٩" if not raw.supportsCharacter(ord(c))] == []


def test_the_interface_font_follows_the_language(qapp) -> None:
    register_bundled_fonts()
    assert "Vazirmatn" in fonts.UI_FAMILIES.values() and fonts.ui_family("ps") == "Vazirmatn"
    english = QApplication.font().family()
    assert english != "Vazirmatn"
    for code in ("ps", "fa_AF"):
        i18n.manager().apply(code)
        assert QApplication.font().family() == "Vazirmatn", code
        assert QFontInfo(QLabel("x").font()).family() == "Vazirmatn"  # resolved, not only asked for
    i18n.manager().apply("ar")  # Arabic keeps the system's interface font
    assert QApplication.font().family() == english
    i18n.manager().apply("en")
    assert QApplication.font().family() == english


def test_before_the_fonts_are_registered_the_language_still_switches(qapp, monkeypatch) -> None:
    monkeypatch.setattr(fonts, "UI_FAMILIES", {"ps": "A family nobody registered"})
    i18n.manager().apply("ps")
    assert QApplication.font().family() != "A family nobody registered"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _ink(image: QImage) -> int:
    """Dark pixels (text) in an image of a widget on a light background."""
    dark = 0
    for y in range(0, image.height()):
        for x in range(0, image.width()):
            if QColor(image.pixel(x, y)).lightness() < 110:
                dark += 1
    return dark


def _drawn(font: QFont, text: str | None) -> QImage:
    """``text`` drawn in ``font`` on white (None: the font's glyph 0, its missing-glyph box), same size always."""
    metrics = QFontMetrics(font)
    image = QImage(metrics.height() * 3, metrics.height() * 2, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    p.setPen(Qt.GlobalColor.black)
    origin = QPointF(metrics.height() / 2, metrics.ascent() + metrics.height() / 2)
    if text is None:
        run = QGlyphRun()
        run.setRawFont(QRawFont.fromFont(font))
        run.setGlyphIndexes([0])
        run.setPositions([QPointF(0, 0)])
        p.drawGlyphRun(origin, run)
    else:
        p.setFont(font)
        p.drawText(origin, text)
    p.end()
    return image


def _widgets(text: str) -> dict[str, tuple[QWidget, QWidget]]:
    """Each kind of widget showing ``text``: (the widget to grab, the widget whose font draws the text)."""
    label = QLabel(text)
    line = QLineEdit(text)
    combo = QComboBox()
    combo.addItem(text)
    table = QTableWidget(1, 1)
    table.setItem(0, 0, QTableWidgetItem(text))
    table.setColumnWidth(0, 260)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), text)
    button = QPushButton(text)
    box = QMessageBox(QMessageBox.Icon.NoIcon, "Parole Desktop", text, QMessageBox.StandardButton.Ok)
    box_label = box.findChild(QLabel, "qt_msgbox_label")
    assert box_label is not None
    return {
        "label": (label, label),
        "line edit": (line, line),
        "combo": (combo, combo),
        "table": (table, table.viewport()),
        "tab": (tabs, tabs.tabBar()),
        "button": (button, button),
        "message box": (box, box_label),
    }


@pytest.mark.parametrize("code", ["ps", "fa_AF"])
def test_pashto_letters_render_in_every_widget_kind(qtbot, code) -> None:
    register_bundled_fonts()
    i18n.manager().apply(code)
    shown = _widgets(PASHTO)
    boxes = _widgets(" ".join(NO_GLYPH * len(LETTERS)))
    for kind, (widget, drawer) in shown.items():
        qtbot.addWidget(widget)
        qtbot.addWidget(boxes[kind][0])
        size = widget.sizeHint().expandedTo(boxes[kind][0].sizeHint()).expandedTo(QSize(320, 60))
        for w in (widget, boxes[kind][0]):
            w.resize(size)
            w.show()
            qtbot.waitExposed(w)
        font = drawer.font()
        # the resolved font is Vazirmatn and it has a glyph for every letter
        assert QFontInfo(font).family() == "Vazirmatn", kind
        raw = QRawFont.fromFont(font)
        assert raw.familyName() == "Vazirmatn", kind
        metrics = QFontMetrics(font)
        missing = [c for c in LETTERS if not metrics.inFontUcs4(ord(c)) or not raw.supportsCharacter(ord(c))]
        assert missing == [], (kind, missing)
        # laid out as the widget lays it out: no glyph is glyph 0 (the missing-glyph box)
        layout = QTextLayout(PASHTO, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        assert runs and all(0 not in run.glyphIndexes() for run in runs), kind
        assert {run.rawFont().familyName() for run in runs} == {"Vazirmatn"}, kind
        # the pixels: the letters add ink to the widget, which the same widget showing characters no font
        # has (drawn as nothing or as boxes) does not have
        image, tofu = widget.grab().toImage(), boxes[kind][0].grab().toImage()
        assert _ink(image) > _ink(tofu) + 40, (kind, _ink(image), _ink(tofu))
        # and each letter alone is drawn as itself: ink, and not the font's missing-glyph box (glyph 0) nor
        # what the font draws for a character nobody has
        box, nothing = _drawn(font, None), _drawn(font, NO_GLYPH)
        for c in LETTERS:
            letter = _drawn(font, c)
            assert _ink(letter) > 5 and letter != box and letter != nothing, (kind, c)
        widget.close()
        boxes[kind][0].close()


def test_the_bundle_carries_the_fonts_and_refuses_a_build_without_them(tmp_path: Path, monkeypatch) -> None:
    """The PyInstaller spec's resource list has Vazirmatn and its licence; with a font file gone the spec
    stops the build with the file's name instead of bundling an interface that draws boxes."""
    spec = (ROOT / "packaging" / "parole_desktop.spec").read_text(encoding="utf-8")
    head = spec[: spec.index("hiddenimports = [")]
    # the spec is not a module: its head (what goes in) is run as PyInstaller runs it, with SPECPATH set
    scope: dict[str, object] = {"SPECPATH": str(ROOT / "packaging")}
    exec(compile(head, "parole_desktop.spec", "exec"), scope)
    carried = {Path(src).name for src, dest in scope["datas"] if dest == str(Path("resources") / "fonts")}  # type: ignore[attr-defined]
    assert {"Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf", "Vazirmatn-OFL.txt", "OFL.txt"} <= carried
    copy = tmp_path / "tree"
    shutil.copytree(ROOT / "resources", copy / "resources", ignore=shutil.ignore_patterns("*.qm"))
    (copy / "packaging").mkdir()
    (copy / "resources" / "fonts" / "Vazirmatn-Bold.ttf").unlink()
    monkeypatch.syspath_prepend(str(ROOT))
    with pytest.raises(SystemExit, match=r"Vazirmatn-Bold\.ttf"):
        exec(compile(head, "parole_desktop.spec", "exec"), {"SPECPATH": str(copy / "packaging")})
