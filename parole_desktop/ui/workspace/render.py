"""Pixels made by the sandbox child, turned into QImages. Nothing here decodes a file.

Every picture of evidence the app shows was rasterised in the child process without keys: the evidence
list's thumbnails at intake (kept sealed in the vault, ``store/probes.py``, read back with
``Session.probe_output(ev, with_pdf=False)``), the preview's pages on demand (``services/preview.py``).
The app only wraps the raw RGB rows the child sent (their size checked) in a QImage; an untrusted PDF or
image never reaches a decoder in the process that holds the keys.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def is_pdf(media_type: str, data: bytes) -> bool:
    """A PDF by its recorded type or its first bytes (a comparison of bytes, not a parse)."""
    return media_type == "application/pdf" or data[:5] == b"%PDF-"


def rgb_image(width: int, height: int, rgb: bytes) -> QImage:
    """A QImage of ``width`` x ``height`` raw RGB rows (as the child sends them); a null QImage when the
    bytes do not add up."""
    if width <= 0 or height <= 0 or len(rgb) != width * height * 3:
        return QImage()
    return QImage(rgb, width, height, width * 3, QImage.Format.Format_RGB888).copy()  # own the pixels


def framed(image: QImage, size: int) -> QImage:
    """``image`` scaled into ``size`` x ``size`` (aspect kept) inside a one-pixel grey frame."""
    image = image.scaled(
        size - 2, size - 2, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    out = QImage(image.width() + 2, image.height() + 2, QImage.Format.Format_RGB32)
    out.fill(QColor("#9e9e9e"))
    painter = QPainter(out)
    painter.drawImage(1, 1, image)
    painter.end()
    return out


def thumbnail(width: int, height: int, rgb: bytes, size: int = 96) -> QImage:
    """The framed thumbnail of the child's first-page pixels, or a null QImage if they do not add up."""
    image = rgb_image(width, height, rgb)
    return framed(image, size) if not image.isNull() else image


def placeholder(size: int = 96) -> QImage:
    """A blank page drawn here (no file involved), shown while an exhibit has no stored thumbnail yet."""
    w, h = round((size - 2) * 8.5 / 11), size - 2
    page = QImage(w, h, QImage.Format.Format_RGB32)
    page.fill(QColor("#fafafa"))
    painter = QPainter(page)
    painter.setPen(QPen(QColor("#bdbdbd"), 1, Qt.PenStyle.DashLine))
    painter.drawRect(QRectF(4, 4, w - 9, h - 9))
    painter.end()
    return framed(page, size)
