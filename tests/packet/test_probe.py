"""The one probe (packet/probe.py) and the child process it runs in (packet/sandbox.py).

Pages are rendered (pypdfium2) to check what prints: content inside the frame above the footer margin,
no blank or black page where the source has content, hidden layers hidden."""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from parole_desktop.errors import UserError
from parole_desktop.packet import sandbox
from parole_desktop.packet.build import build_packet
from parole_desktop.packet.probe import (
    FOOTER_TOP,
    FRAME,
    PAGE_H,
    PAGE_W,
    Unprintable,
    normalise,
    probe_bytes,
    render_page,
)
from parole_desktop.packet.sandbox import UntrustedFileError, run_untrusted
from tests.fixtures.bad import make_bad
from tests.packet import packet_factory as f
from tests.packet.active_content import scan_pdf

CORPUS = make_bad.small_corpus()
SCALE = 0.25


def render(pdf: bytes, page: int = 0, scale: float = SCALE) -> Image.Image:
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[page].render(scale=scale).to_pil().convert("L")
    finally:
        doc.close()


def ink_box(im: Image.Image, threshold: int = 245) -> tuple[int, int, int, int] | None:
    """Bounding box of the non-white pixels."""
    return Image.eval(im, lambda v: 255 if v < threshold else 0).getbbox()


def frame_px(scale: float = SCALE) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = FRAME
    return x0 * scale, (PAGE_H - y1) * scale, x1 * scale, (PAGE_H - y0) * scale


