"""Decrypted evidence to pixels, entirely in memory: images via QImage, PDF pages via pypdfium2."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

log = logging.getLogger(__name__)


def is_pdf(media_type: str, data: bytes) -> bool:
    return media_type == "application/pdf" or data[:5] == b"%PDF-"


def pdf_page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


def render_pdf_page(data: bytes, index: int, target_width: int) -> QImage:
    """Page ``index`` of a PDF given as bytes, about ``target_width`` pixels wide. Nothing touches the disk."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        page = doc[index]
        try:
            width_pt = page.get_width() or 612
            bitmap = page.render(scale=max(0.1, target_width / width_pt))
            try:
                pil = bitmap.to_pil().convert("RGB")
            finally:
                bitmap.close()
        finally:
            page.close()
    finally:
        doc.close()
    raw = pil.tobytes("raw", "RGB")
    image = QImage(raw, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # detach from the Python buffer


def render_image(data: bytes) -> QImage:
    image = QImage.fromData(data)
    return image


def render_first(media_type: str, data: bytes, width: int) -> QImage:
    """The first page (PDF) or the image itself, or a null QImage if the content cannot be shown."""
    try:
        if is_pdf(media_type, data):
            return render_pdf_page(data, 0, width)
        return render_image(data)
    except Exception:
        log.warning("could not render evidence preview", exc_info=True)
        return QImage()


def thumbnail(media_type: str, data: bytes, size: int = 96) -> QImage:
    image = render_first(media_type, data, size * 2)
    if image.isNull():
        return image
    image = image.scaled(
        size - 2, size - 2, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    framed = QImage(image.width() + 2, image.height() + 2, QImage.Format.Format_RGB32)
    framed.fill(QColor("#9e9e9e"))
    painter = QPainter(framed)
    painter.drawImage(1, 1, image)
    painter.end()
    return framed
