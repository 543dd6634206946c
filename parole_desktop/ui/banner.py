"""The red DEMO banner of a demo vault's window: across the top of the pages, above the lock screen, the case
list and the workspace, its whole text always shown (wrapped onto a second line where a language needs it).

It used to be a toolbar in the row of the main toolbar: a toolbar neither wraps a label nor shrinks one,
so at 1024×600 in Dari and Pashto the text was cut at its start and the main toolbar's Backup and Lock went
into the overflow menu. Here it is a word-wrapped label in the central widget, which the user cannot hide,
move or close.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QVBoxLayout, QWidget

from parole_desktop.ui import i18n


class DemoBanner(QLabel):
    """The banner's label, in the current language (again on each QEvent.LanguageChange)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBannerText")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setStyleSheet("background: #b71c1c; color: white; font-weight: bold; padding: 6px;")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(
            self.tr(
                "DEMO VAULT — synthetic cases only. Do not enter real client data; start the app "
                "without --demo for your own vault."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if i18n.is_language_change(event):
            self.retranslate()
        super().changeEvent(event)


def add_demo_banner(window: QMainWindow) -> DemoBanner:
    """Put a :class:`DemoBanner` above the window's central widget (kept as it is, with its children), and
    mark the window title DEMO."""
    pages = window.takeCentralWidget()
    holder = QWidget()
    holder.setObjectName("demoBanner")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    banner = DemoBanner()
    layout.addWidget(banner)
    if pages is not None:
        layout.addWidget(pages, 1)
    window.setCentralWidget(holder)
    window.setWindowTitle(f"DEMO — {window.windowTitle()}")
    return banner
