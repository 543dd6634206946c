"""build_packet: lay out the packet with ReportLab, merge exhibits, outline and stamp with pikepdf,
optionally PAdES-sign, and write it atomically."""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import re
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parole_desktop.domain.enums import Channel
from parole_desktop.errors import UserError
from parole_desktop.fsutil import atomic_path
from parole_desktop.packet.model import (
    FILING,
    REVIEW,
    BuildCancelled,
    CancelCheck,
    ExhibitEntry,
    PacketInput,
    PacketResult,
    Progress,
)
from parole_desktop.packet.plan import PlannedExhibit, RequestPlan, plan_exhibits
from parole_desktop.packet.templates import passport_name

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

    The file is written to ``.NAME.partial-XXXX`` beside ``out_path`` (``fsutil.atomic_path``; a final
    packet is first built into ``.NAME.signing-XXXX`` and signed into it), fsynced and only then renamed;
    on any error or cancel the temporary files are removed and nothing exists under the final name; an
    OSError is a StorageError. Raises :class:`UserError` for an unreadable
    exhibit (naming it), :class:`BuildCancelled` when ``cancelled()`` turns true.
    """
    if not inp.cases:
        raise UserError("A packet needs at least one request.")
    out_path = Path(out_path)
    folder = out_path.parent
    if not folder.is_dir():
        raise UserError(f"The destination folder {folder} does not exist.")
    unsigned = folder / f".{out_path.name}.signing-{secrets.token_hex(4)}"  # the build before it is signed
    sign = signing is not None and not inp.is_draft and inp.output == FILING
    steps = _Steps(len(inp.exhibits) * 2 + 5 + (1 if sign else 0), progress, cancelled)
    try:
        with atomic_path(out_path, f"write the packet to {folder}") as tmp:
            steps.step("Checking exhibits", 0)
            target = unsigned if sign else tmp
            result = _build_review(inp, target, steps) if inp.output == REVIEW else _build(inp, target, steps)
            if sign:
                assert signing is not None and inp.signoff is not None
                from parole_desktop.packet.pdfsign import sign_pdf

                steps.step("Signing")
                sign_pdf(
                    unsigned,
                    tmp,
                    signing,
                    reason="Reviewer sign-off of the parole request packet",
                    location=inp.signoff.reviewer_organization or "offline",
                    manifest_json=None,
                    manifest_signature=None,
                )
            steps.step("Finishing")
            with open(tmp, "rb") as fh:
                digest = hashlib.file_digest(fh, "sha256").hexdigest()
    finally:
        with contextlib.suppress(FileNotFoundError):
            unsigned.unlink()
    log.info(
        "%s built: %d pages, %d exhibits, signed=%s", inp.output, result.pages, len(result.entries), sign
    )
    return PacketResult(
        path=str(out_path),
        pages=result.pages,
        exhibits=result.entries,
        sha256=digest,
        signed=sign,
        draft=inp.is_draft,
        signatures=result.signatures,
        form_findings=result.findings,
        placeholders=result.gaps,
        output=inp.output,
    )


def _build_review(inp: PacketInput, tmp: Path, steps: _Steps) -> _Built:
    """The review record: build the filing packet beside it first (its page numbers and findings are
    what the record lists), then drop it."""
    from parole_desktop.packet.record import build_record

    filing_tmp = tmp.with_name(tmp.name + "-filing")
    try:
        filing = _build(inp, filing_tmp, steps)
    finally:
        with contextlib.suppress(FileNotFoundError):
            filing_tmp.unlink()
    pages = build_record(inp, filing.pages, filing.signatures, filing.findings, filing.gaps, tmp)
    return _Built(pages, filing.entries, filing.signatures, filing.findings, filing.gaps)


def _build(inp: PacketInput, tmp: Path, steps: _Steps) -> _Built:
    import pikepdf

    from parole_desktop.packet.exhibits import MAX_PAGES_TOTAL, ExhibitProblem, exhibit_pages, load_exhibits
    from parole_desktop.packet.layout import layout_front
    from parole_desktop.packet.stamp import stamp

    plans = plan_exhibits(inp.cases, inp.exhibits, inp.pack.key_kinds)
    loaded: dict[int, LoadedExhibit] = {}
    opened: list[Any] = []
    try:
        total = 0
        problems: list[ExhibitProblem] = []
        # stored pages where intake kept them; a child per remaining file, in parallel (packet/exhibits.py)
        every = [ex for rp in plans for ex in rp.front + rp.exhibits]
        for ex_key, got in load_exhibits(every, steps.step).items():
            if isinstance(got, ExhibitProblem):
                problems.append(got)
                continue
            loaded[ex_key] = got
            total += got.pages
        if problems:  # every unusable exhibit at once, by letter and title
            n = len(problems)
            lines = "\n".join(f"• {p.describe()}" for p in problems)
            raise UserError(
                f"{n} exhibit{'s' if n > 1 else ''} cannot be used in the packet:\n{lines}\n"
                "Replace or remove "
                f"{'these files' if n > 1 else 'this file'} and build the packet again."
            )
        if total > MAX_PAGES_TOTAL:
            raise UserError(
                f"The packet would have {total} exhibit pages, more than {MAX_PAGES_TOTAL}; "
                "split it or leave out some exhibits."
            )
        steps.step("Filling the official forms")
        placed = _fill_forms(inp, plans, opened)
        counts: dict[Any, int] = {k: v.pages for k, v in loaded.items()}
        counts.update({pl.key: pl.filled.pages for pl in placed})
        steps.step("Laying out the packet")
        photos = _photo_pages(plans, loaded)
        front, doc, gaps, words = layout_front(inp, plans, counts, photos=photos)
        if gaps and not inp.is_draft:
            raise UserError(
                "The final filing packet cannot be built while placeholders remain: "
                + "; ".join(gaps)
                + ". Record these in the case, or export a draft."
            )
        pdf = pikepdf.open(io.BytesIO(front))
        keep: list[Any] = []
        for rp in plans:
            for ex in rp.front + rp.exhibits:
                steps.step(f"Placing exhibit {ex.letter or ex.title}")
                le = loaded[ex.key]
                for j, page in enumerate(exhibit_pages(pdf, le)):
                    at = doc.placeholders[(ex.key, j)] - 1
                    box = doc.photo_boxes.get((ex.key, j))
                    if box is not None:
                        _place_photo(pdf, at, page, box)
                    else:
                        pdf.pages[at] = page
        n_pages = len(pdf.pages)
        footers, entries, outline = _page_info(doc, plans, n_pages, loaded)
        steps.step("Stamping footers")
        from parole_desktop.packet.text import ARABIC_WORDS

        token = ARABIC_WORDS.set(words)  # footers name the beneficiary: tag their Arabic words too
        try:
            keep.append(stamp(pdf, footers, inp.is_draft))
        finally:
            ARABIC_WORDS.reset(token)
        from parole_desktop.packet.actualtext import add_actual_text

        add_actual_text(pdf, words, xobjects=True)
        signatures = _place_forms(pdf, doc, placed, opened, inp.is_draft)
        signatures = _letter_signatures(doc, plans, n_pages) + signatures
        _outline(pdf, outline)
        _metadata(pdf, inp)
        # nothing internal in the filing: the manifest (accepted warnings, reasons, hashes) goes to the
        # review record and the detached NAME.manifest.json; the filing names its fingerprint (_metadata),
        # and the reviewer's PDF signature covers that name
        steps.step("Saving")
        with open(tmp, "wb") as f:
            pdf.save(f)
        pdf.close()
        findings = [f"{x.form}: {x.label} — {x.message}" for pl in placed for x in pl.filled.findings]
        from parole_desktop.packet.worksheets import i134_findings

        findings += [x for rp in plans for x in i134_findings(rp.case)]
        return _Built(n_pages, entries, signatures, findings, gaps)
    finally:
        for le in loaded.values():
            if le.pdf is not None:
                le.pdf.close()
        for o in opened:
            o.close()


_PHOTO_PAGE = re.compile(rb"\s*q\s+[-0-9. ]+cm\s+/\w+\s+Do\s+Q\s*")


def _photo_image(page: Any) -> Any:
    """The one image of a page that is one photo, as the probe lays out a picture (an image drawn alone,
    nothing else on the page), when its shape can be a passport-style photo (square, or nearly: 3:4 to
    4:3); else None. A scanned sheet, a PDF with text or a wide picture is not a photo."""
    import pikepdf

    xobjects = page.obj.get("/Resources", {}).get("/XObject", {})
    images = [x for _k, x in xobjects.items() if x.get("/Subtype") == "/Image"]
    if len(images) != 1 or len(xobjects) != 1:
        return None
    contents = page.obj.get("/Contents")
    if not isinstance(contents, pikepdf.Stream) or not _PHOTO_PAGE.fullmatch(contents.read_bytes()):
        return None
    img = images[0]
    w, h = float(img.get("/Width", 0)), float(img.get("/Height", 0))
    if w <= 0 or h <= 0 or not 0.75 <= h / w <= 4 / 3:
        return None
    return img


def _photo_pages(plans: list[RequestPlan], loaded: dict[int, LoadedExhibit]) -> dict[Any, set[int]]:
    """Exhibit key → the pages of a photos exhibit that are one passport-style photo each (USCIS and
    CBP alike): they are printed as photos at 2 × 2 in, not scaled to the page."""
    out: dict[Any, set[int]] = {}
    for rp in plans:
        for ex in rp.exhibits:
            le = loaded.get(ex.key)
            if ex.source.evidence.kind != "photos" or le is None or le.pdf is None:
                continue
            pages = {j for j, page in enumerate(le.pdf.pages) if _photo_image(page) is not None}
            if pages:
                out[ex.key] = pages
    return out


def _place_photo(pdf: Any, index: int, page: Any, box: tuple[float, float]) -> None:
    """Draw the photo of exhibit page ``page`` into the 2 × 2 in square the layout left at ``box`` on page
    ``index`` (the caption is already there): the whole picture, its shape kept, centred in the square."""
    import pikepdf

    from parole_desktop.packet.doc import PHOTO_SIDE

    img = _photo_image(page)
    assert img is not None  # _photo_pages chose this page for it
    w, h = float(img.Width), float(img.Height)
    scale = PHOTO_SIDE / max(w, h)
    pw, ph = w * scale, h * scale
    x, y = box[0] + (PHOTO_SIDE - pw) / 2, box[1] + (PHOTO_SIDE - ph) / 2
    target = pdf.pages[index]
    name = target.add_resource(pdf.copy_foreign(img), pikepdf.Name.XObject, prefix="Photo")
    target.contents_add(
        pdf.make_stream(f"q {pw:.4f} 0 0 {ph:.4f} {x:.4f} {y:.4f} cm {name} Do Q".encode()), prepend=False
    )


def _fill_forms(inp: PacketInput, plans: list[RequestPlan], opened: list[Any]) -> list[_Placed]:
    """One Form I-131 per USCIS request; one official Form I-134 per supporter when the user supplied an
    I-134 whose edition the rules pack maps (the worksheets are in the review record, never filed)."""
    from parole_desktop.domain.enums import Role
    from parole_desktop.packet.forms import applicant_of, fill_i131, fill_i134, part12_person
    from parole_desktop.packet.layout import form_key, i134_key
    from parole_desktop.packet.worksheets import supporters

    placed: list[_Placed] = []
    for ci, rp in enumerate(plans):
        case = rp.case
        if case.channel == Channel.CBP_PORT_OF_ENTRY:
            continue
        ff = fill_i131(case, inp.i131_form)
        opened.append(ff.pdf)
        people = {
            "applicant": applicant_of(case),
            "interpreter": next(iter(case.people_with_role(Role.INTERPRETER)), None),
            "preparer": part12_person(case)[0],
        }
        placed.append(_Placed(form_key(ci), ff, f"form1[{ci}]", case, people))
        if inp.i134_form is None:
            continue
        for si, sup in enumerate(supporters(case)):
            ff = fill_i134(case, sup, inp.i134_form)
            opened.append(ff.pdf)
            placed.append(_Placed(i134_key(ci, si), ff, f"i134[{ci}][{si}]", case, {"supporter": sup}))
    return placed


class _Built:
    def __init__(
        self,
        pages: int,
        entries: list[ExhibitEntry],
        signatures: list[tuple[str, str, int]],
        findings: list[str],
        gaps: list[str],
    ) -> None:
        self.pages, self.entries, self.signatures, self.findings, self.gaps = (
            pages,
            entries,
            signatures,
            findings,
            gaps,
        )


class _Placed:
    """One filled official form waiting for its placeholder pages: ``top`` renames its top field so that
    several forms coexist in the packet's AcroForm; ``people`` maps the map's signer roles to persons."""

    def __init__(self, key: Any, filled: Any, top: str, case: Any, people: dict[str, Any]) -> None:
        self.key, self.filled, self.top, self.case, self.people = key, filled, top, case, people


def _place_forms(
    pdf: Any, doc: Any, placed: list[_Placed], opened: list[Any], draft: bool
) -> list[tuple[str, str, int]]:
    """Put each filled official form (after stamping: the form keeps its own footer and barcodes) and
    merge its fields into the packet's AcroForm, the top field renamed per form."""
    import pikepdf

    if not placed:
        return []
    fields = pikepdf.Array()
    dr = None
    sigs: list[tuple[str, str, int]] = []
    for pl in placed:
        ff, src = pl.filled, pl.filled.pdf
        first = doc.placeholders[(pl.key, 0)]
        for j in range(ff.pages):
            pdf.pages[first - 1 + j] = src.pages[j]
            if draft:
                _watermark_form_page(pdf, first - 1 + j, opened)
        for top in src.Root.AcroForm.Fields:
            copied = pdf.copy_foreign(top if top.is_indirect else src.make_indirect(top))
            copied.T = pikepdf.String(pl.top)
            fields.append(copied)
        if dr is None and "/DR" in src.Root.AcroForm:
            src_dr = src.Root.AcroForm.DR
            dr = pdf.copy_foreign(src_dr if src_dr.is_indirect else src.make_indirect(src_dr))
        for sp in ff.signatures:
            who = pl.people.get(sp.signer)
            name = who.full_name or who.organization if who is not None else sp.signer
            form = f"Form {ff.form}"
            sigs.append(
                (
                    f"{name} ({sp.signer})",
                    sp.label.replace(form, f"{form} for {passport_name(pl.case.beneficiary)}", 1),
                    first + sp.page,
                )
            )
    af = pikepdf.Dictionary(Fields=fields, DA=pikepdf.String("/Helv 0 Tf 0 g"))
    if dr is not None:
        af.DR = dr
    pdf.Root.AcroForm = pdf.make_indirect(af)
    return sigs


