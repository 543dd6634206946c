"""Evidence list of 50 exhibits (#22): time from opening the case's Evidence step to every thumbnail shown,
against a bare QListWidget showing 50 icons made from pixels already in memory, side by side in one run.
The thumbnails are the child's, stored sealed at intake (no file is decoded in the app). Printed, never
asserted."""

from __future__ import annotations

import io
import time

import pytest

N = 50


def _png(i: int) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (900 + i, 1200), (20 + 4 * i, 120, 200 - 3 * i)).save(buf, "PNG")
    return buf.getvalue()


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


@pytest.mark.benchmark
def test_evidence_list_of_50_exhibits_time_to_all_thumbnails(qtbot, session) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    from parole_desktop.services.demo import minimal_pdf
    from parole_desktop.ui.workspace import CaseWorkspace
    from parole_desktop.ui.workspace.evidence import THUMB
    from parole_desktop.ui.workspace.workspace import EVIDENCE

    case = session.new_case("Zumrad", "Testova")
    t = time.perf_counter()
    for i in range(N):
        if i % 2:
            session.add_evidence_bytes(
                int(case.id or 0), minimal_pdf([f"Exhibit {i}"]), f"e{i}.pdf", kind="other"
            )
        else:
            session.add_evidence_bytes(int(case.id or 0), _png(i), f"p{i}.png", kind="other")
    intake_s = time.perf_counter() - t
    other = session.new_case("Oksana", "Kovalchuk")  # to switch away and back (nothing cached for the case)
    ws = CaseWorkspace(session)
    qtbot.addWidget(ws)
    ws.resize(1200, 800)
    ws.show()
    qtbot.waitExposed(ws)

    def open_list() -> tuple[float, float]:
        """(case opened at the Evidence step until every thumbnail is shown, the list alone)."""
        ws.load_case(int(other.id or 0))
        ws.evidence._thumbs.clear()  # a fresh unlock has no thumbnail in memory
        t = time.perf_counter()
        ws.load_case(int(case.id or 0))
        ws.go_to_step(EVIDENCE)
        ws.evidence.list.viewport().repaint()
        whole = time.perf_counter() - t
        assert ws.evidence.list.count() == N and not ws.evidence.waiting_thumbnails
        ws.evidence._thumbs.clear()
        t = time.perf_counter()
        ws.evidence._fill_list()  # the list itself: 50 stored thumbnails read, opened, shown
        ws.evidence.list.viewport().repaint()
        alone = time.perf_counter() - t
        assert not ws.evidence.waiting_thumbnails
        return whole, alone

    pixels = [QImage(192, 192, QImage.Format.Format_RGB888) for _ in range(N)]
    for i, img in enumerate(pixels):
        img.fill(QColor(20 + 4 * i, 120, 200 - 3 * i))
    bare_list = QListWidget()
    qtbot.addWidget(bare_list)
    bare_list.setIconSize(QSize(THUMB, THUMB))
    bare_list.resize(520, 700)
    bare_list.show()

    def bare() -> float:
        bare_list.clear()
        t = time.perf_counter()
        for i, img in enumerate(pixels):
            icon = QIcon(QPixmap.fromImage(img.scaled(THUMB - 2, THUMB - 2)))
            bare_list.addItem(QListWidgetItem(icon, f"Exhibit {i}\nother · en · 1 KB\n✓ prints"))
        bare_list.viewport().repaint()
        return time.perf_counter() - t

    open_list()
    bare()  # warm both
    apps, bares = [], []
    for _ in range(5):
        apps.append(open_list())
        bares.append(bare())
    a, alone, b = _median([x[0] for x in apps]), _median([x[1] for x in apps]), _median(bares)
    print(
        f"\nevidence list of {N} exhibits (half photos, half PDFs; intake of all {intake_s:.1f} s): case opened "
        f"at the Evidence step to all {N} thumbnails shown {a * 1000:.0f} ms, of which the list with its "
        f"thumbnails {alone * 1000:.0f} ms, vs a bare QListWidget of {N} in-memory icons {b * 1000:.0f} ms "
        f"(list ratio {alone / b:.1f}x; median of 5, interleaved; {(alone - b) / N * 1000:.2f} ms per stored "
        f"thumbnail: read, AES-GCM open, inflate, scale)"
    )
    ws.clear()
