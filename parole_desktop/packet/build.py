"""build_packet: lay out the packet with ReportLab, merge exhibits, outline and stamp with pikepdf,
optionally PAdES-sign, and write it atomically."""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parole_desktop.errors import StorageError, UserError
from parole_desktop.packet.model import (
    BuildCancelled,
    CancelCheck,
    ExhibitEntry,
    PacketInput,
    PacketResult,
    Progress,
)
from parole_desktop.packet.plan import PlannedExhibit, RequestPlan, plan_exhibits

if TYPE_CHECKING:
    from parole_desktop.packet.exhibits import LoadedExhibit
    from parole_desktop.packet.pdfsign import SigningIdentity

log = logging.getLogger(__name__)


class _Steps:
    def __init__(self, total: int, progress: Progress | None, cancelled: CancelCheck | None) -> None:
        self.done, self.total, self.progress, self.cancelled = 0, total, progress, cancelled

    def step(self, label: str, n: int = 1) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BuildCancelled("The packet build was cancelled; no file was written.")
        self.done = min(self.total, self.done + n)
        if self.progress is not None:
            self.progress(self.done, self.total, label)


def build_packet(
    inp: PacketInput,
    out_path: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    signing: SigningIdentity | None = None,
    templates_dir: Path | None = None,
) -> PacketResult:
    """Build the packet PDF at ``out_path``.

    The file is written to ``.NAME.partial-XXXX`` beside ``out_path``, fsynced, signed (final packets,
    when ``signing`` is given) and only then renamed; on any error or cancel the temporary files are
    removed and nothing exists under the final name. Raises :class:`UserError` for an unreadable
    exhibit (naming it), :class:`BuildCancelled` when ``cancelled()`` turns true.
    """
    if not inp.cases:
        raise UserError("A packet needs at least one request.")
    out_path = Path(out_path)
    folder = out_path.parent
    if not folder.is_dir():
        raise UserError(f"The destination folder {folder} does not exist.")
    tag = secrets.token_hex(4)
    tmp = folder / f".{out_path.name}.partial-{tag}"
    tmp_signed = folder / f".{out_path.name}.signing-{tag}"
    sign = signing is not None and not inp.is_draft
    steps = _Steps(len(inp.exhibits) * 2 + 5 + (1 if sign else 0), progress, cancelled)
    try:
        steps.step("Checking exhibits", 0)
        result = _build(inp, tmp, steps)
        final_src = tmp
        if sign:
            assert signing is not None and inp.signoff is not None
            from parole_desktop.packet.pdfsign import sign_pdf

            steps.step("Signing")
            sign_pdf(tmp, tmp_signed, signing, reason="Reviewer sign-off of the parole request packet",
                     location=inp.signoff.reviewer_organization or "offline",
                     manifest_json=None, manifest_signature=None)
            final_src = tmp_signed
        steps.step("Finishing")
        _fsync(final_src)
        digest = _sha256(final_src)
        os.replace(final_src, out_path)
        _fsync_dir(folder)
    except OSError as e:
        raise StorageError(f"The packet could not be written to {folder}: {e.strerror or e}") from e
    finally:
        for p in (tmp, tmp_signed):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
    log.info("packet built: %d pages, %d exhibits, signed=%s", result[0], len(result[1]), sign)
    return PacketResult(path=str(out_path), pages=result[0], exhibits=result[1], sha256=digest,
                        signed=sign, draft=inp.is_draft)


