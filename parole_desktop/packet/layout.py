"""Story assembly of the filing packet: the sections of every request in the order the channel expects,
with markers for TOC, outline and footers, and placeholder pages for exhibits and official forms.

USCIS: cover letter → contents → G-28 → payment form / I-912 → Form I-131 → I-134 worksheets →
statement → exhibit index → exhibits by group (separator tab per group, key evidence first, each
translation right after its original, translator certification after it).
CBP port of entry: summary for the officer → cover letter → contents → G-28 → I-134 worksheets →
statement → exhibit index → exhibits. No I-131, no payment form.

Nothing internal is printed here (no verify list, no sign-off page, no signature sheet): that is the
review record's job (:mod:`parole_desktop.packet.record`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer

from parole_desktop.domain.enums import Channel
from parole_desktop.packet import sections as sec
from parole_desktop.packet import worksheets as ws
from parole_desktop.packet.doc import ExhibitIndex, FooterCtx, Marker, PacketDoc, Placeholder, make_toc
from parole_desktop.packet.fonts import Styles, make_styles, resources_dir
from parole_desktop.packet.letter import build_letter
from parole_desktop.packet.model import PacketInput
from parole_desktop.packet.names import language_name
from parole_desktop.packet.plan import GROUPS, RequestPlan
from parole_desktop.packet.templates import fmt_date
from parole_desktop.packet.text import ARABIC_WORDS, ArabicWords, escape, markup, short_hash

F = list[Any]

FRONT_TITLES = {
    "g28": "Form G-28",
    "fee_payment": "Fee payment form",
    "fee_waiver": "Fee waiver request (Form I-912)",
}


_PAYMENT_FORMS = {
    "G-1450": "Form G-1450 (card payment authorization)",
    "G-1650": "Form G-1650 (ACH debit authorization)",
    "G-1651": "Form G-1651 (exemption from electronic payment)",
    "I-912": "Form I-912 (fee waiver request)",
}


def front_title(ex: Any, case: Any) -> str:
    """The title of an uploaded form document: the payment form the case records, else by kind."""
    kind = ex.source.evidence.kind
    if kind in ("fee_payment", "fee_waiver"):
        method = str(getattr(getattr(case, "payment_method", ""), "value", "") or "")
        if method in _PAYMENT_FORMS and (kind == "fee_waiver") == (method == "I-912"):
            return _PAYMENT_FORMS[method]
    return FRONT_TITLES.get(kind, str(ex.title))


@dataclass
class Gaps:
    """Placeholders printed because a value is missing: a draft shows them, a final packet is refused."""

    items: list[str] = field(default_factory=list)

    def __call__(self, label: str) -> str:
        if label not in self.items:
            self.items.append(label)
        return f"[{label}]"


def form_key(case_index: int) -> tuple[str, int]:
    return ("i131", case_index)


def i134_key(case_index: int, supporter_index: int) -> tuple[str, int, int]:
    return ("i134", case_index, supporter_index)


def _marker(
    name: str,
    title: str,
    level: int,
    exhibit: str | None = None,
    letter: str | None = None,
    markup_title: str | None = None,
    kind: str = "",
) -> Marker:
    mt = markup_title or escape(title)
    m = Marker(FooterCtx(name, exhibit), title=mt, level=level, plain_title=title, exhibit_letter=letter)
    m.kind = kind
    return m


def _index(rp: RequestPlan, page_counts: dict[Any, int], styles: Styles, name: str) -> F:
    header = ["Exhibit", "Title", "Date", "Language", "Pages", "Page", "SHA-256"]
    rows: list[list[Any]] = []
    letters: list[str] = []
    for ex in rp.exhibits + rp.shared_elsewhere:
        ev = ex.source.evidence
        title = markup(ex.title)
        if ex in rp.shared_elsewhere:
            title += " <i>(shared with the family group)</i>"
        rows.append(
            [
                escape(ex.letter),
                Paragraph(title, styles.small),
                ev.document_date.isoformat() if ev.document_date else "—",
                Paragraph(escape(language_name(ev.language or "en")), styles.small),
                str(page_counts[ex.key]),
                "",
                short_hash(ev.sha256),
            ]
        )
        letters.append(ex.letter)
    w = sec.FULL_W
    widths = [0.1 * w, 0.31 * w, 0.13 * w, 0.14 * w, 0.08 * w, 0.08 * w, 0.16 * w]
    out: F = [_marker(name, "Exhibit index", 1), Paragraph("Exhibit index", styles.h1)]
    if not rows:
        return [*out, Paragraph("No exhibits.", styles.body)]
    out.append(
        Paragraph(
            "Page = packet page of the exhibit's tab page. SHA-256 = first 12 hex digits of the "
            "file's hash; translations follow their originals.",
            styles.small,
        )
    )
    out.append(ExhibitIndex(header, rows, letters, styles, widths, page_col=5))
    return out


def _enclosures(rp: RequestPlan, cbp: bool, i134: bool) -> list[str]:
    out = [front_title(ex, rp.case) for ex in rp.front]
    if not cbp:
        out.append("Form I-131")
    if i134:
        out.append("Form I-134 worksheet(s)")
    out.append("statement of reasons")
    letters = [ex.letter for ex in rp.exhibits if ex.original is None]
    if len(letters) == 1:
        out.append(f"Exhibit {letters[0]}")
    elif letters:
        from parole_desktop.packet.plan import letter_for

        first = next(n for n in range(100_000) if letter_for(n) == letters[0])
        contiguous = letters == [letter_for(first + i) for i in range(len(letters))]
        out.append(f"Exhibits {letters[0]}–{letters[-1]}" if contiguous else "Exhibits " + ", ".join(letters))
    return out


def cover_letter(inp: PacketInput, rp: RequestPlan, styles: Styles, gaps: Gaps, i134: bool) -> F:
    case = rp.case
    cbp = case.channel == Channel.CBP_PORT_OF_ENTRY
    others = [c.beneficiary_name for c in inp.cases if c is not case and c.beneficiary_name]
    letter = build_letter(case, rp, _enclosures(rp, cbp, i134), inp.generated_at.date(), others)
    out: F = []
    if case.expedite_requested and not cbp:
        out.append(Paragraph("EXPEDITE", styles.banner))
    out.append(Paragraph(escape(fmt_date(inp.generated_at.date())), styles.body))
    out.append(
        Paragraph(
            "<br/>".join(markup(line) for line in sec.addressee(case, inp.pack.filing_address, gaps)),
            styles.body,
        )
    )
    out.append(Spacer(1, 6))
    if letter.subject:
        out.append(Paragraph("<b>" + markup(letter.subject.text) + "</b>", styles.body))
    out.append(Paragraph("Dear Sir or Madam:", styles.body))
    for section in letter.sections:
        out.append(Paragraph(escape(section.heading), styles.h2))
        if section.heading == "Exhibits relied on":
            out += [Paragraph(markup(s.text), styles.small) for s in section.sentences]
        else:
            out.append(Paragraph(" ".join(markup(s.text) for s in section.sentences), styles.body))
    signer = letter.signer or gaps("signer of the cover letter")
    out.append(
        KeepTogether(
            [
                Spacer(1, 6),
                Paragraph("Respectfully submitted,", styles.body),
                Spacer(1, 26),
                Paragraph("_" * 40, styles.body),
                Paragraph(markup(signer), styles.body),
                Paragraph(escape(letter.signer_role), styles.small),
            ]
        )
    )
    return out


def request_story(
    inp: PacketInput,
    rp: RequestPlan,
    styles: Styles,
    page_counts: dict[Any, int],
    first: bool,
    toc: Any,
    ci: int,
    gaps: Gaps,
) -> F:
    case = rp.case
    cbp = case.channel == Channel.CBP_PORT_OF_ENTRY
    name = case.beneficiary_name or gaps("beneficiary name")
    out: F = [_marker(name, f"Request for {name}", 0, markup_title=escape("Request for ") + markup(name))]
    i134 = ws.build_i134(case, styles)
    if cbp:
        out += [
            _marker(name, "Summary for the CBP officer", 1),
            *sec.build_cbp_summary(case, rp, styles, gaps),
            PageBreak(),
        ]
    out += [_marker(name, "Cover letter", 1, kind="letter")]
    out += cover_letter(inp, rp, styles, gaps, bool(i134))
    if first:
        out += [PageBreak(), _marker(name, "", 1, kind="contents"), Paragraph("Contents", styles.h1), toc]
    for ex in rp.front:
        out += [PageBreak(), _marker(name, front_title(ex, case), 1)]
        for j in range(page_counts[ex.key]):
            out += (
                [Placeholder(ex.key, j), PageBreak()]
                if j < page_counts[ex.key] - 1
                else [Placeholder(ex.key, j)]
            )
    if not cbp:
        out += [
            PageBreak(),
            _marker(
                name,
                f"Form I-131 — {name}",
                1,
                markup_title=escape("Form I-131 — ") + markup(name),
                kind="i131",
            ),
        ]
        n = page_counts[form_key(ci)]
        for j in range(n):
            out += [Placeholder(form_key(ci), j)] + ([PageBreak()] if j < n - 1 else [])
    if i134:
        out += [PageBreak(), _marker(name, "Form I-134 worksheets", 1), *i134]
    for si, sup in enumerate(ws.supporters(case)):
        n = page_counts.get(i134_key(ci, si), 0)
        if not n:
            continue
        who = sup.full_name or sup.organization
        out += [
            PageBreak(),
            _marker(name, f"Form I-134 — {who}", 1, markup_title=escape("Form I-134 — ") + markup(who)),
        ]
        for j in range(n):
            out += [Placeholder(i134_key(ci, si), j)] + ([PageBreak()] if j < n - 1 else [])
    out += [PageBreak(), _marker(name, "Statement of reasons", 1), *sec.build_statement(case, styles, gaps)]
    out += [PageBreak(), *_index(rp, page_counts, styles, name)]
    group = -1
    for ex in rp.exhibits:
        if ex.group != group:
            group = ex.group
            members = [e for e in rp.exhibits if e.group == group]
            out += [
                NextPageTemplate("tab"),
                PageBreak(),
                _marker(name, GROUPS[group], 2),
                *sec.build_group_tab(GROUPS[group], members, styles),
                NextPageTemplate("body"),
            ]
        title = f"Exhibit {ex.letter} — {ex.title}"
        out += [
            NextPageTemplate("tab"),
            PageBreak(),
            _marker(
                name,
                title,
                3,
                exhibit=ex.letter,
                letter=ex.letter,
                markup_title=escape(f"Exhibit {ex.letter} — ") + markup(ex.title),
            ),
            *sec.build_tab(ex, styles),
            NextPageTemplate("body"),
        ]
        for j in range(page_counts[ex.key]):
            out += [PageBreak(), Placeholder(ex.key, j)]
        if ex.original is not None:
            out += [
                PageBreak(),
                _marker(
                    name,
                    f"Translator's certification — Exhibit {ex.letter}",
                    4,
                    exhibit=ex.letter,
                    kind="translator",
                ),
                *sec.build_translator_certification(ex, styles, gaps),
            ]
    return out


def layout_front(
    inp: PacketInput, plans: list[RequestPlan], page_counts: dict[Any, int], templates_dir: Path | None = None
) -> tuple[bytes, PacketDoc, list[str], ArabicWords]:
    """Lay out the filing packet; exhibit and form pages are blank placeholders whose page numbers the
    returned doc records (``doc.placeholders[(key, j)]``, 1-based). Returns the placeholders printed."""
    del templates_dir
    styles = make_styles()
    toc = make_toc(styles)
    gaps = Gaps()
    story: F = []
    # Arabic words are tagged while the story is made (markup) and drawn (multiBuild)
    words = ArabicWords()
    token = ARABIC_WORDS.set(words)
    try:
        return _layout(inp, plans, page_counts, styles, toc, gaps, story, words)
    finally:
        ARABIC_WORDS.reset(token)


def _layout(
    inp: PacketInput,
    plans: list[RequestPlan],
    page_counts: dict[Any, int],
    styles: Styles,
    toc: Any,
    gaps: Gaps,
    story: F,
    words: ArabicWords,
) -> tuple[bytes, PacketDoc, list[str], ArabicWords]:
    for i, rp in enumerate(plans):
        if i:
            story.append(PageBreak())
        story += request_story(inp, rp, styles, page_counts, i == 0, toc, i, gaps)
    buf = io.BytesIO()
    doc = PacketDoc(buf, title="Parole request", author=inp.preparer_name, invariant=1)
    doc.multiBuild(story)
    return buf.getvalue(), doc, gaps.items, words


__all__ = ["Gaps", "form_key", "i134_key", "layout_front", "resources_dir"]
