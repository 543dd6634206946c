"""Running footer and DRAFT watermark, drawn as one overlay page per packet page and stamped with pikepdf.

The footer is drawn in the bottom margin only (below ``FOOTER_TOP``): exhibit pages keep their content
inside ``probe.FRAME`` above it and the front pages' bottom margin is larger, so the stamp never covers
content. It has no background box, so even a page that did reach into the margin would stay readable."""

from __future__ import annotations

import io
import math
from typing import Any

from parole_desktop.packet.fonts import make_styles
from parole_desktop.packet.probe import FOOTER_TOP
from parole_desktop.packet.text import LATIN_BOLD, markup

WATERMARK = "DRAFT — not signed off"
FOOT_Y = 17.0  # the footer sits between this line and FOOTER_TOP, in the margin exhibit content never uses
FOOT_SIDE = 36.0


def overlay_pdf(pages: list[tuple[float, float, str]], draft: bool) -> bytes:
    """``pages``: (width, height, footer text) per page. Returns a PDF with one overlay page each."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    styles = make_styles()
    foot = ParagraphStyle(
        "pd-foot", parent=styles.small, alignment=TA_CENTER, textColor=colors.HexColor("#444444")
    )
    tiny = ParagraphStyle("pd-foot-tiny", parent=foot, fontSize=6, leading=7)
    buf = io.BytesIO()
    c = Canvas(buf, pageCompression=1)
    cache: dict[tuple[str, float], tuple[Any, float]] = {}
    for w, h, text in pages:
        if draft:  # also horizontal, so text extraction and screen readers see it
            text = f"{WATERMARK} · {text}"
        c.setPageSize((w, h))
        side = min(FOOT_SIDE, w / 10)
        width = max(w - 2 * side, 1.0)
        got = cache.get((text, width))
        if got is None:
            for style in (foot, tiny):
                para = Paragraph(markup(text), style)
                _, ph = para.wrap(width, FOOTER_TOP)
                if FOOT_Y + ph <= FOOTER_TOP:
                    break
            got = cache[(text, width)] = (para, ph)
        para, _ = got
        para.drawOn(c, side, FOOT_Y)
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
