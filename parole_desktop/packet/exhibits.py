"""Reading exhibits into packet pages.

Each exhibit's bytes go through :func:`parole_desktop.packet.probe.probe_bytes` — the same probe intake
stored its verdict from — in the child process without keys; what comes back are letter-size pages with
the content inside the frame and nothing active. Everything stays in memory."""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from typing import Any

from parole_desktop.errors import IntegrityError
from parole_desktop.packet.plan import PlannedExhibit
from parole_desktop.packet.probe import FRAME, PAGE_H, PAGE_W, probe_bytes

log = logging.getLogger(__name__)

MAX_BYTES = 512 * 1024 * 1024
MAX_PAGES_TOTAL = 3000

__all__ = [
    "FRAME",
    "MAX_BYTES",
    "MAX_PAGES_TOTAL",
    "PAGE_H",
    "PAGE_W",
    "ExhibitProblem",
    "LoadedExhibit",
    "exhibit_pages",
    "load_exhibit",
]


@dataclass
class LoadedExhibit:
    """An exhibit turned into packet pages; ``pages`` is its page count in the packet."""

    planned: PlannedExhibit
    pages: int
    pdf: Any  # pikepdf.Pdf of the exhibit's pages (made by the probe)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExhibitProblem:
    """Why one exhibit cannot be used (plain words, no path)."""

    planned: PlannedExhibit
    reason: str

    def describe(self) -> str:
        return f"{self.planned.describe()}: {self.reason}"


def load_exhibit(ex: PlannedExhibit) -> LoadedExhibit | ExhibitProblem:
    """The exhibit's pages, or the problem that keeps it out. A changed stored file is IntegrityError."""
    import pikepdf

    ev = ex.source.evidence
    try:
        with ex.source.open() as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError:
        return ExhibitProblem(ex, "the stored file could not be read")
    if len(data) > MAX_BYTES:
        return ExhibitProblem(ex, "the file is larger than 512 MB")
    if ev.sha256 and hashlib.sha256(data).hexdigest() != ev.sha256.lower():
        raise IntegrityError(f"{ex.describe()} does not match its recorded SHA-256: the stored file changed.")
    verdict, pdf_bytes = probe_bytes(data, want_pdf=True)
    if not verdict.printable:
        return ExhibitProblem(ex, verdict.reason)
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    if len(pdf.pages) != verdict.pages:
        pdf.close()
        return ExhibitProblem(ex, "the file could not be turned into pages")
    return LoadedExhibit(ex, len(pdf.pages), pdf, verdict.notes)


def exhibit_pages(pdf: Any, le: LoadedExhibit) -> list[Any]:
    """The exhibit's pages, ready to put into ``pdf`` (pikepdf copies them across on assignment)."""
    return list(le.pdf.pages)
