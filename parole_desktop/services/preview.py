"""Previews of evidence for the GUI, rasterised in the child process without keys (packet/sandbox.py, task
"render" of packet/child.py).

The app never parses an untrusted PDF or image itself to show it: a crash or a hostile file only takes the
child down, and the user gets a plain message about that file.
"""

from __future__ import annotations

from dataclasses import dataclass

from parole_desktop.packet.probe import render_page


@dataclass(frozen=True)
class PreviewPage:
    width: int
    height: int
    pages: int
    rgb: bytes  # width * height * 3 bytes, row by row


def preview_page(data: bytes, index: int = 0, width: int = 900) -> PreviewPage:
    """Page ``index`` of a PDF, or the image itself, about ``width`` pixels wide. Raises UntrustedFileError
    (a UserError with a plain reason) when the file cannot be shown."""
    w, h, pages, rgb = render_page(data, index, width)
    return PreviewPage(w, h, pages, rgb)


__all__ = ["PreviewPage", "preview_page"]
