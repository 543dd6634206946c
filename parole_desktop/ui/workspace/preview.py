"""In-app preview of one evidence item (image or PDF pages), rendered from memory; never writes a file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent, QTransform
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from parole_desktop.domain.models import Evidence
from parole_desktop.errors import ParoleError
from parole_desktop.services.preview import preview_page
from parole_desktop.ui.widgets import fit_to_screen
from parole_desktop.ui.workspace.render import is_pdf, rgb_image

PAGE_WIDTH = 900


class PreviewDialog(QDialog):
    """Shows the decrypted bytes it is given; paging for PDFs. Closing drops the bytes."""

    def __init__(self, evidence: Evidence, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # a title or file name can name the client: window titles (task bars, screen sharing) never do
        self.setWindowTitle(self.tr("Document preview"))
        self._data = data
        self._pdf = is_pdf(evidence.media_type, data)
        self.page = 0
        self.pages = 1
        self.error = ""
        self.rotation = 0  # degrees clockwise, in steps of 90
        self._image = QImage()
        self._build_ui()
        self.show_page(0)

    def _build_ui(self) -> None:
        lay = QVBoxLayout(self)
        self.image_label = QLabel()
        self.image_label.setObjectName("previewImage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.image_label)
        self.area = area
        lay.addWidget(area, 1)
        bar = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Previous page"))
        self.prev_button.setObjectName("previewPrev")
        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.next_button.setObjectName("previewNext")
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPage")
        self.fit_button = QPushButton(self.tr("Fit to window"))
        self.fit_button.setObjectName("previewFit")
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.toggled.connect(lambda _on: self._show_image())
        self.rotate_button = QPushButton(self.tr("Rotate ↻"))
        self.rotate_button.setObjectName("previewRotate")
        self.rotate_button.setToolTip(
            self.tr("Turn the page a quarter to the right (the file is not changed)")
        )
        self.rotate_button.clicked.connect(self.rotate)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for w in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.rotate_button)
        bar.addWidget(close)
        lay.addLayout(bar)
        fit_to_screen(self, 960, 760)

    def show_page(self, index: int) -> None:
        index = max(0, min(index, self.pages - 1))
        self.page = index
        try:  # rasterised in the child process without keys: a hostile file never runs in the app
            page = preview_page(self._data, index, PAGE_WIDTH)
            image = rgb_image(page.width, page.height, page.rgb)
            self.pages = max(1, page.pages)
        except ParoleError:
            image = QImage()
        self._image = image
        if image.isNull():
            self.error = self.tr(
                "This file cannot be shown. It may be damaged or in a format the preview does not read."
            )
            self.image_label.setText(self.error)
            self.image_label.setPixmap(QPixmap())
        else:
            self._show_image()
        self.page_label.setText(self.tr("Page {n} of {total}").format(n=index + 1, total=self.pages))
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.pages - 1)
        self.prev_button.setVisible(self._pdf)
        self.next_button.setVisible(self._pdf)

    def rotate(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._show_image()

    def _show_image(self) -> None:
        """The rendered page, turned by ``rotation`` and scaled to the window (fit) or to reading width."""
        if self._image.isNull():
            return
        image = self._image.transformed(QTransform().rotate(self.rotation)) if self.rotation else self._image
        if self.fit_button.isChecked():
            room = self.area.viewport().size()
            image = image.scaled(
                max(room.width() - 4, 50),
                max(room.height() - 4, 50),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        elif image.width() > PAGE_WIDTH:
            image = image.scaledToWidth(PAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(QPixmap.fromImage(image))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fit_button.isChecked():
            self._show_image()

    def current_image(self) -> QPixmap:
        return self.image_label.pixmap()

    def closeEvent(self, event: object) -> None:
        self._data = b""
        super().closeEvent(event)  # type: ignore[arg-type]
