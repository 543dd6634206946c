"""Packet build, signing and verification on synthetic family-group inputs."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest

from parole_desktop.errors import UserError
from parole_desktop.packet.build import build_packet
from parole_desktop.packet.model import BuildCancelled
from parole_desktop.packet.pdfsign import self_signed_identity
from parole_desktop.packet.text import markup
from parole_desktop.packet.verify import detached_manifest_json, detached_manifest_path, verify_packet
from tests.packet import packet_factory as f


def _text(path: Path, page: int) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("pk") / "family.pdf"
    inp = f.family_input(draft=False)
    res = build_packet(inp, out, signing=self_signed_identity("Ana Pérez", "Clinic"))
    assert inp.signoff is not None  # its manifest beside the filing, as services.packets writes it
    detached_manifest_path(out).write_bytes(
        detached_manifest_json(inp.signoff.manifest_json, inp.signoff.manifest_signature, out.name)
    )
    return out, res


@pytest.mark.slow
def test_family_packet_structure(signed: tuple[Path, object]) -> None:
    out, res = signed
    assert res.pages > 60 and not res.draft and res.signed  # type: ignore[attr-defined]
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) == res.pages  # type: ignore[attr-defined]
        with pdf.open_outline() as ol:
            titles: list[str] = []
            stack = list(ol.root)
            while stack:
                item = stack.pop()
                titles.append(item.title)
                stack.extend(item.children)
        # the sign-off certificate is internal: it is in the review record, not the filing packet
        assert "Reviewer sign-off" not in titles and "Exhibit V-1 — Translation of document 1" in titles
        assert any(t.startswith("Exhibit V — Document 1") for t in titles)
    for e in res.exhibits:  # type: ignore[attr-defined]
        assert f"Exhibit {e.letter}" in _text(out, e.first_page)
    photo = next(e for e in res.exhibits if e.title == "Photo 1")  # type: ignore[attr-defined]
    # no blank tab page in front of an exhibit: its first page is the exhibit, its footer names it
    assert f"Exhibit {photo.letter} · Page {photo.first_page} of" in _text(out, photo.first_page)
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0


@pytest.mark.slow
@pytest.mark.allow_error_logs  # pyHanko logs ERROR on the damaged copies
def test_signed_packet_verifies_and_one_byte_breaks_it(signed: tuple[Path, object], tmp_path: Path) -> None:
    out, _ = signed
    v = verify_packet(out)
    assert v.ok, v.problems
    assert v.manifest is not None and v.pack == "us-hp 2026.11.0"
    sig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in sig
    data = bytearray(out.read_bytes())
    for pos in (len(data) // 3, len(data) // 2, 2000):
        bad = tmp_path / f"bad{pos}.pdf"
        d = bytearray(data)
        d[pos] = (d[pos] + 1) % 256
        bad.write_bytes(bytes(d))
        r = verify_packet(bad)
        assert not r.ok and r.problems
    with pikepdf.open(out) as pdf:  # the filing itself carries no attachment (the manifest is internal)
        assert len(pdf.attachments) == 0 and "/EmbeddedFiles" not in pdf.Root.get("/Names", {})


@pytest.mark.slow
def test_draft_watermark_on_every_page(tmp_path: Path) -> None:
    out = tmp_path / "draft.pdf"
    res = build_packet(f.small_input(draft=True), out)
    assert res.draft
    for page in range(1, res.pages + 1):
        assert "DRAFT" in _text(out, page)
    problems = verify_packet(out).problems
    assert problems[0] == "no signature" and problems[1].startswith("manifest missing")


@pytest.mark.parametrize("bad", [b"\xff\xd8\xff\xe0" + b"x" * 50, f.jpeg()[:1500], b"%PDF-1.7\ngarbage"])
def test_bad_exhibit_names_it_and_leaves_nothing(tmp_path: Path, bad: bytes) -> None:
    inp = f.small_input()
    inp.exhibits.append(f.source(1, bad, "Broken scan", "broken.jpg"))
    out = tmp_path / "p.pdf"
    with pytest.raises(UserError, match=r"Exhibit C “Broken scan” \(broken.jpg\)"):
        build_packet(inp, out)
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    calls: list[int] = []

    def progress(done: int, total: int, label: str) -> None:
        calls.append(done)

    with pytest.raises(BuildCancelled):
        build_packet(f.small_input(), tmp_path / "p.pdf", progress=progress, cancelled=lambda: len(calls) > 3)
    assert list(tmp_path.iterdir()) == []


def test_markup_orders_arabic_words_visually() -> None:
    m = markup("Beneficiary: فرشته رحیمی, born")
    assert 'face="PDNaskh"' in m and "رحیمی فرشته" in m and "&" not in m.replace("&amp;", "")
    assert markup("<b>&") == "&lt;b&gt;&amp;"


@pytest.mark.slow
def test_rasterise_for_review(signed: tuple[Path, object], tmp_path: Path) -> None:
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm missing")
    out, res = signed
    for page in (1, res.exhibits[0].first_page + 1, res.pages):  # type: ignore[attr-defined]
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), str(out), str(tmp_path / "p")],
            check=True,
        )
    assert len(list(tmp_path.glob("p-*.png"))) == 3
    assert io.BytesIO(out.read_bytes()).getbuffer().nbytes > 0
