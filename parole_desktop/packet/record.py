"""The review record: everything internal, never mixed into the filing packet.

Open and accepted findings (an accepted warning with the reviewer's reason), what the official forms
need and the case lacks, the *verify* items of the rules pack, the wet signatures still to collect with
the filing-packet page of each signature line, a "before you mail" / "before you go to the port"
checklist, and the sign-off certificate with its manifest.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import (
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Preformatted,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate

from parole_desktop.domain.enums import Channel
from parole_desktop.packet import sections as sec
from parole_desktop.packet.doc import BOTTOM, MARGIN, PAGE_H, PAGE_W
from parole_desktop.packet.fonts import Styles, make_styles
from parole_desktop.packet.model import PacketInput
from parole_desktop.packet.templates import fmt_date, passport_name
from parole_desktop.packet.text import ARABIC_WORDS, LATIN_FONT, ArabicWords, escape, markup

F = list[Any]
TITLE = "Review record — internal, not for filing"


def _table(header: list[str], rows: list[list[str]], widths: list[float], styles: Styles) -> Any:
    data = [[Paragraph(f"<b>{escape(h)}</b>", styles.small) for h in header]]
    data += [[Paragraph(markup(c), styles.small) for c in r] for r in rows]
    t = Table(data, colWidths=[sec.FULL_W * w for w in widths], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ]
        )
    )
    return t


def checklist(inp: PacketInput, signatures: list[tuple[str, str, int]]) -> list[tuple[str, list[str]]]:
    """(heading, items) per channel present in the packet."""
    out: list[tuple[str, list[str]]] = []
    cases = inp.cases
    if any(c.channel != Channel.CBP_PORT_OF_ENTRY for c in cases):
        items = [
            f"Collect every wet signature listed above ({len(signatures)} signature lines).",
            "Check every item marked verify (filing address, form editions, fees) against the USCIS "
            "website on the day of mailing.",
            "Complete by hand what the forms need and the case does not record (listed above).",
            "Print the filing packet single-sided; keep a complete copy.",
            *(
                [
                    "The photo pages show the passport-style photos at true size (2 × 2 inches) to check "
                    "them: enclose two identical colour photos printed on photo paper, with the name and "
                    "A-Number (if any) lightly in pencil on the back of each (I-131 instructions, "
                    "Photographs; verify the current requirement)."
                ]
                if any(
                    e.evidence.kind == "photos"
                    and e.evidence.case_id in {c.id for c in cases if c.channel != Channel.CBP_PORT_OF_ENTRY}
                    for e in inp.exhibits
                )
                else []
            ),
            "Mail it to the address on the cover letter by a trackable service; record the tracking "
            "number and, when it arrives, the receipt number in the case.",
        ]
        out.append(("Before you mail", items))
    if any(c.channel == Channel.CBP_PORT_OF_ENTRY for c in cases):
        items = [
            "Bring the originals of every exhibit listed on the officer summary, and the passport.",
            "Bring the filing packet printed, with every wet signature collected.",
            "If the beneficiary would fly to the port without a visa or other travel document, airlines "
            "will not board them: confirm how they will reach the port before they travel.",
            "Confirm the port, date and time of presentation with counsel.",
            "Bring the parole fee payment, or the evidence of the fee exception claimed.",
        ]
        out.append(("Before you go to the port", items))
    return out


def record_story(
    inp: PacketInput,
    filing_pages: int,
    signatures: list[tuple[str, str, int]],
    form_findings: list[str],
    gaps: list[str],
    styles: Styles,
) -> F:
    names = ", ".join(passport_name(c.beneficiary) or f"case {c.id}" for c in inp.cases)
    out: F = [
        Paragraph(escape(TITLE), styles.title),
        Paragraph(
            escape(
                f"Request(s): {names}. Generated {fmt_date(inp.generated_at.date())}. "
                f"Rules pack {inp.pack.label}" + (f", SHA-256 {inp.pack.sha256}." if inp.pack.sha256 else ".")
            ),
            styles.body,
        ),
        Paragraph(
            escape(
                f"The filing packet of the same recorded data has {filing_pages} pages "
                f"({'draft' if inp.is_draft else 'final'}); page numbers below are its pages. "
                "This record is never part of the filing."
            ),
            styles.small,
        ),
    ]
    out.append(Paragraph("Findings", styles.h1))
    items = inp.review_items
    if items is None:
        out.append(Paragraph("The findings of the checks were not supplied to this export.", styles.body))
    elif not items:
        out.append(Paragraph("No open or accepted findings.", styles.body))
    else:
        rows = []
        for it in sorted(items, key=lambda i: (i.status != "open", i.severity != "fail", i.rule_id)):
            status = it.status + (f" — reason: {it.reason}" if it.status == "accepted" and it.reason else "")
            rows.append([it.rule_id, it.severity, it.message + (" (verify)" if it.verify else ""), status])
        out.append(_table(["Rule", "Severity", "Finding", "Status"], rows, [0.13, 0.1, 0.5, 0.27], styles))
    if gaps:
        out.append(
            Paragraph(
                "Placeholders in this draft (the final filing packet is refused until they are recorded)",
                styles.h2,
            )
        )
        out += [Paragraph("• " + markup(g), styles.body) for g in gaps]
    out.append(Paragraph("What the official forms need and the case does not record", styles.h1))
    if form_findings:
        out += [Paragraph("• " + markup(x), styles.small) for x in form_findings]
    else:
        out.append(Paragraph("Nothing: every mapped form field has a value from the case.", styles.body))
    out.append(Paragraph("Items marked verify", styles.h1))
    if inp.pack.verify_items:
        out += [Paragraph("• " + markup(v), styles.small) for v in inp.pack.verify_items]
    else:
        out.append(Paragraph("The rules pack marks no item verify.", styles.body))
    out.append(Paragraph("Wet signatures still to collect", styles.h1))
    out.append(
        Paragraph(
            "Each person signs by hand in ink; nobody signs for someone else (8 CFR 103.2(a)(2)). "
            "Page = page of the filing packet.",
            styles.small,
        )
    )
    if signatures:
        out.append(
            _table(
                ["Who", "Where", "Page"],
                [[w, where, str(p)] for w, where, p in signatures],
                [0.3, 0.58, 0.12],
                styles,
            )
        )
    out += _i134_part(inp, styles)
    for heading, lst in checklist(inp, signatures):
        out.append(Paragraph(escape(heading), styles.h1))
        out += [Paragraph('<font name="ZapfDingbats">o</font>  ' + escape(x), styles.body) for x in lst]
    if inp.signoff is not None:
        out += [PageBreak(), *sec.build_signoff(inp, styles), Paragraph("Manifest", styles.h2)]
        try:
            pretty = json.dumps(json.loads(inp.signoff.manifest_json), indent=1, ensure_ascii=False)
        except ValueError:
            pretty = inp.signoff.manifest_json
        out.append(Preformatted(pretty[:20000], styles.small))
    else:
        out.append(Paragraph("Sign-off", styles.h1))
        out.append(Paragraph("Not signed off: this record belongs to a draft.", styles.body))
    return out


_DELIVERY = {
    "in_packet": "the official Form I-134 is filled into the filing packet (a mapped edition was supplied)",
    "follows": "the cover letter says the supporter's signed Form I-134 follows under separate cover",
    "enclosed_by_supporter": "the cover letter says the supporter sends the signed Form I-134 directly",
}


def _i134_part(inp: PacketInput, styles: Styles) -> F:
    """The supporters' Form I-134 worksheets (a checklist for the supporter, never filed) and how each
    signed I-134 reaches USCIS; an unrecorded delivery is named (the letter then says nothing of it)."""
    from parole_desktop.packet import worksheets as ws

    out: F = []
    for c in inp.cases:
        if not ws.supporters(c):
            continue
        if not out:
            out.append(Paragraph("Form I-134: worksheets for the supporters (not filed)", styles.h1))
        who = passport_name(c.beneficiary) or f"case {c.id}"
        how = _DELIVERY.get(str(c.i134_delivery.value), "")
        note = (
            f"Request for {who}: {how}."
            if how
            else f"Request for {who}: how the supporter's signed Form I-134 reaches USCIS is not recorded "
            "(i134_delivery); the cover letter says nothing about it."
        )
        out.append(Paragraph(escape(note), styles.body))
        out += ws.build_i134(c, styles)
    return out


def build_record(
    inp: PacketInput,
    filing_pages: int,
    signatures: list[tuple[str, str, int]],
    form_findings: list[str],
    gaps: list[str],
    out: Path,
) -> int:
    """Write the review record of ``inp`` to ``out``; returns its page count."""
    styles = make_styles()
    buf = io.BytesIO()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(LATIN_FONT, 8)
        canvas.drawCentredString(PAGE_W / 2, 24, f"{TITLE} · page {doc.page}")
        canvas.restoreState()

    doc = BaseDocTemplate(
        buf,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=BOTTOM,
        title=TITLE,
        author="Parole Desktop",
        invariant=1,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="record",
                frames=[Frame(MARGIN, BOTTOM, PAGE_W - 2 * MARGIN, PAGE_H - MARGIN - BOTTOM)],
                onPage=footer,
            )
        ]
    )
    words = ArabicWords()
    token = ARABIC_WORDS.set(words)
    try:
        doc.build(record_story(inp, filing_pages, signatures, form_findings, gaps, styles))
    finally:
        ARABIC_WORDS.reset(token)
    import pikepdf

    from parole_desktop.packet.actualtext import add_actual_text

    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        add_actual_text(pdf, words)
        pdf.docinfo[pikepdf.Name.Title] = TITLE
        if inp.signoff is not None:  # the signed manifest lives here, never in the filing
            from parole_desktop.packet.pdfsign import attach_manifest

            attach_manifest(pdf, inp.signoff.manifest_json, inp.signoff.manifest_signature)
        with open(out, "wb") as fh:
            pdf.save(fh)
    return int(doc.page)
