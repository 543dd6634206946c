"""Passport-style photos recorded as evidence are printed as photos, for USCIS filings and CBP bundles
alike: each one at true size (2 × 2 inches, the I-131 instructions' "Photographs"), its shape kept, with
the beneficiary's passport name (and A-Number) under it, never scaled up to a letter-size page. A scan of
a sheet, or a picture that cannot be a passport photo (too wide), stays an exhibit page."""

from __future__ import annotations

import hashlib
import io
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from parole_desktop.domain.models import Case
from parole_desktop.packet.build import build_packet
from parole_desktop.packet.doc import PHOTO_SIDE
from parole_desktop.packet.model import ExhibitSource, PacketInput
from tests.packet import packet_factory as f
from tests.packet.test_filing_packet import _cases, _input

pytestmark = pytest.mark.slow  # whole-packet builds


def _frames(*sizes: tuple[int, int]) -> bytes:
    """One TIFF with a frame per size (a scan of several photos, one picture each)."""
    ims = [Image.new("RGB", size, (200, 200 - 30 * i, 220)) for i, size in enumerate(sizes)]
    buf = io.BytesIO()
    ims[0].save(buf, "TIFF", save_all=True, append_images=ims[1:], compression="tiff_deflate")
    return buf.getvalue()


def _with_photos(name: str, data: bytes) -> tuple[Case, PacketInput]:
    cases = _cases(name)
    photo = next(e for e in cases[0].evidence if e.kind == "photos")
    inp = _input(cases, draft=True)
    photo.sha256 = hashlib.sha256(data).hexdigest()
    inp.exhibits = [
        ExhibitSource(s.evidence, f.opener(data)) if s.evidence is photo else s for s in inp.exhibits
    ]
    return cases[0], inp


def _placed_images(pdf: pikepdf.Pdf, index: int) -> list[tuple[float, float, float, float]]:
    """(width, height, x, y) in points of every image drawn on page ``index``, from its content stream."""
    page = pdf.pages[index]
    xobjects = page.obj.Resources.get("/XObject", {})
    out = []
    stack: list[list[float]] = []
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    for operands, op in pikepdf.parse_content_stream(page):
        name = str(op)
        if name == "q":
            stack.append(ctm)
        elif name == "Q":
            ctm = stack.pop() if stack else [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        elif name == "cm":
            a, b, c, d, e, g = (float(v) for v in operands)
            A, B, C, D, E, G = ctm
            ctm = [
                a * A + b * C,
                a * B + b * D,
                c * A + d * C,
                c * B + d * D,
                e * A + g * C + E,
                e * B + g * D + G,
            ]
        elif name == "Do":
            x = xobjects.get(str(operands[0]))
            if x is not None and x.get("/Subtype") == "/Image":
                out.append((round(ctm[0], 2), round(ctm[3], 2), round(ctm[4], 2), round(ctm[5], 2)))
    return out


def _page_text(path: Path, page: int) -> str:
    got = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(got.stdout.split())


@pytest.mark.parametrize("name", ["native_script_names_uscis.json", "legal_proceeding_cbp.json"])
def test_two_photos_print_at_2_by_2_inches_with_the_name(name: str, tmp_path: Path) -> None:
    case, inp = _with_photos(name, _frames((600, 600), (600, 600)))
    b = case.beneficiary
    assert b is not None
    b.a_number = "A123456789"
    res = build_packet(inp, tmp_path / "p.pdf")
    entry = next(
        e for e in res.exhibits if e.title == next(x.title for x in case.evidence if x.kind == "photos")
    )
    assert entry.page_count == 2  # one page per photo, as the index says
    with pikepdf.open(tmp_path / "p.pdf") as pdf:
        for k in range(2):
            placed = _placed_images(pdf, entry.first_page - 1 + k)
            assert len(placed) == 1, placed
            w, h, x, y = placed[0]
            assert (w, h) == (PHOTO_SIDE, PHOTO_SIDE) == (144.0, 144.0)  # 2 x 2 inches, true size
            assert x > 0 and y + h <= 792 - 57  # inside the top margin, not page-sized
    from parole_desktop.packet.templates import passport_name

    for k in range(2):
        text = _page_text(tmp_path / "p.pdf", entry.first_page + k)
        assert passport_name(b) in text
        assert "A-Number: A123456789" in text
        assert f"Passport-style photo {k + 1} of 2, printed at 2 × 2 inches (true size)." in text
        assert f"Exhibit {entry.letter}" in text  # the running footer still names the exhibit


def test_a_photo_keeps_its_shape_and_a_wide_picture_stays_an_exhibit_page(tmp_path: Path) -> None:
    # a 3:4 portrait photo: 1.5 x 2 inches inside the 2-inch square (never stretched, never cropped)
    case, inp = _with_photos("native_script_names_uscis.json", _frames((450, 600), (1600, 900)))
    res = build_packet(inp, tmp_path / "p.pdf")
    entry = next(
        e for e in res.exhibits if e.evidence_id == next(x.id for x in case.evidence if x.kind == "photos")
    )
    with pikepdf.open(tmp_path / "p.pdf") as pdf:
        ((w, h, _x, _y),) = _placed_images(pdf, entry.first_page - 1)
        assert (w, h) == (108.0, 144.0)
        # the second frame (16:9) is no passport photo: the probe's page, the picture fitted to the frame
        ((w2, _h2, _x2, _y2),) = _placed_images(pdf, entry.first_page)
        assert w2 > 400
    assert "Passport-style photo 1 of 1" in _page_text(tmp_path / "p.pdf", entry.first_page)
    assert "Passport-style photo" not in _page_text(tmp_path / "p.pdf", entry.first_page + 1)


def test_a_scanned_page_of_photos_with_text_is_left_as_it_is(tmp_path: Path) -> None:
    """A PDF page (text and drawing, no single picture) is not redrawn: the probe's page is filed."""
    case, inp = _with_photos("native_script_names_uscis.json", f.pdf(1, "photo sheet"))
    res = build_packet(inp, tmp_path / "p.pdf")
    entry = next(
        e for e in res.exhibits if e.evidence_id == next(x.id for x in case.evidence if x.kind == "photos")
    )
    text = _page_text(tmp_path / "p.pdf", entry.first_page)
    assert "photo sheet" in text and "Passport-style photo" not in text


def test_the_review_record_says_to_enclose_real_photos_named_on_the_back(tmp_path: Path) -> None:
    from parole_desktop.packet.model import REVIEW

    _case, inp = _with_photos("native_script_names_uscis.json", _frames((600, 600)))
    inp.output = REVIEW
    build_packet(inp, tmp_path / "r.pdf")
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True
        ).stdout.split()
    )
    assert "enclose two identical colour photos printed on photo paper" in text
    assert "A-Number (if any) lightly in pencil on the back of each" in text
    # a request without photos evidence is not told about photos
    inp.exhibits = [s for s in inp.exhibits if s.evidence.kind != "photos"]
    for c in inp.cases:
        c.evidence = [e for e in c.evidence if e.kind != "photos"]
    build_packet(inp, tmp_path / "r2.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "r2.pdf"), "-"], capture_output=True, text=True).stdout
    assert "photo paper" not in text
