"""Story assembly: the sections of every request in order, with markers for TOC, outline and footers."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph

from parole_desktop.packet import sections as sec
from parole_desktop.packet import worksheets as ws
from parole_desktop.packet.doc import ExhibitIndex, FooterCtx, Marker, PacketDoc, Placeholder, make_toc
from parole_desktop.packet.fonts import Styles, make_styles, resources_dir
from parole_desktop.packet.model import PacketInput
from parole_desktop.packet.plan import RequestPlan
from parole_desktop.packet.text import escape, markup, short_hash

F = list[Any]


def _marker(name: str, title: str, level: int, exhibit: str | None = None, letter: str | None = None,
            markup_title: str | None = None) -> Marker:
    mt = markup_title or escape(title)
    return Marker(FooterCtx(name, exhibit), title=mt, level=level,
                  plain_title=title, exhibit_letter=letter)


def _index(rp: RequestPlan, page_counts: dict[int, int], styles: Styles, name: str) -> F:
    header = ["Exhibit", "Title", "Date", "Language", "Pages", "Page", "SHA-256"]
    rows: list[list[Any]] = []
    letters: list[str] = []
    for ex in rp.exhibits + rp.shared_elsewhere:
        ev = ex.source.evidence
        title = markup(ex.title)
        if ex in rp.shared_elsewhere:
            title += " <i>(shared with the family group)</i>"
        rows.append([escape(ex.letter), Paragraph(title, styles.small),
                     ev.document_date.isoformat() if ev.document_date else "—", escape(ev.language or "en"),
                     str(page_counts[ex.key]), "", short_hash(ev.sha256)])
        letters.append(ex.letter)
    w = sec.FULL_W
    widths = [0.09 * w, 0.37 * w, 0.13 * w, 0.1 * w, 0.08 * w, 0.08 * w, 0.15 * w]
    out: F = [_marker(name, "Exhibit index", 1), Paragraph("Exhibit index", styles.h1)]
    if not rows:
        return [*out, Paragraph("No exhibits.", styles.body)]
    out.append(Paragraph("Page = packet page of the exhibit's tab page. SHA-256 = first 12 hex digits of the "
                         "file's hash; translations follow their originals.", styles.small))
    out.append(ExhibitIndex(header, rows, letters, styles, widths, page_col=5))
    return out


def request_story(inp: PacketInput, rp: RequestPlan, styles: Styles, page_counts: dict[int, int],
                  templates_dir: Path, first: bool, toc: Any) -> F:
    case = rp.case
    name = case.beneficiary_name or "[beneficiary]"
    pack = f"{inp.pack.pack_id} {inp.pack.version}"
    out: F = [_marker(name, f"Request for {name}", 0, markup_title=escape("Request for ") + markup(name))]
    out += [_marker(name, "Cover letter", 1)]
    out += sec.build_cover_letter(case, inp, styles, templates_dir, len(inp.cases))
    if first:
        out += [PageBreak(), Paragraph("Contents", styles.h1), toc, *sec.build_pack_note(inp, styles)]
    out += [PageBreak(), _marker(name, "Form I-131 worksheet", 1), *ws.build_i131(case, styles, pack)]
    i134 = ws.build_i134(case, styles, pack)
    if i134:
        out += [PageBreak(), _marker(name, "Form I-134 worksheets", 1), *i134]
    g28 = ws.build_g28(case, styles)
    if g28:
        out += [PageBreak(), _marker(name, "Form G-28 details", 1), *g28]
    out += [PageBreak(), _marker(name, "Statement of reasons", 1), *sec.build_statement(case, styles)]
    out += [PageBreak(), *_index(rp, page_counts, styles, name)]
    for ex in rp.exhibits:
        title = f"Exhibit {ex.letter} — {ex.title}"
        out += [NextPageTemplate("tab"), PageBreak(),
                _marker(name, title, 2, exhibit=ex.letter, letter=ex.letter,
                        markup_title=escape(f"Exhibit {ex.letter} — ") + markup(ex.title)),
                *sec.build_tab(ex, styles), NextPageTemplate("body")]
        for j in range(page_counts[ex.key]):
            out += [PageBreak(), Placeholder(ex.key, j)]
        if ex.original is not None:
            out += [PageBreak(), *sec.build_translator_certification(ex, styles)]
    out += [PageBreak(), _marker(name, f"Signatures — {name}", 1, markup_title=escape("Signatures — ") + markup(name)),
            *sec.build_signatures(case, inp, styles)]
    return out


def layout_front(inp: PacketInput, plans: list[RequestPlan], page_counts: dict[int, int],
                 templates_dir: Path | None = None) -> tuple[bytes, PacketDoc]:
    """Lay out everything but the exhibit content; exhibit pages are blank placeholders whose page
    numbers the returned doc records (``doc.placeholders[(key, j)]``, 1-based)."""
    styles = make_styles()
    tdir = templates_dir or resources_dir() / "templates"
    toc = make_toc(styles)
    story: F = []
    for i, rp in enumerate(plans):
        if i:
            story.append(PageBreak())
        story += request_story(inp, rp, styles, page_counts, tdir, i == 0, toc)
    if inp.signoff is not None:
        story += [PageBreak(), _marker(plans[0].case.beneficiary_name, "Reviewer sign-off", 0),
                  *sec.build_signoff(inp, styles)]
    buf = io.BytesIO()
    doc = PacketDoc(buf, title="Parole request", author=inp.preparer_name, invariant=1)
    doc.multiBuild(story)
    return buf.getvalue(), doc