def text_of(pdf: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(pdf)
        fh.flush()
        return subprocess.run(["pdftotext", fh.name, "-"], capture_output=True, text=True, check=True).stdout


def assert_in_frame(pdf: bytes) -> None:
    im = render(pdf)
    box = ink_box(im)
    assert box is not None, "blank page where the source has content"
    fx0, fy0, fx1, fy1 = frame_px()
    assert box[0] >= fx0 - 2 and box[1] >= fy0 - 2 and box[2] <= fx1 + 2 and box[3] <= fy1 + 2, (
        box,
        frame_px(),
    )


def test_frame_leaves_the_footer_margin_free() -> None:
    assert FRAME[1] > FOOTER_TOP and FRAME[0] > 0 and FRAME[2] < PAGE_W and FRAME[3] < PAGE_H


@settings(max_examples=25)
@given(w=st.floats(1.0, 14_400.0), h=st.floats(1.0, 14_400.0))
def test_any_page_size_is_scaled_into_the_frame(w: float, h: float) -> None:
    """1 pt to 200 in, any aspect ratio: one letter page, the content inside the frame and filling it."""
    n = normalise(make_bad.pdf_with_page(w, h))
    with pikepdf.open(io.BytesIO(n.pdf)) as pdf:
        assert len(pdf.pages) == 1
        assert [float(v) for v in pdf.pages[0].mediabox] == [0, 0, PAGE_W, PAGE_H]
    im = render(n.pdf)
    box = ink_box(im)
    assert box is not None
    fx0, fy0, fx1, fy1 = frame_px()
    assert box[0] >= fx0 - 2 and box[1] >= fy0 - 2 and box[2] <= fx1 + 2 and box[3] <= fy1 + 2
    # the grey box covers 80 % of the source page: scaled up or down, it spans most of the frame one way
    fill = max((box[2] - box[0]) / (fx1 - fx0), (box[3] - box[1]) / (fy1 - fy0))
    assert fill > 0.7, (w, h, box)


@pytest.mark.parametrize(
    "name",
    [
        "tiny_page_1pt.pdf",
        "narrow_page_72pt.pdf",
        "huge_page_200in.pdf",
        "upside_down_box.pdf",
        "owner_password_only.pdf",
    ],
)
def test_odd_pdfs_print_inside_the_frame(name: str) -> None:
    n = normalise(CORPUS[name])
    assert n.pages >= 1
    assert_in_frame(n.pdf)


def test_content_only_a_viewer_draws_is_printed_as_a_picture() -> None:
    """A note without an appearance stream: flattening has nothing to copy, so the page is drawn instead."""
    n = normalise(CORPUS["note_without_appearance.pdf"])
    assert n.notes == ["page 1 printed as a picture (its content can only be shown that way)"]
    assert_in_frame(n.pdf)
    with pikepdf.open(io.BytesIO(n.pdf)) as pdf:
        assert "/Annots" not in pdf.pages[0].obj


def test_page_rotation_is_applied() -> None:
    pdf = pikepdf.new()
    page = make_bad._text_page(pdf, 300, 600)
    page.obj.Rotate = 90
    buf = io.BytesIO()
    pdf.save(buf)
    box = ink_box(render(normalise(buf.getvalue()).pdf))
    assert box is not None and (box[2] - box[0]) > (box[3] - box[1])  # shown as a viewer shows it: landscape


def test_optional_content_follows_the_default_view() -> None:
    n = normalise(CORPUS["optional_content.pdf"])
    text = text_of(n.pdf)
    assert "VISIBLE LAYER" in text and "HIDDEN LAYER" not in text and "HIDDEN FORM" not in text
    assert "hidden layers left out" in " ".join(n.notes)


def test_form_fields_are_flattened_and_scripts_dropped() -> None:
    n = normalise(CORPUS["form_field_js.pdf"])
    assert "FILLED VALUE" in text_of(n.pdf)  # the field's appearance is printed
    assert b"app.alert" not in n.pdf
    with pikepdf.open(io.BytesIO(n.pdf)) as pdf:
        assert "/AcroForm" not in pdf.Root and "/Names" not in pdf.Root
        assert all("/Annots" not in p.obj for p in pdf.pages)
    assert "form fields printed as filled in" in " ".join(n.notes)


@pytest.mark.parametrize("name", ["active_annotations.pdf", "javascript.pdf", "form_field_js.pdf"])
def test_nothing_active_survives(name: str, tmp_path: Path) -> None:
    src = tmp_path / "src.pdf"
    src.write_bytes(CORPUS[name])
    assert scan_pdf(src), "the scanner must see the source's active content"
    out = tmp_path / "out.pdf"
    out.write_bytes(normalise(CORPUS[name]).pdf)
    assert scan_pdf(out) == []
    raw = out.read_bytes()
    assert b"payload" not in raw and b"calc.exe" not in raw and b"file:///" not in raw


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("encrypted.pdf", "password-protected"),
        ("xfa_only.pdf", "XFA form"),
        ("corrupt_stream.pdf", "damaged"),
        ("bomb.png", "too large"),
        ("truncated.jpg", "incomplete"),
        ("program.pdf", "a program, not a document"),
        ("empty.pdf", "empty"),
    ],
)
def test_refusals_say_why(name: str, why: str) -> None:
    with pytest.raises(Unprintable) as exc:
        normalise(CORPUS[name])
    assert why in exc.value.reason


def test_deep_images_are_scaled_not_clipped() -> None:
    for name in ("gray16.tiff", "float32.tiff"):
        n = normalise(CORPUS[name])
        im = render(n.pdf, scale=0.5).crop(tuple(int(v) for v in frame_px(0.5)))  # type: ignore[arg-type]
        lo, hi = im.getextrema()
        assert lo < 60 and hi > 190, (name, lo, hi)  # a full gradient: neither a white nor a black page
        assert "scaled" in " ".join(n.notes)


def test_animations_and_mpo_print_the_first_frame() -> None:
    for name, word in (("animated.gif", "frame"), ("animated.webp", "frame"), ("two_pictures.mpo", "photo")):
        n = normalise(CORPUS[name])
        assert n.pages == 1 and f"first {word}" in " ".join(n.notes), name
        assert_in_frame(n.pdf)
    mpo = render(normalise(CORPUS["two_pictures.mpo"]).pdf, scale=0.5)
    assert mpo.getextrema()[0] < 60  # the dark block of the first picture, not the blank second one


