"""Packet speed: a ~100-page USCIS filing packet with one filled Form I-131, signed, end to end, vs the bare
ReportLab + pikepdf pipeline of the same pages (text pages drawn, images drawn, PDFs and the blank form
appended), measured side by side in one run. Target (issues #11, #22): ratio <= 1.5x; printed, not asserted.

Two builds are measured (#22): a case whose exhibits were all accepted at intake (their pages are stored,
``ExhibitSource.stored_pages``: no sandbox child starts) and a cold case (nothing stored: one child per
exhibit, in parallel, ``packet/exhibits.parallel_children``); each prints how many children it started.

The timed builds call the builder itself (``active_content.unscanned_build_packet``): the suite's plugin
that scans every built packet and runs ``qpdf --check`` on it (tests/packet/active_content.py) took longer
than the build (~0.35 s of qpdf per packet) and was counted in the build's time until 2026-12-07. The last
packet of each kind is scanned and qpdf-checked after the timing."""

from __future__ import annotations

import functools
import io
import os
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from parole_desktop.packet.build import build_packet
from parole_desktop.packet.exhibits import parallel_children
from parole_desktop.packet.model import PacketInput, StoredPages
from parole_desktop.packet.pdfsign import self_signed_identity
from tests.packet import packet_factory as f
from tests.packet.active_content import qpdf_check, scan_pdf, unscanned_build_packet


def _inputs(kept: dict[str, StoredPages] | None = None) -> PacketInput:
    """The benchmark case. With ``kept``, each exhibit offers the pages stored for its content (as the vault
    does after intake) and keeps what a child makes into it."""
    c = f.case(1, "فرشته", "رحیمی")
    srcs = [f.source(1, f.jpeg(1632, 1224, seed=i, quality=90), f"Photo {i}", f"p{i}.jpg") for i in range(12)]
    srcs += [f.source(1, f.pdf(6, f"d{i}"), f"Document {i}", f"d{i}.pdf") for i in range(8)]
    if kept is not None:
        for s in srcs:
            sha = s.evidence.sha256
            s.stored_pages = functools.partial(kept.get, sha)
            s.keep = functools.partial(_keep, kept, sha)
    inp = PacketInput(cases=[c], exhibits=srcs, pack=f.PACK, preparer_name="W", generated_at=f.NOW)
    inp.signoff = f.signoff([c], srcs)
    return inp


def _keep(kept: dict[str, StoredPages], sha: str, verdict: Any, pdf: bytes) -> None:
    kept[sha] = StoredPages(pdf, int(verdict.pages or 0), tuple(verdict.notes))


class Children:
    """Counts the sandbox children started (the spare child included)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from parole_desktop.packet import sandbox

        self.started = 0
        real = sandbox._spawn

        def counting(memory: int):  # type: ignore[no-untyped-def]
            self.started += 1
            return real(memory)

        monkeypatch.setattr(sandbox, "_spawn", counting)
        self._sandbox = sandbox

    def reset(self) -> None:
        self._sandbox._stop_spare()  # a spare made before the count would serve a file uncounted
        self.started = 0


def _bare(inp: PacketInput, out: Path, text_pages: int) -> None:
    import pikepdf
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from parole_desktop.packet.forms import FORMS_DIR

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER)
    for i in range(text_pages):  # letter, contents, worksheets, statement, index, tabs
        c.setFont("Helvetica", 10)
        for line in range(40):
            c.drawString(
                72, 720 - 14 * line, f"Front matter page {i} line {line}: humanitarian parole request text"
            )
        c.showPage()
    pdfs = [(FORMS_DIR / "I-131-edition-01-20-25.pdf").read_bytes()]
    for s in inp.exhibits:
        data = s.open().read()
        if data.startswith(b"%PDF"):
            pdfs.append(data)
            continue
        c.drawImage(ImageReader(io.BytesIO(data)), 36, 60, 540, 696, preserveAspectRatio=True)
        c.showPage()
    c.save()
    pdf = pikepdf.open(io.BytesIO(buf.getvalue()))
    srcs = [pikepdf.open(io.BytesIO(d)) for d in pdfs]
    import warnings

    with warnings.catch_warnings():  # the bare pipeline does not keep the form's fields: that is its job
        warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
        for s in srcs:
            pdf.pages.extend(s.pages)
        pdf.save(out)


@pytest.mark.benchmark
def test_packet_speed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pikepdf
    import reportlab.rl_config

    reportlab.rl_config.useA85 = 0
    children = Children(monkeypatch)
    ident = self_signed_identity("Bench", "Bench")
    kept: dict[str, StoredPages] = {}
    accepted = _inputs(kept)
    build_packet(accepted, tmp_path / "warm.pdf", signing=ident)  # warm imports and font caches; fills kept
    build = unscanned_build_packet()  # timed: the build alone, scanned below
    assert len(kept) == len(accepted.exhibits)
    res = build_packet(accepted, tmp_path / "full.pdf", signing=ident)
    text_pages = res.pages - sum(e.page_count for e in res.exhibits) - 14
    # best of 3, interleaved (the machine is shared: single runs swing by +-50%)
    warm, cold, bares = [], [], []
    warm_children, cold_children = [], []
    for _ in range(3):
        children.reset()
        t = time.perf_counter()
        res = build(accepted, tmp_path / "full.pdf", signing=ident)
        warm.append(time.perf_counter() - t)
        warm_children.append(children.started)
        t = time.perf_counter()
        _bare(accepted, tmp_path / "bare.pdf", text_pages)
        bares.append(time.perf_counter() - t)
        cold_inp = _inputs({})  # nothing stored: every exhibit goes through a child
        children.reset()
        t = time.perf_counter()
        build(cold_inp, tmp_path / "cold.pdf", signing=ident)
        cold.append(time.perf_counter() - t)
        cold_children.append(children.started)
    full, bare, cold_s = min(warm), min(bares), min(cold)

    with pikepdf.open(tmp_path / "bare.pdf") as b:
        assert len(b.pages) == res.pages  # the same number of pages
    with pikepdf.open(tmp_path / "full.pdf") as p:
        assert "/AcroForm" in p.Root  # the filled I-131 is in
    for timed in ("full.pdf", "cold.pdf"):  # what the plugin checks on every other build
        assert not scan_pdf(tmp_path / timed), timed
        assert not qpdf_check(tmp_path / timed), timed
    tracemalloc.start()  # separate run: tracemalloc slows the build several-fold
    build_packet(accepted, tmp_path / "mem.pdf", signing=ident)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"\npacket: {res.pages} pages, {len(accepted.exhibits)} exhibits; bare ReportLab + pikepdf pipeline "
        f"{bare:.2f} s (best of 3)\n"
        f"  accepted case (pages stored at intake): build+sign {full:.2f} s, ratio {full / bare:.2f}x "
        f"(target <= 1.5x), children started {max(warm_children)}\n"
        f"  cold case (nothing stored): build+sign {cold_s:.2f} s, ratio {cold_s / bare:.2f}x, children "
        f"started {max(cold_children)}, {parallel_children()} at a time\n"
        f"  peak traced memory {peak / 1e6:.1f} MB, size {Path(res.path).stat().st_size / 1e6:.1f} MB; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