def _watermark_form_page(pdf: Any, index: int, opened: list[Any]) -> None:
    """A draft's form pages carry the DRAFT watermark too (no footer: the form keeps its own)."""
    import pikepdf

    from parole_desktop.packet.stamp import overlay_pdf

    page = pdf.pages[index]
    box = [float(v) for v in page.mediabox]
    ov = pikepdf.open(io.BytesIO(overlay_pdf([(box[2] - box[0], box[3] - box[1], "")], True)))
    opened.append(ov)
    page.add_overlay(ov.pages[0], pikepdf.Rectangle(*box))


def _letter_signatures(doc: Any, plans: list[RequestPlan], n: int) -> list[tuple[str, str, int]]:
    from parole_desktop.packet.letter import signer_of

    marks = sorted(doc.markers, key=lambda m: m[0])
    out: list[tuple[str, str, int]] = []
    ci = -1
    for i, (page, m) in enumerate(marks):
        if m.level == 0:
            ci += 1
        if m.kind == "letter" and 0 <= ci < len(plans):
            nxt = next((p for p, _ in marks[i + 1 :] if p > page), n + 1)
            name, role, _ = signer_of(plans[ci].case)
            out.append(
                (
                    f"{name} ({role.split(' (')[0].lower()})" if name else "signer not recorded",
                    f"Cover letter for {passport_name(plans[ci].case.beneficiary)}",
                    max(page, nxt - 1),
                )
            )
        if m.kind == "translator":
            out.append(("Translator", m.plain_title, page))
    return out


