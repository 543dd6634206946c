"""Prefilling what a document states from its text layer: the child reads the file, this process reads only
the text it sends back, and only a passport line whose check digits hold fills anything."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from parole_desktop.packet.probe import TEXT_MAX_CHARS, document_text
from parole_desktop.packet.sandbox import UntrustedFileError
from parole_desktop.services.demo import minimal_pdf
from parole_desktop.services.stated_facts import StatedFacts, check_digit, facts_from_document, parse_mrz

TODAY = dt.date(2026, 11, 23)
# the ICAO 9303 specimen (a fictional person of the fictional state "UTO")
L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
L2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
SPECIMEN = StatedFacts("ANNA MARIA ERIKSSON", dt.date(1974, 8, 12), "L898902C3")


@pytest.mark.parametrize(("field", "digit"), [("L898902C3", 6), ("740812", 2), ("120415", 9), ("<<<", 0)])
def test_check_digit(field: str, digit: int) -> None:
    assert check_digit(field) == digit


def _child(l2: str, dob: str) -> str:
    """Line 2 of a synthetic passport with another date of birth, its check digit recomputed."""
    return l2[:13] + dob + str(check_digit(dob)) + l2[20:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"PASSPORT\n{L1}\n{L2}\n", SPECIMEN),
        (f"{L1.lower()}\n{L2.lower()}", SPECIMEN),  # case does not matter
        (f"{' '.join(L1)}\n{L2[:22]} {L2[22:]}", SPECIMEN),  # text layers put spaces between glyphs
        (f"{L1.replace('<', '«')}\n{L2}", SPECIMEN),  # a font that draws '<' as a guillemet
        (f"{L1}\n{L2[:9]}7{L2[10:]}", StatedFacts()),  # wrong check digit of the passport number
        (f"{L1}\n{L2[:19]}9{L2[20:]}", StatedFacts()),  # wrong check digit of the date of birth
        (f"{L1}\n", StatedFacts()),  # one line is not a zone
        (f"V{L1[1:]}\n{L2}", StatedFacts()),  # a visa's zone is not a passport's
        ("Farzana Karimi, born 12 March 1984, passport PA764DB6", StatedFacts()),  # prose fills nothing
        (
            f"{L1}\n{_child(L2, '150101')}",
            StatedFacts("ANNA MARIA ERIKSSON", dt.date(2015, 1, 1), "L898902C3"),
        ),
        (
            f"{L1}\n{_child(L2, '300101')}",
            StatedFacts("ANNA MARIA ERIKSSON", dt.date(1930, 1, 1), "L898902C3"),
        ),
        (
            f"{L1}\n{_child(L2, '741399')}",
            StatedFacts("ANNA MARIA ERIKSSON", None, "L898902C3"),
        ),  # no such day
        ("", StatedFacts()),
    ],
)
def test_parse_mrz(text: str, expected: StatedFacts) -> None:
    assert parse_mrz(text, TODAY) == expected


def test_a_pdf_passport_page_is_read_in_the_child_and_never_in_this_process(monkeypatch) -> None:
    """The attack defended: a hostile file parsed in the app process. pdfium is made to blow up here; the
    text still comes back, because only the child opens the file."""
    import pypdfium2

    def refuse(*_a, **_k):
        raise AssertionError("the app process opened an untrusted PDF")

    monkeypatch.setattr(pypdfium2, "PdfDocument", refuse)
    pdf = minimal_pdf(["PASSPORT (synthetic specimen)", L1, L2])
    assert facts_from_document(pdf, TODAY) == SPECIMEN


def test_a_photo_has_no_text_and_a_damaged_file_gets_a_plain_reason() -> None:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (600, 400), "white").save(buf, "JPEG")
    assert facts_from_document(buf.getvalue(), TODAY).empty
    with pytest.raises(UntrustedFileError) as err:
        facts_from_document(b"%PDF-1.4\n" + b"\x00garbage" * 100, TODAY)
    assert "read" in str(err.value) or "damaged" in str(err.value)


def test_a_fake_zone_in_a_letter_fills_nothing() -> None:
    fake = L2[:9] + "0" + L2[10:]  # check digits that do not hold: typed or forged, never trusted
    assert facts_from_document(minimal_pdf(["To whom it may concern", L1, fake]), TODAY).empty


def test_the_text_that_comes_back_is_capped() -> None:
    pdf = minimal_pdf(["x" * 400 for _ in range(70)])  # 28,000 characters on one page
    text = document_text(pdf)
    assert 0 < len(text) <= TEXT_MAX_CHARS