def test_multipage_tiff_and_repaired_xref_keep_every_page() -> None:
    assert normalise(CORPUS["multipage.tiff"]).pages == 3
    assert normalise(CORPUS["broken_xref.pdf"]).pages == 2  # blank pages, as in the source


@pytest.mark.parametrize("name", ["phone_photo.heic", "phone_photo.avif"])
def test_phone_photos_are_converted_to_jpeg(name: str) -> None:
    n = normalise(CORPUS[name])
    assert n.converted[:3] == b"\xff\xd8\xff" and n.converted_media_type == "image/jpeg"
    with Image.open(io.BytesIO(n.converted)) as im:
        assert im.size == (320, 240)
        assert im.getpixel((10, 10))[0] > 150  # the red corner survived  # type: ignore[index]
    assert_in_frame(n.pdf)


def test_exif_orientation_is_applied() -> None:
    n = normalise(f.jpeg(400, 300, orientation=6))
    im = render(n.pdf, scale=0.5)
    box = ink_box(im)
    assert box is not None and (box[3] - box[1]) > (box[2] - box[0])  # turned upright: taller than wide


# ------------------------------------------------------------------------------------- the child
def test_probe_runs_in_a_child_and_reports_cost() -> None:
    verdict, pdf = probe_bytes(CORPUS["optional_content.pdf"], want_pdf=True)
    assert verdict.printable and verdict.pages == 1 and pdf.startswith(b"%PDF")
    assert 0 < verdict.peak_rss_mb < 500 and verdict.seconds > 0


def test_child_gets_no_secrets_and_no_descriptors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAROLE_DESKTOP_PASSPHRASE", "correct horse battery staple")
    monkeypatch.setenv("PAROLE_DESKTOP_REVIEWER_PASSPHRASE", "reviewer secret")
    r, w = os.pipe()  # an open descriptor the child must not inherit
    try:
        res = run_untrusted("selftest", b"", {"mode": "env"})
    finally:
        os.close(r)
        os.close(w)
    env = res.header["env"]
    assert not any("PAROLE" in k or "PASSPHRASE" in k for k in env), env
    assert "HOME" not in env
    assert max(res.header["fds"]) <= 3, res.header["fds"]  # stdin, stdout, stderr (+ the listing itself)


@pytest.mark.allow_warning_logs  # the sandbox logs the child's end (MemoryError)
def test_child_that_uses_too_much_memory_is_a_plain_error() -> None:
    with pytest.raises(UntrustedFileError, match="more memory than allowed"):
        run_untrusted("selftest", b"", {"mode": "hog"}, memory=512 * 1024 * 1024)


@pytest.mark.slow
def test_child_that_hangs_is_stopped() -> None:
    with pytest.raises(UntrustedFileError, match="longer than 2 seconds"):
        run_untrusted("selftest", b"", {"mode": "sleep", "seconds": 60}, timeout=2)


@pytest.mark.allow_warning_logs  # the sandbox logs the child's end (signal)
def test_child_that_crashes_is_a_plain_error() -> None:
    with pytest.raises(UntrustedFileError, match="stopped unexpectedly") as exc:
        run_untrusted("selftest", b"", {"mode": "abort"})
    assert isinstance(exc.value, UserError)


def test_child_echoes_data_intact() -> None:
    data = os.urandom(3 * 1024 * 1024)
    res = run_untrusted("selftest", data)
    assert res.header["echo_len"] == len(data) and res.payloads == [data[::-1]]