def _sha256(p: Path) -> str:
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fsync(p: Path) -> None:
    with open(p, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_dir(d: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(d, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _build(inp: PacketInput, tmp: Path, steps: _Steps) -> tuple[int, list[ExhibitEntry]]:
    import pikepdf

    from parole_desktop.packet.exhibits import MAX_PAGES_TOTAL, ExhibitProblem, exhibit_pages, load_exhibit
    from parole_desktop.packet.layout import layout_front
    from parole_desktop.packet.stamp import stamp

    plans = plan_exhibits(inp.cases, inp.exhibits)
    loaded: dict[int, LoadedExhibit] = {}
    try:
        total = 0
        problems: list[ExhibitProblem] = []
        for rp in plans:
            for ex in rp.exhibits:
                steps.step(f"Reading exhibit {ex.letter}")
                got = load_exhibit(ex)
                if isinstance(got, ExhibitProblem):
                    problems.append(got)
                    continue
                loaded[ex.key] = got
                total += got.pages
        if problems:  # every unusable exhibit at once, by letter and title
            n = len(problems)
            lines = "\n".join(f"• {p.describe()}" for p in problems)
            raise UserError(f"{n} exhibit{'s' if n > 1 else ''} cannot be used in the packet:\n{lines}\n"
                            "Replace or remove "
                            f"{'these files' if n > 1 else 'this file'} and build the packet again.")
        if total > MAX_PAGES_TOTAL:
            raise UserError(f"The packet would have {total} exhibit pages, more than {MAX_PAGES_TOTAL}; "
                            "split it or leave out some exhibits.")
        steps.step("Laying out the packet")
        front, doc = layout_front(inp, plans, {k: v.pages for k, v in loaded.items()})
        pdf = pikepdf.open(io.BytesIO(front))
        keep: list[Any] = []
        for rp in plans:
            for ex in rp.exhibits:
                steps.step(f"Placing exhibit {ex.letter}")
                le = loaded[ex.key]
                for j, page in enumerate(exhibit_pages(pdf, le)):
                    pdf.pages[doc.placeholders[(ex.key, j)] - 1] = page
        n_pages = len(pdf.pages)
        footers, entries, outline = _page_info(doc, plans, n_pages, loaded)
        steps.step("Stamping footers")
        keep.append(stamp(pdf, footers, inp.is_draft))
        _outline(pdf, outline)
        _metadata(pdf, inp)
        if inp.signoff is not None:
            from parole_desktop.packet.pdfsign import attach_manifest

            attach_manifest(pdf, inp.signoff.manifest_json, inp.signoff.manifest_signature)
        steps.step("Saving")
        with open(tmp, "wb") as f:
            pdf.save(f)
        pdf.close()
        return n_pages, entries
    finally:
        for le in loaded.values():
            le.pdf.close()


def _page_info(doc: Any, plans: list[RequestPlan], n: int, loaded: dict[int, LoadedExhibit]
               ) -> tuple[list[str], list[ExhibitEntry], list[tuple[int, str, int]]]:
    marks = sorted(doc.markers, key=lambda m: m[0])
    footers: list[str] = []
    mi = -1
    ctx = None
    for page in range(1, n + 1):
        while mi + 1 < len(marks) and marks[mi + 1][0] <= page:
            mi += 1
            ctx = marks[mi][1].ctx
        parts = [ctx.name] if ctx and ctx.name else []
        if ctx and ctx.exhibit:
            parts.append(f"Exhibit {ctx.exhibit}")
        parts.append(f"Page {page} of {n}")
        footers.append(" · ".join(parts))
    tab_page = {m.exhibit_letter: p for p, m in marks if m.exhibit_letter}
    entries: list[ExhibitEntry] = []
    for rp in plans:
        for ex in rp.exhibits:
            entries.append(ExhibitEntry(ex.letter, ex.title, tab_page[ex.letter], loaded[ex.key].pages,
                                        ex.source.evidence.id))
    outline = [(m.level, m.plain_title, p) for p, m in marks if m.plain_title]
    return footers, entries, outline


def _outline(pdf: Any, items: list[tuple[int, str, int]]) -> None:
    import pikepdf

    with pdf.open_outline() as ol:
        stack: list[tuple[int, Any]] = []
        for level, title, page in items:
            item = pikepdf.OutlineItem(title, page - 1)
            while stack and stack[-1][0] >= level:
                stack.pop()
            (stack[-1][1].children if stack else ol.root).append(item)
            stack.append((level, item))


def _metadata(pdf: Any, inp: PacketInput) -> None:
    import pikepdf

    names = ", ".join(c.beneficiary_name for c in inp.cases if c.beneficiary_name)
    title = f"Humanitarian parole request — {names}" if names else "Humanitarian parole request"
    if inp.is_draft:
        title += " (DRAFT)"
    when = inp.generated_at
    stamp_ = when.strftime("D:%Y%m%d%H%M%S")
    off = when.utcoffset()
    if off is not None:
        mins = int(off.total_seconds() // 60)
        stamp_ += f"{'+' if mins >= 0 else '-'}{abs(mins) // 60:02d}'{abs(mins) % 60:02d}'"
    pdf.docinfo[pikepdf.Name.Title] = title
    pdf.docinfo[pikepdf.Name.Author] = inp.preparer_name or "Parole Desktop"
    pdf.docinfo[pikepdf.Name.Subject] = f"INA 212(d)(5)(A) parole request packet; rules pack {inp.pack.label}"
    pdf.docinfo[pikepdf.Name.Creator] = "Parole Desktop"
    pdf.docinfo[pikepdf.Name.CreationDate] = stamp_
    pdf.docinfo[pikepdf.Name.ModDate] = stamp_
    if inp.signoff is not None:
        pdf.docinfo[pikepdf.Name("/ParoleManifestFingerprint")] = inp.signoff.fingerprint


__all__ = ["PlannedExhibit", "build_packet"]