def _page_info(
    doc: Any, plans: list[RequestPlan], n: int, loaded: dict[int, LoadedExhibit]
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
            entries.append(
                ExhibitEntry(
                    ex.letter, ex.title, tab_page[ex.letter], loaded[ex.key].pages, ex.source.evidence.id
                )
            )
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
    from pikepdf.models.metadata import encode_pdf_date

    names = ", ".join(passport_name(c.beneficiary) for c in inp.cases if c.beneficiary_name)
    title = f"Humanitarian parole request — {names}" if names else "Humanitarian parole request"
    if inp.is_draft:
        title += " (DRAFT)"
    stamp_ = encode_pdf_date(inp.generated_at)  # D:YYYYMMDDHHmmSS+HH'mm (PDF 2.0, ISO 32000-2 7.9.4)
    pdf.docinfo[pikepdf.Name.Title] = title
    pdf.docinfo[pikepdf.Name.Author] = inp.preparer_name or "Parole Desktop"
    pdf.docinfo[pikepdf.Name.Subject] = f"INA 212(d)(5)(A) parole request packet; rules pack {inp.pack.label}"
    pdf.docinfo[pikepdf.Name.Creator] = "Parole Desktop"
    pdf.docinfo[pikepdf.Name.CreationDate] = stamp_
    pdf.docinfo[pikepdf.Name.ModDate] = stamp_
    if inp.signoff is not None:
        pdf.docinfo[pikepdf.Name("/ParoleManifestFingerprint")] = inp.signoff.fingerprint


__all__ = ["PlannedExhibit", "build_packet"]