# names that exist somewhere in the child module but are not registered tasks, and near misses of real ones
@pytest.mark.parametrize("task", ["no-such-task", "_task_selftest", "child_main", "Normalise", ""])
def test_child_refuses_a_task_that_is_not_registered(task: str) -> None:
    with pytest.raises(UntrustedFileError, match="asked for a task it does not have") as exc:
        run_untrusted(task, b"%PDF-1.4 not read")
    assert isinstance(exc.value, UserError)


@pytest.mark.parametrize(
    "request_line",
    [
        b"not json\n",
        b'["normalise"]\n',
        b'{"task": ["normalise"]}\n',
        b'{"task": "selftest", "options": "mode=abort"}\n',
        b'{"task": "\xff\xfe"}\n',
    ],
)
def test_child_refuses_a_malformed_request(request_line: bytes, tmp_path: Path) -> None:
    """Talk to the child directly, as the sandbox starts it, with requests run_untrusted never writes: it
    answers with a refusal in its wire format (nothing run, nothing echoed), not a traceback."""
    out = subprocess.run(
        sandbox.child_command(),
        input=request_line + b"data",
        capture_output=True,
        cwd=tmp_path,
        env=sandbox._env(sandbox.MEMORY_LIMIT),
        timeout=60,
        check=True,
    )
    header, payloads = sandbox._parse(out.stdout)
    assert header["ok"] is False and "asked for a task it does not have" in header["reason"]
    assert payloads == [] and out.stderr == b""


def test_previews_are_rendered_in_the_child() -> None:
    w, h, pages, rgb = render_page(make_bad.pdf_with_page(612, 792), 0, 300)
    assert (w, pages) == (300, 1) and len(rgb) == w * h * 3
    im = Image.frombytes("RGB", (w, h), rgb).convert("L")
    assert im.getextrema()[0] < 100  # the grey box shows
    w, h, pages, rgb = render_page(CORPUS["gray16.tiff"], 0, 128)
    assert (w, h, pages) == (128, 128, 1)
    with pytest.raises(UntrustedFileError, match="password-protected or damaged"):
        render_page(CORPUS["encrypted.pdf"])
    with pytest.raises(UntrustedFileError, match=r"incomplete|damaged"):
        render_page(CORPUS["truncated.png"])


# ------------------------------------------------------------------------------------- the build
def test_build_reports_every_unusable_exhibit_at_once(tmp_path: Path) -> None:
    inp = f.small_input()
    inp.exhibits.append(f.source(1, CORPUS["encrypted.pdf"], "Bank letter", "bank.pdf"))
    inp.exhibits.append(f.source(1, CORPUS["xfa_only.pdf"], "Visa form", "form.pdf"))
    inp.exhibits.append(f.source(1, CORPUS["truncated.png"], "Cut photo", "cut.png"))
    out = tmp_path / "p.pdf"
    with pytest.raises(UserError) as exc:
        build_packet(inp, out)
    msg = str(exc.value)
    assert msg.startswith("3 exhibits cannot be used in the packet")
    for line in (
        "Exhibit C “Bank letter” (bank.pdf): the PDF is password-protected",
        "Exhibit D “Visa form” (form.pdf): the PDF is an XFA form",
        "Exhibit E “Cut photo” (cut.png): the image is incomplete",
    ):
        assert line in msg, msg
    assert not out.exists() and not list(tmp_path.iterdir())


@pytest.mark.slow
def test_every_built_packet_is_scanned(_scan_every_built_packet: dict, tmp_path: Path) -> None:
    """The session-wide hook (tests/packet/active_content.py) sees each packet the suite builds."""
    before = _scan_every_built_packet["packets"]
    inp = f.small_input()
    inp.exhibits.append(f.source(1, CORPUS["active_annotations.pdf"], "Active", "active.pdf"))
    inp.exhibits.append(f.source(1, CORPUS["form_field_js.pdf"], "Form", "form.pdf"))
    res = build_packet(inp, tmp_path / "p.pdf")
    assert _scan_every_built_packet["packets"] == before + 1
    assert scan_pdf(res.path) == []
