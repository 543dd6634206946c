"""Story assembly of the filing packet: the documents of every request in the order the channel expects,
with markers for TOC, outline and footers, and placeholder pages for exhibits and official forms.

:func:`filing_documents` is the one list of what a request's filing holds and in which order; the story,
the contents and the cover letter's enclosure list are all made from it.

USCIS (the rules pack's ``filing_order``, a verify item): payment form / I-912 → G-28 → cover letter →
contents → Form I-131 → official Form I-134 (only when a mapped edition was supplied) → statement →
exhibit index → exhibits by group (one separator page per group, key evidence first, each translation
right after its original, translator certification after it; the footer names the exhibit on each page).
CBP port of entry: summary for the officer → cover letter → contents → G-28 → statement → exhibit index →
exhibits. No I-131, no payment form.

Nothing internal is printed here (no verify list, no sign-off page, no signature sheet, no digests, no
I-134 worksheet): that is the review record's job (:mod:`parole_desktop.packet.record`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Paragraph, Spacer

from parole_desktop.domain.enums import Channel
from parole_desktop.domain.fee_forms import form_named
from parole_desktop.packet import sections as sec
from parole_desktop.packet import worksheets as ws
from parole_desktop.packet.doc import (
    ExhibitIndex,
    FooterCtx,
    Marker,
    PacketDoc,
    PhotoSlot,
    Placeholder,
    make_toc,
)
from parole_desktop.packet.fonts import Styles, make_styles, resources_dir
from parole_desktop.packet.letter import build_letter
from parole_desktop.packet.model import PacketInput
from parole_desktop.packet.names import language_name
from parole_desktop.packet.plan import GROUPS, RequestPlan
from parole_desktop.packet.templates import fmt_date, passport_name
from parole_desktop.packet.text import ARABIC_WORDS, ArabicWords, escape, markup

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


def _form_named(ex: Any) -> str:
    """The payment or waiver form an uploaded document names in its title or file name ("" = none)."""
    ev = ex.source.evidence
    return form_named(ev.title, ev.original_filename)


def front_title(ex: Any, case: Any) -> str:
    """The title of an uploaded form document: the form the document itself names, else the payment form
    the case records when it fits the document's kind, else by kind (never a form that is not enclosed)."""
    kind = ex.source.evidence.kind
    if kind in ("fee_payment", "fee_waiver"):
        named = _form_named(ex)
        if named in _PAYMENT_FORMS and (kind == "fee_waiver") == (named == "I-912"):
            return _PAYMENT_FORMS[named]
        method = str(getattr(getattr(case, "payment_method", ""), "value", "") or "")
        if not named and method in _PAYMENT_FORMS and (kind == "fee_waiver") == (method == "I-912"):
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
    """The filed exhibit index: letter, title, date (left out when unknown; the column too when no
    exhibit has one), language, pages, page. No digests (they belong to the review record)."""
    header = ["Exhibit", "Title", "Date", "Language", "Pages", "Page"]
    rows: list[list[Any]] = []
    letters: list[str] = []
    for ex in rp.exhibits + rp.shared_elsewhere:
        ev = ex.source.evidence
        title = markup(ex.title)
        if ex.original is not None:
            title += escape(f" (English translation of Exhibit {ex.original.letter})")
        if ex in rp.shared_elsewhere:
            title += " <i>(shared with the family group)</i>"
        rows.append(
            [
                escape(ex.letter),
                Paragraph(title, styles.small),
                fmt_date(ev.document_date) if ev.document_date else "",
                Paragraph(escape(language_name(ev.language or "en")), styles.small),
                str(page_counts[ex.key]),
                "",
            ]
        )
        letters.append(ex.letter)
    w = sec.FULL_W
    widths = [0.1 * w, 0.38 * w, 0.18 * w, 0.14 * w, 0.1 * w, 0.1 * w]
    page_col = 5
    if rows and not any(r[2] for r in rows):  # no exhibit has a recorded date: no empty Date column
        header.pop(2)
        for r in rows:
            r.pop(2)
        widths = [0.1 * w, 0.56 * w, 0.14 * w, 0.1 * w, 0.1 * w]
        page_col = 4
    out: F = [_marker(name, "Exhibit index", 1), Paragraph("Exhibit index", styles.h1)]
    if not rows:
        return [*out, Paragraph("No exhibits.", styles.body)]
    out.append(
        Paragraph(
            "Page = page of this packet where the exhibit begins; translations follow their originals.",
            styles.small,
        )
    )
    out.append(ExhibitIndex(header, rows, letters, styles, widths, page_col=page_col))
    return out


