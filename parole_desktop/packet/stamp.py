"""Running footer and DRAFT watermark, drawn as one overlay page per packet page and stamped with pikepdf."""

from __future__ import annotations

import io
import math
from typing import Any

from parole_desktop.packet.fonts import make_styles
from parole_desktop.packet.text import LATIN_BOLD, markup

WATERMARK = "DRAFT — not signed off"


def overlay_pdf(pages: list[tuple[float, float, str]], draft: bool) -> bytes:
    """``pages``: (width, height, footer text) per page. Returns a PDF with one overlay page each."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    styles = make_styles()
    foot = ParagraphStyle("pd-foot", parent=styles.small, alignment=TA_CENTER, textColor=colors.HexColor("#444444"))
    buf = io.BytesIO()
    c = Canvas(buf, pageCompression=1)
    cache: dict[str, Any] = {}
    for w, h, text in pages:
        if draft:  # also horizontal, so text extraction and screen readers see it
            text = f"{WATERMARK} · {text}"
        c.setPageSize((w, h))
        para = cache.get(text)
        if para is None:
            para = cache[text] = Paragraph(markup(text), foot)
        para.wrapOn(c, w - 72, 30)
        c.saveState()
        c.setFillColor(colors.white)
        c.setFillAlpha(0.85)
        c.rect(36, 14, w - 72, para.height + 6, stroke=0, fill=1)
        c.restoreState()
        para.drawOn(c, 36, 17)
        if draft:
            c.saveState()
            size = min(w, h) / 9
            c.setFont(LATIN_BOLD, size)
            c.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.28))
            c.translate(w / 2, h / 2)
            c.rotate(math.degrees(math.atan2(h, w)))
            c.drawCentredString(0, -size / 3, WATERMARK)
            c.restoreState()
        c.showPage()
    c.save()
    return buf.getvalue()


def stamp(pdf: Any, footers: list[str], draft: bool) -> Any:
    """Overlay footer (and watermark) on every page of ``pdf`` in place; returns the overlay Pdf, which
    must stay open until ``pdf`` is saved (pikepdf copies stream data lazily)."""
    import pikepdf

    sizes = []
    for page in pdf.pages:
        box = page.mediabox
        sizes.append((float(box[2]) - float(box[0]), float(box[3]) - float(box[1])))
    data = overlay_pdf([(w, h, f) for (w, h), f in zip(sizes, footers, strict=True)], draft)
    ov = pikepdf.open(io.BytesIO(data))
    for page, opage in zip(pdf.pages, ov.pages, strict=True):
        page.add_overlay(opage, pikepdf.Rectangle(*[float(v) for v in page.mediabox]))
    return ov
