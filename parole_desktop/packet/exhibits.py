"""Reading exhibits into packet pages.

An exhibit's pages are what :func:`parole_desktop.packet.probe.probe_bytes` made of its bytes in the child
process without keys — letter-size pages with the content inside the frame and nothing active. Intake
keeps them sealed in the vault (``store/probes.py``), so :func:`load_exhibits` uses the stored pages when
the source offers them (``ExhibitSource.stored_pages``) and starts a child only for an exhibit without
them (none stored, or from an older probe version); those children run in parallel, at most one per core,
each reading exactly one file, and what they make is handed back to be kept (``ExhibitSource.keep``).
Everything stays in memory."""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from parole_desktop.errors import IntegrityError
from parole_desktop.packet.model import StoredPages
from parole_desktop.packet.plan import PlannedExhibit
from parole_desktop.packet.probe import FRAME, PAGE_H, PAGE_W, Verdict, probe_bytes

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
    "load_exhibits",
    "parallel_children",
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


def parallel_children() -> int:
    """How many exhibit children run at once: one per core (at least one)."""
    return max(1, os.cpu_count() or 1)


def _read(ex: PlannedExhibit) -> bytes | ExhibitProblem:
    """The exhibit's stored bytes, checked against its recorded SHA-256 (IntegrityError if changed)."""
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
    return data


def _from_pages(
    ex: PlannedExhibit, pdf_bytes: bytes, pages: int | None, notes: tuple[str, ...]
) -> LoadedExhibit | None:
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    except (pikepdf.PdfError, ValueError, OSError):
        return None
    if len(pdf.pages) != pages or not pages:
        pdf.close()
        return None
    return LoadedExhibit(ex, len(pdf.pages), pdf, notes)


def _stored(ex: PlannedExhibit) -> LoadedExhibit | None:
    """The pages kept at intake for this exhibit, or None (none of this probe version, or unusable)."""
    if ex.source.stored_pages is None:
        return None
    got: StoredPages | None = ex.source.stored_pages()
    if got is None:
        return None
    loaded = _from_pages(ex, got.pdf, got.pages, got.notes)
    if loaded is None:
        log.warning("stored exhibit pages did not open; the file is read again")
    return loaded


def _probe(ex: PlannedExhibit) -> LoadedExhibit | ExhibitProblem:
    """A child reads the exhibit's bytes (one file) and makes its pages; they are kept for next time."""
    data = _read(ex)
    if isinstance(data, ExhibitProblem):
        return data
    verdict, pdf_bytes = probe_bytes(data, want_pdf=True, thumb=ex.source.keep is not None)
    return _loaded_from_child(ex, verdict, pdf_bytes)


def _loaded_from_child(
    ex: PlannedExhibit, verdict: Verdict, pdf_bytes: bytes
) -> LoadedExhibit | ExhibitProblem:
    if not verdict.printable:
        return ExhibitProblem(ex, verdict.reason)
    loaded = _from_pages(ex, pdf_bytes, verdict.pages, verdict.notes)
    if loaded is None:
        return ExhibitProblem(ex, "the file could not be turned into pages")
    if ex.source.keep is not None:
        ex.source.keep(verdict, pdf_bytes)
    return loaded


def load_exhibit(ex: PlannedExhibit) -> LoadedExhibit | ExhibitProblem:
    """The exhibit's pages, or the problem that keeps it out. A changed stored file is IntegrityError."""
    return _stored(ex) or _probe(ex)


def load_exhibits(
    exhibits: list[PlannedExhibit], step: Callable[[str], None] | None = None
) -> dict[int, LoadedExhibit | ExhibitProblem]:
    """Every exhibit's pages or problem, by ``PlannedExhibit.key``: stored pages where the source has them,
    otherwise a child per file, :func:`parallel_children` at a time. The stored bytes are read and checked
    in this thread; ``step(label)`` is called once per exhibit (it may raise to cancel: children already
    started finish, none is started after)."""
    out: dict[int, LoadedExhibit | ExhibitProblem] = {}
    todo: list[tuple[PlannedExhibit, bytes]] = []
    for ex in exhibits:
        if step is not None:
            step(f"Reading exhibit {ex.letter or ex.title}")
        got = _stored(ex)
        if got is not None:
            out[ex.key] = got
            continue
        data = _read(ex)
        if isinstance(data, ExhibitProblem):
            out[ex.key] = data
            continue
        todo.append((ex, data))
    if not todo:
        return out

    def child(item: tuple[PlannedExhibit, bytes]) -> tuple[Verdict, bytes]:
        ex, data = item
        return probe_bytes(data, want_pdf=True, thumb=ex.source.keep is not None)

    try:
        with ThreadPoolExecutor(max_workers=min(parallel_children(), len(todo))) as pool:
            answers = list(pool.map(child, todo))
        for (ex, _data), (verdict, pdf_bytes) in zip(todo, answers, strict=True):
            out[ex.key] = _loaded_from_child(ex, verdict, pdf_bytes)
    except BaseException:
        for done in out.values():
            if isinstance(done, LoadedExhibit):
                done.pdf.close()
        raise
    return out


def exhibit_pages(pdf: Any, le: LoadedExhibit) -> list[Any]:
    """The exhibit's pages, ready to put into ``pdf`` (pikepdf copies them across on assignment)."""
    return list(le.pdf.pages)