@dataclass
class Document:
    """One document of a request's filing, in filing order: ``kind`` is "front" (an uploaded form),
    "summary", "letter", "contents", "i131", "i134", "statement", "index" or "exhibits"."""

    kind: str
    title: str
    ref: Any = None  # the PlannedExhibit (front), the supporter index (i134)


def filing_documents(
    inp: PacketInput, rp: RequestPlan, ci: int, page_counts: dict[Any, int], first: bool
) -> list[Document]:
    """The documents of request ``ci`` in the order they are filed: the one source of the story, the
    contents and the cover letter's enclosure list."""
    case = rp.case
    cbp = case.channel == Channel.CBP_PORT_OF_ENTRY
    name = passport_name(case.beneficiary)
    fronts = [Document("front", front_title(ex, case), ex) for ex in rp.front]
    pay = [d for d in fronts if d.ref.source.evidence.kind != "g28"]
    g28 = [d for d in fronts if d.ref.source.evidence.kind == "g28"]
    order = [k for k in (inp.pack.filing_order or []) if k in ("fee_payment", "fee_waiver", "g28")]
    if order and order.index("g28") < min(
        order.index(k) for k in ("fee_payment", "fee_waiver") if k in order
    ):
        pay, g28 = g28, pay  # the pack puts G-28 first
    docs: list[Document] = []
    if cbp:
        docs.append(Document("summary", "Summary for the CBP officer"))
        docs.append(Document("letter", "Cover letter"))
        if first:
            docs.append(Document("contents", "Contents"))
        docs += g28
    else:
        docs += pay + g28
        docs.append(Document("letter", "Cover letter"))
        if first:
            docs.append(Document("contents", "Contents"))
        docs.append(Document("i131", f"Form I-131 — {name}" if name else "Form I-131"))
        for si, sup in enumerate(ws.supporters(case)):
            if page_counts.get(i134_key(ci, si), 0):
                who = passport_name(sup) if sup.full_name else sup.organization
                docs.append(Document("i134", f"Form I-134 — {who}", si))
    docs.append(Document("statement", "Statement of reasons"))
    docs.append(Document("index", "Exhibit index"))
    if rp.exhibits:
        docs.append(Document("exhibits", "Exhibits"))
    return docs


def _enclosures(rp: RequestPlan, docs: list[Document]) -> list[str]:
    """What the cover letter lists as enclosed: every document of the filing but the letter itself and
    the contents, then the exhibits by letter."""
    out: list[str] = []
    for d in docs:
        if d.kind in ("letter", "contents", "exhibits"):
            continue
        if d.kind == "i131":
            out.append("Form I-131")
        elif d.kind == "i134":
            out.append(d.title.replace(" — ", " signed by ", 1))
        elif d.kind in ("summary", "statement", "index"):
            out.append(
                d.title[:1].lower() + d.title[1:] if d.kind != "summary" else "summary for the CBP officer"
            )
        else:
            out.append(d.title)
    letters = [ex.letter for ex in rp.exhibits if ex.original is None]
    if len(letters) == 1:
        out.append(f"Exhibit {letters[0]}")
    elif letters:
        from parole_desktop.packet.plan import letter_for

        first = next(n for n in range(100_000) if letter_for(n) == letters[0])
        contiguous = letters == [letter_for(first + i) for i in range(len(letters))]
        out.append(f"Exhibits {letters[0]}–{letters[-1]}" if contiguous else "Exhibits " + ", ".join(letters))
    return out


