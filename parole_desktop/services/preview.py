"""Previews of evidence for the GUI, rasterised in the child process without keys (packet/sandbox.py, task
"render" of packet/child.py).

The app never parses an untrusted PDF or image itself to show it: a crash or a hostile file only takes the
child down, and the user gets a plain message about that file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from parole_desktop.packet.probe import render_page
from parole_desktop.packet.sandbox import run_untrusted


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


def confinement_check(forbidden: list[Path]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(what the file-reading child confined itself to, what came of its attempts to read each of
    ``forbidden``, write in its own folder and start a program): the self-test's proof that the installed
    build's child is confined (``packet/confine.py``)."""
    res = run_untrusted(
        "selftest",
        b"",
        {"mode": "escape", "read": [str(p) for p in forbidden], "write": "probe.txt", "exec": True},
    )
    return res.confinement, res.header


__all__ = ["PreviewPage", "confinement_check", "preview_page"]