def i134_sentences(case: Any, docs: list[Document]) -> list[str]:
    """What the letter says about a supporter's Form I-134 that is not in this filing (the recorded
    ``i134_delivery``); nothing when the official form is enclosed or the delivery is unrecorded."""
    from parole_desktop.domain.enums import I134Delivery

    sups = ws.supporters(case)
    if not sups or any(d.kind == "i134" for d in docs):
        return []
    out = []
    for sup in sups:
        who = passport_name(sup) if sup.full_name else sup.organization
        if not who:
            continue
        if case.i134_delivery == I134Delivery.FOLLOWS:
            out.append(f"The Form I-134 signed by {who} follows under separate cover.")
        elif case.i134_delivery == I134Delivery.ENCLOSED_BY_SUPPORTER:
            out.append(f"{who} sends the signed Form I-134 to USCIS directly.")
    return out


def cover_letter(inp: PacketInput, rp: RequestPlan, styles: Styles, gaps: Gaps, docs: list[Document]) -> F:
    case = rp.case
    cbp = case.channel == Channel.CBP_PORT_OF_ENTRY
    others = [passport_name(c.beneficiary) for c in inp.cases if c is not case and c.beneficiary_name]
    letter = build_letter(
        case,
        rp,
        _enclosures(rp, docs),
        inp.generated_at.date(),
        others,
        pack=inp.pack,
        separate=i134_sentences(case, docs),
    )
    out: F = []
    if case.expedite_requested and not cbp:
        out.append(Paragraph("EXPEDITE", styles.banner))
    if letter.sender:
        out.append(Paragraph("<br/>".join(markup(line) for line in letter.sender), styles.body))
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
    photos: dict[Any, set[int]] | None = None,
) -> F:
    case = rp.case
    name = passport_name(case.beneficiary) or gaps("beneficiary name")
    out: F = [_marker(name, f"Request for {name}", 0, markup_title=escape("Request for ") + markup(name))]
    docs = filing_documents(inp, rp, ci, page_counts, first)
    for n, d in enumerate(docs):
        brk: F = [PageBreak()] if n else []
        if d.kind == "summary":
            out += [
                *brk,
                _marker(name, d.title, 1),
                *sec.build_cbp_summary(case, rp, styles, gaps, inp.pack.fee_exceptions),
            ]
        elif d.kind == "letter":
            out += [
                *brk,
                _marker(name, d.title, 1, kind="letter"),
                *cover_letter(inp, rp, styles, gaps, docs),
            ]
        elif d.kind == "contents":
            out += [*brk, _marker(name, "", 1, kind="contents"), Paragraph("Contents", styles.h1), toc]
        elif d.kind == "front":
            out += [*brk, _marker(name, d.title, 1)]
            out += _pages(d.ref.key, page_counts[d.ref.key])
        elif d.kind == "i131":
            out += [*brk, _marker(name, d.title, 1, markup_title=escape(d.title), kind="i131")]
            out += _pages(form_key(ci), page_counts[form_key(ci)])
        elif d.kind == "i134":
            out += [*brk, _marker(name, d.title, 1, markup_title=escape(d.title))]
            out += _pages(i134_key(ci, d.ref), page_counts[i134_key(ci, d.ref)])
        elif d.kind == "statement":
            out += [*brk, _marker(name, d.title, 1), *sec.build_statement(case, styles, gaps)]
        elif d.kind == "index":
            out += [*brk, *_index(rp, page_counts, styles, name)]
        elif d.kind == "exhibits":
            out += _exhibits(rp, styles, page_counts, name, gaps, photos or {})
    return out


def _pages(key: Any, n: int) -> F:
    out: F = []
    for j in range(n):
        out += [Placeholder(key, j)] + ([PageBreak()] if j < n - 1 else [])
    return out


def _photo_caption(rp: RequestPlan, n: int, total: int, styles: Styles) -> list[Any]:
    """Under a passport-style photo: whose it is (the passport name), the A-Number when recorded (the
    instructions ask for both on the back of each photo), and that it is printed at true size."""
    b = rp.case.beneficiary
    who = passport_name(b)
    lines = [Paragraph(f"<b>{markup(who)}</b>" if who else escape("Beneficiary"), styles.body)]
    a_number = str(getattr(b, "a_number", "") or "").strip() if b is not None else ""
    if a_number:
        lines.append(Paragraph(escape(f"A-Number: {a_number}"), styles.small))
    lines.append(
        Paragraph(
            escape(f"Passport-style photo {n} of {total}, printed at 2 × 2 inches (true size)."), styles.small
        )
    )
    return lines


def _exhibits(
    rp: RequestPlan,
    styles: Styles,
    page_counts: dict[Any, int],
    name: str,
    gaps: Gaps,
    photos: dict[Any, set[int]],
) -> F:
    """The exhibits: one separator page per group (it lists the group's exhibits), then each exhibit's
    own pages, with no blank tab page in front (the footer names the exhibit on every page). A page of a
    photos exhibit that is one photo (``photos``: exhibit key → page indexes) is a photo slot: the
    photo at true size with its caption, not the picture scaled to the page."""
    out: F = []
    total = sum(len(photos.get(ex.key, ())) for ex in rp.exhibits)
    shown = 0
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
        out += [
            PageBreak(),
            _marker(
                name,
                f"Exhibit {ex.letter} — {ex.title}",
                3,
                exhibit=ex.letter,
                letter=ex.letter,
                markup_title=escape(f"Exhibit {ex.letter} — ") + markup(ex.title),
            ),
        ]
        slots = photos.get(ex.key, set())
        for j in range(page_counts[ex.key]):
            if j in slots:
                shown += 1
                out.append(PhotoSlot(ex.key, j, _photo_caption(rp, shown, total, styles)))
            else:
                out.append(Placeholder(ex.key, j))
            if j < page_counts[ex.key] - 1:
                out.append(PageBreak())
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
    inp: PacketInput,
    plans: list[RequestPlan],
    page_counts: dict[Any, int],
    templates_dir: Path | None = None,
    photos: dict[Any, set[int]] | None = None,
) -> tuple[bytes, PacketDoc, list[str], ArabicWords]:
    """Lay out the filing packet; exhibit and form pages are blank placeholders whose page numbers the
    returned doc records (``doc.placeholders[(key, j)]``, 1-based), photo pages (``photos``) slots whose
    2 × 2 in square the doc records too (``doc.photo_boxes``). Returns the placeholders printed."""
    del templates_dir
    styles = make_styles()
    toc = make_toc(styles)
    gaps = Gaps()
    story: F = []
    # Arabic words are tagged while the story is made (markup) and drawn (multiBuild)
    words = ArabicWords()
    token = ARABIC_WORDS.set(words)
    try:
        return _layout(inp, plans, page_counts, styles, toc, gaps, story, words, photos or {})
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
    photos: dict[Any, set[int]],
) -> tuple[bytes, PacketDoc, list[str], ArabicWords]:
    for i, rp in enumerate(plans):
        if i:
            story.append(PageBreak())
        story += request_story(inp, rp, styles, page_counts, i == 0, toc, i, gaps, photos)
    buf = io.BytesIO()
    doc = PacketDoc(buf, title="Parole request", author=inp.preparer_name, invariant=1)
    doc.multiBuild(story)
    return buf.getvalue(), doc, gaps.items, words


__all__ = ["Document", "Gaps", "filing_documents", "form_key", "i134_key", "layout_front", "resources_dir"]
